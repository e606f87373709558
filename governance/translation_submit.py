"""wagtail-localize's "Translate this page": which language it offers, and where it leads.

With one language left to translate into (the portal has two), the form ticks it already:
there is nothing to choose, and an unticked box only made the editor submit twice.

wagtail-localize sends the person who started a translation into the new draft's editor. An
Editor may start translations but does not work in the English tree (Translators do), so that
editor would answer "no access". They go back to the page's section instead, with the
confirmation that the translation was started."""

from wagtail_localize.views.submit_translations import SubmitPageTranslationView


class PortalSubmitPageTranslationView(SubmitPageTranslationView):
    def get_form(self):
        form = super().get_form()
        if not form.is_bound and not (form.initial or {}).get("locales"):
            locales = list(form.fields["locales"].queryset)
            if len(locales) == 1:
                form.initial = {**(form.initial or {}), "locales": locales}
        return form

    def get_default_success_url(self, translated_page=None):
        if translated_page is not None:
            may_edit = translated_page.permissions_for_user(self.request.user).can_edit()
            translated_page = translated_page if may_edit else None
        return super().get_default_success_url(translated_page)
