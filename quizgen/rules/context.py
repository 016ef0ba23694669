"""Words that make a sentence lean on something outside itself."""

from __future__ import annotations

PERSON_PRONOUNS: frozenset[str] = frozenset({"he", "she", "him"})
THING_PRONOUNS: frozenset[str] = frozenset({"it", "they", "them", "this", "these", "those", "that"})

#: Determiners that point back ("these countries", "that organisation").
ANAPHORIC_DETERMINERS: frozenset[str] = frozenset({"this", "these", "those", "that", "such"})

#: Phrases that point back to something named earlier.
ANAPHORIC_PHRASES: tuple[tuple[str, ...], ...] = (
    ("the", "two", "countries"),
    ("the", "two", "states"),
    ("both", "countries"),
    ("both", "sides"),
    ("the", "latter"),
    ("the", "former", ","),
    ("the", "same", "year"),
    ("that", "year"),
    ("the", "following", "year"),
    ("the", "previous", "year"),
    ("the", "above"),
    ("as", "mentioned"),
    ("as", "noted"),
    ("mentioned", "above"),
)
