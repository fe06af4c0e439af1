from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('review', '0003_fill_suggestion_number'),
    ]

    operations = [
        migrations.AlterField(
            model_name='suggestion',
            name='number',
            field=models.PositiveIntegerField(),
        ),
        migrations.AddConstraint(
            model_name='suggestion',
            constraint=models.UniqueConstraint(fields=('source', 'number'), name='suggestion_number_in_source'),
        ),
    ]
