"""The families and context rules that let the seed passage stand on its own, one row
per rule on sentences of several subjects; and the seed passage's yield across its
two editions (clean text and the text extracted from the printed book)."""

from __future__ import annotations

import pytest
from conftest import shared_path

from quizgen.facts import Origin, extract_sentence_facts
from quizgen.facts.context import contexts, country_of
from quizgen.questions.openers import without_repeated_opener
from quizgen.questions.worth import leans_on_context

ORIGIN = Origin(file="chapter.md", chapter="Test Chapter", section="A Section")
NEW_KINDS = ("place", "comparison", "role")


def facts_of(nlp, text: str):
    """The facts of the last sentence of a paragraph."""
    sentences = list(nlp(text).sents)
    context = contexts(sentences, pages=[None] * len(sentences))[-1]
    return list(extract_sentence_facts(context, ORIGIN))


#: (rule, paragraph, [(kind, answer, wh-question or "") for every fact of the kinds
#: the row is about]). Each row's kinds: its own family and any the rule feeds.
ROWS = [
    # place.event: where an event happened, asked as "Where ...?"
    ("place.event", "The first modern Olympic Games were held in Athens in 1896.",
     ("place",), [("place", "Athens", "Where were the first modern Olympic Games held in 1896?")]),
    # a birthplace is a biography's detail, not the event a teacher asks about
    ("place.event", "Charles Darwin was born in Shrewsbury, England, in 1809.", ("place",), []),
    # an office held, not an event: no "Where ...?"
    ("place.event", "In China, no one outside the Communist Party may hold high office.", ("place",), []),
    # comparison.outdoing: the named thing a verb of outdoing puts first
    ("comparison.outdoing",
     "Brazil's coffee exports to the United States exceed its exports to all the other American countries combined.",
     ("comparison",), [("comparison", "United States", "")]),
    ("comparison.outdoing", "Steel output in Germany surpassed that of Britain by 1900.",
     ("comparison",), [("comparison", "Germany", "")]),
    # role.key_role: what plays a key role in something
    ("role.key_role", "The hypothalamus plays a key role in regulating body temperature.",
     ("role",), [("role", "The hypothalamus", "What plays a key role in regulating body temperature?")]),
    ("role.key_role", "Mitochondria play a central role in producing the energy of a cell.",
     ("role",), [("role", "Mitochondria", "What plays a central role in producing the energy of a cell?")]),
    # role.key_role, the foundation form: what something rests on
    ("role.key_role", "Agriculture was the foundation of the Egyptian economy.",
     ("role",), [("role", "Agriculture", "What was the foundation of the Egyptian economy?")]),
    # context.noting_opener: "It should be noted that" only asks the reader to note
    ("context.noting_opener", "It should also be noted that the family is the basis of social life in most societies.",
     ("role",), [("role", "The family", "What is the basis of social life in most societies?")]),
    # a named person is the people family's; a pronoun later would lose its antecedent
    ("role.key_role", "Martin Luther King Jr. played a leading role in the Montgomery bus boycott.", ("role",), []),
    ("role.key_role", "Hormones play a critical role in growth because of the responses they trigger.", ("role",), []),
    # quantity.money: a sum written as one token, the object of the main verb
    ("quantity.money", "In 2015, Samsung's revenue from phones reached $45bn.",
     ("quantity",), [("quantity", "$45bn", "In 2015, how much did Samsung's revenue from phones reach?")]),
    # ... but not beside a second sum, nor as the subject
    ("quantity.money", "Tuition at Harvard rose to $52,000, while Ohio State charged $11,000.", ("quantity",), []),
    # context.two_parties: "bilateral" named from the sentence before
    ("context.two_parties",
     "Canada and Mexico signed a new trade agreement in 2018. In 2020, bilateral trade reached $30bn.",
     ("quantity",), [("quantity", "$30bn", "In 2020, how much did trade between Canada and Mexico reach?")]),
    ("context.two_parties",
     "Franco-German relations improved after the Elysee Treaty. In 1970, bilateral talks were held in Bonn.",
     ("place",), [("place", "Bonn", "In 1970, where were Franco-German talks held?")]),
    # quotation.speech_verb: a speaker named by the sentence before ("He argued ...")
    ("quotation.speech_verb",
     "Jawaharlal Nehru led India for seventeen years. He insisted that India would follow "
     "\u201ca path of its own between the two blocs of the Cold War.\u201d",
     ("quotation",), [("quotation", "Jawaharlal Nehru", "")]),
    # context.relative_that: "that" on the main clause's own noun is bound
    ("context.relative_that", "There are over 100 species of lemurs that live only in Madagascar.",
     ("quantity",), [("quantity", "100", "How many species are there of lemurs that live only in Madagascar?")]),
]


@pytest.mark.parametrize(("rule", "text", "kinds", "expected"), ROWS, ids=[f"{r[0]}-{i}" for i, r in enumerate(ROWS)])
def test_rule_rows(nlp, rule, text, kinds, expected):
    found = [(f.kind, f.answer, f.attr("wh")) for f in facts_of(nlp, text) if f.kind in kinds]
    assert found == expected


def test_every_new_family_has_rows():
    rules = {row[0] for row in ROWS}
    assert {"place.event", "comparison.outdoing", "role.key_role", "quantity.money",
            "context.two_parties", "context.relative_that", "quotation.speech_verb", "context.noting_opener"} <= rules


def test_three_parties_name_no_pair(nlp):
    text = ("France, Italy and Spain signed the accord in 1957. In 1960, bilateral trade reached $4bn.")
    sentences = list(nlp(text).sents)
    assert "bilateral trade" in contexts(sentences, pages=[None] * len(sentences))[-1].statement


@pytest.mark.parametrize(("text", "leans"), [
    ("Japan's trade with _____ exceeds its trade with all the other Asian countries combined.", False),
    ("All the other members voted against the bill.", True),
    ("The other party won the election.", True),
])
def test_all_the_other_combined_names_its_side(text, leans):
    assert leans_on_context(text) is leans


@pytest.mark.parametrize(("prompt", "expected"), [
    ("In 2008, how much did trade reach in 2008?", "How much did trade reach in 2008?"),
    ("In 2009, where were the talks held on 4 February?", "In 2009, where were the talks held on 4 February?"),
])
def test_repeated_opener_said_once(prompt, expected):
    assert without_repeated_opener(prompt) == expected


def test_seed_passage_same_facts_in_both_editions():
    seeds = sorted(shared_path("seeds").glob("*.txt"))
    if len(seeds) < 2:
        pytest.skip("the seed passage's two editions are not here")
    from quizgen.pipeline import generate

    clean, printed = ({q.fact.id for q in generate(path)} for path in seeds[:2])
    assert len(clean) >= SEED_FACTS
    assert clean <= printed


#: Distinct facts the clean seed passage gives today (the target is 10: see issue 12).
#: "over 1,600 enterprises" is asked, with its bound: "There are ..." exists to give the count.
SEED_FACTS = 10


@pytest.mark.parametrize(("adjective", "places", "country"), [
    ("Kazakh", ["Kazakhstan", "Kazakhs", "the Russian Federation"], "Kazakhstan"),
    ("Russian", ["Kazakhstan", "the Russian Federation", "Russia"], "Russia"),
    ("Israeli", ["Israel", "Jordan"], "Israel"),
    ("Franco", ["France", "Germany"], None),
])
def test_country_of_a_name_adjective(adjective, places, country):
    assert country_of(adjective, places) == country


def test_the_two_countries_named_from_the_pair_before(nlp):
    text = ("Indian-Pakistani relations have been tense since 1947. "
            "Talks between the two countries resumed in 2004.")
    sentences = list(nlp(text).sents)
    context = contexts(sentences, pages=[None] * len(sentences), places=["India", "Pakistan"])[-1]
    assert context.statement == "Talks between India and Pakistan resumed in 2004."
    assert not context.dangling


def test_a_name_put_back_for_the_act_keeps_the_full_stop_after_it(nlp):
    from quizgen.pipeline import ask

    text = ("The Federal Reserve Act was signed in December 1913. "
            "By 1914, twelve regional banks had opened under the act.")
    prompts = [q.prompt for q in ask(text) if "twelve regional banks" in q.prompt and q.type == "cloze"]
    assert prompts and all(p.endswith("under the Federal Reserve Act.") for p in prompts), prompts


def test_a_blank_whose_sentence_gives_the_word_origin_is_not_asked(nlp):
    from quizgen.pipeline import ask

    text = "Botany (from the Greek botane, which means “plant”) is the scientific study of plants."
    assert not [q for q in ask(text) if q.type == "cloze" and q.answer.lower() == "botany"]


def test_a_list_item_with_no_main_verb_gives_no_blank(nlp):
    from quizgen.pipeline import ask

    fragment = ask("**Latent publics**, which are not yet aware of an issue that affects them.")
    assert not [q for q in fragment if q.type == "cloze"]
