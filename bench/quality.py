"""Quality on the development corpus (../shared/corpus), per book and in total, with
the check books apart.

- key-term recall: the share of each chapter's glossary terms that the questions ask
  about: as a term/definition card ("card"), or in any form, a card, a cloze or a
  true/false statement of its definition ("asked");
- definition agreement: token F1 between our definition and the glossary's meaning,
  for the terms we found;
- yield: distinct facts asked per 300 words of body text;
- seeds: distinct facts asked from the shared passage, and the share of them that
  have the same id in its two editions (clean and PDF-extracted).

The books are split in two: TUNE books may be read while working on the rules, CHECK
books only measured (the way an outside reviewer measures on chapters nobody tuned
the rules on). Every edition of a chapter is measured: plain `.md`, `.bold.md` (key
terms in bold) and the typeset `.pdf` where there is one.

    python bench/quality.py                          # everything (about 15 minutes here)
    python bench/quality.py --books check --editions bold
    python bench/quality.py --json quality.json      # rows for later comparison
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
_STOP = frozenset("a an the of and or to in on for by with as that which is are be its their".split())

#: Books kept aside: measured, never read while writing rules.
CHECK_BOOKS = ("astronomy-2e", "introduction-anthropology", "principles-economics-3e", "psychology-2e")
EDITIONS = {"plain": ".md", "bold": ".bold.md", "pdf": ".pdf"}


def book_of(chapter: str) -> str:
    return re.sub(r"-\d+$", "", chapter)


def canonical(term: str) -> str:
    """Lower-case words with a plural -s dropped: glossary 'institutions' = our 'institution'."""
    words = re.findall(r"[a-z0-9]+", term.lower())
    if words and words[0] in ("a", "an", "the"):
        words = words[1:]
    return " ".join(w[:-1] if w.endswith("s") and len(w) > 3 else w for w in words)


#: Heads that turn an adjective into a card's term: the glossary's "rational" is
#: our "rational person" ("a person who seeks to maximize their own well-being").
_GENERIC_HEADS = ("person", "people", "individual", "actor", "state", "policy", "policies")


def matches(ours: str, glossary_term: str) -> bool:
    """Our term names the glossary's: the same words, its short form before a
    bracketed acronym, or the glossary's adjective with a generic head."""
    a = canonical(ours)
    b = canonical(re.sub(r"\s*\([^)]*\)", "", glossary_term))
    full = canonical(glossary_term)
    return bool(a) and (a in (b, full) or any(a == f"{b} {canonical(head)}" for head in _GENERIC_HEADS))


def token_f1(ours: str, theirs: str) -> float:
    a = Counter(w for w in re.findall(r"[a-z0-9]+", ours.lower()) if w not in _STOP)
    b = Counter(w for w in re.findall(r"[a-z0-9]+", theirs.lower()) if w not in _STOP)
    common = sum((a & b).values())
    if not common:
        return 0.0
    precision, recall = common / sum(a.values()), common / sum(b.values())
    return 2 * precision * recall / (precision + recall)


def body_words(document) -> int:
    from quizgen.analyze import content_paragraphs

    return sum(len(p.text.split()) for p in content_paragraphs(document))


def chapter_quality(path: Path, glossary: list[dict]) -> dict:
    from quizgen.ingest import load
    from quizgen.pipeline import generate

    document = load(path)
    questions = generate(document)
    cards: dict[str, str] = {}
    asked: set[str] = set()
    for q in questions:
        if q.fact.kind in ("definition", "term") and q.fact.term:
            asked.add(canonical(q.fact.term))
            if q.type == "term_definition":
                cards.setdefault(canonical(q.fact.term), q.fact.definition)
        for left, _ in q.pairs:
            asked.add(canonical(left))
    card_hits, asked_hits, f1 = 0, 0, []
    for entry in glossary:
        ours = next((d for term, d in cards.items() if matches(term, entry["term"])), None)
        if ours is not None:
            card_hits += 1
            f1.append(token_f1(ours, entry["meaning"]))
        if ours is not None or any(matches(term, entry["term"]) for term in asked):
            asked_hits += 1
    words = body_words(document)
    facts = {q.fact.id for q in questions if q.fact.id}
    return {
        "glossary": len(glossary),
        "card": card_hits,
        "asked": asked_hits,
        "f1": f1,
        "questions": len(questions),
        "facts": len(facts),
        "words": words,
        "types": dict(Counter(q.type for q in questions)),
    }


def seed_agreement() -> dict | None:
    from quizgen.pipeline import generate

    seeds = sorted((SHARED / "seeds").glob("*.txt"))
    if len(seeds) < 2:
        return None
    clean, damaged = (generate(p) for p in seeds[:2])
    clean_facts = {q.fact.id or q.id for q in clean}
    damaged_facts = {q.fact.id or q.id for q in damaged}
    shared = clean_facts & damaged_facts
    return {
        "clean_facts": len(clean_facts),
        "pdf_facts": len(damaged_facts),
        "same_ids": len(shared),
        "agreement": len(shared) / len(clean_facts) if clean_facts else 0.0,
        "questions": [q.prompt for q in clean],
    }


def _summary(rows: list[dict]) -> str:
    glossary = sum(r["glossary"] for r in rows)
    card = sum(r["card"] for r in rows)
    asked = sum(r["asked"] for r in rows)
    f1 = [x for r in rows for x in r["f1"]]
    words = sum(r["words"] for r in rows)
    facts = sum(r["facts"] for r in rows)
    return (
        f"recall card {card}/{glossary} = {card / max(glossary, 1):.0%}, asked {asked}/{glossary} = "
        f"{asked / max(glossary, 1):.0%}; definition F1 {sum(f1) / max(len(f1), 1):.2f}; "
        f"{facts} facts in {words:,} words = {300 * facts / max(words, 1):.2f} per 300 words"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--books", choices=("all", "tune", "check"), default="all")
    parser.add_argument("--editions", default="plain,bold,pdf", help="comma-separated: plain, bold, pdf")
    parser.add_argument("--chapters", nargs="*", default=None, help="chapter names (default: every one)")
    parser.add_argument("--json", type=Path, default=None, help="write the rows here")
    args = parser.parse_args()

    glossaries = sorted((SHARED / "corpus").glob("*.glossary.json"))
    if not glossaries:
        print("../shared/corpus is not here: nothing to measure")
        return
    editions = [e.strip() for e in args.editions.split(",") if e.strip()]
    rows: list[dict] = []
    for glossary_path in glossaries:
        chapter = glossary_path.name.removesuffix(".glossary.json")
        book = book_of(chapter)
        split = "check" if book in CHECK_BOOKS else "tune"
        if args.books != "all" and split != args.books or args.chapters and chapter not in args.chapters:
            continue
        glossary = json.loads(glossary_path.read_text())["glossary"]
        for edition in editions:
            path = glossary_path.with_name(chapter + EDITIONS[edition])
            if not path.exists():
                continue
            started = time.perf_counter()
            row = chapter_quality(path, glossary)
            row.update(chapter=chapter, book=book, split=split, edition=edition, seconds=time.perf_counter() - started)
            rows.append(row)
            print(f"{split:5} {edition:5} {chapter}: {_summary([row])}; {row['questions']} questions", flush=True)

    print()
    for edition in editions:
        by_book: dict[str, list[dict]] = defaultdict(list)
        for row in rows:
            if row["edition"] == edition:
                by_book[row["book"]].append(row)
        if not by_book:
            continue
        print(f"## {edition} edition")
        for book, book_rows in sorted(by_book.items()):
            split = book_rows[0]["split"]
            print(f"  {split:5} {book} ({len(book_rows)} chapters): {_summary(book_rows)}")
        for split in ("tune", "check"):
            split_rows = [r for r in rows if r["edition"] == edition and r["split"] == split]
            if split_rows:
                print(f"  {split.upper()} TOTAL: {_summary(split_rows)}")
        print(f"  TOTAL: {_summary([r for r in rows if r['edition'] == edition])}")

    seeds = seed_agreement()
    if seeds:
        print(f"\nseeds: {seeds['clean_facts']} distinct facts asked from the clean passage, {seeds['pdf_facts']} "
              f"from the PDF edition; {seeds['same_ids']} share their id = {seeds['agreement']:.0%}")
        for prompt in seeds["questions"]:
            print(f"  - {prompt}")
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1))
        print(f"wrote {args.json}", file=sys.stderr)


if __name__ == "__main__":
    main()
