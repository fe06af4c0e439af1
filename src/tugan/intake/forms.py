"""The testimony form: the testifier, the persons reported on (a formset), their events (a
formset) and the attachments. Cleaning turns it into a recording.Testimony."""

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from django import forms
from django.conf import settings
from django.core import signing
from django.core.exceptions import ValidationError
from django.http import Http404
from django.utils.translation import gettext_lazy as _

from tugan.accounts.models import AnyUser
from tugan.accounts.roles import Confidentiality
from tugan.intake.recording import (
    AttachedFile,
    ReportedEvent,
    ReportedPerson,
    Testimony,
    check_attachment,
)
from tugan.records.choices import (
    Channel,
    Consent,
    ContactOutcome,
    Ethnicity,
    EventType,
    Gender,
    Relation,
)
from tugan.records.models import Person, Place
from tugan.records.partial_dates import parse_partial_date
from tugan.records.place_field import PlaceField
from tugan.records.places import get_or_create_place
from tugan.records.reading import get_person_for_user
from tugan.sources.raw_store import read_raw_bytes, store_raw_bytes

if TYPE_CHECKING:
    from django.core.files.uploadedfile import UploadedFile

EMPTY_CHOICE: list[tuple[str, Any]] = [("", "—")]
# Contact details and addresses are never published: confidential, or lowered to restricted.
CONTACT_LEVELS = [
    (Confidentiality.CONFIDENTIAL, _("confidential: cleared documenters only")),
    (Confidentiality.RESTRICTED, _("restricted: documenters and researchers")),
]
# How long files stored by a form sent back for corrections stay attachable to it.
KEPT_FOR_SECONDS = 2 * 24 * 3600
PARTIAL_DATE_HELP = _("A year (2017), a month (2017-05) or a day (2017-05-03).")


def clean_partial_date(value: str) -> tuple[datetime.date | None, str]:
    """Return (date, precision) for a partial date field, or raise a form error."""
    try:
        return parse_partial_date(value)
    except ValueError:
        raise ValidationError(
            _("“%(value)s” is not a date: write 2017, 2017-05 or 2017-05-03."),
            params={"value": value},
        ) from None


def split_names(text: str) -> list[str]:
    """Return the names written one per line, each as written (only outer spaces dropped)."""
    return list(dict.fromkeys(line.strip() for line in text.splitlines() if line.strip()))


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault(
            "widget", MultipleFileInput(attrs={"accept": "image/*,audio/*,video/*,application/pdf"})
        )
        super().__init__(*args, **kwargs)

    def clean(self, data: Any, initial: Any = None) -> list[Any]:
        if isinstance(data, list | tuple):
            return [super(MultipleFileField, self).clean(item, initial) for item in data]
        return [super().clean(data, initial)] if data else []


class TestimonyForm(forms.Form):
    testifier_existing = forms.CharField(
        required=False, widget=forms.HiddenInput(attrs={"data-existing": ""})
    )
    testifier_names = forms.CharField(
        label=_("Names of the testifier"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2, "dir": "auto", "data-names": ""}),
        help_text=_("One name a line, in any script, exactly as written."),
    )
    testifier_gender = forms.ChoiceField(
        label=_("Gender"), choices=Gender.choices, initial=Gender.UNKNOWN
    )
    testifier_residence = PlaceField(label=_("Lives in"), required=False)
    testifier_phone = forms.CharField(
        label=_("Phone"),
        required=False,
        max_length=100,
        widget=forms.TextInput(attrs={"data-no-draft": "", "dir": "ltr", "autocomplete": "off"}),
    )
    testifier_wechat = forms.CharField(
        label=_("WeChat id"),
        required=False,
        max_length=100,
        widget=forms.TextInput(attrs={"data-no-draft": "", "dir": "ltr", "autocomplete": "off"}),
    )
    testifier_address = forms.CharField(
        label=_("Exact address"),
        required=False,
        max_length=300,
        widget=forms.Textarea(
            attrs={"rows": 2, "dir": "auto", "data-no-draft": "", "autocomplete": "off"}
        ),
    )
    contact_level = forms.ChoiceField(
        label=_("Who may see the phone and WeChat id"),
        choices=CONTACT_LEVELS,
        required=False,
        initial=Confidentiality.CONFIDENTIAL,
    )
    address_level = forms.ChoiceField(
        label=_("Who may see the address"),
        choices=CONTACT_LEVELS,
        required=False,
        initial=Confidentiality.CONFIDENTIAL,
    )
    may_publish = forms.ChoiceField(
        label=_("May this testimony be published?"),
        choices=Consent.choices,
        initial=Consent.UNKNOWN,
    )
    testifier_may_be_named = forms.BooleanField(
        label=_("The testifier may be named"), required=False
    )
    narrative = forms.CharField(
        label=_("The testimony in the testifier's words"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 5, "dir": "auto"}),
    )
    attachments = MultipleFileField(label=_("Photos, scans, recordings, video"), required=False)
    # The files of an earlier try of this form, stored already: a signed list, so that a form
    # can only name files its own user uploaded.
    kept_attachments = forms.CharField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args: Any, user: AnyUser, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.user = user
        self.kept: list[dict[str, Any]] = []

    @property
    def kept_token(self) -> str:
        """Return the signed list of stored files to carry into the next try of the form."""
        return signing.dumps(self.kept, salt=self.signing_salt) if self.kept else ""

    @property
    def signing_salt(self) -> str:
        return f"tugan.intake.attachments.{getattr(self.user, 'pk', '')}"

    def clean_kept_attachments(self) -> list[dict[str, Any]]:
        token = self.cleaned_data["kept_attachments"]
        if not token:
            return []
        try:
            kept: list[dict[str, Any]] = signing.loads(
                token, salt=self.signing_salt, max_age=KEPT_FOR_SECONDS
            )
            return kept
        except signing.BadSignature:
            # Shown beside the file field: the hidden list itself has no place on the page.
            self.add_error(
                "attachments", _("The files chosen before have expired: choose them again.")
            )
            return []

    def keep_uploads(self, uploads: list["UploadedFile"]) -> None:
        """Store each uploaded file in the blob store at once, so that a form sent back for
        corrections keeps them (a file is stored once by its sha256, whether saved or not)."""
        for upload in uploads:
            attached = AttachedFile(upload.name or "", upload.content_type or "", upload.read())
            try:
                check_attachment(attached)
            except ValueError as error:
                self.add_error("attachments", str(error))
                continue
            digest = store_raw_bytes(settings.BLOB_DIR, attached.data)
            entry = {
                "sha256": digest,
                "name": attached.name,
                "type": attached.content_type,
                "size": len(attached.data),
            }
            if entry not in self.kept:
                self.kept.append(entry)

    def kept_files(self) -> list[AttachedFile]:
        """Return the stored files of this testimony, read back from the blob store."""
        return [
            AttachedFile(
                entry["name"], entry["type"], read_raw_bytes(settings.BLOB_DIR, entry["sha256"])
            )
            for entry in self.kept
        ]

    def clean_contact_level(self) -> str:
        # Left out of the post (an older form, a script): the safe level.
        return self.cleaned_data["contact_level"] or Confidentiality.CONFIDENTIAL

    def clean_address_level(self) -> str:
        return self.cleaned_data["address_level"] or Confidentiality.CONFIDENTIAL

    def clean_testifier_existing(self) -> Person | None:
        return clean_existing_person(self.user, self.cleaned_data["testifier_existing"])

    def clean_testifier_names(self) -> list[str]:
        return split_names(self.cleaned_data["testifier_names"])

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        assert data is not None  # Form.clean returns the cleaned data
        self.kept = list(data.get("kept_attachments") or [])
        self.keep_uploads(data.get("attachments") or [])
        if not data.get("testifier_existing") and not data.get("testifier_names"):
            self.add_error("testifier_names", _("Write at least one name of the testifier."))
        return data

    def clean_testifier_residence(self) -> Place | None:
        return get_or_create_place(self.cleaned_data["testifier_residence"])


def clean_existing_person(user: AnyUser, public_id: str) -> Person | None:
    """Return the existing person the documenter chose, if this user may see them."""
    public_id = public_id.strip()
    if not public_id:
        return None
    try:
        return get_person_for_user(user, public_id)
    except Http404:
        raise ValidationError(
            _("No person %(id)s that you may see."), params={"id": public_id}
        ) from None


class ReportedPersonForm(forms.Form):
    existing = forms.CharField(
        required=False, widget=forms.HiddenInput(attrs={"data-existing": ""})
    )
    names = forms.CharField(
        label=_("Names"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2, "dir": "auto", "data-names": ""}),
        help_text=_("One name a line, in any script, exactly as written."),
    )
    relation = forms.ChoiceField(
        label=_("Relation to the testifier"), choices=EMPTY_CHOICE + Relation.choices
    )
    gender = forms.ChoiceField(label=_("Gender"), choices=Gender.choices, initial=Gender.UNKNOWN)
    birth_year = forms.IntegerField(
        label=_("Birth year"),
        required=False,
        min_value=1900,
        max_value=2100,
        widget=forms.NumberInput(attrs={"dir": "ltr"}),
    )
    hometown = PlaceField(label=_("Hometown"), required=False)
    ethnicity = forms.ChoiceField(
        label=_("Ethnicity"), required=False, choices=EMPTY_CHOICE + Ethnicity.choices
    )
    contact_date = forms.CharField(
        label=_("Last contact"),
        required=False,
        help_text=PARTIAL_DATE_HELP,
        widget=forms.TextInput(attrs={"dir": "ltr", "placeholder": "2017-05"}),
    )
    contact_channel = forms.ChoiceField(
        label=_("How"), required=False, choices=EMPTY_CHOICE + Channel.choices
    )
    contact_outcome = forms.ChoiceField(
        label=_("What happened"), required=False, choices=EMPTY_CHOICE + ContactOutcome.choices
    )

    def __init__(self, *args: Any, user: AnyUser, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_existing(self) -> Person | None:
        return clean_existing_person(self.user, self.cleaned_data["existing"])

    def clean_names(self) -> list[str]:
        return split_names(self.cleaned_data["names"])

    def clean_hometown(self) -> Place | None:
        return get_or_create_place(self.cleaned_data["hometown"])

    def clean_contact_date(self) -> tuple[datetime.date | None, str]:
        return clean_partial_date(self.cleaned_data["contact_date"])

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        assert data is not None  # Form.clean returns the cleaned data
        if not data.get("existing") and not data.get("names"):
            self.add_error("names", _("Write at least one name, or choose an existing person."))
        contact_date = data.get("contact_date") or (None, "")
        if (contact_date[0] or data.get("contact_channel")) and not data.get("contact_outcome"):
            self.add_error("contact_outcome", _("Say what happened when they tried to reach them."))
        return data

    def to_reported_person(self) -> ReportedPerson:
        data = self.cleaned_data
        contact_date, contact_precision = data["contact_date"]
        return ReportedPerson(
            relation=data["relation"],
            existing=data["existing"],
            names=data["names"],
            gender=data["gender"],
            birth_year=data.get("birth_year"),
            hometown=data["hometown"],
            ethnicity=data.get("ethnicity") or "",
            contact_date=contact_date,
            contact_date_precision=contact_precision,
            contact_channel=data.get("contact_channel") or "",
            contact_outcome=data.get("contact_outcome") or "",
        )


class ReportedEventForm(forms.Form):
    person_number = forms.IntegerField(
        label=_("Person no."),
        min_value=1,
        initial=1,
        widget=forms.NumberInput(attrs={"dir": "ltr"}),
    )
    type = forms.ChoiceField(label=_("What happened"), choices=EMPTY_CHOICE + EventType.choices)
    date = forms.CharField(
        label=_("When"),
        required=False,
        help_text=PARTIAL_DATE_HELP,
        widget=forms.TextInput(attrs={"dir": "ltr", "placeholder": "2017-05"}),
    )
    place = PlaceField(label=_("Where"), required=False)
    term_years = forms.IntegerField(
        label=_("Term (years)"),
        required=False,
        min_value=0,
        max_value=99,
        widget=forms.NumberInput(attrs={"dir": "ltr"}),
    )
    is_life_term = forms.BooleanField(label=_("Life term"), required=False)
    facility = forms.CharField(
        label=_("Facility"),
        required=False,
        max_length=300,
        widget=forms.TextInput(attrs={"dir": "auto"}),
    )

    def clean_date(self) -> tuple[datetime.date | None, str]:
        return clean_partial_date(self.cleaned_data["date"])

    def clean_place(self) -> Place | None:
        return get_or_create_place(self.cleaned_data["place"])

    def to_reported_event(self) -> ReportedEvent:
        data = self.cleaned_data
        date, precision = data["date"]
        return ReportedEvent(
            type=data["type"],
            date=date,
            date_precision=precision,
            place=data["place"],
            term_years=data.get("term_years"),
            is_life_term=data.get("is_life_term", False),
            facility=data.get("facility", ""),
        )


ReportedPersonFormSet = forms.formset_factory(
    ReportedPersonForm, extra=0, min_num=1, validate_min=True, max_num=50
)
ReportedEventFormSet = forms.formset_factory(ReportedEventForm, extra=1, max_num=200)


class TestimonyForms:
    """The three parts of the testimony page, validated together."""

    def __init__(
        self,
        user: AnyUser,
        data: Mapping[str, Any] | None = None,
        files: Mapping[str, Any] | None = None,
        initial_persons: list[dict[str, Any]] | None = None,
    ) -> None:
        self.main = TestimonyForm(data, files, user=user)
        self.persons = ReportedPersonFormSet(
            data, prefix="person", form_kwargs={"user": user}, initial=initial_persons
        )
        self.events = ReportedEventFormSet(data, prefix="event")

    def is_valid(self) -> bool:
        valid = [self.main.is_valid(), self.persons.is_valid(), self.events.is_valid()]
        if not all(valid):
            return False
        count = len(self.filled_persons())
        for form in self.filled_events():
            if form.cleaned_data["person_number"] > count:
                form.add_error(
                    "person_number",
                    _("There is no person no. %(number)s in this testimony.")
                    % {"number": form.cleaned_data["person_number"]},
                )
                return False
        return True

    def filled_persons(self) -> list[ReportedPersonForm]:
        return [form for form in self.persons if form.has_changed() or form.cleaned_data]

    def filled_events(self) -> list[ReportedEventForm]:
        return [form for form in self.events if form.has_changed() and form.cleaned_data]

    def to_testimony(self) -> Testimony:
        data = self.main.cleaned_data
        persons = [form.to_reported_person() for form in self.filled_persons()]
        for form in self.filled_events():
            persons[form.cleaned_data["person_number"] - 1].events.append(form.to_reported_event())
        return Testimony(
            testifier_names=data["testifier_names"],
            persons=persons,
            testifier_existing=data["testifier_existing"],
            testifier_gender=data["testifier_gender"],
            testifier_residence=data["testifier_residence"],
            testifier_phone=data["testifier_phone"].strip(),
            testifier_wechat=data["testifier_wechat"].strip(),
            testifier_address=data["testifier_address"].strip(),
            contact_level=data["contact_level"],
            address_level=data["address_level"],
            may_publish=data["may_publish"],
            testifier_may_be_named=data["testifier_may_be_named"],
            narrative=data["narrative"],
            attachments=self.main.kept_files(),
        )


class PersonEditForm(forms.Form):
    """A person's own fields, as a documenter corrects them; names and facts have their pages."""

    gender = forms.ChoiceField(label=_("Gender"), choices=Gender.choices)
    birth_date = forms.CharField(
        label=_("Born"),
        required=False,
        help_text=PARTIAL_DATE_HELP,
        widget=forms.TextInput(attrs={"dir": "ltr", "placeholder": "1978-04"}),
    )
    ethnicity = forms.ChoiceField(
        label=_("Ethnicity"), choices=EMPTY_CHOICE + Ethnicity.choices, required=False
    )
    hometown = PlaceField(
        label=_("Hometown"),
        required=False,
        help_text=_("Its name in any language, or its key (CN-654022)."),
    )
    residence = PlaceField(
        label=_("Lives in"),
        required=False,
        help_text=_("Its name in any language, or its key (KZ/Almaty)."),
    )
    consent = forms.ChoiceField(label=_("Consent"), choices=Consent.choices)
    is_anonymous = forms.BooleanField(
        label=_("Asked not to be named"),
        required=False,
        help_text=_(
            "Their names, contact details and address are then shown only to those cleared "
            "for confidential records; others see “anonymous testifier”."
        ),
    )

    def __init__(self, person: Person, data: Mapping[str, Any] | None = None) -> None:
        self.person = person
        super().__init__(
            data,
            initial={
                "gender": person.gender,
                "birth_date": person.birth_date_display,
                "ethnicity": person.ethnicity,
                "hometown": person.hometown.key if person.hometown else "",
                "residence": person.residence.key if person.residence else "",
                "consent": person.consent,
                "is_anonymous": person.is_anonymous,
            },
        )

    def clean_birth_date(self) -> tuple[datetime.date | None, str]:
        return clean_partial_date(self.cleaned_data["birth_date"])

    def clean_hometown(self) -> Place | None:
        return get_or_create_place(self.cleaned_data["hometown"])

    def clean_residence(self) -> Place | None:
        return get_or_create_place(self.cleaned_data["residence"])

    def changes(self) -> dict[str, Any]:
        """Return the person's fields as the form sets them."""
        birth_date, precision = self.cleaned_data["birth_date"]
        return {
            "gender": self.cleaned_data["gender"],
            "birth_date": birth_date,
            "birth_date_precision": precision,
            "ethnicity": self.cleaned_data["ethnicity"],
            "hometown": self.cleaned_data["hometown"],
            "residence": self.cleaned_data["residence"],
            "consent": self.cleaned_data["consent"],
            "is_anonymous": self.cleaned_data["is_anonymous"],
        }
