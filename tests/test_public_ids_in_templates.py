"""A public id shown as a link never breaks at its hyphen ("SRC-" on one line, "000001" on the
next): its link, or the element right around it, carries the public-id class (nowrap)."""

import re
from pathlib import Path

TEMPLATES = Path(__file__).resolve().parents[1] / "src/tugan"
ID_LINK = re.compile(
    r"(?P<around><[a-z]+[^<>]*>)?<a(?P<attributes>[^>]*)>"
    r"\{\{ ?[\w.]*(?:public_id|signal\.source) ?\}\}</a>"
)


def test_every_linked_public_id_is_kept_on_one_line():
    unwrapped = [
        f"{path.relative_to(TEMPLATES)}: {match.group()}"
        for path in sorted(TEMPLATES.rglob("*.html"))
        if "templates" in path.parts
        for match in ID_LINK.finditer(path.read_text(encoding="utf-8"))
        if "public-id" not in match["attributes"] and "public-id" not in (match["around"] or "")
    ]
    assert unwrapped == []
