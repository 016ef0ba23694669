"""True/false: the chapter's statement, or its twin with the answer swapped for a distractor.

>>> [(q.prompt, q.answer) for q in make_true_false(fact, facts, seed=0)]   # doctest: +SKIP
[('True or false: In 2011, bilateral trade reached $20 billion.', 'False')]

One statement per sentence, true or false: both twins together would ask the
same fact twice in the same form, and whichever a learner meets second is given
away by the first. A chapter's statements alternate between true and false in
a seeded order, so "always answer True" does not pay.

The false twin changes one thing, the answer, for a distractor of the same kind
that fits the sentence's grammar: a defined term for a sibling (a term whose gloss
names the same genus, or that the chapter lists beside it; never another name or a
kind of it) of the same number and article, a person for a person of the same role
whom the chapter returns to, a number for a number; where none fits,
nothing is asked (the true statement in its place would tilt the set towards
"True", and "always True" would pay). A sentence that reports someone's view
("Socialists argue that ...") is not asked at all: "True" would pass the view
off as a fact. Nor is a date: a twin with only its year changed tests the year,
not the idea, and one year off reads as a trick; cloze and multiple choice ask years.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from quizgen.identity import question_id, stable_int
from quizgen.models import Fact, Question
from quizgen.questions.cloze import fact_info
from quizgen.questions.distractors import answer_text, is_bound, mentions, pick_distractors
from quizgen.questions.term_definition import usable_definition
from quizgen.rules.questions import (
    ATTRIBUTION_PHRASES,
    ATTRIBUTION_VERBS,
    BOOK_REFERENCE,
    LEANING_ADVERBS,
)

TRUE, FALSE = "True", "False"
PROMPT = "True or false: {statement}"

#: Openers that lean on an earlier sentence: the statement would not stand alone.
DANGLING_OPENERS: frozenset[str] = frozenset(
    """
    he she it they this these those that such its their his her them there both here
    then also another others
    """.split()
)

#: Words that make a claim's truth a matter of degree or of opinion: poor true/false material.
HEDGES: frozenset[str] = frozenset(
    """
    may might could perhaps possibly probably often sometimes usually generally
    typically arguably likely some many most should ought
    """.split()
)

#: Capitalised sentence openers that name nothing ("Since 2019, ...", "In the 1960s, ...").
FUNCTION_OPENERS: frozenset[str] = frozenset(
    """
    since in at the a an when after before during by from for until while although because
    as on of to with without over under about among between most many some all each every
    this that these those it they he she we there here what which who once then today
    """.split()
)

#: Words that speak to the reader: a statement holding one is an aside, not a claim
#: ("..., and remember that logic and truth are distinct").
INSTRUCTIONS: frozenset[str] = frozenset("remember recall note notice consider imagine suppose".split())

#: Endings of a modifier that belongs to the answer's own noun phrase ("medial
#: rotation"): swapping the head alone would leave "medial abduction".
MODIFIER_ENDINGS: tuple[str, ...] = ("al", "ic", "ive", "ous", "ary", "ful", "less", "ible", "able", ")")

#: Openers of a conditional: its truth is in a clause that leans on the condition.
CONDITIONAL_OPENERS: frozenset[str] = frozenset({"if", "unless", "suppose"})

#: Longest statement worth reading as one true/false item.
MAX_WORDS = 40

_WORD = re.compile(r"[A-Za-z’']+")
#: "these conflicts" anywhere: a true/false statement must be judged on its own.
_DEMONSTRATIVE = re.compile(r"\b(this|these|those)\b", re.IGNORECASE)
_ATTRIBUTION_VERB = re.compile(ATTRIBUTION_VERBS, re.IGNORECASE)
_ATTRIBUTION_PHRASE = re.compile(ATTRIBUTION_PHRASES, re.IGNORECASE)
#: What follows a reporting verb when it reports a view: a "that" clause or a quotation.
_REPORTED = re.compile(r"^[^.;]{0,80}?(?:\bthat\b|[“\"])|^\s*[:,]?\s*[“\"]")
_BOOK = re.compile(BOOK_REFERENCE, re.IGNORECASE)
#: An acronym right after the answer: swapping the answer alone would contradict it.
_ACRONYM_AFTER = re.compile(r"\s*\([A-Z][A-Za-z]*[A-Z]\)")
_LEANING = re.compile(LEANING_ADVERBS, re.IGNORECASE)


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


def true_false_pair(fact: Fact, pool: Sequence[Fact], *, seed: int = 0) -> tuple[Question, Question] | None:
    """The chapter's statement and its false twin, or None when the sentence will
    not do or no safe false twin exists.

    The twin replaces the answer span with a distractor and says in its
    explanation what makes it false ("The chapter says 2008, not 2011."). Both
    share one id: which of the two a chapter asks may change when the chapter
    does (see :func:`quizgen.questions.generate.make_questions`), and an Anki
    note must then change with it, not be joined by a second one.
    """
    statement = fact.sentence.strip()
    if not _usable(fact, statement):
        return None
    false = _falsified(fact, pool, seed=seed)
    if false is None:
        return None
    true = Question(
        id=false.id,
        type="true_false",
        prompt=PROMPT.format(statement=statement),
        answer=TRUE,
        choices=(TRUE, FALSE),
        source=fact.source,
        fact=fact_info(fact),
        explanation=f"The chapter says: {statement}",
        tags=(fact.kind,),
    )
    return true, false


def make_true_false(
    fact: Fact, pool: Sequence[Fact], *, seed: int = 0, polarity_key: str = ""
) -> list[Question]:
    """One true/false question for ``fact`` (an empty list when its sentence will not do),
    true or false as a stable hash of ``polarity_key`` (the fact id when empty) and
    the seed says. Only a statement that has a safe false twin is asked at all, so
    true and false are drawn from the same statements. A whole chapter balances
    the two instead (:func:`quizgen.questions.generate.make_questions`).
    """
    pair = true_false_pair(fact, pool, seed=seed)
    if pair is None:
        return []
    return [pair[stable_int(f"{polarity_key or fact.id}|{seed}|true_false") % 2]]


def _usable(fact: Fact, statement: str) -> bool:
    if fact.asking.no_statement:
        return False
    words = statement.split()
    if not words or len(words) > MAX_WORDS or statement.endswith("?"):
        return False
    if not stands_alone(statement) or _DEMONSTRATIVE.search(statement):
        return False
    if any(word.lower().strip(",.;:") in HEDGES | INSTRUCTIONS for word in words):
        return False
    if reports_a_view(fact, statement) or _BOOK.search(statement) or _LEANING.search(statement):
        return False
    if fact.kind == "definition" and not usable_definition(fact):
        return False  # a sentence read as a definition it is not is a poor statement too
    if words[0].lower() in CONDITIONAL_OPENERS:
        return False
    if fact.kind != "definition" and not anchored(words):
        return False  # "Since 2019, unemployment rates have increased": where?
    before = statement[: fact.answer_start]
    after = statement[fact.answer_end :]
    # An answer stated twice cannot be falsified in one place without a contradiction.
    return not mentions(f"{before} {after}", fact.answer)


def anchored(words: Sequence[str]) -> bool:
    """True when the statement names something (a person, a place, a work), so that
    it can be judged without the paragraph around it."""
    first = words[0].strip(",;:").lower()
    if first not in FUNCTION_OPENERS and words[0][:1].isupper():
        return True
    return any(word[:1].isupper() for word in words[1:])


def reports_a_view(fact: Fact, statement: str) -> bool:
    """True when the statement is someone's view, not the chapter's own claim:
    "X argues that ...", "according to X", "what Marx calls ...", or a view the
    fact itself says it reports. "They want to believe in" reports nothing."""
    if fact.attr("according_to") or fact.attr("leans") or _ATTRIBUTION_PHRASE.search(statement):
        return True
    return any(
        _REPORTED.search(statement[match.end() :]) for match in _ATTRIBUTION_VERB.finditer(statement)
    )


def _falsified(fact: Fact, pool: Sequence[Fact], *, seed: int) -> Question | None:
    """The sentence with one thing swapped, or None when no safe swap exists.

    A list item is never swapped: a chapter often lists only some members
    ("including ..."), so the swapped-in one may be true in the world. A
    definition keeps its gloss and gets another defined term of the same kind,
    number and article use ("A free port is a group of states ..."): pasting
    another gloss into the sentence breaks it wherever the two were not built
    alike.
    """
    # a place swapped may hold the place ("held in the Russian Federation" for "in Moscow")
    if fact.kind in ("enumeration", "date", "place", "comparison", "role") or is_bound(fact) or _ACRONYM_AFTER.match(fact.sentence[fact.answer_end :]):
        return None  # "The Shanghai Cooperation Organisation (EAEU)": the acronym tells
    if fact.kind == "definition" and (_inside_phrase(fact) or _hints_at(fact)):
        return None
    swap = _answer_swap(fact, pool, seed=seed)
    if swap is None:
        return None
    statement, right, wrong = swap
    return Question(
        id=question_id(fact.id, "true_false"),
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
    """The sentence with its answer replaced by a distractor, and what was swapped."""
    distractors = pick_distractors(fact, pool, k=1, seed=seed, in_statement=True)
    if not distractors:
        return None
    wrong = distractors[0]
    before = fact.sentence[: fact.answer_start]
    after = fact.sentence[fact.answer_end :]
    if fact.kind == "definition":
        after = _GLOSS_AFTER_TERM.sub("", after, count=1)  # "Iron (“cell eating”)": the aside is the true term's
    if fact.kind == "person":
        after = _LIFESPAN.sub("", after, count=1)  # "Hobbes (1723–1790)": Smith's years would stay behind
    if not before.strip():
        wrong = wrong[:1].upper() + wrong[1:]
    before = _agree_article(before, wrong)
    return f"{before}{wrong}{after}".strip(), answer_text(fact), distractors[0]


def _inside_phrase(fact: Fact) -> bool:
    """True when a modifier of the term stands before it ("medial (internal) rotation"):
    it is the true term's, and a sibling put after it makes a term that does not exist."""
    before = fact.sentence[: fact.answer_start].split()
    if not before:
        return False
    last = before[-1]
    return last.endswith(")") or (last.isalpha() and last.islower() and last.endswith(MODIFIER_ENDINGS))


_ASIDE = re.compile(r"\(([^()]{2,40})\)")


def _hints_at(fact: Fact) -> bool:
    """True when an aside of the sentence spells part of the true term ("the study
    (ology) of being (ōn)" for ontology): the false twin would contradict itself."""
    term = fact.term.lower()
    return any(
        len(part) >= 3 and part in term
        for aside in _ASIDE.findall(fact.sentence)
        for part in re.findall(r"[^\W\d_]+", aside.lower())
    )


_ARTICLE_BEFORE = re.compile(r"\b([Aa]n?)(\s+)$")
_GLOSS_AFTER_TERM = re.compile(r"^\s*\([^)]*\)")
_LIFESPAN = re.compile(r"^\s*\((?:c\.\s*|ca\.\s*|b\.\s*)?\d{3,4}\s*[–-]\s*\d{2,4}\)")


def _agree_article(before: str, word: str) -> str:
    """'a' or 'an' before the replacement, as its first sound needs."""
    match = _ARTICLE_BEFORE.search(before)
    if not match:
        return before
    article = "an" if word[:1].lower() in "aeiou" else "a"
    if match.group(1)[0].isupper():
        article = article.capitalize()
    return f"{before[: match.start()]}{article}{match.group(2)}"
