"""Benchmark: time and peak memory to write an Anki deck of 5,000 notes (target: under 5 s).

The notes are made from the bundled example chapter's questions, copied with
new question and fact ids until there are enough (the pipeline itself is timed
in bench_pipeline.py). The chapter is read once, its bank saved as JSON, and
the measuring is done in a fresh process that never loads spaCy, so that the
peak memory is the deck's. Prints the median of a few runs for: making the
notes, writing the package, rewriting it in place (which also reads the earlier
package, to keep unchanged notes' modification times) and rewriting it with
--previous (reading the earlier package, retiring a tenth of its notes); then
the process's peak resident memory and the peak of Python's own allocations.

    python bench/bench_anki.py [--notes 5000] [--runs 3]
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from dataclasses import replace
from pathlib import Path


def save_bank(path: Path) -> None:
    from quizgen.bank import write_bank
    from quizgen.pipeline import build_bank
    from quizgen.resources import example_chapter

    write_bank(build_bank([example_chapter()]), path)


def copied_bank(path: Path, notes: int):  # type: ignore[no-untyped-def]
    """The saved bank's questions copied, each copy its own facts, until they make ``notes`` notes."""
    from quizgen.bank import load_bank
    from quizgen.export.anki import DECK_TYPES

    bank = load_bank(path)
    # A note per fact, and one per ordering question (counted here so that no note is made before measuring).
    taken = [q for q in bank.questions if q.type in DECK_TYPES]
    per_copy = len({q.fact.id for q in taken if q.type != "ordering"}) + sum(q.type == "ordering" for q in taken)
    questions = []
    for copy in range(notes // per_copy + 1):
        for q in bank.questions:
            questions.append(replace(q, id=f"{q.id}-{copy}", fact=replace(q.fact, id=f"{q.fact.id}-{copy}")))
    return replace(bank, questions=tuple(questions))


def measure(bank_path: Path, notes_wanted: int, runs: int) -> dict[str, float]:
    from quizgen.export.anki import make_notes, write_deck
    from quizgen.export.anki_package import modification_times, read_package, write_notes

    bank = copied_bank(bank_path, notes_wanted)
    baseline_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    times: dict[str, list[float]] = {"make": [], "write": [], "rewrite": [], "previous": []}
    size = retired = 0
    for _ in range(runs):
        start = time.perf_counter()
        notes = make_notes(bank)[:notes_wanted]
        times["make"].append(time.perf_counter() - start)
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "bench.apkg"
            start = time.perf_counter()
            write_notes(notes, path, mods=modification_times(notes, {}, now=1e9), timestamp=1e9)
            times["write"].append(time.perf_counter() - start)
            size = path.stat().st_size
            start = time.perf_counter()
            earlier = read_package(path)
            write_notes(notes, path, mods=modification_times(notes, earlier, now=1e9 + 60), timestamp=1e9 + 60)
            times["rewrite"].append(time.perf_counter() - start)
            # A rebuilt deck with a tenth of the facts gone, against the earlier package.
            fewer = replace(bank, questions=bank.questions[: len(bank.questions) * 9 // 10])
            start = time.perf_counter()
            _, changes = write_deck(fewer, Path(folder) / "rebuilt.apkg", previous=path, timestamp=1e9 + 120)
            times["previous"].append(time.perf_counter() - start)
            retired = changes.retired
    peak_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    # Python's own allocations, in one more write (traced apart: tracing slows every allocation).
    tracemalloc.start()
    with tempfile.TemporaryDirectory() as folder:
        write_deck(bank, Path(folder) / "traced.apkg", timestamp=1e9)
    _, python_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return {
        "notes": len(notes),
        "cards": sum(n.cards for n in notes),
        "size_kib": size / 1024,
        "retired": retired,
        **{f"{k}_ms": statistics.median(v) * 1000 for k, v in times.items()},
        "peak_rss_mib": peak_rss / 1024,
        "rss_growth_mib": (peak_rss - baseline_rss) / 1024,
        "python_peak_mib": python_peak / 2**20,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notes", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)  # the child process: the saved bank
    args = parser.parse_args()

    if args.measure:
        print(json.dumps(measure(args.measure, args.notes, args.runs)))
        return
    with tempfile.TemporaryDirectory() as folder:
        bank_path = Path(folder) / "bank.json"
        save_bank(bank_path)
        child = subprocess.run(
            [sys.executable, __file__, "--measure", str(bank_path), "--notes", str(args.notes), "--runs", str(args.runs)],
            check=True, capture_output=True, text=True,
        )
    result = json.loads(child.stdout.strip().splitlines()[-1])
    print(f"{result['notes']} notes, {result['cards']} cards, package {result['size_kib']:.0f} KiB (median of {args.runs} runs)")
    print(f"make notes                {result['make_ms']:7.0f} ms")
    print(f"write .apkg               {result['write_ms']:7.0f} ms")
    print(f"  the deck, bank to file  {result['make_ms'] + result['write_ms']:7.0f} ms   (target: under 5,000 ms)")
    print(f"rewrite in place          {result['rewrite_ms']:7.0f} ms   (reads the earlier package first)")
    print(f"rebuild with --previous   {result['previous_ms']:7.0f} ms   (make notes, read the earlier package, retire {result['retired']}, write)")
    print(f"peak memory               {result['peak_rss_mib']:7.0f} MiB resident for the whole process; "
          f"{result['rss_growth_mib']:.0f} MiB above its peak before the first deck (imports and the bank)")
    print(f"                          {result['python_peak_mib']:7.0f} MiB peak of Python allocations while writing the deck")


if __name__ == "__main__":
    main()
