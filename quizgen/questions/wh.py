"""Short-answer wh-questions, from the question the fact engine built on the parse.

>>> make_short_answer(fact).prompt                          # doctest: +SKIP
'In what year did trade between Kazakhstan and Russia reach $20 billion?'
"""

from __future__ import annotations

from quizgen.identity import normalise, question_id
from quizgen.models import Fact, Question
from quizgen.questions.cloze import fact_info
from quizgen.questions.openers import without_repeated_opener


def make_short_answer(fact: Fact) -> Question | None:
    """None when the rules found no grammatical question, or it would give the answer away."""
    if fact.kind == "quantity" and not fact.attr("existential"):
        # "How many feet is Mt. Everest the tallest peak ...?": a measure turned into
        # "how many" reads wrong; reviews kept none of 8. "There are over 1,600 ..."
        # exists to give its count, and asks well.
        return None
    prompt = without_repeated_opener(fact.attr("wh"))
    if not prompt:
        return None
    if f" {normalise(fact.answer)} " in f" {normalise(prompt)} ":
        return None
    return Question(
        id=question_id(fact.id, "short_answer"),
        type="short_answer",
        prompt=prompt,
        answer=fact.attr("qualified") or fact.answer,
        source=fact.source,
        fact=fact_info(fact),
        explanation=fact.sentence,
        tags=(fact.kind,),
    )
