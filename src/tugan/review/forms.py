"""Forms for editing a suggestion before accepting it: one per kind, read from and to a payload."""

import re
from abc import abstractmethod
from collections.abc import Iterable, Mapping
from typing import Any, Generic, TypeVar

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from tugan.core.resident_id import parse_resident_id
from tugan.records.choices import Channel, Ethnicity, EventType, Relation
from tugan.records.partial_dates import parse_partial_date
from tugan.records.place_field import PlaceField
from tugan.review.models import Suggestion, SuggestionKind
from tugan.review.payloads import (
    EventPayload,
    EventSubject,
    IdentifierPayload,
    PersonPayload,
    PlacePayload,
    SuggestionPayload,
)

NAME_LIST_SEPARATORS = re.compile(r"[,，、;；\n]+")
PayloadT = TypeVar("PayloadT", bound=SuggestionPayload)


def blank_choice(choices: Iterable[tuple[str, Any]]) -> list[tuple[str, Any]]:
    return [("", "—"), *choices]


class SuggestionForm(forms.Form, Generic[PayloadT]):
    """The edit form of one kind of suggestion, read from and written to its payload."""

    @staticmethod
    def initial_from(payload: PayloadT) -> dict[str, Any]:
        return dict(payload)

    @abstractmethod
    def to_payload(self) -> PayloadT:
        """Return the payload the form's cleaned data says (each kind's form writes its own)."""


class PersonSuggestionForm(SuggestionForm[PersonPayload]):
    name = forms.CharField(label=_("Name"), max_length=300)
    aliases = forms.CharField(
        label=_("Other forms"), required=False, help_text=_("Separated by commas.")
    )
    latin = forms.CharField(label=_("Latin form"), max_length=300, required=False)
    ethnicity = forms.ChoiceField(
        label=_("Ethnicity"), choices=blank_choice(Ethnicity.choices), required=False
    )
    residence = PlaceField(label=_("Lives in"), required=False)

    @staticmethod
    def initial_from(payload: PersonPayload) -> dict[str, Any]:
        return {**payload, "aliases": ", ".join(payload.get("aliases") or [])}

    def to_payload(self) -> PersonPayload:
        data = self.cleaned_data
        aliases = [a.strip() for a in NAME_LIST_SEPARATORS.split(data["aliases"]) if a.strip()]
        return {
            "name": data["name"].strip(),
            "aliases": aliases,
            "latin": data["latin"].strip() or None,
            "ethnicity": data["ethnicity"] or None,
            "residence": data["residence"] or None,
        }


class PlaceSuggestionForm(SuggestionForm[PlacePayload]):
    key = PlaceField(label=_("Place"))

    @staticmethod
    def initial_from(payload: PlacePayload) -> dict[str, Any]:
        return dict(payload)

    def to_payload(self) -> PlacePayload:
        return {"key": self.cleaned_data["key"]}


SUBJECT_KINDS = [
    ("person", _("a named person")),
    ("relative_of", _("an unnamed relative of a named person")),
    ("group", _("a group")),
]


class EventSuggestionForm(SuggestionForm[EventPayload]):
    type = forms.ChoiceField(label=_("What happened"), choices=EventType.choices)
    subject_kind = forms.ChoiceField(label=_("To whom"), choices=SUBJECT_KINDS)
    subject_name = forms.CharField(
        label=_("Person's name"),
        required=False,
        help_text=_("The person, or the person whose relative it is."),
    )
    relation = forms.ChoiceField(
        label=_("Relation"), choices=blank_choice(Relation.choices), required=False
    )
    count = forms.IntegerField(label=_("How many"), min_value=1, required=False)
    group_ethnicity = forms.ChoiceField(
        label=_("Group's ethnicity"), choices=blank_choice(Ethnicity.choices), required=False
    )
    group_place = PlaceField(label=_("Group's place"), required=False)
    date = forms.CharField(label=_("Date (YYYY, YYYY-MM or YYYY-MM-DD)"), required=False)
    years = forms.CharField(label=_("Term in years (or life)"), required=False)
    place = PlaceField(label=_("Where"), required=False)
    channel = forms.ChoiceField(
        label=_("Channel"), choices=blank_choice(Channel.choices), required=False
    )

    @staticmethod
    def initial_from(payload: EventPayload) -> dict[str, Any]:
        subject = payload.get("subject") or {}
        group = subject.get("group") or {}
        kind = next((key for key, _label in SUBJECT_KINDS if key in subject), "person")
        return {
            **payload,
            "subject_kind": kind,
            "subject_name": subject.get("person") or subject.get("relative_of") or "",
            "relation": subject.get("relation") or "",
            "count": subject.get("count"),
            "group_ethnicity": group.get("ethnicity") or "",
            "group_place": group.get("place") or "",
            "years": payload.get("years") or "",
        }

    def clean_date(self) -> str:
        value: str = self.cleaned_data["date"].strip()
        try:
            parse_partial_date(value)
        except ValueError:
            raise ValidationError(_("Write the date as YYYY, YYYY-MM or YYYY-MM-DD.")) from None
        return value

    def clean_years(self) -> int | str | None:
        value = self.cleaned_data["years"].strip().lower()
        if not value:
            return None
        if value == "life":
            return "life"
        if not value.isdigit() or not 0 < int(value) < 100:
            raise ValidationError(_("Write a whole number of years, or life."))
        return int(value)

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        assert data is not None  # Form.clean returns the cleaned data
        kind = data.get("subject_kind")
        if kind in {"person", "relative_of"} and not (data.get("subject_name") or "").strip():
            self.add_error("subject_name", _("Name the person."))
        if kind == "relative_of" and not data.get("relation"):
            self.add_error("relation", _("Say how they are related."))
        return data

    def to_payload(self) -> EventPayload:
        data = self.cleaned_data
        name = data["subject_name"].strip()
        subject: EventSubject
        if data["subject_kind"] == "person":
            subject = {"person": name}
        elif data["subject_kind"] == "relative_of":
            subject = {"relative_of": name, "relation": data["relation"]}
            if data["count"]:
                subject["count"] = data["count"]
        else:
            place = data["group_place"] or None
            subject = {"group": {"ethnicity": data["group_ethnicity"] or None, "place": place}}
        return {
            "type": data["type"],
            "subject": subject,
            "date": data["date"] or None,
            "years": data["years"],
            "place": data["place"] or None,
            "channel": data["channel"] or None,
        }


class IdentifierSuggestionForm(SuggestionForm[IdentifierPayload]):
    number = forms.CharField(label=_("Resident ID number"), max_length=18)
    person = forms.CharField(
        label=_("Whose (name or TG- id)"), max_length=300, help_text=_("The holder of the ID.")
    )

    @staticmethod
    def initial_from(payload: IdentifierPayload) -> dict[str, Any]:
        return dict(payload)

    def clean_number(self) -> str:
        try:
            return parse_resident_id(self.cleaned_data["number"]).number
        except ValueError as error:
            raise ValidationError(str(error)) from None

    def to_payload(self) -> IdentifierPayload:
        resident_id = parse_resident_id(self.cleaned_data["number"])
        return {
            "number": resident_id.number,
            "birth_date": resident_id.birth_date.isoformat(),
            "sex": resident_id.sex,
            "county": resident_id.place.key if resident_id.place else None,
            "person": self.cleaned_data["person"].strip(),
        }


FORM_BY_KIND: dict[str, type[SuggestionForm[Any]]] = {
    SuggestionKind.PERSON: PersonSuggestionForm,
    SuggestionKind.PLACE: PlaceSuggestionForm,
    SuggestionKind.EVENT: EventSuggestionForm,
    SuggestionKind.IDENTIFIER: IdentifierSuggestionForm,
}


def make_suggestion_form(
    suggestion: Suggestion, data: Mapping[str, Any] | None = None
) -> SuggestionForm[Any]:
    """Return the edit form for this suggestion's kind, filled from its payload."""
    form_class = FORM_BY_KIND[suggestion.kind]
    return form_class(data, initial=form_class.initial_from(suggestion.payload))


class SpanForm(forms.Form):
    """The span of a source's text a reviewer selected, and what to add from it."""

    kind = forms.ChoiceField(
        choices=[
            (SuggestionKind.PERSON, _("person")),
            (SuggestionKind.EVENT, _("event")),
            (SuggestionKind.PLACE, _("place")),
        ],
        widget=forms.HiddenInput,
    )
    start = forms.IntegerField(min_value=0, widget=forms.HiddenInput)
    end = forms.IntegerField(min_value=1, widget=forms.HiddenInput)
