"""The reader on real material in ../shared (skipped where it is absent)."""

from __future__ import annotations

import difflib
import re

import pytest
from conftest import shared_path

from quizgen.ingest import load

_SENTENCE = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][”\"’)]))\s+(?=[A-Z“\"])")


def sentences(doc) -> list[str]:  # type: ignore[no-untyped-def]
    return [s for p in doc.paragraphs for s in _SENTENCE.split(p.text) if len(s.split()) >= 4]


def words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower())


def test_seed_sentences_have_counterparts() -> None:
    seeds = shared_path("seeds")
    clean = sentences(load(next(seeds.glob("000_*.txt"))))
    damaged = sentences(load(next(seeds.glob("001_*.txt"))))
    matched = 0
    for sentence in clean:
        best = max(difflib.SequenceMatcher(a=words(sentence), b=words(other)).ratio() for other in damaged)
        matched += best >= 0.75
    assert matched / len(clean) >= 0.95


@pytest.mark.parametrize("number", ["01", "02", "03"])
def test_corpus_pdf_reads_like_its_markdown(number: str) -> None:
    pdf = shared_path("corpus", f"introduction-political-science-{number}.pdf")
    md = shared_path("corpus", f"introduction-political-science-{number}.md")
    from_pdf, from_md = load(pdf), load(md)
    text = " ".join(p.text for p in from_pdf.paragraphs)
    assert not re.search(r"\[\d+(?:, p\. \d+)?\]", text)
    assert not re.search(r"\b(?:fi|ffi|fl|ff) [a-z]{2,}", text)
    assert from_pdf.title == from_md.title
    source = words(" ".join(p.text for p in from_md.paragraphs))
    read = words(text)
    matcher = difflib.SequenceMatcher(a=source, b=read, autojunk=False)
    recall = sum(b.size for b in matcher.get_matching_blocks()) / len(source)
    assert recall >= 0.97
    assert all(p.page is not None for p in from_pdf.paragraphs)
    md_sections = {s.title for s in from_md.sections}
    pdf_sections = {re.sub(r"^\d+\.\d+ ", "", s.title) for s in from_pdf.sections}
    assert len(md_sections & pdf_sections) >= 0.8 * len(md_sections)
