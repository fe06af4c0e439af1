from django.apps import AppConfig


class ReviewConfig(AppConfig):
    name = "tugan.review"
    label = "review"

    def ready(self) -> None:
        from tugan.review.suggesting import suggest_facts
        from tugan.sources import followups

        followups.suggest_facts_steps.append(suggest_facts)
