"""The chapter's own glossary: entries read from the paragraphs of its glossary section.

Books lay a glossary out in many ways; each is read the same: "term: meaning",
"term — meaning", a term in bold then its meaning on the same line, a term
alone (in bold, or a definition list's ``<dt>``, or a heading of its own) with
its meaning in the next paragraph, or a two-column table row (which the readers give as a bold term
then its meaning).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from quizgen.ingest.roles import heading_role
from quizgen.models import GlossaryEntry, Paragraph

_SEPARATOR = re.compile(r"\s*(?::|\s[—–]|—|\s-)\s+|\s*[—–]\s*")
_MAX_TERM_WORDS = 8
_LEAD = " :;,.—–-"


def _term_like(text: str) -> bool:
    words = text.split()
    return 0 < len(words) <= _MAX_TERM_WORDS and not text.rstrip().endswith((".", "!", "?"))


def _split(paragraph: Paragraph) -> list[tuple[str, str, int]]:
    """(term, meaning, term offset) of each entry in a paragraph: one, or several
    when entries set as bold term then meaning ran together (a PDF's entries
    whose meanings end without a full stop are read as one paragraph)."""
    text = paragraph.text
    spans = [s for s in paragraph.emphasis if _term_like(text[s[0]:s[1]])]
    if spans and spans[0][0] == 0:
        found: list[tuple[str, str, int]] = []
        for (start, end), following in zip(spans, [*spans[1:], (len(text), len(text))], strict=True):
            term, meaning = text[start:end].strip(_LEAD), text[end:following[0]].strip().lstrip(_LEAD)
            if term and meaning:
                found.append((term, meaning, start))
        if found:
            return found
    match = _SEPARATOR.search(text)
    if match and match.start() > 0:
        term, meaning = text[: match.start()].strip(), text[match.end():].strip()
        if term and meaning and _term_like(term):
            return [(term, meaning, 0)]
    return []


def _whole_term(paragraph: Paragraph) -> bool:
    """A paragraph that is only a term, set in bold (a ``<dt>`` is read as bold)."""
    text = paragraph.text
    return bool(paragraph.emphasis) and paragraph.emphasis[0] == (0, len(text)) and _term_like(text)


def read_glossary(paragraphs: Sequence[Paragraph]) -> tuple[GlossaryEntry, ...]:
    """Entries of the glossary sections, in order (a term defined twice is kept once)."""
    entries: list[GlossaryEntry] = []
    seen: set[str] = set()
    pending: Paragraph | None = None
    previous_section: tuple[str, ...] = ()
    for paragraph in paragraphs:
        first_in_section = paragraph.section != previous_section
        previous_section = paragraph.section
        if paragraph.role != "glossary" or paragraph.kind in ("caption", "objective"):
            pending = None
            continue
        titled = paragraph.section[-1] if paragraph.section else ""
        if (
            first_in_section and pending is None and titled and heading_role(titled) != "glossary"
            and _term_like(titled) and not _split(paragraph)
        ):
            # A term set as a heading of its own (a bold line in a PDF) with its meaning below.
            found, source = [(titled, paragraph.text, 0)], paragraph
        elif pending is not None and not _whole_term(paragraph):
            found, source = [(pending.text, paragraph.text, 0)], pending
            pending = None
        elif _whole_term(paragraph):
            pending = paragraph
            continue
        else:
            found, source = _split(paragraph), paragraph
        for term, meaning, offset in found:
            if term.lower() not in seen:
                seen.add(term.lower())
                entries.append(GlossaryEntry(term=term, meaning=meaning, page=source.page_at(offset)))
    return tuple(entries)
