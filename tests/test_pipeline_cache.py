"""The parse cache, the pool of processes and many chapters at once: the same questions
whichever way a chapter goes through (cache cold, warm or off; one process or two; in
a book or on its own), and a damaged cache never stops a run."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

import quizgen
from quizgen import pipeline
from quizgen.analyze import content_paragraphs
from quizgen.cache import FILE_NAME, ParseCache
from quizgen.cli import app
from quizgen.pipeline import build_bank, candidates, document_facts

SILK = """# The Silk Roads

## Routes across Asia

The Silk Roads were a network of trade routes that linked China with the Mediterranean world. In 138 BCE, the Han emperor Wudi sent the envoy Zhang Qian west to find allies against the Xiongnu.

A caravanserai is a roadside inn where travellers and their animals rested for the night. Merchants from Sogdiana carried most of the goods along the central stretch of the routes.

## Goods and ideas

Silk, paper and porcelain travelled west, while horses, glass and silver travelled east. Buddhism reached China along these routes in the first century CE.

In 1271, the Venetian merchant Marco Polo set out for the court of Kublai Khan. Marco Polo spent about 17 years in China before he returned to Venice in 1295.

## The end of the overland trade

The Ottoman Empire took Constantinople in 1453, and taxes on the overland trade rose. Portuguese sailors reached India by sea in 1498, and the sea routes slowly replaced the roads.
"""

MONSOON = """# The Monsoon Trade

## Winds and seasons

A monsoon is a seasonal wind that reverses its direction between summer and winter. Sailors in the Indian Ocean used the summer monsoon to sail east and the winter monsoon to return.

In 1405, the admiral Zheng He led the first of seven great voyages from China. His fleet carried about 27,000 men on more than 200 ships.

## Ports of the ocean

Calicut was a busy port on the Malabar Coast that traded pepper with merchants from Arabia. A dhow is a sailing vessel with one or more triangular sails that Arab traders used across the ocean.

The Portuguese captain Vasco da Gama anchored at Calicut in 1498. Zheng He visited Calicut on several of his voyages before the Ming court ended them in 1433.
"""


def _chapter(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def _key(questions) -> list[tuple]:  # type: ignore[no-untyped-def]
    return [(q.id, q.type, q.prompt, q.answer, q.choices, q.pairs, q.sequence, q.source) for q in questions]


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("QUIZGEN_CACHE_DIR", str(folder))
    return folder


@pytest.fixture
def small_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    """Batches of two paragraphs, so that a short chapter still fills a pool of processes."""
    monkeypatch.setattr(pipeline, "BATCH", 2)


def _parsing_reports(path: Path, **options) -> tuple[list, list[tuple[str, int, int]]]:  # type: ignore[no-untyped-def]
    reports: list[tuple[str, int, int]] = []
    found = candidates(path, progress=lambda *report: reports.append(report), **options)
    return found, [r for r in reports if r[0] == "parsing"]


def test_the_same_questions_with_and_without_the_cache_and_with_one_or_two_processes(
    tmp_path: Path, cache_dir: Path, small_batches: None
) -> None:
    path = _chapter(tmp_path, "silk.md", SILK)
    plain = _key(candidates(path, n_process=1))
    assert plain, "the fixture chapter makes questions"
    assert _key(candidates(path, n_process=2)) == plain

    cold, reports = _parsing_reports(path, cache=True, n_process=2)
    assert _key(cold) == plain
    total = reports[0][2]
    assert reports[0] == ("parsing", 0, total)  # nothing cached yet
    assert (cache_dir / FILE_NAME).exists()

    warm, reports = _parsing_reports(path, cache=True, n_process=1)
    assert _key(warm) == plain
    assert reports == [("parsing", total, total)]  # every paragraph came from the cache


def test_a_cached_parse_gives_the_same_facts_when_the_rules_read_it_again(
    tmp_path: Path, cache_dir: Path
) -> None:
    path = _chapter(tmp_path, "silk.md", SILK)
    plain = _key(candidates(path))
    candidates(path, cache=True)
    # Drop the cached facts, keep the cached parses: the rules now run on Docs read back from DocBin.
    with sqlite3.connect(cache_dir / FILE_NAME) as connection:
        dropped = connection.execute("DELETE FROM entries WHERE key LIKE 'facts:%'").rowcount
        kept = connection.execute("SELECT count(*) FROM entries WHERE key LIKE 'doc:%'").fetchone()[0]
    assert dropped and kept == dropped
    assert _key(candidates(path, cache=True)) == plain


def test_a_damaged_cache_is_ignored_and_rebuilt(tmp_path: Path, cache_dir: Path) -> None:
    path = _chapter(tmp_path, "silk.md", SILK)
    plain = _key(candidates(path))

    cache_dir.mkdir(parents=True)
    (cache_dir / FILE_NAME).write_bytes(b"this is not a database\n" * 100)
    assert _key(candidates(path, cache=True)) == plain
    with sqlite3.connect(cache_dir / FILE_NAME) as connection:
        assert connection.execute("SELECT count(*) FROM entries").fetchone()[0] > 0

    # Entries whose bytes no longer read back (a parse and the facts alike) are misses.
    with sqlite3.connect(cache_dir / FILE_NAME) as connection:
        connection.execute("UPDATE entries SET value = x'00ff00ff'")
    found, reports = _parsing_reports(path, cache=True)
    assert _key(found) == plain
    assert reports[0][1] == 0


def test_a_cache_folder_that_cannot_be_written_turns_the_cache_off(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("a file where the folder should be", encoding="utf-8")
    monkeypatch.setenv("QUIZGEN_CACHE_DIR", str(blocker / "cache"))
    path = _chapter(tmp_path, "silk.md", SILK)
    assert _key(candidates(path, cache=True)) == _key(candidates(path))
    assert ParseCache.open().get_many(["doc:x"]) == {}


#: Question types made from one fact alone: a chapter's other facts (its pool of
#: distractors, its events to order, the turns of true and false) play no part.
ONE_FACT_TYPES = {"cloze", "short_answer", "term_definition"}


def test_a_book_gives_the_same_ids_as_its_chapters_one_by_one(tmp_path: Path, small_batches: None) -> None:
    silk = _chapter(tmp_path, "silk.md", SILK)
    monsoon = _chapter(tmp_path, "monsoon.md", MONSOON)
    book = _chapter(tmp_path, "book.md", SILK + "\n" + MONSOON)
    chapter_facts = [f.id for path in (silk, monsoon) for f in quizgen.extract_facts(path)]
    assert [f.id for f in quizgen.extract_facts(book, n_process=2)] == chapter_facts
    one_by_one = {q.id for path in (silk, monsoon) for q in candidates(path) if q.type in ONE_FACT_TYPES}
    in_book = {q.id for q in candidates(book, n_process=2) if q.type in ONE_FACT_TYPES}
    assert in_book == one_by_one


def test_chapters_in_one_pool_give_what_each_gives_alone(tmp_path: Path, small_batches: None) -> None:
    silk = _chapter(tmp_path, "silk.md", SILK)
    monsoon = _chapter(tmp_path, "monsoon.md", MONSOON)
    together = document_facts([quizgen.load(silk), quizgen.load(monsoon)], n_process=2)
    assert together == [quizgen.extract_facts(silk), quizgen.extract_facts(monsoon)]
    banks = pipeline.build_banks([silk, monsoon], split=True, n_process=2)
    assert [_key(bank.questions) for bank in banks] == [
        _key(build_bank([silk]).questions), _key(build_bank([monsoon]).questions)
    ]


def test_many_chapters_make_one_bank_or_one_per_chapter(tmp_path: Path) -> None:
    folder = tmp_path / "chapters"
    folder.mkdir()
    _chapter(folder, "01-silk.md", SILK)
    _chapter(folder, "02-monsoon.md", MONSOON)
    _chapter(folder, ".notes.md", "# Notes\n\nNot a chapter.\n")
    one = build_bank([folder])
    assert [s.path for s in one.sources] == [str(folder / "01-silk.md"), str(folder / "02-monsoon.md")]
    assert one.title == "The Silk Roads + The Monsoon Trade"
    chapters = pipeline.build_banks([folder], split=True)
    assert [bank.title for bank in chapters] == ["The Silk Roads", "The Monsoon Trade"]
    assert {q.id for q in one.questions} <= {q.id for bank in chapters for q in bank.questions}


def test_build_a_folder_with_split_and_without_the_cache(tmp_path: Path, cache_dir: Path) -> None:
    folder = tmp_path / "chapters"
    folder.mkdir()
    _chapter(folder, "01-silk.md", SILK)
    _chapter(folder, "02-monsoon.md", MONSOON)
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["build", str(folder), "-o", str(out), "--split", "--no-cache", "--quiet", "-n", "4"])
    assert result.exit_code == 0, result.output
    assert {p.name for p in out.iterdir()} == {
        f"{name}{suffix}"
        for name in ("the-silk-roads", "the-monsoon-trade")
        for suffix in (".apkg", ".notes.json", "-quiz.pdf", "-quiz-key.pdf")
    }
    assert not cache_dir.exists()  # --no-cache keeps nothing
    together = tmp_path / "together"
    result = CliRunner().invoke(app, ["build", str(folder), "-o", str(together), "--quiet", "-n", "4"])
    assert result.exit_code == 0, result.output
    assert len(list(together.glob("*.apkg"))) == 1
    assert (cache_dir / FILE_NAME).exists()


def test_sections_no_rule_reads_are_not_parsed(tmp_path: Path) -> None:
    review = "\n\n## Review Questions\n\nWhich goods travelled west along the Silk Roads, and why were they valued?\n"
    path = _chapter(tmp_path, "silk.md", SILK + review)
    document = quizgen.load(path)
    kept = content_paragraphs(document)
    assert kept and all("Review Questions" not in p.section for p in kept)
    assert any("Review Questions" in p.section for p in document.paragraphs)


def test_the_cache_stays_under_its_size(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from quizgen import cache

    monkeypatch.setattr(cache, "MAX_BYTES", 64 * 1024)
    store = ParseCache.open(tmp_path)
    for batch in range(8):
        store.put_many((f"doc:{batch}-{n}", bytes(1000)) for n in range(40))
    keys = [f"doc:{batch}-{n}" for batch in range(8) for n in range(40)]
    kept = store.get_many(keys)
    assert 0 < len(kept) < len(keys)
    assert "doc:7-39" in kept and "doc:0-0" not in kept  # the newest stay
