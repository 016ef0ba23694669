"""Why key terms go unasked: per chapter of the development corpus, each glossary
term the body sets in bold that no question asks about, with the first reason on
its way (no fact; which check of the gate refused its fact; which question
builder made nothing; the key-term filter; the score bar), and a count of the
reasons over all chapters.

Only TUNE books by default (check books are measured, never read).

    python bench/keyterm_misses.py                       # tune chapters, bold edition
    python bench/keyterm_misses.py --chapters introduction-sociology-3e-06 -v
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from quality import CHECK_BOOKS, SHARED, book_of, canonical, matches  # noqa: E402


def definition_refusal(term: str, gloss: str) -> str:
    """The first check of :func:`is_definition_worth_asking` that refuses the gloss,
    by trying the gloss with each check's trigger in turn ("" when it passes)."""
    from quizgen.questions import worth
    from quizgen.rules import worth as rules

    if worth.is_definition_worth_asking(term, gloss):
        return ""
    words = re.findall(r"[\w’'\-]+", gloss.lower())
    content = [w for w in words if w not in ("a", "an", "the")]
    checks = [
        ("evaluative", bool(rules.EVALUATIVE_GLOSS.match(gloss))),
        ("vague head", bool(content) and len(content) <= 4 and content[-1] in rules.VAGUE_HEADS | {"process", "method", "practice", "step"}),
        ("loose copula", bool(rules.LOOSE_COPULA.search(gloss))),
        ("too short", not any(w in rules.NARROWING for w in content) and len(content) <= 2),
        ("person pronoun", bool(rules.PERSON_PRONOUNS.search(gloss))),
        ("while/whereas", bool(re.search(r",\s*(?:while|whereas)\b", gloss))),
        ("termless head", bool(re.findall(r"[a-z]+", term.lower())[-1:]) and re.findall(r"[a-z]+", term.lower())[-1] in rules.TERMLESS_HEADS),
        ("group name", bool(rules.GROUP_NAME.match(term.strip()))),
        ("describing", bool(rules.DESCRIBING_GLOSS.search(gloss))),
        ("resource", bool(rules.RESOURCE_GLOSS.match(gloss))),
        ("bare kind", bool(rules.BARE_KIND.match(gloss))),
        ("participle start", bool(rules.PARTICIPLE_START.match(gloss))),
        ("relative gloss", bool(rules.RELATIVE_GLOSS.match(gloss))),
    ]
    return next((name for name, hit in checks if hit), "definition gate")


def fact_refusal(fact) -> str:
    from quizgen.questions.worth import fact_worth_asking

    if fact_worth_asking(fact):
        return ""
    if fact.kind == "definition" or fact.asking.no_statement:
        return "gate: " + definition_refusal(fact.term, fact.definition)
    return "gate: fact"


def builder_refusal(fact) -> str:
    """Why the fact's own question builders made nothing."""
    from quizgen.questions.cloze import make_cloze
    from quizgen.questions.term_definition import make_term_definition, usable_definition

    if fact.kind == "term":
        return "" if make_cloze(fact) is not None else "cloze None"
    if fact.kind == "definition":
        reasons = []
        if not usable_definition(fact):
            reasons.append("card: unusable definition")
        elif not make_term_definition(fact):
            reasons.append("card: none")
        if make_cloze(fact) is None:
            reasons.append("cloze None")
        return "; ".join(reasons) if len(reasons) == 2 else ""
    return ""


def bold_sentence(document, term: str) -> str:
    """The first sentence that sets the term in bold (marked **term**)."""
    from quizgen.facts.keyterms import canonical_term

    wanted = canonical_term(re.sub(r"\s*\([^)]*\)", "", term))
    for paragraph in document.paragraphs:
        for start, end in paragraph.emphasis:
            if canonical_term(paragraph.text[start:end]) == wanted:
                before = max(paragraph.text.rfind(". ", 0, start) + 2, 0)
                after = paragraph.text.find(". ", end)
                after = len(paragraph.text) if after < 0 else after + 1
                return f"{paragraph.text[before:start]}**{paragraph.text[start:end]}**{paragraph.text[end:after]}"
    return ""


def chapter_misses(path: Path, glossary: list[dict], verbose: bool) -> tuple[int, int, Counter[str]]:
    from quizgen.facts.keyterms import canonical_term, key_terms
    from quizgen.ingest import load
    from quizgen.pipeline import chapter_questions, extract_facts
    from quizgen.questions.generate import make_questions
    from quizgen.questions.worth import (
        Mentions,
        question_stands_alone,
        recurring_events,
        recurring_people,
    )
    from quizgen.select import by_default, select

    document = load(path)
    bold = key_terms(document)
    facts = extract_facts(document, cache=True)
    candidates = chapter_questions(facts, document)
    chosen = select(by_default(candidates, None))
    asked = {canonical(q.fact.term) for q in chosen if q.fact.kind in ("definition", "term") and q.fact.term}
    mentions = Mentions.of("\n".join(p.text for p in document.paragraphs))
    made = make_questions(recurring_events(recurring_people(facts, mentions), mentions))
    reasons: Counter[str] = Counter()
    in_bold = [e for e in glossary if canonical_term(re.sub(r"\s*\([^)]*\)", "", e["term"])) in bold or canonical_term(e["term"]) in bold]
    missed = 0
    for entry in in_bold:
        if any(matches(term, entry["term"]) for term in asked):
            continue
        missed += 1
        own = [f for f in facts if f.term and matches(f.term, entry["term"])]
        if not own:
            reason = "no fact"
        else:
            fact_reasons = [fact_refusal(f) for f in own]
            if all(fact_reasons):
                reason = fact_reasons[0]
            else:
                worthy = [f for f, r in zip(own, fact_reasons, strict=True) if not r]
                built = [builder_refusal(f) for f in worthy]
                if all(built):
                    reason = f"builder: {built[0]}"
                else:
                    raw = [q for q in made if q.fact.id in {f.id for f in worthy}]
                    if not raw:
                        reason = "stands alone: no"
                    elif not [q for q in candidates if q.fact.id in {f.id for f in worthy}]:
                        reason = "key-term filter"
                    else:
                        reason = "score bar / dedupe"
                    if raw and not any(question_stands_alone(q) for q in raw):
                        reason = "stands alone: no"
        reasons[reason.split(" [")[0]] += 1
        if verbose:
            print(f"  - {entry['term']}: {reason}")
            for f in own[:2]:
                print(f"      fact {f.rule} term={f.term!r} def={f.definition[:90]!r}")
            if not own:
                print(f"      {bold_sentence(document, entry['term'])[:260]}")
    return len(in_bold), missed, reasons


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--chapters", nargs="*", default=None)
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    total: Counter[str] = Counter()
    bold_total = missed_total = 0
    for glossary_path in sorted((SHARED / "corpus").glob("*.glossary.json")):
        chapter = glossary_path.name.removesuffix(".glossary.json")
        if book_of(chapter) in CHECK_BOOKS or args.chapters and chapter not in args.chapters:
            continue
        path = glossary_path.with_name(chapter + ".bold.md")
        if not path.exists():
            continue
        glossary = json.loads(glossary_path.read_text())["glossary"]
        print(f"{chapter}:", flush=True)
        in_bold, missed, reasons = chapter_misses(path, glossary, args.verbose)
        bold_total += in_bold
        missed_total += missed
        total += reasons
        print(f"  {missed}/{in_bold} bold glossary terms unasked: {dict(reasons.most_common())}", flush=True)
    print(f"\n{missed_total}/{bold_total} bold glossary terms unasked")
    for reason, n in total.most_common():
        print(f"  {n:4}  {reason}")


if __name__ == "__main__":
    main()
