"""Quality on the development corpus (../shared/corpus): what the issue asks us to report.

- key-term recall: the share of each chapter's glossary terms that get a
  term/definition question;
- definition agreement: token F1 between our definition and the glossary's
  meaning, for the terms we found;
- seeds: the share of questions from the shared passage of the two seed
  editions (clean and PDF-extracted) that have the same id in both;
- a seeded random sample of questions, written to a Markdown file for review.

    python bench/quality.py [--sample 50] [--seed 7] [--out docs/review-sample.md]
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
_STOP = frozenset("a an the of and or to in on for by with as that which is are be its their".split())


def canonical(term: str) -> str:
    """Lower-case words with a plural -s dropped: glossary 'institutions' = our 'institution'."""
    words = re.findall(r"[a-z0-9]+", term.lower())
    return " ".join(w[:-1] if w.endswith("s") and len(w) > 3 else w for w in words)


#: Heads that turn an adjective into a card's term: the glossary's "rational" is
#: our "rational person" ("a person who seeks to maximize their own well-being").
_GENERIC_HEADS = ("person", "people", "individual", "actor", "state", "policy", "policies")


def matches(ours: str, glossary_term: str) -> bool:
    """Our term names the glossary's: the same words, or the glossary's adjective with a generic head."""
    a, b = canonical(ours), canonical(glossary_term)
    return a == b or any(a == f"{b} {canonical(head)}" for head in _GENERIC_HEADS)


def token_f1(ours: str, theirs: str) -> float:
    a = Counter(w for w in re.findall(r"[a-z0-9]+", ours.lower()) if w not in _STOP)
    b = Counter(w for w in re.findall(r"[a-z0-9]+", theirs.lower()) if w not in _STOP)
    common = sum((a & b).values())
    if not common:
        return 0.0
    precision, recall = common / sum(a.values()), common / sum(b.values())
    return 2 * precision * recall / (precision + recall)


def chapter_quality(md: Path) -> tuple[dict, list]:
    from quizgen.pipeline import generate

    glossary = json.loads(md.with_suffix("").with_suffix(".glossary.json").read_text())["glossary"]
    questions = generate(md)
    defined = {}
    for q in questions:
        if q.type == "term_definition" and q.fact.term:
            defined.setdefault(canonical(q.fact.term), q.fact.definition)
    found = []
    for entry in glossary:
        ours = next((d for term, d in defined.items() if matches(term, entry["term"])), None)
        if ours is not None:
            found.append((entry, ours))
    f1 = [token_f1(ours, e["meaning"]) for e, ours in found]
    return {
        "chapter": md.stem,
        "glossary_terms": len(glossary),
        "found": len(found),
        "recall": len(found) / len(glossary),
        "definition_f1": sum(f1) / len(f1) if f1 else 0.0,
        "questions": len(questions),
        "types": dict(Counter(q.type for q in questions)),
    }, questions


def seed_agreement() -> dict | None:
    from quizgen.pipeline import generate

    seeds = sorted((SHARED / "seeds").glob("*.txt"))
    if len(seeds) < 2:
        return None
    clean, damaged = (generate(p) for p in seeds[:2])
    clean_ids = {q.id for q in clean}
    damaged_ids = {q.id for q in damaged}
    # The damaged edition holds more text (the passage sits in a longer page spread);
    # the shared passage is the clean one, so agreement is measured on its questions.
    shared = clean_ids & damaged_ids
    return {"clean": len(clean_ids), "pdf": len(damaged_ids), "same_ids": len(shared),
            "agreement": len(shared) / len(clean_ids) if clean_ids else 0.0}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sample", type=int, default=50)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", type=Path, default=None, help="Write the review sample as Markdown here.")
    args = parser.parse_args()

    corpus = sorted(p for p in (SHARED / "corpus").glob("*.md") if p.with_suffix("").with_suffix(".glossary.json").exists())
    if not corpus:
        print("../shared/corpus is not here: nothing to measure")
        return
    everything = []
    for md in corpus:
        row, questions = chapter_quality(md)
        everything.extend(questions)
        print(f"{row['chapter']}: key-term recall {row['found']}/{row['glossary_terms']} = {row['recall']:.0%}, "
              f"definition token F1 {row['definition_f1']:.2f}, {row['questions']} questions {row['types']}")
    seeds = seed_agreement()
    if seeds:
        print(f"seeds: {seeds['same_ids']}/{seeds['clean']} questions of the clean passage have the same id "
              f"in the PDF edition = {seeds['agreement']:.0%}")
    rng = random.Random(args.seed)
    sample = rng.sample(everything, min(args.sample, len(everything)))
    if args.out:
        lines = ["# Review sample", "", f"{len(sample)} questions drawn at random (seed {args.seed}) from the corpus.", ""]
        for number, q in enumerate(sample, start=1):
            answer = q.answer or " | ".join(q.sequence) or "; ".join(f"{a} = {b}" for a, b in q.pairs)
            lines += [f"{number}. **[{q.type}]** {q.prompt}", f"   - answer: {answer}"]
            if q.choices:
                lines.append(f"   - choices: {' / '.join(q.choices)}")
            where = f"{q.source.file}, § {q.source.section}" + (f", p. {q.source.page}" if q.source.page else "")
            lines += [f"   - source: {where}, \u201c{q.source.sentence}\u201d", "   - verdict: ", ""]
        args.out.write_text("\n".join(lines), encoding="utf-8")
        print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
