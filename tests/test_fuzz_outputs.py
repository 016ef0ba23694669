"""Property tests: random and hostile banks through every writer; every output parses back.

A few hundred examples here; ``bench/fuzz_outputs.py`` runs 10,000 and counts.
"""

from __future__ import annotations

from dataclasses import replace

from fuzz_outputs import banks, check_apkg, check_outputs
from hypothesis import HealthCheck, given, settings

from quizgen.models import QuestionBank

SLOW_OK = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much]


@settings(max_examples=300, deadline=None, database=None, suppress_health_check=SLOW_OK)
@given(banks())
def test_every_writer_writes_what_the_bank_accepts_and_it_parses_back(data) -> None:
    assert check_outputs(data) == []


@settings(max_examples=15, deadline=None, database=None, suppress_health_check=SLOW_OK)
@given(banks())
def test_every_apkg_imports_into_anki_with_every_note(data) -> None:
    assert check_outputs(data, anki=True) == []


def test_a_unit_separator_in_chapter_text_stays_inside_its_anki_field(sample_bank: QuestionBank) -> None:
    question = replace(sample_bank.questions[1], prompt="How much\x1fwater?")
    check_apkg(replace(sample_bank, questions=(question,)))
