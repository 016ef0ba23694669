"""The `quizgen build` command."""

from __future__ import annotations

from quizgen.cli.app import app  # noqa: F401
