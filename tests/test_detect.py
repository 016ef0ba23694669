"""Defining forms: one row per form (a sentence, its term and its gloss), and DEFT's dev split.

The sentences are our own, written the way textbooks of several subjects read.
"""

from __future__ import annotations

import json

import pytest
from conftest import shared_path

from quizgen.facts.detect import (
    CUTTERS,
    FORMS,
    MARKED_CUTTERS,
    QUIZ_CONFIDENCE,
    DefiningMatch,
    find_definitions,
    is_definition,
)
from quizgen.rules.defining_forms import BOLD_ONLY_FORMS, DEFINING_FORMS, DETECTION_ONLY_FORMS

#: (form, text, term, gloss); a text of two sentences is read as the second after the first.
ROWS: list[tuple[str, str, str, str]] = [
    ("defining.copular", "A watershed is an area of land that drains into a single river or lake.",
     "A watershed", "an area of land that drains into a single river or lake"),
    ("defining.copular", "Opportunity cost is the value of the next best alternative that is given up.",
     "Opportunity cost", "the value of the next best alternative that is given up"),
    ("defining.called", "The bending of light as it passes from one material into another is called refraction.",
     "refraction", "The bending of light as it passes from one material into another"),
    ("defining.called", "Plants lose water through tiny pores, called stomata, on the undersides of their leaves.",
     "stomata", "tiny pores"),
    ("defining.known_as", "A government run by a small group of wealthy families is known as an oligarchy.",
     "an oligarchy", "A government run by a small group of wealthy families"),
    ("defining.referred_to_as", "Learning that happens without any reward is sometimes referred to as latent learning.",
     "latent learning", "Learning that happens without any reward"),
    ("defining.two_sentence",
     "Over many generations, a population may split into groups that can no longer interbreed. "
     "This process is called speciation.",
     "speciation", "Over many generations, a population may split into groups that can no longer interbreed"),
    ("defining.refers_to", "Socialization refers to the lifelong process by which people learn the norms of their society.",
     "Socialization", "the lifelong process by which people learn the norms of their society"),
    ("defining.means", "Federalism means that power is divided between a national government and regional governments.",
     "Federalism", "that power is divided between a national government and regional governments"),
    ("defining.defined_as", "Work is defined as the force on an object multiplied by the distance it moves.",
     "Work", "the force on an object multiplied by the distance it moves"),
    ("defining.defined_as", "Economists define a public good as a good that no one can be kept from using.",
     "a public good", "a good that no one can be kept from using"),
    ("defining.describes", "The term habituation describes a drop in response to a stimulus that is repeated often.",
     "habituation", "a drop in response to a stimulus that is repeated often"),
    ("defining.occurs_when", "Deflation occurs when the general level of prices falls over a period of time.",
     "Deflation", "the general level of prices falls over a period of time"),
    ("defining.consists_of", "The central nervous system consists of the brain and the spinal cord.",
     "The central nervous system", "the brain and the spinal cord"),
    ("defining.apposition", "Muscles in the gut push food along by peristalsis, a wave of contractions that travels down the tract.",
     "peristalsis", "a wave of contractions that travels down the tract"),
    ("defining.dash", "Each chromosome carries genes—the units of heredity passed from parents to offspring—along its length.",
     "genes", "the units of heredity passed from parents to offspring"),
    ("defining.that_is", "Prices drift toward the equilibrium price, that is, the price at which supply equals demand, over time.",
     "the equilibrium price", "the price at which supply equals demand"),
    ("defining.paren", "Whales keep warm in cold seas under a thick layer of fat beneath the skin (blubber).",
     "blubber", "a thick layer of fat beneath the skin"),
    ("defining.paren", "Each neuron has dendrites (the branches that receive signals from other cells).",
     "dendrites", "the branches that receive signals from other cells"),
    ("defining.what_x_called_y", "Voters who move between the parties form what political scientists call the swing vote.",
     "the swing vote", "Voters who move between the parties form"),
    ("defining.copular_wide", "Kinetic energy is the energy available to a body because of its motion.",
     "Kinetic energy", "the energy available to a body"),
    ("defining.copular_wide", "A habitat is an organism’s home range within which it finds food and shelter.",
     "A habitat", "an organism’s home range within which it finds food and shelter"),
    ("defining.apposition_the", "Plants lose water through transpiration, the evaporation of water from the surfaces of leaves.",
     "transpiration", "the evaporation of water from the surfaces of leaves"),
    ("defining.which_is", "Economists track the unemployment rate, which is the share of the labour force that is looking for work.",
     "the unemployment rate", "the share of the labour force that is looking for work"),
    ("defining.which_is", "Most of the federal budget goes to entitlements, which are programs that pay benefits to anyone who meets the rules.",
     "entitlements", "programs that pay benefits to anyone who meets the rules"),
    ("defining.which_refers", "Voters often show party identification, which refers to a lasting attachment to one political party.",
     "party identification", "a lasting attachment to one political party"),
    ("defining.states_that", "The law of demand states that buyers purchase less of a good as its price rises.",
     "The law of demand", "buyers purchase less of a good as its price rises"),
    ("defining.states_that", "The principle of parsimony holds that the simplest explanation that fits the facts should be preferred.",
     "The principle of parsimony", "the simplest explanation that fits the facts should be preferred"),
    ("defining.involves", "Photosynthesis involves the capture of light energy to build sugars from carbon dioxide.",
     "Photosynthesis", "the capture of light energy to build sugars from carbon dioxide"),
    ("defining.colon", "The cytoplasm is crowded with organelles: small structures that each do one job inside the cell.",
     "organelles", "small structures that each do one job inside the cell"),
    ("defining.word_origin", "Many insects pass through a pupa (Latin for “doll”) before they reach their adult form.",
     "a pupa", "Latin for “doll”"),
    ("defining.word_origin", "Early astronomers named the bright band across the night sky the galaxy (“milky circle”) long before telescopes.",
     "the galaxy", "“milky circle”"),
    # "This/These N ... is called X", where the noun phrase says on its own what X is
    ("defining.called_this", "Some bones of the skull grow together over time. This fusion between neighbouring bones is called a synostosis.",
     "a synostosis", "fusion between neighbouring bones"),
    ("defining.called_this", "The skull of a newborn is not yet closed. These soft areas of membrane between the bones are called fontanelles.",
     "fontanelles", "soft areas of membrane between the bones"),
    ("defining.is_where", "A tide pool is where sea water stays behind in the rocks when the tide goes out.",
     "A tide pool", "sea water stays behind in the rocks when the tide goes out"),
    # a marked form: the bold words are the term, whatever the parser makes of the sentence's end
    ("defining.marked_apposition", "The hip socket is deepened by the **acetabular rim**, a ring of fibrocartilage attached to its edge.",
     "acetabular rim", "a ring of fibrocartilage attached to its edge"),
    ("defining.marked_apposition", "**Cytoplasm**, the jelly-like fluid inside the cell membrane, holds the organelles in place.",
     "Cytoplasm", "the jelly-like fluid inside the cell membrane"),
    ("defining.marked_apposition", "Many firms hire a **contract lobbyist**, individuals who work for agencies that represent several clients.",
     "contract lobbyist", "individuals who work for agencies that represent several clients"),
    # the bold term with its short form in brackets: the mark ends on ")"
    ("defining.marked_apposition",
     "Vertebrates are shielded from many toxins by the **blood-brain barrier (BBB)**, a layer of tightly joined cells around the vessels of the brain.",
     "blood-brain barrier", "a layer of tightly joined cells around the vessels of the brain"),
    # "**X**, or Y": the noun phrase after "or", to the clause's end
    ("defining.marked_or", "Fish that live in cold water need **thermal tolerance**, or the ability to keep working as the water cools.",
     "thermal tolerance", "the ability to keep working as the water cools"),
    # without the comma, only a gloss whose noun has words after it that set it apart
    ("defining.marked_or", "Many deep-sea fish hunt with the help of **bioluminescence** or the production of light by living things.",
     "bioluminescence", "the production of light by living things"),
    # a line of a list of terms: the bold term, its colon, and a noun phrase
    ("defining.marked_colon", "**Hyperbole:** deliberate exaggeration used for effect.",
     "Hyperbole", "deliberate exaggeration used for effect"),
    ("defining.marked_colon", "**Irony:** a contrast between what a reader expects and what actually happens in a story.",
     "Irony", "a contrast between what a reader expects and what actually happens in a story"),
    # "Any N that ... is defined as X": the description first, the name last
    ("defining.defined_as_named", "Any substance that speeds up a reaction without being used up is defined as a catalyst.",
     "a catalyst", "Any substance that speeds up a reaction without being used up"),
    ("defining.defined_as_named", "Any signal that disturbs the balance of the body is defined as a **stressor**.",
     "a stressor", "Any signal that disturbs the balance of the body"),
]

#: Sentences in a defining shape that define nothing: a name, an example, a list, a ranking.
NEGATIVE_ROWS: list[str] = [
    "This is an example of how a market adjusts after a shock.",
    "The report was written by Max Weber, an early German sociologist, in 1905.",
    "The largest source of federal revenue is the personal income tax.",
    "Mercury and Venus are the two planets that lie closest to the Sun.",
    "Senator Smith (left) and Senator Jones (right) met the press on Monday.",
    "In 1912 the former president founded a new party, known as the Progressive Party.",
    "Three kinds of rock are found here: granite, a coarse igneous rock, basalt, and slate.",
    # "called" as a verb of doing, not of naming
    "The governor called up the National Guard after the flood.",
    "The city is often called upon to host the summit.",
    # "which is" commenting on a thing, "states" of a person, a bracket quoting speech, a title
    "Prices rose sharply in the spring, which is a problem for families on fixed incomes.",
    # "consists of" counting parts: an anatomy, not a definition
    "The human heart consists of four chambers.",
    "The senator states that she will vote against the bill.",
    "Some students blame the test for a poor grade (“The questions were unfair”).",
    "Rivers: A Natural History of the Great Lakes Basin.",
    # a bold term in a list shares its apposition; a bold word glossed by a bare kind
    "Many moral theories stress **compassion** and **empathy**, the ability to share the feelings of others.",
    "The thyroid gland secretes **calcitonin**, a hormone.",
    # the apposition of a name, and an apposition without bold
    "The theory was set out by **Karl Marx**, a German philosopher who lived in London.",
    "The hip socket is deepened by the acetabular rim, a ring of fibrocartilage attached to its edge.",
    # "or" between two bold names, one of a list, a quoted second name
    "Some runners feel **positive stress** or **eustress** before a race.",
    "Patients often report pain, **nausea**, or dizziness after the treatment.",
    "The cell bodies lie in the **locus coeruleus**, or ‘blue spot’, a structure in the brainstem.",
    # a bold term and its colon before a sentence, a participle or many things for one
    "**Type I error**: This results when a true null hypothesis is rejected.",
    "**Spatial structure:** used in profiles of buildings and public spaces.",
    "**Location:** places relevant to the profile subject.",
]


def _marks(text: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """The text without its ``**bold**`` marks, and where the marked words are."""
    plain, marks = "", []
    for i, part in enumerate(text.split("**")):
        if i % 2:
            marks.append((len(plain), len(plain) + len(part)))
        plain += part
    return plain, tuple(marks)


def _sentences(nlp, text: str):
    sents = list(nlp(_marks(text)[0]).sents)
    return sents[-1], (sents[-2] if len(sents) > 1 else None)


@pytest.mark.parametrize(("form", "text", "term", "gloss"), ROWS, ids=[f"{r[0]}:{r[2]}" for r in ROWS])
def test_form_row(nlp, form: str, text: str, term: str, gloss: str) -> None:
    sent, previous = _sentences(nlp, text)
    marks = _marks(text)[1]
    matches = list(find_definitions(sent, previous, marks))
    assert [(m.form, m.term_text, m.gloss_text) for m in matches] == [(form, term, gloss)]
    match = matches[0]
    assert sent.doc.text[match.term[0] : match.term[1]] == term
    gloss_doc = previous.doc if match.gloss_before and previous is not None else sent.doc
    assert gloss_doc.text[match.gloss[0] : match.gloss[1]] == gloss
    assert match.gloss_before == (form == "defining.two_sentence")
    assert match.confidence == FORMS[form]["confidence"]
    # a marked form holds only where the book sets the term in bold: never in plain text
    assert is_definition(sent, previous) is not bool(FORMS[form].get("marked"))


@pytest.mark.parametrize(
    "text",
    [
        "Water moves across the membrane. This process is called osmosis.",
        "Some thinkers ground morality in character. This approach to morality is called virtue ethics.",
        "Cells shrink in salty water. This added loss is called plasmolysis.",
    ],
)
def test_a_bare_kind_that_points_back_takes_its_gloss_from_the_sentence_before(nlp, text: str) -> None:
    """"This process is called X": the noun phrase alone says too little to be X's gloss."""
    sent, previous = _sentences(nlp, text)
    assert [(m.form, m.gloss_before) for m in find_definitions(sent, previous)] == [("defining.two_sentence", True)]


@pytest.mark.parametrize("text", NEGATIVE_ROWS)
def test_not_a_definition(nlp, text: str) -> None:
    sent, previous = _sentences(nlp, text)
    assert list(find_definitions(sent, previous, _marks(text)[1])) == []


def test_every_form_has_a_row() -> None:
    assert {row["id"] for row in DEFINING_FORMS} == {row[0] for row in ROWS}


def test_every_form_is_complete_and_its_example_is_found(nlp) -> None:
    for row in DEFINING_FORMS:
        assert row["id"].startswith("defining.") and row["cut"] in (MARKED_CUTTERS if row.get("marked") else CUTTERS)
        assert 0.0 < row["confidence"] <= 1.0 or row.get("marked") and row["confidence"] == 0.0
        sent, previous = _sentences(nlp, row["example"])
        assert ("**" in row["example"]) is bool(row.get("marked")), row["id"]
        found = find_definitions(sent, previous, _marks(row["example"])[1])
        assert [m.form for m in found] == [row["id"]], row["example"]


def test_match_is_plain_data(nlp) -> None:
    sent, _ = _sentences(nlp, ROWS[0][1])
    match = next(find_definitions(sent))
    assert isinstance(match, DefiningMatch)
    assert all(isinstance(v, (str, int, float, bool, tuple)) for v in (
        match.form, match.term, match.gloss, match.term_text, match.gloss_text, match.confidence))


def test_quiz_confidence_keeps_only_precise_forms(nlp) -> None:
    sent, _ = _sentences(nlp, "Plants lose water through tiny pores, called stomata, on their leaves.")
    assert is_definition(sent)
    assert FORMS["defining.called"]["confidence"] < QUIZ_CONFIDENCE
    assert not is_definition(sent, min_confidence=QUIZ_CONFIDENCE)


def test_detection_only_forms_are_never_asked(nlp) -> None:
    """A form below the 0.90 bar counts as a definition but is kept out of the questions."""

    assert DETECTION_ONLY_FORMS <= set(FORMS)
    assert not DETECTION_ONLY_FORMS & BOLD_ONLY_FORMS
    assert all(FORMS[form]["confidence"] < 0.90 for form in DETECTION_ONLY_FORMS)
    sent, _ = _sentences(nlp, "Voters often show party identification, which refers to a lasting attachment to one party.")
    assert is_definition(sent)
    assert [m.form for m in find_definitions(sent)] == ["defining.which_refers"]


def _score(predicted: list[bool], labels: list[bool]) -> tuple[float, float, float]:
    tp = sum(p and gold for p, gold in zip(predicted, labels, strict=True))
    fp = sum(p and not gold for p, gold in zip(predicted, labels, strict=True))
    fn = sum(gold and not p for p, gold in zip(predicted, labels, strict=True))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


#: Forms never asked on their own word, whatever their confidence: DEFT has no bold.
ASKED_WITH_BOLD_ONLY = DETECTION_ONLY_FORMS | BOLD_ONLY_FORMS


def test_deft_dev(nlp) -> None:
    """DEFT's dev split, sentence by sentence (see bench/definitions.py for the full report).

    The floors are the levels reached when this was written, so that a change
    that loses precision or recall shows; the issue's target (F1 0.70 at
    precision 0.85) is not reached by these rules.
    """
    path = shared_path("definitions", "deft-dev.jsonl")
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    docs = list(nlp.pipe(r["text"] for r in records))
    labels = [bool(r["definition"]) for r in records]
    every, precise = [], []
    for i, (record, doc) in enumerate(zip(records, docs, strict=True)):
        previous = docs[i - 1][:] if i and records[i - 1]["file"] == record["file"] else None
        matches = list(find_definitions(doc[:], previous))
        every.append(bool(matches))
        precise.append(any(m.confidence >= QUIZ_CONFIDENCE and m.form not in ASKED_WITH_BOLD_ONLY for m in matches))
    p_all, _, f1_all = _score(every, labels)
    p_quiz, _, f1_quiz = _score(precise, labels)
    assert p_quiz >= 0.85 and f1_quiz >= 0.31, (p_quiz, f1_quiz)
    assert p_all >= 0.80 and f1_all >= 0.58, (p_all, f1_all)
