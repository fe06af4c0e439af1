from django.apps import AppConfig


class MonitorConfig(AppConfig):
    name = "tugan.monitor"
    label = "monitor"
