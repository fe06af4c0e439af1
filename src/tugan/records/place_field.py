"""The one form field for a gazetteer place: typed by its name in any language or script, shown
by its name in the page's language, cleaned to the place's key; and the places it suggests while
one types (static/tugan/live_suggestions.js asks place_suggestions for them)."""

from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils.translation import get_language, pgettext
from django.utils.translation import gettext_lazy as _

from tugan.core.gazetteer import Place, fold_place_name, load_gazetteer
from tugan.records.models import GAZETTEER_LANGUAGE

MAX_PLACE_SUGGESTIONS = 8


def place_name_in_page_language(place: Place) -> str:
    """Return the place's name in the page's language, else in English, else in Chinese."""
    language = GAZETTEER_LANGUAGE.get(get_language() or "en", "en")
    return place.names.get(language) or place.names.get("en") or place.name


def read_place_suggestions(query: str) -> list[dict[str, Any]]:
    """Return gazetteer places named like the query in any language, named in the page's."""
    gazetteer = load_gazetteer()
    return [
        {
            "key": place.key,
            "name": place_name_in_page_language(place),
            "within": pgettext("between the names of a list", ", ").join(
                place_name_in_page_language(parent) for parent in gazetteer.parents(place)[:2]
            ),
            "names": sorted(set(place.names.values())),
        }
        for place in gazetteer.search(query, limit=MAX_PLACE_SUGGESTIONS)
    ]


def find_place_key(text: str, key: str = "") -> str | None:
    """Return the key of the place the field names, or None for an empty field.

    key is the place chosen from the suggestions or shown when the form was filled: it is kept
    while the text is still one of its names (a name in the page's language may be shared by
    another place elsewhere). Otherwise the text is a key, or the name of one place.
    """
    text, key = text.strip(), key.strip()
    if not text:
        return None
    gazetteer = load_gazetteer()
    chosen = gazetteer.get(key) if key else None
    if chosen is not None:
        names = {fold_place_name(name) for name in (*chosen.names.values(), *chosen.aliases)}
        if text == chosen.key or fold_place_name(text) in names:
            return chosen.key
    if gazetteer.get(text) is not None:
        return text
    exact = gazetteer.find(text)
    if len(exact) == 1:
        return exact[0].key
    found = gazetteer.search(text, limit=2)
    if len(found) == 1:
        return found[0].key
    if not found:
        raise ValidationError(
            _("No place called “%(name)s”. Pick one of the suggestions."), params={"name": text}
        )
    raise ValidationError(
        _("Several places are called “%(name)s”. Pick one of the suggestions."),
        params={"name": text},
    )


class PlaceInput(forms.MultiWidget):
    """The place's name as typed or shown, and the hidden key of the place chosen or shown.

    The two inputs are named NAME and NAME_key. Without JavaScript the name is a plain text
    input; with it, live_suggestions.js lists the places named like what is typed under it, and
    choosing one fills the key.
    """

    template_name = "records/_place_input.html"

    class Media:
        js = ["tugan/live_suggestions.js"]

    def __init__(self) -> None:
        super().__init__(
            widgets={
                "": forms.TextInput(attrs={"data-place": "", "autocomplete": "off", "dir": "auto"}),
                "key": forms.HiddenInput(),
            }
        )

    def get_context(self, name: str, value: Any, attrs: dict[str, Any] | None) -> dict[str, Any]:
        context = super().get_context(name, value, attrs)
        context["suggestions_url"] = reverse("records:place-suggestions")
        return context

    def id_for_label(self, id_: str) -> str:
        # The field's label names the text input (Django's MultiWidget labels none of its
        # inputs, so a screen reader named none).
        return f"{id_}_0" if id_ else ""

    def decompress(self, value: Any) -> list[str]:
        place = load_gazetteer().get(value) if value else None
        if place is None:
            return [value or "", ""]
        return [place_name_in_page_language(place), place.key]


class PlaceField(forms.Field):
    """A gazetteer place by name (伊犁, Ili, Іле, ئىلى) or key (CN-654000): cleans to its key,
    "" when empty. An error says only the problem, as every field's does: the page shows it
    beside the field's label, or names the field itself where it lists errors apart."""

    widget = PlaceInput

    def clean(self, value: Any) -> str:
        text, key = value if isinstance(value, list | tuple) else (value or "", "")
        found = find_place_key(text or "", key or "")
        if found is None and self.required:
            raise ValidationError(self.error_messages["required"], code="required")
        return found or ""

    def bound_data(self, data: Any, initial: Any) -> Any:
        # A key alone (from a link: ?place=CN-654000) is shown by its name, as an initial key is.
        text, key = data if isinstance(data, list | tuple) else (data or "", "")
        if not key and text and load_gazetteer().get(text.strip()) is not None:
            return text.strip()
        return data

    def has_changed(self, initial: Any, data: Any) -> bool:
        text, key = data if isinstance(data, list | tuple) else (data or "", "")
        try:
            return (find_place_key(text or "", key or "") or "") != (initial or "")
        except ValidationError:
            return True
