"""Benchmark: the time to render a 50-question printable quiz and its answer key.

Builds a question bank from the bundled example chapter plus, where
../shared/corpus exists, its Markdown chapters (the bank is built once and not
timed), then times, best of ``--repeat`` runs:
(1) laying out the quiz (selection, numbering, shuffles),
(2) rendering the student copy and the key to HTML (Jinja),
(3) rendering both to PDF (WeasyPrint) and writing them,
and prints the page counts.

    python bench/bench_quiz.py [--count 50] [--versions 1] [--repeat 3]
"""

from __future__ import annotations

import argparse
import subprocess
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"


def best_of(repeat: int, job) -> tuple[float, object]:  # type: ignore[no-untyped-def]
    best, result = float("inf"), None
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = job()
        best = min(best, time.perf_counter() - t0)
    return best, result


def pages(path: Path) -> str:
    try:
        info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return "?"
    return next((line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")), "?")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--count", type=int, default=50)
    parser.add_argument("--versions", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    from quizgen.export.printable import render_html, to_pdf
    from quizgen.export.quiz_layout import make_versions
    from quizgen.pipeline import build_bank
    from quizgen.resources import example_chapter

    chapters = [example_chapter(), *sorted(CORPUS.glob("*.md"))]
    t0 = time.perf_counter()
    bank = build_bank(chapters)
    print(f"bank: {len(bank.questions)} questions from {len(chapters)} chapters "
          f"({time.perf_counter() - t0:.1f} s, not counted below)")

    layout_time, quizzes = best_of(args.repeat, lambda: make_versions(
        bank, count=args.count, versions=args.versions))
    quiz = quizzes[0]  # type: ignore[index]
    print(f"quiz: {len(quiz.items)} questions, {quiz.points} points, "
          f"{len(quiz.parts)} parts, {args.versions} version(s)")
    html_time, _ = best_of(args.repeat, lambda: [
        render_html(q, key=key) for q in quizzes for key in (False, True)])  # type: ignore[union-attr]
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / "quiz.pdf"
        total_time, written = best_of(args.repeat, lambda: to_pdf(
            bank, target, count=args.count, versions=args.versions))
        page_counts = ", ".join(f"{p.name} {pages(p)} pages" for p in written)  # type: ignore[union-attr]
    print(f"layout          {layout_time * 1000:8.1f} ms")
    print(f"HTML (Jinja)    {html_time * 1000:8.1f} ms  student copy + key")
    print(f"to_pdf total    {total_time * 1000:8.1f} ms  layout + HTML + WeasyPrint + atomic writes")
    print(f"pages           {page_counts}")


if __name__ == "__main__":
    main()
