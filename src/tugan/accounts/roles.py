"""Roles and confidentiality levels of DESIGN.md, and who may see what."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    ADMIN = "admin", _("admin")
    EDITOR = "editor", _("documenter (editor)")
    REVIEWER = "reviewer", _("reviewer")
    CONTRIBUTOR = "contributor", _("contributor")
    RESEARCHER = "researcher", _("researcher or journalist")


class Confidentiality(models.TextChoices):
    PUBLIC = "public", _("public")
    RESTRICTED = "restricted", _("restricted")
    CONFIDENTIAL = "confidential", _("confidential")


LEVEL_ORDER: list[str] = [
    Confidentiality.PUBLIC,
    Confidentiality.RESTRICTED,
    Confidentiality.CONFIDENTIAL,
]
STAFF_ROLES = {Role.ADMIN, Role.EDITOR, Role.REVIEWER}


def strictest_level(*levels: str) -> str:
    """Return the most restrictive of these confidentiality levels."""
    return max(levels, key=LEVEL_ORDER.index)
