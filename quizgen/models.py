"""Plain data that flows between quizgen's stages.

Every class here is a frozen dataclass holding plain values (str, int, float,
tuples), never spaCy objects, so that each stage can be tested, cached and
serialised on its own. Stages import this module; it imports nothing of theirs.
"""

from __future__ import annotations

from dataclasses import dataclass, field

QUESTION_TYPES: tuple[str, ...] = (
    "cloze",
    "short_answer",
    "multiple_choice",
    "true_false",
    "term_definition",
    "matching",
    "ordering",
)


@dataclass(frozen=True, slots=True)
class Section:
    """A heading of the chapter.

    ``path`` is the chain of titles from the top-level heading down to this one,
    e.g. ``("Foreign Policy", "Relations with Russia")``.
    """

    title: str
    level: int
    path: tuple[str, ...]
    page: int | None = None
    role: str = "body"


#: What a section is for, from its heading and its place in the chapter (see
#: :mod:`quizgen.ingest.roles`): only ``body`` and ``introduction`` text is the
#: chapter's running text; the others are the authors' apparatus around it.
SECTION_ROLES: tuple[str, ...] = (
    "body", "introduction", "summary", "objectives", "review", "glossary", "references", "box",
)


@dataclass(frozen=True, slots=True)
class Paragraph:
    """One paragraph of cleaned text with where it came from.

    ``page_starts`` lists ``(char_offset, page)`` for every page the paragraph
    runs over, so a sentence at any offset can be given its own page.
    ``citations`` keeps the markers the cleaner removed (``"[5, page 221]"``).
    ``kind`` is ``"body"``, ``"list_item"``, ``"caption"``, ``"quote"``,
    ``"objective"`` or ``"table_row"`` (a row of a two-column table).
    ``emphasis`` holds the ``(start, end)`` spans of :attr:`text` the source
    set in bold (or ``<dfn>``), ``italic`` the spans set in italics (a weaker
    mark). ``role`` is the role of the section the paragraph sits in (or
    ``"box"`` for a box without a heading of its own).
    """

    index: int
    text: str
    section: tuple[str, ...] = ()
    page_starts: tuple[tuple[int, int], ...] = ()
    citations: tuple[str, ...] = ()
    kind: str = "body"
    emphasis: tuple[tuple[int, int], ...] = ()
    italic: tuple[tuple[int, int], ...] = ()
    role: str = "body"

    @property
    def emphasised(self) -> tuple[str, ...]:
        """The bold (or ``<dfn>``) phrases of the paragraph, in order."""
        return tuple(self.text[start:end] for start, end in self.emphasis)

    @property
    def page(self) -> int | None:
        """The page the paragraph starts on, or None for formats without pages."""
        return self.page_starts[0][1] if self.page_starts else None

    @property
    def last_page(self) -> int | None:
        return self.page_starts[-1][1] if self.page_starts else None

    def page_at(self, offset: int) -> int | None:
        """The page holding character ``offset`` of :attr:`text`."""
        page = None
        for start, number in self.page_starts:
            if start > offset:
                break
            page = number
        return page

    @property
    def section_title(self) -> str:
        return self.section[-1] if self.section else ""


@dataclass(frozen=True, slots=True)
class GlossaryEntry:
    """One entry of the chapter's own glossary ("Key Terms"): the authors' definition."""

    term: str
    meaning: str
    page: int | None = None


@dataclass(frozen=True, slots=True)
class Document:
    """A chapter as quizgen read it.

    ``glossary`` holds the entries of the chapter's own glossary section, if it
    has one; that section's paragraphs stay in ``paragraphs`` with role ``glossary``.
    """

    title: str
    source: str
    sha256: str
    format: str
    sections: tuple[Section, ...]
    paragraphs: tuple[Paragraph, ...]
    glossary: tuple[GlossaryEntry, ...] = ()


@dataclass(frozen=True, slots=True)
class SourceRef:
    """Where a fact or question comes from: enough to find it in the book.

    A question drawn from several sections (a matching set) names them all in
    ``section``, joined by :data:`SECTION_SEPARATOR`.
    """

    file: str
    sentence: str
    section: str = ""
    page: int | None = None
    chapter: str = ""

    @property
    def sections(self) -> tuple[str, ...]:
        """The sections named: one, several, or none."""
        return tuple(part for part in self.section.split(SECTION_SEPARATOR) if part) if self.section else ()


#: Joins the sections of a question drawn from several ("Trade; Energy").
SECTION_SEPARATOR = "; "


@dataclass(frozen=True, slots=True)
class Asking:
    """How a fact may be asked, as the rule that found it says (all ``False``: every way).

    - ``forward_only``: term to definition only ("What is it called when ...?" has
      more than one right answer);
    - ``no_card``: no term/definition card at all, only a cloze;
    - ``no_cloze``: no cloze (the blanked term would dangle at the sentence's end);
    - ``when_gloss``: the gloss says when the term applies ("when power is used ...");
    - ``verb_phrase``: the gloss is a verb phrase ("seeks to understand ..."), which
      reads out of place in a column of noun-phrase definitions;
    - ``goal``: the gloss is the term's goal ("What is the goal of socialism?");
    - ``no_statement``: the fact's text is no sentence ("term: meaning"), so no
      true/false statement is made of it;
    - ``rivals``: the kind of term a distractor must be (``"field"``), or ``""``
      to judge it from the gloss.
    """

    forward_only: bool = False
    no_card: bool = False
    no_cloze: bool = False
    when_gloss: bool = False
    verb_phrase: bool = False
    goal: bool = False
    rivals: str = ""
    no_statement: bool = False


@dataclass(frozen=True, slots=True)
class Fact:
    """A statement worth knowing, found by one rule in one sentence.

    ``answer`` is the span a question asks for; ``answer_start``/``answer_end``
    are its character offsets in ``sentence``. ``term``/``definition`` are set
    for definitions; ``label`` is the answer's type (``DATE``, ``MONEY``,
    ``PERSON``, ``TERM``, ...) used to pick distractors of the same kind;
    ``attrs`` carries family-specific extras as sorted key/value pairs.
    ``rule`` says which rule found the fact (provenance only: questions read
    ``asking``, which the engine copies from that rule).
    """

    id: str
    kind: str
    rule: str
    sentence: str
    answer: str
    answer_start: int
    answer_end: int
    source: SourceRef
    label: str = ""
    term: str = ""
    definition: str = ""
    attrs: tuple[tuple[str, str], ...] = ()
    asking: Asking = Asking()

    def attr(self, key: str, default: str = "") -> str:
        for k, v in self.attrs:
            if k == key:
                return v
        return default


@dataclass(frozen=True, slots=True)
class FactInfo:
    """The part of a fact a question carries into a question bank."""

    kind: str
    term: str = ""
    definition: str = ""
    id: str = ""


@dataclass(frozen=True, slots=True)
class Question:
    """One question, ready to export.

    - ``cloze``: ``context`` is the full statement and ``span`` the
      ``(start, end)`` of the deleted answer in it; ``prompt`` shows a blank.
    - ``multiple_choice`` / ``true_false``: ``choices`` contains ``answer``.
    - ``matching``: ``pairs`` of (left, right); ``ordering``: ``sequence`` in
      the right order.
    - ``accept``: answers to mark right besides ``answer`` (a written answer's
      other spellings; ``"75 ± 5"`` makes it a number within a tolerance).
    """

    id: str
    type: str
    prompt: str
    answer: str
    source: SourceRef
    fact: FactInfo
    choices: tuple[str, ...] = ()
    pairs: tuple[tuple[str, str], ...] = ()
    sequence: tuple[str, ...] = ()
    context: str = ""
    span: tuple[int, int] | None = None
    explanation: str = ""
    score: float = 0.0
    tags: tuple[str, ...] = ()
    accept: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class SourceFile:
    path: str
    sha256: str


@dataclass(frozen=True, slots=True)
class QuestionBank:
    """Questions with the chapter(s) they came from: what exporters consume."""

    title: str
    sources: tuple[SourceFile, ...]
    questions: tuple[Question, ...] = field(default_factory=tuple)
