"""Email settings, following things, and the unsubscribe link of every email."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from django_htmx.middleware import HtmxDetails

from nbgallery.notifications import services
from nbgallery.notifications.forms import PreferenceForm
from nbgallery.notifications.models import Subscription
from nbgallery.typing import AuthenticatedHttpRequest

INVALID_LINK = (
    "This unsubscribe link is not valid: it may have been cut short or changed. "
    "Copy the whole link from the email, or sign in and change your email settings."
)

BAD_ACTION = "Say whether to follow or unfollow (action=follow or action=unfollow)."


class HtmxRequest(AuthenticatedHttpRequest):
    htmx: HtmxDetails


@login_required
def notification_settings(request: AuthenticatedHttpRequest) -> HttpResponse:
    """The user's email switches and what they follow."""
    preference = services.preference_of(request.user)
    if request.method == "POST":
        form = PreferenceForm(request.POST)
        if form.is_valid():
            services.set_preferences(request.user, **form.cleaned_data)
            messages.success(request, "Email settings saved.")
            return redirect("notification_settings")
    else:
        form = PreferenceForm(
            initial={"email_me": preference.email_me, "digest": preference.digest}
        )
    context = {"form": form, "subscriptions": services.subscriptions_of(request.user)}
    return render(request, "notifications/settings.html", context)


@login_required
@require_POST
def follow_toggle(request: HtmxRequest, kind: str, key: str) -> HttpResponse:
    """``action=follow`` or ``action=unfollow`` a notebook, user, group or tag.

    htmx gets the button back in its new state; a plain form is sent back
    where it came from with a message. A notebook the user may not read is a 404.
    """
    action = request.POST.get("action")
    if action not in ("follow", "unfollow"):
        return HttpResponseBadRequest(BAD_ACTION)
    following = action == "follow"
    target = services.find_target(request.user, kind, key, following=following)
    name = display_name(target)
    if following:
        try:
            services.follow(request.user, target)
        except ValidationError as error:
            return HttpResponseBadRequest(" ".join(error.messages))
        message = f"You follow {name}: what changes there comes in your daily digest."
    else:
        services.unfollow(request.user, target)
        message = f"You no longer follow {name}."
    next_url = safe_next(request)
    if request.htmx:
        context = {
            "show": True,
            "kind": services.kind_of(target),
            "key": services.key_of(target),
            "following": following,
            "next": next_url or "",
        }
        return render(request, "notifications/follow_button.html", context)
    messages.success(request, message)
    return redirect(next_url or target.get_absolute_url())


@login_required
@require_POST
def subscription_delete(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    """Stop one subscription of the user's own (even to a notebook they can no longer read)."""
    subscription = get_object_or_404(Subscription, pk=pk, user=request.user)
    subscription.delete()
    messages.success(request, "You no longer follow that.")
    return redirect("notification_settings")


@csrf_exempt  # the signed token is the credential; mail clients POST without a form (RFC 8058)
def unsubscribe(request: HttpRequest, token: str) -> HttpResponse:
    """The link in every email: GET asks, POST turns all email off. No sign-in needed.

    GET changes nothing, so that mail scanners following links unsubscribe nobody.
    """
    person = services.user_from_unsubscribe_token(token)
    if person is None:
        return render(
            request, "notifications/unsubscribe_invalid.html", {"error": INVALID_LINK}, status=400
        )
    if request.method == "POST":
        services.unsubscribe(person)
        return render(request, "notifications/unsubscribe_done.html", {"person": person})
    return render(request, "notifications/unsubscribe.html", {"person": person, "token": token})


def display_name(target: services.Target) -> str:
    kind = services.kind_of(target)
    if kind == Subscription.USER:
        return target.display_name  # type: ignore[union-attr]
    if kind == Subscription.NOTEBOOK:
        return str(target)
    return f"the {kind} {target}"


def safe_next(request: HttpRequest) -> str | None:
    next_url = request.POST.get("next", "")
    if next_url and url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return next_url
    return None
