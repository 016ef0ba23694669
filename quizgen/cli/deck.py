"""The `quizgen deck` command: an Anki package for students."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from quizgen.cli.app import app, progress_bar, user_errors


@app.command()
def deck(
    files: Annotated[
        list[Path],
        typer.Argument(help="Chapters (.pdf .txt .md .docx .html .epub) or question-bank .json files."),
    ],
    out: Annotated[
        Path | None,
        typer.Option("--out", "-o", help="The .apkg to write (or a folder for it). Default: decks/TITLE.apkg."),
    ] = None,
    deck_name: Annotated[
        str | None,
        typer.Option("--deck", help="Name of the top deck; chapters become its subdecks. Default: the chapter's title."),
    ] = None,
    by_section: Annotated[
        bool, typer.Option("--by-section", help="One subdeck per section: TITLE::Chapter::Section.")
    ] = False,
    count: Annotated[int | None, typer.Option("--count", "-n", min=1, help="Keep the best N questions (default: every question that passes).")] = None,
    types: Annotated[
        list[str] | None,
        typer.Option("--types", "-t", help="Only these question types (repeat or separate with commas): cloze, short_answer, multiple_choice, true_false, term_definition, ordering. Matching sets make no cards."),
    ] = None,
    seed: Annotated[int, typer.Option("--seed", help="Fixes every random choice: same seed, same deck.")] = 0,
    model: Annotated[str | None, typer.Option("--model", help="spaCy model name or path.")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar and no summary; errors only.")] = False,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="Parse every paragraph afresh and keep nothing in the cache folder.")] = False,
) -> None:
    """Write an Anki deck (.apkg) for students.

    Import it with Anki's File > Import. Each card shows the sentence, section
    and page it came from. Write the deck again after the chapter changed and
    import it again: Anki updates the notes you study (keeping their review
    history) instead of adding copies.

    Example:  quizgen deck chapter.pdf --by-section -o decks/chapter.apkg
    """
    from quizgen.errors import ExportError, QuizgenError
    from quizgen.export.anki import SKIPPED_TYPES, deck_description, make_notes, write_notes
    from quizgen.identity import slug
    from quizgen.models import QUESTION_TYPES
    from quizgen.pipeline import build_bank

    with user_errors():
        # Options are checked before any chapter is read: a typo costs no parsing time.
        wanted = _types(types, QUESTION_TYPES)
        if wanted is not None and set(wanted) <= set(SKIPPED_TYPES):
            raise QuizgenError(f"--types {','.join(wanted)} makes no Anki cards: {SKIPPED_TYPES[wanted[0]]}")
        if out is not None and not out.is_dir() and out.suffix.lower() != ".apkg":
            raise ExportError(f"{out}: an Anki package is named NAME.apkg")
        with progress_bar(not quiet) as progress:
            bank = build_bank(files, count=count, types=wanted, seed=seed, model=model, progress=progress, cache=not no_cache)
        notes = make_notes(bank, deck_name=deck_name, by_section=by_section)
        if not notes:
            raise ExportError(f"{', '.join(f.name for f in files)}: no questions that make Anki cards")
        name = f"{slug(deck_name or bank.title)}.apkg"
        target = Path("decks") / name if out is None else out / name if out.is_dir() else out
        write_notes(notes, target, description=deck_description(bank))
    if quiet:
        return
    cards = sum(note.cards for note in notes)
    decks = len({note.deck for note in notes})
    left_out = sum(1 for q in bank.questions if q.type in SKIPPED_TYPES)
    note_left_out = f"; {left_out} matching set(s) left out" if left_out else ""
    typer.echo(f"{len(notes)} notes, {cards} cards in {decks} deck(s) from {len(bank.questions)} questions{note_left_out}")
    typer.echo(f"wrote {target}")


def _types(values: list[str] | None, known: tuple[str, ...]) -> tuple[str, ...] | None:
    """The --types values split on commas and checked; None means every type."""
    from quizgen.errors import QuizgenError

    if not values:
        return None
    wanted = tuple(dict.fromkeys(
        part.strip().lower().replace("-", "_") for value in values for part in value.split(",") if part.strip()
    ))
    unknown = [t for t in wanted if t not in known]
    if unknown:
        raise QuizgenError(f"unknown question type {unknown[0]!r}; choose from {', '.join(known)}")
    return wanted or None
