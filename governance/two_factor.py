"""Optional two-factor login for staff: a TOTP app code after the password, for users who
enrolled a device. Switched on with ``ADMIN_TWO_FACTOR`` (env); built on django-otp."""

from base64 import b32encode

from django import forms
from django.conf import settings
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _

import django_otp
from django_otp.plugins.otp_totp.models import TOTPDevice

DEVICE_NAME = "authenticator app"


class TokenForm(forms.Form):
    token = forms.CharField(
        label=_("Code from your authenticator app"),
        max_length=8,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}),
    )


def _exempt_paths() -> tuple[str, ...]:
    return (
        reverse("governance_two_factor_verify"),
        reverse("wagtailadmin_login"),
        reverse("wagtailadmin_logout"),
    )


class AdminTwoFactorMiddleware:
    """Sends staff with a confirmed device to the code form before any other admin view."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if self._needs_code(request):
            url = reverse("governance_two_factor_verify")
            return redirect(f"{url}?next={request.get_full_path()}")
        return self.get_response(request)

    def _needs_code(self, request) -> bool:
        user = getattr(request, "user", None)
        if not settings.ADMIN_TWO_FACTOR or user is None or not user.is_authenticated:
            return False
        if not request.path.startswith(f"/{settings.ADMIN_PATH}/"):
            return False
        if request.path in _exempt_paths() or user.is_verified():
            return False
        return django_otp.user_has_device(user)


def _next_url(request) -> str:
    url = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(url, allowed_hosts={request.get_host()}):
        return url
    return reverse("wagtailadmin_home")


def verify(request):
    """The second step of the login: the current code of the user's device."""
    form = TokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        device = django_otp.match_token(request.user, form.cleaned_data["token"])
        if device is not None:
            django_otp.login(request, device)
            return redirect(_next_url(request))
        form.add_error("token", _("This code is not valid. Please try the current one."))
    context = {"form": form, "next": _next_url(request)}
    return render(request, "governance/two_factor_verify.html", context)


def enrol(request):
    """Set up an authenticator app: show the secret, confirm it with a first code."""
    device, _created = TOTPDevice.objects.get_or_create(
        user=request.user, confirmed=False, defaults={"name": DEVICE_NAME}
    )
    form = TokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if device.verify_token(form.cleaned_data["token"]):
            device.confirmed = True
            device.save(update_fields=["confirmed"])
            django_otp.login(request, device)
            return render(request, "governance/two_factor_enrol.html", {"done": True})
        form.add_error("token", _("This code is not valid. Please try the current one."))
    context = {
        "form": form,
        "secret": b32encode(device.bin_key).decode(),
        "config_url": device.config_url,
        "enrolled": django_otp.user_has_device(request.user),
    }
    return render(request, "governance/two_factor_enrol.html", context)
