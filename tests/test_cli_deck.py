"""`quizgen deck` end to end: real pipeline, real genanki output, real Anki import."""

from __future__ import annotations

import sqlite3
import tempfile
import zipfile
from contextlib import closing
from dataclasses import replace
from pathlib import Path

import pytest
from test_anki import assert_no_warnings, import_package, note_counts, visible
from test_anki_chapters import WATER
from typer.testing import CliRunner

from quizgen.bank import write_bank
from quizgen.cli import app
from quizgen.models import QuestionBank
from quizgen.resources import example_chapter

runner = CliRunner()


@pytest.fixture
def water(tmp_path: Path) -> Path:
    path = tmp_path / "water.md"
    path.write_text(WATER, encoding="utf-8")
    return path


@pytest.fixture
def collection(tmp_path: Path):  # type: ignore[no-untyped-def]
    from anki.collection import Collection

    col = Collection(str(tmp_path / "collection.anki2"))
    yield col
    col.close()


def deck(*args: str):  # type: ignore[no-untyped-def]
    return runner.invoke(app, ["deck", *args])


def test_deck_writes_the_named_package(water: Path, tmp_path: Path, collection) -> None:
    out = tmp_path / "out" / "w.apkg"
    result = deck(str(water), "-o", str(out))
    assert result.exit_code == 0, result.output
    assert f"wrote {out}" in result.output
    assert "notes" in result.output and "cards in 1 deck(s)" in result.output
    log = import_package(collection, out)
    assert_no_warnings(log)
    assert len(log.new) == collection.note_count() > 5


def test_default_output_is_named_after_the_title(water: Path, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = deck(str(water), "--quiet")
    assert result.exit_code == 0, result.output
    assert result.output == ""  # --quiet: errors only
    assert (tmp_path / "decks" / "the-water-cycle.apkg").is_file()


def test_output_folder_and_deck_name(water: Path, tmp_path: Path, collection) -> None:
    result = deck(str(water), "-o", str(tmp_path), "--deck", "Science 7")
    assert result.exit_code == 0, result.output
    import_package(collection, tmp_path / "science-7.apkg")
    assert "Science 7::The Water Cycle" in collection.decks.all_names()


def test_by_section_makes_subdecks(water: Path, tmp_path: Path, collection) -> None:
    result = deck(str(water), "--by-section", "-o", str(tmp_path / "w.apkg"))
    assert result.exit_code == 0, result.output
    import_package(collection, tmp_path / "w.apkg")
    names = set(collection.decks.all_names())
    assert {"The Water Cycle::Evaporation", "The Water Cycle::Rivers and Lakes"} <= names


def test_types_and_count(water: Path, tmp_path: Path, collection) -> None:
    result = deck(str(water), "-t", "cloze,true_false", "--count", "4", "-o", str(tmp_path / "w.apkg"))
    assert result.exit_code == 0, result.output
    import_package(collection, tmp_path / "w.apkg")
    counts = note_counts(collection)
    assert set(counts) <= {"quizgen Cloze", "quizgen True or False"}
    assert sum(counts.values()) == 4


def package_notes(path: Path) -> set[tuple[str, str]]:
    """(guid, fields) of every note in an .apkg."""
    with zipfile.ZipFile(path) as package, tempfile.TemporaryDirectory() as folder:
        database = Path(folder) / "c.anki2"
        database.write_bytes(package.read("collection.anki2"))
        with closing(sqlite3.connect(database)) as db:
            return set(db.execute("select guid, flds from notes").fetchall())


def test_seed_reaches_the_pipeline(water: Path, tmp_path: Path) -> None:
    from quizgen.export.anki import make_notes
    from quizgen.pipeline import build_bank

    written = {}
    for seed in (1, 2):
        assert deck(str(water), "--seed", str(seed), "-o", str(tmp_path / f"s{seed}.apkg")).exit_code == 0
        written[seed] = package_notes(tmp_path / f"s{seed}.apkg")
        expected = {(n.guid, "\x1f".join(n.fields)) for n in make_notes(build_bank([water], seed=seed))}
        assert written[seed] == expected
    assert written[1] != written[2]  # distractors and true/false statements follow the seed


def test_model_option_is_used(water: Path, tmp_path: Path) -> None:
    result = deck(str(water), "--model", "no_such_model_xyz", "-o", str(tmp_path / "w.apkg"))
    assert result.exit_code == 2
    assert result.output.startswith("error: ") and "no_such_model_xyz" in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert not (tmp_path / "w.apkg").exists()


def test_question_bank_json_is_read_back(sample_bank: QuestionBank, tmp_path: Path, collection) -> None:
    bank = write_bank(sample_bank, tmp_path / "bank.json")
    result = deck(str(bank), "-o", str(tmp_path / "bank.apkg"))
    assert result.exit_code == 0, result.output
    assert "7 notes, 7 cards" in result.output and "1 matching set(s) left out" in result.output
    import_package(collection, tmp_path / "bank.apkg")
    assert sum(note_counts(collection).values()) == 7

    # A teacher's edit in the bank reaches the note that is already in Anki.
    edited = replace(sample_bank, questions=tuple(
        replace(q, answer="about 23,615 cubic kilometres") if q.id == "q-short-0002" else q
        for q in sample_bank.questions
    ))
    write_bank(edited, tmp_path / "bank.json")
    assert deck(str(bank), "-o", str(tmp_path / "bank.apkg"), "-q").exit_code == 0
    log = import_package(collection, tmp_path / "bank.apkg")
    assert (len(log.new), len(log.updated)) == (0, 1)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["missing.md"], "missing.md"),
        (["{water}", "-t", "essay"], "unknown question type 'essay'"),
        (["{water}", "-t", "matching"], "makes no Anki cards"),
        (["{water}", "-o", "{tmp}/deck.zip"], "NAME.apkg"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(water: Path, tmp_path: Path, args: list[str], message: str) -> None:
    result = deck(*(a.format(water=water, tmp=tmp_path) for a in args))
    assert result.exit_code == 2
    assert result.output.startswith("error: ") and message in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert "Traceback" not in result.output


def test_readme_main_command_writes_the_example_deck(tmp_path: Path, monkeypatch, collection) -> None:
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["build"])
    assert result.exit_code == 0, result.output
    package = tmp_path / "decks" / "kazakhstan-and-its-neighbours.apkg"
    assert package.is_file()
    log = import_package(collection, package)
    assert_no_warnings(log)
    card_ids = sorted(collection.find_cards(""))
    assert len(card_ids) >= 10
    # Ten cards across the deck, rendered by Anki: a prompt in front, an answer and the book behind.
    for card_id in card_ids[:: len(card_ids) // 10][:10]:
        card = collection.get_card(card_id)
        front, back = visible(card.question()), visible(card.answer())
        assert len(front) > 20 and len(back) > len(front)
        assert "Kazakhstan and Its Neighbours" in back
        assert 'class="qz-source"' in card.answer()


def test_example_chapter_is_there() -> None:
    assert example_chapter().is_file()
