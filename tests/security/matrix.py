"""The machinery of the permission matrix: which URLs are in it, the world of real objects the URLs
point at, the personas, and how an answer is read as a short code.

Which URLs: every named URL pattern the resolver knows (walked recursively), except
- URLs under /admin/ that Wagtail itself provides for its own models or for no model in particular
  (pages, images, documents, reports, groups, workflows, settings ...): Wagtail tests those, and
  our staff groups' permissions on them are set in data migrations;
- Wagtail's page-serving catch-all and document serving.
So the matrix holds: every non-admin URL of our apps and of allauth, every admin URL our apps add
(the viewsets registered with register_admin_viewset and the views of register_admin_urls in our
wagtail_hooks.py: the certificate register, organisations, quality-mark review, insights), and
every admin URL whose view Wagtail builds for one of our models: the snippets and their choosers
(questions, which hold the right answers; competencies; required courses; quality-mark standards;
partnerships; districts; language rules and confirmations) and the user admin (our people.User)."""

from dataclasses import dataclass, field
from types import SimpleNamespace

from django.apps import apps
from django.db import models
from django.urls import URLPattern, URLResolver, get_resolver
from wagtail import hooks

OUR_PACKAGES = ("elearning.", "courses.", "home.", "quality_mark.")
THIRD_PARTY_IN_SCOPE = ("allauth.",)

PERSONAS = (
    "anonymous",
    "learner",
    "other_learner",
    "member",
    "manager",
    "other_manager",
    "licensing_officer",
    "assessor",
    "scoped_analyst",
    "editor",
    "superuser",
)
# Personas asked besides PERSONAS, without a column of their own: each expects the answer of the
# persona named here unless the matrix lists an exception. Another school's manager must never see
# school A's quality mark; an assessor not assigned to an application must never get its evidence.
EXTRA_PERSONAS = {
    "other_school_manager": "other_manager",
    "unassigned_assessor": "assessor",
}


@dataclass(frozen=True)
class Route:
    name: str
    route: str
    module: str
    methods: frozenset[str] | None = None  # the HTTP methods the view answers; None: any

    @property
    def accepts_post(self) -> bool:
        return self.methods is None or "POST" in self.methods


def allowed_methods(callback) -> frozenset[str] | None:
    """The methods a view answers: from Django's require_http_methods (require_POST, require_GET
    ...) anywhere in its chain of decorators, or a class-based view's handlers; None when nothing
    restricts them (a function view answers any method)."""
    function = callback
    while function is not None:
        code = getattr(function, "__code__", None)
        if code is not None and "request_method_list" in code.co_freevars and function.__closure__:
            cell = function.__closure__[code.co_freevars.index("request_method_list")]
            return frozenset(method.upper() for method in cell.cell_contents)
        function = getattr(function, "__wrapped__", None)
    view_class = getattr(callback, "view_class", None)
    if view_class is not None:
        return frozenset(name.upper() for name in view_class.http_method_names if hasattr(view_class, name))
    return None


def _walk(patterns, prefix="", namespaces=(), *, callbacks=False):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            more = (*namespaces, pattern.namespace) if pattern.namespace else namespaces
            yield from _walk(pattern.url_patterns, prefix + str(pattern.pattern), more, callbacks=callbacks)
        elif isinstance(pattern, URLPattern) and pattern.name:
            callback = pattern.callback
            module = getattr(callback, "__module__", "") or ""
            if hasattr(callback, "view_class"):
                module = callback.view_class.__module__
            name = ":".join((*namespaces, pattern.name))
            if callbacks:
                yield prefix + str(pattern.pattern), name, module, callback
            else:
                yield prefix + str(pattern.pattern), name, module


def _our_hooks(hook_name):
    return [fn for fn in hooks.get_hooks(hook_name) if fn.__module__.startswith(OUR_PACKAGES)]


def _our_admin_namespaces() -> set[str]:
    names = set()
    for fn in _our_hooks("register_admin_viewset"):
        registered = fn()
        for viewset in registered if isinstance(registered, list | tuple) else [registered]:
            names.add(viewset.name)
            for inner in getattr(viewset, "viewsets", ()):
                names.add(inner.name)
    return names


def _our_admin_url_names() -> set[str]:
    names = set()
    for fn in _our_hooks("register_admin_urls"):
        for _route, name, _module in _walk(fn()):
            names.add(name)
    return names


def _our_app_labels() -> set[str]:
    return {config.label for config in apps.get_app_configs() if f"{config.name}.".startswith(OUR_PACKAGES)}


def _view_model(callback):
    """The model a generic admin view was built for (Wagtail's viewsets pass it to as_view())."""
    model = (getattr(callback, "view_initkwargs", None) or {}).get("model")
    if not (isinstance(model, type) and issubclass(model, models.Model)):
        model = getattr(getattr(callback, "view_class", None), "model", None)
    return model if isinstance(model, type) and issubclass(model, models.Model) else None


def _admin_names_for_our_models() -> set[str]:
    labels, names = _our_app_labels(), set()

    def walk(patterns, prefix="", namespaces=()):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                more = (*namespaces, pattern.namespace) if pattern.namespace else namespaces
                walk(pattern.url_patterns, prefix + str(pattern.pattern), more)
            elif isinstance(pattern, URLPattern) and pattern.name and prefix.startswith("admin/"):
                model = _view_model(pattern.callback)
                if model is not None and model._meta.app_label in labels:
                    names.add(":".join((*namespaces, pattern.name)))

    walk(get_resolver().url_patterns)
    return names


def routes_in_scope() -> dict[str, Route]:
    """{URL name: Route} of every URL the matrix must have a row for."""
    namespaces, admin_names = _our_admin_namespaces(), _our_admin_url_names() | _admin_names_for_our_models()
    found: dict[str, Route] = {}
    for route, name, module, callback in _walk(get_resolver().url_patterns, callbacks=True):
        if route.startswith("admin/"):
            in_scope = name.split(":")[0] in namespaces or name in admin_names or module.startswith(OUR_PACKAGES)
        else:
            in_scope = module.startswith(OUR_PACKAGES + THIRD_PARTY_IN_SCOPE)
        if in_scope:
            found.setdefault(name, Route(name=name, route=route, module=module, methods=allowed_methods(callback)))
    return found


@dataclass(frozen=True)
class Row:
    """How to request a URL, and what each persona gets. `expect` is one code per persona, in
    PERSONAS order: a status code, "L" for a redirect to sign in, or "302" for any other redirect.
    `kwargs` values are attribute names of the world (real objects' ids), or literals in quotes."""

    expect: str
    kwargs: dict[str, str] = field(default_factory=dict)
    method: str = "get"
    query: dict[str, str] = field(default_factory=dict)  # resolved like kwargs, sent as ?key=value
    data: dict | None = None
    note: str = ""

    def codes(self) -> dict[str, str]:
        codes = self.expect.split()
        assert len(codes) == len(PERSONAS), f"{self.expect!r} needs one code for each of {PERSONAS}"
        return dict(zip(PERSONAS, codes, strict=True))


def resolve_kwargs(row: Row, world: SimpleNamespace, *, query: bool = False) -> dict:
    resolved = {}
    for key, value in (row.query if query else row.kwargs).items():
        if value.startswith("'"):
            resolved[key] = value.strip("'")
        else:
            resolved[key] = getattr(world, value)
    return resolved


def answer_code(response, login_url: str) -> str:
    if response.status_code in (301, 302):
        return "L" if response["Location"].startswith(login_url) else "302"
    return str(response.status_code)
