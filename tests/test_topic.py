"""Term cards of everyday words name their topic: the section's heading, else the
chapter's, where a heading names one."""

from __future__ import annotations

import pytest

from quizgen.models import SourceRef
from quizgen.questions.topic import has_topic, needs_topic, topic, with_topic, without_topic


def _source(section: str, chapter: str = "Ecology of Lakes", file: str = "lakes.md") -> SourceRef:
    return SourceRef(file=file, sentence="", section=section, chapter=chapter)


@pytest.mark.parametrize(
    ("term", "needs"),
    [
        ("treatments", True),  # everyday and medical senses
        ("mantle", True),  # the Earth's, a mollusc's, a fireplace's
        ("therapeutic ratio", True),
        ("osmosis", False),  # one sense whatever the page
        ("sodium-potassium pump", False),
        ("DNA", False),
    ],
)
def test_which_terms_need_a_topic(term: str, needs: bool) -> None:
    assert needs_topic(term) is needs


@pytest.mark.parametrize(
    ("section", "chapter", "file", "expected"),
    [
        ("Thermal Layers", "Ecology of Lakes", "lakes.md", "Thermal Layers"),
        ("Key Terms", "Ecology of Lakes", "lakes.md", "Ecology of Lakes"),
        ("Introduction", "Ecology of Lakes", "lakes.md", "Ecology of Lakes"),
        ("What Makes a Lake Turn Over?", "Ecology of Lakes", "lakes.md", "Ecology of Lakes"),
        ("Section 2", "Biology: part 1b", "bio.md", ""),
        ("", "lakes-03", "lakes-03.md", ""),
        ("THE DIVISION OF POWERS", "Federalism", "gov.md", "The Division of Powers"),
        ("Lakes are layered in summer", "Ecology of Lakes", "lakes.md", "Ecology of Lakes"),
    ],
)
def test_the_topic_is_the_nearest_heading_that_names_one(section, chapter, file, expected) -> None:
    assert topic(_source(section, chapter, file)) == expected


def test_a_card_of_an_everyday_word_names_its_topic_and_a_technical_one_does_not() -> None:
    source = _source("Thermal Layers")
    asked = with_topic("What is meant by “turnover”?", "turnover", source)
    assert asked == "In the context of “Thermal Layers”, what is meant by “turnover”?"
    assert has_topic(asked) and without_topic(asked) == "What is meant by “turnover”?"
    assert with_topic("What is meant by “epilimnion”?", "epilimnion", source) == "What is meant by “epilimnion”?"


def test_a_heading_that_is_the_term_itself_adds_nothing() -> None:
    source = _source("The Turnovers")
    assert with_topic("What is meant by “turnover”?", "turnover", source) == "What is meant by “turnover”?"
