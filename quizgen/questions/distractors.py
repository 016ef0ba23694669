"""Wrong answers of the same kind as the right one, for multiple choice and true/false.

>>> pick_distractors(fact_2008, pool, seed=0)              # doctest: +SKIP
('2005', '2011', '2010')

Sources, in order: other facts' answers of the same label in the same chapter
(other terms for a term, other people for a person, other years for a date);
for numbers and dates, values generated in the answer's own format and
magnitude when the chapter has too few. A candidate is refused when it equals,
contains or is contained in the answer (ignoring case, articles and
punctuation), when the question's stem or the fact's sentence states it (it
may be another true answer), or when another candidate already covers it.
"""

from __future__ import annotations

import math
import random
import re
from collections.abc import Iterable, Iterator, Sequence

from quizgen.identity import normalise, stable_int
from quizgen.models import Fact

#: Labels whose answers are numbers that can be varied in place.
NUMBER_LABELS: frozenset[str] = frozenset({"MONEY", "PERCENT", "QUANTITY", "CARDINAL"})

#: Labels for which values from other lists of the chapter make fair distractors for a
#: list item: named things of one kind. Generic noun phrases (``ITEM``) do not.
ENUMERATION_LABELS: frozenset[str] = frozenset({"GPE", "ORG", "NORP", "PERSON", "LOC"})

_ARTICLES = frozenset({"the", "a", "an"})
#: Words that may qualify a number without changing its unit ("about 2,200 kilometres").
_QUALIFIERS = frozenset(
    "about around approximately nearly almost over some roughly more than fewer less just".split()
)
_NUMBER = re.compile(
    r"(?<![\w.])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\w,])|(?<![\w.,])\d+(?:\.\d+)?(?![\d,])"
)
_YEAR = re.compile(r"(?<!\d)(\d{3,4})(?!\d)")
_DECADE = re.compile(r"(?<!\d)(\d{3})0s\b")
_MONTHS = tuple(
    "January February March April May June July August September October November December".split()
)
_MONTH = re.compile(r"\b(" + "|".join(_MONTHS) + r")\b")

#: Multipliers for a number, in the order they are tried: both sides of the answer,
#: so that the right answer is not always the largest or the middle one.
_FACTORS = (0.5, 1.5, 0.75, 2.0, 1.25, 3.0, 0.25, 2.5)
#: Year offsets for a date, mixed before and after.
_YEAR_OFFSETS = (-3, 3, -5, 2, 5, -2, 7, -7, 10, -10, 1, -1)
#: How far (in years) a year from elsewhere in the chapter may be and still be plausible.
_YEAR_WINDOW = 60
#: How many times larger or smaller a number from elsewhere may be and still be plausible.
_MAGNITUDE = 10.0


def key(text: str) -> str:
    """Comparison form: normalised, without leading articles ("The Senate" == "senate")."""
    words = normalise(text).split()
    while words and words[0] in _ARTICLES:
        words.pop(0)
    return " ".join(words)


def mentions(text: str, phrase: str) -> bool:
    """True when ``phrase`` occurs in ``text`` as whole words (after normalising both)."""
    needle = key(phrase)
    return bool(needle) and f" {needle} " in f" {normalise(text)} "


def overlaps(a: str, b: str) -> bool:
    """True when one text equals or contains the other as whole words."""
    ka, kb = key(a), key(b)
    if not ka or not kb:
        return True
    return f" {ka} " in f" {kb} " or f" {kb} " in f" {ka} "


def answer_text(fact: Fact) -> str:
    """The answer as a choice shows it: a defined term in its dictionary case
    ("sovereignty", not the sentence-initial "Sovereignty")."""
    if fact.label == "TERM" and fact.term and key(fact.term) == key(fact.answer):
        return fact.term
    return fact.answer


def excluded_values(fact: Fact) -> tuple[str, ...]:
    """Texts that may be true answers too: the other items of the fact's own list."""
    items = fact.attr("items")
    return tuple(item for item in items.split("|") if item) if items else ()


def pick_distractors(
    fact: Fact,
    pool: Sequence[Fact],
    *,
    k: int = 3,
    seed: int = 0,
    stem: str = "",
) -> tuple[str, ...]:
    """Up to ``k`` wrong answers for ``fact``, chapter values first, then generated ones.

    The choice among candidates is seeded by the fact id and ``seed``, so the same
    input gives the same distractors. Fewer than ``k`` come back when no more good
    ones exist; callers decide whether that is enough.
    """
    answer = answer_text(fact)
    rng = random.Random(stable_int(f"{fact.id}|{seed}|distractors"))
    blocked = (fact.sentence, fact.source.sentence, stem)
    true_values = excluded_values(fact)
    chosen: list[str] = []

    def accept(candidate: str) -> bool:
        candidate = candidate.strip()
        if not candidate or len(chosen) >= k:
            return False
        if overlaps(candidate, answer) or any(
            mentions(text, candidate) for text in blocked if text
        ):
            return False
        if any(overlaps(candidate, value) for value in true_values):
            return False
        if any(overlaps(candidate, other) for other in chosen):
            return False
        chosen.append(candidate)
        return True

    chapter = list(_chapter_candidates(fact, pool, answer))
    rng.shuffle(chapter)
    # Closer in form first (names with names, same word count), so that the answer
    # does not stand out by its look.
    chapter.sort(
        key=lambda c: (is_name(c) != is_name(answer), abs(len(c.split()) - len(answer.split())))
    )
    for candidate in chapter:
        accept(candidate)
    if len(chosen) < k:
        generated = list(_generated_candidates(fact, answer))
        head, tail = generated[: 2 * k], generated[2 * k :]
        rng.shuffle(head)
        for candidate in head + tail:
            accept(candidate)
    return tuple(chosen)


def _chapter_candidates(fact: Fact, pool: Sequence[Fact], answer: str) -> Iterator[str]:
    """Answers of the same kind stated elsewhere in the chapter, in the answer's format."""
    seen: set[str] = set()
    for other in _unique_others(fact, pool):
        for candidate in _candidates_from(fact, other, answer):
            if key(candidate) not in seen:
                seen.add(key(candidate))
                yield candidate


def _unique_others(fact: Fact, pool: Sequence[Fact]) -> Iterator[Fact]:
    for other in pool:
        if other.id != fact.id and other.sentence != fact.sentence:
            yield other


def _candidates_from(fact: Fact, other: Fact, answer: str) -> Iterable[str]:
    label = fact.label
    if label == "DATE":
        if other.label != "DATE":
            return ()
        return _dates_like(answer, fact, other)
    if label in NUMBER_LABELS:
        if other.label != label or _shape(other.answer) != _shape(answer):
            return ()
        value, other_value = _first_number(answer), _first_number(other.answer)
        if value is None or other_value is None or not _plausible_magnitude(value, other_value):
            return ()
        return (other.answer,)
    if fact.kind == "enumeration":
        if label not in ENUMERATION_LABELS:
            return ()
        values = [other.answer] if other.label == label else []
        if other.kind == "enumeration" and other.label == label:
            values.extend(excluded_values(other))
        return values
    if label == "TERM":
        return (answer_text(other),) if other.label == "TERM" and other.kind == "definition" else ()
    if label == "PERSON":
        person = other.attr("person") or (other.answer if other.label == "PERSON" else "")
        return (person,) if person and other.label == "PERSON" else ()
    return (answer_text(other),) if other.label == label and label else ()


def _dates_like(answer: str, fact: Fact, other: Fact) -> Iterable[str]:
    """Another date of the chapter, written in the answer's format."""
    year = _year_in(answer)
    other_year = other.attr("year") or (str(_year_in(other.answer) or ""))
    if year is not None and other_year.lstrip("-").isdigit():
        number = int(other_year)
        if number > 0 and abs(number - year) <= _YEAR_WINDOW:
            return (_with_year(answer, number),)
        return ()
    if _shape(other.answer) == _shape(answer) and _MONTH.search(answer) is None:
        return (other.answer,)
    return ()


def _generated_candidates(fact: Fact, answer: str) -> Iterator[str]:
    """Values made up in the answer's own format: nearby years, months, decades, numbers."""
    if fact.label == "DATE":
        decade = _DECADE.search(answer)
        if decade:
            start = int(decade.group(1))
            for offset in (-1, 1, -2, 2, -3, 3):
                if start + offset > 0:
                    yield f"{answer[: decade.start(1)]}{start + offset}{answer[decade.end(1) :]}"
            return
        year = _year_in(answer)
        if year is not None:
            for offset in _YEAR_OFFSETS:
                if year + offset > 0:
                    yield _with_year(answer, year + offset)
            return
        month = _MONTH.search(answer)
        if month:
            index = _MONTHS.index(month.group(1))
            for offset in (-2, 3, -4, 5, 1, -1):
                name = _MONTHS[(index + offset) % 12]
                yield f"{answer[: month.start()]}{name}{answer[month.end() :]}"
        return
    if fact.label in NUMBER_LABELS:
        yield from _numbers_like(answer, percent=fact.label == "PERCENT" or "%" in answer)


def _numbers_like(answer: str, *, percent: bool) -> Iterator[str]:
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
    30 -> 5, 2,200 -> 50, 9.5 -> 0.1, 7 -> 1."""
    if decimals:
        return 10.0**-decimals
    digits = text.replace(",", "")
    zeros = len(digits) - len(digits.rstrip("0"))
    if zeros == 0:
        return 1.0
    return 10.0**zeros / 2


def is_name(text: str) -> bool:
    """True for a proper name ("Eurasian Economic Union"), False for a common term."""
    words = [w for w in text.split() if w[:1].isalpha()]
    return bool(words) and all(w[0].isupper() for w in words if len(w) > 3)


def _first_number(text: str) -> float | None:
    match = _NUMBER.search(text)
    return float(match.group(0).replace(",", "")) if match else None


def _plausible_magnitude(a: float, b: float) -> bool:
    if a <= 0 or b <= 0:
        return False
    return abs(math.log10(a) - math.log10(b)) <= math.log10(_MAGNITUDE)


def _shape(text: str) -> str:
    """The answer with its numbers blanked and without qualifiers: '$20 billion' -> '$# billion'."""
    blanked = _NUMBER.sub("#", text.strip())
    words = blanked.split()
    while words and words[0].lower() in _QUALIFIERS:
        words.pop(0)
    return " ".join(words).lower()


def _year_in(text: str) -> int | None:
    """The one year a date answer states (1000-2999), or None."""
    years = [int(m.group(1)) for m in _YEAR.finditer(text) if 1000 <= int(m.group(1)) <= 2999]
    return years[0] if len(years) == 1 else None


def _with_year(answer: str, year: int) -> str:
    for match in _YEAR.finditer(answer):
        if 1000 <= int(match.group(1)) <= 2999:
            return f"{answer[: match.start(1)]}{year}{answer[match.end(1) :]}"
    return answer
