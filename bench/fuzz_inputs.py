"""Fuzz the readers and the cleaner: hostile chapters in every cheap format
(tests/hostile.py) through ``quizgen.ingest.load``; prints, per format, how many
became Documents, how many were refused with a QuizgenError (by the kind of
message), and how many raised anything else (each with one example).

    python bench/fuzz_inputs.py [--examples 10000] [--seed 0]

The examples are shared evenly between the formats. tests/test_fuzz_ingest.py
runs the same strategies with a few hundred examples on every test run.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import time
import traceback
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from hostile import FORMATS  # noqa: E402
from hypothesis import HealthCheck, Phase, given, seed, settings  # noqa: E402

from quizgen.errors import QuizgenError  # noqa: E402
from quizgen.ingest import load  # noqa: E402
from quizgen.ingest.clean import strip_control_characters  # noqa: E402
from quizgen.ingest.gate import MAX_PARAGRAPH_CHARS  # noqa: E402

_DETAIL = re.compile(r"\(.*\)|'.*?'|\d[\d,.]*")


def kind_of_refusal(message: str) -> str:
    """The message without the file name and the details in brackets and quotes."""
    return _DETAIL.sub("…", message.split(" ", 1)[1] if " " in message else message)[:70]


def fuzz(suffix: str, examples: int, folder: Path, random_seed: int) -> tuple[Counter[str], dict[str, str], float]:
    outcomes: Counter[str] = Counter()
    crashes: dict[str, str] = {}
    path = folder / f"chapter.{suffix}"

    @seed(random_seed)
    @settings(
        max_examples=examples, deadline=None, database=None, phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(FORMATS[suffix])
    def run(data: bytes) -> None:
        path.write_bytes(data)
        try:
            document = load(path)
        except QuizgenError as exc:
            outcomes["refused: " + kind_of_refusal(str(exc))] += 1
            return
        except Exception as exc:  # what the gate must never let through
            key = f"CRASH {type(exc).__name__}"
            outcomes[key] += 1
            crashes.setdefault(key, "".join(traceback.format_exception(exc, limit=-3)))
            return
        texts = [document.title, *(p.text for p in document.paragraphs)]
        if any(strip_control_characters(t) != t for t in texts):
            outcomes["BAD document with control characters"] += 1
        elif any(len(p.text) > MAX_PARAGRAPH_CHARS for p in document.paragraphs):
            outcomes["BAD document with an overlong paragraph"] += 1
        else:
            outcomes["document"] += 1

    started = time.perf_counter()
    run()
    return outcomes, crashes, time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--examples", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    each = args.examples // len(FORMATS)
    totals: Counter[str] = Counter()
    with tempfile.TemporaryDirectory() as folder:
        for suffix in FORMATS:
            outcomes, crashes, seconds = fuzz(suffix, each, Path(folder), args.seed)
            runs = sum(outcomes.values())
            print(f"\n.{suffix}: {runs} inputs in {seconds:.0f} s")
            for outcome, count in outcomes.most_common():
                print(f"  {count:6d}  {outcome}")
            for key, example in crashes.items():
                print(f"  {key}, for example:\n{example}")
            totals["inputs"] += runs
            totals["documents"] += outcomes["document"]
            totals["refused"] += sum(n for k, n in outcomes.items() if k.startswith("refused"))
            totals["crashes"] += sum(n for k, n in outcomes.items() if k.startswith("CRASH"))
            totals["bad documents"] += sum(n for k, n in outcomes.items() if k.startswith("BAD"))
    print("\ntotal: " + ", ".join(f"{k} {v}" for k, v in totals.items()))


if __name__ == "__main__":
    main()
