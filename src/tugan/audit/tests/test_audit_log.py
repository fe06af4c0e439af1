import pytest
from click.testing import CliRunner

from tugan.audit.models import AuditEntry
from tugan.cli import main
from tugan.testing import make_person

pytestmark = pytest.mark.django_db


def test_each_change_extends_an_intact_chain():
    make_person(["虚构人物甲"])
    entries = list(AuditEntry.objects.order_by("id"))
    assert [entry.action for entry in entries] == ["create_person", "add_person_name"]
    assert entries[1].previous_hash == entries[0].entry_hash
    result = CliRunner().invoke(main, ["audit", "verify"])
    assert result.exit_code == 0, result.output
    assert result.output == "audit log intact: 2 entries\n"


def test_verify_names_an_altered_entry():
    make_person(["虚构人物乙"])
    tampered = AuditEntry.objects.order_by("id").first()
    AuditEntry.objects.filter(pk=tampered.pk).update(actor_name="someone-else")
    result = CliRunner().invoke(main, ["audit", "verify"])
    assert result.exit_code == 1
    assert f"audit entry {tampered.pk} was altered after it was written" in result.output


def test_verify_names_a_removed_entry():
    make_person(["虚构人物丙", "Fictional Bing"])
    removed = AuditEntry.objects.order_by("id")[1]
    removed.delete()
    following = AuditEntry.objects.order_by("id")[1]
    result = CliRunner().invoke(main, ["audit", "verify"])
    assert result.exit_code == 1
    assert f"audit entry {following.pk} does not link to the entry before it" in result.output
