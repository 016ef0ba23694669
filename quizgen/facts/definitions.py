"""Definitions and key terms: "X is a Y that ...", "X, the Y", "X—that is, Y",
"what Hobbes called X", "X refers to Y", acronyms.

The rules are :data:`quizgen.rules.definitions.DEFINITION_RULES`; here are the
handlers for those whose cut needs code (one per rule id, checked at import), the
checks every rule's term and gloss pass, and the attribution every fact gets.

>>> [f.term for f in extract_definitions(ctx, origin)]     # doctest: +SKIP
['customs union']
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from quizgen.errors import AnalysisError
from quizgen.facts.base import Origin, make_fact, strip_determiners, trim_punct
from quizgen.facts.context import SentenceContext, bound_demonstrative, inside_brackets
from quizgen.facts.engine import RuleMatch, rule_matches, validate
from quizgen.facts.keyterms import names_person, without_figure_pointers
from quizgen.models import Asking, Fact
from quizgen.rules.context import REPORTING_VERBS
from quizgen.rules.definitions import (
    AGGREGATE_NOUNS,
    COMMENT_GENUS,
    CONCEPT_NOUNS,
    DEFINITE_GLOSS_GENUS,
    DEFINITION_RULES,
    DEFINITION_STOPS,
    DOCTRINE_VERBS,
    EXAMPLE_OPENERS,
    FIELD_HEADS,
    FIELD_NAMES,
    GENERIC_NOUNS,
    GLOSS_CLAUSE_OPENERS,
    GLOSS_GENUS,
    HEDGES,
    JUDGING_ADJECTIVES,
    JUDGING_SUPERLATIVES,
    LIST_GOES_ON,
    NON_CLASSIFYING_ADJECTIVES,
    QUANTITY_OPENERS,
    REMARK_OPENERS,
    RULES_BY_ID,
    STOP_CONTINUERS,
    TERM_CONTAINERS,
    TERM_LABELS,
    TERM_STOP_STARTS,
    THEIR_OWNERS,
    VAGUE_GENUS,
    WORK_NOUNS,
)
from quizgen.rules.terms import (
    DANGLING_POINTER,
    DEMONSTRATIVES,
    DOUBLED_WORD,
    ETYMOLOGY,
    FINITE_VERB_TAGS,
    FORMER_NAME_ADVERBS,
    FRAMING_HEADS,
    NAME_LABELS,
    NAMING_VERBS,
    RELATIVE_PRONOUNS,
    TERM_END_POS,
    TERM_MODIFIER_DEPS,
    WORD_USES,
)
from quizgen.rules.worth import GENERIC_GLOSS, GENERIC_GLOSS_HEADS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_DASHES = frozenset({"—", "–", "--"})
#: "a)", "b)" inside a sentence: list markers, not brackets.
#: Fewest words of a gloss that opens its sentence before its term in dashes.
MIN_OPENING_GLOSS = 5
#: Fewest words a gloss keeps when an unbound trailing modifier is cut from it.
MIN_KEPT_GLOSS = 5
LIST_MARKER = re.compile(r"(?<![\w(])[a-h]\)\s*")
_MINOR_WORDS = frozenset({"of", "and", "for", "the", "in", "on", "to", "&"})


def term_span(token: Token) -> Span:
    """The term a head noun names: its pre-modifiers, and a short "of ..." complement;
    the whole name where the noun ends one ("the New Deal")."""
    doc = token.doc
    if token.lemma_.lower() in TERM_CONTAINERS:
        # "a new form of serfdom" names serfdom
        inner = next((c for r in token.rights if r.dep_ == "prep" and r.lower_ == "of" for c in r.children if c.dep_ == "pobj"), None)
        if inner is not None and inner.pos_ in ("NOUN", "PROPN"):
            return term_span(inner)
    if token.ent_type_ and token.ent_iob_ != "O":
        entity = next((e for e in token.sent.ents if e.start <= token.i < e.end), None)
        if entity is not None and entity.end == token.i + 1 and len(entity) > 1:
            return strip_determiners(entity)
    start = token.i
    for left in reversed(list(token.lefts)):
        if left.dep_ in ("amod", "compound", "nmod", "det", "poss") and left.i == start - 1:
            start = left.i
    end = token.i + 1
    for right in token.rights:
        if right.dep_ == "prep" and right.lower_ == "of" and right.i == end:
            pobj = next((c for c in right.children if c.dep_ == "pobj"), None)
            if pobj is not None and pobj.i - right.i <= 3 and not any(t.is_punct for t in doc[right.i : pobj.i + 1]):
                end = pobj.i + 1  # "dictatorship of the proletariat", without what is said of the proletariat
    while start < token.i and _left_off(doc[start]):
        start += 1
    while start >= 2 and doc[start - 1].text == "-" and not doc[start - 2].whitespace_ and not doc[start - 1].whitespace_:
        start -= 2  # "nation-state": the tokenizer split it at the hyphen
    return strip_determiners(doc[start:end])


def _left_off(token: Token) -> bool:
    """True for a word before a head noun that is no part of its term: "the", "its",
    "new", "various", "the term", a participle or a number."""
    return (
        (token.lower_ in NON_CLASSIFYING_ADJECTIVES and token.pos_ != "PROPN") or token.lower_ in TERM_LABELS
        or token.dep_ in ("det", "poss") or token.tag_ in ("VBG", "VBN", "CD", "PRP$")
    )


def whole_term(term: Span) -> Span | None:
    """The term as the whole noun phrase the sentence names, or None when it starts or
    ends inside a phrase in a way that cannot be mended. Every checked definition rule's
    term passes here (:func:`_fact`), whichever rule or form cut it.

    Mended: the modifiers of a word inside the term that stand right before it
    ("level difference" -> "interaural level difference", "plate capacitor" ->
    "parallel plate capacitor"); a framing head gives way to what it frames ("this
    step of rehearsal" -> "rehearsal"); the verb after a subject "that" is dropped
    ("vesicles that house neurotransmitters" -> "neurotransmitters"). Refused: a
    term that points back ("these cells"), a lone possessive ("’s dilemma"), one
    whose last word modifies a noun after it, one that holds a finite verb, and a
    lowercase word before a capital that is no name ("possible Critical damping":
    two sentences run together).
    """
    doc = term.doc
    sent = term.sent
    start, end = term.start, term.end
    if not len(term):
        return term
    if doc[start].tag_ == "POS":
        return None  # "’s dilemma": the owner was cut off, and which of its words the name holds, the parse cannot tell
    floor = sent.start  # how far left the term may grow
    before = doc[start - 1] if start > sent.start else None
    if before is not None and _relative_subject(before) and start <= before.head.i < end:
        if end - start < 2:
            return None  # "cells that divide": the noun is the clause's verb
        start += 1  # "vesicles that house neurotransmitters": "house" is the verb
        floor = start
    root = doc[start:end].root
    if any(c.dep_ == "det" and c.lower_ in DEMONSTRATIVES and _points_back(c) for c in root.children):
        # "this step of rehearsal" frames rehearsal; "these external costs of pollution" are costs
        framed = _framed_term(doc[start:end]) if root.lemma_.lower() in FRAMING_HEADS | TERM_CONTAINERS else None
        if framed is None:
            return None  # "these cells": a term named before, not here
        start, end = framed.start, framed.end
    elif root.lemma_.lower() in FRAMING_HEADS and root.tag_ == "NN":  # "the process of X", not "6 steps of X"
        framed = _framed_term(doc[start:end])
        if framed is not None:
            start, end = framed.start, framed.end
    named = _named_by_sentence(doc[start:end].root)
    while start > floor:
        left = doc[start - 1]
        if left.text == "-" and not left.whitespace_ and start - 2 >= floor and not doc[start - 2].whitespace_:
            start -= 2  # "self-" of "self-efficacy", split at the hyphen
            continue
        if start <= left.head.i < end and _joins_term(left, named=named):
            start -= 1
            continue
        break
    if start - 2 >= floor and doc[start - 1].tag_ == "POS" and doc[start - 2].pos_ == "PROPN" and doc[start - 2].head.i in range(start, end):
        owner = doc[start - 2]
        if any(c.dep_ in ("compound", "nmod", "amod", "poss") for c in owner.children):
            return None  # "Health Organization decision" of "Jackson Women's Health Organization decision": inside a name
        start = owner.i  # "Addison’s disease", "Hashimoto's thyroiditis": a name the term is named after
    mended = doc[start:end]
    last = mended[-1]
    if last.dep_ in ("compound", "amod", "nmod", "poss") and last.head.i >= end and last.head.pos_ in ("NOUN", "PROPN"):
        return None  # "parallel plate" of "parallel plate capacitor": the head is left out
    infinitive = next((t.i for t in mended if t.tag_ == "TO"), end)  # "the right to vote": a verb after "to" is fine
    if any(t.tag_ in FINITE_VERB_TAGS and t.i != mended.root.i and t.i != end - 1 and t.i < infinitive for t in mended):
        return None  # a verb inside a noun phrase: the span crosses a clause
    for previous, token in zip(mended, mended[1:], strict=False):
        if (
            token.text[:1].isupper() and token.text[1:].islower() and previous.is_alpha and previous.text[:1].islower()
            and token.pos_ != "PROPN" and token.ent_type_ not in NAME_LABELS
        ):
            return None  # "possible Critical damping": a sentence that began without its full stop
    return mended


def _named_by_sentence(root: Token) -> bool:
    """True for the noun a naming verb names: "is called the conditioned response",
    "is known as the open-field system". Every word of that phrase but its article is
    the name, a participle ("conditioned") or a common adjective ("major axis") too."""
    head = root.head
    if root.dep_ == "oprd" and head.lemma_.lower() in ("call", "name", "term", "dub", "label"):
        return True
    return root.dep_ == "pobj" and head.lower_ == "as" and head.head.lemma_.lower() in ("know", "refer", "call", "term", "define")


def _joins_term(token: Token, *, named: bool) -> bool:
    """True for a modifier before a term that belongs to it: a classifier ("interaural"),
    any participle in a hyphenated word ("culture-bound"), and in a named phrase every
    modifier but the article, the possessive and the word "term"."""
    if not token.is_alpha:
        return False
    if token.dep_ == "advmod" and token.tag_ == "RB" and named and token.head.dep_ in TERM_MODIFIER_DEPS:
        return True  # "genetically" of "a genetically modified organism"
    if token.dep_ not in TERM_MODIFIER_DEPS:
        return False
    doc = token.doc
    if token.i >= 2 and doc[token.i - 1].text == "-" and not doc[token.i - 1].whitespace_ and not doc[token.i - 2].whitespace_:
        return True  # "culture-bound", "state-owned": the hyphen makes one word of them
    if named and token.lower_ not in TERM_LABELS and token.tag_ not in ("CD", "PRP$"):
        return True
    return not _left_off(token)


def _relative_subject(token: Token) -> bool:
    """True for a relative pronoun that is its clause's subject, also where the parser
    took "that" for the determiner of a plural ("sacs that store hormones"), which a
    demonstrative "that" never is."""
    if token.lower_ not in RELATIVE_PRONOUNS:
        return False
    return token.dep_ in ("nsubj", "nsubjpass") or (token.lower_ == "that" and token.dep_ == "det" and token.head.tag_ == "NNS")


def _points_back(determiner: Token) -> bool:
    """True for a demonstrative that resumes something named before ("This region,
    called ...", "in that case"); not for a "that" the parser took for one where it
    opens a clause ("suggesting that optimism—the ...—is", "Recall ... that stagflation is")."""
    if determiner.lower_ != "that":
        return True
    if determiner.head.tag_ == "NNS":
        return False  # "sacs that store hormones": a relative pronoun
    return determiner.i == determiner.sent.start or determiner.nbor(-1).pos_ == "ADP"


def _framed_term(span: Span) -> Span | None:
    """The X of "this step of X" (after its determiners), when the span holds it; else None."""
    root = span.root
    preposition = next((c for c in root.rights if c.lower_ == "of" and c.i < span.end), None)
    if preposition is None or not any(c.dep_ == "pobj" and c.i < span.end for c in preposition.children):
        return None
    framed = strip_determiners(span.doc[preposition.i + 1 : span.end])
    return framed if len(framed) else None


def of_head(token: Token) -> Token:
    """The noun an "of" phrase completes, when the two name one thing:
    "proletariat" -> "dictatorship" (of the proletariat); but "authoritarianism"
    stays itself in "the principles of authoritarianism"."""
    while (
        token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.pos_ == "NOUN"
        and token.head.head.lemma_.lower() not in TERM_CONTAINERS and token.head.head.lemma_.lower() not in GENERIC_NOUNS
    ):
        token = token.head.head
    return token


def cut_at_stops(span: Span) -> Span:
    """The span up to the first example or aside (", such as", "; ", ":"); empty
    when examples cut it to a stub whose substance came after them ("the efforts
    advanced by institutions such as the IMF ..., to encourage ...")."""
    words = [t.lower_ for t in span]
    aside = _bracketed_example(span)
    if aside and not _verbless_clause(span.doc[span.start : aside.start]):
        aside = range(0)  # "by testing hypotheses (for example ...) by ...": the gloss is whole before it
    for i in range(1, len(words)):
        if span.start + i in aside:
            continue  # "(such as body temperature)": an aside the gloss leaves out, not where it ends
        for stop in DEFINITION_STOPS:
            if tuple(words[i : i + len(stop)]) == stop:
                if stop[-1] == "but" and i + len(stop) < len(words) and words[i + len(stop)] in STOP_CONTINUERS:
                    continue  # "..., but that might have the effect of reducing competition": the gloss goes on
                if "such" in stop and i < 8 and len(words) - i > 12 or stop in LIST_GOES_ON:
                    return span[:0]
                return trim_punct(span[:i])
    return span


#: Words that open an example set in brackets inside a gloss.
_EXAMPLE_IN_BRACKETS = frozenset({"such", "e.g.", "e.g", "for", "including", "like"})


def _bracketed_example(span: Span) -> range:
    """The token indices of an example in brackets inside the gloss ("in which
    biological conditions (such as body temperature) are maintained"), with its
    brackets; empty when there is none or it is not closed inside the gloss."""
    for token in span:
        if token.text == "(" and token.i + 1 < span.end and span.doc[token.i + 1].lower_ in _EXAMPLE_IN_BRACKETS:
            close = next((t.i for t in span.doc[token.i : span.end] if t.text == ")"), None)
            if close is not None:
                return range(token.i, close + 1)
    return range(0)


def phrase_span(token: Token, *, stop_at: set[str] | None = None) -> Span:
    """The token's whole phrase, cut at a closing dash or bracket."""
    sub = list(token.subtree)
    doc = token.doc
    end = sub[-1].i + 1
    for t in sub:
        if t.i > token.i and (t.text in _DASHES or t.text in (stop_at or set())):
            end = t.i
            break
    return trim_punct(doc[sub[0].i : end])


def _good_term(span: Span, *, adjective: bool = False) -> bool:
    if not 1 <= len(span) <= 6:
        return False
    if not any(t.is_alpha for t in span) or span[-1].pos_ in TERM_END_POS or DOUBLED_WORD.search(span.text):
        return False  # "-", "vertebrate in", "ViroidsViroids": no term, a cut one, a heading run in
    following = span.doc[span.end] if span.end < len(span.doc) else None
    if following is not None and following.text in ("-", "–") and not span[-1].whitespace_:
        return False  # "cross" of "cross-pollination", cut at its hyphen
    if span[0].lower_ in TERM_STOP_STARTS or span[0].pos_ in ("PRON", "DET", "NUM"):
        return False
    if adjective:
        if len(span) != 1 or not (span[0].pos_ == "ADJ" or span[0].dep_ == "acomp"):
            return False
    elif not any(t.pos_ in ("NOUN", "PROPN") for t in span) and not (len(span) == 1 and span[0].tag_ == "VBG") and not (
        span[-1].dep_ in ("dobj", "pobj", "nsubj", "nsubjpass") and span[0].pos_ == "ADJ"
    ):
        return False  # but "the general will": "will" tagged a verb, used as a noun
    if names_person(span) or any(t.ent_type_ in ("GPE", "DATE", "CARDINAL", "MONEY", "PERCENT") for t in span):
        return False
    if len(span) == 1 and span[0].lemma_.lower() in GENERIC_NOUNS:
        return False
    return all(t.is_alpha or t.text in ("-", "'s", "’s") for t in span)


def _good_definition(span: Span, term: Span, *, opener_ok: bool = False) -> bool:
    """``opener_ok``: the first word is known to be fine ("that which ...", "who ..." after a genus)."""
    if not 3 <= len(span) <= 45:
        return False
    if span[0].lower_ in QUANTITY_OPENERS or span[0].like_num or any(t.ent_type_ in ("PERCENT", "MONEY", "CARDINAL", "QUANTITY") for t in span[:4]):
        return False  # "Venezuelans—more than 15 percent of the population": a number, not a gloss
    if span.root.pos_ == "NOUN" and span.root.lemma_.lower() in COMMENT_GENUS:
        return False
    bare = LIST_MARKER.sub("", span.text)
    if bare.count("(") != bare.count(")"):
        return False  # cut inside a bracket
    if _quoted(term[0]):
        return False  # inside a quotation: someone's words, not the book's definition
    first = span[0].lower_
    if first in REMARK_OPENERS and not (first == "in" and len(span) > 1 and span[1].lower_ == "which"):
        return False  # "material wealth, especially the equal possession of ...": a remark
    if not opener_ok and (first in TERM_STOP_STARTS or span[0].pos_ == "PRON" and span[0].dep_ != "poss"):
        return False
    for t in span:
        if t.lower_ in ("this", "these", "that", "those") and t.dep_ == "det":
            antecedent = bound_demonstrative(t)
            if antecedent is None or (antecedent.i < span.start and t.lower_ in ("these", "those")):
                return False  # "the supreme authority in that state" leans on the sentence before
    if _judges(span):
        return False  # "the Holocaust is the worst genocide in human history": a verdict
    if _lists_parts(span) or _verbless_clause(span):
        return False
    # "their sovereignty—their authority to govern themselves": the gloss's "their" is the term's own
    parallel = any(c.dep_ == "poss" and c.lower_ == "their" for c in term.root.children)
    if any(t.lower_ == "their" and not _their_bound(t, span) and not (parallel and t.i == span.start) for t in span):
        return False  # "a cluster of ideas ... that informs their political action": whose?
    term_words = {t.lower_ for t in term if not t.is_stop}
    # A bracketed aside that names the term is dropped from the gloss (_without_self_naming).
    definition_words = {t.lower_ for t in span if not inside_brackets(t)}
    # A definition that repeats the term gives the answer away.
    return not term_words or not term_words <= definition_words


def _without_next_clause(span: Span) -> Span:
    """The gloss up to a main clause the sentence goes on with: "a small information
    processor, and dendrites serve as input sites ..." -> "a small information
    processor". A clause of the gloss's own ("a structure that integrates signals ...
    and serves as a junction") hangs inside it and stays."""
    for token in span:
        if (
            token.dep_ == "conj" and token.pos_ in ("VERB", "AUX") and not span.start <= token.head.i < span.end
            and any(c.dep_ in ("nsubj", "nsubjpass", "expl") and c.lower_ not in RELATIVE_PRONOUNS for c in token.children)
            and token.left_edge.i > span.start and span.doc[token.left_edge.i - 1].pos_ == "CCONJ"
        ):
            return span.doc[span.start : token.left_edge.i]
    return span


def _stranded(token: Token, span: Span) -> bool:
    """True for a preposition left at the end of its relative clause ("the group that an
    individual feels she belongs to"): the clause needs it."""
    return token.pos_ == "ADP" and not any(token.children) and token.head.pos_ in ("VERB", "AUX") and span.start <= token.head.i < span.end


def _verbless_clause(span: Span) -> bool:
    """True for a gloss cut inside a relative clause before its verb: "a technique in
    which one or more short gene sequences, taken from a well-characterized portion of
    the genome" never says what the sequences do."""
    if span[0].lower_ in ("when", "whenever"):
        return False  # a when-clause is its own clause, whatever the parser hangs after it
    after = span.doc[span.end : span.sent.end] if span.start > span.sent.start else span.doc[0:0]
    # (a gloss that opens its sentence is the subject of what follows: "... is called X")
    if any(t.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") and span.start < c.i < span.end and c != span.root
                                              for c in t.children)
           for t in after):
        return True  # the verb of a subject inside the gloss comes after it
    for token in span:
        if token.lower_ not in ("which", "that", "whom") or token.tag_ != "WDT" and token.tag_ != "WP" or token.i == span.start:
            continue
        clause = token.head.head if token.dep_ == "pobj" else token.head
        if clause.i >= span.end:
            return True  # its verb is past the cut
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if (
            clause.tag_ in ("VBN", "VBG", "VBD") and not any(c.dep_ in ("aux", "auxpass") for c in clause.children)
            and subject is not None and any(t.text == "," for t in span.doc[subject.i + 1 : clause.i])
        ):
            return True  # "in which ... sequences, taken from ...": a participle set off, made its verb by the parser
        if clause.pos_ not in ("VERB", "AUX") and clause.dep_ != "relcl":
            # "in which" hung on the noun: the clause's verb is whatever finite verb follows
            rest = span.doc[token.i + 1 : span.end]
            if not any(t.tag_ in FINITE_VERB_TAGS or t.dep_ == "relcl" for t in rest):
                return True
    return False


def _lists_parts(span: Span) -> bool:
    """True for a gloss that lists a thing's parts instead of saying what it is: "a set
    of rules, a set of choices, and a set of decisions" fits politics as well as a game
    (reviews 9 and 10). Three or more noun phrases on one head noun make the list."""
    root = span.root
    if root.pos_ != "NOUN":
        return False
    heads = [t for t in span if t.lemma_ == root.lemma_ and t.pos_ == "NOUN" and any(c.dep_ == "det" for c in t.children)]
    return len(heads) >= 3


def _judges(span: Span) -> bool:
    """True for a gloss whose head is ranked by a judging superlative: "the worst ...",
    "the most influential ..." (not "the highest form of power", a rank that defines),
    or that judges a concept ("an amorphous concept")."""
    for child in span.root.children:
        if child.dep_ != "amod":
            continue
        if span.root.lemma_.lower() in CONCEPT_NOUNS and child.lower_ in JUDGING_ADJECTIVES:
            return True  # "an amorphous concept"
        if child.tag_ == "JJS" and child.lower_ in JUDGING_SUPERLATIVES:
            return True
        if child.lower_ in JUDGING_SUPERLATIVES and any(a.lower_ == "most" for a in child.children):
            return True
    return False


def _with_whole_list(span: Span) -> Span:
    """The gloss with the rest of a list of aims that the parser hung elsewhere:
    "programs designed to protect consumers, expand the economy, ... and ease the
    financial strain on retirees" was cut after "consumers" (review 13)."""
    doc = span.doc
    end = span.end
    if not len(span) or end + 1 >= span.sent.end or doc[end].text != ",":
        return span
    follower = doc[end + 1]
    if follower.lower_ in ("and", "or") and end + 2 < span.sent.end:
        # "sites that are well-organized, ..., designed with the consumer in mind, and
        # rigorously tested", "an act committed in violation of a law prohibiting it, or
        # omitted in violation of a law ordering it": the last of a list of participles,
        # hung on the main verb
        last_item = next((t for t in doc[end + 2 : span.sent.end] if t.pos_ != "ADV"), None)
        if (
            last_item is not None and last_item.tag_ in ("VBN", "VBD") and last_item.dep_ == "conj"
            and not span.start <= last_item.head.i < span.end
            and not any(c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in last_item.children)
            and any(t.tag_ == "VBN" and t.dep_ in ("acl", "acomp", "conj") for t in span)
        ):
            return trim_punct(doc[span.start : max(t.i for t in last_item.subtree) + 1])
        return span
    if follower.tag_ != "VB" or follower.dep_ != "conj":
        return span
    if not any(t.tag_ == "VB" and t.dep_ in ("xcomp", "conj") for t in span):
        return span
    last = max(t.i for t in follower.subtree)
    return trim_punct(doc[span.start : last + 1])


def _with_trailing_purpose(span: Span) -> Span:
    """The gloss with the purpose clause that ends it when the parser hung that clause
    on the sentence's verb: "is defined as ... the use or creation of resources to
    implement innovative ideas for new ventures" was cut before "to implement" (round 15)."""
    doc = span.doc
    if not len(span) or span.root.pos_ not in ("NOUN", "PROPN") or span.end + 1 >= span.sent.end:
        return span
    to, verb = doc[span.end], doc[span.end + 1]
    if to.tag_ != "TO" or verb.tag_ != "VB" or verb.dep_ not in ("advcl", "xcomp") or span.start <= verb.head.i < span.end:
        return span
    if verb.head.i >= span.start:
        return span  # a clause on a verb after the gloss is the sentence's own
    last = max(t.i for t in verb.subtree)
    return trim_punct(doc[span.start : last + 1])


def _without_unbound_modifier(span: Span) -> Span:
    """The gloss without a trailing modifier whose "their" points outside it, when what
    is left still says what the term is: "a small set of dedicated and merciless
    revolutionary activists working on their behalf to seize the state" -> "a small set
    of dedicated and merciless revolutionary activists" (review round 9)."""
    for token in span:
        if token.lower_ != "their" or _their_bound(token, span):
            continue
        # a participle only: a relative clause ("ideas ... that inform their action") is often the defining part
        modifiers = [a for a in token.ancestors if a.dep_ == "acl" and a.tag_ == "VBG" and span.start <= a.head.i < span.end]
        modifier = modifiers[-1] if modifiers else None  # the outermost: "activists working on their behalf"
        if modifier is not None and modifier.left_edge.i - span.start >= MIN_KEPT_GLOSS:
            return trim_punct(span.doc[span.start : modifier.left_edge.i])
        return span
    return span


def _their_bound(their: Token, span: Span) -> bool:
    """True when "their" in a gloss points at something the gloss names before it: a
    person-word or body anywhere before ("groups that have been denied their rights"),
    or a plural noun in its own clause ("goods and fuel pass on their way"). Not a
    plural across a relative pronoun ("ideas ... that informs their action"), and
    never "on their behalf", which is someone else's."""
    following = their.nbor() if their.i + 1 < len(their.doc) else None
    if following is not None and following.lower_ == "behalf":
        return False
    before = span.doc[span.start : their.i]
    if any(t.lower_ in THEIR_OWNERS or t.lower_ == "who" for t in before):
        return True  # "one who seeks to maximize their own well-being": singular they
    for t in reversed(before):
        if t.tag_ in ("WDT", "WP", "WP$") or t.lower_ == "that" and t.dep_ == "nsubj":
            return False
        if t.tag_ in ("NNS", "NNPS"):
            return True
    return False


def _term_text(span: Span) -> str:
    owned = len(span) > 1 and span[1].tag_ == "POS"  # "Einstein’s theory ...": a name, wherever it stands
    if span[0].is_sent_start and not owned and not any(t.ent_type_ for t in span) and not any(c.isupper() for c in span[0].text[1:]):
        # ("PRRs", "mRNA": a capital inside the word is its own, not the sentence's)
        # "Deterrence, the ..." / "Social justice is ...": capitalised only because it starts the sentence
        words = [t.lower_ + t.whitespace_ for t in span]
        return "".join(words).strip()
    if all(t.pos_ == "PROPN" for t in span) or span.text.isupper():
        return span.text
    # "PRRs", "mRNA", "T": a capital past a word's first letter, or a lone capital, is the word's own
    words = [(t.text if t.pos_ == "PROPN" or t.text.isupper() or _own_capitals(t.text) or (t.text[:1].isupper() and not t.is_sent_start) else t.lower_)
             + t.whitespace_ for t in span]
    return "".join(words).strip()


def _own_capitals(word: str) -> bool:
    """True for a word whose case is its own wherever it stands: an acronym with a
    lowercase plural or letter ("PRRs", "mRNA", "iPSCs").

    >>> _own_capitals("PRRs"), _own_capitals("mRNA"), _own_capitals("Deterrence")
    (True, True, False)
    """
    return any(c.isupper() for c in word[1:])


_ASIDE = re.compile(r"\s*\(([^()]*)\)")


def _without_self_naming(text: str, term: str) -> str:
    """The gloss without a bracketed aside that names the term itself: "“utility”
    (hence the name utilitarianism), or ..." would give the answer away.

    >>> _without_self_naming("“utility” (hence the name utilitarianism), or happiness", "utilitarianism")
    '“utility”, or happiness'
    """
    head = term.lower().split()[-1] if term.split() else ""
    return _ASIDE.sub(lambda m: "" if head and head in m.group(1).lower() else m.group(0), text)


_READERS_OWN = re.compile(r"\b(?:our|your)\b", re.IGNORECASE)


def _impersonal(text: str) -> str:
    """The gloss with the reader's "our"/"your" made anyone's, as a card must say it:
    "our tendency to rely on initial values" -> "the tendency to rely on initial
    values", "information that confirms your prior beliefs" -> "... one's prior beliefs".

    >>> _impersonal("our tendency to search for information that confirms your prior beliefs")
    "the tendency to search for information that confirms one's prior beliefs"
    """
    text = re.sub(r"^(?:our|your)\b", "the", text, flags=re.IGNORECASE)
    return _READERS_OWN.sub("one’s" if "’" in text else "one's", text)


def _held_in_container(term: Span) -> bool:
    """True for the plain noun of "a set of beliefs": the aggregate around it is what
    the sentence is about, and the noun has near-synonyms (ideas, values). Not of
    "a new form of serfdom", where the noun names the kind."""
    preposition = term.root.head
    if term.root.dep_ != "pobj" or preposition.lower_ != "of" or len(term) > 1:
        return False
    return preposition.head.lemma_.lower() in AGGREGATE_NOUNS


def _fact(
    context: SentenceContext, origin: Origin, rule: str, term: Span, definition: Span,
    *, adjective: bool = False, genus: str = "", view_of: str = "", marked: bool = False,
) -> Fact | None:
    """``genus`` stands in for a pronoun that opened the definition ("one who ..." -> "a person who ...");
    ``marked``: the term is the book's bold words, refused but never grown by :func:`whole_term`."""
    if is_example(context.sent):
        return None
    if not adjective:
        mended = whole_term(term)
        if mended is None:
            return None
        term = term if marked else mended
    # "a resource that a) benefits everyone, because ... and b) is not used up ...": a
    # lettered list is the definition's parts, kept whole; cut at "because", it loses b)
    lettered = False
    example = _example_inside(definition) if len(definition) else None
    if example is not None:
        # "social norms such as marriage that have been shaped by ...": the example is left
        # out below, and the stops apply to what follows it
        tail = cut_at_stops(definition.doc[example.stop : definition.end])
        if len(tail):
            definition = definition.doc[definition.start : tail.end]
    elif len(definition):
        cut = cut_at_stops(definition)
        lettered = len(LIST_MARKER.findall(definition.text)) > len(LIST_MARKER.findall(cut.text)) >= 1
        definition = definition if lettered else cut
    definition = _without_next_clause(definition)
    while len(definition) and definition[-1].pos_ in ("CCONJ", "ADP", "DET", "SCONJ", "PUNCT") and not (
        definition[-1].tag_ in ("WRB", "WP")
        and (definition[-1].i + 1 == context.sent.end - 1 or definition.doc[definition[-1].i + 1].text in _DASHES)
    ) and not _stranded(definition[-1], definition):  # but "who gets what, when, and how" ends on its own question words
        definition = definition[:-1]  # "... to choose their leaders or": cut before the end of a list
    definition = _without_unbound_modifier(_with_trailing_purpose(_with_whole_list(definition)))
    opener_ok = bool(genus) or (len(definition) > 1 and definition[0].lower_ == "that" and definition[1].lower_ == "which")
    if not (_good_term(term, adjective=adjective) and _good_definition(definition, term, opener_ok=opener_ok)):
        return None
    if set(range(term.start, term.end)) & set(range(definition.start, definition.end)):
        return None
    if _held_in_container(term):
        return None  # "a set of beliefs—a systematic set of concepts—": "beliefs" is no term here
    if _only_translates(definition) or _names_another_kind(definition):
        return None
    term_text = _term_text(term)
    aside = _bracketed_example(definition)
    if aside and not _verbless_clause(definition.doc[definition.start : aside.start]):
        aside = range(0)
    text = _unbind(definition, skip=set(example or ()) | set(aside))
    text = _without_dangling_pointer(text)
    if not text:
        return None
    text = text if lettered else LIST_MARKER.sub("", text).strip()
    text = _without_self_naming(text, term_text)
    text = _impersonal(text)
    if len(definition) and definition[0].is_sent_start and definition[0].pos_ != "PROPN" and not definition[0].text.isupper():
        text = text[:1].lower() + text[1:]  # "When authority is used ..., it is said to be legitimate"
    attrs = {
        "according_to": view_of or _called_by(term) or _reported_by(term) or according_to(context.sent) or context.reporter,
        "within": _field_framing(context.sent),
    }
    if genus:
        text = f"{'an' if genus[0] in 'aeiou' else 'a'} {genus} {text}"
    return make_fact(
        context, origin, kind="definition", rule=rule, answer=term, label="TERM",
        identity=(term_text.lower(),), term=term_text, definition=text, attrs=attrs,
    )


def _only_translates(gloss: Span) -> bool:
    """True for a gloss that only says what the term's word means or where it comes
    from: a quotation ("which means “to put together while losing water”", "(“joined
    by bone”)") or the word's roots ("a word coined from the Greek words xeros for dry
    and graphos for writing"). Such a gloss is no definition of the thing (fresh
    reviews: dehydration synthesis, synostosis, xerography)."""
    if ETYMOLOGY.search(gloss.text):
        return True
    root = gloss.root
    if root.lower_ == "word" and not any(c.dep_ in ("acl", "relcl") and c.lemma_.lower() in WORD_USES for c in root.children):
        return True  # "a hard word to translate": about the word; not "a word used to describe systems that ..."
    doc = gloss.doc
    words = [t for t in gloss if t.text not in (".", ",", ";", "(", ")")]
    if len(words) >= 2 and words[0].text in _OPENING_QUOTES and words[-1].text in _CLOSING_QUOTES:
        inner = words[1:-1]  # the quotation marks cut with the gloss: "(“joined by bone”)"
    else:
        opening = doc[gloss.start - 1] if gloss.start > gloss.sent.start else None
        closing = next((t for t in doc[gloss.end : min(gloss.end + 2, gloss.sent.end)] if t.text not in (".", ",", ";", ")")), None)
        if opening is None or closing is None or opening.text not in _OPENING_QUOTES or closing.text not in _CLOSING_QUOTES:
            return False
        inner = words
    if len(inner) >= QUOTED_DEFINITION_WORDS and inner[0].lower_ in ("a", "an", "the"):
        return False  # "is “an act committed in violation of a law ...”": a definition quoted whole
    return not any(t.text in _OPENING_QUOTES or t.text in _CLOSING_QUOTES for t in inner)


#: A quoted gloss this long that opens on an article names a kind: a definition the
#: book quotes ("the body of law having to do with the private rights of individuals"),
#: not what the word translates to ("joined by bone").
QUOTED_DEFINITION_WORDS = 6

_OPENING_QUOTES = frozenset({"“", '"', "‘"})
_CLOSING_QUOTES = frozenset({"”", '"', "’"})


def _names_another_kind(gloss: Span) -> bool:
    """True for a gloss that names the kind its subject belongs to: "Private schooling
    is a type of good called a toll good" defines a toll good, of which private
    schooling is one example; asked the other way round, the card is wrong."""
    root = gloss.root
    holders = {root.i}
    if root.lemma_.lower() in TERM_CONTAINERS | GENERIC_NOUNS:
        # "a type of good called ...": the kind named is the "of" noun's; not so in
        # "long strings of genetic material known as DNA", which says what the strings are
        for preposition in root.rights:
            if preposition.lower_ == "of":
                holders |= {c.i for c in preposition.children if c.dep_ == "pobj"}
    for token in gloss:
        if token.dep_ in ("acl", "relcl") and token.head.i in holders and token.lemma_.lower() in NAMING_VERBS and token.tag_ in ("VBN", "VBD"):
            if token.lemma_.lower() in ("know", "refer") and not any(c.lower_ == "as" for c in token.children):
                continue
            if any(c.lower_ in FORMER_NAME_ADVERBS for c in token.children):
                continue  # "clusters of cells formerly known as the islets of Langerhans": the term's own old name
            return True
    return False


def _without_dangling_pointer(text: str) -> str:
    """The gloss without what is left of a pointer to a figure the text no longer shows
    (", like that shown in," -> ""); "" when the pointer cannot be cut out cleanly.

    >>> _without_dangling_pointer("the most mature follicle, like that shown in, ruptures")
    'the most mature follicle ruptures'
    """
    match = DANGLING_POINTER.search(text)
    if match is None:
        return text
    rest = text[match.end() :]
    if match.group(0).lstrip().startswith(",") and rest.startswith(","):
        cut = text[: match.start()] + rest[1:]
        return "" if DANGLING_POINTER.search(cut) else re.sub(r"\s{2,}", " ", cut).strip()
    return ""


def definition_from_spans(
    context: SentenceContext, origin: Origin, rule: str, term: Span, definition: Span, *, marked: bool = False
) -> Fact | None:
    """A definition fact for a term and gloss found by other means (the defining
    forms of :mod:`quizgen.facts.detect`), through the same checks, cuts and
    attribution as the engine's own rules; None when they reject it.

    ``marked``: the term is the words the book set in bold, kept as they are (not
    grown to the noun phrase around them: "high **lipid-solubility**, or the ability
    to ..." defines "lipid-solubility")."""
    return _fact(context, origin, rule, term, definition, marked=marked)


def is_example(sent: Span) -> bool:
    """True for a sentence that opens as an example ("For example, ...", "Imagine ...")
    or says it is one in passing ("In Australia, for example, the party ...")."""
    words = [t.lower_ for t in sent]
    if any(tuple(words[: len(opener)]) == opener for opener in EXAMPLE_OPENERS):
        return True
    return any(
        words[i] == "," and tuple(words[i + 1 : i + 3]) in (("for", "example"), ("for", "instance"))
        and i + 3 < len(words) and words[i + 3] == ","
        for i in range(len(words) - 3)
    )


def according_to(sent: Span) -> str:
    """Whose view a sentence gives: "according to Hayek" -> "Hayek"; "" when it says none."""
    for token in sent:
        if token.lower_ == "according" and token.i + 2 < sent.end and token.nbor().lower_ == "to":
            entity = next((e for e in sent.ents if e.start == token.i + 2 and e.label_ in ("PERSON", "ORG", "NORP")), None)
            if entity is not None:
                return entity.text
    return ""


# --- Handlers: the cuts that need code, one per rule id --------------------------


@dataclass(frozen=True, slots=True)
class Cut:
    """A handler's term and gloss, before the shared checks.

    ``adjective``: the term is an adjective ("lawful"); ``genus`` stands in for a
    pronoun that opened the gloss ("one who ..." -> "a person who ..."); ``view_of``:
    whose term it is ("what Rousseau calls ..."); ``addition`` is appended to the gloss
    and ``article`` put before it. An unchecked rule's cut is taken as it is: its
    ``answer`` (the term by default) is what a question asks for, ``attrs`` its extras.
    """

    term: Span
    definition: Span
    adjective: bool = False
    genus: str = ""
    view_of: str = ""
    addition: str = ""
    article: str = ""
    answer: Span | None = None
    attrs: tuple[tuple[str, str], ...] = ()


Handler = Callable[[SentenceContext, Origin, RuleMatch], "Cut | None"]

#: The handlers, by rule id; :func:`quizgen.facts.engine.validate` checks them at import.
HANDLERS: dict[str, Handler] = {}


def handles(*rule_ids: str) -> Callable[[Handler], Handler]:
    """Register the decorated function as the handler of these rules."""

    def register(handler: Handler) -> Handler:
        for rule_id in rule_ids:
            if rule_id in HANDLERS:
                raise AnalysisError(f"{rule_id}: two handlers")
            HANDLERS[rule_id] = handler
        return handler

    return register


def _node(match: RuleMatch, doc: Doc, name: str) -> Token:
    return doc[match.nodes[name]]


@handles("definition.copular")
def _copular(context: SentenceContext, origin: Origin, match: RuleMatch) -> Cut | None:
    sent = context.sent
    doc = sent.doc
    cue, term_token, definition_token = (_node(match, doc, n) for n in ("cue", "term", "definition"))
    if cue.tag_ not in ("VBZ", "VBP") or any(c.dep_ == "neg" or c.lower_ in HEDGES for c in cue.children):
        return None  # "X is arguably now a ...", "X are perhaps the most ...": a judgement, not a definition
    if definition_token.lemma_ in VAGUE_GENUS or term_token.ent_type_ in ("PERSON", "GPE"):
        return None
    if not any(c.dep_ in ("prep", "relcl", "acl", "amod", "compound", "conj") for c in definition_token.children):
        return None
    determiner = next((c for c in term_token.children if c.dep_ in ("det", "poss")), None)
    attr_det = next((c for c in definition_token.children if c.dep_ == "det"), None)
    if attr_det is None and definition_token.tag_ != "NNS":
        return None
    if determiner is not None and determiner.lower_ not in ("a", "an") and term_token.pos_ != "PROPN" and not (
        attr_det is None or attr_det.lower_ in ("a", "an")
    ):
        return None  # "The highest form of power is the ...": a description, not a definition
    term = term_span(term_token)
    # The term must be the whole subject, not part of a longer description.
    subject = [t for t in term_token.subtree if not _bracketed(t)]
    if len(subject) > len(term) + 1:
        return None
    return Cut(term, trim_punct(doc[definition_token.left_edge.i : sent.end]))


@handles("definition.achieved_when")
def _achieved_when(context: SentenceContext, origin: Origin, match: RuleMatch) -> Cut | None:
    doc = context.sent.doc
    cue = _node(match, doc, "cue")
    if cue.dep_ == "ccomp" and cue.head.lemma_ != "be":
        return None  # "libertarians claim that X is achieved when ...": a view, not the book's definition
    return Cut(term_span(_node(match, doc, "term")), phrase_span(_node(match, doc, "definition")))


@handles("definition.goal_of")
def _goal_of(context: SentenceContext, origin: Origin, match: RuleMatch) -> Cut | None:
    sent = context.sent
    doc = sent.doc
    term = term_span(_node(match, doc, "term"))
    if not _names_a_doctrine(term, origin):
        return None  # "the goal of the meeting": not a term
    return Cut(term, trim_punct(doc[_node(match, doc, "definition").left_edge.i : sent.end]))


@handles("definition.said_to_be")
def _said_to_be(context: SentenceContext, origin: Origin, match: RuleMatch) -> Cut | None:
    doc = context.sent.doc
    term_token = _node(match, doc, "term")
    definition = phrase_span(_node(match, doc, "definition"))
    if term_token.pos_ == "ADJ":
        return Cut(doc[term_token.i : term_token.i + 1], definition, adjective=True)
    return Cut(term_span(term_token), definition)


@handles("definition.definition_of")
def _definition_of(context: SentenceContext, origin: Origin, match: RuleMatch) -> Cut | None:
    doc = context.sent.doc
    term = term_span(_node(match, doc, "term"))
    definition_token = _node(match, doc, "definition")
    if definition_token.dep_ == "ccomp":
        # "... is that it is a form of government in which ...": the inner predicate
        pronoun = next((c for c in definition_token.children if c.dep_ == "nsubj"), None)
        attr = next((c for c in definition_token.children if c.dep_ == "attr"), None)
        if definition_token.lemma_ != "be" or pronoun is None or pronoun.lower_ not in ("it", "they") or attr is None:
            return None
        definition_token = attr
    return Cut(term, trim_punct(doc[definition_token.left_edge.i : max(t.i for t in definition_token.subtree) + 1]))


@handles("definition.includes_all")
def _includes_all(context: SentenceContext, origin: Origin, match: RuleMatch) -> Cut | None:
    doc = context.sent.doc
    term_token = _node(match, doc, "term")
    if any(c.dep_ in ("det", "poss") for c in term_token.children):
        return None  # "the policy includes all ...": a description of one thing
    definition = phrase_span(_node(match, doc, "definition"))
    if definition and definition[0].lower_ in ("all", "every", "any"):
        definition = definition[1:]  # "all the decisions governments make" -> "the decisions ..."
    return Cut(term_span(term_token), definition)


@handles("definition.when_they_are")
def _when_they_are(context: SentenceContext, origin: Origin, match: RuleMatch) -> Cut | None:
    doc = context.sent.doc
    term_token = _node(match, doc, "term")
    if any(c.dep_ in ("dobj", "attr", "prep", "xcomp", "ccomp") for c in term_token.children):
        return None  # "they are building roads": an activity, not a named one
    return Cut(doc[term_token.i : term_token.i + 1], phrase_span(_node(match, doc, "definition")))


@handles("definition.one_who")
def _one_who(context: SentenceContext, origin: Origin, match: RuleMatch) -> Cut | None:
    doc = context.sent.doc
    term_token = _node(match, doc, "term")
    adjectives = [c for c in term_token.children if c.dep_ == "amod" and c.pos_ == "ADJ" and c.i == term_token.i - 1]
    if not adjectives or term_token.lemma_.lower() not in GENERIC_NOUNS | {"actor", "voter", "citizen", "agent", "state", "leader"}:
        return None
    relative = _node(match, doc, "relative")
    definition = trim_punct(doc[relative.left_edge.i : max(t.i for t in relative.subtree) + 1])
    if not definition or definition[0].lower_ not in ("who", "that", "which"):
        return None
    return Cut(doc[term_token.i - 1 : term_token.i + 1], definition, genus=term_token.lower_)


@handles("definition.predicate")
def _predicate(context: SentenceContext, origin: Origin, match: RuleMatch) -> Cut | None:
    sent = context.sent
    doc = sent.doc
    term_token, cue = _node(match, doc, "term"), _node(match, doc, "cue")
    term = term_span(term_token)
    if not _names_a_doctrine(term, origin) or any(
        c.dep_ == "poss" or (c.dep_ == "det" and not _the_named_method(c, term)) for c in term_token.children
    ):
        return None
    if cue.tag_ == "VBD" and not term.root.lower_.endswith("ism"):
        return None  # "Maoism held that ...": a doctrine of the past; a field in the past tense is a story
    if term.root.lower_.endswith("ism") and cue.lemma_ not in DOCTRINE_VERBS:
        return None  # "democratic liberalism focuses on elections": one feature, not what it is
    return Cut(term, trim_punct(doc[cue.i : sent.end]))


def _after_also(cue: Token) -> bool:
    """True for "..., also known as": :func:`_also_known_as` reads that form."""
    doc = cue.doc
    return cue.i >= 2 and doc[cue.i - 1].lower_ == "also" and doc[cue.i - 2].text == ","


@handles("definition.known_as_modifier")
def _known_as_modifier(context: SentenceContext, origin: Origin, match: RuleMatch) -> Cut | None:
    doc = context.sent.doc
    cue = _node(match, doc, "cue")
    if _after_also(cue):
        return None
    definition_token = _node(match, doc, "definition")
    return Cut(term_span(_node(match, doc, "term")), trim_punct(doc[definition_token.left_edge.i : cue.i]))


@handles("definition.form_named")
def _form_named(context: SentenceContext, origin: Origin, match: RuleMatch) -> Cut | None:
    # "a special form of collective dilemmas that exists when ...": the term is set
    # off by dashes inside its own genus, and the when-clause says what sets it apart
    sent = context.sent
    doc = sent.doc
    kind, genus_token, cue = _node(match, doc, "kind"), _node(match, doc, "genus"), _node(match, doc, "cue")
    term_token, definition_token = _node(match, doc, "term"), _node(match, doc, "definition")
    opener = next((c for c in definition_token.children if c.dep_ == "advmod" and c.lower_ in ("when", "whenever")), None)
    dashes = [t for t in doc[genus_token.i : term_token.i] if t.text in _DASHES]
    if opener is None or not dashes or kind.left_edge.i != sent.start:
        return None
    words = [t.text_with_ws for t in doc[kind.left_edge.i : genus_token.i + 1] if t.dep_ != "det" or t.head != kind]
    genus = f"{''.join(words).strip()} that {cue.text}"
    return Cut(term_span(term_token), trim_punct(doc[opener.i : sent.end]), genus=genus)


@handles("definition.defined_as")
def _defined_as(context: SentenceContext, origin: Origin, match: RuleMatch) -> Cut | None:
    doc = context.sent.doc
    term_token, definition_token = _node(match, doc, "term"), _node(match, doc, "definition")
    if definition_token.lower_ == "one" and any(c.dep_ == "relcl" for c in definition_token.children):
        # "The rational person is defined as one who seeks ...": "a person who seeks ..."
        adjective = [c for c in term_token.children if c.dep_ == "amod" and c.i == term_token.i - 1]
        relative = next(c for c in definition_token.children if c.dep_ == "relcl")
        if not adjective or term_token.lemma_.lower() not in GENERIC_NOUNS:
            return None
        definition = trim_punct(doc[relative.left_edge.i : max(t.i for t in relative.subtree) + 1])
        return Cut(doc[term_token.i - 1 : term_token.i + 1], definition, genus=term_token.lower_)
    return Cut(term_span(term_token), phrase_span(definition_token))


@handles("definition.what_called")
def _what_called(context: SentenceContext, origin: Origin, match: RuleMatch) -> Cut | None:
    sent = context.sent
    doc = sent.doc
    wh, cue = _node(match, doc, "wh"), _node(match, doc, "cue")
    term = term_span(_node(match, doc, "term"))
    view_of = addition = ""
    namer = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    if namer is not None and namer.ent_type_ in ("PERSON", "NORP"):
        view_of = namer.text  # "what Rousseau calls a civil religion": his term
    elif namer is not None and namer.pos_ == "PRON" and namer.lower_ not in ("we", "one", "you"):
        view_of = _namer_of(namer)  # "The New Right sees what it calls cultural Marxism"
        if not view_of:
            return None  # whose label, only the text before says
    term_end = term.end
    if term_end + 2 < sent.end and doc[term_end].text == "," and doc[term_end + 1].lower_ == "or" and (
        wh.lower_ == "what"
        and not any(t.lemma_ in ("call", "name", "term") for t in doc[term_end + 2 : _gloss_end(sent, term_end + 2)])
    ):
        # "what Gramsci called hegemony, or domination by means of culture"
        definition = cut_at_stops(trim_punct(doc[term_end + 2 : _gloss_end(sent, term_end + 2)]))
    elif term_end + 2 < sent.end and doc[term_end].text == "," and doc[term_end + 1].lower_ in ("a", "an"):
        # "what Marxists call the dictatorship of the proletariat, a temporary period when ..."
        definition = cut_at_stops(trim_punct(doc[term_end + 1 : _gloss_end(sent, term_end + 1)]))
    else:
        antecedent = _antecedent_phrase(wh)
        if antecedent is None:
            return None
        if wh.lower_ == "which" and (
            len(antecedent) > 10 or any(t.lower_ in ("such", "he", "she", "it", "they") for t in doc[antecedent.start : wh.i])
            or any(t.pos_ == "PRON" and t.dep_ == "nsubj" for t in wh.head.children)
        ):
            return None  # "..., which he called a monarchy": whose and which phrase is unclear
        definition = antecedent
        addition = _clause_after_dash(sent, wh, term)
    return Cut(term, definition, view_of=view_of, addition=addition)


@handles("definition.involves")
def _involves(context: SentenceContext, origin: Origin, match: RuleMatch) -> Cut | None:
    # the genus and all that defines it, to the end: the parser often hangs the
    # clause's infinitive ("to live their lives ...") on the main verb
    sent = context.sent
    doc = sent.doc
    term_token, definition_token = _node(match, doc, "term"), _node(match, doc, "definition")
    if any(c.dep_ in ("det", "poss") for c in term_token.children) or not any(
        c.dep_ == "det" and c.lower_ == "the" for c in definition_token.children
    ):
        return None  # a bare plural names a kind ("Civil liberties involve the freedoms ..."); "The reforms involve ..." is a story
    return Cut(term_span(term_token), trim_punct(doc[definition_token.left_edge.i : sent.end]))


@handles("definition.appositive")
def _appositive(context: SentenceContext, origin: Origin, match: RuleMatch) -> Cut | None:
    doc = context.sent.doc
    term_token, definition_token = _node(match, doc, "term"), _node(match, doc, "definition")
    if term_token.ent_type_ and term_token.ent_type_ != "ORG":
        return None
    if not any(c.dep_ in ("prep", "relcl", "acl") for c in definition_token.children):
        return None
    if definition_token.lemma_ in VAGUE_GENUS or term_token.dep_ == "conj" or any(
        c.dep_ == "conj" for c in (*term_token.children, *definition_token.children)
    ):  # "A game is a set of rules, a set of choices, and a set of decisions": a list
        return None
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an", "the", "another") for c in definition_token.children):
        return None
    if term_token.pos_ == "PROPN" and definition_token.lemma_.lower() in WORK_NOUNS:
        return None  # "OpenStax Biology, a text ...": a particular work, not a concept
    term = term_span(of_head(term_token))
    definition = phrase_span(definition_token)
    between = doc[term.end : definition.start] if term.end <= definition.start else None
    if between is None or not all(t.is_punct for t in between):
        return None  # a gloss set off next to the term, not one the parser hung on it from afar
    if (
        definition[0].lower_ == "the" and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in term_token.children)
        and term_token.lower_ in GENERIC_GLOSS_HEADS
    ):
        return None  # "a specialized structure, the axon hillock that ...": the gloss names the thing, the term is its kind
    if definition[0].lower_ == "another":
        # "civil rights, another form of human rights that ...": another than the one before
        return Cut(term, definition[1:], article="a")
    return Cut(term, definition)


def _reported_by(term: Span) -> str:
    """Whose view holds the definition when it sits in what someone argues: "Rousseau
    argues that the laws ... would secure the general will—that is, ..." -> "Rousseau"."""
    token = term.root
    while token.head != token:
        if token.dep_ == "ccomp" and token.head.lemma_.lower() in REPORTING_VERBS:
            subject = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
            if subject is not None and (subject.ent_type_ in ("PERSON", "NORP") or subject.pos_ == "PROPN"):
                return " ".join(t.text for t in subject.subtree if t.dep_ not in ("relcl", "appos", "punct"))
            return ""
        token = token.head
    return ""


def _field_framing(sent: Span) -> str:
    """ "In political science an irrational person is one who ...": the field a
    definition holds in, as the sentence frames it ("In political science"), or ""."""
    for child in sent.root.children:
        if child.dep_ == "prep" and child.lower_ == "in" and child.i < sent.root.i:
            noun = next((c for c in child.children if c.dep_ == "pobj"), None)
            if noun is None or noun.i - child.i > 3:
                continue
            named = any(c.dep_ in ("amod", "compound") for c in noun.children)  # not "In theory, ..."
            if (named and noun.lower_ in FIELD_HEADS) or noun.lower_ in FIELD_NAMES:
                return "In " + sent.doc[child.i + 1 : noun.i + 1].text
    return ""


def _called_by(term: Span) -> str:
    """Whose label the term is when the sentence gives it as "what X calls TERM"
    ("The New Right sees what it calls cultural Marxism—that is, ..."), else ""."""
    verb = term.root.head
    if verb.lemma_ not in ("call", "term", "name", "label", "dub") or not any(c.lower_ == "what" for c in verb.children):
        return ""
    namer = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if namer is None or namer.lower_ in ("we", "one", "you"):
        return ""
    return _namer_of(namer) if namer.pos_ == "PRON" else namer.text


def _namer_of(pronoun: Token) -> str:
    """Who "he" or "it" is in "what he called laws of nature": the person named before
    it in the sentence, or the sentence's subject ("The New Right sees what it calls
    ..."); "" when the sentence does not say."""
    sent = pronoun.sent
    if pronoun.lower_ in ("he", "she"):
        people = [e for e in sent.ents if e.label_ == "PERSON" and e.end <= pronoun.i]
        if people:
            return people[-1].text
        named = [t for t in sent if t.i < pronoun.i and t.dep_ == "nsubj" and t.pos_ == "PROPN"]
        if named:
            return named[-1].text  # "Hobbes argued that humans can advance what he called ..."
    # The subject of the clause that holds "what it calls ...": "The New Right sees ..."
    holder = pronoun.head.head if pronoun.head.head != pronoun.head else sent.root
    subject = next((t for t in holder.children if t.dep_ == "nsubj" and t.i < pronoun.i), None)
    if subject is None or subject.pos_ not in ("PROPN", "NOUN") or not any(t.pos_ == "PROPN" for t in subject.subtree):
        return ""
    words = [t for t in subject.subtree if t.dep_ not in ("relcl", "appos") and t.i < pronoun.i]
    text = " ".join(t.text for t in words)
    return text[:1].lower() + text[1:] if words and words[0].lower_ == "the" else text


def _clause_after_dash(sent: Span, wh: Token, term: Span) -> str:
    """ "a common religious sentiment—what Rousseau calls a civil religion—that defines
    citizens as ...": the clause after the closing dash says what the genus before
    the opening one does; "" when there is none."""
    doc = sent.doc
    if wh.i == sent.start or doc[wh.i - 1].text not in _DASHES:
        return ""
    close = term.end
    if close + 1 >= sent.end or doc[close].text not in _DASHES or doc[close + 1].lower_ not in ("that", "which", "who"):
        return ""
    clause = cut_at_stops(trim_punct(doc[close + 1 : _gloss_end(sent, close + 1)]))
    return clause.text if len(clause) >= 3 else ""


def _the_named_method(determiner: Token, term: Span) -> bool:
    """ "The scientific method seeks to ...": "the" before a named method or approach
    belongs to its name; before a bare field ("The science studies ...") it points back."""
    return determiner.lower_ == "the" and len(term) > 1 and term.root.lower_ in ("method", "approach")


def _names_a_doctrine(term: Span, origin: Origin) -> bool:
    """True for an -ism, a field ("empirical political science") or the section's own heading."""
    head = term.root.lower_
    return (
        head.endswith("ism")
        or (len(term) > 1 and head in FIELD_HEADS)
        or term.text.lower() == origin.section.lower()
    )


def _example_inside(span: Span) -> range | None:
    """The token indices of "such as marriage" in "social norms such as marriage that
    have been shaped by ...": one example set between a noun and the relative clause
    that defines it, which a gloss can leave out; None when there is no such example."""
    words = [t.lower_ for t in span]
    for i in range(1, len(words) - 3):
        if words[i : i + 2] != ["such", "as"] or span[i - 1].pos_ != "NOUN":
            continue
        for j in range(i + 3, min(i + 6, len(words))):
            if span[j].lower_ in ("that", "which", "who") and span[j].tag_ in ("WDT", "WP"):
                if any(t.text in (",", ";", "and", "or") for t in span[i + 2 : j]):
                    return None  # "such as A, B and C that": a list, not one example
                return range(span.start + i, span.start + j)
        return None
    return None


def _unbind(span: Span, *, skip: range | set[int] = range(0)) -> str:
    """The span's text with a bound "that state" made "a state" (it stands alone), and
    a bare "the conflict" whose "a conflict" comes before the span made "a conflict"
    ("parties involved in a conflict ... the status quo—that is, the existing set of
    circumstances involved in the conflict")."""
    words = []
    for token in span:
        if token.i in skip:
            continue
        text = token.text
        antecedent = bound_demonstrative(token) if token.dep_ == "det" and token.lower_ in ("this", "that") else None
        if antecedent is None and token.dep_ == "det" and token.lower_ == "the":
            antecedent = _indefinite_before(token, span.start)
        if antecedent is not None and antecedent.i < span.start:
            text = "an" if token.head.text[:1].lower() in "aeiou" else "a"
        words.append(text + token.whitespace_)
    return "".join(words).strip()


def _indefinite_before(determiner: Token, start: int) -> Token | None:
    """The "a conflict" that a bare "the conflict" at ``determiner`` points back to,
    when it stands in the sentence before ``start``; None for a "the" whose noun has
    modifiers or a complement of its own ("the state of nature")."""
    noun = determiner.head
    if noun.pos_ != "NOUN" or any(c.dep_ not in ("det", "punct") for c in noun.children):
        return None
    for token in determiner.sent:
        if token.i >= start:
            return None
        if token.lemma_ == noun.lemma_ and token.pos_ == "NOUN" and token.i > token.sent.start:
            # read off the words, not the parse: "in a conflict engage in" is parsed as a noun compound
            if token.nbor(-1).lower_ in ("a", "an"):
                return token
    return None


def _quoted(token: Token) -> bool:
    """True inside a quotation that opened in the same sentence."""
    opened = False
    for t in token.sent:
        if t.i >= token.i:
            return opened
        if t.text in ("“", "\u201d") or t.text == '"':
            opened = t.text != "\u201d" and not (t.text == '"' and opened)
    return False


def _bracketed(token: Token) -> bool:
    depth = 0
    for t in token.sent:
        if t.i == token.i:
            return depth > 0 or t.text in "()"
        if t.text == "(":
            depth += 1
        elif t.text == ")":
            depth = max(0, depth - 1)
    return False


def _antecedent_phrase(wh: Token) -> Span | None:
    """For "the absence of any authority—what Hobbes called ...": the phrase before the dash."""
    doc = wh.doc
    index = wh.i - 1
    if index < wh.sent.start or not doc[index].is_punct:
        return None
    last = doc[index - 1] if index - 1 >= wh.sent.start else None
    if last is None or last.pos_ not in ("NOUN", "PROPN"):
        return None
    head = last
    while head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.pos_ == "NOUN":
        head = head.head.head
    start = head.left_edge.i
    if doc[start].lower_ in TERM_STOP_STARTS:
        return None
    return trim_punct(doc[start:index])


def _gloss_end(doc_span: Span, start: int) -> int:
    """Where a gloss starting at ``start`` ends: a closing dash, a semicolon or the sentence end."""
    for t in doc_span.doc[start : doc_span.end]:
        if t.text in _DASHES or t.text == ";":
            return t.i
    return doc_span.end


@handles("definition.known_as", "definition.called")
def _named_subject(context: SentenceContext, origin: Origin, match: RuleMatch) -> Cut | None:
    """ "Y is known as X", "Y is called X": the gloss is the whole subject Y, where the
    parser hangs part of it elsewhere: back over a head it lost ("The process by which
    capital ages ..." read as "capital ages ..."), on to the verb ("The amount that a
    seller is paid for a good minus the seller’s actual cost is called ...")."""
    sent = context.sent
    doc = sent.doc
    cue, definition_token = _node(match, doc, "cue"), _node(match, doc, "definition")
    gloss = phrase_span(definition_token)
    if not len(gloss):
        return None
    start, end = gloss.start, gloss.end
    lead = doc[sent.start : start]
    if start > sent.start and doc[start - 1].tag_ in ("WDT", "WP", "IN") and not any(t.is_punct for t in lead):
        start = sent.start  # the lost head and its "by which"
    verb_group = [c.i for c in cue.children if c.dep_ in ("aux", "auxpass") and c.i >= end] + [cue.i]
    stop = min(verb_group)
    if end < stop and not any(t.is_punct for t in doc[end:stop]):
        end = stop  # the rest of the subject, up to "is called"
    return Cut(term_span(_node(match, doc, "term")), trim_punct(doc[start:end]))


@handles("definition.acronym")
def _acronym_handler(context: SentenceContext, origin: Origin, match: RuleMatch) -> Cut | None:
    return _acronym(context, match.start)


@handles("definition.in_which")
def _in_which(context: SentenceContext, origin: Origin, match: RuleMatch) -> Cut | None:
    doc = context.sent.doc
    start = match.start
    verb = doc[start + 3]
    while verb.dep_ not in ("relcl", "advcl") and verb.head != verb and verb.i >= start:
        verb = verb.head
    if verb.dep_ not in ("relcl", "advcl") or verb.i < start or verb.left_edge.i != start + 2:
        return None
    last = max(t.i for t in verb.subtree)
    if doc[start].dep_ in ("dobj", "pobj") and doc[start].head.tag_ == "VBG":
        return None  # "a shortcut for making decisions, in which ...": the clause is about the shortcut
    return Cut(term_span(doc[start]), trim_punct(doc[start + 2 : last + 1]))


@handles("definition.when_clause")
def _when_clause(context: SentenceContext, origin: Origin, match: RuleMatch) -> Cut | None:
    sent = context.sent
    doc = sent.doc
    start, end = match.start, match.end
    if sent[0].lower_ not in ("when", "whenever") or end != sent.end or start == sent.start:
        return None
    if doc[start - 1].text not in (",", *_DASHES):
        return None
    # The when-clause, without an aside set off by dashes inside it
    clause_end = next((t.i for t in doc[sent.start : start - 1] if t.text in _DASHES), start - 1)
    return Cut(doc[start + 2 : start + 3], trim_punct(doc[sent.start : clause_end]))


@handles("definition.which_means")
def _which_means(context: SentenceContext, origin: Origin, match: RuleMatch) -> Cut | None:
    sent = context.sent
    doc = sent.doc
    start, end = match.start, match.end
    noun = doc[start]
    if noun.ent_type_ in ("PERSON", "GPE", "NORP", "DATE") or noun.dep_ == "conj" or any(c.dep_ == "conj" for c in noun.children):
        return None
    definition = cut_at_stops(trim_punct(doc[end : _gloss_end(sent, end)]))
    stop = next((t.i for t in definition if t.text == "," and t.i > definition.start), None)
    if stop is not None:
        definition = doc[definition.start : stop]  # the gloss, not what the sentence adds after it
    return Cut(term_span(of_head(noun)), definition)


@handles("definition.adjective_colon")
def _adjective_colon(context: SentenceContext, origin: Origin, match: RuleMatch) -> Cut | None:
    sent = context.sent
    doc = sent.doc
    adjective = doc[match.start + 1]
    definition = trim_punct(doc[match.end : _gloss_end(sent, match.end)])
    return Cut(doc[adjective.i : adjective.i + 1], definition, adjective=True)


@handles("definition.that_is")
def _that_is(context: SentenceContext, origin: Origin, match: RuleMatch) -> Cut | None:
    sent = context.sent
    doc = sent.doc
    start, end = match.start, match.end
    before = doc[start - 1] if start - 1 >= sent.start else None
    if before is None or not (before.pos_ in ("NOUN", "PROPN") or before.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass", "attr")):
        return None  # "the general will—that is, ...": "will" is tagged a verb but used as a noun
    term = term_span(of_head(before))
    definition = trim_punct(doc[end : _gloss_end(sent, end)])
    if definition and definition[0].tag_ == "VBG":
        return None  # "Mill's harm principle—that is, moving to broaden ...": an aim, not a gloss
    return Cut(term, definition)


@handles("definition.dash")
def _dash(context: SentenceContext, origin: Origin, match: RuleMatch) -> Cut | None:
    sent = context.sent
    doc = sent.doc
    start = match.start
    term = term_span(doc[start])
    close = _gloss_end(sent, start + 2)
    closed = close < sent.end and doc[close].text in _DASHES
    opener = doc[start + 2]
    if opener.lower_ == "that":
        # "facts—that which can be counted or measured"
        if start + 3 >= sent.end or doc[start + 3].lower_ != "which":
            return None
        return Cut(term, cut_at_stops(trim_punct(doc[start + 2 : close])))
    # A gloss is set off on both sides, or runs to the end as "a/an ..." or a bare plural.
    if not closed and not (opener.lower_ in ("a", "an") or opener.tag_ == "NNS"):
        return None
    if close - (start + 2) > (20 if closed else 30):
        return None
    definition = cut_at_stops(trim_punct(doc[start + 2 : close]))
    if not definition or definition[0].pos_ == "VERB" or definition.root.pos_ != "NOUN":
        return None
    if any(t.dep_ == "conj" and t.head == definition.root for t in definition):
        return None  # a list of examples, not a gloss
    return Cut(term, definition)


@handles("definition.also_known_as")
def _also_known_as(context: SentenceContext, origin: Origin, match: RuleMatch) -> Cut | None:
    """ "The light-independent reactions, also known as the Calvin cycle, ...": the term is
    the name after "as", its gloss the noun phrase before the comma (the whole of "the
    lower chamber of the parliament"), never the stray "also"."""
    sent = context.sent
    doc = sent.doc
    start, end = match.start, match.end
    if start == sent.start or end >= sent.end:
        return None
    name = next((c for c in doc[end - 1].children if c.dep_ == "pobj"), None)
    if name is None:
        return None
    noun = doc[start - 1]
    if noun.pos_ not in ("NOUN", "PROPN") or noun.ent_type_ in ("PERSON", "GPE", "NORP", "DATE"):
        return None
    head = of_head(noun)
    return Cut(term_span(name), trim_punct(doc[head.left_edge.i : start]))


@handles("definition.reversed_dash", "definition.reversed_comma")
def _reversed_gloss(context: SentenceContext, origin: Origin, match: RuleMatch) -> Cut | None:
    """ "The systematic study of the process of who gets what, when, and how—political
    science—investigates ...": a gloss that opens the sentence with an article and names
    its term between dashes (or, with a relative clause in the gloss, commas: "The
    essential freedoms and rights to which all humans are entitled, human rights, can
    be ...") just before the main verb."""
    sent = context.sent
    doc = sent.doc
    rule, start, end = match.rule.id, match.start, match.end
    opener = sent[0]
    if opener.lower_ not in ("the", "a", "an") or start - sent.start < MIN_OPENING_GLOSS:
        return None
    gloss = doc[sent.start : start]
    if any(t.text in _DASHES or t.text in (";", ":") for t in gloss):
        return None
    if rule == "definition.reversed_comma" and (
        any(t.text == "," for t in gloss) or not any(t.tag_ in ("WDT", "WP") for t in gloss)
    ):
        return None  # "The largest city in the region, the capital, ...": no defining clause
    term = doc[start + 1 : end - 2]
    verb = doc[end - 1]
    if not len(term) or term[-1].pos_ != "NOUN":
        return None
    if rule == "definition.reversed_comma" and verb != sent.root and verb.head != sent.root:
        return None  # the term stands right before the main verb ("can be divided"), as its subject
    return Cut(term, trim_punct(gloss))


@handles("definition.relative_gloss", "definition.or_gloss")
def _comma_gloss(context: SentenceContext, origin: Origin, match: RuleMatch) -> Cut | None:
    """ "X, an ideology that ...", "X, or the belief that ...": the gloss runs from the
    article to the end of the sentence (or a closing dash or semicolon) when the
    main verb comes before it, which is where a parser most often misplaces it."""
    sent = context.sent
    doc = sent.doc
    rule, start, end = match.rule.id, match.start, match.end
    article = end - 1
    genus = doc[article + 1] if article + 1 < sent.end else None
    while genus is not None and genus.pos_ in ("ADJ", "NOUN") and genus.i + 1 < sent.end and doc[genus.i + 1].pos_ == "NOUN":
        genus = doc[genus.i + 1]
    if genus is None or genus.pos_ != "NOUN" or genus.lemma_.lower() in VAGUE_GENUS:
        return None
    follower = doc[genus.i + 1] if genus.i + 1 < sent.end else None
    if follower is None or follower.lower_ not in GLOSS_CLAUSE_OPENERS:
        return None
    if rule == "definition.or_gloss" and genus.lemma_.lower() not in GLOSS_GENUS:
        return None
    if rule == "definition.relative_gloss" and (follower.lower_ not in ("that", "which", "who", "when", "where", "in") or genus.lemma_.lower() not in GLOSS_GENUS):
        return None
    if sent.root.i > start:
        return None  # the gloss sits before the main verb: the dependency rules read it
    if doc[article].lower_ == "the" and genus.lemma_.lower() not in DEFINITE_GLOSS_GENUS:
        return None  # "in some cases, the policies that ...": a second object, not a gloss
    noun = doc[start]
    if noun.lemma_.lower() in VAGUE_GENUS or noun.lemma_.lower() in GENERIC_NOUNS:
        return None
    listed = noun.dep_ == "conj" or (rule != "definition.or_gloss" and any(c.dep_ == "conj" for c in noun.children))
    if noun.ent_type_ in ("PERSON", "GPE", "NORP", "DATE", "LOC", "FAC", "EVENT", "WORK_OF_ART") or listed:
        return None  # "Hobbes, a philosopher who ..." is a person; "A, B, and C" a list
    term = term_span(of_head(noun))
    return Cut(term, trim_punct(doc[article : _gloss_end(sent, article)]))


@handles("definition.came_to_be_known")
def _known_as_clause(context: SentenceContext, origin: Origin, match: RuleMatch) -> Cut | None:
    """ "a form of ideology that came to be known as Maoism": the term after "as",
    the definition the noun the clause hangs on, up to where the clause begins. "...,
    also known as" is :func:`_also_known_as`'s."""
    doc = context.sent.doc
    start, end = match.start, match.end
    if _after_also(doc[start]):
        return None
    term_token = next((c for c in doc[end - 1].children if c.dep_ == "pobj"), None)
    if term_token is None:
        return None
    noun = doc[start]
    while noun.pos_ != "NOUN" and noun.head != noun and noun.dep_ in ("xcomp", "relcl", "acl", "ccomp", "auxpass", "conj") or noun.tag_ == "VBN" or noun.pos_ in ("VERB", "AUX"):
        if noun.head == noun:
            return None
        noun = noun.head
    if noun.pos_ != "NOUN" or noun.i > start:
        return None
    clause_start = min(t.i for t in noun.subtree if t.i > noun.i) if any(t.i > noun.i for t in noun.subtree) else noun.i + 1
    relative = next((t for t in noun.rights if t.dep_ in ("relcl", "acl")), None)
    if relative is not None:
        clause_start = relative.left_edge.i
    return Cut(term_span(term_token), trim_punct(doc[noun.left_edge.i : clause_start]))


def acronym_fits(words: list[str], acronym: str) -> bool:
    """True when ``acronym`` abbreviates ``words``: same first letter, and every
    word's initial found in order in it ("Eurasian Economic Union" -> "EAEU").

    >>> acronym_fits(["Eurasian", "Economic", "Union"], "EAEU")
    True
    """
    letters = [c for c in acronym.upper() if c.isalpha()]
    initials = [w[0].upper() for w in words if w and w.lower() not in _MINOR_WORDS]
    if len(initials) < 2 or not letters or initials[0] != letters[0] or len(letters) > len(initials) + 2:
        return False
    position = 0
    for initial in initials:
        try:
            position = letters.index(initial, position) + 1
        except ValueError:
            return False
    return True


def _acronym(context: SentenceContext, open_index: int) -> Cut | None:
    """ "Central Asian Cooperation Organization (CACO)": the acronym is the term, the
    capitalised words it abbreviates its expansion (and the answer)."""
    doc = context.sent.doc
    acronym = doc[open_index + 1]
    letters = [c for c in acronym.text if c.isupper()]
    # The capitalised words before the bracket, then the longest run of them that
    # the acronym abbreviates.
    run: list[Token] = []
    index = open_index - 1
    while index >= context.sent.start and len(run) < 2 * len(letters) + 2:
        token = doc[index]
        if not (token.is_alpha and (token.text[0].isupper() or token.lower_ in _MINOR_WORDS)):
            break
        run.insert(0, token)
        index -= 1
    words: list[Token] = []
    for start in range(len(run)):
        candidate = run[start:]
        while candidate and candidate[0].lower_ in _MINOR_WORDS:
            candidate = candidate[1:]
        if len(candidate) >= 2 and acronym_fits([w.text for w in candidate], acronym.text):
            words = candidate
            break
    if not words:
        return None
    expansion = doc[words[0].i : words[-1].i + 1]
    if any(t.ent_type_ == "PERSON" for t in expansion):
        return None  # "FDR" for Franklin Delano Roosevelt: a nickname, not a term
    term = doc[acronym.i : acronym.i + 1]
    attrs = (("acronym", acronym.text), ("expansion", expansion.text))
    return Cut(term, expansion, answer=expansion, attrs=attrs) if term.text else None


def _cut_of(context: SentenceContext, origin: Origin, match: RuleMatch) -> Cut | None:
    """The rule's handler's cut, or the one its fields declare."""
    rule = match.rule
    handler = HANDLERS.get(rule.id)
    if handler is not None:
        return handler(context, origin, match)
    doc = context.sent.doc
    term = term_span(doc[match.nodes["term"]])  # the one term cut, "phrase"
    definition_token = doc[match.nodes["definition"]]
    if rule.gloss == "to_end":
        return Cut(term, trim_punct(doc[definition_token.left_edge.i : context.sent.end]))
    return Cut(term, with_stray_tail(phrase_span(definition_token)))


def with_stray_tail(gloss: Span) -> Span:
    """The gloss with the prepositional phrase right after it that the parser hung on
    the verb instead, up to the next punctuation: "refers to the movement of capital
    from one nation to another" keeps "from one nation to another"."""
    doc, sent = gloss.doc, gloss.sent
    end = gloss.end
    if not len(gloss) or end >= sent.end or doc[end].pos_ != "ADP" or doc[end].lower_ == "as" or gloss.start <= doc[end].head.i < end:
        return gloss
    if doc[end].head.pos_ not in ("VERB", "AUX"):
        return gloss
    stop = next((t.i for t in doc[end : sent.end] if t.is_punct and t.text not in ("-", "’", "'")), sent.end)
    if any(t.lower_ == "as" for t in doc[end:stop]):
        return gloss  # "refer to a market with few buyers ... as a thin market": the name, not the gloss, follows
    return trim_punct(doc[gloss.start : stop])


def _apply(context: SentenceContext, origin: Origin, match: RuleMatch) -> Fact | None:
    """The fact one match gives: its cut, the shared checks and attribution (for every
    rule alike), and how the rule says it may be asked."""
    rule = match.rule
    cut = _cut_of(context, origin, match)
    if cut is None:
        return None
    if not rule.checked:
        fact = make_fact(
            context, origin, kind="definition", rule=rule.id, answer=cut.answer or cut.term, label=rule.label,
            identity=(cut.term.text,), term=cut.term.text, definition=cut.definition.text, attrs=dict(cut.attrs),
        )
    else:
        fact = _fact(context, origin, rule.id, cut.term, cut.definition, adjective=cut.adjective, genus=cut.genus, view_of=cut.view_of)
        if fact is not None and cut.addition:
            fact = replace(fact, definition=f"{fact.definition} {cut.addition}")
        if fact is not None and cut.article:
            fact = replace(fact, definition=f"{cut.article} {fact.definition}")
    return replace(without_figure_pointers(fact), asking=asked_as(rule.asking, fact.definition)) if fact is not None else None


def generic_gloss(gloss: str) -> bool:
    """True for a gloss headed by a broad kind with nothing but a vague use or a
    place to set it apart (:data:`GENERIC_GLOSS`).

    >>> generic_gloss("a muscular tube that serves several purposes")
    True
    >>> generic_gloss("a thin connective tissue sac filled with lubricating liquid")
    False
    """
    return bool(GENERIC_GLOSS.match(gloss.strip().rstrip(".")))


def asked_as(asking: Asking, gloss: str) -> Asking:
    """How a fact may be asked: as its rule says, and from the term only, with no blank
    in its sentence, when its gloss is too generic to point at one term."""
    return replace(asking, forward_only=True, no_cloze=True) if generic_gloss(gloss) else asking


def extract_definitions(context: SentenceContext, origin: Origin) -> Iterator[Fact]:
    """Definition facts in one sentence: answer = the term; ``term``/``definition`` set.
    Dependency rules' facts come first, then token rules', each in match order.

    A rule's fact gives way to one of a rule it ``yields_to`` for the same term: a gloss
    read from the tokens exists for the sentences the parser cuts short.
    """
    facts = [
        fact for match in rule_matches(context.sent, "definition", DEFINITION_RULES)
        if (fact := _apply(context, origin, match)) is not None
    ]
    rules_by_term: dict[str, set[str]] = {}
    for fact in facts:
        rules_by_term.setdefault(fact.term, set()).add(fact.rule)
    for fact in facts:
        if not RULES_BY_ID[fact.rule].yields_to or not set(RULES_BY_ID[fact.rule].yields_to) & rules_by_term[fact.term]:
            yield fact


validate("definition", DEFINITION_RULES, HANDLERS)
