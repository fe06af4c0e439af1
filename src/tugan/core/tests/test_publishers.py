import pytest

from tugan.core.publishers import publisher_from_url, registered_domain


@pytest.mark.parametrize(
    ("url", "domain"),
    [
        ("https://www.rfa.org/mandarin/x.html", "rfa.org"),
        ("https://tw.news.yahoo.com/abc", "yahoo.com"),
        ("https://www.trt.net.tr/chinese/x", "trt.net.tr"),
        ("http://news.example.co.uk/x", "example.co.uk"),
    ],
)
def test_it_finds_the_registered_domain(url, domain):
    assert registered_domain(url) == domain


def test_it_names_known_outlets_and_falls_back_to_the_domain():
    assert publisher_from_url("https://mandev.rfaweb.org/x") == "Radio Free Asia"
    assert publisher_from_url("https://steppe-daily.example.com/x") == "example.com"
