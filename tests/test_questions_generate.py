"""The orchestrator, on hand-built facts and end to end on the real spaCy model."""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections import Counter

import pytest

from quizgen.identity import fact_id
from quizgen.models import Document, Fact, Paragraph, SourceRef
from quizgen.questions.distractors import mentions, overlaps

pytest.importorskip("quizgen.questions.wh")

from quizgen.questions.generate import make_questions  # noqa: E402

CHAPTER = {
    "Harbours": [
        "The Baltic Sea is a shallow inland sea of northern Europe. A free port is a harbour "
        "where goods may be landed and shipped on without paying customs duties. The port of "
        "Gdansk handled about 49 million tonnes of cargo in 2019.",
        "Tallinn opened its new cruise terminal in 2021. Riga built its first stone quay in "
        "1852. Under the Treaty of Nystad of 1721, Sweden ceded the ports of Reval and Riga to "
        "Russia, and the Treaty of Nystad ended the Great Northern War. A breakwater is "
        "a wall built out into the sea to shelter a harbour from waves. A seawall is a wall "
        "built along a shore to keep the land from being worn away.",
    ],
    "Energy": [
        "Energy security is the steady supply of fuel and power at a price a country can afford. "
        "Lithuania opened a floating gas terminal at Klaipeda in 2014. The Estlink 2 cable, "
        "which entered service in 2014, carries 650 megawatts between Finland and Estonia.",
        "Kristjan Jaak Peterson, the poet of the Estonian coast, wrote about the sea. A transit "
        "state is a country through which goods and fuel pass on their way between two others. "
        "In 2008, bilateral trade reached $20bn (against $9.5bn in 2005), and it grows by 30% a "
        "year on average. An icebreaker is a ship built to clear channels through frozen seas.",
    ],
}


def make_fact(sentence: str, answer: str, *, kind: str, label: str, **attrs: str) -> Fact:
    start = sentence.index(answer)
    return Fact(
        id=fact_id(kind, sentence, answer),
        kind=kind,
        rule=f"{kind}.test",
        sentence=sentence,
        answer=answer,
        answer_start=start,
        answer_end=start + len(answer),
        source=SourceRef(file="baltic.md", sentence=sentence, section="Harbours", page=2),
        label=label,
        attrs=tuple(sorted(attrs.items())),
    )


FACTS = [
    make_fact(
        f"The {treaty} was signed in {year}.",
        str(year),
        kind="date",
        label="DATE",
        year=str(year),
        event=f"the {treaty} was signed",
        wh=f"In what year was the {treaty} signed?",
    )
    for treaty, year in [
        ("Treaty of Tartu", 1920),
        ("Treaty of Nystad", 1721),
        ("Treaty of Stolbovo", 1617),
        ("Treaty of Teusina", 1595),
        ("Treaty of Riga", 1921),
    ]
]


def document() -> Document:
    paragraphs = [
        Paragraph(index=i, text=text, section=(section,))
        for i, (section, text) in enumerate((s, t) for s, texts in CHAPTER.items() for t in texts)
    ]
    text = "\n".join(p.text for p in paragraphs)
    return Document(
        title="The Baltic Rim",
        source="baltic.md",
        sha256=hashlib.sha256(text.encode()).hexdigest(),
        format="markdown",
        sections=(),
        paragraphs=tuple(paragraphs),
    )


def test_every_type_from_hand_built_facts_in_reading_order():
    questions = make_questions(FACTS, seed=0)
    kinds = Counter(q.type for q in questions)
    assert kinds["cloze"] == kinds["short_answer"] == kinds["multiple_choice"] == 5
    assert kinds["true_false"] == 0  # a changed year tests the year, not the idea
    assert kinds["ordering"] == 1
    assert questions[0].source == FACTS[0].source
    assert len({q.id for q in questions}) == len(questions)


def test_orchestrator_is_deterministic_and_uses_the_short_answer_as_stem():
    assert make_questions(FACTS, seed=3) == make_questions(list(FACTS), seed=3)
    choice = next(q for q in make_questions(FACTS, seed=0) if q.type == "multiple_choice")
    assert choice.prompt == "In what year was the Treaty of Tartu signed?"


@pytest.fixture(scope="module")
def generated(nlp):
    from quizgen.pipeline import generate

    return generate(document(), seed=0)


def test_chapter_to_questions_end_to_end(generated):
    assert generated
    texts = " ".join(t for texts in CHAPTER.values() for t in texts)
    for q in generated:
        assert q.source.sentence and q.source.sentence in texts
        # A set drawn from two sections belongs to neither.
        assert q.source.sections and all(section in CHAPTER for section in q.source.sections)
        assert len(q.source.sections) == 1 or q.type in ("matching", "ordering")
        if q.type not in ("true_false", "matching", "ordering"):
            assert not mentions(q.prompt, q.answer), q
        if q.type == "multiple_choice":
            assert q.choices.count(q.answer) == 1 and len(q.choices) == 4
            assert not any(overlaps(c, q.answer) for c in q.choices if c != q.answer)
    kinds = {q.type for q in generated}
    assert {"cloze", "multiple_choice", "term_definition", "true_false"} <= kinds
    terms = {
        q.answer
        for q in generated
        if q.type == "term_definition" and q.tags[-1] == "definition_to_term"
    }
    assert {"free port", "energy security", "breakwater"} <= terms


def test_same_text_gives_the_same_questions_byte_for_byte(generated, nlp):
    from quizgen.pipeline import generate

    again = generate(document(), seed=0)
    dump = lambda qs: json.dumps([dataclasses.asdict(q) for q in qs], sort_keys=True)  # noqa: E731
    assert dump(again) == dump(generated)


def test_seed_changes_choice_order_but_not_ids(generated, nlp):
    from quizgen.pipeline import generate

    other = generate(document(), seed=7)
    assert {q.id for q in other if q.type != "true_false"} == {
        q.id for q in generated if q.type != "true_false"
    }
    choices = lambda qs: [q.choices for q in qs if q.type == "multiple_choice"]  # noqa: E731
    assert sorted(choices(other)) != sorted(choices(generated))


def test_count_and_types_through_the_pipeline(nlp):
    from quizgen.pipeline import generate

    picked = generate(document(), count=6, types=["multiple_choice", "term_definition"], seed=0)
    assert len(picked) == 6
    assert {q.type for q in picked} <= {"multiple_choice", "term_definition"}
    assert {q.source.section for q in picked} == set(CHAPTER)


def test_ordering_is_made_only_when_named():
    from quizgen.select import by_default

    questions = make_questions(FACTS, seed=0)
    assert any(q.type == "ordering" for q in questions)
    assert not any(q.type == "ordering" for q in by_default(questions, None))
    assert any(q.type == "ordering" for q in by_default(questions, ["ordering", "cloze"]))
