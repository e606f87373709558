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
max_requests_jitter = max_requests // 10
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
