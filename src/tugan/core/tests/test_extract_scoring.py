"""Scoring as shared/corpus/GOLD.md says. Names are fictional."""

from tugan.core.extract.baseline import extract_with_jieba
from tugan.core.extract.scoring import match_events, normalize_gold_name, score_document

GOLD = {
    "persons": [
        {"name": "努尔兰·别克", "aliases": ["努尔兰"]},
        {"name": "古丽巴哈尔", "aliases": []},
    ],
    "places": ["CN-650000", "KZ"],
    "events": [
        {
            "type": "detained",
            "subject": {"person": "努尔兰·别克"},
            "date": "2018-05",
            "years": None,
        },
        {
            "type": "sentenced",
            "subject": {"relative_of": "努尔兰·别克", "relation": "brother"},
            "date": "2019",
            "years": 10,
        },
        {
            "type": "contact_lost",
            "subject": {"group": {"ethnicity": "kazakh", "place": "CN-650000"}},
            "date": None,
            "years": None,
        },
    ],
}


def predicted(**changes: object) -> dict:
    data: dict = {
        "persons": [{"name": "努尔兰.别克", "aliases": []}, {"name": "古麗巴哈爾", "aliases": []}],
        "places": ["CN-650000", "KZ"],
        "events": [
            {
                "type": "detained",
                "subject": {"person": "努尔兰"},
                "date": "2018-05-03",
                "years": None,
            },
            {
                "type": "sentenced",
                "subject": {"relative_of": "努尔兰·别克", "relation": "brother"},
                "date": "2019",
                "years": 10,
            },
            {
                "type": "contact_lost",
                "subject": {"group": {"ethnicity": "kazakh", "place": None}},
                "date": None,
                "years": None,
            },
        ],
    }
    data.update(changes)
    return data


def test_names_are_normalised_before_matching() -> None:
    assert normalize_gold_name("努尔兰 . 别克") == "努尔兰·别克"
    assert normalize_gold_name("古麗巴哈爾") == "古丽巴哈尔"
    assert normalize_gold_name("Nurlan BEK") == "nurlanbek"


def test_a_perfect_prediction_scores_one() -> None:
    score = score_document(predicted(), GOLD)
    assert score.persons.f1 == 1.0
    assert score.places.f1 == 1.0
    assert score.events.f1 == 1.0
    assert score.date_accuracy == 1.0  # 2018-05-03 agrees with 2018-05 at the gold's precision
    assert score.years_accuracy == 1.0


def test_each_gold_person_matches_once() -> None:
    data = predicted(persons=[{"name": "努尔兰·别克"}, {"name": "努尔兰"}])
    score = score_document(data, GOLD)
    assert (score.persons.true_positives, score.persons.predicted) == (1, 2)


def test_places_are_scored_as_sets() -> None:
    score = score_document(predicted(places=["CN-650000", "CN-650000", "TR"]), GOLD)
    assert (score.places.true_positives, score.places.predicted, score.places.gold) == (1, 2, 2)


def test_relatives_need_the_same_relation() -> None:
    events = predicted()["events"]
    events[1]["subject"]["relation"] = "sister"
    score = score_document(predicted(events=events), GOLD)
    assert score.events.true_positives == 2


def test_groups_with_different_places_do_not_match() -> None:
    events = predicted()["events"]
    events[2]["subject"]["group"]["place"] = "CN-654000"
    assert score_document(predicted(events=events), GOLD).events.true_positives == 2


def test_a_coarser_date_or_another_term_counts_against_accuracy() -> None:
    events = predicted()["events"]
    events[0]["date"] = "2018"
    events[1]["years"] = 15
    score = score_document(predicted(events=events), GOLD)
    assert score.events.true_positives == 3
    assert round(score.date_accuracy, 2) == 0.67
    assert round(score.years_accuracy, 2) == 0.67


def test_each_wrong_event_is_counted_by_its_nearest_miss() -> None:
    events = predicted()["events"]
    events[0]["subject"] = {"person": "古丽巴哈尔"}  # detained, but not her
    events[1]["type"] = "released"  # the brother, but sentenced
    events[2]["date"] = "2020"  # the gold gives no date
    events.append({"type": "died", "subject": {"person": "古丽巴哈尔"}, "date": None})
    gold = dict(GOLD)
    gold["events"] = [
        *GOLD["events"],
        {"type": "passport_confiscated", "subject": {"person": "努尔兰·别克"}, "date": None},
    ]
    errors = score_document(predicted(events=events), gold).event_errors
    assert (errors.wrong_subject, errors.wrong_type, errors.not_in_gold) == (1, 1, 1)
    assert (errors.missed_for_subject, errors.missed_for_type, errors.missed) == (1, 1, 1)
    assert (errors.date_missing, errors.date_not_in_gold, errors.date_different) == (0, 1, 0)


def test_a_wrong_date_is_counted_as_missing_or_different() -> None:
    events = predicted()["events"]
    events[0]["date"] = "2018"  # coarser than the gold's 2018-05
    events[1]["date"] = None
    score = score_document(predicted(events=events), GOLD)
    errors = score.event_errors
    assert (errors.date_missing, errors.date_not_in_gold, errors.date_different) == (1, 0, 1)
    assert errors.wrong_subject == errors.missed == 0
    assert score.to_dict()["event_errors"]["date_missing"] == 1


def test_the_jieba_baseline_returns_the_gold_structure() -> None:
    data = extract_with_jieba("王建国在乌鲁木齐被捕。", None, "fictional.md")
    assert set(data) == {"doc", "published", "persons", "authors", "places", "events"}
    assert "CN-650100" in data["places"]


def test_matched_events_pair_each_prediction_with_at_most_one_gold_event() -> None:
    gold_persons = [{"name": "阿依古丽·托合提", "aliases": []}]
    subject = {"person": "阿依古丽·托合提"}
    gold = [
        {"type": "detained", "subject": subject, "date": "2017", "years": None},
        {"type": "detained", "subject": subject, "date": "2019", "years": None},
    ]
    predicted = [
        {"type": "detained", "subject": subject, "date": "2019", "years": None},
        {"type": "released", "subject": subject, "date": None, "years": None},
        {"type": "detained", "subject": subject, "date": None, "years": None},
    ]
    # The first prediction takes the gold event whose date agrees; the third the one left.
    assert match_events(predicted, gold, gold_persons) == [(0, 1), (2, 0)]
