"""Anki packages (.apkg) from a QuestionBank, made to be kept for months and rebuilt.

- One note per fact, its ways of being asked as sibling cards
  (:mod:`quizgen.export.anki_notes`); note types with fixed ids
  (:mod:`quizgen.export.anki_models`).
- GUIDs from fact ids, so a deck rebuilt from the same or an edited chapter
  updates the notes a student studies; a note that did not change keeps its
  modification time, so Anki reports only the changed ones as updated
  (:mod:`quizgen.export.anki_package`).
- Nothing stale: given the earlier deck (its .apkg, its question bank, or the
  record ``quizgen build`` keeps), the notes that are gone are written again,
  tagged ``quizgen::retired`` and saying why (:mod:`quizgen.export.anki_history`).

>>> to_apkg(bank, "decks/chapter.apkg", previous="decks/old.apkg")    # doctest: +SKIP
PosixPath('decks/chapter.apkg')
"""

from __future__ import annotations

import json
import time
from collections.abc import Sequence
from pathlib import Path

from quizgen.errors import ExportError
from quizgen.export.anki_history import (
    DeckChanges,
    compare,
    is_record,
    read_record,
    retire,
    write_record,
)
from quizgen.export.anki_notes import (
    DECK_TYPES,
    GUID_NAMESPACE,
    QUIZ_TYPES,
    RETIRED_TAG,
    SKIPPED_TYPES,
    AnkiNote,
    field_text,
    make_notes,
)
from quizgen.export.anki_package import (
    DECK_NAMESPACE,
    EarlierNote,
    modification_times,
    read_earlier,
    read_package,
    write_notes,
)
from quizgen.models import QuestionBank

__all__ = [
    "DECK_NAMESPACE",
    "DECK_TYPES",
    "GUID_NAMESPACE",
    "QUIZ_TYPES",
    "RETIRED_TAG",
    "SKIPPED_TYPES",
    "AnkiNote",
    "DeckChanges",
    "deck_description",
    "field_text",
    "make_notes",
    "read_previous",
    "to_apkg",
    "write_deck",
]


def to_apkg(
    bank: QuestionBank,
    path: str | Path,
    *,
    deck_name: str | None = None,
    by_section: bool = True,
    types: Sequence[str] | None = None,
    previous: str | Path | None = None,
    timestamp: float | None = None,
) -> Path:
    """Write ``bank`` as an Anki package at ``path`` (atomically) and return the path.

    See :func:`write_deck` for the options.
    """
    return write_deck(
        bank, path, deck_name=deck_name, by_section=by_section, types=types, previous=previous, timestamp=timestamp
    )[0]


def write_deck(
    bank: QuestionBank,
    path: str | Path,
    *,
    deck_name: str | None = None,
    by_section: bool = True,
    types: Sequence[str] | None = None,
    previous: str | Path | None = None,
    record: str | Path | None = None,
    timestamp: float | None = None,
) -> tuple[Path, DeckChanges]:
    """Write ``bank`` as an Anki package at ``path``; the path and what changed.

    Decks are named ``DECK::Chapter::Section`` (``DECK`` is ``deck_name`` or
    the bank's title; no section level unless ``by_section``). ``types``: the
    question types to take (default: the recall types, :data:`DECK_TYPES`).

    ``previous`` is the earlier deck's .apkg, question bank .json or record;
    ``record`` a record file read as ``previous`` when it exists and written
    afresh after the package. The earlier deck's notes that are gone are
    written again, retired. Without either, the package already at ``path``
    (if any) is what changes are counted against. ``timestamp`` (seconds
    since the epoch, default now) is the modification time of new and
    changed notes.
    """
    path = Path(path)
    if path.suffix.lower() != ".apkg":
        raise ExportError(f"{path}: an Anki package is named NAME.apkg")
    notes = make_notes(bank, deck_name=deck_name, by_section=by_section, types=types)
    if not notes:
        raise ExportError(f"{bank.title or 'the question bank'}: no questions that make Anki cards")
    now = time.time() if timestamp is None else timestamp
    earlier_here = read_earlier(path)
    base: dict[str, EarlierNote] = {}
    if previous is not None:
        base = read_previous(previous, deck_name=deck_name, by_section=by_section, types=types)
    elif record is not None and Path(record).is_file():
        base = read_previous(record)
    retired = retire([e.note for e in base.values()], notes, source=_sources(bank)) if base else []
    every = [*notes, *retired]
    # A bank says nothing of modification times: the package at the path does.
    timed = {**earlier_here, **{guid: e for guid, e in base.items() if e.mod is not None}}
    mods = modification_times(every, timed, now=now)
    write_notes(every, path, mods=mods, timestamp=now, description=deck_description(bank))
    if record is not None:
        write_record(every, mods, Path(record))
    compared_with = base or earlier_here
    return path, compare(every, compared_with, compared=bool(compared_with))


def read_previous(
    path: str | Path,
    *,
    deck_name: str | None = None,
    by_section: bool = True,
    types: Sequence[str] | None = None,
) -> dict[str, EarlierNote]:
    """The notes of an earlier deck by GUID, from its .apkg, its question bank
    .json (made into notes with the same options) or a quizgen note record."""
    path = Path(path)
    if not path.is_file():
        raise ExportError(f"{path}: no such file (the earlier deck: its .apkg or question bank .json)")
    suffix = path.suffix.lower()
    if suffix == ".apkg":
        return read_package(path)
    if suffix != ".json":
        raise ExportError(f"{path}: the earlier deck is an .apkg, a question bank .json or a quizgen note record")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise ExportError(f"{path}: cannot read the earlier deck ({exc})") from exc
    if is_record(data):
        return read_record(data, name=str(path))
    from quizgen.bank import load_bank

    notes = make_notes(load_bank(path), deck_name=deck_name, by_section=by_section, types=types)
    return {note.guid: EarlierNote(note) for note in notes}


def deck_description(bank: QuestionBank) -> str:
    return field_text(
        f"Made by quizgen from {_sources(bank) or 'a question bank'}. "
        "Every card shows the sentence, section and page it came from."
    )


def _sources(bank: QuestionBank) -> str:
    return ", ".join(dict.fromkeys(Path(s.path).name for s in bank.sources))
