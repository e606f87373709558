"""Which search engine serves visitors."""

import os
import subprocess
import sys

from search.engine import DatabaseEngine, engine


def test_without_elasticsearch_the_database_serves_and_the_client_is_never_imported():
    # A fresh interpreter: this test process may have imported the client for other tests.
    code = (
        "import django, sys; django.setup();"
        "from search.engine import engine; engine();"
        "print('elasticsearch' in sys.modules)"
    )
    result = subprocess.run(  # noqa: S603 (our own interpreter and code)
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "portal.settings.test"},
    )

    assert isinstance(engine(), DatabaseEngine)
    assert result.stdout.strip().splitlines()[-1] == "False"
