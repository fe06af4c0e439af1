"""Number the existing suggestions of each source 1, 2, ... in text order."""

from django.db import migrations


def number_suggestions(apps, schema_editor):
    Suggestion = apps.get_model("review", "Suggestion")
    numbers: dict[int, int] = {}
    for suggestion in Suggestion.objects.order_by("source_id", "start", "id"):
        numbers[suggestion.source_id] = numbers.get(suggestion.source_id, 0) + 1
        Suggestion.objects.filter(pk=suggestion.pk).update(number=numbers[suggestion.source_id])


class Migration(migrations.Migration):

    dependencies = [
        ('review', '0002_suggestion_number'),
    ]

    # Backwards, the numbers are simply dropped with the column by 0002's reversal.
    operations = [
        migrations.RunPython(number_suggestions, migrations.RunPython.noop),
    ]
