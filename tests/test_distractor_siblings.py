"""False statements swap in a sibling of the same kind, and choices do not give the
key away by form (blind review of 2026-12-06: "Iron is the endocytosis of large
particles", 1800 among 1802/1803/1805, "Burke, Weber and Locke" for Gandhi).
Sentences written for these tests."""

from __future__ import annotations

from quizgen.questions.distractors import pick_distractors, term_profile
from quizgen.questions.distractors.dates import year_form
from quizgen.questions.distractors.siblings import (
    aliases,
    coordinated,
    genus_of,
    hyponyms,
    narrower,
)
from quizgen.questions.true_false import make_true_false
from tests.test_questions_types import definition, make_fact


def falses(fact, pool, seeds: int = 30) -> set[str]:
    found = set()
    for seed in range(seeds):
        for question in make_true_false(fact, pool, seed=seed):
            if question.answer == "False":
                found.add(question.prompt.removeprefix("True or false: "))
    return found


LYSOSOME = definition("A lysosome is an organelle that breaks down worn-out parts of the cell.",
                      "lysosome", "an organelle that breaks down worn-out parts of the cell")
RIBOSOME = definition("A ribosome is an organelle that builds proteins from amino acids.",
                      "ribosome", "an organelle that builds proteins from amino acids")
OSMOSIS = definition("Osmosis is the movement of water across a membrane toward the saltier side.",
                     "osmosis", "the movement of water across a membrane toward the saltier side")


def test_genus_is_the_head_of_the_gloss_or_what_a_container_names():
    assert genus_of("an economic system in which firms compete for profit") == "system"
    assert genus_of("a form of farming that relies on hoes and digging sticks") == "farming"
    assert genus_of("a dam built across a river to hold back water") == "dam"
    assert genus_of("in which one firm sets the price") == ""
    assert genus_of("one of the oldest ideas in the field") == ""


def test_a_definition_is_swapped_only_for_a_term_of_its_genus():
    made = falses(LYSOSOME, [LYSOSOME, RIBOSOME, OSMOSIS])
    assert made == {"A ribosome is an organelle that breaks down worn-out parts of the cell."}
    assert falses(OSMOSIS, [LYSOSOME, RIBOSOME, OSMOSIS]) == set()  # no sibling: no false twin


def test_terms_listed_side_by_side_are_siblings():
    horticulture = definition("Horticulture is a form of farming that relies on hoes and digging sticks.",
                              "horticulture", "a form of farming that relies on hoes and digging sticks")
    pastoralism = definition("Pastoralism is a way of life built around herds of grazing animals.",
                             "pastoralism", "a way of life built around herds of grazing animals")
    listing = make_fact("Societies have lived by foraging, horticulture, pastoralism and intensive agriculture.",
                        "foraging", kind="enumeration", label="ITEM",
                        items="foraging|horticulture|pastoralism|intensive agriculture")
    assert coordinated("horticulture", "intensive agriculture", [listing.sentence])
    assert not coordinated("horticulture", "pastoralism", ["Horticulture needs no herds, unlike pastoralism."])
    made = falses(horticulture, [horticulture, pastoralism, listing])
    assert made == {"Pastoralism is a form of farming that relies on hoes and digging sticks."}
    assert falses(horticulture, [horticulture, pastoralism]) == set()


def test_another_name_or_a_kind_of_the_term_is_never_swapped_in():
    """Either would leave the statement true."""
    assert aliases("pinocytosis", "cell drinking", ["Pinocytosis, or cell drinking, takes in fluid."])
    assert aliases("state", "country", ["Together they make up a state (or its synonym, country)."])
    assert hyponyms("diffusion", "passive transport",
                    ["Solutes spread by a form of passive transport called simple diffusion."])
    assert narrower("federal grants", "federal transfers that fund one narrow purpose", "categorical grants")
    assert not narrower("block grants", "federal transfers that fund one narrow purpose", "categorical grants")
    diffusion = definition("Diffusion is the movement of particles from where they are crowded to where they are sparse.",
                           "diffusion", "the movement of particles from where they are crowded to where they are sparse")
    passive = definition("Passive transport is the movement of substances across a membrane without spending energy.",
                         "passive transport", "the movement of substances across a membrane without spending energy")
    kind = make_fact("Simple diffusion is a form of passive transport that needs no carrier.", "Simple diffusion",
                     kind="term", label="TERM")
    assert falses(passive, [diffusion, passive]) != set()
    assert falses(passive, [diffusion, passive, kind]) == set()


def test_a_long_form_of_a_word_the_sentence_uses_is_not_swapped_in():
    nadh = definition("NADH is a carrier of electrons that, unlike ATP, is not spent as energy.",
                      "NADH", "a carrier of electrons that, unlike ATP, is not spent as energy")
    atp = definition("Adenosine triphosphate (ATP) is a carrier of energy that powers the work of cells.",
                     "adenosine triphosphate", "a carrier of energy that powers the work of cells")
    assert not any(s.startswith("Adenosine") for s in falses(nadh, [nadh, atp]))


def test_a_term_named_by_two_nouns_is_plural():
    both = definition("Flexion and extension are movements that bend and straighten a joint.",
                      "flexion and extension", "movements that bend and straighten a joint")
    profile = term_profile(both)
    assert profile is not None and profile.plural


def test_a_round_year_is_never_alone_in_its_form():
    discovery = make_fact("The astronomer found the new comet in 1800 while mapping the sky.", "1800",
                          kind="date", label="DATE", year="1800")
    others = [make_fact(f"The observatory bought a lens in {y}.", str(y), kind="date", label="DATE", year=str(y))
              for y in (1802, 1803, 1805)]
    for seed in range(6):
        choices = pick_distractors(discovery, [discovery, *others], seed=seed)
        assert len(choices) == 3
        assert "round" in {year_form(c) for c in choices}
    assert (year_form("1800"), year_form("1803"), year_form("the 1960s")) == ("round", "plain", "")


def test_a_year_tied_to_a_like_event_is_no_distractor():
    first = make_fact("The council passed its first resolution on refugees in 2011.", "2011",
                      kind="date", label="DATE", year="2011")
    second = make_fact("A second resolution on refugees followed in 2014.", "2014",
                       kind="date", label="DATE", year="2014")
    filler = [make_fact(f"The port was dredged again in {y}.", str(y), kind="date", label="DATE", year=str(y))
              for y in (2008, 2013, 2016)]
    for seed in range(6):
        assert "2014" not in pick_distractors(first, [first, second, *filler], seed=seed)


def test_a_person_the_chapter_gives_no_role_gets_no_thinkers():
    """ "Burke, Weber and Locke" offered for the author of satyagraha."""
    gandhi = make_fact("Gandhi called his method of nonviolent resistance satyagraha.", "Gandhi",
                       kind="person", label="PERSON", person="Gandhi")
    thinkers = [make_fact(f"{name} argued that {claim}.", name, kind="person", label="PERSON", person=name)
                for name, claim in (("Locke", "people hold natural rights"), ("Burke", "tradition holds wisdom"),
                                    ("Hume", "custom guides belief"))]
    assert pick_distractors(gandhi, [gandhi, *thinkers], seed=0) == ()


def test_heads_that_name_one_kind_make_siblings():
    """ "the first phase of mitosis" and "the final stage of mitosis"; an ideology and
    an economic system among the chapter's -isms."""
    assert genus_of("the first phase of a long journey") == genus_of("the final stage of a long journey")
    assert genus_of("an immobile or nearly immobile joint") == "joint"
    assert genus_of("a broad family of views that put liberty first") == "view"
    mercantilism = definition("Mercantilism is an economic system in which the state hoards gold through exports.",
                              "mercantilism", "an economic system in which the state hoards gold through exports")
    pacifism = definition("Pacifism is an ideology that rejects war as a means of settling disputes.",
                          "pacifism", "an ideology that rejects war as a means of settling disputes")
    made = falses(pacifism, [mercantilism, pacifism])
    assert made == {"Mercantilism is an ideology that rejects war as a means of settling disputes."}


def test_a_term_built_on_a_word_of_the_gloss_is_not_swapped_in():
    """ "Totalitarianism, an ideology that has engendered totalitarian governments": true on its face."""
    communism = definition("Communism is an ideology that has produced totalitarian governments.",
                           "communism", "an ideology that has produced totalitarian governments")
    totalitarianism = definition("Totalitarianism is an ideology that demands total control of private life.",
                                 "totalitarianism", "an ideology that demands total control of private life")
    assert falses(communism, [communism, totalitarianism]) == set()


def test_parallel_glosses_make_a_twin_unless_the_sibling_says_it_all():
    """ "A concentration gradient is a difference in electrical charge across a space"
    is plainly false; a sibling whose own gloss says everything the statement does
    would make it true."""
    pressure = definition("A pressure gradient is a difference in pressure between two places.",
                          "pressure gradient", "a difference in pressure between two places")
    heat = definition("A temperature gradient is a difference in temperature between two places.",
                      "temperature gradient", "a difference in temperature between two places")
    assert falses(pressure, [pressure, heat]) == {"A temperature gradient is a difference in pressure between two places."}
    tariff = definition("A tariff is a tax on goods brought in from abroad.",
                        "tariff", "a tax on goods brought in from abroad")
    duty = definition("An import duty is a tax on goods brought in from abroad, paid at the port.",
                      "import duty", "a tax on goods brought in from abroad, paid at the port")
    assert falses(tariff, [tariff, duty]) == set()
