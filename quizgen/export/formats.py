"""The export formats by name, and the little every LMS writer needs the same way.

``quizgen export --to NAME`` looks the name up in :data:`FORMATS`; each entry
names its module, imported only when used so that the CLI stays quick.

>>> FORMATS["gift"].extension
'gift'
>>> FORMATS["gift"].render(bank)       # doctest: +SKIP
'// The Water Cycle ...'
"""

from __future__ import annotations

import importlib
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from quizgen.io import write_bytes, write_text
from quizgen.models import Question, QuestionBank


@dataclass(frozen=True, slots=True)
class ExportFormat:
    """One output format: ``module.function`` renders a bank to text, or to bytes
    where ``binary`` (such formats cannot go to standard output)."""

    name: str
    extension: str
    summary: str
    module: str
    function: str
    binary: bool = False

    def _renderer(self) -> Callable[[QuestionBank], Any]:
        module = importlib.import_module(self.module)
        return getattr(module, self.function)

    def render(self, bank: QuestionBank) -> str:
        """The bank in this format, as text (not for binary formats)."""
        if self.binary:
            raise TypeError(f"{self.name} is a binary format")
        return self._renderer()(bank)

    def write(self, bank: QuestionBank, path: str | os.PathLike[str]) -> Path:
        """Write the bank to ``path`` atomically; return the path."""
        if self.binary:
            return write_bytes(path, self._renderer()(bank))
        return write_text(path, self.render(bank))


FORMATS: dict[str, ExportFormat] = {
    f.name: f
    for f in (
        ExportFormat("json", "json", "the editable question bank every command reads back",
                     "quizgen.bank", "to_json"),
        ExportFormat("csv", "csv", "one row per question, for spreadsheets", "quizgen.export.tabular", "to_csv"),
        ExportFormat("tsv", "tsv", "tab-separated rows, for Anki's and Quizlet's importers",
                     "quizgen.export.tabular", "to_tsv"),
        ExportFormat("moodle", "xml", "Moodle XML, with categories from chapter and sections",
                     "quizgen.export.moodle", "to_moodle_xml"),
        ExportFormat("gift", "gift", "Moodle's GIFT text format", "quizgen.export.gift", "to_gift"),
        ExportFormat("qti", "zip", "IMS QTI 1.2 package that Canvas imports as a quiz",
                     "quizgen.export.qti", "to_qti_zip", binary=True),
        ExportFormat("md", "md", "a readable Markdown quiz with an answer section",
                     "quizgen.export.markdown", "to_markdown"),
    )
}


# --------------------------------------------------------------------------- shared helpers


def answer_text(question: Question) -> str:
    """The answer as one line of text, also for matching and ordering questions."""
    if question.type == "matching" and question.pairs:
        return "; ".join(f"{left} — {right}" for left, right in question.pairs)
    if question.type == "ordering" and question.sequence:
        return " → ".join(question.sequence)
    return question.answer


def ordering_pairs(question: Question) -> tuple[tuple[str, str], ...]:
    """An ordering question as matching pairs (item, position), in the shown order.

    LMS formats have no ordering type that imports everywhere; matching each item
    to its position ("1" = first) is the nearest one that does.
    """
    position = {item: str(index) for index, item in enumerate(question.sequence, start=1)}
    shown = question.choices if sorted(question.choices) == sorted(question.sequence) else question.sequence
    return tuple((item, position[item]) for item in shown)


def ordering_prompt(question: Question) -> str:
    count = len(question.sequence)
    return f"{question.prompt} Give each item its position, from 1 (first) to {count} (last)."


def category_path(question: Question, bank: QuestionBank) -> tuple[str, ...]:
    """Where a question belongs in an LMS question bank: chapter, then section."""
    chapter = question.source.chapter or bank.title or "quizgen"
    return (chapter, question.source.section) if question.source.section else (chapter,)


def cloze_parts(question: Question) -> tuple[str, str, str]:
    """A cloze's context split as (before, answer, after) around its span."""
    if question.span is None:
        return question.prompt, question.answer, ""
    start, end = question.span
    context = question.context
    return context[:start], context[start:end], context[end:]


def source_line(question: Question) -> str:
    """Where the question comes from, for feedback: "Rivers and Lakes, p. 3"."""
    parts = [p for p in (question.source.section,) if p]
    if question.source.page is not None:
        parts.append(f"p. {question.source.page}")
    return ", ".join(parts) or question.source.file


# --------------------------------------------------------------------------- escaping

#: Characters XML 1.0 cannot hold at all, not even as a character reference.
_XML_ILLEGAL = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
#: Control characters other than tab, line feed and carriage return.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def xml_text(text: str) -> str:
    """``text`` with the characters XML cannot hold dropped (C0 controls, lone
    surrogates, U+FFFE/U+FFFF); the XML serialiser escapes the rest."""
    return _XML_ILLEGAL.sub("", text)


def xml_comment(text: str) -> str:
    """Text that can sit inside ``<!-- -->``: no ``--`` and no ``-`` at its end."""
    text = re.sub(r"-(?=-)", "- ", xml_text(text))
    return text + " " if text.endswith("-") else text


def without_controls(text: str) -> str:
    """``text`` with control characters (other than tab and line breaks) dropped."""
    return _CONTROL.sub("", text)
