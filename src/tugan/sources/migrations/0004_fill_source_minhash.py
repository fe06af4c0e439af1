"""Compute the MinHash signature of the sources stored before signatures were kept.

Reversible: going back leaves the column to be dropped by 0003's reversal.
"""

from django.db import migrations


def fill_minhash(apps, schema_editor):
    from tugan.core.near_duplicates import minhash_signature

    Source = apps.get_model("sources", "Source")
    for source in Source.objects.filter(minhash=None).only("text").iterator(chunk_size=500):
        Source.objects.filter(pk=source.pk).update(minhash=minhash_signature(source.text))


class Migration(migrations.Migration):
    dependencies = [("sources", "0003_source_minhash")]

    operations = [migrations.RunPython(fill_minhash, migrations.RunPython.noop)]
