"""Date expressions the entity recogniser misses: eras and spans of years."""

from __future__ import annotations

_ERA = {"TEXT": {"IN": ["BCE", "BC", "CE", "AD", "B.C.", "A.D.", "B.C.E.", "C.E."]}}
_CIRCA = {"LOWER": {"IN": ["about", "around", "circa", "ca.", "c.", "approximately"]}, "OP": "?"}
_YEAR = {"TEXT": {"REGEX": r"^\d{1,4}$"}}

ERA_PATTERNS: tuple[dict, ...] = (
    {   # "from about 1200 to about 400 BCE"
        "id": "date.era_span",
        "pattern": [{"LOWER": {"IN": ["from", "between"]}}, _CIRCA, _YEAR, _ERA | {"OP": "?"},
                    {"LOWER": {"IN": ["to", "and", "until"]}}, _CIRCA, _YEAR, _ERA],
    },
    {   # "in 753 BCE", "about 400 BC"
        "id": "date.era",
        "pattern": [_CIRCA, _YEAR, _ERA],
    },
)

#: Verbs that bring something unnamed on stage ("In the 1960s, a new form of
#: liberalism emerged"): which one, only the next sentence says.
PRESENTING_VERBS: frozenset[str] = frozenset({"emerge", "appear", "arise", "develop", "begin", "start", "form"})

#: Main verbs whose sentence is about an idea, not an event: "In the 1700s, Hume
#: reasoned that ...", "In 1859, Mill published On Liberty, advancing the argument
#: that ...". Their date is not what is worth knowing. ("Talks were held in 2009" is
#: an event: "hold" counts only with a "that" clause, which any verb's does.)
IDEA_VERBS: frozenset[str] = frozenset(
    {"argue", "claim", "contend", "believe", "maintain", "assert", "insist", "suggest", "think",
     "propose", "posit", "reason", "predict", "write", "publish", "theorize"}
)

#: Clauses between a date and the main verb that make the date a side detail:
#: "Mao, who served ... until his death in 1976, developed ...", "Mao viewed ...
#: with suspicion, and from 1966 to 1976 he made them targets ...".
SUBORDINATE_DEPS: frozenset[str] = frozenset({"relcl", "acl", "advcl", "conj"})
