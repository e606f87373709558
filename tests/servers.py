"""Helpers for tests that start a real portal server (browser tests, multi-process tests)."""

import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def manage(env: dict, *args: str) -> str:
    """Run a management command as a separate process with ``env``; returns its output."""
    done = subprocess.run(  # noqa: S603 (our own manage.py, fixed arguments)
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    return done.stdout


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until_ready(origin: str, server: subprocess.Popen, log: Path, seconds: int = 60) -> None:
    """Wait until ``/healthz`` answers; fail early when the server exits."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"the portal server exited; see {log}")
        try:
            with urllib.request.urlopen(origin + "/healthz", timeout=2):  # noqa: S310
                return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"the portal server did not answer within {seconds} s; see {log}")


@contextmanager
def gunicorn(env: dict, origin: str, log: Path, *options: str):
    """gunicorn serving the portal with ``env`` (``gunicorn.conf.py`` plus ``options``),
    its output in ``log``; stopped when the block ends."""
    with log.open("w") as log_file:
        process = subprocess.Popen(  # noqa: S603 (our own server, fixed arguments)
            [sys.executable, "-m", "gunicorn", "-c", "gunicorn.conf.py", *options],
            cwd=ROOT,
            env=env,
            stdout=log_file,
            stderr=subprocess.STDOUT,
        )
    try:
        wait_until_ready(origin, process, log)
        yield process
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
