"""Give evidence scored before items named their sentences the sentence and values it says.

Until then scoring stored each item's sentence only in English (`says`), written from a fixed
set of formats: each format below is read back into the key of the sentence that says the same
now (linkage/evidence.py SENTENCES) and its values, so the match pages say it in the reader's
language. The pair is not scored again: its score and the evidence it was proposed on stay as
they were. An item in no known format keeps only its English `says`.

Evidence of a pair scored the other way round (second person against the first) named the
two persons in that order (name_a was the second's name): its values are swapped, so each
sentence names first the person the match page shows first. It is told by its name item,
whose name references were swapped: its sentence named them b then a.

Not reversed: it only adds the keys that scoring writes today, and leaves `says` as it was.
"""

import re

from django.db import migrations

BATCH = 500
# The codes the old sentences held (records.choices Gender and IdentifierKind when they were
# written): a word that is not one of them is no value of these sentences.
GENDERS = {"male", "female"}
IDENTIFIER_KINDS = {"resident_id", "passport", "phone", "wechat", "address"}
NUMBER_VALUES = {"year", "year_a", "year_b", "count"}
# By field: the old English format of each sentence, and its key now.
OLD_FORMATS = {
    "name": [("name", r"(?P<name_a>.+?) ~ (?P<name_b>.+?): similarity \d+\.\d\d \(.*\)")],
    "birth_date": [
        ("same_birth_date", r"same birth date (?P<date>\d{4}-\d\d-\d\d)"),
        (
            "same_year_other_day",
            r"born the same year, other day \((?P<date_a>\d{4}-\d\d-\d\d) / "
            r"(?P<date_b>\d{4}-\d\d-\d\d)\)",
        ),
        ("same_birth_year", r"born the same year (?P<year>\d{1,4})"),
        ("birth_years_one_apart", r"birth years one apart \((?P<year_a>\d{1,4}) / (?P<year_b>\d{1,4})\)"),
        ("other_birth_years", r"different birth years \((?P<year_a>\d{1,4}) / (?P<year_b>\d{1,4})\)"),
    ],
    "gender": [
        ("same_gender", r"both (?P<gender>[a-z]+)"),
        ("other_gender", r"(?P<gender_a>[a-z]+) / (?P<gender_b>[a-z]+)"),
    ],
    "hometown": [
        ("same_hometown", r"same hometown"),
        ("nested_hometown", r"one hometown lies within the other"),
        ("other_hometown", r"different hometowns"),
    ],
    "resident_id": [
        ("same_resident_id", r"same valid resident ID number \(GB 11643 check passes\): one person"),
        ("other_resident_ids", r"different valid resident ID numbers"),
    ],
    "identifier": [("same_identifier", r"same identifier \((?P<kinds>[a-z_]+(?:, [a-z_]+)*)\)")],
    "relatives": [
        ("related_to_each_other", r"recorded as relatives of each other"),
        ("shared_relatives", r"(?P<count>\d+) relative\(s\) in common"),
    ],
    "sources": [("shared_sources", r"named as two persons in (?P<count>\d+) source\(s\) in common")],
}


def read_old_sentence(item):
    """Return (sentence key, values) of an item stored with only its English sentence, or None."""
    for sentence, pattern in OLD_FORMATS.get(item.get("field"), []):
        found = re.fullmatch(pattern, item.get("says", ""), flags=re.DOTALL)
        if found is None:
            continue
        values = {
            name: int(value) if name in NUMBER_VALUES else value
            for name, value in found.groupdict().items()
        }
        if "kinds" in values:
            values["kinds"] = values["kinds"].split(", ")
            if not set(values["kinds"]) <= IDENTIFIER_KINDS:
                return None
        genders = {values[name] for name in ("gender", "gender_a", "gender_b") if name in values}
        if not genders <= GENDERS:
            return None
        if sentence == "name" and "score" not in item:
            return None
        return sentence, values
    return None


def swapped_side(name):
    """Return the name of a value of the other person: year_a for year_b and back."""
    stem, side = name[:-2], name[-2:]
    return {"_a": stem + "_b", "_b": stem + "_a"}.get(side, name)


def is_mirrored(items, name_texts):
    """Return whether the evidence names its two persons in the order they were scored, the
    other way round from the pair's (a name item's names, in the pair's order, read b then a)."""
    for item in items:
        names = [name_texts.get(pk) for pk in item.get("names", [])]
        if item.get("field") != "name" or len(names) != 2 or None in names or names[0] == names[1]:
            continue
        values = item.get("values") or (read_old_sentence(item) or (None, {}))[1]
        said = (values.get("name_a"), values.get("name_b"))
        if said == (names[1], names[0]):
            return True
    return False


def name_old_sentences(apps, schema_editor):
    MatchCandidate = apps.get_model("linkage", "MatchCandidate")
    PersonName = apps.get_model("records", "PersonName")
    changed = []
    for candidate in MatchCandidate.objects.order_by("pk").iterator(chunk_size=BATCH):
        items = candidate.evidence.get("items", []) if isinstance(candidate.evidence, dict) else []
        named = False
        for item in items:
            if "sentence" in item:
                continue
            read = read_old_sentence(item)
            if read is not None:
                item["sentence"], item["values"] = read
                named = True
        # Scoring turned a pair scored (second, first) to (first, second) without swapping the
        # values of each sentence: swap them, so "a" is the person shown first.
        pks = [pk for item in items for pk in item.get("names", [])]
        name_texts = dict(PersonName.objects.filter(pk__in=pks).values_list("pk", "text"))
        if is_mirrored(items, name_texts):
            for item in items:
                values = item.get("values", {})
                item["values"] = {swapped_side(name): value for name, value in values.items()}
            named = True
        if named:
            changed.append(candidate)
        if len(changed) >= BATCH:
            MatchCandidate.objects.bulk_update(changed, ["evidence"])
            changed = []
    MatchCandidate.objects.bulk_update(changed, ["evidence"])


class Migration(migrations.Migration):
    dependencies = [("linkage", "0003_match_keys_by_part_and_reading")]

    operations = [migrations.RunPython(name_old_sentences, migrations.RunPython.noop)]
