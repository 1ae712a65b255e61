"""The nbgallery_may_claim_review hook: a plugin's answer wins over the built-in rule."""

import pytest

from nbgallery.hookspecs import hookimpl
from nbgallery.plugins import manager
from nbgallery.reviews import services
from nbgallery.reviews.models import Review
from nbgallery.reviews.rules import may_claim

pytestmark = pytest.mark.django_db


class ComplianceOffice:
    """As the original's sample: compliance reviews belong to one organization."""

    @hookimpl
    def nbgallery_may_claim_review(self, user, review):
        if review.revtype == Review.COMPLIANCE:
            return user.org == "Corporate Compliance Office"
        return None


@pytest.fixture
def compliance_plugin():
    plugin = ComplianceOffice()
    manager().register(plugin, name="test-compliance-office")
    yield plugin
    manager().unregister(name="test-compliance-office")


def test_the_plugin_decides_compliance_and_leaves_the_rest(
    compliance_plugin, notebook, queued, bob, charlie, admin_user
):
    compliance = queued(notebook, Review.COMPLIANCE)
    technical = queued(notebook, Review.TECHNICAL)
    bob.org = "Corporate Compliance Office"
    bob.save()

    assert may_claim(bob, compliance)
    assert not may_claim(admin_user, compliance)  # the plugin said no, even to an admin
    assert not may_claim(charlie, technical)  # the built-in rule still applies
    assert services.claim_review(bob, compliance).reviewer == bob


def test_without_the_plugin_compliance_is_for_admins(notebook, queued, bob, admin_user):
    compliance = queued(notebook, Review.COMPLIANCE)
    bob.org = "Corporate Compliance Office"
    bob.save()

    assert not may_claim(bob, compliance)
    assert may_claim(admin_user, compliance)
