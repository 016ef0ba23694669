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
