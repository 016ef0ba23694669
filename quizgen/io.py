"""The one gate for what quizgen writes: where an output goes, and getting it there whole.

- :func:`resolve_output` turns ``-o`` into a file path the same way for every
  command: ``-o DIR/`` (existing or not) or an existing folder gets the default
  name inside it; a name without an extension gets the format's.
- :func:`write_set` writes files that belong together (a quiz and its key, the
  versions of a quiz) to temporary files in their target folder and renames them
  into place only when every one is complete. The renames are recorded in a
  journal first, so a run killed halfway through them is completed by the next
  run (:func:`clean_stale`): a set on disk is all old or all new.
- A replaced file keeps its permissions (a ``0600`` answer key stays private).
- :func:`refuse_inputs` stops an output from replacing one of the run's inputs.
- Temporary files are removed on every path; those of a killed run (hidden
  ``.NAME.PID-XXXX.part`` files whose process is gone) are removed by the next run
  that writes into the same folder.

Every failure is an :class:`~quizgen.errors.ExportError` of one line naming the file.
"""

from __future__ import annotations

import errno
import json
import os
import re
import secrets
import stat
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from quizgen.errors import ExportError

#: Default file names are cut to this many characters, at a word boundary.
MAX_STEM = 80

#: A temporary file of ours: ``.NAME.PID-RANDOM.part``.
_PART = re.compile(r"^\.(?P<name>.+)\.(?P<pid>\d+)-[0-9a-f]{8}\.part$")
#: A set's rename journal: ``.quizgen-set.PID-RANDOM.json.part``.
_JOURNAL = re.compile(r"^\.quizgen-set\.(?P<pid>\d+)-[0-9a-f]{8}\.json\.part$")

#: Temporary files older than this are stale even if their process id is in use again.
STALE_SECONDS = 24 * 3600

Content = bytes | str | Callable[[Path], object]


# --------------------------------------------------------------------------- naming


def default_stem(title: str, *, fallback: str = "quizgen", limit: int = MAX_STEM) -> str:
    """A file name from a title: lower-case ASCII words joined by hyphens, cut at a word.

    >>> default_stem("Kazakhstan & Its Neighbours: Part 2")
    'kazakhstan-its-neighbours-part-2'
    """
    from quizgen.identity import normalise

    words = normalise(title).split()
    stem = ""
    for word in words:
        candidate = f"{stem}-{word}" if stem else word
        if len(candidate) > limit:
            break
        stem = candidate
    if not stem and words:
        stem = words[0][:limit]  # one word longer than the limit: nothing better to cut at
    return stem or fallback


def resolve_output(
    out: str | os.PathLike[str] | None,
    *,
    default_name: str,
    extension: str,
    default_folder: str | os.PathLike[str] = "decks",
) -> Path:
    """The file an output goes to, from what the user gave as ``-o``.

    ``None`` -> ``default_folder/default_name``; ``DIR/`` (with a trailing slash,
    existing or not) or an existing folder -> ``DIR/default_name``; a name without
    an extension gets ``.extension``; anything else is taken as it is. Folders
    are created when the file is written, not here.
    """
    if out is None:
        return Path(default_folder) / default_name
    text = os.fspath(out)
    if not text:
        raise ExportError("-o needs a file or folder name")
    path = Path(text)
    if text.endswith(("/", os.sep)) or path.is_dir() or path.name in (".", ".."):
        return path / default_name
    if not path.suffix and extension:
        return path.with_name(f"{path.name}.{extension}")
    return path


def refuse_inputs(targets: Iterable[str | os.PathLike[str]], inputs: Iterable[str | os.PathLike[str]]) -> None:
    """ExportError when an output would replace one of the inputs (``quiz ch.pdf -o ch.pdf``)."""
    sources = []
    for source in inputs:
        try:
            sources.append(Path(source).resolve())
        except OSError:
            continue
    for target in targets:
        resolved = Path(target).resolve()
        for source in sources:
            same = resolved == source
            if not same and resolved.exists() and source.exists():
                try:
                    same = resolved.samefile(source)
                except OSError:
                    same = False
            if same:
                raise ExportError(f"{target} is also an input; give another output name with -o")


# --------------------------------------------------------------------------- the terminal

#: C0 and C1 controls (ESC starts a terminal escape sequence) and the bidi overrides
#: that make a line show something else than it holds.
_TERMINAL_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def for_terminal(text: str) -> str:
    """Text safe to print: each control character shown as its Unicode picture (ESC as
    ``␛``), never obeyed; tabs and line breaks kept. One character for one, so offsets
    into the text (bold spans, say) still hold."""
    return _TERMINAL_UNSAFE.sub(_picture, text)


def _picture(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)  # the Control Pictures block: U+2400 NUL ... U+241F US
    return "\u2421" if code == 0x7F else "\ufffd"


# --------------------------------------------------------------------------- writing


def write_set(items: Sequence[tuple[str | os.PathLike[str], Content]]) -> list[Path]:
    """Write files that belong together, all or none; return their paths.

    Each item is ``(target, content)`` where content is text (written as UTF-8),
    bytes, or a function that fills the temporary path it is given. Every file
    is written to a temporary file in its target's folder; only when all are
    complete are they renamed into place.
    """
    targets = [Path(target) for target, _ in items]
    if len({t.resolve() for t in targets}) != len(targets):
        raise ExportError(f"two outputs would share the name {_first_repeat(targets)}")
    temps: list[Path] = []
    journal: Path | None = None
    try:
        for target, (_, content) in zip(targets, items, strict=True):
            _prepare_folder(target)
            tmp = _temp_path(target)
            temps.append(tmp)
            _fill(tmp, content, target)
            _set_mode(tmp, target)
        if len(targets) > 1:
            journal = _write_journal(targets[0].parent, list(zip(temps, targets, strict=True)))
        for tmp, target in zip(temps, targets, strict=True):
            _replace(tmp, target)
        if journal is not None:
            journal.unlink(missing_ok=True)
            journal = None
    finally:
        # Reached with temporaries left only on failure: never leave them behind.
        for tmp in temps:
            _unlink_quietly(tmp)
        if journal is not None:
            _unlink_quietly(journal)
    return targets


@contextmanager
def atomic_path(target: str | os.PathLike[str]) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; rename it over ``target`` on success.

    >>> with atomic_path("deck.apkg") as tmp:   # doctest: +SKIP
    ...     write_package(tmp)
    """
    target = Path(target)
    _prepare_folder(target)
    tmp = _temp_path(target)
    try:
        _create(tmp, target)
        yield tmp
        _set_mode(tmp, target)
        _replace(tmp, target)
    finally:
        _unlink_quietly(tmp)


def write_text(target: str | os.PathLike[str], text: str) -> Path:
    """Write ``text`` as UTF-8 to ``target`` atomically."""
    return write_set([(target, text)])[0]


def write_bytes(target: str | os.PathLike[str], data: bytes) -> Path:
    return write_set([(target, data)])[0]


def write_with(target: str | os.PathLike[str], writer: Callable[[Path], object]) -> Path:
    """Let ``writer`` fill a temporary file, then move it to ``target``."""
    return write_set([(target, writer)])[0]


def clean_stale(folder: str | os.PathLike[str]) -> int:
    """Finish the renames of a killed run's set and remove its temporary files.

    Only files named the way this module names them are touched, and only when
    the process that made them is gone (or they are a day old). Returns how many
    files were removed or renamed into place.
    """
    folder = Path(folder)
    try:
        entries = list(folder.iterdir())
    except OSError:
        return 0
    done = 0
    # Journals first: their temporaries are the new set, to be renamed, not deleted.
    for entry in entries:
        match = _JOURNAL.match(entry.name)
        if match and _is_stale(entry, int(match["pid"])):
            done += _roll_forward(entry)
    for entry in entries:
        match = _PART.match(entry.name)
        if match and entry.exists() and _is_stale(entry, int(match["pid"])):
            _unlink_quietly(entry)
            done += 1
    return done


# --------------------------------------------------------------------------- internals


def _first_repeat(paths: Sequence[Path]) -> Path:
    seen: set[Path] = set()
    for path in paths:
        if path.resolve() in seen:
            return path
        seen.add(path.resolve())
    return paths[0]


def _prepare_folder(target: Path) -> None:
    if target.is_dir():
        raise ExportError(f"cannot write {target}: a folder of that name is in the way")
    folder = target.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise ExportError(f"cannot create folder {folder}: a file of that name is in the way") from None
    except OSError as exc:
        raise ExportError(f"cannot create folder {folder}: {_reason(exc)}") from None
    clean_stale(folder)


def _temp_path(target: Path) -> Path:
    return target.with_name(f".{target.name}.{os.getpid()}-{secrets.token_hex(4)}.part")


def _create(tmp: Path, target: Path) -> None:
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except OSError as exc:
        raise ExportError(f"cannot write {target}: {_reason(exc)}") from None
    os.close(fd)


def _fill(tmp: Path, content: Content, target: Path) -> None:
    _create(tmp, target)
    try:
        if isinstance(content, str):
            data = content.encode("utf-8")
        elif isinstance(content, bytes):
            data = content
        else:
            content(tmp)
            _sync(tmp)
            return
        with open(tmp, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except OSError as exc:
        raise ExportError(f"cannot write {target}: {_reason(exc)}") from None


def _sync(path: Path) -> None:
    try:
        with open(path, "rb+") as handle:
            os.fsync(handle.fileno())
    except OSError:
        pass  # a writer may leave a file we cannot reopen for writing; its data is already out


def _set_mode(tmp: Path, target: Path) -> None:
    """The permissions of the file being replaced, or the user's usual ones for a new file."""
    try:
        mode = stat.S_IMODE(target.stat().st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    try:
        os.chmod(tmp, mode)
    except OSError as exc:
        raise ExportError(f"cannot write {target}: {_reason(exc)}") from None


def _replace(tmp: Path, target: Path) -> None:
    try:
        os.replace(tmp, target)
    except OSError as exc:
        if exc.errno in (errno.EISDIR, errno.ENOTEMPTY, errno.EEXIST):
            raise ExportError(f"cannot write {target}: a folder of that name is in the way") from None
        raise ExportError(f"cannot write {target}: {_reason(exc)}") from None


def _write_journal(folder: Path, pairs: list[tuple[Path, Path]]) -> Path:
    journal = folder / f".quizgen-set.{os.getpid()}-{secrets.token_hex(4)}.json.part"
    data = json.dumps([[str(tmp.resolve()), str(target.resolve())] for tmp, target in pairs])
    staging = folder / f".{journal.name}.{os.getpid()}-{secrets.token_hex(4)}.part"
    try:
        with open(staging, "w", encoding="utf-8") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        # The journal appears whole or not at all: a half journal would be read as no set.
        os.replace(staging, journal)
    except OSError as exc:
        _unlink_quietly(staging)
        raise ExportError(f"cannot write in {folder}: {_reason(exc)}") from None
    return journal


def _roll_forward(journal: Path) -> int:
    """Rename what a killed run had not renamed yet, then drop its journal."""
    try:
        pairs = json.loads(journal.read_text(encoding="utf-8"))
        written_at = journal.stat().st_mtime
    except (OSError, ValueError):
        pairs, written_at = [], 0.0
    done = 0
    for tmp, target in pairs if isinstance(pairs, list) else []:
        try:
            if not Path(tmp).exists():
                continue
            if Path(target).exists() and Path(target).stat().st_mtime > written_at:
                # A later run wrote this output since: the killed run's copy is older news.
                Path(tmp).unlink()
                continue
            os.replace(tmp, target)
            done += 1
        except OSError:
            continue
    _unlink_quietly(journal)
    return done + 1


def _is_stale(path: Path, pid: int) -> bool:
    if pid == os.getpid():
        return False
    try:
        if time.time() - path.stat().st_mtime > STALE_SECONDS:
            return True
    except OSError:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except OSError:
        return False  # alive, owned by someone else
    return False


def _unlink_quietly(path: Path) -> None:
    try:
        path.unlink(missing_ok=True)
    except OSError:
        pass


def _reason(exc: OSError) -> str:
    if exc.errno == errno.ENOSPC:
        return "the disk is full"
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return "permission denied (read-only folder?)"
    return exc.strerror or str(exc)
