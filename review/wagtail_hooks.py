"""Admin: the "Needs review" report, "Mark as reviewed" in a page's menu, the broken links
of a page named when its editor opens, and the history entry of a review."""

from django.contrib import messages
from django.urls import path, reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.menus.pages import PageMenuItem

from home.models import ReviewedMixin

from .models import LinkProblem
from .views import MARK_REVIEWED, NeedsReviewView, mark_reviewed

REPORT_PERMISSION = "review.view_linkproblem"


@hooks.register("register_admin_urls")
def register_review_urls():
    return [
        path("reports/needs-review/", NeedsReviewView.as_view(), name="review_report"),
        path(
            "reports/needs-review/results/",
            NeedsReviewView.as_view(results_only=True),
            name="review_report_results",
        ),
        path("pages/<int:page_id>/mark-reviewed/", mark_reviewed, name="review_mark_reviewed"),
    ]


class NeedsReviewMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(REPORT_PERMISSION)


@hooks.register("register_reports_menu_item")
def register_review_menu_item():
    return NeedsReviewMenuItem(
        _("Needs review"),
        reverse("review_report"),
        name="needs-review",
        icon_name="time",
        order=640,
    )


class MarkReviewedButton(PageMenuItem):
    label = _("Mark as reviewed")
    icon_name = "time"
    url_name = "review_mark_reviewed"
    priority = 66

    def is_shown(self, user):
        return isinstance(self.page.specific_deferred, ReviewedMixin) and (
            self.page.permissions_for_user(user).can_edit()
        )


@hooks.register("register_page_header_buttons")
def mark_reviewed_button(page, user, view_name, next_url=None):
    yield MarkReviewedButton(page=page)


@hooks.register("before_edit_page")
def warn_of_broken_links(request, page):
    """The page's broken links, when its editor opens (the report lists them too)."""
    if request.method != "GET":
        return
    for problem in LinkProblem.objects.filter(page_id=page.pk).order_by("kind", "target"):
        messages.warning(
            request,
            gettext("Broken link on this page: %(problem)s") % {"problem": problem.describe()},
        )


@hooks.register("register_log_actions")
def register_review_log_action(actions):
    actions.register_action(MARK_REVIEWED, _("Mark as reviewed"), _("Marked as reviewed"))
