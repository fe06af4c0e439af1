from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "tugan.accounts"
    label = "accounts"
