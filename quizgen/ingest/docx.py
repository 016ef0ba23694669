"""DOCX -> Blocks with python-docx (MIT): paragraph styles say which paragraphs
are headings, list items, captions and quotations."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

from quizgen.errors import IngestError
from quizgen.ingest.blocks import Block, Cleaning, assemble
from quizgen.ingest.marks import BOLD, ITALIC, wrap
from quizgen.models import Document

_HEADING = re.compile(r"^(?:Heading|Überschrift|Titre)\s*(\d)$", re.I)


def _kind(paragraph) -> tuple[str, int]:  # type: ignore[no-untyped-def]
    style = (paragraph.style.name if paragraph.style is not None else "") or ""
    if style == "Title":
        return "heading", 1
    if match := _HEADING.match(style):
        return "heading", int(match.group(1))
    lowered = style.lower()
    numbered = paragraph._p.pPr is not None and paragraph._p.pPr.numPr is not None
    if "list" in lowered or numbered:
        return "list_item", 0
    if "caption" in lowered:
        return "caption", 0
    if "quote" in lowered:
        return "quote", 0
    return "body", 0


def _run_text(run) -> str:  # type: ignore[no-untyped-def]
    """A run's text, marked when the run (or its character style) is bold or italic."""
    text = run.text
    if not text:
        return text
    style = run.style.font if run.style is not None else None
    if run.bold or (run.bold is None and style is not None and style.bold):
        return wrap(text, BOLD)
    if run.italic or (run.italic is None and style is not None and style.italic):
        return wrap(text, ITALIC)
    return text


def paragraph_text(paragraph) -> str:  # type: ignore[no-untyped-def]
    """A paragraph's text with its bold and italic runs marked (hyperlinks' runs included)."""
    from docx.text.hyperlink import Hyperlink

    parts: list[str] = []
    for item in paragraph.iter_inner_content():
        runs = item.runs if isinstance(item, Hyperlink) else [item]
        parts.extend(_run_text(run) for run in runs)
    return "".join(parts)


_HEADER_CELLS = frozenset({"term", "terms", "key term", "word", "definition", "meaning", "concept"})


def _table_rows(table) -> list[Block]:  # type: ignore[no-untyped-def]
    """A two-column table (a glossary laid out as term | meaning) as one block per row,
    the left cell in bold; wider tables are data, not sentences, and are left out."""
    blocks: list[Block] = []
    for row in table.rows:
        cells = row.cells
        if len(cells) != 2:
            return []
        left, right = (" ".join(paragraph_text(p) for p in cell.paragraphs).strip() for cell in cells)
        if not left or not right or {left.lower(), right.lower()} <= _HEADER_CELLS:
            continue
        blocks.append(Block(kind="table_row", text=f"{wrap(left, BOLD)} {right}"))
    return blocks


def read_docx(data: bytes, *, path: Path, sha256: str) -> Document:
    """A Word chapter as a Document (the body's paragraphs in order; two-column tables as rows)."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        word = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise IngestError(f"{path.name} is damaged or not a Word .docx file") from exc
    from docx.table import Table

    blocks: list[Block] = []
    for item in word.iter_inner_content():
        if isinstance(item, Table):
            blocks.extend(_table_rows(item))
            continue
        kind, level = _kind(item)
        text = item.text if kind == "heading" else paragraph_text(item)
        blocks.append(Block(kind=kind, text=text, level=level))
    title = (word.core_properties.title or "").strip()
    return assemble(
        blocks, source=str(path), sha256=sha256, format="docx",
        fallback_title=title or path.stem, cleaning=Cleaning(),
    )
