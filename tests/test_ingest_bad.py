"""Bad input: one clear line on stderr, exit code 2, no traceback, nothing written."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from typer.testing import CliRunner

from quizgen.cli import app
from quizgen.errors import IngestError
from quizgen.ingest import load

runner = CliRunner()


def pdf_bytes(text: str = "Water moves through the cycle of evaporation and rain.") -> bytes:
    weasyprint = pytest.importorskip("weasyprint")
    return weasyprint.HTML(string=f"<p>{text}</p>").write_pdf()


def blank_pdf() -> bytes:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument.new()
    pdf.new_page(400, 600)
    buffer = io.BytesIO()
    pdf.save(buffer)
    return buffer.getvalue()


def encrypted_pdf() -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf_bytes())))
    writer.encrypt(user_password="secret", owner_password="owner")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


CASES = {
    "missing": (None, "does not exist"),
    "folder": ("DIR", "is a folder"),
    "empty.txt": (b"", "is empty"),
    "spaces.md": (b"   \n\t\n  ", "only whitespace"),
    "chapter.odt": (b"something", "unsupported file type '.odt'"),
    "junk.txt": (bytes(range(256)) * 40, "does not look like text"),
    "scan.pdf": ("BLANK", "no text layer"),
    "locked.pdf": ("ENCRYPTED", "is encrypted"),
    "truncated.pdf": ("TRUNCATED", "damaged"),
    "fake.pdf": (b"hello, not a pdf at all", "not a PDF"),
    "broken.docx": (b"PK\x03\x04 not really a zip", "damaged or not a Word"),
    "broken.epub": (b"PK\x03\x04 not really a zip", "damaged or not an EPUB"),
}


def make(tmp_path: Path, name: str) -> tuple[Path, str]:
    data, message = CASES[name]
    path = tmp_path / name
    if data == "DIR":
        path.mkdir()
    elif data == "BLANK":
        path.write_bytes(blank_pdf())
    elif data == "ENCRYPTED":
        path.write_bytes(encrypted_pdf())
    elif data == "TRUNCATED":
        whole = pdf_bytes()
        path.write_bytes(whole[: len(whole) // 3])
    elif isinstance(data, bytes):
        path.write_bytes(data)
    return path, message


@pytest.mark.parametrize("name", list(CASES))
def test_bad_input_is_one_line_and_exit_2(tmp_path: Path, name: str) -> None:
    path, message = make(tmp_path, name)
    with pytest.raises(IngestError, match=message.replace("(", r"\(").replace(".", r"\.")):
        load(path)
    before = sorted(tmp_path.iterdir())
    result = runner.invoke(app, ["read", str(path)])
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and message in lines[0]
    assert "Traceback" not in result.output
    assert sorted(tmp_path.iterdir()) == before


def test_scan_message_suggests_ocr(tmp_path: Path) -> None:
    path, _ = make(tmp_path, "scan.pdf")
    with pytest.raises(IngestError, match="ocrmypdf"):
        load(path)


def test_huge_text_is_refused_up_front(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:  # sparse: 50 MB without writing 50 MB
        handle.truncate(50 * 1024 * 1024)
    with pytest.raises(IngestError, match=r"50 MB; quizgen reads text files up to 16 MB"):
        load(path)


def test_read_command_prints_and_json(tmp_path: Path) -> None:
    import json

    path = tmp_path / "water.md"
    path.write_text("# Water\n\n## Rivers\n\nRivers <b>flow</b> [3].\n", encoding="utf-8")
    shown = runner.invoke(app, ["read", str(path)])
    assert shown.exit_code == 0
    assert "Water" in shown.output and "Rivers flow." in shown.output and "[3]" in shown.output
    data = json.loads(runner.invoke(app, ["read", str(path), "--json"]).output)
    assert data["title"] == "Water"
    assert data["paragraphs"][0]["text"] == "Rivers flow."
    assert data["paragraphs"][0]["section"] == ["Water", "Rivers"]
