"""The one read function of search: the page, `tugan search` and its --json all call it.

Persons whose name matches come first (a name is the most specific thing a query can hit),
then sources, each group best first. Only records the user may see are matched: a name form
the user may not see finds nothing, even when its person is visible. Copies of one story
(Source.near_duplicate_of) are shown once: as the first copy when it matched and the user may
see it, else as the best-ranked copy they may see.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any, TypeAlias

from django.db.models import Q, QuerySet

from tugan.accounts.models import AnyUser
from tugan.core.names import compare_names
from tugan.core.names.blocking import is_blocked_together, lookup_keys, match_keys_of
from tugan.core.search_text import SnippetPart, fold_text, make_snippet, query_words
from tugan.records.models import Citation, Event, Person, PersonName, Place
from tugan.records.redaction import enquirer_consent_rule
from tugan.search.backend import RANK_WINDOW, MatchWindow, get_search_backend
from tugan.sources.models import Source

# A query as the index matches it: phrases of folded words (core.search_text.query_words).
Phrases: TypeAlias = list[list[str]]
DEFAULT_LIMIT = 20
# A cross-script name match scores its similarity (0.7-1) times this: above any text match
# (BM25 scores of short names stay far below), below the name as written (+1000).
CROSS_SCRIPT_WEIGHT = 100.0
# Names written alike from this similarity on are found (linking gives them weight from here).
MIN_NAME_SIMILARITY = 0.7
# A query compares at most this many names sharing its keys (a few ms each).
MAX_COMPARED_NAMES = 2000
MAX_LIMIT = 200


@dataclass(frozen=True)
class SearchFilters:
    since: date | None = None
    until: date | None = None
    publisher: str = ""
    place: str = ""  # a place key (CN-654022, KZ/Almaty); places inside it count too
    event_type: str = ""
    ethnicity: str = ""

    @property
    def is_empty(self) -> bool:
        return not any(self.__dict__.values())


@dataclass
class SearchResult:
    kind: str  # "person" or "source"
    id: str  # public id
    title: str
    snippet: list[SnippetPart]
    score: float
    published: object = None
    publisher: str = ""
    copies: int = 0  # other copies of the same story the user may see
    names: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        from tugan.core.search_text import snippet_text

        return {
            "kind": self.kind,
            "id": self.id,
            "title": self.title,
            "snippet": snippet_text(self.snippet),
        }


def places_within(key: str) -> QuerySet[Place]:
    """Return the place with this key and the places inside it (three levels down)."""
    return Place.objects.filter(
        Q(key=key)
        | Q(parent__key=key)
        | Q(parent__parent__key=key)
        | Q(parent__parent__parent__key=key)
    )


def filter_events(user: AnyUser, filters: SearchFilters) -> QuerySet[Event] | None:
    """Return the visible events the event filters ask for, or None when none is set."""
    if not (
        filters.event_type or filters.place or filters.ethnicity or filters.since or filters.until
    ):
        return None
    events = Event.objects.visible_to(user)
    if filters.event_type:
        events = events.filter(type=filters.event_type)
    if filters.place:
        events = events.filter(place__in=places_within(filters.place))
    if filters.ethnicity:
        events = events.filter(
            Q(person__ethnicity=filters.ethnicity) | Q(group_ethnicity=filters.ethnicity)
        )
    if filters.since:
        events = events.filter(date__gte=filters.since)
    if filters.until:
        events = events.filter(date__lte=filters.until)
    return events


def searchable_persons(user: AnyUser, filters: SearchFilters) -> QuerySet[Person]:
    """Return the persons this user may find with these filters."""
    persons = Person.objects.visible_to(user).filter(merged_into__isnull=True)
    if filters.publisher:
        citations = Citation.objects.visible_to(user).filter(
            source__in=Source.objects.visible_to(user).filter(
                publisher__icontains=filters.publisher
            )
        )
        persons = persons.filter(Q(citations__in=citations) | Q(events__citations__in=citations))
    if filters.ethnicity:
        persons = persons.filter(ethnicity=filters.ethnicity)
    if filters.place:
        places = places_within(filters.place)
        visible_events = Event.objects.visible_to(user).filter(place__in=places)
        persons = persons.filter(
            Q(hometown__in=places)
            | (Q(residence__in=places) & enquirer_consent_rule(user))
            | Q(events__in=visible_events)
        )
    if filters.event_type or filters.since or filters.until:
        events = Event.objects.visible_to(user)
        if filters.event_type:
            events = events.filter(type=filters.event_type)
        if filters.since:
            events = events.filter(date__gte=filters.since)
        if filters.until:
            events = events.filter(date__lte=filters.until)
        persons = persons.filter(events__in=events)
    return persons.distinct()


def searchable_sources(user: AnyUser, filters: SearchFilters) -> QuerySet[Source]:
    """Return the sources this user may find with these filters."""
    sources = Source.objects.visible_to(user)
    if filters.publisher:
        sources = sources.filter(publisher__icontains=filters.publisher)
    if filters.since:
        sources = sources.filter(published__date__gte=filters.since)
    if filters.until:
        sources = sources.filter(published__date__lte=filters.until)
    if filters.event_type or filters.place or filters.ethnicity:
        # A source is about what the facts citing it say: an event of that type, place or
        # ethnicity, or a person of that ethnicity or from that place.
        events = filter_events(
            user,
            SearchFilters(
                event_type=filters.event_type, place=filters.place, ethnicity=filters.ethnicity
            ),
        )
        citations = Citation.objects.visible_to(user).filter(event__in=events)
        sources = sources.filter(pk__in=citations.values("source_id"))
    return sources


def collect_matches(
    match: Callable[[Phrases, int | None, int], MatchWindow],
    phrases: Phrases,
    allowed: QuerySet[Any],
    columns: list[str],
    wanted: int,
) -> list[tuple[tuple[Any, ...], float]]:
    """Return (row, score) for allowed rows among the index's matches, best first per window,
    until `wanted` rows are found or no match is left."""
    found: list[tuple[tuple[Any, ...], float]] = []
    before = None
    while True:
        window: MatchWindow = match(phrases, before, RANK_WINDOW)
        ranked_ids = sorted(window.scores, key=lambda pk: (-window.scores[pk], -pk))
        # For speed: the best matches are checked against access and filters first, in
        # growing batches; asking about a whole window at once took most of a query's time.
        start, batch = 0, max(wanted - len(found), 1) * 2
        while start < len(ranked_ids) and len(found) < wanted:
            ids = ranked_ids[start : start + batch]
            rows = {row[0]: row for row in allowed.filter(pk__in=ids).values_list("pk", *columns)}
            found.extend((rows[pk], window.scores[pk]) for pk in ids if pk in rows)
            start, batch = start + len(ids), batch * 4
        if len(found) >= wanted or window.next_before is None:
            return found
        before = window.next_before


def find_similar_names(query: str, names: QuerySet[PersonName]) -> dict[int, float]:
    """Return {name id: similarity} for the names among `names` written like the query in any
    script: they share its name keys (PersonName.match_keys, as linking blocks them) and compare
    from MIN_NAME_SIMILARITY on (tugan.core.names.compare_names)."""
    keys = match_keys_of(query)
    wanted = Q()
    for key in lookup_keys(keys):
        kind, _, value = key.partition(":")
        # Stored keys are JSON text: "p2:mdl" ends with :mdl", "j:mlmdl" is written whole.
        wanted |= Q(match_keys__icontains=f'"{key}"' if kind == "j" else f':{value}"')
    if not wanted:
        return {}
    found = {}
    rows = names.filter(wanted).values_list("pk", "text", "match_keys")[:MAX_COMPARED_NAMES]
    for pk, text, other_keys in rows:
        if is_blocked_together(keys, other_keys):
            score = compare_names(query, text).score
            if score >= MIN_NAME_SIMILARITY:
                found[pk] = score
    return found


def search_persons(
    user: AnyUser, query: str, phrases: Phrases, filters: SearchFilters, limit: int
) -> list[SearchResult]:
    """Return the persons with a visible name form matching the query, best first."""
    persons = searchable_persons(user, filters)
    names = PersonName.objects.visible_to(user).filter(person__in=persons)
    matches = collect_matches(
        get_search_backend().match_names, phrases, names, ["person_id", "text"], limit * 4
    )
    folded_query = "".join(fold_text(query).split())
    best: dict[int, float] = {}
    matched_forms: dict[int, list[str]] = {}
    for (_pk, person_id, text), score in matches:
        # The whole name written as asked beats a name that only contains the query.
        if "".join(fold_text(text).split()).replace("·", "") == folded_query.replace("·", ""):
            score += 1000.0
        best[person_id] = max(best.get(person_id, score), score)
        matched_forms.setdefault(person_id, []).append(text)
    # The same name in another script (Omer Hemdulla, 约买尔·艾木杜拉), by linkage's name keys:
    # ranked by similarity, above a name that merely contains the query, below the name as
    # written.
    similar = find_similar_names(query, names)
    for person_id, text, pk in names.filter(pk__in=list(similar)).values_list(
        "person_id", "text", "pk"
    ):
        score = CROSS_SCRIPT_WEIGHT * similar[pk]
        best[person_id] = max(best.get(person_id, score), score)
        if text not in matched_forms.setdefault(person_id, []):
            matched_forms[person_id].append(text)
    chosen = sorted(best, key=lambda person_id: -best[person_id])[:limit]
    from tugan.records.reading import display_name, visible_names

    loaded = Person.objects.filter(pk__in=chosen).prefetch_related(visible_names(user))
    by_pk = {person.pk: person for person in loaded}
    results = []
    for person_id in chosen:
        person = by_pk[person_id]
        forms = matched_forms[person_id]
        others = [n.text for n in person.visible_names if n.text not in forms]
        snippet = []
        for index, form in enumerate(forms + others):
            if index:
                snippet.append(SnippetPart(" · ", False))
            if form in forms:
                snippet.extend(make_snippet(form, phrases))
            else:
                snippet.append(SnippetPart(form, False))
        results.append(
            SearchResult(
                kind="person",
                id=person.public_id,
                title=display_name(person),
                snippet=snippet,
                score=best[person_id],
                names=forms + others,
            )
        )
    return results


def search_sources(
    user: AnyUser, phrases: Phrases, filters: SearchFilters, limit: int
) -> list[SearchResult]:
    """Return the sources matching the query, best first, one copy per story."""
    sources = searchable_sources(user, filters)
    matches = collect_matches(
        get_search_backend().match_sources, phrases, sources, ["near_duplicate_of_id"], limit * 3
    )
    # Each story in the order of its best copy; shown as its first copy when that one matched.
    stories: dict[int, tuple[int, float]] = {}
    copies: dict[int, int] = {}
    for (pk, first_copy), score in matches:
        story = first_copy or pk
        if story in stories:
            copies[story] += 1
            if pk == story:
                stories[story] = (pk, stories[story][1])
            continue
        stories[story] = (pk, score)
        copies[story] = 0
    chosen = list(stories.items())[:limit]
    loaded = Source.objects.in_bulk([pk for _story, (pk, _score) in chosen])
    results = []
    for story, (pk, score) in chosen:
        source = loaded[pk]
        results.append(
            SearchResult(
                kind="source",
                id=source.public_id,
                title=source.title,
                snippet=make_snippet(source.text, phrases) if source.text else [],
                score=score,
                published=source.published,
                publisher=source.publisher,
                copies=copies[story],
            )
        )
    return results


def read_search_results(
    user: AnyUser, query: str, filters: SearchFilters | None = None, limit: int = DEFAULT_LIMIT
) -> list[SearchResult]:
    """Return what this user finds for the query with these filters: persons, then sources."""
    filters = filters or SearchFilters()
    phrases = query_words(query)
    if not phrases:
        return []
    limit = max(1, min(limit, MAX_LIMIT))
    persons = search_persons(user, query, phrases, filters, limit)
    sources = search_sources(user, phrases, filters, limit)
    return (persons + sources)[:limit]
