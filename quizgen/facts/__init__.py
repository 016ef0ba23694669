"""The fact engine: parsed paragraphs -> Facts, one extractor per family.

>>> facts = extract(parse(document, nlp=nlp), document)     # doctest: +SKIP

:func:`extract` is :func:`paragraph_facts` for each parsed paragraph (what the
parsing processes run) and :func:`finish` for the document (what needs every
paragraph: dropping repeats, terms the chapter never uses again, people named once).

>>> sorted({f.kind for f in facts})                          # doctest: +SKIP
['date', 'definition', 'enumeration', 'person', 'quantity']
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from quizgen.analyze import SECOND_PERSON, ParsedParagraph, is_statement
from quizgen.facts.base import Origin
from quizgen.facts.causes import extract_causes
from quizgen.facts.comparisons import extract_comparisons
from quizgen.facts.context import SentenceContext, contexts
from quizgen.facts.dates import extract_dates
from quizgen.facts.definitions import extract_definitions, is_example
from quizgen.facts.enumerations import extract_enumerations
from quizgen.facts.functions import extract_functions, extract_leaning_functions
from quizgen.facts.glossary import glossary_facts
from quizgen.facts.keyterms import extract_detected, extract_key_terms
from quizgen.facts.people import extract_first_journeys, extract_people, extract_quotations
from quizgen.facts.places import extract_places
from quizgen.facts.quantities import extract_quantities
from quizgen.facts.roles import extract_roles
from quizgen.identity import fact_id, normalise
from quizgen.models import Document, Fact, Paragraph
from quizgen.rules.context import (
    EXAMPLE_SECTION,
    OPENING_SECTIONS,
    SYNONYM_MARKER,
    SYNONYM_PATTERNS,
    TAUGHT_LATER,
)
from quizgen.rules.defining_forms import LINE_FORMS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

Extractor = Callable[[SentenceContext, Origin], Iterator[Fact]]

#: Families that need the sentence to stand alone (no dangling "he", "these countries").
STANDALONE_EXTRACTORS: tuple[Extractor, ...] = (
    extract_dates,
    extract_quantities,
    extract_people,
    extract_quotations,
    extract_enumerations,
    extract_causes,
    extract_places,
    extract_comparisons,
    extract_roles,
    extract_functions,
    extract_first_journeys,
)

__all__ = ["extract", "extract_sentence_facts", "finish", "origin_of", "origins", "paragraph_facts", "Origin"]


def _speaks_to_reader(gloss: str) -> bool:
    """True when a gloss holds the author or the reader ("the missing component that
    we’re looking for"); split at apostrophes so "we’re" is "we"."""
    return any(word in SECOND_PERSON for word in re.findall(r"[a-z]+", gloss.lower()))


def extract_sentence_facts(context: SentenceContext, origin: Origin) -> Iterator[Fact]:
    """Every fact one sentence holds, definitions first."""
    if not is_statement(context.sent):
        if is_statement(context.sent, reader_ok=True):
            # "The scientific method seeks to ... so that your work can be checked": the
            # term and its gloss stand; the sentence, spoken to the reader, is no statement.
            for fact in extract_definitions(context, origin):
                if not _speaks_to_reader(fact.definition):
                    yield replace(fact, attrs=tuple(sorted((*fact.attrs, ("leans", "1")))))
        return
    if context.continues_report and not context.reporter:
        return  # someone's view, and the text around it does not say whose
    if is_opening(origin):
        # An opening story sets a scene: its dates and names are not the chapter's
        # facts, and its glosses count only for terms the chapter goes on to use
        # (see :func:`extract`).
        for fact in extract_definitions(context, origin):
            yield replace(fact, attrs=tuple(sorted((*fact.attrs, ("leans", "1")))))
        return
    if context.dangling or is_example(context.sent) or context.in_preview or context.in_example or in_example_section(origin):
        # An example or a preview of another chapter illustrates: its dates and
        # names are not this chapter's facts.
        # A definition still stands as a term and its gloss; the sentence around it does not.
        for fact in extract_definitions(context, origin):
            yield replace(fact, attrs=tuple(sorted((*fact.attrs, ("leans", "1")))))
        if context.dangling and not (is_example(context.sent) or context.in_preview or context.in_example or in_example_section(origin)):
            # "Its main function is to ...": asked about the thing the sentence before names
            yield from extract_leaning_functions(context, origin)
        return
    yield from extract_definitions(context, origin)
    for extractor in STANDALONE_EXTRACTORS:
        yield from extractor(context, origin)


def extract(parsed: Iterable[ParsedParagraph], document: Document) -> list[Fact]:
    """Facts in reading order; a fact stated twice (same id, same answer) is kept
    once, and so is a term defined twice (as printed: "Polish" is not "polish").

    The same as :func:`paragraph_facts` for each paragraph, then :func:`finish`.
    """
    parsed = list(parsed)
    where = {id(p): o for p, o in zip(content_paragraphs_of(document), origins(document), strict=True)}
    return finish(
        (
            paragraph_facts(item.doc, item.paragraph, where.get(id(item.paragraph)) or origin_of(document, item.paragraph))
            for item in parsed
        ),
        document,
    )


def content_paragraphs_of(document: Document) -> list[Paragraph]:
    from quizgen.analyze import content_paragraphs

    return content_paragraphs(document)


def origin_of(document: Document, paragraph: Paragraph) -> Origin:
    """Where a paragraph's facts come from: the file, the chapter and the section."""
    return Origin(file=Path(document.source).name, chapter=document.title, section=paragraph.section_title)


def paragraph_facts(doc: Doc, paragraph: Paragraph, origin: Origin) -> list[Fact]:
    """Every fact one parsed paragraph holds, in reading order: plain data out of a
    Doc, so it can run in the process that parsed the paragraph."""
    sentences = list(doc.sents)
    pages = [paragraph.page_at(s.start_char) for s in sentences]
    marks = paragraph.emphasis
    # The places a paragraph may lean on ("Kazakh-Russian" for two of them) come with its
    # origin: a paragraph is read on its own, in a worker or from the cache.
    places = list(origin.places)
    return [
        fact
        for index, context in enumerate(contexts(sentences, pages=pages, places=places))
        for fact in _with_key_terms(
            extract_sentence_facts(context, origin), context, origin, marks, sentences[index - 1] if index else None
        )
    ]


_CAPITALISED = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]{2,}(?=(?:’s|'s)?\b)")


def origins(document: Document) -> list[Origin]:
    """The origin of each content paragraph, in reading order, each with the names
    its titles and the paragraphs before it named last (:data:`RECENT_NAMES`)."""
    from quizgen.analyze import content_paragraphs
    from quizgen.facts.base import RECENT_NAMES

    file = Path(document.source).name
    recent: dict[str, None] = {}
    for word in _CAPITALISED.findall(f" {document.title}"):
        recent[word] = None
    out: list[Origin] = []
    for paragraph in content_paragraphs(document):
        for word in _CAPITALISED.findall(f" {paragraph.section_title}"):
            recent.pop(word, None)
            recent[word] = None
        names = tuple(list(recent)[-RECENT_NAMES:])
        out.append(Origin(file=file, chapter=document.title, section=paragraph.section_title, places=names))
        for word in _CAPITALISED.findall(paragraph.text):
            recent.pop(word, None)
            recent[word] = None
        while len(recent) > RECENT_NAMES:
            recent.pop(next(iter(recent)))
    return out


def finish(paragraphs: Iterable[Sequence[Fact]], document: Document) -> list[Fact]:
    """A document's facts from its paragraphs' (in reading order): a fact stated twice
    (same id, same answer) is kept once, then the checks that need the whole chapter.

    Ids leave the answer out (see :func:`quizgen.facts.base.clause_anchor`); two
    different facts that still share one (same verb, subject and objects, other
    answer) are told apart by their answer, the only thing left that differs.
    """
    facts: list[Fact] = []
    seen: dict[str, str] = {}
    defined: set[str] = set()  # a term defined again in the chapter keeps its first gloss
    for found in paragraphs:
        for fact in found:
            if fact.kind == "definition":
                if fact.term in defined:
                    continue
                defined.add(fact.term)
            answer = normalise(fact.answer)
            if fact.id in seen:
                if seen[fact.id] == answer:
                    continue
                fact = replace(fact, id=fact_id(fact.kind, fact.id, answer))
                if fact.id in seen:
                    continue
            seen[fact.id] = answer
            facts.append(fact)
    facts.extend(glossary_facts(document, defined={normalise(term) for term in defined}))
    return _with_synonyms(_named_again(_taught_later(facts, document), document), document)


def _with_key_terms(
    found: Iterable[Fact],
    context: SentenceContext,
    origin: Origin,
    marks: Sequence[tuple[int, int]],
    previous: Span | None = None,
) -> Iterator[Fact]:
    """The sentence's facts; then definitions in the forms textbooks share for terms
    the rules did not define; then a ``term`` fact for each bold key term the
    sentence defines that is still not asked about."""
    facts = list(found)
    yield from facts
    if context.continues_report or is_opening(origin):
        return
    if not is_statement(context.sent):
        # "**Tone:** the writer’s attitude toward the subject.": a line of a list of terms,
        # verbless, where only the bold term and its gloss are read; and as for the rules'
        # own definitions (:func:`extract_sentence_facts`), a sentence that speaks to the
        # reader ("... is referred to as **vigilance** (think of a time when you ...)")
        # still gives its term and gloss, asked as a card only
        reader_ok = is_statement(context.sent, reader_ok=True)
        given = {normalise(f.term) for f in facts if f.kind == "definition"}
        for fact in extract_detected(context, origin, previous, marks):
            if normalise(fact.term) in given:
                continue
            if fact.rule in LINE_FORMS:
                yield fact
            elif reader_ok and not _speaks_to_reader(fact.definition):
                yield fact if fact.attr("leans") else replace(fact, attrs=tuple(sorted((*fact.attrs, ("leans", "1")))))
        return
    defined = {normalise(f.term) for f in facts if f.kind == "definition"}
    # as for the rules' own definitions: where the sentence leans outside itself
    # ("Researchers also strive for validity, which refers to ..."), the term and its
    # gloss still stand, asked as a card only
    leans = context.dangling or is_example(context.sent) or context.in_preview or context.in_example
    for fact in extract_detected(context, origin, previous, marks):
        if normalise(fact.term) not in defined:
            defined.add(normalise(fact.term))
            yield replace(fact, attrs=tuple(sorted((*fact.attrs, ("leans", "1"))))) if leans and not fact.attr("leans") else fact
    if not marks or leans:
        return
    for fact in extract_key_terms(context, origin, marks):
        if normalise(fact.term) not in defined:
            yield fact


def has_synonym(term: str, text: str) -> bool:
    """True when the text gives the term another name: "a state (or its synonym,
    country)" for "state" and "country", not for "political science" in "normative
    political science (also called political philosophy)".

    >>> has_synonym("state", "... make up a state (or its synonym, country).")
    True
    >>> has_synonym("political science", "types: normative political science (also called political philosophy)")
    False
    """
    escaped = re.escape(term.lower())
    return any(re.search(pattern.format(term=escaped), text.lower()) for pattern in SYNONYM_PATTERNS)


def _with_synonyms(facts: list[Fact], document: Document) -> list[Fact]:
    """Definitions marked ``synonym`` where the chapter gives their term another name
    anywhere: asked from its gloss, either word would be right."""
    text = " ".join(p.text for p in document.paragraphs)
    # only the few places that name a synonym are searched for each term
    windows = "\n".join(
        text[max(0, m.start() - 80) : m.end() + 80] for m in re.finditer(SYNONYM_MARKER, text, re.IGNORECASE)
    )
    return [
        replace(f, attrs=tuple(sorted((*f.attrs, ("synonym", "1")))))
        if windows and f.kind == "definition" and has_synonym(f.term, windows) else f
        for f in facts
    ]


def _named_again(facts: list[Fact], document: Document) -> list[Fact]:
    """The facts without "who" facts about people the chapter names only once: a
    justice cited once for a view ("Supreme Court justice William Brennan ...") is
    the view's source, not someone the chapter teaches."""
    # One pass over the chapter: a regex per person over a whole book is slow.
    counts = Counter(re.findall(r"\w+", " ".join(p.text for p in document.paragraphs)))

    def named_again(person: str) -> bool:
        words = re.findall(r"\w+", person)
        return bool(words) and counts[words[-1]] >= 2

    return [f for f in facts if f.kind not in ("person", "quotation") or named_again(f.answer)]


def in_example_section(origin: Origin) -> bool:
    """True in a worked example or a case ("Example of an Affirmative Defense")."""
    return bool(EXAMPLE_SECTION.match(origin.section.strip()))


def is_opening(origin: Origin) -> bool:
    """True in a chapter's opening story ("Introduction")."""
    return origin.section.strip().lower() in OPENING_SECTIONS


def _taught_later(facts: list[Fact], document: Document) -> list[Fact]:
    """The facts without definitions from the opening story whose term the rest of
    the chapter never uses again: "political ideologies—that is, ..." is the chapter's
    subject; "gross national income—the total value ..." is said in passing."""
    body = " ".join(
        p.text.lower() for p in document.paragraphs if p.section_title.strip().lower() not in OPENING_SECTIONS
    )

    def used_again(term: str) -> bool:
        stem = term.lower()
        # "political ideologies" is used again as "political ideology"
        stem = stem[:-3] if stem.endswith("ies") else stem[:-1] if stem.endswith("y") or stem.endswith("s") else stem
        return len(re.findall(rf"\b{re.escape(stem)}", body)) >= TAUGHT_LATER

    return [
        f for f in facts
        if not (f.kind == "definition" and f.source.section.strip().lower() in OPENING_SECTIONS and not used_again(f.term))
    ]
