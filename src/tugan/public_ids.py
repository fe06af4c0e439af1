"""Public ids in URL paths (TG-000123, SRC-000045): never database keys."""


class PublicIdConverter:
    """A path converter for one kind of public id; subclasses set the regex."""

    regex: str

    def to_python(self, value: str) -> str:
        return value

    def to_url(self, value: str) -> str:
        return value


class PersonIdConverter(PublicIdConverter):
    regex = r"TG-\d{6,}"


class SourceIdConverter(PublicIdConverter):
    regex = r"SRC-\d{6,}"
