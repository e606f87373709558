"""gunicorn settings for `make serve` and production; every value can be overridden by env."""

import gc
import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
# The usual rule of thumb for synchronous workers: two per core, plus one.
workers = int(os.environ.get("GUNICORN_WORKERS", multiprocessing.cpu_count() * 2 + 1))
threads = int(os.environ.get("GUNICORN_THREADS", 1))
timeout = int(os.environ.get("GUNICORN_TIMEOUT", 30))
graceful_timeout = 20
keepalive = 5
# Recycle workers now and then, so slow leaks cannot grow; cached pages are served at
# thousands of requests per second, so the interval is counted generously.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", 20000))
# No random jitter: gunicorn's 10 % let all five workers of a benchmark restart within six
# seconds (a 1 s p99). ``pre_fork`` below spaces the recycle points deterministically.
max_requests_jitter = 0
accesslog = "-"
errorlog = "-"
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
wsgi_app = "portal.wsgi:application"
# gunicorn 27 opens one control socket per user by default; two servers on one host (a
# benchmark beside a test server, say) would take over each other's socket.
control_socket_disable = True

# A full garbage collection walks every object a worker holds, and most of them (modules, URL
# patterns, compiled templates) live as long as the worker. Freezing them once the first
# requests have loaded them shortens a full collection from about 150 ms to about 15 ms, which
# otherwise lands on every fortieth request or so.
FREEZE_AFTER_REQUESTS = (1, 10, 100, 1000)


def post_request(worker, req, environ, resp):
    if worker.nr in FREEZE_AFTER_REQUESTS:
        gc.freeze()


def recycle_budget(slot: int, first_life: bool, every: int, slots: int) -> int:
    """How many requests a worker serves before it is replaced. The first workers of the
    slots retire after every/slots, 2·every/slots, …, every requests; each replacement after
    ``every``. Under an even load the recycle points stay ``every/slots`` requests apart for
    good, so a recycle never takes more than one worker out at once (a jitter, however large,
    only makes a collision unlikely)."""
    if not first_life:
        return every
    return max(1, every * (slot % slots + 1) // slots)


def pre_fork(server, worker):
    # Runs in the master, so the master keeps each worker's slot: a replacement takes the
    # slot its predecessor left free.
    if worker.cfg.max_requests <= 0:
        return
    taken = {getattr(sibling, "recycle_slot", None) for sibling in server.WORKERS.values()}
    slot = next(number for number in range(len(taken) + 1) if number not in taken)
    started = server.__dict__.setdefault("recycle_slots_started", set())
    worker.recycle_slot = slot
    worker.max_requests = recycle_budget(
        slot, slot not in started, worker.cfg.max_requests, server.num_workers
    )
    started.add(slot)
