"""Helpers for tests that start a real portal server (browser tests, multi-process tests)."""

import socket
import subprocess
import time
import urllib.request
from pathlib import Path


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
