from django.apps import AppConfig


class ReviewConfig(AppConfig):
    name = "tugan.review"
    label = "review"
