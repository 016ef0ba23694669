"""Multiple choice: a stem question, its answer and three wrong answers of the same kind.

>>> make_multiple_choice(fact, stem, facts, seed=0).choices     # doctest: +SKIP
('2005', '2008', '2011', '2010')
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import replace

from quizgen.identity import question_id, stable_int
from quizgen.models import Fact, Question
from quizgen.questions.distractors import answer_text, pick_distractors

#: Wrong answers a question needs; with fewer it is not made (precision first).
DISTRACTORS = 3


def make_multiple_choice(
    fact: Fact,
    stem: Question,
    pool: Sequence[Fact],
    *,
    seed: int = 0,
) -> Question | None:
    """A question with ``stem``'s prompt and four choices, or None when fewer than
    three good distractors exist.

    ``choices`` holds the answer once, at a place fixed by the question id and
    ``seed``. When the stem is a cloze whose blank opens the sentence, every
    choice is capitalised, so that the answer's case does not give it away.
    """
    distractors = pick_distractors(fact, pool, k=DISTRACTORS, seed=seed, stem=stem.prompt)
    if len(distractors) < DISTRACTORS:
        return None
    answer = answer_text(fact)
    choices = [answer, *distractors]
    if stem.type == "cloze" and stem.prompt[:1] == "_":
        choices = [_capitalise(choice) for choice in choices]
        answer = choices[0]
    question_key = question_id(fact.id, "multiple_choice")
    random.Random(stable_int(f"{question_key}|{seed}|choices")).shuffle(choices)
    return replace(
        stem,
        id=question_key,
        type="multiple_choice",
        answer=answer,
        choices=tuple(choices),
        context="",
        span=None,
        explanation=fact.sentence,
        score=0.0,
    )


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]
