"""Text cleaning steps, one named function each, applied by the readers that need them.

Line-level steps for laid-out text (page furniture, line-end hyphens, reflow)
live in :mod:`quizgen.ingest.layout`; the steps here work on one paragraph.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Collection

from quizgen.ingest.words import KNOWN, zipf

LIGATURES: dict[str, str] = {
    "\ufb00": "ff",
    "\ufb01": "fi",
    "\ufb02": "fl",
    "\ufb03": "ffi",
    "\ufb04": "ffl",
    "\ufb05": "st",  # long s + t
    "\ufb06": "st",
}
_LIGATURE_TABLE = str.maketrans(LIGATURES)

# Characters that carry no meaning of their own: spaces of every width become a
# space; soft hyphens, zero-width characters and the BOM disappear. Quotes,
# apostrophes and dashes are kept as they are: "–" in "1991–2019" and "’" in
# "Kazakhstan’s" mean something, and later stages read them.
_INVISIBLE = str.maketrans(
    {
        "\u00a0": " ", "\u2002": " ", "\u2003": " ", "\u2004": " ", "\u2005": " ",
        "\u2006": " ", "\u2007": " ", "\u2008": " ", "\u2009": " ", "\u200a": " ",
        "\u202f": " ", "\u205f": " ", "\u3000": " ", "\t": " ",
        "\u00ad": None, "\u200b": None, "\u200c": None, "\u200d": None,
        "\u2060": None, "\ufeff": None,
        "\u2010": "-", "\u2011": "-",  # typographic hyphens are hyphens
    }
)


# Characters no chapter means to print: C0 and C1 controls other than whitespace
# (ESC starts a terminal escape sequence; XML cannot hold most of them), lone
# surrogates (no encoder writes them), and the bidi embeddings, overrides and
# isolates that reorder how the text around them is shown.
CONTROL_CHARACTERS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ud800-\udfff\u202a-\u202e\u2066-\u2069]")


def strip_control_characters(text: str) -> str:
    """The text without control characters, lone surrogates and bidi overrides.

    >>> strip_control_characters("red\\x1b[31m alert\\x07\\u202e")
    'red[31m alert'
    """
    return CONTROL_CHARACTERS.sub("", text)


def normalise_unicode(text: str) -> str:
    """NFC-composed text with odd spaces made plain and invisible and control characters removed.

    >>> normalise_unicode("Cafe\\u0301\\u00a0“menu”\\u00ad – 2008")
    'Café “menu” – 2008'
    """
    return unicodedata.normalize("NFC", strip_control_characters(text)).translate(_INVISIBLE)


def replace_ligatures(text: str) -> str:
    """Ligature characters U+FB00..U+FB06 spelled out (``ﬁght`` -> ``fight``)."""
    return text.translate(_LIGATURE_TABLE)


# A word that ends in a ligature's letters, a space, then the rest of the word:
# "fi ght", "signifi cant", "traffi cking" (extraction put a space after the glyph).
_SPLIT_LIGATURE = re.compile(r"\b([A-Za-z]*?(?:ffi|ffl|ff|fi|fl)) ([a-z]+)\b")


def join_split_ligatures(text: str, *, vocabulary: Collection[str] = ()) -> str:
    """Words that extraction split after a ligature joined again.

    ``signifi cant`` -> ``significant``. A pair is joined only when the joined
    form is a word (in ``vocabulary``, the document's own words, or common in
    English) and is more frequent than the two words side by side, so two
    real words stay apart: ``of fi`` stays, ``fi ght`` is joined.
    """

    def join(match: re.Match[str]) -> str:
        left, right = match.group(1), match.group(2)
        joined = left + right
        if joined.lower() in vocabulary:
            return joined
        score = zipf(joined)
        if score >= KNOWN and score > zipf(f"{left} {right}"):
            return joined
        return match.group(0)

    return _SPLIT_LIGATURE.sub(join, text)


# [2], [5, page 221], [6, pp 35-36], [7, p. 214], [3; 8], [12–14]: a number first,
# then optionally a page reference. "[their]" (an editor's insertion) stays.
_MARKER = (
    r"\[\d{1,4}(?:\s*[-–,;]\s*\d{1,4})*"
    r"(?:,?\s*(?:pages?|pp?\.?)\s*\d{1,5}(?:\s*[-–]\s*\d{1,5})?)?\]"
)
# (Cooley 1909), (Spade & Panaccio 2019), (Smith et al. 2010, 45), (Lee 2001; Ong 2003):
# an author-date citation in parentheses. A year alone, "(1965)", or a lifespan stays.
_NAME = r"[A-Z][A-Za-z'’\-]+(?:\s+(?:&|and)\s+[A-Z][A-Za-z'’\-]+|\s+et\s+al\.|\s+[A-Z][A-Za-z'’\-]+){0,3}"
_AUTHOR_DATE = rf"\({_NAME},?\s+(?:\d{{4}}[a-z]?|n\.d\.)(?:,\s*(?:p{{1,2}}\.\s*)?\d+(?:\s*[-–]\s*\d+)?)?(?:;\s*{_NAME},?\s+\d{{4}}[a-z]?)*\)"
_CITATION = re.compile(r"\s?(?:" + _MARKER + "|" + _AUTHOR_DATE + ")")
# A marker after a sentence's closing quote, then a full stop: ‘ideologists.” [5].’
_CITATION_AFTER_STOP = re.compile(r"(?<=[.!?][”’\")])\s?" + _MARKER + r"\.")


def extract_citations(text: str) -> tuple[str, tuple[str, ...]]:
    """The text without citation markers, and the markers in order.

    >>> extract_citations("It grew [2]. He said so [5, page 221].")
    ('It grew. He said so.', ('[2]', '[5, page 221]'))
    >>> extract_citations("Groups are primary or secondary (Cooley 1909).")
    ('Groups are primary or secondary.', ('(Cooley 1909)',))
    """
    found = tuple(m.group(0).strip() for m in _CITATION.finditer(text))
    if not found:
        return text, ()
    return _CITATION.sub("", _CITATION_AFTER_STOP.sub("", text)), found


# \$ \* \_ \# \[ ...: a backslash before ASCII punctuation is a Markdown escape.
_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")


def remove_escapes(text: str) -> str:
    r"""Backslash escapes removed: ``\$20bn`` -> ``$20bn``."""
    return _ESCAPE.sub(r"\1", text)


_MD_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_MD_LINK = re.compile(r"\[([^\]]+)\]\((?:[^()]|\([^)]*\))*\)")
_MD_CODE = re.compile(r"`([^`]+)`")
_MD_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_MD_EMPHASIS = re.compile(r"(?<![\w*])([*_])(?=\S)(.+?)(?<=\S)\1(?![\w*])")
_MD_STRIKE = re.compile(r"~~(.+?)~~")
_MD_FOOTNOTE = re.compile(r"\[\^[^\]]+\]")


def strip_markdown(text: str) -> str:
    """Inline Markdown reduced to its text: links, emphasis, code, images, footnote marks.

    >>> strip_markdown("**Sovereignty** is *the* [authority](https://x.org) of `states`")
    'Sovereignty is the authority of states'
    """
    text = _MD_IMAGE.sub(r"\1", text)
    text = _MD_LINK.sub(r"\1", text)
    text = _MD_FOOTNOTE.sub("", text)
    text = _MD_CODE.sub(r"\1", text)
    text = _MD_STRONG.sub(r"\2", text)
    text = _MD_EMPHASIS.sub(r"\2", text)
    return _MD_STRIKE.sub(r"\1", text)


_HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>|<!--.*?-->", re.DOTALL)


def strip_html(text: str) -> str:
    """Stray HTML tags dropped and entities decoded: ``A<br/>B &amp; C`` -> ``A B & C``."""
    if "<" in text:
        text = _HTML_TAG.sub(" ", text)
    if "&" in text:
        text = html.unescape(text)
    return text


# "the Uniform Commercial Code (UCC)was created", "“dirty”money": a space lost in the
# source after an acronym in brackets or a closing quote.
_GLUED_AFTER = re.compile(r"(\([A-Z][A-Za-z]{1,9}\)|”)(?=[A-Za-z])")


def space_glued_words(text: str) -> str:
    """A lost space put back after a bracketed acronym or a closing quote.

    >>> space_glued_words("The Uniform Commercial Code (UCC)was created in 1952.")
    'The Uniform Commercial Code (UCC) was created in 1952.'
    """
    return _GLUED_AFTER.sub(r"\1 ", text)


_SPACES = re.compile(r"[ \t\n\r\f\v]+")
_SPACE_BEFORE_PUNCT = re.compile(r" +([.,;:!?)\]}’”])")


def collapse_whitespace(text: str) -> str:
    """Runs of whitespace made one space, none before closing punctuation, none at the ends."""
    text = _SPACES.sub(" ", text)
    if " " in text:
        text = _SPACE_BEFORE_PUNCT.sub(r"\1", text)
    return text.strip()


# A sentence ends at ., ! or ? (with any closing quotes or brackets) before a space.
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*\s+")


def split_long_text(text: str, limit: int) -> list[tuple[int, int]]:
    """``(start, end)`` offsets of pieces of at most ``limit`` characters that cover
    ``text``: cut after a sentence's end where one falls within reach, else at the
    last space, else at ``limit``.

    No real paragraph is this long: a page of text run into one line is. The
    parser's memory and time grow with a paragraph's length, so it gets pieces.

    >>> split_long_text("One two. Three four. Five six.", 12)
    [(0, 9), (9, 21), (21, 30)]
    >>> split_long_text("abcdefghij", 4)
    [(0, 4), (4, 8), (8, 10)]
    """
    pieces: list[tuple[int, int]] = []
    start = 0
    while len(text) - start > limit:
        window = text[start : start + limit + 1]
        cut = 0
        for match in _SENTENCE_END.finditer(window):
            if match.end() > limit:
                break
            cut = match.end()
        if not cut:
            cut = window.rfind(" ", 0, limit) + 1
        if cut <= 0:
            cut = limit
        pieces.append((start, start + cut))
        start += cut
    pieces.append((start, len(text)))
    return pieces
