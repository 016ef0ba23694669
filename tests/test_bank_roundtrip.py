"""A teacher's edit survives the whole way: export a bank, delete a question and
change an answer, then build the Anki deck and the printed quiz from the edited
bank. The deck is imported by the real Anki backend and the PDFs are read back."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from conftest import needs
from typer.testing import CliRunner

from quizgen.bank import load_bank
from quizgen.cli import app

anki_export = pytest.importorskip("quizgen.export.anki")
printable = pytest.importorskip("quizgen.export.printable")

CHAPTER = """\
Rivers & Deltas

How Rivers Shape Land

A watershed is the area of land that drains into one river and its streams. The Amazon watershed covers about 7 million square kilometres, more than any other river system on Earth.

A delta is the land formed where a river deposits sediment at its mouth. The Nile delta began to form about 7,000 years ago, when the sea level became stable.

Rivers and People

A floodplain is the flat land beside a river that floods when the river is high. Farmers in Egypt depended on the yearly flood of the Nile for thousands of years.

The Aswan High Dam was completed in 1970 and ended the yearly flood in Egypt. Lake Nasser, the reservoir behind the dam, holds about 132 cubic kilometres of water.

An estuary is the tidal mouth of a river where fresh water meets the sea. In 1858, the smell of the Thames in London became so bad that Parliament called it the Great Stink.
"""

NEW_ANSWER = "Zanzibarite"


def _anki_notes(package: Path, tmp_path: Path) -> dict[str, tuple[str, ...]]:
    """GUID -> fields of every note, as the real Anki backend imports the package."""
    from anki.collection import Collection, ImportAnkiPackageOptions, ImportAnkiPackageRequest

    collection = Collection(str(tmp_path / f"{package.stem}.anki2"))
    try:
        collection.import_anki_package(ImportAnkiPackageRequest(
            package_path=str(package), options=ImportAnkiPackageOptions()))
        notes = (collection.get_note(nid) for nid in collection.find_notes(""))
        return {note.guid: tuple(note.fields) for note in notes}
    finally:
        collection.close()


def _pdf_text(path: Path) -> str:
    out = subprocess.run([needs("pdftotext"), str(path), "-"], check=True,
                         capture_output=True, text=True).stdout
    return " ".join(out.split())


@pytest.fixture
def exported(tmp_path: Path, nlp) -> Path:
    chapter = tmp_path / "rivers.txt"
    chapter.write_text(CHAPTER, encoding="utf-8")
    out = tmp_path / "bank.json"
    result = CliRunner().invoke(app, ["export", str(chapter), "--to", "json", "-o", str(out), "-q"])
    assert result.exit_code == 0, result.output
    return out


def test_edited_bank_reaches_deck_and_quiz(exported: Path, tmp_path: Path) -> None:
    original = load_bank(exported)
    # One note per fact: a question's note is its fact's, and a cloze note shows the cloze's answer.
    notes = anki_export.make_notes(original)
    notes_of = {qid: note.guid for note in notes for qid in note.question_ids}
    cloze_notes = {note.guid for note in notes if note.note_type == "cloze"}
    printed = _quiz_ids(original)
    data = json.loads(exported.read_text(encoding="utf-8"))
    questions = data["questions"]
    # Both chosen among fill-in questions that are on the printed quiz and in a cloze note.
    chosen = [i for i, q in enumerate(questions)
              if notes_of.get(q["id"]) in cloze_notes and q["id"] in printed and q["type"] in ("cloze", "short_answer")]
    assert len(chosen) >= 2, "the chapter should give at least two printable fill-in questions"
    edited_index, deleted_index = chosen[:2]
    deleted = questions[deleted_index]
    edited_id = questions[edited_index]["id"]
    questions[edited_index]["answer"] = NEW_ANSWER  # span and context are left as they were
    # Deleting a fact's questions deletes its note.
    data["questions"] = [q for q in questions if q["fact"]["id"] != deleted["fact"]["id"]]
    gone = len(questions) - len(data["questions"])
    edited_path = tmp_path / "edited.json"
    edited_path.write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")

    edited = load_bank(edited_path)
    assert len(edited.questions) == len(original.questions) - gone
    assert next(q for q in edited.questions if q.id == edited_id).answer == NEW_ANSWER

    before = _anki_notes(anki_export.to_apkg(original, tmp_path / "original.apkg"), tmp_path)
    after = _anki_notes(anki_export.to_apkg(edited, tmp_path / "edited.apkg"), tmp_path)
    assert set(after) == set(before) - {notes_of[deleted["id"]]}
    edited_guid = notes_of[edited_id]
    assert any(NEW_ANSWER in field for field in after[edited_guid])
    assert not any(NEW_ANSWER in field for field in before[edited_guid])
    for guid in set(after) - {edited_guid}:
        assert after[guid] == before[guid]

    paths = printable.to_pdf(edited, tmp_path / "quiz.pdf", count=len(edited.questions))
    key = next(p for p in paths if "key" in p.name)
    assert NEW_ANSWER in _pdf_text(key)
    now_printed = _quiz_ids(edited)
    assert edited_id in now_printed and deleted["id"] not in now_printed


def _quiz_ids(bank) -> set[str]:  # type: ignore[no-untyped-def]
    """The ids on the printed quiz, chosen the way ``to_pdf`` chooses them."""
    from quizgen.export.quiz_layout import make_versions

    quiz = make_versions(bank, count=len(bank.questions), seed=0)[0]
    return {item.question.id for part in quiz.parts for item in part.items}
