"""Reading .txt and .md chapters: headings, paragraphs, list items, encodings, seeds."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest
from conftest import shared_path

from quizgen.ingest import load

MARKDOWN = """\
---
author: nobody
---
# The Water Cycle

## Evaporation

Evaporation is the change of **liquid water** into *water vapour*. It costs
about \\$0 and happens [everywhere](https://example.org) [2].

By the end of this section, you will be able to:

- Define evaporation.
- Explain condensation.

Figure 1.2 Water rising from a lake.

```python
print("not a sentence")
```

> A quotation from a hydrologist.

| a | b |
|---|---|

###

Summary paragraph after an empty heading.

Runoff
------

Runoff is water that flows over land.
"""


def write(tmp_path: Path, name: str, data: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path


def test_markdown_structure(tmp_path: Path) -> None:
    doc = load(write(tmp_path, "water.md", MARKDOWN))
    assert doc.title == "The Water Cycle"
    assert doc.format == "markdown"
    assert [s.path for s in doc.sections] == [
        ("The Water Cycle",), ("The Water Cycle", "Evaporation"), ("The Water Cycle", "Runoff"),
    ]
    kinds = [(p.kind, p.text) for p in doc.paragraphs]
    assert kinds[0] == (
        "body",
        "Evaporation is the change of liquid water into water vapour. "
        "It costs about $0 and happens everywhere.",
    )
    assert doc.paragraphs[0].citations == ("[2]",)
    assert doc.paragraphs[0].section == ("The Water Cycle", "Evaporation")
    assert kinds[1] == ("objective", "By the end of this section, you will be able to:")
    assert kinds[2:4] == [("objective", "Define evaporation."), ("objective", "Explain condensation.")]
    assert kinds[4] == ("caption", "Figure 1.2 Water rising from a lake.")
    assert kinds[5] == ("quote", "A quotation from a hydrologist.")
    assert doc.paragraphs[6].section == ("The Water Cycle", "Evaporation")
    assert kinds[7] == ("body", "Runoff is water that flows over land.")
    assert all("print" not in p.text and "|" not in p.text for p in doc.paragraphs)
    assert all(p.page_starts == () for p in doc.paragraphs)


def test_sha256_and_source(tmp_path: Path) -> None:
    import hashlib

    path = write(tmp_path, "water.md", MARKDOWN)
    doc = load(path)
    assert doc.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert doc.source == str(path)


def test_plain_text_title_and_paragraphs(tmp_path: Path) -> None:
    text = "The Water Cycle\n\nWater moves.\nIt moves a lot.\n\nRivers and Lakes\n\nLakes hold water.\n"
    doc = load(write(tmp_path, "water.txt", text))
    assert doc.title == "The Water Cycle"
    assert [p.text for p in doc.paragraphs] == ["Water moves. It moves a lot.", "Lakes hold water."]
    assert doc.paragraphs[1].section == ("The Water Cycle", "Rivers and Lakes")


def test_title_falls_back_to_stem(tmp_path: Path) -> None:
    doc = load(write(tmp_path, "notes.txt", "water moves around the world every day.\n"))
    assert doc.title == "notes"


@pytest.mark.parametrize(
    "encoding, bom",
    [("utf-8", b""), ("utf-8", codecs.BOM_UTF8), ("utf-16-le", codecs.BOM_UTF16_LE),
     ("utf-16-be", codecs.BOM_UTF16_BE), ("cp1252", b""), ("latin-1", b"")],
)
def test_encodings(tmp_path: Path, encoding: str, bom: bytes) -> None:
    text = "Café policy\n\nThe café’s “menu” costs 5 €.\n" if encoding != "latin-1" else (
        "Café policy\n\nThe café costs 5 ¤ and ½ more.\n"
    )
    doc = load(write(tmp_path, "cafe.txt", bom + text.encode(encoding)))
    assert doc.title == "Café policy"
    assert doc.paragraphs[0].text == text.split("\n\n")[1].strip()


def test_clean_text_passes_unchanged(tmp_path: Path) -> None:
    body = (
        "Kazakhstan’s trade with Russia – worth $20bn in 2008 – grew by 30% a year. "
        "Its long-term aim, the “multi-vector” policy, is well-known."
    )
    doc = load(write(tmp_path, "clean.txt", f"Trade\n\n{body}\n"))
    assert doc.paragraphs[0].text == body


def test_extracted_seed_is_cleaned() -> None:
    seeds = shared_path("seeds")
    damaged = load(next(seeds.glob("001_*.txt")))
    text = " ".join(p.text for p in damaged.paragraphs)
    for bad in ("fi ght", "signifi cant", "benefi cial", "fi nancial", "defi ne", "traffi cking",
                "130", "Kazakhstan today", "Chapter 3", "[2]", "[5, page 221]", "involve-", "in-"):
        assert bad not in text
    for good in ("fight", "significant", "beneficial", "financial", "define", "involvement",
                 "Kazakhstan", "Kazakh-Russian", "long-term", "large-scale", "[their]"):
        assert good in text
    assert damaged.paragraphs[0].page == 130
    assert {c for p in damaged.paragraphs for c in p.citations} >= {"[2]", "[5, page 221]", "[6, pp 35-36]"}
