"""Short-answer wh-questions, from the question the fact engine built on the parse.

>>> make_short_answer(fact).prompt                          # doctest: +SKIP
'In what year did trade between Kazakhstan and Russia reach $20 billion?'
"""

from __future__ import annotations

import re

from quizgen.identity import normalise, question_id
from quizgen.models import Fact, Question
from quizgen.questions.cloze import fact_info

#: A time or place phrase that opens the question and is said again inside it, as
#: the book's sentence did ("In 2008, how much did trade reach in 2008?").
_REPEATED_OPENER = re.compile(r"^((?:In|On|By|During|At) [^,]{1,40}), (\w)(.* \b(?i:\1)\b.*)$")


def without_repeated_opener(prompt: str) -> str:
    """The prompt with an opening phrase dropped where it says it again later.

    >>> without_repeated_opener("In 2008, how much did trade reach in 2008?")
    'How much did trade reach in 2008?'
    """
    match = _REPEATED_OPENER.match(prompt)
    if match is None:
        return prompt
    return match.group(2).upper() + match.group(3)


def make_short_answer(fact: Fact) -> Question | None:
    """None when the rules found no grammatical question, or it would give the answer away."""
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
