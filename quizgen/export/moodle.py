"""Moodle XML: the format of Moodle's question bank import (Question bank > Import > Moodle XML).

One ``<quiz>`` holding, for each change of chapter or section, a
``category`` pseudo-question (``$course$/Chapter/Section``), then the
questions of that category in bank order:

- multiple_choice -> ``multichoice`` (one right answer), true_false -> ``truefalse``;
- short_answer, term_definition -> ``shortanswer`` (``*``, Moodle's wildcard, escaped);
- matching -> ``matching``; ordering -> ``matching`` of each item to its position;
- cloze -> ``cloze`` (embedded answers): the context with ``{1:SHORTANSWER:=answer}``
  in place of the answer, whose ``} # ~ / " \\`` are escaped with a backslash.

HTML fields (question text, choices, feedback) hold the chapter text
HTML-escaped, so ``<b>`` shows as written; the XML layer escapes once more.
Each question carries its quizgen id as ``idnumber`` and the source sentence
and page as general feedback.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET

from quizgen.export.formats import (
    category_path,
    cloze_parts,
    ordering_pairs,
    ordering_prompt,
    source_line,
)
from quizgen.models import Question, QuestionBank

#: Moodle's default penalty for each wrong try in adaptive mode (a third).
PENALTY = "0.3333333"

_CLOZE_SPECIAL = re.compile(r'([}#~/"\\])')


def _html(text: str) -> str:
    return html.escape(text, quote=False)


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    element = ET.SubElement(parent, tag, attrs)
    if text is not None:
        element.text = text
    return element


def _text_field(parent: ET.Element, tag: str, text: str, *, fmt: str = "html") -> ET.Element:
    field = _sub(parent, tag, format=fmt) if fmt else _sub(parent, tag)
    _sub(field, "text", text)
    return field


def shortanswer_text(answer: str) -> str:
    """A short answer as Moodle compares it with what the student types."""
    return answer.replace("*", "\\*")


def cloze_answer(answer: str) -> str:
    """An answer inside ``{1:SHORTANSWER:=...}``: the embedded syntax's characters escaped."""
    return shortanswer_text(_CLOZE_SPECIAL.sub(r"\\\1", _html(answer)))


def _context(text: str) -> str:
    """Cloze context around the embedded answer; braces as character references so that
    Moodle's embedded-answer scanner never mistakes chapter text for syntax."""
    return _html(text).replace("{", "&#123;").replace("}", "&#125;")


def _category(quiz: ET.Element, path: tuple[str, ...]) -> None:
    question = _sub(quiz, "question", type="category")
    # A "/" inside a name is written "//" in Moodle category paths.
    _text_field(question, "category", "$course$/" + "/".join(p.replace("/", "//") for p in path), fmt="")


def _common(quiz: ET.Element, question: Question, qtype: str, text_html: str) -> ET.Element:
    element = _sub(quiz, "question", type=qtype)
    _text_field(element, "name", f"{question.prompt[:60]} ({question.id})", fmt="")
    _text_field(element, "questiontext", text_html)
    note = question.explanation or question.source.sentence
    feedback = f"{_html(note)} <em>({_html(source_line(question))})</em>" if note else ""
    _text_field(element, "generalfeedback", feedback)
    _sub(element, "defaultgrade", "1")
    _sub(element, "penalty", PENALTY)
    _sub(element, "hidden", "0")
    _sub(element, "idnumber", question.id)
    return element


def _answer(parent: ET.Element, text: str, fraction: int, *, fmt: str = "html") -> None:
    answer = _sub(parent, "answer", fraction=str(fraction), format=fmt)
    _sub(answer, "text", text)
    _text_field(answer, "feedback", "")


def _tags(element: ET.Element, question: Question) -> None:
    if question.tags:
        tags = _sub(element, "tags")
        for tag in question.tags:
            _text_field(tags, "tag", tag, fmt="")


def _question(quiz: ET.Element, question: Question) -> None:
    qtype = question.type
    if qtype == "multiple_choice":
        element = _common(quiz, question, "multichoice", _html(question.prompt))
        _sub(element, "single", "true")
        _sub(element, "shuffleanswers", "true")
        _sub(element, "answernumbering", "abc")
        for choice in question.choices:
            _answer(element, _html(choice), 100 if choice == question.answer else 0)
    elif qtype == "true_false":
        element = _common(quiz, question, "truefalse", _html(question.prompt))
        is_true = question.answer.strip().lower() == "true"
        _answer(element, "true", 100 if is_true else 0, fmt="moodle_auto_format")
        _answer(element, "false", 0 if is_true else 100, fmt="moodle_auto_format")
    elif qtype in ("matching", "ordering"):
        pairs = question.pairs if qtype == "matching" else ordering_pairs(question)
        prompt = question.prompt if qtype == "matching" else ordering_prompt(question)
        element = _common(quiz, question, "matching", _html(prompt))
        _sub(element, "shuffleanswers", "true")
        for left, right in pairs:
            sub = _text_field(element, "subquestion", _html(left))
            _text_field(sub, "answer", right, fmt="")
    elif qtype == "cloze":
        before, answer, after = cloze_parts(question)
        text = f"{_context(before)}{{1:SHORTANSWER:={cloze_answer(answer)}}}{_context(after)}"
        element = _common(quiz, question, "cloze", text)
    else:
        element = _common(quiz, question, "shortanswer", _html(question.prompt))
        _sub(element, "usecase", "0")
        _answer(element, shortanswer_text(question.answer), 100, fmt="moodle_auto_format")
    _tags(element, question)


def to_moodle_xml(bank: QuestionBank) -> str:
    """The bank as a Moodle XML document (UTF-8, with declaration, indented)."""
    quiz = ET.Element("quiz")
    quiz.append(ET.Comment(f" {bank.title} (quizgen) ".replace("--", "- -")))
    current: tuple[str, ...] | None = None
    for question in bank.questions:
        path = category_path(question, bank)
        if path != current:
            _category(quiz, path)
            current = path
        _question(quiz, question)
    ET.indent(quiz)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(quiz, encoding="unicode") + "\n"
