"""Bold and italic marks carried through cleaning as private-use characters.

A reader wraps what the source sets in bold (or ``<dfn>``) in :data:`BOLD`
and what it sets in italics in :data:`ITALIC`. The characters are in the
private-use area, so no cleaning step reads them as letters, spaces or
punctuation: ligature repair, de-hyphenation, citation removal and whitespace
folding move them along with the text around them. :func:`extract` takes them
out last and returns the spans in the coordinates of the finished text, so
they are right whatever the steps before did to the text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

PAGE_MARK = "\ue000"
"""Where a new page starts in a block's text (see :mod:`quizgen.ingest.blocks`)."""

BOLD = ("\ue001", "\ue002")
ITALIC = ("\ue003", "\ue004")
MARKS = "\ue001\ue002\ue003\ue004"
MARK_CLASS = "[\ue001-\ue004]"

_ALL = re.compile(MARK_CLASS)
_EMPTY = re.compile("\ue001\ue002|\ue003\ue004")
# A span that closes and opens again at once (across a tag boundary, a line
# end or a rejoined hyphen) is one span.
_REOPEN = re.compile("\ue002\ue001|\ue004\ue003")
# Spaces belong outside a span: "<b>term </b>" marks "term".
_SPACE_AFTER_OPEN = re.compile("([\ue001\ue003]+)([ \t\n\r\f\v]+)")
_SPACE_BEFORE_CLOSE = re.compile("([ \t\n\r\f\v]+)([\ue002\ue004]+)")
# Anything the steps of :func:`tidy` change (the same space characters as theirs,
# so that the loop there ends).
_UNTIDY = re.compile("\ue001\ue002|\ue003\ue004|\ue002\ue001|\ue004\ue003|[\ue001\ue003][ \t\n\r\f\v]|[ \t\n\r\f\v][\ue002\ue004]")


def wrap(text: str, mark: tuple[str, str]) -> str:
    """``text`` inside ``mark`` (nothing for empty text)."""
    return f"{mark[0]}{text}{mark[1]}" if text else text


def strip(text: str) -> str:
    """The text without marks."""
    return _ALL.sub("", text) if _ALL.search(text) else text


def tidy(text: str) -> str:
    """Marks with empty spans dropped, touching spans joined and spaces moved outside spans."""
    while _UNTIDY.search(text):
        text = _EMPTY.sub("", text)
        text = _REOPEN.sub("", text)
        text = _SPACE_AFTER_OPEN.sub(r"\2\1", text)
        text = _SPACE_BEFORE_CLOSE.sub(r"\2\1", text)
    return text


def join_lines(left: str, right: str) -> tuple[str, str]:
    """Two lines of one paragraph, with a span that runs on from ``left`` into
    ``right`` made one (the line break is a space inside it)."""
    for opening, closing in (BOLD, ITALIC):
        if left.endswith(closing) and right.startswith(opening):
            left, right = left[: -len(closing)], right[len(opening):]
    return left, right


@dataclass(frozen=True, slots=True)
class Marked:
    """Text with its marks taken out: page starts, bold spans and italic spans as offsets."""

    text: str
    page_starts: tuple[tuple[int, int], ...]
    emphasis: tuple[tuple[int, int], ...]
    italic: tuple[tuple[int, int], ...]


_SPLIT = re.compile("([\ue000-\ue004])")
_SPACE_RUN = re.compile(" {2,}")


def extract(text: str, pages: Sequence[int] = ()) -> Marked:
    """The text with marks and page marks taken out, and where they were.

    Spaces are folded as the marks go (two spaces that met across a mark are
    one) and the ends are trimmed; a span that ends up empty is dropped.
    ``pages`` is the page the text starts on, then one per :data:`PAGE_MARK`.
    """
    starts: list[tuple[int, int]] = [(0, pages[0])] if pages else []
    if not _SPLIT.search(text):
        return Marked(text.strip(" "), tuple(starts), (), ())
    out: list[str] = []
    length = 0
    page_index = 0
    depth = {BOLD[0]: 0, ITALIC[0]: 0}
    opened: dict[str, int] = {}
    spans: dict[str, list[tuple[int, int]]] = {BOLD[0]: [], ITALIC[0]: []}
    closing = {BOLD[1]: BOLD[0], ITALIC[1]: ITALIC[0]}
    for piece in _SPLIT.split(text):
        if not piece:
            continue
        if piece in depth:
            if depth[piece] == 0:
                opened[piece] = length
            depth[piece] += 1
            continue
        if piece in closing:
            key = closing[piece]
            if depth[key]:
                depth[key] -= 1
                if depth[key] == 0:
                    spans[key].append((opened[key], length))
            continue
        if piece == PAGE_MARK:
            page_index += 1
            if not pages:
                piece = " "
            else:
                page = pages[page_index] if page_index < len(pages) else pages[-1]
                if starts[-1][0] == length:
                    starts[-1] = (length, page)
                elif page != starts[-1][1]:
                    starts.append((length, page))
                continue
        if "  " in piece:
            piece = _SPACE_RUN.sub(" ", piece)
        if piece[0] == " " and (not out or out[-1][-1] == " "):
            piece = piece[1:]
            if not piece:
                continue
        out.append(piece)
        length += len(piece)
    for key, start in opened.items():
        if depth[key]:
            spans[key].append((start, length))
    joined = "".join(out)
    trimmed = joined.rstrip(" ")
    end = len(trimmed)
    lead = len(joined) - len(joined.lstrip(" "))
    trimmed = trimmed.lstrip(" ")

    def clip(found: list[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
        result: list[tuple[int, int]] = []
        for start, stop in found:
            start, stop = max(start, lead) - lead, min(stop, end) - lead
            while start < stop and trimmed[start] == " ":
                start += 1
            while stop > start and trimmed[stop - 1] == " ":
                stop -= 1
            if start < stop:
                result.append((start, stop))
        return tuple(sorted(result))

    last = max(len(trimmed) - 1, 0)
    page_starts = tuple((min(max(offset - lead, 0), last), page) for offset, page in starts)
    return Marked(trimmed, page_starts, clip(spans[BOLD[0]]), clip(spans[ITALIC[0]]))
