"""Roles: what a sentence says plays a key role in something, or is the foundation of
something, asked as "What plays a key role in ...?" / "What is the foundation of ...?"
with the subject as the answer.

>>> [f.attr("wh") for f in extract_roles(ctx, origin)]   # doctest: +SKIP
['What plays a key role in regulating body temperature?']
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from quizgen.facts.base import Origin, clause_anchor, make_fact, trim_punct
from quizgen.facts.context import SentenceContext
from quizgen.models import Fact
from quizgen.rules.context import ADDITIVE_ADVERBS
from quizgen.rules.roles import FOUNDATION_NOUNS, POINTING_WORDS, ROLE_WEIGHTS, VAGUE_SUBJECTS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def clause_root(context: SentenceContext) -> Token:
    """The verb of what the sentence states: its root, or the clause a dropped opener
    ("It should be noted that ...") introduced."""
    root = context.sent.root
    if context.replacements.get(root.i) == "":
        clause = next((c for c in root.children if c.dep_ == "ccomp"), None)
        if clause is not None:
            return clause
    return root


def _predicate(verb: Token) -> tuple[Token, str] | None:
    """The noun that names the role and how the question's verb reads, or None:
    "plays a key role in" -> (role, "plays"); "are a foundation for" -> (foundation, "is")."""
    lemma = verb.lemma_.lower()
    if verb.tag_ not in ("VBZ", "VBP", "VBD"):
        return None  # "can play", "may have played": a possibility, not the fact
    if lemma == "play":
        role = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() == "role"), None)
        if role is None or not any(c.dep_ == "amod" and c.lower_ in ROLE_WEIGHTS for c in role.children):
            return None
        if not any(c.dep_ == "prep" and c.lower_ == "in" for c in [*role.children, *verb.children]):
            return None  # "plays a key role" alone: in what?
        # "Hormones play ..." -> "What plays ...?": the question's subject is singular
        return role, f"{lemma}s" if verb.tag_ == "VBP" else verb.text
    if lemma == "be":
        noun = next((c for c in verb.children if c.dep_ == "attr" and c.lemma_.lower() in FOUNDATION_NOUNS), None)
        if noun is None or not any(c.dep_ == "prep" and c.lower_ in ("for", "of") for c in noun.children):
            return None
        return noun, "was" if verb.tag_ == "VBD" else "is"
    return None


def extract_roles(context: SentenceContext, origin: Origin) -> Iterator[Fact]:
    """One fact per "X plays a key role in Y" or "X is the foundation of Y" clause; the answer is X."""
    sent = context.sent
    verb = clause_root(context)
    found = _predicate(verb)
    if found is None:
        return
    noun, verb_text = found
    if any(c.dep_ in ("aux", "neg") or c.lower_ in ADDITIVE_ADVERBS for c in verb.children):
        return  # "also plays": as well as what?
    # "Developing ties with neighbours plays ...": a gerund clause is a subject too
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "csubj")), None)
    if subject is None:
        return
    answer = trim_punct(sent.doc[subject.left_edge.i : subject.right_edge.i + 1])
    if not answer or not all(context.replacements.get(t.i) == "" for t in sent.doc[sent.start : answer.start]):
        return  # something before the subject ("In Japan, ...") the question would have to keep
    if not 1 <= len(answer) <= 20 or answer.root.lower_ in VAGUE_SUBJECTS or answer[0].lower_ in VAGUE_SUBJECTS:
        return
    if sum(t.ent_type_ == "PERSON" for t in answer) >= 2:
        return  # a named person: the people family asks "Who played ...?" (a one-word "person" is often a thing)
    rest = _rest(context, verb, noun)
    if rest is None:
        return
    fact = make_fact(
        context, origin, kind="role", rule="role.key_role", answer=answer, label="ROLE",
        identity=clause_anchor(sent, answer), attrs={"wh": f"What {verb_text} {rest}?"},
    )
    if fact is not None:
        yield fact


def _rest(context: SentenceContext, verb: Token, noun: Token) -> str | None:
    """What follows the verb, as the question keeps it; None when it would point back
    at the subject the question removes ("... the responses they regulate")."""
    doc = verb.doc
    end = max(t.i for t in verb.subtree if t.i >= noun.i and not t.is_punct or t.i == noun.i) + 1
    tokens: Span = doc[verb.i + 1 : end]
    if any(t.lower_ in POINTING_WORDS for t in tokens) or any(t.text in "([" for t in tokens):
        return None
    text = context.render(tokens)[0].strip()
    return text or None
