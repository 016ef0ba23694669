"""The output gate: where -o puts a file, sets of files written whole, permissions, litter."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from quizgen.errors import ExportError
from quizgen.io import (
    atomic_path,
    clean_stale,
    default_stem,
    for_terminal,
    refuse_inputs,
    resolve_output,
    write_set,
    write_text,
)


def _litter(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.rglob("*") if p.name.endswith(".part"))


# --------------------------------------------------------------------------- naming


def test_default_names_are_cut_at_a_word() -> None:
    title = "The Constitutional Development of the Federal Republic and Its Neighbouring States since 1949"
    stem = default_stem(title)
    assert len(stem) <= 80 and not stem.endswith("-")
    assert title.lower().replace(" ", "-").startswith(stem)
    assert stem.split("-")[-1] in title.lower().split()  # a whole word, not half of one
    assert default_stem("???") == "quizgen"


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        (None, "decks/ch.json"),
        ("out/", "out/ch.json"),
        ("new/deeper/", "new/deeper/ch.json"),
        ("bank", "bank.json"),
        ("folder/bank", "folder/bank.json"),
        ("bank.json", "bank.json"),
        ("bank.txt", "bank.txt"),
    ],
)
def test_resolve_output(given: str | None, expected: str, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert resolve_output(given, default_name="ch.json", extension="json") == Path(expected)


def test_an_existing_folder_without_a_slash_gets_the_default_name(tmp_path: Path) -> None:
    (tmp_path / "out").mkdir()
    assert resolve_output(tmp_path / "out", default_name="ch.gift", extension="gift") == tmp_path / "out" / "ch.gift"


def test_an_output_that_is_an_input_is_refused(tmp_path: Path) -> None:
    chapter = tmp_path / "ch.txt"
    chapter.write_text("text", encoding="utf-8")
    with pytest.raises(ExportError, match="is also an input"):
        refuse_inputs([tmp_path / "." / "ch.txt"], [chapter])
    (tmp_path / "link.txt").symlink_to(chapter)
    with pytest.raises(ExportError, match="is also an input"):
        refuse_inputs([tmp_path / "link.txt"], [chapter])
    refuse_inputs([tmp_path / "other.txt"], [chapter])


# --------------------------------------------------------------------------- writing


def test_a_set_is_written_whole_and_leaves_nothing_behind(tmp_path: Path) -> None:
    targets = [tmp_path / "q" / "quiz.pdf", tmp_path / "q" / "quiz-key.pdf"]
    written = write_set([(targets[0], b"quiz"), (targets[1], "key")])
    assert written == targets
    assert [t.read_bytes() for t in targets] == [b"quiz", b"key"]
    assert _litter(tmp_path) == []


def test_a_failure_in_one_file_of_a_set_changes_none(tmp_path: Path) -> None:
    quiz, key = tmp_path / "quiz.pdf", tmp_path / "quiz-key.pdf"
    write_set([(quiz, b"old quiz"), (key, b"old key")])

    def broken(path: Path) -> None:
        path.write_bytes(b"half")
        raise OSError(28, "No space left on device")

    with pytest.raises(ExportError, match="cannot write .*quiz-key.pdf: the disk is full"):
        write_set([(quiz, b"new quiz"), (key, broken)])
    assert quiz.read_bytes() == b"old quiz" and key.read_bytes() == b"old key"
    assert _litter(tmp_path) == []


def test_a_replaced_file_keeps_its_permissions(tmp_path: Path) -> None:
    key = tmp_path / "key.pdf"
    write_text(key, "first")
    os.chmod(key, 0o600)
    write_text(key, "second")
    assert stat.S_IMODE(key.stat().st_mode) == 0o600 and key.read_text() == "second"
    with atomic_path(key) as tmp:
        tmp.write_text("third")
    assert stat.S_IMODE(key.stat().st_mode) == 0o600 and key.read_text() == "third"


def test_a_new_file_gets_the_users_usual_permissions(tmp_path: Path) -> None:
    umask = os.umask(0o022)
    try:
        path = write_text(tmp_path / "new.txt", "x")
    finally:
        os.umask(umask)
    assert stat.S_IMODE(path.stat().st_mode) == 0o644


def test_a_folder_in_the_way_is_one_clear_error(tmp_path: Path) -> None:
    (tmp_path / "quiz.pdf").mkdir()
    with pytest.raises(ExportError, match="a folder of that name is in the way"):
        write_text(tmp_path / "quiz.pdf", "x")
    (tmp_path / "file").write_text("x")
    with pytest.raises(ExportError, match="a file of that name is in the way"):
        write_text(tmp_path / "file" / "quiz.pdf", "x")


def test_a_read_only_folder_is_one_clear_error(tmp_path: Path) -> None:
    if os.geteuid() == 0:
        folder = Path("/sys")  # not writable even by root
        if not folder.is_dir():
            pytest.skip("no /sys to stand for a read-only folder")
    else:
        folder = tmp_path / "ro"
        folder.mkdir()
        folder.chmod(0o500)
    with pytest.raises(ExportError, match=r"cannot write .*quiz\.pdf: permission denied"):
        write_text(folder / "quiz.pdf", "x")


def test_a_file_size_limit_leaves_the_old_set_in_place(tmp_path: Path) -> None:
    """The tester's "disk full": a file-size limit stops the second file of the set."""
    quiz, key = tmp_path / "quiz.pdf", tmp_path / "quiz-key.pdf"
    write_set([(quiz, b"old quiz"), (key, b"old key")])
    script = (
        "import resource, sys\n"
        "from quizgen.io import write_set\n"
        "from quizgen.errors import ExportError\n"
        "resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))\n"
        f"try:\n    write_set([({str(quiz)!r}, b'q' * 100), ({str(key)!r}, b'k' * 10000)])\n"
        "except ExportError as exc:\n    print(exc)\n    sys.exit(2)\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=False)
    assert result.returncode == 2, result.stderr
    assert "cannot write" in result.stdout and "quiz-key.pdf" in result.stdout
    assert quiz.read_bytes() == b"old quiz" and key.read_bytes() == b"old key"
    assert _litter(tmp_path) == []


# --------------------------------------------------------------------------- a killed run's litter


def _dead_pid() -> int:
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


def test_stale_part_files_of_a_dead_run_are_cleaned(tmp_path: Path) -> None:
    dead = _dead_pid()
    stale = tmp_path / f".quiz.pdf.{dead}-0123abcd.part"
    stale.write_bytes(b"half")
    mine = tmp_path / f".quiz.pdf.{os.getpid()}-0123abcd.part"
    mine.write_bytes(b"in progress")
    other = tmp_path / ".notes.part"  # not ours: never touched
    other.write_bytes(b"keep")
    write_text(tmp_path / "quiz.pdf", "new")
    assert not stale.exists() and mine.exists() and other.exists()


def test_a_killed_sets_journal_is_rolled_forward(tmp_path: Path) -> None:
    """Killed between two renames: the next run finishes the set, so it is all new."""
    dead = _dead_pid()
    quiz, key = tmp_path / "quiz.pdf", tmp_path / "quiz-key.pdf"
    quiz.write_bytes(b"new quiz")  # renamed before the kill
    key.write_bytes(b"old key")
    pending = tmp_path / f".quiz-key.pdf.{dead}-0badcafe.part"
    pending.write_bytes(b"new key")
    journal = tmp_path / f".quizgen-set.{dead}-0badcafe.json.part"
    journal.write_text(json.dumps([[str(tmp_path / f".quiz.pdf.{dead}-00000000.part"), str(quiz)],
                                   [str(pending), str(key)]]))
    assert clean_stale(tmp_path) >= 2
    assert quiz.read_bytes() == b"new quiz" and key.read_bytes() == b"new key"
    assert _litter(tmp_path) == []


# --------------------------------------------------------------------------- the terminal


def test_terminal_text_shows_escape_sequences_instead_of_obeying_them() -> None:
    shown = for_terminal("title\x1b]0;pwned\x07 \x1b[2J\rover \u202egnp.exe\tok\nnext")
    assert "\x1b" not in shown and "\x07" not in shown and "\r" not in shown and "\u202e" not in shown
    assert "␛]0;pwned␇" in shown and "\tok\nnext" in shown
    assert len(shown) == len("title\x1b]0;pwned\x07 \x1b[2J\rover \u202egnp.exe\tok\nnext")
