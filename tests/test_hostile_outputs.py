"""What the writers cannot write is refused by the bank; what they write stays in its box.

Each test names a class of defect the tester found: XML-illegal characters,
a ``--`` in a comment, a line break that injects GIFT questions, a cell that
is a spreadsheet formula, lone surrogates, NaN, deep nesting, more choices
than a quiz can letter.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace
from pathlib import Path

import pytest
from lxml import etree

from quizgen.bank import MAX_LETTERED, load_bank, parse_bank, to_json
from quizgen.errors import BankError
from quizgen.export.formats import FORMATS
from quizgen.models import QuestionBank


def _bank_text(sample_bank: QuestionBank) -> dict:
    return json.loads(to_json(sample_bank))


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (lambda d: d["questions"][0].update(prompt="Lone \ud800 surrogate"), "lone surrogate"),
        (lambda d: d["questions"][0].update(id="q-1\nsecond"), "line break or control character"),
        (lambda d: d["questions"][0].update(id="q-1\x1b[31m"), "line break or control character"),
        (lambda d: d["questions"][2].update(choices=[f"c{i}" for i in range(MAX_LETTERED)] + ["x", "y"]),
         "a quiz letters at most 26"),
    ],
)
def test_the_bank_refuses_what_no_writer_can_write(sample_bank: QuestionBank, edit, message: str, tmp_path: Path) -> None:
    data = _bank_text(sample_bank)
    edit(data)
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data, ensure_ascii=True), encoding="utf-8")
    with pytest.raises(BankError, match=message) as caught:
        load_bank(path)
    assert str(caught.value).startswith(str(path)) and "\n" not in str(caught.value)


def test_nan_and_infinity_are_refused_and_never_written(sample_bank: QuestionBank) -> None:
    text = to_json(sample_bank).replace('"score": 0.9', '"score": NaN', 1)
    with pytest.raises(BankError, match="NaN is not a number JSON allows"):
        parse_bank(text)
    question = replace(sample_bank.questions[0], score=float("nan"))
    written = to_json(replace(sample_bank, questions=(question,)))
    assert "NaN" not in written and json.loads(written)["questions"][0]["score"] == 0.0


def test_deep_nesting_is_one_error_not_a_recursion_error() -> None:
    for text in ("[" * 100_000 + "]" * 100_000,
                 '{"quizgen": "0", "title": "t", "sources": [], "questions": [' + "[" * 50 + "]" * 50 + "]}"):
        with pytest.raises(BankError, match="nested too deeply"):
            parse_bank(text, name="deep.json")


def test_a_newer_schema_is_refused_by_name(sample_bank: QuestionBank) -> None:
    data = _bank_text(sample_bank)
    data["schema"] = 99
    with pytest.raises(BankError, match="schema 1 to 2"):
        parse_bank(json.dumps(data))


def _hostile(sample_bank: QuestionBank) -> QuestionBank:
    questions = []
    for question in sample_bank.questions:
        source = replace(question.source, section="Odd\n::q-evil::Injected {=yes}\n\x01Sect--ion",
                         chapter="Chap\x0bter --- one")
        questions.append(replace(question, source=source, prompt=question.prompt + " \x01\x1f\ufffe",
                                 explanation="=HYPERLINK(\"http://x\") \x00"))
    return replace(sample_bank, title="Title --- with -- dashes \x01 and\nbreak-", questions=tuple(questions))


def test_xml_outputs_stay_well_formed_with_illegal_characters_and_dashes(sample_bank: QuestionBank, tmp_path: Path) -> None:
    bank = _hostile(sample_bank)
    root = etree.fromstring(FORMATS["moodle"].render(bank).encode("utf-8"))
    comment = next(node for node in root.iter() if isinstance(node, etree._Comment))
    assert "--" not in comment.text and "Title" in comment.text
    import zipfile

    with zipfile.ZipFile(FORMATS["qti"].write(bank, tmp_path / "q.zip")) as archive:
        for name in archive.namelist():
            etree.fromstring(archive.read(name))


def test_a_line_break_in_an_id_or_section_injects_no_gift_question(sample_bank: QuestionBank) -> None:
    parser = pytest.importorskip("pygiftparser.parser")
    bank = _hostile(sample_bank)
    bank = replace(bank, questions=tuple(replace(q, id=q.id + "\n::q-evil::Evil {=x}") for q in bank.questions))
    gift = FORMATS["gift"].render(bank)
    parsed = parser.parseFile(io.StringIO(gift))
    assert len(parsed) == len(bank.questions)
    assert not any(line.startswith("::q-evil") for line in gift.splitlines())
    assert "\x01" not in gift


def test_csv_cells_never_start_a_formula(sample_bank: QuestionBank) -> None:
    bank = replace(sample_bank, questions=tuple(
        replace(q, explanation=lead + "40 degrees") for q, lead in zip(sample_bank.questions, "=+-@=+-", strict=False)
    ))
    text = FORMATS["csv"].render(bank)
    assert text.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(text.removeprefix("\ufeff"), newline="")))
    for row in rows[1:]:
        assert all(not cell.startswith(("=", "+", "-", "@")) for cell in row), row
    assert any(cell == "'-40 degrees" for row in rows for cell in row)


def test_quiz_letters_more_than_eight_choices(sample_bank: QuestionBank, tmp_path: Path) -> None:
    from quizgen.export.printable import render_html
    from quizgen.export.quiz_layout import make_quiz

    mc = next(q for q in sample_bank.questions if q.type == "multiple_choice")
    choices = tuple(f"choice {i}" for i in range(11)) + (mc.answer,)
    wide = replace(mc, choices=choices)
    quiz = make_quiz(replace(sample_bank, questions=(wide,)), count=1)
    page = render_html(quiz, key=False)
    assert ">L</span>" in page and ">K</span>" in page
