"""Fuzz every writer with random and hostile question banks; print counts, never fail.

    .venv/bin/python bench/fuzz_outputs.py                 # 10,000 banks (the "long" profile)
    .venv/bin/python bench/fuzz_outputs.py --examples 500 --anki-every 10

Each bank goes in as JSON data (tests/fuzz_outputs.py generates it): the bank
loader refuses it with one clear error, or every writer writes it and every
output is parsed back (XML with lxml, GIFT with pygiftparser, CSV and TSV with
the csv module, the quiz layout rendered; every Nth accepted bank's .apkg
through Anki's importer). Printed: how many banks were refused and why, how
many were written, and every unhandled exception or parse failure by format.
"""

from __future__ import annotations

import argparse
import collections
import sys
import time
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from fuzz_outputs import banks, check_outputs  # noqa: E402
from hypothesis import HealthCheck, Phase, given, settings  # noqa: E402

settings.register_profile(
    "long", max_examples=10_000, deadline=None, database=None,
    phases=[Phase.generate],  # count failures; never shrink or stop at the first
    suppress_health_check=list(HealthCheck),
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=None, help="banks to try (default: the long profile's 10,000)")
    parser.add_argument("--anki-every", type=int, default=25, help="import every Nth written bank's .apkg into Anki")
    args = parser.parse_args()
    warnings.simplefilter("ignore")

    from quizgen.bank import from_dict
    from quizgen.errors import BankError

    settings.load_profile("long")
    profile = settings(max_examples=args.examples) if args.examples else settings()
    refused: collections.Counter[str] = collections.Counter()
    problems: collections.Counter[str] = collections.Counter()
    samples: dict[str, str] = {}
    counts = {"banks": 0, "written": 0, "anki": 0}

    total = args.examples or settings().max_examples
    batch = min(total, 1_000)
    # Batches of 1,000: Hypothesis remembers every example of one run to avoid repeats,
    # and 10,000 large banks in one run would take gigabytes.
    batched = settings(profile, max_examples=batch)

    @batched
    @given(banks())
    def run(data):  # type: ignore[no-untyped-def]
        counts["banks"] += 1
        try:
            from_dict(data, name="fuzz.json")
        except BankError as exc:
            reason = str(exc).rsplit('"', 2)[-1] if '"' in str(exc) else str(exc)
            refused[reason.split(":")[-1].strip()[:70]] += 1
            return
        counts["written"] += 1
        anki = counts["written"] % args.anki_every == 0
        counts["anki"] += anki
        for problem in check_outputs(data, anki=anki):
            key = problem.split(":", 2)[0] + ": " + problem.split(":", 2)[1].strip()
            problems[key] += 1
            samples.setdefault(key, problem)

    start = time.perf_counter()
    while counts["banks"] < total:
        run()
    seconds = time.perf_counter() - start
    print(f"banks generated:        {counts['banks']:,} in {seconds:,.0f} s")
    print(f"refused by the loader:  {sum(refused.values()):,} (one BankError line each)")
    for reason, number in refused.most_common():
        print(f"    {number:6,}  {reason}")
    print(f"written in every format: {counts['written']:,} (of them {counts['anki']:,} .apkg imported into Anki)")
    print(f"unhandled exceptions + parse failures: {sum(problems.values()):,}")
    for key, number in problems.most_common():
        print(f"    {number:6,}  {samples[key]}")


if __name__ == "__main__":
    main()
