"""Bytes -> text for plain-text formats: detect the encoding, refuse binary junk."""

from __future__ import annotations

import codecs
import re

from quizgen.errors import IngestError

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Control characters other than tab, newline, carriage return and form feed:
# a text file has almost none, a binary file has many.
_CONTROL = frozenset(range(32)) - {9, 10, 12, 13}


_BROKEN = re.compile("\ufffd+")


def _mostly_utf8(data: bytes) -> bool:
    """True when UTF-8 with a few damaged bytes: more well-formed non-ASCII
    characters than broken sequences. Read as cp1252, every “quote” of such a
    file would turn into mojibake over one bad byte."""
    decoded = data.decode("utf-8", errors="replace")
    broken = len(_BROKEN.findall(decoded))
    return sum(1 for ch in decoded if ord(ch) > 127 and ch != "\ufffd") > broken


def detect_encoding(data: bytes) -> str:
    """The codec name for ``data``: a BOM wins, then UTF-8 (a few damaged bytes
    become U+FFFD), then cp1252.

    cp1252 leaves five byte values undefined; a file using them is latin-1.
    """
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        if _mostly_utf8(data):
            return "utf-8"
    else:
        return "utf-8"
    try:
        data.decode("cp1252")
    except UnicodeDecodeError:
        return "latin-1"
    return "cp1252"


def decode_text(data: bytes, *, name: str) -> str:
    """The text of a plain-text file, with newlines normalised to ``\\n``.

    Raises IngestError when the bytes are binary rather than text.
    """
    encoding = detect_encoding(data)
    if not encoding.startswith("utf-16") and not encoding.startswith("utf-32"):
        sample = data[:65536]
        junk = sum(1 for byte in sample if byte in _CONTROL)
        if b"\x00" in sample or junk > max(8, len(sample) // 100):
            raise IngestError(f"{name} does not look like text (binary data); is it the right file?")
    # The encoding is the one the file declares (a BOM) or the one it mostly is:
    # a few damaged bytes become U+FFFD rather than cost the whole chapter.
    text = data.decode(encoding, errors="replace")
    return text.replace("\r\n", "\n").replace("\r", "\n")
