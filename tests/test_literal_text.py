"""A chapter whose own text holds markup-like characters shows them literally
everywhere: what quizgen read, the Anki cards, the printed quiz."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from conftest import needs
from test_anki import import_package, visible

import quizgen
from quizgen.export.anki import to_apkg
from quizgen.export.printable import to_pdf
from quizgen.pipeline import build_bank

CHAPTER = """Writing for the Web

A markup language is a system of tags that tells a browser how to show the text of a page.
Bold type is a heavier style of lettering that a page asks for with the <b> tag, & every browser draws it darker.
A scripting language is a programming language that a page runs in the browser from inside a <script> tag.
The flashcard syntax {{c1::x}} is a notation that marks the hidden part of a card.
"""


@pytest.fixture
def chapter(tmp_path: Path) -> Path:
    path = tmp_path / "web.txt"
    path.write_text(CHAPTER, encoding="utf-8")
    return path


def test_reader_keeps_markup_like_text_in_plain_text(chapter):
    text = " ".join(p.text for p in quizgen.load(chapter).paragraphs)
    for literal in ("<b>", "<script>", "&", "{{c1::x}}"):
        assert literal in text


def test_cards_and_quiz_show_it_literally(chapter, tmp_path):
    from anki.collection import Collection

    bank = build_bank([chapter])
    shown = " ".join(q.source.sentence for q in bank.questions)
    assert "<script>" in shown and "<b>" in shown

    deck = to_apkg(bank, tmp_path / "web.apkg")
    col = Collection(str(tmp_path / "collection.anki2"))
    try:
        import_package(col, deck)
        cards = [col.get_card(c) for c in col.find_cards("")]
        backs = " ".join(visible(card.answer()) for card in cards)
        html = " ".join(card.answer() for card in cards)
    finally:
        col.close()
    for literal in ("<script>", "<b>", "&"):
        assert literal in backs
    assert "<script>" not in html.replace("&lt;script&gt;", "")  # escaped, never live

    needs("pdftotext")
    written = to_pdf(bank, tmp_path / "quiz.pdf", count=10)
    key = next(p for p in written if p.name.endswith("-key.pdf"))
    text = subprocess.run(["pdftotext", str(key), "-"], capture_output=True, text=True, check=True).stdout
    assert "<script>" in text or "<b>" in text
