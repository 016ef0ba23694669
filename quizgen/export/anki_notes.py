"""Anki notes from a QuestionBank: one note per fact, its ways of being asked as its cards.

A student's review load is the number of cards, and a fact asked as four
separate notes (cloze, short answer, multiple choice, true/false) comes back
four times, on the same day. So each fact becomes exactly one note, of the
note type that carries it best, and its questions become that note's cards,
which Anki treats as siblings (it buries siblings by default):

- a definition with a term/definition question: a **term** note (term,
  definition, source); its cards are term to definition, and definition to
  term only where the rules asked it (the gloss names the term alone);
- a statement with a cloze: a **cloze** note (Anki's own cloze type), one
  deletion for the fact's answer; the short answer of the same fact asks for
  the same words, so it is that deletion, not another note;
- anything else a fact is asked by (why and how questions, enumerations, a
  statement no blank fits): a **question/answer** note.

Multiple choice and true/false are for quizzes, not recall: they are left out
unless ``types`` names them, and then each is a note of its own type, as
ordering questions are. Matching sets make no note.

GUIDs derive from fact ids, never from field contents, and are the GUIDs
quizgen gave the same notes before notes were per fact: a term note's is
``guid_for(NS, "term_definition\\x1f" + FACT)``, a cloze or question/answer
note's ``guid_for(NS, question_id(FACT, "cloze" | "short_answer"))``. A deck
made by an earlier version therefore updates the notes a student studies, and
its other notes of the same fact are listed in :attr:`AnkiNote.replaces`.

Every piece of chapter text is HTML-escaped, braces and square brackets too,
so ``<script>``, a literal ``{{c1::x}}``, ``[sound:x.mp3]`` and ``[$]x[/$]``
show on the card as written.
"""

from __future__ import annotations

import html
import random
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from quizgen.identity import normalise, question_id, slug, stable_int
from quizgen.models import Question, QuestionBank, SourceRef

GUID_NAMESPACE = "quizgen.anki.note.v1"

#: The tag every retired note carries: ``tag:quizgen::retired`` finds them all in Anki.
RETIRED_TAG = "quizgen::retired"

#: Question types that make no Anki note, with the reason shown to users.
SKIPPED_TYPES: dict[str, str] = {
    "matching": "a matching set asks for several pairs at once; its terms are term/definition notes already",
}

#: Question types that test recognition, not recall: in a deck only when asked for by name.
QUIZ_TYPES: tuple[str, ...] = ("multiple_choice", "true_false")

#: The question types a deck takes when none are named.
DECK_TYPES: tuple[str, ...] = ("term_definition", "cloze", "short_answer", "ordering")

#: Question types that are notes of their own, not cards of their fact's note.
_OWN_NOTE_TYPES = frozenset({"multiple_choice", "true_false", "ordering"})

_TRUE_FALSE_LEAD = ("true or false:", "true or false?")
_CLOZE_NUMBER = re.compile(r"\{\{c(\d+)::")


@dataclass(frozen=True, slots=True)
class AnkiNote:
    """One note as it goes into the package: fields already HTML-escaped.

    ``question_ids`` are the bank's questions the note asks; ``earlier_keys``
    the keys of the GUIDs that other notes of the same fact had in earlier
    decks (:attr:`replaces`).
    """

    note_type: str
    guid: str
    fields: tuple[str, ...]
    tags: tuple[str, ...]
    deck: str
    question_ids: tuple[str, ...] = ()
    fact_id: str = ""
    earlier_keys: tuple[str, ...] = ()

    @property
    def replaces(self) -> frozenset[str]:
        """The GUIDs other notes of the same fact had in earlier decks."""
        return frozenset(note_guid(key) for key in self.earlier_keys) - {self.guid}

    @property
    def cards(self) -> int:
        """How many cards Anki makes of it: a term note one per direction asked,
        a cloze note one per deletion."""
        if self.note_type == "term":
            return sum(1 for value in self.fields[2:4] if value)
        if self.note_type == "cloze":
            return len(set(_CLOZE_NUMBER.findall(self.fields[0]))) or 1
        return 1

    @property
    def retired(self) -> bool:
        return RETIRED_TAG in self.tags


def make_notes(
    bank: QuestionBank,
    *,
    deck_name: str | None = None,
    by_section: bool = True,
    types: Sequence[str] | None = None,
) -> list[AnkiNote]:
    """The notes for ``bank``, in the order of each note's first question.

    ``types`` are the question types to take (default :data:`DECK_TYPES`);
    matching sets are never taken. Decks are named ``DECK::Chapter::Section``
    (``DECK`` is ``deck_name`` or the bank's title; the chapter level is left
    out when it repeats it, the section level when not ``by_section``).
    """
    wanted = set(types or DECK_TYPES) - set(SKIPPED_TYPES)
    root = deck_part(deck_name) or deck_part(bank.title) or "quizgen"
    slots: list[Question | str] = []
    by_fact: dict[str, list[Question]] = {}
    for question in bank.questions:
        if question.type not in wanted:
            continue
        if question.type in _OWN_NOTE_TYPES:
            slots.append(question)
            continue
        fact = question.fact.id or question.id
        if fact not in by_fact:
            by_fact[fact] = []
            slots.append(fact)
        by_fact[fact].append(question)
    notes: list[AnkiNote] = []
    seen: set[str] = set()
    for slot in slots:
        if isinstance(slot, Question):
            note, first = _question_note(slot, bank.title), slot
        else:
            note, first = _fact_note(by_fact[slot], bank.title), by_fact[slot][0]
        if note.guid in seen:
            continue  # one term defined in two chapters of one bank: learned once
        seen.add(note.guid)
        tags, deck = _tags(first, bank.title), _deck(root, first.source, bank.title, by_section=by_section)
        notes.append(replace(note, tags=tags, deck=deck))
    return notes


def note_guid(key: str) -> str:
    import genanki

    return str(genanki.guid_for(GUID_NAMESPACE, key))


# --- one note per fact ---------------------------------------------------------------


def _fact_note(group: Sequence[Question], title: str) -> AnkiNote:
    """The one note of a fact's questions: term, cloze, or question/answer."""
    first = group[0]
    fact = first.fact.id
    terms = [q for q in group if q.type == "term_definition" and q.fact.term and q.fact.definition]
    short = next((q for q in group if q.type == "short_answer"), None)
    clozes = () if terms else ((q, _cloze_text(q, short.answer if short else "")) for q in group if q.type == "cloze")
    cloze, text = next(((q, t) for q, t in clozes if t is not None), (None, None))
    if terms:
        key, note_type, fields = f"term_definition\x1f{fact or first.id}", "term", _term_fields(terms)
    elif cloze is not None and text is not None:
        sentence, context = cloze.source.sentence, cloze.context
        printed = sentence != context and normalise(sentence) != normalise(context)
        key = question_id(fact, "cloze") if fact else cloze.id
        # The cloze and the short answer of a fact ask for the same words: one deletion.
        note_type, fields = "cloze", (text, _source_block(cloze.source, sentence=printed))
    else:
        question = short or first
        key = question_id(fact, "short_answer") if fact and question.type == "short_answer" else question.id
        note_type, fields = "basic", _basic_fields(question)
    guid = note_guid(key)
    return AnkiNote(
        note_type=note_type,
        guid=guid,
        fields=fields + _source_fields(first.source, title),
        tags=(),
        deck="",
        question_ids=tuple(q.id for q in group),
        fact_id=fact,
        earlier_keys=_earlier_keys(group),
    )


def _earlier_keys(group: Sequence[Question]) -> tuple[str, ...]:
    """The GUID keys earlier decks gave notes of this fact: one per question, one per term note."""
    fact = group[0].fact.id
    keys = [q.id for q in group]
    if fact:
        keys += [f"term_definition\x1f{fact}", *(question_id(fact, t) for t in ("cloze", "short_answer"))]
    return tuple(dict.fromkeys(keys))


def _question_note(question: Question, title: str) -> AnkiNote:
    """A note of its own: multiple choice, true/false, ordering."""
    guid = note_guid(question.id)
    explanation = _explanation(question)
    if question.type == "multiple_choice" and question.answer in question.choices:
        note_type = "choice"
        fields: tuple[str, ...] = (field_text(question.prompt), _choices(question, guid), field_text(question.answer), explanation)
    elif question.type == "true_false":
        note_type = "truefalse"
        fields = (field_text(_statement(question.prompt)), field_text(question.answer), explanation)
    elif question.type == "ordering" and question.sequence:
        note_type = "basic"
        events = "".join(f"<li>{field_text(e)}</li>" for e in _shuffled_events(question))
        order = "".join(f"<li>{field_text(e)}</li>" for e in question.sequence)
        fields = (
            f'{field_text(question.prompt)}<ul class="qz-events">{events}</ul>',
            f'<ol class="qz-sequence">{order}</ol>',
            explanation,
        )
    else:
        note_type, fields = "basic", _basic_fields(question)
    return AnkiNote(
        note_type=note_type,
        guid=guid,
        fields=fields + _source_fields(question.source, title),
        tags=(),
        deck="",
        question_ids=(question.id,),
        fact_id=question.fact.id,
    )


# --- fields ------------------------------------------------------------------------------


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def field_text(text: str) -> str:
    """Chapter text as it goes into an Anki field: HTML-escaped, braces and square
    brackets too, so nothing in it becomes markup, a template tag, a cloze, a
    sound (``[sound:...]``) or LaTeX (``[$]...[/$]``); control characters dropped
    (U+001F is Anki's field separator: one inside a field splits the note)."""
    return (
        html.escape(_CONTROL.sub("", text), quote=True)
        .replace("{", "&#123;")
        .replace("}", "&#125;")
        .replace("[", "&#91;")
        .replace("]", "&#93;")
    )


def _basic_fields(question: Question) -> tuple[str, ...]:
    return (field_text(question.prompt), field_text(question.answer), _explanation(question))


def _cloze_text(question: Question, other_answer: str = "") -> str | None:
    """``before {{c1::answer}} after``, each part escaped; None when the answer
    cannot be found in the context.

    The deletion is the span of the context, unless the bank's answer (or
    ``other_answer``, the short answer's of the same fact) says something the
    span does not: a teacher edited the answer and left the span as it was.
    """
    context = question.context
    span = question.span
    if not (span and 0 <= span[0] < span[1] <= len(context)):
        start = context.find(question.answer) if question.answer else -1
        if start < 0:
            return None
        span = (start, start + len(question.answer))
    start, end = span
    deleted = context[start:end]
    for answer in (question.answer, other_answer):
        if answer and not _covers(answer, deleted):
            deleted = answer
            break
    # A "::" inside the answer would read as Anki's hint separator.
    answer = field_text(deleted).replace(":", "&#58;")
    return f"{field_text(context[:start])}{{{{c1::{answer}}}}}{field_text(context[end:])}"


def _covers(answer: str, deleted: str) -> bool:
    """True when the answer and the deleted words say the same ("about 400" and "400")."""
    if deleted in answer or answer in deleted:
        return True
    a, d = f" {normalise(answer)} ", f" {normalise(deleted)} "
    return d in a or a in d


def _statement(prompt: str) -> str:
    """The statement without a leading "True or false:" (the card says that already)."""
    lowered = prompt.lower()
    for lead in _TRUE_FALSE_LEAD:
        if lowered.startswith(lead):
            rest = prompt[len(lead):].strip()
            return rest[:1].upper() + rest[1:]
    return prompt


def _explanation(question: Question) -> str:
    """The explanation, unless it only repeats the source sentence shown below it."""
    text = question.explanation.strip()
    if not text or text == question.source.sentence or normalise(text) == normalise(question.source.sentence):
        return ""
    return field_text(text)


def _choices(question: Question, guid: str) -> str:
    """The choices in an order fixed by the note's GUID, so the order survives
    regeneration (and a new --seed) and no note is updated for it."""
    choices = sorted(dict.fromkeys(question.choices))
    random.Random(stable_int(guid)).shuffle(choices)
    items = "".join(
        f'<li class="qz-right">{field_text(c)}</li>' if c == question.answer else f"<li>{field_text(c)}</li>"
        for c in choices
    )
    return f'<ol class="qz-choices">{items}</ol>'


def _shuffled_events(question: Question) -> list[str]:
    events = list(question.sequence)
    random.Random(stable_int(question.id)).shuffle(events)
    if events == list(question.sequence) and len(events) > 1:
        events = events[1:] + events[:1]  # the order asked for must not be on the front
    return events


def _term_fields(group: Sequence[Question]) -> tuple[str, ...]:
    """Term, Definition, Term question, Definition question: the answers the bank
    gives (perhaps edited) win over the fact's raw term and definition. An empty
    question field is the switch that leaves its card out."""
    fact = group[0].fact
    to_definition = next((q for q in group if _asks_for_term(q) is False), None)
    to_term = next((q for q in group if _asks_for_term(q)), None)
    term = to_term.answer if to_term else fact.term
    definition = to_definition.answer if to_definition else fact.definition
    return (
        field_text(term),
        field_text(definition),
        field_text(to_definition.prompt) if to_definition else "",
        field_text(to_term.prompt) if to_term else "",
    )


def _asks_for_term(question: Question) -> bool:
    if "definition_to_term" in question.tags:
        return True
    if "term_to_definition" in question.tags:
        return False
    return normalise(question.answer) == normalise(question.fact.term)


def _source_fields(source: SourceRef, title: str) -> tuple[str, ...]:
    """Source, Section, Page, Chapter."""
    page = "" if source.page is None else str(source.page)
    return field_text(source.sentence), field_text(source.section), page, field_text(source.chapter or title)


def _source_block(source: SourceRef, *, sentence: bool = True) -> str:
    """The cloze's Back Extra: the printed sentence (if ``sentence``: the card shows
    it already unless the cloze reworded it) and where it is, as the other note
    types' templates show it."""
    where = " · ".join(
        part
        for part in (
            field_text(source.chapter),
            field_text(source.section),
            f"p. {source.page}" if source.page is not None else "",
        )
        if part
    )
    quote = f"<blockquote>{field_text(source.sentence)}</blockquote>" if sentence and source.sentence else ""
    return f'<div class="qz-source">{quote}<div class="qz-where">{where}</div></div>'


# --- tags and decks -------------------------------------------------------------------------


def _tags(question: Question, title: str) -> tuple[str, ...]:
    """``quizgen::chapter::…``, ``quizgen::section::…`` (each section a set is drawn
    from) and ``quizgen::kind::…`` (the fact's kind), so a student can study or
    suspend a chapter, a section or a kind of fact at once."""
    tags = [f"quizgen::chapter::{_slug(question.source.chapter or title, 'chapter')}"]
    tags += [f"quizgen::section::{_slug(section, 'section')}" for section in question.source.sections]
    tags.append(f"quizgen::kind::{_slug(question.fact.kind or question.type, 'fact').replace('-', '_')}")
    return tuple(dict.fromkeys(tags))


@lru_cache(maxsize=1024)
def _slug(name: str, fallback: str) -> str:
    # A chapter's notes share a handful of chapter and section names.
    return slug(name, fallback=fallback)


@lru_cache(maxsize=1024)
def _deck_of(root: str, chapter_name: str, sections: tuple[str, ...], *, by_section: bool) -> str:
    parts = [root]
    chapter = deck_part(chapter_name)
    if chapter and normalise(chapter) != normalise(root):
        parts.append(chapter)
    if by_section and len(sections) == 1 and deck_part(sections[0]):
        parts.append(deck_part(sections[0]))  # a set drawn from several sections stays in the chapter's deck
    return "::".join(parts)


def _deck(root: str, source: SourceRef, title: str, *, by_section: bool) -> str:
    return _deck_of(root, source.chapter or title, source.sections, by_section=by_section)


def deck_part(name: str | None) -> str:
    """A name as one level of a deck path: "::" would open another level."""
    return " ".join((name or "").replace("::", ":").split())
