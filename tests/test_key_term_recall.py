"""Key terms a chapter sets in bold are asked about where their sentence pins them
down, not only where it defines them; a term merely mentioned in bold is not."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizgen.models import Question
from quizgen.pipeline import generate
from quizgen.questions.worth import is_definition_worth_asking

#: Five or more bold terms, so that the chapter counts as one that marks its key terms.
CHAPTER = """# Cells and Glands

## How Cells Divide and Signal

**Karyokinesis** splits the nucleus of a dividing cell into two nuclei.

A **pivot fold** is located between the outer membrane and the inner wall of the organelle.

Under **tight packing**, a chromosome occupies far less space than a loose strand does.

The thyroid gland releases **thyroxine**, which raises the rate at which the body burns fuel.

**Lamins** are found on many kinds of cells in the body.

The **sorting body** is responsible for packing and labelling the proteins that leave the cell.

The **zeta cell** was described by two anatomists working in Vienna in the 1890s.

**Transfer polymerase** is an enzyme that copies a strand of RNA back into DNA.
"""


def _questions(tmp_path: Path, text: str = CHAPTER) -> list[Question]:
    path = tmp_path / "cells.md"
    path.write_text(text, encoding="utf-8")
    return generate(path)


def _asked(questions: list[Question]) -> dict[str, list[Question]]:
    asked: dict[str, list[Question]] = {}
    for question in questions:
        if question.fact.term:
            asked.setdefault(question.fact.term.lower(), []).append(question)
    return asked


def test_a_bold_term_is_asked_where_its_sentence_pins_it_down(tmp_path: Path) -> None:
    asked = _asked(_questions(tmp_path))
    # the subject of a verb that says what it does, or a passive that places it
    assert any(q.prompt.startswith("_____ splits the nucleus") for q in asked["karyokinesis"])
    assert any("located between the outer membrane" in q.prompt for q in asked["pivot fold"])
    # the setting of the main clause, and the head of a relative clause set off by a comma
    assert any(q.prompt.startswith("Under _____, a chromosome occupies") for q in asked["tight packing"])
    assert any(q.prompt.endswith("_____, which raises the rate at which the body burns fuel.") for q in asked["thyroxine"])
    # "X is responsible for ...": what it does
    assert any(q.prompt.startswith("The _____ is responsible for packing") for q in asked["sorting body"])
    assert all("key_term" in q.tags for qs in asked.values() for q in qs)


def test_a_bold_term_merely_mentioned_is_not_asked(tmp_path: Path) -> None:
    asked = _asked(_questions(tmp_path))
    assert "lamins" not in asked  # "found on many kinds of cells": many answers
    assert "zeta cell" not in asked  # a past event, not what the term is


def test_an_abbreviation_the_parser_takes_for_a_person_is_still_a_term(nlp) -> None:
    from spacy.tokens import Span

    from quizgen.facts.keyterms import names_person

    doc = nlp("RNA polymerase copies DNA, as Walter Mischel noted.")
    doc.ents = [Span(doc, 0, 1, label="PERSON"), Span(doc, 6, 8, label="PERSON")]
    assert not names_person(doc[0:2])  # an abbreviation the model took for a name
    assert names_person(doc[6:8])


@pytest.mark.parametrize(
    ("term", "gloss", "worth"),
    [
        # the pronoun has its person inside the gloss
        ("chain of command", "the ranking that puts one official over another, who must report to her own superior", True),
        ("in-group", "the group an individual feels he belongs to and takes his identity from", True),
        # whose? nobody in the gloss
        ("verdict", "a decision that left his rival without a seat", False),
    ],
)
def test_a_person_pronoun_needs_its_person_inside_the_gloss(term: str, gloss: str, worth: bool) -> None:
    assert is_definition_worth_asking(term, gloss) is worth


def test_a_pointer_to_a_figure_is_left_out_of_the_question(tmp_path: Path) -> None:
    chapter = CHAPTER + "\nA **hinge fold** is a crease in the membrane that lets the organelle bend ().\n"
    asked = _asked(_questions(tmp_path, chapter))
    assert asked["hinge fold"]
    cloze = [q for q in asked["hinge fold"] if q.type == "cloze"]
    assert cloze and cloze[0].prompt.endswith("lets the organelle bend.")
    assert all("()" not in q.prompt for qs in asked.values() for q in qs)


def test_a_bold_term_glossed_after_its_article_gets_a_card(tmp_path: Path) -> None:
    chapter = CHAPTER + (
        "\nSociologists set a pair of friends apart from a **trio bond**, which is a tie that joins three people at once.\n"
    )
    cards = [q for q in _asked(_questions(tmp_path, chapter)).get("trio bond", []) if q.type == "term_definition"]
    assert "a tie that joins three people at once" in {q.answer for q in cards}


@pytest.mark.parametrize(
    ("sentence", "term", "gloss", "sound"),
    [
        ("Each tie binds three people, and such a tie is called a trio bond.", "trio bond", "such a tie", True),
        # a list of names, not a meaning
        ("The bonds are the first bond, second bond, and third bond, all of which hold the ring.", "bonds",
         "the first bond, second bond, and third bond", False),
        # a clause with its own subject
        ("The fasting state occurs when the meal has been digested.", "fasting state", "the meal has been digested", False),
        # a plural for one thing
        ("Between the walls are many thin strands, each of which is called a tether fiber.", "tether fiber",
         "many thin strands", False),
        # cut inside a quotation
        ("Ataraxia is the Greek word for “calm or “peace of mind.", "Ataraxia", "the Greek word for “calm or “peace of mind", False),
    ],
)
def test_a_detected_gloss_must_be_able_to_mean_its_term(nlp, sentence: str, term: str, gloss: str, sound: bool) -> None:
    from quizgen.facts.keyterms import sound_gloss

    doc = nlp(sentence)
    term_start = sentence.index(term)
    gloss_start = sentence.index(gloss)
    term_span = doc.char_span(term_start, term_start + len(term), alignment_mode="expand")
    gloss_span = doc.char_span(gloss_start, gloss_start + len(gloss), alignment_mode="expand")
    assert sound_gloss(term_span, gloss_span) is sound


def test_a_gloss_that_only_names_the_word_is_not_worth_a_card() -> None:
    assert not is_definition_worth_asking("equatorial plate", "the name for the plane")
    assert is_definition_worth_asking("equatorial plate", "the plane through the middle of the spindle where the chromosomes line up")


def test_an_acronym_that_spells_a_one_word_answer_leaves_the_blank(tmp_path: Path) -> None:
    from quizgen.questions.cloze import spelled_within

    assert spelled_within("CCK", "cholecystokinin") and not spelled_within("GDP", "inflation")
    chapter = CHAPTER + (
        "\nWhen the blood grows too salty, the pituitary gland releases a hormone called **vasopressin** (VP) into the bloodstream.\n"
    )
    clozes = [q for q in _asked(_questions(tmp_path, chapter)).get("vasopressin", []) if q.type == "cloze"]
    assert clozes and all("(VP)" not in q.prompt for q in clozes)


def test_a_gloss_spoken_to_the_reader_is_asked_in_anyone_s_words(tmp_path: Path) -> None:
    chapter = CHAPTER + (
        "\n**Hindsight drift** refers to our habit of remembering past guesses as closer to the outcome than they were.\n"
    )
    cards = [q for q in _asked(_questions(tmp_path, chapter)).get("hindsight drift", []) if q.type == "term_definition"]
    answers = {q.answer for q in cards}
    assert "the habit of remembering past guesses as closer to the outcome than they were" in answers
    assert not any("our" in q.prompt.split() for q in cards)
