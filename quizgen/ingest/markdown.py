"""Inline Markdown -> text with bold and italic marks, with markdown-it-py (MIT,
CommonMark-compliant): ``**term**``, ``__term__``, ``<b>``/``<strong>``/``<dfn>``
are bold; ``*x*``, ``_x_``, ``<i>``/``<em>`` are italic. Links keep their text,
images their alt text, code its content; escapes and entities are decoded.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from quizgen.ingest.marks import BOLD, ITALIC

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

_FOOTNOTE = re.compile(r"\[\^[^\]]+\]")
_HTML_TAG = re.compile(r"^<(/?)([A-Za-z][A-Za-z0-9-]*)")
_HTML_MARKS = {"b": BOLD, "strong": BOLD, "dfn": BOLD, "i": ITALIC, "em": ITALIC}


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark").enable("strikethrough")


def _html_inline(content: str) -> str:
    match = _HTML_TAG.match(content)
    if match is None:
        return " "
    mark = _HTML_MARKS.get(match.group(2).lower())
    if mark is None:
        return " "
    return mark[1] if match.group(1) else mark[0]


def _render(tokens: list[Token]) -> str:
    out: list[str] = []
    for token in tokens:
        kind = token.type
        if kind in ("text", "text_special", "code_inline"):
            out.append(token.content)
        elif kind in ("softbreak", "hardbreak"):
            out.append("\n")
        elif kind == "strong_open":
            out.append(BOLD[0])
        elif kind == "strong_close":
            out.append(BOLD[1])
        elif kind == "em_open":
            out.append(ITALIC[0])
        elif kind == "em_close":
            out.append(ITALIC[1])
        elif kind == "image":
            out.append(_render(token.children or []))
        elif kind == "html_inline":
            out.append(_html_inline(token.content))
    return "".join(out)


def render_inline(text: str) -> str:
    """The text of one block of inline Markdown, with marks where it was bold or italic.

    >>> from quizgen.ingest.marks import strip
    >>> strip(render_inline("**Sovereignty** is *the* [authority](https://x.org) of `states`"))
    'Sovereignty is the authority of states'
    """
    if "[^" in text:
        text = _FOOTNOTE.sub("", text)
    tokens = _parser().parseInline(text)
    return "".join(_render(token.children or []) for token in tokens)
