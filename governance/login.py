"""The admin's sign-in form, fit for WCAG 2.2's accessible authentication (3.3.8): browsers and
password managers may fill both fields (their autocomplete tokens say what each holds),
pasting works, and no puzzle or transcription is ever asked."""

from wagtail.admin.forms.auth import LoginForm


class AccessibleLoginForm(LoginForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["username"].widget.attrs["autocomplete"] = "username"
        self.fields["password"].widget.attrs["autocomplete"] = "current-password"
