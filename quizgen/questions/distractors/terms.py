"""Defined terms: what kind of thing a term is, and which other terms can take its slot.

>>> gloss_kind("an economic doctrine that sees exports as the source of wealth")
'idea'
>>> [answer_text(f) for f in chapter.facts if f.id in picked]     # doctest: +SKIP
['feudalism', 'syndicalism', 'communism']

A term gets other defined terms of the chapter with the same kind of gloss (a person
for a person, a group for a group, an -ism for an -ism), the same grammatical number
and an article that fits the slot; a "term" whose gloss only comments on its clause
("a fear at the heart of ...") or whose head is a word like "degree" gets none.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TYPE_CHECKING

from quizgen.models import Fact
from quizgen.questions.distractors.common import (
    answer_text,
    has_inner_capital,
    is_plural,
    mentions,
    singular,
)
from quizgen.questions.distractors.siblings import siblings
from quizgen.rules.questions import (
    ABSTRACT_NOUNS,
    ADJECTIVE_SUFFIXES,
    ARTICLES,
    COMMENT_NOUNS,
    CONTAINER_NOUNS,
    COPULAS,
    DETERMINERS,
    GENERIC_TERM_HEADS,
    GENUS_FAMILIES,
    GLOSS_HEAD_STOPS,
    GLOSS_PRONOUNS,
    GROUP_NOUNS,
    IDEA_NOUNS,
    MODIFIER_STOPS,
    NON_GLOSS_OPENERS,
    PERSON_NOUNS,
    TERM_KIND_SUFFIXES,
)

if TYPE_CHECKING:  # the chapter index is built with this module's profiles
    from quizgen.questions.distractors.chapter import Ask

_WORD = re.compile(r"[a-z0-9’'-]+|[^\sa-z0-9’'-]")
_TERM_WORD = re.compile(r"[A-Za-z][A-Za-z’'-]*")
_SITUATION = re.compile(r"^(in which|where|whereby|when|whenever)\b", re.IGNORECASE)
_LIST_MARKER = re.compile(r"(?:^|\s)\(?[a-z1-9]\)\s")
_BRACKETS = (("(", ")"), ("[", "]"), ("“", "”"))


@dataclass(frozen=True, slots=True)
class TermProfile:
    """What a defined term is, as far as a choice among terms must agree with it.

    ``kind``: ``person``, ``group``, ``ism``, ``idea``, a finer abstract kind
    (``statement``, ``rule``, ``condition``, ...) or the catch-all ``thing``;
    ``plural``: its grammatical number; ``determiner``: what stands before it in
    its sentence, ``a`` (a countable noun), ``the``, ``bare`` (a mass noun or a
    name) or ``other`` (a possessive or demonstrative).
    """

    kind: str
    plural: bool
    determiner: str


def term_head(term: str) -> str:
    """The word a term is about: the last one, or the one before "of" ("laws of nature").

    >>> term_head("laws of nature"), term_head("civil liberties")
    ('laws', 'liberties')
    """
    words = term.lower().split()
    if "of" in words[1:]:
        return words[words.index("of") - 1]
    return words[-1] if words else ""


def _personal(word: str) -> bool:
    """True for a noun naming a person ("politician", "libertarians", "activist")."""
    noun = singular(word.lower())
    return noun in PERSON_NOUNS or (len(noun) >= 6 and noun.endswith(("ist", "ian")))


def _noun_kind(noun: str) -> str | None:
    """The kind a gloss's head noun gives its term; None for a comment noun ("a fear")."""
    if noun in COMMENT_NOUNS:
        return None
    if _personal(noun):
        return "person"
    if noun in GROUP_NOUNS:
        return "group"
    if noun in IDEA_NOUNS:
        return "idea"
    return ABSTRACT_NOUNS.get(noun, "thing")


def noun_phrase_head(words: Sequence[str]) -> tuple[str, int]:
    """The head noun of a noun phrase and the index of the word after it, read from
    plain words: determiners and adjectives run on until a preposition, a relative
    word, punctuation or a participle ("institutions established to ...") ends it."""
    collected: list[str] = []
    end = len(words)
    for position, word in enumerate(words):
        if not word[:1].isalnum():
            if collected:
                end = position
                break
            continue
        if not collected and word in DETERMINERS:
            continue
        if word.endswith(("’s", "'s")):
            collected = []  # "Gramsci's theory": the head comes after the possessor
            continue
        if word in ("and", "or"):
            continue  # "dedicated and merciless activists"
        if word in GLOSS_HEAD_STOPS or (word.endswith("ly") and collected):
            end = position
            break
        if word.endswith("ly"):
            continue  # "a firmly rooted disposition"
        if collected and len(word) > 4 and word.endswith(("ed", "ing")):
            end = position
            break
        collected.append(word)
    return (collected[-1] if collected else ""), end


def gloss_kind(gloss: str) -> str | None:
    """The kind of thing a gloss says its term is: "a politician ..." -> person,
    "a small set of ... activists" -> group, "an economic system ..." -> system;
    None when the gloss is a comment ("a fear at the heart of ...").

    >>> gloss_kind("a small set of dedicated activists"), gloss_kind("a fear at the heart of it")
    ('group', None)
    """
    if _SITUATION.match(gloss):
        return "thing"
    words = _WORD.findall(gloss.lower())
    head, after = noun_phrase_head(words)
    if not head:
        return "thing"
    noun = singular(head)
    if noun in CONTAINER_NOUNS and after < len(words) and words[after] == "of":
        inner, _ = noun_phrase_head(words[after + 1 :])
        inner_kind = _noun_kind(singular(inner)) if inner else "thing"
        if inner_kind == "person":
            return "group"
        if inner_kind not in (None, "thing"):
            return inner_kind
    return _noun_kind(noun)


def _clean_gloss(gloss: str) -> bool:
    """False for a gloss that is not a definition: "especially the ...", "more than 15
    percent of ...", one cut off in a list ("a resource that a) benefits ...") or with
    unbalanced brackets."""
    words = gloss.split()
    if not words:
        return False
    first = words[0].lower().strip(",;:")
    if first in NON_GLOSS_OPENERS or first[:1].isdigit():
        return False
    if _LIST_MARKER.search(f" {gloss} "):
        return False
    if any(word.lower().strip(",;:") in GLOSS_PRONOUNS for word in words[:4]):
        return False  # "when they disagree ...": who "they" are is outside the gloss
    return all(gloss.count(left) == gloss.count(right) for left, right in _BRACKETS)


def determiner_before(sentence: str, start: int) -> str:
    """What stands before the word at ``start``: ``a`` ("a politician", "an early
    vote"), ``the``, ``other`` (a possessive or demonstrative) or ``bare``. One
    adjective may come between ("a new form").

    >>> determiner_before("It is a new form of rule.", 12), determiner_before("Power corrupts.", 0)
    ('a', 'bare')
    """
    words = sentence[:start].split()
    if not words:
        return "bare"
    last = words[-1].lower()
    kind = _determiner_kind(last)
    if kind != "bare":
        return kind
    if (
        len(words) >= 2
        and words[-2].lower() in ARTICLES
        and last.isalpha()
        and last.islower()
        and last not in GLOSS_HEAD_STOPS
        and last not in MODIFIER_STOPS
    ):
        return _determiner_kind(words[-2].lower())
    return "bare"


def _determiner_kind(word: str) -> str:
    if word in ("a", "an"):
        return "a"
    if word == "the":
        return "the"
    if word in DETERMINERS or word.endswith(("’s", "'s")):
        return "other"
    return "bare"


@lru_cache(maxsize=4096)
def term_profile(fact: Fact) -> TermProfile | None:
    """What kind of thing a defined term is, or None when the fact is no term a
    choice can be made of: not a usable definition, a proper noun (whose kind the
    gloss cannot tell), a head like "degree" or "place", a comment for a gloss, or
    a person-word ("political scientists") glossed as something else (a mis-read)."""
    from quizgen.questions.term_definition import gloss, usable_definition  # (import cycle)

    if fact.kind != "definition" or fact.label != "TERM" or not usable_definition(fact):
        return None
    words = fact.term.split()
    if not 1 <= len(words) <= 4 or not all(_TERM_WORD.fullmatch(w) for w in words):
        return None
    if (fact.answer_start > 0 and fact.answer[:1].isupper()) or has_inner_capital(fact.answer):
        return None
    head = term_head(fact.term)
    if singular(head) in GENERIC_TERM_HEADS or _adjective(fact):
        return None
    definition = gloss(fact)
    kind = gloss_kind(definition) if _clean_gloss(definition) else None
    if kind is None:
        return None
    suffix_kind = next((k for end, k in TERM_KIND_SUFFIXES.items() if head.endswith(end)), None)
    if suffix_kind:
        if kind in ("person", "group"):
            return None
        kind = suffix_kind
    elif _personal(head):
        if kind not in ("person", "group"):
            return None
        kind = "person"
    elif fact.asking.rivals:
        kind = fact.asking.rivals  # "X seeks to comprehend ...": only another field of study can take its place
    plural = is_plural(head) or " and " in f" {fact.term.lower()} "  # "dorsiflexion and plantar flexion"
    return TermProfile(kind, plural, determiner_before(fact.sentence, fact.answer_start))


@lru_cache(maxsize=1 << 14)
def gloss(fact: Fact) -> str:
    """The fact's gloss as a choice shows it (:func:`quizgen.questions.term_definition.gloss`),
    worked out once per fact: every question on the chapter's terms compares them."""
    from quizgen.questions.term_definition import gloss as _gloss  # (import cycle)

    return _gloss(fact)


def _adjective(fact: Fact) -> bool:
    """True for a term that is an adjective: "inalienable", or a bare word right
    after "is"/"are" ("Human rights are inalienable", "is said to be legitimate")."""
    words = fact.term.lower().split()
    if len(words) == 1 and words[0].endswith(ADJECTIVE_SUFFIXES):
        return True
    before = fact.sentence[: fact.answer_start].split()
    return bool(before) and before[-1].lower() in COPULAS


def fits_slot(answer: TermProfile, other: TermProfile, seen: set[str]) -> bool:
    """True when ``other`` can take ``answer``'s place: the same kind and number, and
    an article its own sentences show it takes ("a vanguard" for "a _____",
    "communism" for a bare "_____")."""
    if answer.kind != other.kind or answer.plural != other.plural:
        return False
    if answer.plural:
        return True
    if answer.determiner == "a":
        return "a" in seen
    if answer.determiner in ("the", "other"):
        return bool(seen & {"a", "the"})
    return "bare" in seen


def fits_grammar(answer: TermProfile, other: TermProfile, seen: set[str]) -> bool:
    """True when ``other`` reads right in ``answer``'s place: the same number, and an
    article its own sentences show it takes (:func:`fits_slot` without the kind)."""
    return fits_slot(answer, replace(other, kind=answer.kind), seen)


def terms_from(ask: Ask, other: Fact) -> Iterable[str]:
    """Another defined term that can take the answer's slot: a sibling of the answer
    (:mod:`.siblings`: the same genus, or listed beside it; never another name for
    it) that reads right in its place."""
    mine, theirs = term_profile(ask.fact), term_profile(other)
    if mine is None or theirs is None or other.id in ask.chapter.nested:
        return ()
    if ask.in_statement:
        if not fits_grammar(mine, theirs, ask.chapter.seen(other.term)):
            return ()
    elif not fits_slot(mine, theirs, ask.chapter.seen(other.term)):
        return ()
    if ask.in_statement and not siblings(ask.fact, other, ask.chapter.texts):
        return ()  # "Iron is the endocytosis of large particles": false by its form alone
    if not ask.in_statement and not _same_family(gloss(ask.fact), gloss(other)):
        return ()  # "an economic arrangement based on ...": a doctrine is ruled out by the stem's own words
    if mentions(gloss(ask.fact), other.term) or mentions(gloss(other), ask.fact.term):
        return ()  # classical liberalism "combines ... capitalism": the two are related, not rivals
    return (answer_text(other),)


_FAMILIES = tuple((family, re.compile(pattern, re.IGNORECASE)) for family, pattern in GENUS_FAMILIES)
_LEADING_ARTICLE = re.compile(r"^(?:an?|the)\s+", re.IGNORECASE)


def _same_family(answer: str, other: str) -> bool:
    """True when two glosses can stand in for each other in a choice: the same family
    where either names one ("an ideology" and "a school of thought"), and any two
    glosses where neither does (the kind of term decides then)."""
    mine, theirs = genus_family(answer), genus_family(other)
    return mine == theirs if mine or theirs else True


@lru_cache(maxsize=1 << 15)
def genus_family(definition: str) -> str:
    """The family of ``GENUS_FAMILIES`` a gloss names, or "".

    >>> genus_family("a system of thought that combines ..."), genus_family("an ideology that ...")
    ('doctrine', 'doctrine')
    >>> genus_family("an economic arrangement based on private property"), genus_family("the buildup of arms")
    ('economy', '')
    """
    bare = _LEADING_ARTICLE.sub("", definition.strip())
    return next((name for name, pattern in _FAMILIES if pattern.match(bare)), "")
