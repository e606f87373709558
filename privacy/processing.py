"""The privacy statement's register of processing, written from the code, not by hand.

Every retention period shown is the setting the deleting code uses (``purge_form_submissions``
reads ``FORM_SUBMISSION_RETENTION_DAYS``, the search statistics delete by
``SEARCH_STATISTICS_RETENTION_DAYS``, the peer exchange's closed cases go after
``EXCHANGE_CASE_RETENTION_DAYS``, the rate-limit counters live one window of
``ENQUIRY_RATE_LIMIT_WINDOW``); every cookie is named as the settings name it; every form is a
live form page of the language with the fields it stores and the purpose its consent text
states; the only other hosts are the embed providers of ``EMBED_HOSTS``. What the code cannot
know (who the controller is, how long the operator's log system keeps the server log) are
fields of the page. ``tests/privacy`` holds this register to the code: a model that stores
data, a cookie a response sets or a change of the server's log format that is not described
here fails them.
"""

from dataclasses import dataclass, field
from urllib.parse import urlsplit

from django.conf import settings
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext as _

from wagtail.contrib.forms.models import FormMixin
from wagtail.models import Page, get_page_models

from core.caching import cached_per_generation
from core.locales import active_locale
from core.visibility import visible

# The fields of gunicorn's default access log line (``gunicorn.conf.py`` sets ``accesslog``
# and keeps the default ``access_log_format``: %(h)s %(l)s %(u)s %(t)s "%(r)s" %(s)s %(b)s
# "%(f)s" "%(a)s"); %(l)s and %(u)s are always "-" here.
ACCESS_LOG_ATOMS = ("h", "t", "r", "s", "b", "f", "a")

CONSENT = "consent"
PUBLIC_TASK = "public_task"


@dataclass(frozen=True)
class Processing:
    """One kind of processing: what, why, on which legal basis, for how long, who receives it."""

    key: str
    title: str
    data: str
    purpose: str
    legal_basis: str
    retention: str
    recipients: str = ""
    # The page it concerns (a form), if any.
    url: str = ""


@dataclass(frozen=True)
class Cookie:
    name: str
    who: str
    purpose: str
    lifetime: str


@dataclass(frozen=True)
class FormRecord:
    """A live form page of the language as the register describes it (kept per content
    generation: plain strings)."""

    title: str
    url: str
    fields: list[str] = field(default_factory=list)
    purpose: str = ""


def days(count: int) -> str:
    return ngettext("%(count)d day", "%(count)d days", count) % {"count": count}


def _duration(seconds: int) -> str:
    if seconds % 86400 == 0:
        return days(seconds // 86400)
    if seconds % 3600 == 0:
        hours = seconds // 3600
        return ngettext("%(count)d hour", "%(count)d hours", hours) % {"count": hours}
    minutes = max(1, seconds // 60)
    return ngettext("%(count)d minute", "%(count)d minutes", minutes) % {"count": minutes}


def legal_basis(kind: str, public_task: str) -> str:
    if kind == CONSENT:
        return _("Your consent, Art. 6 (1) (a) GDPR; you can withdraw it at any time.")
    return public_task


def access_log_fields() -> str:
    names = {
        "h": _("the IP address of your device"),
        "t": _("date and time"),
        "r": _("the address requested"),
        "s": _("the status of the answer"),
        "b": _("its size"),
        "f": _("the page you came from (referrer)"),
        "a": _("the name and version of your browser (user agent)"),
    }
    return ", ".join(names[atom] for atom in ACCESS_LOG_ATOMS)


def form_records() -> list[FormRecord]:
    """Every live, visible form page of the visitor's language, with the fields it stores."""
    return cached_per_generation(f"privacy-forms:{get_language()}", _build_form_records)


def _build_form_records() -> list[FormRecord]:
    models = [model for model in get_page_models() if issubclass(model, FormMixin)]
    if not models:
        return []
    pages = visible(Page.objects.type(*models), active_locale()).specific().order_by("path")
    records = []
    for page in pages:
        fields = [str(label) for name, label in page.get_data_fields() if name != "submit_time"]
        purpose = str(getattr(page, "consent_label", "") or "")
        records.append(FormRecord(page.title, page.url or "", fields, purpose))
    return records


def form_processing(public_task: str) -> list[Processing]:
    retention = settings.FORM_SUBMISSION_RETENTION_DAYS
    kept = _(
        "Deleted automatically %(period)s after sending, together with the e-mails about it; "
        "earlier when you ask us to."
    ) % {"period": days(retention)}
    return [
        Processing(
            key=f"form:{record.url}",
            title=_("Form “%(title)s”") % {"title": record.title},
            data=", ".join(record.fields),
            purpose=record.purpose,
            legal_basis=legal_basis(CONSENT, public_task),
            retention=kept,
            recipients=_(
                "The portal team, who receive a notification by e-mail; you receive a "
                "confirmation by e-mail."
            ),
            url=record.url,
        )
        for record in form_records()
    ]


def exchange_processing(public_task: str) -> list[Processing]:
    """The peer exchange's cases, where the portal keeps them (``EXCHANGE_CASE_RETENTION_DAYS``)."""
    retention = getattr(settings, "EXCHANGE_CASE_RETENTION_DAYS", None)
    if retention is None:
        return []
    return [
        Processing(
            key="exchange",
            title=_("Peer-to-peer exchange"),
            data=_(
                "From the registration: municipality, contact person, role, e-mail address, "
                "climate hazards and topics, what the municipality looks for and offers, its "
                "experience and message, the consents and when they were given; then the "
                "steps of the case and the introductions to partner cities."
            ),
            purpose=_(
                "To admit municipalities to the exchange and to introduce them to partner "
                "cities; with your further consent, to show on your municipality's profile "
                "that it takes part."
            ),
            legal_basis=legal_basis(CONSENT, public_task),
            retention=_(
                "As long as the municipality takes part; a declined or inactive case is "
                "deleted automatically %(period)s after its last change, earlier when you ask "
                "us to."
            )
            % {"period": days(retention)},
            recipients=_(
                "The portal's moderators; partner cities you are introduced to receive the "
                "contact details."
            ),
        )
    ]


def register(server_log_days: int, public_task: str) -> list[Processing]:
    """Everything the portal processes, for visitors first, then for signed-in editors."""
    window = settings.ENQUIRY_RATE_LIMIT_WINDOW
    return [
        Processing(
            key="server_log",
            title=_("Server log"),
            data=_("For every request: %(fields)s.") % {"fields": access_log_fields()},
            purpose=_(
                "To deliver the portal, to find faults and to fend off attacks. The log is "
                "not analysed for statistics and not joined with other data."
            ),
            legal_basis=legal_basis(PUBLIC_TASK, public_task),
            retention=_("Deleted after %(period)s.") % {"period": days(server_log_days)},
            recipients=_("The portal's operators only."),
        ),
        Processing(
            key="rate_limit",
            title=_("Protection of the forms against abuse"),
            data=_(
                "When you send a form or a page rating: your IP address, stored only as a "
                "hash, and how often it sent something."
            ),
            purpose=_("To stop automated mass postings."),
            legal_basis=legal_basis(PUBLIC_TASK, public_task),
            retention=_("Deleted when the next period of %(period)s begins.")
            % {"period": _duration(window)},
        ),
        *form_processing(public_task),
        *exchange_processing(public_task),
        Processing(
            key="email",
            title=_("E-mails about a form"),
            data=_("The content of the form and the e-mail address it was sent to."),
            purpose=_("To confirm your message to you and to pass it to the portal team."),
            legal_basis=legal_basis(CONSENT, public_task),
            retention=_(
                "Kept in the portal's outbox until sent, then deleted with the form submission "
                "after %(period)s."
            )
            % {"period": days(settings.FORM_SUBMISSION_RETENTION_DAYS)},
            recipients=_("The mail server the operators run or commission."),
        ),
        Processing(
            key="page_feedback",
            title=_("“Was this page useful?”"),
            data=_(
                "Yes or no, your comment if you write one, the page and the day. Nothing about "
                "you: please write no names or e-mail addresses into the comment."
            ),
            purpose=_("To improve the pages."),
            legal_basis=_("No personal data is stored."),
            retention=_("Deleted after %(period)s.")
            % {"period": days(settings.FORM_SUBMISSION_RETENTION_DAYS)},
        ),
        Processing(
            key="search_statistics",
            title=_("Search statistics"),
            data=_("The words searched for, the language and the day, counted. Nothing about you."),
            purpose=_("To see what visitors look for and do not find."),
            legal_basis=_("No personal data is stored."),
            retention=_("Deleted after %(period)s.")
            % {"period": days(settings.SEARCH_STATISTICS_RETENTION_DAYS)},
        ),
        Processing(
            key="contacts",
            title=_("Contact persons on pages"),
            data=_(
                "Name, role, organisation and work contact details of the people named as contacts."
            ),
            purpose=_("So that visitors know whom to ask about a project, tool or event."),
            legal_basis=legal_basis(PUBLIC_TASK, public_task),
            retention=_("As long as a page names the person."),
            recipients=_("Everyone who reads the page."),
        ),
        Processing(
            key="editor_accounts",
            title=_("Accounts of editors"),
            data=_(
                "Name, e-mail address, user name, role, the changes made to pages and when; "
                "sign-ins with IP address, browser and time; failed sign-ins with user name and "
                "IP address."
            ),
            purpose=_(
                "To let editors publish, to show who changed what, and to protect the sign-in "
                "against password guessing."
            ),
            legal_basis=legal_basis(PUBLIC_TASK, public_task),
            retention=_(
                "Accounts and their page history as long as the editor works on the portal. "
                "Failed sign-ins lock the account for %(cooloff)s and are then cleared; the "
                "record of sign-ins is kept until the operators delete it."
            )
            % {"cooloff": _duration(int(settings.AXES_COOLOFF_TIME.total_seconds()))},
            recipients=_("The portal's administrators."),
        ),
    ]


def cookies() -> list[Cookie]:
    """The cookies the portal sets, from the settings that name them."""
    found = []
    for_forms = _("Visitors who open a form")
    for_editors = _("Signed-in editors only")
    if not getattr(settings, "CSRF_USE_SESSIONS", False):
        found.append(
            Cookie(
                settings.CSRF_COOKIE_NAME,
                f"{for_forms}; {for_editors}",
                _(
                    "Protects the forms against requests forged by other websites; holds a "
                    "random value, nothing about you."
                ),
                _duration(settings.CSRF_COOKIE_AGE) if settings.CSRF_COOKIE_AGE else "",
            )
        )
    session_lifetime = _duration(settings.SESSION_COOKIE_AGE)
    if settings.SESSION_EXPIRE_AT_BROWSER_CLOSE:
        session_lifetime = _("until the browser closes, at most %(period)s") % {
            "period": session_lifetime
        }
    found += [
        Cookie(
            settings.SESSION_COOKIE_NAME,
            for_editors,
            _("Keeps an editor signed in."),
            session_lifetime,
        ),
        Cookie(
            "messages",
            for_editors,
            _("Carries a notice of the editing area (“Page published”) to the next page."),
            _("until the notice is shown"),
        ),
        Cookie(
            "wagtail_sidebar_collapsed",
            for_editors,
            _("Remembers whether the menu of the editing area is folded."),
            _("until the browser closes"),
        ),
    ]
    return found


def embed_hosts() -> list[str]:
    """The hosts an embedded video loads from once a visitor agrees to load it."""
    return sorted({urlsplit(url).netloc for url in getattr(settings, "EMBED_HOSTS", [])})
