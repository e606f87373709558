"""Workflow and task names in each editor's admin language.

Wagtail keeps a workflow's and a task's name as plain text in the database and prints it in
dozens of places: the action menu ("Submit to …"), the status side panel, the workflow history,
the dashboard's moderation panels, the workflow reports, notification e-mails and the log.
Overriding every one of those templates and views would copy large parts of Wagtail, and a
German-only name would show German to editors who chose English.

So the names stay stored as the English msgids Wagtail's own migration wrote ("Moderators
approval"), and every Workflow and Task loaded from the database carries its name as a
``DisplayName``: a ``str`` whose value (what is saved, compared, looked up and written into the
log's JSON) is the msgid, while ``str()`` (what templates, ``%`` formatting and ``format()``
call) is its translation in the active language. A name typed as one of its translations (an
administrator saving the workflow form, which shows the translation) is stored as the msgid.
Names that are not in ``NAMES`` (workflows administrators create) are shown as written.
"""

import copy

from django.conf import settings
from django.utils import translation
from django.utils.html import escape
from django.utils.translation import gettext, gettext_noop

from wagtail.models import Task, Workflow
from wagtail.workflows import get_task_types

# The stored names the portal translates; governance/roles.py assigns the first one.
MODERATORS_APPROVAL = gettext_noop("Moderators approval")
NAMES = [MODERATORS_APPROVAL]

# The log actions whose messages name a workflow or task (wagtail/wagtail_hooks.py).
WORKFLOW_LOG_ACTIONS = [
    "wagtail.workflow.start",
    "wagtail.workflow.approve",
    "wagtail.workflow.reject",
    "wagtail.workflow.resume",
    "wagtail.workflow.cancel",
]


class DisplayName(str):
    """A stored name (its value) that reads as its translation in the active language."""

    @property
    def msgid(self) -> str:
        return str.__str__(self)

    def __str__(self) -> str:
        return gettext(self.msgid)

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)

    def __html__(self) -> str:
        return escape(str(self))

    def __reduce__(self):
        # Pickled (cached) and deep-copied as the stored value; loading wraps it again.
        return (str, (self.msgid,))


def display_name(name):
    """The name to display for a stored one: translatable names become ``DisplayName``s."""
    if isinstance(name, str) and not isinstance(name, DisplayName) and name in NAMES:
        return DisplayName(name)
    return name


def stored_name(name):
    """The name to store: a known name or any of its translations is stored as the msgid."""
    if isinstance(name, DisplayName):
        return name.msgid
    for msgid in NAMES:
        if name in _translations(msgid):
            return msgid
    return name


def _translations(msgid: str) -> set[str]:
    names = {msgid}
    for code, _label in settings.WAGTAILADMIN_PERMITTED_LANGUAGES:
        with translation.override(code):
            names.add(gettext(msgid))
    return names


def wrap_on_load(sender, instance, **kwargs):
    """``post_init`` receiver: a loaded workflow or task shows its name translated."""
    if "name" in instance.__dict__:  # not when ``name`` was deferred
        instance.__dict__["name"] = display_name(instance.__dict__["name"])


def store_msgid(sender, instance, **kwargs):
    """``pre_save`` receiver: the database keeps the msgid, never a translation."""
    if not isinstance(instance.name, DisplayName):
        instance.name = display_name(stored_name(instance.name))


def named_models() -> list[type]:
    """Workflow, Task and every task type (each its own ``post_init`` sender)."""
    return [Workflow, Task, *get_task_types()]


class TranslatedTitlesFormatter:
    """Wraps one of Wagtail's workflow log formatters: the workflow and task titles the log
    entry stored (msgids) are shown translated."""

    def __init__(self, formatter):
        self.formatter = formatter

    def __getattr__(self, name):
        return getattr(self.formatter, name)

    def format_message(self, log_entry):
        shown = copy.copy(log_entry)  # the stored entry is left as it is
        shown.data = _with_display_titles(log_entry.data)
        return self.formatter.format_message(shown)


def _with_display_titles(data):
    if isinstance(data, dict):
        return {
            key: display_name(value) if key == "title" else _with_display_titles(value)
            for key, value in data.items()
        }
    return data


def translate_workflow_log_messages(actions) -> None:
    """``register_log_actions`` hook (after Wagtail's): wrap the workflow formatters."""
    for action in WORKFLOW_LOG_ACTIONS:
        formatter = actions.formatters.get(action)
        if formatter is not None and not isinstance(formatter, TranslatedTitlesFormatter):
            actions.formatters[action] = TranslatedTitlesFormatter(formatter)
