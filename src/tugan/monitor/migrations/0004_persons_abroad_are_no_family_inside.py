from django.db import migrations
from django.db.models import Q

CONTACT_TYPES = ("contact_lost", "contact_restored", "threatened")


def count_persons_abroad_again(apps, schema_editor):
    # A contact event about a person who lives abroad is now about their family inside (a
    # threat against them counts for none), and a contact report reaching a relative abroad
    # counts for none (docs/monitor.md). A database holding any is counted again (through
    # today's models, as 0001 and 0002 do); one with none has nothing to change.
    abroad = Q(residence__isnull=False) & ~Q(residence__key__startswith="CN")
    person = apps.get_model("records", "Person")
    persons_abroad = person.objects.filter(abroad).values("pk")
    event = apps.get_model("records", "Event")
    contact_report = apps.get_model("records", "ContactReport")
    if (
        event.objects.filter(type__in=CONTACT_TYPES, person__in=persons_abroad).exists()
        or contact_report.objects.filter(relative__in=persons_abroad).exists()
    ):
        from tugan.monitor.derived import rebuild_counts

        rebuild_counts()


class Migration(migrations.Migration):
    dependencies = [
        ("monitor", "0003_contact_month_count_read_index"),
        # rebuild_counts reads today's records and sources.
        ("records", "0005_citation_and_event_field_labels"),
        ("sources", "0006_source_field_labels"),
    ]

    operations = [
        migrations.RunPython(count_persons_abroad_again, migrations.RunPython.noop),
    ]
