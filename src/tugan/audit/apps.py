from django.apps import AppConfig


class AuditConfig(AppConfig):
    name = "tugan.audit"
    label = "audit"
