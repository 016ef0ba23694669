"""The `quizgen quiz` command: a printable quiz and its answer key."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from quizgen.cli.app import app, progress_bar, user_errors, warn_shortfall

if TYPE_CHECKING:
    from quizgen.models import QuestionBank


@app.command()
def quiz(
    files: Annotated[
        list[Path],
        typer.Argument(metavar="FILE...", help="Chapters (.pdf .txt .md .docx .html .epub) or question-bank .json files."),
    ],
    out: Annotated[
        str | None,
        typer.Option("--out", "-o", metavar="FILE|DIR/", help="The student copy's PDF (.pdf is added when the name has no extension), or a folder (DIR/, created if need be) for the default name; the key goes beside it as NAME-key.pdf. Default: decks/TITLE-quiz.pdf."),
    ] = None,
    count: Annotated[int, typer.Option("--count", "-n", min=1, metavar="N", help="Questions on the quiz (fewer if the chapter has fewer that do not give each other away; a warning says so).")] = 20,
    types: Annotated[
        list[str] | None,
        typer.Option("--types", "-t", metavar="TYPE,...", help="Only these question types (repeat or separate with commas): cloze, short_answer, multiple_choice, true_false, term_definition, matching, ordering. Default: all but ordering, which is made only when named here."),
    ] = None,
    versions: Annotated[int, typer.Option("--versions", min=1, max=26, metavar="N", help="Versions A, B, ...: the same questions in a different order, with shuffled choices, each with its own key.")] = 1,
    seed: Annotated[int, typer.Option("--seed", metavar="N", help="Fixes every random choice: same seed, same quiz.")] = 0,
    paper: Annotated[str, typer.Option("--paper", metavar="A4|letter", help="Paper size: A4 or letter.")] = "A4",
    title: Annotated[str | None, typer.Option("--title", metavar="TEXT", help="Title printed at the top (default: the chapter's title).")] = None,
    html: Annotated[bool, typer.Option("--html", metavar="", help="Also keep each PDF's HTML beside it.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", metavar="", help="No progress bar.")] = False,
    no_cache: Annotated[bool, typer.Option("--no-cache", metavar="", help="Parse every paragraph afresh and keep nothing in the cache folder.")] = False,
) -> None:
    """Write a printable quiz (PDF) and its answer key for teachers.

    Questions are grouped by type and numbered across the quiz, with points;
    the key gives each answer with the page and sentence that support it.
    The quiz, its key and every version are written together: if anything
    fails, the files of the last run stay as they were.

    Example:  quizgen quiz chapter.pdf -n 20 --versions 2 -o decks/quiz.pdf
    """
    from quizgen.export.printable import output_paths, paper_size, write_quizzes
    from quizgen.export.quiz_layout import check_types, make_versions, version_labels
    from quizgen.io import default_stem, refuse_inputs, resolve_output
    from quizgen.pipeline import build_bank
    from quizgen.select import for_a_quiz

    with user_errors():
        # Options are checked before the chapter is read: a typo costs no parsing time.
        wanted = check_types(part for value in types or () for part in value.split(","))
        size = paper_size(paper)
        labels = version_labels(versions)
        if out is not None:
            given = resolve_output(out, default_name="quiz.pdf", extension="pdf")
            refuse_inputs(_all_outputs(given, labels, html), files)
        with progress_bar(not quiet) as progress:
            bank = build_bank(files, types=wanted, seed=seed, progress=progress, cache=not no_cache)
            quizzes = make_versions(for_a_quiz(bank, wanted), count=count, types=wanted, seed=seed, versions=versions,
                                    title=title)
            target = resolve_output(out, default_name=f"{default_stem(bank.title)}-quiz.pdf", extension="pdf")
            refuse_inputs(_all_outputs(target, labels, html), files)
            output_paths(target, "")
            written = write_quizzes(quizzes, target, paper=size, html=html, progress=progress)
    first = quizzes[0]
    asked, points = len(first.items), first.points
    if asked < count:
        warn_shortfall(asked, count, what="quiz", types=wanted, reason=_quiz_shortfall(bank, asked, wanted))
    typer.echo(f"{asked} question{'s' if asked != 1 else ''}, {points} point{'s' if points != 1 else ''}")
    for path in written:
        typer.echo(f"wrote {path}")


def _all_outputs(target: Path, labels: tuple[str, ...], html: bool) -> list[Path]:
    from quizgen.export.printable import output_paths

    paths = [path for label in labels for path in output_paths(target, label)]
    return paths + [p.with_suffix(".html") for p in paths] if html else paths


def _quiz_shortfall(bank: QuestionBank, got: int, types: tuple[str, ...] | None) -> str:
    """Why a quiz has fewer questions than asked: too few in the input, or held back."""
    from quizgen.select import fit_for_a_quiz

    available = sum(1 for q in bank.questions if (types is None or q.type in types) and (types or fit_for_a_quiz(q)))
    unfit = 0 if types else sum(1 for q in bank.questions if not fit_for_a_quiz(q))
    if not available:  # nothing fit: the quiz holds what there is (select.for_a_quiz)
        available, unfit = unfit, 0
    held = (f"; {unfit} more, of kinds that blind reviewers struck too often for a printed quiz, stay in "
            "the bank and the deck" if unfit else "")
    kinds = f" of type {', '.join(types)}" if types else ""
    if available <= got:
        return (f"the input has only {available} question{'s' if available != 1 else ''}{kinds} that pass "
                f"the quality bar{held}")
    return (f"{available - got} of the {available} questions{kinds} were left out because they would "
            "give away another question's answer, or repeat its fact, or because a quiz holds at most "
            f"2 matching and 3 ordering questions{held}")
