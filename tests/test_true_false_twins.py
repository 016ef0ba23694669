"""A false twin that reads as a real claim: no aside to the reader, no modifier left
behind from the true term, no aside that spells the true term (sentences written
for these tests)."""

from __future__ import annotations

from quizgen.questions.true_false import make_true_false
from tests.test_questions_types import definition


def answers(fact, pool) -> set[str]:
    return {q.answer for seed in range(30) for q in make_true_false(fact, pool, seed=seed)}


def test_a_statement_that_speaks_to_the_reader_is_not_asked():
    hardness = definition("Hardness is a property of minerals measured by scratching, and remember that diamond tops the scale.",
                          "hardness", "a property of minerals measured by scratching, and remember that diamond tops the scale")
    luster = definition("Luster is a property of minerals seen in how their surface reflects light.",
                        "luster", "a property of minerals seen in how their surface reflects light")
    cleavage = definition("Cleavage is a property of crystals that split along flat planes.",
                          "cleavage", "a property of crystals that split along flat planes")
    pool = [hardness, luster, cleavage]
    assert answers(hardness, pool) == set()
    assert answers(luster, pool) == {"True", "False"}


def test_a_modifier_of_the_true_term_is_not_left_before_a_sibling():
    medial = definition("Turning the arm toward the body's midline is called medial (inward) rotation.",
                        "rotation", "turning the arm toward the body's midline")
    flexion = definition("Flexion is the bending of a joint that narrows the angle between two bones.",
                         "flexion", "the bending of a joint that narrows the angle between two bones")
    assert answers(medial, [medial, flexion]) == set()


def test_an_aside_that_spells_the_true_term_gives_no_twin():
    biology = definition("Biology is the study (-logy) of life (bios) in all its forms.",
                         "biology", "the study (-logy) of life (bios) in all its forms")
    geology = definition("Geology is the study of the rocks that make up the earth.",
                         "geology", "the study of the rocks that make up the earth")
    assert answers(biology, [biology, geology]) == set()
    assert answers(geology, [biology, geology]) == {"True", "False"}
