"""PDF, DOCX, HTML and EPUB chapters that the tests typeset themselves, read back."""

from __future__ import annotations

import html
import re
import zipfile
from pathlib import Path

import pytest

from quizgen.ingest import load

SECTIONS = {
    "Rivers and Their Basins": [
        "A river basin is the whole area of land that drains into one river and its tributaries. "
        "The effective management of a basin requires cooperation between the communities that "
        "share it, because decisions upstream affect the flow, the sediment and the fish downstream.",
        "The Amazon basin covers about seven million square kilometres and is the largest on Earth. "
        "Its official boundaries were first surveyed in the nineteenth century by naturalists who "
        "travelled by canoe for months at a time, sketching the difficult terrain as they went.",
    ],
    "Lakes and Reservoirs": [
        "Lake Baikal in Siberia holds about twenty-three thousand cubic kilometres of fresh water, "
        "more than all of the North American Great Lakes combined. Scientists find that its deep "
        "water is rich in oxygen, which allows fish and other animals to live at great depths.",
        "A reservoir is an artificial lake created by building a dam across a river. Reservoirs "
        "supply drinking water, irrigation and hydroelectric power, but they also flood farmland, "
        "displace villages and change the ecology of the river for many kilometres below the dam.",
        "Engineers estimate that sediment fills many reservoirs within a century. Efficient flushing "
        "of that sediment is difficult, and the benefits of a dam therefore shrink over time unless "
        "its operators plan for maintenance from the first day of construction.",
    ],
}
TITLE = "Fresh Water on Land"


def words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower())


def in_order_recall(source: list[str], read: list[str]) -> float:
    """Share of source words found in order in what was read (longest common subsequence)."""
    import difflib

    matcher = difflib.SequenceMatcher(a=source, b=read, autojunk=False)
    return sum(block.size for block in matcher.get_matching_blocks()) / len(source)


def source_words() -> list[str]:
    return words(" ".join(" ".join(ps) for ps in SECTIONS.values()))


def chapter_html(*, pages: int = 1) -> str:
    body = [f"<h1>{TITLE}</h1>"]
    for _ in range(pages):
        for heading, paragraphs in SECTIONS.items():
            body.append(f"<h2>{html.escape(heading)}</h2>")
            body.extend(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    return "<html><head><title>Water</title></head><body>" + "\n".join(body) + "</body></html>"


def test_weasyprint_pdf_round_trip(tmp_path: Path) -> None:
    weasyprint = pytest.importorskip("weasyprint")
    css = """
      @page { size: A5; margin: 2cm 1.5cm;
              @top-center { content: "Fresh Water on Land"; font-size: 8pt; }
              @bottom-center { content: counter(page); font-size: 8pt; } }
      body { font-family: "DejaVu Serif", serif; font-size: 10pt; columns: 2; column-gap: 0.6cm;
             text-align: justify; hyphens: auto; font-variant-ligatures: common-ligatures; }
      p { margin: 0 0 0.4em 0; text-indent: 1em; }
      h1 { font-size: 18pt; column-span: all; } h2 { font-size: 13pt; }
    """
    path = tmp_path / "water.pdf"
    markup = chapter_html(pages=3).replace("<html>", '<html lang="en">')
    weasyprint.HTML(string=markup).write_pdf(path, stylesheets=[weasyprint.CSS(string=css)])
    doc = load(path)
    read = words(" ".join(p.text for p in doc.paragraphs))
    assert in_order_recall(source_words() * 3, read) >= 0.99
    assert doc.title == TITLE
    assert [s.title for s in doc.sections[1:3]] == list(SECTIONS)
    assert all(p.page is not None and p.page >= 1 for p in doc.paragraphs)
    assert doc.paragraphs[-1].last_page > doc.paragraphs[0].page
    text = " ".join(p.text for p in doc.paragraphs)
    assert "Fresh Water on Land" not in text
    assert not re.search(r"\b(?:fi|ffi|fl) [a-z]", text)


def test_html_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "water.html"
    path.write_text(chapter_html().replace("<body>", "<body><nav>Home | Next</nav><script>x()</script>"))
    doc = load(path)
    assert doc.title == TITLE and doc.format == "html"
    assert in_order_recall(source_words(), words(" ".join(p.text for p in doc.paragraphs))) == 1.0
    assert [s.title for s in doc.sections[1:]] == list(SECTIONS)
    assert all("Home" not in p.text and "x()" not in p.text for p in doc.paragraphs)


def test_docx_round_trip(tmp_path: Path) -> None:
    import docx

    word = docx.Document()
    word.add_heading(TITLE, level=1)
    for heading, paragraphs in SECTIONS.items():
        word.add_heading(heading, level=2)
        for text in paragraphs:
            word.add_paragraph(text)
    word.add_paragraph("Measure the flow.", style="List Bullet")
    path = tmp_path / "water.docx"
    word.save(path)
    doc = load(path)
    assert doc.title == TITLE and doc.format == "docx"
    assert [s.title for s in doc.sections[1:]] == list(SECTIONS)
    assert in_order_recall(source_words(), words(" ".join(p.text for p in doc.paragraphs))) == 1.0
    assert doc.paragraphs[-1].kind == "list_item"


def make_epub(path: Path, chapters: list[str]) -> None:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/epub+zip")
        archive.writestr(
            "META-INF/container.xml",
            '<?xml version="1.0"?><container xmlns="urn:oasis:names:tc:opendocument:xmlns:container" '
            'version="1.0"><rootfiles><rootfile full-path="OEBPS/book.opf" '
            'media-type="application/oebps-package+xml"/></rootfiles></container>',
        )
        items = "".join(f'<item id="c{i}" href="text/c{i}.xhtml" media-type="application/xhtml+xml"/>'
                        for i in range(len(chapters)))
        spine = "".join(f'<itemref idref="c{i}"/>' for i in range(len(chapters)))
        archive.writestr(
            "OEBPS/book.opf",
            '<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" version="3.0">'
            f"<manifest>{items}</manifest><spine>{spine}</spine></package>",
        )
        for i, chapter in enumerate(chapters):
            archive.writestr(f"OEBPS/text/c{i}.xhtml", chapter)


def test_epub_round_trip(tmp_path: Path) -> None:
    first, second = list(SECTIONS.items())
    chapters = [
        f"<html><body><h1>{TITLE}</h1><h2>{first[0]}</h2>" + "".join(f"<p>{p}</p>" for p in first[1])
        + "</body></html>",
        f"<html><body><h2>{second[0]}</h2>" + "".join(f"<p>{p}</p>" for p in second[1]) + "</body></html>",
    ]
    path = tmp_path / "water.epub"
    make_epub(path, chapters)
    doc = load(path)
    assert doc.title == TITLE and doc.format == "epub"
    assert [s.title for s in doc.sections[1:]] == list(SECTIONS)
    assert in_order_recall(source_words(), words(" ".join(p.text for p in doc.paragraphs))) == 1.0
