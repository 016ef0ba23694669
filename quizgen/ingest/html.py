"""HTML -> Blocks, with BeautifulSoup over lxml (MIT and BSD; lxml parses broken
real-world HTML quickly, BeautifulSoup gives a simple walk over it)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from quizgen.ingest.blocks import Block, Cleaning, assemble
from quizgen.ingest.encoding import decode_text
from quizgen.ingest.marks import BOLD, ITALIC, wrap
from quizgen.models import Document

# The parser has already turned tags into structure and entities into text: what is
# left is literal ("&lt;b&gt;" in the page is the text "<b>"), so nothing is stripped again.
HTML_CLEANING = Cleaning(html=False)
_HEADINGS = {f"h{n}": n for n in range(1, 7)}
_KINDS = {"p": "body", "li": "list_item", "blockquote": "quote", "figcaption": "caption", "dd": "body", "dt": "body"}
_SKIP = ("script", "style", "nav", "header", "footer", "noscript", "template", "svg", "math", "form")
_BOLD_TAGS = frozenset({"b", "strong", "dfn", "dt"})
_ITALIC_TAGS = frozenset({"i", "em"})
# Elements that run on inside a line of text; any other element is a break (a space).
_INLINE = frozenset({
    "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "font", "i", "kbd", "mark",
    "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr", "ins", "del",
})
_BOLD_WEIGHT = re.compile(r"font-weight\s*:\s*(?:bold(?:er)?|[6-9]00)\b", re.I)
_CSS_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
_CLASS = re.compile(r"\.([A-Za-z_][\w-]*)\s*$")


def _bold_classes(soup: Any) -> frozenset[str]:
    """Classes a page's own style sheet sets in a bold weight (``.keyterm { font-weight: bold }``)."""
    found: set[str] = set()
    for style in soup.find_all("style"):
        for selectors, body in _CSS_RULE.findall(style.get_text()):
            if _BOLD_WEIGHT.search(body):
                for selector in selectors.split(","):
                    if match := _CLASS.search(selector.strip()):
                        found.add(match.group(1))
    return frozenset(found)


def _is_bold(tag: Any, bold_classes: frozenset[str]) -> bool:
    if tag.name in _BOLD_TAGS:
        return True
    style = tag.get("style")
    if style and _BOLD_WEIGHT.search(style):
        return True
    return bool(bold_classes) and any(c in bold_classes for c in tag.get("class") or ())


def marked_text(element: Any, bold_classes: frozenset[str] = frozenset()) -> str:
    """The text of an element, with bold and italic marks (spaces between blocks, none inside words)."""
    from bs4 import NavigableString, Tag
    from bs4.element import PreformattedString

    parts: list[str] = []
    for child in element.children:
        if isinstance(child, PreformattedString):
            continue  # comments, CDATA, doctypes
        if isinstance(child, NavigableString):
            parts.append(str(child))
        elif isinstance(child, Tag):
            inner = marked_text(child, bold_classes)
            if _is_bold(child, bold_classes):
                inner = wrap(inner, BOLD)
            elif child.name in _ITALIC_TAGS:
                inner = wrap(inner, ITALIC)
            parts.append(inner if child.name in _INLINE else f" {inner} ")
    return "".join(parts)


def html_blocks(markup: str | bytes) -> tuple[list[Block], str]:
    """Headings and text blocks of an HTML page in document order, and its <title>.

    Navigation, scripts, styles, headers and footers are left out; a block
    inside another (a <p> in an <li>) is read once, as the outer one. Blocks in
    an ``<aside>`` have the role ``box``; the box's own heading closes when the
    box ends, so the text after it is back in the section around it.
    """
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(markup, "lxml")
    title = soup.title.get_text(" ", strip=True) if soup.title else ""
    bold_classes = _bold_classes(soup)
    for tag in soup(list(_SKIP)):
        tag.decompose()
    wanted = list(_HEADINGS) + list(_KINDS)
    blocks: list[Block] = []
    box: Any = None
    box_levels: list[int] = []

    def text_of(element: Any) -> str:
        return " ".join(marked_text(element, bold_classes).split())

    for element in soup.find_all(wanted):
        if element.find_parent(list(_KINDS)) is not None:
            continue
        aside = element.find_parent("aside")
        if aside is not box:
            # Leaving a box closes the headings opened in it.
            blocks.extend(Block(kind="heading", text="", level=level) for level in box_levels[:1])
            box, box_levels = aside, []
        role = "box" if aside is not None else ""
        name = element.name
        if name in _HEADINGS:
            if role:
                box_levels.append(_HEADINGS[name])
            blocks.append(Block(kind="heading", text=text_of(element), level=_HEADINGS[name], role=role))
            continue
        if name == "li":
            # Nested lists are read as their own items.
            for nested in element.find_all(["ul", "ol"]):
                nested.extract()
                blocks.append(Block(kind="list_item", text=text_of(element), role=role))
                blocks.extend(
                    Block(kind="list_item", text=text_of(li), role=role) for li in nested.find_all("li")
                )
                break
            else:
                blocks.append(Block(kind="list_item", text=text_of(element), role=role))
            continue
        text = text_of(element)
        if name == "dt":
            text = wrap(text, BOLD)
        blocks.append(Block(kind=_KINDS[name], text=text, role=role))
    blocks.extend(Block(kind="heading", text="", level=level) for level in box_levels[:1])
    return blocks, title


def read_html(data: bytes, *, path: Path, sha256: str) -> Document:
    """An HTML chapter as a Document; the title is the first <h1>, else <title>, else the file name."""
    blocks, title = html_blocks(decode_text(data, name=path.name))
    return assemble(
        blocks, source=str(path), sha256=sha256, format="html",
        fallback_title=title or path.stem, cleaning=HTML_CLEANING,
    )
