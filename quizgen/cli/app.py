"""The typer application, error reporting and progress shared by every command."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Annotated

import typer

from quizgen import __version__
from quizgen.errors import QuizgenError

ProgressCallback = Callable[[str, int, int], None]

app = typer.Typer(
    name="quizgen",
    help=(
        "Turn a textbook chapter into study material: Anki decks for students, "
        "printable quizzes with answer keys for teachers, and question banks for "
        "Moodle and Canvas. Rule-based, offline, and every question says which "
        "sentence and page it came from.\n\n"
        "Start with:  quizgen build   (runs on the bundled example chapter)"
    ),
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="rich",
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"quizgen {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit."),
    ] = False,
) -> None:
    """quizgen: textbook chapters to Anki decks and printable quizzes."""


@contextmanager
def user_errors() -> Iterator[None]:
    """Turn a QuizgenError into one line on stderr and exit code 2."""
    try:
        yield
    except QuizgenError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    except KeyboardInterrupt:
        typer.echo("interrupted", err=True)
        raise typer.Exit(130) from None


@contextmanager
def progress_bar(enabled: bool = True) -> Iterator[ProgressCallback | None]:
    """A rich progress bar on stderr, as a ``progress(stage, done, total)`` callback.

    Library functions take the callback as ``progress=``; ``--quiet`` passes None.
    """
    if not enabled or not sys.stderr.isatty():
        yield None
        return
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

    with Progress(
        TextColumn("{task.description:<12}"), BarColumn(), TextColumn("{task.completed}/{task.total}"),
        TimeElapsedColumn(), transient=True, console=_stderr_console(),
    ) as bar:
        tasks: dict[str, object] = {}

        def update(stage: str, done: int, total: int) -> None:
            if stage not in tasks:
                tasks[stage] = bar.add_task(stage, total=total)
            bar.update(tasks[stage], completed=done, total=total)  # type: ignore[arg-type]

        yield update


def _stderr_console():  # type: ignore[no-untyped-def]
    from rich.console import Console

    return Console(stderr=True)


def main() -> None:
    """Console-script entry point."""
    app(prog_name="quizgen")


if __name__ == "__main__":  # pragma: no cover
    main()
    sys.exit(0)
