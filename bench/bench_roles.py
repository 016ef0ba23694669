"""Section roles on the 35 corpus chapters against hand labels (tests/section_labels.py):
a confusion table, expected role by row, role quizgen gave by column.

    python bench/bench_roles.py
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from section_labels import confusion  # noqa: E402

from quizgen.ingest import load  # noqa: E402
from quizgen.models import SECTION_ROLES  # noqa: E402

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def main() -> None:
    total: Counter[tuple[str, str]] = Counter()
    chapters = sorted(p for p in CORPUS.glob("*-*.md") if not p.name.endswith(".bold.md"))
    for path in chapters:
        total += confusion(path, load(path))
    print(f"{len(chapters)} chapters, {sum(total.values())} sections; rows: expected, columns: found")
    print(f"{'':14}" + "".join(f"{role[:12]:>13}" for role in SECTION_ROLES))
    for want in SECTION_ROLES:
        print(f"{want:14}" + "".join(f"{total[want, got]:13}" for got in SECTION_ROLES))
    wrong = sum(n for (want, got), n in total.items() if want != got)
    print(f"disagreements: {wrong}")


if __name__ == "__main__":
    main()
