import pytest
from click.testing import CliRunner

from tugan.cli import main
from tugan.sources.models import Source

pytestmark = pytest.mark.django_db

FICTIONAL_REPORT = (
    "[虚构标题](https://news.example.org/x.html)\n------\n\n<p>虚构正文。</p>".encode()
)


def test_it_prints_the_summary_on_stdout_and_exits_0(tmp_path):
    (tmp_path / "a.md").write_bytes(FICTIONAL_REPORT)
    result = CliRunner().invoke(main, ["import", str(tmp_path)])
    assert result.exit_code == 0
    assert result.stdout == "imported 1 new, 0 already known, 0 rejected\n"
    assert Source.objects.count() == 1


def test_it_names_each_bad_file_on_stderr_and_exits_1(tmp_path):
    (tmp_path / "a.md").write_bytes(FICTIONAL_REPORT)
    (tmp_path / "b.md").write_bytes(b"<!--soon-->\n" + FICTIONAL_REPORT)
    result = CliRunner().invoke(main, ["import", str(tmp_path)])
    assert result.exit_code == 1
    assert result.stdout == "imported 1 new, 0 already known, 1 rejected\n"
    assert (
        result.stderr == f"error: {tmp_path / 'b.md'}: timestamp 'soon' is not a valid time"
        " (want Unix milliseconds)\n"
    )


def test_it_requires_a_path():
    assert CliRunner().invoke(main, ["import"]).exit_code == 2
