"""Read functions for the intake pages: existing persons suggested as a name is typed, a recorded
testimony and its attachments."""

from typing import Any

from django.db.models import Count, Q
from django.http import Http404

from tugan.accounts.models import AnyUser
from tugan.core.names import compare_names
from tugan.core.names.blocking import lookup_keys, match_keys_of
from tugan.core.scripts import to_simplified
from tugan.intake.models import Attachment
from tugan.linkage.models import NameBlock
from tugan.records.models import Citation, Person
from tugan.records.reading import display_name, visible_names
from tugan.sources.models import SourceKind
from tugan.sources.reading import get_source_for_user

MAX_SUGGESTIONS = 8
# Persons whose names block with the typed one, compared in full before ranking.
MAX_COMPARED = 60
# Below this name similarity a blocked person is not worth showing (compare_names' scale).
MIN_SIMILARITY = 0.55


def read_person_suggestions(user: AnyUser, name: str) -> list[dict[str, Any]]:
    """Return existing persons this user may see whose names match the typed name, best first.

    Persons are found by the name keys of linking (blocking), or by a Han name's characters,
    then ranked by compare_names; each comes with what helps a documenter recognise them.
    """
    name = name.strip()
    if len(name) < 2:
        return []
    keys = lookup_keys(match_keys_of(name))
    visible = Person.objects.visible_to(user).filter(merged_into__isnull=True)
    blocked = (
        NameBlock.objects.filter(key__in=keys, person__in=visible)
        .values("person_id")
        .annotate(shared=Count("id"))
        .order_by("-shared")[:MAX_COMPARED]
    )
    ids = [row["person_id"] for row in blocked]
    simplified = to_simplified(name)
    if len(ids) < MAX_COMPARED:
        ids += list(
            visible.filter(names__simplified_text__contains=simplified)
            .exclude(pk__in=ids)
            .values_list("pk", flat=True)
            .distinct()[: MAX_COMPARED - len(ids)]
        )
    persons = (
        Person.objects.filter(pk__in=ids)
        .select_related("hometown")
        .prefetch_related(visible_names(user))
    )
    scored = []
    for person in persons:
        if not person.visible_names:
            continue
        best = max(
            (
                1.0
                if simplified in to_simplified(known.text)
                else compare_names(name, known.text).score
                for known in person.visible_names
            ),
            default=0.0,
        )
        if best >= MIN_SIMILARITY:
            scored.append((best, person))
    scored.sort(key=lambda item: (-item[0], item[1].pk))
    return [person_suggestion(person, score) for score, person in scored[:MAX_SUGGESTIONS]]


def person_suggestion(person: Person, score: float) -> dict[str, Any]:
    """Return what the suggestion list shows of one person (JSON-ready)."""
    return {
        "public_id": person.public_id,
        "name": display_name(person),
        "names": [name.text for name in person.visible_names],
        "birth": person.birth_date_display,
        "hometown": str(person.hometown) if person.hometown else "",
        "ethnicity": str(person.get_ethnicity_display()) if person.ethnicity else "",
        "status": person.status_summary,
        "score": round(score, 3),
    }


def read_recorded_testimony(user: AnyUser, public_id: str) -> dict[str, Any]:
    """Return a recorded testimony for its summary page: the source, the persons it names and
    its attachments, as far as this user may see them."""
    source = get_source_for_user(user, public_id)
    if source.kind != SourceKind.TESTIMONY:
        raise Http404("Not a testimony")
    cited = Citation.objects.visible_to(user).filter(source=source)
    person_ids = set(cited.exclude(person=None).values_list("person_id", flat=True))
    person_ids |= set(cited.exclude(event=None).values_list("event__person_id", flat=True))
    person_ids |= set(
        cited.exclude(person_name=None).values_list("person_name__person_id", flat=True)
    )
    persons = list(
        Person.objects.visible_to(user)
        .filter(Q(pk__in=person_ids))
        .prefetch_related(visible_names(user))
        .order_by("pk")
    )
    for person in persons:
        person.display_name = display_name(person)
    return {
        "source": source,
        "persons": persons,
        "attachments": list(Attachment.objects.visible_to(user).filter(source=source)),
    }


def get_attachment_for_user(user: AnyUser, public_id: str, sha256: str) -> Attachment:
    """Return a testimony's attachment if this user may see it and its source; else 404."""
    source = get_source_for_user(user, public_id)
    attachment = Attachment.objects.visible_to(user).filter(source=source, sha256=sha256).first()
    if attachment is None:
        raise Http404("No such attachment")
    return attachment
