"""record_testimony: one field testimony saved as a Source and the facts it states, in one
audited transaction."""

import datetime
import hashlib
import uuid
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.db import transaction
from django.db.models import Case, When
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from tugan.accounts.models import AnyUser
from tugan.accounts.roles import Confidentiality
from tugan.audit.log import record_audit
from tugan.intake.models import Attachment
from tugan.records import operations
from tugan.records.choices import (
    Consent,
    DatePrecision,
    Gender,
    IdentifierKind,
    NameKind,
    Relation,
    RelationshipKind,
    ReviewState,
)
from tugan.records.models import Person, Place
from tugan.records.partial_dates import format_partial_date
from tugan.search.indexing import index_source
from tugan.sources.models import Reliability, Source, SourceKind
from tugan.sources.raw_store import store_raw_bytes

# How the reported person relates to the testifier, as a Relationship (from, kind, to):
# "testifier" and "person" name the two ends.
RELATIONSHIP_OF = {
    Relation.FATHER: ("person", RelationshipKind.PARENT, "testifier"),
    Relation.MOTHER: ("person", RelationshipKind.PARENT, "testifier"),
    Relation.PARENT: ("person", RelationshipKind.PARENT, "testifier"),
    Relation.SON: ("testifier", RelationshipKind.PARENT, "person"),
    Relation.DAUGHTER: ("testifier", RelationshipKind.PARENT, "person"),
    Relation.CHILD: ("testifier", RelationshipKind.PARENT, "person"),
    Relation.BROTHER: ("testifier", RelationshipKind.SIBLING, "person"),
    Relation.SISTER: ("testifier", RelationshipKind.SIBLING, "person"),
    Relation.SIBLING: ("testifier", RelationshipKind.SIBLING, "person"),
    Relation.SPOUSE: ("testifier", RelationshipKind.SPOUSE, "person"),
    Relation.COUSIN: ("testifier", RelationshipKind.COUSIN, "person"),
    Relation.RELATIVE: ("testifier", RelationshipKind.RELATIVE, "person"),
    Relation.FAMILY: ("testifier", RelationshipKind.RELATIVE, "person"),
}
# A relation that says the gender, used when the form leaves gender unknown.
GENDER_OF = {
    Relation.FATHER: Gender.MALE,
    Relation.SON: Gender.MALE,
    Relation.BROTHER: Gender.MALE,
    Relation.MOTHER: Gender.FEMALE,
    Relation.DAUGHTER: Gender.FEMALE,
    Relation.SISTER: Gender.FEMALE,
}


@dataclass
class ReportedEvent:
    type: str
    date: datetime.date | None = None
    date_precision: str = DatePrecision.UNKNOWN
    place: Place | None = None
    term_years: int | None = None
    is_life_term: bool = False
    facility: str = ""


@dataclass
class ReportedPerson:
    """One person the testifier reports on: an existing record, or names for a new one."""

    relation: str
    existing: Person | None = None
    names: list[str] = field(default_factory=list)
    gender: str = Gender.UNKNOWN
    birth_year: int | None = None
    hometown: Place | None = None
    ethnicity: str = ""
    events: list[ReportedEvent] = field(default_factory=list)
    contact_date: datetime.date | None = None
    contact_date_precision: str = DatePrecision.UNKNOWN
    contact_channel: str = ""
    contact_outcome: str = ""


@dataclass
class AttachedFile:
    name: str
    content_type: str
    data: bytes


@dataclass
class Testimony:
    """Everything one field testimony form holds."""

    testifier_names: list[str]
    persons: list[ReportedPerson]
    testifier_existing: Person | None = None
    testifier_gender: str = Gender.UNKNOWN
    testifier_residence: Place | None = None
    testifier_phone: str = ""
    testifier_wechat: str = ""
    testifier_address: str = ""
    # Who may see the contact details (phone, WeChat) and the exact address: confidential
    # unless the documenter lowers them (records.redaction).
    contact_level: str = Confidentiality.CONFIDENTIAL
    address_level: str = Confidentiality.CONFIDENTIAL
    may_publish: str = Consent.UNKNOWN
    testifier_may_be_named: bool = False
    narrative: str = ""
    attachments: list[AttachedFile] = field(default_factory=list)


@dataclass
class RecordedTestimony:
    source: Source
    testifier: Person
    persons: list[Person]
    attachments: list[Attachment]


class TestimonyText:
    """The testimony Source's text, written line by line; each fact cites its own line."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.offset = 0
        self.starts: list[int] = []

    def add(self, line: str) -> tuple[str, int]:
        """Append a line; return it with its offset in the text, for the citation."""
        start = self.offset
        self.lines.append(line)
        self.starts.append(start)
        self.offset += len(line) + 1
        return line, start

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


def place_text(place: Place | None) -> str:
    return f"{place} ({place.key})" if place is not None else ""


def describe_event(event: ReportedEvent) -> str:
    """Return one line of the testimony text for an event."""
    from tugan.records.choices import EventType

    parts = [str(EventType(event.type).label)]
    date = format_partial_date(event.date, event.date_precision)
    if date:
        parts.append(date)
    if event.is_life_term:
        parts.append(_("life term"))
    elif event.term_years:
        parts.append(_("%(years)s years") % {"years": event.term_years})
    if event.place is not None:
        parts.append(place_text(event.place))
    if event.facility:
        parts.append(event.facility)
    return "    - " + ", ".join(parts)


def name_in_text(person: Person) -> str:
    """Return the name the restricted testimony text may give a person already on record: a
    name form no more than restricted, primary first; the id for one who asked not to be
    named, or who has no such name."""
    if person.is_anonymous:
        return person.public_id
    names = person.names.exclude(confidentiality=Confidentiality.CONFIDENTIAL)
    name = names.order_by(Case(When(kind=NameKind.PRIMARY, then=0), default=1), "id").first()
    return name.text if name is not None else person.public_id


def describe_person(number: int, reported: ReportedPerson, person: Person) -> str:
    """Return the line of the testimony text that introduces a reported person."""
    # Names typed for one who asked not to be named stay out of the restricted text too.
    typed = " / ".join(reported.names) if not person.is_anonymous else ""
    names = typed or name_in_text(person)
    parts = [
        f"{number}. {names} ({person.public_id})",
        _("%(relation)s of the testifier") % {"relation": Relation(reported.relation).label},
    ]
    if reported.birth_year:
        parts.append(_("born %(year)s") % {"year": reported.birth_year})
    if reported.hometown is not None:
        parts.append(_("from %(place)s") % {"place": place_text(reported.hometown)})
    if reported.ethnicity:
        from tugan.records.choices import Ethnicity

        parts.append(str(Ethnicity(reported.ethnicity).label))
    return "; ".join(parts)


def describe_contact(reported: ReportedPerson) -> str:
    from tugan.records.choices import Channel, ContactOutcome

    parts = [str(ContactOutcome(reported.contact_outcome).label)]
    date = format_partial_date(reported.contact_date, reported.contact_date_precision)
    if date:
        parts.append(date)
    if reported.contact_channel:
        parts.append(str(Channel(reported.contact_channel).label))
    return "    " + _("Last contact: %(contact)s") % {"contact": ", ".join(parts)}


def check_attachment(attached: AttachedFile) -> None:
    """Raise ValueError naming the file when it is over the size limit or of a refused type."""
    limit = settings.ATTACHMENT_MAX_BYTES
    if len(attached.data) > limit:
        raise ValueError(
            _("%(name)s is %(size)s MB; attachments may be at most %(limit)s MB.")
            % {
                "name": attached.name,
                "size": round(len(attached.data) / 2**20, 1),
                "limit": round(limit / 2**20, 1),
            }
        )
    if not attached.content_type.startswith(("image/", "audio/", "video/", "application/pdf")):
        raise ValueError(
            _("%(name)s is not a photo, scan, recording or video (%(type)s).")
            % {"name": attached.name, "type": attached.content_type}
        )


def relationship_between(
    reported: ReportedPerson, testifier: Person, person: Person
) -> tuple[Person, str, Person]:
    """Return (from_person, kind, to_person) for how the reported person relates to testifier."""
    ends = {"testifier": testifier, "person": person}
    from_end, kind, to_end = RELATIONSHIP_OF[Relation(reported.relation)]
    return ends[from_end], kind, ends[to_end]


@transaction.atomic
def record_testimony(testimony: Testimony, by: AnyUser | None = None) -> RecordedTestimony:
    """Save a testimony: its Source, the testifier, the persons, relationships, events and
    contact reports it states, each citing the Source, and its attachments, in one transaction.

    Raises ValueError (with a message for the documenter) for an attachment that is too large
    or of a refused type; then nothing is saved.
    """
    for attached in testimony.attachments:
        check_attachment(attached)
    level = Confidentiality.RESTRICTED
    # A testifier who asked not to be named stays a restricted person, so that their family
    # links and contact reports are counted; their names, contact details and address are
    # shown only to those cleared for confidential records (records.redaction).
    is_anonymous = not testimony.testifier_may_be_named
    name_level = Confidentiality.CONFIDENTIAL if is_anonymous else level
    recorded_at = timezone.now()
    text = TestimonyText()
    text.add(
        _("Testimony recorded on %(date)s by %(user)s.")
        % {
            "date": recorded_at.date().isoformat(),
            "user": by.get_username() if by is not None and by.is_authenticated else "-",
        }
    )
    testifier = testimony.testifier_existing or operations.create_person(
        by=by,
        gender=testimony.testifier_gender,
        residence=testimony.testifier_residence,
        consent=testimony.may_publish,
        is_anonymous=is_anonymous,
        confidentiality=level,
    )
    if is_anonymous and not testifier.is_anonymous:
        operations.set_person_fields(testifier, by=by, is_anonymous=True)
    if testimony.testifier_may_be_named:
        testifier_names = " / ".join(testimony.testifier_names) or name_in_text(testifier)
        testifier_line = _("Testifier: %(names)s (%(id)s)") % {
            "names": testifier_names,
            "id": testifier.public_id,
        }
    else:
        testifier_line = _("Testifier: name withheld at their request.")
    if testimony.testifier_residence is not None and not is_anonymous:
        testifier_line += "; " + _("lives in %(place)s") % {
            "place": place_text(testimony.testifier_residence)
        }
    testifier_quote, testifier_start = text.add(testifier_line)
    text.add(
        _("Consent to publish: %(consent)s. The testifier may be named: %(named)s.")
        % {
            "consent": Consent(testimony.may_publish).label,
            "named": _("yes") if testimony.testifier_may_be_named else _("no"),
        }
    )
    text.add("")
    # The source is written last, once its text is complete; facts remember their lines.
    pending_citations: list[tuple[str, int, dict[str, Any]]] = []
    for name in testimony.testifier_names:
        if testimony.testifier_existing is None or name not in {
            n.text for n in testifier.names.all()
        }:
            name_record = operations.add_person_name(
                testifier,
                name,
                by=by,
                kind="primary" if not testifier.names.exists() else "alias",
                confidentiality=name_level,
            )
            if testimony.testifier_may_be_named:
                pending_citations.append(
                    (testifier_quote, testifier_start, {"person_name": name_record})
                )
    for identifier_kind, value, value_level in (
        (IdentifierKind.PHONE, testimony.testifier_phone, testimony.contact_level),
        (IdentifierKind.WECHAT, testimony.testifier_wechat, testimony.contact_level),
        (IdentifierKind.ADDRESS, testimony.testifier_address, testimony.address_level),
    ):
        if value:
            operations.add_identifier(
                testifier, identifier_kind, value, by=by, confidentiality=value_level
            )

    persons = []
    for number, reported in enumerate(testimony.persons, start=1):
        person = reported.existing
        if person is None:
            gender = reported.gender
            if gender == Gender.UNKNOWN:
                gender = GENDER_OF.get(Relation(reported.relation), Gender.UNKNOWN)
            person = operations.create_person(
                by=by,
                gender=gender,
                birth_date=datetime.date(reported.birth_year, 1, 1)
                if reported.birth_year
                else None,
                birth_date_precision=DatePrecision.YEAR
                if reported.birth_year
                else DatePrecision.UNKNOWN,
                hometown=reported.hometown,
                ethnicity=reported.ethnicity,
                consent=testimony.may_publish,
                confidentiality=level,
            )
        line, start = text.add(describe_person(number, reported, person))
        known = {name.text for name in person.names.all()}
        for name in reported.names:
            if name in known:
                continue
            name_record = operations.add_person_name(
                person,
                name,
                by=by,
                kind="primary" if not known else "alias",
                confidentiality=level,
            )
            known.add(name)
            pending_citations.append((line, start, {"person_name": name_record}))
        if reported.existing is None:
            pending_citations.append((line, start, {"person": person}))
        from_person, kind, to_person = relationship_between(reported, testifier, person)
        relationship = operations.add_relationship(
            from_person, kind, to_person, by=by, confidentiality=level
        )
        pending_citations.append((line, start, {"relationship": relationship}))
        reports_on = operations.add_relationship(
            testifier, RelationshipKind.REPORTS_ON, person, by=by, confidentiality=level
        )
        pending_citations.append((line, start, {"relationship": reports_on}))
        for reported_event in reported.events:
            event = operations.add_event(
                by=by,
                person=person,
                type=reported_event.type,
                date=reported_event.date,
                date_precision=reported_event.date_precision,
                place=reported_event.place,
                term_years=reported_event.term_years,
                is_life_term=reported_event.is_life_term,
                facility=reported_event.facility,
                review_state=ReviewState.CONFIRMED,
                confidentiality=level,
            )
            event_line, event_start = text.add(describe_event(reported_event))
            pending_citations.append((event_line, event_start, {"event": event}))
        if reported.contact_outcome:
            contact = operations.add_contact_report(
                testifier,
                reported.contact_outcome,
                by=by,
                relative=person,
                date=reported.contact_date,
                date_precision=reported.contact_date_precision,
                channel=reported.contact_channel,
                confidentiality=level,
            )
            contact_line, contact_start = text.add(describe_contact(reported))
            pending_citations.append((contact_line, contact_start, {"contact_report": contact}))
        persons.append(person)
    if testimony.narrative.strip():
        text.add("")
        text.add(_("In the testifier's words:"))
        text.add(testimony.narrative.strip())

    content = text.text
    data = content.encode("utf-8")
    digest = store_raw_bytes(settings.BLOB_DIR, data)
    source = Source.objects.create(
        kind=SourceKind.TESTIMONY,
        title=_("Testimony about %(names)s")
        % {"names": ", ".join(name_in_text(person) for person in persons)},
        language=get_language() or "",
        text=content,
        sha256=digest,
        # Two testimonies may read alike; each is its own record.
        record_id=uuid.uuid4().hex,
        raw_size=len(data),
        raw_format="testimony-form",
        retrieved=recorded_at,
        reliability=Reliability.UNKNOWN,
        confidentiality=level,
        **operations.creator_fields(by),
    )
    index_source(source)
    for quote, start, fact in pending_citations:
        operations.cite_source(source, quote, by=by, start=start, **fact)
    attachments = []
    for attached in testimony.attachments:
        attachment_digest = store_raw_bytes(
            settings.BLOB_DIR, attached.data, digest=hashlib.sha256(attached.data).hexdigest()
        )
        attachment, _created = Attachment.objects.get_or_create(
            source=source,
            sha256=attachment_digest,
            defaults={
                "size": len(attached.data),
                "content_type": attached.content_type,
                "original_name": attached.name,
                "confidentiality": level,
                **operations.creator_fields(by),
            },
        )
        attachments.append(attachment)
    record_audit(
        "record_testimony",
        source,
        by=by,
        changes={
            "testifier": testifier.public_id,
            "persons": [person.public_id for person in persons],
            "attachments": [attachment.sha256 for attachment in attachments],
        },
    )
    return RecordedTestimony(source, testifier, persons, attachments)
