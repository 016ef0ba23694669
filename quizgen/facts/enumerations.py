"""Enumerations: three or more coordinated items ("the CIS, the CSTO and the SCO").

>>> [f.attr("items") for f in extract_enumerations(ctx, origin)]   # doctest: +SKIP
['China|Russia|Kazakhstan|Kyrgyzstan|Tajikistan|Uzbekistan']
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from quizgen.facts.base import Origin, make_fact, trim_punct
from quizgen.facts.context import SentenceContext
from quizgen.models import Fact

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def _item(token: Token) -> Span:
    """A conjunct without its own coordination."""
    doc = token.doc
    tokens = [t for t in token.subtree if not any(a.dep_ == "conj" and a.head == token for a in [t, *t.ancestors] if a in token.subtree and a != token)]
    tokens = [t for t in tokens if t.dep_ not in ("cc", "punct") or t.i < token.i]
    if not tokens:
        return doc[token.i : token.i + 1]
    return trim_punct(doc[tokens[0].i : tokens[-1].i + 1])


def _key(item: Span) -> str:
    """An item's last word: "the Central Asian Cooperation Organisation (CACO)" -> "caco",
    the same in both spellings of an edition."""
    words = [t.lower_ for t in item if t.is_alpha]
    return words[-1] if words else item.text.lower()


def extract_enumerations(context: SentenceContext, origin: Origin) -> Iterator[Fact]:
    """One fact per list of 3+ nominal items; the answer is the last item."""
    sent = context.sent
    for token in sent:
        if token.pos_ not in ("NOUN", "PROPN") or token.dep_ == "conj":
            continue
        conjuncts = [token]
        frontier = token
        while True:
            nxt = next((c for c in frontier.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")), None)
            if nxt is None:
                break
            conjuncts.append(nxt)
            frontier = nxt
        if len(conjuncts) < 3:
            continue
        items = [_item(t) for t in conjuncts]
        if any(not item or len(item) > 6 for item in items):
            continue
        labels = {t.ent_type_ for t in conjuncts}
        if len(labels) != 1 or "" in labels:
            continue  # "the meaning, purposes, and goals of politics": a blank in it has no one answer
        label = labels.pop()
        head = token.head
        fact = make_fact(
            context, origin, kind="enumeration", rule="enumeration.conjunction",
            answer=items[-1], label=label, identity=tuple(sorted(_key(i) for i in items)),
            attrs={"items": "|".join(i.text for i in items), "head": head.text},
        )
        if fact is not None:
            yield fact
