"""Reader speed and cleanliness: words per second for text and the corpus PDFs, the
share of words that are not dictionary words before and after cleaning, and what
reading bold and italic marks and boxes costs on a 20,000-word PDF (target: at
most 20% slower than without).

    python bench/bench_ingest.py
"""

from __future__ import annotations

import re
import tempfile
import time
from pathlib import Path

from quizgen.ingest import load
from quizgen.ingest.pdf import read_pdf
from quizgen.ingest.words import zipf

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
_WORD = re.compile(r"[A-Za-z]+")


def non_words(text: str) -> float:
    """Share of lower-case alphabetic tokens wordfreq does not know (Zipf < 1)."""
    tokens = [t for t in _WORD.findall(text) if t.islower()]
    return sum(1 for t in tokens if zipf(t) < 1.0) / max(len(tokens), 1)


def raw_pdf_text(path: Path) -> str:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(path)
    return "\n".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))


def marks_cost(folder: Path, words: int = 20_000, rounds: int = 5) -> None:
    """A PDF of about ``words`` words set from .bold.md chapters (bold key terms,
    shaded feature boxes), read with and without marks; best of ``rounds``."""
    from markdown_it import MarkdownIt
    from weasyprint import HTML

    parts: list[str] = []
    total = 0
    for source in sorted(CORPUS.glob("*.bold.md")):
        for block in source.read_text(encoding="utf-8").split("\n\n"):
            if total < words:
                parts.append(block)
                total += len(block.split())
    html = (
        "<html lang='en'><head><style>@page { size: A4; margin: 2cm } body { font-family: serif; font-size: 10pt }"
        " p { hyphens: auto; text-align: justify } h5 + p { background: #e8eef4 }</style></head><body>"
        + MarkdownIt("commonmark").render("\n\n".join(parts)) + "</body></html>"
    )
    path = folder / "big.pdf"
    HTML(string=html).write_pdf(path)
    data = path.read_bytes()
    timings: dict[bool, float] = {}
    for styles in (False, True, False, True):
        best = float("inf")
        for _ in range(rounds):
            start = time.perf_counter()
            document = read_pdf(data, path=path, sha256="", styles=styles)
            best = min(best, time.perf_counter() - start)
        timings[styles] = min(best, timings.get(styles, float("inf")))
    count = sum(len(p.text.split()) for p in document.paragraphs)
    spans = sum(len(p.emphasis) for p in document.paragraphs)
    print(
        f"marks on a {count:,}-word PDF ({spans} bold spans): {timings[False]:.3f} s without, "
        f"{timings[True]:.3f} s with = {timings[True] / timings[False] - 1:+.1%}"
    )


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        sentence = "The river basin drains into the sea and feeds the lakes that farmers use. "
        path = Path(folder) / "big.txt"
        path.write_text("Rivers\n\n" + "\n\n".join([sentence * 10] * 1400), encoding="utf-8")
        load(path)
        start = time.perf_counter()
        doc = load(path)
        seconds = time.perf_counter() - start
        words = sum(len(p.text.split()) for p in doc.paragraphs)
        print(f"txt: {words} words in {seconds:.3f} s = {words / seconds:,.0f} words/s")
        marks_cost(Path(folder))
    for pdf in sorted(CORPUS.glob("*.pdf")):
        start = time.perf_counter()
        doc = load(pdf)
        seconds = time.perf_counter() - start
        text = " ".join(p.text for p in doc.paragraphs)
        words = len(text.split())
        print(
            f"{pdf.name}: {words} words in {seconds:.3f} s = {words / seconds:,.0f} words/s; "
            f"non-words {non_words(raw_pdf_text(pdf)):.2%} raw -> {non_words(text):.2%} cleaned"
        )


if __name__ == "__main__":
    main()
