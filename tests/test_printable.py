"""Printed quizzes read back: real WeasyPrint PDFs, read with pdftotext and pdfinfo."""

from __future__ import annotations

import re
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest
from conftest import needs
from test_quiz_layout import river_bank, river_questions

from quizgen.errors import ExportError
from quizgen.export.printable import output_paths, render_html, to_pdf, where
from quizgen.export.quiz_layout import make_quiz, make_versions
from quizgen.models import QuestionBank, SourceRef

_NUMBER_LINE = re.compile(r"^ {0,2}(\d{1,3})\.(?: |$)(.*)$")


def pdf_pages(path: Path) -> list[str]:
    """The text of each page, laid out as printed."""
    out = subprocess.run([needs("pdftotext"), "-layout", str(path), "-"],
                         check=True, capture_output=True, text=True).stdout
    return out.split("\f")[:-1] if out.endswith("\f") else out.split("\f")


def numbered_blocks(path: Path) -> dict[int, str]:
    """Question number -> its text (whitespace collapsed), from a student copy or a key.

    A question's number sits at the left margin; numbered sub-items (matching,
    ordering) are indented, so they stay inside their question's block.
    """
    blocks: dict[int, list[str]] = {}
    current: list[str] | None = None
    for page in pdf_pages(path):
        for line in page.splitlines():
            match = _NUMBER_LINE.match(line)
            if match:
                number = int(match.group(1))
                assert number not in blocks, f"question {number} printed twice in {path.name}"
                current = blocks[number] = [match.group(2)]
            elif line.lstrip().startswith("Part ") or "Page " in line and " of " in line:
                current = None
            elif current is not None:
                current.append(line)
    return {n: " ".join(" ".join(lines).split()) for n, lines in blocks.items()}


def opening(block: str, words: int = 3) -> str:
    return " ".join(block.replace(" pt", "").split()[:words])


def pdf_size(path: Path) -> str:
    info = subprocess.run([needs("pdfinfo"), str(path)], check=True, capture_output=True, text=True).stdout
    return re.search(r"Page size:\s+(.*)", info).group(1)


@pytest.fixture(scope="module")
def two_versions(tmp_path_factory: pytest.TempPathFactory) -> tuple[QuestionBank, list[Path]]:
    bank = river_bank()
    out = tmp_path_factory.mktemp("quiz") / "rivers.pdf"
    return bank, to_pdf(bank, out, count=20, versions=2, seed=3, html=True)


def test_versions_write_a_student_copy_and_a_key_each(two_versions) -> None:
    _bank, written = two_versions
    assert [p.name for p in written] == [
        "rivers-A.pdf", "rivers-A.html", "rivers-A-key.pdf", "rivers-A-key.html",
        "rivers-B.pdf", "rivers-B.html", "rivers-B-key.pdf", "rivers-B-key.html",
    ]
    for path in written:
        assert path.stat().st_size > 1000
    assert not list(written[0].parent.glob("*.part"))
    assert written[0].read_bytes()[:5] == b"%PDF-"


def test_each_key_answers_exactly_the_questions_of_its_student_copy(two_versions) -> None:
    bank, written = two_versions
    quizzes = make_versions(bank, count=20, versions=2, seed=3)
    pdfs = [p for p in written if p.suffix == ".pdf"]
    for quiz, student_pdf, key_pdf in zip(quizzes, pdfs[::2], pdfs[1::2], strict=True):
        student, key = numbered_blocks(student_pdf), numbered_blocks(key_pdf)
        assert sorted(student) == sorted(key) == list(range(1, 21))
        for item in quiz.items:
            n = item.number
            assert opening(student[n]) == opening(key[n]), n
            assert f"Answer {item.key_answer}" in key[n] or f"Order {item.key_answer}" in key[n]
            assert "Answer" not in student[n]
            # The teacher sees where the answer comes from.
            assert " ".join(item.question.source.sentence.split()[:5]) in key[n]
            assert f"Page {item.question.source.page}" in key[n]


def test_versions_hold_the_same_questions_in_different_orders(two_versions) -> None:
    _bank, written = two_versions
    a, b = (numbered_blocks(p) for p in written if p.name in ("rivers-A.pdf", "rivers-B.pdf"))
    a_order = [opening(a[n], 6) for n in sorted(a)]
    b_order = [opening(b[n], 6) for n in sorted(b)]
    assert sorted(a_order) == sorted(b_order)
    assert a_order != b_order


def test_every_page_is_numbered_and_labelled_with_its_version(two_versions) -> None:
    _bank, written = two_versions
    for path in (p for p in written if p.suffix == ".pdf"):
        pages = pdf_pages(path)
        version = "A" if "-A" in path.name else "B"
        for number, page in enumerate(pages, start=1):
            assert f"Page {number} of {len(pages)}" in page
            assert f"Version {version}" in page, (path.name, number)


def test_student_copy_has_the_header_parts_and_points(two_versions) -> None:
    bank, written = two_versions
    quiz = make_versions(bank, count=20, versions=2, seed=3)[0]
    first = pdf_pages(written[0])[0]
    for label in ("Name", "Class", "Date", "Score", f"/ {quiz.points}", "Rivers of the World"):
        assert label in first
    text = "\n".join(pdf_pages(written[0]))
    for part in quiz.parts:
        assert f"Part {part.numeral} · {part.title}" in text
        assert part.instructions[:40] in " ".join(text.split())
    assert text.count(" pt") >= 20


def test_kept_html_is_self_contained_and_escaped(sample_bank: QuestionBank, tmp_path: Path) -> None:
    written = to_pdf(sample_bank, tmp_path / "water.pdf", html=True)
    html = (tmp_path / "water-key.html").read_text(encoding="utf-8")
    assert "@page" in html and "<link" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<script" not in html
    assert "&lt;b&gt;Brown&lt;/b&gt; &amp; partners" in html
    assert [p.name for p in written] == ["water.pdf", "water.html", "water-key.pdf", "water-key.html"]


def test_chapter_markup_prints_literally(sample_bank: QuestionBank, tmp_path: Path) -> None:
    student_pdf, key_pdf = to_pdf(sample_bank, tmp_path / "water.pdf")
    student = " ".join(" ".join(pdf_pages(student_pdf)).split())
    key = " ".join(" ".join(pdf_pages(key_pdf)).split())
    assert 'Who said "use {{c1::care}}" <script>alert(1)</script> & more?' in student
    assert "Ada <b>Brown</b> & partners" in key
    assert "Brown</b> & partners said" in key


def test_no_question_is_split_across_pages(tmp_path: Path) -> None:
    bank = long_bank()
    student_pdf, key_pdf = to_pdf(bank, tmp_path / "long.pdf", count=50)
    for path in (student_pdf, key_pdf):
        pages = pdf_pages(path)
        assert len(pages) >= 3
        for number, page in enumerate(pages[1:], start=2):
            lines = [line for line in page.splitlines() if line.strip()]
            # Line 0 is the running header; the next starts a question or a part.
            body = lines[1]
            assert _NUMBER_LINE.match(body) or body.lstrip().startswith("Part "), (path.name, number, body)
        for page in pages:
            lines = [line.strip() for line in page.splitlines() if line.strip()]
            # A part's heading never ends a page.
            assert not lines[-2].startswith("Part "), lines[-2]


@pytest.mark.parametrize(("paper", "size"), [("A4", "(A4)"), ("letter", "(letter)"), ("LETTER", "(letter)")])
def test_paper_sizes(sample_bank: QuestionBank, tmp_path: Path, paper: str, size: str) -> None:
    for path in to_pdf(sample_bank, tmp_path / "q.pdf", paper=paper, count=3):
        assert pdf_size(path).endswith(size)


def test_title_is_printed_on_both(sample_bank: QuestionBank, tmp_path: Path) -> None:
    for path in to_pdf(sample_bank, tmp_path / "q.pdf", title="Unit 4 check-up", count=3):
        assert "Unit 4 check-up" in pdf_pages(path)[0]


def test_single_version_has_no_version_label(sample_bank: QuestionBank) -> None:
    html = render_html(make_quiz(sample_bank), key=False)
    assert "Version" not in html
    assert "Answer key" in render_html(make_quiz(sample_bank), key=True)


def test_output_names(tmp_path: Path) -> None:
    assert output_paths(tmp_path / "quiz.pdf", "") == (tmp_path / "quiz.pdf", tmp_path / "quiz-key.pdf")
    assert output_paths(tmp_path / "quiz.pdf", "B") == (tmp_path / "quiz-B.pdf", tmp_path / "quiz-B-key.pdf")
    assert output_paths(tmp_path / "quiz", "") == (tmp_path / "quiz.pdf", tmp_path / "quiz-key.pdf")
    with pytest.raises(ExportError, match=r"quiz\.html: the quiz is written as PDF"):
        output_paths(tmp_path / "quiz.html", "")


def test_bad_paper_and_failed_render_write_nothing(sample_bank: QuestionBank, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="unknown paper 'A5'; choose A4 or letter"):
        to_pdf(sample_bank, tmp_path / "q.pdf", paper="A5")
    with pytest.raises(ExportError, match="between 1 and 26"):
        to_pdf(sample_bank, tmp_path / "q.pdf", versions=30)
    assert list(tmp_path.iterdir()) == []


def test_unwritable_target_is_an_export_error(sample_bank: QuestionBank, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(ExportError, match="cannot create folder"):
        to_pdf(sample_bank, blocker / "q.pdf", count=2)


def test_where_names_page_section_and_file() -> None:
    ref = SourceRef(file="books/rivers.pdf", sentence="s", section="Deltas", page=12)
    assert where(ref) == "Page 12 · Section: Deltas · rivers.pdf"
    assert where(replace(ref, page=None, section="")) == "rivers.pdf"


def long_bank(copies: int = 3) -> QuestionBank:
    """The river questions three times over, each copy its own facts and sentences."""
    questions = []
    for copy in range(copies):
        for q in river_questions():
            tag = f" (set {copy + 1})"
            source = replace(q.source, sentence=q.source.sentence + tag)
            fact = replace(q.fact, id=f"{q.fact.id}-{copy}",
                           term=f"{q.fact.term} {copy}" if q.fact.term else "")
            pairs = tuple((f"{left} {copy}", right) for left, right in q.pairs)
            questions.append(replace(q, id=f"{q.id}-{copy}", source=source, fact=fact, pairs=pairs))
    return replace(river_bank(), questions=tuple(questions))


def test_progress_reports_each_page_rendered(sample_bank: QuestionBank, tmp_path: Path) -> None:
    seen: list[tuple[str, int, int]] = []
    to_pdf(sample_bank, tmp_path / "q.pdf", versions=2, count=3,
           progress=lambda stage, done, total: seen.append((stage, done, total)))
    assert seen == [("rendering", n, 4) for n in range(5)]
