"""`-o` the way a user means it, for every command that writes; warnings when a result falls short."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from typer.testing import CliRunner

from quizgen.bank import write_bank
from quizgen.cli import app
from quizgen.models import QuestionBank

runner = CliRunner()


@pytest.fixture
def bank_json(sample_bank: QuestionBank, tmp_path: Path) -> Path:
    return write_bank(sample_bank, tmp_path / "water.json")


def invoke(tmp_path: Path, *args: str):  # type: ignore[no-untyped-def]
    cwd = os.getcwd()
    os.chdir(tmp_path)
    try:
        return runner.invoke(app, list(args))
    finally:
        os.chdir(cwd)


def _one_error_line(result) -> str:  # type: ignore[no-untyped-def]
    assert result.exit_code == 2, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), result.stderr
    assert "Traceback" not in result.output
    return lines[0]


@pytest.mark.parametrize("command", ["export", "quiz"])
def test_a_new_folder_with_a_trailing_slash_gets_the_default_name(command: str, bank_json: Path, tmp_path: Path) -> None:
    result = invoke(tmp_path, command, str(bank_json), "-o", "new/folder/", "-q")
    assert result.exit_code == 0, result.output
    expected = ["the-water-cycle.json"] if command == "export" else ["the-water-cycle-quiz-key.pdf", "the-water-cycle-quiz.pdf"]
    assert sorted(p.name for p in (tmp_path / "new" / "folder").iterdir()) == expected
    assert not (tmp_path / "new" / "folder.pdf").exists() and not (tmp_path / "new" / "folder").is_file()


@pytest.mark.parametrize("command", ["export", "quiz"])
def test_an_existing_folder_with_or_without_a_slash(command: str, bank_json: Path, tmp_path: Path) -> None:
    (tmp_path / "out").mkdir()
    for given in ("out", "out/"):
        result = invoke(tmp_path, command, str(bank_json), "-o", given, "-q")
        assert result.exit_code == 0, result.output
    names = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert names == (["the-water-cycle.json"] if command == "export"
                     else ["the-water-cycle-quiz-key.pdf", "the-water-cycle-quiz.pdf"])


@pytest.mark.parametrize(("to", "extension"), [("moodle", "xml"), ("gift", "gift"), ("csv", "csv"), ("qti", "zip")])
def test_a_name_without_an_extension_gets_the_formats(to: str, extension: str, bank_json: Path, tmp_path: Path) -> None:
    result = invoke(tmp_path, "export", str(bank_json), "--to", to, "-o", "mybank", "-q")
    assert result.exit_code == 0, result.output
    assert (tmp_path / f"mybank.{extension}").is_file() and not (tmp_path / "mybank").exists()


def test_quiz_without_an_extension_gets_pdf(bank_json: Path, tmp_path: Path) -> None:
    result = invoke(tmp_path, "quiz", str(bank_json), "-o", "week3", "-q")
    assert result.exit_code == 0, result.output
    assert (tmp_path / "week3.pdf").is_file() and (tmp_path / "week3-key.pdf").is_file()


def test_an_existing_file_is_replaced_whole_and_keeps_its_permissions(bank_json: Path, tmp_path: Path) -> None:
    target = tmp_path / "bank.gift"
    target.write_text("x" * 200_000, encoding="utf-8")  # longer than the new file: no tail may remain
    target.chmod(0o600)
    result = invoke(tmp_path, "export", str(bank_json), "--to", "gift", "-o", "bank.gift", "-q")
    assert result.exit_code == 0, result.output
    text = target.read_text(encoding="utf-8")
    assert text.startswith("// The Water Cycle") and "xxxx" not in text
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]


@pytest.mark.parametrize("command", ["export", "quiz"])
def test_an_output_that_is_an_input_is_refused(command: str, bank_json: Path, tmp_path: Path) -> None:
    before = bank_json.read_bytes()
    line = _one_error_line(invoke(tmp_path, command, str(bank_json), "-o", str(bank_json)))
    assert "is also an input" in line or "PDF" in line
    assert bank_json.read_bytes() == before


def test_quiz_onto_its_own_pdf_chapter_is_refused(tmp_path: Path) -> None:
    chapter = tmp_path / "src.pdf"
    chapter.write_bytes(b"%PDF-1.4 not really")
    line = _one_error_line(invoke(tmp_path, "quiz", str(chapter), "-o", "src.pdf"))
    assert "src.pdf is also an input" in line
    assert chapter.read_bytes() == b"%PDF-1.4 not really"


@pytest.mark.parametrize("command", ["quiz", "build", "export"])
def test_a_folder_in_the_way_is_one_error_line(command: str, bank_json: Path, tmp_path: Path) -> None:
    if command == "build":
        (tmp_path / "out").mkdir()
        (tmp_path / "out" / "the-water-cycle-quiz.pdf").mkdir()
        args = ["build", str(bank_json), "-o", "out", "-q"]
    elif command == "quiz":
        (tmp_path / "out").mkdir()
        (tmp_path / "out" / "q-key.pdf").mkdir()
        args = ["quiz", str(bank_json), "-o", "out/q.pdf", "-q"]
    else:
        (tmp_path / "b.json").mkdir()
        (tmp_path / "b.json" / "keep").write_text("x")
        args = ["export", str(bank_json), "-o", "b.json/x.json/", "-q"]
        (tmp_path / "b.json" / "x.json").mkdir()
        (tmp_path / "b.json" / "x.json" / "the-water-cycle.json").mkdir()
    line = _one_error_line(invoke(tmp_path, *args))
    assert "in the way" in line


def test_build_into_a_read_only_folder_is_one_error_line(bank_json: Path, tmp_path: Path) -> None:
    if os.geteuid() == 0 and not Path("/sys").is_dir():
        pytest.skip("no read-only folder to try")
    folder = "/sys" if os.geteuid() == 0 else str(tmp_path / "ro")
    if os.geteuid() != 0:
        (tmp_path / "ro").mkdir(mode=0o500)
    line = _one_error_line(invoke(tmp_path, "build", str(bank_json), "-o", folder, "-q"))
    assert "permission denied" in line


# --------------------------------------------------------------------------- falling short


def test_quiz_warns_when_it_has_fewer_questions_than_asked(bank_json: Path, tmp_path: Path) -> None:
    result = invoke(tmp_path, "quiz", str(bank_json), "-n", "50", "-o", "q.pdf", "-q")
    assert result.exit_code == 0, result.output
    assert "warning: quiz:" in result.stderr and "of the 50 questions asked for" in result.stderr


def test_build_warns_when_the_quiz_has_fewer_questions_than_asked(bank_json: Path, tmp_path: Path) -> None:
    result = invoke(tmp_path, "build", str(bank_json), "-n", "50", "-o", "out", "-q")
    assert result.exit_code == 0, result.output
    assert "warning: build: the quiz:" in result.stderr and "of the 50 questions asked for" in result.stderr


def test_export_warns_when_types_leave_fewer_than_asked(bank_json: Path, tmp_path: Path) -> None:
    result = invoke(tmp_path, "export", str(bank_json), "-n", "5", "-t", "cloze", "-o", "c.json", "-q")
    assert result.exit_code == 0, result.output
    assert "warning: export: 1 of the 5 questions asked for" in result.stderr
    assert "of type cloze" in result.stderr


def test_help_shows_types_as_words() -> None:
    for command in ("build", "quiz", "export", "facts", "ask"):
        result = runner.invoke(app, [command, "--help"], env={"COLUMNS": "200"})
        assert result.exit_code == 0
        assert "<bool>" not in result.output and "<list[" not in result.output and "<str>" not in result.output
    assert "TYPE,..." in runner.invoke(app, ["export", "--help"], env={"COLUMNS": "200"}).output
    assert "byte-order mark" in runner.invoke(app, ["export", "--help"], env={"COLUMNS": "200"}).output


def test_read_shows_a_chapters_escape_sequences_instead_of_obeying_them(tmp_path: Path) -> None:
    chapter = tmp_path / "odd.txt"
    chapter.write_text("Odd \x1b]0;new title\x07Chapter\n\nA paragraph that clears \x1b[2J the screen "
                       "and rings\x07 the bell.\n", encoding="utf-8")
    result = runner.invoke(app, ["read", str(chapter)])
    assert result.exit_code == 0, result.output
    assert "\x1b" not in result.output and "\x07" not in result.output
    # the reader drops control characters; what the terminal would show instead stays visible
    assert "the screen and rings" in result.output
