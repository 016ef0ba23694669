"""Bold spans read from each format against the ``**`` marks of the ``.bold.md`` edition,
per chapter: recall and precision, span by span in reading order.

    python bench/bench_bold.py

The eight corpus chapters that have a bold PDF are read as .bold.md, as that
PDF, and as HTML and DOCX written from the .bold.md into a temporary folder.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from bold_editions import expected_phrases, found_phrases, score, write_docx, write_html  # noqa: E402

from quizgen.ingest import load  # noqa: E402

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
BOLD_PDFS = (
    "american-government-4e-07", "anatomy-and-physiology-2e-17", "astronomy-2e-05",
    "introduction-anthropology-12", "introduction-philosophy-2e-05", "introduction-sociology-3e-11",
    "principles-economics-3e-09", "psychology-2e-06",
)


def main() -> None:
    print(f"{'chapter':32} {'format':6} {'marks':>5} {'found':>5} {'match':>5} {'recall':>7} {'precision':>9}")
    with tempfile.TemporaryDirectory() as folder:
        for name in BOLD_PDFS:
            source = CORPUS / f"{name}.bold.md"
            markdown = source.read_text(encoding="utf-8")
            expected = expected_phrases(markdown)
            paths = {
                "md": source, "pdf": CORPUS / f"{name}.pdf",
                "html": write_html(markdown, Path(folder) / f"{name}.html"),
                "docx": write_docx(markdown, Path(folder) / f"{name}.docx"),
            }
            for fmt, path in paths.items():
                result = score(expected, found_phrases(load(path)))
                print(
                    f"{name:32} {fmt:6} {result.expected:5} {result.found:5} {result.matched:5} "
                    f"{result.recall:7.1%} {result.precision:9.1%}"
                )


if __name__ == "__main__":
    main()
