"""The whole job in one place: paths -> Documents -> Facts -> Questions -> QuestionBank."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from quizgen.models import Document, Fact, Question, QuestionBank

Progress = Callable[[str, int, int], None]


def extract_facts(document: Document | str | Path, *, model: str | None = None,
                  progress: Progress | None = None) -> list[Fact]:
    """Facts found in a Document, in reading order."""
    raise NotImplementedError("being written")


def generate(document: Document | str | Path, *, count: int | None = None,
             types: Sequence[str] | None = None, seed: int = 0, model: str | None = None,
             progress: Progress | None = None) -> list[Question]:
    """Questions that pass the quality bar, best first; ``count`` keeps the best N."""
    raise NotImplementedError("being written")


def ask(sentence: str, *, model: str | None = None) -> list[Question]:
    raise NotImplementedError("being written")


def build_bank(paths: Sequence[str | Path], *, count: int | None = None,
               types: Sequence[str] | None = None, seed: int = 0, model: str | None = None,
               progress: Progress | None = None) -> QuestionBank:
    """One QuestionBank from chapters and/or question-bank JSON files (``quizgen export``)."""
    raise NotImplementedError("being written")
