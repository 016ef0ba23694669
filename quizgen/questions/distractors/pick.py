"""Picking distractors: candidates from the chapter by the answer's kind, ranked and
filtered, then values made up in the answer's format.

>>> pick_distractors(fact_2008, pool, seed=0)              # doctest: +SKIP
('2005', '2011', '2010')
"""

from __future__ import annotations

import random
import re
from collections.abc import Hashable, Iterable, Iterator, Sequence
from functools import lru_cache

from quizgen.identity import stable_int
from quizgen.models import Fact
from quizgen.questions.distractors.chapter import Ask, Chapter, chapter_of
from quizgen.questions.distractors.common import (
    answer_text,
    excluded_values,
    is_name,
    key,
    mentions,
    overlaps,
    stems,
)
from quizgen.questions.distractors.dates import (
    YEAR_WINDOW,
    date_year,
    dates_like,
    dates_near,
    year_form,
    year_of,
)
from quizgen.questions.distractors.entities import (
    acronyms_from,
    expansion_kind,
    items_from,
    names_other_place,
)
from quizgen.questions.distractors.numbers import numbers_from, numbers_like, shape
from quizgen.questions.distractors.people import people_from, person_name
from quizgen.questions.distractors.siblings import genus_phrase
from quizgen.questions.distractors.terms import term_profile, terms_from
from quizgen.rules.distractors import YEAR_RIVAL_WORDS
from quizgen.rules.entities import QUANTITY_LABELS
from quizgen.rules.questions import ENUMERATION_LABELS, PLACE_LABELS

_BLANK_ARTICLE = re.compile(r"\b([Aa]n?)\s+_{3,}")
#: Rare words a candidate's own statements may share with the prompt before it may be
#: another true answer (see :meth:`Chapter.rare`).
_RIVAL_WORDS = 2
#: Share of the answer's differentia a sibling's own gloss may hold before the
#: statement may be true of the sibling too.
_SAYS_ALL = 0.8


def pick_distractors(
    fact: Fact,
    pool: Sequence[Fact],
    *,
    k: int = 3,
    seed: int = 0,
    stem: str = "",
    in_statement: bool = False,
) -> tuple[str, ...]:
    """Up to ``k`` wrong answers for ``fact``, chapter values first, then generated ones.

    The choice among candidates is seeded by the fact id and ``seed``, so the same
    input gives the same distractors. Fewer than ``k`` come back when no more good
    ones exist; callers decide whether that is enough. ``in_statement`` says the
    distractor will stand in the answer's place in the sentence (a true/false twin,
    whose maker re-writes "a"/"an"): there it must also make the statement plainly
    false, so a term glossed with the same head noun ("organizations ...") is refused.
    Beside the answer, under "an _____", a choice must start with the same sound.
    """
    chapter = chapter_of(pool)
    ask = Ask(fact, answer_text(fact), chapter, stem, in_statement)
    answer = ask.answer
    rng = random.Random(stable_int(f"{fact.id}|{seed}|distractors"))
    blocked = (fact.sentence, fact.source.sentence, stem)
    true_values = excluded_values(fact)
    prompt = stems(ask.prompt) - stems(answer)
    rare = chapter.rare(prompt)
    # A sibling in a statement shares the genus by design and often the build of the
    # gloss ("a difference in concentration across a space", "a difference in charge
    # across a space"): it is another true answer only when its own gloss says all
    # that the statement's does.
    differentia = (
        stems(fact.definition) - stems(genus_phrase(fact.definition))
        if in_statement and fact.label == "TERM"
        else set()
    )
    article = None if in_statement else _BLANK_ARTICLE.search(stem)
    chosen: list[str] = []
    form = year_form(answer) if fact.label == "DATE" else ""

    def accept(candidate: str, origin: Sequence[Fact] = ()) -> bool:
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
        if article and _vowel(candidate) != _vowel(answer):
            return False
        if differentia:
            if origin and _says_all(origin, differentia, fact):
                return False
        elif origin and _rival(origin, rare, fact):
            return False
        if form and len(chosen) == k - 1 and form not in {year_form(c) for c in chosen} and year_form(candidate) != form:
            return False  # the last place keeps the answer from standing alone in its form
        if form and _tied_year(candidate, fact, chapter, rare):
            return False
        chosen.append(candidate)
        return True

    if not _askable(fact, chapter):
        return ()
    for candidate, origin in _ranked(ask, rng):
        accept(candidate, origin)
        if len(chosen) >= k:
            break
    if len(chosen) < k:
        generated = list(_generated(fact, answer, chapter))
        head, tail = generated[: 2 * k], generated[2 * k :]
        rng.shuffle(head)
        for candidate in head + tail:
            accept(candidate)
    return tuple(chosen)


def _tied_year(candidate: str, fact: Fact, chapter: Chapter, rare: set[str]) -> bool:
    """True when another sentence of the chapter states the candidate year about a
    like event: it shares a rare word of the prompt ("resolution"), so the year may
    be another true answer ("In what year did the council pass a resolution ...?")."""
    year = year_of(candidate)
    if year is None:
        return False
    return any(
        len(_stems_of(sentence) & rare) >= YEAR_RIVAL_WORDS
        for sentence in chapter.year_sentences.get(year, ())
        if sentence != fact.sentence
    )


def _vowel(text: str) -> bool:
    return text[:1].lower() in "aeiou"


def _says_all(origin: Sequence[Fact], differentia: set[str], fact: Fact) -> bool:
    """True when what the chapter says about a sibling holds nearly every word of the
    answer's differentia (``_SAYS_ALL`` of them): the false statement may be true of it."""
    for other in origin:
        if other.sentence == fact.sentence:
            continue
        text = other.definition if other.kind == "definition" and other.definition else other.sentence
        if len(_stems_of(text) & differentia) >= _SAYS_ALL * len(differentia):
            return True
    return False


def _rival(origin: Sequence[Fact], rare: set[str], fact: Fact) -> bool:
    """True when what the chapter says about a candidate shares enough of the prompt's
    rare words (``rare``) that the candidate may be another true answer."""
    for other in origin:
        text = other.definition if other.kind == "definition" and other.definition else other.sentence
        if other.sentence == fact.sentence:
            continue
        if len(_stems_of(text) & rare) >= _RIVAL_WORDS:
            return True
    return False


@lru_cache(maxsize=65536)
def _stems_of(text: str) -> frozenset[str]:
    """:func:`stems`, remembered: the same facts are checked as rivals question after question."""
    return frozenset(stems(text))


def _askable(fact: Fact, chapter: Chapter) -> bool:
    """False when no distractor can be fair: a "term" that is no term (or only a word
    inside another term's gloss: "a shortcut for making decisions"), an acronym for
    something other than an organisation, a person named with a label ("Marxist
    Vladimir Lenin"), a place under a prompt that names another place."""
    if fact.label == "TERM":
        return term_profile(fact) is not None and fact.id not in chapter.nested
    if fact.label == "ACRONYM":
        return expansion_kind(fact) is not None
    if fact.label == "PERSON":
        return person_name(fact.answer) == fact.answer
    if fact.label in PLACE_LABELS:
        return not names_other_place(fact, chapter.places)
    return True


def _ranked(ask: Ask, rng: random.Random) -> Iterator[tuple[str, Sequence[Fact]]]:
    """Chapter candidates with the facts they come from, the likeliest first: nearest in
    the chapter for terms and people (the same topic, so the most plausible), else
    closest in form."""
    fact, chapter, answer = ask.fact, ask.chapter, ask.answer
    found: dict[str, tuple[str, list[Fact]]] = {}
    for position in _positions(ask):
        other = chapter.facts[position]
        if other.id == fact.id or other.sentence == fact.sentence:
            continue
        for candidate in _candidates_from(ask, other):
            entry = found.setdefault(key(candidate), (candidate, []))
            entry[1].append(other)
    candidates = list(found.values())
    rng.shuffle(candidates)
    here = chapter.order.get(fact.id, 0)
    if fact.label in ("TERM", "PERSON"):
        candidates.sort(key=lambda c: min(abs(chapter.order.get(o.id, 0) - here) for o in c[1]))
    else:
        # Closer in form first (names with names, same word count), so that the answer
        # does not stand out by its look.
        candidates.sort(
            key=lambda c: (
                is_name(c[0]) != is_name(answer),
                abs(len(c[0].split()) - len(answer.split())),
            )
        )
    for candidate, origin in candidates:
        yield candidate, _origin(fact, candidate, origin, chapter)


def _positions(ask: Ask) -> Sequence[int]:
    """Where, in reading order, the facts are that :func:`_candidates_from` can take a
    distractor from: those of the answer's label and, within it, of the answer's slot
    (a term's kind and number, a number's unit and format, a date within
    ``YEAR_WINDOW`` years); every other fact would offer nothing."""
    fact, chapter, answer = ask.fact, ask.chapter, ask.answer
    label = fact.label
    if label == "DATE":
        year = year_of(answer)
        if year is None:
            return chapter.by_label.get("DATE", ())
        by_year = chapter.grouped("DATE", "year", date_year)
        found = list(by_year.get(None, ()))
        for near in range(year - YEAR_WINDOW, year + YEAR_WINDOW + 1):
            found += by_year.get(near, ())
        return sorted(found)
    if label in QUANTITY_LABELS:
        return chapter.grouped(label, "shape", lambda other: shape(other.answer)).get(shape(answer), ())
    if fact.kind == "enumeration":
        return chapter.by_label.get(label, ()) if label in ENUMERATION_LABELS else ()
    if label == "TERM":
        mine = term_profile(fact)
        if mine is None:
            return ()
        # a sibling listed beside the answer may be glossed as another kind: only number is sure
        return chapter.grouped("TERM", "number", _number).get(mine.plural, ())
    return chapter.by_label.get(label, ()) if label else ()


def _number(fact: Fact) -> Hashable:
    """A term's grammatical number: only a term alike in it can take another's slot."""
    profile = term_profile(fact)
    return profile.plural if profile is not None else None


def _origin(fact: Fact, candidate: str, origin: list[Fact], chapter: Chapter) -> list[Fact]:
    """Everything the chapter says about a candidate term or person, for the rival check."""
    if fact.label == "TERM":
        return [f for f, _ in chapter.terms.get(key(candidate), [])] or origin
    if fact.label == "PERSON":
        return chapter.about(candidate) or origin
    return []


def _candidates_from(ask: Ask, other: Fact) -> Iterable[str]:
    """What another fact of the chapter offers as a distractor, by the answer's kind."""
    fact, answer = ask.fact, ask.answer
    label = fact.label
    if label == "DATE":
        if other.label != "DATE":
            return ()
        return dates_like(answer, fact, other, ask.chapter)
    if label in QUANTITY_LABELS:
        return numbers_from(fact, other, answer)
    if fact.kind == "enumeration":
        return items_from(fact, other)
    if label == "TERM":
        return terms_from(ask, other)
    if label == "ACRONYM":
        return acronyms_from(fact, other)
    if label == "PERSON":
        return people_from(ask, other)
    return (answer_text(other),) if other.label == label and label else ()


def _generated(fact: Fact, answer: str, chapter: Chapter) -> Iterator[str]:
    """Values made up in the answer's own format: nearby years, months, decades, numbers."""
    if fact.label == "DATE":
        yield from dates_near(fact, answer, chapter)
    elif fact.label in QUANTITY_LABELS:
        yield from numbers_like(answer, percent=fact.label == "PERCENT" or "%" in answer)
