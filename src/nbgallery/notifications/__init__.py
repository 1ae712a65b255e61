"""Email notifications, the email-me preference, subscriptions and the daily digest."""
