"""System checks for the quality mark: evidence files must never be where the site serves files.

MEDIA_ROOT is served under MEDIA_URL (by the development server, and by whatever serves uploads in
production), STATIC_ROOT under STATIC_URL, and every folder in STATICFILES_DIRS is copied into
STATIC_ROOT by collectstatic. A QUALITY_MARK_EVIDENCE_ROOT inside any of them would publish
schools' safeguarding evidence, so `manage.py check` (and so every management command and the
development server) stops on it."""

from pathlib import Path

from django.conf import settings
from django.core.checks import Error, Tags, register


def _inside(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def _served_folders() -> list[tuple[str, Path]]:
    folders = []
    for name in ("MEDIA_ROOT", "STATIC_ROOT"):
        if value := getattr(settings, name, None):  # Django's default "" means "not set", not "here"
            folders.append((name, Path(value).resolve()))
    for entry in getattr(settings, "STATICFILES_DIRS", []):
        folder = entry[1] if isinstance(entry, (list, tuple)) else entry
        folders.append(("STATICFILES_DIRS", Path(folder).resolve()))
    return folders


def evidence_root_problems() -> list[str]:
    """Why the configured evidence folder is unsafe, one sentence per problem; empty if it is safe."""
    evidence = Path(settings.QUALITY_MARK_EVIDENCE_ROOT).resolve()
    return [
        f"QUALITY_MARK_EVIDENCE_ROOT ({evidence}) is inside {name} ({folder}), whose files are served publicly."
        for name, folder in _served_folders()
        if _inside(evidence, folder)
    ]


@register(Tags.security)
def evidence_root_check(app_configs=None, **kwargs) -> list[Error]:
    return [
        Error(
            problem,
            hint="Keep quality-mark evidence in a folder of its own, outside MEDIA_ROOT, STATIC_ROOT and "
            "STATICFILES_DIRS.",
            id="quality_mark.E001",
        )
        for problem in evidence_root_problems()
    ]
