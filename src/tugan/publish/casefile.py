"""The printable case file: one person's record as a PDF for lawyers, UN bodies and consulates.

It holds what the person page shows its viewer (records/reading.py's read_person_detail): names
and identity facts, the timeline with each fact's quoted source, relatives and contact history,
with the date it was made and the hash of the record's latest audit entry.
"""

from pathlib import Path
from typing import Any

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import timezone

from tugan.accounts.models import AnyUser
from tugan.audit.models import AuditEntry
from tugan.records.reading import read_person_detail

# Fonts the system has through fontconfig (Debian: fonts-noto-core, fonts-noto-cjk): Latin and
# Cyrillic, Chinese, and Arabic script for Uyghur. Fonts shipped in static/fonts/ come after them.
SYSTEM_FONTS = ["Noto Sans", "Noto Sans CJK SC", "Noto Naskh Arabic", "Noto Sans Arabic"]
SHIPPED_FONT_DIR = settings.PACKAGE_DIR / "static" / "fonts"
FONT_SUFFIXES = {".ttf", ".otf", ".woff", ".woff2"}


def shipped_fonts() -> list[Path]:
    """Return the font files shipped with Tugan, if any."""
    if not SHIPPED_FONT_DIR.is_dir():
        return []
    return sorted(p for p in SHIPPED_FONT_DIR.rglob("*") if p.suffix.lower() in FONT_SUFFIXES)


def font_css() -> str:
    """Return the CSS naming the fonts to print with: system fonts, then the shipped ones."""
    faces, families = [], [f'"{family}"' for family in SYSTEM_FONTS]
    for index, path in enumerate(shipped_fonts()):
        family = f"Tugan shipped {index}"
        faces.append(f'@font-face {{ font-family: "{family}"; src: url("{path.as_uri()}"); }}')
        families.append(f'"{family}"')
    return "\n".join([*faces, f"html {{ font-family: {', '.join(families)}, sans-serif; }}"])


def latest_audit_entry(public_id: str) -> AuditEntry | None:
    """Return the newest audit entry about this person's record."""
    return (
        AuditEntry.objects.filter(record_type="records.Person", record_id=public_id)
        .order_by("-id")
        .first()
    )


def read_casefile(viewer: AnyUser, public_id: str, level_label: str) -> dict[str, Any]:
    """Return what the case file of this person holds for this viewer."""
    page = read_person_detail(viewer, public_id)
    return {
        **page,
        "level_label": level_label,
        "generated_at": timezone.now(),
        "audit_entry": latest_audit_entry(page["person"].public_id),
        "font_css": font_css(),
    }


def render_casefile_pdf(viewer: AnyUser, public_id: str, level_label: str) -> bytes:
    """Return the case file of this person, as this viewer may see it, as PDF bytes."""
    import weasyprint  # imported here: it loads Pango, which only this needs

    html = render_to_string("publish/casefile.html", read_casefile(viewer, public_id, level_label))
    pdf: bytes = weasyprint.HTML(string=html, base_url=str(settings.PACKAGE_DIR)).write_pdf()
    return pdf
