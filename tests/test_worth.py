"""The worth-asking gate: one row per class of defect that blind reviews struck,
each on sentences written for these tests."""

from __future__ import annotations

import pytest

from quizgen.models import Question
from quizgen.questions.worth import (
    dates_a_named_event,
    glued_heading,
    is_definition_worth_asking,
    leans_on_context,
)

LEANS = [
    ("In response, the assembly voted to raise the salt tax.", "a connective opener"),
    ("Lastly, a gomphosis holds a tooth in its socket.", "a list's last step"),
    ("Who identified another source of error in the survey?", "another"),
    ("The committee thus rejected the proposal in a single vote.", "thus"),
    ("After the strike ended, the mill owners raised wages.", "a particular event never named"),
    ("The study found that children who slept longer remembered more words.", "the study"),
    ("He founded the first public library in the colony.", "he with nobody named"),
    ("They crossed the mountains before the first snow.", "they as the subject"),
    ("As we saw earlier, glaciers carve valleys into a U shape.", "the author speaking"),
    ("These countries signed the accord in Geneva.", "these"),
    ("The photograph shown here was taken from the summit.", "shown here"),
    ("Why is utilitarianism, discussed earlier, a consequentialist view?", "discussed earlier"),
]

STANDS = [
    "Who developed the periodic table of the elements?",
    "The Suez Canal opened to shipping in 1869.",
    "Mitochondria are the organelles that release energy from glucose.",
    "Marie Curie won her second Nobel Prize for the discovery of radium.",
    "Tallinn opened its new cruise terminal in 2021.",
]


@pytest.mark.parametrize(("text", "why"), LEANS)
def test_questions_that_lean_on_the_page_are_struck(text: str, why: str) -> None:
    assert leans_on_context(text), why


@pytest.mark.parametrize("text", STANDS)
def test_questions_that_name_what_they_ask_about_stand(text: str) -> None:
    assert not leans_on_context(text)


@pytest.mark.parametrize(
    ("term", "gloss", "worth"),
    [
        ("literacy", "a powerful tool for changing a community", False),
        ("fieldwork", "a fairly complex process", False),
        ("the census", "one of the most important sources for historians", False),
        ("variable", "the temperature and the pressure is the dependent variable", False),
        ("verdict", "a decision that left his rival without support", False),
        ("adduction", "the movement of a limb toward the midline, while abduction moves it away", False),
        ("osmosis", "the diffusion of water through a semipermeable membrane", True),
        ("tariff", "a tax on goods brought into a country", True),
        ("a ligand", "the specific molecule that binds to and activates a receptor", True),
        ("error", "a kind of mistake", False),
        ("Maori", "the only people who settled the islands before 1800", False),
        ("poverty", "an institutional condition, not a personal one", False),
        ("Asian Americans", "people whose ancestors came from East, South or Southeast Asia", False),
        ("supination", "the opposite motion, in which the palm turns upward", False),
        ("thyroxine", "released into the blood by the gland", False),
    ],
)
def test_a_gloss_must_define_not_judge(term: str, gloss: str, worth: bool) -> None:
    assert is_definition_worth_asking(term, gloss) is worth


@pytest.mark.parametrize(
    ("sentence", "worth"),
    [
        ("In 1935, Congress passed the Social Security Act.", True),
        ("The Treaty of Nanking ended the war in 1842.", True),
        ("In 1954, Brown v. Board of Education struck down school segregation.", True),
        # a discovery or a first, with nothing named that the year belongs to
        ("In 1995, Netscape introduced a scripting language for its browser.", False),
        ("In 1781, the astronomer William Herschel discovered the planet Uranus.", False),
        ("In 1971, a sociology professor had a theory about police prejudice.", False),
        ("In 2000, a comic writer wanted an insider's view of office work.", False),
        # an event held, in the passive: the sentence names where
        ("In 1848, a women's rights convention was held in Seneca Falls.", True),
        ("In 2016, some candidates had held national office before.", False),
    ],
)
def test_a_year_is_asked_only_for_an_event_the_sentence_names(sentence: str, worth: bool) -> None:
    assert dates_a_named_event(sentence) is worth


@pytest.mark.parametrize(
    ("text", "glued"),
    [
        ("Harlow's Monkeys:, psychologist Harry Harlow raised infant monkeys with wire mothers.", True),
        ("Dorothea Dix and the asylum reform: In 1843, she wrote to the Massachusetts legislature.", True),
        ("The Water Cycle. Water evaporates from the sea and falls again as rain.", True),
        ("The Water Cycle moves water between the sea, the air and the land.", False),
        ("Photosynthesis has two stages: the light reactions and the Calvin cycle.", False),
    ],
)
def test_a_heading_glued_to_its_sentence_is_seen(text: str, glued: bool) -> None:
    assert glued_heading(text) is glued


def test_key_terms_come_from_the_bold_marks_and_lead_the_ranking() -> None:
    from dataclasses import replace

    from quizgen.facts.keyterms import key_terms
    from quizgen.models import Document, FactInfo, Paragraph, Question, SourceRef
    from quizgen.questions.worth import KEY_TERM_TAG, mark_key_terms

    text = (
        "Weathering breaks rock into pieces. Erosion carries the pieces away. Deposition "
        "lays them down. Sediment is loose material. A delta is a landform at a river mouth."
    )
    marks = tuple((text.index(w), text.index(w) + len(w)) for w in ("Weathering", "Erosion", "Deposition", "Sediment", "delta"))
    paragraph = Paragraph(index=0, text=text)
    if "emphasis" not in Paragraph.__dataclass_fields__:
        pytest.skip("the reader does not keep bold marks yet")
    document = Document("Rivers", "rivers.md", "0", "markdown", (), (replace(paragraph, emphasis=marks),))
    assert key_terms(document) == {"weathering", "erosion", "deposition", "sediment", "delta"}

    def card(term: str) -> Question:
        return Question(
            id=f"q-{term}", type="term_definition", prompt=f"What is {term}?", answer="x",
            source=SourceRef(file="rivers.md", sentence=text), fact=FactInfo(kind="definition", term=term),
        )

    kept = mark_key_terms([card("a delta"), card("rock")], key_terms(document))
    assert [q.fact.term for q in kept] == ["a delta"] and KEY_TERM_TAG in kept[0].tags


def _question(kind: str, type_: str, prompt: str, answer: str = "x") -> Question:
    from quizgen.models import FactInfo, SourceRef

    return Question(id="q", type=type_, prompt=prompt, answer=answer, source=SourceRef(file="f", sentence=prompt), fact=FactInfo(kind=kind))


@pytest.mark.parametrize(
    ("kind", "type_", "prompt", "stands"),
    [
        ("definition", "cloze", "_____ factor-1 stimulates the growth of long bones.", False),
        ("definition", "cloze", "Some _____ are groups that register to lobby the legislature.", False),
        ("person", "cloze", "The bishop _____ of Tours wrote a history of the Franks.", False),
        ("quantity", "multiple_choice", "Adults have _____ permanent teeth.", False),
        ("quantity", "short_answer", "What share of the vote and did the party win in the north?", False),
        ("person", "short_answer", "Who had to rebuild its navy after the war?", False),
        ("cause", "short_answer", "Why does the recession persist?", False),
        ("cause", "short_answer", "Why did the Weimar Republic collapse?", True),
        ("quantity", "short_answer", "How many separate kinds do the Yanomami name of rain?", False),
        ("definition", "term_definition", "What is NGOs?", False),
        ("quantity", "short_answer", "How many its warships did Portugal sell to Brazil in 1822?", False),
        ("definition", "cloze", "Within socialism, _____ seeks a society run by its workers' councils.|council socialism", False),
        ("person", "cloze", "The philosopher Hannah _____ wrote about the banality of evil.", False),
        ("definition", "cloze", "(_____ are organisms that make their own food.)", False),
        ("definition", "cloze", "_____ is the diffusion of water through a semipermeable membrane.", True),
    ],
)
def test_blanks_and_questions_a_teacher_would_rewrite(kind: str, type_: str, prompt: str, stands: bool) -> None:
    from quizgen.questions.worth import question_stands_alone

    prompt, _, answer = prompt.partition("|")
    assert question_stands_alone(_question(kind, type_, prompt, answer or "x")) is stands


def test_a_share_is_not_asked_but_a_rate_of_growth_is() -> None:
    from quizgen.models import Fact, SourceRef
    from quizgen.questions.worth import fact_worth_asking

    def quantity(sentence: str, answer: str) -> Fact:
        start = sentence.index(answer)
        return Fact(id="f", kind="quantity", rule="quantity.test", sentence=sentence, answer=answer,
                    answer_start=start, answer_end=start + len(answer),
                    source=SourceRef(file="f", sentence=sentence), label="PERCENT")

    assert not fact_worth_asking(quantity("About 62 percent of the respondents in Ohio reported owning a car.", "62 percent"))
    assert fact_worth_asking(quantity("Chile's copper exports grew by 8% a year on average.", "8%"))
