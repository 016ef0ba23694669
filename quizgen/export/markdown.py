"""A readable Markdown quiz: numbered questions, then an answer section with sources.

Chapter text is written so that it shows as written: Markdown's own
characters are backslash-escaped and ``<``, ``>`` and ``&`` become HTML
character references (Markdown renderers pass raw HTML through).
"""

from __future__ import annotations

import html
import re

from quizgen.export.formats import answer_text, ordering_prompt, source_line
from quizgen.models import Question, QuestionBank
from quizgen.questions.accept import also_right

#: Characters that start emphasis, code or links anywhere in a line; block markers
#: (#, -, 1.) cannot occur because every line starts with ours.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]])")
#: Table and strikethrough characters (GitHub Markdown) that not every renderer lets
#: a backslash escape: character references work in all of them.
_REFERENCES = {"|": "&#124;", "~": "&#126;"}
_SPACE = re.compile(r"\s+")


def escape(text: str) -> str:
    """``text`` on one line, safe to drop into Markdown anywhere."""
    text = _SPACE.sub(" ", text).strip()
    text = _MARKDOWN_SPECIAL.sub(r"\\\1", html.escape(text, quote=False))
    return "".join(_REFERENCES.get(char, char) for char in text)


def _letters(index: int) -> str:
    return chr(ord("a") + index) if index < 26 else str(index + 1)


def _question(number: int, question: Question) -> list[str]:
    prompt = ordering_prompt(question) if question.type == "ordering" else question.prompt
    lines = [f"{number}. {escape(prompt)}", ""]
    if question.type in ("multiple_choice", "true_false"):
        lines += [f"   - ({_letters(i)}) {escape(c)}" for i, c in enumerate(question.choices)]
    elif question.type == "matching":
        lefts = [left for left, _ in question.pairs]
        rights = sorted(right for _, right in question.pairs)
        lines += [f"   - **{i + 1}.** {escape(left)}" for i, left in enumerate(lefts)]
        lines += [""]
        lines += [f"   - ({_letters(i)}) {escape(right)}" for i, right in enumerate(rights)]
    elif question.type == "ordering":
        shown = question.choices if sorted(question.choices) == sorted(question.sequence) else question.sequence
        lines += [f"   - {escape(item)}" for item in shown]
    else:
        lines += ["   Answer: \\_\\_\\_\\_\\_\\_\\_\\_\\_\\_"]
    return lines + [""]


def _answer(number: int, question: Question) -> list[str]:
    if question.type == "matching":
        rights = sorted(right for _, right in question.pairs)
        key = ", ".join(
            f"{i + 1}–({_letters(rights.index(right))}) {escape(right)}"
            for i, (_, right) in enumerate(question.pairs)
        )
    elif question.type == "ordering":
        key = " → ".join(escape(item) for item in question.sequence)
    elif question.type in ("multiple_choice", "true_false") and question.answer in question.choices:
        key = f"({_letters(question.choices.index(question.answer))}) {escape(question.answer)}"
    else:
        key = escape(answer_text(question))
    lines = [f"{number}. **{key}**"]
    if also_right(question):
        lines[-1] += "\\"
        lines.append(f"   Also right: {escape(also_right(question))}")
    if question.explanation:
        lines[-1] += "\\"  # a hard line break: the explanation goes on its own line
        lines.append(f"   {escape(question.explanation)}")
    lines[-1] += "\\"
    lines.append(f"   *Source: {escape(source_line(question))}: “{escape(question.source.sentence)}”*")
    return lines + [""]


def to_markdown(bank: QuestionBank) -> str:
    """The quiz (questions in bank order), a rule, then the answers with their sources."""
    lines = [f"# {escape(bank.title)}", "", f"{len(bank.questions)} questions.", ""]
    for number, question in enumerate(bank.questions, start=1):
        lines += _question(number, question)
    lines += ["---", "", "## Answers", ""]
    for number, question in enumerate(bank.questions, start=1):
        lines += _answer(number, question)
    return "\n".join(lines).rstrip("\n") + "\n"
