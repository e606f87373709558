"""The tests of one ``xdist_group`` share state (one Redis key, one served portal) and must run
in one test process: ``make test`` runs pytest with ``--dist loadgroup``, which keeps a group
together only where pytest-xdist can mark the group in each test's id."""

import pytest

pytestmark = pytest.mark.xdist_group("grouping")


def test_a_grouped_test_runs_with_its_group(request):
    if not getattr(request.config.option, "loadgroup", False):
        pytest.skip("not run with --dist loadgroup")
    assert request.node.nodeid.endswith("@grouping"), (
        "pytest-xdist does not keep xdist_group tests together with this pytest "
        "(pytest-dev/pytest-xdist#1386; see the pin in pyproject.toml)"
    )
