"""extract_report as a whole: the GOLD.md structure, spans, resident IDs. Fictional text."""

import subprocess
import sys
from datetime import date

from tugan.core.extract import extract_report

TEXT = (
    "维吾尔族教师阿依古丽·吐尔洪（Ayigul Turhun）说，她的丈夫2018年在喀什被带走，"
    "身份证号码654022198503120039。\n\n记者：王小东"
)


def test_it_gives_the_gold_structure() -> None:
    data = extract_report(TEXT, date(2021, 3, 1)).to_gold_dict("fictional.md")
    assert list(data) == ["doc", "published", "persons", "authors", "places", "events"]
    assert data["doc"] == "fictional.md"
    assert data["published"] == "2021-03-01"
    assert data["persons"] == [
        {
            "name": "阿依古丽·吐尔洪",
            "aliases": [],
            "latin": "Ayigul Turhun",
            "ethnicity": "uyghur",
            "residence": None,
        }
    ]
    assert data["authors"] == ["王小东"]
    assert data["places"] == ["CN-653101"]
    assert data["events"] == [
        {
            "type": "detained",
            "subject": {"relative_of": "阿依古丽·吐尔洪", "relation": "spouse"},
            "date": "2018",
            "years": None,
            "place": "CN-653101",
            "channel": None,
        }
    ]


def test_every_span_is_inside_the_text() -> None:
    data = extract_report(TEXT, None).to_dict("fictional.md")
    spans = [span for person in data["persons"] for span in person["spans"]]
    spans += [span for place in data["place_spans"].values() for span in place]
    spans += [span for event in data["events"] for span in event["spans"]]
    spans += data["author_spans"]
    assert spans and all(0 <= start < end <= len(TEXT) for start, end in spans)


def test_it_finds_resident_ids_and_decodes_them() -> None:
    data = extract_report(TEXT, None).to_dict("fictional.md")
    assert data["resident_ids"] == [
        {
            "number": "654022198503120039",
            "span": [52, 70],
            "birth_date": "1985-03-12",
            "sex": "male",
            "county": "CN-654022",
        }
    ]
    assert TEXT[52:70] == "654022198503120039"


def test_empty_text_gives_nothing() -> None:
    data = extract_report("", None).to_gold_dict("empty.md")
    assert data["persons"] == data["places"] == data["events"] == []


def test_the_core_does_not_import_django() -> None:
    code = "import sys, tugan.core.extract, tugan.core.resident_id; print('django' in sys.modules)"
    output = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert output.strip() == "False"
