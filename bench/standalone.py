"""What the stand-alone tables (quizgen/rules/standalone.py) strike: per book of
``../shared/corpus`` (its .md and .bold.md chapters), with the struck questions, and
among the judged items of the blind reviews (which were accepted, which rejected).

    python bench/standalone.py                      # counts per book, and the reviews
    python bench/standalone.py --list               # and every struck question
    python bench/standalone.py --reviews DIR ...    # other verdict folders too
    python bench/standalone.py --chapters F ...     # other chapters (.md, .html, .pdf) too

The chapter's questions are made with the tables turned off, then each is put to
:func:`quizgen.questions.worth.why_not_standalone`, so a question struck for another
reason is not counted here.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
sys.path.insert(0, str(ROOT / "bench"))


def corpus_strikes(paths: list[Path], listing: bool) -> None:
    import quizgen.questions.worth as worth
    from quizgen.ingest import load
    from quizgen.pipeline import chapter_questions, extract_facts

    check = worth.why_not_standalone
    struck: dict[str, Counter[str]] = defaultdict(Counter)
    totals: Counter[str] = Counter()
    lines = []
    for path in paths:
        book = re.sub(r"-\d+\w?(?:\.bold)?\.\w+$", "", path.name)
        document = load(path)
        facts = extract_facts(document, cache=True)
        worth.why_not_standalone = lambda *_: ""  # type: ignore[assignment]
        try:
            questions = chapter_questions(facts, document)
        finally:
            worth.why_not_standalone = check
        for question in questions:
            totals[book] += 1
            why = "" if question.type in ("matching", "ordering") else check(
                question.type, worth.statement(question), question.answer
            )
            if why:
                struck[book][why] += 1
                lines.append(f"  [{why}] {path.name} {question.type}: {question.prompt[:150]} -> {question.answer[:50]}")
    print("struck per book (the questions its chapters give; a corpus book's .md and .bold.md both):")
    for book in sorted(totals):
        print(f"  {book:<34} {sum(struck[book].values()):>3}/{totals[book]:<5} {dict(struck[book])}")
    print(f"  {'total':<34} {sum(sum(c.values()) for c in struck.values()):>3}/{sum(totals.values())}")
    if listing:
        print("\n".join(lines))


def review_strikes(folder: Path) -> None:
    from review_rules import sheet_items, verdicts

    from quizgen.questions.worth import why_not_standalone

    struck = {True: [], False: []}
    judged = Counter()
    for verdict_file in sorted(folder.glob("*-verdicts.md")):
        sheet = verdict_file.with_name(verdict_file.name.replace("-verdicts.md", "-sheet.md"))
        if not sheet.exists():
            continue
        items, marks = sheet_items(sheet), verdicts(verdict_file)
        for number, item in items.items():
            if number not in marks or item["type"] in ("matching", "ordering"):
                continue
            ok = marks[number][0]
            judged[ok] += 1
            prompt = re.sub(r"^True or false:\s*", "", item.get("prompt", ""), flags=re.IGNORECASE)
            why = why_not_standalone(item["type"], prompt, item.get("answer", ""))
            if why:
                struck[ok].append(f"    {verdict_file.name} #{number} [{why}] {prompt[:100]}")
    print(f"\n{folder}: struck {len(struck[False])} of {judged[False]} rejected, {len(struck[True])} of {judged[True]} accepted")
    for ok in (False, True):
        print("\n".join(struck[ok]))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="list every struck corpus question")
    parser.add_argument("--chapters", nargs="*", type=Path, default=[], help="more chapters to count strikes in")
    parser.add_argument("--reviews", nargs="*", type=Path, default=[], help="more folders of sheets and verdicts")
    args = parser.parse_args(argv)
    paths = sorted(p for p in CORPUS.glob("*.md") if p.name != "README.md") if CORPUS.is_dir() else []
    if not paths:
        print(f"skipped: {CORPUS} not found", file=sys.stderr)
    corpus_strikes(paths + list(args.chapters), args.list)
    for folder in [ROOT / "docs" / "reviews", *args.reviews]:
        review_strikes(folder)
    return 0


if __name__ == "__main__":
    sys.exit(main())
