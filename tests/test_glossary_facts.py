"""A chapter's own glossary ("Key Terms") gives definition facts for the terms its
body does not define, asked as cards; the body's own definitions are kept."""

from __future__ import annotations

from pathlib import Path

from quizgen.pipeline import generate

CHAPTER = """# Rivers and Their Valleys

## How Rivers Shape the Land

A **drainage basin** is the area of land from which all rainfall flows into one river. Over thousands of years, a river wears down its bed and carries sand and gravel towards the sea.

Where a river slows as it enters a lake or the sea, it drops its load and builds a **delta**. In its upper course a river cuts a narrow valley; lower down, it swings from side to side in **meanders**.

## Key Terms

**delta**: a landform of sediment built where a river enters a slower body of water

**drainage basin**: the land that drains into one river and its tributaries

**meanders**: the looping bends of a river across a flat valley floor

**oxbow lake**: a curved lake left behind when a meander is cut off from its river
"""


def test_the_glossary_defines_what_the_body_does_not(tmp_path: Path) -> None:
    path = tmp_path / "rivers.md"
    path.write_text(CHAPTER, encoding="utf-8")
    questions = generate(path)
    cards = {q.fact.term: q for q in questions if q.type == "term_definition"}
    assert {"delta", "meanders", "oxbow lake"} <= set(cards)
    assert cards["oxbow lake"].fact.definition.startswith("a curved lake left behind")
    assert cards["oxbow lake"].source.section == "Key Terms"
    # The body's own definition stays the one asked, with its sentence as the source.
    basin = [q for q in questions if q.fact.term == "drainage basin"]
    assert basin and all("rainfall flows into one river" in q.fact.definition for q in basin)
    # An entry is stated as a sentence ("An oxbow lake is a curved lake ..."), never as "term: meaning".
    assert not any("oxbow lake:" in q.prompt.lower() for q in questions)
    assert all("key_term" in q.tags for q in cards.values())


def test_an_entry_is_stated_as_a_sentence_only_where_its_meaning_is_a_noun_phrase() -> None:
    from quizgen.facts.glossary import statement_of

    assert statement_of("delta", "a landform of sediment") == ("A delta is a landform of sediment.", True)
    assert statement_of("orbit", "a curved path around a star") == ("An orbit is a curved path around a star.", True)
    assert statement_of("meanders", "the looping bends of a river") == ("Meanders are the looping bends of a river.", True)
    assert statement_of("erosion", "wearing away of rock by water") == ("erosion: wearing away of rock by water", False)


def test_quizgen_facts_says_where_a_key_term_came_from(tmp_path: Path) -> None:
    import json

    from typer.testing import CliRunner

    from quizgen.cli import app

    path = tmp_path / "rivers.md"
    path.write_text(CHAPTER, encoding="utf-8")
    result = CliRunner().invoke(app, ["facts", str(path), "--json", "--quiet"])
    assert result.exit_code == 0, result.output
    where = {fact["term"]: fact["key_term"] for fact in json.loads(result.output) if fact["term"]}
    assert where["oxbow lake"] == "glossary" and where["drainage basin"] == "glossary"
    table = CliRunner().invoke(app, ["facts", str(path), "--quiet"], env={"COLUMNS": "200"})
    assert "key" in table.output and "glossary" in table.output


def test_a_glossary_meaning_is_its_first_sentence_and_not_the_example_after_it() -> None:
    from quizgen.facts.glossary import first_sentence

    assert first_sentence("a vote held by the whole electorate. For example, Ireland held one in 2015.") == (
        "a vote held by the whole electorate."
    )
    assert first_sentence("the study of the U.S. Congress and its committees") == (
        "the study of the U.S. Congress and its committees"
    )


def test_a_meaning_printed_with_a_capital_article_reads_as_one_sentence() -> None:
    from quizgen.facts.glossary import statement_of

    assert statement_of("Field site", "The place where a researcher observes a group") == (
        "Field site is the place where a researcher observes a group.", True
    )
