"""The chapter's own glossary read back: each corpus chapter with its .glossary.json
appended as a "Key Terms" section, in three Markdown layouts and as a PDF (bold
term, then meaning); entries whose term and meaning come back exact.

    python bench/bench_glossary.py [--no-pdf]
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

from quizgen.ingest import load

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
LAYOUTS = {
    "colon": lambda e: f"{e['term']}: {e['meaning']}",
    "dash": lambda e: f"- {e['term']} — {e['meaning']}",
    "bold": lambda e: f"**{e['term']}** {e['meaning']}",
}


def main() -> None:
    from markdown_it import MarkdownIt
    from weasyprint import HTML

    chapters = sorted(p.name.removesuffix(".glossary.json") for p in CORPUS.glob("*.glossary.json"))
    formats = ["colon", "dash", "bold"] + ([] if "--no-pdf" in sys.argv else ["pdf"])
    found = dict.fromkeys(formats, 0)
    total = 0
    with tempfile.TemporaryDirectory() as folder:
        for name in chapters:
            entries = json.loads((CORPUS / f"{name}.glossary.json").read_text(encoding="utf-8"))["glossary"]
            wanted = [(" ".join(e["term"].split()), " ".join(e["meaning"].split())) for e in entries]
            total += len(wanted)
            chapter = (CORPUS / f"{name}.md").read_text(encoding="utf-8")
            for fmt in formats:
                text = chapter + "\n\n## Key Terms\n\n" + "\n\n".join(map(LAYOUTS.get(fmt, LAYOUTS["bold"]), entries))
                if fmt == "pdf":
                    path = Path(folder) / f"{name}.pdf"
                    HTML(string="<html><body style='font-family: serif'>" + MarkdownIt("commonmark").render(text)
                         + "</body></html>").write_pdf(path)
                else:
                    path = Path(folder) / f"{name}.md"
                    path.write_text(text, encoding="utf-8")
                got = {(e.term, e.meaning) for e in load(path).glossary}
                found[fmt] += sum(1 for pair in wanted if pair in got)
    print(f"{len(chapters)} chapters, {total} glossary entries")
    for fmt in formats:
        print(f"{fmt:6} {found[fmt]:5} / {total} = {found[fmt] / total:.1%} exact")


if __name__ == "__main__":
    main()
