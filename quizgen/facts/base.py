"""Building a Fact from a sentence context and an answer span."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from quizgen.facts.context import SentenceContext, inside_brackets
from quizgen.identity import definition_id, fact_id
from quizgen.models import Fact, SourceRef

if TYPE_CHECKING:
    from spacy.tokens import Span


@dataclass(frozen=True, slots=True)
class Origin:
    """What a family extractor needs to know about where a sentence came from.

    ``places`` holds the capitalised words named last before the paragraph (its
    titles and the paragraphs before it, at most :data:`RECENT_NAMES`): what a
    name-adjective in it may stand for ("Kazakh-Russian" for Kazakhstan and Russia).
    """

    file: str
    chapter: str
    section: str
    places: tuple[str, ...] = ()


#: How many of the names last seen a paragraph may lean on.
RECENT_NAMES = 40


def compose_id(kind: str, identity: tuple[str, ...], *, term: str, definition: str) -> str:
    """A fact's id: for a definition, its term as printed and the gist of its gloss
    (:func:`quizgen.identity.definition_id`), so that two meanings of one word, or
    two words told apart by case, are two facts; for every other kind, a digest of
    the kind and what the extractor says identifies it."""
    if kind == "definition" and term:
        return definition_id(term, definition)
    return fact_id(kind, *identity)


def make_fact(
    context: SentenceContext,
    origin: Origin,
    *,
    kind: str,
    rule: str,
    answer: Span,
    label: str,
    identity: tuple[str, ...],
    term: str = "",
    definition: str = "",
    attrs: dict[str, str] | None = None,
) -> Fact | None:
    """A Fact whose ``sentence`` is the resolved statement and whose source keeps
    the sentence as printed. None when the answer cannot be located."""
    statement, start, end = context.render(context.sent, mark=answer)
    leading = len(statement) - len(statement.lstrip())
    statement = statement.strip()
    start, end = start - leading, end - leading
    if start < 0 or end <= start:
        return None
    source = SourceRef(
        file=origin.file,
        sentence=context.sent.text.strip(),
        section=origin.section,
        page=context.page,
        chapter=origin.chapter,
    )
    return Fact(
        id=compose_id(kind, identity, term=term, definition=definition),
        kind=kind,
        rule=rule,
        sentence=statement,
        answer=statement[start:end],
        answer_start=start,
        answer_end=end,
        source=source,
        label=label,
        term=term,
        definition=definition,
        attrs=tuple(sorted((k, v) for k, v in (attrs or {}).items() if v)),
    )


#: Entity labels that say what a number or a date is about ("Venezuela", "Mill").
_ABOUT_LABELS = frozenset(
    {"PERSON", "NORP", "GPE", "ORG", "LOC", "FAC", "EVENT", "LAW", "WORK_OF_ART", "PRODUCT", "LANGUAGE"}
)


def in_brackets(span: Span) -> bool:
    """True when the span sits inside a parenthesis: an aside ("cited over 20,000
    times"), not what the sentence says."""
    return inside_brackets(span[0])


def anchored(context: SentenceContext, answer: Span) -> bool:
    """True when something besides a date says what it is about: a name
    in the sentence (or put there by the context), a named subject ("Environmentalism,
    a movement that ..."), or a name earlier in the paragraph.

    "Since 2019, unemployment rates have increased" is anchored nowhere: where?
    "In 2008, bilateral trade reached $20bn" is, by "Kazakhstan's
    trade with the Russian Federation ..." before it. Never by the section title:
    a PDF edition of the same text may not have it, and must ask the same questions.
    """
    inside = range(answer.start, answer.end)
    for token in context.sent:
        if token.i in inside:
            continue
        if token.ent_type_ in _ABOUT_LABELS or (token.pos_ == "PROPN" and token.i != context.sent.start):
            return True
    if any(text[:1].isupper() for text in context.replacements.values()):
        return True
    subject = next((t for t in context.sent.root.children if t.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.i not in inside and (
        subject.lemma_.lower().endswith(("ism", "isms")) or any(c.dep_ == "appos" for c in subject.children)
    ):
        return True
    return context.after_names


def clause_anchor(sent: Span, answer: Span | None = None) -> tuple[str, ...]:
    """What a fact is *about*: the root verb's lemma and the head lemmas of its
    subject and objects, leaving out the answer's own words.

    Never the answer itself: a regenerated deck must update the note whose number
    was corrected, not add a second one. Stable across small wording changes
    between two editions of a text.
    """
    root = sent.root
    inside = set(range(answer.start, answer.end)) if answer is not None else set()
    heads = [
        c.lemma_.lower()
        for c in root.children
        if c.dep_ in ("nsubj", "nsubjpass", "dobj", "attr", "oprd", "dative") and c.i not in inside
    ]
    # "Hobbes argued that ..." and "Okin has argued that ...": with the person left
    # out, only what was argued tells the two facts apart.
    clause = next((c for c in root.children if c.dep_ == "ccomp" and c.i not in inside), None)
    if clause is not None:
        heads += [
            f"{clause.lemma_.lower()}:{c.lemma_.lower()}"
            for c in clause.children
            if c.dep_ in ("nsubj", "nsubjpass", "dobj", "attr", "acomp") and c.i not in inside
        ] or [clause.lemma_.lower()]
    return (root.lemma_.lower(), *sorted(heads))


def strip_determiners(span: Span) -> Span:
    """The span without leading determiners and possessives ("the", "a", "its")."""
    start = span.start
    while start < span.end and span.doc[start].dep_ in ("det", "poss") or (
        start < span.end and span.doc[start].lower_ in ("the", "a", "an")
    ):
        start += 1
    return span.doc[start : span.end]


def trim_punct(span: Span) -> Span:
    """The span without punctuation at either end."""
    start, end = span.start, span.end
    while start < end and span.doc[start].is_punct and span.doc[start].text not in "$£€":
        start += 1
    while end > start and span.doc[end - 1].is_punct and span.doc[end - 1].text not in "%)":
        end -= 1
    return span.doc[start:end]
