"""True/false: the chapter's statement, or its twin with the answer swapped for a distractor.

>>> [(q.prompt, q.answer) for q in make_true_false(fact, facts, seed=0)]   # doctest: +SKIP
[('True or false: In 2011, bilateral trade reached $20 billion.', 'False')]

One statement per fact, true or false as the fact id and the seed decide (about
half of each). Both twins together would ask the same fact twice in the same
form, and whichever a learner meets second is given away by the first; a
seeded half-and-half split keeps "always answer True" from paying.
"""

from __future__ import annotations

import random
import re
from collections.abc import Sequence

from quizgen.identity import question_id, stable_int
from quizgen.models import Fact, Question
from quizgen.questions.cloze import fact_info
from quizgen.questions.distractors import mentions, overlaps, pick_distractors
from quizgen.questions.term_definition import SITUATION, gloss, usable_definition

TRUE, FALSE = "True", "False"
PROMPT = "True or false: {statement}"

#: Openers that lean on an earlier sentence: the statement would not stand alone.
DANGLING_OPENERS: frozenset[str] = frozenset(
    """
    he she it they this these those that such its their his her them there both here
    then also another others
    """.split()
)

#: Words that make a claim's truth a matter of degree: poor true/false material.
HEDGES: frozenset[str] = frozenset(
    """
    may might could perhaps possibly probably often sometimes usually generally
    typically arguably likely some many most
    """.split()
)

#: Longest statement worth reading as one true/false item.
MAX_WORDS = 40

_WORD = re.compile(r"[A-Za-z’']+")
#: "these conflicts" anywhere: a true/false statement must be judged on its own.
_DEMONSTRATIVE = re.compile(r"\b(this|these|those)\b", re.IGNORECASE)


def stands_alone(text: str) -> bool:
    """False when the text opens with, or is about, something named earlier
    ("He", "This", "These countries", "The former")."""
    words = _WORD.findall(text)
    if not words:
        return False
    first = words[0].lower()
    if first in DANGLING_OPENERS:
        return False
    return not (
        first == "the" and len(words) > 1 and words[1].lower() in {"former", "latter", "same"}
    )


def make_true_false(fact: Fact, pool: Sequence[Fact], *, seed: int = 0) -> list[Question]:
    """One true/false question for ``fact`` (an empty list when its sentence will not do).

    The false twin replaces the answer span in the sentence with a distractor and
    says in its explanation what makes it false ("The chapter says 2008, not 2011.");
    when no distractor exists, the true statement is asked instead.
    """
    statement = fact.sentence.strip()
    if not _usable(fact, statement):
        return []
    wants_false = stable_int(f"{fact.id}|{seed}|true_false") % 2 == 1
    if wants_false:
        false = _falsified(fact, pool, seed=seed)
        if false is not None:
            return [false]
    return [
        Question(
            id=question_id(fact.id, "true_false", "true"),
            type="true_false",
            prompt=PROMPT.format(statement=statement),
            answer=TRUE,
            choices=(TRUE, FALSE),
            source=fact.source,
            fact=fact_info(fact),
            explanation=f"The chapter says: {statement}",
            tags=(fact.kind,),
        )
    ]


def _usable(fact: Fact, statement: str) -> bool:
    words = statement.split()
    if not words or len(words) > MAX_WORDS or statement.endswith("?"):
        return False
    if not stands_alone(statement) or _DEMONSTRATIVE.search(statement):
        return False
    if any(word.lower().strip(",.;:") in HEDGES for word in words):
        return False
    before = statement[: fact.answer_start]
    after = statement[fact.answer_end :]
    # An answer stated twice cannot be falsified in one place without a contradiction.
    return not mentions(f"{before} {after}", fact.answer)


def _falsified(fact: Fact, pool: Sequence[Fact], *, seed: int) -> Question | None:
    """The sentence with one thing swapped, or None when no safe swap exists.

    A list item is never swapped: a chapter often lists only some members
    ("including ..."), so the swapped-in one may be true in the world. A
    definition keeps its term and gets another term's definition: swapping the
    term instead breaks agreement ("A nuclear disarmament is ...").
    """
    if fact.kind == "enumeration":
        return None
    if fact.kind == "definition":
        swap = _definition_swap(fact, pool, seed=seed)
    else:
        swap = _answer_swap(fact, pool, seed=seed)
    if swap is None:
        return None
    statement, right, wrong = swap
    return Question(
        id=question_id(fact.id, "true_false", "false"),
        type="true_false",
        prompt=PROMPT.format(statement=statement),
        answer=FALSE,
        choices=(TRUE, FALSE),
        source=fact.source,
        fact=fact_info(fact),
        explanation=f"The chapter says {right}, not {wrong}: {fact.sentence}",
        tags=(fact.kind,),
    )


def _answer_swap(fact: Fact, pool: Sequence[Fact], *, seed: int) -> tuple[str, str, str] | None:
    distractors = pick_distractors(fact, pool, k=1, seed=seed)
    if not distractors:
        return None
    wrong = distractors[0]
    before = fact.sentence[: fact.answer_start]
    after = fact.sentence[fact.answer_end :]
    if not before.strip():
        wrong = wrong[:1].upper() + wrong[1:]
    before = _agree_article(before, wrong)
    return f"{before}{wrong}{after}".strip(), fact.answer, distractors[0]


def _definition_swap(fact: Fact, pool: Sequence[Fact], *, seed: int) -> tuple[str, str, str] | None:
    definition = fact.definition.rstrip(" .;:,")
    start = fact.sentence.find(definition)
    if not usable_definition(fact) or start < 0 or fact.sentence.find(definition, start + 1) >= 0:
        return None
    opener = _determiner_class(gloss(fact))
    others = [
        gloss(other)
        for other in pool
        if other.id != fact.id
        and usable_definition(other)
        and other.label == fact.label
        and _determiner_class(gloss(other)) == opener
        and not SITUATION.match(gloss(other))
        and not overlaps(other.definition, definition)
        and not mentions(other.definition, fact.term)
    ]
    if not others:
        return None
    rng = random.Random(stable_int(f"{fact.id}|{seed}|definition_swap"))
    wrong = others[rng.randrange(len(others))]
    words = wrong.split(" ", 1)
    if opener == "a" and len(words) == 2:
        wrong = ("an " if words[1][:1].lower() in "aeiou" else "a ") + words[1]
    if start == 0:
        wrong = wrong[:1].upper() + wrong[1:]
    statement = f"{fact.sentence[:start]}{wrong}{fact.sentence[start + len(definition) :]}"
    return statement.strip(), f"“{fact.term}” is {gloss(fact)}", wrong


def _determiner_class(text: str) -> str:
    first = text.split(" ", 1)[0].lower()
    return "a" if first in ("a", "an") else first if first == "the" else "other"


_ARTICLE_BEFORE = re.compile(r"\b([Aa]n?)(\s+)$")


def _agree_article(before: str, word: str) -> str:
    """'a' or 'an' before the replacement, as its first sound needs."""
    match = _ARTICLE_BEFORE.search(before)
    if not match:
        return before
    article = "an" if word[:1].lower() in "aeiou" else "a"
    if match.group(1)[0].isupper():
        article = article.capitalize()
    return f"{before[: match.start()]}{article}{match.group(2)}"
