"""Worth asking, and standing on its own: the gate every fact and question passes.

A question counts only if a student without the chapter open can answer it and a
teacher would want it answered. Blind reviews of chapters nobody tuned the rules on
struck three kinds of item above all; each check here strikes one kind, by form,
whatever the book:

- a trivial target: the year of an anecdote ("In _____, a comic writer named ...
  wanted an insider's view"), a gloss that judges instead of defining ("knowledge:
  a powerful tool");
- a missing referent: "thus", "another", "the study", "he" with nobody named;
- leftover layout: a run-in heading glued to the sentence ("Milgram Experiment:, ...").

>>> leans_on_context("Who identified another crucial ethical concern?")
True
>>> leans_on_context("Who developed the theory of evolution by natural selection?")
False
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from quizgen.facts.definitions import acronym_fits
from quizgen.facts.keyterms import canonical_term
from quizgen.identity import normalise
from quizgen.models import Fact, Question
from quizgen.questions.topic import has_topic, without_topic
from quizgen.rules.definitions import NAME_GLOSS, NAME_GLOSS_WORDS, PERSON_ANTECEDENTS
from quizgen.rules.entities import ROLE_NOUNS
from quizgen.rules.questions import MONTHS
from quizgen.rules.standalone import (
    AFTER_WHAT,
    ANY_OTHER,
    ASIDE_ELSEWHERE,
    BARE_EXAMPLES,
    BROAD_CLASS_BLANK,
    CEREMONY_ROLE,
    EARLIER_EXAMPLE,
    EXACT_DAY,
    EXAMPLE_OF_KIND,
    FUNCTION_WORDS,
    HANGING_DEFINITE,
    MIN_CLOZE_CONTENT_WORDS,
    NAME_ORIGIN,
    ONE_PRONOUN,
    OPEN_COMPARATIVE,
    SAYS_WHICH_AFTER,
    SHORT_NAME,
)
from quizgen.rules.terms import DANGLING_POINTER, DOUBLED_WORD
from quizgen.rules.worth import (
    BARE_KIND,
    BASELINE_YEAR,
    BUILT_GLOSS_WORDS,
    COMMON_WORD_ZIPF,
    COMPARATIVE_GLOSS,
    COMPARATIVE_GLOSS_WORDS,
    CONTRIBUTION_VERBS,
    COURT_CASE,
    CUT_GLOSS,
    DANGLING_GLOSS,
    DESCRIBING_GLOSS,
    EARLY_COLON,
    EVALUATIVE_GLOSS,
    EVALUATIVE_WHY,
    EVENT_MENTIONS,
    EXAMPLE_LIST_BEFORE,
    GARBLED_WH,
    GLOSS_POINTS_AT_TEXT,
    GLUED_HEADING,
    GROUP_NAME,
    HEDGED_GLOSS,
    HELD_EVENT,
    LABEL_BEFORE_NUMBER,
    LEANING_OPENERS,
    LEANING_WORDS,
    LONG_TERM_WORDS,
    LOOSE_COPULA,
    MEASURE_HEADS,
    MEASURE_UNITS,
    NAMED_BODY,
    NAMED_EVENT_HEADS,
    NAMED_THING_MADE,
    NARROWING,
    NOT_WHAT_IT_IS,
    OPINION,
    OWN_WORDS_BESIDE_TERM,
    PARTICIPLE_START,
    PARTICULAR_NOUNS,
    PERSON_MENTIONS,
    PERSON_PASSIVES,
    PERSON_PRONOUNS,
    PERSONS_OF_SPEECH,
    PLACEHOLDER_LETTER,
    QUANTIFIER_BEFORE,
    RELATIVE_GLOSS,
    RELATIVE_WORDS,
    REMOVED_REFERENCE,
    RESOURCE_GLOSS,
    SMALL_SUM,
    SPECIAL_CASE_OPENER,
    STUDY_DETAIL,
    SUBJECT_PRONOUNS,
    TERM_CUT_BEFORE,
    TERMLESS_HEADS,
    TRAILING_CLAUSE,
    UNASKED_RULES,
    VAGUE_HEADS,
    WORD_PREFIXES,
    WORDS_PER_MENTION,
)

_TRUE_FALSE = re.compile(r"^True or false:\s*", re.IGNORECASE)
_CAPITALISED = re.compile(r"\b[A-Z][a-z’'\-]+")
#: Capitalised words that open sentences without naming anything.
_OPENERS = frozenset(
    """The A An In On At By For From With To Of This That These Those It Its He She They We
    After Before During Since Until When While Although Though Because If As Most Many Some
    Several All Each Every Both Other Such There Here Today Now Then Who What Which Why How
    Where True False Unlike Like Despite Between Among Under Over Through Without Within""".split()
)
_DEFINITE = re.compile(
    r"\b[Tt]he\s+(?:[a-z\-]+\s+){0,2}?([a-z\-]+)"
    r"(?=\s*[,.;:?!)]|\s*$|\s+(?:is|are|was|were|has|had|have|would|could|will|can|may|might|must|should"
    r"|did|does|do|and|or|but|to|with|by|as|from|after|before|during|showed|found|shows|finds|led|took"
    r"|made|became|began|ended|lasted|[a-z]+ed)\b)"
)
_WHO_PASSIVE = re.compile(r"^Who\s+(?:was|were|is|are|had been|has been)\s+([a-z]+ed|[a-z]+en)\b")
_YEAR = re.compile(r"^\d{3,4}s?$")
#: "the Civil Rights Act of 1964": the year names the act; blanking it tests the name.
#: A year set before its noun like an adjective: "the 1660 Navigation Act", "a 1954
#: ruling" (review r8: "In what year did Charles II approve?" lost the act).
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her|this|that|these|those)\s+$", re.IGNORECASE)
_WORD_AFTER = re.compile(r"\s+[^\W\d_]")
_YEAR_IN_NAME = re.compile(rf"\b(?:{'|'.join(sorted(NAMED_EVENT_HEADS))}) of\s*$")


#: Job titles a parser leaves at the head of a name ("Sociologist Charles Horton Cooley").
_ROLE_WORDS = frozenset(
    """sociologist psychologist philosopher economist anthropologist historian scientist physicist
    astronomer biologist chemist geologist researcher theorist writer author professor teacher
    senator governor president minister reformer activist author journalist novelist poet
    explorer inventor engineer physician doctor lawyer judge mathematician statistician
    archaeologist linguist ethnographer primatologist""".split()
)


def _names_something(text: str) -> bool:
    """True when the text holds a capitalised name ("Tallinn opened ...", "... in Mosaic")."""
    return any(match.group() not in _OPENERS for match in _CAPITALISED.finditer(text))


def statement(question: Question) -> str:
    """What the student reads: the prompt without the true/false lead-in."""
    return _TRUE_FALSE.sub("", question.prompt)


def leans_on_context(text: str) -> bool:
    """True when the text points at something it never names.

    >>> leans_on_context("In response, Congress passed the Wagner Act.")
    True
    >>> leans_on_context("The Wagner Act of 1935 protected the right of workers to organize.")
    False
    """
    text = text.strip()
    if LEANING_OPENERS.match(text) or LEANING_WORDS.search(text) or PERSONS_OF_SPEECH.search(text):
        return True
    if SUBJECT_PRONOUNS.match(text) and not text.startswith(("Who ", "What ", "Which ")):
        return True
    pronoun = PERSON_PRONOUNS.search(text)
    if pronoun and not text.startswith("Who ") and not _names_something(text[: pronoun.start()]):
        return True  # "he" with nobody named before it
    return any(match.group(1).lower() in PARTICULAR_NOUNS for match in _DEFINITE.finditer(text))


def glued_heading(text: str) -> bool:
    """True when a heading's words run into the sentence.

    >>> glued_heading("Milgram Experiment:, psychologist Stanley Milgram ran a study at Yale.")
    True
    >>> glued_heading("The cell membrane is a bilayer of phospholipids.")
    False
    """
    return bool(GLUED_HEADING.search(text) or EARLY_COLON.match(text))


def is_definition_worth_asking(term: str, gloss: str) -> bool:
    """False for a gloss that judges ("a powerful tool"), names only a vague kind
    ("a process"), or runs across two clauses the parser joined.

    >>> is_definition_worth_asking("knowledge", "a powerful tool that can be used to achieve positive change")
    False
    >>> is_definition_worth_asking("osmosis", "the diffusion of water through a semipermeable membrane")
    True
    """
    gloss = gloss.strip()
    words = re.findall(r"[\w’'\-]+", gloss.lower())
    if not words or not term.strip():
        return False
    if EVALUATIVE_GLOSS.match(gloss) or "of great interest" in gloss.lower():
        return False
    content = [w for w in words if w not in ("a", "an", "the")]
    if content and len(content) <= 4 and content[-1] in VAGUE_HEADS | {"process", "method", "practice", "step"}:
        return False  # "a fairly complex process": nothing narrows the kind down
    for match in LOOSE_COPULA.finditer(gloss):
        before = re.findall(r"[\w’'\-]+", gloss[: match.start()].lower())
        if not any(word in RELATIVE_WORDS for word in before[-8:]):
            return False  # "the independent variable and the crime rate is the dependent variable"
    if not any(word in NARROWING for word in content) and len(content) <= 2:
        return False
    pronoun = PERSON_PRONOUNS.search(gloss)
    if pronoun and not PERSON_ANTECEDENTS & set(re.findall(r"[a-z]+", gloss[: pronoun.start()].lower())):
        return False  # "a decision that left his pale": whose? ("an individual ... her superiors" says)
    if re.search(r",\s*(?:while|whereas)\b", gloss):
        return False  # "..., while eversion turns ..."
    if re.findall(r"[a-z]+", term.lower())[-1:] and re.findall(r"[a-z]+", term.lower())[-1] in TERMLESS_HEADS:
        return False  # "A good example is the elbow joint": the subject is no term
    if GROUP_NAME.match(term.strip()) and not term.isupper():
        return False  # "African Americans", "White": peoples are described, not defined
    if DESCRIBING_GLOSS.search(gloss) or RESOURCE_GLOSS.match(gloss):
        return False  # "the only nonimmigrant people ...", "..., not a personal one"
    if HEDGED_GLOSS.match(gloss):
        return False  # "just a z-score or t-score for the sample data": a simplification
    if BARE_KIND.match(gloss) or PARTICIPLE_START.match(gloss) or RELATIVE_GLOSS.match(gloss):
        return False  # "a type of fallacy"; "secreted into the colloid"
    if NAME_GLOSS.match(gloss) and len(content) <= NAME_GLOSS_WORDS:
        return False  # "the name for the plane": what the word is, not what it names
    if COMPARATIVE_GLOSS.match(gloss) and (len(words) <= COMPARATIVE_GLOSS_WORDS or _vague_head_after(words[2:4], words)):
        return False  # "a stronger endorsement of the viewpoint", "a more abstract concept that ...": than what?
    if PERSONS_OF_SPEECH.search(gloss):
        return False  # "the missing component that we’re looking for": the author's talk
    if DANGLING_GLOSS.search(gloss):
        return False  # "the cause of the change": which change, the gloss never says
    if NOT_WHAT_IT_IS.search(gloss):
        return False  # "a school of thought that arose during ...", "large bone cells with up to 50 nuclei"
    if DOUBLED_WORD.search(term) or not re.search(r"[^\W\d_]", term):
        return False  # "ViroidsViroids": a heading run into the sentence; "-": no word at all
    return not _repeats_term(term, content) and not _built_from_gloss(term, content)


def _vague_head_after(heads: Sequence[str], words: Sequence[str]) -> bool:
    """True when one of ``heads`` is a vague noun not narrowed by "of" ("a more abstract
    concept that ..."; "a stronger type of prejudice" names its kind)."""
    for head in heads:
        if head in VAGUE_HEADS:
            after = words.index(head) + 1
            return after >= len(words) or words[after] != "of"
    return False


def _built_from_gloss(term: str, gloss_words: Sequence[str]) -> bool:
    """True for a one-word term made of a prefix and a word of its short gloss
    ("subgenre: category within a genre"): the card can be answered from the word.

    >>> _built_from_gloss("subgenre", ["category", "within", "genre"])
    True
    >>> _built_from_gloss("subculture", ["group", "that", "shares", "values", "apart", "from", "majority", "culture"])
    False
    """
    words = re.findall(r"[a-z]+", term.lower())
    content = [word for word in gloss_words if word not in _GLOSS_FUNCTION_WORDS]
    if len(words) != 1 or len(content) > BUILT_GLOSS_WORDS:
        return False
    return any(
        words[0].startswith(prefix) and words[0][len(prefix):].rstrip("s") in {w.rstrip("s") for w in content if len(w) >= 4}
        for prefix in WORD_PREFIXES
    )


_GLOSS_FUNCTION_WORDS = frozenset("a an the of and or to in on for by with as at from its their that which who is are be".split())


def _repeats_term(term: str, gloss_words: Sequence[str]) -> bool:
    """True when the gloss says little beyond a word of the term ("dipole moment: the
    magnitude of the dipole"): a term word in it, and at most
    :data:`OWN_WORDS_BESIDE_TERM` content words besides.

    >>> _repeats_term("dipole moment", ["magnitude", "of", "dipole"])
    True
    >>> _repeats_term("public interest", ["well-being", "of", "public"])
    False
    """
    stems = {word[:5] for word in re.findall(r"[a-z]{4,}", term.lower())}
    content = [word for word in gloss_words if word not in _GLOSS_FUNCTION_WORDS]
    own = [word for word in content if word[:5] not in stems]
    return len(own) < len(content) and len(own) <= OWN_WORDS_BESIDE_TERM and all(word in MEASURE_HEADS for word in own)


def dates_a_named_event(sentence: str) -> bool:
    """True when the sentence names the event its year dates: an act, a treaty, a
    war, a court case (an organisation's founding alone is trivia).

    >>> dates_a_named_event("In 1935, Congress passed the Social Security Act.")
    True
    >>> dates_a_named_event("In 1971, a sociology professor had a theory about police prejudice.")
    False
    >>> dates_a_named_event("In 1800, William Herschel discovered infrared radiation.")
    False
    >>> dates_a_named_event("The Aswan High Dam was completed in 1970.")
    True
    """
    if COURT_CASE.search(sentence):
        return True
    # A discovery or a first ("In 1800, Herschel discovered infrared", "In 2011, the
    # Council passed a resolution") read as trivia to every reviewer: only a meeting
    # held, or an event with a name of its own, carries its year.
    if HELD_EVENT.search(sentence) and _names_something(sentence):
        return True  # "talks were held in Moscow on 4 February"
    made = NAMED_THING_MADE.search(sentence)
    if made and _names_something(made.group("thing")):
        return True  # "Sputnik, the first artificial satellite, was launched", "the Aswan High Dam was completed"
    return bool(event_names(sentence))  # "the Treaty of Nanking", "the Social Security Act"


def event_names(sentence: str) -> list[str]:
    """The names of acts, treaties, wars and court cases in the sentence.

    >>> event_names("In 1954, Brown v. Board of Education ended the doctrine of the Plessy ruling.")
    ['Brown v.']
    >>> event_names("Under the Social Security Act of 1935, Congress paid pensions.")
    ['Social Security Act']
    """
    names = [match.group().split()[0] + " v." for match in COURT_CASE.finditer(sentence)]
    for name in re.finditer(r"\b[A-Z][\w’'\-]*(?:\s+(?:(?:of|the|and|for|on|de|du)\s+)*[A-Z][\w’'\-]*)*", sentence):
        words = name.group().split()
        while words and (words[0] in _OPENERS or words[0].islower()):
            words = words[1:]  # "Under the Treaty of Nystad": the name starts at "Treaty"
        if any(word in NAMED_EVENT_HEADS for word in words):
            names.append(" ".join(words))
    return names




#: A percentage that is a rate of change ("grows by 30% a year"), not a share of a population.
_RATE_AFTER = re.compile(r"\s+(?:a|per|each|every)\s+(?:year|annum|decade)\b|\s+annually\b")
_FIGURE = re.compile(r"(?<![\w.])\$?\d[\d,.]*(?:\s*(?:percent|%|million|billion|trillion|bn|m)\b)?")
#: A second figure that only sets off the first: "$20 billion, up from $9.5 billion".
_BASELINE = re.compile(r"\b(?:up from|down from|compared with|compared to|against|from|versus|vs\.?)\s+(?:about\s+|nearly\s+)?\$?$")


def _rival_figures(sentence: str, start: int, end: int) -> int:
    """How many figures in the answer's clause rival it: not in brackets, not a
    baseline it is compared with ("up from $9.5 billion in 2005"), not a year."""
    clause_start = max(sentence.rfind(";", 0, start), sentence.rfind(", and ", 0, start), sentence.rfind(", but ", 0, start))
    stops = [i for i in (sentence.find(";", end), sentence.find(", and ", end), sentence.find(", but ", end)) if i >= 0]
    clause = sentence[clause_start + 1 if clause_start >= 0 else 0 : min(stops) if stops else len(sentence)]
    clause = re.sub(r"\([^)]*\)", "", clause)
    rivals = 0
    for match in _FIGURE.finditer(clause):
        figure = match.group().strip().rstrip(",.")
        if sentence[start:end].strip() in figure or figure in sentence[start:end]:
            continue
        if re.fullmatch(r"1\d{3}|20\d{2}", figure) or _BASELINE.search(clause[: match.start()]):
            continue
        rivals += 1
    return rivals


#: What follows a person who undergoes the act: "James was introduced to Darwin's
#: theory", "Galileo was tried by the Inquisition" (review r2: who was taught what is
#: not what they thought, made or did).
_PERSON_PASSIVE = re.compile(
    r"^\s*(?:,[^,]{1,60},\s*)?(?:was|were|is|are|has\s+been|had\s+been|have\s+been)\s+(?:\w+ly\s+)?"
    r"(?!(?:born|able|the|a|an|one|first|among|known|famous|credited|responsible)\b)[a-z]+(?:ed|en|wn|ght|ne)\s+(?:to|by)\b",
    re.IGNORECASE,
)


#: What a short gloss was cut before, in its sentence, that carries the definition's
#: point: "a suggested explanation for an event[, which can be tested]", "the
#: cleansing of fomites[ to remove enough microbes ...]", "scientific papers that are
#: reviewed[, usually anonymously by ... peers]" (final review).
_CUT_POINT = re.compile(
    r"^(?:,\s*(?:which|that)\s+(?:can|could|must|may|is|are)\b|,\s*(?:usually|typically|often|normally)\b"
    r"|\s+(?:in\s+order\s+)?to\s+(?!be\b)[a-z]+\b)",
    re.IGNORECASE,
)
#: A gloss of at most this many content words is short enough to lose its point that way.
_CUT_POINT_WORDS = 4


def cut_before_its_point(fact: Fact) -> bool:
    """True when a short gloss stops where its sentence goes on to say what sets the
    term apart: a card would key the half ("a suggested explanation for an event");
    the sentence's blank keeps the whole.

    >>> cut_before_its_point(definition_fact("A hypothesis is a suggested explanation for an event, which can be tested."))  # doctest: +SKIP
    True
    """
    gloss = fact.definition.strip().rstrip(".")
    at = fact.sentence.lower().find(gloss.lower()) if gloss else -1
    if at < 0:
        return False
    content = [w for w in re.findall(r"[a-z\-]+", gloss.lower()) if w not in _GLOSS_FUNCTION_WORDS]
    return len(content) <= _CUT_POINT_WORDS and bool(_CUT_POINT.match(fact.sentence[at + len(gloss) :]))


#: A verb right after an "appositive" gloss: the noun phrase was the subject of the
#: main clause ("When forming a cation, an atom of a main group element tends to lose
#: ...", final review round 8), not a second name of the term before it.
_VERB_AFTER_GLOSS = re.compile(
    r"^\s+(?:is|are|was|were|has|have|had|can|could|will|would|may|might|must|does|do|did|tends?|seems?|appears?"
    r"|becomes?|remains?|loses?|gains?|makes?|takes?|gives?|uses?|needs?|requires?)\b",
    re.IGNORECASE,
)


def _one_case_named(fact: Fact) -> bool:
    """True when a common noun's gloss names a person or a work ("implication: a
    sentiment reflected in the epilogue when Prospero speaks ...", "first chapter: the
    passage from Shakespeare’s The Tempest"): one case told, not a kind defined
    (round 18). Not an acronym or a place ("… inherited from England")."""
    if not fact.term[:1].islower():
        return False
    return bool(re.search(
        r"\b(?:[A-Z][a-z]+’s(?!\s+(?:(?:first|second|third)\s+)?(?:laws?|principle|theorem|rule|equation|constant|effect"
        r"|hypothesis|theory|model|paradox|dilemma|syndrome|disease)\b)|when [A-Z][a-z]+ [a-z]+s)\b",
        fact.definition,
    ))


_FIRM_GLOSS = re.compile(
    r"^(?:a|an|the)\s+(?:[\w\-]+\s+){0,3}(?:company|firm|corporation|manufacturer|retailer|chain|brand|maker"
    r"|supplier|conglomerate|automaker|carmaker)\b"
)


def _describes_a_firm(fact: Fact) -> bool:
    """True for a company's name glossed as a company ("MKC: a direct marketing company
    that distributes its products through ..."): a case's firm, not a term (round 18)."""
    name = fact.term.strip()
    return bool(_FIRM_GLOSS.match(fact.definition)) and (name.isupper() or name[:1].isupper())


def _cut_inside_a_list(fact: Fact) -> bool:
    """True when the gloss opens a list after a colon and the sentence goes on past
    it with more items: "the company: its existing products and strategies; its
    culture; ..." keyed as the whole of what the term means (round 16)."""
    if ":" not in fact.definition:
        return False
    last = fact.definition.split()[-1]
    at = fact.sentence.find(last, fact.sentence.find(fact.definition.split(":")[0][-20:]))
    return at >= 0 and ";" in fact.sentence[at:]


_JOINED_BEFORE = re.compile(r"\b[\w\-]+\s+and\s+$")
_JOINED_AFTER = re.compile(r"^\s+and\s+(?:[\w\-]+\s+){1,3}?(?:are|were|describe|refer|denote|mean|involve|include)\b")


#: A person's verb that reports a finding: "Ehrensberger found that the conclusion is
#: recalled best", "Miller observed that ..." (round 18: struck as attribution trivia).
_FINDING = re.compile(
    r"\s*(?:\([^)]*\)\s*)?(?:also\s+)?(?:found|finds|observed|observes|noted|notes|reported|reports|studied|studies"
    r"|describes|described|examined|examines|surveyed|interviewed|showed that|shows that)\b"
)
_FULL_NAME = re.compile(r"[A-Z][\w’'\-.]+(?:\s+[A-Z][\w’'\-.]+)+")


def _defined_with_another_term(fact: Fact) -> bool:
    """True when the term is one of two joined subjects ("opportunities and threats
    describe factors that lie outside ..."): the gloss fits either, so a card keyed to
    one of them has two right answers (round 15)."""
    before = fact.sentence[: fact.answer_start].replace("*", "")
    after = fact.sentence[fact.answer_end :].replace("*", "")
    return bool(_JOINED_BEFORE.search(before) or _JOINED_AFTER.match(after))


def _gloss_is_a_subject(fact: Fact) -> bool:
    gloss = fact.definition.strip().rstrip(".")
    at = fact.sentence.lower().find(gloss.lower(), fact.answer_end) if gloss else -1
    return at >= 0 and bool(_VERB_AFTER_GLOSS.match(fact.sentence[at + len(gloss) :]))


#: A gloss that ends on "it" or "them", or on where the text put the thing: it needs the page.
_GLOSS_LEANS = re.compile(
    r"\b(?:of|to|with|in|on|for|from|by|about)\s+(?:it|them)\W*$"
    r"|\b(?:considered|discussed|mentioned|listed|described|covered|examined|presented)\W*$"
)
#: A life event: where or when someone was born, died, was buried or married.
_LIFE_EVENT = re.compile(r"\b(?:died|dies|was born|were born|was buried|married)\b")

#: A date that names its month: a day or a month of one year.
MONTH_NAME = re.compile(r"\b(?:" + "|".join(MONTHS) + r")\b")


def _gloss_has_the_terms_initials(fact: Fact) -> bool:
    """ "negotiable certificates of deposit: very large CDs issued by ...": the gloss
    abbreviates two or more of the term's own words, so it answers itself."""
    words = fact.term.split()
    for acronym in re.findall(r"\b([A-Z]{2,})s?\b", fact.definition):
        runs = (words[i:j] for i in range(len(words)) for j in range(i + 2, len(words) + 1))
        if any(acronym_fits(run, acronym) for run in runs):
            return True
    return False


def _gloss_spells_the_acronym(term: str, gloss: str) -> bool:
    """True when an acronym's letters are the initials of the gloss's words, two of
    them side by side ("HDI: a summary composite index that measures ... human
    development"): the student reads the term off the question.

    >>> _gloss_spells_the_acronym("HDI", "a composite index of achievements in human development")
    True
    >>> _gloss_spells_the_acronym("GDP", "the value of all the goods and services produced by a country")
    False
    """
    if not re.fullmatch(r"[A-Z]{2,6}s?", term.strip()):
        return False
    letters = [c.lower() for c in term.strip() if c.isupper()]
    initials = [w[0] for w in re.findall(r"[a-z][\w’'\-]*", gloss.lower()) if w not in _GLOSS_FUNCTION_WORDS]
    if not set(letters) <= set(initials):
        return False
    pairs = set(itertools.pairwise(initials))
    return any(pair in pairs for pair in itertools.pairwise(letters))


def _names_a_person_by_role(fact: Fact) -> bool:
    """ "Jean-Baptiste Lully, the director of the Paris Opera": a proper name glossed by
    a post is a person, whatever the recogniser labelled it."""
    words = fact.term.split()
    if not words or not all(w[:1].isupper() for w in words if w.lower() not in ("of", "de", "van", "von")):
        return False
    gloss = re.match(r"(?:the|a|an)\s+(?:[\w\-]+\s+){0,2}?([\w\-]+)(?:\s+(?:of|for|to|at|in)\b|$)", fact.definition.strip())
    return gloss is not None and gloss.group(1).lower() in ROLE_NOUNS


def fact_worth_asking(fact: Fact) -> bool:
    """The fact is something a teacher would test, stated so a question can stand alone."""
    return not why_not_asked(fact)


def why_not_asked(fact: Fact) -> str:
    """Why a teacher would not test the fact, in a few words ("a count of things, not
    a measurement"); "" when they would."""
    if fact.rule in UNASKED_RULES:
        return f"its rule ({fact.rule}) is not asked: {UNASKED_RULES[fact.rule]}"
    if fact.asking.no_statement:
        # "term: meaning" from the chapter's glossary: only the gloss is ever shown
        return "" if is_definition_worth_asking(fact.term, fact.definition) else "the gloss does not define"
    if fact.kind in ("definition", "term") and OPINION.search(fact.sentence):
        return "the sentence states an opinion"
    if glued_heading(fact.sentence) or REMOVED_REFERENCE.search(fact.sentence):
        return "a heading or a removed figure reference is glued to the sentence"
    if PLACEHOLDER_LETTER.search(fact.sentence):
        return "a letter stands for a variable"  # "Why does X have property S?"
    if fact.kind == "quantity":
        return _why_not_figure(fact)
    if fact.kind == "cause" and re.match(r"(?:possibly|perhaps|probably|maybe|partly|in part)\b", fact.answer.strip(), re.IGNORECASE):
        return "a hedged reason is one guess among others"
    if fact.kind == "quotation" and not _FULL_NAME.fullmatch(fact.answer.strip()):
        return "the speaker is no one named in full"  # "..., Thakkar said.", "Google said that ...": a case's voice
    if fact.kind == "person" and re.match(r"[A-Z][a-z]+(?:ist|er|or|ian)\s+[A-Z]", fact.answer) and fact.answer.split()[0].lower() in _ROLE_WORDS:
        return "the name carries a job title"  # "Sociologist Charles Horton Cooley"
    if fact.kind == "person" and re.fullmatch(r"[A-Z][a-z]+s", fact.answer.strip()) and re.search(
        r"\b[Tt]he\s+$", fact.sentence[: fact.answer_start]
    ):
        return "a people, not a person"  # "Who continued to develop ...? The Greeks" (review r8)
    if fact.kind in ("person", "place") and _LIFE_EVENT.search(fact.sentence):
        return "a birth, death or marriage is biography, not what the person did"  # "Who died in Greenland?"
    if fact.kind == "person" and _FINDING.match(fact.sentence[fact.answer_end :]):
        return "a study's finding: what was found is the point, not who found it"  # "Miller observed that ..."
    if fact.kind == "person" and _PERSON_PASSIVE.match(fact.sentence[fact.answer_end :]):
        return "the person is acted on, not acting"  # "James was introduced to Darwin's theory"
    if fact.kind == "person":
        verbs = re.findall(r"[a-z]+", fact.sentence[fact.answer_end : fact.answer_end + 120].lower())[:8]
        return "" if any(verb in CONTRIBUTION_VERBS for verb in verbs) else "not what the person thought, made or did"
    if fact.kind == "definition" and fact.term[:1] in "’'":
        return "the term is cut"  # "’s dilemma" for "prisoner’s dilemma"
    if fact.kind == "definition" and fact.answer_start > 0 and TERM_CUT_BEFORE.search(fact.sentence[: fact.answer_start]):
        return "the term is cut from a longer phrase, or points at one case"
    if fact.kind == "definition" and CUT_GLOSS.search(fact.definition):
        return "the gloss is cut short"  # "a high-energy molecule, like ATP", "a subordinate group being forced"
    if fact.kind == "definition" and GLOSS_POINTS_AT_TEXT.search(fact.definition):
        return "the gloss points at the text around it"  # "the following example illustrates"
    if fact.kind == "definition" and _one_case_named(fact):
        return "the gloss tells of one named case"  # "implication: a sentiment ... when Prospero speaks"
    if fact.kind == "definition" and _describes_a_firm(fact):
        return "a firm described, not a term defined"  # "MKC: a direct marketing company that ..."
    if fact.kind == "definition" and SPECIAL_CASE_OPENER.match(fact.sentence):
        return "the sentence defines one case, not the term"  # "In this case, isoquants are straight lines"
    if fact.kind == "definition" and _cut_inside_a_list(fact):
        return "the gloss is cut inside the list it introduces"  # "the company: its existing products and strategies;"
    if fact.kind == "definition" and _defined_with_another_term(fact):
        return "the sentence defines the term together with another"  # "opportunities and threats describe ..."
    if fact.kind == "definition" and "appositi" in fact.rule and _gloss_is_a_subject(fact):
        return "the gloss is the subject of the next clause, not an apposition"
    if fact.kind == "definition" and re.search(r"\s[-–—]\s", fact.term):
        return "the term is garbled"  # "beat - Beat" from a line of a term list
    if fact.kind == "definition" and re.search(r"\b[a-z]+ly\s+$", fact.sentence[: fact.answer_start]):
        return "the term is a phrase the sentence grades"  # "incredibly slow rates"
    if fact.kind == "definition" and re.match(r"(?:about |some |roughly )?\d|\w+ per \w+", fact.definition):
        return "the gloss is a figure, not a meaning"  # "slow rates — millimetres per year to ..."
    if fact.kind == "definition" and len(fact.definition.split()) <= 8 and _GLOSS_LEANS.search(fact.definition):
        return "the gloss leans on the text"  # "billions of years of it", "the last element considered"
    if fact.kind == "definition" and _gloss_has_the_terms_initials(fact):
        return "the gloss names the term by its initials"  # "negotiable certificates of deposit: very large CDs"
    if fact.kind == "definition" and "acronym" not in fact.rule and _gloss_spells_the_acronym(fact.term, fact.definition):
        return "the gloss holds the words the acronym stands for"  # "HDI: a composite index ... of human development"
    if fact.kind == "definition" and _names_a_person_by_role(fact):
        return "the term is a person named by their post, not a term"  # "Jean-Baptiste Lully, the director of ..."
    if fact.kind == "definition" and fact.definition.count("“") != fact.definition.count("”"):
        return "the gloss is cut inside a quotation"  # "a formalized sorting system that places students on “tracks"
    if fact.kind == "definition":
        return "" if is_definition_worth_asking(fact.term, fact.definition) else "the gloss judges, names a bare kind or is cut"
    if fact.kind == "date" and MONTH_NAME.search(fact.answer):
        return "a day or a month is a detail; the year is what a student learns"  # "On May 11, 2016, ..."
    if fact.kind == "date" or (fact.label == "DATE" and _YEAR.match(fact.answer.strip())):
        if BASELINE_YEAR.search(fact.sentence[: fact.answer_start]):
            return "the year of a figure another is compared with"
        if re.search(r"\b(?:for example|for instance|e\.g\.)", fact.sentence[: fact.answer_start], re.IGNORECASE):
            return "the year of one example among others"  # "...; for example, Houghton Mifflin originated in 1832"
        if re.search(r"\d\s*(?:%|per ?cent)", fact.sentence):
            return "the year of a statistic"  # "In 1994, ... Whites constituted 10.9% of the population"
        if _YEAR_IN_NAME.search(fact.sentence[: fact.answer_start]) or (
            _DETERMINER_BEFORE.search(fact.sentence[: fact.answer_start]) and _WORD_AFTER.match(fact.sentence[fact.answer_end :])
        ):
            return "the year is part of the name (\"the Civil Rights Act of 1964\", \"the 1660 Navigation Act\")"
        return "" if dates_a_named_event(fact.sentence) else "a year, but no act, treaty, case or named thing it dates"
    return ""


#: Units of area: a place's size is an almanac entry, not what a chapter teaches.
AREA_UNIT = re.compile(r"\bsquare\b|\bsq\.?\s|\b(?:acres|hectares|km2|km²|mi2|mi²)\b", re.IGNORECASE)
_RECORD = re.compile(r"\b(?:largest|biggest|smallest|longest|highest|deepest|more than any|less than any)\b", re.IGNORECASE)
_YEAR_IN = re.compile(r"\b(?:1[5-9]|20)\d\d\b(?!\s*(?:%|percent|per cent))")


def _why_not_figure(fact: Fact) -> str:
    if not _names_something(fact.sentence):
        return "a figure about nothing named"  # "Each vesicle holds about 10,000 molecules"
    if LABEL_BEFORE_NUMBER.search(fact.sentence[: fact.answer_start]):
        return "the number is part of a name"  # "Fibroblast growth factor 23"
    if re.search(r"%|\bper ?cent\b", fact.answer) and not _RATE_AFTER.match(fact.sentence[fact.answer_end :]):
        return "a share from a survey or census"
    if STUDY_DETAIL.search(fact.sentence):
        return "the figures of one study"  # "In one study, 112 participants ..."
    if AREA_UNIT.search(fact.answer) and not _RECORD.search(fact.sentence):
        # "Palau has an area of about 177 square miles" (round 13); a record ("more than
        # any other river system") is the point of its sentence
        return "the area of one place"
    if fact.label == "QUANTITY" and _YEAR_IN.search(fact.sentence):
        return "a figure of one dated event"  # "An earthquake of 8.1 magnitude hit the islands in 2007"
    if fact.label == "CARDINAL" and fact.attr("unit") not in MEASURE_UNITS and not fact.attr("existential"):
        # "16 factors", "over 17 films"; not "There are over 1,600 enterprises ...",
        # a sentence that exists to give its count
        return "a count of things, not a measurement"
    if fact.label == "MONEY" and float(fact.attr("value") or 0) < SMALL_SUM:
        return "a price from a worked example"  # "Burgers cost $2 each"
    # A figure carries its clause's point only when no other figure rivals it: two
    # side by side ("24.4 percent of legislators and 20 percent of members") compare.
    if _rival_figures(fact.sentence, fact.answer_start, fact.answer_end):
        return "another figure rivals it in its clause"
    return ""


def _stem_leak(question: Question) -> bool:
    """True when a cloze's answer shares a six-letter stem with a word of its prompt
    ("Within anarchism, _____ ..." for anarcha-feminism), when a name in the answer
    is in the prompt of any question ("Who had name recognition ... with Trump
    buildings?" for Donald Trump), or when a bracket after the blank glosses it
    ("_____ (gap 1 phase) is the first gap")."""
    names = set(re.findall(r"\b[A-Z][a-z]{3,}\b", question.answer))
    if question.type in ("cloze", "short_answer", "multiple_choice") and names & set(
        re.findall(r"\b[A-Z][a-z]{3,}\b", question.prompt)
    ):
        return True
    if question.type != "cloze":
        return False
    if re.search(r"_____\s*\(", question.prompt):
        return True
    prompt = {w for w in re.findall(r"[a-z]{6,}", question.prompt.lower())}
    answer = re.findall(r"[a-z]{6,}", question.answer.lower())
    if any(word[:6] in {p[:6] for p in prompt} for word in answer):
        return True
    # "entrepreneurship that takes place inside a business" for intrapreneurship
    if any(len(word) >= SHARED_ENDING and word[-SHARED_ENDING:] in {p[-SHARED_ENDING:] for p in prompt} for word in answer):
        return True
    # "an agent exercises _____, which secures (binds) coverage": the author's hint in brackets
    hints = re.findall(r"\(([a-z]{4,})\)", question.prompt.lower())
    return any(word[:4] == hint[:4] for hint in hints for word in re.findall(r"[a-z]{4,}", question.answer.lower()))


#: Letters at the end of a word that, shared with a word of the prompt, give a cloze's
#: answer away ("intra-preneurship" beside "entrepreneurship"; round 15); shorter
#: endings are suffixes every subject shares ("-formation", "-ization").
SHARED_ENDING = 10


def _gloss_spells_term(question: Question) -> bool:
    """True when "Which term means: ...?" spells the term out: a word of the gloss is
    a word of the term or inside it ("the abnormal or excessive extension of a
    joint" for hyperextension)."""
    if question.type != "term_definition" or "definition_to_term" not in question.tags:
        return False
    gloss = {w for w in re.findall(r"[a-z]{6,}", question.prompt.lower())}
    return any(g in word for word in re.findall(r"[a-z]{6,}", question.answer.lower()) for g in gloss)


def _clean_blank(question: Question) -> bool:
    """False when the blank is glued to a word ("_____ factor-1" with "-like growth" in
    the key), follows a quantifier ("Some _____ are ..."), or is a person whose
    epithet follows ("_____ of Hippo")."""
    before, _, after = question.prompt.partition("_____")
    if after[:1].isalnum() or after[:1] in "-–" or before[-1:].isalnum():
        return False
    if re.match(r"\s+(?:elections?|campaigns?|census|season|budget|cycle)\b", after):
        return False  # "the _____ elections": a year worn as a label
    if re.search(r"\b[A-Z][a-z]+\s+$", before) and question.fact.kind == "person" or re.match(r"\s+[A-Z][a-z]+\b", after) and question.fact.kind == "person":
        return False  # "Martha _____ (b. 1947)": half a name
    if re.match(r"\s+(?:[\w]+[-–])?\d", after):
        return False  # "_____ factor-1": the blank is part of a numbered name
    if QUANTIFIER_BEFORE.search(before):
        return False
    if EXAMPLE_LIST_BEFORE.search(before):
        return False  # "groups like the U.S. Bureau of Labor Statistics or the _____": one example of several
    return not (question.fact.kind == "person" and re.match(r"\s+of\s+[A-Z]", after))


def hanging_definite(text: str) -> bool:
    """True when a bare "the ..." of :data:`HANGING_HEADS` says neither which one it
    means nor where the question met it before.

    >>> hanging_definite("Who vetoed the legislation?")
    True
    >>> hanging_definite("The legislation that created Medicare was signed in 1965.")
    False
    """
    for match in HANGING_DEFINITE.finditer(text):
        if SAYS_WHICH_AFTER.match(text[match.end() :]):
            continue
        head = match.group("head").lower()
        earlier = {w.rstrip("s") for w in re.findall(r"[a-z]+", text[: match.start()].lower())}
        if head.rstrip("s") in earlier or (match.group("modifier") or "").strip().lower() in earlier:
            continue  # "... a mechanism of defense; the mechanism ...": introduced in the question
        return True
    return False


def content_words(text: str) -> list[str]:
    """The words of ``text`` that carry content (not in :data:`FUNCTION_WORDS`).

    >>> content_words("_____ is a wave.")
    ['wave']
    """
    return [w for w in re.findall(r"[a-z][a-z’'\-]*", text.lower()) if w not in FUNCTION_WORDS]


def why_not_standalone(question_type: str, prompt: str, answer: str) -> str:
    """Why the question, as the student reads it, leans on the page or lets more than
    one answer be right (:mod:`quizgen.rules.standalone`); "" when it does neither.

    >>> why_not_standalone("cloze", "The first one is the endogenous opioid system that releases _____.", "endorphins")
    'a referent left hanging'
    >>> why_not_standalone("cloze", "_____ is a wave.", "Sound")
    'a blank many answers fit'
    >>> why_not_standalone("cloze", "Osmosis is the diffusion of _____ across a membrane.", "water")
    ''
    """
    shown = prompt if question_type != "term_definition" else f"{prompt} {answer}"
    if (
        ONE_PRONOUN.search(shown)
        or BARE_EXAMPLES.match(prompt)
        or ANY_OTHER.search(shown)
        or ASIDE_ELSEWHERE.search(shown)
        or OPEN_COMPARATIVE.search(shown)
        or AFTER_WHAT.search(prompt)
        or SHORT_NAME.search(prompt)
        or hanging_definite(prompt)
        or EARLIER_EXAMPLE.search(shown)
    ):
        return "a referent left hanging"
    if question_type == "cloze" and (
        BROAD_CLASS_BLANK.search(prompt)
        or EXAMPLE_OF_KIND.match(prompt)
        or len(content_words(prompt.replace("_____", " "))) < MIN_CLOZE_CONTENT_WORDS
    ):
        return "a blank many answers fit"
    if question_type in ("short_answer", "multiple_choice") and (
        EXACT_DAY.match(prompt) or CEREMONY_ROLE.match(prompt) or NAME_ORIGIN.match(prompt)
    ):
        return "trivia"
    return ""


def question_stands_alone(question: Question) -> bool:
    """The question as the student reads it names everything it refers to."""
    text = without_topic(statement(question))
    if question.type in ("matching", "ordering"):
        return True  # their parts are checked as facts
    if why_not_standalone(question.type, text, question.answer):
        return False
    if glued_heading(text) or leans_on_context(text):
        return False
    if DANGLING_POINTER.search(text) or DANGLING_POINTER.search(question.answer):
        return False  # "the most mature follicle, like that shown in, ruptures": a figure the student cannot see
    if question.type == "multiple_choice" and question.fact.kind == "quantity":
        return False  # a changed count is often impossible or also right ("type 6 diabetes")
    if question.type in ("short_answer", "multiple_choice", "term_definition") and GARBLED_WH.search(text):
        return False
    if question.type == "cloze" and not _clean_blank(question):
        return False
    if question.type == "true_false" and question.fact.kind == "quantity":
        return False  # a changed figure is absurd or a near miss ("4 percent" for 3)
    if text.startswith("(") or _stem_leak(question) or _gloss_spells_term(question):
        return False
    if question.fact.kind == "date" and question.type in ("short_answer", "multiple_choice") and TRAILING_CLAUSE.search(text):
        return False  # "In what year was the Board established, before passage of the Clean Air Act?"
    if question.fact.kind == "cause" and EVALUATIVE_WHY.match(text):
        return False  # "Why is acetyl CoA availability significant?": one reason of several
    if question.fact.kind == "cause" and text.count(",") >= 2:
        return False  # "Why does Deindustrialization, a related issue, occur, as ...?": an aside torn from its clause
    if question.fact.kind == "cause" and not _names_something(text.removeprefix("Why ")):
        return False  # "Why does the recession persist?": which one the chapter means, the question never says
    if text.startswith("Who ") and re.search(r"\bits\b", text):
        return False  # "Who had to build its policy towards China?": a country, not a person
    passive = _WHO_PASSIVE.match(text)
    if passive and passive.group(1) not in PERSON_PASSIVES:
        return False  # "Who was reviewed on the front page?" asks for a thing, not a person
    return True


_CAPITALISED_WORD = re.compile(r"\b[A-Z][\w\-]*")
_INNER_CAPITAL = re.compile(r"\b[a-z][\w’'\-]*,?\s+([A-Z][\w\-]*)")


@dataclass(frozen=True)
class Mentions:
    """How often a chapter names people, acts and names, counted in one pass over its
    text (a check per fact against the whole text would grow with the square of a book).

    >>> Mentions.of("Weber wrote. Weber argued. A year on Mercury.").words["Weber"]
    2
    """

    words: Counter[str]
    events: Counter[str]
    inner_capitals: frozenset[str]
    size: int

    @classmethod
    def of(cls, text: str) -> Mentions:
        return cls(
            words=Counter(_CAPITALISED_WORD.findall(text)),
            events=Counter(event_names(text) + body_names(text)),
            inner_capitals=frozenset(_INNER_CAPITAL.findall(text)),
            size=len(text.split()),
        )

NO_MENTIONS = Mentions(Counter(), Counter(), frozenset(), 0)


def everyday_word(term: str, mentions: Mentions = NO_MENTIONS) -> bool:
    """True for a one-word term common in everyday English, which a card cannot
    define without the chapter open ("models", "friend", "challenge"). A word the
    chapter capitalises inside its sentences is a name ("a year on Mercury").

    >>> everyday_word("friend"), everyday_word("osmosis"), everyday_word("natural selection")
    (True, False, False)
    """
    from wordfreq import zipf_frequency

    words = re.findall(r"[\w’'\-]+", term.strip())
    if words and words[0].lower() in ("a", "an", "the"):
        words = words[1:]
    if len(words) != 1 or words[0].isupper():
        return False  # "DNA", "GDP": an abbreviation is a term
    if words[0] in mentions.inner_capitals:
        return False
    return zipf_frequency(words[0], "en") >= COMMON_WORD_ZIPF


def recurring_people(facts: Sequence[Fact], mentions: Mentions) -> list[Fact]:
    """The facts, less those that ask for a person the text names only in passing:
    a cited ethnographer or a vignette's character is not what a teacher tests
    ("Who studied masculinity in Igbo communities?"), the theorist the chapter keeps
    returning to is."""
    needed = max(2, min(PERSON_MENTIONS, mentions.size // WORDS_PER_MENTION))
    kept = []
    for fact in facts:
        if fact.kind in ("person", "quotation"):
            surname = fact.answer.split()[-1] if fact.answer.split() else ""
            cited = re.match(r"\s*\(\d{4}[a-z]?\)", fact.sentence[fact.answer_end :])
            if mentions.words[surname] < needed * (2 if cited else 1):
                continue  # "Damasio (1994) explains ...": a source cited, unless the chapter is about them
        kept.append(fact)
    return kept




def body_names(text: str) -> list[str]:
    """Names of bodies founded or set up ("the Asian American Political Alliance")."""
    names = []
    for match in NAMED_BODY.finditer(text):
        words = match.group().split()
        while words and words[0] in _OPENERS:
            words = words[1:]
        if words:
            names.append(" ".join(words))
    return names


def recurring_events(facts: Sequence[Fact], mentions: Mentions) -> list[Fact]:
    """The facts, less the years of acts, treaties and cases the text names only once:
    a landmark is one the chapter comes back to; "the Cuban Migration Agreement of
    1995", met once, read as trivia to every reviewer who saw it."""
    kept = []
    for fact in facts:
        if fact.kind == "date" and not HELD_EVENT.search(fact.sentence):
            names = event_names(fact.sentence) + body_names(fact.sentence)
            if names and max(mentions.events[name] for name in names) < EVENT_MENTIONS:
                continue
        kept.append(fact)
    return kept


#: The tag of a question that asks about one of the chapter's key terms.
KEY_TERM_TAG = "key_term"


def _asks_meaning_of_everyday_word(question: Question, subject: str, mentions: Mentions) -> bool:
    """True for "What is meant by “principles”?" when the word is an everyday one: a
    student without the chapter open cannot tell which sense is asked ("review",
    "models", "bias"). Its reverse card and its cloze name the sense, and stay; so does
    the card itself where it names its topic."""
    return (
        question.type == "term_definition" and question.fact.kind == "definition"
        and normalise(question.answer) != normalise(subject) and everyday_word(subject, mentions)
        and not has_topic(question.prompt)  # "In the context of “Radiotherapy”, ...": the topic names the sense
    )


def mark_key_terms(
    questions: Iterable[Question], terms: frozenset[str], mentions: Mentions = NO_MENTIONS
) -> list[Question]:
    """The questions, those about a key term tagged :data:`KEY_TERM_TAG`; where the
    chapter marks its key terms, definitions of other words are left out (the
    authors did not think them worth a bold face; reviews found most of them judged
    rather than defined: "knowledge: a powerful tool")."""
    kept: list[Question] = []
    for question in questions:
        subject = question.fact.term or (question.answer if question.fact.kind == "definition" else "")
        if not terms:
            if question.type == "matching":
                continue  # a set is only as good as its worst pair: key terms only
            if question.fact.kind == "definition" and (
                everyday_word(subject, mentions) or len(subject.split()) >= LONG_TERM_WORDS
            ):
                continue
            kept.append(question)
            continue
        if question.type == "matching":
            subjects = [left for left, _ in question.pairs]
            if all(canonical_term(s) in terms for s in subjects):
                kept.append(replace(question, tags=(*question.tags, KEY_TERM_TAG)))
            continue
        if canonical_term(subject) in terms:
            if _asks_meaning_of_everyday_word(question, subject, mentions):
                continue
            kept.append(replace(question, tags=(*question.tags, KEY_TERM_TAG)))
        elif question.fact.kind != "definition":
            kept.append(question)
    return kept
