"""The `quizgen build` command: the main job, deck and quiz in one go."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from quizgen.cli.app import app, progress_bar, user_errors, warn_shortfall


@app.command()
def build(
    files: Annotated[
        list[Path] | None,
        typer.Argument(metavar="[FILE...]", help="Chapters (.pdf .txt .md .docx .html .epub) or question-bank .json files. Default: the bundled example chapter."),
    ] = None,
    out: Annotated[Path, typer.Option("--out", "-o", metavar="DIR", help="Folder to write into (created if need be).")] = Path("decks"),
    count: Annotated[int, typer.Option("--count", "-n", min=1, metavar="N", help="Questions on the printed quiz (the deck gets every good question; a warning says when the quiz has fewer).")] = 20,
    seed: Annotated[int, typer.Option("--seed", metavar="N", help="Fixes every random choice: same seed, same output.")] = 0,
    model: Annotated[str | None, typer.Option("--model", metavar="NAME", help="spaCy model name or path.")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", metavar="", help="No progress bar.")] = False,
) -> None:
    """Build everything for a chapter: an Anki deck, a printable quiz and its answer key.

    With no FILE it runs on the bundled example chapter, so you can see what
    quizgen makes before giving it your own. Outputs are named after the
    chapter's title: NAME.apkg, NAME-quiz.pdf and NAME-quiz-key.pdf. The quiz
    is laid out and rendered before anything is written, and the quiz and its
    key are written together.

    Example:  quizgen build chapter.pdf -o decks/
    """
    from quizgen.cli.quiz import _quiz_shortfall
    from quizgen.errors import ExportError
    from quizgen.export.anki import write_deck
    from quizgen.export.printable import render_quizzes
    from quizgen.export.quiz_layout import make_versions
    from quizgen.io import default_stem, refuse_inputs, write_set
    from quizgen.pipeline import build_bank
    from quizgen.resources import example_chapter

    inputs = list(files) if files else [example_chapter()]
    with user_errors():
        if out.exists() and not out.is_dir():
            raise ExportError(f"{out}: is a file; -o names the folder to write into")
        with progress_bar(not quiet) as progress:
            bank = build_bank(inputs, seed=seed, model=model, progress=progress)
            name = default_stem(bank.title)
            deck_path, quiz_path = out / f"{name}.apkg", out / f"{name}-quiz.pdf"
            quizzes = make_versions(bank, count=count, seed=seed)
            pending = render_quizzes(quizzes, quiz_path, progress=progress)
        # The record of the deck's notes lets the next build retire the notes that are gone.
        record = out / f"{name}.notes.json"
        refuse_inputs([deck_path, record, *(path for path, _ in pending)], inputs)
        deck, changes = write_deck(bank, deck_path, record=record)
        written = [deck, record]
        written.extend(write_set(pending))
    got = len(quizzes[0].items)
    if got < count:
        warn_shortfall(got, count, what="build: the quiz", reason=_quiz_shortfall(bank, got, None))
    typer.echo(f"{len(bank.questions)} questions from {', '.join(p.name for p in inputs)}")
    typer.echo(f"deck: {changes.summary()}" + (f"; {changes.against_earlier()}" if changes.against_earlier() else ""))
    for path in written:
        typer.echo(f"wrote {path}")
