"""Dump every fact and every candidate question of a few chapters as JSON lines, to
check that a rebuild of the rule engine changes nothing it did not mean to.

    python bench/dump_facts.py [--out /tmp/facts.jsonl] [FILE ...]

Without files: the bundled example chapter, ``../shared/seeds/*.txt`` and the
tuning chapters of ``../shared/corpus`` (political science 01-03, American
government 03, sociology 02, philosophy 02), those that exist. One line per fact
(``id, kind, rule, term, definition, answer, sentence``) and per question (``id,
type, prompt, answer``), each tagged with its file. Fact extraction time (the
rules alone, after the parse) is printed per file to stderr.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
TUNING_CHAPTERS = (
    "introduction-political-science-01.md",
    "introduction-political-science-02.md",
    "introduction-political-science-03.md",
    "american-government-4e-03.md",
    "introduction-sociology-3e-02.md",
    "introduction-philosophy-2e-02.md",
)


def default_inputs() -> list[Path]:
    paths = [ROOT / "quizgen" / "examples" / "chapter.md"]
    paths += sorted((SHARED / "seeds").glob("*.txt"))
    paths += [SHARED / "corpus" / name for name in TUNING_CHAPTERS]
    return [p for p in paths if p.exists()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--out", type=Path, default=Path("/tmp/quizgen-facts.jsonl"))
    args = parser.parse_args()

    from quizgen.analyze import load_pipeline, parse
    from quizgen.facts import extract
    from quizgen.ingest import load
    from quizgen.questions.generate import make_questions

    nlp = load_pipeline()
    total = 0.0
    with args.out.open("w", encoding="utf-8") as out:
        for path in args.files or default_inputs():
            document = load(path)
            parsed = list(parse(document, nlp=nlp, n_process=1))
            started = time.perf_counter()
            facts = extract(parsed, document)
            elapsed = time.perf_counter() - started
            total += elapsed
            print(f"{path.name}: {len(facts)} facts, extraction {elapsed:.2f} s", file=sys.stderr)
            for f in facts:
                row = {"file": path.name, "fact": f.id, "kind": f.kind, "rule": f.rule, "term": f.term,
                       "definition": f.definition, "answer": f.answer, "sentence": f.sentence}
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
            for q in make_questions(facts, seed=0):
                row = {"file": path.name, "question": q.id, "type": q.type, "prompt": q.prompt, "answer": q.answer}
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"total extraction {total:.2f} s -> {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
