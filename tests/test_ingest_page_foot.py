"""The last lines of a page, just above the page number, are text, not furniture.

A page often ends on the short last line of a paragraph (the close of a
quotation, the end of a picture credit) or on a few short list items; the
line before them runs on. Those lines sit at the normal line pitch below
the text above them, where a footer sits apart in the bottom margin.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from quizgen.ingest import load
from quizgen.ingest.layout import Line, Page, remove_page_furniture

HEADER = "Harbours and Lighthouses"
LINE_PITCH = 15  # pt, the CSS line-height: every line of a page sits on this grid

# Each page is set line by line (no automatic wrapping), so the text of its
# last line is known; a page's lines fill its text area to the bottom margin.
# Paragraphs start with an indent; "•" lines are list items.
PAGES = [
    [
        "  The keepers of the northern lighthouses kept a log of every ship that passed",
        "the headland, of the weather at each change of watch and of the oil burned by",
        "the lamp. Their orders, printed on a card fixed beside the stairs, were brief",
        "and stern. One inspector summed them up in his report to the harbour board: the",
        "light “must never be allowed to fail, whatever the hour or the season, for a",
        "dark tower is worse than no tower at all, since sailors trust it and steer by",
        "its promise of a safe passage along the reef.”",
    ],
    [
        "  Most towers were built of granite quarried close to the site, because hauling",
        "stone along the coast roads was slow and costly. The tallest of them rose more",
        "than forty metres above the rocks, and its lantern could be seen by ships far",
        "out at sea on a clear night. A keeper climbed its one hundred and twelve steps",
        "at dusk, at midnight and again before dawn to trim the wicks and wind the clock",
        "that turned the lens. (plate: an engraving of the tower at Skerry Point, after",
        "a drawing by the board’s surveyor)",
    ],
    [
        "  The board kept a register of the bodies that paid towards the upkeep of the",
        "lights, which listed the sum each of them gave in every year, among them:",
        "• The Guild of Pilots",
        "• Northern Fisheries Trust",
        "• The Salvage Association",
        "• Harbour Merchants’ Guild",
        "• Coastal Insurers Union",
    ],
    [
        "  When electric lamps replaced the oil burners, most keepers were sent ashore",
        "and the towers were run from a station on the mainland.",
    ],
]


def page_html() -> str:
    parts = []
    for lines in PAGES:
        items = []
        for line in lines:
            text = html.escape(line.strip())
            if line.startswith("•"):
                items.append(f"<ul><li>{html.escape(line[1:].strip())}</li></ul>")
            elif line.startswith("  "):
                items.append(f'<p class="first">{text}</p>')
            else:
                items.append(f"<p>{text}</p>")
        parts.append('<div class="page">' + "\n".join(items) + "</div>")
    return f'<html lang="en"><body><h1>{HEADER}</h1>' + "\n".join(parts) + "</body></html>"


def typeset(tmp_path: Path) -> Path:
    weasyprint = pytest.importorskip("weasyprint")
    rows = max(len(lines) for lines in PAGES)
    height = 40 + LINE_PITCH * rows + 40
    css = f"""
      @page {{ size: 440pt {height}pt; margin: 40pt 30pt;
              @top-center {{ content: "{HEADER}"; font-size: 7pt; }}
              @bottom-center {{ content: counter(page); font-size: 7pt; }} }}
      @page :first {{ size: 440pt 200pt; }}
      body {{ font-family: "DejaVu Serif", serif; font-size: 8.5pt; line-height: {LINE_PITCH}pt; }}
      h1 {{ font-size: 14pt; margin: 0; break-after: page; }}
      p {{ margin: 0; white-space: nowrap; }}
      p.first {{ text-indent: 1.5em; }}
      ul {{ margin: 0; padding-left: 2em; }}
      .page {{ break-after: page; }}
    """
    path = tmp_path / "harbours.pdf"
    weasyprint.HTML(string=page_html()).write_pdf(path, stylesheets=[weasyprint.CSS(string=css)])
    return path


def words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9’]+", text.lower())


def test_last_line_above_the_page_number_is_kept(tmp_path: Path) -> None:
    doc = load(typeset(tmp_path))
    text = " ".join(p.text for p in doc.paragraphs)
    # The close of a quotation, the end of a picture credit and the last items
    # of a list, each the last line of its page.
    assert "steer by its promise of a safe passage along the reef.”" in text
    assert "after a drawing by the board’s surveyor)" in text
    for item in ("The Guild of Pilots", "Northern Fisheries Trust", "The Salvage Association",
                 "Harbour Merchants’ Guild", "Coastal Insurers Union"):
        assert item in text
    # Nothing else went missing, and the furniture is still gone.
    source = [w for lines in PAGES for line in lines for w in words(line)]
    assert words(text) == source
    assert HEADER not in text
    assert doc.title == HEADER
    assert not re.search(r"\b[1-5]\b", text)
    assert doc.paragraphs[0].page == 2


def test_footer_set_apart_below_a_sentence_that_runs_on_is_removed() -> None:
    """A one-off footer in the bottom margin still goes, under text that breaks off mid-sentence;
    a short line at the normal pitch below such text stays."""
    words_ = "the members of the board met in the harbour office on the first Monday of each month".split()

    def page(number: int, last: tuple[str, float]) -> Page:
        # Eight full lines, each different (rotated words), the last running on.
        body = [" ".join(words_[k:] + words_[:k]) for k in range(8 * number - 8, 8 * number)]
        lines = [Line(t, top=91 + k * 15, bottom=100 + k * 15, x0=30, x1=400, size=10) for k, t in enumerate(body)]
        text, bottom = last
        lines.append(Line(text, top=bottom - 9, bottom=bottom, x0=30, x1=30 + 5 * len(text), size=10))
        return Page(number=number, lines=tuple(lines), height=300)

    footer_apart = page(1, ("Printed for the board", 260))
    last_line = page(2, ("to settle the accounts", 220))
    cleaned, _ = remove_page_furniture([footer_apart, last_line])
    assert [ln.text for ln in cleaned[0].lines] == [ln.text for ln in footer_apart.lines[:-1]]
    assert [ln.text for ln in cleaned[1].lines] == [ln.text for ln in last_line.lines]


def test_text_without_geometry_keeps_closing_lines_and_list_items() -> None:
    """Extracted text has no positions: a short line closing a quotation, or list items
    after a short item, stay; short lines under a full line that breaks off mid-word go."""
    full = [
        "the pilots who guided ships into the harbour were licensed by the board and",
        "paid by the tonnage of each vessel, which made the larger merchants grumble",
        "that a small fishing smack was charged far less for the very same passage, and",
    ]
    closing = Page(number=1, lines=tuple(Line(t) for t in [*full, "“no less dangerous.”", "12"]))
    listed = Page(number=2, lines=tuple(Line(t) for t in [
        "Among the bodies that paid towards the lights:", "Pilots’ Guild", "Fisheries Trust",
        "Salvage Association", "Merchants’ Guild", "13",
    ]))
    footer = Page(number=3, lines=tuple(Line(t) for t in [
        "The board answered in its annual report that the smaller boats, which went out",
        "in any weather and carried no charts, ran by far the greatest risks of all and",
        "needed the pilots more than the big ships did; it kept the charges as they were,",
        "and the merchants took their complaint to the harbour court, which found against",
        "them in the spring, after the long and costly hearing of witnesses from both si-",
        "Harbours today", "14",
    ]))
    cleaned, printed = remove_page_furniture([closing, listed, footer])
    assert [ln.text for ln in cleaned[0].lines] == [*full, "“no less dangerous.”"]
    assert [ln.text for ln in cleaned[1].lines] == [ln.text for ln in listed.lines[:-1]]
    assert [ln.text for ln in cleaned[2].lines] == [ln.text for ln in footer.lines[:5]]
    assert printed == {1: 12, 2: 13, 3: 14}
