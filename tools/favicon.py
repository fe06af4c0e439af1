"""Draw Tugan's icon from one shape: src/tugan/static/tugan/favicon.svg, which pages link, and
src/tugan/site_root/favicon.ico, served at /favicon.ico for browsers that ask there.

    python tools/favicon.py

The icon is drawn here, not downloaded: a rounded square in the site's accent colour with a
white T. The ICO holds 16, 32 and 48 pixel images (32-bit bitmaps), each pixel's cover
sampled on a 4 x 4 grid; plain Python, no imaging library.
"""

import struct
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "src/tugan"
SVG_PATH = PACKAGE / "static/tugan/favicon.svg"
ICO_PATH = PACKAGE / "site_root/favicon.ico"
SIZE = 32  # the shape's units
CORNER = 6
ACCENT = (0x1F, 0x5F, 0x8B)  # --accent in site.css
WHITE = (0xFF, 0xFF, 0xFF)
# The T: its bar, then its stem (x, y, width, height).
LETTER = [(7, 7, 18, 4.5), (13.75, 7, 4.5, 18)]
ICO_SIZES = [16, 32, 48]
SAMPLES = 4


def svg() -> str:
    """Return the icon as SVG."""
    bars = "".join(
        f'<rect x="{x:g}" y="{y:g}" width="{w:g}" height="{h:g}"/>' for x, y, w, h in LETTER
    )
    r, g, b = ACCENT
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {SIZE} {SIZE}">'
        f'<rect width="{SIZE}" height="{SIZE}" rx="{CORNER}" fill="#{r:02x}{g:02x}{b:02x}"/>'
        f'<g fill="#fff">{bars}</g></svg>\n'
    )


def in_square(x: float, y: float) -> bool:
    """Return whether a point lies in the rounded square."""
    cx = min(max(x, CORNER), SIZE - CORNER)
    cy = min(max(y, CORNER), SIZE - CORNER)
    return 0 <= x <= SIZE and 0 <= y <= SIZE and (x - cx) ** 2 + (y - cy) ** 2 <= CORNER**2


def in_letter(x: float, y: float) -> bool:
    return any(bx <= x < bx + w and by <= y < by + h for bx, by, w, h in LETTER)


def pixel(px: int, py: int, pixels: int) -> tuple[int, int, int, int]:
    """Return one pixel's blue, green, red and alpha, as a bitmap stores them."""
    inside = white = 0
    for i in range(SAMPLES):
        for j in range(SAMPLES):
            x = (px + (i + 0.5) / SAMPLES) * SIZE / pixels
            y = (py + (j + 0.5) / SAMPLES) * SIZE / pixels
            if in_square(x, y):
                inside += 1
                white += in_letter(x, y)
    if not inside:
        return (0, 0, 0, 0)
    share = white / inside
    r, g, b = (round(a + (w - a) * share) for a, w in zip(ACCENT, WHITE, strict=True))
    return (b, g, r, round(255 * inside / SAMPLES**2))


def bitmap(pixels: int) -> bytes:
    """Return one ICO image: a BITMAPINFOHEADER, rows bottom up, and an empty AND mask."""
    header = struct.pack("<IiiHHIIiiII", 40, pixels, pixels * 2, 1, 32, 0, 0, 0, 0, 0, 0)
    rows = b"".join(
        bytes(value for x in range(pixels) for value in pixel(x, y, pixels))
        for y in reversed(range(pixels))
    )
    mask_row = ((pixels + 31) // 32) * 4
    return header + rows + bytes(mask_row * pixels)


def ico() -> bytes:
    """Return the icon as ICO, one image for each of ICO_SIZES."""
    images = [bitmap(pixels) for pixels in ICO_SIZES]
    directory = struct.pack("<HHH", 0, 1, len(images))
    offset = len(directory) + 16 * len(images)
    for pixels, image in zip(ICO_SIZES, images, strict=True):
        directory += struct.pack("<BBBBHHII", pixels, pixels, 0, 0, 1, 32, len(image), offset)
        offset += len(image)
    return directory + b"".join(images)


if __name__ == "__main__":
    SVG_PATH.write_text(svg(), encoding="utf-8")
    ICO_PATH.write_bytes(ico())
    print(f"wrote {SVG_PATH} and {ICO_PATH}")
