"""Names never show as empty boxes: the shipped fonts cover every script the pages write."""

from pathlib import Path

import pytest

ttLib = pytest.importorskip("fontTools.ttLib", reason="fontTools is a test dependency")

ROOT = Path(__file__).resolve().parents[1]
FONTS = ROOT / "src/tugan/static/fonts"


def characters_of(font: str) -> set[int]:
    return set(ttLib.TTFont(FONTS / font).getBestCmap())


def text_of(*paths: str) -> str:
    return "".join((ROOT / path).read_text(encoding="utf-8") for path in paths)


def test_the_han_font_has_every_character_of_the_gazetteer_sample_and_catalogue():
    text = text_of(
        "src/tugan/core/data/gazetteer.tsv",
        "src/tugan/sample/sample.json",
        "src/tugan/locale/zh_Hans/LC_MESSAGES/django.po",
    )
    han = {ord(c) for c in text if "\u3400" <= c <= "\u9fff"}
    assert len(han) > 500
    assert sorted(chr(c) for c in han - characters_of("NotoSansSC-Names-Regular.woff2")) == []


def test_the_arabic_font_has_every_uyghur_letter():
    # The Uyghur alphabet in Arabic script, with hamza carriers and the catalogue's text.
    text = "ئابپتجچخدرزژسشغفقكگڭلمنھوۇۆۈۋېىي" + text_of("src/tugan/locale/ug/LC_MESSAGES/django.po")
    letters = {ord(c) for c in text if "\u0600" <= c <= "\u06ff"}
    assert letters - characters_of("NotoNaskhArabic-Regular.woff2") == set()


def test_the_latin_font_has_kazakh_cyrillic_and_uyghur_latin():
    text = "ӘәҒғҚқҢңӨөҰұҮүҺһІі ЁёЖжЩщЪъЫыЭэЮюЯя éöüşçğıñ" + text_of(
        "src/tugan/locale/kk/LC_MESSAGES/django.po", "src/tugan/locale/ru/LC_MESSAGES/django.po"
    )
    letters = {ord(c) for c in text if c.isalpha()}
    assert letters - characters_of("NotoSans-Regular.woff2") == set()


def test_every_font_has_its_licence():
    licence = (FONTS / "OFL.txt").read_text()
    assert "SIL OPEN FONT LICENSE" in licence
    for font in FONTS.glob("*.woff2"):
        assert font.name.split("-")[0] in licence, font.name
