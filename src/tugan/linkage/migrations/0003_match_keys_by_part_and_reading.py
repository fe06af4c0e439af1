"""Recompute every name's match keys: they now name their part and cover other Han readings."""

from django.db import migrations

BATCH = 2000


def recompute_match_keys(apps, schema_editor):
    from tugan.core.names.blocking import lookup_keys, match_keys_of

    PersonName = apps.get_model("records", "PersonName")
    NameBlock = apps.get_model("linkage", "NameBlock")
    NameBlock.objects.all().delete()
    names = PersonName.objects.order_by("pk").only("pk", "person_id", "text")
    changed, blocks = [], []
    for name in names.iterator(chunk_size=BATCH):
        name.match_keys = match_keys_of(name.text)
        changed.append(name)
        blocks += [
            NameBlock(person_id=name.person_id, name_id=name.pk, key=key)
            for key in lookup_keys(name.match_keys)
        ]
        if len(changed) >= BATCH:
            PersonName.objects.bulk_update(changed, ["match_keys"])
            NameBlock.objects.bulk_create(blocks)
            changed, blocks = [], []
    PersonName.objects.bulk_update(changed, ["match_keys"])
    NameBlock.objects.bulk_create(blocks)


class Migration(migrations.Migration):
    dependencies = [
        ("linkage", "0002_add_name_blocks_and_merges"),
        ("records", "0001_initial"),
    ]

    operations = [migrations.RunPython(recompute_match_keys, migrations.RunPython.noop)]
