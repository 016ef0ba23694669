"""Tables for choosing a false statement's swap and a choice's rivals: data only.

Read by :mod:`quizgen.questions.distractors.siblings` (siblings of a defined term),
:mod:`quizgen.questions.distractors.people` (who may stand in for whom) and
:mod:`quizgen.questions.distractors.dates` (the form of a year).
"""

from __future__ import annotations

#: Gloss heads too vague to make two terms siblings: "X is one of the ...", "Y is
#: something that ..." and "Z is the term used to describe ..." say nothing of what
#: kind of thing either is.
VAGUE_GENUS_HEADS: frozenset[str] = frozenset(
    """
    one thing something anything everything way part aspect example case kind type sort
    form variety means item element feature factor term word name label phrase concept
    """.split()
)

#: Words that end a gloss's genus phrase besides those of ``GLOSS_HEAD_STOPS``:
#: prepositions and participles a plain word list cannot tell from nouns ("a wall
#: built out into the sea": the genus is "wall", not "sea").
GENUS_STOPS: frozenset[str] = frozenset(
    """
    into onto out up down along across around toward towards upon via per like unlike
    built made held used known called given taken seen found set kept brought born done
    put run led left meant shown thought sent grown drawn begun written spoken chosen
    """.split()
)

#: Gloss heads that name one kind of thing: "the first phase of mitosis" and "the
#: final stage of mitosis" are siblings. Each head maps to the name of its kind.
GENUS_EQUIVALENTS: dict[str, str] = {
    **dict.fromkeys("phase stage period step".split(), "phase"),
    **dict.fromkeys("ideology doctrine theory philosophy worldview".split(), "doctrine"),
}

#: Nouns ending in "-ly" that are no adverbs: a gloss's head may be one ("a family of views").
LY_NOUNS: frozenset[str] = frozenset(
    "family assembly monopoly oligopoly duopoly supply anomaly ally rally homily jelly belly polity".split()
)

#: Nouns whose "of" phrase names a gloss's genus, besides ``CONTAINER_NOUNS``
#: ("a broad family of views").
GENUS_CONTAINERS: frozenset[str] = frozenset("family group".split())

#: Families of ``GENUS_FAMILIES`` whose -isms may stand in for one another: the
#: brief's "Communism is an economic system in which ..." swaps an ideology for an
#: economic system, and a reader must know which is which.
ISM_FAMILIES: frozenset[str] = frozenset({"doctrine", "economy", "government"})

#: A gloss that only gives its term another name ("granules—organelles called
#: ribosomes"): a sibling put in its place would be called by that name too.
GLOSS_NAMES_ANOTHER = r"^(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}(?:called|known as|named|termed)\b"

#: Where a chapter gives one term another name: either word then answers the other's
#: gloss, so neither may stand in for the other in a false statement. ``{a}`` and
#: ``{b}`` are the two terms (escaped, lower case); both orders are tried.
ALIAS_PATTERNS: tuple[str, ...] = (
    r"\b{a}\s*\((?:or\s+|also\s+|i\.e\.,?\s+|that is,?\s+)?(?:(?:its|their)\s+synonyms?,?\s+)?(?:(?:called|known as|termed|named)\s+)?[“\"]?{b}\b",
    r"\b{a},?\s+(?:or|also called|also known as|otherwise known as|sometimes called|that is|i\.e\.)\s+[“\"]?{b}\b",
    r"\b{a}\s+(?:is|are)\s+(?:also|sometimes|often)\s+(?:called|known as|referred to as|termed)\s+[“\"]?{b}\b",
    r"\b{a}\s*[—–-]\s*(?:or|also called|also known as)\s+{b}\b",
)

#: Where a chapter makes one term a kind of the other ("a form of passive transport
#: called simple diffusion", "Medicaid and food stamps are examples of categorical
#: grants"): the kind put in its parent's definition makes a true statement. ``{a}``
#: is the kind, ``{b}`` the parent; both orders are tried.
HYPONYM_PATTERNS: tuple[str, ...] = (
    r"\b{a}\s+(?:is|are)\s+(?:a|an|one)?\s*(?:[\w-]+\s+)?(?:type|form|kind|example|category|class|subtype|variety|sort|part)s?\s+of\s+(?:[\w-]+\s+)?{b}\b",
    r"\b(?:type|form|kind|example|category|class|variety)s?\s+of\s+{b}\s+(?:[\w-]+\s+){{0,2}}(?:called|known as|termed)\s+(?:[\w-]+\s+)?{a}\b",
    r"\b{b},?\s+(?:such as|including|like|e\.g\.,?)\s+(?:[\w-]+\s+)?{a}\b",
    r"\b{a}\s+and\s+(?:[\w-]+\s+){{1,4}}(?:are)\s+(?:examples|forms|types|kinds)\s+of\s+(?:[\w-]+\s+)?{b}\b",
)

#: What may stand between two items of one list in a sentence ("horticulture,
#: pastoralism, and intensive agriculture"): commas, "and", "or", "as well as",
#: an article, and at most this many other items of at most four words each.
LIST_SEPARATOR = r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|as well as|versus|vs\.)\s+)(?:the\s+|a\s+|an\s+)?"
LIST_ITEMS_BETWEEN = 3
LIST_ITEM_WORDS = 4
#: Words an item of a list of terms never holds: a verb or a clause ends the list.
LIST_BREAKERS: frozenset[str] = frozenset(
    """
    is are was were be been has have had which who that whose when where while because
    if although can could will would may might must should not
    """.split()
)

#: Steps a year distractor moves by when the answer is a round year (1800): a round
#: answer among plain ones (1802, 1803, 1805) is guessed by its form alone.
ROUND_YEAR_OFFSETS: tuple[int, ...] = (-10, 10, -20, 20, -30, 30, -50, 50)
#: A year is round when it is a multiple of this.
ROUND_YEAR = 10

#: Rare words of the prompt a chapter sentence stating a candidate year may share
#: before that year is tied to a like event ("a second resolution in 2014"): one.
YEAR_RIVAL_WORDS = 1
