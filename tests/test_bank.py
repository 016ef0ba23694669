"""The JSON question bank: lossless round trip, stable text, strict and clear checks."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from quizgen.bank import load_bank, parse_bank, to_json, write_bank
from quizgen.errors import BankError
from quizgen.models import QuestionBank


def test_round_trip_is_lossless(sample_bank: QuestionBank, tmp_path: Path) -> None:
    path = write_bank(sample_bank, tmp_path / "bank.json")
    assert load_bank(path) == sample_bank


def test_json_is_stable_readable_utf8(sample_bank: QuestionBank, tmp_path: Path) -> None:
    text = to_json(sample_bank)
    assert text.endswith("}\n")
    assert text == to_json(load_bank(write_bank(sample_bank, tmp_path / "b.json")))
    assert '"Ada <b>Brown</b> & partners"' in text  # not \u-escaped, not HTML-escaped
    first = json.loads(text)["questions"][0]
    assert list(first) == [
        "id", "type", "prompt", "answer", "choices", "pairs", "sequence", "context", "span",
        "accept", "explanation", "fact", "source", "score", "tags",
    ]
    assert json.loads(text)["schema"] == 2
    assert first["source"]["page"] == 3 and first["span"] == [0, 11]


def test_unicode_survives(sample_bank: QuestionBank, tmp_path: Path) -> None:
    question = replace(sample_bank.questions[1], answer="Қазақстан — 20 млрд $ ✓")
    bank = replace(sample_bank, questions=(question,))
    path = write_bank(bank, tmp_path / "u.json")
    assert "Қазақстан" in path.read_text(encoding="utf-8")
    assert load_bank(path) == bank


def test_optional_fields_may_be_left_out() -> None:
    minimal = {
        "quizgen": "0.1.0", "title": "T", "sources": [],
        "questions": [{
            "id": "q-1", "type": "short_answer", "prompt": "Who?", "answer": "Ada",
            "fact": {"kind": "person"}, "source": {"file": "c.md", "sentence": "Ada did."},
        }],
    }
    bank = parse_bank(json.dumps(minimal))
    question = bank.questions[0]
    assert question.choices == () and question.span is None and question.score == 0.0
    assert question.source.page is None and question.fact.id == ""


def _bank_data(sample_bank: QuestionBank) -> dict:
    return json.loads(to_json(sample_bank))


def _load(data: object, tmp_path: Path) -> QuestionBank:
    path = tmp_path / "bank.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return load_bank(path)


def test_cloze_answer_edit_rebuilds_context(sample_bank: QuestionBank, tmp_path: Path) -> None:
    data = _bank_data(sample_bank)
    data["questions"][0]["answer"] = "Vaporisation"
    cloze = _load(data, tmp_path).questions[0]
    assert cloze.context == "Vaporisation is the change of liquid water into water vapour."
    assert cloze.span == (0, 12)


def test_cloze_answer_edit_relocates_in_context(sample_bank: QuestionBank, tmp_path: Path) -> None:
    data = _bank_data(sample_bank)
    data["questions"][0]["answer"] = "water vapour"
    cloze = _load(data, tmp_path).questions[0]
    assert cloze.context == sample_bank.questions[0].context
    assert cloze.context[cloze.span[0]:cloze.span[1]] == "water vapour"


def test_cloze_context_edit_relocates(sample_bank: QuestionBank, tmp_path: Path) -> None:
    data = _bank_data(sample_bank)
    data["questions"][0]["context"] = "In short, Evaporation turns water into vapour."
    data["questions"][0]["span"] = None
    cloze = _load(data, tmp_path).questions[0]
    assert cloze.span == (10, 21)


# (how the teacher broke it, what the message must say)
BROKEN = [
    (lambda d: d["questions"][2].__setitem__("answer", "1973"),
     'question 3 (q-mc-0003): "choices" must contain the answer'),
    (lambda d: d["questions"][0].pop("prompt"),
     'question 1 (q-cloze-0001): "prompt" is missing'),
    (lambda d: d["questions"][1].__setitem__("type", "essay"),
     'question 2 (q-short-0002): "type" must be one of cloze'),
    (lambda d: d["questions"][1].__setitem__("answer", 42),
     '"answer" must be a string, not the number 42'),
    (lambda d: d["questions"][1].__setitem__("anwser", "x"),
     '"anwser" is not a field of a question'),
    (lambda d: d["questions"][4].__setitem__("id", "q-cloze-0001"),
     'question 5 (q-cloze-0001): "id" is also the id of question 1'),
    (lambda d: d["questions"][1]["source"].__setitem__("page", "4"),
     'question 2 (q-short-0002): source: "page" must be a page number or null'),
    (lambda d: d["questions"][5].__setitem__("pairs", [["a", "b", "c"]]),
     'question 6 (q-match-0006): "pairs" item 1 must be a [left, right] pair'),
    (lambda d: d["questions"][6].__setitem__("sequence", ["only one"]),
     '"sequence" must list at least two items'),
    (lambda d: d["questions"][0].__setitem__("context", "Nothing to see here."),
     'question 1 (q-cloze-0001): "answer" must appear in "context"'),
    (lambda d: d["questions"][1].__setitem__("answer", "  "),
     '"answer" must not be empty'),
    (lambda d: d["questions"][3].__setitem__("choices", ["True", "True", "False"]),
     '"choices" must not repeat a choice'),
    (lambda d: d["questions"][0].__setitem__("span", [5, 2]),
     '"span" must satisfy 0 <= start < end'),
    (lambda d: d["questions"][0].__setitem__("score", True),
     '"score" must be a number, not true/false'),
    (lambda d: d["questions"][0].pop("fact"), '"fact" is missing'),
    (lambda d: d["questions"].__setitem__(1, "a question"),
     "question 2: must be a JSON object"),
    (lambda d: d.__setitem__("questions", {}), '"questions" must be a list'),
    (lambda d: d.pop("title"), 'bank.json: "title" is missing'),
]


@pytest.mark.parametrize(("mutate", "message"), BROKEN)
def test_hand_broken_bank_is_rejected_clearly(
    sample_bank: QuestionBank, tmp_path: Path, mutate, message: str
) -> None:
    data = _bank_data(sample_bank)
    mutate(data)
    with pytest.raises(BankError) as caught:
        _load(data, tmp_path)
    assert message in str(caught.value)
    assert str(caught.value).startswith(str(tmp_path / "bank.json") + ":")
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b'{"quizgen": "0.1.0", "title": "x",}', "not valid JSON (line 1, column 35"),
        (b"Evaporation is the change of water into vapour.", "not valid JSON"),
        (b'{"title": "x", "questions": []}', "not a quizgen question bank"),
        (b"[1, 2, 3]", "not a quizgen question bank"),
        (b"\xff\xfe\x00garbage", "not UTF-8 text"),
    ],
)
def test_not_a_bank_is_rejected(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "bank.json"
    path.write_bytes(content)
    with pytest.raises(BankError, match="bank.json: ") as caught:
        load_bank(path)
    assert message in str(caught.value)


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(BankError, match="no such file"):
        load_bank(tmp_path / "nope.json")
    with pytest.raises(BankError, match="is a folder"):
        load_bank(tmp_path)


def test_write_is_atomic_on_failure(sample_bank: QuestionBank, tmp_path: Path) -> None:
    path = write_bank(sample_bank, tmp_path / "bank.json")
    before = path.read_text(encoding="utf-8")
    broken = replace(sample_bank, title=object())  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        write_bank(broken, path)
    assert path.read_text(encoding="utf-8") == before
    assert [p.name for p in tmp_path.iterdir()] == ["bank.json"]
