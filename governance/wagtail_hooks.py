"""Admin hooks: Translators may only touch English snippets; optional two-factor login."""

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.models import Locale, TranslatableMixin

from . import two_factor
from .roles import ADMINISTRATORS, EDITORS, MODERATORS, TRANSLATOR_LANGUAGE, TRANSLATORS
from .translation_submit import PortalSubmitPageTranslationView
from .workflow_names import translate_workflow_log_messages


def is_translator_only(user) -> bool:
    """True for members of Translators who have no broader role."""
    if user.is_superuser:
        return False
    names = set(user.groups.values_list("name", flat=True))
    return TRANSLATORS in names and not names & {EDITORS, MODERATORS, ADMINISTRATORS}


def _refuse_other_languages(request, instances) -> None:
    if not is_translator_only(request.user):
        return
    for instance in instances:
        if isinstance(instance, TranslatableMixin) and (
            instance.locale.language_code != TRANSLATOR_LANGUAGE
        ):
            raise PermissionDenied


# order=-1: refuse before wagtail-localize swaps in its translation editor.
@hooks.register("before_edit_snippet", order=-1)
def refuse_editing_other_languages(request, instance):
    _refuse_other_languages(request, [instance])


@hooks.register("before_delete_snippet", order=-1)
def refuse_deleting_other_languages(request, instances):
    _refuse_other_languages(request, instances)


@hooks.register("before_create_snippet", order=-1)
def refuse_creating_other_languages(request, model):
    if not issubclass(model, TranslatableMixin) or not is_translator_only(request.user):
        return
    # New snippets get the locale from ?locale=… (the default language when absent).
    code = request.GET.get("locale") or Locale.get_default().language_code
    if code != TRANSLATOR_LANGUAGE:
        raise PermissionDenied


def _when_enabled(view):
    def wrapped(request, *args, **kwargs):
        if not settings.ADMIN_TWO_FACTOR:
            raise Http404
        return view(request, *args, **kwargs)

    return wrapped


@hooks.register("register_admin_urls")
def register_translation_submit_url():
    # Answers at wagtail-localize's own address (this app's hooks run before its), so every
    # "Translate" link leads here.
    return [
        path(
            "localize/submit/page/<int:page_id>/",
            PortalSubmitPageTranslationView.as_view(),
            name="governance_submit_page_translation",
        )
    ]


@hooks.register("register_admin_urls")
def register_two_factor_urls():
    return [
        path(
            "two-factor/verify/",
            _when_enabled(two_factor.verify),
            name="governance_two_factor_verify",
        ),
        path(
            "two-factor/set-up/",
            _when_enabled(two_factor.enrol),
            name="governance_two_factor_enrol",
        ),
    ]


@hooks.register("register_account_menu_item")
def two_factor_account_item(request):
    if not settings.ADMIN_TWO_FACTOR:
        return None
    return {
        "url": reverse("governance_two_factor_enrol"),
        "label": _("Two-factor login"),
        "help_text": _("Ask for a code from an authenticator app after the password."),
    }


# After Wagtail's own registration (order 0), which it wraps.
hooks.register("register_log_actions", translate_workflow_log_messages, order=1)


@hooks.register("insert_editor_css")
def editor_css():
    return format_html('<link rel="stylesheet" href="{}">', static("css/admin.css"))


@hooks.register("insert_editor_js")
def editor_js():
    # The title field that wraps long titles, wagtail-localize's translation editor in the
    # admin's language (that editor prints this hook's output too), and the rich-text link
    # chooser in the edited page's language.
    return format_html(
        '<script src="{}" defer></script><script src="{}" defer></script>'
        '<script src="{}" data-page-chooser="{}" defer></script>',
        static("js/admin_title_field.js"),
        static("js/admin_localize.js"),
        static("js/admin_link_chooser.js"),
        reverse("wagtailadmin_choose_page"),
    )
