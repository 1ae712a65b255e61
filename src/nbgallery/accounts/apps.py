from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "nbgallery.accounts"
    label = "accounts"
    verbose_name = "Accounts and groups"
