"""A corpus of bad inputs through every command that reads a chapter: each run
exits 0 with a result or 2 with exactly one ``error:`` line, prints no
traceback, leaves no temporary file in the output folder, and changes no
existing output unless it succeeded."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from test_ingest_gate import corrupt_member, make_docx, make_epub, xhtml
from typer.testing import CliRunner

from quizgen.cli import app

runner = CliRunner()

CHAPTER = """# The Inner Planets

## Mercury and Venus

Mercury is the smallest planet in the Solar System and the closest one to the Sun. A year on Mercury lasts only 88 “Earth days”. Venus is the second planet from the Sun and the hottest in the Solar System. The Soviet probe Venera 7 landed on Venus in 1970 and sent back data for 23 minutes.

## Earth and Mars

An orbit is the curved path that one body in space follows around another. Mars, the fourth planet, has two small moons, Phobos and Deimos, which the astronomer Asaph Hall discovered in 1877.
"""
SENTENCES = "Rivers carry water to the sea, and the sea returns it to the land as rain. "


def _pdf(text: str) -> bytes:
    weasyprint = pytest.importorskip("weasyprint")
    return weasyprint.HTML(string=f"<h1>Planets</h1><p>{text}</p>").write_pdf()


def _encrypted_pdf() -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(_pdf(SENTENCES))))
    writer.encrypt(user_password="secret", owner_password="owner")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def _garbled_pdf() -> bytes:
    data = bytearray(_pdf(SENTENCES * 5))
    for i in range(len(data) // 3, len(data) - 40, 97):
        data[i] ^= 0xA5
    return bytes(data)


def make_corpus(folder: Path) -> dict[str, Path]:
    """Every bad input, written into ``folder``; each name says what is wrong with it."""
    folder.mkdir()
    corpus: dict[str, Path] = {}

    def put(name: str, data: bytes | str) -> None:
        path = folder / name
        path.write_bytes(data.encode("utf-8", errors="surrogatepass") if isinstance(data, str) else data)
        corpus[name] = path

    put("empty.txt", b"")
    put("binary-junk.txt", bytes(range(256)) * 64)
    put("junk.epub", os.urandom(4096))
    put("text-named.pdf", CHAPTER)
    put("pdf-named.txt", _pdf(SENTENCES))
    put("chapter.odt", CHAPTER)
    put("no-extension", CHAPTER)
    put("nul-bytes.txt", CHAPTER.replace(" ", "\x00 ", 20))
    put("one-megabyte-line.txt", SENTENCES * (2**20 // len(SENTENCES)))
    put("one-megabyte-word.md", "x" * 2**20)
    put("escapes-and-surrogates.md", CHAPTER.replace("Mercury", "Mercury\x1b[2J\x1b]0;owned\x07\u202e", 1).replace("Deimos", "Deimos\ud800"))
    put("deep-nesting.html", "<html><body>" + "<li><ul>" * 5000 + "Rivers carry water.</body></html>")
    put("encrypted.pdf", _encrypted_pdf())
    put("garbled.pdf", _garbled_pdf())
    put("truncated.pdf", _pdf(SENTENCES)[:700])
    corpus["corrupted-part.docx"] = corrupt_member(
        make_docx(folder / "corrupted-part.docx", [SENTENCES * 30]), "word/document.xml"
    )
    epub = make_epub(folder / "corrupted-part.epub", [xhtml(f"<h1>Rivers</h1><p>{SENTENCES * 30}</p>")])
    corpus["corrupted-part.epub"] = corrupt_member(epub, "OEBPS/p0.xhtml")
    corpus["zip-bomb.epub"] = make_epub(folder / "zip-bomb.epub", [xhtml("<p>" + "a" * (40 * 2**20) + "</p>")])
    with zipfile.ZipFile(folder / "bomb.docx", "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", "<w:document>" + " " * (100 * 2**20) + "</w:document>")
    corpus["zip-bomb.docx"] = folder / "bomb.docx"
    (folder / "a-folder.md").mkdir()
    corpus["folder-not-file.md"] = folder / "a-folder.md"
    corpus["missing.txt"] = folder / "missing.txt"
    put("unreadable.md", CHAPTER)
    (folder / "unreadable.md").chmod(0)
    return corpus


COMMANDS = {
    "read": lambda src, out: ["read", str(src)],
    "build": lambda src, out: ["build", str(src), "-o", str(out), "-q"],
    "deck": lambda src, out: ["deck", str(src), "-o", str(out / "deck.apkg"), "-q"],
    "quiz": lambda src, out: ["quiz", str(src), "-o", str(out / "quiz.pdf"), "-q"],
    "export": lambda src, out: ["export", str(src), "--to", "json", "-o", str(out / "bank.json"), "-q"],
}
EXISTING = {"deck.apkg": b"an earlier deck", "quiz.pdf": b"an earlier quiz", "quiz-key.pdf": b"its key",
            "bank.json": b'{"an": "earlier bank"}'}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    made = make_corpus(tmp_path_factory.mktemp("bad") / "inputs")
    yield made
    made["unreadable.md"].chmod(0o644)


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def output_folder(tmp_path: Path) -> Path:
    out = tmp_path / "out"
    out.mkdir()
    for name, data in EXISTING.items():
        (out / name).write_bytes(data)
    return out


def check_run(exit_code: int, stderr: str, output: str, before: dict[str, bytes], out: Path) -> None:
    assert exit_code in (0, 2), output
    assert "Traceback" not in output
    after = snapshot(out)
    if exit_code == 2:
        lines = stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("error: "), stderr
        assert after == before  # nothing written, nothing changed
    leftovers = [name for name in after if Path(name).name.startswith(".") or name.endswith((".part", ".tmp"))]
    assert not leftovers


# The slow one (1 MB of sentences, about a minute of parsing) goes through `read` only;
# the 1 MB word takes the same path through the parser in a second.
SLOW = {"one-megabyte-line.txt"}
CASES = [
    (name, command) for name in (
        "empty.txt", "binary-junk.txt", "junk.epub", "text-named.pdf", "pdf-named.txt", "chapter.odt",
        "no-extension", "nul-bytes.txt", "one-megabyte-line.txt", "one-megabyte-word.md",
        "escapes-and-surrogates.md", "deep-nesting.html", "encrypted.pdf", "garbled.pdf", "truncated.pdf", "corrupted-part.docx",
        "corrupted-part.epub", "zip-bomb.epub", "zip-bomb.docx", "folder-not-file.md", "missing.txt",
        "unreadable.md",
    ) for command in COMMANDS if name not in SLOW or command == "read"
]


@pytest.mark.parametrize(("name", "command"), CASES)
def test_bad_input(corpus: dict[str, Path], tmp_path: Path, name: str, command: str) -> None:
    out = output_folder(tmp_path)
    before = snapshot(out)
    result = runner.invoke(app, COMMANDS[command](corpus[name], out))
    check_run(result.exit_code, result.stderr, result.output, before, out)
    if result.exception is not None:
        assert isinstance(result.exception, SystemExit), repr(result.exception)


def test_escapes_never_reach_the_terminal(corpus: dict[str, Path]) -> None:
    result = runner.invoke(app, ["read", str(corpus["escapes-and-surrogates.md"])])
    assert result.exit_code == 0
    assert "\x1b" not in result.output and "\x07" not in result.output and "\u202e" not in result.output
    assert "Mercury[2J]0;owned and Venus" in result.output


def test_a_megabyte_line_is_read(corpus: dict[str, Path]) -> None:
    result = runner.invoke(app, ["read", str(corpus["one-megabyte-line.txt"]), "--json"])
    assert result.exit_code == 0 and "E088" not in result.output


@pytest.mark.parametrize(
    ("name", "command"),
    [("corrupted-part.docx", "build"), ("zip-bomb.epub", "deck"), ("nul-bytes.txt", "quiz"),
     ("garbled.pdf", "export"), ("missing.txt", "read"), ("escapes-and-surrogates.md", "read")],
)
def test_bad_input_in_a_real_process(corpus: dict[str, Path], tmp_path: Path, name: str, command: str) -> None:
    script = Path(sys.executable).with_name("quizgen")
    if not script.exists():
        pytest.skip("the quizgen script is not installed beside this Python")
    out = output_folder(tmp_path)
    before = snapshot(out)
    done = subprocess.run(
        [str(script), *COMMANDS[command](corpus[name], out)], capture_output=True, text=True,
        errors="replace", timeout=300, env={**os.environ, "COLUMNS": "200"},
    )
    check_run(done.returncode, done.stderr, done.stdout + done.stderr, before, out)
    assert "\x1b" not in done.stdout
