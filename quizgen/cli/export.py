"""The `quizgen export` command: the question bank and LMS formats."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from quizgen.cli.app import app, progress_bar, user_errors, warn_shortfall

if TYPE_CHECKING:
    from quizgen.models import QuestionBank

#: Kept here as plain names (not read from the registry) so that --help stays fast.
FORMAT_NAMES = ("json", "csv", "tsv", "moodle", "gift", "qti", "md")


@app.command()
def export(
    files: Annotated[
        list[Path],
        typer.Argument(metavar="FILE...", help="Chapters (.pdf .txt .md .docx .html .epub) or question-bank .json files."),
    ],
    to: Annotated[
        str,
        typer.Option("--to", metavar="FORMAT", help=f"Output format: {', '.join(FORMAT_NAMES)}."),
    ] = "json",
    out: Annotated[
        str | None,
        typer.Option("--out", "-o", metavar="FILE|DIR/", help="File to write (the format's extension is added when it has none), a folder (DIR/, created if need be; the file gets the default name), or - for standard output (text formats). Default: decks/TITLE.EXT."),
    ] = None,
    count: Annotated[int | None, typer.Option("--count", "-n", min=1, metavar="N", help="Keep the best N questions (default: every question that passes).")] = None,
    types: Annotated[
        list[str] | None,
        typer.Option("--types", "-t", metavar="TYPE,...", help="Only these question types (repeat or separate with commas): cloze, short_answer, multiple_choice, true_false, term_definition, matching, ordering. Default: all but ordering, which is made only when named here."),
    ] = None,
    bom: Annotated[bool | None, typer.Option("--bom/--no-bom", show_default=False, help="csv only: start with a UTF-8 byte-order mark, so that Excel reads the accents and dashes right. Default: on for a file, off for standard output.")] = None,
    seed: Annotated[int, typer.Option("--seed", metavar="N", help="Fixes every random choice: same seed, same output.")] = 0,
    model: Annotated[str | None, typer.Option("--model", metavar="NAME", help="spaCy model name or path.")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", metavar="", help="No progress bar.")] = False,
    no_cache: Annotated[bool, typer.Option("--no-cache", metavar="", help="Parse every paragraph afresh and keep nothing in the cache folder.")] = False,
) -> None:
    """Export questions as an editable question bank (json) or for an LMS or spreadsheet.

    Formats: json (the question bank: edit or delete questions, then give the
    file to deck, quiz or export again), csv and tsv (one row per question; the
    csv file starts with a UTF-8 byte-order mark for Excel, --no-bom leaves it out,
    and a cell that would start a formula gets a leading '), moodle (Moodle
    XML), gift (Moodle GIFT), qti (IMS QTI 1.2 zip for Canvas), md (a Markdown
    quiz with answers). Short answers accept every answer listed in the bank's
    "accept"; numbers are graded within their tolerance; answers no string match
    can grade go to Moodle and Canvas as essays the teacher marks.

    Example:  quizgen export chapter.pdf --to moodle -o decks/
    """
    from quizgen.errors import QuizgenError
    from quizgen.export.formats import FORMATS
    from quizgen.io import default_stem, refuse_inputs, resolve_output, write_text
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
        if out not in (None, "-"):
            # The title is not known yet: check the name the user gave, not the default one.
            refuse_inputs([resolve_output(out, default_name="x", extension=fmt.extension)], files)
        with progress_bar(not quiet and out != "-") as progress:
            bank = build_bank(files, count=count, types=wanted or None, seed=seed, model=model, progress=progress, cache=not no_cache)
        if not bank.questions:
            raise QuizgenError(f"no questions to export from {', '.join(str(f) for f in files)}; nothing written")
        warn_shortfall(len(bank.questions), count, what="export", types=wanted or None)
        text = None
        if fmt.name == "csv":
            from quizgen.export.tabular import to_csv

            text = to_csv(bank, bom=bom if bom is not None else out != "-")
        if out == "-":
            typer.echo(text if text is not None else fmt.render(bank), nl=False)
            return
        target = resolve_output(out, default_name=f"{default_stem(bank.title)}.{fmt.extension}",
                                extension=fmt.extension)
        refuse_inputs([target], files)
        written = write_text(target, text) if text is not None else fmt.write(bank, target)
    count_text = f"{len(bank.questions)} question{'s' if len(bank.questions) != 1 else ''}"
    typer.echo(f"{count_text} as {fmt.name}{_ordering_note(bank, fmt.name)}")
    typer.echo(f"wrote {written}")


def _ordering_note(bank: QuestionBank, format_name: str) -> str:
    """Say so where a format has no ordering question of its own."""
    ordering = sum(1 for q in bank.questions if q.type == "ordering")
    if ordering and format_name in ("gift", "qti"):
        return f" ({ordering} ordering question{'s' if ordering != 1 else ''} as matching each item to its position: {format_name} has no ordering type)"
    return ""
