"""quizgen: textbook chapters to Anki decks and printable quizzes, by rules.

The public API. Heavy modules (spaCy, WeasyPrint, genanki) are imported only
when a function that needs them is called, so ``import quizgen`` stays cheap.

>>> import quizgen                                      # doctest: +SKIP
>>> doc = quizgen.load("chapter.pdf")
>>> questions = quizgen.generate(doc, count=20, seed=1)
>>> quizgen.to_apkg(quizgen.build_bank(["chapter.pdf"]), "chapter.apkg")
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from quizgen.models import Document, Question, QuestionBank

__all__ = [
    "__version__",
    "load",
    "generate",
    "ask",
    "extract_facts",
    "build_bank",
    "to_apkg",
    "to_pdf",
]


def load(path: Any) -> Document:
    """Read a chapter (txt, md, pdf, docx, html, epub) into a cleaned Document."""
    from quizgen.ingest import load as _load

    return _load(path)


def extract_facts(document: Any, **options: Any) -> list:
    """The facts the rules find in a Document (or a path to one)."""
    from quizgen.pipeline import extract_facts as _extract

    return _extract(document, **options)


def generate(document: Any, **options: Any) -> list[Question]:
    """Ranked questions for a Document or a path; see :func:`quizgen.pipeline.generate`."""
    from quizgen.pipeline import generate as _generate

    return _generate(document, **options)


def ask(sentence: str, **options: Any) -> list[Question]:
    """Ranked questions for one sentence."""
    from quizgen.pipeline import ask as _ask

    return _ask(sentence, **options)


def build_bank(paths: Any, **options: Any) -> QuestionBank:
    """Questions for chapters or question-bank JSON files, as one QuestionBank."""
    from quizgen.pipeline import build_bank as _build

    return _build(paths, **options)


def to_apkg(bank: QuestionBank, path: Any, **options: Any) -> Any:
    """Write an Anki package (.apkg) for a QuestionBank."""
    from quizgen.export.anki import to_apkg as _to_apkg

    return _to_apkg(bank, path, **options)


def to_pdf(bank: QuestionBank, path: Any, **options: Any) -> Any:
    """Write a printable quiz and its answer key as PDF."""
    from quizgen.export.printable import to_pdf as _to_pdf

    return _to_pdf(bank, path, **options)
