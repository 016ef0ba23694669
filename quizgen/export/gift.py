"""Moodle's GIFT text format: one question per paragraph, categories from chapter and section.

Every question is written as ``::id::[html]text{answers}``. Question text and
the choices of multiple-choice and matching questions are HTML-escaped (the
``[html]`` marker), so that chapter text such as ``<b>`` shows as written;
short answers and matching right-hand sides are plain text in Moodle and are
left as they are. On top of that, GIFT's own special characters
``~ = # { } :`` and the backslash are escaped with a backslash everywhere, and
every line break (also in an id, a section name or a comment) becomes a space,
with control characters dropped: a line break would end the question or start
a new one.

Types: multiple_choice ``{=right ~wrong}``, true_false ``{TRUE}``/``{FALSE}``,
short_answer and term_definition ``{=answer =alternative ...}`` (every
``accept`` alternative), a number ``{#75:5}`` (value and tolerance), an
explanation or definition no string match could grade as an essay ``{}``
(model answer in the general feedback), cloze as a missing-word question
``before {=answer =alternative} after``, matching ``{=left -> right}``,
ordering as matching each item to its position (GIFT has no ordering type).
Short answers escape ``*``, Moodle's wildcard, as ``\\*``.
"""

from __future__ import annotations

import html
import re

from quizgen.export.formats import (
    category_path,
    cloze_parts,
    ordering_pairs,
    ordering_prompt,
    source_line,
    without_controls,
)
from quizgen.models import Question, QuestionBank
from quizgen.questions.accept import accepted, format_number, grading, numeric_answer

_SPECIAL = re.compile(r"([\\~=#{}:])")
_SPACE = re.compile(r"\s+")


def one_line(text: str) -> str:
    """``text`` on one line, without control characters: safe in a comment or a category."""
    return _SPACE.sub(" ", without_controls(text)).strip()


def escape(text: str) -> str:
    """``text`` on one line with GIFT's special characters backslash-escaped."""
    return _SPECIAL.sub(r"\\\1", one_line(text))


def _html(text: str) -> str:
    return escape(html.escape(text, quote=False))


def _plain_answer(text: str) -> str:
    """A short answer Moodle compares with what the student types: ``*`` is its wildcard."""
    return escape(text).replace("*", "\\*")


def _category(path: tuple[str, ...]) -> str:
    # A "/" inside a name is written "//" in Moodle category paths.
    return "$CATEGORY: $course$/" + "/".join(one_line(part).replace("/", "//") for part in path)


def _feedback(question: Question, *, model_answer: bool = False) -> str:
    note = question.explanation or question.source.sentence
    text = f"{note} ({source_line(question)})" if note else source_line(question)
    if model_answer:
        text = f"Model answer: {question.answer} — {text}"
    return f"####{_html(text)}"


def _question(question: Question) -> str:
    title = f"::{escape(question.id)}::[html]"
    feedback = _feedback(question)
    if question.type in ("multiple_choice",):
        options = " ".join(
            ("=" if choice == question.answer else "~") + _html(choice) for choice in question.choices
        )
        return f"{title}{_html(question.prompt)} {{{options} {feedback}}}"
    if question.type == "true_false":
        value = "TRUE" if question.answer.strip().lower() == "true" else "FALSE"
        return f"{title}{_html(question.prompt)} {{{value}{feedback}}}"
    if question.type == "cloze":
        before, _, after = cloze_parts(question)
        answers = " ".join(f"={_plain_answer(text)}" for text in accepted(question))
        return f"{title}{_html(before)} {{{answers} {feedback}}} {_html(after)}".rstrip()
    if question.type in ("matching", "ordering"):
        pairs = question.pairs if question.type == "matching" else ordering_pairs(question)
        prompt = question.prompt if question.type == "matching" else ordering_prompt(question)
        options = " ".join(f"={_html(left)} -> {escape(right)}" for left, right in pairs)
        return f"{title}{_html(prompt)} {{{options} {feedback}}}"
    way = grading(question)
    if way == "numerical":
        number, tolerance = numeric_answer(question) or (0.0, 0.0)
        return f"{title}{_html(question.prompt)} {{#{format_number(number)}:{format_number(tolerance)} {feedback}}}"
    if way == "essay":
        return f"{title}{_html(question.prompt)} {{{_feedback(question, model_answer=True)}}}"
    answers = " ".join(f"={_plain_answer(text)}" for text in accepted(question))
    return f"{title}{_html(question.prompt)} {{{answers} {feedback}}}"


def to_gift(bank: QuestionBank) -> str:
    """The bank as GIFT text: a category line before each change of chapter/section,
    then one question per paragraph, in bank order."""
    lines = [f"// {one_line(bank.title)} (quizgen)", ""]
    current: tuple[str, ...] | None = None
    for question in bank.questions:
        path = category_path(question, bank)
        if path != current:
            lines += [_category(path), ""]
            current = path
        lines += [f"// {question.type}: {one_line(question.id)}", _question(question), ""]
    return "\n".join(lines)
