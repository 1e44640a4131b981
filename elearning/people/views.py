from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme

from .forms import ProfileForm
from .services import profile_update


def _add_errors(form, error: ValidationError) -> None:
    if hasattr(error, "error_dict"):
        for field, messages_ in error.message_dict.items():
            form.add_error(field if field in form.fields else None, messages_)
    else:
        form.add_error(None, error.messages)


@login_required
def profile(request):
    user = request.user
    next_url = request.POST.get("next") or request.GET.get("next") or ""
    if not url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        next_url = ""
    if request.method == "POST":
        form = ProfileForm(request.POST)
        if form.is_valid():
            try:
                profile_update(user=user, **form.cleaned_data)
            except ValidationError as error:
                _add_errors(form, error)
                user.refresh_from_db()
            else:
                messages.success(request, "Your profile has been saved.")
                return redirect(next_url or "courses:my_learning")
    else:
        form = ProfileForm(
            initial={
                "full_name": user.full_name,
                "sector": user.sector,
                "job_role": user.job_role,
                "district": user.district_id,
                "reminder_emails": user.reminder_emails,
                "licensing_authority": user.licensing_authority_id,
                "badge_number": user.badge_number,
            }
        )
    return render(
        request,
        "people/profile.html",
        {"form": form, "next": next_url, "is_first_time": not user.has_complete_profile},
    )
