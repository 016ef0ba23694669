"""`quizgen build`: the README's main command, and each of its options."""

from __future__ import annotations

import os
from pathlib import Path

from typer.testing import CliRunner

from quizgen.cli import app

runner = CliRunner()

CHAPTER = """# Rivers of Europe

## The Danube

A river basin is the area of land drained by a river and all of its tributaries. The Danube flows for about 2,850 kilometres from the Black Forest to the Black Sea.

In 1948, the Danube Commission was set up in Belgrade to oversee navigation on the river. Ten countries share the Danube basin, more than any other river basin in the world.

## The Rhine

A delta is a landform at the mouth of a river where it splits into branches before reaching the sea. In 1815, the Congress of Vienna declared the Rhine open to the ships of every nation.
"""


def test_build_with_no_argument_runs_on_the_bundled_example(tmp_path: Path):
    cwd = os.getcwd()
    os.chdir(tmp_path)
    try:
        result = runner.invoke(app, ["build", "--quiet"])
    finally:
        os.chdir(cwd)
    assert result.exit_code == 0, result.output
    names = sorted(p.name for p in (tmp_path / "decks").iterdir())
    assert names == [
        "kazakhstan-and-its-neighbours-quiz-key.pdf",
        "kazakhstan-and-its-neighbours-quiz.pdf",
        "kazakhstan-and-its-neighbours.apkg",
        "kazakhstan-and-its-neighbours.notes.json",  # the deck's notes, for the next build to retire from
    ]


def test_build_options(tmp_path: Path):
    chapter = tmp_path / "rivers.md"
    chapter.write_text(CHAPTER, encoding="utf-8")
    out = tmp_path / "out"
    args = ["build", str(chapter), "--out", str(out), "--count", "4", "--seed", "3", "--quiet"]
    first = runner.invoke(app, args)
    assert first.exit_code == 0, first.output
    assert {p.name for p in out.iterdir()} == {"rivers-of-europe.apkg", "rivers-of-europe.notes.json", "rivers-of-europe-quiz.pdf", "rivers-of-europe-quiz-key.pdf"}
    quiz = (out / "rivers-of-europe-quiz.pdf").read_bytes()
    again = runner.invoke(app, args)
    assert again.exit_code == 0
    assert len((out / "rivers-of-europe-quiz.pdf").read_bytes()) == len(quiz)  # the same seed, the same quiz


def test_build_bad_model_and_bad_file(tmp_path: Path):
    chapter = tmp_path / "rivers.md"
    chapter.write_text(CHAPTER, encoding="utf-8")
    result = runner.invoke(app, ["build", str(chapter), "-o", str(tmp_path / "o"), "--model", "no_such_model_xyz"])
    assert result.exit_code == 2 and result.output.startswith("error: cannot load the spaCy model")
    result = runner.invoke(app, ["build", str(tmp_path / "missing.pdf"), "-o", str(tmp_path / "o")])
    assert result.exit_code == 2 and len(result.output.strip().splitlines()) == 1
    assert not (tmp_path / "o").exists() or not any((tmp_path / "o").iterdir())  # nothing half-written
