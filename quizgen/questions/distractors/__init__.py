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

In a false statement a defined term gets only a sibling (:mod:`.siblings`): a
term whose gloss names the same genus, or that the chapter lists beside it. A
person gets only people of a role family the chapter gives both; a year's choices
never leave it alone in its form (the only round year) and never hold a year the
chapter ties to a like event.

The modules: :mod:`.common` (comparing texts, shared word rules), :mod:`.terms`, :mod:`.siblings`,
:mod:`.people`, :mod:`.dates`, :mod:`.numbers`, :mod:`.entities` (places, acronyms,
list items), :mod:`.chapter` (the chapter indexed once) and :mod:`.pick` (the engine).
"""

from quizgen.questions.distractors.common import (
    answer_text,
    excluded_values,
    is_bound,
    is_name,
    is_plural,
    key,
    mentions,
    overlaps,
    singular,
)
from quizgen.questions.distractors.entities import place_words
from quizgen.questions.distractors.people import person_name, role_words, surname
from quizgen.questions.distractors.pick import pick_distractors
from quizgen.questions.distractors.terms import (
    TermProfile,
    determiner_before,
    gloss_kind,
    term_head,
    term_profile,
)

__all__ = [
    "TermProfile",
    "answer_text",
    "determiner_before",
    "excluded_values",
    "gloss_kind",
    "is_bound",
    "is_name",
    "is_plural",
    "key",
    "mentions",
    "overlaps",
    "person_name",
    "pick_distractors",
    "place_words",
    "role_words",
    "singular",
    "surname",
    "term_head",
    "term_profile",
]
