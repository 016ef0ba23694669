"""True/false statements that a strict reviewer would accept: a false twin that reads
as well as the sentence it comes from and is plainly false, and no reported view
passed off as a fact (#25, #39, #42 in docs/review-verdicts.md)."""

from __future__ import annotations

import pytest

from quizgen.models import Fact
from quizgen.questions.true_false import make_true_false, reports_a_view
from tests.test_distractor_quality import DOCTRINES, OFFICE_HOLDERS, PLURAL_GROUPS, POOL
from tests.test_questions_types import definition, make_fact
from tests.test_term_definition_quality import found_by


def statements(fact: Fact, pool: list[Fact], seeds: int = 30) -> dict[str, str]:
    """Every statement the seeds make for a fact, with its answer."""
    found: dict[str, str] = {}
    for seed in range(seeds):
        for question in make_true_false(fact, pool, seed=seed):
            found[question.prompt.removeprefix("True or false: ")] = question.answer
    return found


def test_a_false_definition_swaps_only_the_term():
    """#39: the false twin once pasted another gloss into the sentence and garbled it."""
    fact = DOCTRINES[0]  # "Mercantilism is an economic doctrine that ..."
    made = statements(fact, POOL)
    falses = [s for s, answer in made.items() if answer == "False"]
    assert falses
    rest = fact.sentence.removeprefix("Mercantilism")
    for statement in falses:
        term, tail = statement.split(" ", 1)
        assert term.endswith("ism") and f" {tail}" == rest


def test_a_false_twin_keeps_number_agreement():
    """#42: "The actions ... is called sovereign power": a plural put where a singular was."""
    singular = definition(
        "The highest form of command is called sovereignty.", "sovereignty", "the highest form of command"
    )
    plurals = [
        definition("Militias are groups of armed citizens who are not soldiers.", "militias",
                   "groups of armed citizens who are not soldiers"),
        definition("Mercenaries are soldiers who fight for pay rather than for a cause.", "mercenaries",
                   "soldiers who fight for pay rather than for a cause"),
    ]
    for statement, answer in statements(singular, [singular, *plurals]).items():
        assert "militias" not in statement and "mercenaries" not in statement
        assert answer == "True"
    for statement in statements(PLURAL_GROUPS[0], POOL):
        assert statement.split(" are ", 1)[0].lower() in {"trade unions", "cartels", "guilds", "chambers of commerce"}


def test_articles_follow_the_swapped_in_term():
    envoy = definition(
        "An envoy is an official who carries messages between governments.",
        "envoy",
        "an official who carries messages between governments",
    )
    made = statements(envoy, [envoy, *OFFICE_HOLDERS])
    falses = [s for s, answer in made.items() if answer == "False"]
    assert falses
    for statement in falses:
        article, term = statement.split()[:2]
        assert article == ("An" if term[0] in "aeiou" else "A")


def test_a_false_twin_swaps_in_a_sibling_never_a_term_of_another_kind():
    """Review 2026-12-06: "Iron is the endocytosis of large particles" is false by its
    form alone. Only a term whose gloss names the same genus ("organizations ...")
    may take the term's place; a party is no kind of interest group here."""
    groups = [
        definition("Interest groups are organizations of individuals that lobby officials for one cause.",
                   "interest groups", "organizations of individuals that lobby officials for one cause"),
        definition("Political parties are organizations that run candidates for office.",
                   "political parties", "organizations that run candidates for office"),
        definition("Primaries are elections in which voters choose a party's candidates.",
                   "primaries", "elections in which voters choose a party's candidates"),
    ]
    falses = {s for s, answer in statements(groups[0], groups).items() if answer == "False"}
    assert falses == {"Political parties are organizations of individuals that lobby officials for one cause."}


def test_a_junk_definition_is_not_asked():
    fact = definition(
        "Vouchers breed tension among the citizenry—a fear at the heart of the debate.",
        "citizenry",
        "a fear at the heart of the debate",
    )
    assert all(answer == "True" for answer in statements(fact, [*POOL, fact]).values())


@pytest.mark.parametrize(
    "sentence",
    [
        "Lenin argued that the workers needed a vanguard in 1902.",
        "Socialists contend that “no man is an island” in 1900.",
        "According to Hayek, planning led to serfdom in 1944.",
        "In Hayek's view, planning led to serfdom in 1944.",
        "Ida Wells was also born into enslavement in 1862.",
        "Since 2019, unemployment rates have increased in the country.",
        "Chapter 4 describes the events of 1848 in Europe.",
        "If one candidate won in 1998, that is an important fact.",
    ],
)
def test_views_and_leaning_statements_are_not_asked(sentence):
    """#25: a view stated as a fact; #2, #14: statements that lean on the sentence before."""
    year = next(word.strip(".,") for word in sentence.split() if word.strip(".,").isdigit())
    fact = make_fact(sentence, year, kind="date", label="DATE", year=year)
    assert make_true_false(fact, POOL, seed=0) == []


def test_believing_in_something_is_not_a_report():
    fact = definition(
        "Wishful thinking is a bias that leads people to believe in what they hope is true.",
        "wishful thinking",
        "a bias that leads people to believe in what they hope is true",
    )
    assert not reports_a_view(fact, fact.sentence)
    assert reports_a_view(fact, "Marx believed that capitalism would collapse.")


def test_a_field_of_study_is_swapped_only_for_another_field():
    """Review round 3 (#49): "Motivated reasoning seeks to comprehend ..." put a bias
    where a field of study was, false on its face."""

    def field(sentence: str, term: str, gloss: str) -> Fact:
        return found_by(definition(sentence, term, gloss), "definition.predicate")

    philosophy = field(
        "Political philosophy seeks to comprehend the purposes and goals of politics.",
        "political philosophy", "seeks to comprehend the purposes and goals of politics",
    )
    bias = definition(
        "Motivated reasoning is a bias that leads people to the conclusions they want to reach.",
        "motivated reasoning", "a bias that leads people to the conclusions they want to reach",
    )
    pool = [philosophy, bias]
    made = statements(philosophy, pool)
    assert not any(s.startswith("Motivated reasoning") for s in made)
    sociology = field(
        "Political sociology studies how societies shape the exercise of power.",
        "political sociology", "studies how societies shape the exercise of power",
    )
    made = statements(philosophy, [*pool, sociology])
    assert any(s.startswith("Political sociology seeks") for s in made)


def test_a_swapped_person_leaves_the_real_ones_years_out():
    """ "Thomas Hobbes (1723–1790) applies ...": Smith's years stayed behind. Both are
    thinkers the chapter returns to, so one may stand in for the other."""
    from tests.test_questions_types import make_fact

    sentence = "In The Wealth of Nations (1776), Adam Smith (1723–1790) argued for the division of labour."
    smith = make_fact(sentence, "Adam Smith", kind="person", label="PERSON", person="Adam Smith", role="")
    smith_again = make_fact("Adam Smith argued that markets coordinate work.", "Adam Smith", kind="person",
                            label="PERSON", person="Adam Smith", role="")
    hobbes = make_fact("Thomas Hobbes argued for a strong sovereign in Leviathan.", "Thomas Hobbes", kind="person",
                       label="PERSON", person="Thomas Hobbes", role="")
    hobbes_again = make_fact("Thomas Hobbes wrote of life without rule as short.", "Thomas Hobbes",
                             kind="person", label="PERSON", person="Thomas Hobbes", role="")
    pool = [smith, smith_again, hobbes, hobbes_again]
    falses = [s for s, answer in statements(smith, pool).items() if answer == "False"]
    assert falses == ["In The Wealth of Nations (1776), Thomas Hobbes argued for the division of labour."]
    # a name cited once is a detail, not someone the chapter teaches
    assert "False" not in statements(smith, [smith, smith_again, hobbes]).values()
