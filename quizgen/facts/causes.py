"""Causes: the reason a sentence gives for its main clause, asked as "Why ...?".

>>> [f.answer for f in extract_causes(ctx, origin)]     # doctest: +SKIP
['because its army could no longer defend the long frontier']
"""

from __future__ import annotations

from collections.abc import Iterator

from quizgen.facts.base import Origin, clause_anchor, make_fact, trim_punct
from quizgen.facts.context import SentenceContext
from quizgen.facts.engine import freeze, run_dependencies
from quizgen.facts.wh import declarative, wh_question
from quizgen.models import Fact
from quizgen.rules.causes import CAUSE_PATTERNS, HYPOTHETICAL_MODALS

_TABLE = freeze(CAUSE_PATTERNS)


def extract_causes(context: SentenceContext, origin: Origin) -> Iterator[Fact]:
    """One fact per reason given for the main clause; answer = the reason."""
    sent = context.sent
    doc = sent.doc
    for rule, nodes in run_dependencies(sent, "cause", _TABLE):
        cause = doc[nodes["cause"]]
        answer = trim_punct(doc[cause.left_edge.i : cause.right_edge.i + 1])
        if answer.start - 2 >= sent.start and doc[answer.start - 2].lower_ == "in" and doc[answer.start - 1].lower_ == "part":
            answer = doc[answer.start - 2 : answer.end]  # "in part because ...": the hedge goes with the reason
        if not 3 <= len(answer) <= 30:
            continue
        if any(c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_MODALS for c in doc[nodes["effect"]].children):
            continue  # "a good citizen would not lie because lying is wrong": a hypothetical, not a fact
        wh = wh_question(context, answer, "CAUSE")
        if not wh:
            continue  # a reason is only worth asking as "Why ...?"
        fact = make_fact(
            context, origin, kind="cause", rule=rule, answer=answer, label="CAUSE",
            identity=clause_anchor(sent, answer),
            attrs={"wh": wh, "effect": declarative(context, answer) or ""},
        )
        if fact is not None:
            yield fact
