"""Errors quizgen raises. Only the CLI catches them; their messages name the
file and, where there is one, the fix."""

from __future__ import annotations


class QuizgenError(Exception):
    """Base of every error quizgen reports to a user as one line."""


class IngestError(QuizgenError):
    """A chapter could not be read (missing, unsupported, corrupt, no text)."""


class AnalysisError(QuizgenError):
    """The language model could not be loaded or run."""


class BankError(QuizgenError):
    """A question bank is malformed; the message names the question and field."""


class ExportError(QuizgenError):
    """An output could not be written."""
