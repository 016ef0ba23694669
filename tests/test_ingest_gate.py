"""The gate every chapter passes on its way in: library failures become one
IngestError, zip parts are bounded before they are inflated, and what comes out
is printable and parseable."""

from __future__ import annotations

import io
import warnings
import zipfile
from pathlib import Path

import pytest

from quizgen.errors import IngestError
from quizgen.ingest import load
from quizgen.ingest.clean import split_long_text, strip_control_characters
from quizgen.ingest.gate import MAX_PARAGRAPH_CHARS, finish
from quizgen.models import Document, Paragraph

RIVERS = (
    "A river basin is the land that drains into one river and its tributaries. "
    "Decisions taken upstream change the flow, the sediment and the fish downstream. "
)


def make_docx(path: Path, paragraphs: list[str]) -> Path:
    import docx

    word = docx.Document()
    word.add_heading("Rivers", level=1)
    for text in paragraphs:
        word.add_paragraph(text)
    word.save(path)
    return path


def make_epub(path: Path, pages: list[str], *, compression: int = zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(path, "w", compression) as archive:
        archive.writestr("mimetype", "application/epub+zip", compress_type=zipfile.ZIP_STORED)
        archive.writestr(
            "META-INF/container.xml",
            '<?xml version="1.0"?><container xmlns="urn:oasis:names:tc:opendocument:xmlns:container" '
            'version="1.0"><rootfiles><rootfile full-path="OEBPS/book.opf" '
            'media-type="application/oebps-package+xml"/></rootfiles></container>',
        )
        items = "".join(f'<item id="p{i}" href="p{i}.xhtml" media-type="application/xhtml+xml"/>' for i in range(len(pages)))
        spine = "".join(f'<itemref idref="p{i}"/>' for i in range(len(pages)))
        archive.writestr(
            "OEBPS/book.opf",
            '<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" version="3.0">'
            f"<manifest>{items}</manifest><spine>{spine}</spine></package>",
        )
        for i, page in enumerate(pages):
            archive.writestr(f"OEBPS/p{i}.xhtml", page)
    return path


def corrupt_member(path: Path, member: str) -> Path:
    """Flip bytes inside one compressed part, leaving the zip's directory intact."""
    data = bytearray(path.read_bytes())
    info = zipfile.ZipFile(io.BytesIO(bytes(data))).getinfo(member)
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    for i in range(start + 8, start + min(info.compress_size - 4, 64)):
        data[i] ^= 0x5A
    path.write_bytes(bytes(data))
    return path


def xhtml(body: str) -> str:
    return ('<?xml version="1.0" encoding="utf-8"?><html xmlns="http://www.w3.org/1999/xhtml">'
            f"<head><title>Rivers</title></head><body>{body}</body></html>")


def test_corrupted_docx_part_is_one_error(tmp_path: Path) -> None:
    path = corrupt_member(make_docx(tmp_path / "rivers.docx", [RIVERS * 20]), "word/document.xml")
    with pytest.raises(IngestError, match=r"rivers\.docx is damaged.*save it again"):
        load(path)


def test_corrupted_epub_part_is_one_error(tmp_path: Path) -> None:
    path = make_epub(tmp_path / "rivers.epub", [xhtml(f"<h1>Rivers</h1><p>{RIVERS * 20}</p>")])
    corrupt_member(path, "OEBPS/p0.xhtml")
    with pytest.raises(IngestError, match=r"rivers\.epub is damaged"):
        load(path)


def test_epub_that_expands_past_the_text_limit_is_refused(tmp_path: Path) -> None:
    path = make_epub(tmp_path / "bomb.epub", [xhtml("<p>" + "a" * (40 * 2**20) + "</p>")])
    assert path.stat().st_size < 200 * 1024
    with pytest.raises(IngestError, match=r"bomb\.epub expands to 40 MB from \d+ KB; .* up to 16 MB"):
        load(path)


def test_encrypted_zip_part_is_refused(tmp_path: Path) -> None:
    path = make_docx(tmp_path / "locked.docx", [RIVERS])
    data = bytearray(path.read_bytes())
    # set the "encrypted" flag of each part in the zip's central directory
    central = data.find(b"PK\x01\x02")
    while central != -1:
        data[central + 8] |= 0x1
        central = data.find(b"PK\x01\x02", central + 4)
    path.write_bytes(bytes(data))
    with pytest.raises(IngestError, match="is encrypted"):
        load(path)


def test_epub_is_read_without_warnings(tmp_path: Path) -> None:
    path = make_epub(tmp_path / "rivers.epub", [xhtml(f"<h1>Rivers</h1><p>{RIVERS}</p>")])
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        document = load(path)
    assert document.title == "Rivers" and "tributaries" in document.paragraphs[0].text


def test_a_megabyte_on_one_line_is_read_in_parser_sized_pieces(tmp_path: Path) -> None:
    path = tmp_path / "one-line.txt"
    path.write_text(RIVERS * (2**20 // len(RIVERS)), encoding="utf-8")
    document = load(path)
    assert all(len(p.text) <= MAX_PARAGRAPH_CHARS for p in document.paragraphs)
    assert [p.index for p in document.paragraphs] == list(range(len(document.paragraphs)))
    # cut at sentence ends: every piece is whole sentences
    assert all(p.text.startswith(("A river basin", "Decisions")) and p.text.endswith(".") for p in document.paragraphs)
    assert sum(len(p.text) for p in document.paragraphs) >= 2**20 - 2 * len(document.paragraphs) - len(RIVERS)


def test_pieces_keep_their_pages() -> None:
    text = " ".join(f"Sentence number {i} is on page {1 + i // 100}." for i in range(300))
    starts = tuple((text.index(f"Sentence number {i} "), 1 + i // 100) for i in (0, 100, 200))
    document = Document(
        title="Long\x1b[2J", source="x.pdf", sha256="0", format="pdf", sections=(),
        paragraphs=(Paragraph(index=0, text=text, page_starts=starts, citations=("[1]",)),),
    )
    pieces = finish(document, limit=2_000).paragraphs
    assert len(pieces) > 1 and finish(document, limit=2_000).title == "Long[2J"
    assert pieces[0].citations == ("[1]",) and all(not p.citations for p in pieces[1:])
    for piece in pieces:
        for offset, page in piece.page_starts:
            number = int(piece.text[offset:].split()[2])
            assert page == 1 + number // 100
        assert piece.page is not None


@pytest.mark.parametrize(
    ("text", "limit"),
    [("One. Two three. " * 50, 40), ("x" * 1000, 64), ("word " * 300, 33), ("", 10), ("Done!” Next? Yes.", 8)],
)
def test_split_long_text_covers_the_text(text: str, limit: int) -> None:
    pieces = split_long_text(text, limit)
    assert "".join(text[a:b] for a, b in pieces) == text
    assert all(b - a <= limit for a, b in pieces)


def test_control_characters_do_not_reach_the_document(tmp_path: Path) -> None:
    path = tmp_path / "escapes.md"
    path.write_text("# Rivers\x1b]0;owned\x07\n\nA “river”\x1b[31m basin\u202e drains\ud800 land.\n",
                    encoding="utf-8", errors="surrogatepass")
    document = load(path)
    shown = document.title + " ".join(p.text for p in document.paragraphs)
    assert strip_control_characters(shown) == shown
    assert "A “river”[31m basin drains\ufffd\ufffd\ufffd land." in shown


def test_xhtml_chapter_is_read_without_warnings(tmp_path: Path) -> None:
    path = tmp_path / "rivers.xhtml"
    path.write_text(xhtml(f"<h1>Rivers</h1><p>{RIVERS}</p>"), encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert "tributaries" in load(path).paragraphs[0].text


@pytest.mark.parametrize("encoding", ["utf-16", "utf-8-sig"])
def test_a_damaged_character_costs_that_character_only(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "rivers.txt"
    path.write_bytes(("Rivers \ud800drain “basins”. " + RIVERS).encode(encoding, errors="surrogatepass"))
    text = load(path).paragraphs[0].text
    assert text.startswith("Rivers \ufffd") and "“basins”" in text and text.endswith("downstream.")


@pytest.mark.parametrize("suffix", ["html", "epub"])
def test_markup_nested_past_any_chapter_is_refused(tmp_path: Path, suffix: str) -> None:
    page = "<html><body>" + "<li><ul>" * 300 + "Rivers carry water.</body></html>"
    path = tmp_path / f"deep.{suffix}"
    if suffix == "epub":
        make_epub(path, [page])
    else:
        path.write_text(page, encoding="utf-8")
    with pytest.raises(IngestError, match=r"deep\.\w+ nests its markup more than 200 elements deep"):
        load(path)


@pytest.mark.parametrize("field", ["version", "compression"])
def test_zip_features_zipfile_lacks_are_one_error(tmp_path: Path, field: str) -> None:
    """Found by bench/fuzz_inputs.py: zipfile raises NotImplementedError for these."""
    path = make_epub(tmp_path / "odd.epub", [xhtml(f"<p>{RIVERS}</p>")])
    data = bytearray(path.read_bytes())
    central = data.find(b"PK\x01\x02")
    while central != -1:
        if field == "version":
            data[central + 6] = 220  # "needs zip 22.0 to extract"
        else:
            data[central + 10] = 99  # compression method 99 (AES)
        central = data.find(b"PK\x01\x02", central + 4)
    path.write_bytes(bytes(data))
    with pytest.raises(IngestError, match=r"odd\.epub is damaged"):
        load(path)
