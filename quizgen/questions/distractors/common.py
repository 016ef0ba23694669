"""Texts compared as answers, and the word rules every kind of answer shares.

>>> overlaps("The Senate", "the senate of Rome")
True
>>> singular("policies")
'policy'
"""

from __future__ import annotations

import re
from functools import lru_cache

from quizgen.identity import normalise as _normalise
from quizgen.models import Fact
from quizgen.rules.questions import ARTICLES, BOUND_WORDS, IRREGULAR_PLURALS, STOPWORDS

#: A run of three or four digits: a year when it lies between 1000 and 2999.
YEAR = re.compile(r"(?<!\d)(\d{3,4})(?!\d)")
_PLURAL = re.compile(r"[a-z]{2,}(?<![ius])s$")


#: Answers, terms and sentences are compared again for question after question:
#: each text is normalised once.
normalise = lru_cache(maxsize=1 << 17)(_normalise)


@lru_cache(maxsize=1 << 17)
def key(text: str) -> str:
    """Comparison form: normalised, without leading articles ("The Senate" == "senate").

    >>> key("The Senate")
    'senate'
    """
    words = normalise(text).split()
    while words and words[0] in ARTICLES:
        words.pop(0)
    return " ".join(words)


def mentions(text: str, phrase: str) -> bool:
    """True when ``phrase`` occurs in ``text`` as whole words (after normalising both).

    >>> mentions("The Senate met in Rome.", "the senate"), mentions("Senators met.", "senate")
    (True, False)
    """
    needle = key(phrase)
    return bool(needle) and f" {needle} " in f" {normalise(text)} "


def overlaps(a: str, b: str) -> bool:
    """True when one text equals or contains the other as whole words.

    >>> overlaps("civil liberties", "liberties"), overlaps("liberty", "liberties")
    (True, False)
    """
    ka, kb = key(a), key(b)
    if not ka or not kb:
        return True
    return f" {ka} " in f" {kb} " or f" {kb} " in f" {ka} "


def is_name(text: str) -> bool:
    """True for a proper name ("Eurasian Economic Union"), False for a common term.

    >>> is_name("Eurasian Economic Union"), is_name("economic union")
    (True, False)
    """
    words = [w for w in text.split() if w[:1].isalpha()]
    return bool(words) and all(w[0].isupper() for w in words if len(w) > 3)


def answer_text(fact: Fact) -> str:
    """The answer as a choice shows it: a defined term in its dictionary case
    ("sovereignty", not the sentence-initial "Sovereignty"), but a proper noun in
    the chapter's own case ("German Christianity", never "german Christianity")."""
    if fact.label == "TERM" and fact.term and key(fact.term) == key(fact.answer):
        if fact.answer_start > 0 or has_inner_capital(fact.term):
            return fact.answer
        return fact.term
    return fact.answer


def is_bound(fact: Fact) -> bool:
    """True for a number the chapter gives only as a bound ("more than 25 percent",
    "fewer than 4,000"): 40 percent may be true as well, so no choice or false
    statement can be told wrong.

    >>> from quizgen.models import Fact, SourceRef
    >>> is_bound(Fact(id="f", kind="quantity", rule="r", sentence="s", answer="25 percent", answer_start=0,
    ...   answer_end=1, source=SourceRef(file="f", sentence="s"), attrs=(("qualified", "more than 25 percent"),)))
    True
    """
    qualifier = fact.attr("qualified").lower().split()
    return fact.kind == "quantity" and any(word in BOUND_WORDS for word in qualifier)


def excluded_values(fact: Fact) -> tuple[str, ...]:
    """Texts that may be true answers too: the other items of the fact's own list."""
    items = fact.attr("items")
    return tuple(item for item in items.split("|") if item) if items else ()


def around(fact: Fact) -> str:
    """The fact's sentence with its answer cut out (a space where it stood)."""
    return f"{fact.sentence[: fact.answer_start]} {fact.sentence[fact.answer_end :]}"


def has_inner_capital(text: str) -> bool:
    """True when a word after the first is capitalised ("German Christianity")."""
    return any(word[:1].isupper() for word in text.split()[1:])


def stems(text: str) -> set[str]:
    """Content words cut to five letters: "equality" and "equally" meet as "equal".

    >>> sorted(stems("Equality and equally"))
    ['equal']
    """
    return {
        word[:5]
        for word in re.findall(r"[a-z]+", normalise(text))
        if len(word) >= 4 and word not in STOPWORDS
    }


def years_in(text: str) -> list[int]:
    """The years (1000-2999) a text states, in order.

    >>> years_in("from 1914 to 1918, 20 million dead")
    [1914, 1918]
    """
    return list(_years(text))


@lru_cache(maxsize=1 << 15)
def _years(text: str) -> tuple[int, ...]:
    return tuple(int(m.group(1)) for m in YEAR.finditer(text) if 1000 <= int(m.group(1)) <= 2999)


def singular(word: str) -> str:
    """The singular of a lower-case noun, by rule: "policies" -> "policy", "laws" -> "law".

    >>> singular("policies"), singular("laws"), singular("politics")
    ('policy', 'law', 'politics')
    """
    if word in IRREGULAR_PLURALS or word.endswith("ics"):
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "shes", "ches", "xes")):
        return word[:-2]
    return word[:-1] if _PLURAL.search(word) else word


def is_plural(word: str) -> bool:
    """True for a plural noun ("laws", "civil liberties", "people"); "politics" is singular.

    >>> is_plural("people"), is_plural("politics")
    (True, False)
    """
    word = word.lower()
    return word in IRREGULAR_PLURALS or singular(word) != word
