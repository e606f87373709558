"""'War diese Seite hilfreich?': the answer a visitor sends from any content page.

Pages are served from the page cache, so the small form carries no CSRF token (it would be
another visitor's); it needs none: it changes nothing but adds one anonymous answer, and it is
rate-limited per client like the enquiry forms. A hidden field catches bots that fill every
field. The thank-you page is in the page's language and leads back to it.
"""

from django.http import HttpResponseBadRequest
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from wagtail.models import Page

from core.locales import language_code_of
from core.visibility import is_visible

from .abuse import is_rate_limited
from .models import PageFeedback
from .models.feedback import MAX_COMMENT_LENGTH

ANSWERS = {"yes": True, "no": False}


def _refused(request, message: str, status: int, page=None):
    response = TemplateResponse(
        request, "enquiries/feedback_thanks.html", {"message": message, "target": page}
    )
    response.status_code = status
    return response


@csrf_exempt
@require_POST
def page_feedback(request):
    page = None
    page_id = request.POST.get("page", "")
    if page_id.isdigit():
        page = Page.objects.filter(pk=int(page_id), live=True).first()
    if page is None or not is_visible(page):
        return HttpResponseBadRequest(_("This page cannot take feedback."))
    with translation.override(language_code_of(page.locale_id)):
        if request.POST.get("useful") not in ANSWERS:
            return _refused(request, _("Please choose “Yes” or “No”."), 400, page)
        comment = " ".join((request.POST.get("comment") or "").replace("\x00", "").split())
        if len(comment) > MAX_COMMENT_LENGTH:
            message = _("Your comment is too long: at most %(count)d characters, please.") % {
                "count": MAX_COMMENT_LENGTH
            }
            return _refused(request, message, 400, page)
        if is_rate_limited(request):
            return _refused(
                request, _("Too many answers from your connection; please try later."), 429, page
            )
        if not request.POST.get("website"):  # the hidden field: only bots fill it
            PageFeedback.objects.create(
                page=page, useful=ANSWERS[request.POST["useful"]], comment=comment
            )
        return TemplateResponse(
            request,
            "enquiries/feedback_thanks.html",
            {"message": _("Thank you for your feedback."), "target": page},
        )
