"""Benchmark: Anki notes and cards per chapter, one note per question against one note per fact.

Runs the pipeline once on each chapter of ../shared/corpus (``BOOK-NN.md``,
35 chapters; a few minutes) and counts, for the deck ``quizgen deck`` writes:

- before: one note per question, as quizgen did before notes were per fact
  (every question but matching sets is a note of its own, except the two
  directions of a term/definition card, which shared a note; each question is
  a card);
- after: one note per fact (:func:`quizgen.export.anki.make_notes` with its
  default types), and its cards.

Prints a row per chapter, a total per book and a grand total.

    python bench/bench_anki_notes.py [--corpus ../shared/corpus] [--limit N]
"""

from __future__ import annotations

import argparse
import time
from collections import defaultdict
from pathlib import Path

from quizgen.models import QuestionBank

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def before(bank: QuestionBank) -> tuple[int, int]:
    """(notes, cards) of one note per question: what quizgen wrote before notes were per fact."""
    questions = [q for q in bank.questions if q.type != "matching"]
    term_facts = {
        q.fact.id or q.id for q in questions if q.type == "term_definition" and q.fact.term and q.fact.definition
    }
    other = [q for q in questions if not (q.type == "term_definition" and q.fact.term and q.fact.definition)]
    return len(other) + len(term_facts), len(questions)


def after(bank: QuestionBank) -> tuple[int, int, int]:
    """(notes, cards, facts with a note) of one note per fact."""
    from quizgen.export.anki import make_notes

    notes = make_notes(bank)
    return len(notes), sum(n.cards for n in notes), len({n.fact_id for n in notes if n.fact_id})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=None, help="only the first N chapters")
    args = parser.parse_args()

    from quizgen.pipeline import build_bank

    chapters = sorted(p for p in args.corpus.glob("*.md") if not p.name.endswith(".bold.md") and p.name != "README.md")
    if not chapters:
        raise SystemExit(f"no chapters in {args.corpus}")
    chapters = chapters[: args.limit]
    books: dict[str, list[int]] = defaultdict(lambda: [0] * 6)
    header = f"{'chapter':<34} {'questions':>9} {'notes before':>12} {'cards before':>12} {'notes after':>11} {'cards after':>11}"
    print(header)
    print("-" * len(header))
    start = time.perf_counter()
    for path in chapters:
        bank = build_bank([path])
        notes_before, cards_before = before(bank)
        notes_after, cards_after, _ = after(bank)
        row = (len(bank.questions), notes_before, cards_before, notes_after, cards_after)
        print(f"{path.stem:<34} {row[0]:>9} {row[1]:>12} {row[2]:>12} {row[3]:>11} {row[4]:>11}", flush=True)
        book = path.stem.rsplit("-", 1)[0]
        books[book] = [a + b for a, b in zip(books[book], (*row, 1), strict=True)]
    print()
    print(f"{'book (chapters)':<34} {'questions':>9} {'notes before':>12} {'cards before':>12} {'notes after':>11} {'cards after':>11}")
    print("-" * len(header))
    total = [0] * 6
    for book, counts in sorted(books.items()):
        total = [a + b for a, b in zip(total, counts, strict=True)]
        print(f"{f'{book} ({counts[5]})':<34} {counts[0]:>9} {counts[1]:>12} {counts[2]:>12} {counts[3]:>11} {counts[4]:>11}")
    print("-" * len(header))
    print(f"{f'total ({total[5]})':<34} {total[0]:>9} {total[1]:>12} {total[2]:>12} {total[3]:>11} {total[4]:>11}")
    print(
        f"notes per chapter: {total[1] / total[5]:.1f} before, {total[3] / total[5]:.1f} after "
        f"({100 * (1 - total[3] / max(total[1], 1)):.0f}% fewer); cards {total[2] / total[5]:.1f} -> {total[4] / total[5]:.1f}"
    )
    print(f"({time.perf_counter() - start:.0f} s for {total[5]} chapters)")


if __name__ == "__main__":
    main()
