"""Definition keys a teacher would strike, by class (blind review r3): a gloss that
is no definition, a gloss cut short, a term that is no term, a gloss too generic to
ask backwards. Each class has rows where its rule fires and rows where it must not,
on sentences written for these tests.
"""

from __future__ import annotations

import pytest

from quizgen.pipeline import ask
from quizgen.questions.worth import is_definition_worth_asking


def _cards(sentence: str) -> dict[str, str]:
    """prompt -> answer of the term/definition cards the sentence gives."""
    return {q.prompt: q.answer for q in ask(sentence) if q.type == "term_definition"}


# --- 1. a gloss that is no definition -------------------------------------------------

NOT_DEFINITIONS = [
    ("carbon dating", "a clever use of the steady decay of carbon-14", "a remark on it"),
    ("cubism", "a movement that emerged in the early years of the twentieth century", "only when it arose"),
    ("megakaryocytes", "huge marrow cells with up to 100 lobes", "one property counted to a bound"),
    ("referred pain", "a mechanism contributing to chronic discomfort", "what it feeds into"),
    ("urban sprawl", "a sharp change from several generations ago", "a change against the past"),
    ("wave amplitude", "the size of the wave", "the term's own words"),
    ("peer pressure", "a stronger push toward agreement", "a comparison with what came before"),
    ("muon", "a previously unknown particle", "when it was found"),
    ("dependent variable", "the effect of the experiment", "which experiment?"),
    ("filtration", "the passage of any other solute through a membrane", "other than which?"),
]

DEFINITIONS = [
    ("impressionism", "a movement in painting that emerged in France in the 1870s and aimed to capture fleeting light"),
    ("osteoblasts", "bone cells that build new bone matrix"),
    ("public health", "the health of the population as a whole"),
    ("rationing", "a change from market allocation to allocation by decree"),
    ("nationalism", "a stronger form of loyalty owed to the nation above any other group or cause"),
    ("transpiration", "the loss of water vapour through the pores of a leaf"),
    ("outlaw", "a person who breaks the law"),
    ("suture", "a fibrous joint in which two skull bones are joined to each other"),
]


@pytest.mark.parametrize(("term", "gloss", "why"), NOT_DEFINITIONS)
def test_a_gloss_that_does_not_say_what_the_thing_is_is_struck(term: str, gloss: str, why: str) -> None:
    assert not is_definition_worth_asking(term, gloss), why


@pytest.mark.parametrize(("term", "gloss"), DEFINITIONS)
def test_a_gloss_that_defines_stands(term: str, gloss: str) -> None:
    assert is_definition_worth_asking(term, gloss)


# --- 2. a gloss cut short -------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "prompt", "answer"),
    [
        # the parser hangs "minus ..." apart from the subject: the gloss runs on to "is called"
        ("The sum a worker earns in a year minus the taxes withheld from it is called net income.",
         "What is meant by “net income”?", "the sum a worker earns in a year minus the taxes withheld from it"),
        # the parser loses "The process by which": the gloss takes it back
        ("The process by which rock breaks down into soil is called weathering.",
         "What is meant by “weathering”?", "the process by which rock breaks down into soil"),
        # a second relative clause after ", but" goes on defining
        ("Sanctions are penalties that do not involve armed force, but that aim to change the conduct of a state.",
         "What is meant by “sanctions”?", "penalties that do not involve armed force, but that aim to change the conduct of a state"),
        # an example in brackets inside an unfinished clause is left out, not where the gloss ends
        ("Dormancy is a period of rest in which living processes (such as growth and respiration) slow almost to a halt.",
         "What is meant by “dormancy”?", "a period of rest in which living processes slow almost to a halt"),
        # a purpose clause the parser hangs on "defined" ends the gloss, not the sentence
        ("Budgeting is defined as the planning of income and the allocation of money to meet the goals of a household.",
         "What is meant by “budgeting”?", "the planning of income and the allocation of money to meet the goals of a household"),
        # the last of a list of participles, which the parser hangs on the main verb, stays
        ("Accessibility refers to buildings that are well-lit, easy to enter, designed with wheelchair users in mind, and regularly inspected.",
         "What is meant by “accessibility”?",
         "buildings that are well-lit, easy to enter, designed with wheelchair users in mind, and regularly inspected"),
        # a second participle after ", or", hung on the main verb, is the gloss's other half
        ("A tort is a civil wrong committed against a person in breach of a duty, or suffered by a person through neglect.",
         "What is meant by “tort”?",
         "a civil wrong committed against a person in breach of a duty, or suffered by a person through neglect"),
        # a definition the book quotes whole is no translation of the word
        ("The simplest definition of a contract is “a promise that the law will enforce between two parties.”",
         "What is meant by “contract”?", "a promise that the law will enforce between two parties"),
        # the sentence's next main clause is no part of the gloss
        ("A tariff is a tax on imported goods, and quotas limit how much may enter.",
         "What is meant by “tariff”?", "a tax on imported goods"),
    ],
)
def test_a_gloss_stops_where_its_definition_stops(sentence: str, prompt: str, answer: str) -> None:
    assert _cards(sentence).get(prompt) == answer


@pytest.mark.parametrize(
    "sentence",
    [
        # one instance named, not a meaning
        "A central bank holds reserves, namely the foreign currency it keeps for emergencies.",
        # cut inside its relative clause, before the verb ("are used")
        "Mulching is a method in which layers of straw, spread over the soil of a garden bed, are used to keep moisture in.",
    ],
)
def test_a_gloss_that_cannot_be_cut_whole_gives_no_card(sentence: str) -> None:
    assert _cards(sentence) == {}


# --- 3. a term that is no term --------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "bad_term"),
    [
        ("LichensLichens are partnerships between a fungus and an alga that live on bare rock.", "LichensLichens"),
        ("Self-pollination is the transfer of pollen from the anther to the stigma of the same flower.", "-"),
        ("Self-pollination is the transfer of pollen from the anther to the stigma of the same flower.", "self"),
        ("The amphibian in is a cold-blooded animal with moist skin.", "amphibian in"),
        ("The leaf contains a specialized tissue, the palisade layer that holds most of the chloroplasts.", "specialized tissue"),
        ("After a long debate the final vote is likely a stronger expression of the majority view.", "final vote"),
    ],
)
def test_no_card_asks_for_a_garbled_or_undefined_term(sentence: str, bad_term: str) -> None:
    questions = ask(sentence)
    assert not any(q.fact.term.lower() == bad_term.lower() for q in questions)


def test_a_term_that_only_looks_doubled_is_kept() -> None:
    # "testes" is "tes" twice, as "ViroidsViroids" is "Viroids" twice: only a capital marks a heading run in
    questions = ask("Testes are a pair of male reproductive organs that produce sperm and hormones.")
    assert any(q.fact.term.lower() == "testes" for q in questions)


def test_a_hyphenated_term_is_asked_whole() -> None:
    cards = _cards("Self-pollination is the transfer of pollen from the anther to the stigma of the same flower.")
    assert "What is meant by “self-pollination”?" in cards


# --- 4. a gloss too generic to ask backwards ------------------------------------------


def test_a_generic_gloss_is_asked_from_the_term_only() -> None:
    questions = ask("The trachea is a stiff tube that serves several purposes.")
    assert [q.prompt for q in questions if q.type == "term_definition"] == ["What is meant by “trachea”?"]
    assert not [q for q in questions if q.type == "cloze"]


def test_a_gloss_with_its_own_difference_is_asked_both_ways() -> None:
    cards = _cards("A bursa is a small fluid-filled sac that cushions a joint between two bones.")
    assert cards.get("Which term means: a small fluid-filled sac that cushions a joint between two bones?") == "bursa"
