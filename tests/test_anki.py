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


def test_import_gives_notes_and_cards_per_note_type(sample_bank: QuestionBank, tmp_path: Path, collection) -> None:
    path = to_apkg(sample_bank, tmp_path / "water.apkg", timestamp=T0)
    log = import_package(collection, path)

    assert_no_warnings(log)
    assert (len(log.new), len(log.updated), len(log.duplicate)) == (7, 0, 0)
    # The matching set makes no note; the term/definition question one note, one card.
    assert note_counts(collection) == {
        "quizgen Cloze": 1,
        "quizgen Basic": 3,  # two short answers and the ordering
        "quizgen Multiple Choice": 1,
        "quizgen True or False": 1,
        "quizgen Term and Definition": 1,
    }
    assert collection.card_count() == 7
    assert set(collection.decks.all_names()) >= {"The Water Cycle"}


def test_each_card_shows_prompt_answer_and_source(sample_bank: QuestionBank, tmp_path: Path, collection) -> None:
    import_package(collection, to_apkg(sample_bank, tmp_path / "water.apkg", timestamp=T0))
    cards = cards_by_note_type(collection)
    where = "The Water Cycle · Rivers and Lakes · p."

    (cloze,) = cards["quizgen Cloze"]
    assert "[...] is the change of liquid water into water vapour." in visible(cloze.question())
    assert "Evaporation" not in visible(cloze.question())
    back = visible(cloze.answer())
    assert "Evaporation is the change of liquid water into water vapour." in back
    assert f"{where} 3" in back

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
    assert len(cards["quizgen Cloze"]) == 2
    nasty = next(c for c in cards["quizgen Cloze"] if "Use" in visible(c.question()))
    for side in (nasty.question(), nasty.answer()):
        assert "<script>" not in side and "<b>bold" not in side and "<i>B" not in side
    assert 'Use {{c1::x}} [...] <script>alert("x")</script> here.' in visible(nasty.question())
    assert sentence in visible(nasty.answer())
    assert "C {{c2::y}} · A & <i>B</i>" in visible(nasty.answer())

    said = next(c for c in cards["quizgen Basic"] if "Who said" in visible(c.question()))
    assert '"use {{c1::care}}" <script>alert(1)</script> & more?' in visible(said.question())
    assert "Ada <b>Brown</b> & partners" in visible(said.answer())
    assert "<script>" not in said.question() + said.answer()


def test_field_text_escapes_markup_and_braces() -> None:
    assert field_text('<b>&</b> {{c1::x}} "q"') == "&lt;b&gt;&amp;&lt;/b&gt; &#123;&#123;c1::x&#125;&#125; &quot;q&quot;"


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


def test_guids_come_from_question_ids_not_fields(sample_bank: QuestionBank) -> None:
    reworded = replace(sample_bank, title="Another title", questions=tuple(
        replace(q, prompt=q.prompt + " (reworded)", answer=q.answer + "!", score=0.1) for q in sample_bank.questions
    ))
    assert [n.guid for n in make_notes(sample_bank)] == [n.guid for n in make_notes(reworded)]
    guids = [n.guid for n in make_notes(sample_bank)]
    assert len(set(guids)) == len(guids)


def test_choices_keep_their_order_for_the_note(sample_bank: QuestionBank) -> None:
    mc = next(q for q in sample_bank.questions if q.type == "multiple_choice")
    choices_of = [next(n for n in make_notes(replace(sample_bank, questions=(q,)))).fields[1]
                  for q in (mc, replace(mc, choices=tuple(reversed(mc.choices))))]
    assert choices_of[0] == choices_of[1]


def test_decks_by_chapter_and_section(sample_bank: QuestionBank, tmp_path: Path, collection) -> None:
    other = replace(sample_bank.questions[1], id="q-other",
                    source=SourceRef(file="b.md", sentence="s.", section="Dams", page=1, chapter="Rivers"))
    bank = replace(sample_bank, questions=(*sample_bank.questions, other))
    assert {n.deck for n in make_notes(bank)} == {"The Water Cycle", "The Water Cycle::Rivers"}
    assert {n.deck for n in make_notes(bank, deck_name="Geo::101")} == {"Geo:101::The Water Cycle", "Geo:101::Rivers"}

    path = to_apkg(bank, tmp_path / "s.apkg", deck_name="Geography", by_section=True, timestamp=T0)
    import_package(collection, path)
    names = set(collection.decks.all_names())
    assert {"Geography::The Water Cycle::Rivers and Lakes", "Geography::Rivers::Dams"} <= names
    dams = collection.find_cards('"deck:Geography::Rivers::Dams"')
    assert len(dams) == 1


def test_a_set_from_several_sections_stays_in_its_chapter_deck(sample_bank: QuestionBank) -> None:
    mixed = replace(sample_bank.questions[1], id="q-mixed",
                    source=SourceRef(file="b.md", sentence="s.", section="Dams; Deltas", page=1, chapter="Rivers"))
    note = next(iter(make_notes(replace(sample_bank, questions=(mixed,)), by_section=True)))
    assert note.deck == "The Water Cycle::Rivers"
    assert {"dams", "deltas"} <= set(note.tags)


def test_deck_ids_are_stable_per_name(sample_bank: QuestionBank, tmp_path: Path) -> None:
    def deck_ids(path: Path) -> set[int]:
        with zipfile.ZipFile(path) as package:
            (tmp_path / "c.anki2").write_bytes(package.read("collection.anki2"))
        with sqlite3.connect(tmp_path / "c.anki2") as db:
            import json
            return {int(k) for k in json.loads(db.execute("select decks from col").fetchone()[0])} - {1}

    first = deck_ids(to_apkg(sample_bank, tmp_path / "a.apkg", by_section=True, timestamp=T0))
    again = deck_ids(to_apkg(sample_bank, tmp_path / "b.apkg", by_section=True, timestamp=T0 + 50))
    assert first == again == {stable_int(DECK_NAMESPACE + "The Water Cycle::Rivers and Lakes")}


def test_tags_name_quizgen_type_and_section(sample_bank: QuestionBank) -> None:
    tags = {n.note_type: n.tags for n in make_notes(sample_bank)}
    assert tags["cloze"] == ("quizgen", "cloze", "rivers-and-lakes")
    assert tags["term"] == ("quizgen", "term_definition", "rivers-and-lakes")
    assert all(" " not in tag for note in make_notes(sample_bank) for tag in note.tags)


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
    assert sorted(list(n.fields)[0] for n in log.updated) == [
        "How much fresh water does Lake Baikal hold?",
        "In what year was the Clean Water Act passed by the U.S. Congress?",
    ]
    assert (len(log.new), len(log.duplicate)) == (0, 5)
    assert collection.note_count() == 7 and collection.card_count() == 7
    for card_id, before in reviewed.items():
        card = collection.get_card(card_id)
        assert (card.reps, card.due, card.queue) == before
    assert collection.db.scalar("select count() from revlog") == 3


def test_regenerated_elsewhere_updates_without_duplicates(sample_bank: QuestionBank, tmp_path: Path, collection) -> None:
    # Without the earlier package beside it, every note is newer: Anki updates them all, adds none.
    import_package(collection, to_apkg(sample_bank, tmp_path / "one" / "w.apkg", timestamp=T0))
    reviewed = review_first_cards(collection, 2)
    log = import_package(collection, to_apkg(sample_bank, tmp_path / "two" / "w.apkg", timestamp=T0 + 60))
    assert (len(log.new), len(log.updated)) == (0, 7)
    assert collection.note_count() == 7
    assert {cid: collection.get_card(cid).reps for cid in reviewed} == {cid: r[0] for cid, r in reviewed.items()}
