"""Decks from real chapters (real spaCy, real pipeline) imported into a real Anki collection."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from test_anki import assert_no_warnings, import_package, review_first_cards

from quizgen.export.anki import DECK_TYPES, AnkiNote, make_notes, to_apkg
from quizgen.pipeline import build_bank
from quizgen.resources import example_chapter

T0 = 1_700_000_000.0

WATER = """# The Water Cycle

## Evaporation

Evaporation is the change of liquid water into water vapour that rises from oceans, lakes and rivers. The sun provides the energy that drives it.

Transpiration is the release of water vapour from the leafs of plants into the air. A large English oak can give off about 400 litres of water on a hot day.

## Rivers and Lakes

Lake Baikal holds about 23,600 cubic kilometres of fresh water, more than any other lake on Earth. The Amazon River carries more water than any other river in the world.

A watershed is the area of land that drains into a single river or lake. In 1972, the Clean Water Act was passed by the United States Congress to protect rivers and lakes. Under the Clean Water Act, a factory needs a permit before it may release waste into a river.
"""

PRESS = """# Printing in Early Modern Europe

## The Press

Movable type is a system of printing that uses separate pieces of metal, one for each letter, which can be arranged and reused. Around 1450, Johannes Gutenberg built a printing press in Mainz. By 1500, presses in more than 250 European towns had printed about 20 million books.

A broadside is a large sheet of paper printed on one side only and posted in public places. Broadsides spread news, laws and songs to people who could not afford books.

## Readers

Literacy is the ability to read and write a language. In 1517, Martin Luther wrote the Ninety-five Theses, and printers in several cities copied them within weeks. Because printed books were cheaper than copies made by hand, more families could own them.
"""

FIXED_TYPO = WATER.replace("leafs of plants", "leaves of plants")
CHANGED_NUMBER = FIXED_TYPO.replace("about 400 litres", "about 450 litres")


@pytest.fixture
def collection(tmp_path: Path):  # type: ignore[no-untyped-def]
    from anki.collection import Collection

    col = Collection(str(tmp_path / "collection.anki2"))
    yield col
    col.close()


def chapter(tmp_path: Path, text: str, name: str = "water.md") -> Path:
    folder = tmp_path / f"v{abs(hash(text)) % 10_000}"
    folder.mkdir(exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def by_guid(notes: list[AnkiNote]) -> dict[str, AnkiNote]:
    return {note.guid: note for note in notes}


def regenerate(collection, tmp_path: Path, before: str, after: str):  # type: ignore[no-untyped-def]
    """Import the deck of ``before``, review some cards, write the deck of ``after``
    over it and import that; the log, the notes of both and the reviewed cards."""
    deck = tmp_path / "decks" / "water.apkg"
    old_bank = build_bank([chapter(tmp_path, before)])
    import_package(collection, to_apkg(old_bank, deck, timestamp=T0))
    reviewed = review_first_cards(collection, 5)
    new_bank = build_bank([chapter(tmp_path, after)])
    log = import_package(collection, to_apkg(new_bank, deck, timestamp=T0 + 3600))
    return log, by_guid(make_notes(old_bank)), by_guid(make_notes(new_bank)), reviewed


def guids_of(collection, entries) -> set[str]:  # type: ignore[no-untyped-def]
    return {collection.get_note(entry.id.nid).guid for entry in entries}


@pytest.mark.parametrize("name", ["water", "press", "example"])
def test_every_fact_gives_exactly_one_note(name: str, collection, tmp_path: Path) -> None:
    path = example_chapter() if name == "example" else chapter(tmp_path, {"water": WATER, "press": PRESS}[name])
    bank = build_bank([path])
    notes = make_notes(bank)
    log = import_package(collection, to_apkg(bank, tmp_path / "deck.apkg", timestamp=T0))
    assert_no_warnings(log)

    fact_of = {note.guid: note.fact_id for note in notes}
    in_anki = [collection.get_note(nid) for nid in collection.find_notes("")]
    facts = Counter(fact_of[note.guid] for note in in_anki)
    recalled = {q.fact.id for q in bank.questions if q.type in DECK_TYPES and q.type != "ordering"}
    assert set(facts) >= recalled and max(facts.values()) == 1
    # Each fact's ways of being asked are its note's cards: siblings, not notes of their own.
    cards = {note.guid: len(note.cards()) for note in in_anki}
    assert cards == {note.guid: note.cards for note in notes}
    assert sum(cards.values()) == collection.card_count() > len(in_anki)
    assert all(len(nids) == 1 for nids in _notes_per_sentence_and_answer(collection, in_anki).values())


def _notes_per_sentence_and_answer(collection, notes):  # type: ignore[no-untyped-def]
    """Notes by (source sentence, first field): a fact asked twice would show up twice."""
    found: dict[tuple[str, str], set[int]] = {}
    for note in notes:
        found.setdefault((note["Source"], note.fields[0]), set()).add(note.id)
    return found


def test_fixed_typo_updates_the_notes_that_show_it(collection, tmp_path: Path) -> None:
    log, old, new, reviewed = regenerate(collection, tmp_path, WATER, FIXED_TYPO)

    assert_no_warnings(log)
    assert set(new) == set(old)  # the typo is in no fact's identity
    changed = {guid for guid in new if new[guid].fields != old[guid].fields}
    assert any("leaves" in field for guid in changed for field in new[guid].fields)
    assert guids_of(collection, log.updated) == changed
    assert not log.new
    assert len(log.duplicate) == len(new) - len(changed)  # Anki's word for "already there, unchanged"
    assert collection.note_count() == len(new)
    for card_id, (reps, due, queue) in reviewed.items():
        card = collection.get_card(card_id)
        assert (card.reps, card.due, card.queue) == (reps, due, queue)
    transpiration = collection.find_notes('"Term:transpiration"')
    assert len(transpiration) == 1
    assert "leaves of plants" in collection.get_note(transpiration[0])["Definition"]


def test_changed_number_updates_the_notes_in_place(collection, tmp_path: Path) -> None:
    log, old, new, reviewed = regenerate(collection, tmp_path, FIXED_TYPO, CHANGED_NUMBER)

    assert_no_warnings(log)
    assert set(new) == set(old)  # a fact's identity never includes its answer
    changed = {guid for guid in new if new[guid].fields != old[guid].fields}
    assert any("450" in field for guid in changed for field in new[guid].fields)
    assert guids_of(collection, log.updated) == changed
    assert not log.new
    assert collection.note_count() == len(new)
    assert all(collection.get_card(card_id).reps == reps for card_id, (reps, _, _) in reviewed.items())


def test_two_chapters_share_no_note(collection, tmp_path: Path) -> None:
    water = build_bank([chapter(tmp_path, WATER)])
    kazakhstan = build_bank([example_chapter()])
    water_notes, kazakhstan_notes = by_guid(make_notes(water)), by_guid(make_notes(kazakhstan))
    assert not set(water_notes) & set(kazakhstan_notes)

    first = import_package(collection, to_apkg(water, tmp_path / "water.apkg", timestamp=T0))
    second = import_package(collection, to_apkg(kazakhstan, tmp_path / "kz.apkg", timestamp=T0 + 60))
    assert_no_warnings(second)
    assert len(first.new) == len(water_notes)
    assert (len(second.new), len(second.updated), len(second.duplicate)) == (len(kazakhstan_notes), 0, 0)
    assert collection.note_count() == len(water_notes) + len(kazakhstan_notes)
    assert set(collection.decks.all_names()) >= {"The Water Cycle", "Kazakhstan and Its Neighbours"}


def test_one_deck_from_two_chapters_has_a_subdeck_each(collection, tmp_path: Path) -> None:
    bank = build_bank([chapter(tmp_path, WATER), example_chapter()])
    import_package(collection, to_apkg(bank, tmp_path / "both.apkg", deck_name="Geography", timestamp=T0))
    names = set(collection.decks.all_names())
    assert {"Geography::The Water Cycle", "Geography::Kazakhstan and Its Neighbours"} <= names
