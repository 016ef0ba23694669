"""Cause patterns: what a sentence gives as the reason for its main clause.

Node names the engine reads: ``effect`` (the main verb) and ``cause`` (the head
of the reason: a clause's verb, or the preposition that opens a phrase). ``anchor``
names the rare node: a paragraph without a token that fits it skips the row.
"""

from __future__ import annotations

CAUSE_PATTERNS: tuple[dict, ...] = (
    {   # "The empire collapsed because its army could no longer defend the frontier."
        "id": "cause.because",
        "anchor": "mark",
        "pattern": [
            {"RIGHT_ID": "effect", "RIGHT_ATTRS": {"DEP": "ROOT", "POS": {"IN": ["VERB", "AUX"]}}},
            {"LEFT_ID": "effect", "REL_OP": ">", "RIGHT_ID": "cause", "RIGHT_ATTRS": {"DEP": "advcl"}},
            {"LEFT_ID": "cause", "REL_OP": ">", "RIGHT_ID": "mark", "RIGHT_ATTRS": {"DEP": "mark", "LOWER": "because"}},
        ],
    },
    {   # "As a result of the war, trade collapsed."
        "id": "cause.as_a_result_of",
        "anchor": "result",
        "pattern": [
            {"RIGHT_ID": "effect", "RIGHT_ATTRS": {"DEP": "ROOT", "POS": {"IN": ["VERB", "AUX"]}}},
            {"LEFT_ID": "effect", "REL_OP": ">", "RIGHT_ID": "cause", "RIGHT_ATTRS": {"DEP": "prep", "LOWER": "as"}},
            {"LEFT_ID": "cause", "REL_OP": ">", "RIGHT_ID": "result", "RIGHT_ATTRS": {"LOWER": {"IN": ["result", "consequence"]}}},
            {"LEFT_ID": "result", "REL_OP": ">", "RIGHT_ID": "of", "RIGHT_ATTRS": {"DEP": "prep", "LOWER": "of"}},
        ],
    },
    {   # "Prices rose due to the embargo", "owing to", "because of"
        "id": "cause.due_to",
        "anchor": "cause",
        "pattern": [
            {"RIGHT_ID": "effect", "RIGHT_ATTRS": {"DEP": "ROOT", "POS": {"IN": ["VERB", "AUX"]}}},
            {"LEFT_ID": "effect", "REL_OP": ">", "RIGHT_ID": "cause", "RIGHT_ATTRS": {"DEP": "prep", "LOWER": {"IN": ["due", "owing", "because"]}}},
        ],
    },
)

#: Modals on the main verb that make its reason a hypothetical or a norm, not a
#: fact the chapter states ("a good citizen would not lie because ...").
HYPOTHETICAL_MODALS: frozenset[str] = frozenset({"would", "could", "might", "should", "may", "must"})
