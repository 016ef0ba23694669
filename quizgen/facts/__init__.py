"""The fact engine: parsed paragraphs -> Facts, one extractor per family.

>>> facts = extract(parse(document, nlp=nlp), document)     # doctest: +SKIP
>>> sorted({f.kind for f in facts})                          # doctest: +SKIP
['date', 'definition', 'enumeration', 'person', 'quantity']
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from quizgen.analyze import ParsedParagraph, is_statement
from quizgen.facts.base import Origin
from quizgen.facts.context import SentenceContext, contexts
from quizgen.facts.dates import extract_dates
from quizgen.facts.definitions import extract_definitions
from quizgen.facts.enumerations import extract_enumerations
from quizgen.facts.people import extract_people, extract_quotations
from quizgen.facts.quantities import extract_quantities
from quizgen.models import Document, Fact

Extractor = Callable[[SentenceContext, Origin], Iterator[Fact]]

#: Families that need the sentence to stand alone (no dangling "he", "these countries").
STANDALONE_EXTRACTORS: tuple[Extractor, ...] = (
    extract_dates,
    extract_quantities,
    extract_people,
    extract_quotations,
    extract_enumerations,
)

__all__ = ["extract", "extract_sentence_facts", "Origin"]


def extract_sentence_facts(context: SentenceContext, origin: Origin) -> Iterator[Fact]:
    """Every fact one sentence holds, definitions first."""
    if not is_statement(context.sent):
        return
    yield from extract_definitions(context, origin)
    if context.dangling:
        return
    for extractor in STANDALONE_EXTRACTORS:
        yield from extractor(context, origin)


def extract(parsed: Iterable[ParsedParagraph], document: Document) -> list[Fact]:
    """Facts in reading order; a fact stated twice (same id) is kept once, first wins."""
    facts: list[Fact] = []
    seen: set[str] = set()
    file = Path(document.source).name
    for item in parsed:
        paragraph = item.paragraph
        origin = Origin(file=file, chapter=document.title, section=paragraph.section_title)
        sentences = list(item.doc.sents)
        pages = [paragraph.page_at(s.start_char) for s in sentences]
        for context in contexts(sentences, pages=pages):
            for fact in extract_sentence_facts(context, origin):
                if fact.id not in seen:
                    seen.add(fact.id)
                    facts.append(fact)
    return facts
