"""Printable quizzes: a student copy and an answer key per version, as PDF (and HTML).

The layout (which questions, numbering, points, shuffles) is decided in
:mod:`quizgen.export.quiz_layout`; this module only renders it with the Jinja
templates in ``templates/quiz/`` and WeasyPrint. Autoescaping is on for every
template and no chapter text is ever marked safe, so ``<script>`` or ``&`` in a
chapter prints as written.

>>> to_pdf(bank, "decks/quiz.pdf", count=20, versions=2)   # doctest: +SKIP
[PosixPath('decks/quiz-A.pdf'), PosixPath('decks/quiz-A-key.pdf'), PosixPath('decks/quiz-B.pdf'), ...]
"""

from __future__ import annotations

import os
import string
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from pathlib import Path

from quizgen.errors import ExportError
from quizgen.export.quiz_layout import Quiz, QuizPart, make_versions
from quizgen.io import Content, write_set
from quizgen.models import QuestionBank, SourceRef
from quizgen.questions.accept import also_right

#: Paper names accepted (case-insensitive), as CSS ``@page { size }`` spells them.
PAPERS: dict[str, str] = {"a4": "A4", "letter": "letter"}

Progress = Callable[[str, int, int], None]


def paper_size(paper: str) -> str:
    """The CSS page size for a paper name, or ExportError naming the choices."""
    size = PAPERS.get(paper.strip().lower())
    if size is None:
        raise ExportError(f"unknown paper {paper!r}; choose A4 or letter")
    return size


def render_html(quiz: Quiz, *, key: bool, paper: str = "A4") -> str:
    """The student copy (``key=False``) or the answer key of ``quiz`` as one HTML page.

    The page is self-contained (its CSS inline), so a kept ``.html`` file
    prints the same from a browser.
    """
    template = _environment().get_template("key.html" if key else "student.html")
    from markupsafe import Markup

    # The stylesheet is ours, not the chapter's: the one thing marked safe.
    return template.render(quiz=quiz, css=Markup(_stylesheet()), paper=paper_size(paper))


def render_pdf(html: str) -> bytes:
    """A PDF of an HTML page rendered by :func:`render_html`."""
    from weasyprint import HTML

    from quizgen.resources import templates_dir

    try:
        return HTML(string=html, base_url=str(templates_dir() / "quiz")).write_pdf()
    except Exception as exc:  # WeasyPrint raises many kinds; any of them means no PDF
        raise ExportError(f"could not render the quiz as PDF: {exc}") from exc


def output_paths(path: str | os.PathLike[str], label: str) -> tuple[Path, Path]:
    """Where the student copy and key of version ``label`` go.

    ``quiz.pdf`` gives ``quiz.pdf`` and ``quiz-key.pdf`` for a single version,
    ``quiz-A.pdf`` and ``quiz-A-key.pdf`` for version A.
    """
    path = Path(path)
    if path.suffix.lower() not in ("", ".pdf"):
        raise ExportError(f"{path}: the quiz is written as PDF; give a .pdf name (--html keeps HTML copies too)")
    if path.name in ("", ".", ".."):
        raise ExportError(f"{path}: give a file name such as quiz.pdf")
    stem = path.stem if path.suffix else path.name
    name = f"{stem}-{label}" if label else stem
    return path.with_name(f"{name}.pdf"), path.with_name(f"{name}-key.pdf")


def to_pdf(
    bank: QuestionBank,
    path: str | os.PathLike[str],
    *,
    count: int = 20,
    types: Iterable[str] | None = None,
    versions: int = 1,
    seed: int = 0,
    paper: str = "A4",
    html: bool = False,
    title: str | None = None,
    progress: Progress | None = None,
) -> list[Path]:
    """Write the student copy and the answer key of each version; return the paths written.

    ``count`` questions at most are taken from ``bank`` (fewer when the bank
    runs out of questions that do not give each other away); see
    :func:`quizgen.export.quiz_layout.make_versions` for what versions shuffle.
    """
    size = paper_size(paper)
    quizzes = make_versions(bank, count=count, types=types, seed=seed, versions=versions, title=title)
    return write_quizzes(quizzes, path, paper=size, html=html, progress=progress)


def write_quizzes(
    quizzes: Sequence[Quiz],
    path: str | os.PathLike[str],
    *,
    paper: str = "A4",
    html: bool = False,
    progress: Progress | None = None,
) -> list[Path]:
    """Render and write each quiz's student copy and key; return the paths written.

    Paths come in order: for each version, the student PDF, then the key PDF
    (each followed by its ``.html`` twin when ``html`` is set). Every page is
    rendered before the first file is written, and the files are written as one
    set (:func:`quizgen.io.write_set`): a failure or a kill leaves the earlier
    quiz and key in place, never a key that answers another quiz.
    """
    return write_set(render_quizzes(quizzes, path, paper=paper, html=html, progress=progress))


def render_quizzes(
    quizzes: Sequence[Quiz],
    path: str | os.PathLike[str],
    *,
    paper: str = "A4",
    html: bool = False,
    progress: Progress | None = None,
) -> list[tuple[Path, Content]]:
    """Every file of :func:`write_quizzes` rendered, as ``(path, content)``, none written."""
    size = paper_size(paper)
    targets = [output_paths(path, quiz.version) for quiz in quizzes]
    pending: list[tuple[Path, Content]] = []
    total, done = 2 * len(quizzes), 0
    for quiz, (student_pdf, key_pdf) in zip(quizzes, targets, strict=True):
        for target, key in ((student_pdf, False), (key_pdf, True)):
            if progress:
                progress("rendering", done, total)
            page = render_html(quiz, key=key, paper=size)
            pending.append((target, render_pdf(page)))
            if html:
                pending.append((target.with_suffix(".html"), page))
            done += 1
    if progress:
        progress("rendering", total, total)
    return pending


def question_range(part: QuizPart) -> str:
    """``Question 4`` or ``Questions 4–9``."""
    if part.first == part.last:
        return f"Question {part.first}"
    return f"Questions {part.first}–{part.last}"


def letter(index: int) -> str:
    """The letter of a choice or item: A, B, ... Z (a bank never holds more; see bank.MAX_LETTERED)."""
    return string.ascii_uppercase[index]


def where(source: SourceRef) -> str:
    """Where the supporting sentence is: page (when the format has pages), section, file."""
    bits = []
    if source.page is not None:
        bits.append(f"Page {source.page}")
    if source.section:
        bits.append(f"Section: {source.section}")
    if source.file:
        bits.append(Path(source.file).name)
    return " · ".join(bits)


@lru_cache(maxsize=1)
def _environment():  # type: ignore[no-untyped-def]
    from jinja2 import Environment, FileSystemLoader, StrictUndefined

    from quizgen.resources import templates_dir

    environment = Environment(
        loader=FileSystemLoader(templates_dir() / "quiz"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    environment.globals.update(question_range=question_range, where=where, letter=letter,
                               also_right=also_right)
    return environment


@lru_cache(maxsize=1)
def _stylesheet() -> str:
    from quizgen.resources import templates_dir

    return (templates_dir() / "quiz" / "quiz.css").read_text(encoding="utf-8")
