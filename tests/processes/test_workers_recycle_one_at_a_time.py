"""gunicorn.conf.py recycles workers one at a time: the first workers retire after
different numbers of requests, spaced max_requests / workers apart, and their replacements
after max_requests, so the recycle points never bunch up (gunicorn's random jitter let all
five benchmark workers restart within six seconds)."""

import re
import threading
import time
import urllib.request
from collections import Counter

from tests.servers import free_port, gunicorn

WORKERS = 3
MAX_REQUESTS = 30
REQUESTS = 240  # enough for every first worker to retire, bounded in time
LINE = re.compile(r"^<(\d+)>$")


def _send(origin: str, count: int) -> None:
    for _ in range(count):
        with urllib.request.urlopen(origin + "/", timeout=5) as answer:  # noqa: S310
            assert answer.status == 200


def test_first_workers_retire_at_spaced_points_and_replacements_after_max_requests(tmp_path):
    port = free_port()
    origin = f"http://127.0.0.1:{port}"
    log = tmp_path / "access.log"
    env = {
        "PATH": "/usr/bin:/bin",
        "GUNICORN_BIND": f"127.0.0.1:{port}",
        "GUNICORN_WORKERS": str(WORKERS),
        "GUNICORN_MAX_REQUESTS": str(MAX_REQUESTS),
    }
    options = (
        "--access-logfile",
        str(log),
        "--access-logformat",
        "%(p)s",
        "tests.processes.recycling_app:application",
    )
    with gunicorn(env, origin, tmp_path / "server.log", *options) as server:
        first = _all_workers_up(server.pid)
        # Three clients side by side, so that every worker gets requests.
        clients = [threading.Thread(target=_send, args=(origin, REQUESTS // 3)) for _ in range(3)]
        for client in clients:
            client.start()
        for client in clients:
            client.join(timeout=20)
        alive = _worker_pids(server.pid)

    served = Counter(
        int(match.group(1))
        for line in log.read_text().splitlines()
        if (match := LINE.match(line.strip()))
    )
    retired = {pid: count for pid, count in served.items() if pid not in alive}
    # Every worker served exactly its budget before it was replaced.
    first_budgets = sorted(retired[pid] for pid in first if pid in retired)
    assert first_budgets == [10, 20, 30][: len(first_budgets)], served
    assert len(first_budgets) >= 2, f"too few recycles to judge: {served}"
    replacements = [count for pid, count in retired.items() if pid not in first]
    assert all(count == MAX_REQUESTS for count in replacements), served
    # No worker outlived its budget.
    assert all(count <= MAX_REQUESTS for count in served.values()), served


def _all_workers_up(master: int, wait: float = 20.0) -> set[int]:
    """The first workers, once the master has forked all of them (the server answers as soon
    as one is up)."""
    deadline = time.monotonic() + wait
    while len(pids := _worker_pids(master)) < WORKERS and time.monotonic() < deadline:
        time.sleep(0.05)
    assert len(pids) == WORKERS, pids
    return pids


def _worker_pids(master: int) -> set[int]:
    """The master's children, from /proc."""
    with open(f"/proc/{master}/task/{master}/children") as children:
        return {int(pid) for pid in children.read().split()}
