"""Search over sources and persons. Every name and report here is fictional."""

import pytest

from tugan.records import operations
from tugan.search.reading import SearchFilters, read_search_results
from tugan.testing import make_person, make_source, make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin(db):
    return make_user("fictional-search-admin", "admin")


def found(user, query, **filters):
    return [(r.kind, r.id) for r in read_search_results(user, query, SearchFilters(**filters))]


def test_it_matches_one_two_and_more_characters(admin):
    source = make_source("虚构报道：一名哈萨克族牧民在察布查尔县被带走。")
    make_source("虚构报道：天气晴朗。")
    for query in ["县", "牧民", "察布查尔县", "哈萨克族牧民"]:
        assert found(admin, query) == [("source", source.public_id)], query


def test_traditional_and_simplified_find_each_other(admin):
    simplified = make_source("虚构报道：哈萨克牧民失联。")
    traditional = make_source("虛構報道：哈薩克族教師被拘留。")
    assert set(found(admin, "哈薩克")) == {
        ("source", simplified.public_id),
        ("source", traditional.public_id),
    }
    assert found(admin, "教师") == [("source", traditional.public_id)]


def test_a_snippet_marks_the_match_in_the_text_as_written(admin):
    make_source("虛構報道：哈薩克族教師被拘留。")
    [result] = read_search_results(admin, "哈萨克")
    assert result.to_dict()["snippet"] == "虛構報道：[哈薩克]族教師被拘留。"


def test_a_name_finds_the_person_under_every_written_form(admin):
    person = make_person(["努尔兰·阿布都拉", "Nurlan Abdulla", "Нурлан Абдулла", "努爾蘭"])
    make_person(["艾力·阿布都拉"])
    for query in ["努尔兰·阿布都拉", "努尔兰阿布都拉", "nurlan abdulla", "Нурлан", "努爾蘭"]:
        assert found(admin, query)[0] == ("person", person.public_id), query


def test_the_whole_name_ranks_first(admin):
    partial = make_person(["阿力木·吐尔逊·别克"])
    whole = make_person(["阿力木·吐尔逊"])
    assert found(admin, "阿力木·吐尔逊") == [
        ("person", whole.public_id),
        ("person", partial.public_id),
    ]


def test_a_title_match_ranks_above_a_text_match(admin):
    in_text = make_source("虚构报道：一位教师说起阿拉木图。", title="虚构的报道")
    in_title = make_source("虚构报道：天气晴朗。", title="虚构：阿拉木图的集会")
    assert found(admin, "阿拉木图") == [
        ("source", in_title.public_id),
        ("source", in_text.public_id),
    ]


def test_copies_of_one_story_are_shown_once(admin):
    first = make_source("虚构报道：牧民巴合提失联。")
    copy = make_source("虚构报道：牧民巴合提失联。转载。", near_duplicate_of=first)
    results = read_search_results(admin, "巴合提")
    assert [(r.id, r.copies) for r in results] == [(first.public_id, 1)]
    first.confidentiality = "confidential"
    first.save()
    researcher = make_user("fictional-search-researcher", "researcher")
    assert found(researcher, "巴合提") == [("source", copy.public_id)]


def test_it_filters_sources_by_publisher_and_date(admin):
    from datetime import UTC, date, datetime

    early = make_source(
        "虚构报道：塔城的牧民。",
        publisher="a.example.org",
        published=datetime(2018, 5, 1, tzinfo=UTC),
    )
    late = make_source(
        "虚构报道：塔城的教师。",
        publisher="b.example.org",
        published=datetime(2021, 5, 1, tzinfo=UTC),
    )
    assert found(admin, "塔城", publisher="b.example") == [("source", late.public_id)]
    assert found(admin, "塔城", until=date(2019, 1, 1)) == [("source", early.public_id)]
    assert found(admin, "塔城", since=date(2019, 1, 1)) == [("source", late.public_id)]


def test_it_filters_by_event_type_place_and_ethnicity(admin):
    from tugan.records.models import Place

    place = Place.objects.create(key="CN-654022", names={"zh": "察布查尔县"})
    detained = make_person(["虚构名字甲一"], ethnicity="kazakh")
    released = make_person(["虚构名字甲二"], ethnicity="uyghur")
    event = operations.add_event(type="detained", person=detained, place=place)
    operations.add_event(type="released", person=released)
    source = make_source("虚构报道：虚构名字甲一被拘留。")
    make_source("虚构报道：虚构名字甲二获释。")
    operations.cite_source(source, "虚构名字甲一被拘留", event=event)
    assert found(admin, "虚构名字甲", event_type="detained") == [
        ("person", detained.public_id),
        ("source", source.public_id),
    ]
    assert found(admin, "虚构名字甲", place="CN-654022") == [
        ("person", detained.public_id),
        ("source", source.public_id),
    ]
    assert found(admin, "虚构名字甲", ethnicity="uyghur") == [("person", released.public_id)]


def test_it_finds_nothing_for_a_query_without_words(admin):
    make_source("虚构报道。")
    assert found(admin, " ，。 ") == []


def test_it_ranks_window_by_window_and_finds_matches_in_older_windows(admin, monkeypatch):
    from tugan.search import reading

    monkeypatch.setattr(reading, "RANK_WINDOW", 2)
    wanted = make_source("虚构报道：塔城的牧民。", publisher="wanted.example.org")
    others = [make_source(f"虚构报道第{n}号：塔城。") for n in range(5)]
    assert found(admin, "塔城", publisher="wanted") == [("source", wanted.public_id)]
    assert len(found(admin, "塔城")) == 1 + len(others)


def test_a_confidential_name_form_finds_nothing_for_those_who_may_not_see_it(admin):
    person = make_person(["虚构公开名字己"])
    operations.add_person_name(person, "虚构秘密别名", confidentiality="confidential")
    researcher = make_user("fictional-search-researcher-2", "researcher")
    assert found(researcher, "秘密别名") == []
    assert found(admin, "秘密别名") == [("person", person.public_id)]


def test_with_more_matches_than_a_window_a_title_match_ranks_first_in_its_window(
    admin, monkeypatch
):
    from tugan.search import reading

    monkeypatch.setattr(reading, "RANK_WINDOW", 3)
    oldest, older = (make_source(f"虚构报道第{n}号：塔城。") for n in range(2))
    in_title = make_source("虚构报道：天气晴朗。", title="虚构：塔城的集会")
    newest = make_source("虚构报道第3号：塔城。")
    # The newest three matches are ranked together, title first, then the newer; then the rest.
    assert [result_id for _kind, result_id in found(admin, "塔城")] == [
        in_title.public_id,
        newest.public_id,
        older.public_id,
        oldest.public_id,
    ]


def test_search_still_finds_everything_after_the_index_is_reorganised(admin):
    from tugan.search.indexing import optimize_search_index

    source = make_source("虚构报道：一名牧民在尼勒克县失联。")
    person = make_person(["虚构人物巴合提"])
    optimize_search_index()
    assert found(admin, "尼勒克") == [("source", source.public_id)]
    assert ("person", person.public_id) in found(admin, "巴合提")
