"""Make the fonts Tugan ships in src/tugan/static/fonts/ from Debian's Noto fonts.

Names must never show as empty boxes on a machine that has only the package installed, so
the pages carry a CJK, Arabic-script and Latin/Cyrillic font of their own (WOFF2, served from
this server, never a CDN). The CJK font is cut down with fontTools to the characters names and
places need: every Han character of GB 2312 and of Big5's common set (Simplified and
Traditional names), the Han characters of Tugan's name and place tables, and CJK punctuation.
All are Noto fonts under the SIL Open Font License 1.1, which allows subsetting and bundling.

Run after `apt-get install fonts-noto-core fonts-noto-cjk`:

    python tools/fonts.py
"""

import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTCollection, TTFont

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src/tugan/static/fonts"
NOTO = Path("/usr/share/fonts/truetype/noto")
NOTO_CJK = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
CJK_SC_INDEX = 2  # the SC face of the collection
LATIN_CYRILLIC = (
    list(range(0x20, 0x250))  # Basic Latin to Latin Extended-B (Turkish, ULY, pinyin tones)
    + list(range(0x2B0, 0x370))  # modifier letters, combining marks
    + list(range(0x400, 0x530))  # Cyrillic and its supplement (Kazakh ә ғ қ ң ө ұ ү һ і)
    + list(range(0x1E00, 0x1F00))  # Latin Extended Additional
    + list(range(0x2000, 0x2070))  # punctuation: dashes, quotes, ellipsis
    + [0x20AC, 0x20B8, 0x20BD, 0x2116, 0x2122, 0x2190, 0x2192, 0x2212, 0xFEFF]
)
ARABIC = (
    list(range(0x20, 0x7F))
    + list(range(0x600, 0x700))
    + list(range(0x750, 0x780))
    + list(range(0xFB50, 0xFE00))
    + list(range(0xFE70, 0xFF00))
    + [0x200C, 0x200D, 0x200E, 0x200F, 0x2066, 0x2067, 0x2068, 0x2069, 0x25CC]
)


def legacy_han(encoding: str, leads: range, trails: range) -> set[int]:
    """Return the Han characters a two-byte legacy encoding can write."""
    found = set()
    for lead in leads:
        for trail in trails:
            try:
                character = bytes([lead, trail]).decode(encoding)
            except UnicodeDecodeError:
                continue
            if "\u4e00" <= character <= "\u9fff":
                found.add(ord(character))
    return found


def table_han() -> set[int]:
    """Return the Han characters in Tugan's own tables (name syllables, gazetteer)."""
    found = set()
    for path in (ROOT / "src/tugan/core/data").rglob("*"):
        if path.is_file() and path.suffix in {".tsv", ".json", ".txt"}:
            text = path.read_text(encoding="utf-8", errors="ignore")
            found |= {ord(c) for c in text if "\u3400" <= c <= "\u9fff"}
    for path in (ROOT / "src/tugan/locale").rglob("django.po"):
        text = path.read_text(encoding="utf-8")
        found |= {ord(c) for c in text if "\u3400" <= c <= "\u9fff"}
    return found


def cjk_characters() -> list[int]:
    han = legacy_han("gb2312", range(0xB0, 0xF8), range(0xA1, 0xFF))
    han |= legacy_han("big5", range(0xA4, 0xC7), list(range(0x40, 0x7F)) + list(range(0xA1, 0xFF)))
    han |= table_han()
    punctuation = set(range(0x3000, 0x3040)) | set(range(0xFF00, 0xFFF0)) | {0x00B7, 0x2022}
    return sorted(han | punctuation | set(range(0x20, 0x7F)))


def write_subset(font: TTFont, characters: list[int], name: str) -> None:
    options = subset.Options()
    options.flavor = "woff2"
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=characters)
    subsetter.subset(font)
    font.flavor = "woff2"
    font.save(OUT / name)
    print(f"{name}: {(OUT / name).stat().st_size / 1024:.0f} KB", file=sys.stderr)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for weight in ("Regular", "Bold"):
        write_subset(
            TTFont(NOTO / f"NotoSans-{weight}.ttf"), LATIN_CYRILLIC, f"NotoSans-{weight}.woff2"
        )
        write_subset(
            TTFont(NOTO / f"NotoNaskhArabic-{weight}.ttf"),
            ARABIC,
            f"NotoNaskhArabic-{weight}.woff2",
        )
    cjk = TTCollection(NOTO_CJK).fonts[CJK_SC_INDEX]
    write_subset(cjk, cjk_characters(), "NotoSansSC-Names-Regular.woff2")


if __name__ == "__main__":
    main()
