"""Browser tests: Debian's Chromium, driven by Playwright, against a real portal server.

The server is gunicorn on 127.0.0.1 with its own database (a fresh SQLite file unless
``BROWSER_DATABASE_URL`` names an empty database), migrated and loaded with the demo content
once per run. Every browser context records its requests; a test fails when any of them leaves
the portal's own host.
"""

import os
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.servers import free_port, gunicorn, manage

from .accounts import ACCOUNTS, create_accounts_code

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
# Artefacts CI keeps: screenshots per page type and width, the server log.
ARTEFACTS = ROOT / "test-artifacts" / "browser"
# Chromium is started for a closed network: no background calls home, no component updates.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-dev-shm-usage",
]


@dataclass
class PortalServer:
    """A running portal: its address and how to run management commands against its database."""

    origin: str
    env: dict
    accounts: dict = field(default_factory=lambda: ACCOUNTS)

    def url(self, path: str) -> str:
        return self.origin + path

    def manage(self, *args: str) -> str:
        """Run a management command on the server's database; returns its output."""
        return manage(self.env, *args)


@pytest.fixture(scope="session")
def portal_server(tmp_path_factory):
    workdir = tmp_path_factory.mktemp("portal")
    port = free_port()
    origin = f"http://127.0.0.1:{port}"
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.test",
        "DATABASE_URL": os.environ.get("BROWSER_DATABASE_URL")
        or f"sqlite:///{workdir / 'portal.sqlite3'}",
        "MEDIA_ROOT": str(workdir / "media"),
        "SERVE_MEDIA": "true",
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        # Journeys post the forms several times from one address; the limit has its own tests.
        "ENQUIRY_RATE_LIMIT": "1000",
        "GUNICORN_BIND": f"127.0.0.1:{port}",
        "GUNICORN_WORKERS": "2",
        "GUNICORN_THREADS": "4",
    }
    env.pop("REDIS_URL", None)
    env.pop("ELASTICSEARCH_URL", None)
    server = PortalServer(origin=origin, env=env)
    server.manage("migrate", "--no-input")
    server.manage("load_demo")
    server.manage("shell", "-c", create_accounts_code())

    ARTEFACTS.mkdir(parents=True, exist_ok=True)
    log = ARTEFACTS / "server.log"
    with gunicorn(env, origin, log):
        yield server


@pytest.fixture(scope="session")
def base_url(portal_server):
    """Playwright resolves ``page.goto("/en/")`` against the portal server."""
    return portal_server.origin


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {**browser_type_launch_args, "executable_path": CHROMIUM, "args": CHROMIUM_ARGS}


class RequestLog:
    """Every URL the browser asked for during one test."""

    def __init__(self, origin: str):
        self.own_host = urlsplit(origin).netloc
        self.urls: list[str] = []

    def record(self, request) -> None:
        self.urls.append(request.url)

    def foreign(self) -> list[str]:
        """Requests to any host but the portal's (inline data and blobs never leave)."""
        return [
            url
            for url in self.urls
            if urlsplit(url).scheme not in ("data", "blob", "about")
            and urlsplit(url).netloc != self.own_host
        ]


@pytest.fixture
def request_log(portal_server):
    return RequestLog(portal_server.origin)


@pytest.fixture
def new_context(new_context, request_log):
    """Every context, the default one and those tests open themselves, records its requests."""

    def _new_context(**kwargs):
        context = new_context(**kwargs)
        context.on("request", request_log.record)
        return context

    yield _new_context
    foreign = request_log.foreign()
    assert not foreign, f"requests left the portal's host: {foreign}"
