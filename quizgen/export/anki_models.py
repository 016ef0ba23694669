"""quizgen's Anki note types: fields, card templates and their fixed ids.

Each note type's id is ``stable_int("quizgen.anki.model.v1." + key)``, so it is
the same on every machine and run, and Anki recognises a regenerated deck's
note types as the ones it already has (and updates their templates):

=============================  =================  ============
note type                      key                model id
=============================  =================  ============
quizgen Cloze                  ``cloze``          1526708567
quizgen Basic                  ``basic``          344723277
quizgen Term and Definition    ``term``           1839994885
quizgen Multiple Choice        ``choice``         797381075
quizgen True or False          ``truefalse``      634061663
=============================  =================  ============

The field lists are part of that identity: Anki stops updating the notes of
a note type whose fields changed, so a field is never added, renamed or
removed here (a retired note says why in its :attr:`NoteType.provenance_field`,
not in a field of its own). Templates may change: Anki takes the new ones
with the same id. The term note's ``Term question`` and ``Definition
question`` are its cards' switches, as the ``Add Reverse`` field of Anki's
"Basic (optional reversed card)": an empty one makes no card.

Templates live in ``templates/anki/``: ``STEM.front.html`` and
``STEM.back.html`` for each card (the stems are in :data:`NOTE_TYPES`),
``source.html`` for the "where it comes from" block that ``[[source]]``
stands for, and ``style.css``, shared by all.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from quizgen.errors import ExportError
from quizgen.identity import stable_int

if TYPE_CHECKING:
    import genanki

MODEL_NAMESPACE = "quizgen.anki.model.v1."

#: The fields every note has, so a student can go back to the book.
SOURCE_FIELDS: tuple[str, ...] = ("Source", "Section", "Page", "Chapter")


@dataclass(frozen=True, slots=True)
class NoteType:
    """One note type: its name, fields in order, and (front, back) template file stems per card."""

    key: str
    name: str
    fields: tuple[str, ...]
    cards: tuple[tuple[str, str], ...]
    cloze: bool = False
    #: The field that shows on the back where a card comes from; a retired note says why there.
    provenance_field: str = "Source"

    @property
    def model_id(self) -> int:
        return stable_int(MODEL_NAMESPACE + self.key)


NOTE_TYPES: dict[str, NoteType] = {
    note_type.key: note_type
    for note_type in (
        NoteType(
            key="cloze",
            name="quizgen Cloze",
            fields=("Text", "Back Extra", *SOURCE_FIELDS),
            cards=(("Cloze", "cloze"),),
            cloze=True,
            provenance_field="Back Extra",
        ),
        NoteType(
            key="basic",
            name="quizgen Basic",
            fields=("Question", "Answer", "Explanation", *SOURCE_FIELDS),
            cards=(("Question", "basic"),),
        ),
        NoteType(
            key="term",
            name="quizgen Term and Definition",
            fields=("Term", "Definition", "Term question", "Definition question", *SOURCE_FIELDS),
            cards=(("Term to definition", "term"), ("Definition to term", "definition")),
        ),
        NoteType(
            key="choice",
            name="quizgen Multiple Choice",
            fields=("Question", "Choices", "Answer", "Explanation", *SOURCE_FIELDS),
            cards=(("Multiple choice", "choice"),),
        ),
        NoteType(
            key="truefalse",
            name="quizgen True or False",
            fields=("Statement", "Answer", "Explanation", *SOURCE_FIELDS),
            cards=(("True or false", "truefalse"),),
        ),
    )
}


def stylesheet() -> str:
    """The CSS shared by every quizgen note type."""
    return _read("style.css")


def card_template(stem: str, side: str) -> str:
    """The ``front`` or ``back`` template ``STEM.SIDE.html``, with ``[[source]]`` filled in."""
    return _read(f"{stem}.{side}.html").replace("[[source]]", _read("source.html").strip()).strip()


@cache
def make_model(key: str) -> genanki.Model:
    """The genanki model of note type ``key``, built once per process."""
    import genanki

    note_type = NOTE_TYPES[key]
    return genanki.Model(
        note_type.model_id,
        note_type.name,
        fields=[{"name": name} for name in note_type.fields],
        templates=[
            {"name": name, "qfmt": card_template(stem, "front"), "afmt": card_template(stem, "back")}
            for name, stem in note_type.cards
        ],
        css=stylesheet(),
        model_type=genanki.Model.CLOZE if note_type.cloze else genanki.Model.FRONT_BACK,
        # Notes sort by their first field in Anki's browser: the prompt or the term.
        sort_field_index=0,
    )


@cache
def _read(name: str) -> str:
    from quizgen.resources import templates_dir

    path = templates_dir() / "anki" / name
    try:
        return path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ExportError(f"Anki template {path} is missing ({exc.strerror}); reinstall quizgen") from exc
