"""The user's Jupyter environments: registering, editing, choosing the default.

Jupyter registers itself through ``POST /environments`` (protocol G1, see
``register_environment``); the environments page adds, edits and deletes
them by hand (``save_environment``, ``delete_environment``); "Run in Jupyter"
reads them through ``GET /environments`` (G11, ``environments_to_run_in``).

Every check refuses with a ``ValidationError`` keyed by field and worded so
that the user knows what to fix. Writes take the user's row lock first, so
that two registrations or two "make default" clicks at once take turns
instead of tripping over the per-user unique constraints.
"""

from __future__ import annotations

from collections.abc import Mapping
from urllib.parse import urlsplit

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from nbgallery.accounts.models import User
from nbgallery.jupyter.models import ENVIRONMENT_NAME, Environment
from nbgallery.notebooks.views.upload import truthy

NAME_MAX_LENGTH = Environment._meta.get_field("name").max_length or 100
URL_MAX_LENGTH = Environment._meta.get_field("url").max_length or 500
INTERFACE_CHOICES = ", ".join(value for value, _label in Environment.INTERFACES)

NAME_REQUIRED = "Give the environment a name, such as my-jupyter."
NAME_INVALID = (
    "An environment name can only contain letters, digits and hyphens (such as my-jupyter)."
)
NAME_TOO_LONG = f"An environment name can be at most {NAME_MAX_LENGTH} characters long."
NAME_TAKEN = "You already have an environment with that name; pick another name."
URL_REQUIRED = "Give the Jupyter server's address, such as http://127.0.0.1:8888/."
URL_INVALID = (
    "The URL must be the Jupyter server's base address starting with http:// or https://, "
    "such as http://127.0.0.1:8888/ (no spaces, no ? or #)."
)
URL_TOO_LONG = f"The URL can be at most {URL_MAX_LENGTH} characters long."
URL_TAKEN = "You already have an environment with that URL; edit that one instead."
INTERFACE_INVALID = f"The interface must be one of: {INTERFACE_CHOICES} (or left empty)."
BUSY = "Another change to your environments was saved at the same moment; please try again."


# --- Checking one value ------------------------------------------------------------------


def clean_name(name: str | None) -> str:
    """The name without surrounding blanks, if it is one Jupyter links can carry."""
    name = (name or "").strip()
    if not name:
        raise ValidationError({"name": NAME_REQUIRED}, code="required")
    if len(name) > NAME_MAX_LENGTH:
        raise ValidationError({"name": NAME_TOO_LONG}, code="max_length")
    try:
        ENVIRONMENT_NAME(name)
    except ValidationError:
        raise ValidationError({"name": NAME_INVALID}, code="invalid") from None
    return name


def clean_url(url: str | None) -> str:
    """An http(s) base URL, ending in "/" so that "Run in Jupyter" can append paths to it.

    Deliberately looser than Django's URLValidator about host names: Jupyter
    often runs at a one-word host such as ``http://jupyter:8888/`` in a
    container network, which has no top-level domain.
    """
    url = (url or "").strip()
    if not url:
        raise ValidationError({"url": URL_REQUIRED}, code="required")
    if any(character.isspace() or ord(character) < 32 for character in url):
        raise ValidationError({"url": URL_INVALID}, code="invalid")
    try:
        parts = urlsplit(url)
        port_is_valid = parts.port is None or parts.port > 0
    except ValueError:  # a port that is not a number, a broken IPv6 address
        raise ValidationError({"url": URL_INVALID}, code="invalid") from None
    if (
        parts.scheme.lower() not in ("http", "https")
        or not parts.hostname
        or not port_is_valid
        or parts.query
        or parts.fragment
        or "?" in url
        or "#" in url
    ):
        raise ValidationError({"url": URL_INVALID}, code="invalid")
    if not url.endswith("/"):
        url += "/"
    if len(url) > URL_MAX_LENGTH:
        raise ValidationError({"url": URL_TOO_LONG}, code="max_length")
    return url


def clean_interface(value: str | None) -> str:
    """``lab``, ``notebook``, ``classic``, or "" for a server that did not say (opened as lab)."""
    value = (value or "").strip().lower()
    if value and value not in dict(Environment.INTERFACES):
        raise ValidationError({"user_interface": INTERFACE_INVALID}, code="invalid")
    return value


# --- Reading ------------------------------------------------------------------------------


def environments_of(user: User):
    """The user's environments, the default first, then by name."""
    return Environment.objects.filter(user=user).order_by("-default", "name")


def environments_to_run_in(user: User) -> list[Environment]:
    """What "Run in Jupyter" may use (G11): the default alone if there is one, else all."""
    environments = list(environments_of(user))
    defaults = [environment for environment in environments if environment.default]
    return defaults or environments


def as_json(environment: Environment) -> dict[str, object]:
    """One environment as G11 lists it: exactly the four keys the protocol names."""
    return {
        "name": environment.name,
        "url": environment.url,
        "default": environment.default,
        "user_interface": environment.user_interface,
    }


# --- Writing ------------------------------------------------------------------------------


def register_environment(user: User, params: Mapping[str, str]) -> Environment:
    """``POST /environments`` (G1): find the user's environment by name, else by URL, else add one.

    ``params`` are the form fields the Jupyter clients (and the original's own
    form) send: ``name``, ``url``, ``user_interface``, ``default``, ``usersave``.

    * ``name`` is required; ``url`` is required only when a new environment
      is made; when present, both are set.
    * ``user_interface`` is set on a new environment, or when ``usersave`` is
      present: Lab and Notebook 7 register the same server under the same
      name, and only the first registration says which interface to open.
    * ``default`` is set (Rails' ``to_bool``) when present and kept when
      absent. The original cleared it on every re-registration; keeping it is
      the improvement the protocol allows (§8.2), so a user's chosen default
      survives Jupyter registering itself again.
    """
    name = clean_name(params.get("name"))
    url = clean_url(params["url"]) if (params.get("url") or "").strip() else None
    interface = clean_interface(params.get("user_interface"))
    with transaction.atomic():
        _lock_user(user)
        mine = Environment.objects.filter(user=user)
        environment = mine.filter(name=name).first()
        if environment is None and url is not None:
            environment = mine.filter(url=url).first()
        if environment is None:
            if url is None:
                raise ValidationError({"url": URL_REQUIRED}, code="required")
            environment = Environment(user=user, default=False, user_interface=interface)
        elif "usersave" in params and "user_interface" in params:
            environment.user_interface = interface
        environment.name = name
        if url is not None:
            environment.url = url
        if "default" in params:
            environment.default = truthy(params.get("default"))
        return _save(environment)


def save_environment(
    user: User,
    environment: Environment | None,
    *,
    name: str,
    url: str,
    user_interface: str,
    default: bool,
) -> Environment:
    """Add an environment (``environment`` None) or change one of the user's, from the page."""
    if environment is not None and environment.user_id != user.pk:
        raise ValueError("An environment can only be changed by its own user.")
    errors: dict[str, list[str]] = {}
    cleaned: dict[str, str] = {}
    for field, value, clean in (
        ("name", name, clean_name),
        ("url", url, clean_url),
        ("user_interface", user_interface, clean_interface),
    ):
        try:
            cleaned[field] = clean(value)
        except ValidationError as error:
            errors.update(error.message_dict)
    if errors:
        raise ValidationError(errors)
    with transaction.atomic():
        _lock_user(user)
        if environment is None:
            environment = Environment(user=user)
        else:
            # Changed meanwhile in another tab, or deleted: work on what is stored now.
            environment = Environment.objects.filter(pk=environment.pk, user=user).first()
            if environment is None:
                raise ValidationError("That environment was deleted meanwhile.", code="gone")
        environment.name = cleaned["name"]
        environment.url = cleaned["url"]
        environment.user_interface = cleaned["user_interface"]
        environment.default = default
        return _save(environment)


def make_default(user: User, environment: Environment) -> Environment:
    """Make this the environment "Run in Jupyter" uses without asking; the others stop being so."""
    with transaction.atomic():
        _lock_user(user)
        current = Environment.objects.filter(pk=environment.pk, user=user).first()
        if current is None:
            raise ValidationError("That environment was deleted meanwhile.", code="gone")
        current.default = True
        return _save(current)


def delete_environment(user: User, environment: Environment) -> None:
    """Forget one of the user's environments (Jupyter itself is not touched)."""
    Environment.objects.filter(pk=environment.pk, user=user).delete()


def _lock_user(user: User) -> None:
    """Make concurrent changes to this user's environments take turns.

    The uniqueness of names and URLs and the single default are checked
    before writing; with the lock no other request can change the answer
    between the check and the write.
    """
    list(User.objects.select_for_update().filter(pk=user.pk).values_list("pk", flat=True))


def _save(environment: Environment) -> Environment:
    """Save after checking the per-user rules; the caller holds the user's lock."""
    others = Environment.objects.filter(user_id=environment.user_id).exclude(pk=environment.pk)
    errors: dict[str, str] = {}
    if others.filter(name=environment.name).exists():
        errors["name"] = NAME_TAKEN
    if others.filter(url=environment.url).exists():
        errors["url"] = URL_TAKEN
    if errors:
        raise ValidationError(errors, code="unique")
    try:
        with transaction.atomic():
            if environment.default:
                # Before the save: the database allows one default per user at any moment.
                others.filter(default=True).update(default=False)
            environment.save()
    except IntegrityError:
        # Only reachable when something bypassed the lock (the admin, a raw script).
        raise ValidationError(BUSY, code="busy") from None
    return environment
