"""Term <-> definition cards, both directions, from definition facts.

>>> [q.prompt for q in make_term_definition(fact)]         # doctest: +SKIP
['What is meant by “deterrence”?', 'Which term means: the buildup of military power to discourage an attack?']
"""

from __future__ import annotations

import re

from quizgen.identity import normalise, question_id
from quizgen.models import Fact, Question
from quizgen.questions.cloze import NO_GENUS, fact_info
from quizgen.questions.distractors import is_name, mentions
from quizgen.questions.topic import with_topic
from quizgen.questions.worth import cut_before_its_point

#: Shortest and longest definitions worth a card, in words. Shorter ones are
#: mostly mis-parses ("an important fact", "their civil rights").
MIN_WORDS, MAX_WORDS = 4, 40
#: Shortest gloss asked the other way round ("Which term means: ...?"): a shorter one
#: fits more than one term.
MIN_REVERSE_WORDS = 7

#: First words that show the "definition" is a clause fragment, not a gloss.
FRAGMENT_OPENERS: frozenset[str] = frozenset(
    """
    because which that who when if although though but and or so while whether not
    as since unless
    """.split()
)

#: Possessives that point back to something outside the definition.
POSSESSIVES: frozenset[str] = frozenset({"their", "its", "his", "her", "our", "your", "my"})

#: Words that make a gloss lean on its sentence ("the attempt to resolve these conflicts")
#: or run on into an argument ("rules ... because, after all, ...").
LEANING_WORDS: frozenset[str] = frozenset({"this", "these", "those", "because", "former", "latter"})

#: Adverbs that open a hedge, not a gloss ("third-wave feminists—potentially the
#: vanguard of a fourth wave").
HEDGE_OPENERS: frozenset[str] = frozenset(
    {"potentially", "possibly", "perhaps", "arguably", "probably", "likely", "maybe", "supposedly", "allegedly"}
)

#: A hedge inside a gloss: "rights that are most often considered rights that ..." says
#: what a term is usually taken to be, not what it is (review round 9).
INNER_HEDGE = re.compile(
    r"\b(?:most |more )?(?:often|usually|generally|commonly|typically|sometimes) "
    r"(?:considered|thought of as|thought to be|regarded as|seen as|understood as)\b",
    re.IGNORECASE,
)
#: Glosses describing a situation ("compromise, in which each side gives ground").
SITUATION = re.compile(r"^(in which|where|whereby)\b", re.IGNORECASE)
#: Glosses that say when a term applies ("when parties engage in negotiations ...").
WHEN = re.compile(r"^(when|whenever)\b", re.IGNORECASE)
#: A plural noun: "laws", "courts"; not "analysis", "status", "class".
_PLURAL = re.compile(r"[a-z]{2,}(?<!i)(?<!u)(?<!s)s$")


def usable_definition(fact: Fact) -> bool:
    """True when the definition fact reads as a real gloss of its term."""
    if fact.kind != "definition" or not fact.term or not fact.definition:
        return False
    words = fact.definition.split()
    if fact.label == "ACRONYM":
        return len(words) >= 2 and not mentions(fact.definition, fact.term)
    if not MIN_WORDS <= len(words) <= MAX_WORDS:
        return False
    first = words[0].lower().strip(",;:")
    if first in ("when", "whenever") and fact.asking.when_gloss or words[:2] == ["that", "which"]:
        pass  # "bargaining: when parties ... engage in negotiations": asked "What is it called when ...?"
    elif first in FRAGMENT_OPENERS or first in POSSESSIVES or words[0].endswith(","):
        return False
    plain = [word.lower().strip(",;:.") for word in words]
    lettered = len(_LETTERED.findall(fact.definition)) >= 2  # "a) benefits everyone, because ... and b) ..."
    if any(
        word in LEANING_WORDS and not _bound_before(plain, i) and not (lettered and word == "because")
        for i, word in enumerate(plain)
    ):
        return False
    if first in HEDGE_OPENERS or INNER_HEDGE.search(fact.definition):
        return False
    if first in ("a", "an") and _PLURAL.search(fact.term.lower()) and not _KIND_OF.match(fact.definition):
        return False  # "laws, a citizen of the country": a plural term glossed by a singular
    if mentions(fact.definition, fact.term) or circular(fact.definition, fact.term):
        return False
    return normalise(fact.term) != normalise(fact.definition)


#: A letter that numbers a part of a definition: "a)", "b)".
_LETTERED = re.compile(r"(?<![\w(])[a-h]\)")

#: "a form of human rights ...": a singular genus that fits a plural term.
_KIND_OF = re.compile(r"^an? (?:\w+ )?(?:form|kind|type|variety|category|class) of\b", re.IGNORECASE)


def _bound_before(words: list[str], i: int) -> bool:
    """ "members of more than one oppressed group and that these groups intersect":
    "these groups" points at "group" inside the definition, not outside it."""
    if words[i] not in ("these", "those") or i + 1 >= len(words):
        return False
    stem = words[i + 1][:5]
    return len(stem) >= 4 and any(word.startswith(stem) for word in words[:i])


def circular(definition: str, term: str) -> bool:
    """True when the definition rests on the term's own head word and says little
    else: "Marxism" as "the theories of Karl Marx" (a name), "civil religion" as
    "a common religious sentiment" (nothing more)."""
    words = normalise(term).split()
    if not words:
        return False
    head = words[-1]
    stem = head[: max(4, len(head) - 3)] if len(head) >= 5 else head
    original = re.findall(r"[\w’'-]+", definition)
    matches = [w for w in original if normalise(w).startswith(stem)]
    if not matches:
        return False
    content = [w for w in original if w.lower() not in _FUNCTION_WORDS]
    return any(w[:1].isupper() for w in matches) or len(content) <= 4


_FUNCTION_WORDS = frozenset("a an the of and or to in on for by with as that which who is are be its their".split())


_ACRONYM = re.compile(r"[A-Z]{2,6}s?")

#: "the term used to describe the natural terrain ...": the gloss names the word, and
#: "Which term means: the term used to describe ...?" says it twice (round 13).
_WORD_FOR = re.compile(
    r"^(?:the|a)\s+(?:term|word|name|label)\s+(?:(?:that is\s+)?used\s+to\s+(?:describe|refer\s+to|name)|given\s+to)\s+",
    re.IGNORECASE,
)


def gloss(fact: Fact) -> str:
    """The definition as an answer shows it: no end punctuation, and a leading
    article in lower case even when the sentence started with it."""
    definition = _WORD_FOR.sub("", fact.definition.strip().rstrip(" .;:,"))
    first = definition.split(" ", 1)[0]
    if first in ("The", "A", "An"):
        definition = definition[:1].lower() + definition[1:]
    return definition


def gives_away(definition: str, term: str) -> bool:
    """True when the definition contains the term or a word built on it
    ("sovereign" in a definition of "sovereignty")."""
    if mentions(definition, term):
        return True
    definition_words = normalise(definition).split()
    for word in normalise(term).split():
        if len(word) < 4:
            continue
        # "sterilants" for "chemicals that ... achieve sterilization": six letters in common
        if len(word) >= 6 and any(len(other) >= 6 and other[:6] == word[:6] for other in definition_words):
            return True
        stem = word[: max(4, len(word) - 3)]
        if any(other.startswith(stem) for other in definition_words):
            return True
        # "utility" in a definition of "utilitarianism": the term is built on a word of the definition
        if any(len(other) >= 5 and word.startswith(other[: max(5, len(other) - 1)]) for other in definition_words):
            return True
    return False


def make_term_definition(fact: Fact) -> list[Question]:
    """Up to two cards: term -> definition, then definition -> term.

    The second is left out when the definition gives the term away. Acronyms get
    none ("What does “FDIC” stand for?" tests spelling out, not the chapter).
    """
    if not usable_definition(fact):
        return []
    if fact.label == "ACRONYM":
        return []  # three independent reviews rejected every such card; the fact stays for `quizgen facts`
    term = fact.term
    definition = gloss(fact)
    # "in which the populace decides ..." is no answer to "What is meant by ...?"
    # "no_card": what a field "seeks to do" is one aim among the several a chapter gives
    # it, not what the field is (reviews 8, 9 and 11 rejected every way of asking it).
    if fact.asking.no_card or cut_before_its_point(fact):
        return []  # "hypothesis: a suggested explanation for an event" (", which can be tested" cut)
    forward = not SITUATION.match(definition)
    prompt, answer = _term_prompt(fact), definition
    # "voidable title: when the contract would have been good": a condition is no answer
    # to "What is meant by ...?" (17 of 28 accepted); its blank keeps the whole sentence
    # (10 of 10) and "What is it called when ...?" asks it the other way.
    when_only = bool(WHEN.match(definition)) and not fact.asking.no_cloze
    if when_only or _ACRONYM.fullmatch(term):
        # "What is meant by “BIB”?" asks to spell it out as much as to define it (5 of 15
        # such cards accepted); "Which term means ...? BIB" asks the chapter's point (6 of 8)
        forward = False
    elif not forward and len(term.split()) >= 2 and not is_name(term):
        # "direct democracy, in which the populace decides ...": the head is the genus,
        # "a democracy in which the populace decides ..."; a one-word term would be circular
        head = term.split()[-1].lower()
        mass = _PLURAL.search(head) or head.endswith("ing")  # "primaries in which ...", "budgeting in which ..."
        article = "" if mass else ("an " if head[0] in "aeiou" else "a ")
        answer = f"{article}{head} {definition}"
        forward = True
    questions = [] if not forward else [
        Question(
            id=question_id(fact.id, "term_definition", "term_to_definition"),
            type="term_definition",
            prompt=_attributed(prompt, fact),
            answer=answer,
            source=fact.source,
            fact=fact_info(fact),
            explanation=fact.sentence,
            tags=(fact.kind, "term_to_definition"),
        )
    ]
    # A short gloss ("the way one comes to know") fits many terms: asked one way only.
    reverse = (
        # "forward_only": "What is it called when parties ... engage in negotiations
        # ...?" takes "negotiation" as well as "bargaining" (reviews 9 and 10)
        not fact.asking.forward_only
        and len(definition.split()) >= MIN_REVERSE_WORDS
        and not NO_GENUS.match(definition)
        and not fact.attr("synonym")  # "a state (or its synonym, country)": both words answer the gloss
    )
    if reverse and not gives_away(definition, term):
        if fact.asking.goal:
            prompt = f"Which doctrine has this goal: {definition}?"
        elif SITUATION.match(definition):
            prompt = f"Which term names the situation {definition}?"
        elif WHEN.match(definition):
            prompt = f"What is it called {definition}?"
        else:
            prompt = f"Which term means: {definition}?"
        prompt = _attributed(prompt, fact)
        questions.append(
            Question(
                id=question_id(fact.id, "term_definition", "definition_to_term"),
                type="term_definition",
                prompt=prompt,
                answer=term,
                source=fact.source,
                fact=fact_info(fact),
                explanation=fact.sentence,
                tags=(fact.kind, "definition_to_term"),
            )
        )
    return questions


def _attributed(prompt: str, fact: Fact) -> str:
    """ "According to Hayek, which term means ...": a definition that is one
    thinker's keeps their name, or it would pass for the only meaning; one that
    holds in a field keeps the field ("In political science, ..."). A term of
    everyday words asked from the term alone names its topic instead ("In the
    context of “Experimental Design”, what is meant by “treatments”?")."""
    who = fact.attr("according_to")
    if who:
        return f"According to {who}, {prompt[:1].lower()}{prompt[1:]}"
    within = fact.attr("within")  # "In political science, what is meant by “irrational person”?"
    if within:
        return f"{within}, {prompt[:1].lower()}{prompt[1:]}"
    if prompt.endswith(f"“{fact.term}”?") or prompt.endswith(f"“{fact.term.lower()}”?"):
        return with_topic(prompt, fact.term, fact.source)
    return prompt


def _term_prompt(fact: Fact) -> str:
    """'What is the United Nations?', 'What is meant by “deterrence”?'"""
    term = fact.term
    if fact.asking.goal:
        return f"What is the goal of {term}?"
    if _capital_only_by_place(term, fact):
        term = term.lower()  # "Intersex is an umbrella term ...": "What is meant by “intersex”?"
    elif is_name(term):
        article = "the " if f"the {term.lower()}" in fact.sentence.lower() or _named_institution(term) else ""
        if article or not term.isupper():
            return f"What is {article}{term}?"
        # "AU is the average distance ...": "What is AU?" reads wrong, the quotes do not
    return f"What is meant by “{term}”?"


def _named_institution(term: str) -> bool:
    """True for a name that ends on a common noun and so takes "the" ("Belt and Road
    Initiative", "Eurasian Economic Union"), read from a glossary line that has none."""
    from wordfreq import zipf_frequency

    words = term.split()
    return len(words) >= 2 and words[-1].isalpha() and zipf_frequency(words[-1].lower(), "en") >= 3.5


def _capital_only_by_place(term: str, fact: Fact) -> bool:
    """True for a one-word term capitalised only because it opens the sentence, where
    the word is an English word in its own right ("Intersex", not "Somatosphere")."""
    from wordfreq import zipf_frequency

    word = term.strip()
    if " " in word or not word[:1].isupper() or word.isupper() or any(c.isupper() for c in word[1:]):
        return False
    return fact.sentence.lstrip().startswith(word) and zipf_frequency(word.lower(), "en") >= 1.0
