"""Ranking and selection: score each question, drop near duplicates, pick the best N
with coverage across sections and question types.

>>> [q.type for q in select(questions, count=3, seed=0)]     # doctest: +SKIP
['term_definition', 'multiple_choice', 'cloze']
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from quizgen.errors import QuizgenError
from quizgen.identity import normalise, stable_int
from quizgen.models import QUESTION_TYPES, Question, QuestionBank
from quizgen.questions.distractors import key, mentions
from quizgen.questions.true_false import stands_alone
from quizgen.questions.worth import KEY_TERM_TAG
from quizgen.rules.ranking import (
    LONG_TERM,
    OVERALL_RATE,
    PRIOR_VERDICTS,
    QUIZ_BAR,
    REVIEWED,
    SHORT_GLOSS,
)

#: How much a fact of each kind is worth knowing (definitions are what a chapter teaches),
#: for a kind and type that no blind review has judged (:data:`REVIEWED`).
KIND_WEIGHTS: dict[str, float] = {
    "definition": 1.0,
    "term": 0.9,
    "cause": 0.85,
    "date": 0.6,
    "person": 0.75,
    "quantity": 0.6,
    "quotation": 0.7,
    "comparison": 0.7,
    "enumeration": 0.55,
}
#: How much each question type tests (recall over recognition; true/false is half luck).
TYPE_WEIGHTS: dict[str, float] = {
    "term_definition": 1.0,
    "matching": 0.95,
    "multiple_choice": 0.95,
    "short_answer": 0.9,
    "ordering": 0.9,
    "cloze": 0.85,
    "true_false": 0.75,
}
DEFAULT_WEIGHT = 0.6
#: What a key term (set in bold by the authors) adds to a question's score: reviewers
#: took 88% of key-term cards and 80% of the others.
KEY_TERM_BONUS = 0.05

#: Questions scoring below this do not pass the bar (precision first): every question
#: without a sign of a bad parse scores above it, and two such signs take most below it.
MIN_SCORE = 0.1
#: Prompts longer than this many words start losing points; answers longer than
#: ANSWER_WORDS (other than definitions) are more likely a bad parse than a fact.
PROMPT_WORDS, ANSWER_WORDS = 35, 8
#: Prompts whose word sets overlap this much, with the same answer, count once.
NEAR_DUPLICATE = 0.85

#: Words an answer span should not start or end with: signs of a bad parse.
_LOOSE_ENDS = frozenset("and or of to in on at by for with from that which the a an".split())
_OPEN_CLOSE = (("(", ")"), ("[", "]"), ("“", "”"))
#: Types that state their answer in the prompt by design.
_STATES_ANSWER = frozenset({"true_false", "matching", "ordering"})


@dataclass(frozen=True, slots=True)
class ChapterStats:
    """What the score needs to know about the rest of the chapter: its sentences
    (in reading order) and the section of each."""

    sentences: tuple[str, ...]
    sections: tuple[str, ...]
    _padded: tuple[str, ...] = field(init=False, repr=False)
    _positions: dict[str, float] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_padded", tuple(f" {normalise(s)} " for s in self.sentences))
        by_section: dict[str, list[str]] = {}
        for sentence, section in zip(self.sentences, self.sections, strict=True):
            by_section.setdefault(section, []).append(sentence)
        positions: dict[str, float] = {}
        for in_section in by_section.values():
            last = max(len(in_section) - 1, 1)
            for index, sentence in enumerate(in_section):
                positions.setdefault(sentence, 1.0 - index / last)
        object.__setattr__(self, "_positions", positions)

    @classmethod
    def from_questions(cls, questions: Sequence[Question]) -> ChapterStats:
        seen: dict[str, str] = {}
        for question in questions:
            seen.setdefault(question.source.sentence, question.source.section)
        return cls(sentences=tuple(seen), sections=tuple(seen.values()))

    def mentions(self, phrase: str) -> int:
        """How many of the chapter's sentences mention ``phrase`` (as whole words)."""
        needle = key(phrase)
        return sum(1 for padded in self._padded if needle and f" {needle} " in padded)

    def position(self, sentence: str) -> float:
        """1.0 for the first sentence of its section, falling to 0.0 for the last."""
        return self._positions.get(sentence, 1.0)


@dataclass(frozen=True, slots=True)
class Features:
    """The inputs of a question's score, each in plain sight."""

    kind_weight: float
    type_weight: float
    reviewed: float
    shape: float
    centrality: float
    position: float
    length_penalty: float
    parse_flags: tuple[str, ...]
    rejected: str = ""


def question_features(question: Question, *, stats: ChapterStats | None = None) -> Features:
    """The features :func:`score_question` combines (see there)."""
    stats = stats or ChapterStats.from_questions([question])
    kind_weight = KIND_WEIGHTS.get(question.fact.kind, DEFAULT_WEIGHT)
    type_weight = TYPE_WEIGHTS.get(question.type, DEFAULT_WEIGHT)
    subject = question.fact.term or question.answer
    if question.type in ("matching", "ordering"):
        centrality = 0.5
    else:
        others = max(stats.mentions(subject) - 1, 0)
        centrality = min(1.0, math.log1p(others) / math.log(5))
    position = stats.position(question.source.sentence)
    words = len(question.prompt.split())
    length_penalty = min(1.0, max(0, words - PROMPT_WORDS) / 20)
    if question.fact.kind != "definition" and len(question.answer.split()) > ANSWER_WORDS:
        length_penalty = min(1.0, length_penalty + 0.5)
    return Features(
        kind_weight=kind_weight,
        type_weight=type_weight,
        reviewed=round(reviewed_rate(question.fact.kind, review_form(question), type_weight), 3),
        shape=_shape(question),
        centrality=round(centrality, 3),
        position=round(position, 3),
        length_penalty=round(length_penalty, 3),
        parse_flags=_parse_flags(question),
        rejected=_rejection(question),
    )


def score_question(question: Question, *, stats: ChapterStats | None = None) -> float:
    """A score in [0, 1], rounded to 3 decimals; 0 for a question that must not be asked.

    ``kind × reviewed × shape × (0.7 + 0.2·centrality + 0.1·position) − 0.15·length − 0.2·flags``:

    - kind: how worth knowing the fact is (:data:`KIND_WEIGHTS`, definitions highest);
    - reviewed: the share of questions of its fact kind and type that blind reviewers
      accepted (:data:`~quizgen.rules.ranking.REVIEWED`, pulled towards the overall
      rate when few were judged); for a pair never judged, how much the type tests
      (:data:`TYPE_WEIGHTS`);
    - shape: less for a definition whose gloss is a few words or whose term is a
      phrase of three words or more (:mod:`quizgen.rules.ranking`);
    - centrality: how many other sentences of the chapter mention the term (or the
      answer), 0 for none, 1 for four or more, on a log scale;
    - position: 1 for the first sentence of its section (where key ideas are
      introduced), down to 0 for the last;
    - length: how far the prompt runs past 35 words, plus 0.5 for an answer of
      more than 8 words that is not a definition;
    - key term: plus :data:`KEY_TERM_BONUS` for a question about a term the authors
      set in bold;
    - flags: one per sign of a bad parse (unbalanced brackets or quotes, an answer
      starting or ending with a function word or punctuation, a prompt starting in
      lower case, a stray backslash or double space).

    Score 0 (rejected): no source sentence; an answer that is empty or stated in its
    own prompt; a statement that leans on an earlier sentence ("He", "These
    countries"); multiple choice without its answer exactly once among four choices.
    """
    features = question_features(question, stats=stats)
    if features.rejected:
        return 0.0
    base = features.reviewed * features.kind_weight * features.shape
    score = base * (0.7 + 0.2 * features.centrality + 0.1 * features.position)
    score -= 0.15 * features.length_penalty + 0.2 * len(features.parse_flags)
    if KEY_TERM_TAG in question.tags:
        score += KEY_TERM_BONUS
    return round(min(1.0, max(0.0, score)), 3)


def review_form(question: Question) -> str:
    """The question's type, or a term card's direction: the forms the reviews are counted by.

    >>> review_form(reverse_card), review_form(cloze)     # doctest: +SKIP
    ('definition_to_term', 'cloze')
    """
    if question.type == "term_definition":
        return next((t for t in question.tags if t.endswith(("_to_definition", "_to_term"))), question.type)
    return question.type


def reviewed_rate(kind: str, form: str, unreviewed: float) -> float:
    """The share of ``kind`` questions of ``form`` (:func:`review_form`) that blind reviewers accepted, as if
    :data:`PRIOR_VERDICTS` more had been judged at the overall rate; ``unreviewed``
    for a pair never judged.

    >>> reviewed_rate("role", "short_answer", 0.5), reviewed_rate("idiom", "cloze", 0.5)
    (0.4, 0.5)
    """
    if (kind, form) not in REVIEWED:
        return unreviewed
    accepted, judged = REVIEWED[(kind, form)]
    return (accepted + PRIOR_VERDICTS * OVERALL_RATE) / (judged + PRIOR_VERDICTS)


def fit_for_a_quiz(question: Question) -> bool:
    """False for a question of a kind and type that blind reviewers struck too often
    for a printed quiz (:data:`~quizgen.rules.ranking.QUIZ_BAR`), or whose definition
    is too short or its term too long to stand there."""
    rate = reviewed_rate(question.fact.kind, review_form(question), 1.0)
    return rate * _shape(question) >= QUIZ_BAR


def for_a_quiz(bank: QuestionBank, types: Sequence[str] | None = None) -> QuestionBank:
    """The bank less what is not :func:`fit_for_a_quiz`: what a printed quiz picks from.
    Types named by the teacher are kept whole ("multiple choice" asks for the year
    questions reviewers liked less), and a bank with nothing fit stays whole: a short
    quiz with a warning beats no quiz."""
    if types:
        return bank
    fit = tuple(q for q in bank.questions if fit_for_a_quiz(q))
    return replace(bank, questions=fit) if fit else bank


def _shape(question: Question) -> float:
    if question.fact.kind not in ("definition", "term"):
        return 1.0
    factor = 1.0
    gloss = len(question.fact.definition.split())
    for most, weight in SHORT_GLOSS:
        if 0 < gloss <= most:
            factor *= weight
            break
    term = len(question.fact.term.split())
    for least, weight in LONG_TERM:
        if term >= least:
            factor *= weight
            break
    return factor


def deduplicate(questions: Sequence[Question]) -> list[Question]:
    """The questions without repeats, in their given order, keeping the better-scored copy.

    A repeat is the same fact asked in the same form (same fact id and type; the
    two directions of a term/definition card are two forms), a second true/false
    statement made from the same sentence (it would give the first away), or a prompt of the
    same type that is nearly the same words with the same answer (the same
    sentence reached through two facts). Of two questions with one id (a term
    defined again in a later chapter) the first is kept.
    """
    best: dict[tuple[str, str, str], int] = {}
    kept: list[Question] = []
    ids: set[str] = set()
    for question in questions:
        if question.id in ids:
            continue  # one term defined in two chapters: one question, learned once
        ids.add(question.id)
        form = _form(question)
        if form in best:
            index = best[form]
            if question.score > kept[index].score:
                kept[index] = question
            continue
        best[form] = len(kept)
        kept.append(question)
    result: list[Question] = []
    prompts: dict[tuple[str, str], list[frozenset[str]]] = {}
    for question in sorted(kept, key=lambda q: -q.score):
        same_answer = prompts.setdefault((question.type, normalise(question.answer)), [])
        words = frozenset(normalise(question.prompt).split())
        if any(_near(words, other) for other in same_answer):
            continue
        same_answer.append(words)
        result.append(question)
    order = {id(q): i for i, q in enumerate(kept)}
    return sorted(result, key=lambda q: order[id(q)])


#: Question types made from a chapter only when asked for by name: every ordering
#: question in five blind reviews (0 of 8) was struck, for events that common sense
#: sorts or fragments that are not events. A teacher's bank keeps the ones it holds.
OPT_IN_TYPES: frozenset[str] = frozenset({"ordering"})


def by_default(questions: Sequence[Question], types: Sequence[str] | None) -> list[Question]:
    """A chapter's questions less the :data:`OPT_IN_TYPES`, unless ``types`` names types."""
    return list(questions) if types else [q for q in questions if q.type not in OPT_IN_TYPES]


def select(
    questions: Sequence[Question],
    *,
    count: int | None = None,
    types: Sequence[str] | None = None,
    seed: int = 0,
    bar: float = MIN_SCORE,
) -> list[Question]:
    """The questions that pass the bar, best first, each with its :attr:`Question.score`.

    ``bar`` is the lowest score kept (0 keeps every question, e.g. a teacher's own
    bank, and only ranks and samples).

    ``types`` keeps only those question types (names from ``QUESTION_TYPES``;
    ``multiple-choice`` is accepted for ``multiple_choice``); an unknown name raises
    :class:`QuizgenError` listing the valid ones. ``count`` keeps the best N while
    spreading them over sections, question types, facts and sentences: each pick
    is the best score after a penalty for what has already been picked from the
    same section, type, fact and sentence, and leaves out what is not
    :func:`fit_for_a_quiz` (unless ``types`` names the types, or nothing is). ``seed`` breaks ties between equal
    scores; the same questions and seed always give the same selection.
    """
    wanted = _valid_types(types)
    if count is not None and count < 0:
        raise QuizgenError(f"count must be zero or more, not {count}")
    candidates = [q for q in questions if wanted is None or q.type in wanted]
    stats = ChapterStats.from_questions(candidates)
    scored = [replace(q, score=score_question(q, stats=stats)) for q in candidates]
    passing = deduplicate([q for q in scored if q.score >= bar])
    ranked = sorted(passing, key=lambda q: (-q.score, _tiebreak(q, seed)))
    if count is None:
        return ranked
    fit = [q for q in ranked if wanted is not None or fit_for_a_quiz(q)]  # types named: what was asked for
    return _spread(fit or ranked, count, seed=seed)


def _spread(ranked: list[Question], count: int, *, seed: int) -> list[Question]:
    """The best ``count`` of ``ranked``, spread over sections and types, and at most one
    question per fact, per defined term and per source sentence: two questions of one
    sentence ("ethos" asked as a card, a cloze and its reverse) give each other away
    in one quiz, so a chapter with fewer than ``count`` such facts gives a shorter
    quiz. (A deck, selected without ``count``, keeps every form: Anki buries siblings.)"""
    if not ranked:
        return []
    sections = {q.source.section for q in ranked}
    kinds = {q.type for q in ranked}
    section_share = max(1.0, count / len(sections))
    type_share = max(1.0, count / len(kinds))
    picked: list[Question] = []
    by_section: Counter[str] = Counter()
    by_type: Counter[str] = Counter()
    taken: set[str] = set()
    remaining = list(ranked)
    while remaining and len(picked) < count:
        remaining = [q for q in remaining if not taken & _what_it_tests(q)]
        if not remaining:
            break

        def adjusted(q: Question) -> tuple[float, int]:
            penalty = (
                0.15 * by_section[q.source.section] / section_share
                + 0.1 * by_type[q.type] / type_share
            )
            return (q.score - penalty, -_tiebreak(q, seed))

        best = max(remaining, key=adjusted)
        remaining.remove(best)
        picked.append(best)
        by_section[best.source.section] += 1
        by_type[best.type] += 1
        taken |= _what_it_tests(best)
    return picked


def _what_it_tests(question: Question) -> set[str]:
    """Keys a quiz holds once: the question's fact, its source sentence and, for a
    definition, its term (one term may be defined by two facts, its sentence and
    the glossary)."""
    keys = {"fact:" + (question.fact.id or question.id)}
    if question.source.sentence.strip():
        keys.add("sentence:" + normalise(question.source.sentence))
    if question.fact.kind in ("definition", "term") and question.fact.term.strip():
        keys.add("term:" + normalise(question.fact.term))
    return keys


def _valid_types(types: Sequence[str] | None) -> frozenset[str] | None:
    if types is None:
        return None
    wanted = {t.strip().lower().replace("-", "_") for t in types if t.strip()}
    unknown = sorted(wanted - set(QUESTION_TYPES))
    if unknown:
        raise QuizgenError(
            f"unknown question type {', '.join(repr(t) for t in unknown)}; "
            f"choose from: {', '.join(QUESTION_TYPES)}"
        )
    return frozenset(wanted)


def _tiebreak(question: Question, seed: int) -> int:
    return stable_int(f"{question.id}|{seed}|select")


def _form(question: Question) -> tuple[str, str, str]:
    if question.type == "true_false":
        # Two statements of one sentence (one true, one falsified, or two falsified in
        # different places) give each other away: one per sentence.
        return ("", question.type, question.source.sentence or question.id)
    direction = ""
    if question.type == "term_definition":
        direction = next(
            (t for t in question.tags if t.endswith(("_to_definition", "_to_term"))), ""
        )
    return (question.fact.id or question.id, question.type, direction)


def _near(a: frozenset[str], b: frozenset[str]) -> bool:
    union = a | b
    return bool(union) and len(a & b) / len(union) >= NEAR_DUPLICATE


def _parse_flags(question: Question) -> tuple[str, ...]:
    flags: list[str] = []
    texts = (question.prompt, question.answer)
    for opening, closing in _OPEN_CLOSE:
        if any(text.count(opening) != text.count(closing) for text in texts):
            flags.append(f"unbalanced {opening}{closing}")
    if any(text.count('"') % 2 for text in texts):
        flags.append('unbalanced "')
    answer_words = question.answer.split()
    if question.type not in _STATES_ANSWER and answer_words:
        ends = {answer_words[0].lower(), answer_words[-1].lower()}
        if ends & _LOOSE_ENDS and question.fact.kind != "definition":
            flags.append("answer starts or ends with a function word")
        if question.answer[:1] in ",.;:-–—" or question.answer[-1:] in ",;:-–—":
            flags.append("answer starts or ends with punctuation")
    first = question.prompt.lstrip("_ ")[:1]
    if question.prompt[:1] != "_" and first.islower():
        flags.append("prompt starts in lower case")
    if "\\" in question.prompt or "  " in question.prompt:
        flags.append("stray backslash or double space")
    return tuple(flags)


def _rejection(question: Question) -> str:
    if not question.source.sentence.strip():
        return "no source sentence"
    if question.type not in ("matching", "ordering") and not question.answer.strip():
        return "no answer"
    if question.type not in _STATES_ANSWER and mentions(question.prompt, question.answer):
        return "prompt states the answer"
    if question.type in ("cloze", "true_false", "multiple_choice"):
        statement = question.prompt.removeprefix("True or false: ")
        if question.type != "multiple_choice" or "_____" in statement:
            if not stands_alone(statement.replace("_____", "X")):
                return "statement leans on an earlier sentence"
    if question.type == "multiple_choice":
        if len(question.choices) < 4 or question.choices.count(question.answer) != 1:
            return "choices must hold the answer once among four"
    return ""
