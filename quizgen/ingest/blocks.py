"""Blocks (what a format reader finds) -> a Document (what the rest of quizgen reads).

Every reader produces the same simple list of :class:`Block`s; :func:`assemble`
cleans their text, builds the heading hierarchy and numbers the paragraphs, so
sections, kinds and pages work the same way whatever the format.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, replace

from quizgen.ingest import clean, marks
from quizgen.ingest.glossary import read_glossary
from quizgen.ingest.marks import PAGE_MARK
from quizgen.ingest.roles import section_role
from quizgen.models import Document, Paragraph, Section


@dataclass(frozen=True, slots=True)
class Block:
    """One heading or paragraph as a reader found it, before cleaning.

    ``kind`` is ``"heading"`` (with ``level`` 1 for the top) or a Paragraph
    kind. ``pages`` lists the page the block starts on, then one page per
    :data:`PAGE_MARK` in ``text``; it is empty for formats without pages.
    ``text`` may hold bold and italic marks (:mod:`quizgen.ingest.marks`).
    ``role`` is set where the layout itself says what a block is (a heading
    or paragraph inside a shaded box or an HTML ``<aside>`` is ``"box"``).
    """

    kind: str
    text: str
    level: int = 0
    pages: tuple[int, ...] = ()
    role: str = ""


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
# "By the end of this section you should be able to" is a lead-in with or without its colon.
_OBJECTIVE_INTRO = re.compile(r"\b(?:able to|objectives?|outcomes?|you will learn)\b.*:$|\bable to$", re.I)


def clean_text(text: str, cleaning: Cleaning, vocabulary: Collection[str] = ()) -> tuple[str, tuple[str, ...]]:
    """One block's text cleaned (marks still in it), and the citation markers taken out of it."""
    text = marks.tidy(clean.normalise_unicode(text))
    text = clean.replace_ligatures(text)
    if cleaning.html:
        text = clean.strip_html(text)
    if cleaning.markdown:
        text = clean.strip_markdown(text)
    text = clean.space_glued_words(clean.remove_escapes(text))
    text = clean.collapse_whitespace(text)
    if cleaning.split_ligatures:
        text = clean.join_split_ligatures(text, vocabulary=vocabulary)
    text, citations = clean.extract_citations(text)
    return clean.collapse_whitespace(marks.tidy(text)), citations


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
    Each section gets a role (:mod:`quizgen.ingest.roles`) and each paragraph
    the role of its section; the entries of a glossary section become
    ``Document.glossary``.
    """
    vocabulary = document_vocabulary(b.text for b in blocks) if cleaning.split_ligatures else frozenset()
    sections: list[Section] = []
    paragraphs: list[Paragraph] = []
    stack: list[tuple[int, str, str]] = []
    title = ""
    objective_run = objective_section = False
    for block in blocks:
        if block.kind == "heading":
            heading, _ = clean_text(marks.strip(block.text).replace(PAGE_MARK, " "), cleaning)
            level = max(block.level, 1)
            stack = [entry for entry in stack if entry[0] < level]
            objective_run = objective_section = False
            if not heading:
                continue
            parent = stack[-1][2] if stack else "body"
            role = section_role(heading, parent=parent, layout=block.role if level > 1 else "")
            stack.append((level, heading, role))
            if not title and level == 1:
                title = heading
            sections.append(
                Section(
                    title=heading, level=level, path=tuple(t for _, t, _ in stack),
                    page=block.pages[0] if block.pages else None, role=role,
                )
            )
            continue
        cleaned, citations = clean_text(block.text, cleaning, vocabulary)
        marked = marks.extract(cleaned, block.pages)
        text = marked.text
        if not text:
            continue
        kind = block.kind
        here = tuple(t for _, t, _ in stack)
        after_list = bool(paragraphs) and paragraphs[-1].section == here and paragraphs[-1].kind in ("list_item", "objective")
        if kind == "body" and stack and not _OBJECTIVE_INTRO.search(text) and (
            objective_section or stack[-1][2] == "objectives" and after_list
        ):
            # A learning-outcomes box is a section of its own (a list under its
            # heading or lead-in); the text after it belongs to the section around it.
            stack.pop()
            objective_section = False
        if kind == "body" and _CAPTION.search(text):
            kind = "caption"
        if kind == "body" and _OBJECTIVE_INTRO.search(text):
            kind, objective_run = "objective", True
            objective_section = not any(p.section == tuple(t for _, t, _ in stack) for p in paragraphs[-1:])
        elif kind == "list_item" and objective_run:
            kind = "objective"
        else:
            objective_run = False
        role = block.role or (stack[-1][2] if stack else "body")
        paragraphs.append(
            Paragraph(
                index=len(paragraphs), text=text, section=tuple(t for _, t, _ in stack),
                page_starts=marked.page_starts, citations=citations, kind=kind,
                emphasis=marked.emphasis, italic=marked.italic, role=role,
            )
        )
    paragraphs = _opening_role(paragraphs, sections)
    return Document(
        title=title or fallback_title, source=source, sha256=sha256, format=format,
        sections=tuple(sections), paragraphs=tuple(paragraphs), glossary=read_glossary(paragraphs),
    )


def _opening_role(paragraphs: list[Paragraph], sections: Sequence[Section]) -> list[Paragraph]:
    """Paragraphs between the chapter title and its first section are its introduction."""
    top = [s for s in sections if s.level == 1]
    if len(top) != 1 or not any(s.level > 1 for s in sections):
        return paragraphs
    chapter = top[0].path
    first_inside = next((p.index for p in paragraphs if len(p.section) > len(chapter)), len(paragraphs))
    return [
        replace(p, role="introduction") if p.index < first_inside and p.section == chapter and p.role == "body" else p
        for p in paragraphs
    ]
