"""Every note type's cards rendered by the real Anki backend: the text a student sees, escaped."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_anki import (  # noqa: F401
    T0,
    assert_no_warnings,
    cards_by_note_type,
    collection,
    import_package,
    visible,
)

from quizgen.export.anki import to_apkg
from quizgen.export.anki_models import NOTE_TYPES
from quizgen.models import FactInfo, Question, QuestionBank, SourceRef

EVERY_TYPE = ("cloze", "short_answer", "term_definition", "ordering", "multiple_choice", "true_false")

#: Text a chapter may hold that Anki would otherwise read as markup, a template, a cloze, a sound or LaTeX.
TRAPS = '<script>alert(1)</script> {{c1::x}} }} [sound:bell.mp3] [$]x^2[/$]'


def _source(sentence: str, page: int) -> SourceRef:
    return SourceRef(file="marks.md", sentence=sentence, section="Markup & <Escapes>", page=page, chapter="Strange Text")


def trap_bank() -> QuestionBank:
    """One fact per note type, each with the traps in its chapter text."""
    definition = f"a sign that ends a template {TRAPS}"
    term_sentence = f"A closing brace pair is {definition}."
    statement = f"The printer set 1,200 lines of {TRAPS} in one night."
    start = statement.index("1,200")
    term_fact = FactInfo(kind="definition", term="closing brace pair", definition=definition, id="f-brace")
    count_fact = FactInfo(kind="quantity", id="f-lines")
    why_fact = FactInfo(kind="cause", id="f-why")
    year_fact = FactInfo(kind="date", id="f-year")
    questions = (
        Question(id="q-td-1", type="term_definition", prompt="What is meant by “closing brace pair”?",
                 answer=definition, source=_source(term_sentence, 11), fact=term_fact,
                 tags=("definition", "term_to_definition")),
        Question(id="q-td-2", type="term_definition", prompt=f"Which term means: {definition}?",
                 answer="closing brace pair", source=_source(term_sentence, 11), fact=term_fact,
                 tags=("definition", "definition_to_term")),
        Question(id="q-cz-1", type="cloze", prompt="", answer="1,200", context=statement, span=(start, start + 5),
                 source=_source(statement, 12), fact=count_fact, tags=("quantity",)),
        Question(id="q-why-1", type="short_answer", prompt=f"Why did the printer stop {TRAPS}?",
                 answer=f"the ink ran out {TRAPS}", source=_source(f"The printer stopped because {TRAPS}.", 13),
                 fact=why_fact, tags=("cause",)),
        Question(id="q-mc-1", type="multiple_choice", prompt=f"In what year did {TRAPS} appear?", answer="1901",
                 choices=("1901", "1911", f"1921 {TRAPS}"), source=_source(f"In 1901, {TRAPS} appeared.", 14),
                 fact=year_fact, tags=("date",)),
        Question(id="q-tf-1", type="true_false", prompt=f"True or false: {TRAPS} appeared in 1911.", answer="False",
                 choices=("True", "False"), explanation=f"It appeared in 1901, {TRAPS}.",
                 source=_source(f"In 1901, {TRAPS} appeared.", 14), fact=year_fact, tags=("date",)),
    )
    return QuestionBank(title="Strange Text", sources=(), questions=questions)


@pytest.fixture
def rendered(tmp_path: Path, collection) -> dict[str, list[tuple[str, str, object]]]:  # noqa: F811
    log = import_package(collection, to_apkg(trap_bank(), tmp_path / "traps.apkg", types=EVERY_TYPE, timestamp=T0))
    assert_no_warnings(log)
    return {
        name: [(card.question(), card.answer(), card) for card in cards]
        for name, cards in cards_by_note_type(collection).items()
    }


def test_every_note_type_renders(rendered) -> None:  # type: ignore[no-untyped-def]
    assert set(rendered) == {t.name for t in NOTE_TYPES.values()}
    assert len(rendered["quizgen Term and Definition"]) == 2  # both directions: sibling cards of one note
    for cards in rendered.values():
        for question, answer, _ in cards:
            assert visible(question) and len(visible(answer)) > len(visible(question)) // 2


def test_chapter_text_stays_text(rendered) -> None:  # type: ignore[no-untyped-def]
    for cards in rendered.values():
        for question, answer, card in cards:
            for side in (question, answer):
                assert "<script>" not in side
                assert "latex-" not in side  # [$]...[/$] made no LaTeX image
                assert "[anki:play" not in side  # [sound:...] made no sound
            assert not card.question_av_tags() and not card.answer_av_tags()
            assert "[sound:bell.mp3] [$]x^2[/$]" in visible(answer)
            assert "<script>alert(1)</script> {{c1::x}} }}" in visible(answer)
    (cloze,) = rendered["quizgen Cloze"]
    assert "The printer set [...] lines of <script>alert(1)</script> {{c1::x}} }}" in visible(cloze[0])
    assert len(rendered["quizgen Cloze"]) == 1  # the literal {{c1::x}} made no second card


def test_every_card_shows_its_source_section_and_page(rendered) -> None:  # type: ignore[no-untyped-def]
    pages = {"quizgen Term and Definition": 11, "quizgen Cloze": 12, "quizgen Basic": 13,
             "quizgen Multiple Choice": 14, "quizgen True or False": 14}
    for name, cards in rendered.items():
        for _, answer, _ in cards:
            assert f"Strange Text · Markup & <Escapes> · p. {pages[name]}" in visible(answer)
            assert 'class="qz-source"' in answer
    term_back = visible(rendered["quizgen Term and Definition"][0][1])
    assert "A closing brace pair is a sign that ends a template" in term_back
