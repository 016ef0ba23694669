"""Numbers and quantities: other values of the same unit, format and magnitude.

>>> list(numbers_like("$20 billion", percent=False))[:3]
['$10 billion', '$30 billion', '$15 billion']

A number gets the chapter's numbers of the same label, unit and format within a
factor of ten of it; where the chapter has too few, values made by scaling the
answer, rounded as coarsely as the answer is.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Iterator

from quizgen.models import Fact
from quizgen.questions.distractors.common import singular
from quizgen.rules.questions import NUMBER_QUALIFIERS

_NUMBER = re.compile(
    r"(?<![\w.])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\w,])|(?<![\w.,])\d+(?:\.\d+)?(?![\d,])"
)

#: Multipliers for a number, in the order they are tried: both sides of the answer,
#: so that the right answer is not always the largest or the middle one.
_FACTORS = (0.5, 1.5, 0.75, 2.0, 1.25, 3.0, 0.25, 2.5)
#: How many times larger or smaller a number from elsewhere may be and still be plausible.
_MAGNITUDE = 10.0


def numbers_from(fact: Fact, other: Fact, answer: str) -> Iterable[str]:
    """Another number of the chapter with the same label, unit, format and magnitude."""
    if other.label != fact.label or shape(other.answer) != shape(answer):
        return ()
    unit, other_unit = fact.attr("unit"), other.attr("unit")
    if unit and other_unit and singular(unit.lower()) != singular(other_unit.lower()):
        return ()
    value, other_value = _first_number(answer), _first_number(other.answer)
    if value is None or other_value is None or not _plausible_magnitude(value, other_value):
        return ()
    return (other.answer,)


def numbers_like(answer: str, *, percent: bool) -> Iterator[str]:
    """The answer with its one number scaled by each of ``_FACTORS`` and rounded as
    the answer is; none above 100 for a percentage of at most 100."""
    numbers = list(_NUMBER.finditer(answer))
    if len(numbers) != 1:
        return
    match = numbers[0]
    text = match.group(0)
    value = float(text.replace(",", ""))
    if value <= 0:
        return
    decimals = len(text.split(".")[1]) if "." in text else 0
    step = _granularity(text, decimals)
    grouped = "," in text
    for factor in _FACTORS:
        candidate = round(value * factor / step) * step
        if candidate <= 0 or (percent and value <= 100 and candidate > 100):
            continue
        formatted = f"{candidate:,.{decimals}f}" if grouped else f"{candidate:.{decimals}f}"
        if decimals and float(formatted.replace(",", "")).is_integer():
            formatted = formatted.split(".")[0]  # "$19 billion", not "$19.0 billion"
        yield f"{answer[: match.start()]}{formatted}{answer[match.end() :]}"


def _granularity(text: str, decimals: int) -> float:
    """The rounding step that keeps a made-up number as round as the answer:
    30 -> 5, 2,200 -> 50, 65 -> 5, 9.5 -> 0.1, 7 -> 1."""
    if decimals:
        return 10.0**-decimals
    digits = text.replace(",", "")
    zeros = len(digits) - len(digits.rstrip("0"))
    if zeros == 0:
        return 5.0 if digits.endswith("5") and len(digits) > 1 else 1.0
    return 10.0**zeros / 2


def _first_number(text: str) -> float | None:
    match = _NUMBER.search(text)
    return float(match.group(0).replace(",", "")) if match else None


def _plausible_magnitude(a: float, b: float) -> bool:
    if a <= 0 or b <= 0:
        return False
    return abs(math.log10(a) - math.log10(b)) <= math.log10(_MAGNITUDE)


def shape(text: str) -> str:
    """The answer with its numbers blanked and without qualifiers: '$20 billion' -> '$# billion'.

    >>> shape("about 2,200 kilometres")
    '# kilometres'
    """
    blanked = _NUMBER.sub("#", text.strip())
    words = blanked.split()
    while words and words[0].lower() in NUMBER_QUALIFIERS:
        words.pop(0)
    return " ".join(words).lower()
