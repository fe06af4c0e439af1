"""Who may see the parts of a person that have their own rule beyond confidentiality levels:

- **identity**, applied by ``visible_to`` (the ``visibility_rule`` of name forms and
  identifiers): a person who asked not to be named (``Person.is_anonymous``, a testifier
  usually) is named, and their contact details and address shown, only to users cleared for
  confidential records; others see them as "anonymous testifier";
- **consent**: an enquirer (a contributor, DESIGN.md: a relative entering their own case) is
  told where a located person lives only when the person's consent is recorded as granted:
  ``withhold_whereabouts`` blanks the residence kept on the person row, and
  ``enquirer_consent_rule`` keeps such persons out of searches by place and unnamed in the
  contact monitor. An exact address, phone or WeChat id never reaches an enquirer unless they
  entered it: identifiers are never published, and a contributor sees only what they entered.

docs/confidentiality.md describes both.
"""

from collections.abc import Iterable
from typing import Any

from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from tugan.accounts.roles import Confidentiality, Role
from tugan.records.choices import Consent, IdentifierKind

# Where a person lives and how to reach them: confidential by default, may be lowered to
# restricted. Resident IDs and passports are identifiers proper: always confidential.
WHEREABOUTS_KINDS = (IdentifierKind.ADDRESS, IdentifierKind.PHONE, IdentifierKind.WECHAT)
ANONYMOUS_LABEL = _("anonymous testifier")


def is_enquirer(user: Any) -> bool:
    """Return whether this user asks after relatives rather than documents (a contributor)."""
    return bool(user is not None and user.is_authenticated and user.role == Role.CONTRIBUTOR)


def sees_identities(user: Any) -> bool:
    """Return whether this user may see who a person who asked not to be named is."""
    return bool(
        user is not None
        and user.is_authenticated
        and Confidentiality.CONFIDENTIAL in user.visible_levels
    )


def identity_rule(user: Any, person: str = "person") -> Q:
    """Return the condition on a part of a person's identity (a name form, contact details,
    an address) for this user: hidden when the person asked not to be named, unless the user
    is cleared for confidential records or entered the part themselves."""
    if sees_identities(user):
        return Q()
    rule = Q(**{f"{person}__is_anonymous": False})
    if is_enquirer(user):
        rule |= Q(created_by=user)
    return rule


def enquirer_consent_rule(user: Any) -> Q:
    """Return the condition on persons whose whereabouts this user may see or search by, and
    whom the contact monitor names to them: for an enquirer, those who consented."""
    return Q(consent=Consent.GRANTED) if is_enquirer(user) else Q()


def may_see_whereabouts(user: Any, person: Any) -> bool:
    """Return whether this user may see where this person lives (their residence)."""
    return not is_enquirer(user) or person.consent == Consent.GRANTED


def withhold_whereabouts(user: Any, persons: Iterable[Any]) -> None:
    """Blank the residence of each person whose whereabouts this user may not see, on the
    loaded objects only; such an object refuses to be saved (Person.save)."""
    for person in persons:
        if not may_see_whereabouts(user, person):
            person.residence = None
            person.whereabouts_withheld = True
