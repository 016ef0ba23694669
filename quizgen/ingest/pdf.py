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
from pathlib import Path

from quizgen.errors import IngestError
from quizgen.ingest.blocks import Cleaning, assemble
from quizgen.ingest.layout import Line, Page, blocks_from_pages
from quizgen.models import Document

PDF_CLEANING = Cleaning(html=False, split_ligatures=True)
_BULLET_ONLY = re.compile(r"^[•●▪◦‣∙■□➢►✓]\s*$")
_LINE_END_HYPHEN = "\ufffe"
_SPACES = re.compile(r"\s+")
_BOLD_FONT = re.compile(r"Bold|Black|Heavy|Semibold|Demi", re.I)


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


def _page_lines(page, textpage) -> list[Line]:  # type: ignore[no-untyped-def]
    """Lines of one page in the order the PDF draws them, with position and font size.

    Bullets drawn apart from their text mark the line beside them instead.
    """
    import ctypes

    import pypdfium2.raw as raw

    origin_x, origin_y = ctypes.c_double(), ctypes.c_double()
    font, flags = ctypes.create_string_buffer(256), ctypes.c_int()
    text = textpage.get_text_range()
    height = page.get_size()[1]
    lines: list[Line] = []
    bullets: list[float] = []
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
                bullets.append(height - top)
                continue
            weight = raw.FPDFText_GetFontWeight(textpage, first)
            raw.FPDFText_GetFontInfo(textpage, first, font, len(font), ctypes.byref(flags))
            bold = weight >= 600 or _BOLD_FONT.search(font.value.decode("latin-1")) is not None
            lines.append(
                Line(
                    text=_SPACES.sub(" ", stripped) + ("-" if k < len(pieces) - 1 else ""),
                    top=height - top, bottom=baseline, x0=left, x1=right,
                    size=round(raw.FPDFText_GetFontSize(textpage, first), 1),
                    bold=bold,
                )
            )
    if bullets:
        lines = [
            replace(ln, text="• " + ln.text)
            if any(abs((ln.top or 0) - b) < 0.6 * (ln.size or 10) for b in bullets) else ln
            for ln in lines
        ]
    return lines


def read_pages(data: bytes, *, name: str) -> list[Page]:
    """The lines of every page of a PDF; raises IngestError for a PDF without a text layer."""
    pdf = _open(data, name)
    pages: list[Page] = []
    chars = 0
    try:
        for index in range(len(pdf)):
            page = pdf[index]
            textpage = page.get_textpage()
            chars += textpage.count_chars()
            pages.append(Page(number=index + 1, lines=tuple(_page_lines(page, textpage)), height=page.get_size()[1]))
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


def read_pdf(data: bytes, *, path: Path, sha256: str) -> Document:
    """A PDF chapter as a Document: furniture removed, hyphens and lines rejoined, headings from font sizes."""
    pages = read_pages(data, name=path.name)
    blocks = blocks_from_pages(pages)
    return assemble(
        blocks, source=str(path), sha256=sha256, format="pdf", fallback_title=path.stem, cleaning=PDF_CLEANING,
    )
