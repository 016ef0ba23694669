"""Dates: other years, decades and months in the answer's own format.

>>> list(dates_near(fact_2008, "2008", chapter))[:3]      # doctest: +SKIP
['2005', '2011', '2003']

A date gets the chapter's dates within twenty-five years of it, in its format (decades for
a decade), that the sentence's own years do not rule out ("from _____ to 1945" asks
for a year before 1945, "up from $9.5 billion in 2005" for one after 2005) and that are
not later than everything the chapter tells;
where the chapter has too few, years, decades or months near the answer.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

from quizgen.models import Fact
from quizgen.questions.distractors.chapter import Chapter
from quizgen.questions.distractors.common import YEAR, years_in
from quizgen.questions.distractors.numbers import shape
from quizgen.rules.distractors import ROUND_YEAR, ROUND_YEAR_OFFSETS
from quizgen.rules.questions import MONTHS

_DECADE = re.compile(r"(?<!\d)(\d{3})0s\b")
_RANGE = re.compile(
    r"(?:\b(?:from|between)\s+)?(?<!\d)(\d{4})(?:\s*[–—-]\s*|\s+(?:to|and|until)\s+)(\d{4})(?!\d)"
)
_MONTH = re.compile(r"\b(" + "|".join(MONTHS) + r")\b")

#: Year offsets for a date, mixed before and after.
_YEAR_OFFSETS = (-3, 3, -5, 2, 5, -2, 7, -7, 10, -10, 1, -1)
#: How far (in years) a year from elsewhere in the chapter may be and still be plausible.
YEAR_WINDOW = 25


def dates_like(answer: str, fact: Fact, other: Fact, chapter: Chapter) -> Iterable[str]:
    """Another date of the chapter, written in the answer's format, that the sentence
    does not rule out."""
    year = _year_in(answer)
    number = date_year(other)
    if year is not None and number is not None:
        if number <= 0 or abs(number - year) > YEAR_WINDOW:
            return ()
        decade = _DECADE.search(answer)
        if decade:
            span = 100 if _century(decade) else 10
            start = number // span * span
            if start == year // span * span:
                return ()
            return (_with_decade(answer, decade, start),) if _allowed(fact, start, chapter) else ()
        return (_with_year(answer, number),) if _allowed(fact, number, chapter) else ()
    if shape(other.answer) == shape(answer) and _MONTH.search(answer) is None:
        return (other.answer,)
    return ()


def date_year(fact: Fact) -> int | None:
    """The year a date fact gives (its ``year`` attribute or the one year of its
    answer), or None: the key a chapter's dates are looked up by."""
    year = fact.attr("year") or (str(_year_in(fact.answer) or ""))
    return int(year) if year.lstrip("-").isdigit() else None


def year_of(answer: str) -> int | None:
    """The one year a date answer states (1000-2999), or None."""
    return _year_in(answer)


def dates_near(fact: Fact, answer: str, chapter: Chapter) -> Iterator[str]:
    """Dates made up in the answer's own format: nearby decades, years or months."""
    decade = _DECADE.search(answer)
    if decade:
        span = 100 if _century(decade) else 10
        start = int(decade.group(1)) * 10
        for offset in (-1, 1, -2, 2, -3, 3):
            value = start + offset * span
            if value > 0 and _allowed(fact, value, chapter):
                yield _with_decade(answer, decade, value)
        return
    year = _year_in(answer)
    if year is not None:
        # a round year among plain ones (1800 beside 1802, 1803, 1805) is guessed by its form
        for offset in ROUND_YEAR_OFFSETS if year % ROUND_YEAR == 0 else _YEAR_OFFSETS:
            if year + offset > 0 and _allowed(fact, year + offset, chapter):
                yield _with_year(answer, year + offset)
        return
    month = _MONTH.search(answer)
    if month:
        index = MONTHS.index(month.group(1))
        for offset in (-2, 3, -4, 5, 1, -1):
            name = MONTHS[(index + offset) % 12]
            yield f"{answer[: month.start()]}{name}{answer[month.end() :]}"


def _century(decade: re.Match[str]) -> bool:
    """True for "the 1700s" (a century), False for "the 1960s" and "the 2000s"."""
    return decade.group(1).endswith("0") and int(decade.group(1)) < 190


def _with_decade(answer: str, decade: re.Match[str], start: int) -> str:
    return f"{answer[: decade.start(1)]}{start // 10}{answer[decade.end(1) :]}"


@lru_cache(maxsize=1 << 14)
def _bounds(fact: Fact) -> tuple[int, int]:
    """The years a date in the sentence must lie between: "from _____ to 1945" before
    1945, a year inside a life "(1723–1790)" inside it."""
    low, high = 0, 10_000
    year = _year_in(fact.answer)
    if year is None:
        return low, high
    for match in _RANGE.finditer(fact.sentence):
        first, last = int(match.group(1)), int(match.group(2))
        if match.start(1) == fact.answer_start + fact.answer.find(str(year)):
            high = min(high, last - 1)
        elif match.start(2) == fact.answer_start + fact.answer.find(str(year)):
            low = max(low, first + 1)
        elif first <= year <= last and not (
            match.start() <= fact.answer_start < match.end()
        ):
            low, high = max(low, first), min(high, last)
    # Any other year the sentence states keeps the answer's side of it: "In _____, trade
    # reached $20 billion, up from $9.5 billion in 2005" asks for a year after 2005.
    outside = fact.sentence[: fact.answer_start] + " " + fact.sentence[fact.answer_end :]
    for other in years_in(outside):
        if other < year:
            low = max(low, other + 1)
        elif other > year:
            high = min(high, other - 1)
    return low, high


def _allowed(fact: Fact, year: int, chapter: Chapter) -> bool:
    """A made-up or borrowed year the sentence does not rule out and that is not in
    the future of everything the chapter tells."""
    low, high = _bounds(fact)
    if not low <= year <= high:
        return False
    return not chapter.latest_year or year <= chapter.latest_year


def _year_in(text: str) -> int | None:
    """The one year a date answer states (1000-2999), or None."""
    years = years_in(text)
    return years[0] if len(years) == 1 else None


def _with_year(answer: str, year: int) -> str:
    for match in YEAR.finditer(answer):
        if 1000 <= int(match.group(1)) <= 2999:
            return f"{answer[: match.start(1)]}{year}{answer[match.end(1) :]}"
    return answer


def year_form(text: str) -> str:
    """The form a year answer shows: ``round`` (1800, 1960), ``plain`` (1803) or ""
    for anything else (a decade, a month, a range): choices must not leave the answer
    alone in its form.

    >>> year_form("1800"), year_form("in 1803"), year_form("the 1960s")
    ('round', 'plain', '')
    """
    if _DECADE.search(text) or _MONTH.search(text):
        return ""
    year = _year_in(text)
    if year is None:
        return ""
    return "round" if year % ROUND_YEAR == 0 else "plain"
