import pytest
from django.core.cache import cache


@pytest.fixture(autouse=True)
def empty_result_cache():
    # Record ids are reused after a test's rollback on SQLite: start each test with no results.
    cache.clear()
    yield
    cache.clear()
