"""Review chapters nobody tuned on: DEFT's dev split (../shared/definitions, only ever
measured) rebuilt as one Markdown chapter per subject and part, its sentences in the
book's order, four to a paragraph, one section per source file. Biology and physics
are subjects the corpus does not have.

    python bench/deft_chapters.py OUT_DIR        # writes OUT_DIR/deft-SUBJECT-PART.md

The chapters are written outside the project (DEFT's licence: do not copy it in).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "definitions" / "deft-dev.jsonl"


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__)
        return 2
    if not DEV.exists():
        print(f"skipped: {DEV} not found", file=sys.stderr)
        return 0
    out = Path(argv[0])
    out.mkdir(parents=True, exist_ok=True)
    chapters: dict[str, dict[str, list[str]]] = {}
    for line in DEV.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        match = re.match(r"t\d+_([a-z]+)_(\d+)_\d+\.deft", row["file"])
        if match:
            chapters.setdefault(f"{match[1]}-{match[2]}", {}).setdefault(row["file"], []).append(row["text"])
    for key, files in chapters.items():
        subject, part = key.split("-")
        lines = [f"# {subject.capitalize()}: part {part}", ""]
        for number, sentences in enumerate(files.values(), start=1):
            lines += [f"## Section {number}", ""]
            # DEFT writes a figure reference as "[link]"; a book's own would be removed too
            sentences = [re.sub(r"\s*\(\s*\[link\]\s*\)|\s*\[link\]", "", s).strip() for s in sentences]
            for start in range(0, len(sentences), 4):
                lines += [" ".join(s for s in sentences[start : start + 4] if s), ""]
        (out / f"deft-{key}.md").write_text("\n".join(lines), encoding="utf-8")
        print(f"deft-{key}.md: {sum(len(s) for s in files.values())} sentences")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
