"""The function family: what a thing or body does ("X is responsible for Y", "The
primary function of X is to Y"), one block of rows per rule of
:data:`quizgen.rules.functions.FUNCTION_RULES`, on sentences of several subjects,
with rows where the rule fires and rows where it must not."""

from __future__ import annotations

import pytest

from quizgen.facts import Origin, extract_sentence_facts
from quizgen.facts.context import contexts
from quizgen.questions.generate import make_questions
from quizgen.rules.functions import FUNCTION_RULES

ORIGIN = Origin(file="chapter.md", chapter="Test Chapter", section="A Section")


def facts_of(nlp, text: str):
    """The function facts of the last sentence of a paragraph."""
    sentences = list(nlp(text).sents)
    context = contexts(sentences, pages=[None] * len(sentences))[-1]
    return [f for f in extract_sentence_facts(context, ORIGIN) if f.kind == "function"]


#: (rule, paragraph, [(rule, question, answer) for every function fact of its last sentence]).
ROWS = [
    # function.responsible: "X is responsible for Y", asked for Y
    ("function.responsible", "The Federal Reserve is responsible for setting monetary policy in the United States.",
     [("function.responsible", "What is the Federal Reserve responsible for?", "setting monetary policy in the United States")]),
    ("function.responsible", "The kidneys are primarily responsible for filtering waste from the blood.",
     [("function.responsible", "What are the kidneys primarily responsible for?", "filtering waste from the blood")]),
    ("function.responsible",
     "The board of directors, elected by the shareholders, is responsible for setting the long-term goals of a company.",
     [("function.responsible", "What is the board of directors responsible for?", "setting the long-term goals of a company")]),
    # ... where it describes a named thing
    ("function.responsible",
     "The temporal lobe holds the primary auditory cortex, which is responsible for processing sound.",
     [("function.responsible", "What is the primary auditory cortex responsible for?", "processing sound")]),
    # a second verb of the same subject
    ("function.responsible",
     "The hormone glucagon is released by the pancreas and is responsible for raising blood sugar between meals.",
     [("function.responsible", "What is the hormone glucagon responsible for?", "raising blood sugar between meals")]),
    # the relative clause stands where the rest of the sentence leans on the one before
    ("function.responsible",
     "The frontal lobe sits behind the forehead. It holds the prefrontal cortex, which is responsible for planning and judgment.",
     [("function.responsible", "What is the prefrontal cortex responsible for?", "planning and judgment")]),
    ("function.responsible",
     "The frontal lobe sits behind the forehead. It holds a second area, which is responsible for speech.", []),
    ("function.responsible", "The pancreas is the organ chiefly responsible for producing insulin.",
     [("function.responsible", "What is the pancreas chiefly responsible for?", "producing insulin")]),
    # an aside between dashes
    ("function.responsible",
     "The Council of Ministers—in most parliamentary systems—is responsible for running the government day to day.",
     [("function.responsible", "What is the Council of Ministers responsible for?", "running the government day to day")]),
    # a closing simile is no part of what it does
    ("function.responsible",
     "The Golgi apparatus is responsible for sorting and shipping the proteins of the cell, much like a post office.",
     [("function.responsible", "What is the Golgi apparatus responsible for?", "sorting and shipping the proteins of the cell")]),
    # a setting the question would drop; a generic group; a share; blame for one event
    ("function.responsible", "In many farming villages, women are responsible for planting the crops.", []),
    ("function.responsible", "Parents are responsible for the safety of their children.", []),
    ("function.responsible", "The enzyme is partly responsible for the breakdown of starch.", []),
    ("function.responsible", "The drought was responsible for the famine of 1876.", []),
    ("function.responsible", "These glands are responsible for releasing adrenaline.", []),
    # a bare "the system" stands for one the sentences before named; "a range of" names no one thing
    ("function.responsible", "The system is responsible for the distribution of water to farms.", []),
    ("function.responsible", "The ionosphere is responsible for a range of effects including radio fade-outs.", []),
    ("function.responsible",
     "Water rises through the stem in the xylem. Xylem is the tissue responsible for carrying water from the roots.",
     [("function.responsible", "What is xylem responsible for?", "carrying water from the roots")]),
    ("function.responsible", "The thymus can be responsible for training immune cells.", []),
    ("function.responsible", "The vice president is not responsible for casting most votes in the Senate.", []),
    # a restrictive "that" may bind the wrong noun ("a region of the brain that ...")
    ("function.responsible", "The hippocampus is a region of the brain that is responsible for forming new memories.", []),
    # function.in_charge: "X is in charge of Y"
    ("function.in_charge", "The Department of Agriculture is in charge of inspecting meat and poultry.",
     [("function.in_charge", "What is the Department of Agriculture in charge of?", "inspecting meat and poultry")]),
    ("function.in_charge", "In wartime, the army is in charge of rationing food.", []),
    # function.noun: "The (primary) function of X is to Y" / "X's job is to Y"
    ("function.noun", "The primary function of the large intestine is to absorb water from digested food.",
     [("function.noun", "What is the primary function of the large intestine?", "absorb water from digested food")]),
    ("function.noun", "The purpose of a constitution is to limit the powers of government.",
     [("function.noun", "What is the purpose of a constitution?", "limit the powers of government")]),
    ("function.noun", "The central bank's main task is to keep inflation low and stable.",
     [("function.noun", "What is the central bank's main task?", "keep inflation low and stable")]),
    # one function of several, a view, a pointing owner
    ("function.noun", "Another function of the skin is to regulate body temperature.", []),
    ("function.noun", "One of the roles of the family is to teach children the norms of their society.", []),
    ("function.noun", "According to Plato, the purpose of education is to turn the soul toward the good.", []),
    ("function.noun", "The function of these cells is to carry oxygen to the tissues.", []),
    ("function.noun", "The purpose of the program was to train new teachers in rural areas.", []),
    ("function.noun", "The last function of the legislature is to oversee the bureaucracy.", []),
    # function.serves: "X serves to Y"
    ("function.serves", "The patella serves to protect the tendon of the quadriceps from friction.",
     [("function.serves", "What does the patella serve to do?", "protect the tendon of the quadriceps from friction")]),
    ("function.serves", "The spleen serves to filter old red blood cells from the blood.",
     [("function.serves", "What does the spleen serve to do?", "filter old red blood cells from the blood")]),
    # the "and" of the next verb stays out of the answer
    ("function.serves", "The trunk of an elephant serves to gather food and can also lift heavy logs.",
     [("function.serves", "What does the trunk of an elephant serve to do?", "gather food")]),
    ("function.serves", "This pathway serves to keep the level of pyruvate low.", []),
    ("function.serves", "Traditional gender roles only serve to widen the gap between men and women.", []),
    ("function.serves", "Rods, cones, and ganglion cells all serve to turn light into nerve signals.", []),
    ("function.serves", "Some rituals serve to bind the members of a community together.", []),
    # a conclusion from the sentences before is worded by them
    ("function.noun", "The id seeks pleasure and the superego seeks virtue. Thus, the ego's job is to find the middle ground.", []),
    # function.noun_leaning: "Its" / "Their" named by the subject of the sentence before
    ("function.noun_leaning",
     "The board of directors is elected by the shareholders. Its most important function is to hire the chief executive officer.",
     [("function.noun_leaning", "What is the most important function of the board of directors?",
       "hire the chief executive officer")]),
    ("function.noun_leaning",
     "The white blood cells defend the body against infection. Their main job is to destroy bacteria and viruses.",
     [("function.noun_leaning", "What is the main job of the white blood cells?", "destroy bacteria and viruses")]),
    # "The council ..." named in full earlier in the paragraph; an acronym in brackets may stay
    ("function.noun_leaning",
     "The board of trustees sets the strategy of a college. The board also votes on the budget. "
     "Its main job is to appoint the chief academic officer (CAO) of the college.",
     [("function.noun_leaning", "What is the main job of the board of trustees?",
       "appoint the chief academic officer (CAO) of the college")]),
    ("function.noun_leaning",
     "The council also votes on the city budget. Its main job is to appoint the city's treasurer.", []),
    # two things before, a number that does not fit, a pronoun before, nothing before
    ("function.noun_leaning",
     "The liver and the pancreas both make digestive enzymes. Its main function is to break down fats.", []),
    ("function.noun_leaning",
     "The senators meet in the Capitol. Its main function is to pass the laws of the nation.", []),
    ("function.noun_leaning",
     "The adrenal gland sits above the kidney. Its main function is to release these hormones into the blood.", []),
    ("function.noun_leaning", "It sits just above the kidneys. Its main function is to release adrenaline.", []),
    ("function.noun_leaning", "Its main function is to release adrenaline.", []),
]


@pytest.mark.parametrize(("rule", "text", "expected"), ROWS, ids=[f"{r[0]}-{i}" for i, r in enumerate(ROWS)])
def test_rule_rows(nlp, rule, text, expected):
    assert [(f.rule, f.attr("wh"), f.answer) for f in facts_of(nlp, text)] == expected


def test_every_rule_has_rows_that_fire_and_rows_that_do_not():
    fires = {row[0] for row in ROWS if row[2]}
    refuses = {row[0] for row in ROWS if not row[2]}
    assert set(FUNCTION_RULES) <= fires
    assert set(FUNCTION_RULES) <= refuses


def test_asked_as_a_short_answer_only(nlp):
    facts = facts_of(nlp, "The main function of the kidneys is to filter waste from the blood.")
    questions = make_questions(facts)
    assert [(q.type, q.prompt, q.answer) for q in questions] == [
        ("short_answer", "What is the main function of the kidneys?", "filter waste from the blood")
    ]


def test_what_a_body_is_responsible_for_is_found_but_not_asked(nlp):
    facts = facts_of(nlp, "The Federal Reserve is responsible for setting monetary policy in the United States.")
    assert [f.rule for f in facts] == ["function.responsible"] and make_questions(facts) == []
