"""Blocks (what a format reader finds) -> a Document (what the rest of quizgen reads).

Every reader produces the same simple list of :class:`Block`s; :func:`assemble`
cleans their text, builds the heading hierarchy and numbers the paragraphs, so
sections, kinds and pages work the same way whatever the format.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass

from quizgen.ingest import clean
from quizgen.models import Document, Paragraph, Section

PAGE_MARK = "\ue000"
"""Put in a block's text where a new page starts (a private-use character,
so cleaning leaves it alone); :func:`assemble` turns marks into page offsets."""


@dataclass(frozen=True, slots=True)
class Block:
    """One heading or paragraph as a reader found it, before cleaning.

    ``kind`` is ``"heading"`` (with ``level`` 1 for the top) or a Paragraph
    kind. ``pages`` lists the page the block starts on, then one page per
    :data:`PAGE_MARK` in ``text``; it is empty for formats without pages.
    """

    kind: str
    text: str
    level: int = 0
    pages: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class Cleaning:
    """Which cleaning steps a format needs (all formats get Unicode, ligature
    characters, escapes, citations and whitespace)."""

    markdown: bool = False
    html: bool = False
    split_ligatures: bool = False


_CAPTION = re.compile(
    r"^(?:Figure|Fig\.|Table|Photo|Image|Map|Chart|Plate|Exhibit)\s+[\dIVXivx]+(?:[.\-–:]\d+)*\b"
    r"|\((?:photo )?credit:"
    # A chart's caption ends on its data source: "(source: OECD; attribution: ...)".
    r"|\(source:[^)]*attribution:",
)
_OBJECTIVE_INTRO = re.compile(r"\b(?:able to|objectives?|outcomes?|you will learn)\b.*:$", re.I)


def clean_text(text: str, cleaning: Cleaning, vocabulary: Collection[str] = ()) -> tuple[str, tuple[str, ...]]:
    """One block's text cleaned, and the citation markers taken out of it."""
    text = clean.normalise_unicode(text)
    text = clean.replace_ligatures(text)
    if cleaning.html:
        text = clean.strip_html(text)
    if cleaning.markdown:
        text = clean.strip_markdown(text)
    text = clean.remove_escapes(text)
    text = clean.collapse_whitespace(text)
    if cleaning.split_ligatures:
        text = clean.join_split_ligatures(text, vocabulary=vocabulary)
    text, citations = clean.extract_citations(text)
    return clean.collapse_whitespace(text), citations


def _page_starts(text: str, pages: Sequence[int]) -> tuple[str, tuple[tuple[int, int], ...]]:
    if not pages:
        return text.replace(PAGE_MARK, " "), ()
    starts = [(0, pages[0])]
    out: list[str] = []
    length = 0
    for i, piece in enumerate(text.split(PAGE_MARK)):
        if i:
            page = pages[i] if i < len(pages) else pages[-1]
            if out and out[-1].endswith(" ") and piece.startswith(" "):
                piece = piece[1:]
            if starts[-1][0] == length:
                starts[-1] = (length, page)
            elif page != starts[-1][1]:
                starts.append((length, page))
        out.append(piece)
        length += len(piece)
    joined = "".join(out)
    # Whitespace at the ends was removed after the marks were placed; keep offsets inside the text.
    starts = [(min(offset, max(len(joined) - 1, 0)), page) for offset, page in starts]
    return joined, tuple(starts)


def document_vocabulary(texts: Iterable[str]) -> frozenset[str]:
    """Lower-cased words of a document, for cleaning steps that trust its own spelling."""
    words: set[str] = set()
    for text in texts:
        words.update(w.lower() for w in re.findall(r"[A-Za-z]+(?:-[A-Za-z]+)*", text))
    return frozenset(words)


def assemble(
    blocks: Sequence[Block],
    *,
    source: str,
    sha256: str,
    format: str,
    fallback_title: str,
    cleaning: Cleaning = Cleaning(),
) -> Document:
    """A Document from blocks in reading order.

    The title is the first level-1 heading, else ``fallback_title``. A heading
    becomes a Section and sets the section path of the paragraphs after it;
    an empty heading closes the sections at its level without opening one.
    """
    vocabulary = document_vocabulary(b.text for b in blocks) if cleaning.split_ligatures else frozenset()
    sections: list[Section] = []
    paragraphs: list[Paragraph] = []
    stack: list[tuple[int, str]] = []
    title = ""
    objective_run = objective_section = False
    for block in blocks:
        if block.kind == "heading":
            heading, _ = clean_text(block.text.replace(PAGE_MARK, " "), cleaning)
            level = max(block.level, 1)
            stack = [(lvl, t) for lvl, t in stack if lvl < level]
            objective_run = objective_section = False
            if not heading:
                continue
            stack.append((level, heading))
            if not title and level == 1:
                title = heading
            sections.append(
                Section(
                    title=heading, level=level, path=tuple(t for _, t in stack),
                    page=block.pages[0] if block.pages else None,
                )
            )
            continue
        text, citations = clean_text(block.text, cleaning, vocabulary)
        text, starts = _page_starts(text, block.pages)
        text = text.strip()
        if not text:
            continue
        kind = block.kind
        if kind == "body" and objective_section and stack and not _OBJECTIVE_INTRO.search(text):
            # A learning-outcomes box is a section of its own; the text after it
            # belongs to the section around the box.
            stack.pop()
            objective_section = False
        if kind == "body" and _CAPTION.search(text):
            kind = "caption"
        if kind == "body" and _OBJECTIVE_INTRO.search(text):
            kind, objective_run = "objective", True
            objective_section = not any(p.section == tuple(t for _, t in stack) for p in paragraphs[-1:])
        elif kind == "list_item" and objective_run:
            kind = "objective"
        else:
            objective_run = False
        paragraphs.append(
            Paragraph(
                index=len(paragraphs), text=text, section=tuple(t for _, t in stack),
                page_starts=starts, citations=citations, kind=kind,
            )
        )
    return Document(
        title=title or fallback_title, source=source, sha256=sha256, format=format,
        sections=tuple(sections), paragraphs=tuple(paragraphs),
    )
