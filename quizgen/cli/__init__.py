"""The ``quizgen`` command: a thin shell over the library.

Each command lives in its own module and registers itself on :data:`app`;
none imports spaCy or WeasyPrint at module level, so ``quizgen --help`` is fast.
"""

from __future__ import annotations

from quizgen.cli import build, deck, export, facts, quiz, read  # noqa: F401  (registers commands)
from quizgen.cli.app import app, main

__all__ = ["app", "main"]
