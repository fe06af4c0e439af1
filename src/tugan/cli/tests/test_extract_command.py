"""`tugan extract` and `tugan eval extract`. The report and its people are fictional."""

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from tugan.cli import main

# A fictional report in the archived format of shared/corpus/GOLD.md (2021-03-01 08:00 UTC).
REPORT = """<!--1614585600000-->
[虚构报道](https://example.org/fictional-report)
------

<p>哈萨克人努尔兰·别克对本台说，他的两个哥哥2018年分别被判刑10及20年。</p>
<figure><figcaption>努尔兰·别克在阿拉木图。（记者王小东）</figcaption></figure>
"""
GOLD = {
    "doc": "fictional.md",
    "published": "2021-03-01",
    "persons": [
        {
            "name": "努尔兰·别克",
            "aliases": [],
            "latin": None,
            "ethnicity": "kazakh",
            "residence": None,
        }
    ],
    "authors": ["王小东"],
    "places": ["KZ/Almaty"],
    "events": [
        {
            "type": "sentenced",
            "subject": {"relative_of": "努尔兰·别克", "relation": "brother"},
            "date": "2018",
            "years": 10,
            "place": None,
            "channel": None,
        },
        {
            "type": "sentenced",
            "subject": {"relative_of": "努尔兰·别克", "relation": "brother"},
            "date": "2018",
            "years": 20,
            "place": None,
            "channel": None,
        },
    ],
}


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    (tmp_path / "docs").mkdir()
    (tmp_path / "gold").mkdir()
    (tmp_path / "docs/fictional.md").write_text(REPORT, encoding="utf-8")
    (tmp_path / "gold/fictional.md.gold.json").write_text(json.dumps(GOLD), encoding="utf-8")
    return tmp_path


def test_it_prints_one_gold_structure_per_file(corpus: Path) -> None:
    result = CliRunner().invoke(main, ["extract", "--json", str(corpus / "docs/fictional.md")])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert len(lines) == 1
    data = json.loads(lines[0])
    assert "努尔兰" in lines[0]  # ensure_ascii=False
    assert data["doc"] == "fictional.md"
    assert data["published"] == "2021-03-01"
    assert [person["name"] for person in data["persons"]] == ["努尔兰·别克"]
    assert data["authors"] == ["王小东"]
    assert data["places"] == ["KZ/Almaty"]
    assert [(event["type"], event["years"]) for event in data["events"]] == [
        ("sentenced", 10),
        ("sentenced", 20),
    ]


def test_it_adds_spans_on_request(corpus: Path) -> None:
    result = CliRunner().invoke(
        main, ["extract", "--json", "--spans", str(corpus / "docs/fictional.md")]
    )
    data = json.loads(result.stdout)
    assert data["persons"][0]["spans"]
    assert data["place_spans"]["KZ/Almaty"]


def test_it_prints_text_without_json(corpus: Path) -> None:
    result = CliRunner().invoke(main, ["extract", str(corpus / "docs/fictional.md")])
    assert result.exit_code == 0, result.output
    assert "person  努尔兰·别克" in result.stdout
    assert "author  王小东" in result.stdout


def test_a_bad_file_is_reported_and_the_rest_go_on(corpus: Path) -> None:
    bad = corpus / "bad.md"
    bad.write_text("not a report", encoding="utf-8")
    result = CliRunner().invoke(
        main, ["extract", "--json", str(bad), str(corpus / "docs/fictional.md")]
    )
    assert result.exit_code == 1
    assert "bad.md" in result.stderr
    assert len(result.stdout.splitlines()) == 1


@pytest.mark.parametrize(
    ("damage", "problem"),
    [
        (lambda text: text[: text.index("努尔兰·别克在")], "truncated"),  # cut off mid-text
        (
            lambda text: text.replace("(https://example.org/fictional-report)", "(no url)"),
            "line 2: expected a headline",
        ),
    ],
)
def test_a_damaged_report_is_extracted_as_far_as_it_reads(corpus: Path, damage, problem) -> None:
    damaged = corpus / "damaged.md"
    damaged.write_text(damage(REPORT), encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", "--json", str(damaged)])
    assert result.exit_code == 0, result.output
    assert f"damaged.md: {problem}" in result.stderr
    assert "extracted the text that could be read" in result.stderr
    data = json.loads(result.stdout)
    assert data["published"] == "2021-03-01"
    assert [event["years"] for event in data["events"]] == [10, 20]


def test_a_report_in_gbk_is_read_like_one_in_utf8(corpus: Path) -> None:
    report = corpus / "gbk.md"
    report.write_bytes(REPORT.encode("gbk"))
    result = CliRunner().invoke(main, ["extract", "--json", str(report)])
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    assert json.loads(result.stdout)["persons"][0]["name"] == "努尔兰·别克"


def test_eval_extract_scores_against_gold(corpus: Path) -> None:
    result = CliRunner().invoke(
        main,
        [
            "eval",
            "extract",
            "--docs",
            str(corpus / "docs"),
            "--gold",
            str(corpus / "gold"),
            "--json",
        ],
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["overall"]["persons"]["f1"] == 1.0
    assert data["overall"]["events"]["f1"] == 1.0
    assert data["overall"]["years_accuracy"] == 1.0
    assert "fictional.md" in data["documents"]
    assert "persons" in data["baseline"]


def test_eval_extract_prints_figures(corpus: Path) -> None:
    result = CliRunner().invoke(
        main, ["eval", "extract", "--docs", str(corpus / "docs"), "--gold", str(corpus / "gold")]
    )
    assert result.exit_code == 0, result.output
    assert "jieba baseline" in result.stdout
    assert "fictional.md" in result.stdout
    assert "events   P 1.000" in result.stdout
    assert "missed events: 0 found with another subject, 0 with another type, 0 not at all" in (
        result.stdout
    )


def test_eval_extract_fails_on_a_missing_document(corpus: Path) -> None:
    (corpus / "docs/fictional.md").unlink()
    result = CliRunner().invoke(
        main, ["eval", "extract", "--docs", str(corpus / "docs"), "--gold", str(corpus / "gold")]
    )
    assert result.exit_code == 1
    assert "fictional.md" in result.stderr


def test_eval_extract_scores_a_second_annotators_files(corpus: Path) -> None:
    second = corpus / "second"
    second.mkdir()
    # The second reader noted one brother's sentence, with no date, and a wrong term.
    events = [{**GOLD["events"][0], "date": None, "years": 15}]
    (second / "fictional.md.gold.json").write_text(
        json.dumps({**GOLD, "events": events}), encoding="utf-8"
    )
    arguments = ["eval", "extract", "--docs", str(corpus / "docs"), "--gold", str(corpus / "gold")]
    result = CliRunner().invoke(main, [*arguments, "--predicted", str(second), "--json"])
    assert result.exit_code == 0, result.output
    overall = json.loads(result.stdout)["overall"]
    assert (overall["events"]["tp"], overall["events"]["predicted"]) == (1, 1)
    assert overall["event_errors"]["date_missing"] == 1
    assert overall["years_accuracy"] == 0.0
    assert overall["persons"]["f1"] == 1.0

    result = CliRunner().invoke(main, [*arguments, "--predicted", str(second), "--no-baseline"])
    assert result.stdout.startswith(f"{second}, 1 documents")

    (second / "fictional.md.gold.json").unlink()
    result = CliRunner().invoke(main, [*arguments, "--predicted", str(second)])
    assert result.exit_code == 1
    assert "no *.gold.json file names fictional.md" in result.stderr

    result = CliRunner().invoke(main, [*arguments, "--predicted", str(second), "--folds", "2"])
    assert result.exit_code == 2
    assert "not with --folds" in result.stderr


def copy_report(corpus: Path, name: str, person: str) -> None:
    """Add one more fictional report, the same story told of another fictional person."""
    (corpus / "docs" / name).write_text(REPORT.replace("努尔兰·别克", person), encoding="utf-8")
    gold = json.loads(json.dumps(GOLD).replace("努尔兰·别克", person).replace("fictional.md", name))
    (corpus / "gold" / f"{name}.gold.json").write_text(json.dumps(gold), encoding="utf-8")


def test_eval_extract_cross_validates_by_document(corpus: Path) -> None:
    pytest.importorskip("pycrfsuite")
    copy_report(corpus, "second.md", "叶尔兰·卡德尔")
    copy_report(corpus, "third.md", "阿依古丽·托合提")
    result = CliRunner().invoke(
        main,
        [
            "eval",
            "extract",
            "--docs",
            str(corpus / "docs"),
            "--gold",
            str(corpus / "gold"),
            "--folds",
            "3",
            "--json",
            "--no-baseline",
        ],
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["folds"] == 3
    assert sorted(data["fold_of"].values()) == [0, 1, 2]
    assert data["overall"]["persons"]["gold"] == 3


def test_eval_extract_reads_several_folders(corpus: Path, tmp_path_factory) -> None:
    other = tmp_path_factory.mktemp("other")
    (other / "docs").mkdir()
    (other / "gold").mkdir()
    copy_report(other, "second.md", "叶尔兰·卡德尔")
    result = CliRunner().invoke(
        main,
        [
            "eval",
            "extract",
            "--docs",
            str(corpus / "docs"),
            "--gold",
            str(corpus / "gold"),
            "--docs",
            str(other / "docs"),
            "--gold",
            str(other / "gold"),
            "--json",
            "--no-baseline",
        ],
    )
    assert result.exit_code == 0, result.output
    assert sorted(json.loads(result.stdout)["documents"]) == ["fictional.md", "second.md"]


def test_eval_extract_wants_a_docs_folder_per_gold_folder(corpus: Path) -> None:
    result = CliRunner().invoke(
        main,
        [
            "eval",
            "extract",
            "--docs",
            str(corpus / "docs"),
            "--gold",
            str(corpus / "gold"),
            "--gold",
            str(corpus / "gold"),
        ],
    )
    assert result.exit_code == 2
    assert "one --docs folder for each --gold folder" in result.stderr


def test_eval_extract_refuses_more_folds_than_documents(corpus: Path) -> None:
    result = CliRunner().invoke(
        main,
        [
            "eval",
            "extract",
            "--docs",
            str(corpus / "docs"),
            "--gold",
            str(corpus / "gold"),
            "--folds",
            "4",
        ],
    )
    assert result.exit_code == 1
    assert "more than the 1 documents" in result.stderr


def test_eval_extract_names_a_bad_weights_file(corpus: Path) -> None:
    weights = corpus / "weights.json"
    weights.write_text('{"format": 99}', encoding="utf-8")
    result = CliRunner().invoke(
        main,
        [
            "eval",
            "extract",
            "--docs",
            str(corpus / "docs"),
            "--gold",
            str(corpus / "gold"),
            "--weights",
            str(weights),
        ],
    )
    assert result.exit_code == 1
    assert "weights.json: not a name tagger" in result.stderr
