"""The one form field for a gazetteer place: typed by its name in any language or script, shown
by its name in the page's language, cleaned to the place's key."""

from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from tugan.core.gazetteer import Place, fold_place_name, load_gazetteer
from tugan.records.models import GAZETTEER_LANGUAGE


def place_name_in_page_language(place: Place) -> str:
    """Return the place's name in the page's language, else in English, else in Chinese."""
    language = GAZETTEER_LANGUAGE.get(get_language() or "en", "en")
    return place.names.get(language) or place.names.get("en") or place.name


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
            _(
                "No place called “%(name)s” in the gazetteer: try its Chinese, Kazakh, Uyghur, "
                "Russian or English name."
            ),
            params={"name": text},
        )
    raise ValidationError(
        _("Several places are called “%(name)s”: choose one from the list."),
        params={"name": text},
    )


class PlaceInput(forms.MultiWidget):
    """The place's name as typed or shown, and the hidden key of the place chosen or shown.

    The two inputs are named NAME and NAME_key; the testimony page's script suggests places as
    one types and fills the key of the one chosen.
    """

    def __init__(self) -> None:
        super().__init__(
            widgets={
                "": forms.TextInput(attrs={"data-place": "", "autocomplete": "off", "dir": "auto"}),
                "key": forms.HiddenInput(),
            }
        )

    def decompress(self, value: Any) -> list[str]:
        place = load_gazetteer().get(value) if value else None
        if place is None:
            return [value or "", ""]
        return [place_name_in_page_language(place), place.key]


class PlaceField(forms.Field):
    """A gazetteer place by name (伊犁, Ili, Іле, ئىلى) or key (CN-654000): cleans to its key,
    "" when empty. An error names the field, since a form may hold several places."""

    widget = PlaceInput

    def clean(self, value: Any) -> str:
        text, key = value if isinstance(value, list | tuple) else (value or "", "")
        try:
            found = find_place_key(text or "", key or "")
        except ValidationError as error:
            raise ValidationError(
                _("%(field)s: %(problem)s"),
                params={"field": self.label, "problem": " ".join(error.messages)},
            ) from None
        if found is None and self.required:
            raise ValidationError(self.error_messages["required"], code="required")
        return found or ""

    def has_changed(self, initial: Any, data: Any) -> bool:
        text, key = data if isinstance(data, list | tuple) else (data or "", "")
        try:
            return (find_place_key(text or "", key or "") or "") != (initial or "")
        except ValidationError:
            return True
