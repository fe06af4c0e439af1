from django.apps import AppConfig


class MonitorConfig(AppConfig):
    name = "tugan.monitor"
    label = "monitor"

    def ready(self) -> None:
        from tugan.audit import followups as audit_followups
        from tugan.monitor import derived
        from tugan.records import followups as records_followups

        records_followups.after_records_changed.append(derived.refresh_counts)
        audit_followups.after_record_changed.append(derived.refresh_changed_record)
