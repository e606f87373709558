"""A portal served as in production, for tests that need real processes: gunicorn with two
workers under the production settings, on a database of its own, migrated and loaded with the
demo content. The two production set-ups take turns with the suite's database: on SQLite (a
fresh file) the workers share the database cache and read the content state from the
database; on PostgreSQL (a throwaway database beside the one ``DATABASE_URL`` names) they
share Redis (``PROCESSES_REDIS_URL``, default database 11 of the local server, emptied first)
and read the content state from there (``core.shared_state``). Changes are made from separate ``manage.py``
processes, as an editor in the admin or an operator's script would make them. A CDN's purge
endpoint in this process notes what the portal asks it to purge (``ServedPortal.purged``).
"""

import http.client
import os
import re
import socket
import threading
import time
import uuid
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import psycopg
import pytest
import redis

from tests.servers import free_port, gunicorn, manage

ROOT = Path(__file__).resolve().parents[2]
WORKERS = 2
ENQUIRY_RATE_LIMIT = 5  # form posts per client and window
# Each access-log line starts with the worker's process id: which worker answered.
ACCESS_LOG_FORMAT = '%(p)s "%(r)s" %(s)s'
ACCESS_LINE = re.compile(r'^<(\d+)> "(\w+) (\S+) [^"]*" (\d{3})$')


@dataclass
class Response:
    status: int
    headers: dict
    body: str


@dataclass
class Connection:
    socket: socket.socket
    rest: bytes  # what is still to be sent of the request


@dataclass
class ServedPortal:
    """gunicorn serving the portal, its environment and its access log."""

    origin: str
    env: dict
    log: Path
    # The demo as load_demo left it, exported (content and media) before any test changed it.
    demo_export: Path | None = None
    demo_media: Path | None = None
    # The paths a CDN was asked to purge (``FRONTEND_CACHE_PURGE_URL``), in order.
    purged: list = field(default_factory=list)

    def manage(self, *args: str) -> str:
        """Run a management command as a separate process on the portal's database."""
        return manage(self.env, *args)

    def shell(self, code: str) -> str:
        return self.manage("shell", "-c", code).strip()

    def request(self, method: str, path: str, body: str = "", headers=None) -> Response:
        """One request on a connection of its own (any worker may take it)."""
        return self._finish(self._begin(method, path, body, headers))

    def on_every_worker(self, method: str, path: str, body: str = "", headers=None):
        """The same request answered once by each worker: {worker's process id: response}.

        A sync worker that has accepted a connection waits until the request is complete;
        so all requests but the last are started and held, each occupying one worker, the
        last goes to the one worker left, then the held ones are completed."""
        marked = [self._marked(path) for _ in range(WORKERS)]
        held = []
        for started in marked[:-1]:
            held.append(self._begin(method, started, body, headers, complete=False))
            time.sleep(0.3)  # let a worker accept it and start waiting
        answers = {marked[-1]: self._finish(self._begin(method, marked[-1], body, headers))}
        for started, connection in zip(marked, held, strict=False):
            answers[started] = self._finish(connection, complete=True)
        by_worker = {self._worker_that_answered(url): answer for url, answer in answers.items()}
        assert len(by_worker) == WORKERS, f"{path} reached {sorted(by_worker)} only"
        return by_worker

    def _marked(self, path: str) -> str:
        return f"{path}{'&' if '?' in path else '?'}probe={uuid.uuid4().hex}"

    def _begin(self, method, path, body, headers, complete: bool = True) -> "Connection":
        """A connection with the request sent; without its last line unless ``complete``."""
        rest = b"\r\n" + (body or "").encode()
        lines = [f"{method} {path} HTTP/1.1", f"Host: {urlsplit(self.origin).netloc}"]
        lines += [f"{name}: {value}" for name, value in (headers or {}).items()]
        lines += [f"Content-Length: {len(rest) - 2}", "Connection: close"]
        parts = urlsplit(self.origin)
        sock = socket.create_connection((parts.hostname, parts.port), timeout=30)
        sock.sendall("\r\n".join(lines).encode() + b"\r\n" + (rest if complete else b""))
        return Connection(sock, b"" if complete else rest)

    @staticmethod
    def _finish(connection: "Connection", complete: bool = False) -> Response:
        try:
            if complete:
                connection.socket.sendall(connection.rest)
            answer = http.client.HTTPResponse(connection.socket)
            answer.begin()
            return Response(
                answer.status,
                {name.lower(): value for name, value in answer.getheaders()},
                answer.read().decode("utf-8", "replace"),
            )
        finally:
            connection.socket.close()

    def _worker_that_answered(self, marked_path: str) -> int:
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline:
            for line in reversed(self.log.read_text().splitlines()):
                match = ACCESS_LINE.match(line)
                if match and match.group(3) == marked_path:
                    return int(match.group(1))
            time.sleep(0.02)
        raise AssertionError(f"no access-log line for {marked_path}")


class _PurgeLog(BaseHTTPRequestHandler):
    """A CDN's purge endpoint that notes what it is asked to purge."""

    def do_PURGE(self):  # noqa: N802 - the HTTP method's name
        self.server.purged.append(self.path)
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


def _purge_endpoint(purged: list) -> ThreadingHTTPServer:
    server = ThreadingHTTPServer(("127.0.0.1", free_port()), _PurgeLog)
    server.purged = purged
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def _emptied_redis() -> str:
    url = os.environ.get("PROCESSES_REDIS_URL", "redis://127.0.0.1:6379/11")
    redis.Redis.from_url(url).flushdb()
    return url


def _throwaway_database(workdir: Path) -> tuple[str, callable]:
    """(database URL, drop) for a database of the portal's own."""
    configured = os.environ.get("DATABASE_URL", "")
    if not configured.startswith(("postgres://", "postgresql://")):
        return f"sqlite:///{workdir / 'portal.sqlite3'}", lambda: None
    parts = urlsplit(configured)
    name = f"{parts.path.lstrip('/') or 'portal'}_processes_{os.getpid()}"
    server = urlunsplit(parts._replace(path="/postgres"))

    def run(statement: str) -> None:
        with psycopg.connect(server, autocommit=True) as connection:
            connection.execute(statement)

    run(f'DROP DATABASE IF EXISTS "{name}"')
    run(f'CREATE DATABASE "{name}"')
    return urlunsplit(parts._replace(path=f"/{name}")), lambda: run(
        f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'
    )


@pytest.fixture(scope="session")
def served_portal(tmp_path_factory):
    workdir = tmp_path_factory.mktemp("served")
    database_url, drop_database = _throwaway_database(workdir)
    port = free_port()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        "SECRET_KEY": "processes-test-only",
        "HTTPS": "false",
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DATABASE_URL": database_url,
        "STATIC_ROOT": str(workdir / "static"),
        "MEDIA_ROOT": str(workdir / "media"),
        "SERVE_MEDIA": "true",
        "PAGE_CACHE_SECONDS": "600",
        "FRAGMENT_CACHE_SECONDS": "3600",
        "ENQUIRY_RATE_LIMIT": str(ENQUIRY_RATE_LIMIT),
        "ENQUIRY_MIN_FILL_SECONDS": "0",
        "LOG_FORMAT": "text",
        "GUNICORN_BIND": f"127.0.0.1:{port}",
        "GUNICORN_WORKERS": str(WORKERS),
        "GUNICORN_THREADS": "1",
    }
    for name in ("REDIS_URL", "ELASTICSEARCH_URL", "TASKS_BACKEND", "CONN_MAX_AGE"):
        env.pop(name, None)
    if database_url.startswith("postgres"):
        env["REDIS_URL"] = _emptied_redis()
    log = workdir / "access.log"
    portal = ServedPortal(origin=f"http://127.0.0.1:{port}", env=env, log=log)
    cdn = _purge_endpoint(portal.purged)
    env["FRONTEND_CACHE_PURGE_URL"] = f"http://127.0.0.1:{cdn.server_address[1]}"
    portal.manage("migrate", "--no-input")
    portal.manage("load_demo")
    portal.demo_export, portal.demo_media = workdir / "demo.json", workdir / "demo-media"
    portal.manage("export_content", str(portal.demo_export), "--media-dir", str(portal.demo_media))
    portal.manage("collectstatic", "--no-input")
    options = ("--access-logfile", str(log), "--access-logformat", ACCESS_LOG_FORMAT)
    try:
        with gunicorn(env, portal.origin, workdir / "server.log", *options):
            yield portal
    finally:
        cdn.shutdown()
        drop_database()
