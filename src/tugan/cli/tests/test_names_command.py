"""`tugan names match` and `tugan eval names`. All names here are fictional."""

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from tugan.cli import main


@pytest.fixture
def name_files(tmp_path: Path) -> tuple[Path, Path]:
    queries = tmp_path / "queries.txt"
    queries.write_text("吐尔逊·艾木杜拉\n\n叶尔兰·别克扎提\n", encoding="utf-8")
    candidates = tmp_path / "candidates.txt"
    candidates.write_text(
        "Aygul Memet\nYerlan Bekzat\nTursun Hemdulla\nDilnur Qasim\n", encoding="utf-8"
    )
    return queries, candidates


def test_match_prints_one_json_line_per_query_best_first(name_files) -> None:
    result = CliRunner().invoke(main, ["names", "match", *map(str, name_files), "--json"])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["query"] for line in lines] == ["吐尔逊·艾木杜拉", "叶尔兰·别克扎提"]
    assert lines[0]["matches"][0]["name"] == "Tursun Hemdulla"
    assert lines[1]["matches"][0]["name"] == "Yerlan Bekzat"
    scores = [match["score"] for match in lines[0]["matches"]]
    assert scores == sorted(scores, reverse=True)


def test_match_keeps_only_the_top_k(name_files) -> None:
    result = CliRunner().invoke(
        main, ["names", "match", *map(str, name_files), "--top", "1", "--json"]
    )
    assert [len(json.loads(line)["matches"]) for line in result.stdout.splitlines()] == [1, 1]


def test_match_explains_part_matches_in_json(name_files) -> None:
    args = ["names", "match", *map(str, name_files), "--top", "1", "--json", "--explain"]
    line = json.loads(CliRunner().invoke(main, args).stdout.splitlines()[0])
    explanation = line["matches"][0]["explanation"]
    assert {(part["left"], part["right"]) for part in explanation} == {
        ("吐尔逊", "Tursun"),
        ("艾木杜拉", "Hemdulla"),
    }


def test_match_prints_readable_text_without_json(name_files) -> None:
    result = CliRunner().invoke(main, ["names", "match", *map(str, name_files), "--top", "2"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == "吐尔逊·艾木杜拉"
    assert lines[1].split(None, 1)[1] == "Tursun Hemdulla"
    assert float(lines[1].split()[0]) > 0.8


def test_match_reports_a_missing_file_and_exits_1(tmp_path: Path, name_files) -> None:
    missing = tmp_path / "missing.txt"
    result = CliRunner().invoke(main, ["names", "match", str(missing), str(name_files[1])])
    assert result.exit_code == 1
    assert "missing.txt" in result.stderr


def test_match_reports_a_file_that_is_not_utf8(tmp_path: Path, name_files) -> None:
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("Ömer\n".encode("latin-1"))
    result = CliRunner().invoke(main, ["names", "match", str(latin1), str(name_files[1])])
    assert result.exit_code == 1
    assert "not UTF-8" in result.stderr


@pytest.fixture
def pairs_file(tmp_path: Path) -> Path:
    path = tmp_path / "pairs.tsv"
    path.write_text(
        "# fictional pairs\n吐尔逊·艾木杜拉\tTursun Hemdulla\n叶尔兰·别克扎提\tYerlan Bekzat\n"
        "阿依古丽·买买提\tAygul Memet\n",
        encoding="utf-8",
    )
    return path


def test_eval_names_prints_tugan_and_baseline_figures_as_json(pairs_file: Path) -> None:
    args = ["eval", "names", "--pairs", str(pairs_file), "--distractors", "50", "--json"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    figures = json.loads(result.stdout)
    assert figures["pairs"] == 3
    assert figures["pool"] == 53
    assert figures["top1"] == 1.0
    assert {"mrr", "baseline_top1", "baseline_mrr"} <= set(figures)


def test_eval_names_prints_a_table_without_json(pairs_file: Path) -> None:
    result = CliRunner().invoke(main, ["eval", "names", "--pairs", str(pairs_file)])
    assert result.exit_code == 0, result.output
    assert "3 pairs, pool of 3 names" in result.stdout
    assert "baseline" in result.stdout


def test_eval_names_adds_a_pool_file(pairs_file: Path, tmp_path: Path) -> None:
    pool = tmp_path / "pool.txt"
    pool.write_text("Dilnur Qasim\nNurlan Bekov\n", encoding="utf-8")
    args = ["eval", "names", "--pairs", str(pairs_file), "--pool", str(pool), "--json"]
    assert json.loads(CliRunner().invoke(main, args).stdout)["pool"] == 5


def test_eval_names_rejects_a_file_without_pairs(tmp_path: Path) -> None:
    empty = tmp_path / "empty.tsv"
    empty.write_text("just a line\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", "names", "--pairs", str(empty)])
    assert result.exit_code == 1
    assert "no `name<TAB>name` lines" in result.stderr


def test_match_gives_the_same_best_match_with_or_without_a_shortlist(name_files) -> None:
    outputs = [
        CliRunner()
        .invoke(main, ["names", "match", *map(str, name_files), "--top", "1", "--json", *extra])
        .stdout
        for extra in ([], ["--shortlist", "0"], ["--shortlist", "1"])
    ]
    assert outputs[0] == outputs[1] == outputs[2]


def test_match_names_the_parts_left_unmatched(tmp_path: Path) -> None:
    queries, candidates = tmp_path / "q.txt", tmp_path / "c.txt"
    queries.write_text("叶尔兰\n", encoding="utf-8")
    candidates.write_text("Yerlan Bekzat\n", encoding="utf-8")
    args = ["names", "match", str(queries), str(candidates), "--json", "--explain"]
    match = json.loads(CliRunner().invoke(main, args).stdout)["matches"][0]
    assert match["unmatched"] == ["Bekzat"]
    text = CliRunner().invoke(main, args[:-2] + ["--explain"]).stdout
    assert "unmatched: Bekzat" in text
