"""DOCX -> Blocks with python-docx (MIT): paragraph styles say which paragraphs
are headings, list items, captions and quotations."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

from quizgen.errors import IngestError
from quizgen.ingest.blocks import Block, Cleaning, assemble
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


def read_docx(data: bytes, *, path: Path, sha256: str) -> Document:
    """A Word chapter as a Document (the body's paragraphs in order; tables skipped)."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        word = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise IngestError(f"{path.name} is damaged or not a Word .docx file") from exc
    blocks: list[Block] = []
    for paragraph in word.paragraphs:
        kind, level = _kind(paragraph)
        blocks.append(Block(kind=kind, text=paragraph.text, level=level))
    title = (word.core_properties.title or "").strip()
    return assemble(
        blocks, source=str(path), sha256=sha256, format="docx",
        fallback_title=title or path.stem, cleaning=Cleaning(),
    )
