"""Word tables for turning statements into questions."""

from __future__ import annotations

#: The wh-word for an answer of each entity label when it is a subject or object.
WH_BY_LABEL: dict[str, str] = {
    "PERSON": "who",
    "ORG": "which organisation",
    "GPE": "which country",
    "NORP": "which group",
    "LOC": "which place",
    "FAC": "which place",
    "EVENT": "which event",
    "LAW": "which law",
    "WORK_OF_ART": "which work",
    "PRODUCT": "what",
    "LANGUAGE": "which language",
    "MONEY": "how much",
    "TERM": "what",
}

#: Prepositions after which a place answers "where".
LOCATIVE_PREPOSITIONS: frozenset[str] = frozenset({"in", "at", "near", "inside"})

#: Words that qualify a number and go with it into the answer's slot.
QUANTIFIER_WORDS: frozenset[str] = frozenset(
    {"about", "around", "approximately", "nearly", "almost", "over", "under", "more", "less",
     "than", "some", "roughly", "just", "fewer", "exactly", "up", "to"}
)

#: Qualifiers that make a number a bound ("fewer than 4,000", "more than 25 percent"):
#: another number can be true as well, so no choice or false twin is safe.
BOUND_WORDS: frozenset[str] = frozenset({"over", "under", "more", "less", "fewer", "than", "least", "most", "up", "beyond", "below", "above"})

#: Sentence openers that a question drops.
DISCOURSE_OPENERS: frozenset[str] = frozenset(
    {"however", "moreover", "furthermore", "also", "thus", "therefore", "indeed", "still",
     "meanwhile", "nevertheless", "consequently", "finally", "first", "second", "third"}
)

#: Subordinators of a contrast clause that a question drops.
CONTRAST_MARKERS: frozenset[str] = frozenset({"while", "whereas", "although", "though", "unlike"})

#: Nouns of two-word openers a question drops ("For example,", "In addition,").
DISCOURSE_PHRASE_NOUNS: frozenset[str] = frozenset(
    {"example", "instance", "addition", "fact", "contrast", "particular", "general", "short", "sum", "turn"}
)

# -- kinds of defined terms, for distractors of the same kind --------------------------

#: Head nouns of a gloss that make the term a kind of person ("incumbent: a politician ...").
PERSON_NOUNS: frozenset[str] = frozenset(
    """
    person people individual politician leader ruler citizen member heir activist thinker
    scholar philosopher worker voter official merchant representative candidate owner
    peasant supporter follower advocate critic author writer officeholder incumbent
    elector resident immigrant migrant refugee noble aristocrat monarch king queen lord
    judge legislator lawmaker bureaucrat diplomat soldier slave serf
    """.split()
)

#: Head nouns of a gloss that make the term a group, an organisation or a polity.
GROUP_NOUNS: frozenset[str] = frozenset(
    """
    group organization organisation institution party association body population class
    community union alliance coalition assembly council court agency bureaucracy legislature
    country nation state territory federation league confederation bloc society tribe
    """.split()
)

#: Head nouns of a gloss that make the term an idea or a way of thinking.
IDEA_NOUNS: frozenset[str] = frozenset(
    """
    ideology doctrine philosophy theory belief idea view vision worldview thought principle
    school movement concept notion approach outlook creed teaching tradition ideal
    """.split()
)

#: Finer kinds of abstract terms; a term whose gloss head is not listed is just a "thing".
ABSTRACT_NOUNS: dict[str, str] = {
    **dict.fromkeys(
        "statement generalization generalisation hypothesis proposition prediction "
        "explanation assumption".split(),
        "statement",
    ),
    **dict.fromkeys("subfield field discipline study branch science".split(), "field"),
    **dict.fromkeys(
        "rule law regulation policy program programme guideline norm code procedure".split(),
        "rule",
    ),
    **dict.fromkeys("ability capacity power right freedom liberty authority".split(), "ability"),
    **dict.fromkeys(
        "condition situation period absence status circumstance era age phase stage".split(),
        "condition",
    ),
    **dict.fromkeys(
        "system arrangement government regime economy structure order".split(), "system"
    ),
    **dict.fromkeys(
        "sum total value amount measure number share rate level percentage".split(), "quantity"
    ),
}

#: Head nouns of a "gloss" that comments on the clause before it instead of saying what
#: the term is ("the citizenry—a fear at the heart of ..."): no term, no distractor.
COMMENT_NOUNS: frozenset[str] = frozenset(
    """
    fear feat conclusion claim consequence risk forerunner result fact threat danger hope
    example case reason problem point matter question issue concern achievement irony
    mistake step sign testament reminder reflection trend development outcome paradox
    exception surprise success failure source cause effect factor
    """.split()
)

#: Heads that say how, how much or which part of something, not what it is: a "term"
#: with such a head is a mis-read ("destabilizing degree", "first place", "form of serfdom").
GENERIC_TERM_HEADS: frozenset[str] = frozenset(
    """
    degree place set form kind type core part way number amount level side sort case
    life essence thing aspect example lot range variety matter result sense point fact
    end rest time area piece bit share
    """.split()
)

#: Nouns whose "of" phrase names what the gloss is ("a set of activists", "a form of bias").
CONTAINER_NOUNS: frozenset[str] = frozenset(
    """
    set form kind type cluster collection combination system variety sort class category
    branch mode style version
    """.split()
)

#: First words of a gloss that show it is not a definition ("especially the ...", "more than 15 percent").
NON_GLOSS_OPENERS: frozenset[str] = frozenset(
    """
    especially particularly potentially namely mainly mostly primarily also even only just
    often usually more less most about nearly roughly approximately over under some many
    several few including notably chiefly largely perhaps possibly probably
    """.split()
)

#: Nouns that never hold a gloss's head: the head is the word before them.
GLOSS_HEAD_STOPS: frozenset[str] = frozenset(
    """
    of in on at by for with from to about that which who whom whose where when whereby as
    than between among through under over against within without because if whether while
    so such already still currently also often generally usually typically always never
    only even especially one is are was were be can cannot may might must should would
    """.split()
)

#: Last words of an acronym's expansion that name an organisation ("International Monetary Fund").
ORGANISATION_HEADS: frozenset[str] = frozenset(
    """
    organization organisation union nations administration corporation fund council bank
    association agency party court committee commission department bureau service institute
    federation league alliance assembly parliament congress forum community group board
    authority office reserve foundation ministry
    """.split()
)

#: Families of genus a multiple-choice distractor must share with the answer, read from
#: the gloss's opening words: "an ideology that ..." and "a system of thought that ..."
#: are both doctrines, so one can stand in for the other, while "an economic
#: arrangement ..." rules out every doctrine by its own words (review round 8). A gloss
#: no family matches falls back to its head noun.
GENUS_FAMILIES: tuple[tuple[str, str], ...] = (
    ("doctrine", r"(?:\w+ )?(?:ideology|ideological (?:vision|system)|(?:system|school) of (?:\w+ )?thought|doctrine|political philosophy|philosophy)\b"),
    ("economy", r"(?:\w+ )?economic (?:system|arrangement|order|model)\b"),
    ("government", r"(?:\w+ )?(?:form|system|type|kind) of (?:\w+ )?(?:government|rule)\b"),
    ("view", r"(?:view|belief|idea|notion|principle|conviction) that\b"),
    ("movement", r"(?:\w+ )?(?:movement|campaign)\b"),
)

#: Endings of a term that say what kind of thing it is whatever its gloss says.
TERM_KIND_SUFFIXES: dict[str, str] = {"ism": "ism", "cracy": "system", "archy": "system"}

#: Endings of a one-word term that make it an adjective ("inalienable"), not a thing.
ADJECTIVE_SUFFIXES: tuple[str, ...] = ("able", "ible", "ous", "ful", "less")

#: Forms of "be" and its kin: a bare term right after one is a predicate adjective
#: ("Human rights are inalienable", "is said to be legitimate").
COPULAS: frozenset[str] = frozenset(
    "is are was were be been being become becomes became seem seems seemed remain remains".split()
)

#: Pronouns that, among a gloss's first words, point outside it ("when they disagree").
GLOSS_PRONOUNS: frozenset[str] = frozenset("they them he she him it".split())

#: Families of role nouns: a thinker does not stand in for a ruler, nor the other way.
ROLE_FAMILIES: dict[str, str] = {
    **dict.fromkeys(
        "philosopher economist scientist historian author writer poet physicist chemist "
        "biologist mathematician sociologist theorist thinker activist professor scholar".split(),
        "thinker",
    ),
    **dict.fromkeys(
        "president prime minister king queen emperor empress chancellor secretary senator "
        "governor mayor pope leader chairman premier sultan khan tsar czar pharaoh dictator "
        "monarch prince princess duke representative speaker ambassador diplomat judge justice "
        "general admiral commander ruler".split(),
        "ruler",
    ),
}

#: Verbs that show a person's sort where the chapter gives no role noun: "Rousseau
#: argues that ..." is a thinker, whom a president ("Roosevelt") cannot stand in for.
SORT_VERBS: dict[str, frozenset[str]] = {
    "thinker": frozenset(
        "argue argues argued reason reasons reasoned contend contends contended theorize theorizes "
        "theorized maintain maintains maintained assert asserts asserted insist insists insisted "
        "write writes wrote hold holds held believe believes believed claim claims claimed "
        "propose proposes proposed".split()
    ),
    "ruler": frozenset("rule rules ruled govern governs governed reign reigns reigned".split()),
}

#: Particles that belong to a surname ("Du Bois", "von Herder").
SURNAME_PARTICLES: frozenset[str] = frozenset(
    "de du da di von van der den la le del della bin ibn al el st".split()
)

#: Titles and honorifics that are not part of a name ("Reverend Martin Luther King Jr.").
NAME_TITLES: frozenset[str] = frozenset(
    "reverend rev dr mr mrs ms sir dame lord lady saint st president senator general".split()
)

#: Name endings that are not a surname ("King Jr.").
NAME_SUFFIXES: frozenset[str] = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})

#: Words that end the run of modifiers before a name ("under President X": "President" only).
MODIFIER_STOPS: frozenset[str] = frozenset(
    """
    the a an and or but as in on at by of for with from to under after before since while
    when that which who whom whose than like between among according also then is was are
    were has had have did does said says its his her their
    """.split()
)

#: Words that make a statement lean on one before it ("X was also born into enslavement",
#: "An additional aspect of ...", "X went further").
LEANING_ADVERBS = (
    r"\b(?:also|too|again|likewise|similarly|indeed|additional|further|as\s+well|either)\b"
)

#: Sentences about the book itself ("Chapter 4 focuses on ..."): not the subject's facts.
BOOK_REFERENCE = r"\b(?:chapters?\s+\d+|parts?\s+[IVX]+\b|this\s+(?:chapter|book|section|textbook|unit)|the\s+(?:next|previous|following)\s+(?:chapter|section))"

#: Verbs that report someone's view when a "that" clause or a quotation follows
#: ("X argues that ...", "Socialists argue that “...”").
ATTRIBUTION_VERBS = (
    r"\b(?:argu(?:e|es|ed|ing)|claim(?:s|ed|ing)?|contend(?:s|ed|ing)?|believ(?:e|es|ed|ing)"
    r"|assert(?:s|ed|ing)?|suggest(?:s|ed|ing)?|maintain(?:s|ed|ing)?|insist(?:s|ed|ing)?"
    r"|posit(?:s|ed|ing)?|(?:hold|holds|held)|predict(?:s|ed)?|reason(?:s|ed)|warn(?:s|ed)"
    r"|remark(?:s|ed)?|writ(?:e|es|ing)|wrote|note(?:s|d)|observe(?:s|d)|say(?:s)?|said"
    r"|declare(?:s|d))\b"
)
#: Phrases that report someone's view whatever follows ("according to X", "in Hayek's view").
ATTRIBUTION_PHRASES = (
    r"\b(?:according\s+to|in\s+(?:the\s+)?(?:view|opinion|eyes)\s+of"
    r"|(?:’s|'s)\s+(?:view|opinion|argument|account)|what\s+\w+\s+(?:calls?|called|sees?|saw)\b)"
)

# -- distractors: labels and plain word classes -----------------------------------------

#: Labels of places: a prompt that names another place may rule a distractor out.
PLACE_LABELS: frozenset[str] = frozenset({"GPE", "LOC"})

#: Labels for which values from other lists of the chapter make fair distractors for a
#: list item: named things of one kind. Generic noun phrases (``ITEM``) do not.
ENUMERATION_LABELS: frozenset[str] = frozenset({"GPE", "ORG", "NORP", "PERSON", "LOC"})

#: Articles that comparing two texts passes over ("The Senate" == "senate").
ARTICLES: frozenset[str] = frozenset({"the", "a", "an"})

#: Words that open a noun phrase before its adjectives and head ("a", "their", "every").
DETERMINERS: frozenset[str] = frozenset(
    "a an the any some one every each its their his her our this that these those no another all both".split()
)

#: Words that may qualify a number without changing its unit ("about 2,200 kilometres").
NUMBER_QUALIFIERS: frozenset[str] = frozenset(
    "about around approximately nearly almost over some roughly more than fewer less just".split()
)

#: Month names, in calendar order.
MONTHS: tuple[str, ...] = tuple(
    "January February March April May June July August September October November December".split()
)

#: Plurals without a plural "-s" ("people", "criteria").
IRREGULAR_PLURALS: frozenset[str] = frozenset(
    {"people", "media", "data", "criteria", "phenomena", "police"}
)

#: Words too common to tell two statements apart (besides the chapter's own frequent words).
STOPWORDS: frozenset[str] = frozenset(
    """
    that this with from have which their they them were been being into when what about
    also only more most other such than then there these those would could should will
    shall must does very over some many much each every just like even because while where
    whom whose upon onto among within without between through during before after under
    again further once here both same able another made make makes called known
    """.split()
)

#: Where a chapter names two words for one thing: "a state (or its synonym, country)",
#: "normative political science (also called political philosophy)". A card that asks
#: for either word from its gloss has two right answers (review 15).
SYNONYM_PATTERNS: tuple[str, ...] = (
    r"\b(?P<a>[a-z][a-z-]*(?: [a-z][a-z-]*){0,3}) \((?:or )?(?:its|their) synonyms?,? (?P<b>[a-z][a-z-]*(?: [a-z][a-z-]*){0,3})\)",
    r"\b(?P<a>[a-z][a-z-]*(?: [a-z][a-z-]*){0,3}) \((?:also )?(?:called|known as) (?P<b>[a-z][a-z-]*(?: [a-z][a-z-]*){0,3})",
)
