"""After a PostgreSQL restart the portal recovers by itself: the next request notices the dead
persistent connection (``CONN_HEALTH_CHECKS``), opens a new one and is served."""

from django.db import close_old_connections, connection

import psycopg
import pytest

pytestmark = [
    # A real transaction, flushed afterwards; the serialized rollback puts back what migrate
    # left (Wagtail's root page), which later tests in the same process start from.
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="a PostgreSQL restart needs PostgreSQL"
    ),
]


def terminate_server_side(pid: int) -> None:
    """What a server restart does to the app's open connection, from a connection of its own
    (the database server itself is shared with other test processes, so it stays up)."""
    params = connection.get_connection_params()
    params.pop("cursor_factory", None)
    params.pop("context", None)
    with psycopg.connect(**params, autocommit=True) as admin:
        admin.execute("SELECT pg_terminate_backend(%s)", [pid])


def get_as_served(client, path: str):
    """A request as gunicorn serves it: Django's WSGI handler checks old connections at the
    start of every request, which the test client leaves out."""
    close_old_connections()
    return client.get(path)


@pytest.fixture
def persistent_connections():
    """Production keeps connections open between requests (``CONN_MAX_AGE``)."""
    saved = connection.settings_dict["CONN_MAX_AGE"]
    connection.settings_dict["CONN_MAX_AGE"] = 60
    connection.close()
    yield
    connection.settings_dict["CONN_MAX_AGE"] = saved
    connection.close()


def test_requests_succeed_again_after_the_database_dropped_the_connection(
    client, homes, persistent_connections
):
    assert get_as_served(client, "/").status_code == 200
    old_pid = connection.connection.info.backend_pid

    terminate_server_side(old_pid)
    response = get_as_served(client, "/")

    assert response.status_code == 200
    assert connection.connection.info.backend_pid != old_pid


def test_readiness_reports_the_database_up_again_after_a_dropped_connection(
    client, persistent_connections
):
    get_as_served(client, "/readyz")
    terminate_server_side(connection.connection.info.backend_pid)

    response = get_as_served(client, "/readyz")

    assert response.status_code == 200
    assert response.json()["checks"]["database"]["status"] == "ok"
