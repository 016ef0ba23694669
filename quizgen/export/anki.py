"""Anki packages (.apkg) from a QuestionBank, made to be regenerated.

Students keep a deck for months, so a deck written again after the chapter,
the rules or the wording changed must update the notes they study, not add
copies. Three things make that work:

- **GUIDs** come from identity, never from field contents:
  ``guid_for("quizgen.anki.note.v1", KEY)`` where KEY is the question's id
  (itself a hash of its fact's id and its type), or ``term_definition`` plus the
  fact's id for a term/definition note, which holds both directions. Question
  ids are not namespaced by the chapter's or deck's title: a title changes
  more easily than a fact (another PDF title, a deck built from two chapters
  is titled "A + B"), and each such change would duplicate every note. The
  price is deliberate: the same fact stated in two chapters (same kind, same
  normalised content) is one note, learned once, showing the chapter it was
  last imported from. Different facts never share a GUID, and the fixed
  namespace keeps quizgen's GUIDs apart from every other deck's.
- **Modification times**: a note that changed gets a newer ``mod`` than the
  one Anki has, so Anki's default "update if newer" takes it. When the package
  is written over an earlier one, notes whose fields and tags did not change
  keep their earlier ``mod``, so Anki reports only the changed notes as updated.
- **Deck ids** derive from deck names; note type ids from fixed names
  (:mod:`quizgen.export.anki_models`).

Every piece of chapter text is HTML-escaped, braces included (``&#123;``), so
``<script>``, ``&`` and a literal ``{{c1::x}}`` show on the card as written.

Matching questions are left out of decks: a card that asks for four pairs at
once is a "set" card, hard to grade and hard to remember; the term pairs are
in the deck already as term/definition notes. Ordering becomes a Basic note
(events shuffled on the front, in order on the back).

>>> to_apkg(bank, "decks/chapter.apkg", by_section=True)    # doctest: +SKIP
PosixPath('decks/chapter.apkg')
"""

from __future__ import annotations

import html
import random
import sqlite3
import tempfile
import time
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from quizgen.errors import ExportError
from quizgen.export.anki_models import make_model
from quizgen.identity import normalise, slug, stable_int
from quizgen.io import atomic_path
from quizgen.models import Question, QuestionBank, SourceRef

GUID_NAMESPACE = "quizgen.anki.note.v1"
DECK_NAMESPACE = "quizgen.anki.deck.v1\x1f"

#: Question types that make no Anki note, with the reason shown to users.
SKIPPED_TYPES: dict[str, str] = {
    "matching": "a matching set asks for several pairs at once; its terms are term/definition notes already",
}

_TRUE_FALSE_LEAD = ("true or false:", "true or false?")


@dataclass(frozen=True, slots=True)
class AnkiNote:
    """One note as it goes into the package: fields already HTML-escaped."""

    note_type: str
    guid: str
    fields: tuple[str, ...]
    tags: tuple[str, ...]
    deck: str
    question_ids: tuple[str, ...]

    @property
    def cards(self) -> int:
        """How many cards Anki makes of it (a term note without a reverse prompt makes one)."""
        if self.note_type == "term":
            return sum(1 for value in self.fields[2:4] if value)
        return 1


def to_apkg(
    bank: QuestionBank,
    path: str | Path,
    *,
    deck_name: str | None = None,
    by_section: bool = False,
    timestamp: float | None = None,
) -> Path:
    """Write ``bank`` as an Anki package at ``path`` (atomically) and return the path.

    Decks are named ``DECK::Chapter`` (``DECK`` is ``deck_name`` or the bank's
    title; the chapter level is left out when it repeats it), with
    ``::Section`` added when ``by_section``. ``timestamp`` (seconds since the
    epoch, default now) is the modification time given to new and changed notes.
    """
    notes = make_notes(bank, deck_name=deck_name, by_section=by_section)
    if not notes:
        raise ExportError(f"{bank.title or 'the question bank'}: no questions that make Anki cards")
    return write_notes(notes, path, timestamp=timestamp, description=deck_description(bank))


def make_notes(
    bank: QuestionBank, *, deck_name: str | None = None, by_section: bool = False
) -> list[AnkiNote]:
    """The notes for ``bank``, in the bank's order; the two directions of a
    term/definition become one note at the place of the first."""
    import genanki

    root = _deck_part(deck_name) or _deck_part(bank.title) or "quizgen"
    notes: list[AnkiNote] = []
    seen: set[str] = set()
    term_groups = _term_groups(bank.questions)
    in_term_notes = {q.id for group in term_groups.values() for q in group}
    for question in bank.questions:
        if question.type in SKIPPED_TYPES:
            continue
        if question.id in in_term_notes:
            group = term_groups.pop(_fact_key(question), None)
            if group is None:
                continue  # the other direction of a term note made already
            key, note_type, fields = f"term_definition\x1f{_fact_key(question)}", "term", _term_fields(group)
            question_ids = tuple(q.id for q in group)
        else:
            key, question_ids = question.id, (question.id,)
            note_type, fields = _note_fields(question)
        guid = genanki.guid_for(GUID_NAMESPACE, key)
        if guid in seen:
            continue
        seen.add(guid)
        fields = _with_choices_shuffled(note_type, fields, question, guid)
        notes.append(
            AnkiNote(
                note_type=note_type,
                guid=guid,
                fields=fields + _source_fields(question.source, bank.title),
                tags=_tags(question, note_type),
                deck=_deck(root, question.source, bank.title, by_section=by_section),
                question_ids=question_ids,
            )
        )
    return notes


def write_notes(
    notes: Sequence[AnkiNote],
    path: str | Path,
    *,
    timestamp: float | None = None,
    description: str = "",
) -> Path:
    """Write ``notes`` into an .apkg at ``path``, keeping the modification time of
    notes that an earlier package at ``path`` already held unchanged."""
    import genanki

    path = Path(path)
    if path.suffix.lower() != ".apkg":
        raise ExportError(f"{path}: an Anki package is named NAME.apkg")
    now = time.time() if timestamp is None else timestamp
    earlier = _earlier_notes(path)
    note_class = _timed_note_class()
    decks: dict[str, genanki.Deck] = {}
    for note in notes:
        deck = decks.get(note.deck)
        if deck is None:
            deck = decks[note.deck] = genanki.Deck(
                stable_int(DECK_NAMESPACE + note.deck), note.deck, description=description
            )
        entry = note_class(
            model=make_model(note.note_type), fields=list(note.fields), tags=list(note.tags), guid=note.guid
        )
        entry.mod = _modification_time(note, earlier.get(note.guid), now)
        deck.add_note(entry)
    try:
        with atomic_path(path) as tmp:
            genanki.Package(list(decks.values())).write_to_file(str(tmp), timestamp=now)
    except OSError as exc:
        raise ExportError(f"cannot write {path}: {exc.strerror or exc}") from exc
    return path


# --- fields per note type ---------------------------------------------------------


def field_text(text: str) -> str:
    """Chapter text as it goes into an Anki field: HTML-escaped, braces too, so
    nothing in it becomes markup, a template tag or a cloze."""
    return html.escape(text, quote=True).replace("{", "&#123;").replace("}", "&#125;")


def _note_fields(question: Question) -> tuple[str, tuple[str, ...]]:
    """The note type key and its own fields (without the source fields)."""
    explanation = _explanation(question)
    if question.type == "cloze":
        text = _cloze_text(question)
        if text is not None:
            # The sentence is on the card already unless the cloze reworded it.
            printed = normalise(question.source.sentence) != normalise(question.context)
            return "cloze", (text, _source_block(question.source, sentence=printed))
    if question.type == "multiple_choice" and question.answer in question.choices:
        return "choice", (field_text(question.prompt), "", field_text(question.answer), explanation)
    if question.type == "true_false":
        return "truefalse", (field_text(_statement(question.prompt)), field_text(question.answer), explanation)
    if question.type == "ordering" and question.sequence:
        events = "".join(f"<li>{field_text(e)}</li>" for e in _shuffled_events(question))
        order = "".join(f"<li>{field_text(e)}</li>" for e in question.sequence)
        return "basic", (
            f'{field_text(question.prompt)}<ul class="qz-events">{events}</ul>',
            f'<ol class="qz-sequence">{order}</ol>',
            explanation,
        )
    # short_answer, and any question the specific note types cannot hold.
    return "basic", (field_text(question.prompt), field_text(question.answer), explanation)


def _cloze_text(question: Question) -> str | None:
    """``before {{c1::answer}} after``, each part escaped; None when the answer
    cannot be found in the context."""
    context = question.context
    span = question.span
    if not (span and 0 <= span[0] < span[1] <= len(context)):
        start = context.find(question.answer) if question.answer else -1
        if start < 0:
            return None
        span = (start, start + len(question.answer))
    start, end = span
    # A "::" inside the answer would read as Anki's hint separator.
    answer = field_text(context[start:end]).replace(":", "&#58;")
    return f"{field_text(context[:start])}{{{{c1::{answer}}}}}{field_text(context[end:])}"


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
    if not text or normalise(text) == normalise(question.source.sentence):
        return ""
    return field_text(text)


def _with_choices_shuffled(
    note_type: str, fields: tuple[str, ...], question: Question, guid: str
) -> tuple[str, ...]:
    """Multiple choice: the choices in an order fixed by the note's GUID, so the
    order survives regeneration (and a new --seed) and no note is updated for it."""
    if note_type != "choice":
        return fields
    choices = sorted(dict.fromkeys(question.choices))
    random.Random(stable_int(guid)).shuffle(choices)
    items = "".join(
        f'<li class="qz-right">{field_text(c)}</li>' if c == question.answer else f"<li>{field_text(c)}</li>"
        for c in choices
    )
    return (fields[0], f'<ol class="qz-choices">{items}</ol>', *fields[2:])


def _shuffled_events(question: Question) -> list[str]:
    events = list(question.sequence)
    random.Random(stable_int(question.id)).shuffle(events)
    if events == list(question.sequence) and len(events) > 1:
        events = events[1:] + events[:1]  # the order asked for must not be on the front
    return events


def _term_groups(questions: Iterable[Question]) -> dict[str, list[Question]]:
    """term_definition questions whose fact names its term and definition, by fact."""
    groups: dict[str, list[Question]] = {}
    for question in questions:
        if question.type == "term_definition" and question.fact.term and question.fact.definition:
            groups.setdefault(_fact_key(question), []).append(question)
    return groups


def _fact_key(question: Question) -> str:
    return question.fact.id or question.id


def _term_fields(group: Sequence[Question]) -> tuple[str, ...]:
    """Term, Definition, Term question, Definition question: the answers the bank
    gives (perhaps edited) win over the fact's raw term and definition."""
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
    """The cloze's Back Extra: the printed sentence (if ``sentence``) and where
    it is, as the other note types' templates show it."""
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


def _tags(question: Question, note_type: str) -> tuple[str, ...]:
    """``quizgen``, the question type and the section, as Anki tags (no spaces)."""
    kind = "term_definition" if note_type == "term" else slug(question.type, fallback="question").replace("-", "_")
    tags = ["quizgen", kind]
    for section in question.source.sections:
        tags.append(slug(section, fallback="section"))
    return tuple(dict.fromkeys(tags))


# --- decks ---------------------------------------------------------------------


def _deck(root: str, source: SourceRef, title: str, *, by_section: bool) -> str:
    parts = [root]
    chapter = _deck_part(source.chapter or title)
    if chapter and normalise(chapter) != normalise(root):
        parts.append(chapter)
    sections = source.sections
    if by_section and len(sections) == 1 and _deck_part(sections[0]):
        parts.append(_deck_part(sections[0]))  # a set drawn from several sections stays in the chapter's deck
    return "::".join(parts)


def _deck_part(name: str | None) -> str:
    """A name as one level of a deck path: "::" would open another level."""
    return " ".join((name or "").replace("::", ":").split())


def deck_description(bank: QuestionBank) -> str:
    files = ", ".join(Path(s.path).name for s in bank.sources) or "a question bank"
    return field_text(
        f"Made by quizgen from {files}. Every card shows the sentence, section and page it came from."
    )


# --- modification times ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _EarlierNote:
    mod: int
    fields: str
    tags: frozenset[str]


def _modification_time(note: AnkiNote, earlier: _EarlierNote | None, now: float) -> int:
    """The earlier note's time when nothing changed; otherwise now, and always
    later than the earlier note, so Anki's "update if newer" takes the change."""
    if earlier is None:
        return int(now)
    if earlier.fields == "\x1f".join(note.fields) and earlier.tags == frozenset(note.tags):
        return earlier.mod
    return max(int(now), earlier.mod + 1)


def _earlier_notes(path: Path) -> dict[str, _EarlierNote]:
    """The notes of the package already at ``path`` by GUID; empty when there is
    none or it cannot be read (it is about to be replaced anyway)."""
    if not path.is_file():
        return {}
    try:
        with zipfile.ZipFile(path) as package, tempfile.TemporaryDirectory() as folder:
            database = Path(folder) / "collection.anki2"
            database.write_bytes(package.read("collection.anki2"))
            connection = sqlite3.connect(database)
            try:
                rows = connection.execute("select guid, mod, flds, tags from notes").fetchall()
            finally:
                connection.close()
    except (OSError, KeyError, zipfile.BadZipFile, sqlite3.Error):
        return {}
    return {guid: _EarlierNote(int(mod), flds, frozenset(tags.split())) for guid, mod, flds, tags in rows}


@cache
def _timed_note_class():  # type: ignore[no-untyped-def]
    """A genanki Note that writes its own ``mod`` instead of the package's time."""
    import genanki

    class TimedNote(genanki.Note):  # type: ignore[misc]
        mod: int | None = None

        def write_to_db(self, cursor, timestamp, deck_id, id_gen):  # type: ignore[no-untyped-def]
            return super().write_to_db(cursor, self.mod if self.mod is not None else timestamp, deck_id, id_gen)

    return TimedNote
