"""Turn a statement into a wh-question about one of its spans.

>>> ctx = make_context(nlp("In 2008, bilateral trade reached $20 billion.")[:], None)  # doctest: +SKIP
>>> wh_question(ctx, answer_span, "DATE")                                           # doctest: +SKIP
'In what year did bilateral trade reach $20 billion?'

Only the main clause is kept (conjoined clauses and brackets are dropped), the
answer's phrase is removed, and the subject and auxiliary are inverted, with
do-support in the verb's tense ("reached" -> "did ... reach"). When the parse
does not fit these moves, no question is made: precision first.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizgen.facts.context import SentenceContext
from quizgen.rules.definitions import HEDGES
from quizgen.rules.entities import ROLE_NOUNS
from quizgen.rules.questions import (
    CONTRAST_MARKERS,
    DISCOURSE_OPENERS,
    DISCOURSE_PHRASE_NOUNS,
    LOCATIVE_PREPOSITIONS,
    QUANTIFIER_WORDS,
    WH_BY_LABEL,
)

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_CLAUSE_DEPS = frozenset({"relcl", "advcl", "ccomp", "acl", "xcomp", "csubj", "parataxis", "conj"})
_SUBJECT_DEPS = ("nsubj", "nsubjpass", "expl")
_YEAR = re.compile(r"^(in |by |during )?(the year )?\d{3,4}( (BCE|BC|CE|AD))?$", re.IGNORECASE)
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_FULL_DATE = re.compile(rf"\b\d{{1,2}} ({_MONTHS}) \d{{4}}\b|\b({_MONTHS}) \d{{1,2}}, \d{{4}}\b")


def main_clause(sent: Span) -> list[Token]:
    """Tokens of the root's clause, without conjoined clauses, brackets or end punctuation."""
    root = sent.root
    drop: set[int] = set()
    for child in root.children:
        if child.dep_ == "conj" and child.pos_ in ("VERB", "AUX"):
            drop.update(t.i for t in child.subtree)
            drop.update(t.i for t in root.children if t.dep_ == "cc" and t.i < child.i)
            drop.update(t.i for t in root.children if t.dep_ == "punct" and t.i == child.left_edge.i - 1)
            # What the parser hung on the root after the conjoined verb belongs to it
            # ("... and wrote A, B, C, and many other books").
            for later in root.children:
                if later.i > child.i:
                    drop.update(t.i for t in later.subtree)
        if child.dep_ in ("parataxis",):
            drop.update(t.i for t in child.subtree)
    depth = 0
    dashed = False
    for token in sent:
        if token.text in "([":
            depth += 1
        if token.text in ("—", "–", "--"):
            # An aside set off by dashes ("conflict—that is, differing values—exists")
            # is dropped like one in brackets.
            dashed = not dashed
            drop.add(token.i)
            continue
        if len(token.text) > 1 and "—" in token.text.strip("—"):
            # A dash the tokenizer left inside a word ("nature”—then") closes an aside
            # as well: without it, the rest of the sentence would be dropped with it.
            dashed = not dashed
            drop.add(token.i)
            continue
        if depth or dashed:
            drop.add(token.i)
        if token.text in ")]" and depth:
            depth -= 1
    for child in root.children:
        # "..., while the Constitution of India has 150,000 words": a contrast that would
        # put a second, competing answer into the question.
        if child.dep_ == "advcl" and any(m.lower_ in CONTRAST_MARKERS for m in child.children if m.dep_ == "mark"):
            drop.update(t.i for t in child.subtree)
            if child.left_edge.i - 1 >= sent.start and sent.doc[child.left_edge.i - 1].text == ",":
                drop.add(child.left_edge.i - 1)
    tokens = [t for t in root.subtree if t.i not in drop and t.sent == sent]
    opened = sum(1 for t in tokens if t.text == "“") > sum(1 for t in tokens if t.text == "”")
    while tokens and tokens[-1].is_punct and not (opened and tokens[-1].text == "”"):
        tokens.pop()
    while tokens and tokens[0].is_punct:
        tokens.pop(0)
    return tokens


def attachment(answer: Span) -> Token | None:
    """The dependent of the root whose phrase holds the answer, if it is in the main clause."""
    token = answer.root
    root = answer.sent.root
    if token == root:
        return None
    while token.head != root:
        if token.dep_ in _CLAUSE_DEPS and token.pos_ in ("VERB", "AUX"):
            return None
        token = token.head
        if token == token.head:
            return None
    if token.dep_ in _CLAUSE_DEPS and token.pos_ in ("VERB", "AUX"):
        return None
    return token


def wh_phrase(answer: Span, label: str, arg: Token) -> tuple[str, set[int]] | None:
    """The wh-words for the answer and the token indices they replace."""
    phrase = set(t.i for t in arg.subtree)
    text = answer.text
    if label == "CAUSE":
        return "why", phrase
    if label == "DATE":
        if arg.dep_ == "prep" and arg.lower_ not in ("in", "on", "during", "at", "by"):
            return None  # "from 1991 to 2019", "since 1995": a range or a bound, not a point in time
        if arg.dep_ == "prep" and arg.lower_ == "by":
            return ("by what year" if _YEAR.match(text) else "by when"), phrase
        if arg.dep_ == "prep" and _YEAR.match(f"{arg.lower_} {text}"):
            return "in what year", phrase
        if _YEAR.match(text):
            return "in what year", phrase
        if _FULL_DATE.search(text):
            return "on what date", phrase
        return "when", phrase
    if label in ("CARDINAL", "QUANTITY") and answer.root.dep_ in ("nummod", "quantmod") or (
        label in ("CARDINAL", "QUANTITY") and answer.root.head.pos_ == "NOUN" and answer.root.head not in answer
    ):
        noun = answer.root.head if answer.root.head not in answer else answer.root
        if noun.pos_ != "NOUN":
            return None
        kept = [t for t in noun.subtree if t not in answer and t.lower_ not in QUANTIFIER_WORDS
                and t.dep_ not in ("det", "quantmod") and t.i >= noun.left_edge.i]
        kept = [t for t in kept if t.i <= noun.i or t.head == noun and t.dep_ in ("prep", "amod")]
        words = " ".join(t.text for t in kept if t.i <= noun.i)
        if arg.dep_ == "prep" and noun.head == arg:
            return f"{arg.lower_} how many {words}", phrase
        if noun != arg and noun.head != arg:
            return None
        return f"how many {words}", phrase
    if label == "QUANTITY":
        numbers = [t.i for t in answer if t.like_num]
        unit = [t for t in answer if numbers and t.i > numbers[-1]]
        if unit and unit[-1].pos_ == "NOUN":
            return f"how many {' '.join(t.text for t in unit)}", phrase
        return None
    if label == "PERCENT":
        # "more than 25 percent of American workers": what percentage of whom
        of = next((c for c in answer.root.children if c.dep_ == "prep" and c.lower_ == "of" and c not in answer), None)
        whole = f" {answer.doc[of.i : of.right_edge.i + 1].text}" if of is not None else ""
        if arg.dep_ == "prep":
            return f"{arg.lower_} what percentage{whole}", phrase
        return f"what percentage{whole}", phrase
    if label in ("GPE", "LOC", "FAC") and arg.dep_ == "prep" and arg.lower_ in LOCATIVE_PREPOSITIONS:
        return "where", phrase
    if arg.dep_ == "prep":
        return None
    wh = WH_BY_LABEL.get(label)
    if wh is None:
        return None
    return wh, phrase


def _subject(root: Token) -> Token | None:
    return next((c for c in root.children if c.dep_ in _SUBJECT_DEPS), None)


def named_by_title(answer: Span, arg: Token) -> bool:
    """True when the answer is the name set after the title that heads the subject
    ("The President of the Republic of Kazakhstan Nursultan Nazarbayev believes ...",
    "The party's leader, John Smith, argued ..."): title and name are one person, so
    "Who ...?" stands for the whole subject."""
    head = answer.root
    return (
        head.dep_ == "appos" and head.head == arg and arg.dep_ in ("nsubj", "nsubjpass")
        and arg.lemma_.lower() in ROLE_NOUNS and head.ent_type_ == "PERSON"
    )


def _covers_phrase(answer: Span, arg: Token) -> bool:
    """The answer is the whole argument (or the object of a preposition on the root),
    not a part of a larger phrase or of a coordination."""
    head = answer.root
    if named_by_title(answer, arg):
        return True
    doc = answer.doc
    before = doc[answer.start - 1] if answer.start > answer.sent.start else None
    after = doc[answer.end] if answer.end < answer.sent.end else None
    if (before is not None and before.lower_ in ("and", "or", "nor")) or (after is not None and after.lower_ in ("and", "or", "nor")):
        return False
    if head.dep_ == "poss" or any(c.dep_ == "case" for c in head.children):
        return False
    if any(c.dep_ == "conj" and c not in answer for c in head.children):
        return False
    if head.dep_ == "conj" and head.head not in answer:
        return False
    if arg.dep_ == "prep":
        return head.head == arg and head.dep_ == "pobj"
    if head.dep_ in ("nummod", "quantmod") or head.head.pos_ == "NOUN" and head.head not in answer:
        noun = head.head
        return noun == arg or (noun.head == arg and arg.dep_ == "prep")
    return head == arg or arg in answer


def covers_phrase(answer: Span) -> bool:
    """True when the answer is a whole argument of the main clause (see :func:`wh_question`)."""
    arg = attachment(answer)
    return arg is not None and _covers_phrase(answer, arg)


def _goes_on_about_them(root: Token) -> bool:
    """True when a second main clause goes on about the same person ("..., and he
    anticipated that German workers would ..."): a question on the first half keeps
    the premise and drops the point (review 12)."""
    return any(
        c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
        and any(s.dep_ in ("nsubj", "nsubjpass") and s.lower_ in ("he", "she", "they") for s in c.children)
        for c in root.children
    )


def wh_question(context: SentenceContext, answer: Span, label: str) -> str | None:
    """A wh-question whose answer is ``answer``, or None when the rules cannot make a good one."""
    sent = context.sent
    root = sent.root
    if root.pos_ not in ("VERB", "AUX") or root.tag_ in ("VBG", "VBN") and not any(
        c.dep_ in ("aux", "auxpass") for c in root.children
    ):
        return None
    if label == "PERSON" and any(c.lower_ in ("also", "too", "likewise", "still", "again") for c in root.children):
        return None  # "Who was also born into enslavement?": someone else was too
    if label == "PERSON" and _goes_on_about_them(root):
        return None  # "Marx believed ..., and he anticipated that ...": the point is in the half a question drops
    if label == "CAUSE" and any(c.lower_ in HEDGES for c in root.children):
        return None  # "Why are constitutions perhaps the most ...?"
    if label == "CAUSE":
        # A reason is a whole clause or phrase hanging on the main verb.
        arg = answer.root if answer.root.head == root else None
        if arg is None or arg.left_edge.i != answer.start:
            return None
    else:
        arg = attachment(answer)
        if arg is None or not _covers_phrase(answer, arg):
            return None
    found = wh_phrase(answer, label, arg)
    if found is None:
        return None
    wh, removed = found
    removed = _phrase_to_remove(answer, label, arg, removed)
    clause = main_clause(sent)
    clause_ids = {t.i for t in clause}
    if not {t.i for t in answer} <= clause_ids:
        return None
    subject = _subject(root)
    if subject is None or sum(1 for c in root.children if c.dep_ in _SUBJECT_DEPS) > 1:
        return None  # two subjects for one verb: a parse we cannot trust
    body = _drop_openers([t for t in clause if t.i not in removed or t.i == min(removed)], root)
    marker = min(removed)

    def render(tokens: list[Token]) -> str:
        return context.render([t for t in tokens if t.i != marker])[0]

    if arg == subject or (subject.i in removed):
        if subject not in answer and arg not in answer and label not in ("CARDINAL", "QUANTITY") \
                and not named_by_title(answer, arg):
            return None
        if label in ("GPE", "LOC", "NORP") and wh.startswith("which"):
            return None  # "Which country hosted ...?" may be a city: say nothing rather than guess.
        pieces = [wh if t.i == marker else t for t in body]
        if _leans_outside(context, [t for t in body if t.i != marker]):
            return None
        return _finish(_join(context, pieces), answer)

    subject_ids = {subject.i} if subject.dep_ == "expl" else {t.i for t in subject.subtree} & clause_ids
    front = [t for t in body if t.i < subject.left_edge.i and t.i != marker]
    rest = [t for t in body if t.i > subject.left_edge.i and t.i not in subject_ids and t.i != marker]
    subject_tokens = [t for t in body if t.i in subject_ids]
    subject_text = render(subject_tokens)
    first = subject.left_edge
    opens = first.i == sent.start or all(context.replacements.get(t.i) == "" for t in sent.doc[sent.start : first.i])
    common = first.pos_ != "PROPN" or any(t.text == first.lower_ for t in sent.doc)  # "Environmentalism" mid-question
    # "The Arab Spring" opens a name's entity, but its article is no part of the name
    # ("Slavery" taken for an organisation is no name where the text also writes "slavery")
    written_lower = any(t.text == first.lower_ for t in sent.doc if t.i != first.i)
    named = first.ent_type_ in ("PERSON", "ORG", "GPE") and not (first.lower_ == "the" and first.pos_ == "DET") \
        and not written_lower
    if opens and common and not named and subject_text[:1].isupper() \
            and context.replacements.get(first.i, first.text).lower() == first.lower_:
        subject_text = subject_text[0].lower() + subject_text[1:]
    front_text = render(front)
    auxes = [c for c in root.children if c.dep_ in ("aux", "auxpass") and c.i < root.i and c.i in clause_ids]
    if auxes:
        moved = auxes[0]
        after = render([t for t in rest if t.i != moved.i])
        core = f"{wh} {moved.lower_} {subject_text} {after}"
    elif root.lemma_ == "be":
        after = render([t for t in rest if t.i != root.i])
        core = f"{wh} {root.lower_} {subject_text} {after}"
    else:
        do = {"VBD": "did", "VBZ": "does", "VBP": "do"}.get(root.tag_)
        if do is None:
            return None
        negation = [t for t in rest if t.dep_ == "neg" and t.head == root]
        after_tokens = [t for t in rest if t not in negation]
        after = context.render([t for t in after_tokens if t.i != root.i and t.i < root.i])[0]
        tail = context.render([t for t in after_tokens if t.i > root.i])[0]
        core = f"{wh} {do} {subject_text}{' not' if negation else ''} {after} {root.lemma_} {tail}"
    if _leans_outside(context, [*front, *subject_tokens, *rest]):
        return None
    question = f"{front_text} {core}" if front_text else core
    return _finish(question, answer)


#: Pronouns that, left in a question, point at something the question does not name.
_POINTING = frozenset({"he", "she", "him", "it", "they", "them", "this", "these", "those"})


def _leans_outside(context: SentenceContext, tokens: list[Token]) -> bool:
    """True when a pronoun in the question's words is neither resolved nor expletive."""
    return any(
        t.lower_ in _POINTING and t.pos_ == "PRON" and t.dep_ != "expl" and t.i not in context.replacements
        for t in tokens
    )


def _phrase_to_remove(answer: Span, label: str, arg: Token, removed: set[int]) -> set[int]:
    """For "how many" answers only the number and its noun go; the noun's
    trailing modifiers ("in Kazakhstan", "that have ...") stay in place."""
    head = answer.root
    noun = head.head if head.head not in answer else None
    if label in ("CARDINAL", "QUANTITY") and noun is not None and noun.pos_ == "NOUN":
        keep: set[int] = set()
        for child in noun.children:
            if child.i > noun.i and child.dep_ not in ("appos",):
                keep.update(t.i for t in child.subtree)
        drop_appos: set[int] = set()
        for child in noun.children:
            if child.dep_ == "appos":
                drop_appos.update(t.i for t in child.subtree)
                if child.left_edge.i - 1 >= 0 and child.doc[child.left_edge.i - 1].is_punct:
                    drop_appos.add(child.left_edge.i - 1)
        core = {t.i for t in noun.subtree} - keep
        if arg.dep_ == "prep":
            core.add(arg.i)
        return core | drop_appos
    return removed


def _join(context: SentenceContext, pieces: list) -> str:
    out: list[str] = []
    run: list = []
    for piece in pieces:
        if isinstance(piece, str):
            if run:
                out.append(context.render(run)[0])
                run = []
            out.append(piece)
        else:
            run.append(piece)
    if run:
        out.append(context.render(run)[0])
    return " ".join(out)


def _replace_word(text: str, word: str, replacement: str) -> str:
    return re.sub(rf"\b{re.escape(word)}\b", replacement, text, count=1)


def _drop_openers(tokens: list[Token], root: Token) -> list[Token]:
    """Drop sentence-opening discourse markers ("However,", "In addition,")."""
    out = list(tokens)
    while out:
        if out[0].is_punct or (out[0].lower_ in DISCOURSE_OPENERS and out[0].head == root):
            out.pop(0)
        elif (len(out) > 2 and out[0].dep_ == "prep" and out[1].lemma_.lower() in DISCOURSE_PHRASE_NOUNS
              and out[1].head == out[0] and out[2].text == ","):
            del out[:3]  # "For example,", "In addition,"
        else:
            break
    return out


_SPACE_BEFORE_PUNCT = re.compile(r"\s+([,;:.!?%])")
_DOUBLE_COMMA = re.compile(r",\s*,")


def _finish(question: str, answer: Span) -> str | None:
    text = " ".join(question.split())
    text = _SPACE_BEFORE_PUNCT.sub(r"\1", text)
    text = _DOUBLE_COMMA.sub(",", text)
    text = text.strip(" ,;:-–—")
    if not text:
        return None
    text = text[0].upper() + text[1:] + "?"
    words = text.split()
    if len(words) < 4 or len(words) > 35:
        return None
    if answer.text.lower() in text.lower():
        return None
    if text.count("“") != text.count("”") or text.count('"') % 2:
        return None  # a quotation cut in two
    if _GARDEN_PATH.search(text):
        return None  # "Inspired by Mussolini, who ruled Italy ..., who developed ...?" reads as about Mussolini (review 14)
    return text


#: A question's "who"/"which" right after a relative clause on someone else.
_GARDEN_PATH = re.compile(r"\b(?:who|which)\b[^?]*,\s+(?:who|which|what)\b", re.IGNORECASE)


def declarative(context: SentenceContext, remove: Span) -> str | None:
    """The main clause with the phrase holding ``remove`` taken out ("trade reached $20bn")."""
    root = context.sent.root
    arg = remove.root if remove.root.head == root and remove.root.dep_ == "advcl" else attachment(remove)
    if arg is None:
        return None
    removed = {t.i for t in arg.subtree}
    body = _drop_openers([t for t in main_clause(context.sent) if t.i not in removed], context.sent.root)
    text = context.render(body)[0]
    text = _SPACE_BEFORE_PUNCT.sub(r"\1", " ".join(text.split())).strip(" ,;:")
    if len(text.split()) < 3:
        return None
    first = body[0] if body else None
    if first is not None and first.pos_ != "PROPN" and not first.ent_type_ and first.i not in context.replacements:
        text = text[0].lower() + text[1:]
    return text
