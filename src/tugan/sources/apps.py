from django.apps import AppConfig


class SourcesConfig(AppConfig):
    name = "tugan.sources"
    label = "sources"
