"""The .apkg file itself: writing notes into one, reading them back out.

genanki builds the collection; the SQLite database it fills is kept in memory
and serialised straight into the zip, so that no temporary file is left
anywhere (genanki's own ``write_to_file`` leaves one in the temp folder on
every write, and another when it fails). Reading an earlier package works the
same way, in memory.

>>> write_notes(notes, "decks/chapter.apkg", mods=modification_times(notes, {}, now=0))  # doctest: +SKIP
PosixPath('decks/chapter.apkg')
"""

from __future__ import annotations

import itertools
import json
import sqlite3
import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from quizgen.errors import ExportError
from quizgen.export.anki_models import NOTE_TYPES, make_model
from quizgen.export.anki_notes import AnkiNote
from quizgen.identity import stable_int
from quizgen.io import atomic_path

DECK_NAMESPACE = "quizgen.anki.deck.v1\x1f"


@dataclass(frozen=True, slots=True)
class EarlierNote:
    """A note as an earlier package held it: its modification time and content."""

    note: AnkiNote
    mod: int | None = None


def write_notes(
    notes: Sequence[AnkiNote],
    path: str | Path,
    *,
    mods: Mapping[str, int],
    timestamp: float,
    description: str = "",
) -> Path:
    """Write ``notes`` into an .apkg at ``path`` (atomically), each note with its
    modification time from ``mods`` (by GUID)."""
    import genanki

    path = Path(path)
    if path.suffix.lower() != ".apkg":
        raise ExportError(f"{path}: an Anki package is named NAME.apkg")
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
        entry.mod = mods.get(note.guid, int(timestamp))
        deck.add_note(entry)
    package = genanki.Package(list(decks.values()))
    connection = sqlite3.connect(":memory:")
    try:
        package.write_to_db(connection.cursor(), timestamp, itertools.count(int(timestamp * 1000)))
        connection.commit()
        database = connection.serialize()
    finally:
        connection.close()
    try:
        with atomic_path(path) as tmp, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as package_file:
            package_file.writestr("collection.anki2", database)
            package_file.writestr("media", "{}")
    except OSError as exc:
        raise ExportError(f"cannot write {path}: {exc.strerror or exc}") from exc
    return path


def modification_times(
    notes: Sequence[AnkiNote], earlier: Mapping[str, EarlierNote], *, now: float
) -> dict[str, int]:
    """Each note's ``mod``: the earlier one where the note did not change, so Anki
    reports it unchanged; otherwise now, and always later than the earlier one,
    so Anki's "update if newer" takes the change."""
    mods: dict[str, int] = {}
    for note in notes:
        before = earlier.get(note.guid)
        if before is None or before.mod is None:
            mods[note.guid] = int(now)
        elif same_content(before.note, note):
            mods[note.guid] = before.mod
        else:
            mods[note.guid] = max(int(now), before.mod + 1)
    return mods


def same_content(a: AnkiNote, b: AnkiNote) -> bool:
    """True when Anki would see no change: same note type, fields and tags."""
    return a.note_type == b.note_type and a.fields == b.fields and frozenset(a.tags) == frozenset(b.tags)


def read_package(path: str | Path) -> dict[str, EarlierNote]:
    """The quizgen notes of an .apkg by GUID, each with its deck and ``mod``.

    Notes of other note types than quizgen's are left out. Raises ExportError
    when the file is no package quizgen can read.
    """
    path = Path(path)
    try:
        with zipfile.ZipFile(path) as package:
            names = set(package.namelist())
            if "collection.anki21b" in names:
                raise ExportError(
                    f"{path}: exported by Anki in its newer format; give the .apkg quizgen wrote, "
                    "or the question bank .json"
                )
            name = "collection.anki21" if "collection.anki21" in names else "collection.anki2"
            database = package.read(name)
    except (OSError, KeyError, zipfile.BadZipFile) as exc:
        raise ExportError(f"{path}: not an Anki package quizgen can read ({exc})") from exc
    connection = sqlite3.connect(":memory:")
    try:
        connection.deserialize(database)
        decks = json.loads(connection.execute("select decks from col").fetchone()[0])
        rows = connection.execute(
            "select n.guid, n.mid, n.mod, n.flds, n.tags, min(c.did) from notes n"
            " left join cards c on c.nid = n.id group by n.id order by n.id"
        ).fetchall()
    except (sqlite3.Error, TypeError, ValueError) as exc:
        raise ExportError(f"{path}: not an Anki package quizgen can read ({exc})") from exc
    finally:
        connection.close()
    keys = {note_type.model_id: key for key, note_type in NOTE_TYPES.items()}
    notes: dict[str, EarlierNote] = {}
    for guid, mid, mod, flds, tags, deck_id in rows:
        key = keys.get(int(mid))
        fields = tuple(str(flds).split("\x1f"))
        if key is None or len(fields) != len(NOTE_TYPES[key].fields):
            continue
        deck = str(decks.get(str(deck_id), {}).get("name", "")) if deck_id is not None else ""
        note = AnkiNote(note_type=key, guid=str(guid), fields=fields, tags=tuple(str(tags).split()), deck=deck)
        notes[note.guid] = EarlierNote(note, int(mod))
    return notes


def read_earlier(path: Path) -> dict[str, EarlierNote]:
    """The notes of the package already at ``path``; empty when there is none or
    it cannot be read (it is about to be replaced anyway)."""
    if not path.is_file():
        return {}
    try:
        return read_package(path)
    except ExportError:
        return {}


@cache
def _timed_note_class():  # type: ignore[no-untyped-def]
    """A genanki Note that writes its own ``mod`` instead of the package's time."""
    import genanki

    class TimedNote(genanki.Note):  # type: ignore[misc]
        mod: int | None = None

        def write_to_db(self, cursor, timestamp, deck_id, id_gen):  # type: ignore[no-untyped-def]
            return super().write_to_db(cursor, self.mod if self.mod is not None else timestamp, deck_id, id_gen)

    return TimedNote
