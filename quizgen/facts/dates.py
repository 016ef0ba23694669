"""Dated events: "In 2008, trade reached $20 billion", "on 4 February 2009",
"from about 1200 to about 400 BCE".

>>> [(f.answer, f.attr("year")) for f in extract_dates(ctx, origin)]   # doctest: +SKIP
[('2008', '2008')]
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from quizgen.facts.base import Origin, anchored, clause_anchor, in_brackets, make_fact, trim_punct
from quizgen.facts.context import SentenceContext
from quizgen.facts.engine import freeze, run_tokens
from quizgen.facts.wh import covers_phrase, declarative, wh_question
from quizgen.models import Fact
from quizgen.rules.dates import ERA_PATTERNS, IDEA_VERBS, PRESENTING_VERBS, SUBORDINATE_DEPS

if TYPE_CHECKING:
    from spacy.tokens import Span

#: Words a date expression may hold; anything else means the entity is not a plain date.
_DATE_WORDS = re.compile(
    r"^(?:\d{1,4}(?:s|st|nd|rd|th)?|january|february|march|april|may|june|july|august|september|"
    r"october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|bce|bc|ce|ad|"
    r"about|around|circa|ca\.|c\.|early|late|mid|the|from|to|between|and|until|century|centuries|,|-|–)$",
    re.IGNORECASE,
)
_YEAR = re.compile(r"\b(\d{3,4})s?\b(?:\s*(BCE|BC|CE|AD))?")
_ERA = re.compile(r"\b(BCE|BC)\b")


def year_of(text: str) -> int | None:
    """The first year a date expression names; negative for BCE.

    >>> year_of("from about 1200 to about 400 BCE")
    -1200
    """
    match = _YEAR.search(text)
    if not match:
        return None
    year = int(match.group(1))
    return -year if _ERA.search(text) else year


_ERA_TABLE = freeze(ERA_PATTERNS)


def date_spans(sent: Span) -> list[Span]:
    """DATE entities, plus era dates the recogniser missed ("from about 1200 to about 400 BCE")."""
    spans = [e for e in sent.ents if e.label_ == "DATE"]
    matches = sorted(run_tokens(sent, "date", _ERA_TABLE), key=lambda m: (m[1], -m[2]))
    taken: set[int] = set()
    for _rule, start, end in matches:
        if taken & set(range(start, end)):
            continue
        taken.update(range(start, end))
        spans = [s for s in spans if s.end <= start or s.start >= end]
        spans.append(sent.doc[start:end])
    return sorted(spans, key=lambda s: s.start)


_GIVES_A_REASON = re.compile(r"\b(?:due (?:in (?:large )?part )?to|because|owing to|thanks to)\b", re.IGNORECASE)


def states_an_idea(sent: Span) -> bool:
    """True when the sentence's point is an idea and its date a side detail: "In the
    1700s, Hume reasoned that government ...", "Environmentalism gained prominence in
    the 1970s due to concerns about ...". Two independent reviews rejected 23 of 25
    such date questions: the stem hands over the idea and asks for the year."""
    root = sent.root
    if root.lemma_.lower() in IDEA_VERBS:
        return True
    if any(c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ in ("that", "whether") for m in c.children)
           for c in root.children):
        return True  # "... claims that he won", not "made text bold"
    return _GIVES_A_REASON.search(sent.text) is not None


def in_side_clause(answer: Span) -> bool:
    """True when the date hangs in a clause below the main one: "Mao, who served ...
    until his death in 1976, developed ...", "Before Mao died in 1976, he declared ..."."""
    token = answer.root
    while token.head != token:
        if token.dep_ in SUBORDINATE_DEPS:
            return True
        token = token.head
    return False


_PAIRED_AFTER = re.compile(r"^\s*(?:and|or|,)\s+(?:in\s+)?\d{4}\b")
_PAIRED_BEFORE = re.compile(r"\b\d{4}\s*(?:,|and|or)\s*(?:in\s+)?$")


def paired_year(answer: Span) -> bool:
    """True for one year of a pair: "In 2011 and 2012, the Arab Spring emerged ...";
    "In _____ and 2012" asks half of a date."""
    doc = answer.doc
    after = doc[answer.end : min(answer.end + 3, len(doc))].text
    before = doc[max(answer.start - 3, 0) : answer.start].text
    return bool(_PAIRED_AFTER.match(after) or _PAIRED_BEFORE.search(before))


def introduces_unnamed(sent: Span) -> bool:
    """True when the sentence brings on something it does not name: "In the 1960s,
    a new form of liberalism emerged in Western countries." (Which form?)"""
    root = sent.root
    if root.lemma_.lower() not in PRESENTING_VERBS:
        return False
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and subject.pos_ == "NOUN" and any(
        c.dep_ == "det" and c.lower_ in ("a", "an", "some") for c in subject.children
    )


def extract_dates(context: SentenceContext, origin: Origin) -> Iterator[Fact]:
    """One fact per date that names a year (relative dates like "that year" are skipped),
    in a sentence that tells of an event: "In 2019 Venezuela was a country in crisis"
    sets a scene, and its year is not worth asking."""
    sent = context.sent
    if sent.root.lemma_ == "be" and not any(c.dep_ == "acomp" or c.tag_ == "VBN" for c in sent.root.children):
        return
    if introduces_unnamed(sent) or states_an_idea(sent):
        return
    for ordinal, entity in enumerate(date_spans(sent)):
        answer = trim_punct(entity)
        if answer and answer[0].lower_ == "the" and not answer.text.endswith("s"):
            answer = answer[1:]
        year = year_of(answer.text)
        if year is None or not answer or not all(_DATE_WORDS.match(t.text) for t in answer):
            continue
        if in_brackets(answer) or not anchored(context, answer) or in_side_clause(answer) or paired_year(answer):
            continue  # "Walden (1854)", "Since 2019, unemployment rates ...": no question
        event = declarative(context, answer) if covers_phrase(answer) else None
        wh = wh_question(context, answer, "DATE")
        fact = make_fact(
            context, origin, kind="date", rule="date.entity", answer=answer, label="DATE",
            identity=(*clause_anchor(sent, answer), str(ordinal)),
            attrs={"year": str(year), "event": event or "", "wh": wh or ""},
        )
        if fact is not None:
            yield fact
