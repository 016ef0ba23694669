"""Matching sets: terms to their definitions, people to their roles.

>>> make_matching(facts)[0].pairs                          # doctest: +SKIP
(('customs union', 'a group of states that ...'), ('deterrence', 'the buildup of ...'), ...)
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from quizgen.identity import digest, question_id
from quizgen.models import Fact, FactInfo, Question
from quizgen.questions.distractors import key, overlaps
from quizgen.questions.provenance import shared_source
from quizgen.questions.term_definition import gives_away, gloss, usable_definition

#: Pairs per set: fewer is too easy to match by elimination, more is hard to read.
MIN_PAIRS, MAX_PAIRS = 4, 6

TERMS_PROMPT = "Match each term with its definition."
PEOPLE_PROMPT = "Match each person with their role."


#: Glosses that read as a clause, not a noun phrase ("in which all people share ..."):
#: out of their sentence, in a column of definitions, they read as fragments.
CLAUSE_GLOSS = re.compile(r"^(in which|where|whereby|when|whenever|who|that|which|to)\b", re.IGNORECASE)


def make_matching(facts: Sequence[Fact], *, size: int = 4) -> list[Question]:
    """Term sets first, then people sets; each set has ``size`` pairs (4 to 6),
    grouped by section where a section has enough, and no repeated left or right side."""
    size = min(max(size, MIN_PAIRS), MAX_PAIRS)
    terms = _distinct(
        [
            (f.term, gloss(f), f)
            for f in facts
            if usable_definition(f) and f.label == "TERM" and not gives_away(f.definition, f.term)
            and not f.attr("according_to") and not CLAUSE_GLOSS.match(f.definition)
            # a verb-phrase gloss ("seeks to understand ...") among noun phrases gives itself away
            and not f.asking.verb_phrase
        ]
    )
    people = _distinct(
        [
            (f.attr("person"), _role(f.attr("role")), f)
            for f in facts
            if f.kind == "person" and _good_role(f.attr("role"))
        ]
    )
    questions = [_question(group, TERMS_PROMPT, "terms") for group in _groups(terms, size)]
    questions += [_question(group, PEOPLE_PROMPT, "people") for group in _groups(people, size)]
    return questions


Pair = tuple[str, str, Fact]


def _distinct(pairs: list[Pair]) -> list[Pair]:
    """Pairs whose left and right sides are unique and do not overlap: one right match each."""
    kept: list[Pair] = []
    for left, right, fact in pairs:
        if not left or not right:
            continue
        if any(overlaps(left, other[0]) or key(right) == key(other[1]) for other in kept):
            continue
        kept.append((left, right, fact))
    return kept


def _groups(pairs: list[Pair], size: int) -> list[list[Pair]]:
    """Sets of ``size`` pairs, each section's own first; what is left over is pooled
    across sections in reading order. A last set of fewer than four is dropped, but
    each of its pairs joins a set of its own section that has room (up to six)."""
    by_section: dict[str, list[Pair]] = {}
    for pair in pairs:
        by_section.setdefault(pair[2].source.section, []).append(pair)
    groups: list[list[Pair]] = []
    leftover: list[Pair] = []
    for section_pairs in by_section.values():
        whole = len(section_pairs) - len(section_pairs) % size
        groups += [section_pairs[i : i + size] for i in range(0, whole, size)]
        leftover += section_pairs[whole:]
    order = {id(pair): index for index, pair in enumerate(pairs)}
    leftover.sort(key=lambda pair: order[id(pair)])
    for start in range(0, len(leftover), size):
        chunk = leftover[start : start + size]
        if len(chunk) >= MIN_PAIRS:
            groups.append(chunk)
            continue
        for pair in chunk:
            home = [g for g in groups if g[0][2].source.section == pair[2].source.section]
            if home and len(home[-1]) < MAX_PAIRS:
                home[-1].append(pair)
    return groups


def _question(group: list[Pair], prompt: str, variant: str) -> Question:
    fact_ids = sorted(fact.id for _, _, fact in group)
    group_id = "m-" + digest(*fact_ids)
    source = shared_source([fact for _, _, fact in group])
    return Question(
        id=question_id(group_id, "matching", variant),
        type="matching",
        prompt=prompt,
        answer="; ".join(f"{left} — {right}" for left, right, _ in group),
        pairs=tuple((left, right) for left, right, _ in group),
        source=source,
        fact=FactInfo(kind="definition" if variant == "terms" else "person", id=group_id),
        explanation=" ".join(_cite(fact) for _, _, fact in group),
        tags=("definition" if variant == "terms" else "person", variant),
    )


def _cite(fact: Fact) -> str:
    page = f" (p. {fact.source.page})" if fact.source.page is not None else ""
    return f"{fact.source.sentence}{page}"


def _role(role: str) -> str:
    words = role.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    return " ".join(words)


def _good_role(role: str) -> bool:
    """A role that names one post ("President of Russia"), not a bare title ("President")."""
    return len(role.split()) >= 3 or (len(role.split()) == 2 and role.split()[0].lower() != "the")
