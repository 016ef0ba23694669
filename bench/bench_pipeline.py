"""Benchmark: words per second end to end, spaCy's parse alone, and peak memory.

Builds a ~100,000-word chapter by repeating the bundled example chapter and,
where ../shared/corpus exists, the corpus chapters; then times
(1) the spaCy parse alone (nlp.pipe over the same paragraphs), and
(2) the whole job: read, parse, facts, questions, ranking, JSON export.

    python bench/bench_pipeline.py [--words 100000] [--n-process 1]
"""

from __future__ import annotations

import argparse
import os
import resource
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"


def make_input(words: int) -> str:
    from quizgen.resources import example_chapter

    sources = [example_chapter().read_text(encoding="utf-8")]
    sources += [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.md"))]
    parts: list[str] = []
    count = 0
    index = 0
    while count < words:
        text = sources[index % len(sources)]
        # Each copy gets its own chapter heading so nothing is de-duplicated away.
        parts.append(f"# Part {index + 1}\n\n" + text.split("\n", 1)[1])
        count += len(text.split())
        index += 1
    return "\n\n".join(parts)


def stage_times(nlp, document, tmp: Path) -> tuple[float, float]:
    """(parse, everything after the parse) in seconds, in this process."""
    from quizgen.analyze import parse
    from quizgen.bank import write_bank
    from quizgen.facts import extract
    from quizgen.models import QuestionBank, SourceFile
    from quizgen.questions.generate import make_questions
    from quizgen.select import select

    t0 = time.perf_counter()
    parsed = list(parse(document, nlp=nlp, n_process=1))
    parse_time = time.perf_counter() - t0
    t0 = time.perf_counter()
    questions = select(make_questions(extract(parsed, document)))
    bank = QuestionBank(title=document.title, sources=(SourceFile(path=str(document.source), sha256=document.sha256),),
                        questions=tuple(questions))
    write_bank(bank, tmp / "staged.json")
    return parse_time, time.perf_counter() - t0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--words", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=2, help="stage-by-stage runs; the best is shown")
    parser.add_argument("--n-process", type=int, default=None,
                        help="processes for the parse (default: as the pipeline chooses)")
    args = parser.parse_args()

    import quizgen
    from quizgen.analyze import PARALLEL_WORDS, content_paragraphs, load_pipeline
    from quizgen.pipeline import build_bank

    text = make_input(args.words)
    words = len(text.split())
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "big-chapter.md"
        path.write_text(text, encoding="utf-8")

        t0 = time.perf_counter()
        nlp = load_pipeline()
        load_time = time.perf_counter() - t0

        t0 = time.perf_counter()
        document = quizgen.load(path)
        read_time = time.perf_counter() - t0

        texts = [p.text for p in content_paragraphs(document)]
        n_process = args.n_process or (2 if len(" ".join(texts).split()) > PARALLEL_WORDS and (os.cpu_count() or 1) > 1 else 1)
        t0 = time.perf_counter()
        for _ in nlp.pipe(texts, batch_size=64, n_process=n_process):
            pass
        parse_time = time.perf_counter() - t0

        t0 = time.perf_counter()
        bank = build_bank([path])  # parses with two processes on a long input (analyze.PARALLEL_WORDS)
        from quizgen.bank import write_bank

        write_bank(bank, Path(tmp) / "bank.json")
        total_time = time.perf_counter() - t0

        # The same split measured stage by stage in one process: steadier than the
        # difference of two multi-process timings, which moves with the machine's load.
        staged = min((stage_times(nlp, document, Path(tmp)) for _ in range(args.repeat)), key=lambda t: t[1] / t[0])

    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    child_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    beyond_parse = total_time - read_time - parse_time
    print(f"input: {words:,} words, {len(texts):,} content paragraphs")
    print(f"model load: {load_time:.2f} s   read: {read_time:.2f} s")
    print(f"spaCy parse alone ({n_process} process{'es' if n_process > 1 else ''}): {parse_time:.2f} s ({words / parse_time:,.0f} words/s)")
    print(f"end to end (read+parse+facts+questions+rank+json): {total_time:.2f} s ({words / total_time:,.0f} words/s)")
    print(f"rules, ranking and export beyond the parse: {beyond_parse:.2f} s = {100 * beyond_parse / parse_time:.1f}% of the parse")
    parse_one, rules_one = staged
    print(f"stage by stage, one process (best of {args.repeat}): parse {parse_one:.2f} s, facts+questions+ranking+json "
          f"{rules_one:.2f} s = {100 * rules_one / parse_one:.1f}% of the parse")
    print(f"questions: {len(bank.questions):,}   peak memory: {peak_mb:,.0f} MB (largest worker process: {child_mb:,.0f} MB)")


if __name__ == "__main__":
    main()
