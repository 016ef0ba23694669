"""Comparisons a sentence makes its point with: "X's trade with Y exceeds ...".

A verb of outdoing compares two named things; the one in the subject is what a
teacher asks ("Kazakhstan's trade with _____ exceeds its trade with all the other
Central Asian countries combined").
"""

from __future__ import annotations

#: Verbs that say one thing outdoes another.
OUTDOING_VERBS: frozenset[str] = frozenset(
    {"exceed", "surpass", "outnumber", "outstrip", "outweigh", "overtake", "outpace", "eclipse", "dwarf"}
)

#: Labels of the names such a comparison is about.
COMPARED_LABELS: frozenset[str] = frozenset({"GPE", "ORG", "NORP", "LOC", "PERSON", "FAC"})
