"""Benchmark: time to write a 1,000-note Anki deck, and to write it again over itself.

The notes are made from the bundled example chapter's questions, copied with
new ids until there are enough (the pipeline itself is timed in
bench_pipeline.py). Prints the median of a few runs for: making the notes,
writing the first package, and rewriting it in place (which also reads the
earlier package to keep unchanged notes' modification times).

    python bench/bench_anki.py [--notes 1000] [--runs 5]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from dataclasses import replace
from pathlib import Path


def make_bank(notes: int):  # type: ignore[no-untyped-def]
    from quizgen.pipeline import build_bank
    from quizgen.resources import example_chapter

    bank = build_bank([example_chapter()])
    usable = [q for q in bank.questions if q.type != "matching"]
    questions = []
    copy = 0
    while len(questions) < notes * 1.3:  # term/definition pairs merge into one note
        for q in usable:
            fact = replace(q.fact, id=f"{q.fact.id}-{copy}")
            questions.append(replace(q, id=f"{q.id}-{copy}", fact=fact))
        copy += 1
    return replace(bank, questions=tuple(questions))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notes", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    from quizgen.export.anki import make_notes, write_notes

    bank = make_bank(args.notes)
    notes = make_notes(bank)[: args.notes]
    make_times, first_times, again_times = [], [], []
    for _ in range(args.runs):
        start = time.perf_counter()
        make_notes(bank)
        make_times.append(time.perf_counter() - start)
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "bench.apkg"
            start = time.perf_counter()
            write_notes(notes, path)
            first_times.append(time.perf_counter() - start)
            start = time.perf_counter()
            write_notes(notes, path)
            again_times.append(time.perf_counter() - start)
            size = path.stat().st_size
    cards = sum(n.cards for n in notes)
    print(f"{len(notes)} notes, {cards} cards, package {size / 1024:.0f} KiB")
    print(f"make notes        {statistics.median(make_times) * 1000:7.0f} ms  (all {len(bank.questions)} questions)")
    print(f"write .apkg       {statistics.median(first_times) * 1000:7.0f} ms")
    print(f"rewrite in place  {statistics.median(again_times) * 1000:7.0f} ms")


if __name__ == "__main__":
    main()
