"""The CLI end to end: help everywhere, version, facts, ask, build; one line and exit 2 on bad input."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from quizgen import __version__
from quizgen.cli import app

runner = CliRunner()
COMMANDS = sorted(c.name or c.callback.__name__ for c in app.registered_commands)


def test_version():
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.output.strip() == f"quizgen {__version__}"


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_with_an_example(command):
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0
    assert "Example" in result.output


def test_help_is_fast_and_does_not_import_spacy():
    code = "import sys, time; t=time.perf_counter(); import quizgen.cli; print('spacy' in sys.modules)"
    start = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
    assert time.perf_counter() - start < 5  # generous: the budget itself is measured in bench/


@pytest.fixture
def chapter(tmp_path: Path) -> Path:
    path = tmp_path / "rivers.md"
    path.write_text(
        "# Rivers of Europe\n\n## The Danube\n\n"
        "A river basin is the area of land drained by a river and all of its tributaries. "
        "The Danube flows for about 2,850 kilometres from the Black Forest to the Black Sea.\n\n"
        "In 1948, the Danube Commission was set up in Belgrade to oversee navigation on the river. "
        "Ten countries share the Danube basin, more than any other river basin in the world.\n",
        encoding="utf-8",
    )
    return path


def test_facts_table_and_json(chapter):
    result = runner.invoke(app, ["facts", str(chapter), "--quiet"])
    assert result.exit_code == 0, result.output
    assert "river basin" in result.output
    result = runner.invoke(app, ["facts", str(chapter), "--json", "--kind", "definition"])
    facts = json.loads(result.output)
    assert {f["kind"] for f in facts} == {"definition"}
    assert facts[0]["term"] == "river basin"


def test_facts_model_option_rejects_unknown_model(chapter):
    result = runner.invoke(app, ["facts", str(chapter), "--model", "no_such_model_xyz"])
    assert result.exit_code == 2
    assert result.output.startswith("error: cannot load the spaCy model")


def test_ask_prints_questions():
    result = runner.invoke(app, ["ask", "In 1948, Congress passed the Marshall Plan to rebuild Western Europe."])
    assert result.exit_code == 0, result.output
    assert "In what year did Congress pass the Marshall Plan to rebuild Western Europe?" in result.output
    result = runner.invoke(app, ["ask", "In 1948, Congress passed the Marshall Plan to rebuild Western Europe.", "--json"])
    assert any(q["answer"] == "1948" for q in json.loads(result.output))


def test_ask_reads_double_stars_as_a_bold_key_term():
    sentence = "**Karyokinesis** splits the nucleus of a dividing cell into two nuclei."
    marked = runner.invoke(app, ["ask", sentence])
    assert marked.exit_code == 0, marked.output
    assert "_____ splits the nucleus of a dividing cell into two nuclei." in marked.output
    assert "answer: Karyokinesis" in marked.output
    assert "**" not in marked.output
    plain = runner.invoke(app, ["ask", sentence.replace("**", "")])
    assert "answer: Karyokinesis" not in plain.output  # unmarked, "splits" alone does not make it a term


def test_ask_says_so_when_nothing_is_found():
    result = runner.invoke(app, ["ask", "Hello there."])
    assert result.exit_code == 0 and "No question" in result.output


def test_ask_says_why_a_fact_it_found_is_not_asked():
    result = runner.invoke(app, ["ask", "In 1611, the astronomer Johannes Kepler discovered a law of optics."])
    assert result.exit_code == 0, result.output
    assert "No question. The rules found:" in result.output
    assert "date \u201c1611\u201d: not asked, a year, but no act, treaty, case or named thing it dates" in result.output


def test_missing_file_is_one_line_and_exit_2(tmp_path):
    result = runner.invoke(app, ["facts", str(tmp_path / "nope.pdf")])
    assert result.exit_code == 2
    assert len(result.output.strip().splitlines()) == 1
    assert result.output.startswith("error:")


def test_ask_model_option_rejects_unknown_model():
    result = runner.invoke(app, ["ask", "In 1948, the Commission was set up.", "--model", "no_such_model_xyz"])
    assert result.exit_code == 2
    assert result.output.startswith("error: cannot load the spaCy model")
