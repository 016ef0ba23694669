"""Every question type from a chapter's facts: the stage between facts and selection.

>>> [q.type for q in make_questions(facts, seed=0)][:4]      # doctest: +SKIP
['cloze', 'short_answer', 'multiple_choice', 'true_false']
"""

from __future__ import annotations

from collections.abc import Sequence

from quizgen.models import Fact, Question
from quizgen.questions.matching import make_matching
from quizgen.questions.multiple_choice import make_multiple_choice
from quizgen.questions.ordering import make_ordering
from quizgen.questions.term_definition import make_term_definition
from quizgen.questions.true_false import make_true_false

#: Fact kinds asked only as a short answer: another passage's reason makes a silly
#: distractor or false statement, and a deleted clause a poor cloze.
SHORT_ANSWER_ONLY: frozenset[str] = frozenset({"cause"})


def make_questions(facts: Sequence[Fact], *, seed: int = 0) -> list[Question]:
    """All candidate questions, unranked: per fact in reading order its cloze,
    short answer, multiple choice, true/false and term/definition cards; then the
    matching sets and ordering questions built across facts.

    Multiple choice takes the short-answer question as its stem where there is
    one (a real question reads better than a blank), else the cloze.
    """
    from quizgen.questions.cloze import make_cloze
    from quizgen.questions.wh import make_short_answer

    questions: list[Question] = []
    # One true-or-false draw per sentence, keyed by a stable id of its first fact.
    polarity: dict[str, str] = {}
    for fact in facts:
        polarity.setdefault(fact.source.sentence, fact.id)
    for fact in facts:
        short_answer = make_short_answer(fact)
        if fact.attr("leans"):
            questions += make_term_definition(fact)  # its sentence leans on the one before
            continue
        if fact.kind in SHORT_ANSWER_ONLY:
            questions += [short_answer] if short_answer is not None else []
            continue
        cloze = make_cloze(fact)
        questions += [q for q in (cloze, short_answer) if q is not None]
        stem = short_answer or cloze
        if stem is not None:
            multiple_choice = make_multiple_choice(fact, stem, facts, seed=seed)
            if multiple_choice is not None:
                questions.append(multiple_choice)
        questions += make_true_false(fact, facts, seed=seed, polarity_key=polarity[fact.source.sentence])
        questions += make_term_definition(fact)
    questions += make_matching(facts)
    questions += make_ordering(facts, seed=seed)
    return questions
