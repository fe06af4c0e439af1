from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "tugan.search"
    label = "search"
