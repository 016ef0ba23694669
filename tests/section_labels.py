"""Hand labels for the section headings of the development corpus (../shared/corpus):
what a teacher would call each section, written from the books' own conventions.

Used by tests/test_ingest_roles.py and bench/bench_roles.py.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from quizgen.models import Document

SUMMARY = {"summary", "key concepts and summary", "chapter review", "section summary", "key takeaways"}
REVIEW = {
    "critical thinking questions", "critical thinking question", "personal application questions",
    "personal application question", "section quiz", "short answer", "interactive link questions",
    "self-check questions", "self-check question", "thought questions", "problems", "figuring for yourself",
    "collaborative group activities", "review questions", "self-reflection",
}
REFERENCES = {"further research", "for further exploration", "suggested reading", "references", "further reading"}
OBJECTIVES = {"learning objectives", "learning outcomes", "chapter objectives"}
INTRODUCTION = {"introduction", "thinking ahead"}


def expected_roles(markdown: str) -> list[tuple[str, str]]:
    """(heading, role) for each non-empty heading of a corpus chapter, in order.

    Markdown level-5 and level-6 headings title the books' feature boxes; a
    heading under a references or box heading shares its role.
    """
    out: list[tuple[str, str]] = []
    stack: list[tuple[int, str]] = []
    for line in markdown.splitlines():
        if not line.startswith("#"):
            continue
        hashes = len(line) - len(line.lstrip("#"))
        title = line[hashes:].strip()
        stack = [(lvl, r) for lvl, r in stack if lvl < hashes]
        if not title:
            continue
        words = title.lower()
        if words in SUMMARY:
            role = "summary"
        elif words in REVIEW:
            role = "review"
        elif words in REFERENCES:
            role = "references"
        elif words in OBJECTIVES:
            role = "objectives"
        elif words in INTRODUCTION:
            role = "introduction"
        elif hashes >= 5:
            role = "box"
        elif stack and stack[-1][1] in ("references", "box", "review"):
            role = stack[-1][1]
        else:
            role = "body"
        stack.append((hashes, role))
        out.append((title, role))
    return out


def confusion(path: Path, document: Document) -> Counter[tuple[str, str]]:
    """(expected, found) counts over a chapter's sections, matched in order by title."""
    expected = expected_roles(path.read_text(encoding="utf-8"))
    found = [(s.title, s.role) for s in document.sections]
    counts: Counter[tuple[str, str]] = Counter()
    for (title, want), (got_title, got) in zip(expected, found, strict=True):
        assert "".join(title.split()) == "".join(got_title.split()), (title, got_title)
        counts[want, got] += 1
    return counts
