from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "tugan.search"
    label = "search"

    def ready(self) -> None:
        from tugan.records import followups as records_followups
        from tugan.search import indexing
        from tugan.sources import followups as sources_followups

        records_followups.after_name_added.append(indexing.index_name)
        sources_followups.after_source_stored.append(indexing.index_source)
        sources_followups.after_import.append(indexing.optimize_after_import)
