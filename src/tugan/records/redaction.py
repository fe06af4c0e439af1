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

from tugan.accounts.confidentiality import Clearance, clearance_of
from tugan.records.choices import Consent, IdentifierKind

# Where a person lives and how to reach them: confidential by default, may be lowered to
# restricted. Resident IDs and passports are identifiers proper: always confidential.
WHEREABOUTS_KINDS = (IdentifierKind.ADDRESS, IdentifierKind.PHONE, IdentifierKind.WECHAT)
ANONYMOUS_LABEL = _("anonymous testifier")


def is_enquirer(user: Any) -> bool:
    """Return whether this user asks after relatives rather than documents (a contributor)."""
    return clearance_of(user).is_enquirer


def identity_rule(clearance: Clearance, person: str = "person") -> Q:
    """Return the condition on a part of a person's identity (a name form, contact details,
    an address) for this clearance: hidden when the person asked not to be named, unless the
    viewer is cleared for confidential records or entered the part themselves."""
    if clearance.sees_confidential:
        return Q()
    rule = Q(**{f"{person}__is_anonymous": False})
    if clearance.is_enquirer:
        rule |= Q(created_by=clearance.contributor_pk)
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
