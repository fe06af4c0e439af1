"""Every admin URL, for every role, with confidential values planted where the admin once leaked.

The URLs are built from the admin registry, so a newly registered model is covered without
editing this file: its changelist, search, each record's change and history pages, its add
form with every foreign key preset to a hidden record, and the autocomplete of every foreign
key.
"""

from urllib.parse import urlencode

import pytest
from django.contrib import admin
from django.db import models
from django.urls import NoReverseMatch, reverse

from tugan.accounts.confidentiality import ConfidentialRecord
from tugan.testing import (
    CONFIDENTIAL_MARKERS,
    PERSONS_SEEN_BY,
    ROLES,
    plant_admin_secrets,
)

pytestmark = pytest.mark.django_db
STAFF = {"reviewer", "editor", "editor_confidential", "admin"}
# Begins every planted marker, and is none of them: a page echoing the query shows no marker.
SEARCH_TERM = "虚构"


def hidden_record(model: type[models.Model], user) -> models.Model | None:
    """Return a record of this model that the user may not see (the highest pk), if any."""
    if not issubclass(model, ConfidentialRecord):
        return None
    visible = model.objects.visible_to(user).values("pk")
    return model.objects.exclude(pk__in=visible).order_by("-pk").first()


def admin_urls(restricted_user) -> list[str]:
    """Return every admin URL of every registered model, with hidden ids where ids go."""
    urls = ["/admin/"]
    for model in admin.site._registry:
        info = (model._meta.app_label, model._meta.model_name)
        changelist = reverse("admin:{}_{}_changelist".format(*info))
        urls += [changelist, f"{changelist}?{urlencode({'q': SEARCH_TERM})}"]
        urls.append(f"{changelist}?{urlencode({'q': 'TG-'})}")
        for pk in model._default_manager.values_list("pk", flat=True):
            for view in ["change", "history"]:
                urls.append(reverse(f"admin:{info[0]}_{info[1]}_{view}", args=[pk]))
        foreign_keys = [
            field for field in model._meta.get_fields() if isinstance(field, models.ForeignKey)
        ]
        preset = {}
        for field in foreign_keys:
            target = hidden_record(field.related_model, restricted_user)
            if target is not None:
                preset[field.name] = target.pk
            remote_admin = admin.site._registry.get(field.related_model)
            if remote_admin is not None and remote_admin.search_fields:
                for term in ["", "TG", SEARCH_TERM]:
                    query = {"app_label": info[0], "model_name": info[1]}
                    query |= {"field_name": field.name, "term": term}
                    urls.append(f"{reverse('admin:autocomplete')}?{urlencode(query)}")
        try:
            add = reverse("admin:{}_{}_add".format(*info))
        except NoReverseMatch:
            continue
        urls += [add, f"{add}?{urlencode(preset)}"]
        for name, pk in preset.items():
            urls.append(f"{add}?{name}={pk}")
    return urls


@pytest.fixture
def planted(world, users):
    return plant_admin_secrets(world, by=users["admin"])


def test_the_url_list_covers_every_registered_model(planted, users):
    urls = admin_urls(users["editor"])
    for model in admin.site._registry:
        changelist = f"/admin/{model._meta.app_label}/{model._meta.model_name}/"
        assert changelist in urls
    assert any("/add/?person=" in url for url in urls)
    assert any(url.startswith("/admin/autocomplete/") for url in urls)


@pytest.mark.parametrize("role", ROLES)
def test_no_admin_url_shows_a_confidential_value_below_clearance(client_as, users, planted, role):
    client = client_as(role)
    sees_confidential = "confidential" in PERSONS_SEEN_BY[role]
    shown = {}
    for url in admin_urls(users["editor"]):
        response = client.get(url)
        assert response.status_code in {200, 302, 403}, (url, response.status_code)
        if role not in STAFF:
            assert response.status_code == 302, url
            assert response["Location"].startswith("/admin/login/"), url
            continue
        html = response.content.decode()
        for marker in CONFIDENTIAL_MARKERS:
            if marker in html:
                shown.setdefault(marker, url)
    if sees_confidential:
        # The markers are there to be found: whoever may see them does, somewhere.
        assert sorted(shown) == sorted(CONFIDENTIAL_MARKERS)
    else:
        assert shown == {}


@pytest.mark.parametrize("role", sorted(STAFF))
def test_no_admin_add_form_is_open(client_as, planted, role):
    for model in admin.site._registry:
        info = (model._meta.app_label, model._meta.model_name)
        try:
            url = reverse("admin:{}_{}_add".format(*info))
        except NoReverseMatch:
            continue
        # Admins manage users and groups here; records are entered on Tugan's own pages.
        manages_accounts = model._meta.label in {"accounts.User", "auth.Group"}
        expected = 200 if (role == "admin" and manages_accounts) else 403
        assert client_as(role).get(url).status_code == expected, url
