"""What plays a role or is a foundation: "The hypothalamus plays a key role in regulating
body temperature" asked as "What plays a key role in regulating body temperature?"."""

from __future__ import annotations

#: Adjectives that make "a ... role in" the point of a sentence: the book says the
#: thing matters for something, and a teacher asks what does.
ROLE_WEIGHTS: frozenset[str] = frozenset(
    {"key", "major", "central", "crucial", "important", "vital", "significant", "critical", "decisive",
     "leading", "pivotal", "fundamental", "essential", "dominant", "prominent", "large", "big"}
)

#: Subjects too vague to be an answer ("this", "many factors").
VAGUE_SUBJECTS: frozenset[str] = frozenset(
    {"this", "that", "these", "those", "it", "they", "he", "she", "which", "who", "factor", "factors",
     "thing", "things", "something", "many", "several", "some", "other", "others", "each", "both"}
)

#: Words in the rest of the clause that would point back at the subject the question removes.
POINTING_WORDS: frozenset[str] = frozenset(
    {"they", "them", "their", "it", "its", "he", "him", "his", "she", "her", "this", "these", "those"}
)

#: Nouns of "X is the foundation of Y": what Y rests on, a thing a teacher asks for.
FOUNDATION_NOUNS: frozenset[str] = frozenset({"foundation", "basis", "cornerstone", "backbone", "bedrock"})
