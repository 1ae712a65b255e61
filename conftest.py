"""Fixtures shared by every test: the personas and signed-in clients.

alice owns things, bob is in alice's group, charlie is an outsider, and
admin is a site admin.
"""

from __future__ import annotations

import pytest
from django.test import Client

PASSWORD = "correct horse battery staple"


def make_user(django_user_model, username: str, **extra):
    from allauth.account.models import EmailAddress

    user = django_user_model.objects.create_user(
        username=username,
        email=f"{username}@example.org",
        password=PASSWORD,
        first_name=username.capitalize(),
        **extra,
    )
    EmailAddress.objects.create(user=user, email=user.email, primary=True, verified=True)
    return user


@pytest.fixture
def alice(django_user_model):
    return make_user(django_user_model, "alice", last_name="Owner", org="Analytics")


@pytest.fixture
def bob(django_user_model):
    return make_user(django_user_model, "bob", last_name="Member")


@pytest.fixture
def charlie(django_user_model):
    return make_user(django_user_model, "charlie", last_name="Outsider")


@pytest.fixture
def admin_user(django_user_model):
    return make_user(django_user_model, "root", is_superuser=True)


def signed_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def alice_client(alice):
    return signed_in(alice)


@pytest.fixture
def bob_client(bob):
    return signed_in(bob)


@pytest.fixture
def charlie_client(charlie):
    return signed_in(charlie)


@pytest.fixture
def admin_client(admin_user):
    return signed_in(admin_user)


@pytest.fixture(autouse=True)
def fast_password_hashing(settings):
    # The production hasher is slow on purpose; tests hash hundreds of passwords.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def fresh_cache():
    # allauth keeps its rate limits in the cache; one test's sign-ups must not
    # throttle the next test's.
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()
