import json
import logging
import os
import subprocess
import sys

from django.conf import settings

import pytest

from ops.request_id import JsonFormatter, RequestIdFilter

pytestmark = pytest.mark.django_db


def test_public_pages_forbid_inline_scripts(client, homes):
    policy = client.get("/")["Content-Security-Policy"]

    script_src = next(part for part in policy.split("; ") if part.startswith("script-src"))
    assert script_src == "script-src 'self'"
    assert "frame-ancestors 'self'" in policy


@pytest.mark.parametrize("url", ["/", "/en/", "/admin/login/", "/gibt-es-nicht/", "/healthz"])
def test_security_headers_are_on_every_response(client, homes, url):
    response = client.get(url)

    assert response["Content-Security-Policy"]
    assert "camera=()" in response["Permissions-Policy"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"]
    assert response["X-Frame-Options"] in {"DENY", "SAMEORIGIN"}
    assert response["X-Request-ID"]


def test_request_id_from_the_proxy_is_kept_and_bad_ones_replaced(client, homes):
    assert client.get("/healthz", headers={"X-Request-ID": "abc-123"})["X-Request-ID"] == "abc-123"
    assert (
        client.get("/healthz", headers={"X-Request-ID": "bad id\n"})["X-Request-ID"] != "bad id\n"
    )


def test_healthz_answers_without_touching_backends(client):
    response = client.get("/healthz")

    assert response.status_code == 200
    assert response.json() == {"status": "ok"}
    assert "no-cache" in response["Cache-Control"]


def test_readyz_reports_each_dependency(client):
    response = client.get("/readyz")

    assert response.status_code == 200
    assert set(response.json()["checks"]) == {"database", "cache", "search"}
    assert all(check["status"] == "ok" for check in response.json()["checks"].values())
    assert "no-cache" in response["Cache-Control"]


def test_readyz_answers_503_when_a_dependency_fails(client, monkeypatch):
    from ops import health

    def down():
        raise ConnectionError("cache down")

    monkeypatch.setitem(health.CHECKS, "cache", down)
    response = client.get("/readyz")

    assert response.status_code == 503
    assert response.json()["checks"]["cache"] == {
        "status": "error",
        "error": "ConnectionError",
        "ms": pytest.approx(0, abs=1000),
    }


def test_json_log_lines_carry_the_request_id():
    record = logging.LogRecord("portal", logging.WARNING, __file__, 1, "Hallo %s", ("Welt",), None)
    RequestIdFilter().filter(record)

    line = json.loads(JsonFormatter().format(record))

    assert line["message"] == "Hallo Welt"
    assert line["level"] == "WARNING"
    assert line["request_id"] == "-"


def test_production_settings_pass_the_deployment_checklist():
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        "SECRET_KEY": "x" * 20 + "production-like-secret-key-with-enough-entropy-0123456789",
        "ALLOWED_HOSTS": "portal.example.org",
        "DATABASE_URL": f"sqlite:///{settings.BASE_DIR / 'unused.sqlite3'}",
    }

    result = subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_the_admin_has_its_own_looser_policy_and_the_site_never_gets_it(client, homes):
    admin = client.get("/admin/login/")["Content-Security-Policy"]
    public = client.get("/")["Content-Security-Policy"]

    assert "script-src 'self' 'unsafe-inline'" in admin
    assert "unsafe-inline" not in public
    assert "report-uri /csp-report/" in public and "report-uri /csp-report/" in admin


def test_violation_reports_are_logged_by_the_portal_itself(client, caplog):
    report = {
        "csp-report": {
            "document-uri": "https://portal.example/aktuelles/",
            "violated-directive": "script-src",
            "blocked-uri": "https://evil.example/x.js",
        }
    }

    response = client.post(
        "/csp-report/", json.dumps(report), content_type="application/csp-report"
    )

    assert response.status_code == 204
    assert "script-src blocked https://evil.example/x.js" in caplog.text


@pytest.mark.parametrize(
    ("body", "status"), [("not json", 400), ("[1, 2]", 400), ("x" * 9000, 413)]
)
def test_broken_or_oversized_reports_get_a_4xx(client, body, status):
    assert client.post("/csp-report/", body, content_type="application/json").status_code == status


def test_the_report_address_takes_posts_only(client):
    assert client.get("/csp-report/").status_code == 405
