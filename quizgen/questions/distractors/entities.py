"""Named things besides people: places, organisations behind acronyms, items of lists.

>>> place_words("The protests are still ongoing in China today.")
['China']

A place is not asked under a prompt that names another place of the chapter (the
prompt may then give it away or make a distractor true); an acronym gets other
acronyms only when both stand for organisations; a list item gets the items and
answers of the chapter's other lists of the same label.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from quizgen.models import Fact
from quizgen.questions.distractors.common import around, excluded_values, key, mentions
from quizgen.rules.questions import ENUMERATION_LABELS, ORGANISATION_HEADS

_PLACE = re.compile(r"(?:\bin|^In)\s+(?:the\s+)?((?!The\b)[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*)")


def place_words(sentence: str) -> list[str]:
    """Places a sentence puts its statement in ("in China", "In Egypt,", "in Latin
    America"): a person who stands in for the answer must be one the chapter places there too.

    >>> place_words("In Egypt, as in Latin America, the army ruled.")
    ['Egypt', 'Latin America']
    """
    return list(_places(sentence))


@lru_cache(maxsize=1 << 15)
def _places(sentence: str) -> tuple[str, ...]:
    return tuple(m.group(1) for m in _PLACE.finditer(sentence))


def names_other_place(fact: Fact, places: frozenset[str]) -> bool:
    """True when the fact's sentence, besides its answer, names one of ``places``
    (keys of the chapter's places) that is not an item of the fact's own list."""
    text = around(fact)
    own = {key(v) for v in excluded_values(fact)}
    return any(mentions(text, place) for place in places - own)


def expansion_kind(fact: Fact) -> str | None:
    """An acronym's expansion as a kind: ``organisation`` ("International Monetary
    Fund") or None (a person, a law: not told apart by the words alone)."""
    words = fact.answer.lower().split()
    return "organisation" if words and words[-1] in ORGANISATION_HEADS else None


def acronyms_from(fact: Fact, other: Fact) -> Iterable[str]:
    """Another acronym's expansion, when both name the same kind of thing."""
    same = other.label == fact.label and expansion_kind(other) == expansion_kind(fact)
    return (other.answer,) if same else ()


def items_from(fact: Fact, other: Fact) -> Iterable[str]:
    """For a list item, another fact's value of the same label and, from another list,
    its other items; nothing for generic noun phrases (see ``ENUMERATION_LABELS``)."""
    label = fact.label
    if label not in ENUMERATION_LABELS:
        return ()
    values = [other.answer] if other.label == label else []
    if other.kind == "enumeration" and other.label == label:
        values.extend(excluded_values(other))
    return values
