"""People: names in the answer's form, and who can stand in for whom.

>>> surname(person_name("Reverend Martin Luther King Jr."))
'King'

A person gets other people, nearest in the chapter first, in the same form (surname
for surname) and with the same role words ("German writer X"), of the same era and
the same sort (not a ruler for a thinker), and placed where the sentence is.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING

from quizgen.models import Fact
from quizgen.questions.distractors.common import key, mentions, years_in
from quizgen.questions.distractors.entities import place_words
from quizgen.rules.entities import ROLE_NOUNS
from quizgen.rules.questions import (
    MODIFIER_STOPS,
    NAME_SUFFIXES,
    NAME_TITLES,
    ROLE_FAMILIES,
    SORT_VERBS,
    SURNAME_PARTICLES,
)

if TYPE_CHECKING:  # the chapter index is built with this module's names
    from quizgen.questions.distractors.chapter import Ask, Chapter

#: How far apart (in years) two people's dates may be and the one still stand in for the other.
_ERA_WINDOW = 60
#: How far (in years) from a year the question itself states a person's dates may be.
_STEM_WINDOW = 30
#: Sentences with facts about a person before a false statement may swap them: the
#: people the chapter keeps returning to, not a name cited once for a detail.
_RETURNED_TO = 2


@lru_cache(maxsize=1 << 15)
def person_name(text: str) -> str:
    """A name without the titles and labels a sentence put before it:
    "Reverend Martin Luther King Jr." -> "Martin Luther King Jr.",
    "Marxist Antonio Gramsci" -> "Antonio Gramsci".

    >>> person_name("Marxist Antonio Gramsci")
    'Antonio Gramsci'
    """
    words = text.split()
    while len(words) > 1 and (
        words[0].lower().strip(".") in NAME_TITLES
        or words[0].lower() in ROLE_NOUNS
        or not words[0][:1].isupper()
        or words[0].lower().endswith(("ist", "ists"))
    ):
        words.pop(0)
    return " ".join(words)


@lru_cache(maxsize=1 << 15)
def surname(name: str) -> str:
    """The last word of a name that is not "Jr." or "III", with its capitalised
    particles ("Du Bois"; but "Herder" for "Johann Gottfried von Herder").

    >>> surname("W. E. B. Du Bois"), surname("Johann Gottfried von Herder")
    ('Du Bois', 'Herder')
    """
    words = [w for w in name.split() if w.lower() not in NAME_SUFFIXES]
    if not words:
        return name
    start = len(words) - 1
    while start > 0 and words[start - 1].lower() in SURNAME_PARTICLES and words[start - 1][0].isupper():
        start -= 1
    return " ".join(words[start:])


@lru_cache(maxsize=1 << 15)
def role_words(sentence: str, start: int) -> frozenset[str]:
    """The words right before a name that say who the person is: role nouns and
    capitalised words ("German writer", "Vice President", "Feminist ... philosopher");
    a stop word or punctuation ends the run, and a plain adjective ("political") does
    not count.

    >>> sorted(role_words("The German writer Goethe", 18))
    ['german', 'writer']
    """
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


def sort_by_verb(sentence: str, surname: str) -> set[str]:
    """The sort of person a sentence shows by the verb that follows their surname:
    "thinker" for "Rousseau argues that ...", "ruler" for "Mussolini ruled Italy".

    >>> sort_by_verb("In it, Rousseau argues that the will is general.", "Rousseau")
    {'thinker'}
    """
    found: set[str] = set()
    for match in re.finditer(rf"\b{re.escape(surname)}\b(?:\s*\([^)]*\))?,?\s+(?:\w+ly\s+)?(\w+)", sentence, re.IGNORECASE):
        verb = match.group(1).lower()
        found |= {sort for sort, verbs in SORT_VERBS.items() if verb in verbs}
    return found


def person_key(name: str) -> str:
    """A name for comparison, without titles and "Jr.".

    >>> person_key("Reverend Martin Luther King Jr.")
    'martin luther king'
    """
    words = person_name(name).split()
    return key(" ".join(w for w in words if w.lower() not in NAME_SUFFIXES))


def people_from(ask: Ask, other: Fact) -> Iterable[str]:
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
    if full not in ask.same_sort:
        ask.same_sort[full] = _same_sort(ask, full)
    return (name,) if ask.same_sort[full] else ()


def _same_sort(ask: Ask, name: str) -> bool:
    """True when a person can stand in for the answer: of the same era where the
    chapter's dates show it, not a ruler for a thinker (or the reverse), not of a
    class of people the prompt names ("one of the ... philosophers of the 20th
    century"), which may make them another true answer, and placed where the
    sentence is ("still ongoing in China today": Mao for Deng, not Hitler)."""
    chapter = ask.chapter
    mine, theirs = chapter.era(ask.answer), chapter.era(name)
    if mine and theirs and min(abs(a - b) for a in mine for b in theirs) > _ERA_WINDOW:
        return False
    asked = years_in(ask.prompt)  # "In the mid-1600s, who argued ...?": not Burke (1729-1797)
    if asked and theirs and min(abs(a - b) for a in asked for b in theirs) > _STEM_WINDOW:
        return False
    my_roles, their_roles = chapter.roles(ask.answer), chapter.roles(name)
    my_families = {ROLE_FAMILIES[r] for r in my_roles if r in ROLE_FAMILIES}
    their_families = {ROLE_FAMILIES[r] for r in their_roles if r in ROLE_FAMILIES}
    if not my_families & their_families:
        # a thinker's rival is a known thinker: not Hitler, of whom the chapter says no
        # such thing; and whom the chapter gives no role (Gandhi, "Burke, Weber and
        # Locke"), no one is known to be like
        return False
    if ask.in_statement and min(_sentences_about(chapter, ask.answer), _sentences_about(chapter, name)) < _RETURNED_TO:
        return False  # "Activist Hida Viloria has developed ...": who made a diagram cited once is trivia
    if any(_names_class(ask.prompt, role) for role in their_roles):
        return False
    places = place_words(ask.fact.sentence)
    return not places or any(
        mentions(fact.sentence, place) for fact in chapter.about(name) for place in places
    )


def _sentences_about(chapter: Chapter, name: str) -> int:
    return len({fact.sentence for fact in chapter.about(name)})


def _names_class(prompt: str, noun: str) -> bool:
    """True when the prompt speaks of a class the noun names ("one of the ...
    philosophers", "a philosopher"), not of one person ("the first President of ...")."""
    pattern = rf"\b(?:{noun}s|an?\s+(?:[a-z]+\s+)?{noun})\b"
    return re.search(pattern, prompt, re.IGNORECASE) is not None
