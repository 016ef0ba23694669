"""The chapter's facts indexed once for distractors, and one request for distractors.

>>> chapter = index_chapter(tuple(facts))                    # doctest: +SKIP
>>> chapter.roles("Mill"), chapter.era("John Stuart Mill")   # doctest: +SKIP
({'philosopher'}, [1859])
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from quizgen.models import Fact
from quizgen.questions.distractors.common import (
    around,
    excluded_values,
    key,
    mentions,
    stems,
    years_in,
)
from quizgen.questions.distractors.people import (
    person_key,
    person_name,
    role_words,
    sort_by_verb,
    surname,
)
from quizgen.questions.distractors.terms import TermProfile, term_profile
from quizgen.rules.entities import ROLE_NOUNS
from quizgen.rules.questions import PLACE_LABELS

#: How many facts either side of an undated person's mention date the story there.
_NEAR_FACTS = 3
#: A word is rare when at most this share of the chapter's sentences (and at least
#: three of them) have it.
_RARE_SHARE = 0.08


@dataclass(frozen=True)
class Chapter:
    """What distractors need to know about the chapter's facts, computed once."""

    facts: tuple[Fact, ...]
    order: dict[str, int]
    terms: dict[str, list[tuple[Fact, TermProfile]]]
    nested: frozenset[str]
    people: dict[str, list[Fact]]
    places: frozenset[str]
    frequency: Counter[str]
    sentences: int
    #: The chapter's sentences that hold facts, each once, in reading order: where
    #: siblings are listed side by side and aliases named.
    texts: tuple[str, ...]
    #: The sentences that state each year: a year the chapter ties to a like event
    #: ("a second resolution in 2014") is no distractor for another.
    year_sentences: dict[int, tuple[str, ...]]
    latest_year: int
    #: The sorts ("thinker", "ruler") the chapter's verbs give each surname, in any of
    #: its sentences: "Rousseau argues that ..." in a definition's sentence counts too.
    sorts: dict[str, frozenset[str]]
    #: Positions of the facts of each label, in reading order: a distractor is always
    #: of the answer's label, so each question looks only at these.
    by_label: dict[str, tuple[int, ...]] = field(default_factory=dict)
    #: What question after question asks of the chapter (a person's facts, era and
    #: roles), worked out once per name.
    _about: dict[str, tuple[Fact, ...]] = field(default_factory=dict, compare=False, repr=False)
    _era: dict[str, tuple[int, ...]] = field(default_factory=dict, compare=False, repr=False)
    _roles: dict[str, frozenset[str]] = field(default_factory=dict, compare=False, repr=False)
    _seen: dict[str, frozenset[str]] = field(default_factory=dict, compare=False, repr=False)
    _groups: dict[tuple[str, str], dict[Hashable, tuple[int, ...]]] = field(
        default_factory=dict, compare=False, repr=False
    )
    #: People by the last word of their name: "Mill" and "John Stuart Mill" share it.
    _by_last_word: dict[str, list[str]] = field(default_factory=dict, compare=False, repr=False)

    def grouped(self, label: str, by: str, group: Callable[[Fact], Hashable]) -> dict[Hashable, tuple[int, ...]]:
        """The positions of the facts of ``label`` grouped by ``group`` (named ``by``),
        each group in reading order; built on first use."""
        if (label, by) not in self._groups:
            groups: dict[Hashable, list[int]] = {}
            for position in self.by_label.get(label, ()):
                groups.setdefault(group(self.facts[position]), []).append(position)
            self._groups[(label, by)] = {name: tuple(found) for name, found in groups.items()}
        return self._groups[(label, by)]

    def rare(self, stems: set[str]) -> set[str]:
        """The stems few of the chapter's sentences have."""
        limit = max(3.0, self.sentences * _RARE_SHARE)
        return {s for s in stems if self.frequency[s] <= limit}

    def seen(self, term: str) -> set[str]:
        """The determiners a term takes anywhere in the chapter."""
        if term not in self._seen:
            self._seen[term] = frozenset(profile.determiner for _, profile in self.terms.get(key(term), []))
        return set(self._seen[term])

    def roles(self, name: str) -> set[str]:
        """The role nouns the chapter gives a person anywhere ("philosopher", "president")."""
        if name not in self._roles:
            self._roles[name] = frozenset(self._find_roles(name))
        return set(self._roles[name])

    def _find_roles(self, name: str) -> set[str]:
        found: set[str] = set()
        for fact in self.about(name):
            found |= {w for w in fact.attr("role").lower().split() if w in ROLE_NOUNS}
            found |= {w for w in role_words(fact.sentence, fact.answer_start) if w in ROLE_NOUNS}
        return found | self.sorts.get(surname(person_name(name)).lower(), frozenset())

    def era(self, name: str) -> list[int]:
        """The years the sentences about a person state or, where they state none, the
        years of the dated facts around them (the chapter's story is then at that time)."""
        if name not in self._era:
            self._era[name] = tuple(self._find_era(name))
        return list(self._era[name])

    def _find_era(self, name: str) -> list[int]:
        facts = self.about(name)
        own = [year for fact in facts for year in years_in(fact.sentence)]
        if own:
            return own
        near: list[int] = []
        for fact in facts:
            here = self.order.get(fact.id, -100)
            for other in self.facts[max(0, here - _NEAR_FACTS) : here + _NEAR_FACTS + 1]:
                if other.label == "DATE":
                    near += years_in(other.answer)
        return near

    def about(self, name: str) -> list[Fact]:
        """The facts about a person, by full name or by surname ("Mill" and "John
        Stuart Mill" are one person)."""
        wanted = person_key(name)
        if wanted not in self._about:
            self._about[wanted] = tuple(self._find_about(wanted))
        return list(self._about[wanted])

    def _find_about(self, wanted: str) -> list[Fact]:
        if not self._by_last_word:
            for who in self.people:
                self._by_last_word.setdefault(who.rsplit(" ", 1)[-1], []).append(who)
        # Either name ends with the other, so both end with the same word.
        return [
            fact
            for who in self._by_last_word.get(wanted.rsplit(" ", 1)[-1], [])
            if who == wanted or who.endswith(f" {wanted}") or wanted.endswith(f" {who}")
            for fact in self.people[who]
        ]


#: The chapters indexed lately, by the identity of the pool they were built from:
#: every question of a chapter passes the same pool, and hashing a whole pool per
#: question would cost as much as the scan the index saves.
_INDEXED: list[tuple[Sequence[Fact], int, Chapter]] = []
_KEEP = 4


def chapter_of(pool: Sequence[Fact]) -> Chapter:
    """The chapter index of a pool of facts, built on first use and reused for every
    question asked of the same pool (the same object, unchanged in length)."""
    for known, size, chapter in _INDEXED:
        if known is pool and size == len(pool):
            return chapter
    chapter = index_chapter(tuple(pool))
    _INDEXED.insert(0, (pool, len(pool), chapter))
    del _INDEXED[_KEEP:]
    return chapter


@lru_cache(maxsize=8)
def index_chapter(facts: tuple[Fact, ...]) -> Chapter:
    """The chapter's facts indexed: terms by key (without those that are only a word
    inside another term's gloss), people by name, places, word frequencies, the latest year."""
    sentences = list(dict.fromkeys(fact.sentence for fact in facts))
    frequency: Counter[str] = Counter()
    for sentence in sentences:
        frequency.update(stems(sentence))
    order: dict[str, int] = {}
    terms: dict[str, list[tuple[Fact, TermProfile]]] = {}
    people: dict[str, list[Fact]] = {}
    places: set[str] = set()
    by_label: dict[str, list[int]] = {}
    by_sentence: dict[str, list[Fact]] = {}
    for fact in facts:
        if fact.kind == "definition":
            by_sentence.setdefault(fact.sentence, []).append(fact)
    nested = frozenset(
        fact.id
        for same in by_sentence.values()
        for fact in same
        if any(o.term != fact.term and mentions(o.definition, fact.answer) for o in same)
    )
    for index, fact in enumerate(facts):
        order.setdefault(fact.id, index)
        by_label.setdefault(fact.label, []).append(index)
        profile = term_profile(fact)
        if profile is not None and fact.id not in nested:
            terms.setdefault(key(fact.term), []).append((fact, profile))
        if fact.label == "PERSON":
            people.setdefault(person_key(fact.attr("person") or fact.answer), []).append(fact)
        if fact.label in PLACE_LABELS:
            places.update(key(v) for v in (fact.answer, *excluded_values(fact)) if v)
    return Chapter(
        facts=facts,
        order=order,
        terms=terms,
        nested=nested,
        people=people,
        places=frozenset(places),
        frequency=frequency,
        sentences=len(sentences),
        texts=tuple(sentences),
        year_sentences=_by_year(sentences),
        latest_year=max((y for s in sentences for y in years_in(s)), default=0),
        sorts=_sorts(people, sentences),
        by_label={label: tuple(positions) for label, positions in by_label.items()},
    )


def _by_year(sentences: list[str]) -> dict[int, tuple[str, ...]]:
    found: dict[int, list[str]] = {}
    for sentence in sentences:
        for year in dict.fromkeys(years_in(sentence)):
            found.setdefault(year, []).append(sentence)
    return {year: tuple(texts) for year, texts in found.items()}


def _sorts(people: dict[str, list[Fact]], sentences: list[str]) -> dict[str, frozenset[str]]:
    found: dict[str, frozenset[str]] = {}
    for who in people:
        name = surname(person_name(who))
        lowered = name.lower()
        found[lowered] = frozenset().union(
            *(sort_by_verb(sentence, name) for sentence in sentences if lowered in sentence.lower())
        )
    return found


@dataclass(frozen=True)
class Ask:
    """One request for distractors: the fact, its answer as shown, the chapter, what
    the question says around the answer, and whether the distractor goes into a
    statement (a true/false twin) or beside the answer (a choice)."""

    fact: Fact
    answer: str
    chapter: Chapter
    stem: str
    in_statement: bool
    #: Whether each person the chapter names can stand in for the answer, as found.
    same_sort: dict[str, bool] = field(default_factory=dict, compare=False, repr=False)

    @property
    def prompt(self) -> str:
        """The words the question shows besides the answer."""
        return f"{around(self.fact)} {self.stem.replace('_', ' ')}"
