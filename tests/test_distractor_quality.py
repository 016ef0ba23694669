"""Multiple-choice distractors that a strict reviewer would accept: the same kind of
thing as the answer, fitting the sentence's grammar, and really wrong.

Each test is a fault the review of round 1 found (question numbers in
docs/review-verdicts.md), rebuilt on sentences written for these tests."""

from __future__ import annotations

import re
from dataclasses import replace

from quizgen.models import Fact, Question
from quizgen.questions.cloze import fact_info, make_cloze
from quizgen.questions.distractors import (
    answer_text,
    gloss_kind,
    is_plural,
    person_name,
    pick_distractors,
    surname,
    term_profile,
)
from quizgen.questions.multiple_choice import echoes_answer, make_multiple_choice
from quizgen.questions.wh import make_short_answer
from tests.test_questions_types import definition, make_fact

#: Doctrines, all glossed as ideologies or systems, all mass nouns.
DOCTRINES = [
    definition(
        "Mercantilism is an economic doctrine that sees exports as the source of national wealth.",
        "mercantilism",
        "an economic doctrine that sees exports as the source of national wealth",
    ),
    definition(
        "Feudalism is a system in which lords grant land to vassals in exchange for military service.",
        "feudalism",
        "a system in which lords grant land to vassals in exchange for military service",
    ),
    definition(
        "Syndicalism is a doctrine that wants trade unions to run industry.",
        "syndicalism",
        "a doctrine that wants trade unions to run industry",
    ),
    definition(
        "Anarchism is a political philosophy holding that every form of state authority should be abolished.",
        "anarchism",
        "a political philosophy holding that every form of state authority should be abolished",
    ),
    definition(
        "Collectivism is an ideology that holds that shared ownership of land and factories gives equal material comfort to all.",
        "collectivism",
        "an ideology that holds that shared ownership of land and factories gives equal material comfort to all",
    ),
]
#: People-words, glossed as people.
OFFICE_HOLDERS = [
    definition(
        "A mayor is the elected official who heads a city government.",
        "mayor",
        "the elected official who heads a city government",
    ),
    definition(
        "A diplomat is an official who represents a state abroad.",
        "diplomat",
        "an official who represents a state abroad",
    ),
    definition(
        "A lobbyist is a person paid to persuade lawmakers on behalf of a client.",
        "lobbyist",
        "a person paid to persuade lawmakers on behalf of a client",
    ),
    definition(
        "A senator is a member of the upper chamber of a legislature.",
        "senator",
        "a member of the upper chamber of a legislature",
    ),
]
INCUMBENT = definition(
    "If one candidate is the incumbent—a politician already serving in office—that matters.",
    "incumbent",
    "a politician already serving in office",
)
#: Plural terms glossed as groups.
PLURAL_GROUPS = [
    definition(
        "Trade unions are organizations of workers that bargain with employers over pay.",
        "trade unions",
        "organizations of workers that bargain with employers over pay",
    ),
    definition(
        "Cartels are associations of firms that fix prices among themselves.",
        "cartels",
        "associations of firms that fix prices among themselves",
    ),
    definition(
        "Guilds are associations of craftsmen that controlled a trade in a town.",
        "guilds",
        "associations of craftsmen that controlled a trade in a town",
    ),
    definition(
        "Chambers of commerce are bodies of local merchants that speak for business.",
        "chambers of commerce",
        "bodies of local merchants that speak for business",
    ),
]
SINGULAR_GROUP = definition(
    "A consortium is an association of companies that join for one large project.",
    "consortium",
    "an association of companies that join for one large project",
)
POOL = [*DOCTRINES, *OFFICE_HOLDERS, INCUMBENT, *PLURAL_GROUPS, SINGULAR_GROUP]


def cloze_stem(fact: Fact):
    stem = make_cloze(fact)
    assert stem is not None
    return stem


def choices_for(fact: Fact, pool: list[Fact] = POOL, seed: int = 0) -> tuple[str, ...]:
    return pick_distractors(fact, pool, seed=seed, stem=cloze_stem(fact).prompt)


# -- the same kind of thing -----------------------------------------------------------


def test_an_ism_gets_isms():
    for fact in DOCTRINES[:3]:
        for seed in range(5):
            assert all(c.endswith("ism") for c in choices_for(fact, seed=seed))


def test_a_person_word_gets_person_words_only():
    """#9: "incumbent" got constitutions, hypothesis and benefits."""
    for seed in range(5):
        distractors = choices_for(INCUMBENT, seed=seed)
        assert len(distractors) == 3
        assert set(distractors) <= {"mayor", "diplomat", "lobbyist", "senator"}


def test_a_plural_answer_gets_plural_distractors_and_a_singular_one_singular():
    """#15, #19: "_____ are organizations ..." must not leave one plural choice."""
    for seed in range(5):
        distractors = choices_for(PLURAL_GROUPS[0], seed=seed)
        assert len(distractors) == 3
        assert all(is_plural(d.split()[0] if " of " in d else d.split()[-1]) for d in distractors)
    assert "trade unions" not in choices_for(SINGULAR_GROUP)


def test_gloss_kinds():
    assert gloss_kind("a politician already serving in office") == "person"
    assert gloss_kind("a small set of dedicated and merciless activists working for them") == "group"
    assert gloss_kind("organizations of individuals united by common goals") == "group"
    assert gloss_kind("an economic system in which goods are privately owned") == "system"
    assert gloss_kind("a firmly rooted disposition to hold the common good above self-interest") == "thing"
    assert gloss_kind("Gramsci’s theory that culture is a weapon") == "idea"
    assert gloss_kind("a fear at the heart of Rousseau’s advocacy of a civil religion") is None


# -- no question for what is not a term ----------------------------------------------


def test_no_distractors_for_a_comment_read_as_a_gloss():
    """#11: "the citizenry—a fear at the heart of ..." is no definition of citizenry."""
    fact = definition(
        "Opponents say that vouchers breed tension among the citizenry—a fear at the heart of the debate.",
        "citizenry",
        "a fear at the heart of the debate",
    )
    assert term_profile(fact) is None
    assert pick_distractors(fact, [*POOL, fact], seed=0) == ()


def test_no_distractors_for_a_generic_head_or_an_adjective():
    """#33: "destabilizing degree" is no concept; "inalienable" is an adjective."""
    degree = definition(
        "Vouchers foment a destabilizing degree—a level of tension that unsettles communities.",
        "destabilizing degree",
        "a level of tension that unsettles communities",
    )
    adjective = definition(
        "Human rights are inalienable: they cannot be taken away by any government.",
        "inalienable",
        "cannot be taken away by any government",
    )
    assert term_profile(degree) is None
    assert term_profile(adjective) is None


def test_a_word_inside_another_terms_gloss_is_no_term():
    """"a shortcut for making decisions, in which ...": "decisions" is part of the gloss."""
    sentence = "A heuristic is a shortcut for making decisions, in which simple rules replace long ones."
    heuristic = definition(sentence, "heuristic", "a shortcut for making decisions")
    decisions = definition(sentence, "decisions", "in which simple rules replace long ones")
    assert pick_distractors(decisions, [*POOL, heuristic, decisions], seed=0) == ()


def test_an_ordinary_noun_phrase_or_a_list_item_is_not_asked():
    item = make_fact(
        "Exports included timber, furs and amber.", "amber", kind="enumeration", label="ITEM",
        items="timber|furs|amber", head="included",
    )
    assert make_cloze(item) is None  # a list's last item has no one answer
    stem = make_short_answer(item) or Question(
        id="q", type="cloze", prompt="Exports included timber, furs and _____.", answer="amber",
        source=item.source, fact=fact_info(item))
    assert make_multiple_choice(item, stem, POOL, seed=0) is None


def test_fewer_than_three_good_distractors_means_no_question():
    fact = PEOPLE[0]  # Rousseau, with Montesquieu, Voltaire and Diderot
    assert make_multiple_choice(fact, cloze_stem(fact), PEOPLE[:3], seed=0) is None
    assert make_multiple_choice(fact, cloze_stem(fact), PEOPLE[:4], seed=0) is not None


def test_a_defined_term_is_never_multiple_choice():
    """Reviews 8-10 rejected all six term items: the stem's gloss rules rival terms out."""
    fact = DOCTRINES[0]
    assert len(choices_for(fact, DOCTRINES)) == 3  # the distractors exist, for true/false twins
    assert make_multiple_choice(fact, cloze_stem(fact), DOCTRINES, seed=0) is None


# -- really wrong --------------------------------------------------------------------


def test_a_term_whose_own_definition_fits_the_prompt_is_not_a_distractor():
    """#34: communism also fits "the goal of _____ is ... equal material wealth"."""
    goal = definition(
        "The goal of distributism is to spread ownership of land and factories so that all enjoy equal material comfort.",
        "distributism",
        "to spread ownership of land and factories so that all enjoy equal material comfort",
    )
    for seed in range(8):
        distractors = pick_distractors(goal, [*POOL, goal], seed=seed, stem=cloze_stem(goal).prompt)
        assert "collectivism" not in distractors


def test_a_distractor_the_sentence_states_is_refused():
    fact = definition(
        "Syndicalism, unlike anarchism, is a movement that wants trade unions to run industry.",
        "syndicalism",
        "a movement that wants trade unions to run industry",
    )
    for seed in range(5):
        assert "anarchism" not in pick_distractors(fact, [*POOL, fact], seed=seed)


def test_a_stem_repeating_a_word_of_the_answer_is_not_asked():
    """ "skepticism of _____, in which ... by a direct majority vote": "direct democracy"."""
    assert echoes_answer("skepticism of _____, decided by a direct vote", "direct democracy",
                         ["monarchy", "oligarchy", "theocracy"])
    assert not echoes_answer("_____ is the subfield of political science", "political psychology",
                             ["political philosophy", "motivated reasoning", "public policy"])


# -- how choices look ----------------------------------------------------------------


def test_proper_nouns_keep_their_capitals():
    """#13: "german Christianity" was lower-cased."""
    fact = definition(
        "German Christianity was the Nazi-controlled church of the Reich.",
        "german Christianity",
        "the Nazi-controlled church of the Reich",
    )
    assert answer_text(fact) == "German Christianity"
    assert answer_text(DOCTRINES[0]) == "mercantilism"


def test_a_bare_slot_gets_mass_nouns_and_an_a_slot_countable_nouns():
    """A choice must fit the article before the blank: never "A syndicalism is ..."."""
    for seed in range(5):
        assert set(choices_for(OFFICE_HOLDERS[1], seed=seed)) <= {"mayor", "lobbyist", "senator", "incumbent"}
    countable = definition(
        "A guild is an association of craftsmen that controls a trade in a town.",
        "guild",
        "an association of craftsmen that controls a trade in a town",
    )
    mass = replace(
        countable,
        id="f-mass",
        sentence="Guildwork is an association of craftsmen that controls a trade in a town.",
        answer="Guildwork",
        answer_start=0,
        answer_end=9,
        term="guildwork",
    )
    assert term_profile(countable).determiner == "a"
    assert term_profile(mass).determiner == "bare"


def test_people_keep_their_form_and_their_kind():
    assert person_name("Reverend Martin Luther King Jr.") == "Martin Luther King Jr."
    assert person_name("Marxist Antonio Gramsci") == "Antonio Gramsci"
    assert surname("William Du Bois") == "Du Bois"
    assert surname("Johann Gottfried von Herder") == "Herder"
    assert surname("Martin Luther King Jr.") == "King"


PEOPLE = [
    make_fact("In 1762, Rousseau argued in The Social Contract that the people are sovereign.", "Rousseau",
              kind="person", label="PERSON", person="Rousseau"),
    make_fact("Montesquieu argued for the separation of powers in 1748.", "Montesquieu",
              kind="person", label="PERSON", person="Montesquieu"),
    make_fact("Voltaire wrote Candide in 1759 to mock the church.", "Voltaire",
              kind="person", label="PERSON", person="Voltaire"),
    make_fact("Diderot held from 1751 that knowledge belongs to everyone.", "Diderot",
              kind="person", label="PERSON", person="Diderot"),
    make_fact("In 1991, Yeltsin defied the coup in Moscow.", "Yeltsin",
              kind="person", label="PERSON", person="Yeltsin", role="President"),
    make_fact("President Gorbachev resigned in 1991 in Moscow.", "Gorbachev",
              kind="person", label="PERSON", person="Gorbachev", role="President"),
]


def test_a_person_gets_people_of_the_same_era_and_place():
    """#49: "in China" made FDR and Rousseau absurd beside Deng."""
    for seed in range(5):
        assert set(pick_distractors(PEOPLE[0], PEOPLE, seed=seed)) <= {"Montesquieu", "Voltaire", "Diderot"}
    assert pick_distractors(PEOPLE[4], PEOPLE, seed=0) == ("Gorbachev",)


def test_role_words_before_a_name_must_match():
    """ "Venezuelan president Adam Smith" must never be made."""
    writer = make_fact("The German writer Heine mocked the censors in 1844.", "Heine",
                       kind="person", label="PERSON", person="Heine")
    assert pick_distractors(writer, [writer, *PEOPLE[:4]], seed=0) == ()


# -- dates and numbers ---------------------------------------------------------------


def test_decades_stay_decades_and_centuries_centuries():
    """ "the 1960s" once got "the 1957s"."""
    sixties = make_fact("In the 1960s, the New Left emerged in Europe.", "the 1960s",
                        kind="date", label="DATE", year="1960")
    other = make_fact("In 1957, the treaty founded the common market.", "1957",
                      kind="date", label="DATE", year="1957")
    for seed in range(5):
        choices = pick_distractors(sixties, [sixties, other], seed=seed)
        assert len(choices) == 3
        assert all(re.fullmatch(r"the 1[89]\d0s", c) and c != "the 1960s" for c in choices)
    hume = make_fact("In the 1700s, Hume wrote on government.", "the 1700s",
                     kind="date", label="DATE", year="1700")
    for seed in range(5):
        assert all(re.fullmatch(r"the 1[4-9]00s", c) for c in pick_distractors(hume, [hume], seed=seed))


def test_a_year_inside_a_life_or_a_range_stays_inside_it():
    """ "Adam Smith (1723–1790)" wrote nothing in 1830; "from _____ to 1945" is before 1945."""
    smith = make_fact("In The Wealth of Nations (1776), Adam Smith (1723–1790) praised trade.", "1776",
                      kind="date", label="DATE", year="1776")
    late = make_fact("In 1830, France had a revolution.", "1830", kind="date", label="DATE", year="1830")
    for seed in range(5):
        assert all(1723 <= int(c) <= 1790 for c in pick_distractors(smith, [smith, late], seed=seed))
    nazi = make_fact("Nazism governed Germany from 1933 to 1945.", "1933", kind="date", label="DATE", year="1933")
    for seed in range(5):
        assert all(int(c) < 1945 for c in pick_distractors(nazi, [nazi], seed=seed))


def test_a_year_keeps_its_side_of_another_year_in_its_sentence():
    """ "up from $9.5 billion in 2005" rules out 1991 and 1995 for "In _____, trade reached $20 billion"."""
    trade = make_fact("In 2008, trade reached $20 billion, up from $9.5 billion in 2005.", "2008",
                      kind="date", label="DATE", year="2008")
    early = [make_fact(f"In {y}, the border treaty was signed.", str(y), kind="date", label="DATE", year=str(y))
             for y in (1991, 1995, 1999, 2014)]  # 2014: the chapter's story runs past 2008
    for seed in range(5):
        choices = pick_distractors(trade, [trade, *early], seed=seed)
        assert len(choices) == 3 and all(int(c) > 2005 for c in choices)


def test_a_year_from_elsewhere_in_the_chapter_is_near_the_answer():
    """Review round 5 (#33): 2011 and 1920 were offered for a death in 1976."""
    death = make_fact("Mao died in 1976.", "1976", kind="date", label="DATE", year="1976")
    others = [make_fact(f"The treaty of {year} was signed in Geneva.", str(year), kind="date", label="DATE", year=str(year))
              for year in (1920, 1966, 1991, 2011)]
    for seed in range(5):
        assert all(abs(int(c) - 1976) <= 25 for c in pick_distractors(death, [death, *others], seed=seed))


def test_numbers_of_another_unit_are_not_borrowed():
    seats = make_fact("The party won 53 seats.", "53", kind="quantity", label="CARDINAL", unit="seats", value="53")
    countries = make_fact("There are 190 countries.", "190", kind="quantity", label="CARDINAL",
                          unit="countries", value="190")
    for seed in range(5):
        assert "190" not in pick_distractors(seats, [seats, countries], seed=seed)


def test_a_place_is_not_asked_under_a_prompt_that_names_another_place():
    """#10: "... and that's just in Latin America" rules Austria out."""
    regions = make_fact("Coups shook Africa, Asia and Latin America.", "Latin America", kind="enumeration",
                        label="LOC", items="Africa|Asia|Latin America", head="shook")
    mexico = make_fact("Candidates in Bolivia and Mexico lied online, and that is just in Latin America.",
                       "Mexico", kind="quotation", label="GPE")
    others = [make_fact(f"{c} held an election.", c, kind="quotation", label="GPE")
              for c in ("Austria", "Australia", "Argentina")]
    assert pick_distractors(mexico, [regions, mexico, *others], seed=0) == ()


def test_a_gloss_of_one_family_gets_no_distractors_of_another():
    """ "an economic arrangement based on ...": an ideology is ruled out by the stem's words (review round 8)."""
    arrangement = definition(
        "Barter is an economic arrangement in which goods are swapped without money.",
        "barter",
        "an economic arrangement in which goods are swapped without money",
    )
    assert choices_for(arrangement, [arrangement, *DOCTRINES]) == ()
    doctrine = DOCTRINES[0]  # "an economic doctrine ...": other doctrines and ideologies qualify
    assert set(choices_for(doctrine, DOCTRINES)) <= {"syndicalism", "anarchism", "collectivism"}


def test_a_thinker_known_by_verb_gets_only_known_thinkers():
    """Review round 9: President Roosevelt among social-contract thinkers; round 8: Hitler beside Mill."""
    thinkers = [
        make_fact("Locke argued that people hold natural rights.", "Locke", kind="person", label="PERSON", person="Locke"),
        make_fact("Hume reasoned that government supplies public goods.", "Hume", kind="person", label="PERSON", person="Hume"),
        make_fact("Hobbes contended that life without rule is short.", "Hobbes", kind="person", label="PERSON", person="Hobbes"),
        make_fact("Bentham wrote that utility is the measure of right.", "Bentham", kind="person", label="PERSON", person="Bentham"),
    ]
    president = make_fact("President Lincoln freed the slaves in the rebel states.", "Lincoln",
                          kind="person", label="PERSON", person="Lincoln", role="President")
    unknown = make_fact("Napoleon crossed the Alps with his army.", "Napoleon", kind="person", label="PERSON", person="Napoleon")
    for seed in range(5):
        assert set(pick_distractors(thinkers[0], [*thinkers, president, unknown], seed=seed)) == {"Hume", "Hobbes", "Bentham"}


def test_a_year_the_question_states_keeps_far_off_people_out():
    """Review round 9: "In the mid-1600s, who argued ...?" offered Burke (1729-1797)."""
    hobbes = make_fact("In the mid-1600s, Hobbes (1588–1679) argued that people need a strong ruler.", "Hobbes",
                       kind="person", label="PERSON", person="Hobbes")
    others = [
        make_fact("Spinoza (1632–1677) argued for freedom of thought.", "Spinoza", kind="person", label="PERSON", person="Spinoza"),
        make_fact("Grotius (1583–1645) argued that nations are bound by law.", "Grotius", kind="person", label="PERSON", person="Grotius"),
        make_fact("Burke (1729–1797) argued against the French Revolution.", "Burke", kind="person", label="PERSON", person="Burke"),
    ]
    for seed in range(5):
        assert set(pick_distractors(hobbes, [hobbes, *others], seed=seed)) == {"Spinoza", "Grotius"}
