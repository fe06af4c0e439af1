from django.apps import AppConfig


class LinkageConfig(AppConfig):
    name = "tugan.linkage"
    label = "linkage"
