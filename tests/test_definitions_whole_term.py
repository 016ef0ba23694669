"""A definition's term is a whole noun phrase, and its gloss a definition.

Each check has a row where it fires and one where it must not. The sentences are
written for these tests, the way a textbook puts such things.
"""

from __future__ import annotations

import pytest

from quizgen.analyze import ParsedParagraph
from quizgen.facts import extract
from quizgen.facts.definitions import whole_term
from quizgen.models import Document, Paragraph


def _definitions(nlp, sentence: str) -> list[tuple[str, str]]:
    paragraph = Paragraph(index=0, text=sentence, section=("A Section",))
    document = Document(title="Test Chapter", source="chapter.md", sha256="", format="text",
                        sections=(), paragraphs=(paragraph,))
    facts = extract([ParsedParagraph(paragraph, nlp(sentence))], document)
    return [(f.term, f.definition) for f in facts if f.kind == "definition"]


def _terms(nlp, sentence: str) -> list[str]:
    return [term for term, _ in _definitions(nlp, sentence)]


# --- the term: mended to its whole noun phrase, or refused ---------------------------


def test_a_term_cut_inside_its_phrase_takes_the_modifiers_before_it(nlp):
    doc = nlp("Interaural time difference refers to the small delay between a sound reaching one ear and the other.")
    assert whole_term(doc[1:3]).text == "Interaural time difference"
    assert whole_term(doc[0:3]).text == "Interaural time difference"  # already whole: unchanged


def test_a_called_term_keeps_the_adjective_of_its_compound(nlp):
    assert _terms(nlp, "A pair of metal plates held apart by a thin layer of air is called a parallel plate capacitor.") == [
        "parallel plate capacitor"
    ]


def test_words_that_are_no_part_of_a_term_are_not_taken_back(nlp):
    # "new" and "the term" are left off by the term's cut; the mend must not restore them
    assert _terms(nlp, "The term photosynthesis refers to the way green plants build sugar from light, water and air.") == [
        "photosynthesis"
    ]


def test_a_framing_head_with_a_demonstrative_gives_way_to_the_term_it_frames(nlp):
    assert _terms(nlp, "This phase of encoding, the deliberate repetition of a list, helps move it into long-term memory.") == [
        "encoding"
    ]


def test_a_term_that_points_back_is_refused(nlp):
    assert _definitions(nlp, "This region is a zone of intense volcanic activity around the Pacific Ocean.") == []
    # but not a "that" the parser took for a demonstrative where it opens a clause
    assert _terms(nlp, "Studies suggest that optimism—the general tendency to expect good outcomes—is good for health.") == [
        "optimism"
    ]


def test_the_verb_after_a_relative_that_is_no_part_of_the_term(nlp):
    assert _definitions(nlp, "Glands release small sacs that store hormones, the chemical signals of the endocrine system.") == [
        ("hormones", "the chemical signals of the endocrine system")
    ]


def test_a_lone_possessive_is_refused_and_a_whole_one_kept(nlp):
    doc = nlp("The stag hunt’s dilemma is a game in which two hunters must choose whether to trust each other.")
    possessive = next(t for t in doc if t.tag_ == "POS")
    assert whole_term(doc[possessive.i : possessive.i + 2]) is None
    assert whole_term(doc[1 : possessive.i + 2]) is not None


def test_a_term_whose_last_word_modifies_a_noun_after_it_is_refused(nlp):
    doc = nlp("A parallel plate capacitor is a device that stores charge on two facing plates.")
    assert whole_term(doc[1:3]) is None  # "parallel plate" of "parallel plate capacitor"
    assert whole_term(doc[1:4]).text == "parallel plate capacitor"


def test_two_sentences_run_together_give_no_term(nlp):
    sentence = ("Rivers carry silt downstream as fast as possible Sediment load is defined as the total amount of "
                "material that a river carries.")
    assert not any("Sediment" in term or "sediment" in term for term in _terms(nlp, sentence))
    # a name after a lowercase word is a name, not a new sentence
    assert _terms(nlp, "Classical Greek drama is a form of theatre that grew out of religious festivals in Athens.") == [
        "classical Greek drama"
    ]


def test_an_acronym_keeps_its_case_at_the_start_of_a_sentence(nlp):
    assert _terms(nlp, "SNPs are single-letter differences in the genetic code between two people.") == ["SNPs"]
    assert _terms(nlp, "Erosion is the gradual removal of rock and soil by wind and water.") == ["erosion"]


# --- the gloss: a definition, not a translation, an example's kind or a lost figure ---


@pytest.mark.parametrize(
    "sentence",
    [
        "Plants make food by photosynthesis, which means “putting together with light.”",
        "Early clocks used a device called a clepsydra—a word coined from the Greek words for stealing and water.",
        "Many philosophers write about ataraxia, the Greek term for a calm and untroubled mind.",
    ],
)
def test_a_gloss_that_only_translates_the_word_gives_no_definition(nlp, sentence):
    assert _definitions(nlp, sentence) == []


def test_a_gloss_that_says_what_the_thing_is_is_kept(nlp):
    assert _definitions(nlp, "Osmosis is the movement of water across a membrane from where it is plentiful to where it is scarce.") == [
        ("osmosis", "the movement of water across a membrane from where it is plentiful to where it is scarce")
    ]


def test_a_gloss_naming_the_kind_its_subject_belongs_to_defines_the_kind_not_the_subject(nlp):
    assert "public parks" not in _terms(nlp, "Public parks are a type of good called a public good.")


def test_a_named_part_inside_a_gloss_does_not_make_it_an_example(nlp):
    assert _terms(nlp, "Photosynthesis is a process in which plants build sugar inside organelles called chloroplasts.") == [
        "photosynthesis"
    ]
    assert _terms(nlp, "Pancreatic islets are clusters of cells formerly known as the islands of Langerhans.") == [
        "pancreatic islets"
    ]


@pytest.mark.parametrize(
    ("gloss", "kept"),
    [
        ("the ripest follicle, like that shown in, bursts and frees its egg", "the ripest follicle bursts and frees its egg"),
        ("two plates separated by a distance, as in, and charged", "two plates separated by a distance and charged"),
        ("a ring of bone as shown in", ""),  # nothing to cut it out from: refused
        ("the layer of cells shown in the lining of the gut", "the layer of cells shown in the lining of the gut"),
    ],
)
def test_what_is_left_of_a_figure_pointer_is_cut_from_a_gloss(gloss, kept):
    from quizgen.facts.definitions import _without_dangling_pointer

    assert _without_dangling_pointer(gloss) == kept


def test_a_question_with_a_dangling_figure_pointer_does_not_stand_alone():
    from quizgen.models import FactInfo, Question, SourceRef
    from quizgen.questions.worth import question_stands_alone

    def cloze(prompt: str) -> Question:
        return Question(id="q", type="cloze", prompt=prompt, answer="ovulation", source=SourceRef(file="f", sentence=prompt),
                        fact=FactInfo(kind="definition"))

    assert not question_stands_alone(cloze("A surge of LH causes _____: the ripest follicle, like that shown in, bursts."))
    assert question_stands_alone(cloze("A surge of LH causes _____, when the ripest follicle bursts and frees its egg."))


def test_a_term_named_after_a_person_keeps_the_name(nlp):
    assert _terms(nlp, "A shortage of cortisol can lead to Addison’s disease, a rare disorder that lowers blood glucose and blood sodium.") == [
        "Addison’s disease"
    ]


def test_a_demonstrative_before_a_head_that_frames_nothing_gives_no_term(nlp):
    doc = nlp("Farms must now pay these hidden costs of runoff, which fall on the towns downstream.")
    costs = next(t for t in doc if t.text == "costs")
    assert whole_term(doc[costs.i - 1 : costs.i + 3]) is None  # "these hidden costs of runoff" are costs, not runoff
    doc = nlp("Farms must now pay the hidden costs of runoff, which fall on the towns downstream.")
    costs = next(t for t in doc if t.text == "costs")
    assert whole_term(doc[costs.i - 1 : costs.i + 3]).text == "hidden costs of runoff"


def test_a_word_used_to_describe_something_is_a_definition_but_a_word_hard_to_translate_is_not(nlp):
    assert _terms(nlp, "Chaos is a word used to describe systems whose outcomes are extremely sensitive to initial conditions.") == ["chaos"]
    assert _definitions(nlp, "Hygge is a Danish word that is hard to translate into English.") == []


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        ("The reaction that the trained signal alone brings about is called the conditioned response.", "conditioned response"),
        ("A crop that carries a gene taken from another species is called a genetically modified organism.",
         "genetically modified organism"),
    ],
)
def test_a_named_phrase_keeps_its_participles(nlp, sentence, term):
    assert _terms(nlp, sentence) == [term]


def test_a_hyphenated_participle_belongs_to_the_term_and_a_bare_one_does_not(nlp):
    assert _terms(nlp, "Culture-bound syndromes refer to forms of distress that only one culture recognizes and names.") == [
        "culture-bound syndromes"
    ]
    doc = nlp("Rising inequality is a gap in income that grows wider every year.")
    assert whole_term(doc[1:2]).text == "inequality"


def test_a_quoted_gloss_cut_with_its_quotation_marks_only_translates(nlp):
    from quizgen.facts.definitions import _only_translates

    doc = nlp("The skull bones meet in a synostosis (“joined by bone”) once growth ends.")
    opening = next(t.i for t in doc if t.text == "“")
    closing = next(t.i for t in doc if t.text == "”")
    assert _only_translates(doc[opening : closing + 1])
    assert _only_translates(doc[opening + 1 : closing])
    assert not _only_translates(doc[0:3])
