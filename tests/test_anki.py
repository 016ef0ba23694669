"""Anki packages imported into a real, temporary Anki collection (the `anki` package)."""

from __future__ import annotations

import html
import re
import sqlite3
import zipfile
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from quizgen.errors import ExportError
from quizgen.export.anki import DECK_NAMESPACE, field_text, make_notes, to_apkg
from quizgen.export.anki_models import NOTE_TYPES
from quizgen.identity import stable_int
from quizgen.models import FactInfo, Question, QuestionBank, SourceRef

T0 = 1_700_000_000.0

# --- the Anki side -------------------------------------------------------------------


@pytest.fixture
def collection(tmp_path: Path) -> Iterator[object]:
    from anki.collection import Collection

    col = Collection(str(tmp_path / "collection.anki2"))
    yield col
    col.close()


def import_package(col, path: Path):  # type: ignore[no-untyped-def]
    """Import with Anki's default options (update notes and note types if newer); the log."""
    from anki.collection import ImportAnkiPackageOptions, ImportAnkiPackageRequest

    request = ImportAnkiPackageRequest(package_path=str(path), options=ImportAnkiPackageOptions())
    return col.import_anki_package(request).log


def assert_no_warnings(log) -> None:  # type: ignore[no-untyped-def]
    assert not log.conflicting
    assert not log.missing_notetype
    assert not log.missing_deck
    assert not log.empty_first_field
    assert not log.first_field_match


def visible(card_html: str) -> str:
    """What a student reads: no stylesheet, no tags, entities decoded, spaces collapsed."""
    text = re.sub(r"<style>.*?</style>", " ", card_html, flags=re.S)
    text = re.sub(r"<[^>]+>", " ", text)
    return " ".join(html.unescape(text).split())


def cards_by_note_type(col) -> dict[str, list[object]]:  # type: ignore[no-untyped-def]
    found: dict[str, list[object]] = {}
    for card_id in col.find_cards(""):
        card = col.get_card(card_id)
        found.setdefault(card.note_type()["name"], []).append(card)
    return found


def note_counts(col) -> Counter[str]:  # type: ignore[no-untyped-def]
    return Counter(col.get_note(nid).note_type()["name"] for nid in col.find_notes(""))


# --- note types -----------------------------------------------------------------------


def test_note_type_ids_never_change() -> None:
    # Anki knows a note type by its id: changing one orphans every student's notes.
    assert {key: t.model_id for key, t in NOTE_TYPES.items()} == {
        "cloze": 1526708567,
        "basic": 344723277,
        "term": 1839994885,
        "choice": 797381075,
        "truefalse": 634061663,
    }
    for note_type in NOTE_TYPES.values():
        assert note_type.fields[-4:] == ("Source", "Section", "Page", "Chapter")
        assert note_type.provenance_field in note_type.fields


def test_one_note_per_fact_and_quiz_types_left_out(sample_bank: QuestionBank, tmp_path: Path, collection) -> None:
    path = to_apkg(sample_bank, tmp_path / "water.apkg", timestamp=T0)
    log = import_package(collection, path)

    assert_no_warnings(log)
    assert (len(log.new), len(log.updated), len(log.duplicate)) == (4, 0, 0)
    # The cloze and the card of "evaporation" are one term note; multiple choice,
    # true/false and the matching set make none.
    assert note_counts(collection) == {
        "quizgen Basic": 3,  # two short answers and the ordering
        "quizgen Term and Definition": 1,
    }
    assert collection.card_count() == 4
    assert set(collection.decks.all_names()) >= {"The Water Cycle::Rivers and Lakes"}


def test_types_put_quiz_types_in_as_their_own_notes(sample_bank: QuestionBank, tmp_path: Path, collection) -> None:
    every = ("cloze", "short_answer", "term_definition", "ordering", "multiple_choice", "true_false")
    log = import_package(collection, to_apkg(sample_bank, tmp_path / "w.apkg", types=every, timestamp=T0))
    assert_no_warnings(log)
    assert note_counts(collection) == {
        "quizgen Basic": 3,
        "quizgen Term and Definition": 1,
        "quizgen Multiple Choice": 1,
        "quizgen True or False": 1,
    }


def test_each_card_shows_prompt_answer_and_source(sample_bank: QuestionBank, tmp_path: Path, collection) -> None:
    every = ("short_answer", "term_definition", "ordering", "multiple_choice", "true_false")
    import_package(collection, to_apkg(sample_bank, tmp_path / "water.apkg", types=every, timestamp=T0))
    cards = cards_by_note_type(collection)
    where = "The Water Cycle · Rivers and Lakes · p."

    (choice,) = cards["quizgen Multiple Choice"]
    front = visible(choice.question())
    assert "In what year was the Clean Water Act passed" in front
    assert all(year in front for year in ("1965", "1972", "1980", "1991"))
    assert '<li class="qz-right">1972</li>' in choice.answer()
    back = visible(choice.answer())
    assert "Answer 1972" in back
    assert "The Clean Water Act was passed in 1972." in back
    assert f"In 1972, the Clean Water Act was passed by the United States Congress. {where} 5" in back

    (true_false,) = cards["quizgen True or False"]
    assert "Lake Baikal holds about 12,000 cubic kilometres" in visible(true_false.question())
    back = visible(true_false.answer())
    assert "False The chapter gives about 23,600 cubic kilometres, not 12,000." in back
    assert f"Lake Baikal holds about 23,600 cubic kilometres of fresh water. {where} 4" in back

    (term,) = cards["quizgen Term and Definition"]
    assert "the change of liquid water into water vapour" in visible(term.question())
    assert "evaporation" in visible(term.answer())
    assert f"{where} 3" in visible(term.answer())

    basic = {visible(card.question()): visible(card.answer()) for card in cards["quizgen Basic"]}
    back = basic["Question How much fresh water does Lake Baikal hold?"]
    assert "about 23,600 cubic kilometres" in back
    assert f"{where} 4" in back
    ordering = next(b for f, b in basic.items() if "in the order they happened" in f)
    assert "1948: the first federal water law 1972: the Clean Water Act 1974: the Safe Drinking" in ordering


def _statement_questions(fact_id: str = "f-baikal") -> tuple[Question, Question]:
    sentence = "Lake Baikal holds about 23,600 cubic kilometres of fresh water."
    source = SourceRef(file="w.md", sentence=sentence, section="Lakes", page=4, chapter="The Water Cycle")
    fact = FactInfo(kind="quantity", id=fact_id)
    start = sentence.index("23,600")
    cloze = Question(
        id=f"q-{fact_id}-cloze", type="cloze", prompt=sentence.replace("23,600 cubic kilometres", "_____"),
        answer="23,600 cubic kilometres", context=sentence, span=(start, start + len("23,600 cubic kilometres")),
        source=source, fact=fact, tags=("quantity",),
    )
    short = Question(
        id=f"q-{fact_id}-short", type="short_answer", prompt="How much fresh water does Lake Baikal hold?",
        answer="about 23,600 cubic kilometres", source=source, fact=fact, explanation=sentence, tags=("quantity",),
    )
    return cloze, short


def test_cloze_and_short_answer_of_a_fact_are_one_deletion(tmp_path: Path, collection) -> None:
    bank = QuestionBank(title="The Water Cycle", sources=(), questions=_statement_questions())
    (note,) = make_notes(bank)
    assert (note.note_type, note.cards, note.fact_id) == ("cloze", 1, "f-baikal")
    assert note.fields[0].count("{{c1::") == 1 and "{{c2::" not in note.fields[0]
    assert set(note.question_ids) == {"q-f-baikal-cloze", "q-f-baikal-short"}

    log = import_package(collection, to_apkg(bank, tmp_path / "b.apkg", timestamp=T0))
    assert_no_warnings(log)
    assert (collection.note_count(), collection.card_count()) == (1, 1)
    (card,) = cards_by_note_type(collection)["quizgen Cloze"]
    assert "Lake Baikal holds about [...] of fresh water." in visible(card.question())
    assert "The Water Cycle · Lakes · p. 4" in visible(card.answer())


def test_chapter_markup_shows_literally(sample_bank: QuestionBank, tmp_path: Path, collection) -> None:
    sentence = 'Use {{c1::x}} <b>bold</b> & <script>alert("x")</script> here.'
    cloze = Question(
        id="q-nasty-cloze", type="cloze", prompt="", answer="<b>bold</b> &", context=sentence,
        span=(sentence.index("<b>"), sentence.index("&") + 1),
        source=SourceRef(file="x.md", sentence=sentence, section="A & <i>B</i>", chapter="C {{c2::y}}"),
        fact=FactInfo(kind="quotation", id="f-nasty"),
    )
    bank = replace(sample_bank, questions=(*sample_bank.questions, cloze))
    import_package(collection, to_apkg(bank, tmp_path / "nasty.apkg", timestamp=T0))
    cards = cards_by_note_type(collection)

    # The literal {{c1::x}} made no card of its own: one cloze card per cloze note.
    assert len(cards["quizgen Cloze"]) == 1
    (nasty,) = cards["quizgen Cloze"]
    for side in (nasty.question(), nasty.answer()):
        assert "<script>" not in side and "<b>bold" not in side and "<i>B" not in side
    assert 'Use {{c1::x}} [...] <script>alert("x")</script> here.' in visible(nasty.question())
    assert sentence in visible(nasty.answer())
    assert "C {{c2::y}} · A & <i>B</i>" in visible(nasty.answer())

    said = next(c for c in cards["quizgen Basic"] if "Who said" in visible(c.question()))
    assert '"use {{c1::care}}" <script>alert(1)</script> & more?' in visible(said.question())
    assert "Ada <b>Brown</b> & partners" in visible(said.answer())
    assert "<script>" not in said.question() + said.answer()


def test_field_text_escapes_markup_braces_and_brackets() -> None:
    assert field_text('<b>&</b> {{c1::x}} "q"') == "&lt;b&gt;&amp;&lt;/b&gt; &#123;&#123;c1::x&#125;&#125; &quot;q&quot;"
    assert field_text("[sound:a.mp3] [$]x[/$]") == "&#91;sound:a.mp3&#93; &#91;$&#93;x&#91;/$&#93;"


# --- term / definition -------------------------------------------------------------------


def _term_question(direction: str, prompt: str, answer: str, *, fact_id: str = "f-dt") -> Question:
    return Question(
        id=f"q-{fact_id}-{direction}", type="term_definition", prompt=prompt, answer=answer,
        source=SourceRef(file="w.md", sentence="Deterrence is the buildup of military power to discourage an attack.",
                         section="Security", page=9, chapter="Defence"),
        fact=FactInfo(kind="definition", term="deterrence",
                      definition="the buildup of military power to discourage an attack", id=fact_id),
        tags=("definition", direction),
    )


def test_both_directions_of_a_term_make_one_reversed_note(tmp_path: Path, collection) -> None:
    bank = QuestionBank(title="Defence", sources=(), questions=(
        _term_question("term_to_definition", "What is meant by “deterrence”?",
                       "the buildup of military power to discourage an attack"),
        _term_question("definition_to_term", "Which term means: the buildup of military power to discourage an attack?",
                       "deterrence"),
    ))
    (note,) = make_notes(bank)
    assert note.note_type == "term" and note.cards == 2
    assert note.question_ids == ("q-f-dt-term_to_definition", "q-f-dt-definition_to_term")

    log = import_package(collection, to_apkg(bank, tmp_path / "d.apkg", timestamp=T0))
    assert_no_warnings(log)
    assert collection.note_count() == 1 and collection.card_count() == 2
    cards = sorted(cards_by_note_type(collection)["quizgen Term and Definition"], key=lambda c: c.ord)
    assert "What is meant by “deterrence”?" in visible(cards[0].question())
    assert "the buildup of military power to discourage an attack" in visible(cards[0].answer())
    assert "Which term means" in visible(cards[1].question())
    assert "deterrence" in visible(cards[1].answer())
    assert "Defence · Security · p. 9" in visible(cards[1].answer())


def test_term_note_keeps_its_guid_when_a_direction_is_added() -> None:
    one = QuestionBank(title="Defence", sources=(), questions=(
        _term_question("term_to_definition", "What is meant by “deterrence”?", "the buildup"),))
    two = replace(one, questions=(*one.questions, _term_question("definition_to_term", "Which term means: x?", "deterrence")))
    assert make_notes(one)[0].guid == make_notes(two)[0].guid
    assert (make_notes(one)[0].cards, make_notes(two)[0].cards) == (1, 2)


# --- identity, decks, tags ----------------------------------------------------------------


def test_guids_come_from_fact_ids_not_fields(sample_bank: QuestionBank) -> None:
    every = ("cloze", "short_answer", "term_definition", "ordering", "multiple_choice", "true_false")
    reworded = replace(sample_bank, title="Another title", questions=tuple(
        replace(q, prompt=q.prompt + " (reworded)", answer=q.answer + "!", score=0.1) for q in sample_bank.questions
    ))
    assert [n.guid for n in make_notes(sample_bank, types=every)] == [n.guid for n in make_notes(reworded, types=every)]
    guids = [n.guid for n in make_notes(sample_bank, types=every)]
    assert len(set(guids)) == len(guids)


def test_guids_are_those_of_the_notes_made_before_one_note_per_fact() -> None:
    # A deck from an earlier quizgen updates the note a student studies, not a copy of it.
    import genanki

    from quizgen.identity import question_id

    cloze, short = _statement_questions()
    bank = QuestionBank(title="W", sources=(), questions=(cloze, short))
    (note,) = make_notes(bank)
    assert note.guid == genanki.guid_for("quizgen.anki.note.v1", question_id("f-baikal", "cloze"))
    assert genanki.guid_for("quizgen.anki.note.v1", short.id) in note.replaces
    (basic,) = make_notes(replace(bank, questions=(short,)))
    assert basic.guid == genanki.guid_for("quizgen.anki.note.v1", question_id("f-baikal", "short_answer"))


def test_choices_keep_their_order_for_the_note(sample_bank: QuestionBank) -> None:
    mc = next(q for q in sample_bank.questions if q.type == "multiple_choice")
    choices_of = [next(n for n in make_notes(replace(sample_bank, questions=(q,)), types=["multiple_choice"])).fields[1]
                  for q in (mc, replace(mc, choices=tuple(reversed(mc.choices))))]
    assert choices_of[0] == choices_of[1]


def test_decks_by_chapter_and_section(sample_bank: QuestionBank, tmp_path: Path, collection) -> None:
    other = replace(sample_bank.questions[1], id="q-other", fact=FactInfo(kind="quantity", id="f-other"),
                    source=SourceRef(file="b.md", sentence="s.", section="Dams", page=1, chapter="Rivers"))
    bank = replace(sample_bank, questions=(*sample_bank.questions, other))
    assert {n.deck for n in make_notes(bank)} == {"The Water Cycle::Rivers and Lakes", "The Water Cycle::Rivers::Dams"}
    assert {n.deck for n in make_notes(bank, by_section=False)} == {"The Water Cycle", "The Water Cycle::Rivers"}
    assert {n.deck for n in make_notes(bank, deck_name="Geo::101", by_section=False)} == {
        "Geo:101::The Water Cycle", "Geo:101::Rivers"}

    path = to_apkg(bank, tmp_path / "s.apkg", deck_name="Geography", timestamp=T0)
    import_package(collection, path)
    names = set(collection.decks.all_names())
    assert {"Geography::The Water Cycle::Rivers and Lakes", "Geography::Rivers::Dams"} <= names
    dams = collection.find_cards('"deck:Geography::Rivers::Dams"')
    assert len(dams) == 1


def test_a_set_from_several_sections_stays_in_its_chapter_deck(sample_bank: QuestionBank) -> None:
    mixed = replace(sample_bank.questions[1], id="q-mixed", fact=FactInfo(kind="quantity", id="f-mixed"),
                    source=SourceRef(file="b.md", sentence="s.", section="Dams; Deltas", page=1, chapter="Rivers"))
    note = next(iter(make_notes(replace(sample_bank, questions=(mixed,)))))
    assert note.deck == "The Water Cycle::Rivers"
    assert {"quizgen::section::dams", "quizgen::section::deltas"} <= set(note.tags)


def test_deck_ids_are_stable_per_name(sample_bank: QuestionBank, tmp_path: Path) -> None:
    def deck_ids(path: Path) -> set[int]:
        with zipfile.ZipFile(path) as package:
            (tmp_path / "c.anki2").write_bytes(package.read("collection.anki2"))
        with sqlite3.connect(tmp_path / "c.anki2") as db:
            import json
            return {int(k) for k in json.loads(db.execute("select decks from col").fetchone()[0])} - {1}

    first = deck_ids(to_apkg(sample_bank, tmp_path / "a.apkg", timestamp=T0))
    again = deck_ids(to_apkg(sample_bank, tmp_path / "b.apkg", timestamp=T0 + 50))
    assert first == again == {stable_int(DECK_NAMESPACE + "The Water Cycle::Rivers and Lakes")}


def test_tags_name_chapter_section_and_kind(sample_bank: QuestionBank, tmp_path: Path, collection) -> None:
    tags = {n.note_type: n.tags for n in make_notes(sample_bank)}
    assert tags["term"] == (
        "quizgen::chapter::the-water-cycle", "quizgen::section::rivers-and-lakes", "quizgen::kind::definition")
    assert all(" " not in tag for note in make_notes(sample_bank) for tag in note.tags)
    import_package(collection, to_apkg(sample_bank, tmp_path / "t.apkg", timestamp=T0))
    assert len(collection.find_notes("tag:quizgen::kind::definition")) == 1
    assert len(collection.find_notes("tag:quizgen::section::rivers-and-lakes")) == 4
    assert len(collection.find_notes("tag:quizgen")) == 4  # a parent tag finds its children


def test_bad_outputs_are_export_errors(sample_bank: QuestionBank, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="NAME.apkg"):
        to_apkg(sample_bank, tmp_path / "deck.zip")
    matching_only = replace(sample_bank, questions=tuple(q for q in sample_bank.questions if q.type == "matching"))
    with pytest.raises(ExportError, match="no questions that make Anki cards"):
        to_apkg(matching_only, tmp_path / "deck.apkg")
    assert not list(tmp_path.iterdir())  # nothing half-written


# --- regenerating ---------------------------------------------------------------------------


def review_first_cards(col, count: int) -> dict[int, tuple[int, int, int]]:  # type: ignore[no-untyped-def]
    """Answer ``count`` cards "Good"; their (reps, due, queue) by card id."""
    reviewed = {}
    for card_id in sorted(col.find_cards(""))[:count]:
        card = col.get_card(card_id)
        card.start_timer()
        col.sched.answerCard(card, 3)
        card = col.get_card(card_id)
        reviewed[card_id] = (card.reps, card.due, card.queue)
    return reviewed


def test_regenerated_bank_updates_only_changed_notes(sample_bank: QuestionBank, tmp_path: Path, collection) -> None:
    path = tmp_path / "water.apkg"
    import_package(collection, to_apkg(sample_bank, path, timestamp=T0))
    reviewed = review_first_cards(collection, 3)

    fixed = tuple(
        replace(q, answer="about 23,615 cubic kilometres") if q.id == "q-short-0002"
        else replace(q, prompt=q.prompt.replace("United States", "U.S.")) if q.id == "q-mc-0003"
        else q
        for q in sample_bank.questions
    )
    log = import_package(collection, to_apkg(replace(sample_bank, questions=fixed), path, timestamp=T0 + 60))

    assert_no_warnings(log)
    assert [list(n.fields)[0] for n in log.updated] == ["How much fresh water does Lake Baikal hold?"]
    assert (len(log.new), len(log.duplicate)) == (0, 3)  # the multiple choice is in no deck by default
    assert collection.note_count() == 4 and collection.card_count() == 4
    for card_id, before in reviewed.items():
        card = collection.get_card(card_id)
        assert (card.reps, card.due, card.queue) == before
    assert collection.db.scalar("select count() from revlog") == 3


def test_regenerated_elsewhere_updates_without_duplicates(sample_bank: QuestionBank, tmp_path: Path, collection) -> None:
    # Without the earlier package beside it, every note is newer: Anki updates them all, adds none.
    import_package(collection, to_apkg(sample_bank, tmp_path / "one" / "w.apkg", timestamp=T0))
    reviewed = review_first_cards(collection, 2)
    log = import_package(collection, to_apkg(sample_bank, tmp_path / "two" / "w.apkg", timestamp=T0 + 60))
    assert (len(log.new), len(log.updated)) == (0, 4)
    assert collection.note_count() == 4
    assert {cid: collection.get_card(cid).reps for cid in reviewed} == {cid: r[0] for cid, r in reviewed.items()}


# --- temporary files ---------------------------------------------------------------------


def test_writing_leaves_no_temporary_file(sample_bank: QuestionBank, tmp_path: Path, monkeypatch) -> None:
    import tempfile

    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    out = tmp_path / "out"
    to_apkg(sample_bank, out / "w.apkg", timestamp=T0)
    to_apkg(sample_bank, out / "w.apkg", timestamp=T0 + 1)  # over the earlier one, which is read first
    (out / "blocked.apkg").mkdir()  # a folder where the package should go: the rename fails
    with pytest.raises((ExportError, OSError)):
        to_apkg(sample_bank, out / "blocked.apkg", timestamp=T0)
    assert not list(temp.iterdir())
    assert sorted(p.name for p in out.iterdir()) == ["blocked.apkg", "w.apkg"]
