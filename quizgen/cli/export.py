"""The `quizgen export` command: the question bank and LMS formats."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from quizgen.cli.app import app, progress_bar, user_errors

#: Kept here as plain names (not read from the registry) so that --help stays fast.
FORMAT_NAMES = ("json", "csv", "tsv", "moodle", "gift", "qti", "md")


@app.command()
def export(
    files: Annotated[
        list[Path],
        typer.Argument(help="Chapters (.pdf .txt .md .docx .html .epub) or question-bank .json files."),
    ],
    to: Annotated[
        str,
        typer.Option("--to", help=f"Output format: {', '.join(FORMAT_NAMES)}."),
    ] = "json",
    out: Annotated[
        str | None,
        typer.Option("--out", "-o", help="File (or folder) to write, or - for standard output (text formats). Default: decks/TITLE.EXT."),
    ] = None,
    count: Annotated[int | None, typer.Option("--count", "-n", min=1, help="Keep the best N questions (default: every question that passes).")] = None,
    types: Annotated[
        list[str] | None,
        typer.Option("--types", "-t", help="Only these question types (repeat or separate with commas): cloze, short_answer, multiple_choice, true_false, term_definition, matching, ordering."),
    ] = None,
    seed: Annotated[int, typer.Option("--seed", help="Fixes every random choice: same seed, same output.")] = 0,
    model: Annotated[str | None, typer.Option("--model", help="spaCy model name or path.")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="Parse every paragraph afresh and keep nothing in the cache folder.")] = False,
) -> None:
    """Export questions as an editable question bank (json) or for an LMS or spreadsheet.

    Formats: json (the question bank: edit or delete questions, then give the
    file to deck, quiz or export again), csv and tsv (one row per question),
    moodle (Moodle XML), gift (Moodle GIFT), qti (IMS QTI 1.2 zip for Canvas),
    md (a Markdown quiz with answers).

    Example:  quizgen export chapter.pdf --to moodle -o decks/chapter.xml
    """
    from quizgen.errors import ExportError, QuizgenError
    from quizgen.export.formats import FORMATS
    from quizgen.identity import slug
    from quizgen.models import QUESTION_TYPES
    from quizgen.pipeline import build_bank

    with user_errors():
        # Options are checked before any chapter is read: a typo costs no parsing time.
        fmt = FORMATS.get(to.lower())
        if fmt is None:
            raise QuizgenError(f"unknown format {to!r}; choose one of {', '.join(FORMATS)}")
        if out == "-" and fmt.binary:
            raise QuizgenError(f"{fmt.name} writes a zip file and cannot go to standard output; give -o FILE.{fmt.extension}")
        wanted = [part.strip() for value in types or () for part in value.split(",") if part.strip()]
        unknown = [name for name in wanted if name not in QUESTION_TYPES]
        if unknown:
            raise QuizgenError(f"unknown question type {unknown[0]!r}; choose from {', '.join(QUESTION_TYPES)}")
        with progress_bar(not quiet and out != "-") as progress:
            bank = build_bank(files, count=count, types=wanted or None, seed=seed, model=model, progress=progress, cache=not no_cache)
        if not bank.questions:
            raise ExportError(f"no questions to export from {', '.join(str(f) for f in files)}; nothing written")
        if out == "-":
            typer.echo(fmt.render(bank), nl=False)
            return
        default_name = f"{slug(bank.title)}.{fmt.extension}"
        target = Path(out) if out else Path("decks") / default_name
        if target.is_dir():
            target = target / default_name
        try:
            written = fmt.write(bank, target)
        except OSError as exc:
            raise ExportError(f"cannot write {target}: {exc.strerror}") from None
    count_text = f"{len(bank.questions)} question{'s' if len(bank.questions) != 1 else ''}"
    typer.echo(f"{count_text} as {fmt.name}")
    typer.echo(f"wrote {written}")
