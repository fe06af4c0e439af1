"""The filters of the monitor, statistics and map pages."""

from typing import Any

from django import forms
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _

from tugan.core.periods import period_end
from tugan.monitor.contact_states import MonitorFilters
from tugan.monitor.regions import UNKNOWN
from tugan.monitor.statistics import StatisticsFilters
from tugan.records.choices import Channel, Ethnicity, EventType, Gender
from tugan.records.place_field import PlaceField, PlaceInput

PERIOD_FORMAT = _("Write a period as 2021, 2021-Q1 or 2021-02.")
PERIODS = [("month", _("month")), ("quarter", _("quarter")), ("year", _("year"))]
# A date's box is as wide as a date (2021-02-14): at the default width, with labels in Russian
# or Kazakh, the monitor's filters left the Show button no room on their row.
DATE_INPUT = forms.DateInput(attrs={"size": 10})


class PrefectureInput(PlaceInput):
    """A place field's inputs, where "unknown" is shown in the page's language."""

    def decompress(self, value: Any) -> list[str]:
        if value == UNKNOWN:
            return [str(_("unknown")), ""]
        return super().decompress(value)


class PrefectureField(PlaceField):
    """The place the pages are filtered to, as every place field takes it (a name in any
    language or a key, cleaned to the key; the pages roll a county up to its prefecture), or
    "unknown" (also in the page's language): the group of links and facts with no prefecture,
    which the pages show and link to."""

    widget = PrefectureInput

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(required=False, **kwargs)

    def is_unknown(self, value: Any) -> bool:
        text = (value[0] if isinstance(value, list | tuple) else value) or ""
        return text.strip().casefold() in (UNKNOWN, str(_("unknown")).casefold())

    def clean(self, value: Any) -> str:
        return UNKNOWN if self.is_unknown(value) else super().clean(value)

    def bound_data(self, data: Any, initial: Any) -> Any:
        return UNKNOWN if self.is_unknown(data) else super().bound_data(data, initial)


class FiltersForm(forms.Form):
    """Filters of a page of counts. A filter with an error is shown beside its field and left
    out; the others still apply (cleaned_data holds only the fields without an error)."""

    def query_without_errors(self) -> str:
        """Return the query string of the filters, less those with an error."""
        query = QueryDict(mutable=True)
        query.update(self.data)  # a QueryDict's every value, repeated keys included
        for name in self.errors:
            if name in self.fields:
                widget = self.fields[name].widget
                # A place field is sent as two inputs, its name and its key (place, place_key).
                for suffix in getattr(widget, "widgets_names", [""]):
                    query.pop(name + suffix, None)
        return str(query.urlencode())


class MonitorForm(FiltersForm):
    period = forms.ChoiceField(label=_("Period"), choices=PERIODS, required=False)
    ethnicity = forms.ChoiceField(
        label=_("Ethnicity"), choices=[("", "—"), *Ethnicity.choices], required=False
    )
    place = PrefectureField(label=_("Prefecture"))
    channel = forms.ChoiceField(
        label=_("Channel"), choices=[("", "—"), *Channel.choices], required=False
    )
    since = forms.DateField(
        label=_("From"), required=False, help_text="YYYY-MM-DD", widget=DATE_INPUT
    )
    until = forms.DateField(
        label=_("Until"), required=False, help_text="YYYY-MM-DD", widget=DATE_INPUT
    )

    def filters(self) -> MonitorFilters:
        """Return the filters of the fields without an error (after is_valid)."""
        data = self.cleaned_data
        return MonitorFilters(
            period=data.get("period") or "month",
            ethnicity=data.get("ethnicity", ""),
            place=data.get("place", ""),
            since=data.get("since"),
            until=data.get("until"),
            channel=data.get("channel", ""),
        )


class CellForm(MonitorForm):
    """One cell of the monitor: its group and period, for the families behind it."""

    cell_period = forms.RegexField(
        regex=r"^\d{4}(-\d{2}|-Q[1-4])?$",
        label=_("The cell's period"),
        max_length=7,
        error_messages={"invalid": PERIOD_FORMAT},
    )

    def clean_cell_period(self) -> str:
        period: str = self.cleaned_data["cell_period"]
        try:
            period_end(period)  # 2021-13 has the form of a month, but is none
        except ValueError:
            raise forms.ValidationError(PERIOD_FORMAT) from None
        return period


class StatisticsForm(FiltersForm):
    type = forms.ChoiceField(
        label=_("Event"), choices=[("", "—"), *EventType.choices], required=False
    )
    ethnicity = forms.ChoiceField(
        label=_("Ethnicity"), choices=[("", "—"), *Ethnicity.choices], required=False
    )
    place = PrefectureField(label=_("Prefecture"))
    gender = forms.ChoiceField(
        label=_("Gender"), choices=[("", "—"), *Gender.choices], required=False
    )
    year = forms.RegexField(
        regex=r"^(\d{4}|unknown)$",
        label=_("Year"),
        required=False,
        help_text=_('2017, or "unknown" for undated events'),
    )

    def filters(self) -> StatisticsFilters:
        """Return the filters of the fields without an error (after is_valid)."""
        data = self.cleaned_data
        return StatisticsFilters(
            type=data.get("type", ""),
            ethnicity=data.get("ethnicity", ""),
            place=data.get("place", ""),
            gender=data.get("gender", ""),
            year=data.get("year") or "",
        )


class StatisticsCsvForm(StatisticsForm):
    by = forms.RegexField(regex=r"^[a-z]+(,[a-z]+)*$", max_length=60)
    count = forms.ChoiceField(
        choices=[("events", "events"), ("persons", "persons")], required=False
    )


MEASURES = [
    ("events", _("events")),
    ("persons", _("persons (by hometown)")),
    ("share", _("share of families reachable (monitor)")),
]
LEVELS = [("prefecture", _("prefectures")), ("county", _("counties"))]


class MapForm(FiltersForm):
    measure = forms.ChoiceField(label=_("Colour by"), choices=MEASURES, required=False)
    level = forms.ChoiceField(label=_("Areas"), choices=LEVELS, required=False)
    type = forms.ChoiceField(
        label=_("Event"), choices=[("", "—"), *EventType.choices], required=False
    )
    ethnicity = forms.ChoiceField(
        label=_("Ethnicity"), choices=[("", "—"), *Ethnicity.choices], required=False
    )
