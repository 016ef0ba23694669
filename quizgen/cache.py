"""Parsed paragraphs kept between runs, so that a second run on a chapter skips the parse.

>>> cache = ParseCache.open()                                 # doctest: +SKIP
>>> cache.get_many([key])                                      # doctest: +SKIP
{}

One SQLite file in the user's cache folder (platformdirs; ``QUIZGEN_CACHE_DIR``
moves it) maps a key to bytes. Two kinds of entries are kept, both per paragraph:

- ``doc``: the paragraph's spaCy Doc as a ``DocBin``, keyed by the paragraph
  text's hash, the model's name and version, quizgen's version and the source of
  the module that sets the parse up (:func:`doc_key`);
- ``facts``: the facts the rules read from it, as JSON, keyed by the Doc's key,
  where the paragraph stands (file, chapter, section, pages) and the source of
  every quizgen module (:func:`facts_key`), so that any change to a rule reads
  the paragraph again.

Each write is one transaction, so an interrupted run leaves the file as it was.
The cache is a convenience, never a cause of failure: a file that is not a
database, or an entry that does not read back, is dropped and rebuilt; a folder
that cannot be written turns the cache off for the run.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import asdict
from functools import lru_cache
from pathlib import Path

from quizgen import __version__
from quizgen.models import Asking, Fact, SourceRef

#: Environment variable naming another folder for the cache.
CACHE_DIR_VARIABLE = "QUIZGEN_CACHE_DIR"
FILE_NAME = "parses.sqlite3"
#: Above this size the oldest half of the entries is dropped (a 500,000-word book
#: takes about 20 MB); SQLite reuses the freed pages, so the file stops growing.
MAX_BYTES = 1 << 30
_PACKAGE = Path(__file__).resolve().parent


def cache_dir() -> Path:
    """The folder the cache lives in: ``$QUIZGEN_CACHE_DIR`` or the user's cache folder."""
    named = os.environ.get(CACHE_DIR_VARIABLE)
    if named:
        return Path(named)
    import platformdirs

    return Path(platformdirs.user_cache_dir("quizgen", appauthor=False))


class ParseCache:
    """Bytes by key in one SQLite file; every failure is a miss, never an error."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._connection: sqlite3.Connection | None = None
        self._broken = False

    @classmethod
    def open(cls, folder: Path | None = None) -> ParseCache:
        return cls((folder or cache_dir()) / FILE_NAME)

    def _connect(self) -> sqlite3.Connection | None:
        if self._connection is not None or self._broken:
            return self._connection
        for attempt in range(2):
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                connection = sqlite3.connect(self.path, timeout=10)
                connection.execute(
                    "CREATE TABLE IF NOT EXISTS entries (key TEXT PRIMARY KEY, value BLOB NOT NULL)"
                )
                self._connection = connection
                return connection
            except sqlite3.OperationalError:
                break  # locked by another run, or a read-only folder: no cache this time
            except sqlite3.DatabaseError:
                # Not a database (a torn copy, another program's file): start afresh once.
                if attempt == 0:
                    self._drop_file()
            except OSError:
                break
        self._broken = True
        return None

    def _drop_file(self) -> None:
        for suffix in ("", "-journal", "-wal", "-shm"):
            try:
                Path(f"{self.path}{suffix}").unlink()
            except OSError:
                pass

    def _recover(self) -> None:
        """After a read or write failed on a damaged file: close it and start again."""
        if self._connection is not None:
            try:
                self._connection.close()
            except sqlite3.Error:
                pass
        self._connection = None
        self._drop_file()

    def get_many(self, keys: Sequence[str]) -> dict[str, bytes]:
        """The entries found among ``keys`` (missing ones are left out)."""
        found: dict[str, bytes] = {}
        connection = self._connect()
        if connection is None or not keys:
            return found
        try:
            for start in range(0, len(keys), 500):
                chunk = list(keys[start : start + 500])
                marks = ",".join("?" * len(chunk))
                for key, value in connection.execute(
                    f"SELECT key, value FROM entries WHERE key IN ({marks})", chunk
                ):
                    found[key] = bytes(value)
        except sqlite3.OperationalError:
            return {}  # busy: this run parses afresh
        except sqlite3.DatabaseError:
            self._recover()
            return {}
        return found

    def put_many(self, items: Iterable[tuple[str, bytes]]) -> None:
        """Store entries, all or none of them (one transaction)."""
        rows = list(items)
        connection = self._connect()
        if connection is None or not rows:
            return
        try:
            with connection:
                connection.executemany("INSERT OR REPLACE INTO entries (key, value) VALUES (?, ?)", rows)
                self._prune(connection)
        except sqlite3.OperationalError:
            pass  # busy (another quizgen is writing) or a full disk: this run simply does not keep them
        except sqlite3.DatabaseError:
            self._recover()

    def _prune(self, connection: sqlite3.Connection) -> None:
        """Drop the oldest half of the entries (by when they were written) once the
        file is larger than :data:`MAX_BYTES`."""
        pages = connection.execute("PRAGMA page_count").fetchone()[0]
        free = connection.execute("PRAGMA freelist_count").fetchone()[0]
        size = connection.execute("PRAGMA page_size").fetchone()[0]
        if (pages - free) * size <= MAX_BYTES:
            return
        count = connection.execute("SELECT count(*) FROM entries").fetchone()[0]
        connection.execute(
            "DELETE FROM entries WHERE rowid IN (SELECT rowid FROM entries ORDER BY rowid LIMIT ?)", (count // 2,)
        )

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None


@lru_cache(maxsize=1)
def source_fingerprint() -> str:
    """A hash of every quizgen module and rule table: facts cached by an older
    version of the rules (even an unreleased edit) are never reused."""
    digest = hashlib.sha256(__version__.encode())
    for path in sorted(_PACKAGE.rglob("*.py")):
        digest.update(str(path.relative_to(_PACKAGE)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


@lru_cache(maxsize=1)
def parse_fingerprint() -> str:
    """A hash of the module that sets the parse up (its abbreviations and sentence fixes)."""
    return hashlib.sha256((_PACKAGE / "analyze.py").read_bytes()).hexdigest()


def doc_key(text: str, model: str) -> str:
    """The key of a paragraph's parse: its text, the model (name and version) and quizgen."""
    digest = hashlib.sha256("\0".join(("doc", model, __version__, parse_fingerprint(), text)).encode())
    return f"doc:{digest.hexdigest()}"


def facts_key(doc: str, where: Sequence[object]) -> str:
    """The key of the facts read from a parse (``doc`` is its :func:`doc_key`) for a
    paragraph standing at ``where`` (file, chapter, section, pages), by these rules."""
    payload = json.dumps([doc, source_fingerprint(), *where], ensure_ascii=False)
    return f"facts:{hashlib.sha256(payload.encode()).hexdigest()}"


def facts_to_bytes(facts: Sequence[Fact]) -> bytes:
    return zlib.compress(json.dumps([asdict(f) for f in facts], ensure_ascii=False).encode())


def facts_from_bytes(data: bytes) -> list[Fact] | None:
    """The facts stored by :func:`facts_to_bytes`, or None when the entry does not read back."""
    try:
        rows = json.loads(zlib.decompress(data))
        return [
            Fact(
                **{
                    **row,
                    "source": SourceRef(**row["source"]),
                    "attrs": tuple((str(k), str(v)) for k, v in row["attrs"]),
                    "asking": Asking(**row.get("asking", {})),
                }
            )
            for row in rows
        ]
    except (ValueError, TypeError, KeyError, zlib.error):
        return None
