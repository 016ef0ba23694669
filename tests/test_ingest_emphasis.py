"""Bold and italic spans: what the page set in bold reaches Paragraph.emphasis, in
the coordinates of the cleaned text, in every format."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from bold_editions import expected_phrases, found_phrases, score, write_docx, write_html
from conftest import shared_path
from typer.testing import CliRunner

from quizgen.cli import app
from quizgen.ingest import load
from quizgen.ingest.blocks import Block, assemble
from quizgen.ingest.layout import Line, Page, blocks_from_pages
from quizgen.ingest.marks import BOLD, ITALIC, extract, tidy
from quizgen.ingest.pdf import PDF_CLEANING

BOLD_PDFS = (
    "american-government-4e-07", "anatomy-and-physiology-2e-17", "astronomy-2e-05",
    "introduction-anthropology-12", "introduction-philosophy-2e-05", "introduction-sociology-3e-11",
    "principles-economics-3e-09", "psychology-2e-06",
)


def _bold(text: str) -> str:
    return f"{BOLD[0]}{text}{BOLD[1]}"


@pytest.mark.parametrize("fmt", ["md", "pdf", "html", "docx"])
@pytest.mark.parametrize("name", BOLD_PDFS)
def test_bold_spans_match_the_bold_edition(name: str, fmt: str, tmp_path: Path) -> None:
    source = shared_path("corpus", f"{name}.bold.md")
    markdown = source.read_text(encoding="utf-8")
    paths = {
        "md": lambda: source,
        "pdf": lambda: shared_path("corpus", f"{name}.pdf"),
        "html": lambda: write_html(markdown, tmp_path / f"{name}.html"),
        "docx": lambda: write_docx(markdown, tmp_path / f"{name}.docx"),
    }
    result = score(expected_phrases(markdown), found_phrases(load(paths[fmt]())))
    assert result.recall >= 0.98 and result.precision >= 0.98, result


def test_marks_extract_to_offsets_of_the_cleaned_text() -> None:
    marked = extract(tidy(f"  The {_bold('nation-state ')} is a {ITALIC[0]}modern{ITALIC[1]} form. "))
    assert marked.text == "The nation-state is a modern form."
    assert [marked.text[s:e] for s, e in marked.emphasis] == ["nation-state"]
    assert [marked.text[s:e] for s, e in marked.italic] == ["modern"]


def test_spans_survive_ligatures_citations_and_whitespace() -> None:
    # Damaged extraction: a ligature glyph, a ligature split by a space, a citation
    # marker inside the bold term, doubled spaces and a space before the full stop.
    split_ligature, ligature = "signi\ufb01 cant  sovereignty [5]", "of\ufb01cial   state"
    text = f"Scholars call this {_bold(split_ligature)} and the {_bold(ligature)} , as others did [2, p. 14] ."
    document = assemble(
        [Block(kind="heading", text="States", level=1), Block(kind="body", text=text)],
        source="x.pdf", sha256="0", format="pdf", fallback_title="x", cleaning=PDF_CLEANING,
    )
    (paragraph,) = document.paragraphs
    assert paragraph.text == "Scholars call this significant sovereignty and the official state, as others did."
    assert paragraph.emphasised == ("significant sovereignty", "official state")
    assert paragraph.citations == ("[5]", "[2, p. 14]")


def test_spans_survive_line_end_hyphens_and_page_breaks() -> None:
    def line(text: str, marked: str = "", top: float = 0.0) -> Line:
        return Line(text=text, marked=marked)

    pages = [
        Page(number=1, lines=(
            line("States", ""),
            line("", ""),
            line("A state holds sover-", f"A state holds {_bold('sover')}-"),
            line("eignty over a terri-", f"{_bold('eignty')} over a {_bold('terri')}-"),
        )),
        Page(number=2, lines=(
            line("torial area, the", f"{_bold('torial area')}, the"),
            line("land it governs.", ""),
        )),
    ]
    blocks = blocks_from_pages(pages)
    document = assemble(blocks, source="x.txt", sha256="0", format="text", fallback_title="x", cleaning=PDF_CLEANING)
    (paragraph,) = [p for p in document.paragraphs if "state" in p.text]
    assert paragraph.text == "A state holds sovereignty over a territorial area, the land it governs."
    assert paragraph.emphasised == ("sovereignty", "territorial area")
    assert paragraph.page_at(paragraph.text.index("the land")) == 2


def _weasyprint(html: str, path: Path) -> Path:
    from weasyprint import HTML

    HTML(string=html).write_pdf(path)
    return path


def test_pdf_bold_through_hyphenation_ligatures_and_citations(tmp_path: Path) -> None:
    # A narrow, justified, hyphenated column so that bold terms break at line ends.
    body = (
        "<p>The <b>sovereignty [4]</b> of a state is its final authority over a territory. "
        "Every <b>officially recognized</b> border encloses a <b>jurisdiction</b>, and the "
        "<b>internationalization</b> of disputes followed the <b>decolonization</b> of the "
        "twentieth century, when <b>self-determination</b> became a <b>justiciable</b> claim "
        "in several <b>intergovernmental</b> organizations [7, p. 31].</p>"
    )
    html = (
        "<html lang='en'><head><style>@page { size: 300pt 500pt; margin: 30pt }"
        " body { font-family: serif; font-size: 11pt } p { hyphens: auto; text-align: justify; width: 150pt }"
        "</style></head><body><h1>States</h1>" + body + "</body></html>"
    )
    document = load(_weasyprint(html, tmp_path / "states.pdf"))
    paragraph = next(p for p in document.paragraphs if "sovereignty" in p.text)
    assert paragraph.emphasised == (
        "sovereignty", "officially recognized", "jurisdiction", "internationalization",
        "decolonization", "self-determination", "justiciable", "intergovernmental",
    )
    assert "[4]" in paragraph.citations


def test_markdown_html_and_docx_mark_the_same_terms(tmp_path: Path) -> None:
    md = tmp_path / "c.md"
    md.write_text(
        "# Rivers\n\nA __delta__ forms where a **river** meets the sea; *silt* settles and "
        "<dfn>alluvium</dfn> builds up. A `**literal**` stays text.\n",
        encoding="utf-8",
    )
    html = tmp_path / "c.html"
    html.write_text(
        "<html><head><style>.term, p.key { font-weight: 700 }</style></head><body><h1>Rivers</h1>"
        "<p>A <span class='term'>delta</span> forms where a <strong>river</strong> meets the sea; "
        "<em>silt</em> settles and <dfn>alluvium</dfn> builds up. A "
        "<span style='font-weight: normal'>literal</span> stays text.</p></body></html>",
        encoding="utf-8",
    )
    import docx

    word = docx.Document()
    word.add_heading("Rivers", level=1)
    paragraph = word.add_paragraph("A ")
    paragraph.add_run("delta").bold = True
    paragraph.add_run(" forms where a ")
    paragraph.add_run("river").bold = True
    paragraph.add_run(" meets the sea; ")
    paragraph.add_run("silt").italic = True
    paragraph.add_run(" settles and ")
    paragraph.add_run("alluvium").bold = True
    paragraph.add_run(" builds up. A literal stays text.")
    word.save(str(tmp_path / "c.docx"))
    for path in (md, html, tmp_path / "c.docx"):
        (read,) = load(path).paragraphs
        assert read.emphasised == ("delta", "river", "alluvium"), path.suffix
        assert [read.text[s:e] for s, e in read.italic] == ["silt"], path.suffix


def test_plain_text_has_no_marks(tmp_path: Path) -> None:
    path = tmp_path / "c.txt"
    path.write_text("Rivers\n\nA **river** is a stream of water flowing to the sea.\n", encoding="utf-8")
    (paragraph,) = load(path).paragraphs
    assert paragraph.emphasis == () and paragraph.text.startswith("A river")


def test_read_json_carries_emphasis_roles_and_glossary(tmp_path: Path) -> None:
    path = tmp_path / "c.md"
    path.write_text(
        "# Water\n\n## Rivers\n\nA **river** is a natural stream of water.\n\n"
        "## Section Summary\n\nRivers carry water to the sea.\n\n"
        "## Key Terms\n\n**river** a natural stream of water\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(app, ["read", str(path), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["paragraphs"][0]["emphasis"] == [[2, 7]]
    assert [s["role"] for s in data["sections"]] == ["body", "body", "summary", "glossary"]
    assert data["glossary"] == [{"term": "river", "meaning": "a natural stream of water", "page": None}]
    shown = CliRunner().invoke(app, ["read", str(path)])
    assert shown.exit_code == 0 and "[summary]" in shown.output and "glossary (1 entries)" in shown.output
