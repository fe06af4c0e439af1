from django import forms
from django.utils.translation import gettext_lazy as _

from tugan.records.choices import Ethnicity, EventType
from tugan.search.reading import SearchFilters


class SearchForm(forms.Form):
    """The query and filters of the search page; `tugan search` validates its options with it."""

    q = forms.CharField(label=_("Search"), max_length=200, required=False)
    since = forms.DateField(label=_("From"), required=False, help_text="YYYY-MM-DD")
    until = forms.DateField(label=_("Until"), required=False, help_text="YYYY-MM-DD")
    publisher = forms.CharField(label=_("Publisher"), max_length=200, required=False)
    place = forms.CharField(
        label=_("Place"), max_length=80, required=False, help_text=_("A place key: CN-654022")
    )
    event_type = forms.ChoiceField(
        label=_("Event"), choices=[("", "—"), *EventType.choices], required=False
    )
    ethnicity = forms.ChoiceField(
        label=_("Ethnicity"), choices=[("", "—"), *Ethnicity.choices], required=False
    )

    def filters(self) -> SearchFilters:
        """Return the filters of a valid form."""
        data = self.cleaned_data
        return SearchFilters(
            since=data["since"],
            until=data["until"],
            publisher=data["publisher"].strip(),
            place=data["place"].strip(),
            event_type=data["event_type"],
            ethnicity=data["ethnicity"],
        )
