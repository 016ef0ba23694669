"""Draw docs/anki-card.png: one card of the example deck as Anki renders it.

Builds the example chapter's deck, imports it into a temporary Anki
collection, asks Anki's backend for the front and back of one term-and-definition
card and lays the two sides out next to each other; WeasyPrint renders that
page to PDF and pdftoppm turns it into a PNG.

    python docs/make_anki_card.py [--dpi 80] [--type term]
"""

from __future__ import annotations

import argparse
import re
import subprocess
import tempfile
from pathlib import Path

DOCS = Path(__file__).resolve().parent

NOTE_TYPES = {
    "choice": "quizgen Multiple Choice",
    "cloze": "quizgen Cloze",
    "term": "quizgen Term and Definition",
    "truefalse": "quizgen True or False",
    "basic": "quizgen Basic",
}

# The frame around the two sides; the card's own look comes from templates/anki/style.css.
PAGE = """<!doctype html><html><head><meta charset="utf-8"><style>
@page {{ size: 250mm 300mm; margin: 0; }}
html {{ font-size: 11pt; }}
body {{ margin: 0; padding: 7mm; background: #d9d6cf; display: flex; gap: 7mm; align-items: flex-start; }}
.side {{ flex: 1; }}
.label {{ font: 600 8pt "DejaVu Sans", sans-serif; letter-spacing: .08em; text-transform: uppercase;
          color: #555; margin: 0 0 2mm 1mm; }}
.frame {{ border-radius: 3mm; border: 1px solid #bdb8ad; }}
.frame .card {{ border-radius: 3mm; }}
{css}
</style></head><body>
<div class="side"><div class="label">Front</div><div class="frame"><div class="card">{front}</div></div></div>
<div class="side"><div class="label">Back</div><div class="frame"><div class="card">{back}</div></div></div>
</body></html>"""


def rendered_card(note_type: str, folder: Path) -> tuple[str, str, str]:
    """(front html, back html, css) of the best card of ``note_type`` in the example deck."""
    from anki.collection import Collection, ImportAnkiPackageOptions, ImportAnkiPackageRequest

    from quizgen.export.anki import to_apkg
    from quizgen.pipeline import build_bank
    from quizgen.resources import example_chapter

    package = to_apkg(build_bank([example_chapter()]), folder / "example.apkg")
    col = Collection(str(folder / "collection.anki2"))
    try:
        col.import_anki_package(
            ImportAnkiPackageRequest(package_path=str(package), options=ImportAnkiPackageOptions())
        )
        card_ids = col.find_cards(f'"note:{NOTE_TYPES[note_type]}"')
        card = col.get_card(sorted(card_ids)[0])
        output = card.render_output()
        return output.question_text, output.answer_text, output.css
    finally:
        col.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dpi", type=int, default=80)
    parser.add_argument("--type", choices=sorted(NOTE_TYPES), default="term")
    parser.add_argument("--out", type=Path, default=DOCS / "anki-card.png")
    args = parser.parse_args()

    from weasyprint import HTML

    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        front, back, css = rendered_card(args.type, folder)
        # Anki wraps a card in <div class="card">; its stylesheet targets .card.
        css = re.sub(r"<style>|</style>", "", css)
        HTML(string=PAGE.format(css=css, front=front, back=back)).write_pdf(folder / "card.pdf")
        subprocess.run(
            ["pdftoppm", "-png", "-r", str(args.dpi), "-singlefile", str(folder / "card.pdf"),
             str(args.out.with_suffix(""))],
            check=True,
        )
    trim(args.out)
    print(f"wrote {args.out}")


def trim(path: Path) -> None:
    """Cut the empty page below the taller side (WeasyPrint pages have a fixed size)."""
    from PIL import Image

    image = Image.open(path).convert("RGB")
    ground = image.getpixel((1, image.height - 2))
    bottom = image.height
    while bottom > 1 and all(image.getpixel((x, bottom - 1)) == ground for x in range(0, image.width - 2, 2)):
        bottom -= 1
    margin = round(image.width * 7 / 250)  # the page's 7 mm padding
    image.crop((0, 0, image.width, min(image.height, bottom + margin))).save(path, optimize=True)


if __name__ == "__main__":
    main()
