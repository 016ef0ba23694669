"""Definition patterns: how textbooks say what a term means.

Each row: ``id`` (``definition.<name>``), ``pattern`` (a spaCy
``DependencyMatcher`` pattern whose node names the engine reads: ``term``,
``definition``, optionally ``cue``), and ``definition_span``: how far the
definition reaches from its node (``subtree``: the node's whole phrase).
Token-level cues (dashes, "that is", acronyms) are in :data:`GLOSS_PATTERNS`.
"""

from __future__ import annotations

_NOMINAL = {"IN": ["NOUN", "PROPN"]}

DEFINITION_PATTERNS: tuple[dict, ...] = (
    {   # "A customs union is a group of states that ..."
        "id": "definition.copular",
        "pattern": [
            {"RIGHT_ID": "cue", "RIGHT_ATTRS": {"LEMMA": "be", "DEP": "ROOT"}},
            {"LEFT_ID": "cue", "REL_OP": ">", "RIGHT_ID": "term", "RIGHT_ATTRS": {"DEP": "nsubj", "POS": _NOMINAL}},
            {"LEFT_ID": "cue", "REL_OP": ">", "RIGHT_ID": "definition", "RIGHT_ATTRS": {"DEP": "attr", "POS": "NOUN"}},
        ],
    },
    {   # "The term X refers to Y"
        "id": "definition.refers_to",
        "pattern": [
            {"RIGHT_ID": "cue", "RIGHT_ATTRS": {"LEMMA": "refer"}},
            {"LEFT_ID": "cue", "REL_OP": ">", "RIGHT_ID": "term", "RIGHT_ATTRS": {"DEP": {"IN": ["nsubj", "nsubjpass"]}, "POS": _NOMINAL}},
            {"LEFT_ID": "cue", "REL_OP": ">", "RIGHT_ID": "to", "RIGHT_ATTRS": {"DEP": "prep", "LOWER": "to"}},
            {"LEFT_ID": "to", "REL_OP": ">", "RIGHT_ID": "definition", "RIGHT_ATTRS": {"DEP": "pobj"}},
        ],
    },
    {   # "X is defined as Y", "X can be defined as Y"
        "id": "definition.defined_as",
        "pattern": [
            {"RIGHT_ID": "cue", "RIGHT_ATTRS": {"LEMMA": {"IN": ["define", "describe", "understand"]}}},
            {"LEFT_ID": "cue", "REL_OP": ">", "RIGHT_ID": "term", "RIGHT_ATTRS": {"DEP": "nsubjpass", "POS": _NOMINAL}},
            {"LEFT_ID": "cue", "REL_OP": ">", "RIGHT_ID": "as", "RIGHT_ATTRS": {"DEP": "prep", "LOWER": "as"}},
            {"LEFT_ID": "as", "REL_OP": ">", "RIGHT_ID": "definition", "RIGHT_ATTRS": {"DEP": "pobj"}},
        ],
    },
    {   # "Y is known as X", "Y is called X" (the term comes last)
        "id": "definition.known_as",
        "pattern": [
            {"RIGHT_ID": "cue", "RIGHT_ATTRS": {"LEMMA": "know"}},
            {"LEFT_ID": "cue", "REL_OP": ">", "RIGHT_ID": "definition", "RIGHT_ATTRS": {"DEP": "nsubjpass", "POS": _NOMINAL}},
            {"LEFT_ID": "cue", "REL_OP": ">", "RIGHT_ID": "as", "RIGHT_ATTRS": {"DEP": "prep", "LOWER": "as"}},
            {"LEFT_ID": "as", "REL_OP": ">", "RIGHT_ID": "term", "RIGHT_ATTRS": {"DEP": "pobj"}},
        ],
    },
    {
        "id": "definition.called",
        "pattern": [
            {"RIGHT_ID": "cue", "RIGHT_ATTRS": {"LEMMA": {"IN": ["call", "term", "name"]}, "TAG": "VBN"}},
            {"LEFT_ID": "cue", "REL_OP": ">", "RIGHT_ID": "definition", "RIGHT_ATTRS": {"DEP": "nsubjpass", "POS": _NOMINAL}},
            {"LEFT_ID": "cue", "REL_OP": ">", "RIGHT_ID": "term", "RIGHT_ATTRS": {"DEP": {"IN": ["oprd", "attr", "dobj", "xcomp"]}}},
        ],
    },
    {   # "..., what Hobbes called the state of nature", "which he calls the harm principle"
        "id": "definition.what_called",
        "pattern": [
            {"RIGHT_ID": "cue", "RIGHT_ATTRS": {"LEMMA": {"IN": ["call", "term", "name", "label", "dub"]}}},
            {"LEFT_ID": "cue", "REL_OP": ">", "RIGHT_ID": "wh", "RIGHT_ATTRS": {"LOWER": {"IN": ["what", "which"]}}},
            {"LEFT_ID": "cue", "REL_OP": ">", "RIGHT_ID": "term", "RIGHT_ATTRS": {"DEP": {"IN": ["oprd", "dobj", "attr", "xcomp", "ccomp"]}, "POS": _NOMINAL}},
        ],
    },
    {   # "extreme authoritarianism known as totalitarianism" (the term comes last)
        "id": "definition.known_as_modifier",
        "pattern": [
            {"RIGHT_ID": "definition", "RIGHT_ATTRS": {"POS": "NOUN"}},
            {"LEFT_ID": "definition", "REL_OP": ">", "RIGHT_ID": "cue", "RIGHT_ATTRS": {"DEP": "acl", "LOWER": {"IN": ["known", "called", "termed"]}}},
            {"LEFT_ID": "cue", "REL_OP": ">", "RIGHT_ID": "as", "RIGHT_ATTRS": {"DEP": "prep", "LOWER": "as"}},
            {"LEFT_ID": "as", "REL_OP": ">", "RIGHT_ID": "term", "RIGHT_ATTRS": {"DEP": "pobj", "POS": _NOMINAL}},
        ],
    },
    {   # "When authority is used in ways consistent with ..., that authority is said to be legitimate."
        "id": "definition.said_to_be",
        "pattern": [
            {"RIGHT_ID": "cue", "RIGHT_ATTRS": {"LEMMA": {"IN": ["say", "consider", "call"]}, "TAG": "VBN", "DEP": "ROOT"}},
            {"LEFT_ID": "cue", "REL_OP": ">", "RIGHT_ID": "be", "RIGHT_ATTRS": {"DEP": "xcomp", "LEMMA": {"IN": ["be", "have"]}}},
            {"LEFT_ID": "be", "REL_OP": ">", "RIGHT_ID": "term", "RIGHT_ATTRS": {"DEP": {"IN": ["acomp", "attr", "dobj"]}}},
            {"LEFT_ID": "cue", "REL_OP": ">", "RIGHT_ID": "definition", "RIGHT_ATTRS": {"DEP": "advcl"}},
            {"LEFT_ID": "definition", "REL_OP": ">", "RIGHT_ID": "mark", "RIGHT_ATTRS": {"DEP": "advmod", "LOWER": {"IN": ["when", "whenever"]}}},
        ],
    },
    {   # "Social justice is achieved when the distribution of resources is fair."
        "id": "definition.achieved_when",
        "pattern": [
            {"RIGHT_ID": "cue", "RIGHT_ATTRS": {"LEMMA": {"IN": ["achieve", "obtain", "attain", "reach", "realize", "realise"]}, "TAG": "VBN", "DEP": "ROOT"}},
            {"LEFT_ID": "cue", "REL_OP": ">", "RIGHT_ID": "term", "RIGHT_ATTRS": {"DEP": "nsubjpass", "POS": _NOMINAL}},
            {"LEFT_ID": "cue", "REL_OP": ">", "RIGHT_ID": "definition", "RIGHT_ATTRS": {"DEP": "advcl"}},
            {"LEFT_ID": "definition", "REL_OP": ">", "RIGHT_ID": "mark", "RIGHT_ATTRS": {"DEP": "advmod", "LOWER": {"IN": ["when", "whenever"]}}},
        ],
    },
    {   # "The goal of socialism is to remake society so that ..."
        "id": "definition.goal_of",
        "pattern": [
            {"RIGHT_ID": "cue", "RIGHT_ATTRS": {"LEMMA": "be", "DEP": "ROOT", "TAG": {"IN": ["VBZ", "VBP"]}}},
            {"LEFT_ID": "cue", "REL_OP": ">", "RIGHT_ID": "goal", "RIGHT_ATTRS": {"DEP": "nsubj", "LOWER": {"IN": ["goal", "aim", "purpose", "objective"]}}},
            {"LEFT_ID": "goal", "REL_OP": ">", "RIGHT_ID": "of", "RIGHT_ATTRS": {"DEP": "prep", "LOWER": "of"}},
            {"LEFT_ID": "of", "REL_OP": ">", "RIGHT_ID": "term", "RIGHT_ATTRS": {"DEP": "pobj", "POS": _NOMINAL}},
            {"LEFT_ID": "cue", "REL_OP": ">", "RIGHT_ID": "definition", "RIGHT_ATTRS": {"DEP": {"IN": ["xcomp", "ccomp", "attr"]}}},
        ],
    },
    {   # "Normative political science seeks to understand the goals of politics."
        "id": "definition.predicate",
        "pattern": [
            {"RIGHT_ID": "cue", "RIGHT_ATTRS": {"LEMMA": {"IN": ["seek", "study", "focus", "examine", "investigate", "explore", "aim", "hold", "emphasize", "emphasise", "stress", "reject", "maintain", "advocate", "promote", "favor", "favour", "oppose", "teach", "describe", "concern", "deal", "involve", "combine"]}, "TAG": {"IN": ["VBZ", "VBP"]}, "DEP": "ROOT"}},
            {"LEFT_ID": "cue", "REL_OP": ">", "RIGHT_ID": "term", "RIGHT_ATTRS": {"DEP": "nsubj", "POS": _NOMINAL}},
        ],
    },
    {   # "deterrence, the buildup of military power to ..."
        "id": "definition.appositive",
        "pattern": [
            {"RIGHT_ID": "term", "RIGHT_ATTRS": {"POS": _NOMINAL, "ENT_TYPE": {"NOT_IN": ["PERSON", "GPE", "DATE", "CARDINAL", "MONEY", "PERCENT"]}}},
            {"LEFT_ID": "term", "REL_OP": ">", "RIGHT_ID": "definition", "RIGHT_ATTRS": {"DEP": "appos", "POS": "NOUN"}},
        ],
    },
)

#: Token patterns for glosses set off by punctuation. The engine finds the
#: term just before the match and the definition just after it.
GLOSS_PATTERNS: tuple[dict, ...] = (
    {   # "political ideologies—that is, consciously held ideas about ..."
        "id": "definition.that_is",
        "pattern": [{"ORTH": {"IN": ["—", "–", ",", "--"]}}, {"LOWER": "that"}, {"LOWER": "is"}, {"ORTH": ",", "OP": "?"}],
    },
    {   # "sovereignty—their authority to govern themselves—"
        "id": "definition.dash",
        "pattern": [{"POS": {"IN": ["NOUN", "PROPN"]}}, {"ORTH": {"IN": ["—", "–", "--"]}}, {"POS": {"IN": ["DET", "PRON", "NOUN", "ADJ"]}, "LOWER": {"NOT_IN": ["that", "what", "which", "who", "this", "these"]}}],
    },
    {   # "compromise, in which the participants give ground ..."
        "id": "definition.in_which",
        "pattern": [{"POS": "NOUN"}, {"ORTH": ","}, {"LOWER": "in"}, {"LOWER": "which"}],
    },
    {   # "a form of ideology that came to be known as Maoism"
        "id": "definition.came_to_be_known",
        "pattern": [{"LOWER": {"IN": ["known", "called", "termed", "labelled", "labeled"]}, "TAG": "VBN"}, {"LOWER": "as"}],
    },
    {   # "Central Asian Cooperation Organization (CACO)"
        "id": "definition.acronym",
        "pattern": [{"ORTH": "("}, {"TEXT": {"REGEX": r"^[A-Z][A-Za-z]*[A-Z]$"}, "LENGTH": {">=": 2}}, {"ORTH": ")"}],
    },
)

#: Words a term may not start with: they make it a reference, not a term.
TERM_STOP_STARTS: frozenset[str] = frozenset(
    {"this", "these", "that", "those", "it", "they", "he", "she", "such", "one", "some", "many",
     "most", "each", "other", "another", "all", "both", "which", "what", "who", "there", "here"}
)

#: Heads that make an "X is a Y" sentence a description rather than a definition.
VAGUE_GENUS: frozenset[str] = frozenset(
    {"example", "part", "way", "reason", "thing", "result", "case", "factor", "matter", "issue",
     "question", "problem", "time", "one", "lot", "number", "member", "source", "sign"}
)

#: Where a definition stops: what follows is an example or an aside.
DEFINITION_STOPS: tuple[tuple[str, ...], ...] = (
    (",", "such", "as"), ("such", "as"), (",", "for", "example"), ("(", "for", "example"),
    (",", "including"), (";",), (":",), (",", "as", "well", "as"), (",", "among", "others"),
    (",", "because"), ("because",), (",", "e.g."), ("(", "e.g."), (",", "but"), (",", "although"),
)

#: Adjectives that describe rather than name: they are dropped from the front of a term
#: ("differing political ideologies" -> "political ideologies").
NON_CLASSIFYING_ADJECTIVES: frozenset[str] = frozenset(
    {"different", "differing", "various", "several", "certain", "many", "other", "main", "major",
     "important", "new", "old", "common", "specific", "particular", "key", "basic", "general",
     "modern", "such", "own", "whole", "entire", "same", "given", "typical", "true", "real",
     "pure", "so-called", "related", "associated", "extreme", "classic", "traditional", "rival",
     "contemporary", "present-day", "today's"}
)

#: Nouns that label a term rather than belong to it ("the term photosynthesis").
TERM_LABELS: frozenset[str] = frozenset({"term", "word", "concept", "notion", "phrase", "idea", "label"})

#: Nouns too general to be a key term on their own ("people, the ...").
GENERIC_NOUNS: frozenset[str] = frozenset(
    {"person", "people", "individual", "human", "man", "woman", "thing", "someone", "something",
     "group", "member", "place", "area", "way", "part", "kind", "type", "example", "writing",
     "root", "degree"}
)

#: Heads of terms that name a field, a doctrine or a method: enough, with a
#: predicate like "seeks to ...", to make the sentence a definition.
FIELD_HEADS: frozenset[str] = frozenset(
    {"science", "theory", "method", "philosophy", "ideology", "doctrine", "approach", "school",
     "movement", "principle", "economics", "politics", "psychology", "sociology", "analysis"}
)
