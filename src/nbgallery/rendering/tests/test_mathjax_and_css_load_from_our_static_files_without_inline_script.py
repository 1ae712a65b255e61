"""The notebook assets partial loads CSS and MathJax from our own static files only.

Our CSP forbids inline script, so every <script> must have a src (and no body),
the MathJax configuration must be one of our files, loaded before MathJax, and
every file named must be found by the static files finders (no CDN).
"""

from pathlib import Path
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.staticfiles import finders
from django.template.loader import render_to_string

from nbgallery.rendering.tests.inert import elements


def asset_urls():
    html = render_to_string("rendering/notebook_assets.html")
    assert "<script>" not in html.replace(" ", "")
    scripts = [dict(attrs) for tag, attrs in elements(html) if tag == "script"]
    styles = [dict(attrs)["href"] for tag, attrs in elements(html) if tag == "link"]
    return html, [script["src"] for script in scripts], styles


def static_path(url: str) -> str:
    path = urlsplit(url).path
    assert path.startswith(settings.STATIC_URL), url
    return path[len(settings.STATIC_URL) :]


def test_every_script_is_a_file_and_the_config_comes_before_mathjax():
    html, scripts, _ = asset_urls()
    assert html.count("<script") == len(scripts) == 2
    assert html.count("></script>") == 2  # no inline body
    config, mathjax = (static_path(src) for src in scripts)
    assert config == "rendering/mathjax-config.js"
    assert mathjax == "mathjax/MathJax.js"
    query = urlsplit(scripts[1]).query
    assert query.startswith("config=") and "Safe" in query


def test_every_asset_is_served_from_the_installed_packages():
    _, scripts, styles = asset_urls()
    for url in [*scripts, *styles]:
        assert finders.find(static_path(url)), url
    query = urlsplit(scripts[1]).query
    for name in query.removeprefix("config=").split(","):
        assert finders.find(f"mathjax/config/{name}.js"), name
    # What the configuration asks MathJax to load at run time is there too.
    for needed in (
        "mathjax/jax/input/TeX/config.js",
        "mathjax/jax/output/HTML-CSS/autoload",
        "mathjax/jax/output/HTML-CSS/fonts/STIX-Web",
        "mathjax/extensions/tex2jax.js",
        "mathjax/extensions/TeX/AMSmath.js",
        "mathjax/fonts/HTML-CSS/STIX-Web/woff",
    ):
        assert finders.find(needed), needed


def test_the_mathjax_configuration_typesets_only_the_renderers_math():
    found = finders.find("rendering/mathjax-config.js")
    assert isinstance(found, str)
    config = Path(found).read_text(encoding="utf-8")
    assert "window.MathJax = {" in config
    assert "skipStartupTypeset: true" in config
    assert '.querySelectorAll(".nb-math")' in config
