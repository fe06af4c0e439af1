"""Finding persons who may be one: blocking on name keys, then scoring each pair.

Called as each name or identifier arrives (records.operations), so it stays cheap: one indexed
query for the blocked persons, then a few queries per blocked person.
"""

from collections.abc import Collection

from django.db.models import Q
from django.utils.translation import override

from tugan.core.names.blocking import is_blocked_together, lookup_keys, match_keys_of
from tugan.core.scripts import to_simplified
from tugan.linkage.evidence import MatchEvidence, describe_evidence
from tugan.linkage.models import MatchCandidate, MatchState, NameBlock
from tugan.linkage.scoring import (
    PROPOSE_PROBABILITY,
    PersonProfile,
    load_profiles,
    score_profiles,
)
from tugan.records.choices import DatePrecision, Gender, IdentifierKind
from tugan.records.models import Identifier, Person, PersonName

# A very common name can block with many persons; beyond this many, the ones sharing most keys
# are compared and the rest left to bulk linking (tugan link --against db).
MAX_BLOCKED_PERSONS = 200


def index_person_name(name: PersonName) -> None:
    """Store the lookup keys of a name (computing its match keys if it has none)."""
    if not name.match_keys:
        name.match_keys = match_keys_of(name.text)
        PersonName.objects.filter(pk=name.pk).update(match_keys=name.match_keys)
    NameBlock.objects.filter(name=name).delete()
    NameBlock.objects.bulk_create(
        NameBlock(person_id=name.person_id, name=name, key=key)
        for key in lookup_keys(name.match_keys)
    )


def ordered_pair(a: Person, b: Person) -> tuple[Person, Person]:
    """Return the pair with the lower id first, as MatchCandidate stores it."""
    return (a, b) if a.pk < b.pk else (b, a)


def find_persons_blocked_with(
    name_keys: list[list[str]], exclude: Collection[int] = ()
) -> list[int]:
    """Return the ids of current persons (not merged) with a name that blocks with one of these
    names (each given by its match keys), most shared keys first."""
    own_keys = {key for keys in name_keys for key in lookup_keys(keys)}
    shared: dict[int, set[int]] = {}
    if own_keys:
        rows = (
            NameBlock.objects.filter(key__in=own_keys, person__merged_into__isnull=True)
            .exclude(person_id__in=list(exclude))
            .values_list("person_id", "name_id")
        )
        for person_id, name_id in rows:
            shared.setdefault(person_id, set()).add(name_id)
    ranked = sorted(shared, key=lambda pk: -len(shared[pk]))[: MAX_BLOCKED_PERSONS * 2]
    other_names = dict(
        PersonName.objects.filter(pk__in={n for pk in ranked for n in shared[pk]}).values_list(
            "pk", "match_keys"
        )
    )
    return [
        pk
        for pk in ranked
        if any(
            is_blocked_together(own, other_names[name_id])
            for own in name_keys
            for name_id in shared[pk]
        )
    ][:MAX_BLOCKED_PERSONS]


def find_blocked_persons(person: Person) -> list[int]:
    """Return the ids of current persons whose names block with this person's, or who share
    a resident ID number with them."""
    own_names = list(PersonName.objects.filter(person=person).values_list("match_keys", flat=True))
    blocked = find_persons_blocked_with(own_names, exclude={person.pk})
    ids = Identifier.objects.filter(person=person, kind=IdentifierKind.RESIDENT_ID)
    same_id = (
        Identifier.objects.filter(
            kind=IdentifierKind.RESIDENT_ID,
            value__in=ids.values("value"),
            person__merged_into__isnull=True,
        )
        .exclude(person=person)
        .values_list("person_id", flat=True)
    )
    return list(dict.fromkeys([*blocked, *same_id]))


def match_new_name(name: PersonName) -> None:
    """Index a new name's lookup keys and propose the persons its person may be."""
    index_person_name(name)
    find_match_candidates(name.person)


def find_persons_named_like(
    texts: list[str], exclude: Collection[int] = (), source_ids: Collection[int] = ()
) -> list[tuple[int, MatchEvidence]]:
    """Return (person id, evidence) for the current persons who may be the one a source names
    with these written forms, best first: the same name after folding, or names that block
    together and score from PROPOSE_PROBABILITY on (scoring.py, as for two records)."""
    folded = {to_simplified(text) for text in texts}
    same_name = (
        PersonName.objects.filter(simplified_text__in=folded, person__merged_into__isnull=True)
        .exclude(person_id__in=list(exclude))
        .values_list("person_id", flat=True)
    )
    blocked = find_persons_blocked_with([match_keys_of(text) for text in texts], exclude)
    others = list(Person.objects.filter(pk__in={*same_name, *blocked}))
    mention = PersonProfile(
        pk=0,
        names=[(0, text) for text in texts],
        gender=Gender.UNKNOWN,
        birth_date=None,
        birth_precision=DatePrecision.UNKNOWN,
        hometown_chain=[],
        sources=set(source_ids),
    )
    profiles = load_profiles(others)
    found = [(other.pk, score_profiles(mention, profiles[other.pk])) for other in others]
    found = [
        (pk, evidence) for pk, evidence in found if evidence["probability"] >= PROPOSE_PROBABILITY
    ]
    return sorted(found, key=lambda item: (-item[1]["probability"], item[0]))


def find_match_candidates(person: Person) -> list[MatchCandidate]:
    """Propose the persons who may be this one; return the pending candidates for it.

    Pairs already decided (merged, or marked not the same) are never proposed again. A pending
    pair whose evidence has fallen below the threshold is withdrawn.
    """
    if person.merged_into_id is not None:
        return []
    blocked = find_blocked_persons(person)
    decided = set()
    for a_id, b_id in MatchCandidate.objects.filter(
        Q(person_a=person) | Q(person_b=person), ~Q(state=MatchState.PENDING)
    ).values_list("person_a_id", "person_b_id"):
        decided.add(b_id if a_id == person.pk else a_id)
    others = list(Person.objects.filter(pk__in=[pk for pk in blocked if pk not in decided]))
    profiles = load_profiles([person, *others])
    proposed = []
    for other in others:
        evidence = score_profiles(profiles[person.pk], profiles[other.pk])
        first, second = ordered_pair(person, other)
        if first.pk != person.pk:
            evidence = mirror_evidence(evidence)
        if evidence["probability"] < PROPOSE_PROBABILITY:
            MatchCandidate.objects.filter(
                person_a=first, person_b=second, state=MatchState.PENDING
            ).delete()
            continue
        candidate, _ = MatchCandidate.objects.update_or_create(
            person_a=first,
            person_b=second,
            defaults={"score": evidence["probability"], "evidence": evidence},
        )
        proposed.append(candidate)
    return proposed


def mirror_evidence(evidence: MatchEvidence) -> MatchEvidence:
    """Return the evidence with the two persons swapped (a, b order): their name references,
    the parts of their names, and each pair of values (name_a and name_b, year_a and year_b...),
    so each sentence names them in the order the match page shows them."""
    items = []
    for item in evidence["items"]:
        if item["field"] == "name":
            item = {
                **item,
                "names": list(reversed(item["names"])),
                "parts": [
                    {**part, "left": part["right"], "right": part["left"]} for part in item["parts"]
                ],
            }
        values = item.get("values", {})
        if any(name.endswith("_a") for name in values):
            item = {**item, "values": {swapped_side(name): value for name, value in values.items()}}
            with override("en"):
                item["says"] = describe_evidence(item)
        items.append(item)
    return {**evidence, "items": items}


def swapped_side(name: str) -> str:
    """Return the name of a value of the other person: year_a for year_b and back."""
    stem, side = name[:-2], name[-2:]
    return {"_a": stem + "_b", "_b": stem + "_a"}.get(side, name)
