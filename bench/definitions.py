"""Definition detection on DEFT (../shared/definitions), sentence by sentence.

The positive class is "the sentence contains a definition", as in SemEval-2020
Task 6 subtask 1. Prints, for train and dev apart: precision, recall and F1 of
:func:`quizgen.facts.detect.is_definition` overall, per subject (the ``file``
field: ``t1_biology_...``) and per defining form; how well the detected term and
gloss agree with DEFT's labelled ones; and the current fact engine's numbers on
the same sentences.

The parsed sentences are cached as DocBins under the temp folder (the parse of
17k sentences takes a minute or two); a changed model or file makes a new cache.

    python bench/definitions.py [--split train dev] [--no-engine] [--errors FORM]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import tempfile
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Doc, DocBin

ROOT = Path(__file__).resolve().parents[1]
DEFT = ROOT.parent / "shared" / "definitions"
CACHE = Path(tempfile.gettempdir()) / "quizgen-deft"
_ARTICLES = ("the ", "a ", "an ")


@dataclass(frozen=True, slots=True)
class Row:
    """One DEFT sentence with its labels, and its parse."""

    file: str
    subject: str
    text: str
    label: bool
    terms: tuple[str, ...]
    definitions: tuple[str, ...]
    doc: Doc
    previous: Doc | None


def subject_of(file: str) -> str:
    """'t1_biology_0_0.deft' -> 'biology'."""
    parts = file.split("_")
    return parts[1] if len(parts) > 1 else file


def load_split(split: str, nlp) -> list[Row]:
    """The split's rows, parsed once and cached; each row knows the sentence before it in its file."""
    path = DEFT / f"deft-{split}.jsonl"
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    key = hashlib.sha256(path.read_bytes() + nlp.meta["name"].encode() + nlp.meta["version"].encode()
                         + ",".join(nlp.pipe_names).encode()).hexdigest()[:16]
    cached = CACHE / f"{split}-{key}.spacy"
    if cached.exists():
        docs = list(DocBin().from_disk(cached).get_docs(nlp.vocab))
    else:
        docs = list(nlp.pipe((r["text"] for r in records), batch_size=256))
        CACHE.mkdir(parents=True, exist_ok=True)
        DocBin(store_user_data=False, docs=docs).to_disk(cached)
    rows: list[Row] = []
    for i, (record, doc) in enumerate(zip(records, docs, strict=True)):
        same_file = i > 0 and records[i - 1]["file"] == record["file"]
        rows.append(Row(
            file=record["file"], subject=subject_of(record["file"]), text=record["text"],
            label=bool(record["definition"]), terms=tuple(record["terms"]),
            definitions=tuple(record["definitions"]), doc=doc,
            previous=docs[i - 1] if same_file else None,
        ))
    return rows


@dataclass(slots=True)
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, predicted: bool, label: bool) -> None:
        self.tp += predicted and label
        self.fp += predicted and not label
        self.fn += label and not predicted

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def line(self, name: str) -> str:
        return (f"  {name:<22} P {self.precision:.3f}  R {self.recall:.3f}  F1 {self.f1:.3f}"
                f"   (tp {self.tp}, fp {self.fp}, fn {self.fn})")


def words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower())


def token_f1(ours: str, theirs: str) -> float:
    a, b = Counter(words(ours)), Counter(words(theirs))
    common = sum((a & b).values())
    if not common:
        return 0.0
    precision, recall = common / sum(a.values()), common / sum(b.values())
    return 2 * precision * recall / (precision + recall)


def bare(text: str) -> str:
    """Lower case, without a leading article or trailing punctuation."""
    text = text.lower().strip().strip(".,;:")
    for article in _ARTICLES:
        if text.startswith(article):
            return text[len(article):]
    return text


def detections(rows: list[Row]) -> Iterator[tuple[Row, list]]:
    from quizgen.facts.detect import find_definitions

    for row in rows:
        previous = row.previous[:] if row.previous is not None else None
        yield row, list(find_definitions(row.doc[:], previous))


def report(split: str, rows: list[Row], *, errors: str | None, error_count: int) -> None:
    from quizgen.facts.detect import QUIZ_CONFIDENCE
    from quizgen.rules.defining_forms import BOLD_ONLY_FORMS, DETECTION_ONLY_FORMS

    overall = Score()
    precise = Score()
    thresholds = (0.0, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9)
    by_threshold: dict[float, Score] = {t: Score() for t in thresholds}
    by_subject: dict[str, Score] = defaultdict(Score)
    by_form: dict[str, Score] = defaultdict(Score)
    form_subject: dict[tuple[str, str], Score] = defaultdict(Score)
    positives: Counter[str] = Counter(r.subject for r in rows if r.label)
    term_exact = term_bare = term_checked = 0
    term_f1: list[float] = []
    gloss_f1: list[float] = []
    shown = 0
    for row, matches in detections(rows):
        predicted = bool(matches)
        overall.add(predicted, row.label)
        precise.add(any(m.confidence >= QUIZ_CONFIDENCE and m.form not in DETECTION_ONLY_FORMS | BOLD_ONLY_FORMS for m in matches), row.label)
        for threshold, score in by_threshold.items():
            score.add(any(m.confidence >= threshold for m in matches), row.label)
        by_subject[row.subject].add(predicted, row.label)
        for form in {m.form for m in matches}:
            by_form[form].add(True, row.label)
            form_subject[form, row.subject].add(True, row.label)
        if errors and shown < error_count:
            chosen = [m for m in matches if m.form == errors or errors == "fp"]
            if errors == "fn" and row.label and not matches:
                shown += 1
                print(f"FN [{row.subject}] {row.text}\n     terms={list(row.terms)}")
            elif chosen and not row.label:
                shown += 1
                m = chosen[0]
                print(f"FP {m.form} [{row.subject}] {row.text}\n     term={m.term_text!r} gloss={m.gloss_text[:80]!r}")
        if predicted and row.label and row.terms:
            best = matches[0]
            term_checked += 1
            term_exact += any(best.term_text.strip().lower() == t.strip().lower() for t in row.terms)
            term_bare += any(bare(best.term_text) == bare(t) for t in row.terms)
            term_f1.append(max(token_f1(best.term_text, t) for t in row.terms))
            if row.definitions:
                gloss_f1.append(max(token_f1(best.gloss_text, d) for d in row.definitions))
    for score in by_form.values():
        score.fn = sum(positives.values()) - score.tp
    print(f"\n== {split}: {len(rows)} sentences, {sum(positives.values())} with a definition")
    print(overall.line("overall"))
    print(precise.line("asked forms"))
    print(f" by confidence (the forms at least this precise on train; the asked forms are >= {QUIZ_CONFIDENCE}"
          " and not detection-only):")
    for threshold, score in by_threshold.items():
        print(score.line(f">= {threshold:.2f}"))
    print(" per subject:")
    for subject in sorted(by_subject):
        print(by_subject[subject].line(subject))
    print(" per form (P = share of its sentences that are definitions; R = share of all definitions it finds):")
    for form in sorted(by_form, key=lambda f: -by_form[f].tp):
        print(by_form[form].line(form))
    print(" per form and subject (precision, sentences fired):")
    subjects = sorted(by_subject)
    print("  " + " " * 24 + "".join(f"{s[:10]:>14}" for s in subjects))
    for form in sorted(by_form, key=lambda f: -by_form[f].tp):
        cells = []
        for subject in subjects:
            score = form_subject.get((form, subject))
            cells.append(f"{score.precision:>8.2f} ({score.tp + score.fp:>3})" if score else f"{'-':>14}")
        print(f"  {form:<24}" + "".join(cells))
    if term_checked:
        print(f" term agreement on {term_checked} detected positives: exact {term_exact / term_checked:.3f},"
              f" exact without article {term_bare / term_checked:.3f},"
              f" token F1 {sum(term_f1) / len(term_f1):.3f};"
              f" gloss token F1 {sum(gloss_f1) / max(1, len(gloss_f1)):.3f}")


def engine_report(split: str, rows: list[Row]) -> None:
    """The shipped fact engine on the same sentences, each read as a paragraph of one sentence."""
    from quizgen.facts import extract_sentence_facts
    from quizgen.facts.base import Origin
    from quizgen.facts.context import contexts
    from quizgen.facts.definitions import extract_definitions

    raw, shipped = Score(), Score()
    for row in rows:
        origin = Origin(file=row.file, chapter=row.subject, section="")
        sentences = [row.doc[:]]
        context = contexts(sentences, pages=[None])[0]
        raw.add(any(f.kind == "definition" for f in extract_definitions(context, origin)), row.label)
        shipped.add(any(f.kind == "definition" for f in extract_sentence_facts(context, origin)), row.label)
    print(f" current engine on {split}:")
    print(raw.line("extract_definitions"))
    print(shipped.line("extract_sentence_facts"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", nargs="+", default=["train", "dev"], choices=["train", "dev"])
    parser.add_argument("--no-engine", action="store_true", help="skip the current engine's numbers")
    parser.add_argument("--errors", help="print errors: a form id (its false positives), 'fp' or 'fn'")
    parser.add_argument("--error-count", type=int, default=40)
    args = parser.parse_args(argv)
    if not DEFT.exists():
        print(f"{DEFT} is not here", file=sys.stderr)
        return 1
    from quizgen.analyze import load_pipeline

    nlp = load_pipeline()
    for split in args.split:
        rows = load_split(split, nlp)
        report(split, rows, errors=args.errors, error_count=args.error_count)
        if not args.no_engine:
            engine_report(split, rows)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
