"""Where "Translate this page" leads afterwards.

wagtail-localize sends the person who started a translation into the new draft's editor. An
Editor may start translations but does not work in the English tree (Translators do), so that
editor would answer "no access". They go back to the page's section instead, with the
confirmation that the translation was started."""

from wagtail_localize.views.submit_translations import SubmitPageTranslationView


class PortalSubmitPageTranslationView(SubmitPageTranslationView):
    def get_default_success_url(self, translated_page=None):
        if translated_page is not None:
            may_edit = translated_page.permissions_for_user(self.request.user).can_edit()
            translated_page = translated_page if may_edit else None
        return super().get_default_success_url(translated_page)
