"""Multiple choice: a stem question, its answer and three wrong answers of the same kind.

>>> make_multiple_choice(fact, stem, facts, seed=0).choices     # doctest: +SKIP
('2005', '2008', '2011', '2010')

Only answers whose kind distractors can match are asked this way: people, dates,
numbers and named things. A defined term is not: its stem states its gloss, and the
gloss rules rival terms out by their meaning ("limiting government" against fascism),
which three independent reviews found in every term item (0 of 6). A list item is not (which member a list
names is trivia, and the others are true answers too), nor an ordinary noun phrase
(``pick_distractors`` finds none for it), nor a sentence about the book itself, nor
a stem that leans on an earlier sentence ("also", "too"), cuts a quotation in two,
or repeats a word of the answer that no distractor has.
"""

from __future__ import annotations

import random
import re
from collections.abc import Sequence
from dataclasses import replace

from quizgen.identity import question_id, stable_int
from quizgen.models import Fact, Question
from quizgen.questions.distractors import answer_text, is_bound, pick_distractors
from quizgen.rules.questions import BOOK_REFERENCE, LEANING_ADVERBS

#: Wrong answers a question needs; with fewer it is not made (precision first).
DISTRACTORS = 3

#: Fact kinds never asked as multiple choice. A definition's distractors still make
#: true/false twins, where one wrong term is enough.
NOT_MULTIPLE_CHOICE: frozenset[str] = frozenset({"enumeration", "cause", "definition"})

_BOOK = re.compile(BOOK_REFERENCE, re.IGNORECASE)
_LEANING = re.compile(LEANING_ADVERBS, re.IGNORECASE)


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
    if fact.kind in NOT_MULTIPLE_CHOICE or _BOOK.search(fact.sentence) or is_bound(fact):
        return None
    if _LEANING.search(stem.prompt) or not _balanced(stem.prompt):
        return None  # "Who was also born into enslavement?": also as who?
    distractors = pick_distractors(fact, pool, k=DISTRACTORS, seed=seed, stem=stem.prompt)
    if len(distractors) < DISTRACTORS or echoes_answer(stem.prompt, answer_text(fact), distractors):
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


_PAIRS = (("(", ")"), ("“", "”"), ("[", "]"))


def _balanced(prompt: str) -> bool:
    """False for a stem that cut a quotation or a bracket in two ("Who was hopeful that “we ...?")."""
    return all(prompt.count(left) == prompt.count(right) for left, right in _PAIRS)


def echoes_answer(prompt: str, answer: str, distractors: Sequence[str]) -> bool:
    """True when the prompt repeats a word of the answer that no distractor has
    ("skepticism of _____, in which ... by a direct majority vote": "direct democracy")."""
    others = set().union(*(_stems(d) for d in distractors))
    return bool((_stems(answer) - others) & _stems(prompt.replace("_", " ")))


def _stems(text: str) -> set[str]:
    """Words of four letters or more, cut to five ("socialist" and "socialism" meet)."""
    return {w[:5] for w in re.findall(r"[a-z]+", text.lower()) if len(w) >= 4}


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]
