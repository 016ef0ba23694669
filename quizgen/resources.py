"""Where quizgen's bundled files live, whether installed or run from a clone."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

_PACKAGE = Path(str(files("quizgen")))


def templates_dir() -> Path:
    """The folder of Jinja templates.

    A wheel carries them inside the package (``quizgen/templates``); an
    editable install or a clone keeps them at the top level (``templates/``).
    """
    packaged = _PACKAGE / "templates"
    if packaged.is_dir():
        return packaged
    return _PACKAGE.parent / "templates"


def example_chapter() -> Path:
    """The chapter the README's main command runs on."""
    return _PACKAGE / "examples" / "chapter.md"
