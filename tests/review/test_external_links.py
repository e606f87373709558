"""``check_links`` against a local HTTP server started here (never the internet)."""

import threading
import time
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from django.core.management import CommandError, call_command
from django.utils import timezone

import pytest

from review.external_links import check_all, page_urls, user_agent
from review.models import ExternalLinkCheck, LinkProblem, url_key
from tests.factories.home import StandardPageFactory

from .conftest import text_linking

pytestmark = pytest.mark.django_db

SLOW_SECONDS = 3


class Handler(BaseHTTPRequestHandler):
    seen = []

    def _answer(self, with_body: bool):
        Handler.seen.append((self.command, self.path, self.headers.get("User-Agent")))
        if self.path == "/ok":
            self.send_response(200)
        elif self.path == "/missing":
            self.send_response(404)
        elif self.path == "/broken":
            self.send_response(500)
        elif self.path == "/moved":
            self.send_response(301)
            self.send_header("Location", "/ok")
        elif self.path == "/no-head":
            # Some servers refuse HEAD; the checker asks again with GET.
            self.send_response(405 if self.command == "HEAD" else 200)
        elif self.path.startswith("/slow"):
            time.sleep(SLOW_SECONDS)
            self.send_response(200)
        else:
            self.send_response(404)
        self.send_header("Content-Length", "2" if with_body else "0")
        self.end_headers()
        if with_body:
            self.wfile.write(b"ok")

    def do_HEAD(self):
        self._answer(with_body=False)

    def do_GET(self):
        self._answer(with_body=True)

    def log_message(self, *args):
        pass


@pytest.fixture
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    Handler.seen = []
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture
def linking_pages(homes, server):
    pages = {}
    for name in ("ok", "missing", "broken", "moved", "no-head", "slow"):
        pages[name] = StandardPageFactory(
            parent=homes["de"], title=name, body=text_linking(url=f"{server}/{name}")
        )
    return pages


def answers():
    return {
        check.url.rsplit("/", 1)[1]: (check.status_code, check.error, check.broken)
        for check in ExternalLinkCheck.objects.all()
    }


def test_every_answer_is_stored_and_broken_links_become_problems(server, linking_pages):
    run = check_all(timeout=1, budget=60)

    assert answers() == {
        "ok": (200, "", False),
        "missing": (404, "", True),
        "broken": (500, "", True),
        "moved": (200, "", False),
        "no-head": (200, "", False),
        "slow": (None, "timeout", True),
    }
    assert (run.checked, run.broken, run.skipped, run.left) == (6, 3, 0, 0)
    broken = {
        problem.page.title: (problem.kind, problem.reason, problem.status_code)
        for problem in LinkProblem.objects.select_related("page")
    }
    assert broken == {
        "missing": ("external", "http_error", 404),
        "broken": ("external", "http_error", 500),
        "slow": ("external", "unreachable", None),
    }
    methods = {(method, path) for method, path, _agent in Handler.seen}
    # HEAD first, also after a redirect; GET only where HEAD was refused.
    assert {path for method, path in methods if method == "GET"} == {
        "/no-head",
        "/missing",
        "/broken",
    }
    assert {agent for _method, _path, agent in Handler.seen} == {user_agent()}
    assert user_agent().endswith("link checker (+http://testserver/)")


def test_recently_checked_addresses_are_skipped(server, linking_pages):
    ExternalLinkCheck.objects.create(
        key=url_key(f"{server}/missing"),
        url=f"{server}/missing",
        status_code=404,
        broken=True,
        checked_at=timezone.now() - timedelta(hours=1),
    )
    run = check_all(timeout=1, budget=60, recheck_after=timedelta(hours=48))

    assert run.skipped == 1
    assert ("HEAD", "/missing") not in {(m, p) for m, p, _a in Handler.seen}
    # The stored answer still counts.
    assert LinkProblem.objects.filter(page=linking_pages["missing"]).exists()


def test_no_request_starts_after_the_budget(server, homes):
    # Three slow addresses, one at a time: the first starts within the budget and outlasts it.
    for name in ("slow-a", "slow-b", "slow-c"):
        StandardPageFactory(
            parent=homes["de"], title=name, body=text_linking(url=f"{server}/{name}")
        )
    run = check_all(workers=1, timeout=SLOW_SECONDS + 2, budget=1)
    assert run.checked == 1 and run.left == 2


def test_a_fixed_link_clears_its_problem_when_the_page_is_published(server, linking_pages):
    check_all(timeout=1, budget=60)
    page = linking_pages["missing"]
    page.body = text_linking(url=f"{server}/ok")
    page.save_revision().publish()
    assert not LinkProblem.objects.filter(page=page).exists()


def test_addresses_are_found_in_rich_text_and_link_blocks(homes):
    page = StandardPageFactory(
        parent=homes["de"],
        body=[
            *text_linking(url="https://example.org/a?b=1&amp;c=2"),
            {
                "type": "call_to_action",
                "value": {"title": "Mehr", "external_url": "https://example.org/b", "page": None},
            },
            {"type": "call_to_action", "value": {"title": "Intern", "external_url": "/suche/"}},
        ],
    )
    assert page_urls(page) == {"https://example.org/a?b=1&c=2", "https://example.org/b"}


def test_the_command_refuses_unbounded_settings(db):
    with pytest.raises(CommandError, match="--workers"):
        call_command("check_links", workers=50)
