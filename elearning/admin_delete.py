"""Deleting in the admin what other records still need is refused with a message, not a 500.

Wagtail refuses to delete an object whose protected uses it finds in its reference index; a use the
index does not know (records written by a command or a migration, or while its update waits in the
task queue) reached the database's ON DELETE PROTECT as an unhandled ProtectedError. Before a
delete is confirmed, Django's own collector (what the delete would run) says whether anything
protects the object; if so the admin shows what, and nothing is deleted."""

from django.contrib import messages
from django.db import router
from django.db.models.deletion import Collector, ProtectedError, RestrictedError
from django.shortcuts import redirect
from wagtail.admin.views.generic import DeleteView


def protected_reason(instances) -> str | None:
    """Why these objects cannot be deleted, or None."""
    instances = list(instances)
    if not instances:
        return None
    collector = Collector(using=router.db_for_write(type(instances[0])))
    try:
        collector.collect(instances)
    except ProtectedError as error:
        blocking = error.protected_objects
    except RestrictedError as error:
        blocking = error.restricted_objects
    else:
        return None
    kinds = sorted({str(obj._meta.verbose_name_plural) for obj in blocking})
    return f"This cannot be deleted: {', '.join(kinds)} still use it. Remove those uses first."


def refuse_protected_delete(request, instances):
    """For Wagtail's before_delete_* hooks: back to the confirmation page with the reason."""
    if request.method != "POST":
        return None
    reason = protected_reason(instances if isinstance(instances, list | tuple) else [instances])
    if reason is None:
        return None
    messages.error(request, reason)
    return redirect(request.get_full_path())


class ProtectedDeleteView(DeleteView):
    """A model viewset's delete view with the same refusal."""

    def form_valid(self, form):
        if reason := protected_reason([self.object]):
            messages.error(self.request, reason)
            return redirect(self.request.get_full_path())
        return super().form_valid(form)
