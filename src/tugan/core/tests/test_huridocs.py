import pytest

from tugan.core.huridocs import huridocs_term, load_micro_thesauri


def test_a_detention_is_the_detention_act():
    term = huridocs_term("act_type", "detained")
    assert (term.code, term.term) == ("030102000000", "Detention, imprisonment")


def test_a_value_with_no_fitting_term_has_an_empty_code():
    assert huridocs_term("act_type", "contact_lost").code == ""


@pytest.mark.parametrize("vocabulary", ["act_type", "sex", "reliability", "relationship"])
def test_every_code_has_twelve_digits_and_a_term(vocabulary):
    terms = [t for (v, _value), t in load_micro_thesauri().items() if v == vocabulary and t.code]
    assert terms
    assert all(len(t.code) == 12 and t.code.isdigit() and t.term for t in terms)


def test_every_event_type_is_listed():
    # The table must say, for each Tugan event type, which act it is or that none fits.
    from pathlib import Path

    choices = Path(__file__).resolve().parents[2] / "records" / "choices.py"
    text = choices.read_text()
    start = text.index("class EventType")
    values = [line.split('"')[1] for line in text[start:].splitlines()[1:] if '= "' in line]
    values = values[: values.index("protested") + 1]
    listed = {value for (v, value) in load_micro_thesauri() if v == "act_type"}
    assert set(values) <= listed
