"""Chronological ordering of dated events.

>>> make_ordering(facts)[0].sequence                         # doctest: +SKIP
('Kazakhstan declared its independence', 'The SCO was founded', 'Trade reached $20 billion')
"""

from __future__ import annotations

import random
import re
from collections.abc import Sequence

from quizgen.identity import digest, question_id, stable_int
from quizgen.models import Fact, FactInfo, Question
from quizgen.questions.distractors import key
from quizgen.questions.provenance import shared_source
from quizgen.questions.true_false import stands_alone

PROMPT = "Put these events in chronological order (earliest first)."

#: Events per question.
MIN_EVENTS, MAX_EVENTS = 3, 5
#: Longest event description worth reading in a list, in words.
MAX_EVENT_WORDS = 20

_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
#: A date or number inside the event's own text would give its place away.
_GIVEAWAY = re.compile(rf"\d|\b({_MONTHS})\b|\b(century|decade|year|years)\b", re.IGNORECASE)


def make_ordering(facts: Sequence[Fact], *, seed: int = 0) -> list[Question]:
    """Questions of 3 to 5 events each, in reading order of the chapter; ``sequence``
    is the right order and ``choices`` the same events shuffled (by ``seed``) for display."""
    events = _events(facts)
    return [_question(group, seed=seed) for group in _groups(events)]


Event = tuple[int, str, Fact]


def _events(facts: Sequence[Fact]) -> list[Event]:
    """Dated events with usable descriptions, one per year (so the order is unique)."""
    events: list[Event] = []
    years: set[int] = set()
    seen: set[str] = set()
    for fact in facts:
        if fact.kind != "date":
            continue
        year_text, event = fact.attr("year"), fact.attr("event").strip().rstrip(".,;:")
        if not event or not year_text.lstrip("-").isdigit():
            continue
        year = int(year_text)
        if year in years or key(event) in seen or not _describes(event):
            continue
        years.add(year)
        seen.add(key(event))
        events.append((year, event[:1].upper() + event[1:], fact))
    return events


def _describes(event: str) -> bool:
    words = event.split()
    return (
        3 <= len(words) <= MAX_EVENT_WORDS and stands_alone(event) and not _GIVEAWAY.search(event)
    )


def _groups(events: list[Event]) -> list[list[Event]]:
    """Consecutive runs of events split as evenly as possible into sets of 3 to 5."""
    if len(events) < MIN_EVENTS:
        return []
    count = -(-len(events) // MAX_EVENTS)
    while count > 1 and len(events) // count < MIN_EVENTS:
        count -= 1
    base, extra = divmod(len(events), count)
    groups: list[list[Event]] = []
    start = 0
    for index in range(count):
        length = base + (1 if index < extra else 0)
        groups.append(events[start : start + length])
        start += length
    return [g for g in groups if MIN_EVENTS <= len(g) <= MAX_EVENTS]


def _question(group: list[Event], *, seed: int) -> Question:
    ordered = sorted(group, key=lambda event: event[0])
    sequence = tuple(event for _, event, _ in ordered)
    fact_ids = sorted(fact.id for _, _, fact in group)
    group_id = "o-" + digest(*fact_ids)
    question_key = question_id(group_id, "ordering")
    shuffled = list(sequence)
    rng = random.Random(stable_int(f"{question_key}|{seed}|ordering"))
    while tuple(shuffled) == sequence:
        rng.shuffle(shuffled)
    source = shared_source([fact for _, _, fact in group])
    return Question(
        id=question_key,
        type="ordering",
        prompt=PROMPT,
        answer=" → ".join(sequence),
        sequence=sequence,
        choices=tuple(shuffled),
        source=source,
        fact=FactInfo(kind="date", id=group_id),
        explanation="; ".join(f"{fact.answer}: {event}" for _, event, fact in ordered),
        tags=("date",),
    )
