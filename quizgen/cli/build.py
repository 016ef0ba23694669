"""The `quizgen build` command: the main job, deck and quiz in one go."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from quizgen.cli.app import app, progress_bar, user_errors


@app.command()
def build(
    files: Annotated[
        list[Path] | None,
        typer.Argument(help="Chapters (.pdf .txt .md .docx .html .epub), folders of them, or question-bank .json files. Default: the bundled example chapter."),
    ] = None,
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder to write into.")] = Path("decks"),
    count: Annotated[int, typer.Option("--count", "-n", min=1, help="Questions on the printed quiz (the deck gets every good question).")] = 20,
    seed: Annotated[int, typer.Option("--seed", help="Fixes every random choice: same seed, same output.")] = 0,
    model: Annotated[str | None, typer.Option("--model", help="spaCy model name or path.")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    split: Annotated[bool, typer.Option("--split", help="One deck and quiz per chapter instead of one for them all.")] = False,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="Parse every paragraph afresh and keep nothing in the cache folder.")] = False,
) -> None:
    """Build everything for a chapter: an Anki deck, a printable quiz and its answer key.

    With no FILE it runs on the bundled example chapter, so you can see what
    quizgen makes before giving it your own. Outputs are named after the
    chapter's title: NAME.apkg, NAME-quiz.pdf and NAME-quiz-key.pdf.

    Several chapters (or a folder of them) go through the parse together and
    make one deck and one quiz, or one of each per chapter with --split. A
    chapter built before is not parsed again (see --no-cache).

    Example:  quizgen build chapter.pdf -o decks/
    """
    from quizgen.export.anki import write_deck
    from quizgen.export.printable import to_pdf
    from quizgen.identity import slug
    from quizgen.pipeline import build_banks
    from quizgen.resources import example_chapter

    inputs = list(files) if files else [example_chapter()]
    with user_errors():
        with progress_bar(not quiet) as progress:
            banks = build_banks(inputs, split=split, seed=seed, model=model, progress=progress, cache=not no_cache)
        written = []
        names: set[str] = set()
        summaries: list[str] = []
        for bank in banks:
            name = slug(bank.title)
            while name in names:  # two chapters with one title
                name = f"{name}-{len(names) + 1}"
            names.add(name)
            # The record of the deck's notes lets the next build retire the notes that are gone.
            record = out / f"{name}.notes.json"
            deck, changes = write_deck(bank, out / f"{name}.apkg", record=record)
            written.extend([deck, record])
            written.extend(to_pdf(bank, out / f"{name}-quiz.pdf", count=count, seed=seed))
            earlier = changes.against_earlier()
            summaries.append(f"deck: {changes.summary()}" + (f"; {earlier}" if earlier else ""))
    total = sum(len(bank.questions) for bank in banks)
    typer.echo(f"{total} questions from {', '.join(p.name for p in inputs)}")
    for summary in summaries:
        typer.echo(summary)
    for path in written:
        typer.echo(f"wrote {path}")
