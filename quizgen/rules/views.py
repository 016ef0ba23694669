"""Views people state: what makes "X believes that ..." a fact worth asking about X."""

from __future__ import annotations

#: Verbs whose subject holds the view their clause states ("Nazarbayev believes
#: relations enjoy ...", "Hobbes argued that ..."): the view stays the person's
#: whatever office they hold when the question is read.
VIEW_VERBS: frozenset[str] = frozenset(
    {"believe", "think", "argue", "hold", "maintain", "contend", "insist", "claim", "assert"}
)

#: Nouns of a journey made ("his first foreign trip as president was to Kazakhstan"):
#: where someone's first one went is asked "Which country was the destination of X's ...?".
JOURNEY_NOUNS: frozenset[str] = frozenset(
    {"trip", "visit", "journey", "voyage", "tour", "expedition", "flight", "mission"}
)

#: How a destination is asked, by the label of its name.
DESTINATION_WH: dict[str, str] = {"GPE": "which country", "LOC": "which place", "FAC": "which place"}
