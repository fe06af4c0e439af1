"""Subject attachment for named persons and unnamed relatives.

The people and sentences are fictional, written for these tests.
"""

from datetime import date

from tugan.core.extract import extract_report

MONDAY = date(2021, 3, 1)


def subjects(text: str, event_type: str) -> list[dict]:
    """Return the subjects of the events of a type, in a stable order."""
    found = extract_report(text, MONDAY).events
    return sorted(
        (event.subject for event in found if event.type == event_type),
        key=lambda subject: sorted(subject.items()),
    )


def test_a_count_between_coordinated_relatives_keeps_them_together() -> None:
    text = "哈萨克人努尔兰说，他的母亲和两个弟弟去年被抓走。"
    assert subjects(text, "detained") == [
        {"relative_of": "努尔兰", "relation": "brother", "count": 2},
        {"relative_of": "努尔兰", "relation": "mother"},
    ]


def test_other_relatives_after_parents_are_relatives_of_the_same_person() -> None:
    text = "住在荷兰的维吾尔人阿依江的父母及其他亲人去年被送入再教育营。"
    assert subjects(text, "detained") == [
        {"relative_of": "阿依江", "relation": "parent"},
        {"relative_of": "阿依江", "relation": "relative"},
    ]


def test_single_kin_characters_listed_with_a_stop_are_relatives() -> None:
    text = "留学生艾山·托合提说自己与家人失联。后来他得知，父、母和弟弟都被关进了集中营。"
    assert subjects(text, "detained") == [
        {"relative_of": "艾山·托合提", "relation": "brother"},
        {"relative_of": "艾山·托合提", "relation": "father"},
        {"relative_of": "艾山·托合提", "relation": "mother"},
    ]


def test_losing_contact_with_father_and_mother_is_losing_contact_with_the_parents() -> None:
    text = "留学生古丽娜·艾山2017年起就无法与父、母取得联络。"
    assert subjects(text, "contact_lost") == [
        {"relative_of": "古丽娜·艾山", "relation": "parent"},
    ]
