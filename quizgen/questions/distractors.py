"""Wrong answers of the same kind as the right one, for multiple choice and true/false.

>>> pick_distractors(fact_2008, pool, seed=0)              # doctest: +SKIP
('2005', '2011', '2010')

Sources, in order: other facts' answers of the same kind in the same chapter; for
numbers and dates, values generated in the answer's own format and magnitude when
the chapter has too few. "The same kind" is strict, because a distractor that is
the wrong kind of thing or does not fit the sentence's grammar gives the answer away:

- a defined term gets other defined terms of the chapter with the same kind of
  gloss (a person for a person, a group for a group, an -ism for an -ism), the
  same grammatical number and an article that fits the slot; a "term" whose gloss
  only comments on its clause ("a fear at the heart of ...") or whose head is a
  word like "degree" gets none, so no question asks for it;
- a person gets other people, nearest in the chapter first, in the same form
  (surname for surname) and with the same role words ("German writer X");
- a date gets dates in its own format (decades for a decade) that the sentence's
  own years do not rule out; a number gets numbers of the same unit.

A candidate is refused when it equals, contains or is contained in the answer
(ignoring case, articles and punctuation), when the question's stem or the fact's
sentence states it, when another candidate already covers it, or when what the
chapter says about it shares enough rare words with the prompt that it may be
another true answer (communism for "the goal of _____ is ... equal material wealth").
"""

from __future__ import annotations

import math
import random
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from quizgen.identity import normalise, stable_int
from quizgen.models import Fact
from quizgen.rules.entities import ROLE_NOUNS
from quizgen.rules.questions import (
    ABSTRACT_NOUNS,
    ADJECTIVE_SUFFIXES,
    COMMENT_NOUNS,
    CONTAINER_NOUNS,
    COPULAS,
    GENERIC_TERM_HEADS,
    GLOSS_HEAD_STOPS,
    GLOSS_PRONOUNS,
    GROUP_NOUNS,
    IDEA_NOUNS,
    MODIFIER_STOPS,
    NAME_SUFFIXES,
    NAME_TITLES,
    NON_GLOSS_OPENERS,
    ORGANISATION_HEADS,
    PERSON_NOUNS,
    ROLE_FAMILIES,
    SURNAME_PARTICLES,
    TERM_KIND_SUFFIXES,
)

#: Labels whose answers are numbers that can be varied in place.
NUMBER_LABELS: frozenset[str] = frozenset({"MONEY", "PERCENT", "QUANTITY", "CARDINAL"})

#: Labels for which values from other lists of the chapter make fair distractors for a
#: list item: named things of one kind. Generic noun phrases (``ITEM``) do not.
ENUMERATION_LABELS: frozenset[str] = frozenset({"GPE", "ORG", "NORP", "PERSON", "LOC"})

#: Labels of places: a prompt that names another place may rule a distractor out.
PLACE_LABELS: frozenset[str] = frozenset({"GPE", "LOC"})

_ARTICLES = frozenset({"the", "a", "an"})
_DETERMINERS = frozenset(
    "a an the any some one every each its their his her our this that these those no another all both".split()
)
#: Words that may qualify a number without changing its unit ("about 2,200 kilometres").
_QUALIFIERS = frozenset(
    "about around approximately nearly almost over some roughly more than fewer less just".split()
)
_NUMBER = re.compile(
    r"(?<![\w.])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\w,])|(?<![\w.,])\d+(?:\.\d+)?(?![\d,])"
)
_YEAR = re.compile(r"(?<!\d)(\d{3,4})(?!\d)")
_DECADE = re.compile(r"(?<!\d)(\d{3})0s\b")
_RANGE = re.compile(
    r"(?:\b(?:from|between)\s+)?(?<!\d)(\d{4})(?:\s*[–—-]\s*|\s+(?:to|and|until)\s+)(\d{4})(?!\d)"
)
_MONTHS = tuple(
    "January February March April May June July August September October November December".split()
)
_MONTH = re.compile(r"\b(" + "|".join(_MONTHS) + r")\b")
_WORD = re.compile(r"[a-z0-9’'-]+|[^\sa-z0-9’'-]")
_TERM_WORD = re.compile(r"[A-Za-z][A-Za-z’'-]*")
_PLURAL = re.compile(r"[a-z]{2,}(?<![ius])s$")
_IRREGULAR_PLURALS = frozenset({"people", "media", "data", "criteria", "phenomena", "police"})
_SITUATION = re.compile(r"^(in which|where|whereby|when|whenever)\b", re.IGNORECASE)
_LIST_MARKER = re.compile(r"(?:^|\s)\(?[a-z1-9]\)\s")
_BRACKETS = (("(", ")"), ("[", "]"), ("“", "”"))
_BLANK_ARTICLE = re.compile(r"\b([Aa]n?)\s+_{3,}")
#: Words too common to tell two statements apart (besides the chapter's own frequent words).
_STOPWORDS = frozenset(
    """
    that this with from have which their they them were been being into when what about
    also only more most other such than then there these those would could should will
    shall must does very over some many much each every just like even because while where
    whom whose upon onto among within without between through during before after under
    again further once here both same able another made make makes called known
    """.split()
)

#: Multipliers for a number, in the order they are tried: both sides of the answer,
#: so that the right answer is not always the largest or the middle one.
_FACTORS = (0.5, 1.5, 0.75, 2.0, 1.25, 3.0, 0.25, 2.5)
#: Year offsets for a date, mixed before and after.
_YEAR_OFFSETS = (-3, 3, -5, 2, 5, -2, 7, -7, 10, -10, 1, -1)
#: How far (in years) a year from elsewhere in the chapter may be and still be plausible.
_YEAR_WINDOW = 60
#: How far apart (in years) two people's dates may be and the one still stand in for the other.
_ERA_WINDOW = 60
#: How many facts either side of an undated person's mention date the story there.
_NEAR_FACTS = 3
#: How many times larger or smaller a number from elsewhere may be and still be plausible.
_MAGNITUDE = 10.0
#: Rare words a candidate's own statements may share with the prompt before it may be
#: another true answer; a word is rare when at most this share of the chapter's sentences
#: (and at least three of them) have it.
_RIVAL_WORDS = 2
_RARE_SHARE = 0.08


# -- comparing texts -------------------------------------------------------------------


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


def is_name(text: str) -> bool:
    """True for a proper name ("Eurasian Economic Union"), False for a common term."""
    words = [w for w in text.split() if w[:1].isalpha()]
    return bool(words) and all(w[0].isupper() for w in words if len(w) > 3)


def answer_text(fact: Fact) -> str:
    """The answer as a choice shows it: a defined term in its dictionary case
    ("sovereignty", not the sentence-initial "Sovereignty"), but a proper noun in
    the chapter's own case ("German Christianity", never "german Christianity")."""
    if fact.label == "TERM" and fact.term and key(fact.term) == key(fact.answer):
        if fact.answer_start > 0 or _inner_capital(fact.term):
            return fact.answer
        return fact.term
    return fact.answer


def excluded_values(fact: Fact) -> tuple[str, ...]:
    """Texts that may be true answers too: the other items of the fact's own list."""
    items = fact.attr("items")
    return tuple(item for item in items.split("|") if item) if items else ()


def _inner_capital(text: str) -> bool:
    return any(word[:1].isupper() for word in text.split()[1:])


def _stems(text: str) -> set[str]:
    """Content words cut to five letters: "equality" and "equally" meet as "equal"."""
    return {
        word[:5]
        for word in re.findall(r"[a-z]+", normalise(text))
        if len(word) >= 4 and word not in _STOPWORDS
    }


# -- what kind of thing a defined term is ----------------------------------------------


@dataclass(frozen=True, slots=True)
class TermProfile:
    """What a defined term is, as far as a choice among terms must agree with it.

    ``kind``: ``person``, ``group``, ``ism``, ``idea``, a finer abstract kind
    (``statement``, ``rule``, ``condition``, ...) or the catch-all ``thing``;
    ``plural``: its grammatical number; ``determiner``: what stands before it in
    its sentence, ``a`` (a countable noun), ``the``, ``bare`` (a mass noun or a
    name) or ``other`` (a possessive or demonstrative).
    """

    kind: str
    plural: bool
    determiner: str


def singular(word: str) -> str:
    """The singular of a lower-case noun, by rule: "policies" -> "policy", "laws" -> "law"."""
    if word in _IRREGULAR_PLURALS or word.endswith("ics"):
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "shes", "ches", "xes")):
        return word[:-2]
    return word[:-1] if _PLURAL.search(word) else word


def is_plural(word: str) -> bool:
    """True for a plural noun ("laws", "civil liberties", "people"); "politics" is singular."""
    word = word.lower()
    return word in _IRREGULAR_PLURALS or singular(word) != word


def term_head(term: str) -> str:
    """The word a term is about: the last one, or the one before "of" ("laws of nature")."""
    words = term.lower().split()
    if "of" in words[1:]:
        return words[words.index("of") - 1]
    return words[-1] if words else ""


def _personal(word: str) -> bool:
    """True for a noun naming a person ("politician", "libertarians", "activist")."""
    noun = singular(word.lower())
    return noun in PERSON_NOUNS or (len(noun) >= 6 and noun.endswith(("ist", "ian")))


def _noun_kind(noun: str) -> str | None:
    """The kind a gloss's head noun gives its term; None for a comment noun ("a fear")."""
    if noun in COMMENT_NOUNS:
        return None
    if _personal(noun):
        return "person"
    if noun in GROUP_NOUNS:
        return "group"
    if noun in IDEA_NOUNS:
        return "idea"
    return ABSTRACT_NOUNS.get(noun, "thing")


def _head(words: Sequence[str]) -> tuple[str, int]:
    """The head noun of a noun phrase and the index of the word after it, read from
    plain words: determiners and adjectives run on until a preposition, a relative
    word, punctuation or a participle ("institutions established to ...") ends it."""
    collected: list[str] = []
    end = len(words)
    for position, word in enumerate(words):
        if not word[:1].isalnum():
            if collected:
                end = position
                break
            continue
        if not collected and word in _DETERMINERS:
            continue
        if word.endswith(("’s", "'s")):
            collected = []  # "Gramsci's theory": the head comes after the possessor
            continue
        if word in ("and", "or"):
            continue  # "dedicated and merciless activists"
        if word in GLOSS_HEAD_STOPS or (word.endswith("ly") and collected):
            end = position
            break
        if word.endswith("ly"):
            continue  # "a firmly rooted disposition"
        if collected and len(word) > 4 and word.endswith(("ed", "ing")):
            end = position
            break
        collected.append(word)
    return (collected[-1] if collected else ""), end


def gloss_kind(gloss: str) -> str | None:
    """The kind of thing a gloss says its term is: "a politician ..." -> person,
    "a small set of ... activists" -> group, "an economic system ..." -> system;
    None when the gloss is a comment ("a fear at the heart of ...")."""
    if _SITUATION.match(gloss):
        return "thing"
    words = _WORD.findall(gloss.lower())
    head, after = _head(words)
    if not head:
        return "thing"
    noun = singular(head)
    if noun in CONTAINER_NOUNS and after < len(words) and words[after] == "of":
        inner, _ = _head(words[after + 1 :])
        inner_kind = _noun_kind(singular(inner)) if inner else "thing"
        if inner_kind == "person":
            return "group"
        if inner_kind not in (None, "thing"):
            return inner_kind
    return _noun_kind(noun)


def _clean_gloss(gloss: str) -> bool:
    """False for a gloss that is not a definition: "especially the ...", "more than 15
    percent of ...", one cut off in a list ("a resource that a) benefits ...") or with
    unbalanced brackets."""
    words = gloss.split()
    if not words:
        return False
    first = words[0].lower().strip(",;:")
    if first in NON_GLOSS_OPENERS or first[:1].isdigit():
        return False
    if _LIST_MARKER.search(f" {gloss} "):
        return False
    if any(word.lower().strip(",;:") in GLOSS_PRONOUNS for word in words[:4]):
        return False  # "when they disagree ...": who "they" are is outside the gloss
    return all(gloss.count(left) == gloss.count(right) for left, right in _BRACKETS)


def determiner_before(sentence: str, start: int) -> str:
    """What stands before the word at ``start``: ``a`` ("a politician", "an early
    vote"), ``the``, ``other`` (a possessive or demonstrative) or ``bare``. One
    adjective may come between ("a new form")."""
    words = sentence[:start].split()
    if not words:
        return "bare"
    last = words[-1].lower()
    kind = _determiner_kind(last)
    if kind != "bare":
        return kind
    if (
        len(words) >= 2
        and words[-2].lower() in _ARTICLES
        and last.isalpha()
        and last.islower()
        and last not in GLOSS_HEAD_STOPS
        and last not in MODIFIER_STOPS
    ):
        return _determiner_kind(words[-2].lower())
    return "bare"


def _determiner_kind(word: str) -> str:
    if word in ("a", "an"):
        return "a"
    if word == "the":
        return "the"
    if word in _DETERMINERS or word.endswith(("’s", "'s")):
        return "other"
    return "bare"


@lru_cache(maxsize=4096)
def term_profile(fact: Fact) -> TermProfile | None:
    """What kind of thing a defined term is, or None when the fact is no term a
    choice can be made of: not a usable definition, a proper noun (whose kind the
    gloss cannot tell), a head like "degree" or "place", a comment for a gloss, or
    a person-word ("political scientists") glossed as something else (a mis-read)."""
    from quizgen.questions.term_definition import gloss, usable_definition  # (import cycle)

    if fact.kind != "definition" or fact.label != "TERM" or not usable_definition(fact):
        return None
    words = fact.term.split()
    if not 1 <= len(words) <= 4 or not all(_TERM_WORD.fullmatch(w) for w in words):
        return None
    if (fact.answer_start > 0 and fact.answer[:1].isupper()) or _inner_capital(fact.answer):
        return None
    head = term_head(fact.term)
    if singular(head) in GENERIC_TERM_HEADS or _adjective(fact):
        return None
    definition = gloss(fact)
    kind = gloss_kind(definition) if _clean_gloss(definition) else None
    if kind is None:
        return None
    suffix_kind = next((k for end, k in TERM_KIND_SUFFIXES.items() if head.endswith(end)), None)
    if suffix_kind:
        if kind in ("person", "group"):
            return None
        kind = suffix_kind
    elif _personal(head):
        if kind not in ("person", "group"):
            return None
        kind = "person"
    return TermProfile(kind, is_plural(head), determiner_before(fact.sentence, fact.answer_start))


def _adjective(fact: Fact) -> bool:
    """True for a term that is an adjective: "inalienable", or a bare word right
    after "is"/"are" ("Human rights are inalienable", "is said to be legitimate")."""
    words = fact.term.lower().split()
    if len(words) == 1 and words[0].endswith(ADJECTIVE_SUFFIXES):
        return True
    before = fact.sentence[: fact.answer_start].split()
    return bool(before) and before[-1].lower() in COPULAS


def _fits_slot(answer: TermProfile, other: TermProfile, seen: set[str]) -> bool:
    """True when ``other`` can take ``answer``'s place: the same kind and number, and
    an article its own sentences show it takes ("a vanguard" for "a _____",
    "communism" for a bare "_____")."""
    if answer.kind != other.kind or answer.plural != other.plural:
        return False
    if answer.plural:
        return True
    if answer.determiner == "a":
        return "a" in seen
    if answer.determiner in ("the", "other"):
        return bool(seen & {"a", "the"})
    return "bare" in seen


def _expansion_kind(fact: Fact) -> str | None:
    """An acronym's expansion as a kind: ``organisation`` ("International Monetary
    Fund") or None (a person, a law: not told apart by the words alone)."""
    words = fact.answer.lower().split()
    return "organisation" if words and words[-1] in ORGANISATION_HEADS else None


# -- people --------------------------------------------------------------------------


def person_name(text: str) -> str:
    """A name without the titles and labels a sentence put before it:
    "Reverend Martin Luther King Jr." -> "Martin Luther King Jr.",
    "Marxist Antonio Gramsci" -> "Antonio Gramsci"."""
    words = text.split()
    while len(words) > 1 and (
        words[0].lower().strip(".") in NAME_TITLES
        or words[0].lower() in ROLE_NOUNS
        or not words[0][:1].isupper()
        or words[0].lower().endswith(("ist", "ists"))
    ):
        words.pop(0)
    return " ".join(words)


def surname(name: str) -> str:
    """The last word of a name that is not "Jr." or "III", with its capitalised
    particles ("Du Bois"; but "Herder" for "Johann Gottfried von Herder")."""
    words = [w for w in name.split() if w.lower() not in NAME_SUFFIXES]
    if not words:
        return name
    start = len(words) - 1
    while start > 0 and words[start - 1].lower() in SURNAME_PARTICLES and words[start - 1][0].isupper():
        start -= 1
    return " ".join(words[start:])


def role_words(sentence: str, start: int) -> frozenset[str]:
    """The words right before a name that say who the person is: role nouns and
    capitalised words ("German writer", "Vice President", "Feminist ... philosopher");
    a stop word or punctuation ends the run, and a plain adjective ("political") does
    not count."""
    words = sentence[:start].split()
    found: list[str] = []
    for position in range(len(words) - 1, max(len(words) - 5, -1), -1):
        word = words[position]
        lowered = word.lower()
        if lowered in MODIFIER_STOPS or not word.isalpha():
            break
        if lowered in ROLE_NOUNS or word[:1].isupper():
            found.append(lowered)
    return frozenset(found)


def _person_key(name: str) -> str:
    """A name for comparison, without titles and "Jr.": "Reverend Martin Luther King Jr." -> "martin luther king"."""
    words = person_name(name).split()
    return key(" ".join(w for w in words if w.lower() not in NAME_SUFFIXES))


def _years(text: str) -> list[int]:
    return [int(m.group(1)) for m in _YEAR.finditer(text) if 1000 <= int(m.group(1)) <= 2999]


# -- the chapter, indexed once ----------------------------------------------------------


@dataclass(frozen=True)
class _Chapter:
    """What distractors need to know about the chapter's facts, computed once."""

    facts: tuple[Fact, ...]
    order: dict[str, int]
    terms: dict[str, list[tuple[Fact, TermProfile]]]
    nested: frozenset[str]
    people: dict[str, list[Fact]]
    places: frozenset[str]
    frequency: Counter[str]
    sentences: int
    latest_year: int

    def rare(self, stems: set[str]) -> set[str]:
        """The stems few of the chapter's sentences have."""
        limit = max(3.0, self.sentences * _RARE_SHARE)
        return {s for s in stems if self.frequency[s] <= limit}

    def seen(self, term: str) -> set[str]:
        """The determiners a term takes anywhere in the chapter."""
        return {profile.determiner for _, profile in self.terms.get(key(term), [])}

    def roles(self, name: str) -> set[str]:
        """The role nouns the chapter gives a person anywhere ("philosopher", "president")."""
        found: set[str] = set()
        for fact in self.about(name):
            found |= {w for w in fact.attr("role").lower().split() if w in ROLE_NOUNS}
            found |= {w for w in role_words(fact.sentence, fact.answer_start) if w in ROLE_NOUNS}
        return found

    def era(self, name: str) -> list[int]:
        """The years the sentences about a person state or, where they state none, the
        years of the dated facts around them (the chapter's story is then at that time)."""
        facts = self.about(name)
        own = [year for fact in facts for year in _years(fact.sentence)]
        if own:
            return own
        near: list[int] = []
        for fact in facts:
            here = self.order.get(fact.id, -100)
            for other in self.facts[max(0, here - _NEAR_FACTS) : here + _NEAR_FACTS + 1]:
                if other.label == "DATE":
                    near += _years(other.answer)
        return near

    def about(self, name: str) -> list[Fact]:
        """The facts about a person, by full name or by surname ("Mill" and "John
        Stuart Mill" are one person)."""
        wanted = _person_key(name)
        return [
            fact
            for who, facts in self.people.items()
            if who == wanted or who.endswith(f" {wanted}") or wanted.endswith(f" {who}")
            for fact in facts
        ]


@lru_cache(maxsize=8)
def _chapter(facts: tuple[Fact, ...]) -> _Chapter:
    sentences = list(dict.fromkeys(fact.sentence for fact in facts))
    frequency: Counter[str] = Counter()
    for sentence in sentences:
        frequency.update(_stems(sentence))
    order: dict[str, int] = {}
    terms: dict[str, list[tuple[Fact, TermProfile]]] = {}
    people: dict[str, list[Fact]] = {}
    places: set[str] = set()
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
        profile = term_profile(fact)
        if profile is not None and fact.id not in nested:
            terms.setdefault(key(fact.term), []).append((fact, profile))
        if fact.label == "PERSON":
            people.setdefault(_person_key(fact.attr("person") or fact.answer), []).append(fact)
        if fact.label in PLACE_LABELS:
            places.update(key(v) for v in (fact.answer, *excluded_values(fact)) if v)
    return _Chapter(
        facts=facts,
        order=order,
        terms=terms,
        nested=nested,
        people=people,
        places=frozenset(places),
        frequency=frequency,
        sentences=len(sentences),
        latest_year=max((y for s in sentences for y in _years(s)), default=0),
    )


# -- picking ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _Ask:
    """One request for distractors: the fact, its answer as shown, the chapter, what
    the question says around the answer, and whether the distractor goes into a
    statement (a true/false twin) or beside the answer (a choice)."""

    fact: Fact
    answer: str
    chapter: _Chapter
    stem: str
    in_statement: bool

    @property
    def prompt(self) -> str:
        """The words the question shows besides the answer."""
        fact = self.fact
        around = f"{fact.sentence[: fact.answer_start]} {fact.sentence[fact.answer_end :]}"
        return f"{around} {self.stem.replace('_', ' ')}"


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
    chapter = _chapter(tuple(pool))
    ask = _Ask(fact, answer_text(fact), chapter, stem, in_statement)
    answer = ask.answer
    rng = random.Random(stable_int(f"{fact.id}|{seed}|distractors"))
    blocked = (fact.sentence, fact.source.sentence, stem)
    true_values = excluded_values(fact)
    prompt = _stems(ask.prompt) - _stems(answer)
    article = None if in_statement else _BLANK_ARTICLE.search(stem)
    chosen: list[str] = []

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
        if origin and _rival(origin, prompt, chapter, fact):
            return False
        chosen.append(candidate)
        return True

    if not _askable(fact, chapter):
        return ()
    for candidate, origin in _ranked(ask, rng):
        accept(candidate, origin)
    if len(chosen) < k:
        generated = list(_generated_candidates(fact, answer, chapter))
        head, tail = generated[: 2 * k], generated[2 * k :]
        rng.shuffle(head)
        for candidate in head + tail:
            accept(candidate)
    return tuple(chosen)


def _vowel(text: str) -> bool:
    return text[:1].lower() in "aeiou"


def _rival(origin: Sequence[Fact], prompt: set[str], chapter: _Chapter, fact: Fact) -> bool:
    """True when what the chapter says about a candidate shares enough rare words with
    the prompt that the candidate may be another true answer."""
    rare = chapter.rare(prompt)
    for other in origin:
        text = other.definition if other.kind == "definition" and other.definition else other.sentence
        if other.sentence == fact.sentence:
            continue
        if len(_stems(text) & rare) >= _RIVAL_WORDS:
            return True
    return False


def _askable(fact: Fact, chapter: _Chapter) -> bool:
    """False when no distractor can be fair: a "term" that is no term (or only a word
    inside another term's gloss: "a shortcut for making decisions"), an acronym for
    something other than an organisation, a person named with a label ("Marxist
    Vladimir Lenin"), a place under a prompt that names another place."""
    if fact.label == "TERM":
        return term_profile(fact) is not None and fact.id not in chapter.nested
    if fact.label == "ACRONYM":
        return _expansion_kind(fact) is not None
    if fact.label == "PERSON":
        return person_name(fact.answer) == fact.answer
    if fact.label in PLACE_LABELS:
        around = fact.sentence[: fact.answer_start] + " " + fact.sentence[fact.answer_end :]
        own = {key(v) for v in excluded_values(fact)}
        return not any(mentions(around, place) for place in chapter.places - own)
    return True


def _ranked(ask: _Ask, rng: random.Random) -> Iterator[tuple[str, Sequence[Fact]]]:
    """Chapter candidates with the facts they come from, the likeliest first: nearest in
    the chapter for terms and people (the same topic, so the most plausible), else
    closest in form."""
    fact, chapter, answer = ask.fact, ask.chapter, ask.answer
    found: dict[str, tuple[str, list[Fact]]] = {}
    for other in chapter.facts:
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


def _origin(fact: Fact, candidate: str, origin: list[Fact], chapter: _Chapter) -> list[Fact]:
    """Everything the chapter says about a candidate term or person, for the rival check."""
    if fact.label == "TERM":
        return [f for f, _ in chapter.terms.get(key(candidate), [])] or origin
    if fact.label == "PERSON":
        return chapter.about(candidate) or origin
    return []


def _candidates_from(ask: _Ask, other: Fact) -> Iterable[str]:
    fact, answer = ask.fact, ask.answer
    label = fact.label
    if label == "DATE":
        if other.label != "DATE":
            return ()
        return _dates_like(answer, fact, other, ask.chapter)
    if label in NUMBER_LABELS:
        return _numbers_from(fact, other, answer)
    if fact.kind == "enumeration":
        if label not in ENUMERATION_LABELS:
            return ()
        values = [other.answer] if other.label == label else []
        if other.kind == "enumeration" and other.label == label:
            values.extend(excluded_values(other))
        return values
    if label == "TERM":
        return _terms_from(ask, other)
    if label == "ACRONYM":
        same = other.label == label and _expansion_kind(other) == _expansion_kind(fact)
        return (other.answer,) if same else ()
    if label == "PERSON":
        return _people_from(ask, other)
    return (answer_text(other),) if other.label == label and label else ()


def _terms_from(ask: _Ask, other: Fact) -> Iterable[str]:
    """Another defined term that can take the answer's slot (in a statement, one whose
    gloss names a different genus, so that the statement is plainly false)."""
    from quizgen.questions.term_definition import gloss  # (import cycle)

    mine, theirs = term_profile(ask.fact), term_profile(other)
    if mine is None or theirs is None or other.id in ask.chapter.nested:
        return ()
    if not _fits_slot(mine, theirs, ask.chapter.seen(other.term)):
        return ()
    if ask.in_statement and _genus(gloss(ask.fact)) == _genus(gloss(other)):
        return ()
    return (answer_text(other),)


def _genus(definition: str) -> str:
    """The head noun of a gloss, singular: "organizations of individuals" -> "organization"."""
    return singular(_head(_WORD.findall(definition.lower()))[0])


def _people_from(ask: _Ask, other: Fact) -> Iterable[str]:
    """Another person, in the answer's form (a surname for a surname), who fits."""
    if other.label != "PERSON":
        return ()
    full = person_name(other.attr("person") or other.answer)
    if not full or (full.isupper() and not ask.answer.isupper()):
        return ()  # "FDR" beside names written out
    name = full
    if len(ask.answer.split()) == 1:
        name = surname(full)
    elif len(full.split()) == 1:
        return ()
    roles = role_words(ask.fact.sentence, ask.fact.answer_start)
    if roles and role_words(other.sentence, other.answer_start) != roles:
        return ()
    return (name,) if _same_sort(ask, full) else ()


def _same_sort(ask: _Ask, name: str) -> bool:
    """True when a person can stand in for the answer: of the same era where the
    chapter's dates show it, not a ruler for a thinker (or the reverse), not of a
    class of people the prompt names ("one of the ... philosophers of the 20th
    century"), which may make them another true answer, and placed where the
    sentence is ("still ongoing in China today": Mao for Deng, not Hitler)."""
    chapter = ask.chapter
    mine, theirs = chapter.era(ask.answer), chapter.era(name)
    if mine and theirs and min(abs(a - b) for a in mine for b in theirs) > _ERA_WINDOW:
        return False
    my_roles, their_roles = chapter.roles(ask.answer), chapter.roles(name)
    my_families = {ROLE_FAMILIES[r] for r in my_roles if r in ROLE_FAMILIES}
    their_families = {ROLE_FAMILIES[r] for r in their_roles if r in ROLE_FAMILIES}
    if my_families and their_families and not my_families & their_families:
        return False
    if any(_names_class(ask.prompt, role) for role in their_roles):
        return False
    places = place_words(ask.fact.sentence)
    return not places or any(
        mentions(fact.sentence, place) for fact in chapter.about(name) for place in places
    )


_PLACE = re.compile(r"(?:\bin|^In)\s+(?:the\s+)?((?!The\b)[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*)")


def place_words(sentence: str) -> list[str]:
    """Places a sentence puts its statement in ("in China", "In Egypt,", "in Latin
    America"): a person who stands in for the answer must be one the chapter places there too."""
    return [m.group(1) for m in _PLACE.finditer(sentence)]


def _names_class(prompt: str, noun: str) -> bool:
    """True when the prompt speaks of a class the noun names ("one of the ...
    philosophers", "a philosopher"), not of one person ("the first President of ...")."""
    pattern = rf"\b(?:{noun}s|an?\s+(?:[a-z]+\s+)?{noun})\b"
    return re.search(pattern, prompt, re.IGNORECASE) is not None


# -- numbers and dates ---------------------------------------------------------------------


def _numbers_from(fact: Fact, other: Fact, answer: str) -> Iterable[str]:
    """Another number of the chapter with the same label, unit, format and magnitude."""
    if other.label != fact.label or _shape(other.answer) != _shape(answer):
        return ()
    unit, other_unit = fact.attr("unit"), other.attr("unit")
    if unit and other_unit and singular(unit.lower()) != singular(other_unit.lower()):
        return ()
    value, other_value = _first_number(answer), _first_number(other.answer)
    if value is None or other_value is None or not _plausible_magnitude(value, other_value):
        return ()
    return (other.answer,)


def _dates_like(answer: str, fact: Fact, other: Fact, chapter: _Chapter) -> Iterable[str]:
    """Another date of the chapter, written in the answer's format, that the sentence
    does not rule out."""
    year = _year_in(answer)
    other_year = other.attr("year") or (str(_year_in(other.answer) or ""))
    if year is not None and other_year.lstrip("-").isdigit():
        number = int(other_year)
        if number <= 0 or abs(number - year) > _YEAR_WINDOW:
            return ()
        decade = _DECADE.search(answer)
        if decade:
            span = 100 if _century(decade) else 10
            start = number // span * span
            if start == year // span * span:
                return ()
            return (_with_decade(answer, decade, start),) if _allowed(fact, start, chapter) else ()
        return (_with_year(answer, number),) if _allowed(fact, number, chapter) else ()
    if _shape(other.answer) == _shape(answer) and _MONTH.search(answer) is None:
        return (other.answer,)
    return ()


def _century(decade: re.Match[str]) -> bool:
    """True for "the 1700s" (a century), False for "the 1960s" and "the 2000s"."""
    return decade.group(1).endswith("0") and int(decade.group(1)) < 190


def _with_decade(answer: str, decade: re.Match[str], start: int) -> str:
    return f"{answer[: decade.start(1)]}{start // 10}{answer[decade.end(1) :]}"


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
    return low, high


def _allowed(fact: Fact, year: int, chapter: _Chapter) -> bool:
    """A made-up or borrowed year the sentence does not rule out and that is not in
    the future of everything the chapter tells."""
    low, high = _bounds(fact)
    if not low <= year <= high:
        return False
    return not chapter.latest_year or year <= chapter.latest_year


def _generated_candidates(fact: Fact, answer: str, chapter: _Chapter) -> Iterator[str]:
    """Values made up in the answer's own format: nearby years, months, decades, numbers."""
    if fact.label == "DATE":
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
            for offset in _YEAR_OFFSETS:
                if year + offset > 0 and _allowed(fact, year + offset, chapter):
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


def _shape(text: str) -> str:
    """The answer with its numbers blanked and without qualifiers: '$20 billion' -> '$# billion'."""
    blanked = _NUMBER.sub("#", text.strip())
    words = blanked.split()
    while words and words[0].lower() in _QUALIFIERS:
        words.pop(0)
    return " ".join(words).lower()


def _year_in(text: str) -> int | None:
    """The one year a date answer states (1000-2999), or None."""
    years = _years(text)
    return years[0] if len(years) == 1 else None


def _with_year(answer: str, year: int) -> str:
    for match in _YEAR.finditer(answer):
        if 1000 <= int(match.group(1)) <= 2999:
            return f"{answer[: match.start(1)]}{year}{answer[match.end(1) :]}"
    return answer
