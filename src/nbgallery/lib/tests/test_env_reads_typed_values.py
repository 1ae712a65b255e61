from nbgallery.lib.env import Env


def test_values_are_read_with_their_types():
    env = Env({"A": "yes", "B": " 42 ", "C": "x, y,,z", "D": "Dark"})

    assert env.boolean("A", False) is True
    assert env.integer("B", 0) == 42
    assert env.items("C") == ["x", "y", "z"]
    assert env.choice("D", "light", ("light", "dark")) == "dark"
    assert env.string("MISSING", "default") == "default"
    assert env.errors == []


def test_bad_values_are_collected_with_what_to_fix_and_defaults_used():
    env = Env({"A": "maybe", "B": "ten", "C": "0"})

    assert env.boolean("A", True) is True
    assert env.integer("B", 3) == 3
    assert env.integer("C", 5, minimum=1) == 5
    assert env.errors == [
        "A='maybe' is not a yes/no value; use true or false.",
        "B='ten' is not a whole number.",
        "C=0 is too small; the least allowed is 1.",
    ]


def test_a_value_can_come_from_a_file(tmp_path):
    (tmp_path / "secret").write_text("s3cret\n")

    env = Env({"PASSWORD_FILE": str(tmp_path / "secret")})

    assert env.string("PASSWORD") == "s3cret"
    assert env.names == ["PASSWORD"]
