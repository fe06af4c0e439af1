from django.apps import AppConfig


class LinkageConfig(AppConfig):
    name = "tugan.linkage"
    label = "linkage"

    def ready(self) -> None:
        from tugan.linkage import candidates
        from tugan.records import followups

        followups.after_name_added.append(candidates.match_new_name)
        followups.after_person_identified.append(candidates.find_match_candidates)
