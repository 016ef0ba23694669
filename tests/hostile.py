"""Hypothesis strategies for hostile chapters: random and malicious text in every
format a test can make cheaply (.txt, .md, .html, .docx, .epub), as bytes.

Used by tests/test_fuzz_ingest.py (a few hundred examples) and
bench/fuzz_inputs.py (10,000).
"""

from __future__ import annotations

import io
import zipfile

from hypothesis import strategies as st

# Pieces that have broken text tools before: terminal escapes, bidi overrides,
# NULs and other controls, lone surrogates, byte-order marks, markup that opens
# and never closes, entities for forbidden characters, citation-like brackets.
HOSTILE_PIECES = (
    "\x00", "\x01", "\x07", "\x08", "\x0b", "\x0c", "\x1b[31m", "\x1b]0;title\x07", "\x1b[2J", "\x7f", "\x85", "\x9b",
    "\u200e", "\u200f", "\u202e", "\u2066", "\u2069", "\ud800", "\udfff", "\ufeff", "\ufffe", "\uffff", "\u00ad",
    "\r", "\r\n", "\n\n", "\t", "\u2028", "\u2029", "\ue000", "\U0001f600", "e\u0301", "ﬁ", "\u0663",
    "**", "__", "_", "*", "`", "[", "]", "(", ")", "[1]", "[2, page 3]", "# ", "## ", "- ", "1. ", "> ", "\\", "---",
    "<", ">", "&", "&amp;", "&#0;", "&#x1b;", "&#xD800;", "&#1114112;", "<!--", "-->", "<![CDATA[", "]]>",
    "{{c1::x}}", "[sound:a.mp3]", "[$]x[/$]", "=cmd|'/c calc'!A1", "$20bn", "1991–2019",
    "Mercury is the smallest planet. ", "A river basin is the land that drains into one river. ",
    "In 2008, trade reached $20 billion. ",
)
WORDS = ("water", "the", "Polish", "polish", "is", "a", "of", "Kazakhstan’s", "“trade”", "—", "1970", "planet")


def hostile_text(max_size: int = 400) -> st.SearchStrategy[str]:
    """Text mixing arbitrary code points (surrogates included) with hostile pieces
    and plain words (so that some of it gets past the binary-file check)."""
    anything = st.text(st.characters(exclude_categories=()), max_size=max_size)
    pieces = st.lists(st.sampled_from(HOSTILE_PIECES + WORDS), max_size=max_size // 4).map("".join)
    prose = st.lists(st.sampled_from(WORDS + HOSTILE_PIECES[-3:]), max_size=max_size // 4).map(" ".join)
    mixed = st.lists(st.one_of(anything, pieces, prose, prose), min_size=1, max_size=4).map("".join)
    return st.one_of(mixed, pieces, anything, prose)


def huge_line() -> st.SearchStrategy[str]:
    """One line of up to some 200,000 characters: with or without sentence ends or spaces."""
    unit = st.sampled_from(
        ("Rivers carry water to the sea. ", "word ", "x", "\u202e", "é", "**bold** ", "<b>", "&#x1b;")
    )
    return st.builds(lambda u, n: u * n, unit, st.integers(min_value=1, max_value=200_000 // 8))


def _encode(text: str, encoding: str) -> bytes:
    if encoding == "utf-8":
        return text.encode("utf-8", errors="surrogatepass")
    return text.encode(encoding, errors="replace" if encoding.startswith(("cp", "latin", "shift", "koi")) else "surrogatepass")


ENCODINGS = ("utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-32", "cp1252", "latin-1", "shift_jis", "koi8-r")


@st.composite
def text_bytes(draw: st.DrawFn) -> bytes:
    """A plain-text or Markdown file: hostile text in some encoding, or raw bytes."""
    if draw(st.integers(0, 9)) == 9:
        return draw(st.binary(min_size=1, max_size=2000))
    lines = draw(st.lists(st.one_of(hostile_text(), huge_line() if draw(st.booleans()) else hostile_text()), min_size=1, max_size=6))
    encoding = draw(st.sampled_from(ENCODINGS))
    try:
        return _encode("\n".join(lines), encoding)
    except UnicodeEncodeError:
        return "\n".join(lines).encode("utf-8", errors="surrogatepass")


TAGS = (
    "<p>", "</p>", "<h1>", "</h1>", "<h2>", "<li>", "<ul>", "</ul>", "<ol>", "<blockquote>", "<script>", "</script>",
    "<style>", "<table><tr><td>", "<br/>", "<title>", "</title>", "<math>", "<svg>", "<?xml version='1.0'?>",
    "<!DOCTYPE html>", "<html>", "<body>", "<div>" * 50, "</div>", "<p><p><p>", "<figcaption>", "<dt>", "<dd>",
    "<nav>", "<a href='javascript:x'>", "<img src=x onerror=alert(1)>", "<meta charset='utf-16'>",
    "<meta charset='bogus'>", "<b>", "</b>", "<em>", "<![CDATA[x]]>",
)


BLOCKS = ("p", "p", "p", "h1", "h2", "li", "blockquote", "figcaption", "dt", "dd", "div", "span")


@st.composite
def html_markup(draw: st.DrawFn) -> str:
    """An HTML page: blocks of hostile text, and tags, some of them never closed."""
    block = st.builds(lambda tag, text: f"<{tag}>{text}</{tag}>", st.sampled_from(BLOCKS), hostile_text(200))
    parts = draw(st.lists(st.one_of(block, block, st.sampled_from(TAGS), hostile_text(120)), min_size=1, max_size=20))
    return "".join(parts)


@st.composite
def html_bytes(draw: st.DrawFn) -> bytes:
    markup = draw(html_markup())
    if draw(st.booleans()):
        markup = "<html><body><h1>" + draw(hostile_text(40)) + "</h1>" + markup
    encoding = draw(st.sampled_from(ENCODINGS))
    try:
        return _encode(markup, encoding)
    except UnicodeEncodeError:
        return markup.encode("utf-8", errors="surrogatepass")


def _xml_safe(text: str) -> str:
    """What python-docx can store: XML 1.0 characters only."""
    return "".join(
        ch for ch in text
        if ch in "\t\n\r" or "\x20" <= ch <= "\ud7ff" or "\ue000" <= ch <= "\ufffd" or ch >= "\U00010000"
    )


@st.composite
def damage(draw: st.DrawFn, data: bytes) -> bytes:
    """The zip as written, or truncated, or with bytes flipped somewhere."""
    how = draw(st.sampled_from(("none", "none", "none", "truncate", "flip")))
    if how == "truncate":
        return data[: draw(st.integers(0, max(len(data) - 1, 0)))]
    if how == "flip" and data:
        buffer = bytearray(data)
        for _ in range(draw(st.integers(1, 8))):
            position = draw(st.integers(0, len(buffer) - 1))
            buffer[position] ^= draw(st.integers(1, 255))
        return bytes(buffer)
    return data


@st.composite
def docx_bytes(draw: st.DrawFn) -> bytes:
    """A Word file made by python-docx with hostile paragraphs, styles and title, maybe damaged."""
    import docx

    word = docx.Document()
    word.core_properties.title = _xml_safe(draw(hostile_text(40)))[:255]
    for text in draw(st.lists(st.one_of(hostile_text(), huge_line()), min_size=1, max_size=5)):
        style = draw(st.sampled_from((None, "Heading 1", "Heading 2", "Title", "List Bullet", "Quote", "Caption")))
        word.add_paragraph(_xml_safe(text), style=style)
    buffer = io.BytesIO()
    word.save(buffer)
    return draw(damage(buffer.getvalue()))


@st.composite
def epub_bytes(draw: st.DrawFn) -> bytes:
    """An EPUB: container, package file and pages, any of them hostile, missing or damaged."""
    buffer = io.BytesIO()
    pages = draw(st.lists(html_markup(), min_size=1, max_size=3))
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("mimetype", "application/epub+zip")
        container = (
            '<?xml version="1.0"?><container xmlns="urn:oasis:names:tc:opendocument:xmlns:container">'
            '<rootfiles><rootfile full-path="OEBPS/book.opf"/></rootfiles></container>'
        )
        if draw(st.integers(0, 9)) >= 8:  # sometimes missing, or pointing nowhere (hypothesis favours 0)
            container = draw(st.sampled_from((
                "",
                '<container><rootfiles><rootfile full-path="../../etc/passwd"/></rootfiles></container>',
                "<container><rootfiles><rootfile/></rootfiles></container>",
                "not xml at all <<<",
            )))
        if container:
            archive.writestr("META-INF/container.xml", container)
        items = "".join(f'<item id="p{i}" href="p{i}.xhtml"/>' for i in range(len(pages)))
        spine = "".join(f'<itemref idref="p{i}"/>' for i in range(len(pages) + draw(st.integers(0, 1))))
        package = f'<package xmlns="http://www.idpf.org/2007/opf"><manifest>{items}</manifest><spine>{spine}</spine></package>'
        if draw(st.integers(0, 9)) >= 8:
            package = draw(st.sampled_from((
                f"<package><manifest>{items}<item id='x' href='/abs/../../x'/></manifest><spine><itemref idref='x'/></spine></package>",
                "<package><manifest/><spine/></package>",
                "<package>&undefined;</package>",
            )))
        archive.writestr("OEBPS/book.opf", package)
        for i, page in enumerate(pages):
            archive.writestr(f"OEBPS/p{i}.xhtml", _encode(page, "utf-8"))
    return draw(damage(buffer.getvalue()))


FORMATS = {
    "txt": text_bytes(),
    "md": text_bytes(),
    "html": html_bytes(),
    "docx": docx_bytes(),
    "epub": epub_bytes(),
}
"""A strategy of file contents for each file extension."""
