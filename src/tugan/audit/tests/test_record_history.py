"""Every change is kept in full in its record's history; the audit log keeps only hashes."""

import importlib
import json

import pytest
from click.testing import CliRunner

from tugan.audit.changes import RevertError, change_record, revert_change
from tugan.audit.log import GENESIS_HASH, compute_entry_hash, verify_audit_chain
from tugan.audit.models import AuditEntry, RecordChange
from tugan.cli import main
from tugan.records import operations
from tugan.testing import (
    CONFIDENTIAL_ALIAS,
    CONFIDENTIAL_MARKERS,
    REVIEWER_PAGE_STATUS,
    ROLES,
    plant_admin_secrets,
)

pytestmark = pytest.mark.django_db


def test_no_audit_entry_holds_a_value(world):
    plant_admin_secrets(world)
    log = json.dumps(list(AuditEntry.objects.values("changes")), ensure_ascii=False)
    for marker in [*CONFIDENTIAL_MARKERS, "虚构公开名字戊"]:
        assert marker not in log
    entry = AuditEntry.objects.filter(action="add_person_name").last()
    assert sorted(entry.changes) == ["fields", "part"]
    assert entry.changes["part"].startswith("records.PersonName:")
    assert all(len(value) == 64 for value in entry.changes["fields"].values())


def test_the_history_keeps_the_values_in_full(world):
    planted = plant_admin_secrets(world)
    change = RecordChange.objects.get(action="add_person_name", part_pk=str(planted["alias"].pk))
    assert change.changes["name"] == CONFIDENTIAL_ALIAS
    assert change.audit_entry.action == "add_person_name"


@pytest.mark.parametrize("role", ROLES)
def test_only_staff_who_may_see_the_person_open_its_history(client_as, world, role):
    person = world["persons"]["restricted"]
    response = client_as(role).get(f"/persons/{person.public_id}/history/")
    assert response.status_code == REVIEWER_PAGE_STATUS[role]


@pytest.mark.parametrize("role", ["editor", "editor_confidential"])
def test_a_change_to_a_hidden_name_form_is_left_out_of_the_history(client_as, world, role):
    plant_admin_secrets(world)
    person = world["persons"]["restricted"]
    html = client_as(role).get(f"/persons/{person.public_id}/history/").content.decode()
    assert "虚构受限名字乙" in html
    assert (CONFIDENTIAL_ALIAS in html) == (role == "editor_confidential")


def test_a_hidden_person_has_no_history_page(client_as, world):
    person = world["persons"]["confidential"]
    assert client_as("editor").get(f"/persons/{person.public_id}/history/").status_code == 404


def test_a_raised_source_shows_its_change_with_before_and_after(client_as, users, world):
    planted = plant_admin_secrets(world, by=users["admin"])
    source = planted["raised_source"]
    html = client_as("admin").get(f"/sources/{source.public_id}/history/").content.decode()
    change = RecordChange.objects.get(action="change_record", record_id=source.public_id)
    assert change.changes == {"confidentiality": {"before": "restricted", "after": "confidential"}}
    assert f'id="change-{change.pk}"' in html
    assert client_as("editor").get(f"/sources/{source.public_id}/history/").status_code == 404


def test_a_change_is_reverted_by_a_new_audited_change(client_as, users, world):
    source = world["sources"]["restricted"]
    change_record(source, {"is_published": True}, by=users["admin"])
    change = RecordChange.objects.get(action="change_record")
    response = client_as("editor").post(
        f"/sources/{source.public_id}/history/revert/", {"change": change.pk}
    )
    assert response.status_code == 302
    source.refresh_from_db()
    assert source.is_published is False
    revert = RecordChange.objects.get(action="revert_change")
    assert (revert.reverts, revert.actor_name) == (change, "fictional-editor")
    assert revert.changes == {"is_published": {"before": True, "after": False}}
    assert AuditEntry.objects.latest("id").action == "revert_change"
    assert verify_audit_chain().is_intact


def test_a_change_overtaken_by_a_later_one_is_not_reverted(users, world):
    source = world["sources"]["restricted"]
    change_record(source, {"confidentiality": "public"})
    first = RecordChange.objects.get(action="change_record")
    change_record(source, {"confidentiality": "confidential"})
    with pytest.raises(RevertError, match="confidentiality"):
        revert_change(first, by=users["admin"])
    source.refresh_from_db()
    assert source.confidentiality == "confidential"


def test_a_change_to_an_event_is_in_its_persons_history(client_as, users, world):
    person = world["persons"]["public"]
    event = person.events.order_by("id").first()
    change_record(event, {"is_published": False}, by=users["admin"])
    change = RecordChange.objects.get(action="change_record")
    assert (change.record_id, change.part_type, change.part_pk) == (
        person.public_id,
        "records.Event",
        str(event.pk),
    )
    html = client_as("editor").get(f"/persons/{person.public_id}/history/").content.decode()
    assert f'id="change-{change.pk}"' in html


def invoke_verify():
    return CliRunner().invoke(main, ["audit", "verify"])


def test_verify_finds_a_reordered_entry(world):
    first, second = AuditEntry.objects.order_by("id")[2:4]
    # Swap what the two rows hold, keeping their places in the table.
    fields = ["created_at", "action", "record_type", "record_id", "changes"]
    fields += ["previous_hash", "entry_hash"]
    values = {
        entry.pk: {name: getattr(entry, name) for name in fields} for entry in [first, second]
    }
    AuditEntry.objects.filter(pk=first.pk).update(entry_hash="moving")
    AuditEntry.objects.filter(pk=second.pk).update(**values[first.pk])
    AuditEntry.objects.filter(pk=first.pk).update(**values[second.pk])
    result = invoke_verify()
    assert result.exit_code == 1
    assert f"audit entry {first.pk} does not link to the entry before it" in result.output


def test_verify_finds_an_altered_value_hash(world):
    entry = AuditEntry.objects.filter(action="add_person_name").first()
    changes = entry.changes
    changes["fields"]["name"] = "0" * 64
    AuditEntry.objects.filter(pk=entry.pk).update(changes=changes)
    result = invoke_verify()
    assert result.exit_code == 1
    assert f"audit entry {entry.pk} was altered after it was written" in result.output


def test_verify_finds_a_history_that_no_longer_matches_its_entry(world):
    change = RecordChange.objects.filter(action="add_person_name").first()
    RecordChange.objects.filter(pk=change.pk).update(changes={"name": "虚构的改写"})
    result = invoke_verify()
    assert result.exit_code == 1
    assert f"audit entry {change.audit_entry_id} does not match the history" in result.output


def write_old_style_entries(values: list[dict]) -> list[AuditEntry]:
    """Write entries as the log did before 0002: values in changes, no history rows."""
    from django.utils import timezone

    previous, entries = GENESIS_HASH, []
    for number, changes in enumerate(values):
        entry = AuditEntry(
            created_at=timezone.now(),
            actor_name="system",
            action="add_person_name",
            record_type="records.Person",
            record_id=f"TG-{number:06d}",
            changes=changes,
            previous_hash=previous,
        )
        entry.entry_hash = compute_entry_hash(entry)
        entry.save()
        entries.append(entry)
        previous = entry.entry_hash
    return entries


def seal_values():
    from django.apps import apps

    migration = importlib.import_module("tugan.audit.migrations.0003_seal_audit_values")
    migration.seal_values(apps, None)


def test_the_migration_moves_old_values_into_history_and_reseals_the_chain():
    old = write_old_style_entries([{"name": "虚构旧名甲"}, {"name": "虚构旧名乙", "kind": "alias"}])
    old_head = old[-1].entry_hash
    seal_values()
    log = json.dumps(list(AuditEntry.objects.values("changes")), ensure_ascii=False)
    assert "虚构旧名" not in log
    history = RecordChange.objects.order_by("id")
    assert [change.changes for change in history] == [
        {"name": "虚构旧名甲"},
        {"name": "虚构旧名乙", "kind": "alias"},
    ]
    anchor = AuditEntry.objects.latest("id")
    assert (anchor.action, anchor.changes) == (
        "audit_values_sealed",
        {"old_head": old_head, "entries": 2},
    )
    check = verify_audit_chain()
    assert (check.is_intact, check.entries) == (True, 3)


def test_the_migration_does_not_reseal_a_broken_chain():
    old = write_old_style_entries([{"name": "虚构旧名丙"}, {"name": "虚构旧名丁"}])
    AuditEntry.objects.filter(pk=old[0].pk).update(actor_name="someone-else")
    with pytest.raises(RuntimeError, match=f"audit entry {old[0].pk} is broken"):
        seal_values()
    assert AuditEntry.objects.get(pk=old[1].pk).changes == {"name": "虚构旧名丁"}


def test_a_migrated_entry_about_a_hidden_name_stays_hidden(client_as, world):
    from django.utils import timezone

    person = world["persons"]["restricted"]
    operations.add_person_name(person, "虚构旧机密别名", confidentiality="confidential")
    RecordChange.objects.all().delete()
    AuditEntry.objects.all().delete()
    entries = write_old_style_entries([{"name": "虚构旧机密别名"}, {"name": "虚构已不存在的名"}])
    # Both old entries were about this person.
    for entry in entries:
        entry.record_id = person.public_id
        entry.created_at = timezone.now()
    previous = GENESIS_HASH
    for entry in entries:
        entry.previous_hash = previous
        entry.entry_hash = compute_entry_hash(entry)
        entry.save()
        previous = entry.entry_hash
    seal_values()
    parts = [(change.part_type, change.changes["name"]) for change in RecordChange.objects.all()]
    assert parts == [("records.PersonName", "虚构旧机密别名"), ("*", "虚构已不存在的名")]
    url = f"/persons/{person.public_id}/history/"
    editor_view = client_as("editor").get(url).content.decode()
    assert "虚构旧机密别名" not in editor_view and "虚构已不存在的名" not in editor_view
    cleared_view = client_as("editor_confidential").get(url).content.decode()
    assert "虚构旧机密别名" in cleared_view and "虚构已不存在的名" in cleared_view


def test_a_created_person_shows_a_row_for_each_field(client_as, world):
    person = world["persons"]["public"]
    html = client_as("editor").get(f"/persons/{person.public_id}/history/").content.decode()
    # Not one "fields" row holding a Python dict ({'gender': 'male', ...}).
    created = "<tr><td>confidentiality</td><td></td><td>public</td></tr><tr><td>published</td>"
    assert created in html
    assert "<tr><td>fields</td>" not in html and "{&#x27;" not in html


@pytest.mark.parametrize("language", ["en", "zh-hans", "kk", "ug", "ru"])
def test_the_history_says_fields_and_values_as_the_pages_do(client_as, language):
    from django.utils.html import escape
    from django.utils.translation import override

    from tugan.records.choices import Ethnicity, RelationshipKind
    from tugan.records.models import Person, Relationship
    from tugan.records.places import get_or_create_place
    from tugan.testing import make_person

    # Fictional persons: a mother and the son she reports on.
    qapqal = get_or_create_place("CN-654022")
    # Created with her hometown, which the history kept by its English name.
    mother = make_person(["虚构历史母亲"], hometown=qapqal)
    son = make_person(["虚构历史儿子"])
    almaty = get_or_create_place("KZ/Almaty")
    change_record(mother, {"ethnicity": "kazakh", "residence": almaty, "is_anonymous": True})
    operations.add_relationship(mother, "parent", son)
    client = client_as("editor")
    client.cookies["django_language"] = language
    html = client.get(f"/persons/{mother.public_id}/history/").content.decode()
    with override(language):
        label = {
            name: escape(str(Person._meta.get_field(name).verbose_name))
            for name in ("ethnicity", "residence", "is_anonymous", "hometown")
        }
        kind_label = escape(str(Relationship._meta.get_field("kind").verbose_name))
        rows = [
            f"<tr><td>{label['ethnicity']}</td><td></td><td>{Ethnicity.KAZAKH.label}</td></tr>",
            f"<tr><td>{label['residence']}</td><td></td><td>{almaty.display_name}</td></tr>",
            f"<tr><td>{label['hometown']}</td><td></td><td>{qapqal.display_name}</td></tr>",
            f"<tr><td>{kind_label}</td><td></td><td>{RelationshipKind.PARENT.label}</td></tr>",
            f"<td>{son.public_id}</td>",
        ]
    for row in rows:
        assert escape(row) in html or row in html, (language, row)
    # No field's stored name and no raw value is shown.
    raw_values = ("<td>residence</td>", "<td>kazakh</td>", "KZ/Almaty", "<td>is_anonymous</td>")
    for raw in (*raw_values, "<td>birth_date_precision</td>"):
        assert raw not in html, raw
    assert "<td>True</td>" not in html
    if language != "en":
        assert label["ethnicity"] != "ethnicity" and label["residence"] != "lives in"


@pytest.mark.parametrize("language", ["en", "zh-hans", "kk", "ug", "ru"])
def test_a_source_history_says_its_fields_by_their_labels(client_as, tmp_path, language):
    from django.utils.html import escape
    from django.utils.translation import gettext as _
    from django.utils.translation import override

    from tugan.review.models import SuggestionKind
    from tugan.sources.importing import import_paths
    from tugan.sources.models import Reliability, Source

    # A fictional report, imported as a file, then judged reliable.
    report = tmp_path / "fictional-report.md"
    report.write_text(
        "[虚构报道](https://news.example.org/fictional)\n------\n\n<p>虚构的段落。</p>"
    )
    source = import_paths([report]).new[0]
    change_record(source, {"reliability": "high"})
    client = client_as("editor")
    client.cookies["django_language"] = language
    html = client.get(f"/sources/{source.public_id}/history/").content.decode()
    with override(language):
        label = {
            name: escape(str(Source._meta.get_field(name).verbose_name))
            for name in ("sha256", "reliability")
        }
        rows = [
            f"<tr><td>{label['sha256']}</td><td></td><td>{source.sha256}</td></tr>",
            f"<tr><td>{label['reliability']}</td><td>{Reliability.UNKNOWN.label}</td>"
            f"<td>{Reliability.HIGH.label}</td></tr>",
            f"<td>{escape(_('imported file'))}</td>",
        ]
        suggested = RecordChange.objects.get(action="suggest_facts", record_id=source.public_id)
        kinds = suggested.changes["suggestions"]
        counts = ", ".join(f"{SuggestionKind(k).label}: {n}" for k, n in kinds.items())
        rows.append(f"<td>{escape(counts or _('none'))}</td>")
    for row in rows:
        assert row in html, (language, row)
    # No stored key is shown (nor, in another language, an English label or value).
    raw = ["<td>sha256</td>", "<td>file</td>"]
    if language != "en":
        raw += ["<td>reliability</td>", "<td>high</td>", "<td>file fingerprint (SHA-256)</td>"]
    for shown in raw:
        assert shown not in html, shown


@pytest.mark.parametrize("language", ["en", "zh-hans", "ug"])
def test_an_event_row_says_what_happened_when_and_to_whom(client_as, language):
    from datetime import date

    from django.utils.html import escape
    from django.utils.translation import gettext as _
    from django.utils.translation import override

    from tugan.records.choices import EventType
    from tugan.testing import make_person

    person = make_person(["虚构事件历史人"])  # fictional
    event = operations.add_event(
        person=person, type="detained", date=date(2018, 5, 1), date_precision="month"
    )
    client = client_as("editor")
    client.cookies["django_language"] = language
    html = client.get(f"/persons/{person.public_id}/history/").content.decode()
    with override(language):
        said = f"{EventType.DETAINED.label} · 2018-05 · {person.public_id}"
        event_label = escape(_("event"))
    assert f"<tr><td>{event_label}</td><td></td><td>{escape(said)}</td></tr>" in html
    assert f"<td>{event.pk}</td>" not in html


def test_an_event_hidden_from_the_reader_is_said_by_its_number_only(users):
    from datetime import date

    from tugan.audit.history import shown_value
    from tugan.records.models import Citation
    from tugan.testing import make_person

    hidden = make_person(["虚构机密事件人"], confidentiality="confidential")  # fictional
    event = operations.add_event(
        person=hidden,
        type="detained",
        date=date(2019, 1, 1),
        date_precision="day",
        confidentiality="confidential",
    )
    for role, said in [("editor", f"#{event.pk}"), ("editor_confidential", event.summary)]:
        assert shown_value(Citation, "event", event.pk, users[role]) == said, role
    assert event.summary.startswith("detained · 2019-01-01 · TG-")


@pytest.mark.parametrize("language", ["zh-hans", "kk", "ug", "ru"])
def test_a_change_made_by_no_user_says_system_in_the_pages_language(client_as, language):
    from django.utils.translation import gettext as _
    from django.utils.translation import override

    from tugan.testing import make_person

    # A fictional person, created by no user (as an import or the demo creates them).
    person = make_person(["虚构系统创建"])
    client = client_as("editor")
    client.cookies["django_language"] = language
    html = client.get(f"/persons/{person.public_id}/history/").content.decode()
    with override(language):
        system = _("system")
    assert system != "system"
    assert f" · {system} · " in html
    assert " · system · " not in html


@pytest.mark.parametrize("language", ["zh-hans", "kk", "ug", "ru"])
def test_a_names_language_is_shown_by_its_name_not_its_tag(client_as, language):
    from django.utils.translation import override, pgettext

    from tugan.testing import make_person

    # A fictional person with a Kazakh Cyrillic name form.
    person = make_person(["Тексеру Ойдан"])
    person.names.update(language="kk")
    operations.add_person_name(person, "Ойдан Тексеру", language="kk")
    client = client_as("editor")
    client.cookies["django_language"] = language
    html = client.get(f"/persons/{person.public_id}/history/").content.decode()
    with override(language):
        kazakh = pgettext("language", "Kazakh")
    assert kazakh != "Kazakh"
    assert f"<td>{kazakh}</td>" in html
    assert "<td>kk</td>" not in html


def test_a_source_history_says_what_a_citation_supports(client_as, users):
    from datetime import date

    from django.utils.html import escape

    from tugan.testing import make_person, make_source

    person = make_person(["虚构引用历史人"])  # fictional
    source = make_source("一名虚构的记者写道：虚构引用历史人于2018年5月被带走。")
    event = operations.add_event(
        person=person, type="detained", date=date(2018, 5, 1), date_precision="month"
    )
    named = person.names.get()
    cited_event = operations.cite_source(source, "虚构引用历史人于2018年5月被带走", event=event)
    cited_name = operations.cite_source(source, "虚构引用历史人", person_name=named)
    html = client_as("editor").get(f"/sources/{source.public_id}/history/").content.decode()
    assert escape(f"detained · 2018-05 · {person.public_id}") in html
    assert escape(f"name form · {person.public_id}") in html
    for citation in (cited_event, cited_name):
        assert f"<td>{citation.pk}</td>" not in html
