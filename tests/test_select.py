"""Scoring, near-duplicate removal and selection, on hand-written questions."""

from __future__ import annotations

from dataclasses import replace

import pytest

from quizgen.errors import QuizgenError
from quizgen.models import QUESTION_TYPES, FactInfo, Question, SourceRef
from quizgen.select import (
    ChapterStats,
    deduplicate,
    fit_for_a_quiz,
    question_features,
    score_question,
    select,
)

SECTIONS = ("Harbours", "Ferries", "Energy")


def question(
    n: int,
    *,
    type: str = "cloze",
    kind: str = "date",
    section: str = "Harbours",
    prompt: str | None = None,
    answer: str | None = None,
    sentence: str | None = None,
    fact: str | None = None,
    tags: tuple[str, ...] = (),
) -> Question:
    answer = answer or str(1900 + n)
    sentence = sentence or f"The harbour number {n} in {section.lower()} opened in {answer}."
    return Question(
        id=f"q-{n:04d}-{type}",
        type=type,
        prompt=prompt or sentence.replace(answer, "_____"),
        answer=answer,
        source=SourceRef(
            file="baltic.md", sentence=sentence, section=section, page=n, chapter="The Baltic Rim"
        ),
        fact=FactInfo(kind=kind, id=fact or f"f-{n:04d}"),
        choices=("True", "False") if type == "true_false" else (),
        tags=tags,
    )


def chapter() -> list[Question]:
    """Twelve questions per section, three types, varied facts."""
    questions = []
    for s, section in enumerate(SECTIONS):
        for i in range(12):
            n = s * 100 + i
            kind = ("date", "person", "quantity")[i % 3]
            questions.append(
                question(n, section=section, kind=kind, type=("cloze", "short_answer")[i % 2])
            )
    return questions


def test_unknown_type_is_a_clear_error():
    with pytest.raises(QuizgenError) as error:
        select(chapter(), types=["cloze", "essay"])
    message = str(error.value)
    assert "'essay'" in message
    assert all(name in message for name in QUESTION_TYPES)


def test_types_filter_and_accepts_hyphens():
    questions = chapter() + [
        question(
            900,
            type="true_false",
            answer="True",
            prompt="True or false: The harbour opened in 1900.",
        )
    ]
    assert {q.type for q in select(questions, types=["short-answer"])} == {"short_answer"}
    assert {q.type for q in select(questions, types=["true_false", "cloze"])} == {
        "true_false",
        "cloze",
    }


def test_negative_count_is_an_error():
    with pytest.raises(QuizgenError, match="count"):
        select(chapter(), count=-1)


def test_scores_are_in_range_rounded_and_stored():
    selected = select(chapter())
    assert selected
    for q in selected:
        assert 0 < q.score <= 1
        assert q.score == round(q.score, 3)
    assert [q.score for q in selected] == sorted((q.score for q in selected), reverse=True)


def test_definitions_outrank_dates_and_central_terms_outrank_passing_ones():
    definition = question(
        1,
        kind="definition",
        answer="free port",
        sentence="A free port is a harbour where goods pass without customs duties.",
    )
    date = question(2, kind="date")
    assert score_question(definition) > score_question(date)
    mentions = [
        question(10 + i, sentence=f"The free port of Tallinn saw {i} new ships in spring.")
        for i in range(4)
    ]
    stats = ChapterStats.from_questions([definition, date, *mentions])
    assert question_features(definition, stats=stats).centrality == 1.0
    assert score_question(definition, stats=stats) > score_question(definition)


@pytest.mark.parametrize(
    ("bad", "reason"),
    [
        (
            dict(prompt="When did the harbour open in 1905?", answer="1905", type="short_answer"),
            "prompt states the answer",
        ),
        (
            dict(
                prompt="He opened the harbour in _____.", sentence="He opened the harbour in 1905."
            ),
            "leans on an earlier sentence",
        ),
        (dict(sentence=" "), "no source sentence"),
        (
            dict(type="multiple_choice", prompt="When did the harbour open?", answer="1905"),
            "answer once among four",
        ),
    ],
)
def test_questions_that_must_not_be_asked_score_zero_and_are_dropped(bad, reason):
    q = question(55, **{"answer": "1905", **bad})
    features = question_features(q)
    assert reason in features.rejected
    assert score_question(q) == 0
    assert q.id not in {s.id for s in select([q, *chapter()])}


def test_signs_of_a_bad_parse_lower_the_score():
    clean = question(
        7,
        answer="the Tallinn harbour",
        kind="person",
        sentence="The ferry sails from the Tallinn harbour every day.",
    )
    broken = replace(
        clean, answer="the Tallinn harbour (", prompt="the ferry sails from _____ every day \\ ."
    )
    assert len(question_features(broken).parse_flags) >= 2
    assert score_question(broken) < score_question(clean)


def test_same_fact_same_form_counts_once_keeping_the_better():
    a = replace(question(1), score=0.4)
    b = replace(
        question(1, prompt="In which year did harbour number 1 open?"), id="q-other", score=0.9
    )
    assert deduplicate([a, b]) == [b]


def test_near_identical_prompts_count_once_but_both_card_directions_stay():
    sentence = "Kazakhstan served on the Security Council in 2017 and 2018."
    a = question(
        1, type="true_false", answer="True", prompt=f"True or false: {sentence}", sentence=sentence
    )
    b = replace(a, id="q-b", fact=FactInfo(kind="date", id="f-other"))
    term = question(
        3,
        type="term_definition",
        kind="definition",
        answer="a harbour without duties",
        prompt="What is meant by “free port”?",
        fact="f-port",
        tags=("definition", "term_to_definition"),
    )
    back = replace(
        term,
        id="q-back",
        prompt="Which term means: a harbour without duties?",
        answer="free port",
        tags=("definition", "definition_to_term"),
    )
    assert deduplicate([a, b, term, back]) == [a, term, back]


def test_count_spreads_over_sections_and_types():
    selected = select(chapter(), count=6, seed=0)
    assert len(selected) == 6
    assert {q.source.section for q in selected} == set(SECTIONS)
    assert {q.type for q in selected} == {"cloze", "short_answer"}
    assert len({q.fact.id for q in selected}) == 6


def test_selection_is_deterministic_and_the_seed_breaks_ties():
    questions = chapter()
    first = select(questions, count=5, seed=1)
    assert first == select(list(questions), count=5, seed=1)
    picks = {tuple(q.id for q in select(questions, count=5, seed=seed)) for seed in range(8)}
    assert len(picks) > 1


def test_count_zero_and_larger_than_the_pool():
    assert select(chapter(), count=0) == []
    fit = [q for q in select(chapter()) if fit_for_a_quiz(q)]
    assert len(select(chapter(), count=1000)) == len(fit) > 0


def test_a_quiz_leaves_out_what_reviewers_struck_but_the_bank_keeps_it():
    money = question(1, kind="role", type="short_answer", answer="Trade with Russia",
                     sentence="Trade with Russia plays a key role in the region.",
                     prompt="What plays a key role in the region?")
    year = question(2, kind="definition", answer="A free port",
                    sentence="A free port is a harbour where goods pass without customs duties.")
    assert not fit_for_a_quiz(money) and fit_for_a_quiz(year)
    assert {q.id for q in select([money, year])} == {money.id, year.id}
    assert [q.id for q in select([money, year], count=5)] == [year.id]
    assert [q.id for q in select([money], count=5)] == [money.id]  # nothing fit: what there is
    assert {q.id for q in select([money, year], count=5, types=["short_answer"])} == {money.id}  # asked for


def test_a_short_gloss_or_a_long_term_ranks_lower_and_stays_out_of_a_quiz():
    def card(n: int, term: str, gloss: str) -> Question:
        sentence = f"{term[:1].upper() + term[1:]} is {gloss}."
        base = question(n, type="term_definition", kind="definition", answer=gloss, sentence=sentence,
                        prompt=f"What is meant by “{term}”?")
        return replace(base, fact=replace(base.fact, term=term, definition=gloss))

    full = card(1, "a tariff", "a tax that a country levies on goods brought in from abroad")
    short = card(2, "outcomes", "all possible results")
    long = card(3, "the two wire coils", "the primary and secondary coils of a transformer")
    scores = {q.id: score_question(q) for q in (full, short, long)}
    assert scores[full.id] > scores[short.id] and scores[full.id] > scores[long.id]
    assert fit_for_a_quiz(full) and not fit_for_a_quiz(short) and not fit_for_a_quiz(long)


def test_selecting_again_keeps_every_selected_question(sample_bank):
    once = select(list(sample_bank.questions), seed=2)
    assert {q.id for q in select(once, seed=2)} == {q.id for q in once}
    assert {q.type for q in once} >= {"cloze", "multiple_choice", "matching", "ordering"}


def test_one_true_false_statement_per_sentence():
    sentence = "Riga built its first stone quay in 1852 for 300 ships."
    true = question(
        1, type="true_false", answer="True", prompt=f"True or false: {sentence}", sentence=sentence
    )
    false = replace(
        true,
        id="q-f",
        answer="False",
        fact=FactInfo(kind="quantity", id="f-ships"),
        prompt="True or false: Riga built its first stone quay in 1852 for 600 ships.",
    )
    assert len(deduplicate([true, false])) == 1


def test_one_id_from_two_chapters_is_kept_once():
    """A term defined in two chapters is one fact and one id: a bank or deck of both holds it once."""
    first = question(1, type="true_false", sentence="Capitalism is an economic system of private ownership.")
    again = replace(
        question(1, type="true_false", sentence="Capitalism is an arrangement based on private property."),
        source=replace(first.source, file="later.md"),
    )
    assert deduplicate([first, again]) == [first]
