"""The gunicorn settings in gunicorn.conf.py."""

import gc
import runpy
from pathlib import Path
from types import SimpleNamespace

import pytest

CONFIG = Path(__file__).resolve().parents[2] / "gunicorn.conf.py"


@pytest.fixture
def config():
    yield runpy.run_path(str(CONFIG))
    gc.unfreeze()


def test_a_worker_freezes_its_long_lived_objects_after_its_first_requests(config):
    gc.unfreeze()

    config["post_request"](SimpleNamespace(nr=2), None, {}, None)
    after_second = gc.get_freeze_count()
    config["post_request"](SimpleNamespace(nr=1), None, {}, None)

    assert after_second == 0
    assert gc.get_freeze_count() > 0


def test_workers_scale_with_the_cores_and_never_share_a_control_socket(config):
    assert config["workers"] >= 3
    assert config["control_socket_disable"] is True
