"""Ids that mean one thing: two different facts never share an id (or an Anki
note), and the same fact keeps its id across runs and editions of its text."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import shared_path

from quizgen.identity import definition_id, exact, gloss_key

PLANETS = """# The Inner Planets

## Mercury and Venus

Mercury is the smallest planet in the Solar System and the closest one to the Sun. A year on Mercury lasts only 88 Earth days, yet a single day there, from one sunrise to the next, lasts 176 Earth days. Because the planet has almost no atmosphere to hold heat, its surface swings from about 430 degrees Celsius in daylight to minus 180 degrees at night.

Venus is the second planet from the Sun and the hottest in the Solar System. Its thick atmosphere of carbon dioxide traps the heat of the Sun, a process called the greenhouse effect. The Soviet probe Venera 7 landed on Venus in 1970 and sent back data for 23 minutes before the heat destroyed it.

## Earth and Mars

An orbit is the curved path that one body in space follows around another. Earth completes its orbit around the Sun in about 365 days, and the tilt of its axis gives it seasons. Mars, the fourth planet, has two small moons, Phobos and Deimos, which the astronomer Asaph Hall discovered in 1877.
"""

METALS = """# Metals in the Workshop

## Liquid and Solid Metals

Mercury is a dense silvery metal that stays liquid at room temperature. For centuries, makers of thermometers and barometers used it because it expands evenly as it warms. Its vapour is poisonous, and since 2013 the Minamata Convention has limited its use in more than 140 countries.

An alloy is a mixture of a metal with other elements that is stronger or harder than the metal alone. Bronze, an alloy of copper and tin, gave its name to an age of human history that began about 3300 BCE in the Near East.

## Metals in the Wine Trade

Champagne is a historic region of northeastern France whose chalk hills were first planted with vines by the Romans. In that region, a champagne is a sparkling wine that ferments a second time inside its bottle. Its corks are held down by cages of tinned steel wire. Cellar workers turned the bottles by hand for weeks before the sediment was frozen and removed.
"""


def test_definition_id_keeps_case_and_meaning() -> None:
    planet = definition_id("Mercury", "the smallest planet in the Solar System")
    metal = definition_id("Mercury", "a dense silvery metal that stays liquid at room temperature")
    assert planet != metal
    assert definition_id("Polish", "a fine paste") != definition_id("polish", "a fine paste")
    # the same fact, re-punctuated and reflowed by another edition, keeps its id
    assert planet == definition_id("Mercury ", "the smallest  planet in the Solar System, and the closest")
    assert exact("Mercury\u00a0 ") == "Mercury"
    assert gloss_key("a dense silvery metal that stays liquid") == "dense silvery"


@pytest.fixture(scope="module")
def banks(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    from quizgen.pipeline import build_bank

    folder = tmp_path_factory.mktemp("books")
    (folder / "planets.md").write_text(PLANETS, encoding="utf-8")
    (folder / "metals.md").write_text(METALS, encoding="utf-8")
    return folder, build_bank([folder / "planets.md"]), build_bank([folder / "metals.md"])


def test_two_books_sharing_a_word_share_no_id(banks) -> None:  # type: ignore[no-untyped-def]
    _, planets, metals = banks
    terms = {book: {q.fact.term for q in bank.questions} for book, bank in (("planets", planets), ("metals", metals))}
    # the test means something only if the shared word is defined in both
    assert "Mercury" in terms["planets"] and "Mercury" in terms["metals"]
    assert {"Champagne", "champagne"} <= terms["metals"]
    assert not {q.fact.id for q in planets.questions} & {q.fact.id for q in metals.questions}
    assert not {q.id for q in planets.questions} & {q.id for q in metals.questions}
    # within one chapter, the language and the paste are two facts
    champagne = {q.fact.id for q in metals.questions if q.fact.term.lower() == "champagne"}
    assert len(champagne) == 2


def test_both_decks_import_into_one_collection(banks, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from anki.collection import Collection, ImportAnkiPackageOptions, ImportAnkiPackageRequest

    from quizgen.export.anki import make_notes, to_apkg

    _, planets, metals = banks
    guids = [{n.guid for n in make_notes(bank)} for bank in (planets, metals)]
    assert guids[0] and guids[1] and not guids[0] & guids[1]
    col = Collection(str(tmp_path / "collection.anki2"))
    try:
        for name, bank in (("planets", planets), ("metals", metals)):
            package = tmp_path / f"{name}.apkg"
            to_apkg(bank, package)
            request = ImportAnkiPackageRequest(package_path=str(package), options=ImportAnkiPackageOptions())
            col.import_anki_package(request)
        found = {col.get_note(note_id).guid for note_id in col.find_notes("")}
    finally:
        col.close()
    assert found == guids[0] | guids[1]


def test_same_text_same_ids_on_every_run(banks) -> None:  # type: ignore[no-untyped-def]
    from quizgen.pipeline import build_bank

    folder, planets, _ = banks
    again = build_bank([folder / "planets.md"])
    assert [q.id for q in again.questions] == [q.id for q in planets.questions]


def test_seed_pair_keeps_every_id() -> None:
    """The clean seed passage and its PDF-extracted edition: every question of the
    clean one has the same id in the other (bench/quality.py prints the share)."""
    from quizgen.pipeline import generate

    seeds = sorted(shared_path("seeds").glob("*.txt"))
    if len(seeds) < 2:
        pytest.skip("the seed pair is not here")
    clean, pdf = (generate(path) for path in seeds[:2])
    clean_ids = {q.id for q in clean}
    assert clean_ids and clean_ids <= {q.id for q in pdf}
