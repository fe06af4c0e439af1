"""Public ids (TG-000123, SRC-000045): how records are numbered and named in URL paths.

URLs never carry database keys; these ids are what users cite.
"""

from typing import TYPE_CHECKING, Any

from django.db import models

from tugan.core.public_ids import ID_DIGITS, PERSON_ID_PREFIX, SOURCE_ID_PREFIX, format_public_id

if TYPE_CHECKING:
    # The mixin is only ever mixed into a model; mypy checks it as one.
    MixinBase = models.Model
else:
    MixinBase = object


class PublicIdMixin(MixinBase):
    """Give a model's public_id its prefix and the row's number once the row exists."""

    public_id_prefix: str
    public_id: "models.CharField[str | None, str]"

    def save(self, *args: Any, **kwargs: Any) -> None:
        super().save(*args, **kwargs)
        if self.public_id is None:
            self.public_id = format_public_id(self.public_id_prefix, self.pk)
            type(self)._default_manager.filter(pk=self.pk).update(public_id=self.public_id)


class PublicIdConverter:
    """A path converter for one kind of public id; subclasses set the regex."""

    regex: str

    def to_python(self, value: str) -> str:
        return value

    def to_url(self, value: str) -> str:
        return value


class PersonIdConverter(PublicIdConverter):
    regex = PERSON_ID_PREFIX + ID_DIGITS


class SourceIdConverter(PublicIdConverter):
    regex = SOURCE_ID_PREFIX + ID_DIGITS
