"""`quizgen quiz` end to end: real chapters and banks, real spaCy, real PDFs read back."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from test_printable import numbered_blocks, pdf_pages, pdf_size
from typer.testing import CliRunner

from quizgen.bank import write_bank
from quizgen.cli import app
from quizgen.models import QuestionBank

runner = CliRunner()

CHAPTER = """\
Rivers & Deltas

How Rivers Shape Land

A watershed is the area of land that drains into one river and its streams. The Amazon watershed covers about 7 million square kilometres, more than any other river system on Earth.

A delta is the land formed where a river deposits sediment at its mouth. The Nile delta began to form about 7,000 years ago, when the sea level became stable.

Rivers and People

A floodplain is the flat land beside a river that floods when the river is high. Farmers in Egypt depended on the yearly flood of the Nile for thousands of years.

The Aswan High Dam was completed in 1970 and ended the yearly flood in Egypt. Lake Nasser, the reservoir behind the dam, holds about 132 cubic kilometres of water.

An estuary is the tidal mouth of a river where fresh water meets the sea. The Thames estuary is home to more than 120 species of fish.

In 1858, the smell of the Thames in London became so bad that Parliament called it the Great Stink. Joseph Bazalgette, a civil engineer, built a new sewer system for London between 1859 and 1875.

The guide described more than 300 rivers in Africa & Asia.
"""


def run(*args: str) -> object:
    return runner.invoke(app, ["quiz", *args])


@pytest.fixture
def chapter(tmp_path: Path) -> Path:
    path = tmp_path / "rivers.txt"
    path.write_text(CHAPTER, encoding="utf-8")
    return path


@pytest.fixture
def bank_json(sample_bank: QuestionBank, tmp_path: Path) -> Path:
    return write_bank(sample_bank, tmp_path / "water.json")


def flat(path: Path) -> str:
    return " ".join(" ".join(pdf_pages(path)).split())


def test_chapter_to_quiz_and_key(chapter: Path, tmp_path: Path, nlp) -> None:
    result = run(str(chapter), "-o", str(tmp_path / "out" / "rivers.pdf"), "-q")
    assert result.exit_code == 0, result.output
    student, key = tmp_path / "out" / "rivers.pdf", tmp_path / "out" / "rivers-key.pdf"
    assert f"wrote {student}" in result.output and f"wrote {key}" in result.output
    numbers = numbered_blocks(student)
    assert len(numbers) >= 2  # the years and sizes stay in the bank, not on a quiz
    assert sorted(numbers) == sorted(numbered_blocks(key)) == list(range(1, len(numbers) + 1))
    assert "Rivers & Deltas" in flat(student)
    assert "rivers.txt" in flat(key)


def test_a_quiz_leaves_out_a_kind_reviewers_struck_and_says_where_it_is(sample_bank: QuestionBank, tmp_path: Path) -> None:
    # "What plays a key role in ...?": every such question in the blind reviews was struck
    role = replace(sample_bank.questions[1], fact=replace(sample_bank.questions[1].fact, kind="role"))
    bank = write_bank(replace(sample_bank, questions=(*sample_bank.questions[:1], role, *sample_bank.questions[2:])),
                      tmp_path / "water.json")
    result = run(str(bank), "-n", "10", "-o", str(tmp_path / "water.pdf"))
    assert result.exit_code == 0, result.output
    assert "more, of kinds that blind reviewers struck too often for a printed quiz, stay in the bank" in result.output
    assert "does Lake Baikal hold" not in flat(tmp_path / "water-key.pdf")


def test_default_output_goes_under_decks(chapter: Path, tmp_path: Path, monkeypatch, nlp) -> None:
    monkeypatch.chdir(tmp_path)
    result = run(str(chapter), "-n", "2")
    assert result.exit_code == 0, result.output
    assert result.output.startswith("2 questions, ")
    assert (tmp_path / "decks" / "rivers-deltas-quiz.pdf").exists()
    assert (tmp_path / "decks" / "rivers-deltas-quiz-key.pdf").exists()


def test_output_folder_gets_the_default_name(bank_json: Path, tmp_path: Path) -> None:
    folder = tmp_path / "prints"
    folder.mkdir()
    result = run(str(bank_json), "-o", str(folder))
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in folder.iterdir()) == ["the-water-cycle-quiz-key.pdf", "the-water-cycle-quiz.pdf"]


def test_bank_with_markup_prints_it_literally(bank_json: Path, tmp_path: Path) -> None:
    result = run(str(bank_json), "-o", str(tmp_path / "water.pdf"), "--html")
    assert result.exit_code == 0, result.output
    assert '"use {{c1::care}}" <script>alert(1)</script> & more?' in flat(tmp_path / "water.pdf")
    assert "Ada <b>Brown</b> & partners" in flat(tmp_path / "water-key.pdf")
    html = (tmp_path / "water.html").read_text(encoding="utf-8")
    assert "<script" not in html and "&lt;script&gt;" in html


def test_versions_seed_paper_title_and_types(bank_json: Path, tmp_path: Path) -> None:
    def make(folder: str, seed: str) -> list[Path]:
        result = run(str(bank_json), "-o", str(tmp_path / folder / "q.pdf"), "--versions", "2",
                     "--seed", seed, "--paper", "letter", "--title", "Water check",
                     "--types", "multiple_choice,true_false", "-t", "short_answer", "--quiet")
        assert result.exit_code == 0, result.output
        return sorted((tmp_path / folder).glob("*.pdf"))

    first = make("one", "5")
    assert [p.name for p in first] == ["q-A-key.pdf", "q-A.pdf", "q-B-key.pdf", "q-B.pdf"]
    again, other = make("two", "5"), make("three", "6")
    texts = [[flat(p) for p in run_] for run_ in (first, again, other)]
    assert texts[0] == texts[1]
    assert texts[0] != texts[2]
    for path in first:
        assert pdf_size(path).endswith("(letter)")
        assert "Water check" in pdf_pages(path)[0]
    student = flat(tmp_path / "one" / "q-A.pdf")
    assert "Multiple choice" in student and "True or false" in student and "Short answer" in student
    assert "Matching" not in student and "Fill in the blank" not in student


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--types", "essay"], "error: unknown question type 'essay'"),
        (["--paper", "A5"], "error: unknown paper 'A5'; choose A4 or letter"),
        (["-o", "quiz.html"], "error: quiz.html: the quiz is written as PDF"),
    ],
)
def test_bad_options_are_one_line_and_exit_2(bank_json: Path, tmp_path: Path, monkeypatch, args, message) -> None:
    monkeypatch.chdir(tmp_path)
    result = run(str(bank_json), *args)
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(message)
    assert "Traceback" not in result.output
    assert not (tmp_path / "decks").exists()


def test_missing_file_and_empty_selection(tmp_path: Path, bank_json: Path) -> None:
    result = run(str(tmp_path / "nothere.md"))
    assert result.exit_code == 2 and result.output.startswith("error: ") and "nothere.md" in result.output
    bank = QuestionBank(title="Empty", sources=(), questions=())
    empty = write_bank(bank, tmp_path / "empty.json")
    result = run(str(empty), "-o", str(tmp_path / "q.pdf"))
    assert result.exit_code == 2
    assert result.output.strip() == "error: Empty has no questions to put on a quiz"


def test_out_of_range_versions_and_count_are_refused(bank_json: Path) -> None:
    for args in (["--versions", "0"], ["--versions", "27"], ["-n", "0"]):
        result = run(str(bank_json), *args)
        assert result.exit_code == 2
        assert "Traceback" not in result.output


def test_help_ends_with_an_example() -> None:
    result = runner.invoke(app, ["quiz", "--help"])
    assert result.exit_code == 0
    assert "Example:  quizgen quiz chapter.pdf" in result.output
