import json
import os
import subprocess
import sys

SHOW = (
    "import json; from django.conf import settings as s; print(json.dumps([s.SESSION_COOKIE_SECURE,"
    " s.CSRF_COOKIE_SECURE, s.SECURE_SSL_REDIRECT, s.SECURE_HSTS_SECONDS,"
    " s.SESSION_COOKIE_SAMESITE]))"
)


def secure_settings(tmp_path, **env_overrides):
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env.update(NBGALLERY_DATA_DIR=str(tmp_path), **env_overrides)
    result = subprocess.run(
        [sys.executable, "-m", "nbgallery.cli", "shell", "-v", "0", "-c", SHOW],
        env=env, capture_output=True, text=True, timeout=120, check=True,
    )  # fmt: skip
    return json.loads(result.stdout)


def test_one_setting_turns_on_secure_cookies_redirects_and_hsts(tmp_path):
    assert secure_settings(tmp_path, NBGALLERY_HTTPS="true") == [
        True, True, True, 31536000, "None"
    ]  # fmt: skip


def test_plain_http_for_local_use_by_default(tmp_path):
    assert secure_settings(tmp_path) == [False, False, False, 0, "Lax"]
