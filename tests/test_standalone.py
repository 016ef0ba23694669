"""Questions that lean on the page or let more than one answer be right: every table of
quizgen/rules/standalone.py has a row where it strikes and a row where it must not,
on sentences written for these tests."""

from __future__ import annotations

import re

import pytest

from quizgen.models import Fact, FactInfo, Question, SourceRef
from quizgen.questions.cloze import make_cloze
from quizgen.questions.worth import (
    content_words,
    hanging_definite,
    question_stands_alone,
    why_not_standalone,
)
from quizgen.rules import standalone
from quizgen.select import select

HANGING = "a referent left hanging"
MANY = "a blank many answers fit"
TRIVIA = "trivia"

#: (table, question type, prompt, answer, why it is struck or "" where it must stand)
ROWS = [
    ("ONE_PRONOUN", "cloze", "The second one is the vagus nerve, which slows the _____.", "heart", HANGING),
    ("ONE_PRONOUN", "cloze", "One of the cranial nerves, the vagus nerve, slows the _____.", "heart", ""),
    ("ONE_PRONOUN", "short_answer", "Why did Tomas refuse to buy one?", "because he was saving money", HANGING),
    ("ONE_PRONOUN", "cloze", "The voting age was lowered from twenty-one to _____.", "eighteen", ""),
    ("AFTER_WHAT", "short_answer", "How many seats did the party later win?", "forty", HANGING),
    ("AFTER_WHAT", "short_answer", "Which crop was harvested later than wheat in medieval England?", "barley", ""),
    ("BARE_EXAMPLES", "cloze", "Examples include the lynx, the _____, and the snowshoe hare.", "wolverine", HANGING),
    ("BARE_EXAMPLES", "cloze", "Examples of boreal mammals include the lynx, the _____, and the snowshoe hare.", "wolverine", ""),
    ("ANY_OTHER", "term_definition", "Which term means: the movement of any other solute across a cell wall?", "transport", HANGING),
    ("ANY_OTHER", "cloze", "The Nile is longer than any other river in _____.", "Africa", ""),
    ("ASIDE_ELSEWHERE", "cloze", "The _____ stores calcium for the muscle fiber (a role described later in this chapter).", "sarcoplasmic reticulum", HANGING),
    ("ASIDE_ELSEWHERE", "cloze", "The _____ (a network of tubules) stores calcium for the muscle fiber.", "sarcoplasmic reticulum", ""),
    ("ASIDE_ELSEWHERE", "short_answer", "What pulls the thin filaments toward the middle of the sarcomere (Step 4)?", "the power stroke", HANGING),
    ("ASIDE_ELSEWHERE", "cloze", "A _____ (step function) jumps from one value to another at a point.", "Heaviside function", ""),
    ("ASIDE_ELSEWHERE", "term_definition", "Which term means: the stage of sleep marked by rapid eye movements, which is described in the next section?", "REM sleep", HANGING),
    ("OPEN_COMPARATIVE", "term_definition", "What is meant by “loaded questions”?", "the “trickier” forms of a leading question", HANGING),
    ("OPEN_COMPARATIVE", "cloze", "Glaciers move even more slowly than _____ in winter.", "rivers", ""),
    ("HANGING_DEFINITE", "short_answer", "Who signed the legislation?", "Lyndon Johnson", HANGING),
    ("HANGING_DEFINITE", "short_answer", "Who signed the legislation that created Medicare?", "Lyndon Johnson", ""),
    ("HANGING_DEFINITE", "cloze", "The cell bodies of sensory neurons sit in the dorsal root _____.", "ganglia", ""),
    ("HANGING_DEFINITE", "short_answer", "Who first tested the theory?", "Arthur Eddington", HANGING),
    ("HANGING_DEFINITE", "short_answer", "Who first tested the theory of general relativity?", "Arthur Eddington", ""),
    ("EARLIER_EXAMPLE", "cloze", "A _____ travels outward from a single disturbance, as in the example of the dropped stone.", "pulse", HANGING),
    ("EARLIER_EXAMPLE", "cloze", "A _____ travels outward from a single disturbance, such as a stone dropped into a pond.", "pulse", ""),
    ("SHORT_NAME", "short_answer", "In what year did the Treaty come into force?", "1648", HANGING),
    ("SHORT_NAME", "short_answer", "In what year did the Treaty of Westphalia come into force?", "1648", ""),
    ("BROAD_CLASS_BLANK", "cloze", "Heat is a form of _____.", "energy", MANY),
    ("BROAD_CLASS_BLANK", "cloze", "_____ is a form of energy that flows from a warmer body to a cooler one.", "Heat", ""),
    ("EXAMPLE_OF_KIND", "cloze", "_____ is a negative sanction for breaking a school rule.", "Detention", MANY),
    ("EXAMPLE_OF_KIND", "cloze", "A _____ is a reward or penalty that a group uses to enforce its norms.", "sanction", ""),
    ("MIN_CLOZE_CONTENT_WORDS", "cloze", "_____ is a planet.", "Mars", MANY),
    ("MIN_CLOZE_CONTENT_WORDS", "cloze", "_____ is the planet closest to the Sun.", "Mercury", ""),
    ("EXACT_DAY", "short_answer", "On what date did the Senate ratify the treaty of Versailles?", "19 November 1919", TRIVIA),
    ("EXACT_DAY", "short_answer", "In what year did the Senate reject the Treaty of Versailles?", "1919", ""),
    ("CEREMONY_ROLE", "short_answer", "Who welcomed Queen Elizabeth at the airport in Ottawa?", "the prime minister", TRIVIA),
    ("CEREMONY_ROLE", "short_answer", "Who introduced the concept of the looking-glass self?", "Charles Horton Cooley", ""),
    ("NAME_ORIGIN", "short_answer", "Why were the first jet airliners called Comets?", "because they flew so fast", TRIVIA),
    ("NAME_ORIGIN", "short_answer", "Why is the Tea Party an example of a so-called astroturf movement?", "because it is funded by groups", ""),
    ("NAME_ORIGIN", "short_answer", "What are named for their star-like shape?", "astrocytes", TRIVIA),
    ("NAME_ORIGIN", "short_answer", "What are star-shaped glial cells named?", "astrocytes", ""),
]


@pytest.mark.parametrize(("table", "type_", "prompt", "answer", "why"), ROWS)
def test_each_table_strikes_its_form_and_spares_the_rest(table, type_, prompt, answer, why):
    assert why_not_standalone(type_, prompt, answer) == why


def test_every_table_has_a_row_that_fires_and_one_that_must_not():
    tables = {name for name in vars(standalone) if name.isupper() and not name.startswith("_")}
    helpers = {"HANGING_HEADS", "SAYS_WHICH_AFTER", "FUNCTION_WORDS"}  # parts of the tables below
    for name in tables - helpers:
        whys = {why for table, _, _, _, why in ROWS if table == name}
        assert "" in whys and whys - {""}, f"{name} needs a row where it strikes and one where it must not"


def test_a_head_the_question_introduced_itself_is_not_left_hanging():
    assert not hanging_definite("A reform of the tax code passed in 1986, and the reform cut the top rate.")
    assert hanging_definite("The reform cut the top rate of income tax.")


def test_content_words_leave_out_function_words():
    assert content_words("_____ is one of the most common minerals.") == ["common", "minerals"]


def _question(type_: str, prompt: str, answer: str, *, fact: str = "f-1", sentence: str = "", term: str = "",
              kind: str = "") -> Question:
    return Question(
        id=f"q-{fact}-{type_}-{len(prompt)}",
        type=type_,
        prompt=prompt,
        answer=answer,
        source=SourceRef(file="rivers.md", sentence=sentence or prompt, section="Rivers", page=1, chapter="Rivers"),
        fact=FactInfo(kind=kind or ("definition" if term else "date"), id=fact, term=term),
        choices=("True", "False") if type_ == "true_false" else (),
    )


def test_the_gate_strikes_what_the_tables_strike():
    assert not question_stands_alone(_question("cloze", "Heat is a form of _____.", "energy"))
    assert question_stands_alone(_question("cloze", "_____ is the planet closest to the Sun.", "Mercury"))


def test_a_quiz_holds_one_question_per_sentence_fact_and_term():
    sentence = "A delta is a landform built from the sediment a river drops at its mouth."
    card = _question("term_definition", "What is meant by “delta”?", "a landform built from ...", fact="f-delta", sentence=sentence, term="delta")
    cloze = _question("cloze", "A _____ is a landform built from the sediment a river drops at its mouth.", "delta", fact="f-delta", sentence=sentence, term="delta")
    glossary = _question("term_definition", "Which term means: a landform at a river mouth?", "delta", fact="f-delta-glossary", sentence="delta: a landform at a river mouth", term="delta")
    others = [
        _question("cloze", f"The river _____ flows through {city}.", name, fact=f"f-{name}", sentence=f"The river {name} flows through {city}.",
                  kind="place")
        for name, city in (("Danube", "Vienna"), ("Vltava", "Prague"), ("Tiber", "Rome"))
    ]
    picked = select([card, cloze, glossary, *others], count=4, seed=0)
    assert len(picked) == 4
    assert sum(1 for q in picked if re.search("delta", q.prompt + q.answer)) == 1


def test_a_quiz_is_shorter_rather_than_ask_one_fact_twice_but_a_deck_keeps_both_forms():
    sentence = "A delta is a landform built from the sediment a river drops at its mouth."
    card = _question("term_definition", "What is meant by “delta”?", "a landform built from ...", fact="f-delta", sentence=sentence, term="delta")
    cloze = _question("cloze", "A _____ is a landform built from the sediment a river drops at its mouth.", "delta", fact="f-delta", sentence=sentence, term="delta")
    assert len(select([card, cloze], count=2, seed=0)) == 1
    assert len(select([card, cloze], seed=0)) == 2


def test_a_cloze_drops_an_aside_that_points_elsewhere_and_keeps_its_blank():
    sentence = "The nucleolus (a region described in the next section) assembles the _____ of the cell."
    sentence = sentence.replace("_____", "ribosomes")
    start = sentence.index("ribosomes")
    fact = Fact(
        id="f-nucleolus", kind="term", rule="term.bold", sentence=sentence, answer="ribosomes",
        answer_start=start, answer_end=start + len("ribosomes"),
        source=SourceRef(file="cell.md", sentence=sentence, section="The Nucleus", page=3, chapter="The Cell"),
    )
    cloze = make_cloze(fact)
    assert cloze is not None
    assert cloze.prompt == "The nucleolus assembles the _____ of the cell."
    assert cloze.context is not None and cloze.span is not None
    assert cloze.context[cloze.span[0] : cloze.span[1]] == "ribosomes"
    assert question_stands_alone(cloze)
