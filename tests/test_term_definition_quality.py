"""Term/definition cards that a reviewer would reject are not made; the ones made read well."""

from __future__ import annotations

from dataclasses import replace

from quizgen.models import Fact
from quizgen.questions.matching import make_matching
from quizgen.questions.term_definition import circular, make_term_definition
from quizgen.rules.definitions import RULES_BY_ID
from tests.test_questions_types import definition


def found_by(fact: Fact, rule_id: str) -> Fact:
    """The fact as that rule would give it: its id, and how it may be asked."""
    return replace(fact, rule=rule_id, asking=RULES_BY_ID[rule_id].asking)


def test_a_definition_resting_on_a_name_in_the_term_is_circular():
    assert circular("an ideology built on the writings of Karl Marx", "Marxism")
    assert circular("a shared religious feeling", "civil religion")
    assert not circular("the authority of a sovereign state to govern itself", "sovereignty")
    fact = definition("Leninism is a doctrine drawn from the writings of Lenin.", "Leninism",
                      "a doctrine drawn from the writings of Lenin")
    assert make_term_definition(fact) == []


def test_a_when_gloss_is_asked_what_it_is_called():
    fact = definition("Full employment is reached whenever everyone who wants a job can find one.", "full employment",
                      "whenever everyone who wants a job can find one")
    fact = found_by(fact, "definition.achieved_when")
    prompts = [q.prompt for q in make_term_definition(fact)]
    assert "What is it called whenever everyone who wants a job can find one?" in prompts


def test_one_thinkers_definition_keeps_the_thinkers_name():
    fact = definition("The end, according to Hobbes, would be anarchy—a war of every person against every other person.",
                      "anarchy", "a war of every person against every other person")
    fact = replace(fact, attrs=(("according_to", "Hobbes"),))
    prompts = [q.prompt for q in make_term_definition(fact)]
    assert prompts == ["According to Hobbes, what is meant by “anarchy”?",
                       "According to Hobbes, which term means: a war of every person against every other person?"]


def test_clause_glosses_stay_out_of_matching_columns():
    facts = [
        definition("Barter, in which goods are swapped without money, came first.", "barter",
                   "in which goods are swapped without money"),
        definition("A tariff is a tax on goods that cross a border.", "tariff", "a tax on goods that cross a border"),
        definition("A quota is a limit on the amount of a good that may be imported.", "quota",
                   "a limit on the amount of a good that may be imported"),
        definition("A subsidy is a payment that the state makes to producers.", "subsidy",
                   "a payment that the state makes to producers"),
        definition("An embargo is a ban on trade with a named country.", "embargo", "a ban on trade with a named country"),
    ]
    left = [left for question in make_matching(facts) for left, _ in question.pairs]
    assert "barter" not in left


def test_cloze_article_does_not_hint_at_the_answer():
    from quizgen.questions.cloze import make_cloze

    fact = definition("An embargo is a ban on trade with a named country.", "embargo", "a ban on trade with a named country")
    cloze = make_cloze(fact)
    assert cloze.prompt.startswith("_____ is a ban")
    assert cloze.answer == "an embargo"  # the sentence reads right with the key filled in


def test_a_goal_is_asked_as_a_goal():
    fact = definition("The goal of mercantilism is to build up a store of gold by exporting more than is imported.",
                      "mercantilism", "to build up a store of gold by exporting more than is imported")
    fact = found_by(fact, "definition.goal_of")
    prompts = [q.prompt for q in make_term_definition(fact)]
    assert prompts == ["What is the goal of mercantilism?",
                       "Which doctrine has this goal: to build up a store of gold by exporting more than is imported?"]


def test_a_situation_gloss_is_asked_only_from_the_situation():
    fact = definition("Barter, in which goods are swapped without money, came first.", "barter",
                      "in which goods are swapped without money")
    assert [q.prompt for q in make_term_definition(fact)] == ["Which term names the situation in which goods are swapped without money?"]


def test_a_field_defined_by_what_it_does_makes_no_card():
    """Reviews 8, 9 and 11: "seeks to ..." is one aim of a field, not what the field is."""
    from quizgen.questions.cloze import make_cloze

    fact = definition("Ethnography studies how communities live by observing them closely.", "ethnography",
                      "studies how communities live by observing them closely")
    fact = found_by(fact, "definition.predicate")
    assert make_term_definition(fact) == []
    assert make_cloze(fact) is not None


def test_cloze_is_not_made_for_an_example_or_a_word_the_sentence_repeats():
    from quizgen.questions.cloze import make_cloze
    from tests.test_questions_types import make_fact

    listed = make_fact("Writers such as Abai Kunanbayuly shaped the Kazakh language.", "Abai Kunanbayuly",
                       kind="person", label="PERSON")
    assert make_cloze(listed) is None
    echoed = definition("Conservationism, a movement to conserve forests and rivers, grew after 1900.", "Conservationism",
                        "a movement to conserve forests and rivers")
    assert make_cloze(echoed) is None


def test_a_term_named_by_its_when_clause_gets_no_cloze():
    from quizgen.questions.cloze import make_cloze

    fact = definition("When rival factions trade favours over a disputed border, they are bargaining.", "bargaining",
                      "when rival factions trade favours over a disputed border")
    assert make_cloze(found_by(fact, "definition.when_clause")) is None
    assert make_cloze(fact) is not None


def test_a_gloss_that_hedges_inside_is_no_definition():
    fact = definition("Treaty rights are a form of legal rights that are most often considered rights granted to "
                      "nations by agreement.", "treaty rights",
                      "a form of legal rights that are most often considered rights granted to nations by agreement")
    assert make_term_definition(fact) == []


def test_a_when_clause_definition_is_asked_term_to_definition_only():
    fact = definition("When rival factions trade favours over a disputed border, they are bargaining.", "bargaining",
                      "when rival factions trade favours over a disputed border")
    questions = make_term_definition(found_by(fact, "definition.when_clause"))
    assert [q.tags[-1] for q in questions] == ["term_to_definition"]


def test_a_gloss_naming_no_kind_is_asked_term_to_definition_only():
    """Review 11: "that which can be counted ..." fits data and evidence as well as facts."""
    fact = definition("Archives hold records—that which was written down and kept by an office.", "records",
                      "that which was written down and kept by an office")
    assert [q.tags[-1] for q in make_term_definition(fact)] == ["term_to_definition"]


def test_a_gloss_naming_no_kind_gets_no_cloze():
    """Review 12: "based on _____—that which can be counted ..." takes "evidence" too."""
    from quizgen.questions.cloze import make_cloze

    fact = definition("Archives hold records—that which was written down and kept by an office.", "records",
                      "that which was written down and kept by an office")
    assert make_cloze(fact) is None


def test_a_situation_gloss_of_a_compound_term_is_answered_with_its_head():
    fact = definition("Many towns practise open budgeting, in which residents vote on how funds are spent.",
                      "open budgeting", "in which residents vote on how funds are spent")
    questions = make_term_definition(fact)
    assert ("What is meant by “open budgeting”?", "budgeting in which residents vote on how funds are spent") in [
        (q.prompt, q.answer) for q in questions
    ]
    plural = definition("Some states hold open primaries, in which any voter may take part.", "open primaries",
                        "in which any voter may take part")
    assert "primaries in which any voter may take part" in [q.answer for q in make_term_definition(plural)]
    single = definition("Barter, in which goods are swapped without money, came first.", "barter",
                        "in which goods are swapped without money")
    assert all(q.answer == "barter" for q in make_term_definition(single))  # "a barter in which ..." would be circular


def test_a_term_the_chapter_gives_a_synonym_for_is_asked_one_way(tmp_path):
    """Review 15: "a state (or its synonym, country)" made "state" right for a card on "country"."""
    from quizgen.facts import has_synonym
    from quizgen.pipeline import extract_facts

    chapter = tmp_path / "realms.md"
    chapter.write_text("# Realms\n\n## Parts\n\nLand, people and law make up a realm (or its synonym, kingdom).\n\n"
                       "A kingdom is a territory ruled by one crowned head of a single dynasty.\n", encoding="utf-8")
    assert [f.attr("synonym") for f in extract_facts(chapter) if f.term == "kingdom"] == ["1"]

    text = "Three parts make up a realm (or its synonym, kingdom). A kingdom is a territory ruled by one crowned head."
    assert has_synonym("kingdom", text) and has_synonym("realm", text)
    assert not has_synonym("science", "normative political science (also called political philosophy)")
    fact = definition("A kingdom is a territory ruled by one crowned head of a single dynasty.", "kingdom",
                      "a territory ruled by one crowned head of a single dynasty")
    assert len(make_term_definition(fact)) == 2
    marked = replace(fact, attrs=(("synonym", "1"),))
    assert [q.tags[-1] for q in make_term_definition(marked)] == ["term_to_definition"]


def test_an_acronym_is_asked_from_its_gloss_only():
    # "What is meant by “GNP”?" asks to spell it out as much as to define it
    cards = make_term_definition(definition("GNP is the value of everything a country's residents produce in a year.", "GNP",
                                            "the value of everything a country's residents produce in a year"))
    assert [(q.prompt, q.answer) for q in cards] == [
        ("Which term means: the value of everything a country's residents produce in a year?", "GNP")]


def test_the_forward_prompt_reads_as_english_for_names_acronyms_and_sentence_openers():
    cases = [
        # a name from a glossary line, without its article in the sentence
        ("Marshall Plan: American aid for rebuilding Western Europe after 1948", "Marshall Plan",
         "American aid for rebuilding Western Europe after 1948", "What is the Marshall Plan?"),
        # capitalised only because it opens the sentence
        ("Photosynthesis is the process by which plants turn light into chemical energy.", "Photosynthesis",
         "the process by which plants turn light into chemical energy", "What is meant by “photosynthesis”?"),
    ]
    from quizgen.questions.topic import without_topic

    for sentence, term, gloss, prompt in cases:
        prompts = [without_topic(q.prompt) for q in make_term_definition(definition(sentence, term, gloss))]
        assert prompt in prompts, prompts


def test_a_short_gloss_cut_before_its_point_gives_no_card_but_keeps_its_blank():
    from quizgen.questions.cloze import make_cloze

    cut = definition("A census is an official count of people, which must be repeated every ten years.", "census",
                     "an official count of people")
    whole = definition("A census is an official count of the people living in a country on one day.", "census",
                       "an official count of the people living in a country on one day")
    assert make_term_definition(cut) == []
    assert make_cloze(cut) is not None
    assert make_term_definition(whole)
