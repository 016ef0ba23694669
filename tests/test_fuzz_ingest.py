"""Hostile chapters in every format: ``load`` returns a clean Document or raises
QuizgenError, never anything else. bench/fuzz_inputs.py runs 10,000 of them."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hostile import FORMATS, hostile_text
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizgen.errors import QuizgenError
from quizgen.ingest import load
from quizgen.ingest.blocks import Cleaning, clean_text
from quizgen.ingest.clean import split_long_text, strip_control_characters
from quizgen.ingest.gate import MAX_PARAGRAPH_CHARS
from quizgen.models import Document


def fuzz(examples: int) -> settings:
    """``examples`` per run, no deadline (a huge line takes a while), no example database."""
    return settings(
        max_examples=examples, deadline=None, database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example],
    )


def assert_clean(document: Document) -> None:
    texts = [document.title, *(p.text for p in document.paragraphs), *(s.title for s in document.sections)]
    for text in texts:
        assert strip_control_characters(text) == text
        text.encode("utf-8")  # no lone surrogates
    assert all(len(p.text) <= MAX_PARAGRAPH_CHARS for p in document.paragraphs)


def load_or_refuse(suffix: str, data: bytes) -> Document | None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"chapter.{suffix}"
        path.write_bytes(data)
        try:
            document = load(path)
        except QuizgenError as exc:
            assert "\n" not in str(exc) and str(exc)
            return None
    assert_clean(document)
    return document


@pytest.mark.parametrize("suffix", list(FORMATS))
def test_load_returns_a_document_or_one_error(suffix: str) -> None:
    @fuzz(60)
    @given(FORMATS[suffix])
    def run(data: bytes) -> None:
        load_or_refuse(suffix, data)

    run()


@fuzz(150)
@given(hostile_text(), st.booleans(), st.booleans(), st.booleans())
def test_cleaned_text_is_printable(text: str, markdown: bool, html: bool, ligatures: bool) -> None:
    cleaned, citations = clean_text(text, Cleaning(markdown=markdown, html=html, split_ligatures=ligatures))
    for piece in (cleaned, *citations):
        assert strip_control_characters(piece) == piece
        piece.encode("utf-8")
    assert cleaned == cleaned.strip()


@fuzz(150)
@given(hostile_text(2000), st.integers(min_value=1, max_value=300))
def test_long_text_splits_into_bounded_pieces(text: str, limit: int) -> None:
    pieces = split_long_text(text, limit)
    assert "".join(text[a:b] for a, b in pieces) == text
    assert all(0 < b - a <= limit for a, b in pieces) or text == ""
