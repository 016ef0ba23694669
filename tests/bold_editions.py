"""The same chapter in every format, written at run time from a ``.bold.md`` edition,
and how well the bold spans quizgen reads match the edition's ``**`` marks.

Used by tests/test_ingest_emphasis.py and bench/bench_bold.py (which prints the table).
"""

from __future__ import annotations

import difflib
import html
import re
from dataclasses import dataclass
from pathlib import Path

from quizgen.models import Document

BOLD_MARK = re.compile(r"\*\*(.+?)\*\*")
HEADING = re.compile(r"^(#{1,6})\s+(.*)$")


def normal(phrase: str) -> str:
    return " ".join(phrase.replace("\u2010", "-").split()).lower()


def expected_phrases(markdown: str) -> list[str]:
    """The bold phrases of a .bold.md edition in reading order (headings aside)."""
    found: list[str] = []
    for line in markdown.splitlines():
        if HEADING.match(line):
            continue
        found.extend(normal(m.group(1)) for m in BOLD_MARK.finditer(line))
    return found


def found_phrases(document: Document) -> list[str]:
    return [normal(phrase) for p in document.paragraphs for phrase in p.emphasised]


@dataclass(frozen=True)
class Score:
    expected: int
    found: int
    matched: int

    @property
    def recall(self) -> float:
        return self.matched / self.expected if self.expected else 1.0

    @property
    def precision(self) -> float:
        return self.matched / self.found if self.found else 1.0


def score(expected: list[str], found: list[str]) -> Score:
    """Spans matched one to one in reading order (the longest common subsequence of phrases)."""
    matcher = difflib.SequenceMatcher(a=expected, b=found, autojunk=False)
    matched = sum(block.size for block in matcher.get_matching_blocks())
    return Score(len(expected), len(found), matched)


def _blocks(markdown: str) -> list[tuple[str, int, str]]:
    """(kind, level, text) of a simple Markdown chapter: headings, list items, paragraphs."""
    out: list[tuple[str, int, str]] = []
    for chunk in re.split(r"\n\s*\n", markdown):
        chunk = chunk.strip()
        if not chunk:
            continue
        if match := HEADING.match(chunk):
            out.append(("heading", len(match.group(1)), match.group(2).strip()))
        elif all(line.startswith("- ") for line in chunk.splitlines()):
            out.extend(("item", 0, line[2:].strip()) for line in chunk.splitlines())
        else:
            out.append(("body", 0, " ".join(chunk.split())))
    return out


def _inline_html(text: str) -> str:
    parts = re.split(r"\*\*(.+?)\*\*", text)
    return "".join(
        f"<strong>{html.escape(part)}</strong>" if i % 2 else html.escape(part) for i, part in enumerate(parts)
    )


def write_html(markdown: str, path: Path) -> Path:
    """The chapter as an HTML page: <h1>-<h6>, <p>, <ul><li>, key terms in <strong>."""
    body: list[str] = []
    in_list = False
    for kind, level, text in _blocks(markdown):
        if kind != "item" and in_list:
            body.append("</ul>")
            in_list = False
        if kind == "heading":
            body.append(f"<h{level}>{html.escape(text.replace('**', ''))}</h{level}>")
        elif kind == "item":
            if not in_list:
                body.append("<ul>")
                in_list = True
            body.append(f"<li>{_inline_html(text)}</li>")
        else:
            body.append(f"<p>{_inline_html(text)}</p>")
    if in_list:
        body.append("</ul>")
    path.write_text("<!DOCTYPE html><html><head><meta charset='utf-8'><title>c</title></head><body>\n"
                    + "\n".join(body) + "\n</body></html>", encoding="utf-8")
    return path


def write_docx(markdown: str, path: Path) -> Path:
    """The chapter as a Word file: heading styles, list paragraphs, key terms in bold runs."""
    import docx

    word = docx.Document()
    for kind, level, text in _blocks(markdown):
        if kind == "heading":
            word.add_heading(text.replace("**", ""), level=min(level, 9))
            continue
        paragraph = word.add_paragraph(style="List Bullet" if kind == "item" else None)
        for i, part in enumerate(re.split(r"\*\*(.+?)\*\*", text)):
            if part:
                paragraph.add_run(part).bold = bool(i % 2) or None
    word.save(str(path))
    return path
