from django.apps import AppConfig


class RecordsConfig(AppConfig):
    name = "tugan.records"
    label = "records"
