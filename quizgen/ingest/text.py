"""Plain text (.txt) and Markdown (.md) -> Blocks.

A .txt file that looks like text extracted from a printed page (hard-wrapped
lines, page numbers, hyphenated line ends) goes through the same layout
cleaning as a PDF; clean text passes through unchanged apart from Unicode,
escapes and stray markup.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from quizgen.errors import IngestError
from quizgen.ingest.blocks import Block, Cleaning, assemble
from quizgen.ingest.encoding import decode_text
from quizgen.ingest.layout import Line, Page, blocks_from_pages, looks_laid_out
from quizgen.models import Document

_ATX = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
_SETEXT = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
_LIST_ITEM = re.compile(r"^ {0,3}(?:[-*+•]|\d{1,3}[.)])[ \t]+(.*)$")
_QUOTE = re.compile(r"^ {0,3}>[ \t]?(.*)$")
_FENCE = re.compile(r"^ {0,3}(```|~~~)")
_RULE = re.compile(r"^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$")
_TABLE_ROW = re.compile(r"^ {0,3}\|")
_HTML_BLOCK = re.compile(r"^ {0,3}<(?:!--|/?[A-Za-z][A-Za-z0-9-]*(?:\s[^>]*)?/?>)\s*$")

# Inline tags are markup only in Markdown; in a plain-text chapter "<b>" is the
# author's text (a chapter about HTML, say) and must reach the questions intact.
# Markdown blocks reach the cleaner already rendered by markdown-it (see
# :func:`quizgen.ingest.markdown.render_inline`), markup and entities gone.
MARKDOWN = Cleaning()
#: A heading this deep titles a feature box: textbooks converted to Markdown
#: (OpenStax among them) keep levels 1-4 for the chapter's own hierarchy.
BOX_LEVEL = 5
PLAIN = Cleaning(markdown=True, html=False)
EXTRACTED = Cleaning(markdown=False, html=False, split_ligatures=True)


def markdown_blocks(text: str) -> list[Block]:
    """Headings, paragraphs, list items and block quotes of a Markdown text.

    Code blocks, tables, front matter and horizontal rules are left out: they
    are not sentences a question can be asked about.
    """
    lines = text.split("\n")
    if lines and lines[0].strip() == "---":
        end = next((i for i in range(1, len(lines)) if lines[i].strip() in ("---", "...")), None)
        if end is not None:
            lines = lines[end + 1:]
    blocks: list[Block] = []
    current: list[str] = []
    kind = "body"
    fence: str | None = None

    def flush() -> None:
        nonlocal current, kind
        if current:
            blocks.append(Block(kind=kind, text="\n".join(current)))
        current, kind = [], "body"

    for line in lines:
        if fence is not None:
            if line.strip().startswith(fence):
                fence = None
            continue
        if match := _FENCE.match(line):
            flush()
            fence = match.group(1)
            continue
        if not line.strip():
            flush()
            continue
        if match := _ATX.match(line):
            flush()
            blocks.append(Block(kind="heading", text=match.group(2) or "", level=len(match.group(1))))
            continue
        if _SETEXT.match(line) and current and kind == "body" and len(current) == 1:
            level = 1 if line.strip().startswith("=") else 2
            blocks.append(Block(kind="heading", text=current[0], level=level))
            current = []
            continue
        if _RULE.match(line):
            flush()
            continue
        if _TABLE_ROW.match(line) or (_HTML_BLOCK.match(line) and not current):
            flush()
            continue
        if match := _LIST_ITEM.match(line):
            flush()
            kind, current = "list_item", [match.group(1)]
            continue
        if match := _QUOTE.match(line):
            if kind != "quote":
                flush()
                kind = "quote"
            current.append(match.group(1))
            continue
        current.append(line.strip())
    flush()
    return blocks


def _looks_like_heading(paragraph: list[str]) -> bool:
    if len(paragraph) != 1:
        return False
    line = paragraph[0].strip()
    return (
        0 < len(line) <= 90
        and line[0].isupper()
        and not line.endswith((".", ",", ";", ":", "!", "?", "”", '"'))
        and len(line.split()) <= 14
    )


def plain_blocks(text: str) -> tuple[list[Block], Cleaning, str]:
    """Blocks of a .txt file, the cleaning it needs, and its title ("" if none).

    The first line is the title when it looks like one (short, no closing
    punctuation); later one-line paragraphs that look like headings become
    level-2 headings. Hard-wrapped, page-laid-out text is reflowed.
    """
    raw_lines = text.split("\n")
    if looks_laid_out(raw_lines):
        pages = [
            Page(number=i + 1, lines=tuple(Line(text=t) for t in chunk.split("\n")))
            for i, chunk in enumerate(text.split("\f"))
        ]
        return blocks_from_pages(pages, has_pages=len(pages) > 1), EXTRACTED, ""
    paragraphs: list[list[str]] = []
    current: list[str] = []
    for line in raw_lines:
        if line.strip():
            current.append(line.strip())
        elif current:
            paragraphs.append(current)
            current = []
    if current:
        paragraphs.append(current)
    blocks: list[Block] = []
    title = ""
    for i, paragraph in enumerate(paragraphs):
        if _looks_like_heading(paragraph):
            level = 1 if i == 0 else 2
            if i == 0:
                title = paragraph[0]
            blocks.append(Block(kind="heading", text=paragraph[0], level=level))
        elif all(_LIST_ITEM.match(p) for p in paragraph):
            blocks.extend(Block(kind="list_item", text=_LIST_ITEM.match(p).group(1)) for p in paragraph)  # type: ignore[union-attr]
        else:
            blocks.append(Block(kind="body", text=" ".join(paragraph)))
    return blocks, PLAIN, title


def read_text(data: bytes, *, path: Path, sha256: str, markdown: bool) -> Document:
    """A .txt or .md file as a Document (see :func:`markdown_blocks`, :func:`plain_blocks`)."""
    text = decode_text(data, name=path.name)
    if not text.strip():
        raise IngestError(f"{path.name} has only whitespace in it")
    if markdown:
        from quizgen.ingest.markdown import render_inline

        blocks = [
            replace(
                block, text=render_inline(block.text),
                role="box" if block.kind == "heading" and block.level >= BOX_LEVEL else block.role,
            )
            for block in markdown_blocks(text)
        ]
        cleaning, title = MARKDOWN, ""
    else:
        blocks, cleaning, title = plain_blocks(text)
    return assemble(
        blocks, source=str(path), sha256=sha256, format="markdown" if markdown else "text",
        fallback_title=title or path.stem, cleaning=cleaning,
    )
