from django.db import migrations
from django.db.models import Q

ACTS_WHERE_ONE_LIVES = ("protested", "threatened")


def count_acts_abroad_again(apps, schema_editor):
    # A protest or threat with no place, against a person who lives abroad, is now counted
    # under "unknown", not at their hometown (docs/statistics.md). A database holding any is
    # counted again (through today's models, as 0004 does); one with none has nothing to change.
    abroad = Q(residence__isnull=False) & ~Q(residence__key__startswith="CN")
    person = apps.get_model("records", "Person")
    event = apps.get_model("records", "Event")
    if event.objects.filter(
        type__in=ACTS_WHERE_ONE_LIVES,
        place__isnull=True,
        person__in=person.objects.filter(abroad).values("pk"),
    ).exists():
        from tugan.monitor.derived import rebuild_counts

        rebuild_counts()


class Migration(migrations.Migration):
    dependencies = [
        ("monitor", "0004_persons_abroad_are_no_family_inside"),
        ("records", "0005_citation_and_event_field_labels"),
        ("sources", "0006_source_field_labels"),
    ]

    operations = [
        migrations.RunPython(count_acts_abroad_again, migrations.RunPython.noop),
    ]
