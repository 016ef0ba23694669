"""What makes a definition's term a whole noun phrase and its gloss a definition:
the word lists :func:`quizgen.facts.definitions.whole_term` and the gloss checks read.
"""

from __future__ import annotations

import re

#: Dependencies of a word before a term that make it part of the term when they hang
#: on a word inside it ("interaural" on "level" in "interaural level difference").
TERM_MODIFIER_DEPS: frozenset[str] = frozenset({"amod", "compound", "nmod"})

#: Determiners that point back: "this step of rehearsal" names no term, it resumes one.
DEMONSTRATIVES: frozenset[str] = frozenset({"this", "these", "that", "those"})

#: Heads of "N of X" that only frame the term X ("this step of rehearsal", "the
#: process of osmosis"), beside the containers of :mod:`quizgen.rules.definitions`.
FRAMING_HEADS: frozenset[str] = frozenset({"step", "stage", "process", "phase", "act", "method", "mechanism"})

#: Entity labels of a capitalised word that is a name wherever it stands ("classical
#: Greek", "western European"); a capital the parser calls an EVENT or a PRODUCT in
#: "as possible Sediment load" opens a sentence that lost its full stop.
NAME_LABELS: frozenset[str] = frozenset({"NORP", "GPE", "LOC", "PERSON", "ORG", "LANGUAGE", "FAC"})

#: Relative pronouns: the word after a subject "that" is the clause's verb, even
#: when the parser reads it as a noun ("vesicles that house neurotransmitters").
RELATIVE_PRONOUNS: frozenset[str] = frozenset({"that", "which", "who"})

#: Tags of a finite or bare verb, which no noun phrase holds before its head.
FINITE_VERB_TAGS: frozenset[str] = frozenset({"VB", "VBP", "VBZ", "VBD", "MD"})

#: A gloss that tells where the word comes from, not what the thing is: "a word coined
#: from the Greek words xeros for dry ...", "from the Latin for ...", "literally ...".
ETYMOLOGY = re.compile(
    r"\b(?:coined|derived|borrowed)\s+from\b|\bfrom\s+(?:the\s+)?(?:ancient\s+)?(?:greek|latin|french|german|arabic|sanskrit|old\s+english)\b"
    r"|\b(?:greek|latin|french|german|arabic|sanskrit)\s+(?:word|words|root|roots|term|for)\b|\bliterally\b"
    r"|^(?:a|the)\s+(?:word|term|name)\s+(?:that\s+)?(?:comes|came|means|meant|stems)\b",
    re.IGNORECASE,
)

#: What a gloss headed by "word" may say it is used for and still define the thing:
#: "Chaos is a word used to describe systems whose outcomes ...".
WORD_USES: frozenset[str] = frozenset({"use", "describe", "refer", "denote", "apply", "name", "designate"})

#: Verbs that name a kind inside a gloss: "a type of good called a toll good" names
#: the toll good, of which the sentence's subject is one example.
NAMING_VERBS: frozenset[str] = frozenset({"call", "name", "term", "dub", "label", "know", "refer"})

#: "formerly known as", "also called": the name after them is the term's own.
FORMER_NAME_ADVERBS: frozenset[str] = frozenset({"formerly", "also", "once", "originally", "previously", "still"})

#: What is left of a pointer to a figure the text no longer shows: "the most mature
#: follicle, like that shown in, ruptures", "separated by a distance, as in, is".
DANGLING_POINTER = re.compile(
    r"(?:,\s*)?\b(?:(?:like|as)\s+(?:that|those|the\s+one|one)\s+)?(?:shown|seen|illustrated|depicted|pictured|as)\s+in\s*(?=[,.;:?)]|$)",
    re.IGNORECASE,
)

#: A capitalised word written twice without a space: a heading run into its first
#: sentence ("ViroidsViroids are plant pathogens ..."); not "testes" or "bonbons".
DOUBLED_WORD = re.compile(r"\b([A-Z][a-z]{2,})\1\b")

#: Parts of speech no term ends on: "vertebrate in" (a figure reference removed from
#: "The vertebrate in [Figure] is ..."), "cross" of "cross-pollination" cut at its hyphen.
TERM_END_POS: frozenset[str] = frozenset({"ADP", "CCONJ", "SCONJ", "DET", "PART", "PRON", "PUNCT"})
