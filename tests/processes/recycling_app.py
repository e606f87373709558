"""A WSGI application that answers every request at once: the recycling test measures
gunicorn's worker lifecycle under ``gunicorn.conf.py``, not the portal's pages."""


def application(environ, start_response):
    start_response("200 OK", [("Content-Type", "text/plain"), ("Content-Length", "2")])
    return [b"ok"]
