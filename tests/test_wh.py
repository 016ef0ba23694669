"""Wh-questions by transformation: inversion, do-support, and saying nothing when unsure."""

from __future__ import annotations

import pytest

from quizgen.facts.context import make_context
from quizgen.facts.wh import wh_question


def ask(nlp, sentence: str, answer: str, label: str) -> str | None:
    doc = nlp(sentence)
    sent = next(doc.sents)
    start = sentence.index(answer)
    span = doc.char_span(start, start + len(answer), alignment_mode="expand")
    return wh_question(make_context(sent, None), span, label)


ROWS = [
    # the word opens the sentence and is written in lower case later in it: no name
    ("Irrigation spread quickly in the valley, largely because the river flooded each spring, and irrigation paid.",
     "largely because the river flooded each spring", "CAUSE", "Why did irrigation spread quickly in the valley?"),
    ("In 2008, bilateral trade reached $20 billion.", "2008", "DATE",
     "In what year did bilateral trade reach $20 billion?"),
    ("Kazakhstan declared its independence on 16 December 1991.", "16 December 1991", "DATE",
     "On what date did Kazakhstan declare its independence?"),
    ("Bilateral talks were held in Moscow in 2009.", "Moscow", "GPE",
     "Where were bilateral talks held in 2009?"),
    ("Dmitry Medvedev chose Kazakhstan for his first foreign trip in May 2008.", "Dmitry Medvedev", "PERSON",
     "Who chose Kazakhstan for his first foreign trip in May 2008?"),
    ("Kazakhstan held about 1,400 nuclear warheads in 1991.", "1,400", "CARDINAL",
     "How many nuclear warheads did Kazakhstan hold in 1991?"),
    ("The Semipalatinsk site has been closed since 1991.", "1991", "DATE", None),  # a bound, not a point
    ("He signed the treaty in 1994.", "1994", "DATE", None),  # "he" is not resolved: no question
    ("Monetarism, a school that stressed the money supply, gained influence in the 1970s.", "the 1970s", "DATE",
     "When did monetarism, a school that stressed the money supply, gain influence?"),  # a common noun, lower-cased
    ("Abai Kunanbayuly was also born in the steppe.", "Abai Kunanbayuly", "PERSON", None),  # someone else was too
    ("About 40 percent of voters in Ohio stayed home in 2014.", "40 percent", "PERCENT",
     "What percentage of voters in Ohio stayed home in 2014?"),  # of whom, kept
    ("The Velvet Revolution ended communist rule in Czechoslovakia in 1989.", "1989", "DATE",
     "In what year did the Velvet Revolution end communist rule in Czechoslovakia?"),  # a name's article, lower-cased
    ("Ricardo believed that trade helps both sides, and he predicted that tariffs would fall.", "Ricardo", "PERSON",
     None),  # the point is in the second clause, which the question would drop
    ("Inspired by the Italian painter Giotto, who worked in Florence from 1300 to 1337, Spain’s Pablo Picasso "
     "developed a new style of painting.", "Pablo Picasso", "PERSON", None),  # "..., who worked ..., who developed ...?"
]


@pytest.mark.parametrize(("sentence", "answer", "label", "expected"), ROWS)
def test_wh_question(nlp, sentence, answer, label, expected):
    assert ask(nlp, sentence, answer, label) == expected


def test_question_never_contains_its_answer(nlp):
    assert ask(nlp, "In 2008, bilateral trade reached $20 billion in 2008.", "2008", "DATE") is None


def test_cloze_hides_an_acronym_that_spells_out_the_answer(nlp):
    from quizgen.pipeline import ask as ask_sentence

    questions = ask_sentence("The Shanghai Cooperation Organisation (SCO) is a regional body founded in 2001 by six states.")
    clozes = [q for q in questions if q.type == "cloze" and q.answer == "Shanghai Cooperation Organisation"]
    assert clozes and "(SCO)" not in clozes[0].prompt and "(SCO)" not in clozes[0].context
