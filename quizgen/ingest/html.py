"""HTML -> Blocks, with BeautifulSoup over lxml (MIT and BSD; lxml parses broken
real-world HTML quickly, BeautifulSoup gives a simple walk over it)."""

from __future__ import annotations

from pathlib import Path

from quizgen.ingest.blocks import Block, Cleaning, assemble
from quizgen.ingest.encoding import decode_text
from quizgen.models import Document

# The parser has already turned tags into structure and entities into text: what is
# left is literal ("&lt;b&gt;" in the page is the text "<b>"), so nothing is stripped again.
HTML_CLEANING = Cleaning(html=False)
_HEADINGS = {f"h{n}": n for n in range(1, 7)}
_KINDS = {"p": "body", "li": "list_item", "blockquote": "quote", "figcaption": "caption", "dd": "body", "dt": "body"}
_SKIP = ("script", "style", "nav", "header", "footer", "aside", "noscript", "template", "svg", "math", "form")


def html_blocks(markup: str | bytes) -> tuple[list[Block], str]:
    """Headings and text blocks of an HTML page in document order, and its <title>.

    Navigation, scripts, styles, headers and footers are left out; a block
    inside another (a <p> in an <li>) is read once, as the outer one.
    """
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(markup, "lxml")
    title = soup.title.get_text(" ", strip=True) if soup.title else ""
    for tag in soup(list(_SKIP)):
        tag.decompose()
    wanted = list(_HEADINGS) + list(_KINDS)
    blocks: list[Block] = []
    for element in soup.find_all(wanted):
        if element.find_parent(list(_KINDS)) is not None:
            continue
        name = element.name
        if name in _HEADINGS:
            blocks.append(Block(kind="heading", text=element.get_text(" ", strip=True), level=_HEADINGS[name]))
            continue
        if name == "li":
            # Nested lists are read as their own items.
            for nested in element.find_all(["ul", "ol"]):
                nested.extract()
                blocks.append(Block(kind="list_item", text=element.get_text(" ", strip=True)))
                blocks.extend(
                    Block(kind="list_item", text=li.get_text(" ", strip=True)) for li in nested.find_all("li")
                )
                break
            else:
                blocks.append(Block(kind="list_item", text=element.get_text(" ", strip=True)))
            continue
        blocks.append(Block(kind=_KINDS[name], text=element.get_text(" ", strip=True)))
    return blocks, title


def read_html(data: bytes, *, path: Path, sha256: str) -> Document:
    """An HTML chapter as a Document; the title is the first <h1>, else <title>, else the file name."""
    blocks, title = html_blocks(decode_text(data, name=path.name))
    return assemble(
        blocks, source=str(path), sha256=sha256, format="html",
        fallback_title=title or path.stem, cleaning=HTML_CLEANING,
    )
