"""Key terms: the words a chapter's authors set in bold where they define them.

A textbook marks what it teaches; quizgen reads those marks (``Paragraph.emphasis``)
and asks about what they mark first. A chapter without marks (plain text) has no
key terms here, and its definitions are judged by the patterns alone.

>>> sorted(key_terms(document))                      # doctest: +SKIP
['active transport', 'osmosis', 'passive transport']
"""

from __future__ import annotations

from quizgen.identity import normalise
from quizgen.models import Document

#: Fewer marked terms than this, and the marks are emphasis, not a key-term list.
MARKED_CHAPTER = 5


def canonical_term(text: str) -> str:
    """A term's comparable form: normalised words, a plural -s and an article dropped.

    >>> canonical_term("The Receptors")
    'receptor'
    """
    words = normalise(text).split()
    if words and words[0] in ("a", "an", "the"):
        words = words[1:]
    return " ".join(w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w for w in words)


def key_terms(document: Document) -> frozenset[str]:
    """The canonical forms of the phrases the chapter sets in bold, or none when it
    marks fewer than :data:`MARKED_CHAPTER` of them."""
    found: set[str] = set()
    for paragraph in document.paragraphs:
        for start, end in getattr(paragraph, "emphasis", ()):
            phrase = canonical_term(paragraph.text[start:end])
            if phrase and len(phrase.split()) <= 6:
                found.add(phrase)
    return frozenset(found) if len(found) >= MARKED_CHAPTER else frozenset()
