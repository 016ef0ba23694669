"""Laid-out text (PDF pages, or text extracted from them) -> Blocks.

The steps, each a named function: :func:`remove_page_furniture` (page numbers,
running headers and footers, found by position and repetition),
:func:`join_line_end_hyphens`, and :func:`reflow` (lines -> headings, list
items and paragraphs, joined again across page breaks).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, replace

from quizgen.ingest import marks
from quizgen.ingest.blocks import PAGE_MARK, Block
from quizgen.ingest.words import is_word, zipf


@dataclass(frozen=True, slots=True)
class Line:
    """One line of a page. Geometry (PDF points down from the page top; ``bottom``
    is the baseline; ``indent`` from the page's nearest text margin) is None
    for text that has none. ``marked`` is the text with bold and italic marks
    (:mod:`quizgen.ingest.marks`), or "" when it has none: decisions are taken
    on ``text``, and ``marked`` is what goes into the blocks. ``boxed`` is true
    for a line inside a shaded or framed box."""

    text: str
    top: float | None = None
    bottom: float | None = None
    x0: float | None = None
    x1: float | None = None
    size: float | None = None
    bold: bool = False
    indent: float | None = None
    marked: str = ""
    boxed: bool = False

    @property
    def shown(self) -> str:
        """The text with its marks."""
        return self.marked or self.text


@dataclass(frozen=True, slots=True)
class Page:
    """A page: its 1-based index in the file and its lines in reading order."""

    number: int
    lines: tuple[Line, ...]
    height: float | None = None


@dataclass(frozen=True, slots=True)
class FlowLine:
    """A body line in reading order across pages; ``text == ""`` is a blank line."""

    line: Line
    page: int

    @property
    def text(self) -> str:
        return self.line.text


_PAGE_NUMBER = re.compile(
    r"^\s*(?:(?:page|p\.)\s*)?(\d{1,4}|[ivxlcdm]{1,7})(?:\s*(?:[|/–—-]|of)?\s*(\d{1,4}))?\s*$", re.I
)
_TERMINAL = (".", "!", "?", ":", "”", '"', "’", ")", "]", "…")
_BULLET = re.compile(r"^(?:[•●▪◦‣∙·■□➢►✓–-]|\(?\d{1,2}[.)]|\(?[a-z][.)])\s+")
_HYPHEN_END = re.compile(r"([A-Za-z]+)[-\u2010\u00ad]$")
_WORD_START = re.compile(r"^([A-Za-z]+)")
_HYPHEN_END_MARKED = re.compile(rf"([A-Za-z]+)({marks.MARK_CLASS}*)[-\u2010\u00ad]({marks.MARK_CLASS}*)$")
_WORD_START_MARKED = re.compile(rf"^({marks.MARK_CLASS}*)([A-Za-z]+)")
_GLUED = re.compile(r"^[^\s]*")
_OPEN_BREAK = re.compile(r"[^\s/–—][/–—]$")


def _edge_key(text: str) -> str:
    """Text compared across pages: digits and case do not matter (``Chapter 3 · 41``)."""
    return re.sub(r"\d+", "#", " ".join(text.lower().split()))


def _edge_indices(page: Page, reach: int = 3) -> list[int]:
    """Indices of the lines at the top and bottom edges of a page, where furniture sits."""
    count = len(page.lines)
    body = [i for i, line in enumerate(page.lines) if line.text.strip()]
    edges = set(body[:reach] + body[-reach:])
    if page.height:
        edges = {
            i for i in edges
            if (page.lines[i].top or 0) < 0.14 * page.height
            or (page.lines[i].bottom or 0) > 0.86 * page.height
        } | set(body[:1] + body[-1:])
    return sorted(i for i in edges if 0 <= i < count)


def _typical_length(lines: Sequence[str]) -> float:
    lengths = sorted(len(t) for t in lines if t.strip())
    if not lengths:
        return 0.0
    return float(lengths[int(0.8 * (len(lengths) - 1))])


def _ends_mid_sentence(text: str) -> bool:
    text = text.rstrip()
    return bool(text) and (text.endswith("-") or text[-1].islower() or text.endswith(","))


def _ends_sentence(text: str) -> bool:
    """Does the text end a sentence (``.``, ``!``, ``?``, also inside closing quotes or brackets)?"""
    return text.rstrip().rstrip("”’\"')]»").endswith((".", "!", "?"))


def _line_pitch(pages: Sequence[Page]) -> float | None:
    """The usual distance between the baselines of consecutive lines (None without geometry)."""
    pitches = sorted(
        b.bottom - a.bottom
        for page in pages for a, b in zip(page.lines, page.lines[1:], strict=False)
        if a.bottom is not None and b.bottom is not None and b.bottom > a.bottom
    )
    return pitches[len(pitches) // 2] if pitches else None


def _set_apart(above: Line, line: Line, pitch: float | None) -> bool:
    """Is ``line`` set apart below the line above it, as a footer in the bottom margin is?

    A line at the usual pitch below the one before it (or drawn above it)
    belongs to the text block. Without geometry there is no telling: yes.
    """
    if pitch is None or above.bottom is None or line.bottom is None:
        return True
    return line.bottom - above.bottom > 1.5 * pitch


def remove_page_furniture(pages: Sequence[Page]) -> tuple[list[Page], dict[int, int]]:
    """Pages without page numbers and running headers or footers, and the printed
    page numbers found (page index -> printed number).

    Furniture is recognised from position and repetition, not from a list: a
    number alone on a line at a page's edge; a line at the edge whose text
    (digits aside) recurs at the edge of other pages; and short lines left
    at the foot of a page after a full line whose sentence runs on, when
    they are set apart from it (with geometry: more than one and a half
    line pitches below it). The last line of a paragraph, the end of a credit or
    the last items of a list just above the page number stay: they follow
    the text above at the usual pitch, or follow a short line.
    """
    counts: Counter[str] = Counter()
    for page in pages:
        counts.update({_edge_key(page.lines[i].text) for i in _edge_indices(page)})
    repeat = max(2, round(0.15 * len(pages)))
    typical = _typical_length([line.text for page in pages for line in page.lines])
    sizes = Counter(round(ln.size, 1) for page in pages for ln in page.lines if ln.size)
    body_size = sizes.most_common(1)[0][0] if sizes else None
    pitch = _line_pitch(pages)
    printed: dict[int, int] = {}
    cleaned: list[Page] = []
    for page in pages:
        drop: set[int] = set()
        for i in _edge_indices(page):
            text = page.lines[i].text.strip()
            number = _PAGE_NUMBER.match(text)
            if number and number.group(1).isdigit():
                printed.setdefault(page.number, int(number.group(1)))
                drop.add(i)
            elif number and len(text) <= 5:
                drop.add(i)
            elif (
                len(pages) > 1 and counts[_edge_key(text)] >= repeat and len(text) < 0.9 * typical + 10
                # Display type is a heading even when a running header repeats its words.
                and not (body_size and (page.lines[i].size or 0) > 1.12 * body_size)
            ):
                drop.add(i)
        body = [i for i, line in enumerate(page.lines) if line.text.strip() and i not in drop]
        # Short lines after a sentence that breaks off at the foot of a page: a
        # running footer the repetition test cannot see (a single page).
        run = 0
        while run < min(3, len(body) - 1):
            line = page.lines[body[-1 - run]].text.strip()
            if len(line) >= 0.6 * typical or _ends_sentence(line):
                break
            run += 1
        if run:
            above, first = page.lines[body[-1 - run]], page.lines[body[-run]]
            # The sentence breaks off at the end of a full line, not of a list
            # item or a heading, and what follows is not the next line of text.
            if (
                _ends_mid_sentence(above.text) and len(above.text.strip()) >= 0.6 * typical
                and _set_apart(above, first, pitch)
            ):
                drop.update(body[-run:])
        cleaned.append(replace(page, lines=tuple(ln for i, ln in enumerate(page.lines) if i not in drop)))
    return cleaned, printed


def page_numbers(pages: Sequence[Page], printed: dict[int, int]) -> dict[int, int]:
    """Page index -> the number to report: printed numbers when they follow the
    page order consistently, else the 1-based index in the file."""
    offsets = Counter(number - index for index, number in printed.items())
    if offsets:
        offset, agreeing = offsets.most_common(1)[0]
        if agreeing * 2 >= len(printed):
            return {page.number: page.number + offset for page in pages}
    return {page.number: page.number for page in pages}


def dehyphenate(left: str, right: str, *, vocabulary: Collection[str] = ()) -> str:
    """How ``left-`` at a line end and ``right`` on the next line are written.

    Joined (``involve``/``ment`` -> ``involvement``) unless the hyphen is real:
    the next part is capitalised (``Russian-``/``Kazakh``), the document itself
    writes the pair with a hyphen, or both parts are words and the joined
    form is not (``long``/``term`` -> ``long-term``).
    """
    hyphenated, joined = f"{left}-{right}", left + right
    if left[-1:].islower() and right[:1].isupper():
        return hyphenated
    if joined.lower() in vocabulary and hyphenated.lower() not in vocabulary:
        return joined
    if hyphenated.lower() in vocabulary and joined.lower() not in vocabulary:
        return hyphenated
    if is_word(joined):
        return joined
    if is_word(left) and is_word(right) and zipf(left + " " + right) >= zipf(joined):
        return hyphenated
    return joined


def join_line_end_hyphens(flow: list[FlowLine], *, vocabulary: Collection[str] = ()) -> list[FlowLine]:
    """Lines whose last word was hyphenated at the line end, with the word made whole.

    The whole word goes on the first line, so it keeps the first line's page.
    """
    out = list(flow)
    for i in range(len(out) - 1):
        text = out[i].text.rstrip()
        match = _HYPHEN_END.search(text)
        nxt = out[i + 1].text.lstrip()
        start = _WORD_START.match(nxt)
        if not match or not start:
            continue
        left, right = match.group(1), start.group(1)
        word = dehyphenate(left, right, vocabulary=vocabulary)
        rest = nxt[start.end():]
        # Punctuation glued to the word's second part ("ment," "stan.") goes with it.
        glued = _GLUED.match(rest).group(0)  # type: ignore[union-attr]
        first, second = text[: match.start()] + word + glued, rest[len(glued):].lstrip()
        marked_first, marked_second = "", ""
        if out[i].line.marked or out[i + 1].line.marked:
            marked_first, marked_second = _join_marked(out[i].line.shown, out[i + 1].line.shown, left, right, word)
        out[i] = FlowLine(replace(out[i].line, text=first, marked=marked_first), out[i].page)
        out[i + 1] = FlowLine(replace(out[i + 1].line, text=second, marked=marked_second), out[i + 1].page)
    return out


def _join_marked(above: str, below: str, left: str, right: str, word: str) -> tuple[str, str]:
    """The marked texts of two lines after :func:`join_line_end_hyphens` joined
    ``left-``/``right`` into ``word``; a mark that closes before the hyphen and
    opens again after it closes and opens around the whole word."""
    end = _HYPHEN_END_MARKED.search(above.rstrip())
    nxt = below.lstrip()
    start = _WORD_START_MARKED.match(nxt)
    if not end or not start or end.group(1) != left or start.group(2) != right:
        # A mark inside one of the halves: keep the words right and lose the marks.
        return "", ""
    joiner = "-" if len(word) > len(left) + len(right) else ""
    whole = left + end.group(2) + end.group(3) + start.group(1) + joiner + right
    rest = nxt[start.end():]
    glued = _GLUED.match(rest).group(0)  # type: ignore[union-attr]
    first, second = above.rstrip()[: end.start()] + whole + glued, rest[len(glued):].lstrip()
    # Each line keeps its marks balanced: a span the moved word opened closes at
    # the line end and opens again on the next line (reflow joins it up).
    for opening, closing in (marks.BOLD, marks.ITALIC):
        if first.count(opening) > first.count(closing):
            first, second = first + closing, opening + second
    return first, second


@dataclass(slots=True)
class _Style:
    body_size: float | None
    heading_sizes: list[float]
    typical: float
    leading: float


def _style(flow: Sequence[FlowLine]) -> _Style:
    sizes: Counter[float] = Counter()
    pitches: Counter[float] = Counter()
    for fl, nxt in zip(flow, flow[1:], strict=False):
        if fl.line.size and fl.text and _has_word(fl.text):
            sizes[round(fl.line.size, 1)] += len(fl.text)
        if fl.page == nxt.page and fl.line.bottom is not None and nxt.line.bottom is not None:
            pitch = round(nxt.line.bottom - fl.line.bottom, 1)
            if pitch > 0:
                pitches[pitch] += 1
    body = sizes.most_common(1)[0][0] if sizes else None
    headings = sorted({s for s in sizes if body and s > body * 1.12}, reverse=True)
    leading = pitches.most_common(1)[0][0] if pitches else 0.0
    return _Style(body, headings, _typical_length([fl.text for fl in flow]), leading)


def _decoration(line: Line, style: _Style) -> bool:
    """Display type without a word in it: a chapter number, letter-spaced ``C H A P T E R``."""
    return bool(line.size and style.body_size and line.size > 1.12 * style.body_size) and not _has_word(line.text)


def _has_word(text: str) -> bool:
    return bool(re.search(r"[A-Za-z]{2}", text))


def _heading_level(line: Line, style: _Style) -> int:
    if line.size is None or not style.body_size or not _has_word(line.text):
        return 0
    size = round(line.size, 1)
    if size in style.heading_sizes:
        return style.heading_sizes.index(size) + 1
    # With marks, a line is bold when all of it is: a line that opens on a bold
    # term ("glucagon, which has ...") is text.
    bold = _wholly_bold(line) if line.marked else line.bold
    if bold and size >= style.body_size and len(line.text) < 0.7 * style.typical:
        return len(style.heading_sizes) + 1
    return 0


def measure_indents(page: Page) -> Page:
    """The page with each line's indent from the nearest text margin at or left of it
    (margins are the left edges most lines on the page share; columns have their own)."""
    lefts = Counter(round(ln.x0) for ln in page.lines if ln.x0 is not None and ln.text.strip())
    if not lefts:
        return page
    total = sum(lefts.values())
    margins = sorted(x for x, n in lefts.items() if n >= 0.15 * total) or [min(lefts)]
    lines = []
    for ln in page.lines:
        if ln.x0 is None:
            lines.append(ln)
            continue
        near = [m for m in margins if m <= ln.x0 + 1.5]
        lines.append(replace(ln, indent=ln.x0 - (near[-1] if near else margins[0])))
    return replace(page, lines=tuple(lines))


def _starts_paragraph(prev: FlowLine, cur: FlowLine, style: _Style, *, listing: bool) -> bool:
    before, line = prev.line, cur.line
    text = before.text.rstrip()
    unit = style.leading or line.size or 10.0
    if line.indent is not None and before.indent is not None:
        # A first-line indent starts a paragraph; a line back at the margin after
        # an indented list item ends the item.
        step = line.indent - before.indent
        if 0.6 * unit < step < 5 * unit or (listing and step < -0.6 * unit):
            return True
        if listing:
            return False
    if (
        prev.page == cur.page and style.leading and line.bottom is not None and before.bottom is not None
        and line.bottom - before.bottom > 1.4 * style.leading
    ):
        return True
    if not text.endswith(_TERMINAL):
        return False
    return len(text) < 0.8 * style.typical


def reflow(flow: Sequence[FlowLine], *, geometry: bool) -> list[Block]:
    """Lines in reading order -> headings, list items and paragraphs.

    A paragraph ends at a blank line, a first-line indent, extra space, or a
    short line that ends a sentence; a page break alone never ends one, so a
    paragraph split across pages comes back whole (with a page mark).

    Lines in a box (a shaded or framed feature) make blocks with the role
    ``box``; a short line wholly in bold that opens a paragraph there is the
    box's heading, and the box's headings close where the box ends.
    """
    style = _style(flow)
    blocks: list[Block] = []
    parts: list[str] = []
    pages: list[int] = []
    kind = "body"
    level = 0
    prev: FlowLine | None = None
    in_box = False
    box_level = 0

    def flush() -> None:
        nonlocal parts, pages, kind, level
        if parts:
            blocks.append(
                Block(kind=kind, text=" ".join(parts), level=level, pages=tuple(pages), role="box" if in_box else "")
            )
        parts, pages, kind, level = [], [], "body", 0

    def add(fl: FlowLine) -> None:
        if pages and fl.page != pages[-1]:
            parts.append(PAGE_MARK)
            pages.append(fl.page)
        elif not pages:
            pages.append(fl.page)
        piece = fl.line.shown.strip()
        last = len(parts) - 1 - (parts[-1:] == [PAGE_MARK])
        if last >= 0:
            parts[last], piece = marks.join_lines(parts[last], piece)
            if last == len(parts) - 1 and _OPEN_BREAK.search(marks.strip(parts[last])):
                # "pronation/" + "supination", "10–" + "35": a line broken after a
                # slash or a dash set close is one word again.
                parts[last] += piece
                return
        parts.append(piece)

    for position, fl in enumerate(flow):
        text = fl.text.strip()
        if not text:
            flush()
            prev = None
            continue
        if fl.line.boxed != in_box:
            flush()
            if box_level:
                blocks.append(Block(kind="heading", text="", level=box_level))
            in_box, box_level, prev = fl.line.boxed, 0, None
        heading = _heading_level(fl.line, style) if geometry else 0
        if geometry and not heading and _decoration(fl.line, style):
            continue
        if (
            geometry and not heading and _wholly_bold(fl.line) and not text.endswith(".")
            and (in_box or (fl.line.size or 0) >= (style.body_size or 0))
            and (prev is None or kind == "heading" or _ends_sentence(prev.text) or _space_above(prev, fl, style))
            and not _runs_on(fl, flow[position + 1] if position + 1 < len(flow) else None, style)
        ):
            # A line wholly in bold that opens a paragraph is a heading, whatever its
            # length: the first line of a heading set over two lines. One that fills
            # the line and runs on into plain text is a long bold term opening a
            # paragraph (a glossary entry), not a heading.
            # A box's heading sits below every heading of the text around it, so that
            # closing it when the box ends leaves the reader in the section it was in.
            deepest = len(style.heading_sizes) + 1
            heading = level if kind == "heading" else (box_level or deepest + 1) if in_box else deepest
        if heading and in_box:
            box_level = min(box_level or heading, heading)
        if heading:
            if kind != "heading" or level != heading:
                flush()
                kind, level = "heading", heading
            add(fl)
            prev = fl
            continue
        if kind == "heading":
            flush()
        elif _BULLET.match(text) and (prev is None or prev.text.rstrip().endswith(_TERMINAL + (";",))):
            flush()
            kind = "list_item"
            bullet = _BULLET.match(text).end()  # type: ignore[union-attr]
            shown = _drop_prefix(fl.line.marked.strip(), bullet) if fl.line.marked else ""
            fl = FlowLine(replace(fl.line, text=text[bullet:], marked=shown), fl.page)
        elif prev is not None and _starts_paragraph(prev, fl, style, listing=kind == "list_item"):
            flush()
        add(fl)
        prev = fl
    flush()
    if not geometry:
        blocks = [_promote_heading(b, style) for b in blocks]
    return blocks


def _runs_on(line: FlowLine, following: FlowLine | None, style: _Style) -> bool:
    """Does a full line run on into the next, plain line of the same paragraph?"""
    return (
        following is not None and len(line.text.strip()) >= 0.7 * style.typical
        and following.text.strip()[:1].islower() and not _wholly_bold(following.line) and not _space_above(line, following, style)
        and following.line.size == line.line.size
    )


def _space_above(prev: FlowLine, cur: FlowLine, style: _Style) -> bool:
    """Is there more than the usual line spacing between two lines of one page?"""
    above, line = prev.line.bottom, cur.line.bottom
    return (
        prev.page == cur.page and bool(style.leading) and above is not None and line is not None
        and line - above > 1.4 * style.leading
    )


def _wholly_bold(line: Line) -> bool:
    marked = line.marked.strip().removesuffix("-")
    return (
        marked.startswith(marks.BOLD[0]) and marked.endswith(marks.BOLD[1])
        and marked.count(marks.BOLD[0]) == 1 and marks.strip(marked) == line.text.strip().removesuffix("-")
    )


def _drop_prefix(marked: str, count: int) -> str:
    """``marked`` without its first ``count`` characters of text (marks in them go too)."""
    seen = 0
    for index, char in enumerate(marked):
        if seen == count:
            return marked[index:]
        if char not in marks.MARKS:
            seen += 1
    return ""


def _promote_heading(block: Block, style: _Style) -> Block:
    """In text without geometry, a short one-line paragraph set off by blank lines
    with no closing punctuation is a heading."""
    text = marks.strip(block.text)
    if (
        block.kind == "body" and PAGE_MARK not in text and len(text) < 0.75 * style.typical
        and text[:1].isupper() and not text.endswith(_TERMINAL + (",", ";")) and len(text.split()) <= 12
    ):
        return replace(block, kind="heading", level=2)
    return block


def looks_laid_out(lines: Sequence[str]) -> bool:
    """Does this text look extracted from printed pages (hard-wrapped lines,
    page numbers alone on a line, words hyphenated at line ends)?"""
    body = [t for t in lines if t.strip()]
    if len(body) < 6:
        return False
    typical = _typical_length(body)
    if typical > 130:
        return False
    followed = sum(1 for a, b in zip(lines, lines[1:], strict=False) if a.strip() and b.strip()) / len(body)
    hyphens = sum(1 for t in body if _HYPHEN_END.search(t.rstrip()))
    numbers = sum(1 for t in body if _PAGE_NUMBER.match(t) and t.strip()[:1].isdigit())
    return followed >= 0.5 and (hyphens >= 1 or numbers >= 1 or followed >= 0.75)


def blocks_from_pages(pages: Sequence[Page], *, has_pages: bool = True) -> list[Block]:
    """All layout steps on a document's pages, in order; pages are reported as
    printed numbers where detectable (see :func:`page_numbers`)."""
    pages, printed = remove_page_furniture(pages)
    pages = [measure_indents(page) for page in pages]
    numbers = page_numbers(pages, printed)
    geometry = any(line.size is not None for page in pages for line in page.lines)
    flow = [FlowLine(line, numbers[page.number]) for page in pages for line in page.lines]
    vocabulary = _vocabulary(fl.text for fl in flow)
    flow = join_line_end_hyphens(flow, vocabulary=vocabulary)
    blocks = reflow(flow, geometry=geometry)
    if not has_pages and not printed:
        blocks = [replace(b, pages=(), text=b.text.replace(PAGE_MARK, " ")) for b in blocks]
    return blocks


def _vocabulary(texts: Iterable[str]) -> frozenset[str]:
    """Words written whole inside lines (not at a line end), as the document spells them."""
    words: set[str] = set()
    for text in texts:
        inner = text.rstrip()
        if inner.endswith("-"):
            inner = inner.rsplit(" ", 1)[0] if " " in inner else ""
        words.update(w.lower() for w in re.findall(r"[A-Za-z]+(?:-[A-Za-z]+)*", inner))
    return frozenset(words)
