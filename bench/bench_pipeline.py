"""Benchmark: a whole book against a plain spaCy parse of it, cost per word as the
input grows, peak memory, the cached rerun and start-up.

    python bench/bench_pipeline.py [FILE ...] [--scales 1,4,16] [--book-only]

Input: the given chapters or, by default, every plain chapter of ../shared/corpus
(``*.md``, not ``*.bold.md``). They are joined as one book (each chapter under its
own heading) and also taken one by one. Every measurement runs in a fresh child
process, one after the other (never two at once), so that quizgen and the plain
parse it is compared with see the same machine in the same run:

1. the plain parse: one process, the same model with all its components,
   ``nlp.pipe(every paragraph of the book, batch_size=64)``;
2. quizgen end to end: book -> JSON question bank (read, parse and rules in the
   pool of processes, questions, selection, JSON), with an empty cache, timed
   from the moment its process is started (interpreter, imports and model load
   included), with each stage's share read from the progress reports;
3. the cost per word on the first 1, 4 and 16 chapters joined, and on every chapter
   one by one (model loaded once: start-up is reported on its own);
4. ``quizgen export`` of a chapter of about 20,000 words twice with one cache
   folder (cold, then warm), and ``quizgen --help``, as the user runs them.

Peak memory is the largest resident size of the child plus, for each process of
its pool, the largest resident size any of them reached (an upper bound).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
WARM_WORDS = 20_000


def corpus_chapters() -> list[Path]:
    return sorted(p for p in CORPUS.glob("*.md") if not p.name.endswith(".bold.md") and p.name != "README.md")


def join(chapters: list[Path], path: Path) -> Path:
    """The chapters as one book: each keeps its own top heading."""
    path.write_text("\n\n".join(p.read_text(encoding="utf-8").strip() for p in chapters) + "\n", encoding="utf-8")
    return path


def words_in(path: Path) -> int:
    return len(path.read_text(encoding="utf-8").split())


# --- what the child processes run ------------------------------------------------------


def child_plain(path: str) -> dict:
    """spaCy alone: every paragraph of the book, one process, batch 64, all components."""
    started = time.perf_counter()
    import quizgen
    from quizgen.analyze import load_pipeline

    document = quizgen.load(path)
    nlp = load_pipeline()
    texts = [p.text for p in document.paragraphs if p.text.strip()]
    t0 = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=64):
        pass
    parse = time.perf_counter() - t0
    return {
        "parse": parse, "total": time.perf_counter() - started, "components": nlp.pipe_names,
        "paragraphs": len(texts), "parsed_words": sum(len(t.split()) for t in texts),
        **_memory(1),
    }


def child_quizgen(paths: list[str], split: bool, out: str) -> dict:
    """quizgen as ``export --to json`` runs it, with the time of each stage from its progress reports."""
    started = time.perf_counter()
    marks: dict[str, float] = {}

    def progress(stage: str, done: int, total: int) -> None:
        now = time.perf_counter()
        marks.setdefault(f"{stage}:first", now)
        marks[f"{stage}:last"] = now

    from quizgen.bank import write_bank
    from quizgen.pipeline import build_banks, processes_for

    imported = time.perf_counter()
    if split:
        banks = [b for path in paths for b in build_banks([path], progress=progress, cache=True)]
    else:
        banks = build_banks(paths, progress=progress, cache=True)
    built = time.perf_counter()
    for number, bank in enumerate(banks):
        write_bank(bank, Path(out) / f"bank-{number}.json")
    done = time.perf_counter()
    stages = {
        "start-up (imports)": imported - started,
        "read": marks.get("parsing:first", built) - imported,
        "parse + rules (pool)": marks.get("parsing:last", built) - marks.get("parsing:first", built),
        "facts finish+questions": marks.get("questions:last", built) - marks.get("parsing:last", built),
        "selection": built - marks.get("questions:last", built),
        "json": done - built,
    }
    if split:
        stages = {"all stages, chapter by chapter": done - started}
    return {
        "total": done - started, "stages": stages, "questions": sum(len(b.questions) for b in banks),
        **_memory(processes_for(10**9)),
    }


def _memory(processes: int) -> dict:
    """Peak memory, and the CPU time this process and its (finished) pool used."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    own_mb, child_mb = own.ru_maxrss / 1024, children.ru_maxrss / 1024
    return {
        "parent_mb": own_mb, "worker_mb": child_mb, "peak_mb": own_mb + (processes * child_mb if child_mb else 0),
        "cpu": own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime,
    }


def run_child(kind: str, *args: str, cache: Path | None = None) -> dict:
    env = dict(os.environ)
    if cache is not None:
        env["QUIZGEN_CACHE_DIR"] = str(cache)
    t0 = time.perf_counter()
    result = subprocess.run(
        [sys.executable, __file__, "--child", kind, *args], capture_output=True, text=True, env=env, check=False
    )
    wall = time.perf_counter() - t0
    if result.returncode != 0:
        raise SystemExit(f"child {kind} failed:\n{result.stderr[-3000:]}")
    found = json.loads(result.stdout.strip().splitlines()[-1])
    # From the moment the process is started: the interpreter's own start-up counts too.
    found["stages"] = {"interpreter start": wall - found["total"], **found.get("stages", {})}
    found["total"] = wall
    return found


def timed(command: list[str], env: dict[str, str]) -> float:
    t0 = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    elapsed = time.perf_counter() - t0
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{result.stderr[-3000:]}")
    return elapsed


# --- the bench --------------------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("files", nargs="*", type=Path, help="chapters (default: ../shared/corpus/*.md)")
    parser.add_argument("--scales", default="1,4,16", help="numbers of chapters joined for the cost per word")
    parser.add_argument("--book-only", action="store_true", help="only the book against the plain parse")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        kind, *rest = args.child
        if kind == "plain":
            print(json.dumps(child_plain(rest[0])))
        else:
            split = kind == "quizgen-split"
            print(json.dumps(child_quizgen(rest[1:], split, rest[0])))
        return

    chapters = args.files or corpus_chapters()
    if not chapters:
        raise SystemExit("no input: give chapters, or put the corpus at ../shared/corpus")
    quizgen_cli = shutil.which("quizgen", path=str(Path(sys.executable).parent)) or "quizgen"
    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at the start (shared: timings are noisy)")
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        book = join(chapters, tmp / "book.md")
        words = words_in(book)
        print(f"input: {len(chapters)} chapters, {words:,} words joined as one book")

        plain = run_child("plain", str(book))
        print(f"\nplain spaCy parse (1 process, nlp.pipe batch 64, {'+'.join(plain['components'])}), "
              f"nlp.pipe alone: {plain['parse']:.1f} s for {plain['parsed_words']:,} words in {plain['paragraphs']:,} paragraphs "
              f"({plain['parsed_words'] / plain['parse']:,.0f} words/s; {plain['total']:.1f} s with start-up, model load and read); "
              f"CPU {plain['cpu']:.1f} s, peak memory {plain['peak_mb']:,.0f} MB")

        (tmp / "out").mkdir()
        whole = run_child("quizgen", str(tmp / "out"), str(book), cache=tmp / "cache-book")
        print(f"quizgen, book -> JSON bank, empty cache, start-up included: {whole['total']:.1f} s "
              f"({words / whole['total']:,.0f} words/s), {whole['questions']:,} questions")
        print(f"ratio: quizgen is {plain['parse'] / whole['total']:.2f}x as fast as the plain parse alone "
              f"(target >= 1.3x)")
        print(f"CPU time: quizgen {whole['cpu']:.1f} s (main process and pool) against {plain['cpu']:.1f} s for the "
              f"plain parse with its start-up ({whole['cpu'] / plain['cpu']:.2f}x); on a loaded machine the wall-clock "
              "ratio depends on how much of the cores the pool gets")
        print("stages (share of quizgen's time):")
        for stage, seconds in whole["stages"].items():
            print(f"  {stage:<22} {seconds:7.1f} s  {100 * seconds / whole['total']:5.1f}%")
        print(f"peak memory: {whole['peak_mb']:,.0f} MB (main {whole['parent_mb']:,.0f} MB + "
              f"up to {whole['worker_mb']:,.0f} MB per pool process; target < 1500 MB)")

        if args.book_only:
            return
        print("\ncost per word (quizgen, empty cache, each in a fresh process, start-up included):")
        costs: dict[str, float] = {"book": whole["total"] / words}
        for scale in [int(s) for s in args.scales.split(",") if s]:
            if scale >= len(chapters):
                continue
            part = join(chapters[:scale], tmp / f"first-{scale}.md")
            part_words = words_in(part)
            result = run_child("quizgen", str(tmp / "out"), str(part), cache=tmp / f"cache-{scale}")
            costs[f"{scale}"] = result["total"] / part_words
            print(f"  {scale:>3} chapter{'s' if scale > 1 else ' '} {part_words:>9,} words {result['total']:7.1f} s "
                  f"{1e3 * costs[str(scale)]:.3f} ms/word")
        print(f"  {len(chapters):>3} chapters {words:>9,} words {whole['total']:7.1f} s "
              f"{1e3 * costs['book']:.3f} ms/word  (the book above)")
        one_by_one = run_child("quizgen-split", str(tmp / "out"), *map(str, chapters), cache=tmp / "cache-split")
        costs["one by one"] = one_by_one["total"] / words
        print(f"  each chapter on its own (one process runs them in turn, model loaded once): "
              f"{one_by_one['total']:.1f} s, {1e3 * costs['one by one']:.3f} ms/word")
        print(f"  book / one by one: {costs['book'] / costs['one by one']:.2f} (target: within 15%, i.e. <= 1.15)")

        print("\ncached rerun (quizgen export --to json, as the user runs it):")
        chapter = min(chapters, key=lambda p: abs(words_in(p) - WARM_WORDS))
        env = {**os.environ, "QUIZGEN_CACHE_DIR": str(tmp / "cache-rerun")}
        command = [quizgen_cli, "export", str(chapter), "--to", "json", "-o", str(tmp / "rerun.json"), "--quiet"]
        cold = timed(command, env)
        warm = timed(command, env)
        print(f"  {chapter.name} ({words_in(chapter):,} words): first run {cold:.1f} s, second run {warm:.2f} s "
              "(target < 3 s)")
        helps = sorted(timed([quizgen_cli, "--help"], env) for _ in range(3))
        print(f"quizgen --help: {helps[1]:.2f} s (median of 3; target < 0.5 s)")


if __name__ == "__main__":
    main()
