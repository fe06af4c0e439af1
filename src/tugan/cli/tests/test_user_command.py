import pytest
from click.testing import CliRunner
from django.contrib.auth import authenticate

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
