"""What a rebuilt deck owes the deck before it: retired notes, and counts Anki will agree with.

A note that a rebuilt deck no longer has would stay in the student's
collection for ever, silent. So it is written again, unchanged but for the
``quizgen::retired`` tag and a line saying why at the head of the field that
shows on its back where the card comes from (``Back Extra`` of a cloze note,
``Source`` of every other note type: note types keep their fields, or Anki
would stop updating the notes a student has). ``tag:quizgen::retired`` finds
them all.

The notes of the earlier deck come from its .apkg, from the question bank it
was made from, or from the record ``quizgen build`` keeps beside its outputs
(:func:`write_record`): a small JSON file of every note's GUID, note type,
deck, fields, tags and modification time.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from quizgen.errors import ExportError
from quizgen.export.anki_models import NOTE_TYPES
from quizgen.export.anki_notes import RETIRED_TAG, AnkiNote, field_text
from quizgen.export.anki_package import EarlierNote, same_content
from quizgen.io import write_text

RECORD_FORMAT = "quizgen-anki-notes"

#: Why a note is retired, by cause.
REASON_REPLACED = "Retired: this fact is now asked by its own single quizgen note."
REASON_QUIZ_TYPE = "Retired: multiple choice and true/false are left out of decks unless --types names them."
REASON_GONE = "Retired: the deck made from {source} no longer has it."


@dataclass(frozen=True, slots=True)
class DeckChanges:
    """A deck's notes set against the earlier deck's, as Anki's import counts them:
    ``new`` it adds, ``updated`` it updates (``retired`` of them retired this
    time), ``unchanged`` it reports as already there. ``compared`` is False when
    there was no earlier deck (every note is new)."""

    notes: int
    cards: int
    decks: int
    new: int
    updated: int
    unchanged: int
    retired: int
    retired_in_all: int
    compared: bool

    def summary(self) -> str:
        return f"{self.notes} notes, {self.cards} cards in {self.decks} deck(s)"

    def against_earlier(self) -> str:
        """What changed since the earlier deck, and how many notes are retired; "" when nothing to say."""
        parts = []
        if self.compared:
            parts.append(f"against the earlier deck: {self.new} new, {self.updated} updated, {self.unchanged} unchanged")
        if self.retired_in_all:
            now = f" ({self.retired} this time)" if self.retired_in_all != self.retired else ""
            parts.append(f"{self.retired_in_all} retired{now}, find them in Anki with tag:{RETIRED_TAG}")
        return "; ".join(parts)


def retire(previous: Sequence[AnkiNote], current: Sequence[AnkiNote], *, source: str) -> list[AnkiNote]:
    """The notes of ``previous`` that ``current`` no longer has, tagged retired and
    saying why; a note retired already is kept as it was. ``source`` names what
    the deck is made from ("water.md"), for the reason."""
    kept = {note.guid for note in current}
    replaced = {guid for note in current for guid in note.replaces}
    types = {note.note_type for note in current}
    retired: list[AnkiNote] = []
    for note in previous:
        if note.guid in kept:
            continue
        if note.retired:
            retired.append(note)
            continue
        if note.guid in replaced:
            reason = REASON_REPLACED
        elif note.note_type in ("choice", "truefalse") and note.note_type not in types:
            reason = REASON_QUIZ_TYPE
        else:
            reason = REASON_GONE.format(source=source or "its chapter")
        retired.append(replace(note, tags=(*note.tags, RETIRED_TAG), fields=_with_reason(note, reason)))
    return retired


def _with_reason(note: AnkiNote, reason: str) -> tuple[str, ...]:
    note_type = NOTE_TYPES[note.note_type]
    index = note_type.fields.index(note_type.provenance_field)
    fields = list(note.fields)
    fields[index] = f'<div class="qz-retired">{field_text(reason)}</div>{fields[index]}'
    return tuple(fields)


def compare(notes: Sequence[AnkiNote], earlier: Mapping[str, EarlierNote], *, compared: bool) -> DeckChanges:
    """Count ``notes`` against the ``earlier`` deck's notes by GUID."""
    new = updated = retired = 0
    for note in notes:
        before = earlier.get(note.guid)
        if before is None:
            new += 1
            retired += note.retired
        elif not same_content(before.note, note):
            updated += 1
            retired += note.retired and not before.note.retired
    return DeckChanges(
        notes=len(notes),
        cards=sum(note.cards for note in notes),
        decks=len({note.deck for note in notes}),
        new=new,
        updated=updated,
        unchanged=len(notes) - new - updated,
        retired=retired,
        retired_in_all=sum(1 for note in notes if note.retired),
        compared=compared,
    )


# --- the record beside a build's outputs -------------------------------------------------


def write_record(notes: Sequence[AnkiNote], mods: Mapping[str, int], path: Path) -> Path:
    """Write the record of a deck's notes (JSON, atomically)."""
    from quizgen import __version__

    record = {
        "format": RECORD_FORMAT,
        "quizgen": __version__,
        "notes": [
            {
                "guid": note.guid,
                "type": note.note_type,
                "deck": note.deck,
                "mod": mods.get(note.guid),
                "tags": list(note.tags),
                "fields": list(note.fields),
            }
            for note in notes
        ],
    }
    return write_text(path, json.dumps(record, ensure_ascii=False, indent=1) + "\n")


def is_record(data: object) -> bool:
    return isinstance(data, dict) and data.get("format") == RECORD_FORMAT


def read_record(data: dict[str, object], *, name: str) -> dict[str, EarlierNote]:
    """The notes of a record (parsed JSON) by GUID; ExportError naming ``name`` when it is damaged."""
    notes: dict[str, EarlierNote] = {}
    entries = data.get("notes")
    try:
        for entry in entries if isinstance(entries, list) else []:
            note_type = NOTE_TYPES[str(entry["type"])]
            fields = tuple(str(f) for f in entry["fields"])
            if len(fields) != len(note_type.fields):
                raise ValueError(f"note {entry['guid']} has {len(fields)} fields, {note_type.name} {len(note_type.fields)}")
            note = AnkiNote(
                note_type=note_type.key,
                guid=str(entry["guid"]),
                fields=fields,
                tags=tuple(str(t) for t in entry["tags"]),
                deck=str(entry["deck"]),
            )
            mod = entry.get("mod")
            notes[note.guid] = EarlierNote(note, int(mod) if mod is not None else None)
    except (KeyError, TypeError, ValueError) as exc:
        raise ExportError(f"{name}: a damaged quizgen note record ({exc}); delete it to start afresh") from exc
    return notes
