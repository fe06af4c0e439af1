import json

import pytest
from click.testing import CliRunner
from django.contrib.auth import authenticate, get_user_model
from django_otp.plugins.otp_totp.models import TOTPDevice

from tugan.audit.models import AuditEntry
from tugan.cli import main

pytestmark = pytest.mark.django_db


def test_it_adds_a_user_and_prints_a_working_password():
    result = CliRunner().invoke(main, ["user", "add", "fictional-amina", "--role", "editor"])
    assert result.exit_code == 0, result.output
    password = result.stdout.strip().rsplit("Password: ", 1)[1]
    user = authenticate(username="fictional-amina", password=password)
    assert user is not None and user.role == "editor" and user.is_staff


def test_it_refuses_a_taken_name():
    CliRunner().invoke(main, ["user", "add", "fictional-lin", "--role", "researcher"])
    result = CliRunner().invoke(main, ["user", "add", "fictional-lin", "--role", "researcher"])
    assert result.exit_code == 1
    assert "already exists" in result.stderr


def test_it_refuses_a_weak_password():
    result = CliRunner().invoke(
        main,
        ["user", "add", "fictional-weak", "--role", "editor", "--password-file", "-"],
        input="short\n",
    )
    assert result.exit_code == 1
    assert "password rejected" in result.stderr


def test_it_refuses_an_unknown_role():
    result = CliRunner().invoke(main, ["user", "add", "x", "--role", "king"])
    assert result.exit_code == 2


def test_it_lists_users_as_json():
    CliRunner().invoke(main, ["user", "add", "fictional-ayxa", "--role", "reviewer"])
    result = CliRunner().invoke(main, ["user", "list", "--json"])
    assert result.exit_code == 0, result.output
    [row] = [row for row in json.loads(result.output) if row["username"] == "fictional-ayxa"]
    assert row["role"] == "reviewer" and row["is_active"] and not row["has_second_factor"]


def test_it_changes_a_role_and_writes_the_audit_entry():
    CliRunner().invoke(main, ["user", "add", "fictional-bek", "--role", "researcher"])
    result = CliRunner().invoke(
        main, ["user", "set-role", "fictional-bek", "editor", "--clearance", "confidential"]
    )
    assert result.exit_code == 0, result.output
    account = get_user_model().objects.get(username="fictional-bek")
    assert (account.role, account.clearance) == ("editor", "confidential")
    assert AuditEntry.objects.filter(action="set_role").exists()


def test_it_resets_a_password_and_the_old_one_stops_working():
    added = CliRunner().invoke(main, ["user", "add", "fictional-dana", "--role", "editor"])
    old = added.output.rsplit(": ", 1)[1].strip()
    result = CliRunner().invoke(main, ["user", "reset-password", "fictional-dana"])
    assert result.exit_code == 0, result.output
    new = result.output.rsplit(": ", 1)[1].strip()
    assert authenticate(username="fictional-dana", password=old) is None
    assert authenticate(username="fictional-dana", password=new) is not None


def test_a_disabled_user_cannot_sign_in_and_loses_open_sessions(client):
    added = CliRunner().invoke(main, ["user", "add", "fictional-erkin", "--role", "editor"])
    password = added.output.rsplit(": ", 1)[1].strip()
    client.post("/accounts/login/", {"username": "fictional-erkin", "password": password})
    assert client.get("/review/").status_code != 302
    result = CliRunner().invoke(main, ["user", "disable", "fictional-erkin"])
    assert result.exit_code == 0, result.output
    assert client.get("/review/").status_code == 302
    assert authenticate(username="fictional-erkin", password=password) is None


def test_it_names_an_unknown_user():
    result = CliRunner().invoke(main, ["user", "disable", "fictional-nobody"])
    assert result.exit_code == 1
    assert "no user named 'fictional-nobody'" in result.output


def test_it_removes_a_second_factor():
    added = CliRunner().invoke(main, ["user", "add", "fictional-gul", "--role", "admin"])
    assert added.exit_code == 0
    account = get_user_model().objects.get(username="fictional-gul")
    TOTPDevice.objects.create(user=account, name="app", confirmed=True)
    result = CliRunner().invoke(main, ["user", "reset-second-factor", "fictional-gul"])
    assert "removed" in result.output
    assert not TOTPDevice.objects.filter(user=account).exists()
