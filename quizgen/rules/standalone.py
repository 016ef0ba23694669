"""What makes a question lean on the page it came from, or let more than one answer be
right: the tables of :func:`quizgen.questions.worth.why_not_standalone`.

Each table strikes one form, whatever the book. The forms come from blind reviews of
chapters nobody tuned the rules on (review r3: "The first one is ...", "Examples
include ...", "_____ is a wave", "Who introduced Dukakis ...?"); each was kept only
where, across the books of ``../shared/corpus``, what it strikes is what a teacher
would strike (``bench/standalone.py`` counts and lists them).
"""

from __future__ import annotations

import re

# --- 1. a referent left hanging -------------------------------------------------------

#: "one" standing for a noun an earlier sentence gave: "The first one is the
#: endogenous opioid system", "the other one", "the new ones". ("one of the ...",
#: "one another" and numbers name their own noun.)
ONE_PRONOUN: re.Pattern[str] = re.compile(
    r"\b(?:the|this|that|each|which|a)\s+(?:(?:first|second|third|fourth|fifth|last|final|other|former|latter"
    r"|next|previous|new|old|older|newer|earlier|later|same)\s+)ones?\b(?!\s+(?:of|another)\b)"
    # a bare "one" that a verb takes and that ends its clause: "Why did Bettina forfeit
    # the pleasure of eating one?" ("a cooler one", "more than one" and "twenty-one"
    # name their noun, or are numbers)
    r"|\b(?:[a-z]+ing|buy|bought|eat|ate|have|had|get|got|choose|chose|pick|picked|make|made|take|took|use|used|own"
    r"|owned|want|wanted|need|needed|find|found|keep|kept|give|gave)\s+one(?=\s*[?.!;:]|\s*$)",
    re.IGNORECASE,
)

#: A list of examples with no word for what they are examples of: "Examples include
#: antinuclear groups, _____, ...". ("Examples of enzymes include ..." says what.)
BARE_EXAMPLES: re.Pattern[str] = re.compile(
    r"^(?:(?:other|some|further|more|common|typical|good|classic|familiar|notable|well-known|famous|recent)\s+)?"
    r"(?:examples?|instances|illustrations)\s+(?:include|includes|included|are|were|would be|might be)\b",
    re.IGNORECASE,
)

#: "any other molecule", "no other country": other than the one an earlier sentence
#: named. ("more than any other" names its other side in the same clause.)
ANY_OTHER: re.Pattern[str] = re.compile(r"(?<!\bthan )\b(?:any|every|no)\s+other\b", re.IGNORECASE)

#: An aside that sends the reader to another part of the book: "(a structure to be
#: discussed shortly)", "(see Chapter 4)", "(described below)", "..., which is
#: discussed later." A cloze drops it (:func:`quizgen.questions.cloze.without_asides`);
#: any other question that keeps one is struck.
ASIDE_ELSEWHERE: re.Pattern[str] = re.compile(
    r"\((?:see|cf\.?|compare)\b[^()]*\)"
    # a step or panel of a figure the question cannot show: "(Step 3)", "(steps 2 and 3)", "(panel b)"
    r"|\((?:steps?|panels?)\s+(?:\d+|[a-h])\b[^()]{0,20}\)"
    r"|\([^()]*\b(?:discuss|describ|cover|explain|examin|introduc|present|consider|address|explor|return|revisit)\w*"
    r"\s+(?:\w+\s+)?(?:shortly|later|below|above|earlier|previously|next|soon|in\s+(?:more\s+|greater\s+|further\s+)?detail"
    r"|in\s+(?:the\s+)?(?:next|following|previous|preceding|later|another|a\s+later)\b|in\s+(?:chapter|section|unit)\b)[^()]*\)"
    # the same as a trailing clause: "..., which is discussed later."
    r"|,\s*(?:which|as)\s+(?:is|are|was|were|will\s+be)\s+(?:\w+\s+)?(?:discuss|describ|cover|explain|examin|introduc"
    r"|present|consider|address|explor|revisit)\w*\s+(?:in\s+(?:more\s+|greater\s+)?detail\s+)?"
    r"(?:shortly|later|below|above|earlier|previously|next|soon|in\s+(?:the\s+)?(?:next|following|previous|later|another)"
    r"\s+\w+|in\s+(?:chapter|section|unit)\s+\S+)(?=\s*[.;?]|\s*$)",
    re.IGNORECASE,
)

#: A verb put after another event of the story: "How much did Bush later report?"
#: (later than what?). "later than", "later years" are not it.
AFTER_WHAT: re.Pattern[str] = re.compile(
    r"\b(?:did|does|do|was|were|is|are|had|has|have|would|could|will)\s+(?:[\w’'\-]+\s+){0,3}?"
    r"(?:later|subsequently|afterwards|afterward|thereafter)\b(?!\s+than\b)",
    re.IGNORECASE,
)

#: A comparative in a gloss whose other side is in an earlier sentence: "the
#: “sneakier” uses of flawed reasoning" (sneakier than which?). Only a quoted or
#: "even"-led comparative is sure to be one; "-er" words at large are not ("water").
OPEN_COMPARATIVE: re.Pattern[str] = re.compile(
    r"[“\"‘'][a-z]+ier[”\"’']|\beven\s+(?:more|less|fewer|[a-z]{3,}er)\b(?![^.;?]*\bthan\b)",
    re.IGNORECASE,
)

#: Heads a bare "the ..." singles out only by what came before: "Who vetoed the
#: legislation?", "the carrier particles are now called gluons", "the cell bodies
#: are located in ...", "the exponential relationship must be used". A complement
#: after the head ("the cell bodies of sensory neurons", "the legislation that ...")
#: says which itself; so does a word of the head met earlier in the question.
#: ("approach", "method" and "strategy" are left out: with a modifier they are most
#: often names, "the capability approach", "the scientific method".)
HANGING_HEADS: frozenset[str] = frozenset(
    """legislation reform reforms relationship relation mechanism mechanisms phenomenon phenomena
    procedure technique techniques particles bodies specimens samples remains artifacts proposal
    proposals arrangement tactic tactics pathway pathways theory experiment experiments findings
    author authors book essay passage excerpt analogy scenario""".split()
)
#: (Plural kinds, "the sensory neurons carry signals inward", are left out: a textbook
#: states what every member of a kind does that way.)

#: What follows a head and says which one it is: a complement, a relative clause, a name.
SAYS_WHICH_AFTER: re.Pattern[str] = re.compile(
    r"^\s*(?:of|that|which|who|whose|where|in\s+which|by\s+which|between|among|with|to|called|known|named|termed"
    r"|described|found\s+in|used|[a-z]+ed\s+by|,?\s*or\b|\(|[–—:])",
    re.IGNORECASE,
)

#: An example, analogy or story the chapter told before: "_____ is a sudden disturbance
#: ..., such as in the example of the pebble" (review r5). Its "of" says which one only
#: to a reader who has read it.
EARLIER_EXAMPLE: re.Pattern[str] = re.compile(
    r"\b[Tt]he\s+(?:(?:above|earlier|previous|same|first|second)\s+)?(?:example|analogy|illustration|scenario|story"
    r"|anecdote|thought\s+experiment)\s+(?:of|about|with)\s+(?:the|a|an|this|that|our|his|her)\b"
)

#: A name cut to its last word, which an earlier sentence gave in full: "In what year
#: were the Articles replaced by the Constitution?" (the Articles of Confederation),
#: "the Treaty", "the Commission". With its name ("the Treaty of Paris", "the Paris
#: Agreement") it says which. ("the Constitution", "the Court", "the Union" are left
#: out: a chapter's readers know which one those mean.)
SHORT_NAME: re.Pattern[str] = re.compile(
    r"(?<![A-Z][\w’'\-]\s)(?<![A-Z][\w’'\-]{2}\s)\b[Tt]he\s+(?:Articles|Act|Treaty|Accord|Agreement|Amendment|Compromise"
    r"|Plan|Charter|Commission|Committee|Report|Convention|Conference)\b(?!\s+(?:of|on|for|to)\b)(?!\s+[A-Z])"
)

#: "the" and up to one modifier before a head of :data:`HANGING_HEADS`.
HANGING_DEFINITE: re.Pattern[str] = re.compile(
    r"\b[Tt]he\s+(?P<modifier>[a-z][a-z\-]*\s+)?(?P<head>" + "|".join(sorted(HANGING_HEADS, key=len, reverse=True)) + r")\b"
)

# --- 2. a blank with many right answers -------------------------------------------------

#: A blank for the class a thing belongs to: "Light is a form of _____", "X is an
#: example of _____": a thing belongs to many classes, and each is right. (The other
#: way round, "_____ is a form of bias that ...", is a definition and stays.)
BROAD_CLASS_BLANK: re.Pattern[str] = re.compile(
    r"\b(?:a|one|another)\s+(?:form|type|kind|sort|example|instance|case|variety|source)\s+of\s+_____",
    re.IGNORECASE,
)

#: A cloze's prompt, less its blank, must keep at least this many content words to
#: single its key out: "_____ is a wave." keeps one ("wave") and light, sound and
#: water all fit. ("The _____ is the “size” of an object." keeps two and stays.)
MIN_CLOZE_CONTENT_WORDS: int = 2

#: Words that carry no content of their own for :data:`MIN_CLOZE_CONTENT_WORDS`.
FUNCTION_WORDS: frozenset[str] = frozenset(
    """a an the is are was were be been being am of to in on at by for from with as and or but
    not no it its this that these those there their they them he she his her we our you your
    which who whom whose what when where why how can could may might must shall should will
    would do does did has have had also very more most less least such so than then into onto
    upon about over under between among through during after before some any each every all
    both either neither one many much few several other another same own""".split()
)

#: A cloze whose blank is the subject and whose prompt says only that it is one case
#: of a kind ("_____ is a positive sanction for working hard"): a raise, a bonus and
#: praise all fit. The sentence names one example, and the blank asks for it.
#: ("_____ is a method that households use to ..." defines, and stays.)
EXAMPLE_OF_KIND: re.Pattern[str] = re.compile(
    r"^_____\s+(?:is|are|was|were)\s+(?:a|an|one)\s+(?:[\w\-]+\s+){0,2}?"
    r"(?:sanction|reward|punishment|incentive|example|illustration|instance|sign|symptom)\b",
    re.IGNORECASE,
)

# --- 3. trivia short answers --------------------------------------------------------------

#: A question for the exact day something happened: "On what date did both chambers
#: pass the act?". A teacher tests the act; the day is trivia.
EXACT_DAY: re.Pattern[str] = re.compile(r"^(?:On|By)\s+what\s+(?:date|day)\b", re.IGNORECASE)

#: A person asked for a ceremony's part, not for what they thought, made or did:
#: "Who did the Democrats tap to introduce their nominee Michael Dukakis at the
#: convention?" (who introduced, greeted or escorted whom).
CEREMONY_ROLE: re.Pattern[str] = re.compile(
    r"^(?:[^?,]{0,30},\s*)?[Ww]ho\b[^?]*\b(?:introduce|introduced|introducing|greet|greeted|escort|escorted|accompany|accompanied"
    r"|welcome|welcomed|host|hosted|nominate|nominated|tap|tapped|invite|invited|helped)\b[^?]*\b(?:[A-Z][a-z]+\s+){1,2}"
    r"[A-Z][a-z]+\b",
)

#: A "why" about a name: "Why were the first microwave ovens called Radaranges?". The
#: name's origin is trivia, and the name gives its own answer away.
NAME_ORIGIN: re.Pattern[str] = re.compile(
    r"^Why\s+(?:is|are|was|were|do|does|did)\b[^?]*(?<!so-)\b(?:called|named|known\s+as|dubbed|nicknamed|termed)\b"
    # "Who are named for being very small?" (microglia; final review): what a name is for
    r"|^(?:Who|What|Which\s+\w+)\s+(?:is|are|was|were)\s+(?:so\s+)?(?:named|called)\s+(?:for|after)\b",
    re.IGNORECASE,
)
