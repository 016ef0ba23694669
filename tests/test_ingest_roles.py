"""Section roles (summary, review, box, ...) and the chapter's own glossary."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from conftest import SHARED, shared_path
from section_labels import confusion

from quizgen.analyze import content_paragraphs
from quizgen.ingest import load
from quizgen.ingest.roles import heading_role

CHAPTERS = sorted(
    p.name.removesuffix(".md") for p in (SHARED / "corpus").glob("*-*.md") if not p.name.endswith(".bold.md")
)


@pytest.mark.parametrize(
    ("heading", "role"),
    [
        ("Section Summary", "summary"), ("Key Takeaways", "summary"), ("Key Concepts and Summary", "summary"),
        ("3.2 Summary", "summary"), ("Review Questions", "review"), ("Critical Thinking Questions", "review"),
        ("Begging the Question", ""), ("The Moral Hazard Problem", ""), ("Key Terms", "glossary"),
        ("Glossary", "glossary"), ("Key Concepts", "glossary"), ("References", "references"),
        ("Further Reading", "references"), ("Learning Objectives", "objectives"), ("Learning Outcomes", "objectives"),
        ("Objective Concepts of Beauty", ""), ("Introduction", "introduction"), ("Trade with Russia", ""),
        ("Section Quiz Short Answer Further Research", "review"), ("For Further Exploration Articles", "references"),
        ("Further to the Political Left", ""), ("Critical Thinking About Elections", ""),
    ],
)
def test_heading_words_give_a_role(heading: str, role: str) -> None:
    assert heading_role(heading) == role


def test_roles_on_the_corpus_chapters() -> None:
    if not CHAPTERS:
        pytest.skip("../shared/corpus is not here")
    total: Counter[tuple[str, str]] = Counter()
    for name in CHAPTERS:
        path = SHARED / "corpus" / f"{name}.md"
        total += confusion(path, load(path))
    wrong = {pair: n for pair, n in total.items() if pair[0] != pair[1]}
    assert not wrong, wrong
    assert total["summary", "summary"] > 100 and total["review", "review"] > 100 and total["box", "box"] > 100


def test_apparatus_is_not_content(tmp_path: Path) -> None:
    path = tmp_path / "c.md"
    path.write_text(
        "# Water\n\nRain falls on the hills and runs down to the sea.\n\n## Rivers\n\n"
        "A river is a natural stream of water that flows to the sea.\n\n"
        "##### Primary Source: A Letter from 1850\n\nThe writer saw the river flood the town.\n\n"
        "### Section Summary\n\nRivers carry water to the sea.\n\n"
        "### Review Questions\n\n- What is a river?\n\n## Further Reading\n\nSmith, J. Rivers. 2001.\n",
        encoding="utf-8",
    )
    document = load(path)
    roles = {p.text[:20]: p.role for p in document.paragraphs}
    assert roles == {
        "Rain falls on the hi": "introduction", "A river is a natural": "body",
        "The writer saw the r": "box", "Rivers carry water t": "summary",
        "What is a river?": "review", "Smith, J. Rivers. 20": "references",
    }
    assert [p.text[:20] for p in content_paragraphs(document)] == ["Rain falls on the hi", "A river is a natural"]


def test_html_aside_is_a_box_and_the_text_after_it_is_not(tmp_path: Path) -> None:
    path = tmp_path / "c.html"
    path.write_text(
        "<html><body><h1>Cities</h1><h2>Growth</h2><p>Cities grew fast after 1850.</p>"
        "<aside><h3>Case Study: Manchester</h3><p>Manchester tripled in size in forty years.</p></aside>"
        "<aside><p>An aside without a heading of its own.</p></aside>"
        "<p>Railways brought food to the growing towns.</p></body></html>",
        encoding="utf-8",
    )
    document = load(path)
    by_text = {p.text: (p.role, p.section[-1]) for p in document.paragraphs}
    assert by_text["Manchester tripled in size in forty years."] == ("box", "Case Study: Manchester")
    assert by_text["An aside without a heading of its own."][0] == "box"
    assert by_text["Railways brought food to the growing towns."] == ("body", "Growth")
    assert [s.role for s in document.sections] == ["body", "body", "box"]


@pytest.mark.parametrize("lead_in", ["By the end of this section you should be able to", ""])
def test_text_after_a_list_of_objectives_is_the_sections_body(lead_in: str, tmp_path: Path) -> None:
    path = tmp_path / "c.html"
    lead = f"<p>{lead_in}</p>" if lead_in else ""
    path.write_text(
        "<html><body><h1>Homeostasis</h1><h2>Learning Objectives</h2>" + lead
        + "<ul><li>Describe a set point.</li><li>Explain negative feedback.</li></ul>"
        "<p>The body holds its temperature within a narrow range.</p>"
        "<h2>Set points</h2><p>A set point is the value a variable is held near.</p></body></html>",
        encoding="utf-8",
    )
    by_text = {p.text: (p.role, p.section) for p in load(path).paragraphs}
    assert by_text["Describe a set point."][0] == "objectives"
    assert by_text["The body holds its temperature within a narrow range."] == ("body", ("Homeostasis",))


def test_pdf_shaded_box(tmp_path: Path) -> None:
    from weasyprint import HTML

    text = "The river carries silt from the hills down to the plain, where it settles in layers. " * 3
    html = (
        "<html><head><style>@page { size: A5; margin: 2cm } body { font-family: serif; font-size: 10pt }"
        " .feature { background: #e8eef4; padding: 8pt; margin: 12pt 0 }</style></head><body>"
        "<h1>Rivers</h1><h2>How Rivers Work</h2>"
        f"<p>{text}</p>"
        "<div class='feature'><p><b>A River in Flood</b></p><p>In 1927 the Mississippi broke its banks "
        "and covered some 70,000 square kilometres of farmland for months.</p></div>"
        f"<p>{text}</p></body></html>"
    )
    path = tmp_path / "rivers.pdf"
    HTML(string=html).write_pdf(path)
    document = load(path)
    flood = next(p for p in document.paragraphs if "Mississippi" in p.text)
    assert flood.role == "box" and flood.section[-1] == "A River in Flood"
    assert [p.role for p in document.paragraphs if p.text.startswith("The river carries")] == ["body", "body"]
    assert document.paragraphs[-1].section[-1] == "How Rivers Work"
    assert flood not in content_paragraphs(document)


def test_docx_glossary_table(tmp_path: Path) -> None:
    import docx

    word = docx.Document()
    word.add_heading("Soils", level=1)
    word.add_paragraph("Soil forms slowly from rock, water and living things.")
    word.add_heading("Key Terms", level=2)
    table = word.add_table(rows=0, cols=2)
    for term, meaning in [
        ("Term", "Definition"), ("humus", "dark organic matter formed from decayed plants"),
        ("loam", "soil of sand, silt and clay in roughly equal parts"),
    ]:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = term, meaning
    path = tmp_path / "soils.docx"
    word.save(str(path))
    document = load(path)
    assert [(e.term, e.meaning) for e in document.glossary] == [
        ("humus", "dark organic matter formed from decayed plants"),
        ("loam", "soil of sand, silt and clay in roughly equal parts"),
    ]
    assert [p.text for p in content_paragraphs(document)] == ["Soil forms slowly from rock, water and living things."]


def test_html_definition_list_glossary(tmp_path: Path) -> None:
    path = tmp_path / "c.html"
    path.write_text(
        "<html><body><h1>Soils</h1><p>Soil forms slowly.</p><h2>Glossary</h2><dl>"
        "<dt>humus</dt><dd>dark organic matter formed from decayed plants</dd>"
        "<dt>loam</dt><dd>soil of sand, silt and clay in roughly equal parts</dd></dl></body></html>",
        encoding="utf-8",
    )
    assert [(e.term, e.meaning) for e in load(path).glossary] == [
        ("humus", "dark organic matter formed from decayed plants"),
        ("loam", "soil of sand, silt and clay in roughly equal parts"),
    ]


def _with_glossary(name: str, layout: str) -> tuple[str, list[dict[str, str]]]:
    entries = json.loads(shared_path("corpus", f"{name}.glossary.json").read_text(encoding="utf-8"))["glossary"]
    layouts = {
        "colon": lambda e: f"{e['term']}: {e['meaning']}",
        "dash": lambda e: f"- {e['term']} — {e['meaning']}",
        "bold": lambda e: f"**{e['term']}** {e['meaning']}",
    }
    chapter = shared_path("corpus", f"{name}.md").read_text(encoding="utf-8")
    section = "\n\n".join(layouts[layout](e) for e in entries)
    return f"{chapter}\n\n## Key Terms\n\n{section}\n", entries


def _recovered(document_glossary: tuple, entries: list[dict[str, str]]) -> float:  # type: ignore[type-arg]
    got = {(e.term, e.meaning) for e in document_glossary}
    wanted = [(" ".join(e["term"].split()), " ".join(e["meaning"].split())) for e in entries]
    return sum(1 for pair in wanted if pair in got) / len(wanted)


@pytest.mark.parametrize("layout", ["colon", "dash", "bold"])
def test_glossary_appended_in_markdown(layout: str, tmp_path: Path) -> None:
    if not CHAPTERS:
        pytest.skip("../shared/corpus is not here")
    found = total = 0.0
    for name in CHAPTERS:
        text, entries = _with_glossary(name, layout)
        path = tmp_path / f"{name}.md"
        path.write_text(text, encoding="utf-8")
        found += _recovered(load(path).glossary, entries) * len(entries)
        total += len(entries)
    assert found / total >= 0.95


@pytest.mark.parametrize("name", ["psychology-2e-06", "introduction-anthropology-02", "american-government-4e-03"])
def test_glossary_appended_in_a_pdf(name: str, tmp_path: Path) -> None:
    from markdown_it import MarkdownIt
    from weasyprint import HTML

    text, entries = _with_glossary(name, "bold")
    html = (
        "<html><head><style>@page { size: A4; margin: 2cm } body { font-family: serif; font-size: 11pt }"
        "</style></head><body>" + MarkdownIt("commonmark").render(text) + "</body></html>"
    )
    path = tmp_path / f"{name}.pdf"
    HTML(string=html).write_pdf(path)
    document = load(path)
    assert _recovered(document.glossary, entries) >= 0.95
    assert all(e.page is not None for e in document.glossary)


def test_pdf_glossary_with_each_term_on_its_own_line(tmp_path: Path) -> None:
    from weasyprint import HTML

    entries = [
        ("humus", "dark organic matter formed from decayed plants"),
        ("loam", "soil of sand, silt and clay in roughly equal parts"),
        ("parent rock", "the rock from which a soil formed"),
    ]
    body = (
        "<h1>Soils</h1><h2>Soil</h2>"
        + "<p>Soil forms slowly from rock, water and living things over many centuries of weathering.</p>" * 3
        + "<h2>Key Terms</h2>" + "".join(f"<p><b>{term}</b></p><p>{meaning}</p>" for term, meaning in entries)
    )
    path = tmp_path / "soils.pdf"
    HTML(string=f"<html><body style='font-family: serif'>{body}</body></html>").write_pdf(path)
    document = load(path)
    assert [(e.term, e.meaning) for e in document.glossary] == entries
    assert all(p.section[1] == "Soil" for p in content_paragraphs(document))
