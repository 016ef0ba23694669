"""Moodle XML: the format of Moodle's question bank import (Question bank > Import > Moodle XML).

One ``<quiz>`` holding, for each change of chapter or section, a
``category`` pseudo-question (``$course$/Chapter/Section``), then the
questions of that category in bank order:

- multiple_choice -> ``multichoice`` (one right answer), true_false -> ``truefalse``;
- short_answer, term_definition -> ``shortanswer`` with one 100% answer for the
  answer and each of its ``accept`` alternatives (``*``, Moodle's wildcard,
  escaped); ``numerical`` when ``accept`` holds a number with a tolerance
  (``"75 ± 5"``; ``%`` and ``percent`` as optional units); ``essay``, graded by
  the teacher with the model answer as grader information, when the answer is
  an explanation or a definition no string match could grade
  (:func:`quizgen.questions.accept.grading`);
- matching -> ``matching``; ordering -> Moodle's own ``ordering`` question
  (core since Moodle 4.4, a plugin before), its answers in the right order;
- cloze -> ``cloze`` (embedded answers): the context with
  ``{1:SHORTANSWER:=answer~=alternative}`` in place of the answer, whose
  ``} # ~ / " \\`` are escaped with a backslash.

Characters XML cannot hold (a heading's ``\\x01``) are dropped from every text
and attribute, and the title comment never holds ``--``.

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
    source_line,
    xml_comment,
    xml_text,
)
from quizgen.models import Question, QuestionBank
from quizgen.questions.accept import accepted, format_number, grading, numeric_answer

#: Moodle's default penalty for each wrong try in adaptive mode (a third).
PENALTY = "0.3333333"

_CLOZE_SPECIAL = re.compile(r'([}#~/"\\])')


def _html(text: str) -> str:
    return html.escape(text, quote=False)


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    element = ET.SubElement(parent, tag, {key: xml_text(value) for key, value in attrs.items()})
    if text is not None:
        element.text = xml_text(text)
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
    elif qtype == "matching":
        element = _common(quiz, question, "matching", _html(question.prompt))
        _sub(element, "shuffleanswers", "true")
        for left, right in question.pairs:
            sub = _text_field(element, "subquestion", _html(left))
            _text_field(sub, "answer", right, fmt="")
    elif qtype == "ordering":
        element = _common(quiz, question, "ordering", _html(question.prompt))
        for tag, value in (("layouttype", "VERTICAL"), ("selecttype", "ALL"), ("selectcount", "0"),
                           ("gradingtype", "ABSOLUTE_POSITION"), ("showgrading", "SHOW"),
                           ("numberingstyle", "none")):
            _sub(element, tag, value)
        for position, item in enumerate(question.sequence, start=1):
            answer = _sub(element, "answer", fraction=str(position), format="html")
            _sub(answer, "text", _html(item))
    elif qtype == "cloze":
        before, _, after = cloze_parts(question)
        answers = "~".join(f"={cloze_answer(text)}" for text in accepted(question))
        text = f"{_context(before)}{{1:SHORTANSWER:{answers}}}{_context(after)}"
        element = _common(quiz, question, "cloze", text)
    elif grading(question) == "numerical":
        element = _numerical(quiz, question)
    elif grading(question) == "essay":
        element = _common(quiz, question, "essay", _html(question.prompt))
        for tag, value in (("responseformat", "editor"), ("responserequired", "1"),
                           ("responsefieldlines", "5"), ("attachments", "0"),
                           ("attachmentsrequired", "0")):
            _sub(element, tag, value)
        _text_field(element, "graderinfo", f"Model answer: {_html(question.answer)}")
        _text_field(element, "responsetemplate", "")
    else:
        element = _common(quiz, question, "shortanswer", _html(question.prompt))
        _sub(element, "usecase", "0")
        for text in accepted(question):
            _answer(element, shortanswer_text(text), 100, fmt="moodle_auto_format")
    _tags(element, question)


def _numerical(quiz: ET.Element, question: Question) -> ET.Element:
    """A number within a tolerance; "%" and "percent" are accepted as optional units."""
    value, tolerance = numeric_answer(question) or (0.0, 0.0)
    element = _common(quiz, question, "numerical", _html(question.prompt))
    answer = _sub(element, "answer", fraction="100", format="moodle_auto_format")
    _sub(answer, "text", format_number(value))
    _text_field(answer, "feedback", "")
    _sub(answer, "tolerance", format_number(tolerance))
    if any(text.endswith("%") for text in question.accept):
        units = _sub(element, "units")
        for name in ("%", "percent"):
            unit = _sub(units, "unit")
            _sub(unit, "multiplier", "1")
            _sub(unit, "unit_name", name)
    # Units optional: "75" and "75%" both grade as 75.
    for tag, text in (("unitgradingtype", "0"), ("unitpenalty", "0.1000000"),
                      ("showunits", "3"), ("unitsleft", "0")):
        _sub(element, tag, text)
    return element


def to_moodle_xml(bank: QuestionBank) -> str:
    """The bank as a Moodle XML document (UTF-8, with declaration, indented)."""
    quiz = ET.Element("quiz")
    quiz.append(ET.Comment(f" {xml_comment(bank.title)} (quizgen) "))
    current: tuple[str, ...] | None = None
    for question in bank.questions:
        path = category_path(question, bank)
        if path != current:
            _category(quiz, path)
            current = path
        _question(quiz, question)
    ET.indent(quiz)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(quiz, encoding="unicode") + "\n"
