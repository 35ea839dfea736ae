"""Reading generated PDFs back in tests: their text (what a line break cannot change), whether
a passage survived page breaks intact, and the fonts every page uses."""

from __future__ import annotations

import re
from pathlib import Path

from pypdf import PdfReader


def flat(text: str) -> str:
    """Text without whitespace or zero-width spaces: what a line break cannot change."""
    return re.sub(r"[\s\u200b]+", "", text)


def pages(path: Path) -> list[str]:
    return [p.extract_text() or "" for p in PdfReader(path).pages]


def text(path: Path) -> str:
    return flat("".join(pages(path)))


def contains(haystack: str, needle: str, *, chunk: int = 24, max_gap: int = 900) -> bool:
    """`needle` appears in order in `haystack` (a flat() text), allowing a page break's
    header, footer and repeated table header (or the next cells of a table row cut in pieces)
    between two of its pieces, and nothing else lost or changed. Every place its start
    appears is tried."""
    needle = flat(needle)
    start = haystack.find(needle[:chunk])
    while start >= 0:
        if contains_at(haystack, needle, start, chunk, max_gap):
            return True
        start = haystack.find(needle[:chunk], start + 1)
    return False


def contains_at(haystack: str, needle: str, pos: int, chunk: int, max_gap: int) -> bool:
    i = 0
    while i < len(needle):
        k = 0
        while (
            i + k < len(needle) and pos + k < len(haystack) and haystack[pos + k] == needle[i + k]
        ):
            k += 1
        i, pos = i + k, pos + k
        if i == len(needle):
            return True
        nxt = haystack.find(needle[i : i + chunk], pos)
        if nxt < 0 or nxt - pos > max_gap:
            return False
        pos = nxt
    return True


def fonts(path: Path) -> dict[str, object]:
    """Every font any page (or form XObject on it) uses, by name."""
    found: dict[str, object] = {}

    def walk(resources) -> None:
        if resources is None:
            return
        resources = resources.get_object()
        fonts = resources.get("/Font")
        if fonts is not None:
            for key, ref in fonts.get_object().items():
                font = ref.get_object()
                found[str(font.get("/BaseFont", key))] = font
        xobjects = resources.get("/XObject")
        if xobjects is not None:
            for ref in xobjects.get_object().values():
                x = ref.get_object()
                if x.get("/Subtype") == "/Form":
                    walk(x.get("/Resources"))

    for page in PdfReader(path).pages:
        walk(page.get("/Resources"))
    return found


def embedded(font) -> bool:
    if font.get("/Subtype") == "/Type0":
        font = font["/DescendantFonts"][0].get_object()
    descriptor = font.get("/FontDescriptor")
    return descriptor is not None and "/FontFile2" in descriptor.get_object()
