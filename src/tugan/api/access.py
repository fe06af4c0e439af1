"""Role checks of the API: the pages' rules, answered as 401/403 instead of a redirect."""

from django.core.exceptions import PermissionDenied
from ninja.errors import AuthenticationError

from tugan.accounts.decorators import may_review
from tugan.accounts.models import AnyUser, User
from tugan.api.schemas import ErrorOut, ValidationErrorOut

# The error answers every endpoint may give, for the OpenAPI description.
READ_ERRORS = {401: ErrorOut, 404: ErrorOut, 422: ValidationErrorOut}
REVIEW_ERRORS = {401: ErrorOut, 403: ErrorOut, 404: ErrorOut, 422: ValidationErrorOut}
WRITE_ERRORS = {**REVIEW_ERRORS, 409: ErrorOut}


def require_reviewer(user: AnyUser) -> User:
    """Return the user if they may use the review and match pages (reviewer_required's
    rule); else raise."""
    if not user.is_authenticated:
        raise AuthenticationError(401, "Sign in or send an API token: reviewers only.")
    if not may_review(user):
        raise PermissionDenied("Only editors, reviewers and admins may do this.")
    return user
