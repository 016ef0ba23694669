"""The quiz as data: selection, parts, numbering, points, versions and shuffles."""

from __future__ import annotations

from dataclasses import replace

import pytest

from quizgen.errors import BankError, ExportError
from quizgen.export.quiz_layout import (
    MAX_BLANK_EM,
    MAX_PAIRS,
    MAX_PER_TYPE,
    MIN_BLANK_EM,
    PART_SPECS,
    blank_length,
    check_types,
    make_quiz,
    make_versions,
    pick_questions,
    version_labels,
)
from quizgen.models import FactInfo, Question, QuestionBank, SourceFile, SourceRef

# Rivers of the world: one sentence per fact, so no two questions give each other away.
RIVERS = (
    ("Nile", "6,650 kilometres", "Egypt"),
    ("Amazon", "6,400 kilometres", "Brazil"),
    ("Yangtze", "6,300 kilometres", "China"),
    ("Mississippi", "3,730 kilometres", "the United States"),
    ("Yenisei", "3,487 kilometres", "Russia"),
    ("Yellow River", "5,464 kilometres", "China"),
    ("Ob", "3,650 kilometres", "Russia"),
    ("Congo", "4,700 kilometres", "the Congo Basin"),
    ("Amur", "2,824 kilometres", "Russia and China"),
    ("Lena", "4,400 kilometres", "Siberia"),
    ("Mekong", "4,350 kilometres", "Southeast Asia"),
    ("Mackenzie", "1,738 kilometres", "Canada"),
    ("Niger", "4,180 kilometres", "West Africa"),
    ("Murray", "2,508 kilometres", "Australia"),
    ("Volga", "3,531 kilometres", "Russia"),
    ("Danube", "2,850 kilometres", "Central Europe"),
    ("Zambezi", "2,574 kilometres", "Southern Africa"),
    ("Indus", "3,180 kilometres", "Pakistan"),
)

TERMS = (
    ("watershed", "the area of land that drains into one river and its streams"),
    ("delta", "the land formed where a river deposits sediment at its mouth"),
    ("tributary", "a river or stream that flows into a larger river"),
    ("estuary", "the tidal mouth of a river where fresh water meets the sea"),
    ("meander", "a bend in a river's course that forms on flat ground"),
    ("floodplain", "the flat land beside a river that floods when the river is high"),
    ("aquifer", "a layer of rock or sediment that holds groundwater"),
    ("source", "the place where a river begins"),
)


def _ref(sentence: str, page: int) -> SourceRef:
    return SourceRef(file="rivers.md", sentence=sentence, section="Great Rivers", page=page,
                     chapter="Rivers of the World")


def river_questions() -> list[Question]:
    """Questions of every type from distinct sentences, best first by type."""
    questions: list[Question] = []
    lengths = [length for _, length, _ in RIVERS]
    for i, (river, length, country) in enumerate(RIVERS):
        sentence = f"The {river} is about {length} long and flows through {country}."
        ref = _ref(sentence, page=1 + i // 3)
        kind = ("multiple_choice", "true_false", "cloze", "short_answer")[i % 4]
        fact = FactInfo(kind="quantity", id=f"f-river-{i}")
        if kind == "multiple_choice":
            choices = (length, *[x for x in lengths if x != length][i % 5: i % 5 + 3])
            questions.append(Question(
                id=f"q-mc-{i}", type=kind, prompt=f"How long is the {river}?", answer=length,
                choices=choices, source=ref, fact=fact, explanation=sentence))
        elif kind == "true_false":
            wrong = lengths[(i + 1) % len(lengths)]
            questions.append(Question(
                id=f"q-tf-{i}", type=kind,
                prompt=f"True or false: The {river} is about {wrong} long and flows through {country}.",
                answer="False", choices=("True", "False"), source=ref, fact=fact,
                explanation=f"The chapter says {length}, not {wrong}."))
        elif kind == "cloze":
            start = sentence.index(length)
            questions.append(Question(
                id=f"q-cloze-{i}", type=kind, prompt=sentence.replace(length, "_____"),
                answer=length, context=sentence, span=(start, start + len(length)),
                source=ref, fact=fact))
        else:
            questions.append(Question(
                id=f"q-short-{i}", type=kind, prompt=f"Through which country does the {river} flow?",
                answer=country, source=ref, fact=fact))
    for i, (term, definition) in enumerate(TERMS[:4]):
        sentence = f"A {term} is {definition}."
        questions.append(Question(
            id=f"q-td-{i}", type="term_definition", prompt=f"What is meant by “{term}”?",
            answer=definition, source=_ref(sentence, page=8),
            fact=FactInfo(kind="definition", term=term, definition=definition, id=f"f-term-{i}")))
    questions.append(Question(
        id="q-match-0", type="matching", prompt="Match each term with its definition.", answer="",
        pairs=TERMS[4:], source=_ref(f"A {TERMS[4][0]} is {TERMS[4][1]}.", page=9),
        fact=FactInfo(kind="definition", id="f-match-0")))
    questions.append(Question(
        id="q-order-0", type="ordering", prompt="Put these rivers in order, longest first.", answer="",
        sequence=("the Nile", "the Amazon", "the Yangtze", "the Mississippi"),
        source=_ref("The Nile is about 6,650 kilometres long and flows through Egypt.", page=1),
        fact=FactInfo(kind="quantity", id="f-order-0")))
    return questions


def river_bank(questions: list[Question] | None = None) -> QuestionBank:
    return QuestionBank(
        title="Rivers of the World",
        sources=(SourceFile(path="chapters/rivers.md", sha256="1" * 64),),
        questions=tuple(river_questions() if questions is None else questions),
    )


def test_parts_follow_the_part_order_and_numbers_run_across_the_quiz() -> None:
    quiz = make_quiz(river_bank(), count=30)
    order = [spec.type for spec in PART_SPECS]
    assert [part.type for part in quiz.parts] == sorted((p.type for p in quiz.parts), key=order.index)
    assert [item.number for item in quiz.items] == list(range(1, len(quiz.items) + 1))
    assert [part.numeral for part in quiz.parts][:3] == ["I", "II", "III"]
    assert {part.type for part in quiz.parts} == set(order)
    assert quiz.points == sum(item.points for item in quiz.items)
    assert quiz.chapter == "Rivers of the World" and quiz.sources == ("rivers.md",)
    assert quiz.version == ""


def test_count_is_spread_over_types_scarcest_first() -> None:
    quiz = make_quiz(river_bank(), count=7)
    assert len(quiz.items) == 7
    # One round: one question of each of the seven types.
    assert len({item.question.type for item in quiz.items}) == 7


def test_one_version_keeps_the_bank_order_within_a_part() -> None:
    bank = river_bank()
    quiz = make_quiz(bank, count=40)
    for part in quiz.parts:
        in_bank = [q.id for q in bank.questions if q.type == part.type]
        assert [item.question.id for item in part.items] == in_bank
    mc = next(i for i in quiz.items if i.question.type == "multiple_choice")
    assert mc.choices == mc.question.choices


def test_questions_that_give_each_other_away_are_not_both_picked() -> None:
    base = river_questions()
    cloze = next(q for q in base if q.type == "cloze")
    same_fact = replace(cloze, id="q-twin", type="short_answer", prompt="How long is it?")
    same_sentence = replace(cloze, id="q-sentence", type="short_answer",
                            fact=FactInfo(kind="place", id="f-other"), prompt="Where does it flow?")
    term = TERMS[4][0]  # in the matching set
    asks_matched_term = Question(
        id="q-td-matched", type="term_definition", prompt=f"What is meant by “{term}”?",
        answer=TERMS[4][1], source=_ref(f"A {term} is {TERMS[4][1]}.", page=9),
        fact=FactInfo(kind="definition", term=term, id="f-matched"))
    bank = river_bank([*base, same_fact, same_sentence, asks_matched_term])
    picked = {q.id for q in pick_questions(bank.questions, count=100)}
    assert cloze.id in picked
    assert not picked & {"q-twin", "q-sentence", "q-td-matched"}


def test_types_filter_and_unknown_types() -> None:
    quiz = make_quiz(river_bank(), count=20, types=["true_false", "cloze"])
    assert {item.question.type for item in quiz.items} == {"true_false", "cloze"}
    assert check_types(None) is None and check_types([" cloze", ""]) == ("cloze",)
    with pytest.raises(ExportError, match="unknown question type 'essay'"):
        make_quiz(river_bank(), types=["essay"])
    with pytest.raises(ExportError, match="no questions of type ordering"):
        make_quiz(river_bank([q for q in river_questions() if q.type != "ordering"]), types=["ordering"])


def test_multiple_choice_letter_points_at_the_answer() -> None:
    for quiz in make_versions(river_bank(), count=40, versions=3, seed=5):
        for item in quiz.items:
            if item.question.type == "multiple_choice":
                index = "ABCDEFGH".index(item.answer_letter)
                assert item.choices[index] == item.question.answer
                assert sorted(item.choices) == sorted(item.question.choices)
                assert item.key_answer == f"{item.answer_letter}. {item.question.answer}"


def test_true_false_drops_the_lead_in_and_offers_both() -> None:
    item = next(i for i in make_quiz(river_bank()).items if i.question.type == "true_false")
    assert item.text.startswith("The ") and "True or false" not in item.text
    assert item.choices == ("True", "False")
    assert item.key_answer == "False"


def test_cloze_blank_sits_where_the_answer_was_and_fits_it() -> None:
    item = next(i for i in make_quiz(river_bank()).items if i.question.type == "cloze")
    q = item.question
    assert item.before + q.answer + item.after == q.context
    assert item.blank_em == blank_length(q.answer)
    assert blank_length("a") == MIN_BLANK_EM
    assert blank_length("x" * 200) == MAX_BLANK_EM
    assert MIN_BLANK_EM < blank_length("6,650 kilometres") < MAX_BLANK_EM
    assert blank_length("Mississippi River basin") > blank_length("Nile")


def test_matching_is_cut_to_size_shuffled_and_keyed() -> None:
    pairs = tuple((f"term {i}", f"meaning number {i}") for i in range(9))
    big = Question(id="q-big", type="matching", prompt="Match them.", answer="", pairs=pairs,
                   source=_ref("Terms.", page=2), fact=FactInfo(kind="definition", id="f-big"))
    item = make_quiz(river_bank([big])).items[0]
    assert len(item.left) == len(item.right) == MAX_PAIRS
    assert item.right != tuple(right for _, right in pairs[:MAX_PAIRS])
    for left, letter in zip(item.left, item.matches, strict=True):
        assert item.right["ABCDEF".index(letter)] == dict(pairs)[left]
    assert item.points == MAX_PAIRS
    assert item.key_answer.startswith("1–")


def test_ordering_is_printed_out_of_order_and_the_key_restores_it() -> None:
    for seed in range(10):
        item = next(i for i in make_quiz(river_bank(), seed=seed, count=40).items
                    if i.question.type == "ordering")
        assert item.items != item.question.sequence
        assert tuple(item.items["ABCD".index(letter)] for letter in item.order) == item.question.sequence


def test_versions_hold_the_same_questions_in_different_orders() -> None:
    quizzes = make_versions(river_bank(), count=20, versions=3, seed=7)
    assert [q.version for q in quizzes] == ["A", "B", "C"]
    assert len({q.question_ids for q in quizzes}) == 1
    orders = {tuple(i.question.id for i in q.items) for q in quizzes}
    assert len(orders) == 3
    for quiz in quizzes:  # still grouped by type, numbered from 1
        assert [i.number for i in quiz.items] == list(range(1, 21))
        assert [p.type for p in quiz.parts] == [p.type for p in quizzes[0].parts]


def test_versions_are_repeatable_with_the_seed_and_change_with_it() -> None:
    def orders(seed: int) -> list[tuple[tuple[str, tuple[str, ...]], ...]]:
        return [tuple((i.question.id, i.choices) for i in q.items)
                for q in make_versions(river_bank(), count=20, versions=2, seed=seed)]

    assert orders(3) == orders(3)
    assert orders(3) != orders(4)


def test_version_labels_and_limits() -> None:
    assert version_labels(1) == ("",)
    assert version_labels(3) == ("A", "B", "C")
    for bad in (0, 27):
        with pytest.raises(ExportError, match="--versions must be between 1 and 26"):
            version_labels(bad)


def test_title_override_and_count_must_be_positive() -> None:
    assert make_quiz(river_bank(), title="  Unit 3 test ").title == "Unit 3 test"
    assert make_quiz(river_bank(), title=None).title == "Rivers of the World"
    with pytest.raises(ExportError, match="at least one question"):
        make_quiz(river_bank(), count=0)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"type": "multiple_choice", "choices": ("1", "2"), "answer": "3"}, "one of them the answer"),
        ({"type": "matching", "pairs": (("a", "b"),)}, "at least two pairs"),
        ({"type": "ordering", "sequence": ("only",)}, "at least two items"),
        ({"type": "essay"}, "unknown type"),
        ({"prompt": "  "}, "the prompt is empty"),
    ],
)
def test_questions_that_cannot_be_printed_are_named(change: dict, message: str) -> None:
    broken = replace(river_questions()[3], id="q-broken", **change)
    with pytest.raises(BankError, match=f"question q-broken .*{message}"):
        make_quiz(river_bank([broken]))


def test_sample_bank_lays_out_without_giveaways(sample_bank: QuestionBank) -> None:
    quiz = make_quiz(sample_bank)
    facts = [item.question.fact.id for item in quiz.items]
    assert len(facts) == len(set(facts))
    assert any(item.question.id == "q-nasty-0008" for item in quiz.items)


def test_matching_and_ordering_are_capped_however_long_the_quiz() -> None:
    extra = []
    for k in range(5):
        pairs = tuple((f"word {k}-{i}", f"meaning {k}-{i}") for i in range(4))
        extra.append(Question(id=f"q-m-{k}", type="matching", prompt="Match them.", answer="",
                              pairs=pairs, source=_ref(f"Set {k}.", page=2),
                              fact=FactInfo(kind="definition", id=f"f-m-{k}")))
        extra.append(Question(id=f"q-o-{k}", type="ordering", prompt="Order them.", answer="",
                              sequence=(f"first {k}", f"second {k}", f"third {k}"),
                              source=_ref(f"Events {k}.", page=3),
                              fact=FactInfo(kind="date", id=f"f-o-{k}")))
    quiz = make_quiz(river_bank(extra), count=50)
    types = [item.question.type for item in quiz.items]
    assert types.count("matching") == MAX_PER_TYPE["matching"]
    assert types.count("ordering") == MAX_PER_TYPE["ordering"]
