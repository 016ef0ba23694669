"""One row per question, for spreadsheets, Quizlet-style imports and Anki's text importer.

The first two columns are the question and its answer, so that a
term/definition import (Quizlet, Anki's "Basic" note type) needs no column
mapping; the rest say what kind of question it is and where it comes from.
Rows come in bank order, after one header row; fields are quoted where needed
(a comma, tab, quote or line break inside), and the text is UTF-8.

The CSV is for spreadsheets, so it starts with a UTF-8 byte-order mark (Excel
on Windows otherwise reads "–" and "’" as mojibake; ``bom=False`` leaves it
out) and a cell that would start a formula (``= + - @``, a tab or a carriage
return: "-40 degrees") gets a leading apostrophe, which spreadsheets take as
"this is text" (:func:`spreadsheet_cell`).

>>> print(to_csv(bank).splitlines()[0])         # doctest: +SKIP
question,answer,type,choices,explanation,chapter,section,page,source,id,tags

The TSV starts with Anki's file headers (``#separator:tab``, ``#html:false``,
``#tags column:11``, ``#columns:Front\tBack\tType...``) instead of a plain header
row, so that Anki's importer reads it without a header note and fills a
"Basic" note's Front and Back from the first two columns.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable

from quizgen.export.formats import answer_text
from quizgen.models import Question, QuestionBank

COLUMNS: tuple[str, ...] = (
    "question", "answer", "type", "choices", "explanation",
    "chapter", "section", "page", "source", "id", "tags",
)

#: The TSV's column names: Anki matches them to note fields by name, so the
#: question and answer are named after the "Basic" note type's Front and Back.
ANKI_COLUMNS: tuple[str, ...] = ("Front", "Back", *(name.capitalize() for name in COLUMNS[2:]))

#: Joins several values in one cell; a pipe rarely appears in chapter text.
CELL_SEPARATOR = " | "


def rows(bank: QuestionBank) -> list[tuple[str, ...]]:
    """The header row, then one row per question, in bank order."""
    return [COLUMNS, *(_row(question) for question in bank.questions)]


def _row(question: Question) -> tuple[str, ...]:
    if question.type == "ordering":
        shown = question.choices or question.sequence
    elif question.type == "matching":
        shown = tuple(left for left, _ in question.pairs)
    else:
        shown = question.choices
    return (
        question.prompt,
        answer_text(question),
        question.type,
        CELL_SEPARATOR.join(shown),
        question.explanation,
        question.source.chapter,
        question.source.section,
        "" if question.source.page is None else str(question.source.page),
        question.source.sentence,
        question.id,
        " ".join(question.tags),
    )


#: What makes a spreadsheet read a cell as a formula.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")

BOM = "\ufeff"


def spreadsheet_cell(text: str) -> str:
    """A cell a spreadsheet shows as text: a would-be formula gets a leading apostrophe."""
    return "'" + text if text.startswith(FORMULA_PREFIXES) else text


def _delimited(bank: QuestionBank, delimiter: str, *, cell: Callable[[str], str] = str) -> str:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    writer.writerows([tuple(cell(value) for value in row) for row in rows(bank)])
    return buffer.getvalue()


def to_csv(bank: QuestionBank, *, bom: bool = True) -> str:
    """Comma-separated values (RFC 4180: CRLF line ends, double quotes doubled), for
    spreadsheets: a byte-order mark first unless ``bom`` is False, formulas neutralised."""
    return (BOM if bom else "") + _delimited(bank, ",", cell=spreadsheet_cell)


def to_tsv(bank: QuestionBank) -> str:
    """Tab-separated values, quoted the same way where a field holds a tab or line break,
    after Anki's file headers: Anki's text importer then takes the header as column
    names (not as a note), the text as plain text and the last column as tags.
    Other readers skip the three ``#`` lines as comments."""
    rows = _delimited(bank, "\t").partition("\r\n")[2]
    anki_headers = (
        "#separator:tab\r\n#html:false\r\n"
        f"#tags column:{len(ANKI_COLUMNS)}\r\n#columns:{chr(9).join(ANKI_COLUMNS)}\r\n"
    )
    return anki_headers + rows
