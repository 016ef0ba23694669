"""Where an event took place: the verbs whose "in <place>" a teacher asks as "Where ...?"."""

from __future__ import annotations

#: Verbs of events that happen once, somewhere: "The talks were held in Moscow", "The
#: treaty was signed at Versailles". Not verbs of states or habits ("live", "work",
#: "grow"), whose place is a setting, not the fact; nor "born": a birthplace is a
#: biography's detail (blind reviewers rejected every "Where was X born?").
EVENT_VERBS: frozenset[str] = frozenset(
    {"hold", "sign", "convene", "found", "establish", "negotiate", "conclude", "ratify",
     "proclaim", "assassinate", "crown", "bury", "execute", "inaugurate", "stage", "publish", "build"}
)

#: Verbs whose event has a place in the active voice too ("Lincoln died in Washington");
#: the others only in the passive ("The talks were held in Moscow", not "may hold office in China").
ACTIVE_EVENT_VERBS: frozenset[str] = frozenset({"die", "fight", "meet", "take"})

#: Prepositions that put an event in a place.
PLACE_PREPOSITIONS: frozenset[str] = frozenset({"in", "at"})

#: Entity labels of places.
PLACE_LABELS: frozenset[str] = frozenset({"GPE", "LOC", "FAC"})
