"""Answers as a set: the alternatives the rules accept, and every LMS format grading them.

Each format is read back the way its LMS reads it and graded the way that LMS
grades: GIFT through pygiftparser, Moodle XML through the fields Moodle's
importer takes (``shortanswer`` answers compared case-insensitively with ``*``
as wildcard, ``numerical`` within its tolerance with optional units), Canvas
QTI through qti2latex's reader and the ``numerical_question`` range. Every
accepted alternative must be graded right, and a wrong answer wrong.
"""

from __future__ import annotations

import html
import io
import re
import zipfile
from dataclasses import replace
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest

from quizgen.bank import load_bank, write_bank
from quizgen.export.formats import FORMATS
from quizgen.models import Fact, FactInfo, Question, QuestionBank, SourceFile, SourceRef
from quizgen.questions.accept import (
    accepted,
    alternatives_for,
    grading,
    numeric_answer,
    with_accept,
)


def _fact(kind: str, answer: str, *, label: str = "", person: str = "") -> Fact:
    source = SourceRef(file="reform.md", sentence=f"A sentence about {answer}.", section="Reformers", page=2)
    attrs = (("person", person),) if person else ()
    return Fact(id=f"f-{kind}-{answer}", kind=kind, rule=f"{kind}.test", sentence=source.sentence,
                answer=answer, answer_start=0, answer_end=len(answer), source=source, label=label,
                attrs=attrs)


def _question(qid: str, qtype: str, prompt: str, answer: str, fact: Fact | None, facts=(), **extra) -> Question:
    kind = fact.kind if fact is not None else "definition"
    question = Question(
        id=qid, type=qtype, prompt=prompt, answer=answer,
        source=SourceRef(file="reform.md", sentence=f"The text says {answer}.", section="Reformers",
                         page=2, chapter="Reform"),
        fact=FactInfo(kind=kind, id=fact.id if fact else "f-x"), **extra,
    )
    return with_accept(question, fact, facts)


# --------------------------------------------------------------------------- the rules


def test_person_is_accepted_by_full_name_surname_and_surname_first() -> None:
    full = _fact("person", "Henry Demarest Lloyd", label="PERSON", person="Henry Demarest Lloyd")
    short = _fact("person", "Lloyd", label="PERSON", person="Lloyd")
    got = alternatives_for("Lloyd", short, [full, short])
    assert {"Henry Demarest Lloyd", "Lloyd, Henry Demarest", "Henry Lloyd"} <= set(got)
    assert "Lloyd" not in got  # the answer itself is not repeated


def test_about_a_percentage_is_a_number_with_a_tolerance() -> None:
    fact = _fact("quantity", "About 75 percent", label="PERCENT")
    got = alternatives_for("About 75 percent", fact)
    assert got[0] == "75 ± 5"
    assert {"75 percent", "75%"} <= set(got)


def test_a_bound_grades_its_number_exactly_never_one_the_bound_rules_out() -> None:
    got = alternatives_for("over 1,600", _fact("quantity", "over 1,600", label="CARDINAL"))
    assert got[0] == "1600 ± 0"  # 1,500 is not "over 1,600"
    assert {"1,600", "1600"} <= set(got)


def test_an_exact_number_has_no_tolerance_and_a_year_is_exact() -> None:
    assert alternatives_for("40 percent", _fact("quantity", "40 percent", label="PERCENT"))[0] == "40 ± 0"
    assert alternatives_for("1850", _fact("date", "1850", label="DATE"))[:2] == ("1850 ± 0", "in 1850")


def test_a_decade_accepts_its_spellings() -> None:
    got = alternatives_for("the 1850s", _fact("date", "the 1850s", label="DATE"))
    assert {"1850s", "1850's"} <= set(got)


def test_a_term_with_and_without_its_article_in_both_numbers() -> None:
    got = alternatives_for("the tariffs", _fact("definition", "the tariffs"))
    assert {"tariffs", "tariff", "the tariff"} <= set(got)
    assert set(alternatives_for("monopoly", _fact("definition", "monopoly"))) == {"monopolies"}
    assert set(alternatives_for("trust", None)) == {"trusts"}


def test_a_proper_name_gets_no_plural() -> None:
    assert alternatives_for("Standard Oil", _fact("definition", "Standard Oil")) == ()


def test_a_teachers_accept_is_never_overwritten() -> None:
    question = replace(_question("q-t", "short_answer", "Which term?", "trust", None), accept=("cartel",))
    assert with_accept(question, _fact("definition", "trust")).accept == ("cartel",)


def test_definitions_and_why_questions_are_essays() -> None:
    definition = _question("q-d", "term_definition", "What is meant by a trust?",
                           "a combination of firms run by one board to limit competition", None)
    assert grading(definition) == "essay"
    why = replace(_question("q-w", "short_answer", "Why did prices fall?", "railways", None),
                  fact=FactInfo(kind="cause", id="f-c"))
    assert grading(why) == "essay"
    assert grading(_question("q-t", "term_definition", "Which term?", "trust", None)) == "shortanswer"


# --------------------------------------------------------------------------- every format grades them


def accept_bank() -> QuestionBank:
    lloyd_full = _fact("person", "Henry Demarest Lloyd", label="PERSON", person="Henry Demarest Lloyd")
    lloyd = _fact("person", "Lloyd", label="PERSON", person="Lloyd")
    facts = [lloyd_full, lloyd]
    questions = (
        _question("q-person", "short_answer", "Who wrote Wealth Against Commonwealth?", "Lloyd", lloyd, facts),
        _question("q-percent", "short_answer", "What share of the steel did the firm make?",
                  "About 75 percent", _fact("quantity", "About 75 percent", label="PERCENT")),
        _question("q-year", "short_answer", "In what year did the strike begin?", "1894",
                  _fact("date", "1894", label="DATE")),
        _question("q-decade", "short_answer", "When did the railways boom?", "the 1850s",
                  _fact("date", "the 1850s", label="DATE")),
        _question("q-term", "term_definition", "Which word names a combination of firms under one board?",
                  "the trusts", _fact("definition", "the trusts")),
        _question("q-cloze", "cloze", "Reformers attacked the _____ of the age.", "monopolies",
                  _fact("definition", "monopolies"), context="Reformers attacked the monopolies of the age.",
                  span=(23, 33)),
        _question("q-why", "term_definition", "What is meant by a holding company?",
                  "a firm that owns the shares of other firms and so controls them", None),
    )
    return QuestionBank(title="Reform", sources=(SourceFile("reform.md", "0" * 64),), questions=questions)


#: For each question: answers that must be graded right besides its accept list, and one wrong.
RIGHT_EXTRA = {"q-percent": ["75", "72", "80", "75%"], "q-year": ["1894"]}
WRONG = {"q-person": "Rockefeller", "q-percent": "60", "q-year": "1895", "q-decade": "1860s",
         "q-term": "cartel", "q-cloze": "railways"}


def _responses(question: Question) -> list[str]:
    """What students write that must be right: every string accepted, plus the extra ones."""
    strings = [a for a in accepted(question)] if grading(question) != "numerical" else []
    return strings + RIGHT_EXTRA.get(question.id, [])


def test_the_bank_fills_accept_and_every_written_question_has_alternatives() -> None:
    bank = accept_bank()
    by_id = {q.id: q for q in bank.questions}
    assert numeric_answer(by_id["q-percent"]) == (75.0, 5.0)
    assert numeric_answer(by_id["q-year"]) == (1894.0, 0.0)
    assert {grading(q) for q in bank.questions} == {"shortanswer", "numerical", "essay"}
    assert all(q.accept for q in bank.questions if q.id != "q-why")


def _moodle_shortanswer_right(response: str, answers: list[str]) -> bool:
    """Moodle's shortanswer comparison (usecase 0): case-insensitive, ``*`` a wildcard, ``\\*`` a star."""
    for answer in answers:
        parts = re.split(r"(?<!\\)\*", answer)
        pattern = ".*".join(re.escape(part.replace("\\*", "*")) for part in parts)
        if re.fullmatch(pattern, response.strip(), flags=re.IGNORECASE):
            return True
    return False


def _moodle_numerical_right(response: str, element: ET.Element) -> bool:
    """Moodle's numerical grading with optional units: the number, then any unit it knows."""
    units = [u.findtext("unit_name") for u in element.findall("units/unit")]
    text = response.strip()
    for unit in units:
        if unit and text.endswith(unit):
            text = text[: -len(unit)].strip()
    try:
        value = float(text)
    except ValueError:
        return False
    answer = element.find("answer")
    return abs(value - float(answer.findtext("text"))) <= float(answer.findtext("tolerance"))


def test_moodle_xml_grades_every_alternative_right_and_a_wrong_answer_wrong() -> None:
    bank = accept_bank()
    root = ET.fromstring(FORMATS["moodle"].render(bank).encode("utf-8"))
    elements = {e.findtext("idnumber"): e for e in root.findall("question") if e.get("type") != "category"}
    for question in bank.questions:
        element = elements[question.id]
        qtype = element.get("type")
        if qtype == "essay":
            assert question.id == "q-why"
            assert question.answer in html.unescape(element.findtext("graderinfo/text"))
            continue
        if qtype == "numerical":
            grade = lambda response, e=element: _moodle_numerical_right(response, e)  # noqa: E731
        elif qtype == "cloze":
            embedded = re.search(r"\{1:SHORTANSWER:((?:\\.|[^\\}])*)\}", element.findtext("questiontext/text"))
            answers = [html.unescape(re.sub(r"\\([}#~/\"\\])", r"\1", a))
                       for a in re.findall(r"=((?:\\.|[^\\~])*)", embedded.group(1))]
            grade = lambda response, a=answers: _moodle_shortanswer_right(response, a)  # noqa: E731
        else:
            assert qtype == "shortanswer"
            answers = [a.findtext("text") for a in element.findall("answer") if a.get("fraction") == "100"]
            grade = lambda response, a=answers: _moodle_shortanswer_right(response, a)  # noqa: E731
        for response in _responses(question):
            assert grade(response), (question.id, response)
        assert not grade(WRONG[question.id]), question.id


def test_gift_grades_every_alternative_right_and_a_wrong_answer_wrong() -> None:
    parser = pytest.importorskip("pygiftparser.parser")
    bank = accept_bank()
    parsed = {q.title: q for q in parser.parseFile(io.StringIO(FORMATS["gift"].render(bank)))}
    for question in bank.questions:
        theirs = parsed[question.id]
        assert theirs.valid, question.id
        kind = type(theirs.answers).__name__
        if kind == "Essay":
            assert question.id == "q-why"
            continue
        if kind == "NumericAnswerSet":
            ranges = [(a.value - a.tolerance, a.value + a.tolerance) for a in theirs.answers.answers]

            def grade(response: str, ranges=ranges) -> bool:
                try:
                    value = float(response.rstrip("%"))
                except ValueError:
                    return False
                return any(low <= value <= high for low, high in ranges)
        else:
            assert kind == "ShortSet"
            answers = [a.answer.replace("\\*", "\\\\*") for a in theirs.answers.answers if a.fraction == 100]
            grade = lambda response, a=answers: _moodle_shortanswer_right(response, a)  # noqa: E731
        for response in _responses(question):
            assert grade(response), (question.id, response)
        assert not grade(WRONG[question.id]), question.id


def test_qti_grades_every_alternative_right_and_a_wrong_answer_wrong(tmp_path: Path) -> None:
    reader = pytest.importorskip("qti2latex")
    bank = accept_bank()
    path = FORMATS["qti"].write(bank, tmp_path / "reform.zip")
    folder = tmp_path / "unzipped"
    with zipfile.ZipFile(path) as archive:
        archive.extractall(folder)
    items = {
        item.get("title"): item
        for xml in reader.read_qti_dir(folder)
        for item in reader.findall_anyns(ET.parse(xml).getroot(), "item")
    }
    for question in bank.questions:
        item = items[question.id]
        kind = reader.guess_type(reader.get_qti_metadata(item), item)
        if kind == "essay_question":
            assert question.id == "q-why"
            continue
        if kind == "numerical_question":
            low = float(reader.findall_anyns(item, "vargte")[0].text)
            high = float(reader.findall_anyns(item, "varlte")[0].text)

            def grade(response: str, low=low, high=high) -> bool:
                try:
                    return low <= float(response.rstrip("%")) <= high
                except ValueError:
                    return False
        else:
            assert kind == "short_answer_question"
            correct = {text.casefold() for text in reader.get_correct_idents(item)}
            grade = lambda response, c=correct: response.strip().casefold() in c  # noqa: E731
        for response in _responses(question):
            assert grade(response), (question.id, response)
        assert not grade(WRONG[question.id]), question.id


def test_a_teachers_edit_to_accept_survives_a_rebuild_from_the_bank(tmp_path: Path) -> None:
    from quizgen.pipeline import build_bank

    bank = accept_bank()
    edited = tuple(replace(q, accept=("H. D. Lloyd",)) if q.id == "q-person" else q for q in bank.questions)
    path = write_bank(replace(bank, questions=edited), tmp_path / "reform.json")
    rebuilt = build_bank([path])
    assert {q.id: q.accept for q in rebuilt.questions}["q-person"] == ("H. D. Lloyd",)
    assert load_bank(path) == replace(bank, questions=edited)


def test_a_schema_1_bank_without_accept_still_reads(tmp_path: Path) -> None:
    import json

    bank = accept_bank()
    data = json.loads(FORMATS["json"].render(bank))
    del data["schema"]
    for question in data["questions"]:
        del question["accept"]
    path = tmp_path / "old.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert all(q.accept == () for q in load_bank(path).questions)


def test_the_key_and_the_markdown_quiz_list_what_else_is_right() -> None:
    from quizgen.export.markdown import to_markdown
    from quizgen.export.printable import render_html
    from quizgen.export.quiz_layout import make_quiz

    bank = accept_bank()
    key = render_html(make_quiz(bank, count=20), key=True)
    assert "Also right: Henry Demarest Lloyd; Lloyd, Henry Demarest" in key
    assert "any number from 70 to 80" in key
    assert "Also right: Henry Demarest Lloyd" in to_markdown(bank)
