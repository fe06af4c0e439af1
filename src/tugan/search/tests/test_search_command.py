"""`tugan search`, over fictional records."""

import json

import pytest
from click.testing import CliRunner

from tugan.cli import main
from tugan.testing import make_person, make_source

pytestmark = pytest.mark.django_db


def test_it_prints_json_results_best_first():
    person = make_person(["努尔兰·阿布都拉", "Nurlan Abdulla"])
    source = make_source("虚构报道：努尔兰·阿布都拉被带走。", title="虚构标题")
    result = CliRunner().invoke(main, ["search", "努爾蘭", "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == {
        "results": [
            {
                "kind": "person",
                "id": person.public_id,
                "title": "努尔兰·阿布都拉",
                "snippet": "[努尔兰]·阿布都拉 · Nurlan Abdulla",
            },
            {
                "kind": "source",
                "id": source.public_id,
                "title": "虚构标题",
                "snippet": "虚构报道：[努尔兰]·阿布都拉被带走。",
            },
        ]
    }
    assert "努尔兰" in result.stdout  # UTF-8, not \\u escapes


def test_it_searches_as_the_public_when_asked():
    make_source("虚构受限报道：塔城。", confidentiality="restricted", is_published=False)
    public = make_source("虚构公开报道：塔城。")
    result = CliRunner().invoke(main, ["search", "塔城", "--json", "--level", "public"])
    assert [r["id"] for r in json.loads(result.stdout)["results"]] == [public.public_id]


def test_it_prints_text_results():
    source = make_source("虚构报道：塔城。")
    result = CliRunner().invoke(main, ["search", "塔城"])
    assert result.exit_code == 0
    assert result.stdout.startswith(f"source\t{source.public_id}\t")


def test_it_rejects_a_bad_filter_with_exit_2():
    result = CliRunner().invoke(main, ["search", "塔城", "--since", "yesterday"])
    assert result.exit_code == 2
    assert "--since" in result.stderr
