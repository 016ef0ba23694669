"""Quantities: money, percentages, counts with their unit, rates.

>>> [(f.answer, f.attr("unit")) for f in extract_quantities(ctx, origin)]   # doctest: +SKIP
[('$20 billion', '$'), ('30%', '%'), ('1,600', 'companies')]
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from quizgen.facts.base import Origin, clause_anchor, in_brackets, make_fact, trim_punct
from quizgen.facts.context import SentenceContext, inside_brackets
from quizgen.facts.wh import main_clause, wh_question
from quizgen.models import Fact
from quizgen.rules.entities import CURRENCY_SYMBOLS, QUANTITY_LABELS
from quizgen.rules.questions import CONTRAST_MARKERS, QUANTIFIER_WORDS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
_SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "bn": 1e9, "m": 1e6}


def value_of(text: str) -> float | None:
    """The number a quantity states, scaled ("$9.5bn" -> 9.5e9).

    >>> value_of("$20 billion")
    20000000000.0
    """
    match = _NUMBER.search(text)
    if not match:
        return None
    value = float(match.group().replace(",", ""))
    rest = text[match.end():].strip().lower()
    for word, scale in _SCALE.items():
        if rest.startswith(word):
            return value * scale
    return value


_MONEY_TOKEN = re.compile(
    "^[" + "".join(sorted(CURRENCY_SYMBOLS)) + r"]\d[\d,]*(?:\.\d+)?(?:bn|m|k|tn|billion|million|trillion)?$"
)


def _main_sum(sent: Span, token: Token) -> bool:
    """True when a sum is what the main verb reaches or costs ("trade reached $20bn") and
    the only figure of its clause outside brackets. Where the recogniser labels a sum only in
    part ("$" left out) or not at all, nothing else vouches for it: a sum as the subject
    ("$500,000 from the settlement ...") or beside a second one ("$5,000 ..., and up to
    $15,000") is a detail."""
    clause = {t.i for t in main_clause(sent)}  # "..., and it grows by 30%" is another clause's figure
    labelled = any(e.label_ in QUANTITY_LABELS and e.root.i in clause and token not in e for e in sent.ents)
    unlabelled = any(t != token and t.i in clause and _MONEY_TOKEN.match(t.text) and not t.ent_type_ for t in sent)
    return not labelled and not unlabelled and token.dep_ in ("dobj", "attr", "oprd") and token.head == sent.root


def _money_tokens(sent: Span) -> list[Span]:
    """Sums written as one token that the recogniser leaves unlabelled ("$20bn", "£3.5m")."""
    return [
        sent.doc[t.i : t.i + 1] for t in sent
        if not t.ent_type_ and _MONEY_TOKEN.match(t.text.lstrip("\\")) and not inside_brackets(t) and _main_sum(sent, t)
    ]


def _figures(sent: Span) -> list[tuple[Span, str]]:
    """The sentence's figures with their labels, in reading order."""
    found = [(e, e.label_) for e in sent.ents if e.label_ in QUANTITY_LABELS]
    found += [(span, "MONEY") for span in _money_tokens(sent)]
    return sorted(found, key=lambda pair: pair[0].start)


def _contrasts_two_figures(sent: Span) -> bool:
    """ "Monaco's constitution has fewer than 4,000 words, while India's has nearly
    150,000": two figures set side by side show a range; neither is the point."""
    figures = [e for e in sent.ents if e.label_ in QUANTITY_LABELS and any(ch.isdigit() for ch in e.text)]
    return len(figures) >= 2 and any(t.lower_ in CONTRAST_MARKERS and t.dep_ == "mark" for t in sent)


def counts_what_there_is(noun: Token) -> bool:
    """True when the sentence exists to give the count: the counted noun is what a
    present "there are" presents ("There are over 1,600 enterprises that ..."). A
    count said in passing ("Freud identified 16 factors") is a detail, and so is a
    count dated or cited ("In 1955, there were 558,239 patients ... (Torrey, 1997)"):
    a statistic of one year or one study."""
    sent = noun.sent
    root = sent.root
    return (
        noun.head == root and noun.dep_ == "attr" and root.lemma_ == "be" and root.tag_ in ("VBZ", "VBP")
        and any(c.dep_ == "expl" and c.lower_ == "there" for c in root.children)
        and not any(e.label_ == "DATE" for e in sent.ents) and "(" not in sent.text
    )


def extract_quantities(context: SentenceContext, origin: Origin) -> Iterator[Fact]:
    """One fact per number with a unit; bare numbers and years are skipped."""
    sent = context.sent
    ordinal = 0
    if _contrasts_two_figures(sent):
        return
    for entity, label in _figures(sent):
        existential = False
        if not any(ch.isdigit() for ch in entity.text):
            continue
        doc = entity.doc
        if entity.start > sent.start and doc[entity.start - 1].text in CURRENCY_SYMBOLS:
            if not _main_sum(sent, entity.root):
                continue
            entity = doc[entity.start - 1 : entity.end]  # "$20 billion": the recogniser may leave the "$" out
            label = "MONEY"
        answer = trim_punct(entity)
        qualified = answer
        while answer and answer[0].lower_ in QUANTIFIER_WORDS:
            answer = answer[1:]
        if not answer:
            continue
        if label == "CARDINAL":
            head = answer.root.head
            if head.pos_ != "NOUN" or head in answer or re.fullmatch(r"1\d{3}|20\d{2}", answer.text):
                continue
            unit = head.text
            existential = counts_what_there_is(head)
        elif label == "MONEY":
            unit = next((ch for ch in answer.text if ch in CURRENCY_SYMBOLS), "") or answer[-1].text
        elif label == "PERCENT":
            unit = "%"
        else:
            numbers = [t.i for t in answer if t.like_num]
            unit = " ".join(t.text for t in answer if numbers and t.i > numbers[-1]) if answer[-1].pos_ == "NOUN" else ""
            if not unit:
                continue
        value = value_of(answer.text)
        if value is None:
            continue
        wh = wh_question(context, entity if label == "CARDINAL" else answer, label)
        ordinal += 1
        if in_brackets(answer):
            continue  # "(cited over 20,000 times by other scholars)": an aside
        fact = make_fact(
            context, origin, kind="quantity", rule=f"quantity.{label.lower()}", answer=answer,
            label=label, identity=(unit, *clause_anchor(sent, answer), str(ordinal)),
            attrs={"unit": unit, "value": f"{value:g}", "wh": wh or "",
                   # "fewer than 4,000": what a question that drops the whole number must accept
                   "qualified": qualified.text if len(qualified) > len(answer) else "",
                   "existential": "1" if existential else ""},
        )
        if fact is not None:
            yield fact
