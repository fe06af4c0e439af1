from django.apps import AppConfig


class IntakeConfig(AppConfig):
    name = "tugan.intake"
    label = "intake"
