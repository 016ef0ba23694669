"""Reader speed and cleanliness: words per second for text and the corpus PDFs, and
the share of words that are not dictionary words before and after cleaning.

    python bench/bench_ingest.py
"""

from __future__ import annotations

import re
import tempfile
import time
from pathlib import Path

from quizgen.ingest import load
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
