from functools import wraps
from urllib.parse import urlencode

from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect
from django.urls import reverse


def profile_required(view):
    """Sign-in required, and a complete profile: certificates need the learner's name and the
    "report it here" block needs their district."""

    @wraps(view)
    @login_required
    def wrapped(request, *args, **kwargs):
        if not request.user.has_complete_profile:
            return redirect(f"{reverse('people:profile')}?{urlencode({'next': request.get_full_path()})}")
        return view(request, *args, **kwargs)

    return wrapped
