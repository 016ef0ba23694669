"""Random and hostile question banks, and the check that every output of one parses back.

Shared by ``tests/test_fuzz_outputs.py`` (a few hundred examples in the normal
run) and ``bench/fuzz_outputs.py`` (10,000, counting failures instead of
stopping at the first).

A bank is generated as JSON data, the way a teacher's edited file reaches
quizgen: :func:`quizgen.bank.from_dict` either refuses it with a BankError
(that is a pass: one clear error) or accepts it, and then every writer must
write it and every output must parse back with an independent parser.
"""

from __future__ import annotations

import contextlib
import csv
import io
import tempfile
import zipfile
from pathlib import Path
from typing import Any

from hypothesis import strategies as st

from quizgen.models import QUESTION_TYPES

#: Pieces of text each format treats specially, and characters no writer may pass on.
HOSTILE = (
    "\x00", "\x01", "\x08", "\x0b", "\x1b[31m", "\x7f", "\x85", "\u2028",
    "\ufeff", "\ufffe", "\uffff", "\U0001f600", "--", "---", "-->", "<!--", "]]>", "<script>",
    "&amp;", "&", "<", ">", "\"", "'", "{", "}", "~", "=", "#", ":", "::", "\\", "*", "//",
    "$CATEGORY:", "\n", "\r\n", "\r", "\t", "  ", "=SUM(A1)", "+1", "-40 degrees", "@cmd",
    "{{c1::x}}", "[sound:a.mp3]", "[$]x[/$]", "NaN", "1e309", "75 ± 5", "±", "|", "_____",
)

#: Not characters at all: a bank holding one must be refused, so they come rarely, or
#: almost every bank would be refused and the writers see little.
SURROGATES = ("\ud800", "\udfff")

_piece = st.one_of(st.text(max_size=8), st.sampled_from(HOSTILE))
text = st.lists(_piece, max_size=6).map("".join)
nonempty = st.lists(_piece, min_size=1, max_size=6).map("".join).filter(lambda s: s.strip() != "")
#: Mostly plausible ids, sometimes hostile ones (a line break must be refused, not written).
plain_id = st.from_regex(r"q-[0-9a-f]{6}", fullmatch=True)
ident = st.integers(0, 11).flatmap(lambda n: nonempty if n == 0 else plain_id)


@st.composite
def questions(draw: st.DrawFn, index: int) -> dict[str, Any]:
    qtype = draw(st.sampled_from(QUESTION_TYPES))
    answer = draw(nonempty)
    question: dict[str, Any] = {
        "id": f"{draw(ident)}-{index}",
        "type": qtype,
        "prompt": draw(nonempty),
        "answer": answer,
        "explanation": draw(text),
        "fact": {"kind": draw(st.sampled_from(("definition", "quantity", "date", "person", "cause"))),
                 "id": draw(st.one_of(st.just(""), plain_id)), "term": draw(text)},
        "source": {"file": draw(nonempty), "sentence": draw(text), "section": draw(text),
                   "chapter": draw(text), "page": draw(st.one_of(st.none(), st.integers(0, 999)))},
        "score": draw(st.one_of(st.floats(allow_nan=False, allow_infinity=False), st.integers(-5, 5))),
        "tags": draw(st.lists(nonempty, max_size=3)),
        "accept": draw(st.lists(st.one_of(nonempty, st.sampled_from(("75 ± 5", "1850 ± 0", "-3.5 ± 0.5"))),
                                max_size=4)),
    }
    if qtype in ("multiple_choice", "true_false"):
        others = draw(st.lists(nonempty, min_size=1, max_size=30, unique=True))
        choices = list(dict.fromkeys([*others, answer]))
        question["choices"] = draw(st.permutations(choices))
    elif qtype == "matching":
        lefts = draw(st.lists(nonempty, min_size=2, max_size=8, unique=True))
        question["pairs"] = [[left, draw(nonempty)] for left in lefts]
        question["answer"] = ""
    elif qtype == "ordering":
        question["sequence"] = draw(st.lists(nonempty, min_size=2, max_size=30, unique=True))
        question["answer"] = ""
    elif qtype == "cloze":
        before, after = draw(text), draw(text)
        question["context"] = before + answer + after
        question["span"] = [len(before), len(before) + len(answer)]
    return question


@st.composite
def banks(draw: st.DrawFn) -> dict[str, Any]:
    count = draw(st.integers(1, 6))
    title = draw(text)
    if draw(st.integers(0, 19)) == 0:
        title += draw(st.sampled_from(SURROGATES))
    return {
        "quizgen": "0.1.0",
        "schema": draw(st.sampled_from((1, 2))),
        "title": title,
        "sources": [{"path": draw(nonempty), "sha256": draw(text)}],
        "questions": [draw(questions(index)) for index in range(count)],
    }


def check_outputs(data: dict[str, Any], *, anki: bool = False) -> list[str]:
    """Every writer's output of the bank, parsed back; the problems found ([] = all good).

    A bank refused with a BankError has no problems. Any other exception is one.
    """
    from lxml import etree
    from pygiftparser import parser as gift_parser

    from quizgen.bank import from_dict, parse_bank, to_json
    from quizgen.errors import BankError, QuizgenError
    from quizgen.export.formats import FORMATS
    from quizgen.export.printable import render_html
    from quizgen.export.quiz_layout import make_versions
    from quizgen.export.tabular import COLUMNS

    try:
        bank = from_dict(data, name="fuzz.json")
    except BankError:
        return []
    problems: list[str] = []

    def attempt(name: str, check: Any) -> None:
        try:
            check()
        except AssertionError as exc:
            problems.append(f"{name}: does not parse back: {str(exc)[:200]}")
        except QuizgenError:
            pass  # one clear error is an acceptable answer to a bank a format cannot hold
        except Exception as exc:  # noqa: BLE001 - any other exception is what we count
            problems.append(f"{name}: {type(exc).__name__}: {str(exc)[:200]}")

    def check_json() -> None:
        assert parse_bank(to_json(bank)) == bank, "json round trip changed the bank"

    def check_moodle() -> None:
        root = etree.fromstring(FORMATS["moodle"].render(bank).encode("utf-8"))
        got = [q.findtext("idnumber") for q in root.iter("question") if q.get("type") != "category"]
        assert len(got) == len(bank.questions), "moodle question count"

    def check_qti() -> None:
        with zipfile.ZipFile(io.BytesIO(FORMATS["qti"]._renderer()(bank))) as archive:
            names = archive.namelist()
            for name in names:
                root = etree.fromstring(archive.read(name))
                if name.count("/") == 1 and not name.endswith("assessment_meta.xml"):
                    items = root.findall(".//{*}item")
                    assert len(items) == len(bank.questions), "qti item count"

    def check_gift() -> None:
        with contextlib.redirect_stdout(io.StringIO()):  # the parser prints its warnings
            parsed = gift_parser.parseFile(io.StringIO(FORMATS["gift"].render(bank)))
        assert len(parsed) == len(bank.questions), f"gift: {len(parsed)} questions for {len(bank.questions)}"

    def check_csv() -> None:
        text = FORMATS["csv"].render(bank).removeprefix("\ufeff")
        rows = list(csv.reader(io.StringIO(text, newline="")))
        assert len(rows) == len(bank.questions) + 1 and all(len(r) == len(COLUMNS) for r in rows), "csv shape"
        for row in rows[1:]:
            assert not any(cell.startswith(("=", "+", "-", "@")) for cell in row), "csv formula"

    def check_tsv() -> None:
        lines = io.StringIO(FORMATS["tsv"].render(bank), newline="")
        for _ in range(4):
            next(lines)
        rows = list(csv.reader(lines, delimiter="\t"))
        assert len(rows) == len(bank.questions), "tsv rows"

    def check_markdown() -> None:
        FORMATS["md"].render(bank).encode("utf-8")

    def check_quiz() -> None:
        for quiz in make_versions(bank, count=20, versions=2):
            render_html(quiz, key=False).encode("utf-8")
            render_html(quiz, key=True).encode("utf-8")

    for name, check in (("json", check_json), ("moodle", check_moodle), ("qti", check_qti),
                        ("gift", check_gift), ("csv", check_csv), ("tsv", check_tsv),
                        ("md", check_markdown), ("quiz", check_quiz)):
        attempt(name, check)
    if anki:
        attempt("apkg", lambda: check_apkg(bank))
    return problems


def check_apkg(bank: Any) -> None:
    """The .apkg through Anki's own importer: every note the writer made is found."""
    from anki.collection import Collection, ImportAnkiPackageOptions, ImportAnkiPackageRequest

    from quizgen.export.anki import make_notes, to_apkg

    notes = make_notes(bank)
    if not notes:
        return
    with tempfile.TemporaryDirectory() as folder:
        path = to_apkg(bank, Path(folder) / "fuzz.apkg")
        collection = Collection(str(Path(folder) / "c.anki2"))
        try:
            collection.import_anki_package(ImportAnkiPackageRequest(
                package_path=str(path), options=ImportAnkiPackageOptions()))
            assert collection.note_count() == len(notes), "apkg note count"
        finally:
            collection.close()
