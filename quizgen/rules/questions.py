"""Word tables for turning statements into questions."""

from __future__ import annotations

#: The wh-word for an answer of each entity label when it is a subject or object.
WH_BY_LABEL: dict[str, str] = {
    "PERSON": "who",
    "ORG": "which organisation",
    "GPE": "which country",
    "NORP": "which group",
    "LOC": "which place",
    "FAC": "which place",
    "EVENT": "which event",
    "LAW": "which law",
    "WORK_OF_ART": "which work",
    "PRODUCT": "what",
    "LANGUAGE": "which language",
    "MONEY": "how much",
    "TERM": "what",
}

#: Prepositions after which a place answers "where".
LOCATIVE_PREPOSITIONS: frozenset[str] = frozenset({"in", "at", "near", "inside"})

#: Words that qualify a number and go with it into the answer's slot.
QUANTIFIER_WORDS: frozenset[str] = frozenset(
    {"about", "around", "approximately", "nearly", "almost", "over", "under", "more", "less",
     "than", "some", "roughly", "just", "fewer", "exactly", "up", "to"}
)

#: Sentence openers that a question drops.
DISCOURSE_OPENERS: frozenset[str] = frozenset(
    {"however", "moreover", "furthermore", "also", "thus", "therefore", "indeed", "still",
     "meanwhile", "nevertheless", "consequently", "finally", "first", "second", "third"}
)

#: Subordinators of a contrast clause that a question drops.
CONTRAST_MARKERS: frozenset[str] = frozenset({"while", "whereas", "although", "though", "unlike"})

#: Nouns of two-word openers a question drops ("For example,", "In addition,").
DISCOURSE_PHRASE_NOUNS: frozenset[str] = frozenset(
    {"example", "instance", "addition", "fact", "contrast", "particular", "general", "short", "sum", "turn"}
)
