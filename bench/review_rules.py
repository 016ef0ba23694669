"""Which rules the blind reviews accepted: every judged item of docs/reviews/, joined to
the fact and rule that make it today, with the acceptance rate per rule, fact kind and
question type, for the items the rules still make.

A rule earns its place by what reviewers said of its items across books; this is how
the gate's tables (quizgen/rules/worth.py) were chosen. Items the rules no longer make
(or make in other words) are counted apart.

    python bench/review_rules.py                # tables
    python bench/review_rules.py --rejects      # and every rejected item still made
    python bench/review_rules.py --chapters books2=/work/fresh5 --chapters books3=/work/fresh6
                                                # rounds drawn from chapters outside ../shared
    python bench/review_rules.py --priors ...   # and the table of quizgen/rules/ranking.py
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REVIEWS = ROOT / "docs" / "reviews"
CORPUS = ROOT.parent / "shared" / "corpus"


def _norm(text: str | None) -> str:
    return re.sub(r"\W+", " ", (text or "").lower()).strip()


def sheet_items(path: Path) -> dict[int, dict]:
    """Items of a judging sheet: chapter, type, source sentence, question, key."""
    items: dict[int, dict] = {}
    current: dict | None = None
    for line in path.read_text(encoding="utf-8").splitlines():
        match = re.match(r"## Item (\d+)\s+\((\S+), type (\w+)\)", line)
        if match:
            current = {"item": int(match[1]), "chapter": match[2], "type": match[3]}
            items[current["item"]] = current
            continue
        for key, label in (("source", "- Source sentence: "), ("prompt", "- Question: "), ("answer", "- Keyed answer: ")):
            if current is not None and line.startswith(label):
                current[key] = line[len(label):]
    return items


def verdicts(path: Path) -> dict[int, tuple[bool, str]]:
    """item -> (acceptable, reason) from a verdicts table with an ACCEPTABLE column."""
    found: dict[int, tuple[bool, str]] = {}
    header: list[str] | None = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("|"):
            continue
        cells = [cell.strip() for cell in line.strip("|").split("|")]
        if cells[0].lower() == "item":
            header = [cell.upper() for cell in cells]
        elif header and "ACCEPTABLE" in header and cells[0].isdigit() and header.index("ACCEPTABLE") < len(cells):
            found[int(cells[0])] = (cells[header.index("ACCEPTABLE")].upper().startswith("Y"), cells[-1])
    return found


def judged() -> list[dict]:
    rows = []
    for verdict_file in sorted(REVIEWS.glob("*-verdicts.md")):
        sheet = verdict_file.with_name(verdict_file.name.replace("-verdicts.md", "-sheet.md"))
        if not sheet.exists():
            continue
        items, marks = sheet_items(sheet), verdicts(verdict_file)
        for number, item in items.items():
            if number in marks:
                item["ok"], item["reason"] = marks[number]
                item["round"] = verdict_file.name.split("-")[0]
                rows.append(item)
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rejects", action="store_true", help="list every rejected item the rules still make")
    parser.add_argument("--accepted", action="store_true", help="list every accepted item the rules still make")
    parser.add_argument("--priors", action="store_true", help="print the REVIEWED table of quizgen/rules/ranking.py")
    parser.add_argument(
        "--chapters", action="append", default=[], metavar="ROUND=DIR",
        help="read the chapters of review round ROUND (the sheet's name up to its first '-') from DIR",
    )
    args = parser.parse_args(argv)
    folders = dict(pair.split("=", 1) for pair in args.chapters)
    if not CORPUS.is_dir():
        print(f"skipped: {CORPUS} not found", file=sys.stderr)
        return 0
    from quizgen.ingest import load
    from quizgen.pipeline import chapter_questions, extract_facts
    from quizgen.select import review_form

    rows = [row for row in judged() if not folders or row["round"] in folders]
    by_chapter: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for row in rows:
        by_chapter[(folders.get(row["round"], str(CORPUS)), row["chapter"])].append(row)
    made = []
    for (folder, chapter), items in sorted(by_chapter.items()):
        suffixes = (".md", ".pdf", ".html", ".txt")
        path = next((p for p in (Path(folder) / f"{chapter}{s}" for s in suffixes) if p.exists()), None)
        if path is None:
            continue
        document = load(path)
        facts = extract_facts(document, cache=True)
        rule_of = {fact.id: fact.rule for fact in facts}
        index = {}
        for question in chapter_questions(facts, document):
            index.setdefault((question.type, _norm(question.source.sentence), _norm(question.answer)), question)
            index.setdefault((question.type, _norm(question.prompt)), question)
        for item in items:
            question = index.get((item["type"], _norm(item.get("source")), _norm(item.get("answer")))) or index.get(
                (item["type"], _norm(item.get("prompt")))
            )
            if question is not None:
                same = _norm(question.prompt) == _norm(item.get("prompt")) and _norm(question.answer) == _norm(item.get("answer"))
                made.append({**item, "rule": rule_of.get(question.fact.id, ""), "kind": question.fact.kind,
                             "form": review_form(question), "same": same})
    print(f"{len(rows)} judged items in {REVIEWS.relative_to(ROOT)}; {len(made)} are still made, "
          f"{sum(r['ok'] for r in made)} of them acceptable ({sum(r['ok'] for r in made) / max(1, len(made)):.0%}); "
          f"in the same words: {sum(r['same'] for r in made)}, {sum(r['ok'] and r['same'] for r in made)} acceptable")
    for title, key in (("by rule", lambda r: r["rule"]), ("by kind and type", lambda r: f"{r['kind']} / {r['type']}")):
        counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for row in made:
            counts[key(row)][0] += row["ok"]
            counts[key(row)][1] += 1
        print(f"\n{title}:")
        for name, (ok, total) in sorted(counts.items(), key=lambda pair: -pair[1][1]):
            print(f"  {name:<40} {ok:>3}/{total:<3} {ok / total:>5.0%}")
    if args.priors:
        pairs: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
        for row in made:
            pairs[(row["kind"], row["form"])][0] += row["ok"]
            pairs[(row["kind"], row["form"])][1] += 1
        print("\nREVIEWED = {")
        for (kind, form), (ok, total) in sorted(pairs.items(), key=lambda pair: -pair[1][1]):
            print(f"    ({kind!r}, {form!r}): ({ok}, {total}),")
        print("}")
    if args.rejects:
        print("\nrejected, still made:")
        for row in made:
            if not row["ok"]:
                print(f"  {'' if row['same'] else '(reworded) '}[{row['rule']}] {row.get('prompt', '')[:100]} -> {row.get('answer', '')[:40]}: {row['reason'][:80]}")
    if args.accepted:
        print("\naccepted, still made:")
        for row in made:
            if row["ok"]:
                print(f"  {'' if row['same'] else '(reworded) '}[{row['rule']}] {row.get('prompt', '')[:100]} -> {row.get('answer', '')[:40]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
