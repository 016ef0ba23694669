"""Every definition rule, tested from the rule list itself: a rule without a row fails.

Each row is a sentence written for this test, as a textbook would put it, and every
fact that comes out of it (kind, term, definition), after the engine's de-duplication.
The row's rule must be among the rules that fired on it.
"""

from __future__ import annotations

import pytest

from quizgen.analyze import ParsedParagraph
from quizgen.errors import AnalysisError
from quizgen.facts import Origin, extract, extract_sentence_facts
from quizgen.facts.context import contexts
from quizgen.facts.definitions import HANDLERS
from quizgen.facts.engine import validate
from quizgen.models import Asking, Document, Paragraph
from quizgen.rules.definitions import DEFINITION_RULES
from quizgen.rules.rule import Rule

ORIGIN = Origin(file="chapter.md", chapter="Test Chapter", section="A Section")

#: rule id -> rows of (sentence, every fact out of it as (kind, term, definition)).
ROWS: dict[str, list[tuple[str, list[tuple[str, str, str]]]]] = {
    "definition.copular": [
        ("A tributary is a stream that flows into a larger river.",
         [("definition", "tributary", "a stream that flows into a larger river")]),
    ],
    "definition.involves": [
        ("Procedural rights involve the protections that defendants have against unfair treatment by the courts.",
         [("definition", "procedural rights", "the protections that defendants have against unfair treatment by the courts")]),
    ],
    "definition.refers_to": [
        ("The term inflation refers to a general rise in the prices of goods and services.",
         [("definition", "inflation", "a general rise in the prices of goods and services")]),
    ],
    "definition.defined_as": [
        ("Erosion is defined as the wearing away of rock and soil by wind and water.",
         [("definition", "erosion", "the wearing away of rock and soil by wind and water")]),
    ],
    "definition.it_is_defined_as": [
        ("Culture is a broad notion, although it is often defined as the shared beliefs and customs of a people.",
         [("definition", "culture", "the shared beliefs and customs of a people")]),
    ],
    "definition.known_as": [
        ("Rule of a state by its religious leaders is known as theocracy.",
         [("definition", "theocracy", "rule of a state by its religious leaders")]),
    ],
    "definition.called": [
        ("A lawmaking body with two chambers is called a bicameral legislature.",
         [("definition", "bicameral legislature", "A lawmaking body with two chambers")]),
    ],
    "definition.what_called": [
        ("Some voters follow the cues of trusted leaders, what political scientists call heuristics, or mental shortcuts for making choices.",
         [("definition", "heuristics", "mental shortcuts for making choices")]),
    ],
    "definition.known_as_modifier": [
        ("Medieval villages farmed their land under a shared arrangement known as the open-field system.",
         [("definition", "open-field system", "a shared arrangement")]),
    ],
    "definition.said_to_be": [
        ("When a law is passed by the proper procedure, that law is said to be valid.",
         [("definition", "valid", "when a law is passed by the proper procedure")]),
    ],
    "definition.achieved_when": [
        ("Herd immunity is reached when enough people in a community are immune to a disease.",
         [("definition", "herd immunity", "when enough people in a community are immune to a disease")]),
    ],
    "definition.goal_of": [
        ("The goal of conservatism is to preserve the institutions that have stood the test of time.",
         [("definition", "conservatism", "to preserve the institutions that have stood the test of time")]),
    ],
    "definition.form_named": [
        ("A rare form of market failure—adverse selection—arises when buyers know less about a product than sellers do.",
         [("definition", "adverse selection",
           "a rare form of market failure that arises when buyers know less about a product than sellers do")]),
    ],
    "definition.predicate": [
        ("Environmental sociology studies the relations between human societies and the natural world.",
         [("definition", "environmental sociology", "studies the relations between human societies and the natural world")]),
    ],
    "definition.definition_of": [
        ("The very definition of a republic is that it is a state in which power rests with elected representatives.",
         [("definition", "republic", "a state in which power rests with elected representatives")]),
    ],
    "definition.includes_all": [
        ("Foreign policy includes all the actions a state takes toward other states and international bodies.",
         [("definition", "foreign policy", "the actions a state takes toward other states and international bodies")]),
    ],
    "definition.when_they_are": [
        ("When rival firms agree to share a market instead of competing for it, they are colluding.",
         [("definition", "colluding", "when rival firms agree to share a market instead of competing for it")]),
    ],
    "definition.one_who": [
        ("In political science a rational voter is one who chooses the candidate whose promises best serve their interests.",
         [("definition", "rational voter", "a voter who chooses the candidate whose promises best serve their interests")]),
    ],
    "definition.appositive": [
        ("Feudalism, a system of land held in exchange for military service, spread across medieval Europe.",
         [("definition", "feudalism", "a system of land held in exchange for military service")]),
    ],
    "definition.that_is": [
        ("Early traders relied on barter—that is, the direct exchange of goods without money.",
         [("definition", "barter", "the direct exchange of goods without money")]),
    ],
    "definition.reversed_dash": [
        ("The orderly transfer of power from one elected government to the next—peaceful succession—depends on trust in elections.",
         [("definition", "peaceful succession", "the orderly transfer of power from one elected government to the next")]),
    ],
    "definition.reversed_comma": [
        ("The laws by which a country grants citizenship to those born abroad, naturalization laws, vary widely.",
         [("definition", "naturalization laws", "the laws by which a country grants citizenship to those born abroad")]),
    ],
    "definition.dash": [
        ("The early guilds prized their monopoly—their sole right to practise a trade in a town—above all else.",
         [("definition", "monopoly", "their sole right to practise a trade in a town")]),
    ],
    "definition.relative_gloss": [
        ("By the eighteenth century the colonies had turned to smuggling, a practice that evaded the customs duties of the crown.",
         [("definition", "smuggling", "a practice that evaded the customs duties of the crown")]),
    ],
    "definition.or_gloss": [
        ("Many thinkers defend federalism, or the principle that power is shared between a central government and its regions.",
         [("definition", "federalism", "the principle that power is shared between a central government and its regions")]),
    ],
    "definition.which_means": [
        ("Many cities practise zoning, which means the division of land into areas set aside for different uses.",
         [("definition", "zoning", "the division of land into areas set aside for different uses")]),
    ],
    "definition.adjective_colon": [
        ("Natural rights are universal: they belong to every person by birth.",
         [("definition", "universal", "belong to every person by birth")]),
    ],
    "definition.in_which": [
        ("Most disputes end in arbitration, in which a neutral party hears both sides and makes a binding decision.",
         [("definition", "arbitration", "in which a neutral party hears both sides and makes a binding decision")]),
    ],
    "definition.came_to_be_known": [
        ("Reformers promoted a kind of farming that came to be known as crop rotation.",
         [("definition", "crop rotation", "a kind of farming")]),
    ],
    "definition.when_clause": [
        ("When neighbours settle a quarrel through a trusted third person—that is, someone both sides accept—they are mediating.",
         [("definition", "mediating", "when neighbours settle a quarrel through a trusted third person")]),
    ],
    "definition.acronym": [
        ("Trade grew within the European Free Trade Association (EFTA) after the treaty.",
         [("definition", "EFTA", "European Free Trade Association")]),
    ],
    "definition.also_known_as": [
        # Review finding (issue 12): the gloss was cut as "the Calvin cycle, also".
        ("The Calvin cycle, also known as the light-independent reactions, builds sugars from carbon dioxide.",
         [("definition", "light-independent reactions", "the Calvin cycle")]),
        ("Laws begin in the lower chamber of the parliament, also known as the House of Commons, before they reach the upper chamber.",
         [("definition", "House of Commons", "the lower chamber of the parliament")]),
    ],
}


def _facts(nlp, sentence: str):
    """What the engine gives for a one-sentence paragraph, and the rules that fired on it."""
    doc = nlp(sentence)
    sentences = list(doc.sents)
    fired = {f.rule for context in contexts(sentences, pages=[None] * len(sentences))
             for f in extract_sentence_facts(context, ORIGIN)}
    paragraph = Paragraph(index=0, text=sentence, section=("A Section",))
    document = Document(title="Test Chapter", source="chapter.md", sha256="", format="text",
                        sections=(), paragraphs=(paragraph,))
    return extract([ParsedParagraph(paragraph, nlp(sentence))], document), fired


@pytest.mark.parametrize("rule", DEFINITION_RULES, ids=lambda rule: rule.id)
def test_every_rule_gives_the_facts_of_its_rows(nlp, rule: Rule):
    rows = ROWS.get(rule.id)
    assert rows, f"{rule.id} has no test row: add (sentence, expected facts) to ROWS"
    for sentence, expected in rows:
        facts, fired = _facts(nlp, sentence)
        assert rule.id in fired, sentence
        assert [(f.kind, f.term, f.definition) for f in facts] == expected, sentence
        mine = [f for f in facts if f.rule == rule.id]
        assert all(f.asking == rule.asking for f in mine)


def test_rows_name_only_registered_rules():
    assert set(ROWS) <= {rule.id for rule in DEFINITION_RULES}


def test_a_rule_known_under_another_name_is_asked_one_way_and_never_ends_on_also(nlp):
    facts, _ = _facts(nlp, ROWS["definition.also_known_as"][0][0])
    assert [f.asking for f in facts] == [Asking(forward_only=True)]
    assert not any(f.definition.endswith("also") for f in facts)


@pytest.mark.parametrize(
    ("rules", "handlers", "message"),
    [
        ((Rule(id="definition.x", pattern=[{"RIGHT_ID": "term", "RIGHT_ATTRS": {"POS": "NOUN"}}]),), {},
         "neither"),
        ((Rule(id="definition.x", pattern=[{"RIGHT_ID": "term", "RIGHT_ATTRS": {"POS": "NOUN"}}],
               term="phrase", gloss="phrase"),), {}, "'definition' node"),
        ((Rule(id="definition.x", pattern=[{"RIGHT_ID": "cue", "RIGHT_ATTRS": {"POS": "NOUN"}}]),),
         {"definition.x": print}, "include 'term'"),
        ((Rule(id="definition.x", matcher="token", pattern=[{"ORTH": ","}]),
          Rule(id="definition.x", matcher="token", pattern=[{"ORTH": ";"}])), {"definition.x": print}, "unique"),
        ((), {"definition.gone": print}, "a handler without a rule"),
        ((Rule(id="definition.x", matcher="token", pattern=[{"ORTH": ","}], yields_to=("definition.y",)),),
         {"definition.x": print}, "unknown rule"),
    ],
    ids=["no cut, no handler", "gloss cut without its node", "no term node", "duplicate id",
         "orphan handler", "yields to nothing"],
)
def test_bad_rules_fail_loudly_at_load(rules, handlers, message):
    with pytest.raises(AnalysisError, match=message):
        validate("definition", rules, handlers)


def test_the_registered_rules_load():
    validate("definition", DEFINITION_RULES, HANDLERS)
