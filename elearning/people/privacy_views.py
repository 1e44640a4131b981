"""Your data: download everything we hold about you, or erase your account."""

from django import forms
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from elearning.ratelimit import rate_limited

from .organisations.errors import LastManager
from .privacy import account_erase, erasure_problem, personal_data_export

# Password guesses on the erase form, per address: a stolen session must not become a password oracle.
ERASE_ATTEMPTS = (5, 300)


class EraseForm(forms.Form):
    password = forms.CharField(
        label="Your password",
        max_length=4096,
        strip=False,
        help_text="To make sure it is you.",
        error_messages={"required": "Enter your password"},
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_password(self):
        password = self.cleaned_data["password"]
        if "\x00" in password or not self.user.check_password(password):
            raise forms.ValidationError("The password is not right")
        return password


@login_required
@require_GET
def your_data(request):
    return render(request, "people/your_data.html", {"problem": erasure_problem(request.user)})


@login_required
@require_POST
def your_data_download(request):
    response = HttpResponse(personal_data_export(user=request.user), content_type="application/json; charset=utf-8")
    filename = f"your-data-{timezone.localdate():%Y-%m-%d}.json"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "private, no-store"
    return response


@login_required
@require_http_methods(["GET", "POST"])
def account_erase_view(request):
    user = request.user
    problem = erasure_problem(user)
    form = EraseForm(request.POST or None, user=user)
    if request.method == "POST" and not problem:
        if rate_limited(request, scope="account-erase", limit=ERASE_ATTEMPTS[0], period=ERASE_ATTEMPTS[1]):
            return render(request, "429.html", status=429)
        if form.is_valid():
            try:
                account_erase(user=user, by=user)
            except LastManager as error:
                problem = error.message
            else:
                logout(request)
                return redirect("people:account_erased")
    return render(request, "people/your_data_erase.html", {"form": form, "problem": problem})


@require_GET
def account_erased(request):
    return render(request, "people/your_data_erased.html")
