"""Provenance for questions built from several facts (matching sets, orderings)."""

from __future__ import annotations

from collections.abc import Sequence

from quizgen.models import SECTION_SEPARATOR, Fact, SourceRef


def shared_source(facts: Sequence[Fact]) -> SourceRef:
    """The first fact's source, naming every section the facts come from, in order
    (each pair's own sentence and page are in the question's explanation).

    >>> shared_source([fact_in_trade, fact_in_energy]).section    # doctest: +SKIP
    'Trade; Energy'
    """
    first = facts[0].source
    sections = [section for section in dict.fromkeys(fact.source.section for fact in facts) if section]
    return SourceRef(
        file=first.file,
        sentence=first.sentence,
        section=SECTION_SEPARATOR.join(sections),
        page=first.page,
        chapter=first.chapter,
    )
