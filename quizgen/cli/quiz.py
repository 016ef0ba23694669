"""The `quizgen quiz` command: a printable quiz and its answer key."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from quizgen.cli.app import app, progress_bar, user_errors


@app.command()
def quiz(
    files: Annotated[
        list[Path],
        typer.Argument(help="Chapters (.pdf .txt .md .docx .html .epub) or question-bank .json files."),
    ],
    out: Annotated[
        Path | None,
        typer.Option("--out", "-o", help="The student copy's PDF (or a folder); the key goes beside it as NAME-key.pdf. Default: decks/TITLE-quiz.pdf."),
    ] = None,
    count: Annotated[int, typer.Option("--count", "-n", min=1, help="Questions on the quiz (fewer if the chapter has fewer that do not give each other away).")] = 20,
    types: Annotated[
        list[str] | None,
        typer.Option("--types", "-t", help="Only these question types (repeat or separate with commas): cloze, short_answer, multiple_choice, true_false, term_definition, matching, ordering."),
    ] = None,
    versions: Annotated[int, typer.Option("--versions", min=1, max=26, help="Versions A, B, ...: the same questions in a different order, with shuffled choices, each with its own key.")] = 1,
    seed: Annotated[int, typer.Option("--seed", help="Fixes every random choice: same seed, same quiz.")] = 0,
    paper: Annotated[str, typer.Option("--paper", help="Paper size: A4 or letter.")] = "A4",
    title: Annotated[str | None, typer.Option("--title", help="Title printed at the top (default: the chapter's title).")] = None,
    html: Annotated[bool, typer.Option("--html", help="Also keep each PDF's HTML beside it.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="Parse every paragraph afresh and keep nothing in the cache folder.")] = False,
) -> None:
    """Write a printable quiz (PDF) and its answer key for teachers.

    Questions are grouped by type and numbered across the quiz, with points;
    the key gives each answer with the page and sentence that support it.

    Example:  quizgen quiz chapter.pdf -n 20 --versions 2 -o decks/quiz.pdf
    """
    from quizgen.export.printable import output_paths, paper_size, write_quizzes
    from quizgen.export.quiz_layout import check_types, make_versions, version_labels
    from quizgen.identity import slug
    from quizgen.pipeline import build_bank

    with user_errors():
        # Options are checked before the chapter is read: a typo costs no parsing time.
        wanted = check_types(part for value in types or () for part in value.split(","))
        size = paper_size(paper)
        version_labels(versions)
        if out is not None and not out.is_dir():
            output_paths(out, "")
        with progress_bar(not quiet) as progress:
            bank = build_bank(files, types=wanted, seed=seed, progress=progress, cache=not no_cache)
            quizzes = make_versions(bank, count=count, types=wanted, seed=seed, versions=versions, title=title)
            default_name = f"{slug(bank.title)}-quiz.pdf"
            target = Path("decks") / default_name if out is None else out / default_name if out.is_dir() else out
            written = write_quizzes(quizzes, target, paper=size, html=html, progress=progress)
    first = quizzes[0]
    shortfall = f" (asked for {count}; the rest would give answers away or were not there)" if len(first.items) < count else ""
    asked, points = len(first.items), first.points
    typer.echo(f"{asked} question{'s' if asked != 1 else ''}, {points} point{'s' if points != 1 else ''}{shortfall}")
    for path in written:
        typer.echo(f"wrote {path}")
