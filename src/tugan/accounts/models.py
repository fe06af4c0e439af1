from typing import Any, TypeAlias

from django.conf import settings
from django.contrib.auth.models import AbstractUser, AnonymousUser
from django.db import models
from django.utils.translation import gettext_lazy as _

from tugan.accounts.roles import LEVEL_ORDER, STAFF_ROLES, Confidentiality, Role


class User(AbstractUser):
    role = models.CharField(max_length=20, choices=Role.choices, default=Role.RESEARCHER)
    # Editors and reviewers see records up to their clearance; admins see everything.
    clearance = models.CharField(
        max_length=20,
        choices=Confidentiality.choices,
        default=Confidentiality.RESTRICTED,
        help_text=_("Highest confidentiality level an editor or reviewer may see."),
    )

    language = models.CharField(
        max_length=10,
        choices=settings.LANGUAGES,
        blank=True,
        help_text=_("The language Tugan's pages are shown in; empty follows the browser."),
    )

    def save(self, *args: Any, **kwargs: Any) -> None:
        # The admin site is for editors, reviewers and admins only.
        self.is_staff = self.role in STAFF_ROLES
        self.is_superuser = self.role == Role.ADMIN
        super().save(*args, **kwargs)

    @property
    def visible_levels(self) -> list[str]:
        """Return the confidentiality levels of records this user may see."""
        if self.role == Role.ADMIN:
            return list(LEVEL_ORDER)
        if self.role in {Role.EDITOR, Role.REVIEWER}:
            return list(LEVEL_ORDER[: LEVEL_ORDER.index(self.clearance) + 1])
        if self.role == Role.RESEARCHER:
            return [Confidentiality.PUBLIC, Confidentiality.RESTRICTED]
        return [Confidentiality.PUBLIC]

    @property
    def sees_confidential_fields(self) -> bool:
        return Confidentiality.CONFIDENTIAL in self.visible_levels

    @property
    def is_admin(self) -> bool:
        return self.role == Role.ADMIN

    @property
    def is_reviewer(self) -> bool:
        return self.role in STAFF_ROLES


# Whoever a page is shown to or an operation acts for: a signed-in user, or anyone
# (AnonymousUser) on the pages the public may read. request.user has this type.
AnyUser: TypeAlias = User | AnonymousUser


class FailedSignIn(models.Model):
    username = models.CharField(max_length=150, db_index=True)
    # A keyed hash of the address it came from (tugan.accounts.throttle): never the address.
    address_key = models.CharField(max_length=64, db_index=True, default="")
    at = models.DateTimeField(auto_now_add=True, db_index=True)


class KnownSignInAddress(models.Model):
    """An address a user has signed in from: failures from elsewhere do not slow them there."""

    username = models.CharField(max_length=150)
    address_key = models.CharField(max_length=64)
    last_used = models.DateTimeField()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["username", "address_key"], name="one_known_address_per_user"
            )
        ]
