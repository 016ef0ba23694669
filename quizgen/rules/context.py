"""Words that make a sentence lean on something outside itself."""

from __future__ import annotations

import re

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
    ("a", "second"),
    ("a", "third"),
    ("a", "fourth"),
    ("a", "final"),
    ("the", "other", "hand"),
    ("the", "question"),
    ("the", "first", "part"),
    ("the", "second", "part"),
    ("the", "last", "part"),
    # "players, in contrast, would accept ...": in contrast with what? (At a sentence's
    # start the opener is dropped instead.)
    ("in", "contrast", ","),
    ("by", "contrast", ","),
    # "Franklin went further, arguing ...": further than whom?
    ("went", "further"),
    ("go", "further"),
    ("goes", "further"),
    ("going", "further"),
    ("gone", "further"),
)

#: Openers that tie a sentence to the one before ("Still, King was hopeful ...").
#: Dropped from the statement a question shows: what follows stands on its own.
CONNECTIVE_OPENERS: tuple[tuple[str, ...], ...] = tuple(
    tuple(phrase.split())
    for phrase in (
        "still", "however", "for example", "for instance", "in contrast", "by contrast", "instead",
        "similarly", "likewise", "thus", "therefore", "hence", "as a result", "moreover", "furthermore",
        "also", "in addition", "additionally", "nevertheless", "nonetheless", "indeed", "yet", "rather",
        "consequently", "on the other hand", "in other words", "again", "even so", "of course", "in fact",
        "in turn", "accordingly", "meanwhile", "in short", "in sum", "in general", "importantly",
        "in particular", "notably", "ultimately", "finally", "first", "second", "third", "symbolically",
    )
)

#: One-word links that open a sentence without a comma ("Yet the principles ...").
BARE_OPENERS: frozenset[str] = frozenset({"yet", "but", "and", "so", "still", "thus", "hence", "also"})

#: Heads that a bare "the ..." uses to point back at something named before
#: ("the formerly democratic country").
ANAPHORIC_DEFINITE_HEADS: frozenset[str] = frozenset(
    {"country", "nation", "city", "region", "man", "woman", "leader", "president", "king", "queen",
     "author", "writer", "thinker", "philosopher", "scholar", "book", "party", "organization",
     "organisation", "company", "movement", "event", "war", "crisis", "election", "candidate",
     "regime", "treaty", "agreement", "program", "programme", "policy", "law", "decision", "study",
     "survey", "researcher", "group", "protest", "ruling", "court", "case", "episode", "incident",
     # "The net result, according to Hayek, would be ...": the result of what?
     "result", "outcome", "consequence", "upshot"}
)

#: Words that, before a number, point at another part of the book ("Chapter 15
#: introduces ..."): a sentence about the book's plan, not about its subject.
CROSS_REFERENCES: frozenset[str] = frozenset({"chapter", "section", "figure", "table", "part", "unit", "appendix"})

#: Verbs that report a view rather than state a fact.
REPORTING_VERBS: frozenset[str] = frozenset(
    {"argue", "claim", "contend", "believe", "maintain", "assert", "insist", "suggest", "hold",
     "think", "propose", "posit", "reason", "predict", "warn", "worry", "fear", "hope"}
)

#: Section titles of a chapter's opening story: its dates, numbers and people
#: set a scene ("In 1998, Hugo Chávez was elected ..."); the chapter teaches later.
OPENING_SECTIONS: frozenset[str] = frozenset(
    {"introduction", "chapter introduction", "chapter opener", "opening story", "opening vignette"}
)

#: Section titles of a worked example or a case: its characters and their deeds
#: ("Wanda has used appropriate force", "Why is Steven angry?") illustrate the law the
#: section before states; they are not what a student learns (round 17).
EXAMPLE_SECTION: re.Pattern[str] = re.compile(
    r"^(?:an?\s+)?(?:example|examples|worked example|case study|case in point|scenario|hypothetical|illustration)s?\b",
    re.IGNORECASE,
)

#: How often the rest of a chapter must use a term that its opening story glosses
#: for the gloss to count as a definition the chapter teaches.
TAUGHT_LATER = 3

#: Adverbs that, on the main verb, add this sentence to one before it
#: ("... had also fallen", "Clinton did indeed win").
ADDITIVE_ADVERBS: frozenset[str] = frozenset({"also", "indeed", "too", "likewise", "similarly"})

#: Pronouns after "For"/"To" at a sentence's start that give an earlier group's view
#: ("For them, revelation is ...").
VIEW_HOLDERS: frozenset[str] = frozenset({"them", "him", "her", "us", "these", "those", "such"})

#: Words that, before a number in a paragraph, make it a preview of another part of
#: the book ("Chapter 7 considers ..."): its dates and numbers illustrate, and the
#: chapter they belong to teaches them.
PREVIEW_WORDS: frozenset[str] = frozenset({"chapter", "chapters", "part", "unit"})

#: Kinds of name a sentence may list as examples ("countries such as Egypt and Tunisia"),
#: and how many tokens after "such as" or "including" a listed name may start.
EXAMPLE_LABELS: frozenset[str] = frozenset({"GPE", "NORP", "ORG", "PERSON", "LOC"})
EXAMPLE_REACH = 8

#: Where a chapter names two words for one thing: "a state (or its synonym, country)",
#: "normative political science (also called political philosophy ...)". A card that
#: asks for either word from its gloss has two right answers (review 15). ``{term}``
#: is the term, escaped; the first pattern has it before the bracket, the second inside.
SYNONYM_MARKER = r"\((?:or )?(?:its|their) synonyms?,? |\((?:also )?(?:called|known as) "
SYNONYM_PATTERNS: tuple[str, ...] = (
    r"(?:^|[:;,(]\s|\b(?:a|an|the|its|their|of|in|to|and|or)\s){term}\s(?:" + SYNONYM_MARKER + r")",
    r"(?:" + SYNONYM_MARKER + r"){term}\b",
)

#: Adjectives that say a thing has two parties without naming them ("bilateral trade"):
#: a question must name them, from the sentences before, or it leaves them hanging.
TWO_PARTY_ADJECTIVES: frozenset[str] = frozenset({"bilateral"})

#: Nouns that a pair of names joined by a hyphen ("Kazakh-Russian relations",
#: "Franco-German cooperation") makes a relation between two parties.
RELATION_NOUNS: frozenset[str] = frozenset(
    {"relations", "relationship", "cooperation", "trade", "ties", "talks", "war", "conflict", "treaty",
     "agreement", "border", "negotiations", "summit", "partnership", "alliance", "dialogue", "rivalry",
     "friendship", "dispute", "accord", "pact"}
)

#: Nouns that "the two ..." uses for a pair named before ("between the two countries").
PAIR_NOUNS: frozenset[str] = frozenset({"countries", "states", "nations", "governments", "republics"})

#: Openers by which the author only asks the reader to note what follows ("It should
#: also be noted that ..."): dropped with their "that", the rest stands as the statement.
NOTING_OPENER: str = (
    r"^It (?:should|must|can|may) (?:also )?be (?:noted|stressed|emphasi[sz]ed|remembered|pointed out|added) that\s"
    r"|^It is (?:also )?(?:worth noting|important to note|worth mentioning|worth remembering) that\s"
)
