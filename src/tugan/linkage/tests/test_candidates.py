"""Finding and scoring candidate pairs. Every person here is FICTIONAL."""

import datetime

import pytest

from tugan.core.names.blocking import lookup_keys
from tugan.linkage.candidates import find_match_candidates
from tugan.linkage.models import MatchCandidate, MatchState, NameBlock
from tugan.linkage.scoring import score_pair
from tugan.records import operations
from tugan.testing import make_person

pytestmark = pytest.mark.django_db
# A fictional valid resident ID number (GB 11643 check character computed) and another one.
FICTIONAL_ID = "650102198001010012"
OTHER_FICTIONAL_ID = "650102198001010020"


def test_it_computes_match_keys_and_blocks_when_a_name_is_added(db):
    person = make_person(["約麥爾.艾木杜拉"])
    name = person.names.get()
    assert {"p1:ml", "p2:mdl", "s1:ml", "s2:md"} <= set(name.match_keys)
    assert set(NameBlock.objects.filter(person=person).values_list("key", flat=True)) == set(
        lookup_keys(name.match_keys)
    )
    assert "p:mdl" in lookup_keys(name.match_keys)


def test_it_proposes_the_same_name_written_in_another_script(db):
    han = make_person(["约买尔·艾木杜拉"])
    latin = make_person(["Omer Hemdulla"])
    candidate = MatchCandidate.objects.get()
    assert (candidate.person_a, candidate.person_b) == (han, latin)
    assert candidate.state == MatchState.PENDING
    name = next(item for item in candidate.evidence["items"] if item["field"] == "name")
    assert name["score"] > 0.9
    assert {part["how"] for part in name["parts"]} == {"Han reading"}


def test_it_does_not_propose_different_names(db):
    make_person(["Serikzhan Bilash"])
    make_person(["Gulnar Qadir"])
    assert not MatchCandidate.objects.exists()


def test_it_does_not_propose_the_same_name_born_years_apart(db):
    make_person(["Alim Tursun"], birth_date=datetime.date(1970, 5, 1), birth_date_precision="day")
    make_person(["Alim Tursun"], birth_date=datetime.date(1990, 5, 1), birth_date_precision="day")
    assert not MatchCandidate.objects.exists()


def test_a_shared_birth_date_raises_the_score(db):
    born = {"birth_date": datetime.date(1978, 4, 12), "birth_date_precision": "day"}
    a, b = make_person(["Alim Tursun"]), make_person(["Alim Tursun"])
    c, d = make_person(["Alimjan Tursun"], **born), make_person(["阿力木江·吐尔逊"], **born)
    plain = score_pair(a, b)
    dated = score_pair(c, d)
    assert any(item["field"] == "birth_date" and item["weight"] > 0 for item in dated["items"])
    assert dated["weight"] > plain["weight"] - 2


def test_a_different_gender_lowers_the_score(db):
    a = make_person(["Alim Tursun"], gender="male")
    b = make_person(["Alim Tursun"], gender="female")
    evidence = score_pair(a, b)
    assert evidence["probability"] < 0.5
    assert not MatchCandidate.objects.filter(state=MatchState.PENDING).exists()


def test_an_exact_valid_resident_id_settles_it_even_with_other_names(db):
    a, b = make_person(["Alim Tursun"]), make_person(["Gulnar Qadir"])
    operations.add_identifier(a, "resident_id", FICTIONAL_ID)
    operations.add_identifier(b, "resident_id", FICTIONAL_ID)
    candidate = MatchCandidate.objects.get()
    assert candidate.score == 1.0
    assert candidate.evidence["settled_by"] == "resident_id"
    assert FICTIONAL_ID not in str(candidate.evidence)


def test_different_valid_resident_ids_say_two_persons(db):
    a, b = make_person(["Alim Tursun"]), make_person(["Alim Tursun"])
    operations.add_identifier(a, "resident_id", FICTIONAL_ID)
    operations.add_identifier(b, "resident_id", OTHER_FICTIONAL_ID)
    assert score_pair(a, b)["probability"] < 0.01
    assert not MatchCandidate.objects.filter(state=MatchState.PENDING).exists()


def test_shared_relatives_and_sources_count_as_evidence(db):
    from tugan.testing import make_source

    a, b = make_person(["Alim Tursun"]), make_person(["Alimjan Tursun"])
    mother = make_person(["Fictional Mother Aynur"])
    operations.add_relationship(mother, "parent", a)
    operations.add_relationship(mother, "parent", b)
    source = make_source("Fictional report on Alim Tursun.")
    operations.cite_source(source, "Alim Tursun", person=a)
    operations.cite_source(source, "Alim Tursun", person=b)
    fields = {item["field"] for item in score_pair(a, b)["items"]}
    assert {"relatives", "sources"} <= fields


def test_relatives_of_each_other_are_not_proposed(db):
    a, b = make_person(["Alim Tursun"]), make_person(["Fictional Other"])
    operations.add_relationship(a, "sibling", b)
    operations.add_person_name(b, "Alim Tursun")
    assert not MatchCandidate.objects.filter(state=MatchState.PENDING).exists()


def test_a_pair_marked_distinct_is_never_proposed_again(db):
    a, b = make_person(["Alim Tursun"]), make_person(["Alim Tursun"])
    MatchCandidate.objects.update(state=MatchState.DISTINCT)
    operations.add_person_name(b, "阿力木·吐尔逊")
    assert find_match_candidates(a) == []
    assert MatchCandidate.objects.get().state == MatchState.DISTINCT


def test_merged_persons_are_not_proposed(db):
    a, b = make_person(["Alim Tursun"]), make_person(["Fictional Kept"])
    a.merged_into = b
    a.save()
    MatchCandidate.objects.all().delete()
    make_person(["Alim Tursun"])
    assert not MatchCandidate.objects.exists()


def test_it_proposes_a_han_name_under_another_reading_of_its_characters(db):
    # Fictional: 哈斯木 is usually read Hasim; this man's papers spell it Qasim.
    han = make_person(["哈斯木·吐尔逊"], birth_date=datetime.date(1980, 3, 1))
    latin = make_person(["Qasim Tursun"], birth_date=datetime.date(1980, 3, 1))
    assert MatchCandidate.objects.filter(person_a=han, person_b=latin).exists()


def test_the_migration_recomputes_keys_stored_in_the_old_form(db):
    from importlib import import_module

    from django.apps import apps

    migration = import_module("tugan.linkage.migrations.0003_match_keys_by_part_and_reading")
    person = make_person(["哈斯木·吐尔逊"])
    name = person.names.get()
    type(name).objects.filter(pk=name.pk).update(match_keys=["p:sm", "p:dls"])
    NameBlock.objects.filter(name=name).update(key="p:sm")
    migration.recompute_match_keys(apps, None)
    name.refresh_from_db()
    assert "p1:ksm" in name.match_keys
    assert set(NameBlock.objects.filter(name=name).values_list("key", flat=True)) == set(
        lookup_keys(name.match_keys)
    )


def test_profiles_load_in_a_few_queries_however_many_persons(db, django_assert_max_num_queries):
    from tugan.linkage.scoring import load_profiles
    from tugan.records.places import get_or_create_place
    from tugan.testing import make_source

    county = get_or_create_place("CN-654022")
    persons = [make_person([f"Fictional Person {n}"], hometown=county) for n in range(12)]
    mother = make_person(["Fictional Mother Aynur"])
    operations.add_relationship(mother, "parent", persons[0])
    source = make_source("Fictional report.")
    operations.cite_source(source, "Fictional Person 1", person=persons[1])
    with django_assert_max_num_queries(10):
        profiles = load_profiles(persons)
    assert profiles[persons[0].pk].relatives == {mother.pk}
    assert profiles[persons[1].pk].sources == {source.pk}
    assert [text for _, text in profiles[persons[2].pk].names] == ["Fictional Person 2"]
    chain = profiles[persons[3].pk].hometown_chain
    assert chain[0] == county.pk and len(chain) >= 3  # county, prefecture, province...


def test_a_father_and_son_named_in_one_report_are_not_proposed(db):
    # Fictional: the son's second name is his father's first, as Uyghur names go. Whoever
    # reviewed the report recorded them as two persons.
    from tugan.testing import make_source

    source = make_source("Fictional report on a father and his son.")
    father = make_person(["吐尔逊·阿不都拉"])
    operations.cite_source(source, "吐尔逊·阿不都拉", person=father)
    son = make_person(["艾买提·吐尔逊"])
    operations.cite_source(source, "艾买提·吐尔逊", person=son)
    operations.add_person_name(son, "吐尔逊")  # the report also calls him by his father's name
    evidence = score_pair(father, son)
    assert any(item["field"] == "sources" and item["weight"] < 0 for item in evidence["items"])
    assert evidence["probability"] < 0.5
    assert not MatchCandidate.objects.filter(state=MatchState.PENDING).exists()


def test_a_shared_exact_address_is_no_evidence_but_a_shared_phone_is(db):
    from tugan.linkage.scoring import score_pair
    from tugan.records import operations
    from tugan.testing import make_person

    # Two fictional relatives living at one address.
    mother = make_person(["虚构母亲·阿依"], confidentiality="restricted", is_published=False)
    son = make_person(["虚构儿子·艾力"], confidentiality="restricted", is_published=False)
    for person in (mother, son):
        operations.add_identifier(person, "address", "Fictional lane 1, Almaty")
    fields = [item["field"] for item in score_pair(mother, son)["items"]]
    assert "identifier" not in fields
    for person in (mother, son):
        operations.add_identifier(person, "phone", "+7 000 000 5555")
    fields = [item["field"] for item in score_pair(mother, son)["items"]]
    assert "identifier" in fields


def test_each_sentence_names_the_two_persons_in_the_pairs_order(db):
    # The second person is scored against the first, then the evidence turned to (first, second).
    day = {"birth_date_precision": "day"}
    first = make_person(["约买尔·艾木杜拉"], birth_date=datetime.date(1980, 1, 2), **day)
    second = make_person(["Omer Hemdulla"], birth_date=datetime.date(1980, 6, 7), **day)
    candidate = MatchCandidate.objects.get()
    assert (candidate.person_a, candidate.person_b) == (first, second)
    said = {item["field"]: item for item in candidate.evidence["items"]}
    assert said["name"]["values"] == {"name_a": "约买尔·艾木杜拉", "name_b": "Omer Hemdulla"}
    assert said["name"]["says"].startswith("约买尔·艾木杜拉 ~ Omer Hemdulla: similarity")
    assert [part["left"] for part in said["name"]["parts"]] == ["约买尔", "艾木杜拉"]
    assert said["birth_date"]["values"] == {"date_a": "1980-01-02", "date_b": "1980-06-07"}
    assert said["birth_date"]["says"] == "born the same year, other day (1980-01-02 / 1980-06-07)"
