"""External links: found in a page's fields and blocks, checked over HTTP by ``check_links``
(bounded: a few at a time, a timeout per request, a budget for the run), judged per page
against the last answer of each address."""

import re
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor, wait
from dataclasses import dataclass
from datetime import timedelta
from html import unescape

from django.conf import settings
from django.db import models
from django.utils import timezone

from wagtail import blocks
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page

from core.origin import origin
from core.stream_data import walk

from .models import ExternalLinkCheck, LinkProblem, url_key

_HREF = re.compile(r"""<a\s[^>]*?href\s*=\s*["']([^"']+)["']""", re.IGNORECASE)
# Answers that say "not now" rather than "gone": the link is not judged broken for them.
_NOT_JUDGED = {429}


def _external(url: str) -> str | None:
    url = unescape(url or "").strip()
    return url if url.lower().startswith(("http://", "https://")) else None


def _from_rich_text(html: str) -> list[str]:
    return [url for url in map(_external, _HREF.findall(html or "")) if url]


def page_urls(page: Page) -> set[str]:
    """Every external address in ``page``'s live content: links in rich text, URL fields and
    URL blocks (also inside structs and lists)."""
    page = page.specific
    found: set[str] = set()

    def leaf(block, value):
        if isinstance(block, blocks.RichTextBlock) and isinstance(value, str):
            found.update(_from_rich_text(value))
        elif (
            isinstance(value, str)
            # ``holds_url``: the portal's address blocks that take paths too (``home.blocks``).
            and (isinstance(block, blocks.URLBlock) or getattr(block, "holds_url", False))
            and (url := _external(value))
        ):
            found.add(url)
        return value

    for field in page._meta.concrete_fields:
        value = getattr(page, field.attname, None)
        if isinstance(field, StreamField):
            walk(field.stream_block, value.get_prep_value() if value else None, leaf)
        elif isinstance(field, RichTextField):
            found.update(_from_rich_text(value))
        elif isinstance(field, models.URLField) and (url := _external(value)):
            found.add(url)
    return found


def judge_page(page: Page, urls: set[str] | None = None) -> None:
    """Make the page's external problems match the last answers of its addresses."""
    urls = page_urls(page) if urls is None else urls
    checks = {
        check.url: check
        for check in ExternalLinkCheck.objects.filter(
            key__in=[url_key(url) for url in urls], broken=True
        )
    }
    LinkProblem.objects.filter(page_id=page.pk, kind=LinkProblem.Kind.EXTERNAL).exclude(
        url__in=list(checks)
    ).delete()
    for url, check in checks.items():
        LinkProblem.objects.update_or_create(
            page_id=page.pk,
            kind=LinkProblem.Kind.EXTERNAL,
            url=url,
            defaults={
                "target": url,
                "reason": LinkProblem.Reason.HTTP_ERROR
                if check.status_code
                else LinkProblem.Reason.UNREACHABLE,
                "status_code": check.status_code,
                "error": check.error,
                "checked_at": check.checked_at,
            },
        )


@dataclass(frozen=True)
class Answer:
    url: str
    status_code: int | None
    error: str

    @property
    def broken(self) -> bool:
        if self.status_code is None:
            return True
        return self.status_code >= 400 and self.status_code not in _NOT_JUDGED


def user_agent() -> str:
    """Says who asks and where to find out more, as polite crawlers do."""
    return f"{settings.WAGTAIL_SITE_NAME} link checker (+{origin()}/)"


class _KeepMethod(urllib.request.HTTPRedirectHandler):
    """Follows a redirect with the same method (urllib would turn a HEAD into a GET)."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        new = super().redirect_request(req, fp, code, msg, headers, newurl)
        if new is not None:
            new.method = req.get_method()
        return new


_opener = urllib.request.build_opener(_KeepMethod)


def _request(url: str, method: str, timeout: float) -> int:
    # Only http(s) addresses get here (``_external``).
    request = urllib.request.Request(url, method=method, headers={"User-Agent": user_agent()})  # noqa: S310
    try:
        with _opener.open(request, timeout=timeout) as response:
            if method == "GET":
                response.read(1024)
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def fetch(url: str, timeout: float) -> Answer:
    """HEAD first; servers that refuse or mishandle HEAD get a GET."""
    try:
        status = _request(url, "HEAD", timeout)
        if status >= 400:
            status = _request(url, "GET", timeout)
        return Answer(url, status, "")
    except TimeoutError:
        return Answer(url, None, "timeout")
    except (urllib.error.URLError, OSError, ValueError) as error:
        reason = getattr(error, "reason", error)
        if isinstance(reason, TimeoutError):
            return Answer(url, None, "timeout")
        return Answer(url, None, str(reason)[:255] or type(error).__name__)


@dataclass
class Run:
    checked: int = 0
    broken: int = 0
    skipped: int = 0
    left: int = 0


def check_all(
    *,
    workers: int = 4,
    timeout: float = 10.0,
    budget: float = 600.0,
    recheck_after: timedelta = timedelta(hours=48),
    now=None,
) -> Run:
    """Check the external addresses of every live page, those never or longest unchecked
    first, skipping those checked within ``recheck_after``; no new request starts after
    ``budget`` seconds. Then every page's problems are made to match."""
    now = now or timezone.now()
    by_page = {page.pk: (page, page_urls(page)) for page in Page.objects.live().specific()}
    urls = sorted({url for _page, page_urls_ in by_page.values() for url in page_urls_})
    known = {check.key: check for check in ExternalLinkCheck.objects.all()}
    due = [
        url
        for url in urls
        if url_key(url) not in known or known[url_key(url)].checked_at < now - recheck_after
    ]
    due.sort(
        key=lambda url: (
            url_key(url) in known,
            known[url_key(url)].checked_at if url_key(url) in known else now,
        )
    )
    run = Run(skipped=len(urls) - len(due))
    deadline = time.monotonic() + budget
    # Threads only fetch; the database is written here, in the command's own thread.
    with ThreadPoolExecutor(max_workers=workers) as pool:
        pending = set()
        queue = list(due)
        while queue or pending:
            while queue and len(pending) < workers and time.monotonic() < deadline:
                pending.add(pool.submit(fetch, queue.pop(0), timeout))
            if not pending:
                break
            done, pending = wait(pending, return_when="FIRST_COMPLETED")
            for future in done:
                _store(future.result())
                run.checked += 1
                run.broken += future.result().broken
        run.left = len(queue)
    for page, page_urls_ in by_page.values():
        judge_page(page, page_urls_)
    return run


def _store(answer: Answer) -> None:
    ExternalLinkCheck.objects.update_or_create(
        key=url_key(answer.url),
        defaults={
            "url": answer.url,
            "status_code": answer.status_code,
            "error": answer.error,
            "broken": answer.broken,
            "checked_at": timezone.now(),
        },
    )
