"""The answers to mark right besides a question's ``answer``, and how an LMS can grade them.

A student who writes "75%", "Henry Demarest Lloyd" or "tariff" for "About 75
percent", "Lloyd" or "tariffs" is right. :func:`with_accept` fills a question's
``accept`` with such alternatives once, when questions are finished; a teacher
may edit them in the bank. :func:`grading` says how each LMS format should ask
the question: by choice, by string match against the accepted answers, by
number within a tolerance, or as an essay a teacher marks.

A numerical answer is written in ``accept`` as ``"75 ± 5"`` (value and
tolerance; ``"1850 ± 0"`` for an exact year), which reads plainly in the bank.

>>> parse_numeric("75 ± 5")
(75.0, 5.0)
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import replace

from quizgen.models import Fact, Question

#: Types whose answer a student writes (the others are chosen or arranged).
WRITTEN_TYPES = ("short_answer", "cloze", "term_definition")

#: Longer answers than this many words are not graded by string match.
MAX_MATCHED_WORDS = 6

#: Fact kinds whose answer is an explanation, never one right string.
ESSAY_KINDS = frozenset({"cause"})

#: Words before a number that make it approximate: the answer is a range.
APPROXIMATE = ("about", "approximately", "around", "roughly", "nearly", "almost", "some",
               "close to", "over", "more than", "fewer than", "less than", "under", "up to",
               "at least", "just over", "just under", "circa", "c.")
#: Words that make a number a bound, not an estimate: "over 1,600" is not met by
#: 1,500, so its number is graded exactly (the bound itself is right).
BOUNDS = frozenset({"over", "more than", "fewer than", "less than", "under", "up to", "at least",
                    "just over", "just under"})

_ARTICLES = ("the ", "a ", "an ")
_NUMBER = re.compile(r"[-+]?\d[\d,]*(?:\.\d+)?")
_NUMERIC_ACCEPT = re.compile(r"^\s*([-+]?\d+(?:\.\d+)?)\s*±\s*(\d+(?:\.\d+)?)\s*$")
_PERCENT = re.compile(r"^(.*?\d)\s*(?:percent|per cent|%)$", re.IGNORECASE)
_DECADE = re.compile(r"^(?:the\s+)?(1\d{3}|20\d{2})'?s$", re.IGNORECASE)
_YEAR = re.compile(r"^(?:in\s+)?(1\d{3}|20\d{2})$", re.IGNORECASE)
_SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}


def with_accept(question: Question, fact: Fact | None, facts: Sequence[Fact] = ()) -> Question:
    """``question`` with its ``accept`` filled, unless it has one already (a teacher's edit)."""
    if question.accept or question.type not in WRITTEN_TYPES or not question.answer.strip():
        return question
    alternatives = alternatives_for(question.answer, fact, facts)
    return replace(question, accept=alternatives) if alternatives else question


def alternatives_for(answer: str, fact: Fact | None, facts: Sequence[Fact] = ()) -> tuple[str, ...]:
    """Other ways of writing ``answer`` that are just as right, best first, without ``answer``."""
    label = fact.label if fact is not None else ""
    kind = fact.kind if fact is not None else ""
    found: list[str] = []
    if label == "PERSON" or kind == "person":
        found += _person(answer, facts)
    elif kind in ("quantity", "date") or label in ("DATE", "MONEY", "PERCENT", "CARDINAL", "QUANTITY"):
        found += _number(answer)
    elif len(answer.split()) <= MAX_MATCHED_WORDS:
        found += _term(answer)
    return _unique(found, answer)


def grading(question: Question) -> str:
    """How an LMS grades the question: ``choice``, ``numerical``, ``shortanswer`` or ``essay``."""
    if question.type not in WRITTEN_TYPES:
        return "choice"
    if question.type != "cloze" and numeric_answer(question) is not None:
        return "numerical"
    if question.type == "cloze":
        return "shortanswer"
    if question.fact.kind in ESSAY_KINDS or (
        len(question.answer.split()) > MAX_MATCHED_WORDS and not question.accept
    ):
        return "essay"
    return "shortanswer"


def accepted(question: Question) -> tuple[str, ...]:
    """Every string to mark right: the answer, then the alternatives (numeric ones left out)."""
    return _unique([question.answer, *(a for a in question.accept if parse_numeric(a) is None)], "")


def also_right(question: Question) -> str:
    """The other answers a marker accepts, as one line for a key ("" when there are none)."""
    if question.type not in WRITTEN_TYPES:
        return ""
    numeric = numeric_answer(question)
    others = list(accepted(question)[1:])
    if numeric is not None and numeric[1]:
        low, high = numeric[0] - numeric[1], numeric[0] + numeric[1]
        others.insert(0, f"any number from {format_number(low)} to {format_number(high)}")
    return "; ".join(others)


def numeric_answer(question: Question) -> tuple[float, float] | None:
    """``(value, tolerance)`` when the question is graded as a number, else None."""
    for entry in question.accept:
        parsed = parse_numeric(entry)
        if parsed is not None:
            return parsed
    return None


def parse_numeric(text: str) -> tuple[float, float] | None:
    """``"75 ± 5"`` as ``(75.0, 5.0)``; anything else None."""
    match = _NUMERIC_ACCEPT.match(text)
    if not match:
        return None
    value, tolerance = float(match.group(1)), float(match.group(2))
    if not (math.isfinite(value) and math.isfinite(tolerance)):
        return None
    return value, tolerance


def format_number(value: float) -> str:
    """A number as a teacher writes it: no ``.0`` on whole numbers, no exponent."""
    if value == int(value) and abs(value) < 1e15:
        return str(int(value))
    return f"{value:.6f}".rstrip("0").rstrip(".")


# --------------------------------------------------------------------------- kinds


def _person(answer: str, facts: Sequence[Fact]) -> list[str]:
    name = _strip_article(answer.strip())
    words = name.split()
    found: list[str] = []
    longer = [
        other for other in _names(facts)
        if len(other.split()) > len(words) and other.split()[-len(words):] == words
    ]
    full = max(longer, key=len) if longer else name
    parts = full.split()
    if len(parts) >= 2:
        surname, given = parts[-1], " ".join(parts[:-1])
        found += [full, surname, f"{surname}, {given}", f"{parts[0]} {surname}"]
    return found


def _names(facts: Iterable[Fact]) -> list[str]:
    names = []
    for fact in facts:
        if fact.label == "PERSON" or fact.kind == "person":
            names.append(_strip_article(fact.attr("person") or fact.answer).strip())
    return names


def _number(answer: str) -> list[str]:
    text = answer.strip().rstrip(".")
    lowered = text.lower()
    found: list[str] = []
    approximate = next((word for word in APPROXIMATE if lowered.startswith(word + " ")), "")
    core = text[len(approximate):].strip() if approximate else text
    if approximate:
        found.append(core)
    if "," in core:
        found.append(core.replace(",", ""))  # "1400" is as right as "1,400"
    decade = _DECADE.match(core)
    if decade:
        year = decade.group(1)
        return [*found, f"{year}s", f"the {year}s", f"{year}'s"]
    year_match = _YEAR.match(core)
    if year_match:
        year = year_match.group(1)
        return [f"{year} ± 0", year, f"in {year}"]
    percent = _PERCENT.match(core)
    if percent:
        number = percent.group(1).strip()
        found += [f"{number}%", f"{number} percent", f"{number} per cent"]
    value = _value(core)
    if value is not None and (percent or _NUMBER.fullmatch(core.replace(" ", ""))):
        tolerance = _tolerance(value) if approximate and approximate not in BOUNDS else 0.0
        found.insert(0, f"{format_number(value)} ± {format_number(tolerance)}")
    return found


def _value(text: str) -> float | None:
    match = _NUMBER.search(text)
    if not match:
        return None
    try:
        value = float(match.group().replace(",", ""))
    except ValueError:
        return None
    rest = text[match.end():].strip().lower()
    for word, scale in _SCALE.items():
        if rest.startswith(word):
            value *= scale
    return value if math.isfinite(value) else None


def _tolerance(value: float) -> float:
    """How far "about N" may stray: 5% of N, rounded up to 1, 2 or 5 times a power of ten
    ("about 75" -> 5, "about 1,400" -> 100, "about 7 million" -> 500,000)."""
    if value == 0:
        return 0.0
    share = abs(value) * 0.05
    power = 10.0 ** math.floor(math.log10(share))
    step = next(step for step in (1, 2, 5, 10) if step * power >= share * (1 - 1e-9))
    return float(f"{step * power:.6g}")


def _term(answer: str) -> list[str]:
    text = answer.strip()
    bare = _strip_article(text)
    article = text[: len(text) - len(bare)]
    found = [bare] if article else []
    for form in _plural_forms(bare):
        found.append(form)
        if article and article.strip().lower() not in ("a", "an"):
            found.append(article + form)  # "the tariffs", never "a tariffs"
    return found


def _plural_forms(term: str) -> list[str]:
    """The other number of the term's last word: "tariffs" <-> "tariff"."""
    head, _, last = term.rpartition(" ")
    prefix = f"{head} " if head else ""
    if not last.isalpha() or not last.islower() or len(last) < 3:
        return []
    if last.endswith("ies") and len(last) > 4:
        return [prefix + last[:-3] + "y"]
    if last.endswith(("ches", "shes", "sses", "xes", "zes")):
        return [prefix + last[:-2]]
    if last.endswith("s") and not last.endswith(("ss", "us", "is")):
        return [prefix + last[:-1]]
    if last.endswith("y") and last[-2] not in "aeiou":
        return [prefix + last[:-1] + "ies"]
    if last.endswith(("ch", "sh", "ss", "x", "z")):
        return [prefix + last + "es"]
    return [prefix + last + "s"]


def _strip_article(text: str) -> str:
    lowered = text.lower()
    for article in _ARTICLES:
        if lowered.startswith(article) and len(text) > len(article):
            return text[len(article):]
    return text


def _unique(values: Iterable[str], answer: str) -> tuple[str, ...]:
    seen = {answer.strip().casefold()} if answer else set()
    out = []
    for value in values:
        value = " ".join(value.split())
        key = value.casefold()
        if value and key not in seen:
            seen.add(key)
            out.append(value)
    return tuple(out)
