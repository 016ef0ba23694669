"""The topic a term card names, so that a student without the chapter open knows which
sense of an everyday word is asked (:mod:`quizgen.rules.topics`).

>>> with_topic("What is meant by “treatments”?", "treatments", source)   # doctest: +SKIP
'In the context of “Explanatory and Response Variables”, what is meant by “treatments”?'
"""

from __future__ import annotations

import re
from pathlib import PurePath

from quizgen.models import SourceRef
from quizgen.rules.topics import (
    COMMON_PHRASE_ZIPF,
    COMMON_TERM_ZIPF,
    GENERIC_HEADINGS,
    MAX_TOPIC_WORDS,
    SENTENCE_HEADING,
    TOPIC_PROMPT,
)


def needs_topic(term: str) -> bool:
    """True for a term made only of common English words, which other fields or
    everyday speech use in another sense.

    >>> needs_topic("treatments"), needs_topic("review process"), needs_topic("osmosis"), needs_topic("sodium-potassium pump")
    (True, True, False, False)
    """
    from wordfreq import zipf_frequency

    words = re.findall(r"[^\W\d_][\w’'\-]*", term)
    if not words or any(word.isupper() and len(word) > 1 for word in words):
        return False  # "DNA", "GDP": an abbreviation names one thing
    floor = COMMON_TERM_ZIPF if len(words) == 1 else COMMON_PHRASE_ZIPF
    return all(zipf_frequency(word.lower(), "en") >= floor for word in words)


def topic(source: SourceRef) -> str:
    """The heading that says what the fact's part of the chapter is about: its own
    section's, else the chapter's; "" when neither names a topic ("Key Terms",
    "What Is Stress?", a file name).

    >>> topic(SourceRef(file="ch2.html", sentence="", section="Key Terms", chapter="Experimental Design and Ethics"))
    'Experimental Design and Ethics'
    >>> topic(SourceRef(file="physics-01.md", sentence="", section="", chapter="physics-01"))
    ''
    """
    stem = PurePath(source.file).stem.lower()
    own = source.section if len(source.sections) == 1 else ""
    for heading in (own, source.chapter):
        heading = _plain_case(" ".join(heading.split()))
        if heading and _names_a_topic(heading) and heading.lower() != stem:
            return heading
    return ""


def with_topic(prompt: str, term: str, source: SourceRef) -> str:
    """The prompt with its topic before it, where the term needs one and a heading
    names one; the prompt as it was otherwise."""
    if not needs_topic(term):
        return prompt
    heading = topic(source)
    if not heading or _bare(heading) == _bare(term):
        return prompt  # "A Multi-Vector Foreign Policy" says no more than the term
    return TOPIC_PROMPT.format(topic=heading, question=prompt[:1].lower() + prompt[1:])


def _bare(text: str) -> str:
    words = [w.lower().rstrip("s") for w in re.findall(r"[\w\-’']+", text)]
    return " ".join(w for w in words if w not in ("a", "an", "the"))


def has_topic(prompt: str) -> bool:
    """True when the prompt names its topic (:data:`TOPIC_PROMPT`)."""
    return prompt.startswith(TOPIC_PROMPT.split("{", 1)[0])


def without_topic(prompt: str) -> str:
    """The prompt as it reads without its topic: the heading is the book's words, set
    apart in quotes, and the checks on a question's own words do not apply to it.

    >>> without_topic("In the context of “Monopoly”, what is meant by “cartel”?")
    'What is meant by “cartel”?'
    """
    if not has_topic(prompt):
        return prompt
    rest = prompt[len(TOPIC_PROMPT.split("{", 1)[0]) :].split("”, ", 1)
    return rest[1][:1].upper() + rest[1][1:] if len(rest) == 2 else prompt


def _names_a_topic(heading: str) -> bool:
    words = heading.split()
    return (
        1 <= len(words) <= MAX_TOPIC_WORDS
        and not GENERIC_HEADINGS.match(heading)
        and not SENTENCE_HEADING.search(heading)
        and any(c.isalpha() for c in heading)
    )


def _plain_case(heading: str) -> str:
    """ "THE DIVISION OF POWERS" as "The Division of Powers": a heading set in capitals."""
    if not heading.isupper():
        return heading
    small = {"a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "by", "vs.", "vs"}
    words = heading.lower().split()
    return " ".join(w if i and w in small else w[:1].upper() + w[1:] for i, w in enumerate(words))
