"""Distractors, multiple choice, true/false, term/definition, matching and ordering,
on hand-built Facts from sentences written for these tests."""

from __future__ import annotations

import re

import pytest

from quizgen.identity import digest, fact_id, question_id
from quizgen.models import Fact, Question, SourceRef
from quizgen.questions.cloze import make_cloze
from quizgen.questions.distractors import key, overlaps, pick_distractors
from quizgen.questions.generate import make_questions
from quizgen.questions.matching import make_matching
from quizgen.questions.multiple_choice import make_multiple_choice
from quizgen.questions.ordering import PROMPT as ORDERING_PROMPT
from quizgen.questions.ordering import make_ordering
from quizgen.questions.term_definition import make_term_definition, usable_definition
from quizgen.questions.true_false import make_true_false


def make_fact(
    sentence: str,
    answer: str,
    *,
    kind: str,
    label: str,
    section: str = "Trade and Energy",
    term: str = "",
    definition: str = "",
    **attrs: str,
) -> Fact:
    start = sentence.index(answer)
    return Fact(
        id=fact_id(kind, sentence, answer),
        kind=kind,
        rule=f"{kind}.test",
        sentence=sentence,
        answer=answer,
        answer_start=start,
        answer_end=start + len(answer),
        source=SourceRef(
            file="baltic.md", sentence=sentence, section=section, page=7, chapter="The Baltic Rim"
        ),
        label=label,
        term=term,
        definition=definition,
        attrs=tuple(sorted(attrs.items())),
    )


def definition(sentence: str, term: str, gloss: str, section: str = "Key Ideas") -> Fact:
    answer = sentence[sentence.lower().index(term.lower()) :][: len(term)]
    return make_fact(
        sentence,
        answer,
        kind="definition",
        label="TERM",
        term=term,
        definition=gloss,
        section=section,
    )


TRADE = "In 2008, bilateral trade reached $20bn (against $9.5bn in 2005), and it grows by 30% a year on average."
TRADE_YEAR = make_fact(
    TRADE, "2008", kind="date", label="DATE", year="2008", event="bilateral trade reached $20bn"
)
TRADE_VALUE = make_fact(TRADE, "$20bn", kind="quantity", label="MONEY", unit="$", value="2e+10")
TRADE_GROWTH = make_fact(TRADE, "30%", kind="quantity", label="PERCENT", unit="%", value="30")
PIPELINE = make_fact(
    "The Nordic gas pipeline carries fuel about 2,200 kilometres from the coast to the inland plants.",
    "2,200 kilometres",
    kind="quantity",
    label="QUANTITY",
    unit="kilometres",
    value="2200",
)
WARHEADS = make_fact(
    "When the treaty was signed, the fleet counted about 1,400 vessels of every size.",
    "1,400",
    kind="quantity",
    label="CARDINAL",
    unit="vessels",
    value="1400",
)
TREATY = make_fact(
    "Latvia signed the Riga Harbour Treaty on 16 March 1994, after two years of talks.",
    "16 March 1994",
    kind="date",
    label="DATE",
    year="1994",
    event="Latvia signed the Riga Harbour Treaty",
)
BRIDGE = make_fact(
    "The Oresund Bridge opened to traffic in 2000.",
    "2000",
    kind="date",
    label="DATE",
    year="2000",
    event="The Oresund Bridge opened to traffic",
)
COUNCIL = make_fact(
    "The Council of the Baltic Sea States was founded in 1992 in Copenhagen.",
    "1992",
    kind="date",
    label="DATE",
    year="1992",
    event="The Council of the Baltic Sea States was founded in Copenhagen",
)
EURO = make_fact(
    "Estonia adopted the euro as its currency in 2011.",
    "2011",
    kind="date",
    label="DATE",
    year="2011",
    event="Estonia adopted the euro as its currency",
)
PORT = make_fact(
    "The deep-water port at Muuga handled its first tanker in 1986.",
    "1986",
    kind="date",
    label="DATE",
    year="1986",
    event="The deep-water port at Muuga handled its first tanker",
)
PEOPLE = [
    make_fact(
        "Lennart Meri, the first President of restored Estonia, championed ties with Finland.",
        "Lennart Meri",
        kind="person",
        label="PERSON",
        person="Lennart Meri",
        role="the first President of restored Estonia",
    ),
    make_fact(
        "Vaira Vike-Freiberga, the President of Latvia from 1999 to 2007, pressed for NATO membership.",
        "Vaira Vike-Freiberga",
        kind="person",
        label="PERSON",
        person="Vaira Vike-Freiberga",
        role="the President of Latvia",
    ),
    make_fact(
        "Gro Harlem Brundtland, the Prime Minister of Norway, chaired the commission on sustainable development.",
        "Gro Harlem Brundtland",
        kind="person",
        label="PERSON",
        person="Gro Harlem Brundtland",
        role="the Prime Minister of Norway",
    ),
    make_fact(
        "Urho Kekkonen, the long-serving President of Finland, hosted the Helsinki conference.",
        "Urho Kekkonen",
        kind="person",
        label="PERSON",
        person="Urho Kekkonen",
        role="the long-serving President of Finland",
    ),
    make_fact(
        "President Kekkonen opened the conference hall himself.",
        "Kekkonen",
        kind="person",
        label="PERSON",
        person="Kekkonen",
        role="President",
    ),
]
DEFINITIONS = [
    definition(
        "A customs union is a group of states that trade without tariffs among themselves and charge one common tariff on imports.",
        "customs union",
        "a group of states that trade without tariffs among themselves and charge one common tariff on imports",
    ),
    definition(
        "Deterrence, the buildup of military power to discourage an attack, shaped the region's defence planning.",
        "deterrence",
        "the buildup of military power to discourage an attack",
    ),
    definition(
        "A free port is a harbour where goods may be landed and shipped on without paying customs duties.",
        "free port",
        "a harbour where goods may be landed and shipped on without paying customs duties",
    ),
    definition(
        "Energy security is the steady supply of fuel and power at a price a country can afford.",
        "energy security",
        "the steady supply of fuel and power at a price a country can afford",
    ),
    definition(
        "A transit state is a country through which goods and fuel pass on their way between two others.",
        "transit state",
        "a country through which goods and fuel pass on their way between two others",
    ),
]
#: Siblings of the definitions above (the same genus) for false twins; kept out of
#: ``POOL`` so that matching sets stay as they were.
SIBLINGS = [
    definition(
        "A military alliance is a group of states that promise to defend one another if attacked.",
        "military alliance",
        "a group of states that promise to defend one another if attacked",
    ),
    definition(
        "A trade embargo is a ban on commerce with a country, imposed to punish its rulers.",
        "trade embargo",
        "a ban on commerce with a country, imposed to punish its rulers",
    ),
    definition(
        "An arms embargo is a ban on selling weapons to a government at war.",
        "arms embargo",
        "a ban on selling weapons to a government at war",
    ),
]
MEMBERS = make_fact(
    "The council was founded by Denmark, Finland, Norway and Sweden.",
    "Sweden",
    kind="enumeration",
    label="GPE",
    items="Denmark|Finland|Norway|Sweden",
    head="by",
)
OTHER_COUNTRIES = make_fact(
    "Ferries link Estonia, Latvia, Lithuania and Poland every day.",
    "Poland",
    kind="enumeration",
    label="GPE",
    items="Estonia|Latvia|Lithuania|Poland",
    head="link",
)
POOL = [
    TRADE_YEAR,
    TRADE_VALUE,
    TRADE_GROWTH,
    PIPELINE,
    WARHEADS,
    TREATY,
    BRIDGE,
    COUNCIL,
    EURO,
    PORT,
    *PEOPLE,
    *DEFINITIONS,
    MEMBERS,
    OTHER_COUNTRIES,
]

#: Facts that must get three distractors, and the shape each distractor must have.
SHAPED = [
    (TRADE_YEAR, r"\d{4}"),
    (TREATY, r"16 March \d{4}"),
    (TRADE_VALUE, r"\$\d+(\.\d)?bn"),
    (TRADE_GROWTH, r"\d+%"),
    (PIPELINE, r"\d{1,3}(,\d{3})* kilometres"),
    (WARHEADS, r"\d{1,3}(,\d{3})*"),
    (PEOPLE[0], r"[A-Z][\w-]+( [A-Z][\w-]+)+"),
]
# Defined terms get distractors only from terms of the same kind, number and article
# use, which POOL's five mixed definitions do not offer: see test_distractor_quality.py.


def stem_for(fact: Fact) -> Question:
    stem = make_cloze(fact)
    assert stem is not None
    return stem


@pytest.mark.parametrize(("fact", "shape"), SHAPED, ids=lambda v: getattr(v, "answer", None))
def test_distractors_are_wrong_same_kind_and_same_format(fact, shape):
    distractors = pick_distractors(fact, POOL, seed=0, stem=stem_for(fact).prompt)
    assert len(distractors) == 3
    assert len({key(d) for d in distractors}) == 3
    for distractor in distractors:
        assert re.fullmatch(shape, distractor), distractor
        assert not overlaps(distractor, fact.answer)
        assert key(distractor) not in {key(w) for w in re.split(r"[ ,()]+", fact.sentence) if w}
        assert not any(overlaps(distractor, other) for other in distractors if other != distractor)


def test_values_the_sentence_states_are_never_distractors():
    """$9.5bn and 2005 are in the sentence: each could be another true answer."""
    for seed in range(20):
        assert "$9.5bn" not in pick_distractors(TRADE_VALUE, POOL, seed=seed)
        assert "2005" not in pick_distractors(TRADE_YEAR, POOL, seed=seed)
        assert "2008" not in pick_distractors(TRADE_YEAR, POOL, seed=seed)


def test_generated_numbers_keep_magnitude_and_percent_stays_a_percentage():
    for seed in range(10):
        for value in pick_distractors(TRADE_VALUE, POOL, seed=seed):
            assert 5 <= float(value.strip("$bn")) <= 60
        for value in pick_distractors(TRADE_GROWTH, POOL, seed=seed):
            assert 0 < float(value.rstrip("%")) <= 100


def test_chapter_values_come_before_made_up_ones():
    years = pick_distractors(COUNCIL, POOL, seed=0)
    chapter_years = {f.attr("year") for f in POOL if f.kind == "date"}
    assert set(years) <= chapter_years


def test_articles_and_case_do_not_make_a_new_distractor():
    answer = make_fact(
        "The Senate passed the harbour law.", "Senate", kind="quotation", label="ORG"
    )
    pool = [
        make_fact(f"{name} debated the budget for {n} days.", name, kind="quotation", label="ORG")
        for n, name in enumerate(
            ["The Senate", "the senate", "The Assembly", "Assembly", "The Council", "Parliament"], 2
        )
    ]
    distractors = pick_distractors(answer, pool, seed=0)
    assert [key(d) for d in distractors].count("assembly") <= 1
    assert all(key(d) != "senate" for d in distractors)
    assert len(distractors) == 3


def test_other_items_of_the_same_list_are_never_distractors():
    for seed in range(10):
        distractors = pick_distractors(MEMBERS, POOL, seed=seed)
        assert not set(distractors) & {"Denmark", "Finland", "Norway", "Sweden"}
        assert set(distractors) <= {"Estonia", "Latvia", "Lithuania", "Poland"}


def test_a_short_name_and_its_full_form_are_one_person():
    distractors = pick_distractors(PEOPLE[0], POOL, k=4, seed=0)
    assert not ({"Kekkonen", "Urho Kekkonen"} <= set(distractors))


def test_distractors_are_deterministic_and_seeded():
    runs = {pick_distractors(TRADE_YEAR, POOL, seed=seed) for seed in range(8)}
    assert pick_distractors(TRADE_YEAR, POOL, seed=3) == pick_distractors(
        TRADE_YEAR, list(POOL), seed=3
    )
    assert len(runs) > 1


# -- multiple choice -----------------------------------------------------------------


@pytest.mark.parametrize("fact", [f for f, _ in SHAPED], ids=lambda f: f.answer)
def test_multiple_choice_holds_the_answer_once_and_does_not_give_it_away(fact):
    stem = stem_for(fact)
    question = make_multiple_choice(fact, stem, POOL, seed=0)
    assert question is not None
    assert question.type == "multiple_choice"
    assert len(question.choices) == 4
    assert question.choices.count(question.answer) == 1
    assert key(question.answer) == key(fact.answer)
    assert fact.answer not in question.prompt
    assert question.explanation == fact.sentence
    assert question.source == fact.source
    assert question.id == question_id(fact.id, "multiple_choice")


def test_multiple_choice_order_is_stable_and_changes_with_the_seed():
    stem = stem_for(TRADE_YEAR)
    first = make_multiple_choice(TRADE_YEAR, stem, POOL, seed=1)
    again = make_multiple_choice(TRADE_YEAR, stem, POOL, seed=1)
    assert first == again
    positions = {
        make_multiple_choice(TRADE_YEAR, stem, POOL, seed=seed).choices.index("2008")  # type: ignore[union-attr]
        for seed in range(12)
    }
    assert len(positions) > 1


def test_no_multiple_choice_without_three_good_distractors():
    lonely = [PEOPLE[0], PEOPLE[1]]
    assert make_multiple_choice(PEOPLE[0], stem_for(PEOPLE[0]), lonely, seed=0) is None


#: Mass nouns glossed as actions, like "deterrence": fair distractors for it.
POLICIES = [
    definition(
        "Containment is the effort to stop a rival's influence from spreading beyond its borders.",
        "containment",
        "the effort to stop a rival's influence from spreading beyond its borders",
    ),
    definition(
        "Neutrality is the refusal to take sides in a war between other states.",
        "neutrality",
        "the refusal to take sides in a war between other states",
    ),
    definition(
        "Appeasement is the granting of concessions to an aggressor to avoid war.",
        "appeasement",
        "the granting of concessions to an aggressor to avoid war",
    ),
]


def test_blank_at_sentence_start_capitalises_every_choice():
    from quizgen.questions.multiple_choice import _capitalise

    assert _capitalise("deterrence") == "Deterrence"
    fact = make_fact("Montesquieu argued for the separation of powers in 1748.", "Montesquieu",
                     kind="person", label="PERSON", person="Montesquieu")
    others = [make_fact(f"{name} wrote essays on liberty in {year}.", name, kind="person", label="PERSON", person=name)
              for name, year in (("Voltaire", 1734), ("Diderot", 1749), ("Rousseau", 1762))]
    question = make_multiple_choice(fact, stem_for(fact), [fact, *others], seed=0)
    assert question is not None
    assert question.prompt.startswith("_____")
    assert all(choice[0].isupper() for choice in question.choices)
    assert question.answer == "Montesquieu"


# -- true/false ---------------------------------------------------------------------


def test_true_false_gives_one_statement_per_fact_and_both_kinds_across_seeds():
    answers = set()
    for seed in range(12):
        questions = make_true_false(PIPELINE, POOL, seed=seed)
        assert len(questions) == 1
        question = questions[0]
        assert question.choices == ("True", "False")
        answers.add(question.answer)
        # One id for both: a note whose statement turns false is updated, not doubled.
        assert question.id == question_id(PIPELINE.id, "true_false")
    assert answers == {"True", "False"}


def test_false_twin_swaps_only_the_answer_and_says_why():
    seed = next(s for s in range(50) if make_true_false(PIPELINE, POOL, seed=s)[0].answer == "False")
    question = make_true_false(PIPELINE, POOL, seed=seed)[0]
    statement = question.prompt.removeprefix("True or false: ")
    match = re.fullmatch(
        r"The Nordic gas pipeline carries fuel about ([\d,]+ kilometres) from the coast to the inland plants\.",
        statement,
    )
    assert match and match.group(1) != "2,200 kilometres"
    assert question.explanation.startswith("The chapter says ")
    assert f"not {match.group(1)}" in question.explanation


def test_dates_are_not_asked_true_or_false():
    """A twin with only its year changed tests the year, not the idea."""
    for fact in (TREATY, BRIDGE, COUNCIL):
        assert all(make_true_false(fact, POOL, seed=s) == [] for s in range(8))


def test_facts_of_one_sentence_share_their_true_or_false_draw():
    key = "one sentence"
    draws = {make_true_false(fact, [*POOL, *SIBLINGS], seed=5, polarity_key=key)[0].answer for fact in SIBLINGS[-2:]}
    assert len(draws) == 1


def test_false_definition_swaps_the_term_and_keeps_articles_right():
    """The false twin keeps the sentence and its gloss and puts another term of the
    same kind (a sibling: its gloss names the same genus) in the term's place:
    "A military alliance is a group of states that ...", never the transit state,
    which is a country."""
    fact, pool = DEFINITIONS[0], [*POOL, *SIBLINGS]
    seed = next(s for s in range(50) if make_true_false(fact, pool, seed=s)[0].answer == "False")
    question = make_true_false(fact, pool, seed=seed)[0]
    statement = question.prompt.removeprefix("True or false: ")
    assert statement == fact.sentence.replace("A customs union", "A military alliance")
    assert question.explanation.startswith("The chapter says customs union, not military alliance")
    embargo = SIBLINGS[-1]
    seed = next(s for s in range(50) if make_true_false(embargo, pool, seed=s)[0].answer == "False")
    statement = make_true_false(embargo, pool, seed=seed)[0].prompt.removeprefix("True or false: ")
    assert statement == "A trade embargo is a ban on selling weapons to a government at war."


@pytest.mark.parametrize(
    "sentence",
    [
        "He signed the Riga Harbour Treaty in 1994.",
        "These countries signed the Riga Harbour Treaty in 1994.",
        "It was signed in 1994 after long talks.",
        "The treaty was signed in 1994, and this ended the quarrel over the harbour.",
        "The treaty may have been signed in 1994.",
    ],
)
def test_statements_that_do_not_stand_alone_are_not_asked(sentence):
    fact = make_fact(sentence, "1994", kind="date", label="DATE", year="1994")
    assert make_true_false(fact, POOL, seed=0) == []


def test_answer_stated_twice_is_not_falsified():
    fact = make_fact(
        "In 2008, trade reached $20bn in 2008.", "2008", kind="date", label="DATE", year="2008"
    )
    assert make_true_false(fact, POOL, seed=0) == []


def test_list_items_are_never_swapped_out():
    for seed in range(12):
        assert all(q.answer == "True" for q in make_true_false(MEMBERS, POOL, seed=seed))


# -- term/definition ----------------------------------------------------------------


def test_term_and_definition_both_directions():
    questions = make_term_definition(DEFINITIONS[1])
    assert [q.prompt for q in questions] == [
        "What is meant by “deterrence”?",
        "Which term means: the buildup of military power to discourage an attack?",
    ]
    assert [q.answer for q in questions] == [
        "the buildup of military power to discourage an attack",
        "deterrence",
    ]
    assert len({q.id for q in questions}) == 2
    assert "deterrence" not in questions[1].prompt.lower()


def test_definition_that_gives_its_term_away_is_asked_one_way_only():
    fact = definition(
        "The sovereign is the person who holds sovereign power in a kingdom.",
        "sovereign",
        "the person who holds sovereign power in a kingdom",
    )
    assert make_term_definition(fact) == []  # the definition contains the term itself
    fact = definition(
        "Sovereignty is the authority of a sovereign state to govern itself.",
        "sovereignty",
        "the authority of a sovereign state to govern itself",
    )
    assert [q.tags[-1] for q in make_term_definition(fact)] == ["term_to_definition"]


@pytest.mark.parametrize(
    ("term", "gloss"),
    [
        ("negotiations", "because they have opposed goals"),
        ("groups", "their civil rights"),
        ("bargaining", "the attempt to resolve these conflicts"),
        ("candidate", "an important fact"),
        ("laws", "a citizen of the country who lives abroad"),
        ("people", "sovereign, not their elected officials"),
    ],
)
def test_fragments_are_not_definitions(term, gloss):
    fact = make_fact(
        f"In this case {term} means {gloss}.",
        term,
        kind="definition",
        label="TERM",
        term=term,
        definition=gloss,
    )
    assert not usable_definition(fact)
    assert make_term_definition(fact) == []


def test_acronyms_get_no_card():
    """Reviews 2, 3 and 4: "What does FDR/UN/FDIC stand for?" tests spelling out, not the chapter."""
    for term, expansion in (("UN", "United Nations"), ("CBSS", "Council of the Baltic Sea States")):
        sentence = f"The {expansion} ({term}) meets every year."
        fact = make_fact(sentence, expansion, kind="definition", label="ACRONYM", term=term, definition=expansion)
        assert make_term_definition(fact) == []


# -- matching -----------------------------------------------------------------------


def test_terms_matched_to_definitions_in_one_set():
    questions = make_matching(POOL)
    terms = [q for q in questions if q.tags[-1] == "terms"]
    assert len(terms) == 1
    question = terms[0]
    assert 4 <= len(question.pairs) <= 6
    assert len({left for left, _ in question.pairs}) == len(question.pairs)
    assert len({right for _, right in question.pairs}) == len(question.pairs)
    assert question.prompt == "Match each term with its definition."
    ids = sorted(f.id for f in DEFINITIONS)
    assert question.id == question_id("m-" + digest(*ids), "matching", "terms")


def test_people_matched_to_roles_without_bare_titles():
    questions = [q for q in make_matching(POOL) if q.tags[-1] == "people"]
    assert len(questions) == 1
    pairs = dict(questions[0].pairs)
    assert pairs["Lennart Meri"] == "first President of restored Estonia"
    assert "Kekkonen" not in pairs  # the bare "President" says nothing; Urho Kekkonen is there
    assert len(pairs) == 4


def test_matching_needs_four_pairs():
    assert make_matching(DEFINITIONS[:3]) == []


def test_matching_prefers_sets_within_a_section():
    second = [
        definition(s, t, g, section="Ports")
        for s, t, g in [
            (
                "A breakwater is a wall built out into the sea to shelter a harbour from waves.",
                "breakwater",
                "a wall built out into the sea to shelter a harbour from waves",
            ),
            (
                "A dry dock is a narrow basin that can be drained so that ships can be repaired.",
                "dry dock",
                "a narrow basin that can be drained so that ships can be repaired",
            ),
            (
                "A pilot is a local sailor who steers ships through dangerous waters.",
                "pilot",
                "a local sailor who steers ships through dangerous waters",
            ),
            (
                "An icebreaker is a ship built to clear channels through frozen seas.",
                "icebreaker",
                "a ship built to clear channels through frozen seas",
            ),
        ]
    ]
    questions = make_matching([DEFINITIONS[0], *second, *DEFINITIONS[1:]])
    assert [(q.source.section, len(q.pairs)) for q in questions] == [("Key Ideas", 5), ("Ports", 4)]


# -- ordering -----------------------------------------------------------------------


def test_ordering_puts_events_by_year_and_shuffles_the_display():
    questions = make_ordering([BRIDGE, COUNCIL, EURO, PORT, TREATY], seed=0)
    assert len(questions) == 1
    question = questions[0]
    assert question.prompt == ORDERING_PROMPT
    assert question.sequence == (
        "The deep-water port at Muuga handled its first tanker",
        "The Council of the Baltic Sea States was founded in Copenhagen",
        "Latvia signed the Riga Harbour Treaty",
        "The Oresund Bridge opened to traffic",
        "Estonia adopted the euro as its currency",
    )
    assert sorted(question.choices) == sorted(question.sequence)
    assert question.choices != question.sequence
    assert question.explanation.startswith("1986: The deep-water port")


def test_ordering_drops_events_that_give_away_their_date_and_repeated_years():
    twin = make_fact(
        "Finland joined the European Union in 1995.",
        "1995",
        kind="date",
        label="DATE",
        year="2011",
        event="Finland joined the European Union",
    )
    questions = make_ordering([COUNCIL, EURO, twin, PORT, TRADE_YEAR], seed=0)
    (question,) = questions
    assert "The Council of the Baltic Sea States was founded in Copenhagen" in question.sequence
    assert "Finland joined the European Union" not in question.sequence  # 2011 again
    assert all("$" not in event for event in question.sequence)


def test_ordering_needs_three_events():
    assert make_ordering([BRIDGE, EURO], seed=0) == []


def test_ordering_is_stable():
    facts = [BRIDGE, COUNCIL, EURO, PORT, TREATY]
    assert make_ordering(facts, seed=4) == make_ordering(list(facts), seed=4)


def test_a_blank_named_after_a_word_of_its_sentence_gives_itself_away():
    """Review round 5 (#13): "Mao ... came to be known as _____" (Maoism)."""
    sentence = "Mao developed a form of Marxist ideology that came to be known as Maoism."
    fact = definition(sentence, "Maoism", "a form of Marxist ideology")
    assert make_cloze(fact) is None


def test_a_number_given_as_a_bound_is_no_blank():
    """Review round 5 (#19): "more than _____ of workers": any smaller figure fits."""
    sentence = "In 1933 more than 25 percent of American workers were unemployed."
    fact = make_fact(sentence, "25 percent", kind="quantity", label="PERCENT", unit="%", value="25",
                     qualified="more than 25 percent")
    assert make_cloze(fact) is None


def test_a_chapter_asks_as_many_false_statements_as_true_ones():
    """Review round 5: every true/false in the sample was True; a chapter now alternates."""
    for seed in range(6):
        answers = [q.answer for q in make_questions([*POOL, *SIBLINGS], seed=seed) if q.type == "true_false"]
        assert len(answers) >= 4
        assert abs(answers.count("True") - answers.count("False")) <= 1


def test_a_compound_built_from_the_stem_gives_itself_away():
    """Review round 6 (#36): "A nation that also is a country is called a(n) _____" (nation-state)."""
    sentence = "A nation that also is a country is sometimes called a nation-state."
    fact = definition(sentence, "nation-state", "a nation that also is a country")
    assert make_cloze(fact) is None


def test_a_term_built_on_a_word_of_its_gloss_is_asked_one_way_only():
    """Review round 7 (#5): "'utility' ..." gives "utilitarianism" away."""
    from quizgen.questions.term_definition import gives_away

    assert gives_away("the belief that there is one measure of worth: utility", "utilitarianism")
    assert not gives_away("a group of states that trade without tariffs", "customs union")
    assert gives_away("substances that bring about coagulation of the blood", "coagulants")


def test_a_short_gloss_is_asked_one_way_only():
    """Review round 7 (#2): "the way one comes to know" fits "learning" as well as "epistemology"."""
    fact = definition("Epistemology is the way one comes to know.", "epistemology", "the way one comes to know")
    assert [q.tags[-1] for q in make_term_definition(fact)] == ["term_to_definition"]


def test_a_term_its_rival_s_gloss_names_is_no_false_twin():
    """Review round 7 (#25): classical liberalism "combines ... capitalism", so "Classical liberalism
    is an economic arrangement based on private property" is not plainly false."""
    capitalism = definition(
        "Capitalism is an economic arrangement based on private property and the pursuit of profit.",
        "capitalism", "an economic arrangement based on private property and the pursuit of profit",
    )
    liberalism = definition(
        "Classical liberalism is a system of thought that combines natural rights, limited government, and capitalism.",
        "classical liberalism", "a system of thought that combines natural rights, limited government, and capitalism",
    )
    for seed in range(10):
        for question in make_true_false(capitalism, [capitalism, liberalism], seed=seed):
            assert "Classical liberalism is an economic" not in question.prompt


def test_a_blank_named_after_an_adjective_of_its_sentence_gives_itself_away():
    """Review round 8 (#7): "_____ sought ... around Nazi ideology" (Nazism)."""
    sentence = "Nazism sought the coordination of the whole of society around Nazi ideology."
    fact = definition(sentence, "Nazism", "a movement that sought the coordination of society")
    assert make_cloze(fact) is None


def test_a_set_drawn_from_several_sections_names_them_all():
    """Review 13: a matching set pooled across sections showed an empty section."""
    from quizgen.questions.provenance import shared_source

    ports = definition("A pilot is a local sailor who steers ships through dangerous waters.", "pilot",
                       "a local sailor who steers ships through dangerous waters", section="Ports")
    source = shared_source([DEFINITIONS[0], ports, DEFINITIONS[1]])
    assert source.section == "Key Ideas; Ports"
    assert source.sentence == DEFINITIONS[0].source.sentence
