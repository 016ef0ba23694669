"""The question bank: a QuestionBank as editable JSON, and back, with strict checks.

``quizgen export FILE... --to json`` writes every question that passes the
quality bar; every other command accepts the file back as input, so a teacher
can delete or edit questions before building a deck or a quiz.

The schema (keys in this order; every key is always written)::

    {
      "quizgen": "0.1.0",                  # the version that wrote it; marks a quizgen bank
      "schema": 2,                         # the bank format: 2 added "accept" (1: no such key)
      "title": "The Water Cycle",
      "sources": [{"path": "water.md", "sha256": "..."}],
      "questions": [
        {
          "id": "q-1a2b3c4d5e6f",          # unique in the bank; Anki note GUIDs derive from it
          "type": "cloze | short_answer | multiple_choice | true_false
                   | term_definition | matching | ordering",
          "prompt": "_____ is the change of liquid water into water vapour.",
          "answer": "Evaporation",
          "choices": [],                   # multiple_choice, true_false: contains "answer";
                                           # ordering: the items as shown (a shuffle of "sequence")
          "pairs": [],                     # matching: [[left, right], ...]
          "sequence": [],                  # ordering: the items in the right order
          "context": "Evaporation is ...", # cloze: the full statement
          "span": [0, 11],                 # cloze: where "answer" sits in "context" (or null)
          "accept": ["evaporating"],       # other answers to mark right; "75 ± 5" grades
                                           # a number within a tolerance (written answers)
          "explanation": "",               # why the answer is right
          "fact": {"id": "f-...", "kind": "definition", "term": "evaporation",
                   "definition": "the change of ..."},   # term/definition for definitions
          "source": {"file": "water.md", "chapter": "The Water Cycle",
                     "section": "Rivers and Lakes", "page": 3, "sentence": "..."},
          "score": 0.9,
          "tags": ["definition"]
        }
      ]
    }

Reading a bank back (:func:`load_bank`) is strict: a missing field, a field of
the wrong type, an unknown field (usually a typo that would otherwise be lost),
an unknown question type, a multiple-choice answer that is not among its
choices, a duplicate id, anything that is not JSON or not a quizgen bank is a
:class:`~quizgen.errors.BankError` naming the file, the question (1-based index
and id) and the field. When reading, ``schema``, ``choices``, ``pairs``,
``sequence``, ``context``, ``span``, ``accept``, ``explanation``, ``score``,
``tags`` and the ``fact`` and ``source`` keys other than ``kind``, ``file`` and
``sentence`` may be left out; a bank without ``schema`` is a version-1 bank
(written before ``accept``) and reads as one with no alternatives.

What the writers cannot write is rejected too, as one line naming the file: a
lone surrogate (``"\\ud800"``) anywhere, ``NaN`` or ``Infinity``, a control
character in an id, more choices, pairs or ordering items than a quiz can
letter (:data:`MAX_LETTERED`), JSON nested deeper than a bank ever is.

A teacher who edits a cloze's ``answer`` does not need to touch ``span``: the
answer is looked up in ``context`` (the occurrence nearest the old span wins);
when it is not there and the prompt's text around its blank (``_____``) still
frames ``context``, the new answer takes the place of the old one in
``context``, so the cloze card states the corrected fact. Editing ``context``
alone works as long as the answer still appears in it; otherwise the bank is
rejected, naming the question.
"""

from __future__ import annotations

import json
import math
import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any, NoReturn

from quizgen.errors import BankError
from quizgen.io import write_text
from quizgen.models import QUESTION_TYPES, FactInfo, Question, QuestionBank, SourceFile, SourceRef

#: The bank format written; banks of every earlier format are read.
SCHEMA_VERSION = 2

#: Choices, pairs and ordering items are lettered A-Z on a printed quiz.
MAX_LETTERED = 26

#: No bank nests deeper than this (top > questions > question > pairs > pair).
MAX_DEPTH = 8

_TOP_FIELDS = ("quizgen", "schema", "title", "sources", "questions")
_QUESTION_FIELDS = (
    "id", "type", "prompt", "answer", "choices", "pairs", "sequence", "context", "span",
    "accept", "explanation", "fact", "source", "score", "tags",
)
#: Characters no id may hold: they break a line in GIFT, a field in CSV, a terminal.
_ID_FORBIDDEN = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_FACT_FIELDS = ("id", "kind", "term", "definition")
_SOURCE_FIELDS = ("file", "chapter", "section", "page", "sentence")

#: A cloze prompt's blank: a run of underscores.
_BLANK = re.compile(r"_{3,}")

#: Types whose ``answer`` may be empty: the answer is the pairs or the sequence.
_STRUCTURED_TYPES = ("matching", "ordering")


# --------------------------------------------------------------------------- writing


def to_dict(bank: QuestionBank) -> dict[str, Any]:
    """The bank as plain JSON-ready data, keys in schema order."""
    from quizgen import __version__

    return {
        "quizgen": __version__,
        "schema": SCHEMA_VERSION,
        "title": bank.title,
        "sources": [{"path": s.path, "sha256": s.sha256} for s in bank.sources],
        "questions": [_question_dict(q) for q in bank.questions],
    }


def _question_dict(q: Question) -> dict[str, Any]:
    return {
        "id": q.id,
        "type": q.type,
        "prompt": q.prompt,
        "answer": q.answer,
        "choices": list(q.choices),
        "pairs": [list(pair) for pair in q.pairs],
        "sequence": list(q.sequence),
        "context": q.context,
        "span": list(q.span) if q.span is not None else None,
        "accept": list(q.accept),
        "explanation": q.explanation,
        "fact": {"id": q.fact.id, "kind": q.fact.kind, "term": q.fact.term,
                 "definition": q.fact.definition},
        "source": {"file": q.source.file, "chapter": q.source.chapter,
                   "section": q.source.section, "page": q.source.page,
                   "sentence": q.source.sentence},
        # JSON has no NaN: a score that is not a number is written as none at all.
        "score": q.score if math.isfinite(q.score) else 0.0,
        "tags": list(q.tags),
    }


def to_json(bank: QuestionBank) -> str:
    """The bank as JSON text: UTF-8 characters kept as they are, indent 2, final newline."""
    return json.dumps(to_dict(bank), ensure_ascii=False, indent=2, allow_nan=False) + "\n"


def write_bank(bank: QuestionBank, path: str | os.PathLike[str]) -> Path:
    """Write the bank's JSON to ``path`` atomically; return the path."""
    return write_text(path, to_json(bank))


# --------------------------------------------------------------------------- reading


def load_bank(path: str | os.PathLike[str]) -> QuestionBank:
    """Read and check a question bank written by ``quizgen export --to json``."""
    name = str(path)
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise BankError(f"{name}: no such file") from None
    except IsADirectoryError:
        raise BankError(f"{name}: is a folder, not a question bank") from None
    except UnicodeDecodeError:
        raise BankError(f"{name}: not UTF-8 text, so not a question bank") from None
    except OSError as exc:
        raise BankError(f"{name}: cannot read ({exc.strerror})") from None
    return parse_bank(text, name=name)


def parse_bank(text: str, *, name: str = "bank.json") -> QuestionBank:
    """Check and convert a bank's JSON text; ``name`` is used in error messages."""
    try:
        data = json.loads(text, parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        raise BankError(
            f"{name}: not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
        ) from None
    except _NotANumber as exc:
        raise BankError(f"{name}: {exc} is not a number JSON allows; write a number") from None
    except RecursionError:
        raise BankError(f"{name}: nested too deeply to be a question bank") from None
    return from_dict(data, name=name)


class _NotANumber(ValueError):
    pass


def _no_constant(word: str) -> Any:
    raise _NotANumber(word)


def _check_writable(data: Any, name: str) -> None:
    """BankError for what no writer can write: deep nesting, lone surrogates, NaN."""
    stack: list[tuple[Any, int, str]] = [(data, 0, "")]
    while stack:
        value, depth, where = stack.pop()
        if depth > MAX_DEPTH:
            raise BankError(f"{name}: nested too deeply to be a question bank (at {where or 'the top'})")
        if isinstance(value, dict):
            for key, item in value.items():
                _check_string(key, name, where)
                stack.append((item, depth + 1, f"{where}.{key}" if where else str(key)))
        elif isinstance(value, list):
            stack.extend((item, depth + 1, f"{where}[{index + 1}]") for index, item in enumerate(value))
        elif isinstance(value, str):
            _check_string(value, name, where)
        elif isinstance(value, float) and not math.isfinite(value):
            raise BankError(f"{name}: {where}: {value} is not a number JSON allows; write a number")


def _check_string(text: str, name: str, where: str) -> None:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        char = text[exc.start]
        raise BankError(
            f"{name}: {where or 'a key'}: holds a lone surrogate (\\u{ord(char):04x}), which is not a "
            "character; remove it"
        ) from None


def from_dict(data: Any, *, name: str = "bank.json") -> QuestionBank:
    """Check and convert parsed bank JSON into a QuestionBank."""
    if not isinstance(data, dict) or "quizgen" not in data:
        raise BankError(
            f'{name}: not a quizgen question bank (no "quizgen" key at the top); '
            "write one with: quizgen export CHAPTER --to json"
        )
    _check_writable(data, name)
    top = _Fields(data, where=f"{name}:", allowed=_TOP_FIELDS, what="a question bank")
    top.text("quizgen", required=True)
    schema = top.number("schema") if "schema" in data else 1
    if schema != int(schema) or not 1 <= schema <= SCHEMA_VERSION:
        top.fail("schema", f"is {schema:g}; this quizgen reads banks of schema 1 to {SCHEMA_VERSION} "
                           "(a newer quizgen wrote it?)")
    title = top.text("title", required=True)
    sources = tuple(
        _source_file(item, where=f"{name}: source {index}")
        for index, item in enumerate(top.array("sources", required=True), start=1)
    )
    questions: list[Question] = []
    seen: dict[str, int] = {}
    for index, item in enumerate(top.array("questions", required=True), start=1):
        question = _question(item, name=name, index=index)
        if question.id in seen:
            raise BankError(
                f'{name}: question {index} ({question.id}): "id" is also the id of '
                f"question {seen[question.id]}; ids must be unique"
            )
        seen[question.id] = index
        questions.append(question)
    return QuestionBank(title=title, sources=sources, questions=tuple(questions))


def _source_file(item: Any, *, where: str) -> SourceFile:
    fields = _Fields(item, where=f"{where}:", allowed=("path", "sha256"), what="a source")
    return SourceFile(path=fields.text("path", required=True), sha256=fields.text("sha256"))


def _question(item: Any, *, name: str, index: int) -> Question:
    qid = item.get("id") if isinstance(item, dict) else None
    shown = repr(qid)[1:-1] if isinstance(qid, str) else ""  # an id may hold a line break
    label = f"{name}: question {index}" + (f" ({shown})" if shown else "")
    q = _Fields(item, where=f"{label}:", allowed=_QUESTION_FIELDS, what="a question")
    qid = q.text("id", required=True, nonempty=True)
    if _ID_FORBIDDEN.search(qid):
        q.fail("id", "must not hold a line break or control character")
    qtype = q.text("type", required=True)
    if qtype not in QUESTION_TYPES:
        q.fail("type", f"must be one of {', '.join(QUESTION_TYPES)}, not {qtype!r}")
    prompt = q.text("prompt", required=True, nonempty=True)
    answer = q.text("answer", required=True, nonempty=qtype not in _STRUCTURED_TYPES)
    choices = tuple(q.strings("choices"))
    pairs = tuple(q.pairs("pairs"))
    sequence = tuple(q.strings("sequence"))
    context = q.text("context")
    span = q.span("span")
    accept = tuple(q.strings("accept"))
    explanation = q.text("explanation")
    score = q.number("score")
    tags = tuple(q.strings("tags"))

    fact_fields = _Fields(q.object("fact", required=True), where=f"{label}: fact:",
                          allowed=_FACT_FIELDS, what="a fact")
    fact = FactInfo(
        kind=fact_fields.text("kind", required=True),
        term=fact_fields.text("term"),
        definition=fact_fields.text("definition"),
        id=fact_fields.text("id"),
    )
    if _ID_FORBIDDEN.search(fact.id):
        fact_fields.fail("id", "must not hold a line break or control character")
    source_fields = _Fields(q.object("source", required=True), where=f"{label}: source:",
                            allowed=_SOURCE_FIELDS, what="a source")
    source = SourceRef(
        file=source_fields.text("file", required=True),
        sentence=source_fields.text("sentence", required=True),
        section=source_fields.text("section"),
        page=source_fields.page("page"),
        chapter=source_fields.text("chapter"),
    )

    for key, items in (("choices", choices), ("pairs", pairs), ("sequence", sequence)):
        if len(items) > MAX_LETTERED:
            q.fail(key, f"has {len(items)} items; a quiz letters at most {MAX_LETTERED} (A to Z)")
    if qtype in ("multiple_choice", "true_false"):
        if len(choices) < 2:
            q.fail("choices", "must list at least two choices")
        if len(set(choices)) != len(choices):
            q.fail("choices", "must not repeat a choice")
        if answer not in choices:
            q.fail("choices", f"must contain the answer ({answer!r})")
    elif qtype == "matching":
        if len(pairs) < 2:
            q.fail("pairs", "must list at least two [left, right] pairs")
        lefts = [left for left, _ in pairs]
        if len(set(lefts)) != len(lefts):
            q.fail("pairs", "must not repeat a left-hand item")
    elif qtype == "ordering":
        if len(sequence) < 2:
            q.fail("sequence", "must list at least two items")
        if len(set(sequence)) != len(sequence):
            q.fail("sequence", "must not repeat an item")
        if choices and sorted(choices) != sorted(sequence):
            q.fail("choices", 'must hold the same items as "sequence" (or be left out)')
    elif qtype == "cloze":
        context, span = _locate_cloze(q, prompt=prompt, answer=answer, context=context, span=span)

    return Question(
        id=qid, type=qtype, prompt=prompt, answer=answer, source=source, fact=fact,
        choices=choices, pairs=pairs, sequence=sequence, context=context, span=span,
        explanation=explanation, score=score, tags=tags, accept=accept,
    )


def _locate_cloze(
    q: _Fields, *, prompt: str, answer: str, context: str, span: tuple[int, int] | None
) -> tuple[str, tuple[int, int]]:
    """The cloze's context and the span of its answer in it, after a teacher's edits.

    Unedited: the span already holds the answer. Context or answer edited: the
    answer's occurrence nearest the old span. Answer edited to words the context
    lacks: the new answer takes the old span's place, or, without a span, the
    place the prompt's text around its blank frames.
    """
    if not context:
        q.fail("context", "must hold the full statement of a cloze question")
    if span is not None and span[1] <= len(context) and context[span[0]:span[1]] == answer:
        return context, span
    starts = [i for i in range(len(context)) if context.startswith(answer, i)]
    if starts:
        old = span[0] if span is not None else 0
        start = min(starts, key=lambda i: (abs(i - old), i))
        return context, (start, start + len(answer))
    blank = _BLANK.search(prompt)
    if blank and span is not None and 0 <= span[0] <= span[1] <= len(context):
        # Only the answer was edited, and the prompt still frames the old span
        # (its "a(n)" standing for the context's "a" or "an"): the new answer takes its place.
        start, end = span
        if _article_free(context[:start]) == _article_free(prompt[: blank.start()]) and context[end:] == prompt[blank.end() :]:
            return context[:start] + answer + context[end:], (start, start + len(answer))
    if blank:
        before, after = prompt[: blank.start()], prompt[blank.end() :]
        if (len(before) + len(after) <= len(context)
                and context.startswith(before) and context.endswith(after)):
            return before + answer + after, (len(before), len(before) + len(answer))
    q.fail("answer", f'must appear in "context" (not found: {answer!r})')


def _article_free(text: str) -> str:
    """Text before a blank with its closing article made neutral: "An " = "A(n) ", and
    an article alone (the sentence's first word, left out of the prompt) = ""."""
    if re.fullmatch(r"\s*(?:an?|a\(n\))\s*", text, re.IGNORECASE):
        return ""
    return re.sub(r"(^|\s)(an?|a\(n\))\s*$", r"\1a(n) ", text, flags=re.IGNORECASE)


class _Fields:
    """Typed access to one JSON object's fields; every failure names the field."""

    def __init__(self, data: Any, *, where: str, allowed: tuple[str, ...], what: str) -> None:
        self.where = where
        if not isinstance(data, dict):
            raise BankError(f"{where} must be a JSON object ({{...}}), not {_kind(data)}")
        unknown = [key for key in data if key not in allowed]
        if unknown:
            raise BankError(
                f'{where} "{unknown[0]}" is not a field of {what} '
                f"(fields: {', '.join(allowed)})"
            )
        self.data: dict[str, Any] = data

    def fail(self, key: str, problem: str) -> NoReturn:
        raise BankError(f'{self.where} "{key}" {problem}')

    def _get(self, key: str, required: bool, check: Callable[[Any], bool], want: str) -> Any:
        if key not in self.data:
            if required:
                self.fail(key, "is missing")
            return None
        value = self.data[key]
        if not check(value):
            self.fail(key, f"must be {want}, not {_kind(value)}")
        return value

    def text(self, key: str, *, required: bool = False, nonempty: bool = False) -> str:
        value = self._get(key, required, lambda v: isinstance(v, str), "a string")
        if nonempty and not (value or "").strip():
            self.fail(key, "must not be empty")
        return value or ""

    def number(self, key: str) -> float:
        value = self._get(
            key, False, lambda v: isinstance(v, int | float) and not isinstance(v, bool), "a number"
        )
        return float(value) if value is not None else 0.0

    def page(self, key: str) -> int | None:
        return self._get(
            key, False,
            lambda v: v is None or (isinstance(v, int) and not isinstance(v, bool) and v >= 0),
            "a page number or null",
        )

    def array(self, key: str, *, required: bool = False) -> list[Any]:
        return self._get(key, required, lambda v: isinstance(v, list), "a list") or []

    def object(self, key: str, *, required: bool = False) -> Any:
        return self._get(key, required, lambda v: True, "an object")

    def strings(self, key: str) -> list[str]:
        items = self.array(key)
        for position, item in enumerate(items, start=1):
            if not isinstance(item, str) or not item.strip():
                self.fail(key, f"item {position} must be a non-empty string, not {_kind(item)}")
        return items

    def pairs(self, key: str) -> list[tuple[str, str]]:
        pairs = []
        for position, item in enumerate(self.array(key), start=1):
            if not (isinstance(item, list) and len(item) == 2
                    and all(isinstance(side, str) and side.strip() for side in item)):
                self.fail(key, f"item {position} must be a [left, right] pair of non-empty strings")
            pairs.append((item[0], item[1]))
        return pairs

    def span(self, key: str) -> tuple[int, int] | None:
        value = self._get(
            key, False,
            lambda v: v is None or (
                isinstance(v, list) and len(v) == 2
                and all(isinstance(n, int) and not isinstance(n, bool) for n in v)
            ),
            "[start, end] or null",
        )
        if value is None:
            return None
        start, end = value
        if not 0 <= start < end:
            self.fail(key, f"must satisfy 0 <= start < end, not {value}")
        return (start, end)


def _kind(value: Any) -> str:
    """How a JSON value reads to a teacher: 'a number', 'a list', 'null', ..."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return f"the number {value}"
    if isinstance(value, str):
        return f"the string {value[:40]!r}"
    if isinstance(value, list):
        return "a list"
    return "an object"
