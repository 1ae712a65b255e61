"""A wrong configuration stops start-up with a message that says what to fix."""

import os
import subprocess
import sys

import pytest


def nbgallery(tmp_path, *args, **env_overrides):
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL",)}
    env.update(NBGALLERY_DATA_DIR=str(tmp_path), **env_overrides)
    return subprocess.run(
        [sys.executable, "-m", "nbgallery.cli", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"DATABASE_URL": "postgresql://user@host:port/db"}, "DATABASE_URL is not a database URL"),
        ({"DATABASE_URL": "nonsense"}, "DATABASE_URL is not a database URL"),
        ({"DATABASE_URL": "mysql://user@host/db"}, "does not support"),
        ({"NBGALLERY_SIGNUP_OPEN": "perhaps"}, "NBGALLERY_SIGNUP_OPEN='perhaps' is not a yes/no"),
        ({"NBGALLERY_WEB_WORKERS": "many"}, "NBGALLERY_WEB_WORKERS='many' is not a whole number"),
        ({"NBGALLERY_EMAIL_VERIFICATION": "sometimes"}, "must be one of: none, optional"),
        ({"NBGALLERY_PLUGINS": "no-such-plugin"}, "no installed plugin has that name"),
    ],
)
def test_serve_refuses_a_wrong_setting_with_a_clear_message(tmp_path, env, message):
    result = nbgallery(tmp_path, "serve", "--port", "1", **env)

    assert result.returncode != 0
    assert message in result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert "running at" not in result.stdout


def test_a_secret_can_come_from_a_file(tmp_path):
    secret = tmp_path / "key.txt"
    secret.write_text("from-a-file-" + "x" * 50 + "\n")

    result = nbgallery(
        tmp_path,
        "shell",
        "-v",
        "0",
        "-c",
        "from django.conf import settings; print(settings.SECRET_KEY)",
        NBGALLERY_SECRET_KEY_FILE=str(secret),
    )

    assert result.stdout.strip() == "from-a-file-" + "x" * 50


def test_an_unreadable_secret_file_is_reported(tmp_path):
    result = nbgallery(tmp_path, "check", NBGALLERY_SECRET_KEY_FILE=str(tmp_path / "missing"))

    assert result.returncode != 0
    assert "NBGALLERY_SECRET_KEY_FILE: cannot read" in result.stderr
