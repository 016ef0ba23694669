"""Review chapters nobody tuned on: a split of DEFT (../shared/definitions, only ever
measured) rebuilt as one Markdown chapter per subject and part, its sentences in the
book's order, four to a paragraph, one section per source file, a sentence repeated
by DEFT's overlapping windows kept once. Biology and physics are subjects the corpus
does not have.

    python bench/deft_chapters.py OUT_DIR                      # dev: OUT_DIR/deft-SUBJECT-PART.md
    python bench/deft_chapters.py OUT_DIR --split train --part 2   # train part 2 only
    python bench/deft_chapters.py OUT_DIR --split train --part 2 --halves   # two chapters each

The chapters are written outside the project (DEFT's licence: do not copy it in).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPLITS = ROOT.parent / "shared" / "definitions"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--split", choices=("dev", "train"), default="dev")
    parser.add_argument("--part", help="only this part of each subject (0, 1, 2)")
    parser.add_argument("--halves", action="store_true", help="two chapters per part, its files split in reading order")
    args = parser.parse_args(argv)
    source = SPLITS / f"deft-{args.split}.jsonl"
    if not source.exists():
        print(f"skipped: {source} not found", file=sys.stderr)
        return 0
    out = args.out
    out.mkdir(parents=True, exist_ok=True)
    prefix = "deft" if args.split == "dev" else args.split
    chapters: dict[str, dict[str, list[str]]] = {}
    seen: set[str] = set()
    for line in source.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        match = re.match(r"t\d+_([a-z]+)_(\d+)_\d+\.deft", row["file"])
        if match and (args.part is None or match[2] == args.part) and row["text"] not in seen:
            seen.add(row["text"])
            chapters.setdefault(f"{match[1]}-{match[2]}", {}).setdefault(row["file"], []).append(row["text"])
    if args.halves:
        halved: dict[str, dict[str, list[str]]] = {}
        for key, files in chapters.items():
            names = list(files)
            middle = len(names) // 2
            halved[f"{key}a"] = {name: files[name] for name in names[:middle]}
            halved[f"{key}b"] = {name: files[name] for name in names[middle:]}
        chapters = halved
    for key, files in chapters.items():
        subject, part = key.split("-")
        lines = [f"# {subject.capitalize()}: part {part}", ""]
        for number, sentences in enumerate(files.values(), start=1):
            lines += [f"## Section {number}", ""]
            # DEFT writes a figure reference as "[link]"; a book's own would be removed too
            sentences = [re.sub(r"\s*\(\s*\[link\]\s*\)|\s*\[link\]", "", s).strip() for s in sentences]
            for start in range(0, len(sentences), 4):
                lines += [" ".join(s for s in sentences[start : start + 4] if s), ""]
        (out / f"{prefix}-{key}.md").write_text("\n".join(lines), encoding="utf-8")
        print(f"{prefix}-{key}.md: {sum(len(s) for s in files.values())} sentences")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
