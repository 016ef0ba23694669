"""`quizgen deck` end to end: real pipeline, real genanki output, real Anki import."""

from __future__ import annotations

import html
import re
import sqlite3
import tempfile
import zipfile
from contextlib import closing
from dataclasses import replace
from pathlib import Path

import pytest
from test_anki import assert_no_warnings, import_package, note_counts, review_first_cards, visible
from test_anki_chapters import WATER
from typer.testing import CliRunner

from quizgen.bank import write_bank
from quizgen.cli import app
from quizgen.export.anki import to_apkg
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
    assert "6 notes, 9 cards in 2 deck(s) from 14 questions" in result.output
    assert "left out: 1 multiple choice (see --types)" in result.output
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
        types = ("cloze", "multiple_choice", "true_false")
        result = deck(str(water), "--seed", str(seed), "-t", ",".join(types), "-o", str(tmp_path / f"s{seed}.apkg"))
        assert result.exit_code == 0
        written[seed] = package_notes(tmp_path / f"s{seed}.apkg")
        bank = build_bank([water], seed=seed, types=types)
        expected = {(n.guid, "\x1f".join(n.fields)) for n in make_notes(bank, types=types)}
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
    assert "4 notes, 4 cards" in result.output and "left out: 1 matching, 1 multiple choice" in result.output
    import_package(collection, tmp_path / "bank.apkg")
    assert sum(note_counts(collection).values()) == 4

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


# --- rebuilding: nothing stale ------------------------------------------------------------

REMOVED_PARAGRAPH = (
    "Lake Baikal holds about 23,600 cubic kilometres of fresh water, more than any other lake on Earth. "
    "The Amazon River carries more water than any other river in the world.\n\n"
)
REBUILT = (
    WATER.replace(REMOVED_PARAGRAPH, "")
    .replace("about 400 litres", "about 450 litres")
    .replace("drains into a single river or lake", "drains into one river or one lake")
)

CHANGES = re.compile(r"against the earlier deck: (\d+) new, (\d+) updated, (\d+) unchanged; (\d+) retired")


def guids(col, query: str = "") -> set[str]:  # type: ignore[no-untyped-def]
    return {col.get_note(nid).guid for nid in col.find_notes(query)}


def test_rebuilt_chapter_updates_in_place_and_retires_what_is_gone(tmp_path: Path, collection) -> None:
    from quizgen.export.anki import make_notes
    from quizgen.pipeline import build_bank

    assert REMOVED_PARAGRAPH in WATER and REBUILT.count("450 litres") == REBUILT.count("one river or one lake") == 1
    (tmp_path / "v1").mkdir()
    (tmp_path / "v2").mkdir()
    before, after = tmp_path / "v1" / "water.md", tmp_path / "v2" / "water.md"
    before.write_text(WATER, encoding="utf-8")
    after.write_text(REBUILT, encoding="utf-8")
    old, new = tmp_path / "old.apkg", tmp_path / "new.apkg"

    assert deck(str(before), "-o", str(old)).exit_code == 0
    import_package(collection, old)
    reviewed = review_first_cards(collection, collection.card_count())  # every card answered once
    old_notes = {n.guid: n for n in make_notes(build_bank([before]))}
    new_notes = {n.guid: n for n in make_notes(build_bank([after]))}

    result = deck(str(after), "-o", str(new), "--previous", str(old))
    assert result.exit_code == 0, result.output
    log = import_package(collection, new)
    assert_no_warnings(log)

    # The summary's counts are Anki's.
    found = CHANGES.search(result.output)
    assert found, result.output
    added, updated, unchanged, retired = map(int, found.groups())
    assert (added, updated, unchanged) == (len(log.new), len(log.updated), len(log.duplicate))

    # No duplicates: one note per GUID the two decks have between them, one per fact.
    assert collection.note_count() == len(set(old_notes) | set(new_notes)) == len(package_notes(new))
    assert not log.new
    # The removed paragraph's facts are retired, and only they.
    gone = {g for g, n in old_notes.items() if "Lake Baikal" in n.fields[0] or "Baikal" in html.unescape(n.fields[-4])}
    assert gone and set(old_notes) - set(new_notes) == gone
    assert guids(collection, "tag:quizgen::retired") == gone and retired == len(gone)
    # The two changed facts' notes were updated where they are.
    changed = guids(collection, '"450"') | guids(collection, '"one river or one lake"')
    assert len(changed) == 2 and changed <= {collection.get_note(e.id.nid).guid for e in log.updated}
    # Review history kept on every note, the retired ones included.
    for card_id, before_review in reviewed.items():
        card = collection.get_card(card_id)
        assert (card.reps, card.due, card.queue) == before_review
    retired_card = collection.get_card(collection.find_cards("tag:quizgen::retired")[0])
    assert "Retired: the deck made from water.md no longer has it." in visible(retired_card.answer())


def test_previous_bank_retires_exactly_the_deleted_questions(water: Path, tmp_path: Path, collection) -> None:
    from quizgen.bank import load_bank

    old_bank = tmp_path / "old.json"
    assert runner.invoke(app, ["export", str(water), "--to", "json", "-o", str(old_bank)]).exit_code == 0
    bank = load_bank(old_bank)
    import_package(collection, to_apkg(bank, tmp_path / "old.apkg", timestamp=1_700_000_000))

    # The teacher deletes the questions of two facts that are notes of their own.
    notes_of = {}
    for question in bank.questions:
        notes_of.setdefault(question.fact.id, []).append(question)
    deleted = [fact for fact, qs in notes_of.items() if any(q.type == "cloze" for q in qs)][:2]
    assert len(deleted) == 2
    edited = replace(bank, questions=tuple(q for q in bank.questions if q.fact.id not in deleted))
    write_bank(edited, tmp_path / "bank.json")

    result = deck(str(tmp_path / "bank.json"), "--previous", str(old_bank), "-o", str(tmp_path / "new.apkg"))
    assert result.exit_code == 0, result.output
    assert "2 retired" in result.output
    log = import_package(collection, tmp_path / "new.apkg")
    assert_no_warnings(log)
    retired = collection.find_notes("tag:quizgen::retired")
    assert len(retired) == 2
    from quizgen.export.anki import make_notes

    expected = {n.guid for n in make_notes(bank) if n.fact_id in deleted}
    assert {collection.get_note(nid).guid for nid in retired} == expected
    for nid in retired:
        back = visible(collection.get_note(nid).cards()[0].answer())
        assert "Retired: the deck made from water.md no longer has it." in back


def test_build_keeps_a_record_and_retires_from_it(water: Path, tmp_path: Path, collection) -> None:
    out = tmp_path / "decks"
    assert runner.invoke(app, ["build", str(water), "-o", str(out), "-q"]).exit_code == 0
    record = out / "the-water-cycle.notes.json"
    assert record.is_file()
    import_package(collection, out / "the-water-cycle.apkg")
    water.write_text(WATER.replace(REMOVED_PARAGRAPH, ""), encoding="utf-8")
    (out / "the-water-cycle.apkg").unlink()  # the record alone is enough
    result = runner.invoke(app, ["build", str(water), "-o", str(out), "-q"])
    assert result.exit_code == 0, result.output
    found = re.search(r"against the earlier deck: (\d+) new, (\d+) updated, (\d+) unchanged; (\d+) retired", result.output)
    assert found, result.output
    log = import_package(collection, out / "the-water-cycle.apkg")
    assert tuple(map(int, found.groups()[:3])) == (len(log.new), len(log.updated), len(log.duplicate))
    assert len(collection.find_notes("tag:quizgen::retired")) == int(found.group(4)) >= 1

    # `quizgen deck` takes the record as the earlier deck too: nothing more is gone.
    result = deck(str(water), "--previous", str(record), "-o", str(tmp_path / "again.apkg"))
    assert result.exit_code == 0, result.output
    assert "0 new, 0 updated" in result.output and f"{found.group(4)} retired (0 this time)" in result.output


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("old.txt", "x", "an .apkg, a question bank .json"),
        ("old.apkg", "not a zip", "not an Anki package"),
        ("old.json", "{", "cannot read the earlier deck"),
    ],
)
def test_bad_previous_is_one_line_and_exit_2(water: Path, tmp_path: Path, name: str, content: str, message: str) -> None:
    (tmp_path / name).write_text(content, encoding="utf-8")
    result = deck(str(water), "--previous", str(tmp_path / name), "-o", str(tmp_path / "w.apkg"))
    assert result.exit_code == 2, result.output
    assert result.output.startswith("error: ") and message in result.output
    assert not (tmp_path / "w.apkg").exists()


def test_a_fact_that_comes_back_is_no_longer_retired(tmp_path: Path, collection) -> None:
    from quizgen.pipeline import build_bank

    for name, text in (("a", WATER), ("b", REBUILT)):
        (tmp_path / name).mkdir()
        (tmp_path / name / "water.md").write_text(text, encoding="utf-8")
    full, cut = build_bank([tmp_path / "a" / "water.md"]), build_bank([tmp_path / "b" / "water.md"])
    import_package(collection, to_apkg(full, tmp_path / "1.apkg", timestamp=1_700_000_000))
    import_package(collection, to_apkg(cut, tmp_path / "2.apkg", previous=tmp_path / "1.apkg", timestamp=1_700_000_060))
    assert len(collection.find_notes("tag:quizgen::retired")) == 1
    log = import_package(collection, to_apkg(full, tmp_path / "3.apkg", previous=tmp_path / "2.apkg", timestamp=1_700_000_120))
    assert_no_warnings(log)
    assert not collection.find_notes("tag:quizgen::retired") and not log.new
    assert not collection.find_notes('"Retired:*"')


def test_deck_output_paths_work_the_way_a_user_means_them(water: Path, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert deck(str(water), "-o", "fresh/", "-q").exit_code == 0
    assert [p.name for p in (tmp_path / "fresh").iterdir()] == ["the-water-cycle.apkg"]
    assert deck(str(water), "-o", "named", "-q").exit_code == 0
    assert (tmp_path / "named.apkg").is_file()
    refused = deck(str(water), "-o", str(water), "-q")
    assert refused.exit_code == 2 and refused.output.count("error:") == 1
