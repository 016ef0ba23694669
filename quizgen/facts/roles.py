"""Roles: what a sentence says plays a key role in something, asked as "What plays
a key role in ...?" with the subject as the answer.

>>> [f.attr("wh") for f in extract_roles(ctx, origin)]   # doctest: +SKIP
['What plays a key role in regulating body temperature?']
"""

from __future__ import annotations

from collections.abc import Iterator

from quizgen.facts.base import Origin, clause_anchor, make_fact, trim_punct
from quizgen.facts.context import SentenceContext
from quizgen.facts.wh import main_clause
from quizgen.models import Fact
from quizgen.rules.context import ADDITIVE_ADVERBS
from quizgen.rules.roles import POINTING_WORDS, ROLE_WEIGHTS, VAGUE_SUBJECTS


def extract_roles(context: SentenceContext, origin: Origin) -> Iterator[Fact]:
    """One fact per "X plays a key role in Y" main clause; the answer is X."""
    sent = context.sent
    root = sent.root
    if root.lemma_.lower() != "play" or root.tag_ not in ("VBZ", "VBP", "VBD"):
        return  # "can play", "may have played": a possibility, not the fact
    if any(c.dep_ in ("aux", "neg") or c.lower_ in ADDITIVE_ADVERBS for c in root.children):
        return  # "also plays": as well as what?
    role = next((c for c in root.children if c.dep_ == "dobj" and c.lemma_.lower() == "role"), None)
    # "Developing ties with neighbours plays ...": a gerund clause is a subject too
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "csubj")), None)
    if role is None or subject is None or not any(
        c.dep_ == "amod" and c.lower_ in ROLE_WEIGHTS for c in role.children
    ):
        return
    scope = next((c for c in [*role.children, *root.children] if c.dep_ == "prep" and c.lower_ == "in"), None)
    if scope is None:
        return  # "plays a key role" alone: in what?
    answer = trim_punct(sent.doc[subject.left_edge.i : subject.right_edge.i + 1])
    if not answer or not all(context.replacements.get(t.i) == "" for t in sent.doc[sent.start : answer.start]):
        return  # something before the subject ("In Japan, ...") the question would have to keep
    if not 1 <= len(answer) <= 20 or answer.root.lower_ in VAGUE_SUBJECTS or answer[0].lower_ in VAGUE_SUBJECTS:
        return
    clause = [t for t in main_clause(sent) if t.i > root.i]
    if any(t.lower_ in POINTING_WORDS for t in clause):
        return  # "... the responses they regulate": "they" would lose its antecedent
    if sum(t.ent_type_ == "PERSON" for t in answer) >= 2:
        return  # a named person: the people family asks "Who played ...?" (a one-word "person" is often a thing)
    # "Hormones play ..." -> "What plays ...?": the question's subject is singular
    verb = f"{root.lemma_}s" if root.tag_ == "VBP" else root.text
    rest = context.render(clause)[0].strip()
    if not rest:
        return
    question = f"What {verb} {rest}?"
    fact = make_fact(
        context, origin, kind="role", rule="role.key_role", answer=answer, label="ROLE",
        identity=clause_anchor(sent, answer), attrs={"wh": question},
    )
    if fact is not None:
        yield fact
