"""Every question type from a chapter's facts: the stage between facts and selection.

>>> [q.type for q in make_questions(facts, seed=0)][:4]      # doctest: +SKIP
['cloze', 'short_answer', 'multiple_choice', 'true_false']
"""

from __future__ import annotations

from collections.abc import Sequence

from quizgen.identity import stable_int
from quizgen.models import Fact, Question
from quizgen.questions.accept import with_accept
from quizgen.questions.matching import make_matching
from quizgen.questions.multiple_choice import make_multiple_choice
from quizgen.questions.ordering import make_ordering
from quizgen.questions.term_definition import make_term_definition
from quizgen.questions.true_false import true_false_pair
from quizgen.questions.worth import fact_worth_asking, question_stands_alone

#: Fact kinds asked only as a short answer: another passage's reason (or another
#: thing's function) makes a silly distractor or false statement, and a deleted clause
#: a poor cloze.
SHORT_ANSWER_ONLY: frozenset[str] = frozenset({"cause", "function"})
#: Fact kinds asked only as a cloze: a key term blanked in the sentence that defines it.
CLOZE_ONLY: frozenset[str] = frozenset({"term"})


def make_questions(facts: Sequence[Fact], *, seed: int = 0) -> list[Question]:
    """All candidate questions, unranked: per fact in reading order its cloze,
    short answer, multiple choice, true/false and term/definition cards; then the
    matching sets and ordering questions built across facts.

    Multiple choice takes the short-answer question as its stem where there is
    one (a real question reads better than a blank), else the cloze.

    True/false: the sentences that have a statement with a safe false twin take
    turns, true and false, in an order the seed fixes; every fact of a sentence
    follows its sentence, so that a chapter holds as many false statements as
    true ones (give or take one) and "always True" does not pay.
    """
    from quizgen.questions.cloze import make_cloze
    from quizgen.questions.wh import make_short_answer

    facts = [fact for fact in facts if fact_worth_asking(fact)]
    slots: list[Question | tuple[str, tuple[Question, Question]]] = []
    first_fact: dict[str, str] = {}
    for fact in facts:
        short_answer = make_short_answer(fact)
        if fact.attr("leans"):
            slots += make_term_definition(fact)  # its sentence leans on the one before
            continue
        if fact.kind in CLOZE_ONLY:
            cloze = make_cloze(fact)
            slots += [cloze] if cloze is not None else []
            continue
        if fact.kind in SHORT_ANSWER_ONLY:
            slots += [short_answer] if short_answer is not None else []
            continue
        cloze = make_cloze(fact)
        slots += [q for q in (cloze, short_answer) if q is not None]
        stem = short_answer or cloze
        if stem is not None:
            multiple_choice = make_multiple_choice(fact, stem, facts, seed=seed)
            if multiple_choice is not None:
                slots.append(multiple_choice)
        pair = true_false_pair(fact, facts, seed=seed)
        # judged before true and false take turns, so that the turns stay even
        if pair is not None and all(question_stands_alone(q) for q in pair):
            first_fact.setdefault(fact.source.sentence, fact.id)
            slots.append((fact.source.sentence, pair))
        slots += make_term_definition(fact)
    order = sorted(first_fact, key=lambda sentence: stable_int(f"{first_fact[sentence]}|{seed}|true_false"))
    is_false = {sentence: rank % 2 == 1 for rank, sentence in enumerate(order)}
    questions = [
        slot if isinstance(slot, Question) else slot[1][1 if is_false[slot[0]] else 0] for slot in slots
    ]
    questions += make_matching(facts)
    questions += make_ordering(facts, seed=seed)
    by_id = {fact.id: fact for fact in facts}
    return [with_accept(q, by_id.get(q.fact.id), facts) for q in questions if question_stands_alone(q)]
