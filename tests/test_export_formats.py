"""Each LMS and spreadsheet format, read back by an independent parser where one exists.

GIFT is read by ``pygiftparser`` and Canvas QTI by ``qti2latex``'s reader (both
from PyPI, neither written with quizgen in mind); Moodle XML is checked against
the structure Moodle's importer documents. Every format must carry chapter text
with ``< & { } ~ = # :`` (and backslashes, ``*`` and quotes) through intact.
"""

from __future__ import annotations

import csv
import html
import io
import re
import zipfile
from dataclasses import replace
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest

from quizgen.export.formats import FORMATS, answer_text, ordering_pairs, ordering_prompt
from quizgen.models import FactInfo, Question, QuestionBank, SourceRef
from quizgen.questions.accept import accepted, grading

NASTY = 'a < b & c {d} ~e =f #g :h \\i *j "k" <b>l</b>'


def _source(sentence: str) -> SourceRef:
    return SourceRef(file="nasty.md", sentence=sentence, section="Odd: {Section} #1 / 2",
                     page=7, chapter="Chapter = <One>")


def nasty_questions() -> tuple[Question, ...]:
    """Questions whose every text field holds every character a format treats specially."""
    context = f"The rule {NASTY} holds for ~x {{y}} = z."
    start = context.index(NASTY)
    fact = FactInfo(kind="definition", term=f"term {NASTY}", definition=f"def {NASTY}", id="f-n")
    common = {"source": _source(context), "fact": fact, "explanation": f"Because {NASTY}."}
    return (
        Question(id="q-n-mc", type="multiple_choice", prompt=f"Which? {NASTY}", answer=f"right {NASTY}",
                 choices=(f"wrong {NASTY}", f"right {NASTY}", "plain wrong"), **common),
        Question(id="q-n-tf", type="true_false", prompt=f"True or false: {NASTY}", answer="True",
                 choices=("True", "False"), **common),
        Question(id="q-n-sa", type="short_answer", prompt=f"What? {NASTY}", answer=f"ans {NASTY}", **common),
        Question(id="q-n-td", type="term_definition", prompt=f"Which term means {NASTY}?",
                 answer=f"term {NASTY}", **common),
        Question(id="q-n-cloze", type="cloze", prompt="The rule _____ holds for ~x {y} = z.",
                 answer=NASTY, context=context, span=(start, start + len(NASTY)), **common),
        Question(id="q-n-match", type="matching", prompt=f"Match {NASTY}.", answer="",
                 pairs=((f"L1 {NASTY}", f"R1 {NASTY}"), (f"L2 {NASTY}", f"R2 {NASTY}"),
                        (f"L3 {NASTY}", f"R3 {NASTY}")), **common),
        Question(id="q-n-order", type="ordering", prompt=f"Order {NASTY}.", answer="",
                 sequence=(f"first {NASTY}", f"second {NASTY}", f"third {NASTY}"),
                 choices=(f"third {NASTY}", f"first {NASTY}", f"second {NASTY}"), **common),
    )


@pytest.fixture
def bank(sample_bank: QuestionBank) -> QuestionBank:
    return replace(sample_bank, questions=sample_bank.questions + nasty_questions())


def _display_prompt(question: Question) -> str:
    return ordering_prompt(question) if question.type == "ordering" else question.prompt


def _pairs(question: Question) -> tuple[tuple[str, str], ...]:
    return question.pairs if question.type == "matching" else ordering_pairs(question)


def test_registry_names_every_format_and_writes_atomically(bank: QuestionBank, tmp_path: Path) -> None:
    assert list(FORMATS) == ["json", "csv", "tsv", "moodle", "gift", "qti", "md"]
    for fmt in FORMATS.values():
        path = fmt.write(bank, tmp_path / f"out.{fmt.extension}")
        assert path.stat().st_size > 0
        again = fmt.write(bank, tmp_path / f"again.{fmt.extension}")
        assert path.read_bytes() == again.read_bytes(), f"{fmt.name} is not deterministic"
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]


# --------------------------------------------------------------------------- GIFT


def _gift_unescape(text: str) -> str:
    """GIFT's backslash escapes undone, then the [html] text's entities."""
    return html.unescape(re.sub(r"\\(.)", r"\1", text))


def _no_closing_brace(question: Question) -> Question:
    """The question with "}" replaced inside its answer block (choices, answers, feedback).

    pygiftparser finds the end of the answer block with a lazy regex that stops
    at the first "}", escaped or not; Moodle's importer honours the escape. So
    the independent read covers "}" in question text and cloze context, and
    :func:`test_gift_escapes_every_special_character` covers it elsewhere.
    """
    def fix(text: str) -> str:
        return text.replace("}", ")")

    return replace(
        question, answer=fix(question.answer), choices=tuple(map(fix, question.choices)),
        explanation=fix(question.explanation), context=fix(question.context), sequence=tuple(map(fix, question.sequence)),
        pairs=tuple((fix(left), fix(right)) for left, right in question.pairs),
        source=replace(question.source, sentence=fix(question.source.sentence),
                       section=fix(question.source.section)),
    )


def test_gift_parses_with_pygiftparser_and_keeps_every_answer(bank: QuestionBank) -> None:
    parser = pytest.importorskip("pygiftparser.parser")
    bank = replace(bank, questions=tuple(_no_closing_brace(q) for q in bank.questions))
    gift = FORMATS["gift"].render(bank)
    parsed = parser.parseFile(io.StringIO(gift))
    assert [q.title for q in parsed] == [q.id for q in bank.questions]
    for ours, theirs in zip(bank.questions, parsed, strict=True):
        assert theirs.valid, ours.id
        assert theirs.markup == "html"
        kind = type(theirs.answers).__name__
        if ours.type == "cloze":
            before, after = ours.context[: ours.span[0]], ours.context[ours.span[1]:]
            assert _gift_unescape(theirs.text) == before.strip()
            assert _gift_unescape(theirs.tail) == after.strip()
        else:
            assert _gift_unescape(theirs.text) == _display_prompt(ours), ours.id
        assert ours.source.sentence in _gift_unescape(theirs.generalFeedback) or (
            ours.explanation and ours.explanation in _gift_unescape(theirs.generalFeedback)
        )
        if ours.type == "true_false":
            assert kind == "TrueFalseSet" and theirs.answers.answer == (ours.answer == "True")
        elif ours.type == "multiple_choice":
            assert kind == "SelectSet"
            texts = [_gift_unescape(a.answer) for a in theirs.answers.answers]
            right = [_gift_unescape(a.answer) for a in theirs.answers.answers if a.fraction == 100]
            assert texts == list(ours.choices) and right == [ours.answer]
        elif ours.type in ("matching", "ordering"):
            assert kind == "MatchingSet"
            got = [(_gift_unescape(a.question).strip(), _gift_unescape(a.answer).strip())
                   for a in theirs.answers.answers]
            assert got == list(_pairs(ours))
        elif grading(ours) == "essay":
            assert kind == "Essay" and ours.answer in _gift_unescape(theirs.generalFeedback)
        else:
            assert kind == "ShortSet"
            texts = [_gift_unescape(answer.answer) for answer in theirs.answers.answers]
            assert texts == list(accepted(ours)), ours.id


def test_gift_escapes_every_special_character(bank: QuestionBank) -> None:
    gift = FORMATS["gift"].render(bank)
    for line in gift.splitlines():
        if line.startswith(("//", "$CATEGORY")) or not line:
            continue
        # Outside escapes, only the syntax quizgen itself writes may remain.
        bare = re.sub(r"\\.", "", line)
        assert bare.count("{") == bare.count("}") == 1, line
    assert "$CATEGORY: $course$/Chapter = <One>/Odd: {Section} #1 // 2" in gift


# --------------------------------------------------------------------------- Moodle XML

MOODLE_TYPES = {"category", "multichoice", "truefalse", "shortanswer", "numerical", "essay",
                "matching", "ordering", "cloze"}


def _text(element: ET.Element, path: str) -> str:
    found = element.find(path)
    assert found is not None, path
    return found.text or ""


def _cloze_unescape(text: str) -> str:
    return html.unescape(re.sub(r"\\([}#~/\"\\])", r"\1", text).replace("\\*", "*"))


def test_moodle_xml_has_the_documented_structure(bank: QuestionBank) -> None:
    xml = FORMATS["moodle"].render(bank)
    assert xml.startswith('<?xml version="1.0" encoding="UTF-8"?>')
    root = ET.fromstring(xml.encode("utf-8"))
    assert root.tag == "quiz"
    elements = root.findall("question")
    assert {e.get("type") for e in elements} <= MOODLE_TYPES
    assert elements[0].get("type") == "category"
    categories = [_text(e, "category/text") for e in elements if e.get("type") == "category"]
    assert all(c.startswith("$course$/") for c in categories)
    assert "$course$/Chapter = <One>/Odd: {Section} #1 // 2" in categories
    questions = [e for e in elements if e.get("type") != "category"]
    assert [_text(e, "idnumber") for e in questions] == [q.id for q in bank.questions]
    for ours, element in zip(bank.questions, questions, strict=True):
        assert element.find("name/text") is not None
        assert element.find("questiontext").get("format") == "html"
        text = _text(element, "questiontext/text")
        assert ours.source.sentence in html.unescape(_text(element, "generalfeedback/text")) or (
            ours.explanation in html.unescape(_text(element, "generalfeedback/text")))
        assert _text(element, "defaultgrade") == "1"
        answers = element.findall("answer")
        qtype = element.get("type")
        if ours.type == "multiple_choice":
            assert qtype == "multichoice" and _text(element, "single") == "true"
            assert [html.unescape(_text(a, "text")) for a in answers] == list(ours.choices)
            right = [html.unescape(_text(a, "text")) for a in answers if a.get("fraction") == "100"]
            assert right == [ours.answer]
            assert all(a.get("fraction") in ("0", "100") for a in answers)
        elif ours.type == "true_false":
            assert qtype == "truefalse"
            fractions = {_text(a, "text"): a.get("fraction") for a in answers}
            assert fractions[ours.answer.lower()] == "100" and set(fractions) == {"true", "false"}
        elif ours.type == "matching":
            assert qtype == "matching"
            subs = element.findall("subquestion")
            got = [(html.unescape(_text(s, "text")), _text(s, "answer/text")) for s in subs]
            assert got == list(ours.pairs)
        elif ours.type == "ordering":
            # Moodle's ordering question: the answers in the right order, fractions 1, 2, ...
            assert qtype == "ordering" and _text(element, "gradingtype") == "ABSOLUTE_POSITION"
            assert [html.unescape(_text(a, "text")) for a in answers] == list(ours.sequence)
            assert [a.get("fraction") for a in answers] == [str(i) for i in range(1, len(answers) + 1)]
        elif ours.type == "cloze":
            assert qtype == "cloze"
            (embedded,) = re.findall(r"\{1:SHORTANSWER:((?:\\.|[^\\}])*)\}", text)
            alternatives = [_cloze_unescape(a) for a in re.findall(r"=((?:\\.|[^\\~])*)", embedded)]
            assert alternatives == list(accepted(ours))
            outside = re.sub(r"\{1:SHORTANSWER:(?:\\.|[^\\}])*\}", "\x00", text)
            assert "{" not in outside and "}" not in outside
            assert html.unescape(outside) == ours.context[: ours.span[0]] + "\x00" + ours.context[ours.span[1]:]
        elif grading(ours) == "essay":
            assert qtype == "essay" and not answers
            assert ours.answer in html.unescape(_text(element, "graderinfo/text"))
        else:
            assert qtype == "shortanswer" and _text(element, "usecase") == "0"
            assert all(answer.get("fraction") == "100" for answer in answers)
            assert [_text(a, "text").replace("\\*", "*") for a in answers] == list(accepted(ours))
        if ours.type != "cloze":
            assert html.unescape(text) == _display_prompt(ours) or (
                ours.type == "ordering" and html.unescape(text) == ours.prompt)


# --------------------------------------------------------------------------- QTI


def _unpack(bank: QuestionBank, tmp_path: Path) -> Path:
    path = FORMATS["qti"].write(bank, tmp_path / "quiz.zip")
    folder = tmp_path / "unzipped"
    with zipfile.ZipFile(path) as archive:
        assert archive.testzip() is None
        archive.extractall(folder)
    return folder


def _stem(html_text: str) -> str:
    return html.unescape(re.sub(r"^<div>|</div>$", "", html_text))


def test_qti_package_matches_canvas_structure(bank: QuestionBank, tmp_path: Path) -> None:
    folder = _unpack(bank, tmp_path)
    manifest = ET.parse(folder / "imsmanifest.xml").getroot()
    ns = {"m": "http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1"}
    resources = manifest.findall("m:resources/m:resource", ns)
    assert resources[0].get("type") == "imsqti_xmlv1p2"
    for resource in resources:
        for file in resource.findall("m:file", ns):
            assert (folder / file.get("href")).is_file()
    ident = resources[0].get("identifier")
    qti = ET.parse(folder / ident / f"{ident}.xml").getroot()
    q = "{http://www.imsglobal.org/xsd/ims_qtiasiv1p2}"
    assert qti.tag == f"{q}questestinterop"
    assessment = qti.find(f"{q}assessment")
    assert assessment.get("ident") == ident and assessment.get("title") == bank.title
    items = assessment.findall(f"{q}section/{q}item")
    assert len(items) == len(bank.questions)
    for item in items:
        # QTI 1.2 order: metadata, presentation, processing, feedback.
        assert [child.tag.removeprefix(q) for child in item] == [
            "itemmetadata", "presentation", "resprocessing", "itemfeedback"]
    meta = ET.parse(folder / ident / "assessment_meta.xml").getroot()
    c = "{http://canvas.instructure.com/xsd/cccv1p0}"
    assert meta.tag == f"{c}quiz" and meta.get("identifier") == ident
    assert meta.find(f"{c}title").text == bank.title
    assert meta.find(f"{c}points_possible").text == f"{len(bank.questions)}.0"


def test_qti_reads_back_with_qti2latex(bank: QuestionBank, tmp_path: Path) -> None:
    reader = pytest.importorskip("qti2latex")
    folder = _unpack(bank, tmp_path)
    items = [
        item
        for path in reader.read_qti_dir(folder)
        for item in reader.findall_anyns(ET.parse(path).getroot(), "item")
    ]
    assert [item.get("title") for item in items] == [q.id for q in bank.questions]
    for ours, item in zip(bank.questions, items, strict=True):
        meta = reader.get_qti_metadata(item)
        kind = reader.guess_type(meta, item)
        assert _stem(reader.get_item_stem(item)) == _display_prompt(ours), ours.id
        correct = reader.get_correct_idents(item)
        choices = dict(reader.get_choices(item))
        if ours.type in ("multiple_choice", "true_false"):
            assert kind == f"{ours.type}_question"
            shown = [html.unescape(re.sub(r"^<div>|</div>$", "", t)) for t in choices.values()]
            assert shown == list(ours.choices)
            assert [html.unescape(re.sub(r"^<div>|</div>$", "", choices[i])) for i in correct] == [ours.answer]
        elif ours.type in ("matching", "ordering"):
            assert kind == "matching_question"
            rights = {choices[i] for i in correct}
            assert rights == {right for _, right in _pairs(ours)}
            lefts = [reader.text_of(reader.findall_anyns(r, "mattext")[0])
                     for r in reader.findall_anyns(item, "response_lid")]
            assert lefts == [left for left, _ in _pairs(ours)]
        elif grading(ours) == "essay":
            assert kind == "essay_question"
        else:
            assert kind == "short_answer_question"
            assert correct == set(accepted(ours))


# --------------------------------------------------------------------------- CSV, TSV, Markdown


def _records(name: str, bank: QuestionBank) -> tuple[list[str], list[list[str]]]:
    """Header and rows of the CSV, or of the TSV below Anki's ``#`` header lines."""
    text = FORMATS[name].render(bank)
    if name == "csv":
        assert text.startswith("\ufeff")  # Excel reads UTF-8 only with its byte-order mark
        text = text.removeprefix("\ufeff")
        header, *body = list(csv.reader(io.StringIO(text, newline="")))
        return header, body
    lines = io.StringIO(text, newline="")
    headers = [next(lines) for _ in range(4)]
    assert headers[:3] == ["#separator:tab\r\n", "#html:false\r\n", "#tags column:11\r\n"]
    header = headers[3].removeprefix("#columns:").rstrip("\r\n").split("\t")
    return [h.lower() for h in header], list(csv.reader(lines, delimiter="\t"))


@pytest.mark.parametrize("name", ["csv", "tsv"])
def test_tabular_rows_round_trip(bank: QuestionBank, name: str) -> None:
    header, body = _records(name, bank)
    assert header[:3] == (["question", "answer", "type"] if name == "csv" else ["front", "back", "type"])
    assert len(body) == len(bank.questions)
    for ours, row in zip(bank.questions, body, strict=True):
        record = dict(zip(header, row, strict=True))
        assert record.get("question", record.get("front")) == ours.prompt and record["id"] == ours.id
        assert record["source"] == ours.source.sentence
        assert record["page"] == str(ours.source.page)
        if ours.type in ("multiple_choice", "true_false", "short_answer", "cloze", "term_definition"):
            assert record.get("answer", record.get("back")) == ours.answer
        if ours.type == "multiple_choice":
            assert record["choices"].split(" | ") == list(ours.choices)


def test_tsv_quotes_a_tab_inside_a_field(sample_bank: QuestionBank) -> None:
    question = replace(sample_bank.questions[1], answer="tab\there, line\nbreak")
    _, (row,) = _records("tsv", replace(sample_bank, questions=(question,)))
    assert row[1] == "tab\there, line\nbreak"


def test_tsv_imports_into_anki_as_basic_notes(bank: QuestionBank, tmp_path: Path) -> None:
    """Anki's own text importer: one note per question, no header note, text kept literal."""
    collection_module = pytest.importorskip("anki.collection")
    path = FORMATS["tsv"].write(bank, tmp_path / "bank.tsv")
    collection = collection_module.Collection(str(tmp_path / "import.anki2"))
    try:
        metadata = collection.get_csv_metadata(path=str(path), delimiter=None)
        collection.import_csv(collection_module.ImportCsvRequest(path=str(path), metadata=metadata))
        notes = [collection.get_note(nid) for nid in collection.find_notes("")]
        by_front = {html.unescape(note.fields[0]): note for note in notes}
    finally:
        collection.close()
    assert len(notes) == len(bank.questions)
    for question in bank.questions:
        note = by_front[question.prompt]
        assert html.unescape(note.fields[1]) == answer_text(question)
        assert set(note.tags) == set(question.tags)


def test_markdown_quiz_has_questions_then_answers(bank: QuestionBank) -> None:
    markdown = FORMATS["md"].render(bank)
    quiz, answers = markdown.split("\n## Answers\n")
    assert markdown.startswith("# The Water Cycle\n")
    assert quiz.count("\n1. ") == 1 and f"\n{len(bank.questions)}. " in answers
    # Raw HTML is neutralised; emphasis and link characters are escaped.
    assert "<script>" not in markdown and "<b>" not in markdown
    assert "&lt;script&gt;" in markdown and "\\*j" in markdown
    assert "**(b) 1972**" in answers


def test_markdown_renders_chapter_text_literally(bank: QuestionBank) -> None:
    markdown_lib = pytest.importorskip("markdown")
    rendered = markdown_lib.markdown(FORMATS["md"].render(bank))
    text = html.unescape(re.sub(r"<[^>]+>", "", rendered))
    assert f"Which? {NASTY}" in text
