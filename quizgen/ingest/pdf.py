"""PDF -> Blocks, with pypdfium2 (PDFium: Apache-2.0/BSD, C speed, maintained by
Google for Chrome).

Why PDFium: it reads each 30-page corpus chapter in 0.1-0.3 s, gives each
character's position, font size and font name (for headings, indents and page
furniture), and marks the hyphens it sees at line ends (U+FFFE), which the
dehyphenation step then decides on. Measured against pdfplumber, pypdf,
pdftotext and PyMuPDF on the development corpus (docs/pdf-readers.md,
bench/compare_pdf_readers.py): 24x faster than pypdf and 59x than pdfplumber
with the same raw text; PyMuPDF is about 20% faster but AGPL; pdftotext is a
GPL binary with no character positions.

Page numbers on paragraphs are the printed numbers when the page furniture
shows them consistently, else the 1-based page index in the file.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from quizgen.errors import IngestError
from quizgen.ingest import marks
from quizgen.ingest.blocks import Cleaning, assemble
from quizgen.ingest.layout import Line, Page, blocks_from_pages
from quizgen.models import Document

PDF_CLEANING = Cleaning(html=False, split_ligatures=True)
_BULLET_ONLY = re.compile(r"^[•●▪◦‣∙■□➢►✓]\s*$")
_LINE_END_HYPHEN = "\ufffe"
_SPACES = re.compile(r"\s+")
_BOLD_FONT = re.compile(r"Bold|Black|Heavy|Semibold|Demi", re.I)
_ITALIC_FONT = re.compile(r"Italic|Oblique", re.I)
_TEXT_OBJECT = 1  # FPDF_PAGEOBJ_TEXT


def _address(pointer) -> int:  # type: ignore[no-untyped-def]
    import ctypes

    return ctypes.cast(pointer, ctypes.c_void_p).value or 0


@lru_cache(maxsize=1)
def _address_calls():  # type: ignore[no-untyped-def]
    """FPDFText_GetTextObject and FPDFTextObj_GetFont returning plain addresses:
    the same PDFium functions, declared to return ``void*`` so that comparing
    the objects of thousands of characters costs no pointer casts."""
    import ctypes

    import pypdfium2.raw as raw

    def address_returning(function, *argtypes):  # type: ignore[no-untyped-def]
        prototype = ctypes.CFUNCTYPE(ctypes.c_void_p, *argtypes)
        return prototype(_address(function))

    return (
        address_returning(raw.FPDFText_GetTextObject, ctypes.c_void_p, ctypes.c_int),
        address_returning(raw.FPDFTextObj_GetFont, ctypes.c_void_p),
    )


_PATH_OBJECT = 2  # FPDF_PAGEOBJ_PATH
_MIN_BOX = 60.0  # points: smaller filled shapes are rules, bullets or parts of a figure

Range = tuple[int, int, tuple[str, str]]
Box = tuple[float, float, float, float]


def _page_styles(page, textpage, fonts: dict[int, str]) -> tuple[list[Range], list[Box]]:  # type: ignore[no-untyped-def]
    """What a page's objects say beyond its text, in one pass over them:

    - ``(start, end, mark)`` ranges of text-page character indices set in a
      bold or italic face. Text objects are few (about one per line run of one
      font), so each font is looked at once per object, not once per
      character; only the characters of bold and italic objects are visited,
      to find their indices. ``fonts`` caches font address -> "bold",
      "italic" or "" across pages.
    - ``(left, bottom, right, top)`` of the shaded or framed boxes: filled
      (not white) or stroked rectangles large enough to hold text, but smaller
      than most of the page (a page-wide tint is a background, not a box).
    """
    import ctypes

    import pypdfium2.raw as raw

    if not hasattr(raw, "FPDFText_GetTextObject"):
        return [], []
    name = ctypes.create_string_buffer(256)
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    bounds = tuple(ctypes.byref(v) for v in (left, bottom, right, top))
    red, green, blue, alpha = (ctypes.c_uint() for _ in range(4))
    colour = tuple(ctypes.byref(v) for v in (red, green, blue, alpha))
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    width, height = page.get_size()
    count = textpage.count_chars()
    text_object, font_address = _address_calls()
    handle = textpage.raw
    ranges: list[Range] = []
    boxes: list[Box] = []
    for index in range(raw.FPDFPage_CountObjects(page)):
        obj = raw.FPDFPage_GetObject(page, index)
        kind = raw.FPDFPageObj_GetType(obj)
        if kind == _PATH_OBJECT:
            raw.FPDFPageObj_GetBounds(obj, *bounds)
            w, h = right.value - left.value, top.value - bottom.value
            if w < _MIN_BOX or h < 0.5 * _MIN_BOX or w * h > 0.8 * width * height:
                continue
            raw.FPDFPath_GetDrawMode(obj, ctypes.byref(fill), ctypes.byref(stroke))
            shaded = False
            if fill.value:
                raw.FPDFPageObj_GetFillColor(obj, *colour)
                shaded = alpha.value > 0 and min(red.value, green.value, blue.value) < 250
            box = (left.value, bottom.value, right.value, top.value)
            if (shaded or stroke.value) and box not in boxes:
                boxes.append(box)
            continue
        if kind != _TEXT_OBJECT:
            continue
        key = font_address(obj) or 0
        style = fonts.get(key)
        if style is None:
            font = raw.FPDFTextObj_GetFont(obj)
            raw.FPDFFont_GetBaseFontName(font, name, len(name))
            face = name.value.decode("latin-1")
            bold = raw.FPDFFont_GetWeight(font) >= 600 or _BOLD_FONT.search(face) is not None
            style = fonts[key] = "bold" if bold else "italic" if _ITALIC_FONT.search(face) else ""
        if not style:
            continue
        raw.FPDFPageObj_GetBounds(obj, *bounds)
        middle = (bottom.value + top.value) / 2
        hit = raw.FPDFText_GetCharIndexAtPos(textpage, left.value + 0.5, middle, 2.0, 2.0)
        target = _address(obj)
        if hit < 0 or text_object(handle, hit) != target:
            continue
        start = end = hit
        while start > 0 and text_object(handle, start - 1) == target:
            start -= 1
        while end < count and text_object(handle, end) == target:
            end += 1
        ranges.append((start, end, marks.BOLD if style == "bold" else marks.ITALIC))
    ranges.sort()
    return ranges, boxes


def _in_box(boxes: list[Box], x0: float, x1: float, baseline: float) -> bool:
    return any(lo - 1 <= x0 and x1 <= hi + 1 and b - 1 <= baseline <= t + 1 for lo, b, hi, t in boxes)


def _marked_piece(piece: str, start: int, ranges: list[Range]) -> str:
    """``piece`` (text-page characters from index ``start``) with marks around its styled ranges."""
    end = start + len(piece)
    cuts: list[tuple[int, str]] = []
    for low, high, mark in ranges:
        if high <= start or low >= end:
            continue
        cuts.append((max(low, start) - start, mark[0]))
        cuts.append((min(high, end) - start, mark[1]))
    if not cuts:
        return piece
    out: list[str] = []
    position = 0
    for offset, char in sorted(cuts, key=lambda cut: (cut[0], cut[1] in (marks.BOLD[0], marks.ITALIC[0]))):
        out.append(piece[position:offset])
        out.append(char)
        position = offset
    out.append(piece[position:])
    return _SPACES.sub(" ", marks.tidy("".join(out)).strip())


def _open(data: bytes, name: str):  # type: ignore[no-untyped-def]
    import pypdfium2 as pdfium

    if not data.lstrip()[:1024].startswith(b"%PDF") and b"%PDF" not in data[:1024]:
        raise IngestError(f"{name} is not a PDF file (it does not start with %PDF)")
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        message = str(exc).lower()
        if "password" in message:
            raise IngestError(f"{name} is encrypted; remove the password (e.g. qpdf --decrypt) and try again") from exc
        raise IngestError(f"{name} is damaged or truncated and cannot be read as a PDF ({exc})") from exc


def _page_lines(page, textpage, fonts: dict[int, str] | None = None, *, styles: bool = True) -> list[Line]:  # type: ignore[no-untyped-def]
    """Lines of one page in the order the PDF draws them, with position, font size
    and bold and italic marks.

    Bullets drawn apart from their text mark the line beside them instead.
    """
    import ctypes

    import pypdfium2.raw as raw

    origin_x, origin_y = ctypes.c_double(), ctypes.c_double()
    font, flags = ctypes.create_string_buffer(256), ctypes.c_int()
    text = textpage.get_text_range()
    ranges, boxes = _page_styles(page, textpage, {} if fonts is None else fonts) if styles else ([], [])
    height = page.get_size()[1]
    lines: list[Line] = []
    bullets: list[tuple[float, float]] = []
    offset = 0
    for raw_line in text.split("\r\n"):
        start, offset = offset, offset + len(raw_line) + 2
        pieces = raw_line.split(_LINE_END_HYPHEN)
        piece_start = start
        for k, piece in enumerate(pieces):
            first = piece_start + (len(piece) - len(piece.lstrip()))
            stripped = piece.strip()
            end_index = piece_start + len(piece.rstrip()) - 1
            piece_start += len(piece) + 1
            if not stripped:
                continue
            left, _, _, top = textpage.get_charbox(first)
            _, _, right, _ = textpage.get_charbox(max(end_index, first))
            raw.FPDFText_GetCharOrigin(textpage, first, ctypes.byref(origin_x), ctypes.byref(origin_y))
            baseline = height - origin_y.value
            if _BULLET_ONLY.match(stripped):
                bullets.append((height - top, right))
                continue
            weight = raw.FPDFText_GetFontWeight(textpage, first)
            raw.FPDFText_GetFontInfo(textpage, first, font, len(font), ctypes.byref(flags))
            bold = weight >= 600 or _BOLD_FONT.search(font.value.decode("latin-1")) is not None
            hyphen = "-" if k < len(pieces) - 1 else ""
            marked = _marked_piece(piece, piece_start - len(piece) - 1, ranges) if ranges else piece
            lines.append(
                Line(
                    text=_SPACES.sub(" ", stripped) + hyphen,
                    top=height - top, bottom=baseline, x0=left, x1=right,
                    size=round(raw.FPDFText_GetFontSize(textpage, first), 1),
                    bold=bold, marked=marked + hyphen if marked is not piece else "",
                    boxed=bool(boxes) and _in_box(boxes, left, right, origin_y.value),
                )
            )
    if bullets:
        lines = [
            replace(ln, text="• " + ln.text, marked="• " + ln.marked if ln.marked else "")
            # The bullet sits just left of its line, not in the other column.
            if any(
                abs((ln.top or 0) - b) < 0.6 * (ln.size or 10) and -2 <= (ln.x0 or 0) - x < 4 * (ln.size or 10)
                for b, x in bullets
            ) else ln
            for ln in lines
        ]
    return lines


def read_pages(data: bytes, *, name: str, styles: bool = True) -> list[Page]:
    """The lines of every page of a PDF; raises IngestError for a PDF without a text layer.

    ``styles=False`` leaves out bold and italic marks and boxes (for measuring what they cost).
    """
    pdf = _open(data, name)
    pages: list[Page] = []
    chars = 0
    fonts: dict[int, str] = {}
    try:
        for index in range(len(pdf)):
            page = pdf[index]
            textpage = page.get_textpage()
            chars += textpage.count_chars()
            lines = tuple(_page_lines(page, textpage, fonts, styles=styles))
            pages.append(Page(number=index + 1, lines=lines, height=page.get_size()[1]))
            textpage.close()
            page.close()
    except IngestError:
        raise
    except Exception as exc:  # PDFium reports damage inside pages as generic errors
        raise IngestError(f"{name} is damaged and cannot be read ({exc})") from exc
    finally:
        pdf.close()
    if not pages:
        raise IngestError(f"{name} has no pages")
    if chars < 20 * len(pages) and not any(ln.text.strip() for p in pages for ln in p.lines if len(ln.text) > 3):
        raise IngestError(
            f"{name} has no text layer (a scan?); run OCR first, e.g. `ocrmypdf {name} out.pdf`"
        )
    return pages


def read_pdf(data: bytes, *, path: Path, sha256: str, styles: bool = True) -> Document:
    """A PDF chapter as a Document: furniture removed, hyphens and lines rejoined, headings from font sizes."""
    pages = read_pages(data, name=path.name, styles=styles)
    blocks = blocks_from_pages(pages)
    return assemble(
        blocks, source=str(path), sha256=sha256, format="pdf", fallback_title=path.stem, cleaning=PDF_CLEANING,
    )
