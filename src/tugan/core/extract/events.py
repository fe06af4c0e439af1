"""Events: what happened to whom, when, where, as shared/corpus/GOLD.md defines them.

Each trigger word (被捕, 判刑, 下落不明 ...) is tied to a subject in its sentence: a named
person, an unnamed relative of a named person (他的两个哥哥), or a group (新疆的部分哈萨克人).
The work is done in parts, each reading the document's EventContext:

- event_mentions.py: mention finding (persons, relatives, groups, pronouns);
- event_subjects.py: subject attachment (which mentions a trigger befell);
- event_details.py: dates and terms (and place and channel);
- event_hedging.py: hedging (promises, fears, rumours and denials are not events).

The words and patterns are in event_patterns.py; merging into one event per fact is in
event_merging.py.
"""

from typing import Any

from tugan.core.dates import number_or_none
from tugan.core.extract.document import Document, Span
from tugan.core.extract.event_context import EventContext
from tugan.core.extract.event_details import (
    channel_for,
    date_for,
    place_for,
    respective_dates,
    terms_are_respective,
    years_for,
)
from tugan.core.extract.event_hedging import (
    befalls_no_person,
    is_hedged,
    is_last_contact_told,
    threat_condition_before,
)
from tugan.core.extract.event_mentions import Mention, MentionKind, MentionTable, find_mentions
from tugan.core.extract.event_merging import EventFinding, merge_events, subject_key
from tugan.core.extract.event_patterns import (
    AFTER_CLAUSE_BETWEEN,
    BRACKETED_TERM,
    CLAUSE_BREAK,
    CONSEQUENCE,
    FIRST_TIME,
    FIXED_TERM,
    HELD_PEOPLE,
    INVERSE_RELATIONS,
    RELATION_PATTERN,
    RELEASE_DEMAND,
    REPEATED,
    REPEATED_OTHER_ACT,
    SPEAKER_AFTER,
    STILL_ALIVE,
    SURVEILLANCE,
    TAKEN_BEFORE_RETURN,
    TRIGGER_PATTERN,
)
from tugan.core.extract.event_subjects import (
    COLLECTIVE_KIN,
    NO_PLURAL,
    PluralAntecedent,
    SubjectFinder,
)
from tugan.core.extract.lexicon import RELATIONS
from tugan.core.extract.persons import PersonFinding
from tugan.core.extract.places import PlaceMention

__all__ = ["EventFinding", "find_events"]


def find_events(
    document: Document, persons: list[PersonFinding], places: list[PlaceMention]
) -> list[EventFinding]:
    """Return the events the document reports, one per distinct fact, with trigger spans."""
    context = EventContext(document, persons, places)
    table = find_mentions(context)
    triggers = list(TRIGGER_PATTERN.finditer(context.folded))
    subjects_finder = SubjectFinder(context, table, {m.end(): m.start() for m in triggers})
    events: list[EventFinding] = []
    last_end: dict[str, int] = {}
    last_plural: PluralAntecedent = NO_PLURAL
    for match in triggers:
        event_type = match.lastgroup
        assert event_type is not None
        start, end = match.start(), match.end()
        if document.owner_at(start) in {"media", "author", "person", "place"}:
            continue
        is_release_demand = event_type == "protested" and RELEASE_DEMAND.search(match.group())
        if (
            last_end.get(event_type, -10) >= start - 4
            and not is_release_demand
            and not AFTER_CLAUSE_BETWEEN.search(context.folded, last_end.get(event_type, 0), start)
            and not names_another_subject(context, table, last_end.get(event_type, 0), start)
        ):
            last_end[event_type] = end
            # 被判处有期徒刑, 被捕，并软禁: one trigger (not 他被捕后也被拘留, nor
            # 判了十年徒刑，妹妹被判…: two)
            continue
        last_end[event_type] = end
        sentence = context.sentence_of(start)
        clause_start, clause_end = context.clause_bounds(start, sentence)
        if event_type == "threatened" and CONSEQUENCE.fullmatch(match.group()):
            # 如果她再发声，她和家人将承担后果: a condition makes it a threat, not a hedge.
            condition = threat_condition_before(context, start, sentence)
            if condition is None:
                continue
            stated = subjects_finder.threatened_on_condition(condition, start, end, sentence)
        elif (
            is_hedged(context, start, end, (clause_start, clause_end), sentence, event_type)
            or befalls_no_person(context, event_type, start, end)
            or is_last_contact_told(context, event_type, start)
        ):
            continue
        else:
            stated = subjects_finder.subjects_for(event_type, start, end, sentence)
            if (
                event_type == "threatened"
                and SURVEILLANCE.fullmatch(match.group())
                and (
                    (stated and all(m.kind == MentionKind.GROUP for m in stated))
                    or watched_in_custody(context, subjects_finder, stated, last_plural)
                )
            ):
                # 维吾尔人的一举一动都受到监视: the watching of a whole people is the policy the
                # report describes, not a threat made to someone; 囚犯在田里劳动，看守监视着他们:
                # the guarding of prisoners.
                continue
        # (type, subjects, whether only implied by the trigger: then it has no date of its own)
        found: list[tuple[str, list[Mention], bool]] = [(event_type, stated, False)]
        if is_release_demand:
            # A demand for release implies the detention (GOLD.md); the release may be asked for
            # in the clause after the demand's (呼吁停止打压，立即释放他).
            release_end = context.clause_bounds(end - 1, sentence)[1]
            after = [m for m in table.mentions if end <= m.start and m.end <= release_end]
            if after:
                found.append(
                    ("detained", subjects_finder.chain(after[0], after, forward=True), True)
                )
        if event_type == "passport_returned" and TAKEN_BEFORE_RETURN.search(match.group()):
            # 领回了被收缴两年的护照: the return tells of the taking too.
            found.append(("passport_confiscated", found[0][1], True))
        for found_type, mentions, implied in found:
            dates_each = [] if implied else respective_dates(context, start, sentence)
            respective = bool(dates_each) or (
                found_type == "sentenced" and terms_are_respective(context, start, end, sentence)
            )
            if respective:
                mentions = sorted(mentions, key=lambda mention: mention.start)  # 分别: in order
            subjects: list[dict[str, Any]] = []
            for mention in mentions:
                subjects.extend(subjects_finder.resolve(mention, last_plural))
            if found_type == "protested" and len(found) > 1:
                subjects = appealers_not_the_held(
                    context, table, subjects_finder, subjects, found[1][1], start, last_plural
                )
            named_kin = any("group" not in subject for subject in subjects)
            if (
                len(mentions) > 1
                or (mentions and mentions[0].kind == MentionKind.GROUP)
                or len({s["person"] for s in subjects if "person" in s}) > 1
                or (named_kin and (mentions[0].count or 0) > 1)
                or (
                    named_kin
                    and context.folded[mentions[0].start : mentions[0].end].endswith(
                        (*COLLECTIVE_KIN, "父母亲")
                    )
                )
            ):
                # One kin word that stands for several people (其父母, 他的两个哥哥, 其父母艾山和
                # 古丽) is a plural too: a later 他们 may be them; not kin of a people (寻找失踪
                # 家人), whom a 他们 after that people named still means. A 他们 among them
                # stands for what it meant here, not for itself.
                last_plural = (
                    start,
                    [
                        meant
                        for mention in mentions
                        for meant in subjects_finder.stands_for(mention, last_plural)
                    ]
                    or mentions,
                )
            made = make_events(
                context, found_type, subjects, start, end, sentence, implied, respective, dates_each
            )
            if found_type == "sentenced":
                made = with_bracketed_terms(context, mentions, made)
            repeated = list(REPEATED.finditer(context.folded, clause_start, start))
            if repeated and not REPEATED_OTHER_ACT.search(
                context.folded, repeated[-1].end(), start
            ):
                for event in made:
                    event.repeated = True
            first = list(FIRST_TIME.finditer(context.folded, clause_start, start))
            if first and not REPEATED_OTHER_ACT.search(context.folded, first[-1].end(), start):
                for event in made:
                    event.first_time = True
            events.extend(made)
    alive = alive_subjects(context, subjects_finder, last_plural)
    return merge_events(
        [e for e in events if e.type != "died" or subject_key(e.subject) not in alive]
    )


def watched_in_custody(
    context: EventContext,
    finder: SubjectFinder,
    stated: list[Mention],
    last_plural: PluralAntecedent,
) -> bool:
    """Return whether the ones watched are all groups of people already held (囚犯, 在押人员),
    named or as the 他们 that stands for them."""
    if any(m.kind not in {MentionKind.GROUP, MentionKind.PLURAL} for m in stated):
        return False
    meant = [finder.stands_for(mention, last_plural) for mention in stated]
    groups = [group for each in meant for group in each]
    return (
        bool(groups)
        and all(meant)
        and all(
            m.kind == MentionKind.GROUP and HELD_PEOPLE.match(context.folded, m.end) for m in groups
        )
    )


def appealers_not_the_held(
    context: EventContext,
    table: MentionTable,
    finder: SubjectFinder,
    subjects: list[dict[str, Any]],
    held: list[Mention],
    start: int,
    last_plural: PluralAntecedent,
) -> list[dict[str, Any]]:
    """Return who appeals for a release: not the one whose release is asked. Where a pronoun or
    no subject was read as the held person himself (艾山的妻子说，丈夫有病，她呼吁释放她的丈夫),
    the appeal is the relative of his who speaks earlier in the sentence."""
    held_subjects = [s for m in held for s in finder.resolve(m, last_plural)]
    if not any(s in held_subjects and "person" in s for s in subjects):
        return subjects
    sentence = context.sentence_of(start)
    kin = [
        m
        for m in table.mentions
        if m.kind == MentionKind.RELATIVE
        and sentence.start <= m.start
        and m.end <= start
        and {"person": m.person} in held_subjects
        and SPEAKER_AFTER.match(context.folded, m.end)
    ]
    if kin:
        relative = finder.resolve(kin[-1], last_plural)
    else:
        # 一名服刑男子的妻子表示，艾山有病，并呼吁释放她的丈夫: the wife speaks of a man the
        # sentence names only later; she is his, as the kin word the release asks for says.
        relative = []
        seen = [m for m in held if m.kind == MentionKind.PERSON and m.relation_word]
        for word in RELATION_PATTERN.finditer(context.folded, sentence.start, start):
            relation = RELATIONS[word.group()]
            if (
                seen
                and SPEAKER_AFTER.match(context.folded, word.end())
                and relation in INVERSE_RELATIONS.get(seen[0].relation_word or "", ())
            ):
                relative = [{"relative_of": seen[0].person, "relation": relation}]
        if not relative:
            return subjects
    return [r for s in subjects for r in (relative if s in held_subjects else [s])]


def with_bracketed_terms(
    context: EventContext, mentions: list[Mention], made: list[EventFinding]
) -> list[EventFinding]:
    """Give each person of a list the term in brackets after the name, one event each
    (被判刑的有艾山（15年）、阿里木（10年）: the terms are theirs, not one for all)."""
    terms: dict[str, int | str] = {}
    for mention in mentions:
        bracketed = BRACKETED_TERM.match(context.folded, mention.end)
        if mention.kind == MentionKind.PERSON and mention.person and bracketed:
            value = number_or_none(bracketed["number"])
            if value is not None and 0 < value <= 30:
                terms[mention.person] = value
            elif bracketed["life"]:
                terms[mention.person] = "life"
    if len(terms) < 2:
        return made
    kept: list[EventFinding] = []
    for event in made:
        person = event.subject.get("person")
        if person in terms:
            if any(other.subject == event.subject for other in kept):
                continue
            event.years, event.is_one_of_terms = terms[person], False
        kept.append(event)
    return kept


def alive_subjects(
    context: EventContext, subjects_finder: SubjectFinder, last_plural: PluralAntecedent
) -> set[str]:
    """Return the subjects the text states are alive (至少她还活着), as subject keys: a death
    told of them (人们告诉我她已经死了) is a rumour the text denies."""
    alive: set[str] = set()
    for match in STILL_ALIVE.finditer(context.folded):
        start, end = match.start(), match.end()
        sentence = context.sentence_of(start)
        if is_hedged(context, start, end, context.clause_bounds(start, sentence), sentence):
            continue  # 希望他仍然在世, 不知道是否还活着: hoped or asked, not stated
        for mention in subjects_finder.subjects_for("died", start, end, sentence):
            alive.update(
                subject_key(subject) for subject in subjects_finder.resolve(mention, last_plural)
            )
    return alive


def names_another_subject(context: EventContext, table: MentionTable, start: int, end: int) -> bool:
    """Return whether a new clause between two triggers opens with a mention of its own, also
    one the second trigger opens (在抗议活动中，抗议民众焚烧了国旗: the protesters are named)."""
    clause_break = CLAUSE_BREAK.search(context.folded, start, end)
    return clause_break is not None and any(
        clause_break.end() <= mention.start <= end for mention in table.mentions
    )


def make_events(
    context: EventContext,
    event_type: str,
    subjects: list[dict[str, Any]],
    start: int,
    end: int,
    sentence: Span,
    implied: bool = False,
    respective: bool = False,
    dates_each: list[str] | None = None,
) -> list[EventFinding]:
    """Return one event per subject and term, with date, place and channel.

    An event only implied by another's words (a demand for release implies the detention) takes
    no date from them: the demand's date is the protest's. Terms and dates told respectively
    (分别) go one to each subject, in order, when there are as many of each.
    """
    date, is_approximate = (
        (None, False) if implied else date_for(context, start, end, sentence, event_type)
    )
    place = place_for(context, start, end, sentence)
    years_list = years_for(context, start, end, sentence) if event_type == "sentenced" else [None]
    # 获判有期徒刑 with no number: a term of years all the same, never a life sentence.
    is_fixed_term = (
        years_list == [None] and FIXED_TERM.search(context.folded, start, end + 4) is not None
    )
    channel = (
        channel_for(context, sentence)
        if event_type in {"contact_lost", "contact_restored"}
        else None
    )
    events = []
    respective_terms = respective and len(subjects) == len(years_list) > 1
    dates = (
        dates_each if dates_each and len(dates_each) == len(subjects) else [date] * len(subjects)
    )
    for index, subject in enumerate(subjects):
        # "two brothers were sentenced to 15 and 25 years": one event per term, each keeping
        # the count the text gives, or the page could tell two brothers from one sentenced twice;
        # "her sister and brother were sentenced to 15 and 10 years respectively": one each.
        for years in [years_list[index]] if respective_terms else years_list:
            events.append(
                EventFinding(
                    event_type,
                    subject,
                    dates[index],
                    years,
                    place,
                    channel,
                    [(start, end)],
                    is_approximate,
                    is_one_of_terms=len(years_list) > 1 and not respective_terms,
                    is_fixed_term=is_fixed_term,
                )
            )
    return events
