"""Compare PDF text readers on the corpus chapters: speed, words in reading order,
non-words, peak memory, licence and release year. Backs the choice of pypdfium2
in quizgen/ingest/pdf.py; the numbers are written up in docs/pdf-readers.md.

    python bench/compare_pdf_readers.py

Readers are bench-only extras (not in pyproject): a reader whose library or
binary is missing is skipped with a message. Each reader runs in a fresh
subprocess per PDF (best of 3 runs, peak RSS of that process). Text is
compared raw: no dehyphenation, no ligature folding, no quizgen cleaning,
except on the last row, which is quizgen's own ``load()``.
"""

from __future__ import annotations

import argparse
import difflib
import importlib.metadata as metadata
import importlib.util
import json
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import unicodedata
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
PDFS = [CORPUS / f"introduction-political-science-0{n}.pdf" for n in (1, 2, 3)]
RUNS = 3
# Default mode (reading order), not -layout: -layout keeps the physical layout
# with column-aligned spaces, which suits tables rather than running text.
PDFTOTEXT = ["pdftotext", "-enc", "UTF-8"]

_TOKEN = re.compile(r"[a-z0-9]+")
_ALPHA = re.compile(r"[^\W\d_]+")  # Unicode letters, so "ﬁnd" stays one token

# Latest release per distribution, read from the build dates inside the wheels
# of the versions `pip index versions` listed as newest on 2026-11-22.
RELEASES = {
    "pypdfium2": ("5.15.2", 2026),
    "pdfplumber": ("0.11.10", 2026),
    "pypdf": ("7.1.0", 2026),
    "pymupdf": ("2.0", 2026),
}


# --------------------------------------------------------------------------- readers
# Each returns the text of every page, in the order the library gives it.


def read_pypdfium2(path: Path) -> str:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(path)
    pages = []
    for i in range(len(pdf)):
        page = pdf[i]
        textpage = page.get_textpage()
        pages.append(textpage.get_text_range())
        textpage.close()
        page.close()
    pdf.close()
    return "\n".join(pages)


def read_pdfplumber(path: Path) -> str:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def read_pypdf(path: Path) -> str:
    import pypdf

    return "\n".join(page.extract_text() for page in pypdf.PdfReader(path).pages)


def read_pdftotext(path: Path) -> str:
    return subprocess.run(
        [*PDFTOTEXT, str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def read_pymupdf(path: Path) -> str:
    import pymupdf

    with pymupdf.open(path) as pdf:
        return "\n".join(page.get_text() for page in pdf)


def read_quizgen(path: Path) -> str:
    """quizgen's load(): paragraph texts, each heading inserted before its first paragraph."""
    from quizgen.ingest import load

    doc = load(path)
    parts = [doc.title]
    previous: tuple[str, ...] = ()
    for paragraph in doc.paragraphs:
        path_ = paragraph.section
        if path_ != previous:
            same = 0
            while same < min(len(path_), len(previous)) and path_[same] == previous[same]:
                same += 1
            parts.extend(t for t in path_[same:] if t != doc.title)
            previous = path_
        parts.append(paragraph.text)
    return "\n".join(parts)


# name -> (reader, what must be installed, distribution for licence/version)
READERS = {
    "pypdfium2": (read_pypdfium2, "pypdfium2", "pypdfium2"),
    "pdfplumber": (read_pdfplumber, "pdfplumber", "pdfplumber"),
    "pypdf": (read_pypdf, "pypdf", "pypdf"),
    "pdftotext": (read_pdftotext, "bin:pdftotext", None),
    "pymupdf": (read_pymupdf, "pymupdf", "pymupdf"),
    "pypdfium2 + quizgen cleaning": (read_quizgen, "quizgen", "pypdfium2"),
}


def missing(requirement: str) -> str | None:
    """Why a reader cannot run here, or None."""
    if requirement.startswith("bin:"):
        binary = requirement[4:]
        return None if shutil.which(binary) else f"{binary} not on PATH (apt install poppler-utils)"
    return (
        None
        if importlib.util.find_spec(requirement)
        else f"Python package {requirement} not installed"
    )


def peak_rss_mb() -> float:
    """This process's peak resident set size.

    VmHWM belongs to the process's own address space, which starts afresh at
    exec; ru_maxrss (the fallback off Linux) also counts the parent's size at
    fork, so it overstates a small child of a large parent.
    """
    try:
        status = Path("/proc/self/status").read_text()
        return int(re.search(r"VmHWM:\s+(\d+)", status)[1]) / 1024  # type: ignore[index]
    except (OSError, TypeError):
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def pdftotext_peak_mb(pdf: Path) -> float | None:
    """pdftotext's own peak RSS, via GNU time (a small parent, so ru_maxrss is its own)."""
    if not Path("/usr/bin/time").exists():
        return None
    with tempfile.NamedTemporaryFile("r", suffix=".txt") as out:
        subprocess.run(
            ["/usr/bin/time", "-f", "%M", "-o", out.name, *PDFTOTEXT, str(pdf), "/dev/null"],
            capture_output=True,
            check=True,
        )
        return int(out.read().split()[-1]) / 1024


def worker(name: str, pdf: Path) -> None:
    """Run one reader on one PDF RUNS times in this process; print JSON for the parent."""
    reader = READERS[name][0]
    best, text = float("inf"), ""
    for _ in range(RUNS):
        start = time.perf_counter()
        text = reader(pdf)
        best = min(best, time.perf_counter() - start)
    peak = pdftotext_peak_mb(pdf) if name == "pdftotext" else peak_rss_mb()
    json.dump({"seconds": best, "peak_mb": peak, "text": text}, sys.stdout)


# --------------------------------------------------------------------------- metrics


def reference_text(md: Path) -> str:
    """The chapter's Markdown with the markup removed."""
    text = md.read_text(encoding="utf-8")
    text = re.sub(r"!\[([^\]]*)\]\([^)]*\)", r"\1", text)  # images
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)  # links
    text = re.sub(r"^\s{0,3}(#{1,6}\s+|[-*+]\s+|\d+[.)]\s+|>\s?)", "", text, flags=re.M)
    return re.sub(r"[*_`]+", "", text)


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text.lower())


def in_order(reference: list[str], extracted: list[str]) -> int:
    """How many tokens the two lists share in the same order (difflib's matching blocks)."""
    matcher = difflib.SequenceMatcher(None, reference, extracted, autojunk=False)
    return sum(block.size for block in matcher.get_matching_blocks())


@cache
def unknown(word: str) -> bool:
    from wordfreq import zipf_frequency

    return zipf_frequency(word.lower(), "en") == 0


def non_words(text: str) -> tuple[int, int]:
    """(alphabetic tokens wordfreq does not know at all, alphabetic tokens)."""
    words = _ALPHA.findall(text)
    return sum(unknown(w) for w in words), len(words)


def licence(dist: str | None) -> str:
    if dist is None:
        return "GPL-2.0 or GPL-3.0 (poppler)"
    try:
        meta = metadata.metadata(dist)
    except metadata.PackageNotFoundError:
        return "?"
    text = meta.get("License-Expression") or meta.get("License") or ""
    if not text or len(text) > 60:
        found = [
            c.split("::")[-1].strip()
            for c in meta.get_all("Classifier") or []
            if c.startswith("License ::")
        ]
        text = ", ".join(found) or text[:60]
    if "AFFERO" in text.upper() or "AGPL" in text.upper():
        text = "AGPL-3.0 or commercial (Artifex)"
    return text


def release(dist: str | None) -> str:
    if dist is None:
        out = subprocess.run(["pdftotext", "-v"], capture_output=True, text=True)
        found = re.search(r"version (\d+)\.(\d+)\.\d+", out.stdout + out.stderr)
        # poppler versions are YY.MM.patch
        return f"{found[1]}.{found[2]} (20{found[1]}; distro package)" if found else "?"
    try:
        installed = metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "?"
    latest, year = RELEASES.get(dist, ("?", 0))
    return (
        f"{installed} ({year})" if installed == latest else f"{installed} (latest {latest}, {year})"
    )


# --------------------------------------------------------------------------- main


def measure(name: str, pdf: Path, reference: list[str]) -> dict[str, float] | None:
    proc = subprocess.run(
        [sys.executable, __file__, "--worker", name, str(pdf)],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    if proc.returncode != 0:
        last = (proc.stderr.strip().splitlines() or ["no message"])[-1]
        print(f"  {name} failed on {pdf.name}: {last}", file=sys.stderr)
        return None
    result = json.loads(proc.stdout)
    text = result["text"]
    extracted = tokens(text)
    bad, alpha = non_words(text)
    return {
        "seconds": result["seconds"],
        "peak_mb": result["peak_mb"],
        "ref_words": len(reference),
        "matched": in_order(reference, extracted),
        "matched_nfkc": in_order(reference, tokens(unicodedata.normalize("NFKC", text))),
        "extracted": len(extracted),
        "bad": bad,
        "alpha": alpha,
    }


HEADER = (
    "| reader | PDF | s (best of 3) | words/s | words in order | in order after NFKC "
    "| extra tokens | non-words | peak RSS MB |\n"
    "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
)


def row(name: str, label: str, m: dict[str, float]) -> str:
    peak = "n/a" if m["peak_mb"] is None else f"{m['peak_mb']:.0f}"
    return (
        f"| {name} | {label} | {m['seconds']:.3f} | {m['ref_words'] / m['seconds']:,.0f} "
        f"| {m['matched'] / m['ref_words']:.1%} | {m['matched_nfkc'] / m['ref_words']:.1%} "
        f"| {1 - m['matched'] / m['extracted']:.1%} | {m['bad'] / max(m['alpha'], 1):.2%} | {peak} |"
    )


def main() -> int:
    if not CORPUS.is_dir():
        print(f"{CORPUS} is absent: nothing to compare (the corpus is not part of the repo)")
        return 0
    pdfs = [p for p in PDFS if p.exists() and p.with_suffix(".md").exists()]
    if not pdfs:
        print(f"no introduction-political-science-0N.pdf/.md pairs in {CORPUS}: nothing to compare")
        return 0
    started = time.perf_counter()
    references = {pdf: reference_text(pdf.with_suffix(".md")) for pdf in pdfs}
    ref_tokens = {pdf: tokens(text) for pdf, text in references.items()}
    results: dict[str, dict[Path, dict[str, float]]] = {}
    for name, (_, requirement, _) in READERS.items():
        reason = missing(requirement)
        if reason:
            print(f"skipped {name}: {reason}")
            continue
        print(f"measuring {name} ...", file=sys.stderr, flush=True)
        per_pdf = {pdf: m for pdf in pdfs if (m := measure(name, pdf, ref_tokens[pdf])) is not None}
        if per_pdf:
            results[name] = per_pdf

    print(HEADER)
    for pdf in pdfs:
        bad, alpha = non_words(references[pdf])
        print(
            f"| reference .md | {pdf.stem[-2:]} | | | 100.0% | 100.0% | 0.0% | {bad / alpha:.2%} | |"
        )
        for name, per_pdf in results.items():
            if pdf in per_pdf:
                print(row(name, pdf.stem[-2:], per_pdf[pdf]))

    print("\nAll PDFs together (times summed; peak RSS is the largest):\n")
    print(HEADER.replace("| PDF |", "| PDFs |"))
    for name, per_pdf in results.items():
        measured = list(per_pdf.values())
        total = {k: sum(m[k] for m in measured) for k in measured[0] if k != "peak_mb"}
        peaks = [m["peak_mb"] for m in measured if m["peak_mb"] is not None]
        total["peak_mb"] = max(peaks) if peaks else None
        print(row(name, str(len(measured)), total))

    baseline = subprocess.run(
        [sys.executable, __file__, "--baseline"], capture_output=True, text=True
    )
    print(
        f"\n(A bare Python worker peaks at {float(baseline.stdout or 'nan'):.0f} MB; "
        "pdftotext's figure is the pdftotext process alone.)"
    )

    print("\n| reader | licence | installed (latest release year) |\n| --- | --- | --- |")
    for name, (_, _, dist) in READERS.items():
        if name in results and name != "pypdfium2 + quizgen cleaning":
            print(f"| {name} | {licence(dist)} | {release(dist)} |")
    print(f"\n({time.perf_counter() - started:.0f} s)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--worker", nargs=2, metavar=("READER", "PDF"), help=argparse.SUPPRESS)
    parser.add_argument("--baseline", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(args.worker[0], Path(args.worker[1]))
    elif args.baseline:
        print(peak_rss_mb())
    else:
        sys.exit(main())
