"""Provenance for questions built from several facts (matching sets, orderings)."""

from __future__ import annotations

from collections.abc import Sequence

from quizgen.models import Fact, SourceRef


def shared_source(facts: Sequence[Fact]) -> SourceRef:
    """The first fact's source, with a section only when every fact shares it.

    >>> shared_source([fact_in_trade, fact_in_energy]).section    # doctest: +SKIP
    ''
    """
    first = facts[0].source
    sections = {fact.source.section for fact in facts}
    return SourceRef(
        file=first.file,
        sentence=first.sentence,
        section=first.section if len(sections) == 1 else "",
        page=first.page,
        chapter=first.chapter,
    )
