"""Places of events: "In 2009, Kazakh-Russian talks were held in Moscow on 4 February"
asked as "Where were ... held ...?".

>>> [f.answer for f in extract_places(ctx, origin)]   # doctest: +SKIP
['Moscow']
"""

from __future__ import annotations

from collections.abc import Iterator

from quizgen.facts.base import Origin, clause_anchor, in_brackets, make_fact, trim_punct
from quizgen.facts.context import SentenceContext
from quizgen.facts.wh import wh_question
from quizgen.models import Fact
from quizgen.rules.places import ACTIVE_EVENT_VERBS, EVENT_VERBS, PLACE_LABELS, PLACE_PREPOSITIONS


def extract_places(context: SentenceContext, origin: Origin) -> Iterator[Fact]:
    """One fact per named place where the main verb's event happened; asked only as
    "Where ...?" (a blanked place in a list of places has many answers)."""
    sent = context.sent
    root = sent.root
    lemma = root.lemma_.lower()
    passive = any(c.dep_ == "auxpass" for c in root.children)
    if not (lemma in EVENT_VERBS and passive or lemma in ACTIVE_EVENT_VERBS) or root.tag_ == "VBG":
        return
    if any(c.dep_ in ("aux", "neg") and c.tag_ in ("MD", "RB") for c in root.children):
        return  # "may be held", "was not signed": no event took place
    if root.lemma_.lower() == "take" and not any(c.lower_ == "place" for c in root.children):
        return  # "take place" only: "took power in Russia" is no place of an event
    for entity in sent.ents:
        if entity.label_ not in PLACE_LABELS:
            continue
        answer = trim_punct(entity)
        if not answer or answer[0].lower_ == "the" and len(answer) == 1:
            continue
        preposition = answer.root.head
        if (answer.root.dep_ != "pobj" or preposition.lower_ not in PLACE_PREPOSITIONS
                or preposition.head != root or preposition.dep_ != "prep" or in_brackets(answer)):
            continue
        wh = wh_question(context, answer, entity.label_)
        if not wh or "where" not in wh.lower().replace(",", " ").split():
            continue
        fact = make_fact(
            context, origin, kind="place", rule="place.event", answer=answer, label=entity.label_,
            identity=clause_anchor(sent, answer), attrs={"wh": wh},
        )
        if fact is not None:
            yield fact
