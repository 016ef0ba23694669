"""Is this a word? Word frequencies from ``wordfreq`` decide, never a hand-made list.

Zipf frequency is log10 of occurrences per billion words: 3 is about one in a
million (``cooperation`` 4.3, ``trafficking`` 3.9), fragments that extraction
leaves behind score low (``signifi`` 1.4, ``coopera`` 1.2).
"""

from __future__ import annotations

from functools import lru_cache

KNOWN = 3.0
"""The Zipf frequency from which a lower-cased string counts as a word."""


@lru_cache(maxsize=65536)
def zipf(text: str) -> float:
    """The Zipf frequency of ``text`` in English (0.0 for unknown strings)."""
    from wordfreq import zipf_frequency

    return float(zipf_frequency(text.lower(), "en"))


def is_word(text: str) -> bool:
    return zipf(text) >= KNOWN
