"""Defining forms read where the book sets the term in bold: the bold words are the
term, and the forms that only a bold mark makes safe give cards and blanks."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizgen.models import Question
from quizgen.pipeline import extract_facts, generate

#: Our own sentences, with more than five bold terms so the chapter counts as marked.
CHAPTER = """# Joints and Signals

## How Bones Meet

Bones meet at joints of several kinds. The joint with the widest range of motion is the **ball-and-socket joint**.

A **fibrous joint** is where neighbouring bones are held together by dense connective tissue.

In the skull of a newborn, the bones are not yet joined. These soft areas of membrane between the bones are called **fontanelles**.

Over the years the skull bones grow together. This fusion between neighbouring bones is called a **synostosis**.

The hip socket is deepened by the **acetabular rim**, a ring of fibrocartilage attached to the edge of the socket.

Researchers also check for **test validity**, which refers to how well a test measures what it was built to measure.

A **false dilemma** occurs when an arguer offers only two choices although others exist.

Many firms also hire a **contract lobbyist**, individuals who work for agencies that represent several clients at once.

Citizens who expect little from government often show low levels of **political efficacy**, which refers to the belief that one's vote can change what government does.

Some students value **empathy** and **compassion**, the ability to share the feelings of others.

Another important type of joint is the **saddle joint**.

Grip strength is often tested with a **dynamometer**.

Some campaigns rely on a **freelance canvasser**, individuals who work for agencies that serve many candidates and are often hired because of their contacts.

The **resting state**, or the quiet state, occurs when the cell is neither dividing nor growing.

A **pluripotent** stem cell is one that can become any type of tissue in the body.

A **spindle** fibre is a common sight under the microscope.

## Drugs and Signals

Holding attention on a single task for a long time is often referred to as **vigilance**.

Drugs with high **lipid solubility**, or the ability to pass through the fatty membrane of a cell, reach the brain quickly.

Any signal that disturbs the balance of the body is defined as a **stressor**.

In some cases, a receptor can produce a response although no drug is bound. This phenomenon is referred to as **constitutive activity**.

Some thinkers ask what the highest good for a person would be. This approach is called **perfectionism**.

Words that carry a writer's meaning:

- **Hyperbole:** deliberate exaggeration used for effect.
- **Spatial structure:** used in descriptions of buildings and rooms.
"""


@pytest.fixture(scope="module")
def questions(tmp_path_factory: pytest.TempPathFactory) -> list[Question]:
    path = tmp_path_factory.mktemp("forms") / "joints.md"
    path.write_text(CHAPTER, encoding="utf-8")
    return generate(path)


def _cards(questions: list[Question], term: str) -> dict[str, str]:
    """The term's cards: prompt -> answer."""
    return {q.prompt: q.answer for q in questions if q.type == "term_definition" and q.fact.term.lower() == term}


def _clozes(questions: list[Question], term: str) -> list[str]:
    return [q.prompt for q in questions if q.type == "cloze" and q.answer.lower().removeprefix("a ").removeprefix("the ") == term]


@pytest.mark.parametrize(
    ("term", "gloss"),
    [
        # "These/This N ... are/is called X": the noun phrase, its pointer dropped
        ("fontanelles", "soft areas of membrane between the bones"),
        ("synostosis", "fusion between neighbouring bones"),
        # bold apposition, read from the bold words to the clause's end
        ("acetabular rim", "a ring of fibrocartilage attached to the edge of the socket"),
        ("contract lobbyist", "individuals who work for agencies that represent several clients at once"),
        # a sentence that leans outside itself ("also") still gives the term and its gloss
        ("test validity", "how well a test measures what it was built to measure"),
        # "X is where ...": the kind the term names, with the situation
        ("fibrous joint", "a joint where neighbouring bones are held together by dense connective tissue"),
        # the naming cue between a gloss and its term is no distance between them
        ("vigilance", "holding attention on a single task for a long time"),
        # "**X**, or Y": the bold words are the term, not "high lipid solubility"
        ("lipid solubility", "the ability to pass through the fatty membrane of a cell"),
        # "Any N that ... is defined as **X**": the description first, the name last
        ("stressor", "any signal that disturbs the balance of the body"),
        # a line of a list of terms
        ("hyperbole", "deliberate exaggeration used for effect"),
    ],
)
def test_a_bold_term_in_a_defining_form_gets_its_card(questions: list[Question], term: str, gloss: str) -> None:
    assert gloss in _cards(questions, term).values()


def test_a_bold_term_that_occurs_when_is_asked_what_it_is_called(questions: list[Question]) -> None:
    cards = _cards(questions, "false dilemma")
    assert cards.get("What is it called when an arguer offers only two choices although others exist?") == "false dilemma"
    # "What is meant by “false dilemma”?" keyed "when an arguer offers ..." is no answer to it
    assert not any(answer.startswith("when ") for answer in cards.values())


def test_a_bold_term_named_after_the_sentence_that_describes_it_is_asked_what_it_is_called(questions: list[Question]) -> None:
    cards = _cards(questions, "constitutive activity")
    prompt = "What is it called when, in some cases, a receptor can produce a response although no drug is bound?"
    assert cards.get(prompt) == "constitutive activity" or prompt not in cards and cards


def test_the_bold_words_are_the_term_not_the_phrase_around_them(questions: list[Question]) -> None:
    assert "the belief that one's vote can change what government does" in _cards(questions, "political efficacy").values()
    assert not any("levels of" in q.fact.term for q in questions)


def test_a_leaning_sentence_gives_a_card_but_no_blank(questions: list[Question]) -> None:
    assert not _clozes(questions, "test validity")


def test_a_subject_that_sets_the_term_apart_makes_a_blank_at_the_end(questions: list[Question]) -> None:
    assert "The joint with the widest range of motion is the _____." in _clozes(questions, "ball-and-socket joint")


def test_a_term_with_a_second_name_is_asked_from_the_term_only(questions: list[Question]) -> None:
    """"The resting state, or the quiet state, occurs when ...": either name answers the gloss, so
    no reverse card; and a condition is no answer to "What is meant by ...?", so no card at all."""
    assert list(_cards(questions, "resting state").values()) == []


def test_a_bold_word_that_makes_a_kind_is_blanked_where_the_kind_is_defined(questions: list[Question]) -> None:
    assert any(p.endswith("stem cell is one that can become any type of tissue in the body.") for p in _clozes(questions, "pluripotent"))


@pytest.mark.parametrize("term", ["empathy", "compassion", "saddle joint", "dynamometer", "freelance canvasser", "spindle",
                                  "spatial structure", "perfectionism"])
def test_a_bold_term_the_form_does_not_define_is_not_asked(questions: list[Question], term: str) -> None:
    """A pair shares its apposition ("empathy and compassion, the ability ..."); "Another
    type ... is X" and a bare mention set nothing apart; a gloss the shared cuts stop
    right after a verb ("... and are often hired" before "because") is left unfinished;
    a list line glossed by a participle is no noun phrase; "This approach is called X"
    names a kind the sentence before only gives one case of."""
    assert not _cards(questions, term) and not _clozes(questions, term)


def test_a_marked_form_needs_the_bold_mark(tmp_path: Path) -> None:
    """Without marks, the same sentences give none of the forms that only a mark makes safe."""
    path = tmp_path / "plain.md"
    path.write_text(CHAPTER.replace("**", ""), encoding="utf-8")
    rules = {fact.rule for fact in extract_facts(path)}
    assert not rules & {"defining.marked_apposition", "defining.called_this", "defining.is_where", "term.bold_named",
                        "defining.marked_or", "defining.marked_colon", "defining.defined_as_named", "defining.two_sentence"}
