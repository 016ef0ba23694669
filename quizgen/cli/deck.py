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
        str | None,
        typer.Option("--out", "-o", metavar="FILE|DIR/", help="The .apkg to write (.apkg is added when the name has no extension), or a folder (DIR/, created if need be) for the default name. Default: decks/TITLE.apkg."),
    ] = None,
    deck_name: Annotated[
        str | None,
        typer.Option("--deck", help="Name of the top deck; chapters become its subdecks. Default: the chapter's title."),
    ] = None,
    by_section: Annotated[
        bool, typer.Option("--by-section/--no-by-section", help="One subdeck per section: TITLE::Chapter::Section (the default).")
    ] = True,
    count: Annotated[int | None, typer.Option("--count", "-n", min=1, help="Keep the best N of the questions the deck takes (default: every question that passes).")] = None,
    types: Annotated[
        list[str] | None,
        typer.Option("--types", "-t", help="Only these question types (repeat or separate with commas): cloze, short_answer, term_definition, ordering, multiple_choice, true_false. Default: the first four (from a chapter, ordering only when named here); multiple choice and true/false are for quizzes, and in the deck only when named here. Matching sets make no cards."),
    ] = None,
    previous: Annotated[
        Path | None,
        typer.Option("--previous", help="The earlier deck (its .apkg, the question bank .json it was made from, or the NAME.notes.json that quizgen build keeps): its notes that are gone are written again, tagged quizgen::retired."),
    ] = None,
    seed: Annotated[int, typer.Option("--seed", help="Fixes every random choice: same seed, same deck.")] = 0,
    model: Annotated[str | None, typer.Option("--model", help="spaCy model name or path.")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar and no summary; errors only.")] = False,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="Parse every paragraph afresh and keep nothing in the cache folder.")] = False,
) -> None:
    """Write an Anki deck (.apkg) for students.

    Import it with Anki's File > Import. Each fact is one note, and its ways of
    being asked are that note's cards; each card shows the sentence, section
    and page it came from. Write the deck again after the chapter changed and
    import it again: Anki updates the notes you study (keeping their review
    history) instead of adding copies. Give the earlier deck with --previous
    and the notes that are gone come back tagged quizgen::retired, so one
    search in Anki (tag:quizgen::retired) finds them all.

    Example:  quizgen deck chapter.pdf --previous old.apkg
    """
    from quizgen.errors import ExportError, QuizgenError
    from quizgen.export.anki import DECK_TYPES, QUIZ_TYPES, SKIPPED_TYPES, write_deck
    from quizgen.io import default_stem, refuse_inputs, resolve_output
    from quizgen.models import QUESTION_TYPES
    from quizgen.pipeline import build_bank

    with user_errors():
        # Options are checked before any chapter is read: a typo costs no parsing time.
        wanted = _types(types, QUESTION_TYPES)
        if wanted is not None and set(wanted) <= set(SKIPPED_TYPES):
            raise QuizgenError(f"--types {','.join(wanted)} makes no Anki cards: {SKIPPED_TYPES[wanted[0]]}")
        if out is not None and Path(out).suffix and Path(out).suffix.lower() != ".apkg" and not Path(out).is_dir():
            raise ExportError(f"{out}: an Anki package is named NAME.apkg")
        if previous is not None and not previous.is_file():
            raise ExportError(f"{previous}: no such file (--previous takes the earlier deck's .apkg or question bank .json)")
        # --count picks among the questions the deck takes, not among quiz-only ones it would drop.
        bank_types = wanted or (DECK_TYPES if count is not None else None)
        with progress_bar(not quiet) as progress:
            bank = build_bank(
                files, count=count, types=bank_types, seed=seed, model=model, progress=progress, cache=not no_cache
            )
        # -o DIR/ (new or existing) takes the default name, -o NAME gets ".apkg"
        target = resolve_output(out, default_name=f"{default_stem(deck_name or bank.title)}.apkg", extension="apkg")
        refuse_inputs([target], files)
        _, changes = write_deck(
            bank, target, deck_name=deck_name, by_section=by_section, types=wanted, previous=previous
        )
    if quiet:
        return
    taken = set(wanted or DECK_TYPES)
    left_out = [
        f"{sum(1 for q in bank.questions if q.type == t)} {t.replace('_', ' ')}"
        for t in (*SKIPPED_TYPES, *QUIZ_TYPES)
        if t not in taken and any(q.type == t for q in bank.questions)
    ]
    note_left_out = f"; left out: {', '.join(left_out)} (see --types)" if left_out else ""
    typer.echo(f"{changes.summary()} from {len(bank.questions)} questions{note_left_out}")
    if changes.against_earlier():
        typer.echo(changes.against_earlier())
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
