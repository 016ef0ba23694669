"""Analysis: abbreviation-safe sentences, and only content becomes facts."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizgen.analyze import content_paragraphs, is_statement
from quizgen.pipeline import extract_facts

BOUNDARIES = [
    ("See Smith, pp. 35-36 for the figures. The war ended in 1945.", 2),
    ("Dr. Smith met the U.S. delegation on 4 Feb. 2009. The talks failed.", 2),
    ("The ship, No. 5, sank ca. 1200 BCE. Divers found it in 1990.", 2),
    ("Metals such as copper, e.g. in wires, conduct well. Glass does not.", 2),
    ("He said: “The war is over. We have won.” Then he left the hall.", 2),
]


@pytest.mark.parametrize(("text", "sentences"), BOUNDARIES)
def test_sentences_survive_abbreviations_and_quotes(nlp, text, sentences):
    assert len(list(nlp(text).sents)) == sentences


@pytest.mark.parametrize(
    ("text", "statement"),
    [
        ("The treaty was signed in Moscow in 1994.", True),
        ("Why did the treaty fail so quickly?", False),
        ("Explain why the treaty failed in 1994.", False),
        ("Compare the two treaties signed in the 1990s.", False),
        ("If you own a phone, you are involved with politics.", False),
        ("signed in Moscow in 1994 by both sides.", False),
    ],
)
def test_only_statements_become_facts(nlp, text, statement):
    assert is_statement(next(nlp(text).sents)) is statement


def test_objectives_and_captions_are_not_content(tmp_path: Path):
    chapter = tmp_path / "treaties.md"
    chapter.write_text(
        "# Treaties\n\n## Learning Outcomes\n\nBy the end of this section, you will be able to:\n\n"
        "- Define a treaty.\n- Explain why treaties were signed in 1994.\n\n## Signing\n\n"
        "Figure 3.1 The signing ceremony in Moscow in 1994.\n\n"
        "As of 2018, states such as Norway and Chile had signed more treaties than ever. "
        "(source: UN Treaty Collection; attribution: the author)\n\n"
        "A treaty is a written agreement between states that is governed by international law. "
        "The border treaty was signed in Moscow in 1994.\n",
        encoding="utf-8",
    )
    import quizgen

    document = quizgen.load(chapter)
    kinds = {p.kind for p in content_paragraphs(document)}
    assert kinds <= {"body", "quote", "list_item"}
    facts = extract_facts(document)
    sentences = {f.source.sentence for f in facts}
    assert sentences == {
        "A treaty is a written agreement between states that is governed by international law.",
        "The border treaty was signed in Moscow in 1994.",
    }
