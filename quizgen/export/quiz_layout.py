"""A printable quiz as plain data: which questions, in which parts, numbered, with points.

Nothing here renders; :mod:`quizgen.export.printable` turns a :class:`Quiz` into
HTML and PDF. Every random choice (question order, choice order, the matching
column, the ordering items) comes from a ``random.Random`` seeded with the
question id, the seed and the version label, so the same bank and seed give the
same quiz on every run.

>>> quiz = make_quiz(bank, count=20, seed=1)              # doctest: +SKIP
>>> [(part.title, len(part.items)) for part in quiz.parts]  # doctest: +SKIP
[('Multiple choice', 5), ('True or false', 4), ...]
"""

from __future__ import annotations

import random
import re
import string
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from quizgen.errors import BankError, ExportError
from quizgen.identity import normalise, stable_int
from quizgen.models import QUESTION_TYPES, Question, QuestionBank
from quizgen.questions.cloze import neutral_article

#: Versions are labelled A, B, C, ...; more than 26 versions of one quiz is not a real need.
MAX_VERSIONS = 26

#: A matching question larger than this is hard to lay out and to mark; it is cut down.
MAX_PAIRS = 6

#: Matching sets and ordering questions are worth several points and take room;
#: a quiz holds only a few of each, however many questions it has.
MAX_PER_TYPE: dict[str, int] = {"matching": 2, "ordering": 3}

#: A fill-in line a little longer than the answer, never too short to write on
#: nor long enough to run past the margin (in em of the body font).
MIN_BLANK_EM, MAX_BLANK_EM = 5.0, 22.0

_BLANK = re.compile(r"_{3,}")
_TRUE_FALSE_LEAD = re.compile(r"^\s*true\s+or\s+false\s*[:?.-]\s*", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class PartSpec:
    """How one question type is presented: its part's title and instructions."""

    type: str
    title: str
    instructions: str


#: The parts in the order a student meets them: quick recognition first, writing last.
PART_SPECS: tuple[PartSpec, ...] = (
    PartSpec("multiple_choice", "Multiple choice", "Circle the letter of the best answer."),
    PartSpec("true_false", "True or false", "Circle True if the statement is correct and False if it is not."),
    PartSpec("matching", "Matching", "Write the letter of the matching description on the line beside each item. Use each letter once."),
    PartSpec("cloze", "Fill in the blank", "Write the missing word or words on the line."),
    PartSpec("term_definition", "Key terms", "Answer each question about a key term of the chapter."),
    PartSpec("short_answer", "Short answer", "Answer each question in a few words or a sentence."),
    PartSpec("ordering", "Ordering", "Write 1 on the line beside the item that comes first, 2 beside the next, and so on."),
)
_SPEC_BY_TYPE = {spec.type: spec for spec in PART_SPECS}


@dataclass(frozen=True, slots=True)
class QuizItem:
    """One numbered question as printed.

    ``text`` is the prompt to show; for cloze (and a multiple-choice question
    whose stem is a cloze) ``before``/``after`` surround the blank instead and
    ``blank_em`` is the blank's length. ``choices`` are in printed order with
    ``answer_letter`` the right one. For matching, ``left`` is printed in order
    and ``right`` shuffled, ``matches`` giving the right letter for each left
    item. For ordering, ``items`` are printed shuffled and ``order`` lists their
    letters in the right order. ``lines`` is the room to write, in ruled lines.
    """

    number: int
    question: Question
    points: int
    text: str = ""
    before: str = ""
    after: str = ""
    blank_em: float = 0.0
    choices: tuple[str, ...] = ()
    answer_letter: str = ""
    left: tuple[str, ...] = ()
    right: tuple[str, ...] = ()
    matches: tuple[str, ...] = ()
    items: tuple[str, ...] = ()
    order: tuple[str, ...] = ()
    lines: int = 0

    @property
    def has_blank(self) -> bool:
        return self.blank_em > 0

    @property
    def key_answer(self) -> str:
        """The right answer as one line of plain text, as the key prints it."""
        q = self.question
        if self.choices and q.type == "multiple_choice":
            return f"{self.answer_letter}. {q.answer}"
        if self.matches:
            return ", ".join(f"{n}–{letter}" for n, letter in enumerate(self.matches, start=1))
        if self.order:
            return ", ".join(self.order)
        return q.answer


@dataclass(frozen=True, slots=True)
class QuizPart:
    """The questions of one type, under one title and one set of instructions."""

    numeral: str
    type: str
    title: str
    instructions: str
    items: tuple[QuizItem, ...]

    @property
    def points(self) -> int:
        return sum(item.points for item in self.items)

    @property
    def first(self) -> int:
        return self.items[0].number

    @property
    def last(self) -> int:
        return self.items[-1].number


@dataclass(frozen=True, slots=True)
class Quiz:
    """One version of a quiz: header facts and its parts in order.

    ``version`` is ``""`` for a quiz printed in one version, else ``"A"``, ``"B"``, ...
    """

    title: str
    chapter: str
    sources: tuple[str, ...]
    version: str
    parts: tuple[QuizPart, ...]

    @property
    def items(self) -> tuple[QuizItem, ...]:
        return tuple(item for part in self.parts for item in part.items)

    @property
    def points(self) -> int:
        return sum(part.points for part in self.parts)

    @property
    def question_ids(self) -> frozenset[str]:
        return frozenset(item.question.id for item in self.items)


def check_types(types: Iterable[str] | None) -> tuple[str, ...] | None:
    """The requested question types, validated; None means every type."""
    if types is None:
        return None
    wanted = tuple(dict.fromkeys(t.strip() for t in types if t.strip()))
    unknown = [t for t in wanted if t not in QUESTION_TYPES]
    if unknown:
        raise ExportError(
            f"unknown question type {unknown[0]!r}; choose from {', '.join(QUESTION_TYPES)}"
        )
    return wanted or None


def version_labels(versions: int) -> tuple[str, ...]:
    """``("",)`` for one version, else ``("A", "B", ...)``."""
    if not 1 <= versions <= MAX_VERSIONS:
        raise ExportError(f"--versions must be between 1 and {MAX_VERSIONS}, not {versions}")
    if versions == 1:
        return ("",)
    return tuple(string.ascii_uppercase[:versions])


def pick_questions(
    questions: Sequence[Question],
    *,
    count: int = 20,
    types: Iterable[str] | None = None,
) -> list[Question]:
    """Up to ``count`` questions for one sheet, taken in turn from each type.

    The bank's order (best first) decides within a type; in each round the
    types with the fewest questions go first. On paper every question is in
    view at once, so a question is left out when an earlier one already asks
    the same fact, comes from the same sentence or uses the same key term:
    "What is meant by X?" next to "Which term means ...?" would answer itself.
    Matching and ordering stop at :data:`MAX_PER_TYPE`.
    """
    if count < 1:
        raise ExportError(f"a quiz needs at least one question, not {count}")
    wanted = check_types(types)
    by_type: dict[str, list[Question]] = {}
    for question in questions:
        check_printable(question)
        if wanted is None or question.type in wanted:
            by_type.setdefault(question.type, []).append(_trimmed(question))
    # The scarcest types choose first in every round, so that the one matching
    # set is not crowded out by the many cloze questions that share its terms.
    queues = sorted(
        (by_type[spec.type] for spec in PART_SPECS if spec.type in by_type), key=len
    )
    picked: list[Question] = []
    used: set[str] = set()
    taken: dict[str, int] = {}
    while queues and len(picked) < count:
        for queue in list(queues):
            while queue:
                question = queue.pop(0)
                keys = _giveaway_keys(question)
                if keys & used:
                    continue
                used |= keys
                picked.append(question)
                taken[question.type] = taken.get(question.type, 0) + 1
                if taken[question.type] >= MAX_PER_TYPE.get(question.type, count):
                    queue.clear()
                break
            if not queue:
                queues.remove(queue)
            if len(picked) == count:
                break
    return picked


def make_quiz(
    bank: QuestionBank,
    *,
    count: int = 20,
    types: Iterable[str] | None = None,
    seed: int = 0,
    version: str = "",
    title: str | None = None,
) -> Quiz:
    """One version of a quiz from ``bank``; ``version=""`` keeps the bank's order.

    See :func:`make_versions` for what a labelled version shuffles.
    """
    chosen = pick_questions(bank.questions, count=count, types=types)
    if not chosen:
        kinds = f" of type {', '.join(check_types(types) or ())}" if types else ""
        raise ExportError(f"{bank.title or 'the bank'} has no questions{kinds} to put on a quiz")
    return _layout(bank, chosen, seed=seed, version=version, title=title)


def make_versions(
    bank: QuestionBank,
    *,
    count: int = 20,
    types: Iterable[str] | None = None,
    seed: int = 0,
    versions: int = 1,
    title: str | None = None,
) -> list[Quiz]:
    """The quiz in ``versions`` versions: the same questions, grouped by type.

    One version keeps the bank's order of questions and choices. Two or more
    (labelled A, B, ...) each shuffle the questions within every part and the
    choices of every multiple-choice question; a version's order differs from
    the earlier versions' wherever a part has more than one question.
    """
    labels = version_labels(versions)
    first = make_quiz(bank, count=count, types=types, seed=seed, version=labels[0], title=title)
    chosen = [item.question for item in first.items]
    quizzes = [first]
    for label in labels[1:]:
        quiz = _layout(bank, chosen, seed=seed, version=label, title=title)
        # A small quiz can come out in an earlier version's order; draw again.
        for attempt in range(1, 8):
            if not any(_same_order(quiz, earlier) for earlier in quizzes):
                break
            quiz = replace(_layout(bank, chosen, seed=seed, version=f"{label}{attempt}", title=title), version=label)
        quizzes.append(quiz)
    return quizzes


def check_printable(question: Question) -> None:
    """Raise BankError when a question lacks what its type needs on paper."""
    where = f"question {question.id} ({question.type})"
    if question.type not in QUESTION_TYPES:
        raise BankError(f"{where}: unknown type; expected one of {', '.join(QUESTION_TYPES)}")
    if not question.prompt.strip() and question.type not in ("matching", "ordering"):
        raise BankError(f"{where}: the prompt is empty")
    if question.type == "multiple_choice" and (
        len(question.choices) < 2 or question.answer not in question.choices
    ):
        raise BankError(f"{where}: needs at least two choices, one of them the answer")
    if question.type == "matching" and len(question.pairs) < 2:
        raise BankError(f"{where}: needs at least two pairs")
    if question.type == "ordering" and len(question.sequence) < 2:
        raise BankError(f"{where}: needs at least two items in its sequence")
    for name, items in (("choices", question.choices), ("items", question.sequence)):
        if len(items) > len(string.ascii_uppercase):
            raise BankError(f"{where}: has {len(items)} {name}; a quiz letters at most 26 (A to Z)")


def blank_length(answer: str) -> float:
    """The length in em of a line to write ``answer`` on (by hand, so roomy)."""
    return round(min(MAX_BLANK_EM, max(MIN_BLANK_EM, 0.7 * len(answer) + 2.0)), 1)


def _layout(
    bank: QuestionBank, chosen: Sequence[Question], *, seed: int, version: str, title: str | None
) -> Quiz:
    shuffle = version != ""
    parts: list[QuizPart] = []
    number = 1
    for spec in PART_SPECS:
        questions = [q for q in chosen if q.type == spec.type]
        if not questions:
            continue
        if shuffle:
            _rng(seed, version, "order", spec.type).shuffle(questions)
        items = []
        for question in questions:
            items.append(_item(question, number=number, seed=seed, version=version, shuffle=shuffle))
            number += 1
        parts.append(
            QuizPart(
                numeral=_ROMAN[len(parts)],
                type=spec.type,
                title=spec.title,
                instructions=spec.instructions,
                items=tuple(items),
            )
        )
    chapters = tuple(dict.fromkeys(q.source.chapter for q in chosen if q.source.chapter))
    return Quiz(
        title=(title or "").strip() or bank.title or "Quiz",
        chapter=" · ".join(chapters) or bank.title,
        sources=tuple(dict.fromkeys(_file_name(s.path) for s in bank.sources)),
        version=version,
        parts=tuple(parts),
    )


_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")


def _item(question: Question, *, number: int, seed: int, version: str, shuffle: bool) -> QuizItem:
    kind = question.type
    base = QuizItem(number=number, question=question, points=_points(question))
    if kind == "multiple_choice":
        choices = list(question.choices)
        if shuffle:
            _rng(seed, version, "choices", question.id).shuffle(choices)
        letter = string.ascii_uppercase[choices.index(question.answer)]
        return replace(_with_stem(base, question), choices=tuple(choices), answer_letter=letter)
    if kind == "true_false":
        return replace(base, text=_TRUE_FALSE_LEAD.sub("", question.prompt).strip(), choices=("True", "False"))
    if kind == "cloze":
        return _with_stem(base, question)
    if kind == "matching":
        left = tuple(pair[0] for pair in question.pairs)
        right = _derange([pair[1] for pair in question.pairs], _rng(seed, version, "right", question.id))
        matches = tuple(string.ascii_uppercase[right.index(pair[1])] for pair in question.pairs)
        return replace(base, text=question.prompt.strip() or "Match each item with its description.",
                       left=left, right=tuple(right), matches=matches)
    if kind == "ordering":
        items = _derange(list(question.sequence), _rng(seed, version, "items", question.id))
        order = tuple(string.ascii_uppercase[items.index(entry)] for entry in question.sequence)
        return replace(base, text=question.prompt.strip() or "Put these in the right order.",
                       items=tuple(items), order=order)
    # short_answer, term_definition: a question and room for the answer.
    return replace(base, text=question.prompt.strip(), lines=_lines(question.answer))


def _with_stem(item: QuizItem, question: Question) -> QuizItem:
    """The item with its prompt split around the blank, when it has one; else as text."""
    if question.type == "cloze" and question.context and question.span:
        start, end = question.span
        if 0 <= start < end <= len(question.context):
            return replace(
                item,
                before=neutral_article(question.context[:start]),
                after=question.context[end:],
                blank_em=blank_length(question.context[start:end]),
            )
    match = _BLANK.search(question.prompt)
    if match:
        # A multiple-choice blank takes a letter's worth of writing, not the answer.
        size = blank_length(question.answer) if question.type == "cloze" else MIN_BLANK_EM
        return replace(
            item,
            before=question.prompt[: match.start()],
            after=question.prompt[match.end():],
            blank_em=size,
        )
    return replace(item, text=question.prompt.strip())


def _points(question: Question) -> int:
    if question.type == "matching":
        return len(question.pairs)
    if question.type == "ordering":
        return 2
    if question.type in ("short_answer", "term_definition"):
        return 2 if len(question.answer.split()) > 3 else 1
    return 1


def _lines(answer: str) -> int:
    """Ruled lines to leave: one for a word or a name, more for a definition."""
    words = len(answer.split())
    return 1 if words <= 4 else 2 if words <= 14 else 3


def _trimmed(question: Question) -> Question:
    if question.type == "matching" and len(question.pairs) > MAX_PAIRS:
        return replace(question, pairs=question.pairs[:MAX_PAIRS])
    return question


def _giveaway_keys(question: Question) -> set[str]:
    """What a question reveals or asks: its fact, its sentence and the key terms it names.

    Two questions from one sentence nearly always answer each other ("Who
    closed the site on 29 August 1991?" beside "On what date did Nazarbayev
    close the site?").
    """
    keys = {f"fact:{question.fact.id or question.id}"}
    if question.source.sentence and question.type not in ("matching", "ordering"):
        keys.add(f"sentence:{normalise(question.source.sentence)}")
    if question.fact.term:
        keys.add(f"term:{normalise(question.fact.term)}")
    for pair in question.pairs:
        keys.update(f"term:{normalise(side)}" for side in pair)
    return keys


def _derange(values: list[str], rng: random.Random) -> list[str]:
    """``values`` shuffled, never left in their original order (which would give it away)."""
    shuffled = list(values)
    if len(set(values)) < 2:
        return shuffled
    for _ in range(20):
        rng.shuffle(shuffled)
        if shuffled != values:
            return shuffled
    return shuffled[1:] + shuffled[:1]


def _rng(seed: int, version: str, purpose: str, key: str) -> random.Random:
    return random.Random(stable_int(f"{seed}|{version}|{purpose}|{key}", bits=62))


def _same_order(one: Quiz, other: Quiz) -> bool:
    return [i.question.id for i in one.items] == [i.question.id for i in other.items] and all(
        a.choices == b.choices for a, b in zip(one.items, other.items, strict=True)
    )


def _file_name(path: str) -> str:
    return re.split(r"[\\/]", path)[-1]
