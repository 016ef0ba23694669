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
        typer.Argument(metavar="[FILE...]", help="Chapters (.pdf .txt .md .docx .html .epub), folders of them, or question-bank .json files. Default: the bundled example chapter."),
    ] = None,
    out: Annotated[Path, typer.Option("--out", "-o", metavar="DIR", help="Folder to write into (created if need be).")] = Path("decks"),
    count: Annotated[int, typer.Option("--count", "-n", min=1, metavar="N", help="Questions on the printed quiz (the deck gets every good question; a warning says when the quiz has fewer).")] = 20,
    seed: Annotated[int, typer.Option("--seed", metavar="N", help="Fixes every random choice: same seed, same output.")] = 0,
    model: Annotated[str | None, typer.Option("--model", metavar="NAME", help="spaCy model name or path.")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", metavar="", help="No progress bar.")] = False,
    split: Annotated[bool, typer.Option("--split", metavar="", help="One deck and quiz per chapter instead of one for them all.")] = False,
    no_cache: Annotated[bool, typer.Option("--no-cache", metavar="", help="Parse every paragraph afresh and keep nothing in the cache folder.")] = False,
) -> None:
    """Build everything for a chapter: an Anki deck, a printable quiz and its answer key.

    With no FILE it runs on the bundled example chapter, so you can see what
    quizgen makes before giving it your own. Outputs are named after the
    chapter's title: NAME.apkg, NAME-quiz.pdf and NAME-quiz-key.pdf, and
    NAME.notes.json, from which the next build retires the notes that are gone.
    The quiz is laid out and rendered before anything is written, and the quiz
    and its key are written together.

    Several chapters (or a folder of them) go through the parse together and
    make one deck and one quiz, or one of each per chapter with --split. A
    chapter built before is not parsed again (see --no-cache).

    Example:  quizgen build chapter.pdf -o decks/
    """
    from quizgen.cli.quiz import _quiz_shortfall
    from quizgen.errors import ExportError
    from quizgen.export.anki import write_deck
    from quizgen.export.printable import render_quizzes
    from quizgen.export.quiz_layout import make_versions
    from quizgen.io import default_stem, refuse_inputs, write_set
    from quizgen.pipeline import build_banks
    from quizgen.resources import example_chapter
    from quizgen.select import for_a_quiz

    inputs = list(files) if files else [example_chapter()]
    with user_errors():
        if out.exists() and not out.is_dir():
            raise ExportError(f"{out}: is a file; -o names the folder to write into")
        with progress_bar(not quiet) as progress:
            banks = build_banks(inputs, split=split, seed=seed, model=model, progress=progress, cache=not no_cache)
            planned = []
            names: set[str] = set()
            for bank in banks:
                name = default_stem(bank.title)
                while name in names:  # two chapters with one title
                    name = f"{name}-{len(names) + 1}"
                names.add(name)
                quizzes = make_versions(for_a_quiz(bank), count=count, seed=seed)
                pending = render_quizzes(quizzes, out / f"{name}-quiz.pdf", progress=progress)
                planned.append((bank, name, quizzes, pending))
        written: list[Path] = []
        summaries: list[str] = []
        for bank, name, quizzes, pending in planned:
            # The record of the deck's notes lets the next build retire the notes that are gone.
            deck_path, record = out / f"{name}.apkg", out / f"{name}.notes.json"
            refuse_inputs([deck_path, record, *(path for path, _ in pending)], inputs)
            deck, changes = write_deck(bank, deck_path, record=record)
            written.extend([deck, record])
            written.extend(write_set(pending))
            earlier = changes.against_earlier()
            summaries.append(f"deck: {changes.summary()}" + (f"; {earlier}" if earlier else ""))
            got = len(quizzes[0].items)
            if got < count:
                what = f"build: the quiz of {name}" if len(planned) > 1 else "build: the quiz"
                warn_shortfall(got, count, what=what, reason=_quiz_shortfall(bank, got, None))
    total = sum(len(bank.questions) for bank, *_ in planned)
    typer.echo(f"{total} questions from {', '.join(p.name for p in inputs)}")
    for summary in summaries:
        typer.echo(summary)
    for path in written:
        typer.echo(f"wrote {path}")
