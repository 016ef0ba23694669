"""Stable identities: the same content gives the same id on every run and machine.

Ids are short hex digests of normalised text, so that two editions of a passage
(clean and PDF-extracted) that state the same fact get the same ids.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

_NON_WORD = re.compile(r"[\W_]+", re.UNICODE)


def normalise(text: str) -> str:
    """Lower-case, accent-folded, punctuation-free text with single spaces.

    >>> normalise("Kazakhstan’s  “trade” – $20bn")
    'kazakhstan s trade 20bn'
    """
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return _NON_WORD.sub(" ", text.casefold()).strip()


def digest(*parts: str, length: int = 12) -> str:
    """A hex digest of the parts, each normalised first."""
    joined = "\x1f".join(normalise(p) for p in parts)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:length]


def fact_id(kind: str, *content: str) -> str:
    """``f-`` plus a digest of the fact's kind and its identifying content."""
    return "f-" + digest(kind, *content)


_SPACE = re.compile(r"\s+")
# Where a gloss's first clause ends: a comma, semicolon, colon, dash or bracket, or
# a relative word ("a planet that orbits ...", "a metal which ...").
_CLAUSE_END = re.compile(
    r"[,;:(\[—–]|\s-\s|\b(?:that|which|who|whom|whose|where|when|in which|by which|of which)\b", re.IGNORECASE
)
GLOSS_WORDS = 2
"""How many content words of a gloss go into a definition's id."""


def exact(text: str) -> str:
    """Text as printed, for ids where case means something: NFC-composed, single
    spaces, case kept ("Polish" the language is not "polish" the shine).

    >>> exact("  Polish\\u00a0 language ")
    'Polish language'
    """
    return _SPACE.sub(" ", unicodedata.normalize("NFC", text)).strip()


def gloss_key(gloss: str, *, words: int = GLOSS_WORDS) -> str:
    """The first content words of a gloss's first clause, normalised: what kind of
    thing the gloss says the term is ("a small rocky planet that ..." -> "small rocky";
    "the change of liquid water into vapour" -> "change liquid"). The whole gloss
    would split one fact in two over a comma that a PDF edition lost; its first
    words are what the two editions share.

    >>> gloss_key("the smallest planet, closest to the Sun")
    'smallest planet'
    >>> gloss_key("a metal that is liquid at room temperature")
    'metal'
    """
    from spacy.lang.en.stop_words import STOP_WORDS

    clause = _CLAUSE_END.split(gloss, maxsplit=1)[0]
    content = [w for w in normalise(clause).split() if w not in STOP_WORDS and not w.isdigit()]
    if not content:  # "that which is ...": no clause before the relative word
        content = [w for w in normalise(gloss).split() if w not in STOP_WORDS]
    return " ".join(content[:words])


def definition_id(term: str, gloss: str) -> str:
    """``f-`` plus a digest of a defined term as printed and the gist of its gloss.

    The term alone would give "Mercury" the planet and "Mercury" the metal one id
    (and one Anki note); its case alone would merge "Polish" and "polish". The
    gloss's first content words tell such facts apart, and stay the same when
    another edition of the text reflows or re-punctuates the rest of the gloss.
    """
    joined = "\x1f".join(("definition", exact(term), gloss_key(gloss)))
    return "f-" + hashlib.sha256(joined.encode("utf-8")).hexdigest()[:12]


def question_id(fact_id: str, question_type: str, variant: str = "") -> str:
    """``q-`` plus a digest of the fact id, the question type and an optional variant."""
    return "q-" + hashlib.sha256(
        "\x1f".join((fact_id, question_type, variant)).encode("utf-8")
    ).hexdigest()[:12]


def stable_int(text: str, bits: int = 31) -> int:
    """A positive integer derived from text (for Anki model and deck ids, seeds)."""
    value = int.from_bytes(hashlib.sha256(text.encode("utf-8")).digest()[:8], "big")
    return value % (1 << bits) or 1


def slug(text: str, *, fallback: str = "quizgen") -> str:
    """A file- and tag-safe name: lower-case ASCII words joined by hyphens.

    >>> slug("Kazakhstan & Its Neighbours: Part 2")
    'kazakhstan-its-neighbours-part-2'
    """
    return normalise(text).replace(" ", "-")[:80].strip("-") or fallback
