"""Reading chapters: ``load(path) -> Document`` for .txt, .md, .pdf, .docx, .html and .epub.

Each format has its own small module that turns the file into
:class:`~quizgen.ingest.blocks.Block`s; :func:`~quizgen.ingest.blocks.assemble`
cleans them and builds the Document. Every reader runs inside
:mod:`quizgen.ingest.gate`, so every failure is an
:class:`~quizgen.errors.IngestError` whose message names the file and the fix.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from quizgen.errors import IngestError
from quizgen.ingest.gate import check_input, finish, guard
from quizgen.models import Document

MAX_BYTES = 200 * 1024 * 1024
"""Files larger than this are refused before reading (a textbook PDF is rarely over 100 MB)."""

MAX_TEXT_BYTES = 16 * 1024 * 1024
"""Plain text, Markdown and HTML larger than this are refused up front: 16 MB
is some 2.5 million words, a shelf of textbooks, and the whole text is held
in memory while it is cleaned."""

FORMATS: dict[str, str] = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".pdf": "pdf",
    ".docx": "docx",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".epub": "epub",
}
_TEXT_FORMATS = {"text", "markdown", "html"}


def _check(path: Path) -> tuple[str, int]:
    if not path.exists():
        raise IngestError(f"{path} does not exist")
    if path.is_dir():
        raise IngestError(f"{path} is a folder; give the path of a chapter file")
    format = FORMATS.get(path.suffix.lower())
    if format is None:
        known = ", ".join(sorted({s for s in FORMATS if s not in (".text", ".markdown", ".xhtml")}))
        raise IngestError(f"{path.name}: unsupported file type {path.suffix or '(none)'!r}; use one of {known}")
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise IngestError(f"cannot read {path}: {exc.strerror}") from exc
    limit = MAX_TEXT_BYTES if format in _TEXT_FORMATS else MAX_BYTES
    if size > limit:
        raise IngestError(
            f"{path.name} is {size / 2**20:.0f} MB; quizgen reads {format} files up to "
            f"{limit // 2**20} MB (split the book into chapters)"
        )
    if size == 0:
        raise IngestError(f"{path.name} is empty")
    return format, size


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise IngestError(f"cannot read {path}: {exc.strerror}") from exc


def load(path: str | os.PathLike[str]) -> Document:
    """The chapter at ``path``, read and cleaned.

    ``Document.sha256`` is the digest of the file's bytes; ``source`` is the
    path as given. Raises IngestError for a missing, unsupported, empty,
    corrupt, encrypted or text-less file.
    """
    path = Path(path)
    format, _ = _check(path)
    data = _read_bytes(path)
    sha256 = hashlib.sha256(data).hexdigest()
    with guard(path, format):
        check_input(data, name=path.name, format=format, max_text_bytes=MAX_TEXT_BYTES, max_bytes=MAX_BYTES)
        if format in ("text", "markdown"):
            from quizgen.ingest.text import read_text

            document = read_text(data, path=path, sha256=sha256, markdown=format == "markdown")
        elif format == "pdf":
            from quizgen.ingest.pdf import read_pdf

            document = read_pdf(data, path=path, sha256=sha256)
        elif format == "docx":
            from quizgen.ingest.docx import read_docx

            document = read_docx(data, path=path, sha256=sha256)
        elif format == "html":
            from quizgen.ingest.html import read_html

            document = read_html(data, path=path, sha256=sha256)
        else:
            from quizgen.ingest.epub import read_epub

            document = read_epub(data, path=path, sha256=sha256)
    if not any(p.text for p in document.paragraphs):
        raise IngestError(f"{path.name} contains no text to read")
    return finish(document)


__all__ = ["load", "FORMATS", "MAX_BYTES", "MAX_TEXT_BYTES"]
