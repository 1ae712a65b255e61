from django.core import mail

from nbgallery.notifications import services


def test_email_is_on_until_the_user_turns_it_off(db, alice, email_template):
    assert services.send_notification(alice, subject="a", template=email_template) is True

    services.set_preferences(alice, email_me=False, digest=True)

    assert services.send_notification(alice, subject="b", template=email_template) is False
    assert [message.subject for message in mail.outbox] == ["[NBGallery] a"]


def test_turning_email_back_on_sends_again(db, alice, email_template):
    services.set_preferences(alice, email_me=False, digest=False)
    services.set_preferences(alice, email_me=True, digest=False)

    assert services.send_notification(alice, subject="c", template=email_template) is True
    assert len(mail.outbox) == 1


def test_one_users_preference_does_not_silence_another(db, alice, bob, email_template):
    services.set_preferences(alice, email_me=False, digest=False)

    assert services.send_notification(bob, subject="d", template=email_template) is True
    assert mail.outbox[0].to == ["bob@example.org"]
