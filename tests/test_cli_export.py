"""`quizgen export` end to end: every option, banks and chapters, bad input."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from quizgen.bank import load_bank, write_bank
from quizgen.cli import app
from quizgen.models import QUESTION_TYPES, QuestionBank

runner = CliRunner()

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


def run(*args: str):  # type: ignore[no-untyped-def]
    return runner.invoke(app, ["export", *args])


@pytest.fixture
def bank_json(sample_bank: QuestionBank, tmp_path: Path) -> Path:
    return write_bank(sample_bank, tmp_path / "water.json")


@pytest.fixture
def chapter(tmp_path: Path) -> Path:
    path = tmp_path / "rivers.txt"
    path.write_text(CHAPTER, encoding="utf-8")
    return path


def test_help_ends_with_an_example() -> None:
    result = runner.invoke(app, ["export", "--help"])
    assert result.exit_code == 0
    assert "Example:  quizgen export" in result.output


@pytest.mark.parametrize(
    ("fmt", "name"),
    [("json", "out.json"), ("csv", "out.csv"), ("tsv", "out.tsv"), ("moodle", "out.xml"),
     ("gift", "out.gift"), ("qti", "out.zip"), ("md", "out.md")],
)
def test_every_format_from_a_bank(bank_json: Path, tmp_path: Path, fmt: str, name: str) -> None:
    out = tmp_path / name
    result = run(str(bank_json), "--to", fmt, "-o", str(out), "--quiet")
    assert result.exit_code == 0, result.output
    assert f"wrote {out}" in result.output and "8 questions" in result.output
    assert out.stat().st_size > 0
    if fmt == "qti":
        assert "imsmanifest.xml" in zipfile.ZipFile(out).namelist()


def test_json_from_a_bank_is_the_same_bank(bank_json: Path, sample_bank: QuestionBank, tmp_path: Path) -> None:
    result = run(str(bank_json), "-o", str(tmp_path / "again.json"))  # json is the default format
    assert result.exit_code == 0, result.output
    assert set(load_bank(tmp_path / "again.json").questions) == set(sample_bank.questions)


def test_stdout_for_text_formats(bank_json: Path) -> None:
    result = run(str(bank_json), "--to", "csv", "-o", "-")
    assert result.exit_code == 0, result.output
    rows = list(csv.reader(io.StringIO(result.stdout, newline="")))
    assert rows[0][:2] == ["question", "answer"] and len(rows) == 9
    assert "wrote" not in result.stdout


def test_default_output_is_decks_title(bank_json: Path, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = run(str(bank_json), "--to", "gift")
    assert result.exit_code == 0, result.output
    assert (tmp_path / "decks" / "the-water-cycle.gift").is_file()


def test_output_folder_gets_the_default_name(bank_json: Path, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    result = run(str(bank_json), "--to", "moodle", "-o", str(folder))
    assert result.exit_code == 0, result.output
    assert (folder / "the-water-cycle.xml").is_file()


def test_types_and_count_select(bank_json: Path, tmp_path: Path) -> None:
    out = tmp_path / "some.json"
    result = run(str(bank_json), "--types", "multiple_choice,true_false", "-t", "cloze", "-o", str(out))
    assert result.exit_code == 0, result.output
    assert {q.type for q in load_bank(out).questions} == {"multiple_choice", "true_false", "cloze"}
    result = run(str(bank_json), "--count", "2", "--seed", "3", "-o", str(out))
    assert result.exit_code == 0, result.output
    assert len(load_bank(out).questions) == 2


def test_chapter_through_the_pipeline(chapter: Path, tmp_path: Path, nlp) -> None:
    out = tmp_path / "rivers.json"
    result = run(str(chapter), "--to", "json", "-o", str(out), "--seed", "1", "-q")
    assert result.exit_code == 0, result.output
    bank = load_bank(out)
    assert bank.questions and {q.type for q in bank.questions} <= set(QUESTION_TYPES)
    assert bank.sources[0].path.endswith("rivers.txt")
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["quizgen"] and data["title"] == bank.title
    # Same seed, same bank, byte for byte.
    again = tmp_path / "again.json"
    assert run(str(chapter), "-o", str(again), "--seed", "1", "-q").exit_code == 0
    assert again.read_bytes() == out.read_bytes()
    gift = run(str(chapter), "--to", "gift", "-o", "-", "--count", "2")
    assert gift.exit_code == 0 and gift.stdout.count("::q-") == 2


def test_unknown_model_is_one_line(chapter: Path, tmp_path: Path) -> None:
    result = run(str(chapter), "--model", "no_such_model_xyz", "-o", str(tmp_path / "x.json"))
    assert result.exit_code == 2
    assert result.stderr.startswith("error: ") and len(result.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "x.json").exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--to", "pdf"], "unknown format 'pdf'; choose one of json, csv"),
        (["--to", "qti", "-o", "-"], "qti writes a zip file and cannot go to standard output"),
        (["--types", "essay"], "unknown question type 'essay'"),
    ],
)
def test_bad_options_are_one_line(bank_json: Path, args: list[str], message: str) -> None:
    result = run(str(bank_json), *args)
    assert result.exit_code == 2
    assert result.stderr == f"error: {result.stderr.removeprefix('error: ')}"
    assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_hand_broken_bank_exits_2_naming_question_and_field(bank_json: Path, tmp_path: Path) -> None:
    data = json.loads(bank_json.read_text(encoding="utf-8"))
    data["questions"][2]["answer"] = "1973"
    bank_json.write_text(json.dumps(data, indent=2), encoding="utf-8")
    out = tmp_path / "out.gift"
    result = run(str(bank_json), "--to", "gift", "-o", str(out))
    assert result.exit_code == 2
    assert result.stderr.strip() == (
        f'error: {bank_json}: question 3 (q-mc-0003): "choices" must contain the answer (\'1973\')'
    )
    assert not out.exists()


def test_not_json_and_missing_file(tmp_path: Path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text('{"quizgen": "0.1.0", "title": ', encoding="utf-8")
    result = run(str(broken))
    assert result.exit_code == 2 and "broken.json: not valid JSON (line 1" in result.stderr
    result = run(str(tmp_path / "missing.json"))
    assert result.exit_code == 2 and "missing.json: no such file" in result.stderr


def test_empty_bank_writes_nothing(bank_json: Path, tmp_path: Path) -> None:
    data = json.loads(bank_json.read_text(encoding="utf-8"))
    data["questions"] = []
    bank_json.write_text(json.dumps(data), encoding="utf-8")
    out = tmp_path / "out.csv"
    result = run(str(bank_json), "--to", "csv", "-o", str(out))
    assert result.exit_code == 2 and "no questions to export" in result.stderr
    assert not out.exists()
