"""People with their roles ("Russian President Medvedev", "Jiang Zemin, the former
President of China") and quotations with their speaker.

>>> [(f.answer, f.attr("role")) for f in extract_people(ctx, origin)]   # doctest: +SKIP
[('Nursultan Nazarbayev', 'the first President of Kazakhstan')]
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from quizgen.facts.base import Origin, clause_anchor, in_brackets, make_fact, trim_punct
from quizgen.facts.context import SentenceContext
from quizgen.facts.wh import wh_question
from quizgen.models import Fact
from quizgen.rules.entities import (
    LABEL_SUFFIXES,
    NAME_REMARKS,
    OFFICE_TITLES,
    PLACE_WORDS,
    QUOTE_PAIRS,
    ROLE_NOUNS,
    SPEECH_VERBS,
)
from quizgen.rules.views import DESTINATION_WH, JOURNEY_NOUNS, VIEW_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def role_of(person: Span) -> str:
    """The role a sentence gives a person: an appositive, or a title before the name."""
    head = person.root
    for child in head.children:
        if child.dep_ == "appos" and child.pos_ in ("NOUN", "PROPN") and child.lemma_.lower() in ROLE_NOUNS:
            words = [t for t in child.subtree if not t.is_punct or t.text in "-’'"]
            if 2 <= len(words) <= 10:
                return person.doc[words[0].i : words[-1].i + 1].text
    doc = person.doc
    start = person.start
    while start > person.sent.start and doc[start - 1].dep_ in ("compound", "amod") and doc[start - 1].head in person:
        start -= 1
    title = doc[start : person.start]
    if title and any(t.lower_ in ROLE_NOUNS for t in title):
        return title.text
    return ""


def _whole_name(entity: Span) -> Span:
    """The name with the given names the recogniser cut off ("Kristjan Jaak Peterson")."""
    doc = entity.doc
    start = entity.start
    while (start > entity.sent.start and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound"
           and doc[start - 1].head in entity and doc[start - 1].lower_ not in ROLE_NOUNS and not doc[start - 1].ent_type_
           and not doc[start - 1].lower_.endswith(LABEL_SUFFIXES)):
        start -= 1
    return doc[start : entity.end]


def classifies(person: Span) -> bool:
    """True when the sentence only puts the person in a class ("King was a radical
    advocate for social justice", "One of the most influential philosophers was
    Rawls"): many people fit the class, so "Who was ...?" has no single answer.
    """
    root = person.sent.root
    if root.lemma_ != "be" or person.root.head != root or person.root.dep_ not in ("nsubj", "attr"):
        return False
    other = next((c for c in root.children if c.dep_ in ("nsubj", "attr") and c != person.root), None)
    if other is None:
        return False
    indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in other.children)
    one_of = other.lower_ == "one" and any(c.dep_ == "prep" and c.lower_ == "of" for c in other.children)
    return indefinite or one_of


def defined_as_a_thing(person: Span) -> bool:
    """True when the sentence defines its "person" ("Bias is commonly defined as a
    preconceived opinion ..."): people are not defined, so the recogniser took a
    capitalised word for a name."""
    head = person.root
    return head.dep_ == "nsubjpass" and head.head.lemma_ == "define"


def names_the_name(person: Span) -> bool:
    """True when a parenthesis right after the name tells what people called the
    person ("Gandhi (whose first name came to be changed ... to "Mahatma," ...)")."""
    doc = person.doc
    if person.end >= person.sent.end or doc[person.end].text != "(":
        return False
    for token in doc[person.end + 1 : person.sent.end]:
        if token.text == ")":
            return False
        if token.lower_ in NAME_REMARKS:
            return True
    return False


def holds_office_now(person: Span, role: str) -> bool:
    """True for an office-holder in a present-tense sentence ("Vice President Kamala
    Harris is a Democrat", "Former President Donald Trump claims that ... President Joe
    Biden ..."): who holds an office changes, so the question dates (review 12).
    A view the office-holder states ("President Nazarbayev believes relations enjoy
    ...") is theirs whoever holds the office now: "Who believes ...?" drops the title
    with the subject, unless the view itself names another office-holder."""
    if not role or not any(word in OFFICE_TITLES for word in role.lower().split()):
        return False
    if person.sent.root.tag_ not in ("VBZ", "VBP"):
        return False
    return not states_their_view(person)


def states_their_view(person: Span) -> bool:
    """True when the person is the subject of a verb of belief whose clause holds the
    view ("Nazarbayev believes [that] relations enjoy ...") and that clause names no
    office of its own ("... that President Joe Biden was declared the victor")."""
    root = person.sent.root
    subject = person.root.head if person.root.dep_ == "appos" else person.root  # "The President of X Nursultan Nazarbayev"
    if root.lemma_.lower() not in VIEW_VERBS or subject.head != root or subject.dep_ != "nsubj":
        return False
    view = next((c for c in root.children if c.dep_ == "ccomp"), None)
    return view is not None and not any(t.lower_ in OFFICE_TITLES for t in view.subtree)


def referred_to_as_thing(person: Span) -> bool:
    """True when the sentence goes on to call its "person" subject "its" ("Sovereign
    Kazakhstan had to build its policy towards China"): a country or a body the
    recogniser took for a person; "Who ...?" would ask for a thing."""
    if person.root.dep_ not in ("nsubj", "nsubjpass"):
        return False
    doc = person.doc
    for token in doc[person.end : person.sent.end]:
        if token.pos_ in ("NOUN", "PROPN"):
            return False  # "Jiang Zemin, the former President of China, ... its neighbours": China's
        if token.lower_ == "its" and token.dep_ == "poss":
            return True
    return False


def _with_title(person: Span) -> Span:
    """The person with the title their name is set after, when it heads the phrase
    ("The President of the Republic of Kazakhstan Nursultan Nazarbayev"): "Kazakh
    President Nursultan Nazarbayev" in another edition is the same subject."""
    head = person.root.head
    if person.root.dep_ == "appos" and head.lower_ in ROLE_NOUNS and head.i < person.start:
        return person.doc[head.left_edge.i : person.end]
    return person


def extract_people(context: SentenceContext, origin: Origin) -> Iterator[Fact]:
    """One fact per named person who has a role or is the subject of the sentence."""
    sent = context.sent
    seen: set[str] = set()
    for entity in sent.ents:
        if entity.label_ != "PERSON" or len(entity.text) < 3:
            continue
        person = trim_punct(_whole_name(entity))
        if person and person[-1].lower_ in ("'s", "’s"):
            continue  # "Locke's ideas": the person is not what the sentence is about
        if person and any(t.lower_ in PLACE_WORDS for t in person):
            continue  # "Lake Baikal": a place the recogniser took for a person
        if not person or person.text in seen or not all(t.pos_ == "PROPN" for t in person):
            continue  # the recogniser sometimes calls a capitalised noun ("Disputes") a person
        if person.text in seen:
            continue
        seen.add(person.text)
        role = role_of(person)
        if (
            classifies(person) or names_the_name(person) or holds_office_now(person, role)
            or referred_to_as_thing(person) or defined_as_a_thing(person)
        ):
            continue
        wh = wh_question(context, person, "PERSON")
        if not role and not wh:
            continue
        fact = make_fact(
            context, origin, kind="person", rule="person.role" if role else "person.subject",
            answer=person, label="PERSON", identity=(*clause_anchor(sent, _with_title(person)), str(len(seen))),
            attrs={"person": person.text, "role": role, "wh": wh or ""},
        )
        if fact is not None:
            yield fact


def _quoted(sent: Span) -> Span | None:
    for opening, closing in QUOTE_PAIRS:
        start = next((t.i for t in sent if t.text == opening), None)
        if start is None:
            continue
        end = next((t.i for t in sent if t.i > start and t.text == closing), None)
        if end is not None and end - start > 4:
            return sent.doc[start : end + 1]
    return None


def extract_quotations(context: SentenceContext, origin: Origin) -> Iterator[Fact]:
    """A quotation and who said it: answer = the speaker."""
    sent = context.sent
    quote = _quoted(sent)
    if quote is None:
        return
    verb = sent.root
    if verb.lemma_.lower() not in SPEECH_VERBS:
        return
    speaker = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if sent[0].lower_ == "as" and speaker is not None and speaker.i < quote.start:
        return  # "As UCLA professor Douglas Kellner remarks, ...": a voice cited, not the point
    if speaker is not None and speaker.pos_ == "PRON" and speaker.i in context.replacements:
        # "He thinks ..." with "He" resolved to the person the sentence before names
        entity = sent.doc[speaker.i : speaker.i + 1]
    else:
        if speaker is None or speaker.ent_type_ not in ("PERSON", "ORG", "NORP"):
            return
        named = next((e for e in sent.ents if speaker in e), None)
        if named is None:
            return
        entity = trim_punct(named)
    # The trimmed span carries no label: no "Who ...?" and no false twin from a swapped
    # name (the reviews judged cited voices by their words, not by who was swapped in).
    label = entity.label_
    wh = wh_question(context, entity, label)
    fact = make_fact(
        context, origin, kind="quotation", rule="quotation.speech_verb", answer=entity,
        label=label, identity=(quote.text[:60],),
        attrs={"speaker": context.render(entity)[0], "quote": quote.text.strip("“”\"‘’ "), "wh": wh or ""},
    )
    if fact is not None:
        yield fact


def _traveller(noun: Token) -> Span | None:
    """Whose journey the noun is: a named owner ("Medvedev's first trip"), or the
    person a possessive pronoun in the same phrase stands for ("his first foreign
    trip as president of Russia Dmitry Medvedev")."""
    sent = noun.sent
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None:
        return None
    phrase = range(noun.left_edge.i, noun.right_edge.i + 1)
    people = [e for e in sent.ents if e.label_ == "PERSON" and (owner in e or e.start in phrase and e.end - 1 in phrase)]
    if owner.pos_ == "PRON" and owner.lower_ not in ("his", "her"):
        return None
    if len(people) != 1:
        return None
    person = trim_punct(_whole_name(people[0]))
    while person and person[-1].lower_ in ("'s", "’s", "'", "’"):
        person = person[:-1]
    return person or None


def extract_first_journeys(context: SentenceContext, origin: Origin) -> Iterator[Fact]:
    """Where someone's first journey went: "his first foreign trip as president of
    Russia Dmitry Medvedev was to Kazakhstan" asked "Which country was the destination
    of Dmitry Medvedev’s first foreign trip as president of Russia?". A first is one
    of a kind, so the question has one answer; the year is not asked."""
    sent = context.sent
    for noun in sent:
        if noun.lemma_.lower() not in JOURNEY_NOUNS or noun.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if not any(c.lower_ == "first" and c.dep_ == "amod" for c in noun.children):
            continue
        verb = noun.head
        if verb.lemma_ != "be":
            continue
        to = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"), None)
        place = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
        entity = next((e for e in sent.ents if place is not None and place in e), None)
        if entity is None or entity.label_ not in DESTINATION_WH or in_brackets(entity):
            continue
        person = _traveller(noun)
        if person is None:
            continue
        owner = next(c for c in noun.children if c.dep_ == "poss")
        words = [t for t in noun.subtree if t not in person and t not in owner.subtree and t.dep_ != "det"]
        if any(t.text in "()[]" for t in words):
            continue
        journey = context.render(words)[0]
        apostrophe = next((t.text[0] for t in owner.subtree if t.lower_ in ("'s", "’s")), "’")
        wh = f"{DESTINATION_WH[entity.label_].capitalize()} was the destination of {person.text}{apostrophe}s {journey}?"
        fact = make_fact(
            context, origin, kind="place", rule="place.first_journey", answer=trim_punct(entity),
            label=entity.label_, identity=("first", noun.lemma_.lower(), person[-1].lower_),
            attrs={"wh": wh, "person": person.text},
        )
        if fact is not None:
            yield fact
