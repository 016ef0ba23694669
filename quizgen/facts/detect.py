"""Defining sentences: where a sentence says what a term means, and which words are which.

The forms are the rows of :data:`quizgen.rules.defining_forms.DEFINING_FORMS`;
each row names a cutter here that reads the term and the gloss around the
form's cue. The functions take a sentence (a spaCy ``Span``) and, for
definitions spread over two sentences, the sentence before it, and yield plain
data (:class:`DefiningMatch`), as textacy's extractors do one step earlier.

>>> sent = nlp("Matter is any substance that occupies space and has mass.")[:]   # doctest: +SKIP
>>> [(m.form, m.term_text, m.gloss_text) for m in find_definitions(sent)]       # doctest: +SKIP
[('defining.copular', 'Matter', 'any substance that occupies space and has mass')]
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from quizgen.errors import AnalysisError
from quizgen.rules.defining_forms import DEFINING_FORMS, DETECTION_ONLY_FORMS
from quizgen.rules.definitions import COMMENT_GENUS

if TYPE_CHECKING:
    from spacy.matcher import Matcher
    from spacy.tokens import Span, Token
    from spacy.vocab import Vocab

__all__ = ["DefiningMatch", "find_definitions", "is_definition", "FORMS", "QUIZ_CONFIDENCE"]


@dataclass(frozen=True, slots=True)
class DefiningMatch:
    """One definition in a sentence.

    ``term`` and ``gloss`` are ``(start, end)`` character offsets into the text
    of the Doc their sentence belongs to: the term's always the matched
    sentence's; the gloss's the previous sentence's when ``gloss_before``.
    """

    form: str
    term: tuple[int, int]
    gloss: tuple[int, int]
    term_text: str
    gloss_text: str
    confidence: float
    gloss_before: bool = False


#: A cutter's answer: the term, the gloss, and the form when it is not the row's own.
Cut = tuple["Span", "Span", str | None]
Cutter = Callable[["Span", "Span", "Span | None"], "Cut | None"]

FORMS: dict[str, dict] = {row["id"]: row for row in DEFINING_FORMS}

#: The forms at least this precise on DEFT's train split are the ones to ask about.
QUIZ_CONFIDENCE = 0.85

#: Words that open a noun phrase pointing outside itself: no term starts with them.
_POINTING = frozenset(
    "this these that those it its their his her our my your they he she we you i one "
    "some many most each every all another such both other any few several much".split()
)
#: Words that open a subject standing for something said before ("This process is called X.").
_POINTING_BACK = frozenset("this these that those it they such both".split())
#: Words that end a term read after a naming cue ("is called X, which ...").
_TERM_STOPS = frozenset(
    "which that who whom whose where when because since while if and or but in on at for to "
    "by with from during after before as than until unless whereas".split()
)
#: Entities that are named, not defined.
_NAMED_ENTITIES = frozenset({"PERSON", "GPE", "DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"})
#: Prefixes that announce a term and are not part of it ("The term ecosystem describes ...").
_TERM_LABELS = (
    "the term ", "the word ", "the concept of ", "the idea of ", "the notion of ", "the concept ", "the phrase ", "the name ",
)
#: Nouns that follow "is a/the" without defining ("X is an example of Y", "the result of").
_NOT_GENUS = frozenset(
    "example instance illustration result consequence reason sign indication indicator step goal "
    "aim purpose focus topic subject question issue answer point difference advantage disadvantage "
    "benefit problem challenge key importance case one part half majority first second third last "
    "exception".split()
)


def _trim(span: Span) -> Span:
    """The span without punctuation, bracketed references or a conjunction at its ends."""
    doc = span.doc
    start, end = span.start, span.end
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space or doc[end - 1].lower_ in ("and", "or", "but", "also")):
        if doc[end - 1].text == ")":
            # drop a whole trailing "( [link])" or "(Figure 3)"
            opening = next((i for i in range(end - 1, start - 1, -1) if doc[i].text == "("), None)
            if opening is None:
                break
            end = opening
            continue
        end -= 1
    while start < end and (doc[start].is_punct or doc[start].is_space) and doc[start].text not in "“\"(":
        start += 1
    return doc[start:end]


def _good_term(span: Span, *, tagged: bool = True) -> bool:
    """A noun phrase that can name a concept: short, not a pronoun, pointing nowhere, not a name or a number.

    ``tagged=False`` for words a naming cue introduces: the tagger often takes a new
    word there for a verb ("is known as apomixis").
    """
    if not 1 <= len(span) <= 8:
        return False
    first = span[0]
    if first.lower_ in _POINTING or any(t.pos_ == "PRON" for t in span):
        return False
    if tagged and not any(t.pos_ in ("NOUN", "PROPN", "ADJ") for t in span):
        return False
    if not any(t.is_alpha for t in span) or all(t.lower_ in _POINTING or t.pos_ in ("DET", "ADP") for t in span):
        return False  # "known as the “swing” vote" read as "the": no word of a name
    if span.root.ent_type_ in _NAMED_ENTITIES:
        return False
    return not any(t.like_num and t.pos_ == "NUM" for t in span)


def _strip_label(span: Span) -> Span:
    text = span.text.lower()
    for label in _TERM_LABELS:
        if text.startswith(label) and len(span) > len(label.split()):
            return span[len(label.split()):]
    return span


def _subject(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass", "csubj", "csubjpass"):
            return child
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        return _subject(verb.head)
    return None


def _phrase(token: Token, *, before: int | None = None) -> Span:
    """The token's phrase, cut short before token index ``before``."""
    doc = token.doc
    end = token.right_edge.i + 1
    if before is not None:
        end = min(end, before)
    return doc[token.left_edge.i : max(end, token.i + 1)]


def _noun_phrase_ending_at(noun: Token, *, through: tuple[str, ...] | None = ("of",)) -> Span:
    """The noun phrase whose last word is ``noun``: "the lining of the gut".

    It climbs through the prepositions ``through`` to the noun they hang on (a
    term named before "called" takes "of"; a gloss any, ``()``: "a layer of fat
    under the skin"; a term glossed after a comma or dash none, ``None``: in "high
    levels of bicarbonate, a ...", the term is "bicarbonate").
    """
    top = noun
    while (
        through is not None and top.dep_ == "pobj" and (not through or top.head.lower_ in through)
        and top.head.head.i < top.i and top.head.head.pos_ in ("NOUN", "PROPN")
    ):
        top = top.head.head
    start = min(top.left_edge.i, noun.left_edge.i)
    doc = noun.doc
    while start < noun.i and doc[start].pos_ in ("ADP", "VERB", "AUX", "PART", "SCONJ", "CCONJ", "ADV", "PUNCT"):
        start += 1  # "by Henry Murray", "moving along the same line": not a term's words
    return doc[start : noun.i + 1]


def _nominal(span: Span) -> bool:
    """A noun phrase, not a clause or a list: what a gloss between commas, dashes or brackets must be."""
    root = span.root
    if root.pos_ not in ("NOUN", "PROPN", "PRON") or root.lower_ in ("that", "this"):
        return False
    return not any(t.dep_ == "conj" and t.head == root for t in span)


#: Entities an apposition describes rather than defines ("Max Weber, an early German sociologist").
_DESCRIBED_ENTITIES = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "WORK_OF_ART", "LAW", "EVENT"})


def _opens_clause(span: Span, sent: Span) -> bool:
    """The span starts its sentence, or follows an opening phrase and its comma."""
    return span.start == sent.start or span.doc[span.start - 1].text in (",", ":", ";")


def _noun_after(doc_index: int, sent: Span) -> Span | None:
    """The term a naming cue introduces: the words after it up to a comma, clause or preposition."""
    doc = sent.doc
    start = doc_index
    while start < sent.end and doc[start].pos_ == "ADV":
        start += 1  # "called simply the Democratic Party"
    while start < sent.end and doc[start].dep_ == "poss" and doc[start].pos_ == "PRON":
        start += 1  # "is called its genome": the term is "genome"
    if start + 1 < sent.end and doc[start].lower_ in ("the", "a", "an") and doc[start + 1].text in "“\"‘":
        start += 1  # "is called the “web of life”": the quoted words are the term
    quoted = start < sent.end and doc[start].text in "“\"‘'"
    if quoted:
        start += 1
    end = start
    while end < sent.end and end - start < 8:
        token = doc[end]
        if quoted and token.text in "”\"’'":
            break
        if token.is_punct and token.text not in "-–'’" or token.lower_ in _TERM_STOPS:
            break
        if end > start and token.tag_ in ("VBZ", "VBP", "VBD", "MD"):
            break  # "a protein called FtsZ directs ...": the term ends before the verb
        end += 1
    if end == start:
        return None
    span = doc[start:end]
    while len(span) and span[-1].text in "-–'’":
        span = span[:-1]
    return span if len(span) else None


def _rest(start: int, sent: Span) -> Span:
    return _trim(sent.doc[start : sent.end])


# --- cutters -----------------------------------------------------------------


def _opening_words(sent: Span, cue: Span) -> Span | None:
    """The words before the cue, when they are all that comes before it: the tagger
    reads "Amnesia refers to ..." as two nouns, and the parse then has no subject."""
    words = _trim(sent.doc[sent.start : cue.start])
    if not 1 <= len(words) <= 5 or any(t.pos_ in ("VERB", "AUX", "PRON", "SCONJ") for t in words):
        return None
    return words


def cut_subject_term(sent: Span, cue: Span, previous: Span | None) -> Cut | None:
    """"X refers to / means / is defined as / occurs when Y": term X, gloss Y."""
    verb = cue.root
    as_ = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" and c.i >= cue.end), None)
    if verb.lemma_ == "refer" and as_ is not None:
        return None  # "Economists refer to this as ...": the subject is not the term
    subject = _subject(verb)
    if subject is None or subject.i >= cue.start:
        opening = _opening_words(sent, cue)
        if opening is None:
            return None
        term = _strip_label(opening)
    else:
        term = _strip_label(_trim(_phrase(subject, before=cue.start)))
        if not _opens_clause(_phrase(subject, before=cue.start), sent):
            return None
    comma = next((t.i for t in term if t.text == ","), None)
    if comma is not None:
        term = _trim(term.doc[term.start : comma])  # "Flexion, or bending, occurs when ..."
    if not len(term) or not _good_term(term):
        return None
    if any(child.dep_ == "neg" for child in verb.children):
        return None
    gloss = _rest(cue.end, sent)
    if len(gloss) < 2:
        return None
    return term, gloss, None


_NAMING_WORDS = frozenset({"called", "termed", "dubbed", "known", "referred"})


#: Heads too general to say what a term is on their own: "This process is called X"
#: needs the sentence before; "This fusion between bones is called X" does not.
_BARE_HEADS = frozenset(
    "process idea concept approach result function mechanism method phenomenon practice view network sort variety "
    "version aspect "
    "effect type kind form situation condition term strategy step stage system pattern theory principle "
    "relationship change activity action behavior behaviour state event problem thing way feature "
    "structure arrangement part group category class model argument belief position tendency".split()
)
_POINTING_INSIDE = frozenset("this these that those it its they their them he his she her".split())


def _own_content(described: Span, subject: Token) -> Span | None:
    """What "This/These N ... is called X" says X is, when its noun phrase says it on
    its own: the phrase without its pointer ("This fusion between bones" -> "fusion
    between bones"), with a head that is no bare kind and words after the head that
    set it apart; None when it leans on the sentence before ("This process")."""
    if subject.pos_ != "NOUN" or subject.lemma_.lower() in _BARE_HEADS or described[0].lower_ not in ("this", "these"):
        return None
    own = _trim(described[1:])
    if len(own) < 3 or any(t.lower_ in _POINTING_INSIDE for t in own) or own.start > subject.i:
        return None
    if not any(c.i > subject.i and c.dep_ in ("prep", "acl", "relcl") and c.i < own.end for c in subject.children):
        return None  # "This added independence": nothing after the head tells it apart
    return own


def cut_named(sent: Span, cue: Span, previous: Span | None) -> Cut | None:
    """"Y is called X", "Y, known as X,", "This is called X." (Y in the sentence before)."""
    naming = next((t for t in cue if t.lower_ in _NAMING_WORDS), None)
    if naming is None:
        return None  # "Eisenhower reportedly called his nomination ...": someone calling, not a name
    if any(c.dep_ == "prt" for c in naming.children) or (
        cue.end < sent.end and sent.doc[cue.end].lower_ in ("upon", "on", "for", "off", "out", "up")
    ):
        return None  # "The president called up the Guard", "is called upon when": a call, not a name
    term = _noun_after(cue.end, sent)
    if term is None:
        return None
    term = _trim(term)
    if not _good_term(term, tagged=False) or term.root.ent_type_ in _DESCRIBED_ENTITIES:
        return None  # "a third party, known as the Progressive Party": a name, not a term
    subject = _subject(naming)
    # "... held together by a narrow band of tissue called a ligament": the parser may hang
    # "called" on the sentence's verb, but a noun right before it is what it names
    after_noun = cue[0].pos_ in ("NOUN", "PROPN") and (subject is None or subject.i < cue[0].i)
    if naming.dep_ == "acl" or after_noun:
        # "Differences in breeding schedules, called temporal isolation, ..."
        if cue[0].pos_ not in ("NOUN", "PROPN"):
            return None
        # "the distribution of merchandise (called promotional products)": a name in
        # brackets is the noun's own, not its head's
        bracketed = any(t.text == "(" for t in cue)
        gloss = _trim(_noun_phrase_ending_at(cue[0], through=None if bracketed else ("of",)))
        return (term, gloss, None) if len(gloss) else None
    if subject is None or subject.i >= naming.i:
        return None
    if subject.lower_ in ("which", "that", "who") and naming.head.dep_ in ("relcl", "acl") or naming.dep_ == "relcl":
        # "..., which is called X": the gloss is the noun the clause hangs on
        head = naming.head if naming.dep_ == "relcl" else naming.head.head
        gloss = _trim(_phrase(head, before=subject.i))
        return (term, gloss, None) if len(gloss) else None
    # "The breakdown of fatty acids, called X": the cue opens on the gloss's own last noun
    described = _trim(_phrase(subject, before=cue.start + 1 if cue[0].pos_ in ("NOUN", "PROPN") else cue.start))
    if not len(described):
        return None
    if described[0].lower_ in _POINTING_BACK or described.root.pos_ == "PRON":
        own = _own_content(described, subject)
        if own is not None:
            return term, own, "defining.called_this"
        if previous is None or not len(previous):
            return term, described, "defining.two_sentence"
        return term, _trim(previous), "defining.two_sentence"
    return term, described, None


_HEDGES = frozenset({"perhaps", "arguably", "probably", "possibly", "also", "often", "sometimes", "normally", "usually", "typically", "generally", "largely", "mostly", "really"})
_SOMEONE = frozenset({"someone", "something", "one", "anyone", "anything", "those", "that"})
#: Modifiers that make a predicate noun a genus with a difference ("a process by which ...").
_DIFFERENTIA = frozenset({"relcl", "acl", "prep", "appos"})


def _ranks(token: Token) -> bool:
    """A superlative or ordinal ("the largest source", "the first rule"): a ranking, not a definition."""
    return any(c.tag_ in ("JJS", "RBS") or c.ent_type_ == "ORDINAL" or c.lower_ in ("only", "main", "same")
               for c in token.children)


def cut_copular(sent: Span, cue: Span, previous: Span | None) -> Cut | None:
    """"X is a/the/any N that ...": term X, gloss the predicate noun's phrase."""
    verb = cue[0]
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    attribute = next((c for c in verb.children if c.dep_ == "attr"), None)
    if attribute is None:
        # the parser reads "Matter is any substance that ..." as two subjects
        attribute = next((c for c in verb.children if c.dep_ == "nsubj" and c.i > verb.i), None)
    if subject is None or attribute is None or subject.i > verb.i or attribute.i < verb.i:
        return None
    if any(c.dep_ == "neg" or c.lower_ in _HEDGES for c in verb.children):
        return None  # "is perhaps the foremost ...", "is in many ways the workhorse ...": a view
    if attribute.lower_ in _SOMEONE:
        # "A lobbyist is someone who ...", "Conventional crowds are those who ..."
        if attribute.lower_ not in _SOMEONE or not any(c.dep_ == "relcl" for c in attribute.children):
            return None
    elif attribute.pos_ != "NOUN":
        return None
    if attribute.lower_ not in _SOMEONE and attribute.lemma_.lower() in _NOT_GENUS or subject.lemma_.lower() in _NOT_GENUS:
        return None
    if _ranks(attribute) or _ranks(subject) or any(c.dep_ == "nummod" for c in attribute.children):
        return None
    if any(c.dep_ == "conj" for c in subject.children):
        return None  # "Reliability and validity are two ...": a list, not a term
    wide = False  # passes only by the looser readings below: its own form, measured apart
    determiner = next((c for c in attribute.children if c.dep_ in ("det", "poss")), None)
    if determiner is not None and determiner.lower_ not in ("a", "an", "the", "any"):
        if determiner.dep_ != "poss" or determiner.pos_ not in ("NOUN", "PROPN"):
            return None
        wide = True  # "a person's knowledge about ...": the genus owned by a noun
    if determiner is None and attribute.tag_ != "NNS" and attribute.lower_ not in _SOMEONE:
        return None
    subject_words = _phrase(subject, before=verb.i)
    bracket = next((t.i for t in subject_words if t.text == "("), None)
    if (bracket is not None and bracket > subject_words.start and _acronym(subject_words.doc, bracket)
            and any(t.text == "," for t in subject_words[bracket - subject_words.start :])):
        # "Mucosa-associated lymphoid tissue (MALT), illustrated in [link], is ...": the term is before the bracket
        subject_words, wide = subject_words.doc[subject_words.start : bracket], True
    term = _strip_label(_trim(subject_words))
    if not len(term) or any(t.text == "," for t in term):
        return None
    generic = term[0].lower_ in ("a", "an")
    differentia = any(
        c.i > attribute.i and (c.dep_ in _DIFFERENTIA) or c.i < attribute.i and c.dep_ == "amod" and c.tag_ in ("VBN", "VBG")
        for c in attribute.children
    )
    if not generic and not differentia:
        if not any(c.i > attribute.i and c.dep_ == "amod" for c in attribute.children):
            return None
        wide = True  # "the energy content available to ...": an adjective's phrase after the noun
    if not _good_term(term) or not _opens_clause(_phrase(subject, before=verb.i), sent):
        return None
    gloss = _trim(_phrase(attribute))
    return term, gloss, "defining.copular_wide" if wide else None


def _acronym(doc, bracket: int) -> bool:
    """The bracket at ``bracket`` holds a capitalised short form only: "(MALT)", "(GDPs)"."""
    inside = doc[bracket + 1 : bracket + 3]
    return (len(inside) == 2 and inside[1].text == ")" and 2 <= len(inside[0].text) <= 7
            and sum(ch.isupper() for ch in inside[0].text) >= 2)


def cut_apposition(sent: Span, cue: Span, previous: Span | None) -> Cut | None:
    """"X, a/an N that ...,": term X, gloss the appositive."""
    noun, determiner = cue[0], cue[-1]
    head = determiner.head
    if cue[2].lower_ == "which":
        # "X, which is a N ...": the relative clause's predicate noun
        if head.dep_ != "attr" or head.i < determiner.i:
            return None
    elif head.dep_ != "appos" or head.head.i > noun.i or head.i <= determiner.i - 1:
        return None
    term = _trim(_noun_phrase_ending_at(noun, through=None))
    if not _good_term(term) or term.root.pos_ == "PROPN" or any(t.ent_type_ in _DESCRIBED_ENTITIES for t in term):
        return None
    if any(c.dep_ == "conj" for c in head.children) or any(c.dep_ == "conj" for c in noun.children):
        return None  # "a notochord, a dorsal nerve cord, ...": a list
    gloss = _trim(sent.doc[determiner.i : head.right_edge.i + 1])
    if len(gloss) < 3 or not _nominal(gloss) or any(t.ent_type_ == "DATE" for t in gloss):
        return None  # "..., a set of ideas that emerged in the 18th century": its history, not its meaning
    if determiner.lower_ == "the" and (
        head.pos_ != "NOUN" or term[0].lower_ in ("a", "an") or not _genus_with_difference(head)
        or any(t.ent_type_ in _DESCRIBED_ENTITIES for t in gloss)
    ):
        return None  # "A think tank, the National Bureau of ...": a name; "the study of X": needs its own words
    return term, gloss, None


def _before_bracket(token: Token, sent: Span) -> Token | None:
    """The noun a relative clause hangs on: the token itself, or for "gross domestic product (GDP),
    which ..." the noun before the bracket."""
    if token.text != ")":
        return token
    opening = next((t for t in reversed(sent.doc[sent.start : token.i]) if t.text == "("), None)
    if opening is None or opening.i == sent.start or sent.doc[opening.i - 1].pos_ not in ("NOUN", "PROPN"):
        return None
    return sent.doc[opening.i - 1]


def cut_which_refers(sent: Span, cue: Span, previous: Span | None) -> Cut | None:
    """"X, which refers to / means / is defined as Y": term X, gloss Y up to the clause's end."""
    noun = _before_bracket(cue[0], sent)
    if noun is None:
        return None
    term = _trim(_noun_phrase_ending_at(noun))
    if not _good_term(term) or term.root.pos_ == "PROPN" or term.root.ent_type_ in _DESCRIBED_ENTITIES:
        return None
    doc = sent.doc
    verb = cue[-1] if cue[-1].pos_ in ("VERB", "AUX") else next(t for t in cue if t.pos_ in ("VERB", "AUX"))
    end = verb.head.right_edge.i + 1 if verb.dep_ in ("prep", "aux", "auxpass") else verb.right_edge.i + 1
    end = min(max(end, cue.end), sent.end)
    gloss = _trim(doc[cue.end : end])
    if len(gloss) < 2:
        return None
    return term, gloss, None


def cut_which_is(sent: Span, cue: Span, previous: Span | None) -> Cut | None:
    """"X, which is/are a/the N that ...": term X, gloss the relative clause's predicate noun."""
    noun, verb = _before_bracket(cue[0], sent), cue[-1]
    if noun is None:
        return None
    attribute = next((c for c in verb.children if c.dep_ == "attr" and c.i > verb.i), None)
    if attribute is None or verb.dep_ != "relcl" or attribute.pos_ != "NOUN":
        return None
    if any(c.dep_ == "neg" or c.lower_ in _HEDGES for c in verb.children):
        return None
    genus = attribute.lemma_.lower()
    if genus in _NOT_GENUS and genus != "difference" or _ranks(attribute) or any(c.dep_ == "nummod" for c in attribute.children):
        return None
    determiner = next((c for c in attribute.children if c.dep_ in ("det", "poss")), None)
    if determiner is None and attribute.tag_ != "NNS" or determiner is not None and determiner.lower_ not in ("a", "an", "the"):
        return None
    if not any(c.i > attribute.i and c.dep_ in (*_DIFFERENTIA, "amod") for c in attribute.children):
        return None  # "..., which is a problem.": a comment on it, not what it is
    term = _trim(_noun_phrase_ending_at(noun))
    if not _good_term(term) or term.root.pos_ == "PROPN" or term.root.ent_type_ in _DESCRIBED_ENTITIES:
        return None
    if any(c.dep_ == "conj" for c in noun.children):
        return None
    gloss = _trim(sent.doc[attribute.left_edge.i : attribute.right_edge.i + 1])
    if len(gloss) < 3:
        return None
    return term, gloss, None


_COUNTS = frozenset("several many multiple numerous various few one only".split())


def cut_composed(sent: Span, cue: Span, previous: Span | None) -> Cut | None:
    """"X consists of / is made up of Y": term X, gloss Y, unless Y counts parts ("three parts—a ...",
    "22 bones"): an anatomy of a thing, not what it is."""
    cut = cut_subject_term(sent, cue, previous)
    if cut is None:
        return None
    gloss = cut[1]
    if gloss[0].like_num or gloss[0].lower_ in _COUNTS or len(gloss) > 1 and gloss[0].lower_ == "the" and gloss[1].like_num:
        return None
    return cut


#: Subjects whose "states that ..." gives the content of a named law or idea.
_STATED = frozenset(
    "law principle theory hypothesis rule theorem paradox effect model doctrine thesis postulate".split()
)


def cut_stated(sent: Span, cue: Span, previous: Span | None) -> Cut | None:
    """"The law of X states that Y": term the law's name, gloss Y."""
    subject = _subject(cue[0])
    if subject is None or subject.lemma_.lower() not in _STATED:
        return None
    return cut_subject_term(sent, cue, previous)


def _genus_with_difference(head: Token) -> bool:
    """A noun that can open a gloss: "a/the N" or a plural "Ns", with words after it that set it apart."""
    if head.pos_ != "NOUN" or head.lemma_.lower() in _NOT_GENUS or _ranks(head):
        return False
    determiner = next((c for c in head.children if c.dep_ in ("det", "poss")), None)
    if determiner is None and head.tag_ != "NNS" or determiner is not None and determiner.lower_ not in ("a", "an", "the"):
        return False
    return any(c.i > head.i and c.dep_ in (*_DIFFERENTIA, "amod") for c in head.children)


def cut_colon(sent: Span, cue: Span, previous: Span | None) -> Cut | None:
    """"... into clades: groups of organisms that share an ancestor.": term before the colon, gloss after."""
    noun, colon = cue[0], cue[1]
    doc = sent.doc
    if noun.i == sent.start:
        return None  # "Sisters: The Lives of ...": a title
    end = next((t.i for t in doc[colon.i + 1 : sent.end] if t.text in (";", ":")), sent.end)
    gloss = _trim(doc[colon.i + 1 : end])
    if len(gloss) < 3 or not _nominal(gloss) or not _genus_with_difference(gloss.root):
        return None
    term = _trim(_noun_phrase_ending_at(noun, through=None))
    if not _good_term(term) or term.root.ent_type_ in _DESCRIBED_ENTITIES:
        return None
    return term, gloss, None


#: Words that open a bracket giving a word's origin or literal sense.
_ORIGIN_WORDS = frozenset({"greek", "latin", "from", "meaning", "literally"})


def cut_word_origin(sent: Span, cue: Span, previous: Span | None) -> Cut | None:
    """"karyogamy (“nuclear marriage”)", "the thalamus (Greek for “inner chamber”)": term before the bracket."""
    noun, opening = cue[0], cue[1]
    doc = sent.doc
    close = next((t.i for t in doc[opening.i : sent.end] if t.text == ")"), None)
    if close is None:
        return None
    inside = _trim(doc[opening.i + 1 : close])
    if not inside.text.strip("“”\"") or len(inside) > 12:
        return None
    if cue[-1].lower_ == "from" and not any(t.lower_ in ("greek", "latin") for t in inside):
        return None  # "(from the 1980s)": not a word's origin
    if cue[-1].text in "“\"":
        words = [t for t in inside if not t.is_punct]
        if not 1 <= len(words) <= 5 or not words[0].is_lower or any(t.pos_ in ("VERB", "AUX", "PRON") for t in words):
            return None  # ("I'm smart"): a quotation, not a sense
    term = _trim(_noun_phrase_ending_at(noun, through=None))
    if not _good_term(term) or term.root.ent_type_ in _DESCRIBED_ENTITIES:
        return None
    gloss = doc[opening.i + 1 : close]  # with its quotation marks: 'Latin for “doll”'
    return (term, gloss, None) if len(gloss) else None


_GLOSS_OPENERS = frozenset({"a", "an", "the", "that", "or", "i.e.", "which", "also"})


def cut_dash(sent: Span, cue: Span, previous: Span | None) -> Cut | None:
    """"X—a/the N ...—": term X, gloss between the dashes."""
    noun, dash = cue[0], cue[-1]
    doc = sent.doc
    if dash.i + 1 >= sent.end or doc[dash.i + 1].lower_ not in _GLOSS_OPENERS:
        return None
    end = next((t.i for t in doc[dash.i + 1 : sent.end] if t.text in ("—", "–", "--")), sent.end)
    gloss = _trim(doc[dash.i + 1 : end])
    if gloss and gloss[0].lower_ in ("that", "or", "i.e.", "also"):
        if gloss[0].lower_ == "that" and not (len(gloss) > 1 and gloss[1].lower_ == "is"):
            return None  # "the doctrine—that states had the right ...": a clause, not a gloss
        gloss = _trim(gloss[1:])
        if len(gloss) and gloss[0].lower_ == "is":
            gloss = _trim(gloss[1:])
    term = _trim(_noun_phrase_ending_at(noun, through=None))
    if not _good_term(term) or len(gloss) < 3 or not _nominal(gloss):
        return None
    return term, gloss, None


#: Words in brackets that point at a picture, not name a concept.
_POSITIONS = frozenset({"left", "right", "center", "centre", "top", "bottom", "middle", "above", "below", "inset"})
_NOT_TERMS = frozenset({"see", "e.g.", "for", "and", "or", "credit", "figure", "link", "etc", "etc.", "i.e.", "s", "sp", "spp"})


def cut_paren(sent: Span, cue: Span, previous: Span | None) -> Cut | None:
    """"a gloss (term)" or "a term (a gloss)"."""
    doc = sent.doc
    if cue[0].text == "(":
        # "the tendency ... (confirmation bias)": the words in brackets name what comes before
        inside = _trim(cue[1:-1])
        words = inside[1:] if len(inside) and inside[0].lower_ in ("a", "an", "the") else inside
        if not len(words) or any(t.lower_ in _NOT_TERMS or t.pos_ in ("AUX", "PRON", "NUM", "DET", "ADP") or t.pos_ == "VERB" and t.tag_ != "VBG" for t in words):
            return None
        before = doc[cue.start - 1] if cue.start > sent.start else None
        if before is None or before.is_punct:
            return None
        if before.pos_ in ("NOUN", "PROPN"):
            gloss = _trim(_noun_phrase_ending_at(before, through=()))
        else:
            head = before
            while head.dep_ in ("amod", "compound", "pobj", "prep", "advmod") and head.head.i < cue.start and head.head != head:
                head = head.head
            gloss = _trim(doc[head.left_edge.i : cue.start])
        if len(gloss) < 2 or not _good_term(inside) or len(inside.text) < 3:
            return None
        if any(t.ent_type_ in _DESCRIBED_ENTITIES for t in gloss) or inside.text in _POSITIONS:
            return None
        return inside, gloss, None
    noun, opener = cue[0], cue[-1]
    end = next((t.i for t in doc[opener.i : sent.end] if t.text == ")"), None)
    if end is None:
        return None
    gloss = _trim(doc[opener.i : end])
    if len(gloss) <= 4 and not any(t.dep_ in ("relcl", "acl", "prep") for t in gloss) and opener.lower_ in ("a", "an", "the"):
        # "(the resting potential)": a short phrase in brackets names what comes before
        return cut_paren(sent, doc[opener.i - 1 : end + 1], previous)
    if gloss and gloss[0].lower_ in ("or", "i.e.", "that"):
        gloss = _trim(gloss[2:] if gloss[0].lower_ == "that" and len(gloss) > 1 and gloss[1].lower_ == "is" else gloss[1:])
    term = _trim(_noun_phrase_ending_at(noun))
    if not _good_term(term) or len(gloss) < 2 or not _nominal(gloss):
        return None
    return term, gloss, None


def cut_what_called(sent: Span, cue: Span, previous: Span | None) -> Cut | None:
    """"... what economists call X": term X, gloss the clause before "what"."""
    term = _noun_after(cue.end, sent)
    if term is None:
        return None
    term = _trim(term)
    if not _good_term(term):
        return None
    gloss = _trim(sent.doc[sent.start : cue.start])
    if len(gloss) < 3:
        return None
    return term, gloss, None


def cut_defined(sent: Span, cue: Span, previous: Span | None) -> Cut | None:
    """"X is defined as Y", "X is defined to be Y", "Economists define X as Y"."""
    verb = cue.root
    if verb.lemma_ != "define" or any(c.dep_ == "nsubjpass" for c in verb.children) or len(cue) > 1:
        return cut_subject_term(sent, cue, previous) or _defined_as_named(sent, cue)
    term_token = next((c for c in verb.children if c.dep_ == "dobj"), None)
    # the parser hangs "as" on the verb or on its object
    as_ = next((c for c in (*verb.children, *term_token.children) if c.dep_ == "prep" and c.lower_ == "as"), None) if term_token is not None else None
    if term_token is None or as_ is None or as_.i < term_token.i:
        return None
    term = _trim(_phrase(term_token, before=as_.i))
    gloss = _rest(as_.i + 1, sent)
    if not _good_term(term) or len(gloss) < 2:
        return None
    return term, gloss, None


def _defined_as_named(sent: Span, cue: Span) -> Cut | None:
    """"Any stimulus that ... is defined as a stressor": the description is the subject
    and the name comes last, as with "is called"; only where the subject is a generic
    noun phrase ("any", "a", "an" or a bare plural) that a clause of its own sets apart,
    and the name is a short noun phrase that ends the clause."""
    if cue[-1].lower_ != "as":
        return None
    verb = cue.root
    subject = _subject(verb)
    if subject is None or subject.i >= cue.start or subject.pos_ != "NOUN":
        return None
    described = _trim(_phrase(subject, before=cue.start))
    if not len(described) or not _opens_clause(described, sent):
        return None
    opener = described[0].lower_
    if not (opener in ("any", "a", "an") or subject.tag_ == "NNS" and described[0] == subject.left_edge and described[0].pos_ != "DET"):
        return None
    if not any(c.i > subject.i and c.dep_ in ("relcl", "acl") for c in subject.children):
        return None
    term = _noun_after(cue.end, sent)
    if term is None:
        return None
    term = _trim(term)
    if not 1 <= len(term) <= 5 or not _good_term(term, tagged=False) or term.root.ent_type_ in _DESCRIBED_ENTITIES:
        return None
    after = sent.doc[term.end] if term.end < sent.end else None
    if after is not None and after.text not in (".", ",", ";", "(", ":"):
        return None
    return term, described, "defining.defined_as_named"


def cut_that_is(sent: Span, cue: Span, previous: Span | None) -> Cut | None:
    """"X, that is, Y," or "X—that is, Y—": term X, gloss Y up to the next comma, dash or bracket."""
    noun = cue[0]
    doc = sent.doc
    start = cue.end
    end = next((t.i for t in doc[start : sent.end] if t.text in (",", "—", "–", "--", "(", ";", ":")), sent.end)
    gloss = _trim(doc[start:end])
    term = _trim(_noun_phrase_ending_at(noun, through=None))
    if not _good_term(term) or len(gloss) < 2 or not _nominal(gloss):
        return None
    return term, gloss, None


#: Person nouns a plural gloss may open for a singular marked term: "a **contract
#: lobbyist**, individuals who work for firms that ..." says what one of them is.
_PEOPLE = frozenset({"individual", "person", "people"})
#: Words before a marked term that make it one of a list or the second name of a pair
#: ("compassion and **empathy**, the ability to ...": the gloss may be both's).
_LISTED_BEFORE = frozenset({"and", "or", ",", "&"})


def _clause_end(start: int, sent: Span) -> int:
    """Where a phrase set off after a comma stops: at a dash, a semicolon or a colon,
    or at a comma after which the sentence's own verb goes on ("**Cytosol**, the
    jelly-like substance within the cell, provides ..."), not a verb of the gloss's
    own clause ("... “ordinary people,” who, according to populists, should be ...")."""
    doc = sent.doc
    for i in range(start, sent.end):
        token = doc[i]
        if token.text in (";", ":", "—", "–", "--"):
            return i
        if token.text == "," and i + 1 < sent.end and (
            doc[i + 1] == sent.root or doc[i + 1].head == sent.root and doc[i + 1].dep_ in ("aux", "auxpass", "neg")
            or doc[i + 1].lower_ in ("and", "but", "or")
            # "show **empathy**, the ability to ..., for those with other views": the main
            # clause, begun before the gloss, goes on after it
            or doc[i + 1].head == sent.root and sent.root.i < start
        ):
            return i
    return sent.end


def _opening_noun(gloss: Span) -> Token | None:
    """The noun that heads a gloss, read from its words rather than the parse (which
    goes astray in long appositions): the last of the nouns after its article and
    adjectives ("a fibrocartilage lip attached ..." -> "lip")."""
    i = gloss.start
    while i < gloss.end and (gloss.doc[i].pos_ in ("DET", "ADJ", "ADV", "NUM") or gloss.doc[i].dep_ == "poss"
                             or gloss.doc[i].text in ("-", "’s", "'s")):
        i += 1
    if i >= gloss.end or gloss.doc[i].pos_ not in ("NOUN", "PROPN"):
        return None
    while i + 1 < gloss.end and gloss.doc[i + 1].pos_ in ("NOUN", "PROPN") or i + 2 < gloss.end and gloss.doc[i + 1].text == "-":
        i += 2 if gloss.doc[i + 1].text == "-" else 1
    return gloss.doc[i]


def cut_marked_apposition(sent: Span, cue: Span, previous: Span | None, mark: Span, marks: Sequence[tuple[int, int]] = ()) -> Cut | None:
    """"... the **acetabular labrum**, a fibrocartilage lip attached to ...": the bold
    term, and the noun phrase set off after it up to the clause's end."""
    doc = sent.doc
    term = _trim(mark)
    before = next((t for t in reversed(doc[sent.start : term.start]) if t.pos_ != "DET"), None)
    if before is not None and before.lower_ in _LISTED_BEFORE:
        return None  # "compassion and **empathy**, the ability to ...", "a dyad, or a **pair**, ..."
    if not len(term) or not _good_term(term) or any(t.ent_type_ in _DESCRIBED_ENTITIES for t in term):
        return None
    start = cue[2].i
    gloss = _trim(doc[start : _clause_end(start, sent)])
    if gloss.start <= sent.root.i < gloss.end:
        return None  # "At a **pivot joint**, a rounded portion of a bone is enclosed ...": the main clause, not a gloss
    head = _opening_noun(gloss)
    if len(gloss) < 3 or head is None or any(c.dep_ == "conj" for c in head.children):
        return None
    if head.pos_ != "NOUN" or head.lemma_.lower() in _NOT_GENUS or head.lemma_.lower() in COMMENT_GENUS or _ranks(head):
        return None
    if head.tag_ == "NNS" and term.root.tag_ != "NNS" and head.lemma_.lower() not in _PEOPLE:
        return None  # "a **ligament**, short bands of ...": many things for one
    if not any(c.i > head.i and c.dep_ in _DIFFERENTIA for c in head.children):
        return None  # "**leptin**, a protein.": a kind, with nothing to tell it apart
    if any(t.ent_type_ in _DESCRIBED_ENTITIES for t in gloss[:3]):
        return None  # "**Marxism**, the ideology of Karl Marx": a name, not a meaning
    if any(t.ent_type_ == "DATE" for t in gloss):
        return None  # "**classical liberalism**, a set of ideas that emerged in the 18th century": its history
    return term, gloss, None


#: Words that make a gloss lean on the text around it: "rule by a group of such
#: virtuous rulers", "their ability to ...".
_LEANING = frozenset("such this these those it its they their them he his she her we our you your".split())


#: Heads that count or measure rather than say what a thing is ("a share of ...").
_COUNT_HEADS = frozenset({"figure", "number", "share", "percent", "percentage", "majority", "minority", "amount"})


def _marked_noun_gloss(term: Span, gloss: Span, marks_in_gloss: bool) -> bool:
    """A gloss read after a bold term by its punctuation alone ("**tone**, or attitude
    toward the subject"; "**Hyperbole:** exaggeration of ..."): a noun phrase of its own,
    not a clause, a list, another bold term, a name, or words that lean on the text."""
    if marks_in_gloss or len(gloss) < 2:
        return False  # "**positive stress** or **eustress**": two names, no gloss
    head = _opening_noun(gloss)
    if head is None or head.pos_ != "NOUN" or any(c.dep_ == "conj" for c in head.children):
        return False
    # not the heads that comment on a clause (:data:`COMMENT_GENUS`): after "or" or a colon the
    # phrase renames the term ("**reasoning strategies**, or patterns for thinking and writing")
    if head.lemma_.lower() in _NOT_GENUS or head.lemma_.lower() in _COUNT_HEADS or _ranks(head):
        return False
    if head.tag_ == "NNS" and term.root.tag_ != "NNS" and head.lemma_.lower() not in _PEOPLE:
        return False  # "**Location:** places relevant to ...": many things for one
    if any(t.lower_ in _LEANING for t in gloss) or any(t.ent_type_ in _DESCRIBED_ENTITIES for t in gloss):
        return False
    # a clause with a subject of its own is a statement about the term, not its gloss
    return not any(t.dep_ in ("nsubj", "nsubjpass") and t.head == gloss.root and t.i < gloss.root.i for t in gloss)


def _marks_within(span: Span, marks: Sequence[tuple[int, int]]) -> bool:
    return any(span.start_char <= start < span.end_char for start, end in marks)


def cut_marked_or(sent: Span, cue: Span, previous: Span | None, mark: Span, marks: Sequence[tuple[int, int]] = ()) -> Cut | None:
    """"... the **tone**, or attitude toward the subject": the bold term, and the noun
    phrase after "or" up to the clause's end. Without a comma ("**pharmacokinetics** or
    the movement of the drug throughout the body") "or" joins two alternatives as often
    as it glosses, so the gloss must then set its noun apart with words after it."""
    doc = sent.doc
    term = _trim(mark)
    before = next((t for t in reversed(doc[sent.start : term.start]) if t.pos_ != "DET"), None)
    if before is not None and before.lower_ in _LISTED_BEFORE:
        return None  # "stress, **anxiety**, or fear": one of a list
    if not len(term) or not _good_term(term) or term.root.pos_ not in ("NOUN", "PROPN"):
        return None
    if any(t.ent_type_ in _DESCRIBED_ENTITIES for t in term) or term.text.isupper():
        return None  # "**NRA**, or ...": a name
    start = next(t.i for t in cue if t.lower_ == "or") + 1
    if start < sent.end and doc[start].is_quote:
        return None  # "**locus coeruleus**, or ‘blue spot’": another name, in the words it translates
    gloss = _trim(doc[start : _clause_end(start, sent)])
    if not len(gloss) or gloss.start <= sent.root.i < gloss.end:
        return None
    if gloss[0].text.isupper() and len(gloss[0].text) > 1:
        return None  # "**cultural concepts of distress**, or CCD": its short form
    if not _marked_noun_gloss(term, gloss, _marks_within(gloss, marks)):
        return None
    head = _opening_noun(gloss)
    if head is None or cue[1].text != "," and not any(c.i > head.i and c.dep_ in _DIFFERENTIA for c in head.children):
        return None
    return term, gloss, None


def cut_marked_colon(sent: Span, cue: Span, previous: Span | None, mark: Span, marks: Sequence[tuple[int, int]] = ()) -> Cut | None:
    """"**Hyperbole:** exaggeration that is not meant to be taken literally.": a list item
    or line that opens on a bold term and its colon, and glosses it with a noun phrase
    (not a sentence: "**Tone:** Writers of reviews keep a neutral tone.")."""
    doc = sent.doc
    term = _trim(mark)
    if mark.start != sent.start or not len(term) or not _good_term(term) or term.root.pos_ not in ("NOUN", "PROPN"):
        return None
    if any(t.ent_type_ in _DESCRIBED_ENTITIES for t in term):
        return None  # "**Henrietta Lacks**: ...": a case, told as a story
    colon = next((t.i for t in doc[term.end : sent.end] if t.text == ":"), None)
    if colon is None or colon > term.end:
        return None
    end = next((t.i for t in doc[colon + 1 : sent.end] if t.text in (";", ":")), sent.end)
    gloss = _trim(doc[colon + 1 : end])
    if not len(gloss) or not gloss[0].is_lower:
        return None  # "**Type I error**: This results when ...": a sentence, not a gloss
    if not _marked_noun_gloss(term, gloss, _marks_within(gloss, marks)):
        return None
    return term, gloss, None


MarkedCutter = Callable[["Span", "Span", "Span | None", "Span", "Sequence[tuple[int, int]]"], "Cut | None"]

#: Cutters of the ``marked`` forms: they take the bold words as the term.
MARKED_CUTTERS: dict[str, MarkedCutter] = {
    "marked_apposition": cut_marked_apposition,
    "marked_or": cut_marked_or,
    "marked_colon": cut_marked_colon,
}

CUTTERS: dict[str, Cutter] = {
    "that_is": cut_that_is,
    "defined": cut_defined,
    "subject_term": cut_subject_term,
    "named": cut_named,
    "copular": cut_copular,
    "apposition": cut_apposition,
    "dash": cut_dash,
    "paren": cut_paren,
    "what_called": cut_what_called,
    "which_is": cut_which_is,
    "which_refers": cut_which_refers,
    "stated": cut_stated,
    "composed": cut_composed,
    "colon": cut_colon,
    "word_origin": cut_word_origin,
}


def _validate() -> None:
    for row in DEFINING_FORMS:
        if not str(row.get("id", "")).startswith("defining."):
            raise AnalysisError(f"a defining form needs an id 'defining.<name>': {row!r}")
        if row.get("cut") not in (MARKED_CUTTERS if row.get("marked") else CUTTERS):
            raise AnalysisError(f"{row['id']}: no cutter named {row.get('cut')!r}")
        if not isinstance(row.get("confidence"), float) or not row.get("example"):
            raise AnalysisError(f"{row['id']}: needs a confidence and an example")
    if len(FORMS) != len(DEFINING_FORMS):
        raise AnalysisError("two defining forms share an id")


@lru_cache(maxsize=4)
def _matcher(vocab: Vocab) -> Matcher:
    from spacy.matcher import Matcher

    _validate()
    matcher = Matcher(vocab, validate=True)
    for row in DEFINING_FORMS:
        if row["patterns"]:
            matcher.add(row["id"], row["patterns"])
    return matcher


def _mark_ending(token: Token, sent: Span, marks: Sequence[tuple[int, int]]) -> Span | None:
    """The bold words of the sentence that end with ``token``."""
    for start, end in marks:
        if end == token.idx + len(token) and sent.start_char <= start < end:
            span = sent.doc.char_span(start, end, alignment_mode="expand")
            if span is not None and len(span):
                return span
    return None


def find_definitions(
    sent: Span, previous: Span | None = None, marks: Sequence[tuple[int, int]] = ()
) -> Iterator[DefiningMatch]:
    """The definitions in ``sent``, by where their cue starts; at most one per term.

    ``previous`` is the sentence before (it holds the gloss of "This is called X.").
    ``marks``: the character offsets of the words the book sets in bold; the
    ``marked`` forms are tried only on them.
    """
    matcher = _matcher(sent.doc.vocab)
    seen: set[tuple[int, int]] = set()
    seen_asked: set[tuple[int, int]] = set()
    # a form that the book's mark vouches for goes first: it knows where the term ends
    matches = sorted(
        matcher(sent, as_spans=True), key=lambda span: (span.start, not FORMS[span.label_].get("marked"), -len(span))
    )
    for cue in matches:
        row = FORMS[cue.label_]
        if row.get("marked"):
            mark = _mark_ending(cue[0], sent, marks) if marks else None
            if mark is None and marks and len(cue) > 1 and cue[-1].text == ":":
                # "**Hyperbole**:" or "**Hyperbole:**", the colon set in bold too
                mark = _mark_ending(cue[-2], sent, marks) or _mark_ending(cue[-1], sent, marks)
            cut = MARKED_CUTTERS[row["cut"]](sent, cue, previous, mark, marks) if mark is not None else None
        else:
            cut = CUTTERS[row["cut"]](sent, cue, previous)
        if cut is None:
            continue
        term, gloss, form = cut
        key = (term.start_char, term.end_char)
        form = form or row["id"]
        # a form kept out of questions must not hide the same term from a form that is asked
        detection_only = form in DETECTION_ONLY_FORMS
        if key in seen_asked or key in seen and detection_only or not len(term) or not len(gloss):
            continue
        seen.add(key)
        if not detection_only:
            seen_asked.add(key)
        gloss_before = previous is not None and gloss.doc is previous.doc and not (
            sent.doc is previous.doc and sent.start <= gloss.start < sent.end
        )
        yield DefiningMatch(
            form=form,
            term=(term.start_char, term.end_char),
            gloss=(gloss.start_char, gloss.end_char),
            term_text=term.text,
            gloss_text=gloss.text,
            confidence=FORMS[form]["confidence"],
            gloss_before=gloss_before,
        )


def is_definition(sent: Span, previous: Span | None = None, *, min_confidence: float = 0.0) -> bool:
    """True when the sentence (read after ``previous``) defines a term in a form
    whose confidence is at least ``min_confidence`` (:data:`QUIZ_CONFIDENCE`: the
    forms precise enough to ask about)."""
    return any(m.confidence >= min_confidence for m in find_definitions(sent, previous))
