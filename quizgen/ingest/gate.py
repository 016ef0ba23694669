"""The one gate every chapter passes on its way in.

A reader hands the file's bytes to a library (zipfile and python-docx, lxml and
BeautifulSoup, PDFium); each library fails in its own way on a damaged file.
:func:`guard` turns every such failure into an :class:`~quizgen.errors.IngestError`
that names the file and the fix; :func:`check_input` refuses a zip whose parts
would expand past what quizgen reads, before a byte of it is inflated, and markup
nested deeper than any chapter; and
:func:`finish` gives the rest of quizgen a Document it can print and parse: no
control characters in its title, no paragraph longer than the parser takes.
"""

from __future__ import annotations

import io
import posixpath
import warnings
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

from quizgen.errors import IngestError, QuizgenError
from quizgen.ingest.clean import split_long_text, strip_control_characters
from quizgen.models import Document, Paragraph

MAX_MEMBERS = 10_000
"""A .docx or .epub with more parts than this is refused: a long book has a few hundred."""

MAX_DEPTH = 200
"""HTML nested deeper than this is refused: a textbook page nests some 20 elements
deep, and the reader's work grows with the cube of the depth of nested lists
(300 levels, a 3 KB file, took 23 s)."""

MAX_PARAGRAPH_CHARS = 10_000
"""Paragraphs longer than this are parsed in pieces. A long textbook paragraph is
some 2,000 characters; anything over 10,000 is text that lost its line breaks."""

# Parts of a .docx or .epub that are read as text (markup, package files), as
# against images and fonts, which are never inflated.
_MARKUP_SUFFIXES = frozenset({".xml", ".xhtml", ".html", ".htm", ".opf", ".ncx", ".rels", ".css", ".txt", ""})

_FORMAT_NAMES = {
    "text": "a text file",
    "markdown": "a Markdown file",
    "html": "an HTML page",
    "pdf": "a PDF",
    "docx": "a Word .docx file",
    "epub": "an EPUB",
}
_RESAVE = {
    "docx": "open it in Word or LibreOffice and save it again as .docx",
    "epub": "open it in an e-book editor (e.g. Calibre) and save it again",
    "pdf": "open it in a PDF viewer and print it to a new PDF",
    "html": "save the page again from a browser",
}


def _fix(format: str) -> str:
    return _RESAVE.get(format, "save it again as UTF-8 text")


def _library_errors(format: str) -> tuple[type[BaseException], ...]:
    """The exception classes the libraries behind ``format`` raise on a bad file."""
    errors: list[type[BaseException]] = []
    if format in ("html", "epub", "docx"):
        from lxml import etree

        errors.append(etree.LxmlError)
    if format == "docx":
        from docx.opc.exceptions import OpcError

        errors.append(OpcError)
    if format == "pdf":
        import pypdfium2 as pdfium

        errors.append(pdfium.PdfiumError)
    return tuple(errors)


def _brief(exc: BaseException) -> str:
    """A library's message on one line and short: the error is one line on the terminal."""
    text = " ".join(str(exc).split())
    return text if len(text) <= 160 else text[:159] + "…"


@contextmanager
def guard(path: Path, format: str) -> Iterator[None]:
    """Run a reader; any failure of the library under it becomes an IngestError,
    and the warnings libraries print about input quizgen reads on purpose are kept quiet.

    Errors quizgen raises itself pass unchanged. Programming errors (TypeError,
    AttributeError, IndexError ...) are not caught: they are bugs to fix, and the
    fuzzing tests look for them.
    """
    name = path.name
    what = _FORMAT_NAMES.get(format, "a chapter")
    try:
        with warnings.catch_warnings():
            if format in ("html", "epub"):
                from bs4 import XMLParsedAsHTMLWarning

                # XHTML (every EPUB page, an .xhtml chapter) is read on purpose with the
                # forgiving HTML parser; bs4 warns about that, seven lines a page.
                warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)
            yield
    except QuizgenError:
        raise
    except (zlib.error, zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, NotImplementedError) as exc:
        # NotImplementedError: zipfile's word for a zip version or compression method it lacks
        raise IngestError(
            f"{name} is damaged: a compressed part of it cannot be read ({_brief(exc)}); {_fix(format)}"
        ) from exc
    except UnicodeError as exc:
        reason = getattr(exc, "reason", _brief(exc))
        raise IngestError(
            f"{name} holds text quizgen cannot decode ({reason}); {_fix(format)}"
        ) from exc
    except RecursionError as exc:
        raise IngestError(
            f"{name} nests its markup too deeply to read; {_fix(format)}"
        ) from exc
    except MemoryError as exc:
        raise IngestError(f"{name} is too large to read in memory; split it into chapters") from exc
    except (KeyError, ValueError) as exc:
        # zipfile raises KeyError for a part the package lists but does not hold;
        # python-docx and lxml raise ValueError for values their schema forbids.
        raise IngestError(f"{name} is damaged or not {what} ({type(exc).__name__}: {_brief(exc)}); {_fix(format)}") from exc
    except Exception as exc:
        if isinstance(exc, _library_errors(format)):
            raise IngestError(f"{name} is damaged or not {what} ({_brief(exc)}); {_fix(format)}") from exc
        raise


def _size(count: int) -> str:
    return f"{count / 2**20:,.0f} MB" if count >= 2**20 else f"{count / 2**10:,.0f} KB"


def _is_markup(member: str) -> bool:
    return posixpath.splitext(member.lower())[1] in _MARKUP_SUFFIXES


def check_input(data: bytes, *, name: str, format: str, max_text_bytes: int, max_bytes: int) -> None:
    """Refuse, before a reader starts, what would make it run out of memory or
    time: a zip that expands too far, markup nested too deep (HTML, EPUB pages)."""
    if format in ("docx", "epub"):
        check_archive(data, name=name, format=format, max_text_bytes=max_text_bytes, max_bytes=max_bytes)
    if format == "html":
        check_depth(data, name=name)
    if format == "epub":
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            for member in archive.infolist():
                if posixpath.splitext(member.filename.lower())[1] in (".xhtml", ".html", ".htm"):
                    check_depth(archive.read(member), name=name)


def check_archive(data: bytes, *, name: str, format: str, max_text_bytes: int, max_bytes: int) -> None:
    """Refuse a .docx or .epub that is not a zip, is encrypted, has too many parts,
    or whose text parts expand past ``max_text_bytes`` (all parts past ``max_bytes``).

    Only the zip's directory is read: the sizes it declares bound what zipfile
    will inflate (a part that inflates further fails its checksum).
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError, NotImplementedError) as exc:
        raise IngestError(f"{name} is damaged or not {_FORMAT_NAMES[format]} (not a readable zip file); {_fix(format)}") from exc
    if len(members) > MAX_MEMBERS:
        raise IngestError(f"{name} has {len(members):,} parts; quizgen reads up to {MAX_MEMBERS:,} (is it the right file?)")
    if any(m.flag_bits & 0x1 for m in members):
        raise IngestError(f"{name} is encrypted; save an unprotected copy and try again")
    text_bytes = sum(m.file_size for m in members if _is_markup(m.filename))
    all_bytes = sum(m.file_size for m in members)
    if text_bytes > max_text_bytes or all_bytes > max_bytes:
        size, limit = (text_bytes, max_text_bytes) if text_bytes > max_text_bytes else (all_bytes, max_bytes)
        raise IngestError(
            f"{name} expands to {_size(size)} from {_size(len(data))}; quizgen reads "
            f"{_FORMAT_NAMES[format]} up to {limit // 2**20} MB unpacked (split the book into chapters)"
        )


def check_depth(markup: bytes, *, name: str, limit: int = MAX_DEPTH) -> None:
    """Refuse HTML whose elements nest deeper than ``limit``, by a pass of lxml's
    pull parser over the tags (no tree is built)."""
    from lxml import etree

    parser = etree.HTMLPullParser(events=("start", "end"))
    depth = 0
    step = 1 << 16
    for start in range(0, len(markup), step):
        parser.feed(markup[start : start + step])
        for event, _ in parser.read_events():
            depth += 1 if event == "start" else -1
            if depth > limit:
                raise IngestError(
                    f"{name} nests its markup more than {limit} elements deep; "
                    "no chapter does (is it generated junk? save the page again from a browser)"
                )


def _split_paragraph(paragraph: Paragraph, limit: int) -> list[Paragraph]:
    """The paragraph as pieces of at most ``limit`` characters, each with its own pages."""
    if len(paragraph.text) <= limit:
        return [paragraph]
    pieces: list[Paragraph] = []
    for start, end in split_long_text(paragraph.text, limit):
        piece = paragraph.text[start:end]
        start += len(piece) - len(piece.lstrip())
        piece = piece.strip()
        if not piece:
            continue
        starts: tuple[tuple[int, int], ...] = ()
        if paragraph.page_starts:
            first = paragraph.page_at(start)
            starts = ((0, first),) if first is not None else ()
            starts += tuple((s - start, p) for s, p in paragraph.page_starts if start < s < start + len(piece))
        pieces.append(
            replace(paragraph, text=piece, page_starts=starts, citations=paragraph.citations if not pieces else ())
        )
    return pieces


def finish(document: Document, *, limit: int = MAX_PARAGRAPH_CHARS) -> Document:
    """The Document with a printable title and no paragraph over ``limit`` characters
    (longer ones split at sentence ends), paragraphs numbered again in order."""
    title = strip_control_characters(document.title).strip() or "Untitled"
    if all(len(p.text) <= limit for p in document.paragraphs):
        return document if title == document.title else replace(document, title=title)
    paragraphs = [piece for p in document.paragraphs for piece in _split_paragraph(p, limit)]
    return replace(
        document, title=title,
        paragraphs=tuple(replace(p, index=i) for i, p in enumerate(paragraphs)),
    )
