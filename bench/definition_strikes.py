"""What a change to the definition checks strikes, book by book: every definition
fact and every question asked of one, over all of ``../shared/corpus`` (``*.md`` and
``*.bold.md``), written as JSON lines; given an earlier dump, the facts and questions
that are gone, counted per book, with a sample from the tuning books to read.

    python bench/definition_strikes.py --out /tmp/before.jsonl
    (change the rules)
    python bench/definition_strikes.py --out /tmp/after.jsonl --against /tmp/before.jsonl

A fact counts once per chapter file (its id); a question by its id. A question that
is gone because its fact is gone counts in both columns.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
#: The books the rules are tuned on; struck items are read from these only.
TUNE_BOOKS = (
    "introduction-political-science",
    "american-government-4e",
    "anatomy-and-physiology-2e",
    "introduction-philosophy-2e",
    "introduction-sociology-3e",
)


def book_of(name: str) -> str:
    """ "anatomy-and-physiology-2e-17.bold.md" -> "anatomy-and-physiology-2e"."""
    stem = name.split(".")[0]
    return stem.rsplit("-", 1)[0]


def dump(paths: list[Path], out: Path) -> None:
    from quizgen.ingest import load
    from quizgen.pipeline import chapter_questions, document_facts
    from quizgen.questions.worth import why_not_asked

    documents = [load(path) for path in paths]
    all_facts = document_facts(documents, cache=True)
    with out.open("w", encoding="utf-8") as handle:
        for path, document, facts in zip(paths, documents, all_facts, strict=True):
            for fact in facts:
                if fact.kind == "definition":
                    row = {"file": path.name, "what": "fact", "id": fact.id, "rule": fact.rule, "term": fact.term,
                           "definition": fact.definition, "sentence": fact.sentence, "why_not": why_not_asked(fact)}
                    handle.write(json.dumps(row, ensure_ascii=False) + "\n")
            for question in chapter_questions(facts, document):
                if question.fact.kind == "definition":
                    row = {"file": path.name, "what": "question", "id": question.id, "type": question.type,
                           "prompt": question.prompt, "answer": question.answer, "sentence": question.source.sentence,
                           "fact": question.fact.id}
                    handle.write(json.dumps(row, ensure_ascii=False) + "\n")


def _rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def compare(before: list[dict], after: list[dict], sample: int, seed: int) -> None:
    def asked(rows: list[dict]) -> dict[tuple[str, str], dict]:
        return {(r["file"], r["id"]): r for r in rows if r["what"] == "fact" and not r["why_not"]}

    def questions(rows: list[dict]) -> dict[tuple[str, str], dict]:
        return {(r["file"], r["id"]): r for r in rows if r["what"] == "question"}

    facts_before, facts_after = asked(before), asked(after)
    questions_before, questions_after = questions(before), questions(after)
    gone_facts = [r for key, r in facts_before.items() if key not in facts_after]
    new_facts = [r for key, r in facts_after.items() if key not in facts_before]
    gone_questions = [r for key, r in questions_before.items() if key not in questions_after]
    new_questions = [r for key, r in questions_after.items() if key not in questions_before]
    table: dict[str, Counter[str]] = defaultdict(Counter)
    for rows, column in ((facts_before.values(), "facts"), (gone_facts, "facts struck"), (new_facts, "facts new"),
                         (questions_before.values(), "questions"), (gone_questions, "questions struck"),
                         (new_questions, "questions new")):
        for row in rows:
            table[book_of(row["file"])][column] += 1
    columns = ("facts", "facts struck", "facts new", "questions", "questions struck", "questions new")
    print(f"{'book':<34}" + "".join(f"{c:>18}" for c in columns))
    total: Counter[str] = Counter()
    for book in sorted(table):
        total.update(table[book])
        print(f"{book:<34}" + "".join(f"{table[book][c]:>18}" for c in columns))
    print(f"{'total':<34}" + "".join(f"{total[c]:>18}" for c in columns))
    tune = [r for r in gone_questions if book_of(r["file"]) in TUNE_BOOKS]
    random.Random(seed).shuffle(tune)
    print(f"\n{min(sample, len(tune))} of {len(tune)} struck questions from the tuning books:")
    for row in tune[:sample]:
        print(f"- [{row['file']}, {row['type']}] {row['prompt']}  ->  {row['answer']}\n    source: {row['sentence']}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("/tmp/quizgen-definitions.jsonl"))
    parser.add_argument("--against", type=Path, help="an earlier dump to compare with")
    parser.add_argument("--only-compare", action="store_true", help="compare --out with --against without a new run")
    parser.add_argument("--sample", type=int, default=20)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("files", nargs="*", type=Path)
    args = parser.parse_args(argv)
    paths = args.files or sorted(CORPUS.glob("*.md"))
    if not paths:
        print(f"skipped: {CORPUS} not found", file=sys.stderr)
        return 0
    if not args.only_compare:
        dump(paths, args.out)
    if args.against:
        compare(_rows(args.against), _rows(args.out), args.sample, args.seed)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
