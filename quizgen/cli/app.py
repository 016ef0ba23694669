"""The typer application, error reporting and progress shared by every command."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Annotated, Any

import typer

from quizgen import __version__
from quizgen.errors import QuizgenError
from quizgen.io import for_terminal

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


def _type_in_words(param: Any, ctx: Any) -> str | None:
    """What ``--help`` shows in its type column: a word a teacher reads (FILE, N, TEXT),
    nothing for a flag or for an argument (its name says it), never ``<list[Path]>``."""
    from typer.core import TyperArgument

    if isinstance(param, TyperArgument) or getattr(param, "is_flag", False):
        return None
    if param.metavar is not None:
        return str(param.metavar) or None
    label = str(param.display_type(ctx)).strip("<>")
    many = label.startswith("list[")
    label = label.removeprefix("list[").removesuffix("]").lower()
    word = {"path": "FILE", "int": "N", "int range": "N", "float": "NUMBER",
            "float range": "NUMBER", "bool": None}.get(label, "TEXT")
    return f"{word}..." if word and many else word


def _use_words_for_types() -> None:
    # Typer 0.29 prints annotations (<bool>, <list[Path]>) in the help's type column;
    # every command's help goes through these two methods.
    from typer.core import TyperArgument, TyperOption

    TyperArgument.display_type_rich = _type_in_words  # type: ignore[method-assign,assignment]
    TyperOption.display_type_rich = _type_in_words  # type: ignore[method-assign,assignment]


_use_words_for_types()


def _version(value: bool) -> None:
    if value:
        typer.echo(f"quizgen {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, metavar="", help="Show the version and exit."),
    ] = False,
) -> None:
    """quizgen: textbook chapters to Anki decks and printable quizzes."""


def warn(message: str) -> None:
    """A warning on stderr: the command still succeeds (exit 0)."""
    typer.echo(f"warning: {message}", err=True)


def warn_shortfall(got: int, asked: int | None, *, what: str, types: Sequence[str] | None = None,
                   reason: str = "") -> None:
    """Warn when a command has fewer questions than ``--count`` asked for, and why."""
    if asked is None or got >= asked:
        return
    if not reason:
        kinds = f" of type {', '.join(types)}" if types else ""
        reason = (f"the input has only {got} question{'s' if got != 1 else ''}{kinds} that pass "
                  "the quality bar" + ("; more types (--types) would give more" if types else
                                       "; a longer chapter or more chapters would give more"))
    warn(f"{what}: {got} of the {asked} questions asked for ({reason})")


@contextmanager
def user_errors() -> Iterator[None]:
    """Turn a QuizgenError into one line on stderr and exit code 2."""
    try:
        yield
    except QuizgenError as exc:
        # One line, whatever the message quotes from the input.
        typer.echo(f"error: {for_terminal(str(exc))}".replace("\n", "\\n"), err=True)
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
