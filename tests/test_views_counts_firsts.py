"""A stated view of an office-holder, a count a sentence exists to give, and where
someone's first journey went: three facts a teacher asks of a political history text."""

from __future__ import annotations

import pytest

from quizgen.facts import Origin, extract_sentence_facts
from quizgen.facts.context import contexts
from quizgen.facts.wh import main_clause
from quizgen.questions.wh import make_short_answer
from quizgen.questions.worth import why_not_asked

ORIGIN = Origin(file="chapter.md", chapter="Test Chapter", section="A Section")


def facts_of(nlp, text: str, kind: str):
    doc = nlp(text)
    sentences = list(doc.sents)
    context = contexts(sentences, pages=[None] * len(sentences))[-1]
    return [f for f in extract_sentence_facts(context, ORIGIN) if f.kind == kind]


@pytest.mark.parametrize(("sentence", "question"), [
    ("Prime Minister Jacinda Ardern believes that small nations can lead on climate policy.",
     "Who believes that small nations can lead on climate policy?"),
    # the title heads the subject and the name stands beside it: "who" takes both
    ("The Chancellor of Germany Angela Merkel believes that open trade keeps Europe at peace.",
     "Who believes that open trade keeps Europe at peace?"),
])
def test_an_office_holders_view_is_asked_without_the_title(nlp, sentence, question):
    people = facts_of(nlp, sentence, "person")
    assert [f.attr("wh") for f in people] == [question]
    assert why_not_asked(people[0]) == ""


def test_a_view_is_the_same_fact_whichever_way_the_title_is_written(nlp):
    long = facts_of(nlp, "The Chancellor of Germany Angela Merkel believes that open trade keeps Europe at peace.", "person")
    short = facts_of(nlp, "German Chancellor Angela Merkel believes that open trade keeps Europe at peace.", "person")
    assert long and [f.id for f in long] == [f.id for f in short]


@pytest.mark.parametrize("sentence", [
    "Prime Minister Jacinda Ardern leads a coalition of three parties.",  # what she does now: dates
    "President Maria Lopez claims that Governor Tom Reed lost the vote.",  # the view names another office
])
def test_an_office_holder_in_the_present_is_still_not_asked_otherwise(nlp, sentence):
    assert facts_of(nlp, sentence, "person") == []


def test_a_count_the_sentence_exists_to_give_is_asked_with_its_bound(nlp):
    counts = facts_of(nlp, "There are over 3,000 lakes that feed the Volga in Russia.", "quantity")
    assert [(f.answer, f.attr("existential")) for f in counts] == [("3,000", "1")]
    assert why_not_asked(counts[0]) == ""
    question = make_short_answer(counts[0])
    assert question is not None
    assert question.prompt == "How many lakes are there that feed the Volga in Russia?"
    assert question.answer == "over 3,000"  # a bound, never asked as if exact


@pytest.mark.parametrize("sentence", [
    "In Vienna, Freud identified 16 stages of dreaming.",  # said in passing
    "In 1950, there were 412,600 registered voters in the city of Leeds.",  # a statistic of one year
    "There are 5,120 licensed taxis in Dublin (Byrne, 2004).",  # of one study
    "There were over 900 monasteries in England before the Reformation.",  # the past: a count of then
])
def test_a_count_said_in_passing_dated_or_cited_is_still_not_asked(nlp, sentence):
    counts = facts_of(nlp, sentence, "quantity")
    assert not any(f.attr("existential") for f in counts)
    assert all(why_not_asked(f) == "a count of things, not a measurement" for f in counts)


@pytest.mark.parametrize(("sentence", "answer", "question"), [
    ("Nelson Mandela's first foreign trip as president of South Africa was to Namibia.", "Namibia",
     "Which country was the destination of Nelson Mandela's first foreign trip as president of South Africa?"),
    ("Angela Merkel's first official visit was to France in 2005.", "France",
     "Which country was the destination of Angela Merkel's first official visit?"),
    # "his" looks ahead to the name in its own phrase
    ("Observers noted the fact that his first foreign trip as president of France Emmanuel Macron was to Germany.",
     "Germany",
     "Which country was the destination of Emmanuel Macron’s first foreign trip as president of France?"),
])
def test_where_a_first_journey_went(nlp, sentence, answer, question):
    places = facts_of(nlp, sentence, "place")
    assert [(f.rule, f.answer, f.attr("wh")) for f in places] == [("place.first_journey", answer, question)]
    assert why_not_asked(places[0]) == ""


@pytest.mark.parametrize("sentence", [
    "Her first trip abroad was to Paris.",  # whose, the sentence does not say
    "The first trip of the new envoy was to Paris.",  # nobody named
    "Nelson Mandela's second trip as president was to Namibia.",  # not a first
])
def test_no_first_journey_without_a_named_traveller_or_a_first(nlp, sentence):
    assert [f for f in facts_of(nlp, sentence, "place") if f.rule == "place.first_journey"] == []


def test_a_dash_glued_to_a_word_closes_the_aside(nlp):
    """The tokenizer keeps "nature”—then" as one word; the clause after the aside stays."""
    doc = nlp("Hobbes argued that if governments vanished—that is, if people lived in a “state of nature”—then "
              "life would be short.")
    words = " ".join(t.text for t in main_clause(next(doc.sents)))
    assert words == "Hobbes argued that if governments vanished life would be short"
