"""Comparisons: the named thing a verb of outdoing puts first ("Kazakhstan's trade
with the Russian Federation exceeds its trade with all the other Central Asian
countries combined" -> "the Russian Federation").

>>> [f.answer for f in extract_comparisons(ctx, origin)]   # doctest: +SKIP
['the Russian Federation']
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from quizgen.facts.base import (
    Origin,
    clause_anchor,
    in_brackets,
    make_fact,
    strip_determiners,
    trim_punct,
)
from quizgen.facts.context import SentenceContext
from quizgen.models import Fact
from quizgen.rules.comparisons import COMPARED_LABELS, OUTDOING_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Span


def compared_name(sent: Span) -> Span | None:
    """The one name the subject of a verb of outdoing compares: the object of a
    preposition on the subject ("trade with Russia", "the population of Nigeria"),
    or the subject itself when it is a name ("China overtook Japan ...")."""
    root = sent.root
    if root.lemma_.lower() not in OUTDOING_VERBS or root.pos_ != "VERB":
        return None
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is None or not any(c.dep_ in ("dobj", "attr") for c in root.children):
        return None
    named = [
        e for e in sent.ents
        if e.label_ in COMPARED_LABELS and e.root.dep_ == "pobj" and e.root.head.head == subject
    ]
    if not named and subject.ent_type_ in COMPARED_LABELS:
        named = [e for e in sent.ents if subject in e]
    return named[0] if len(named) == 1 else None


def extract_comparisons(context: SentenceContext, origin: Origin) -> Iterator[Fact]:
    """One fact per sentence whose main verb says one named thing outdoes another."""
    sent = context.sent
    entity = compared_name(sent)
    if entity is None:
        return
    answer = strip_determiners(trim_punct(entity))  # "with the _____": the article is no part of the name
    if not answer or in_brackets(answer):
        return
    fact = make_fact(
        context, origin, kind="comparison", rule="comparison.outdoing", answer=answer, label=entity.label_,
        identity=clause_anchor(sent, answer),
    )
    if fact is not None:
        yield fact
