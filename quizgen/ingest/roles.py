"""What a section is for, from the words of its heading and its place in the chapter.

Textbooks share their apparatus: learning objectives open a section, a summary
("Section Summary", "Key Takeaways", "Key Concepts and Summary") closes it,
review and critical-thinking questions follow the summary, and a chapter ends
on its key terms, references and further reading. Features (a primary-source
excerpt, a case study, an aside) sit in boxes; the layout says so (a shaded
frame in a PDF, an HTML ``<aside>``, a Markdown level-5 heading) and the
reader passes that on as the block's role.
"""

from __future__ import annotations

import functools
import re

#: Roles whose text is not the chapter's running text: the question rules do not
#: read it as body text.
APPARATUS_ROLES: frozenset[str] = frozenset({"summary", "objectives", "review", "glossary", "references", "box"})

# Checked in order: "Key Concepts and Summary" is a summary, "Key Concepts" a glossary.
_ROLE_WORDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("objectives", re.compile(
        r"^(?:(?:chapter |section |learning |student )?(?:objectives?|outcomes?|goals)$"
        r"|by the end of this (?:section|chapter)|what you will learn|you will learn)\b"
    )),
    ("summary", re.compile(
        r"\bsummary\b|^(?:key takeaways?|key points|main points|chapter review|section review"
        r"|in brief|recap|concept review|chapter highlights|big ideas)$"
    )),
    ("review", re.compile(
        r"^(?:(?:review|critical[- ]thinking|personal application|interactive link|self-check|thought|discussion"
        r"|study|practice|chapter|section|end[- ]of[- ](?:chapter|section)|reflection|concept check|reading"
        r"|comprehension|check-in) )?(?:questions?|quiz(?:zes)?|exercises|problems)$|^questions (?:for|to) "
        r"|^(?:short answer|check your understanding|test yourself|review|discussion|activities"
        r"|collaborative (?:group )?activities|figuring for yourself|practice|try it"
        r"|apply it|think about it|critical thinking|personal application|self-reflection|reflection|reflect)$"
    )),
    ("glossary", re.compile(r"^(?:key terms|glossary|key concepts|terms to know|vocabulary|key words|definitions)$")),
    ("references", re.compile(
        r"^(?:references|bibliography|works cited|sources|notes|endnotes|citations|further reading"
        r"|suggested readings?|recommended readings?|further research|for further (?:exploration|reading|study)"
        r"|additional resources|resources|readings|websites|videos|articles)$"
    )),
    ("introduction", re.compile(r"^(?:introduction|chapter introduction|chapter opener|thinking ahead|overview)$")),
)
_NUMBERING = re.compile(r"^(?:chapter\s+)?[\dIVX]+(?:\.\d+)*[.:]?\s+", re.I)


def heading_role(title: str) -> str:
    """The role a heading's words give its section, or "" when they give none.

    >>> heading_role("Section Summary"), heading_role("Review Questions"), heading_role("Trade")
    ('summary', 'review', '')
    """
    words = _NUMBERING.sub("", " ".join(title.split())).strip(" :.").lower()
    words = words.replace("’", "'")
    return _role_of(words) or _run_together(words.split())


def _role_of(words: str) -> str:
    for role, pattern in _ROLE_WORDS:
        if pattern.search(words):
            return role
    return ""


def _run_together(words: list[str]) -> str:
    """The role of the first of several apparatus headings read as one line
    ("Section Quiz Short Answer Further Research": a PDF's empty headings set
    one under the other), or "" unless every part is such a heading."""
    if not 2 <= len(words) <= _MAX_RUN_WORDS:
        return ""
    return _first_of_run(tuple(words))


#: Apparatus headings run together are a few short lines; a longer "heading" is text,
#: and splitting it every way would cost time exponential in its words.
_MAX_RUN_WORDS = 16


@functools.lru_cache(maxsize=4096)
def _first_of_run(words: tuple[str, ...]) -> str:
    for cut in range(len(words) - 1, 0, -1):
        first = _role_of(" ".join(words[:cut]))
        if first and (_role_of(" ".join(words[cut:])) or (len(words) - cut >= 2 and _first_of_run(words[cut:]))):
            return first
    return ""


def section_role(title: str, *, parent: str, layout: str = "") -> str:
    """The role of a section: its own words first, then what the layout says
    (``layout`` is ``"box"`` for a heading in a box), then its parent's role
    (a "Websites" list inside "Further Reading" is references; a heading inside
    a box is part of the box). The introduction role is not inherited."""
    own = heading_role(title)
    if own:
        return own
    if layout:
        return layout
    if parent and parent not in ("body", "introduction"):
        return parent
    return "body"
