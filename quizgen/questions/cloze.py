"""Cloze questions: the statement with the answer deleted, the rest kept as context.

>>> make_cloze(fact).prompt                                 # doctest: +SKIP
'In 2008, trade between Kazakhstan and Russia reached _____.'
"""

from __future__ import annotations

import re

from quizgen.facts.definitions import acronym_fits
from quizgen.identity import normalise, question_id
from quizgen.models import Fact, FactInfo, Question
from quizgen.questions.distractors.common import is_bound
from quizgen.questions.openers import without_repeated_opener
from quizgen.rules.standalone import ASIDE_ELSEWHERE

BLANK = "_____"

#: Fact kinds whose answer is worth deleting from its sentence. Not list items:
#: "in Argentina, Australia, and _____" has as many answers as there are countries.
CLOZE_KINDS: frozenset[str] = frozenset(
    {"definition", "term", "date", "quantity", "person", "quotation", "comparison"}
)


#: A gloss that names no kind of thing ("that which can be counted or measured and
#: verified to be true") fits "data", "evidence" and "reality" as well as "facts": no
#: blank for its term, and a card only term to definition (reviews 11 and 12).
NO_GENUS = re.compile(r"^(?:that which|what|whatever|anything that|something that)\b", re.IGNORECASE)


def fact_info(fact: Fact) -> FactInfo:
    return FactInfo(kind=fact.kind, term=fact.term, definition=fact.definition, id=fact.id)


_ACRONYM_AFTER = re.compile(r"^\s*\(([A-Z][A-Za-z]*[A-Z])\)")


def without_acronym_hint(fact: Fact) -> str:
    """The sentence without an acronym that spells out the deleted answer:
    "The _____ (SCO) is ..." would give "Shanghai Cooperation Organisation" away."""
    sentence = fact.sentence
    match = _ACRONYM_AFTER.match(sentence[fact.answer_end :])
    if match:
        if acronym_fits(fact.answer.split(), match.group(1)) or spelled_within(match.group(1), fact.answer):
            sentence = sentence[: fact.answer_end] + sentence[fact.answer_end + match.end() :]
    return sentence


def without_asides(sentence: str, start: int, end: int) -> tuple[str, int, int]:
    """The sentence without asides that send the reader elsewhere in the book ("(a
    structure to be discussed shortly)"), and the answer's new offsets. An aside that
    holds the answer stays (the question is then struck as leaning on the page).

    >>> without_asides("The cytoplasm (described below) fills the cell.", 4, 13)
    ('The cytoplasm fills the cell.', 4, 13)
    """
    for match in reversed(list(ASIDE_ELSEWHERE.finditer(sentence))):
        if match.start() < end and start < match.end():
            continue
        cut_from = match.start()
        while cut_from > 0 and sentence[cut_from - 1] == " ":
            cut_from -= 1
        sentence = sentence[:cut_from] + sentence[match.end() :]
        if cut_from < start:
            shift = match.end() - cut_from
            start, end = start - shift, end - shift
    return sentence, start, end


def spelled_within(acronym: str, answer: str) -> bool:
    """True when a one-word answer holds the acronym's letters in order from its
    first: "CCK" in "cholecystokinin", "ADH" in "antidiuretic hormone".

    >>> spelled_within("CCK", "cholecystokinin"), spelled_within("GDP", "inflation")
    (True, False)
    """
    letters = acronym.lower()
    word = answer.lower()
    if not letters or not word.startswith(letters[0]):
        return False
    position = 0
    for letter in letters:
        position = word.find(letter, position)
        if position < 0:
            return False
        position += 1
    return True


#: "a" or "an" right before the blank: it would tell a vowel from a consonant.
_ARTICLE_BEFORE = re.compile(r"(^|\s)(an?|An?) $")


#: "such as" or "including" just before the blank: the answer is one example of several.
_WORD_ORIGIN = re.compile(r"\((?:from|derived from)\s+(?:the\s+)?(?:Greek|Latin|French|German|Arabic|Old English)\b")
_EXAMPLE_BEFORE = re.compile(r"\b(such as|including|like)\s+(\S+\s+){0,3}$", re.IGNORECASE)


def _shares_stem(answer: str, rest: str) -> bool:
    """True when a long word of the answer shows its stem elsewhere in the sentence
    ("Environmentalism" and "environment"), or the answer is named after a word the
    sentence has ("Maoism" after "Mao", "Marxist" after "Marx").

    >>> _shares_stem("Maoism", "Mao developed a form of ideology that came to be known as")
    True
    """
    rest_words = normalise(rest).split()
    for word in normalise(answer).split():
        if len(word) >= 8:
            stem = word[:6]
            if any(other.startswith(stem) for other in rest_words):
                return True
        eponym = re.sub(r"(ism|ist|ists|ian|ians|ite|ites)$", "", word)
        if eponym != word and len(eponym) >= 3 and any(
            other.startswith(eponym) and len(other) <= len(eponym) + 3 for other in rest_words
        ):
            return True  # "Maoism" after "Mao", "Nazism" after "Nazi ideology"

    for word in answer.lower().split():
        parts = [normalise(part) for part in re.split(r"[-–]", word) if len(part) >= 4]
        if len(parts) > 1 and any(part in rest_words for part in parts):
            return True  # "A nation that also is a country is called a(n) _____" (nation-state)
    return False


def neutral_article(before: str) -> str:
    """The text before a blank with "a"/"an" just before it made "a(n)"; an article
    that opens the sentence is left out ("_____ is a wall built out into the sea"), as
    "A(n) _____" reads as a form to fill in, not a sentence, and "An _____" would
    hint at the answer (the key then carries the article: "a breakwater").

    >>> neutral_article("An ")
    ''
    >>> neutral_article("Bureaucracies have an ")
    'Bureaucracies have a(n) '
    """
    if re.fullmatch(r"\s*(?:an?|a\(n\))\s*", before, re.IGNORECASE):
        return ""
    return _ARTICLE_BEFORE.sub(lambda m: f"{m.group(1)}{'A' if m.group(2)[0].isupper() else 'a'}(n) ", before)


def make_cloze(fact: Fact) -> Question | None:
    """One deletion per question; None when the answer shows elsewhere in the sentence."""
    if fact.kind not in CLOZE_KINDS or is_bound(fact):
        return None  # "more than _____ of workers": any smaller figure fits too
    # "no_cloze": the rest of the sentence names the blank in other words ("When parties
    # ... engage in negotiations ..., they are _____" takes "negotiating" too; review 9)
    if fact.asking.no_cloze or (fact.kind == "definition" and NO_GENUS.match(fact.definition)):
        return None
    sentence, start, end = without_asides(without_acronym_hint(fact), fact.answer_start, fact.answer_end)
    before = sentence[:start]
    after = sentence[end:]
    answer_words = normalise(fact.answer)
    if not answer_words or f" {answer_words} " in f" {normalise(before + ' ' + after)} ":
        return None
    if len(fact.sentence.split()) > 60:
        return None
    if _WORD_ORIGIN.search(sentence):
        return None  # "(from the Greek geo, which means “Earth,” ...)" spells the blank out
    if _EXAMPLE_BEFORE.search(before) or _shares_stem(fact.answer, before + " " + after):
        return None  # a name in a list of examples, or "_____ ... protect the natural environment"
    opening = re.fullmatch(r"\s*(an?)\s+", before, re.IGNORECASE)
    before = neutral_article(before)
    return Question(
        id=question_id(fact.id, "cloze"),
        type="cloze",
        prompt=without_repeated_opener(f"{before}{BLANK}{after}"),
        # "_____ is a ban on trade": the article the blank took is part of the key
        answer=f"{opening.group(1).lower()} {fact.answer}" if opening else fact.answer,
        context=sentence,
        span=(start, end),
        source=fact.source,
        fact=fact_info(fact),
        tags=(fact.kind,),
    )
