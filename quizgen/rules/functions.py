"""What a thing or body does: "The kidneys are responsible for filtering the blood",
"The primary function of insulin is to ...", asked as "What are the kidneys responsible
for?" / "What is the primary function of insulin?" with what it does as the answer."""

from __future__ import annotations

from quizgen.rules.context import ANAPHORIC_DEFINITE_HEADS

#: Rule ids, each with how its sentence reads. Every id has test rows
#: (tests/test_function_facts.py loops over this table).
FUNCTION_RULES: dict[str, str] = {
    "function.responsible": '"X is responsible for Y": what X is responsible for',
    "function.in_charge": '"X is in charge of Y": what X is in charge of',
    "function.noun": '"The (main) function/job/role/purpose of X is to Y", "X\'s job is to Y"',
    "function.serves": '"X serves to Y": what X serves to do',
    "function.noun_leaning": '"Its main function is to Y", X named by the subject of the sentence before',
}

#: "X is <word> <preposition> Y": the word after "be" (or the noun of "in charge"),
#: the preposition that opens what X does, and the preposition that must stand before
#: the word ("" for an adjective).
DUTY_WORDS: dict[str, tuple[str, str]] = {
    "responsible": ("for", ""),
    "charge": ("of", "in"),
}

#: Duty words also asked where they describe a noun: "the visual cortex, which is
#: responsible for ...", "The liver is the organ responsible for ...".
ATTACHED_DUTY_WORDS: frozenset[str] = frozenset({"responsible"})

#: The rule of each duty word.
DUTY_RULES: dict[str, str] = {"responsible": "function.responsible", "charge": "function.in_charge"}

#: Adverbs that may stand before "responsible" and keep the duty whole ("primarily
#: responsible for"); any other ("partly", "also", "largely") makes it a share of it.
DUTY_ADVERBS: frozenset[str] = frozenset(
    {"primarily", "mainly", "chiefly", "principally", "directly", "solely", "specifically", "ultimately"}
)

#: Nouns of "The function of X is to Y": what X is for, stated as one thing.
FUNCTION_NOUNS: frozenset[str] = frozenset(
    {"function", "job", "role", "task", "purpose", "duty", "responsibility", "mission"}
)

#: Adjectives that may qualify the function noun and still name the one function the
#: book gives ("the primary function"); others name one of several ("another", "a
#: second", "the last") or a view ("the only real purpose").
FUNCTION_WEIGHTS: frozenset[str] = frozenset(
    {"main", "primary", "chief", "principal", "basic", "fundamental", "central", "essential", "key",
     "major", "important", "overall", "ultimate", "core"}
)

#: Verbs of "X serves to Y".
SERVING_VERBS: frozenset[str] = frozenset({"serve"})

#: Openers that make a sentence a conclusion from the ones before ("Thus, the ego's
#: job is to find the middle ground"): what it says leans on them.
CONCLUDING_OPENERS: frozenset[str] = frozenset({"thus", "therefore", "hence", "so", "consequently", "accordingly"})

#: Possessives that stand for the subject of the sentence before ("Its main function"),
#: with the number that subject must have.
LEANING_POSSESSIVES: dict[str, str] = {"its": "singular", "their": "plural"}

#: Subject heads too vague to ask about ("What are people responsible for?").
VAGUE_HEADS: frozenset[str] = frozenset(
    {"people", "person", "someone", "everyone", "individual", "individuals", "one", "ones", "thing", "things",
     "something", "who", "which", "that", "this", "these", "those", "each", "all", "some", "many", "most",
     "other", "others", "both", "part", "parts", "member", "members", "group", "groups", "factor", "factors"}
)

#: Words on the verb that make its subject several things ("X, Y and Z all serve to").
FLOATING_QUANTIFIERS: frozenset[str] = frozenset({"all", "both", "each", "together"})

#: Determiners that make the subject one of many or point back ("a", "another", "these").
UNBOUND_DETERMINERS: frozenset[str] = frozenset(
    {"a", "an", "another", "some", "any", "each", "every", "many", "several", "one", "this", "that", "these",
     "those", "such", "no", "either", "neither", "both", "all", "most"}
)

#: Words in the subject that would point back at a sentence the question does not show.
POINTING_WORDS: frozenset[str] = frozenset(
    {"they", "them", "their", "it", "its", "he", "him", "his", "she", "her", "this", "these", "those", "such",
     "former", "latter", "same", "other", "another", "additional", "further", "remaining", "following", "resulting"}
)

#: Heads that, as a bare "the ...", stand for something the sentences before named
#: ("The purpose of the concept was ...", "The system is responsible for ..."): the
#: question could not say which one. "The sympathetic nervous system" says which.
ANAPHORIC_OWNERS: frozenset[str] = ANAPHORIC_DEFINITE_HEADS | frozenset(
    {"concept", "idea", "approach", "project", "plan", "strategy", "exercise", "experiment", "process", "system",
     "method", "model", "framework", "initiative", "campaign", "effort", "act", "bill", "measure", "reform",
     "device", "tool", "technique", "procedure", "test", "activity", "practice", "change", "body", "institution",
     "agency", "office", "committee", "council", "board", "structure", "organ", "cell", "molecule", "enzyme",
     "protein", "hormone", "gland", "compound", "substance", "mechanism", "pathway", "reaction", "force"}
)

#: Heads of an answer that names no one thing to recall ("a range of phenomena", "many things").
VAGUE_ANSWER_HEADS: frozenset[str] = frozenset(
    {"range", "variety", "number", "host", "array", "series", "lot", "lots", "many", "several", "some", "much",
     "thing", "things", "something", "others", "aspects", "kinds", "types", "sorts"}
)

#: Dependents of the verb that change what the sentence claims, so the question would
#: have to keep them: a condition ("when ..."), a place or time ("In the cell, ...").
CLAIM_CHANGERS: frozenset[str] = frozenset({"advcl", "prep", "npadvmod", "neg", "aux", "auxpass", "mark", "dative"})

#: Words that open a closing aside after a comma, cut from the answer: "sorting and
#: shipping the products of the rough ER, much like a post office".
ANSWER_ASIDES: tuple[tuple[str, ...], ...] = (
    ("much", "like"), ("like",), ("just", "like"), ("just", "as"), ("similar", "to"), ("somewhat", "like"),
    ("for", "example"), ("for", "instance"), ("as", "in"), ("as", "seen"), ("as", "shown"),
)

#: Dashes that set an aside off in pairs ("The board—in a large company—is ...").
DASHES: frozenset[str] = frozenset({"—", "–", "--"})

#: Answer lengths, in tokens, that a student can write from memory.
ANSWER_TOKENS: tuple[int, int] = (2, 30)
#: Subject lengths, in tokens, that a question can carry.
SUBJECT_TOKENS: tuple[int, int] = (1, 12)
