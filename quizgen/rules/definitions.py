"""Definition rules: how textbooks say what a term means.

Each rule (:class:`quizgen.rules.rule.Rule`) is one object: its id
(``definition.<name>``), its pattern (a spaCy ``DependencyMatcher`` pattern whose
node names the cuts read: ``term``, ``definition``, optionally ``cue``; or a token
pattern for glosses set off by punctuation), how its term and gloss are cut, and how
its facts may be asked. Rules whose cut needs code have one handler of the same id
in :mod:`quizgen.facts.definitions`. :data:`DEFINITION_RULES` is the whole family.
The word classes below are what the handlers and the shared checks read.
"""

from __future__ import annotations

import re

from quizgen.models import Asking
from quizgen.rules.rule import Rule

_NOMINAL = {"IN": ["NOUN", "PROPN"]}

DEPENDENCY_RULES: tuple[Rule, ...] = (
    Rule(   # "A customs union is a group of states that ..."
        id="definition.copular",
        anchor="definition",
        pattern=[
            {"RIGHT_ID": "cue", "RIGHT_ATTRS": {"LEMMA": "be", "DEP": "ROOT"}},
            {"LEFT_ID": "cue", "REL_OP": ">", "RIGHT_ID": "term", "RIGHT_ATTRS": {"DEP": "nsubj", "POS": _NOMINAL}},
            {"LEFT_ID": "cue", "REL_OP": ">", "RIGHT_ID": "definition", "RIGHT_ATTRS": {"DEP": "attr", "POS": "NOUN"}},
        ],
    ),
    Rule(   # "Civil liberties involve the freedoms that humans have to live ... without governmental
        # interference": a plural kind and the genus it consists of, defined by a clause
        id="definition.involves",
        pattern=[
            {"RIGHT_ID": "cue", "RIGHT_ATTRS": {"LEMMA": "involve", "DEP": "ROOT", "TAG": "VBP"}},
            {"LEFT_ID": "cue", "REL_OP": ">", "RIGHT_ID": "term", "RIGHT_ATTRS": {"DEP": "nsubj", "POS": "NOUN", "TAG": "NNS"}},
            {"LEFT_ID": "cue", "REL_OP": ">", "RIGHT_ID": "definition", "RIGHT_ATTRS": {"DEP": "dobj", "POS": "NOUN", "TAG": "NNS"}},
            {"LEFT_ID": "definition", "REL_OP": ">", "RIGHT_ID": "clause", "RIGHT_ATTRS": {"DEP": {"IN": ["relcl", "acl"]}}},
        ],
    ),
    Rule(   # "The term X refers to Y"
        id="definition.refers_to",
        term="phrase", gloss="phrase",
        pattern=[
            {"RIGHT_ID": "cue", "RIGHT_ATTRS": {"LEMMA": "refer"}},
            {"LEFT_ID": "cue", "REL_OP": ">", "RIGHT_ID": "term", "RIGHT_ATTRS": {"DEP": {"IN": ["nsubj", "nsubjpass"]}, "POS": _NOMINAL}},
            {"LEFT_ID": "cue", "REL_OP": ">", "RIGHT_ID": "to", "RIGHT_ATTRS": {"DEP": "prep", "LOWER": "to"}},
            {"LEFT_ID": "to", "REL_OP": ">", "RIGHT_ID": "definition", "RIGHT_ATTRS": {"DEP": "pobj"}},
        ],
    ),
    Rule(   # "X is defined as Y", "X can be defined as Y"
        id="definition.defined_as",
        pattern=[
            {"RIGHT_ID": "cue", "RIGHT_ATTRS": {"LEMMA": {"IN": ["define", "describe", "understand"]}}},
            {"LEFT_ID": "cue", "REL_OP": ">", "RIGHT_ID": "term", "RIGHT_ATTRS": {"DEP": "nsubjpass", "POS": _NOMINAL}},
            {"LEFT_ID": "cue", "REL_OP": ">", "RIGHT_ID": "as", "RIGHT_ATTRS": {"DEP": "prep", "LOWER": "as"}},
            {"LEFT_ID": "as", "REL_OP": ">", "RIGHT_ID": "definition", "RIGHT_ATTRS": {"DEP": "pobj"}},
        ],
    ),
    Rule(   # "The public interest is an amorphous concept, although it is generally defined as the well-being of the public."
        id="definition.it_is_defined_as",
        term="phrase", gloss="phrase",
        # Anchored on the rare word, not on the root every sentence has: a matcher
        # anchored on "ROOT" walks every sentence of a book.
        pattern=[
            {"RIGHT_ID": "cue", "RIGHT_ATTRS": {"DEP": "advcl", "LEMMA": {"IN": ["define", "describe", "understand"]}}},
            {"LEFT_ID": "cue", "REL_OP": ">", "RIGHT_ID": "it", "RIGHT_ATTRS": {"DEP": "nsubjpass", "LOWER": "it"}},
            {"LEFT_ID": "cue", "REL_OP": ">", "RIGHT_ID": "as", "RIGHT_ATTRS": {"DEP": "prep", "LOWER": "as"}},
            {"LEFT_ID": "as", "REL_OP": ">", "RIGHT_ID": "definition", "RIGHT_ATTRS": {"DEP": "pobj"}},
            {"LEFT_ID": "cue", "REL_OP": "<", "RIGHT_ID": "root", "RIGHT_ATTRS": {"DEP": "ROOT"}},
            {"LEFT_ID": "root", "REL_OP": ">", "RIGHT_ID": "term", "RIGHT_ATTRS": {"DEP": "nsubj", "POS": _NOMINAL}},
        ],
    ),
    Rule(   # "Y is known as X", "Y is called X" (the term comes last)
        id="definition.known_as",
        pattern=[
            {"RIGHT_ID": "cue", "RIGHT_ATTRS": {"LEMMA": "know"}},
            {"LEFT_ID": "cue", "REL_OP": ">", "RIGHT_ID": "definition", "RIGHT_ATTRS": {"DEP": "nsubjpass", "POS": _NOMINAL}},
            {"LEFT_ID": "cue", "REL_OP": ">", "RIGHT_ID": "as", "RIGHT_ATTRS": {"DEP": "prep", "LOWER": "as"}},
            {"LEFT_ID": "as", "REL_OP": ">", "RIGHT_ID": "term", "RIGHT_ATTRS": {"DEP": "pobj"}},
        ],
    ),
    Rule(
        id="definition.called",
        pattern=[
            {"RIGHT_ID": "cue", "RIGHT_ATTRS": {"LEMMA": {"IN": ["call", "term", "name"]}, "TAG": "VBN"}},
            {"LEFT_ID": "cue", "REL_OP": ">", "RIGHT_ID": "definition", "RIGHT_ATTRS": {"DEP": "nsubjpass", "POS": _NOMINAL}},
            {"LEFT_ID": "cue", "REL_OP": ">", "RIGHT_ID": "term", "RIGHT_ATTRS": {"DEP": {"IN": ["oprd", "attr", "dobj", "xcomp"]}}},
        ],
    ),
    Rule(   # "..., what Hobbes called the state of nature", "which he calls the harm principle"
        id="definition.what_called",
        pattern=[
            {"RIGHT_ID": "cue", "RIGHT_ATTRS": {"LEMMA": {"IN": ["call", "term", "name", "label", "dub"]}}},
            {"LEFT_ID": "cue", "REL_OP": ">", "RIGHT_ID": "wh", "RIGHT_ATTRS": {"LOWER": {"IN": ["what", "which"]}}},
            {"LEFT_ID": "cue", "REL_OP": ">", "RIGHT_ID": "term", "RIGHT_ATTRS": {"DEP": {"IN": ["oprd", "dobj", "attr", "xcomp", "ccomp"]}, "POS": _NOMINAL}},
        ],
    ),
    Rule(   # "extreme authoritarianism known as totalitarianism" (the term comes last)
        id="definition.known_as_modifier",
        anchor="cue",
        pattern=[
            {"RIGHT_ID": "definition", "RIGHT_ATTRS": {"POS": "NOUN"}},
            {"LEFT_ID": "definition", "REL_OP": ">", "RIGHT_ID": "cue", "RIGHT_ATTRS": {"DEP": "acl", "LOWER": {"IN": ["known", "called", "termed"]}}},
            {"LEFT_ID": "cue", "REL_OP": ">", "RIGHT_ID": "as", "RIGHT_ATTRS": {"DEP": "prep", "LOWER": "as"}},
            {"LEFT_ID": "as", "REL_OP": ">", "RIGHT_ID": "term", "RIGHT_ATTRS": {"DEP": "pobj", "POS": _NOMINAL}},
        ],
    ),
    Rule(   # "When authority is used in ways consistent with ..., that authority is said to be legitimate."
        id="definition.said_to_be",
        asking=Asking(when_gloss=True),
        pattern=[
            {"RIGHT_ID": "cue", "RIGHT_ATTRS": {"LEMMA": {"IN": ["say", "consider", "call"]}, "TAG": "VBN", "DEP": "ROOT"}},
            {"LEFT_ID": "cue", "REL_OP": ">", "RIGHT_ID": "be", "RIGHT_ATTRS": {"DEP": "xcomp", "LEMMA": {"IN": ["be", "have"]}}},
            {"LEFT_ID": "be", "REL_OP": ">", "RIGHT_ID": "term", "RIGHT_ATTRS": {"DEP": {"IN": ["acomp", "attr", "dobj"]}}},
            {"LEFT_ID": "cue", "REL_OP": ">", "RIGHT_ID": "definition", "RIGHT_ATTRS": {"DEP": "advcl"}},
            {"LEFT_ID": "definition", "REL_OP": ">", "RIGHT_ID": "mark", "RIGHT_ATTRS": {"DEP": "advmod", "LOWER": {"IN": ["when", "whenever"]}}},
        ],
    ),
    Rule(   # "Social justice is achieved when the distribution of resources is fair."
        id="definition.achieved_when",
        asking=Asking(when_gloss=True),
        pattern=[
            {"RIGHT_ID": "cue", "RIGHT_ATTRS": {"LEMMA": {"IN": ["achieve", "obtain", "attain", "reach", "realize", "realise"]}, "TAG": "VBN", "DEP": {"IN": ["ROOT", "ccomp"]}}},
            {"LEFT_ID": "cue", "REL_OP": ">", "RIGHT_ID": "term", "RIGHT_ATTRS": {"DEP": "nsubjpass", "POS": _NOMINAL}},
            {"LEFT_ID": "cue", "REL_OP": ">", "RIGHT_ID": "definition", "RIGHT_ATTRS": {"DEP": "advcl"}},
            {"LEFT_ID": "definition", "REL_OP": ">", "RIGHT_ID": "mark", "RIGHT_ATTRS": {"DEP": "advmod", "LOWER": {"IN": ["when", "whenever"]}}},
        ],
    ),
    Rule(   # "The goal of socialism is to remake society so that ..."
        id="definition.goal_of",
        anchor="goal", asking=Asking(verb_phrase=True, goal=True),
        pattern=[
            {"RIGHT_ID": "cue", "RIGHT_ATTRS": {"LEMMA": "be", "DEP": "ROOT", "TAG": {"IN": ["VBZ", "VBP"]}}},
            {"LEFT_ID": "cue", "REL_OP": ">", "RIGHT_ID": "goal", "RIGHT_ATTRS": {"DEP": "nsubj", "LOWER": {"IN": ["goal", "aim", "purpose", "objective"]}}},
            {"LEFT_ID": "goal", "REL_OP": ">", "RIGHT_ID": "of", "RIGHT_ATTRS": {"DEP": "prep", "LOWER": "of"}},
            {"LEFT_ID": "of", "REL_OP": ">", "RIGHT_ID": "term", "RIGHT_ATTRS": {"DEP": "pobj", "POS": _NOMINAL}},
            {"LEFT_ID": "cue", "REL_OP": ">", "RIGHT_ID": "definition", "RIGHT_ATTRS": {"DEP": {"IN": ["xcomp", "ccomp", "attr"]}}},
        ],
    ),
    Rule(   # "A special form of collective dilemmas—collective action problems—exists when ..."
        id="definition.form_named",
        anchor="kind",
        pattern=[
            {"RIGHT_ID": "cue", "RIGHT_ATTRS": {"LEMMA": {"IN": ["exist", "occur", "arise"]}, "TAG": {"IN": ["VBZ", "VBP"]}, "DEP": "ROOT"}},
            {"LEFT_ID": "cue", "REL_OP": ">", "RIGHT_ID": "kind", "RIGHT_ATTRS": {"DEP": "nsubj", "LEMMA": {"IN": ["form", "type", "kind", "variety"]}}},
            {"LEFT_ID": "kind", "REL_OP": ">", "RIGHT_ID": "of", "RIGHT_ATTRS": {"DEP": "prep", "LOWER": "of"}},
            {"LEFT_ID": "of", "REL_OP": ">", "RIGHT_ID": "genus", "RIGHT_ATTRS": {"DEP": "pobj"}},
            {"LEFT_ID": "genus", "REL_OP": ">", "RIGHT_ID": "term", "RIGHT_ATTRS": {"DEP": "appos", "POS": _NOMINAL}},
            {"LEFT_ID": "cue", "REL_OP": ">", "RIGHT_ID": "definition", "RIGHT_ATTRS": {"DEP": "advcl"}},
        ],
    ),
    Rule(   # "Normative political science seeks to understand the goals of politics."
        id="definition.predicate",
        asking=Asking(no_card=True, verb_phrase=True, rivals="field"),
        pattern=[
            {"RIGHT_ID": "cue", "RIGHT_ATTRS": {"LEMMA": {"IN": ["seek", "study", "focus", "examine", "investigate", "explore", "aim", "hold", "teach", "describe", "concern", "deal", "combine"]}, "TAG": {"IN": ["VBZ", "VBP", "VBD"]}, "DEP": "ROOT"}},
            {"LEFT_ID": "cue", "REL_OP": ">", "RIGHT_ID": "term", "RIGHT_ATTRS": {"DEP": "nsubj", "POS": _NOMINAL}},
        ],
    ),
    Rule(   # "The very definition of democracy is that it is a form of government in which ..."
        id="definition.definition_of",
        anchor="label",
        pattern=[
            {"RIGHT_ID": "cue", "RIGHT_ATTRS": {"LEMMA": "be", "DEP": "ROOT", "TAG": {"IN": ["VBZ", "VBP"]}}},
            {"LEFT_ID": "cue", "REL_OP": ">", "RIGHT_ID": "label", "RIGHT_ATTRS": {"DEP": "nsubj", "LEMMA": {"IN": ["definition", "meaning"]}}},
            {"LEFT_ID": "label", "REL_OP": ">", "RIGHT_ID": "of", "RIGHT_ATTRS": {"DEP": "prep", "LOWER": "of"}},
            {"LEFT_ID": "of", "REL_OP": ">", "RIGHT_ID": "term", "RIGHT_ATTRS": {"DEP": "pobj", "POS": _NOMINAL}},
            {"LEFT_ID": "cue", "REL_OP": ">", "RIGHT_ID": "definition", "RIGHT_ATTRS": {"DEP": {"IN": ["attr", "ccomp"]}}},
        ],
    ),
    Rule(   # "Public policy includes all the decisions governments make to influence behavior."
        id="definition.includes_all",
        pattern=[
            {"RIGHT_ID": "cue", "RIGHT_ATTRS": {"LEMMA": {"IN": ["include", "encompass", "comprise", "cover"]}, "TAG": {"IN": ["VBZ", "VBP"]}, "DEP": "ROOT"}},
            {"LEFT_ID": "cue", "REL_OP": ">", "RIGHT_ID": "term", "RIGHT_ATTRS": {"DEP": "nsubj", "POS": _NOMINAL}},
            {"LEFT_ID": "cue", "REL_OP": ">", "RIGHT_ID": "definition", "RIGHT_ATTRS": {"DEP": "dobj"}},
            {"LEFT_ID": "definition", "REL_OP": ">", "RIGHT_ID": "all", "RIGHT_ATTRS": {"DEP": {"IN": ["det", "predet"]}, "LOWER": {"IN": ["all", "every", "any"]}}},
        ],
    ),
    Rule(   # "When parties ... engage in negotiations over the status quo, they are bargaining."
        id="definition.when_they_are",
        asking=Asking(no_cloze=True, when_gloss=True),
        pattern=[
            {"RIGHT_ID": "term", "RIGHT_ATTRS": {"TAG": "VBG", "DEP": "ROOT"}},
            {"LEFT_ID": "term", "REL_OP": ">", "RIGHT_ID": "be", "RIGHT_ATTRS": {"DEP": "aux", "LEMMA": "be", "TAG": {"IN": ["VBZ", "VBP"]}}},
            {"LEFT_ID": "term", "REL_OP": ">", "RIGHT_ID": "subject", "RIGHT_ATTRS": {"DEP": "nsubj", "LOWER": {"IN": ["they", "it"]}}},
            {"LEFT_ID": "term", "REL_OP": ">", "RIGHT_ID": "definition", "RIGHT_ATTRS": {"DEP": "advcl"}},
            {"LEFT_ID": "definition", "REL_OP": ">", "RIGHT_ID": "mark", "RIGHT_ATTRS": {"DEP": "advmod", "LOWER": {"IN": ["when", "whenever"]}}},
        ],
    ),
    Rule(   # "an irrational person is one who is neither selfish, nor strategic, ..."
        id="definition.one_who",
        anchor="definition",
        pattern=[
            {"RIGHT_ID": "cue", "RIGHT_ATTRS": {"LEMMA": "be", "DEP": "ROOT", "TAG": {"IN": ["VBZ", "VBP"]}}},
            {"LEFT_ID": "cue", "REL_OP": ">", "RIGHT_ID": "term", "RIGHT_ATTRS": {"DEP": "nsubj", "POS": "NOUN"}},
            {"LEFT_ID": "cue", "REL_OP": ">", "RIGHT_ID": "definition", "RIGHT_ATTRS": {"DEP": "attr", "LOWER": "one"}},
            {"LEFT_ID": "definition", "REL_OP": ">", "RIGHT_ID": "relative", "RIGHT_ATTRS": {"DEP": "relcl"}},
        ],
    ),
    Rule(   # "deterrence, the buildup of military power to ..."
        id="definition.appositive",
        anchor="definition", yields_to=("definition.relative_gloss", "definition.or_gloss"),
        pattern=[
            {"RIGHT_ID": "term", "RIGHT_ATTRS": {"POS": _NOMINAL, "ENT_TYPE": {"NOT_IN": ["PERSON", "GPE", "DATE", "CARDINAL", "MONEY", "PERCENT"]}}},
            {"LEFT_ID": "term", "REL_OP": ">", "RIGHT_ID": "definition", "RIGHT_ATTRS": {"DEP": "appos", "POS": "NOUN"}},
        ],
    ),
)

#: Token rules for glosses set off by punctuation: their handlers find the term
#: just before the match and the definition just after it.
GLOSS_RULES: tuple[Rule, ...] = (
    Rule(   # "political ideologies—that is, consciously held ideas about ..."
        id="definition.that_is",
        matcher="token",
        pattern=[{"ORTH": {"IN": ["—", "–", ",", "--"]}}, {"LOWER": "that"}, {"LOWER": "is"}, {"ORTH": ",", "OP": "?"}],
    ),
    Rule(   # "The systematic study of who gets what, when, and how—political science—investigates ...":
        # the gloss opens the sentence and the term follows it between dashes
        id="definition.reversed_dash",
        matcher="token",
        pattern=[{"ORTH": {"IN": ["—", "–"]}}, {"POS": {"IN": ["ADJ", "NOUN"]}, "IS_LOWER": True, "OP": "{1,4}"},
                    {"ORTH": {"IN": ["—", "–"]}}, {"POS": {"IN": ["VERB", "AUX"]}}],
    ),
    Rule(   # "The essential freedoms and rights to which all humans are entitled, human rights,
        # can be divided ...": the same with commas, when the gloss has a relative clause
        id="definition.reversed_comma",
        matcher="token",
        pattern=[{"ORTH": ","}, {"POS": {"IN": ["ADJ", "NOUN"]}, "IS_LOWER": True, "OP": "{1,4}"},
                    {"ORTH": ","}, {"POS": {"IN": ["VERB", "AUX"]}}],
    ),
    Rule(   # "sovereignty—their authority to govern themselves—"
        id="definition.dash",
        matcher="token",
        pattern=[{"POS": {"IN": ["NOUN", "PROPN"]}}, {"ORTH": {"IN": ["—", "–", "--"]}}, {"POS": {"IN": ["DET", "PRON", "NOUN", "ADJ", "SCONJ"]}, "LOWER": {"NOT_IN": ["what", "which", "who", "this", "these"]}}],
    ),
    Rule(   # "authoritarianism, an ideology that may allow ...": a gloss that a parser
        # may hang on the wrong noun, read from the tokens instead.
        id="definition.relative_gloss",
        matcher="token",
        pattern=[{"POS": {"IN": ["NOUN", "PROPN"]}}, {"ORTH": ","}, {"LOWER": {"IN": ["a", "an", "the"]}}],
    ),
    Rule(   # "civil liberties, which involve individual freedoms to think and act ..."
        id="definition.which_means",
        matcher="token",
        pattern=[{"POS": {"IN": ["NOUN", "PROPN"]}}, {"ORTH": ","}, {"LOWER": {"IN": ["which", "that"]}},
                    {"LOWER": {"IN": ["means", "mean", "denotes", "denote", "designates", "designate"]}}],
    ),
    Rule(   # "intersectionality, or the belief that ..."
        id="definition.or_gloss",
        matcher="token",
        pattern=[{"POS": {"IN": ["NOUN", "PROPN"]}}, {"ORTH": ","}, {"LOWER": "or"}, {"LOWER": {"IN": ["a", "an", "the"]}}],
    ),
    Rule(   # "Human rights are inalienable: they cannot be denied, taken away, or transferred."
        id="definition.adjective_colon",
        matcher="token",
        pattern=[{"LEMMA": "be"}, {"DEP": "acomp"}, {"ORTH": ":"}, {"LOWER": {"IN": ["they", "it"]}}],
    ),
    Rule(   # "compromise, in which the participants give ground ..."
        id="definition.in_which",
        matcher="token",
        pattern=[{"POS": "NOUN"}, {"ORTH": ","}, {"LOWER": "in"}, {"LOWER": "which"}],
    ),
    Rule(   # "a form of ideology that came to be known as Maoism"
        id="definition.came_to_be_known",
        matcher="token",
        pattern=[{"LOWER": {"IN": ["known", "called", "termed", "labelled", "labeled"]}, "TAG": "VBN"}, {"LOWER": "as"}],
    ),
    Rule(   # "When parties ... engage in negotiations concerning the status quo, they are bargaining."
        id="definition.when_clause",
        matcher="token", asking=Asking(forward_only=True, no_cloze=True, when_gloss=True),
        # (the comma or dash before "they" is checked by the engine: a pattern that opens on a
        # comma tries every comma of a book)
        pattern=[{"LOWER": {"IN": ["they", "it"]}}, {"LOWER": {"IN": ["are", "is"]}},
                    {"TAG": {"IN": ["VBG", "NN"]}, "LOWER": {"REGEX": "ing$"}}, {"ORTH": "."}],
    ),
    Rule(   # "Central Asian Cooperation Organization (CACO)"
        id="definition.acronym",
        matcher="token", checked=False, label="ACRONYM",
        pattern=[{"ORTH": "("}, {"TEXT": {"REGEX": r"^[A-Z][A-Za-z]*[A-Z]$"}, "LENGTH": {">=": 2}}, {"ORTH": ")"}],
    ),
    Rule(   # "The light-independent reactions, also known as the Calvin cycle, ...": another
        # name for what the phrase before the comma names; either name answers the other,
        # so the fact is asked one way only
        id="definition.also_known_as",
        matcher="token",
        asking=Asking(forward_only=True),
        pattern=[{"ORTH": ","}, {"LOWER": "also"}, {"LOWER": "known"}, {"LOWER": "as"}],
    ),
)

#: Every definition rule: dependency rules first, as their facts come first.
DEFINITION_RULES: tuple[Rule, ...] = DEPENDENCY_RULES + GLOSS_RULES
RULES_BY_ID: dict[str, Rule] = {rule.id: rule for rule in DEFINITION_RULES}

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

#: Where a definition stops: what follows is an example or an aside. Not a colon:
#: in "the belief that there is one measure of worth: utility", the point comes after it.
DEFINITION_STOPS: tuple[tuple[str, ...], ...] = (
    (",", "such", "as"), ("such", "as"), (",", "for", "example"), ("(", "for", "example"),
    (",", "including"), (";",), (",", "as", "well", "as"), (",", "among", "others"),
    (",", "because"), ("because",), (",", "e.g."), ("(", "e.g."), (",", "but"), (",", "although"),
    (",", "which"),
    # "the sum of all happiness minus ..., so increasing happiness ... are both valuable
    # social goals": what follows is a consequence, not the meaning (review 13).
    (",", "so"), (",", "thus"), (",", "hence"),
    # A cross-reference ("as discussed in Chapter 1: ...") is no part of a gloss.
    (",", "as", "discussed"), (",", "as", "noted"), (",", "as", "explained"), (",", "as", "shown"),
    (",", "as", "we"), (",", "see"), ("(", "see"),
)

#: Stops that show a list of examples runs on past the cut ("freedoms of conscience,
#: worship, and speech, as well as the rights to privacy, among others"): what is
#: left before them is no whole definition.
LIST_GOES_ON: tuple[tuple[str, ...], ...] = ((",", "as", "well", "as"), (",", "among", "others"))

#: Words after a stop that carry the gloss on instead of ending it: "practices that do
#: not involve outright agreements ..., but that might have the effect of reducing
#: competition" holds its second, defining relative clause after ", but".
STOP_CONTINUERS: frozenset[str] = frozenset({"that", "which", "who", "whose", "whom"})

#: Adjectives that describe rather than name: they are dropped from the front of a term
#: ("differing political ideologies" -> "political ideologies").
NON_CLASSIFYING_ADJECTIVES: frozenset[str] = frozenset(
    {"different", "differing", "various", "several", "certain", "many", "other", "main", "major",
     "important", "new", "old", "common", "specific", "particular", "key", "basic",
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

#: Heads a gloss may name as the kind of thing a term is ("or the belief that ...").
GLOSS_GENUS: frozenset[str] = frozenset(
    {"belief", "view", "idea", "notion", "practice", "principle", "theory", "doctrine", "process",
     "study", "act", "state", "condition", "system", "ability", "power", "ideology", "movement",
     "policy", "form", "period", "set", "institution", "organization", "organisation", "method",
     "concept", "right", "rule", "situation", "relationship", "tendency", "approach", "assumption",
     "claim", "argument", "type", "philosophy", "agreement", "group", "body", "structure"}
)

#: Heads that may follow "the" in a gloss: "cosmopolitanism, the idea that ...".
DEFINITE_GLOSS_GENUS: frozenset[str] = frozenset(
    {"idea", "belief", "view", "notion", "doctrine", "theory", "principle", "practice", "concept",
     "process", "study", "act", "ability", "state", "condition", "assumption", "claim", "philosophy"}
)

#: Words that open the clause completing a gloss's head ("an ideology *that* ...").
GLOSS_CLAUSE_OPENERS: frozenset[str] = frozenset(
    {"that", "which", "who", "whom", "whose", "when", "where", "in", "of", "by", "to", "for", "with", "from", "through"}
)

#: Nouns that hold a term in an "of" phrase rather than being part of it:
#: "the principles of authoritarianism" names authoritarianism.
TERM_CONTAINERS: frozenset[str] = frozenset(
    {"principle", "form", "type", "kind", "version", "variety", "idea", "concept", "notion", "example",
     "case", "part", "branch", "rise", "spread", "era", "age", "study", "role", "use", "history",
     "definition", "meaning", "goal", "aim", "purpose", "advocate", "defender", "critic", "supporter",
     "opponent", "emergence", "development", "direction", "aspect", "element", "feature", "name",
     "doctrine", "policy", "practice", "tenet"}
)

#: Heads of a gloss that comments on the whole clause before it rather than
#: naming the noun next to it ("... tension among the citizenry—a fear at the heart of ...").
COMMENT_GENUS: frozenset[str] = frozenset(
    {"fear", "concern", "hope", "point", "irony", "paradox", "trend", "move", "step", "testament",
     "reminder", "reflection", "risk", "danger", "threat", "consequence", "outcome", "development",
     "pattern", "figure", "number", "share", "percent", "percentage", "majority", "minority",
     "conclusion", "observation", "finding", "feat", "task", "achievement", "accomplishment", "prospect",
     "possibility", "challenge", "goal", "price", "cost", "forerunner", "precursor", "harbinger",
     "sign", "symbol", "illustration", "instance", "symptom", "hallmark", "legacy"}
)

#: Adverbs on "is" that make "X is a Y" a judgement ("arguably now a firmly rooted aspect").
HEDGES: frozenset[str] = frozenset(
    {"arguably", "perhaps", "probably", "possibly", "now", "still", "often", "usually", "increasingly",
     "sometimes", "also", "largely", "mostly", "generally", "typically", "certainly", "clearly",
     "surely", "already", "really", "truly", "indeed", "undoubtedly", "widely", "commonly", "likely"}
)

#: Sentence openers that make what follows an example, never a definition.
EXAMPLE_OPENERS: tuple[tuple[str, ...], ...] = (("for", "example"), ("for", "instance"), ("e.g.",), ("imagine",), ("suppose",))

#: Adverbs that open a remark about the noun, not a gloss ("wealth, especially ...").
REMARK_OPENERS: frozenset[str] = frozenset(
    {"especially", "particularly", "notably", "mainly", "mostly", "primarily", "chiefly", "even", "also",
     "often", "usually", "sometimes", "largely", "perhaps", "probably", "in", "at", "on", "for", "with",
     # "a bank’s liabilities, namely the deposits of its customers": one instance named, not a meaning
     "namely", "i.e.", "e.g.", "including", "specifically"}
)

#: Words that open a quantity, not a gloss ("Venezuelans—more than 15 percent of ...").
QUANTITY_OPENERS: frozenset[str] = frozenset(
    {"more", "less", "fewer", "about", "over", "under", "nearly", "almost", "roughly", "approximately",
     "some", "most", "many", "half", "one", "two", "three", "several", "around", "up"}
)

#: Nouns for a collection whose member noun is no term: "a set of beliefs".
AGGREGATE_NOUNS: frozenset[str] = frozenset(
    {"set", "cluster", "collection", "combination", "group", "series", "range", "number", "body", "array"}
)

#: What a name glossed as one of these is: a particular work, not a concept of the
#: chapter ("OpenStax Biology, a text generally assigned in ...").
WORK_NOUNS: frozenset[str] = frozenset(
    {"text", "textbook", "book", "novel", "article", "essay", "journal", "magazine", "newspaper",
     "report", "film", "website", "volume", "pamphlet", "treatise", "poem", "play", "song"}
)

#: What a doctrine is, said with a verb: what it seeks, aims at or holds. "Focuses on",
#: "combines", "deals with" name one feature of an -ism; for a field they define it.
DOCTRINE_VERBS: frozenset[str] = frozenset({"seek", "aim", "hold"})

#: Words a gloss may point "their" back at ("individuals ... their", "groups that
#: have been denied their rights", "organizations ... running their candidates").
THEIR_OWNERS: frozenset[str] = frozenset(
    {"person", "persons", "someone", "anyone", "individual", "individuals", "one", "people", "everyone",
     "citizens", "members", "humans", "voters", "participants", "actors", "players",
     "organizations", "organisations", "groups", "institutions", "parties", "governments", "states",
     "countries", "nations", "societies", "communities"}
)

#: Superlatives that judge rather than define ("the worst genocide in human history").
JUDGING_SUPERLATIVES: frozenset[str] = frozenset(
    {"worst", "best", "greatest", "finest", "deadliest", "bloodiest", "important", "influential", "famous", "notorious"}
)

#: Words that judge a concept instead of saying what it is ("an amorphous concept",
#: "a contested idea").
JUDGING_ADJECTIVES: frozenset[str] = frozenset(
    {"amorphous", "vague", "contested", "complex", "complicated", "difficult", "controversial", "elusive",
     "slippery", "important", "central", "key", "useful", "powerful", "tricky", "murky", "broad", "hazy",
     "fuzzy", "nebulous", "ambiguous"}
)

#: Heads of a gloss that, judged, are about the word rather than the thing.
CONCEPT_NOUNS: frozenset[str] = frozenset({"concept", "term", "idea", "notion", "word", "topic", "subject"})

#: Fields named by one word, which frame a definition on their own ("In economics, ...").
FIELD_NAMES: frozenset[str] = frozenset({"economics", "politics", "law", "sociology", "psychology", "philosophy", "biology"})

#: Singular person-words a gloss's "he", "she", "his" or "her" may point back at:
#: "the chain of command that places one individual ... in charge of another, who
#: must answer to her own superiors" names its person; "a decision that left his
#: pale" does not.
PERSON_ANTECEDENTS: frozenset[str] = frozenset(
    {"person", "individual", "someone", "somebody", "anyone", "anybody", "one", "child", "infant", "student",
     "worker", "employee", "leader", "member", "citizen", "voter", "patient", "researcher", "observer",
     "speaker", "author", "official", "officeholder", "candidate", "legislator", "representative",
     "actor", "agent", "woman", "man", "mother", "father", "parent", "owner", "buyer", "seller",
     "consumer", "subject", "participant", "learner", "teacher", "judge", "ruler", "monarch", "king", "queen"}
)

#: Present-tense verbs by which a sentence says what its bold subject does or holds,
#: which pins the term down as a blank: "Cytokinesis divides the cytoplasm into two
#: cells", "Realism asserts that ethical values have some basis in reality". Only for
#: terms the book marks as key terms: an unmarked subject ("The cell divides ...")
#: is one answer among many.
DESCRIBING_VERBS: frozenset[str] = frozenset(
    """
    allow enable permit let give grant make divide split separate produce secrete release connect
    join link unite bind attach transport carry move pump assert argue maintain claim hold
    stress emphasize emphasise insist contend propose posit focus seek aim attempt involve require contain
    compose form surround cover line encircle span break convert regulate stimulate inhibit prevent protect
    establish provide store synthesize synthesise digest absorb filter encode catalyze catalyse trigger pit ask
    prohibit limit restrict guarantee explain predict measure reject deny treat view see regard merge
    combine consist refer describe bring return serve rely ascertain embody encourage issue dictate examine
    collect target
    """.split()
)
#: Passive present forms that place or build a bold subject: "A subcutaneous bursa is
#: located between the skin and an underlying bone".
DESCRIBING_PARTICIPLES: frozenset[str] = frozenset(
    {"locate", "compose", "form", "make", "attach", "join", "premise", "base", "design",
     "produce", "secrete", "divide", "characterize", "characterise", "line", "connect"}
)
#: Passive participles that place a bold subject only with a place between two
#: named things ("is found between a tendon and a bone"), never alone ("Cilia are
#: found on many cells": many answers).
BETWEEN_PARTICIPLES: frozenset[str] = frozenset({"find", "situate", "position"})
#: Adjectives by which "X is ... for ..." says what a bold subject does: "The Golgi
#: apparatus is responsible for sorting ... the products".
RESPONSIBLE_ADJECTIVES: frozenset[str] = frozenset({"responsible"})
#: Prepositions that open a sentence with a bold term as its setting: "Under dual
#: federalism, the states ...", "In a closed primary, only members ...", "At a pivot
#: joint, ...".
SETTING_PREPOSITIONS: frozenset[str] = frozenset({"in", "under", "at", "during", "with", "within"})

#: Defining forms the detector finds but does not ask on its own word
#: (:data:`quizgen.rules.defining_forms.DETECTION_ONLY_FORMS`), asked where the term
#: is bold: "..., or a **triad**, which is a three-member group".
BOLD_DETECTED_FORMS: frozenset[str] = frozenset(
    {"defining.which_is", "defining.which_refers", "defining.apposition_the", "defining.involves", "defining.colon", "defining.word_origin"}
)

#: A gloss that says what the word is, not what it names: "the name for the plane".
NAME_GLOSS: re.Pattern[str] = re.compile(r"^(?:the|a)\s+(?:name|term|word|label)\s+(?:for|of|given to)\b", re.IGNORECASE)
#: Up to this many words (articles aside), such a gloss says nothing more.
NAME_GLOSS_WORDS = 6
