"""Schemathesis fuzzes every API operation, as anyone and as an editor: no server error, and
no answer that breaks the API's own description. Runs bounded (MAX_EXAMPLES an operation)."""

import pytest
import schemathesis
from django.core.handlers.wsgi import WSGIHandler
from django.core.signals import request_started
from django.db import close_old_connections
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from tugan.api.tokens import create_api_token
from tugan.review.tests.fictional import import_fictional_report

MAX_EXAMPLES = 12
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]


@pytest.fixture
def api_schema(world, users, tmp_path):
    """Return the API's description, loaded from the app itself (no server, no network)."""
    import_fictional_report(tmp_path)
    # As Django's test client does: a request must not close the test's transaction.
    request_started.disconnect(close_old_connections)
    yield schemathesis.openapi.from_wsgi("/api/openapi.json", WSGIHandler())
    request_started.connect(close_old_connections)


fuzz_settings = settings(
    max_examples=MAX_EXAMPLES,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    derandomize=True,
    database=None,
)


def fuzz(schema, headers: dict) -> list[str]:
    """Return the failures found in each operation of the schema (none when all is well)."""
    failures = []
    for result in schema.get_all_operations():
        operation = result.ok()

        @given(case=operation.as_strategy())
        @fuzz_settings
        def check(case):
            case.call_and_validate(checks=CHECKS, headers=headers)

        try:
            check()
        except Exception as failure:  # each operation's failure is reported, then the next
            failures.append(f"{operation.method.upper()} {operation.path}: {failure}")
    return failures


def test_the_api_as_anyone(api_schema):
    assert fuzz(api_schema, {}) == []


def test_the_api_as_an_editor(api_schema, users):
    token = create_api_token(users["editor"])
    assert fuzz(api_schema, {"Authorization": f"Bearer {token}"}) == []
