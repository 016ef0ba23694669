"""Siblings: the defined terms that may take another term's place in a false statement.

>>> genus_of("a form of farming that uses simple hand tools")
'farming'
>>> coordinated("horticulture", "intensive agriculture",
...     ["Three kinds are known: horticulture, pastoralism and intensive agriculture."])
True

Two terms are siblings when the chapter makes them the same kind of thing: their
glosses name the same genus ("Capitalism is an economic system ...", "Communism is
an economic system ..."), or the chapter lists them side by side ("horticulture,
pastoralism and intensive agriculture"). A term of another kind put in a definition's
place ("Iron is the endocytosis of large particles") is false by its form alone, and
a reader learns nothing from spotting it. Two names the chapter gives one thing
("phagocytosis, or cell eating") are never siblings: the swap would still be true.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from quizgen.models import Fact
from quizgen.questions.distractors.common import singular
from quizgen.rules.distractors import (
    ALIAS_PATTERNS,
    GENUS_CONTAINERS,
    GENUS_EQUIVALENTS,
    GENUS_STOPS,
    GLOSS_NAMES_ANOTHER,
    HYPONYM_PATTERNS,
    ISM_FAMILIES,
    LIST_BREAKERS,
    LIST_ITEM_WORDS,
    LIST_ITEMS_BETWEEN,
    LIST_SEPARATOR,
    LY_NOUNS,
    VAGUE_GENUS_HEADS,
)
from quizgen.rules.questions import (
    ABSTRACT_NOUNS,
    COMMENT_NOUNS,
    CONTAINER_NOUNS,
    DETERMINERS,
    GLOSS_HEAD_STOPS,
    GROUP_NOUNS,
    IDEA_NOUNS,
)

_WORD = re.compile(r"[a-z0-9’'-]+|[^\sa-z0-9’'-]")
_SITUATION = re.compile(r"^(in which|where|whereby|when|whenever|if)\b", re.IGNORECASE)
_NAMES_ANOTHER = re.compile(GLOSS_NAMES_ANOTHER, re.IGNORECASE)
_ITEM = rf"(?:[\w’'-]+\s+){{0,{LIST_ITEM_WORDS - 1}}}[\w’'-]+"


@lru_cache(maxsize=1 << 14)
def genus_of(definition: str) -> str:
    """The kind of thing a gloss says its term is, as one singular noun: its head
    ("an economic system ..." -> "system"), or what a container names ("a form of
    farming" -> "farming"); "" for a gloss that names no kind ("in which ...",
    "one of the ...").

    >>> genus_of("organelles that digest worn-out parts"), genus_of("in which firms compete")
    ('organelle', '')
    """
    if _SITUATION.match(definition.strip()):
        return ""
    words = _WORD.findall(definition.lower())
    head, after = _phrase_head(words)
    noun = singular(head)
    if (noun in CONTAINER_NOUNS or noun in GENUS_CONTAINERS) and after < len(words) and words[after] == "of":
        inner, _ = _phrase_head(words[after + 1 :])
        noun = singular(inner)
    if not noun or not noun.isalpha() or noun in VAGUE_GENUS_HEADS or noun in COMMENT_NOUNS:
        return ""
    return GENUS_EQUIVALENTS.get(noun, noun)


def genus_phrase(definition: str) -> str:
    """The opening words of a gloss up to its genus ("a difference" of "a difference in
    pressure between two places"; "a form of farming" of "a form of farming that ...").

    >>> genus_phrase("a difference in pressure between two places")
    'a difference'
    """
    words = _WORD.findall(definition.lower())
    head, after = _phrase_head(words)
    if (singular(head) in CONTAINER_NOUNS or singular(head) in GENUS_CONTAINERS) and words[after : after + 1] == ["of"]:
        _, inner_end = _phrase_head(words[after + 1 :])
        after += 1 + inner_end
    return " ".join(words[:after])


def _phrase_head(words: list[str]) -> tuple[str, int]:
    """The head noun of the noun phrase ``words`` open with, and the index after it:
    determiners, adverbs and coordinated adjectives ("an immobile or nearly immobile
    joint") run on until a stop word, a participle or punctuation ends the phrase."""
    head, end = "", len(words)
    for position, word in enumerate(words):
        if not word[:1].isalnum():
            if head:
                end = position
                break
            continue
        if word in DETERMINERS and not head:
            continue
        if word.endswith(("’s", "'s")):
            head = ""  # "Gramsci's theory": the head comes after the possessor
            continue
        if word in ("and", "or") or (word.endswith("ly") and len(word) > 4 and word not in LY_NOUNS):
            continue
        if word in GLOSS_HEAD_STOPS or word in GENUS_STOPS or (head and len(word) > 4 and word.endswith(("ed", "ing"))):
            end = position
            break
        head = word
    return head, end


def genus(fact: Fact) -> str:
    """The genus of a definition fact (see :func:`genus_of`); a gloss that is a verb
    phrase ("seeks to comprehend ...") has one only where its rule says which kind of
    term may rival it (``asking.rivals``: "field")."""
    from quizgen.questions.distractors.terms import gloss  # (import cycle)

    if fact.asking.rivals:
        return f"~{fact.asking.rivals}"
    if fact.asking.verb_phrase or fact.asking.when_gloss:
        return ""
    return genus_of(gloss(fact))


def coordinated(a: str, b: str, sentences: Iterable[str]) -> bool:
    """True when a sentence lists the two terms side by side ("A, B, and C"), at most
    :data:`LIST_ITEMS_BETWEEN` short items apart."""
    a, b = a.lower().strip(), b.lower().strip()
    if not a or not b or a == b:
        return False
    for low in _lowered(tuple(sentences)):
        if a not in low or b not in low:
            continue
        if _list_pattern(a, b).search(low) or _list_pattern(b, a).search(low):
            return True
    return False


@lru_cache(maxsize=8)
def _lowered(sentences: tuple[str, ...]) -> tuple[str, ...]:
    """The chapter's sentences in lower case, once per chapter, not once per pair of terms."""
    return tuple(sentence.lower() for sentence in sentences)


@lru_cache(maxsize=1 << 12)
def _list_pattern(first: str, second: str) -> re.Pattern[str]:
    between = rf"(?:(?!(?:{'|'.join(sorted(LIST_BREAKERS))})\b){_ITEM}{LIST_SEPARATOR}){{0,{LIST_ITEMS_BETWEEN}}}"
    return re.compile(rf"\b{re.escape(first)}{LIST_SEPARATOR}{between}{re.escape(second)}\b")


def aliases(a: str, b: str, sentences: Iterable[str]) -> bool:
    """True when a sentence gives one term as another name of the other
    ("phagocytosis (“cell eating”)", "X, or Y,", "X, also known as Y")."""
    a, b = a.lower().strip(), b.lower().strip()
    if not a or not b:
        return False
    for low in _lowered(tuple(sentences)):
        if a not in low or b not in low:
            continue
        if any(p.search(low) for p in _alias_patterns(a, b)) or any(p.search(low) for p in _alias_patterns(b, a)):
            return True
    return False


@lru_cache(maxsize=1 << 12)
def _alias_patterns(a: str, b: str) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p.format(a=re.escape(a), b=re.escape(b))) for p in ALIAS_PATTERNS)


def hyponyms(a: str, b: str, sentences: Iterable[str]) -> bool:
    """True when a sentence makes one term a kind of the other ("a form of passive
    transport called simple diffusion", "organelles such as lysosomes")."""
    a, b = a.lower().strip(), b.lower().strip()
    if not a or not b:
        return False
    for low in _lowered(tuple(sentences)):
        if a not in low or b not in low:
            continue
        if any(p.search(low) for p in _hyponym_patterns(a, b)) or any(p.search(low) for p in _hyponym_patterns(b, a)):
            return True
    return False


@lru_cache(maxsize=1 << 12)
def _hyponym_patterns(a: str, b: str) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p.format(a=re.escape(a), b=re.escape(b))) for p in HYPONYM_PATTERNS)


_ABBREVIATION = r"\s*\(([A-Z][A-Za-z0-9]{1,7})\)"


def abbreviations(term: str, sentences: Iterable[str]) -> set[str]:
    """The short forms the chapter gives a term ("adenosine triphosphate (ATP)")."""
    pattern = re.compile(rf"\b(?i:{re.escape(term)}){_ABBREVIATION}")
    return {m.group(1) for sentence in sentences for m in pattern.finditer(sentence)}


def narrower(a: str, a_gloss: str, b: str) -> bool:
    """True when term ``b`` names a kind of ``a`` by its own gloss: the two share
    their head noun and ``a``'s other words stand in ``b``'s gloss ("categorical
    grants: federal transfers ..." is a kind of "federal grants")."""
    a_words, b_words = a.lower().split(), b.lower().split()
    if len(a_words) < 2 or not b_words or singular(a_words[-1]) != singular(b_words[-1]):
        return False
    gloss_words = {singular(w) for w in _WORD.findall(a_gloss.lower())}
    return all(singular(w) in gloss_words for w in a_words[:-1])


def siblings(fact: Fact, other: Fact, sentences: Iterable[str]) -> bool:
    """True when ``other``'s term is of ``fact``'s kind (the same genus, or listed
    beside it), not another name for it, not a kind of it (or it of ``other``), and
    not the long form of a word the sentence uses ("like ATP")."""
    from quizgen.questions.distractors.terms import genus_family, gloss, term_head  # (import cycle)
    from quizgen.questions.term_definition import gives_away

    if _general_word(other.term) or _general_word(fact.term):
        return False  # "A principle is a general rule or law": a word for a kind, not one of a kind
    if _NAMES_ANOTHER.match(gloss(fact)) or _NAMES_ANOTHER.match(gloss(other)):
        return False
    sentences = tuple(sentences)
    # the kinship first, cheap and rarely true; the vetoes read every sentence of the chapter
    mine = genus(fact)
    akin = bool(mine and mine == genus(other))
    if not akin and _ism(fact.term) and _ism(other.term):
        families = {genus_family(gloss(fact)), genus_family(gloss(other))}
        akin = "" not in families and families <= ISM_FAMILIES
    if not akin and not coordinated(fact.term, other.term, sentences):
        return False
    if aliases(fact.term, other.term, sentences) or hyponyms(fact.term, other.term, sentences):
        return False
    if narrower(fact.term, gloss(other), other.term) or narrower(other.term, gloss(fact), fact.term):
        return False
    if any(re.search(rf"\b{re.escape(short)}\b", fact.sentence) for short in abbreviations(other.term, sentences)):
        return False
    # "communism, an ideology that has engendered totalitarian governments"
    return not (gives_away(gloss(fact), term_head(other.term)) or gives_away(gloss(other), term_head(fact.term)))


def _ism(term: str) -> bool:
    return term.lower().endswith("ism")


def _general_word(term: str) -> bool:
    """True for a term that is itself a word for a kind of thing ("principle",
    "theory", "organization"): it names the genus, not a sibling within it."""
    words = term.lower().split()
    if len(words) != 1:
        return False
    noun = singular(words[0])
    return noun in IDEA_NOUNS or noun in ABSTRACT_NOUNS or noun in GROUP_NOUNS or noun in GENUS_EQUIVALENTS
