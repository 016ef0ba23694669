"""Defining forms: the ways textbooks of every subject say what a term means.

Data only. Each row is one form:

- ``id``: ``defining.<name>``;
- ``patterns``: spaCy ``Matcher`` token patterns that find the form's cue in a
  sentence ("is called", "refers to", a dash after a noun);
- ``cut``: how :mod:`quizgen.facts.detect` reads the term and the gloss around
  the cue (the name of one of its cutters: ``subject_term`` reads the term from
  the cue's subject and the gloss after the cue; ``named`` reads the term after
  the cue and the gloss from its subject, the noun it follows, or the sentence
  before; and one cutter each for the forms whose shape is their own);
- ``confidence``: the share of the sentences the form fires on that DEFT's
  annotators labelled as definitions, measured on ``deft-train.jsonl`` (see
  ``bench/definitions.py``), rounded down;
- ``example``: a sentence in the form (our own writing), for the reader; a form
  whose example marks its term ``**bold**`` is ``marked``;
- ``marked`` (optional): the form holds only where the book sets its term in bold
  (the term is the marked words; :func:`quizgen.facts.detect.find_definitions`
  tries it only when given the sentence's marks), so it never counts as detection
  of plain text and its ``confidence`` is not measured on DEFT (0.0).

A form becomes questions only when it is precise enough: at least
:data:`quizgen.facts.detect.QUIZ_CONFIDENCE`, or in :data:`BOLD_ONLY_FORMS` where
the term is bold; the forms in :data:`DETECTION_ONLY_FORMS` (new forms under the
0.90 bar) only count as detection.

Forms whose cue is in the sentence but whose gloss is the sentence before
("This process is called X.") come out of ``named`` as ``defining.two_sentence``,
which has its own row so that it can be measured and tested as a form.
"""

from __future__ import annotations

_BE = {"LEMMA": "be"}
_BE_OR_BECOME = {"LEMMA": {"IN": ["be", "become"]}}
_ADVERBS = {"POS": "ADV", "OP": "*"}
_NAMING = {"LOWER": {"IN": ["called", "termed", "dubbed"]}}
_NOUN = {"POS": {"IN": ["NOUN", "PROPN"]}}
_DASH = {"ORTH": {"IN": ["—", "–", "--"]}}

DEFINING_FORMS: tuple[dict, ...] = (
    {
        "id": "defining.called",
        "cut": "named",
        "confidence": 0.74,
        "example": "The movement of water through a membrane is called osmosis.",
        "patterns": [
            [_BE_OR_BECOME, _ADVERBS, _NAMING],
            [_NOUN, {"ORTH": {"IN": [",", "("]}, "OP": "?"}, _ADVERBS, _NAMING],
        ],
    },
    {
        "id": "defining.known_as",
        "cut": "named",
        "confidence": 0.69,
        "example": "The boundary between two air masses is known as a front.",
        "patterns": [
            [_BE_OR_BECOME, _ADVERBS, {"LOWER": "known"}, {"LOWER": "as"}],
            [_NOUN, {"ORTH": {"IN": [",", "("]}, "OP": "?"}, _ADVERBS, {"LOWER": "known"}, {"LOWER": "as"}],
        ],
    },
    {
        "id": "defining.referred_to_as",
        "cut": "named",
        "confidence": 0.78,
        "example": "The total output of a country is often referred to as its gross domestic product.",
        "patterns": [
            [_BE, _ADVERBS, {"LOWER": "referred"}, {"LOWER": "to"}, {"LOWER": "as"}],
            [_NOUN, {"ORTH": ",", "OP": "?"}, _ADVERBS, {"LOWER": "referred"}, {"LOWER": "to"}, {"LOWER": "as"}],
        ],
    },
    {
        "id": "defining.two_sentence",
        "cut": "named",
        "confidence": 0.75,
        "example": "Some cells swallow whole particles from their surroundings. This process is called phagocytosis.",
        # found by the patterns of the naming forms above, when their subject points back
        "patterns": [],
    },
    {
        "id": "defining.called_this",
        "cut": "named",
        # 18 of 19 on DEFT train: too few sentences to ask it without a bold mark
        "confidence": 0.94,
        "example": "Some bones of the skull grow together over time. This fusion between bones is called a synostosis.",
        # found by the patterns of the naming forms above, when the subject that points back
        # says on its own what the term is
        "patterns": [],
    },
    {
        "id": "defining.refers_to",
        "cut": "subject_term",
        "confidence": 0.92,
        "example": "Inflation refers to a general rise in the level of prices.",
        "patterns": [
            [{"LOWER": {"IN": ["refers", "refer"]}}, {"LOWER": "to"}],
        ],
    },
    {
        "id": "defining.means",
        "cut": "subject_term",
        "confidence": 0.76,
        "example": "Scarcity means that human wants exceed the resources available to meet them.",
        "patterns": [
            [{"LEMMA": "mean", "TAG": {"IN": ["VBZ", "VBP"]}}],
        ],
    },
    {
        "id": "defining.defined_as",
        "cut": "defined",
        "confidence": 0.86,
        "example": "Velocity is defined as the rate at which an object changes its position.",
        "patterns": [
            [_BE, _ADVERBS, {"LOWER": "defined"}, {"LOWER": "as"}],
            [_BE, _ADVERBS, {"LOWER": "defined"}, {"LOWER": "to"}, {"LOWER": "be"}],
            # "Economists define scarcity as ...": the term is the object
            [{"LEMMA": "define", "TAG": {"IN": ["VBZ", "VBP", "VBD", "VB"]}}],
        ],
    },
    {
        "id": "defining.defined_as_named",
        "cut": "defined",
        # never fires on DEFT train (31 sentences say "defined as", none with the name last):
        # its parent form's rate, rounded down; asked only where the name is bold
        "confidence": 0.8,
        "example": "Any substance that speeds up a reaction without being used up is defined as a catalyst.",
        # found by the defined_as patterns, when the subject describes and the name comes last
        "patterns": [],
    },
    {
        "id": "defining.describes",
        "cut": "subject_term",
        "confidence": 0.75,
        "example": "The term ecosystem describes a community of organisms together with their physical environment.",
        "patterns": [
            [{"LEMMA": "describe", "TAG": {"IN": ["VBZ", "VBP"]}}],
            [_BE, _ADVERBS, {"LOWER": "characterized"}, {"LOWER": "by"}],
        ],
    },
    {
        "id": "defining.occurs_when",
        "cut": "subject_term",
        "confidence": 0.86,
        "example": "A recession occurs when output falls for two quarters in a row.",
        "patterns": [
            [{"LEMMA": {"IN": ["occur", "happen", "arise", "exist"]}, "TAG": {"IN": ["VBZ", "VBP"]}}, {"LOWER": {"IN": ["when", "whenever"]}}],
            [_BE, {"LOWER": "when"}],
        ],
    },
    {
        "id": "defining.is_where",
        "cut": "subject_term",
        "confidence": 0.66,
        "example": "A tide pool is where sea water stays behind in the rocks when the tide goes out.",
        "patterns": [
            [_BE, {"LOWER": "where"}],
        ],
    },
    {
        "id": "defining.consists_of",
        "cut": "composed",
        "confidence": 0.74,
        "example": "The cytoskeleton consists of a network of protein fibres inside the cell.",
        "patterns": [
            [{"LEMMA": {"IN": ["consist", "comprise"]}, "TAG": {"IN": ["VBZ", "VBP"]}}, {"LOWER": "of"}],
            [_BE, {"LOWER": {"IN": ["made", "composed", "comprised"]}}, {"LOWER": "up", "OP": "?"}, {"LOWER": "of"}],
        ],
    },
    {
        "id": "defining.copular",
        "cut": "copular",
        "confidence": 0.88,
        "example": "Matter is any substance that occupies space and has mass.",
        "patterns": [
            [{"LEMMA": "be", "DEP": {"IN": ["ROOT", "conj", "ccomp", "parataxis"]}, "TAG": {"IN": ["VBZ", "VBP"]}}],
        ],
    },
    {
        "id": "defining.copular_wide",
        "cut": "copular",
        "confidence": 0.9,
        "example": "A habitat is an organism’s home range within which it finds food and shelter.",
        # found by the copular pattern, where only a looser reading passes: a genus owned by a
        # noun, an adjective's phrase after the genus, a short form in brackets after the term
        "patterns": [],
    },
    {
        "id": "defining.apposition",
        "cut": "apposition",
        "confidence": 0.73,
        "example": "Plants store sugar as starch, a large carbohydrate made of many glucose units.",
        "patterns": [
            [_NOUN, {"ORTH": ","}, {"LOWER": {"IN": ["a", "an"]}, "DEP": "det"}],
            [_NOUN, {"ORTH": ","}, {"LOWER": "which"}, {"LOWER": {"IN": ["is", "are"]}}, {"LOWER": {"IN": ["a", "an"]}, "DEP": "det"}],
        ],
    },
    {
        "id": "defining.apposition_the",
        "cut": "apposition",
        "confidence": 0.85,
        "example": "Plants lose water through transpiration, the evaporation of water from the surfaces of leaves.",
        "patterns": [
            [_NOUN, {"ORTH": ","}, {"LOWER": "the", "DEP": "det"}],
        ],
    },
    {
        "id": "defining.which_is",
        "cut": "which_is",
        "confidence": 0.77,
        "example": "Economists track the unemployment rate, which is the share of the labour force that is looking for work.",
        "patterns": [
            [{"ORTH": ")"}, {"ORTH": ","}, {"LOWER": "which"}, {"LOWER": {"IN": ["is", "are"]}}],
            [_NOUN, {"ORTH": ","}, {"LOWER": "which"}, {"LOWER": {"IN": ["is", "are"]}}],
        ],
    },
    {
        "id": "defining.which_refers",
        "cut": "which_refers",
        "confidence": 0.82,
        "example": "Voters often show party identification, which refers to a lasting attachment to one political party.",
        "patterns": [
            [{"ORTH": ")"}, {"ORTH": ","}, {"LOWER": "which"}, {"LOWER": {"IN": ["refers", "refer"]}}, {"LOWER": "to"}],
            [_NOUN, {"ORTH": ","}, {"LOWER": "which"}, {"LOWER": {"IN": ["refers", "refer"]}}, {"LOWER": "to"}],
            [{"ORTH": ")"}, {"ORTH": ","}, {"LOWER": "which"}, {"LOWER": {"IN": ["means", "mean", "describes", "describe"]}}],
            [_NOUN, {"ORTH": ","}, {"LOWER": "which"}, {"LOWER": {"IN": ["means", "mean", "describes", "describe"]}}],
            [{"ORTH": ")"}, {"ORTH": ","}, {"LOWER": "which"}, {"LOWER": {"IN": ["is", "are"]}}, {"LOWER": "defined"}, {"LOWER": "as"}],
            [_NOUN, {"ORTH": ","}, {"LOWER": "which"}, {"LOWER": {"IN": ["is", "are"]}}, {"LOWER": "defined"}, {"LOWER": "as"}],
        ],
    },
    {
        "id": "defining.states_that",
        "cut": "stated",
        "confidence": 0.97,
        "example": "The law of demand states that buyers purchase less of a good as its price rises.",
        "patterns": [
            # by the word, not its tag: the tagger often reads "The law of demand states" as a noun
            [{"LOWER": {"IN": ["states", "holds", "says", "asserts", "posits", "proposes", "suggests", "predicts",
                               "state", "hold", "say", "assert", "posit", "propose", "suggest", "predict"]}},
             {"LOWER": "that"}],
        ],
    },
    {
        "id": "defining.involves",
        "cut": "subject_term",
        "confidence": 0.67,
        "example": "Photosynthesis involves the capture of light energy to build sugars from carbon dioxide.",
        "patterns": [
            [{"LEMMA": {"IN": ["involve", "entail"]}, "TAG": {"IN": ["VBZ", "VBP"]}}],
        ],
    },
    {
        "id": "defining.colon",
        "cut": "colon",
        "confidence": 0.81,
        "example": "The cytoplasm is crowded with organelles: small structures that each do one job inside the cell.",
        "patterns": [
            [_NOUN, {"ORTH": ":"}],
        ],
    },
    {
        "id": "defining.word_origin",
        "cut": "word_origin",
        "confidence": 0.79,
        "example": "Many insects pass through a pupa (Latin for “doll”) before they reach their adult form.",
        "patterns": [
            [_NOUN, {"ORTH": "("}, {"LOWER": {"IN": ["greek", "latin", "meaning", "literally", "from"]}}],
            [_NOUN, {"ORTH": "("}, {"ORTH": {"IN": ["“", "\""]}}],
        ],
    },
    {
        "id": "defining.dash",
        "cut": "dash",
        "confidence": 0.63,
        "example": "Organelles—the small structures that do one job each inside a cell—are wrapped in membranes.",
        "patterns": [
            [_NOUN, _DASH],
        ],
    },
    {
        "id": "defining.that_is",
        "cut": "that_is",
        "confidence": 0.73,
        "example": "Firms often buy physical capital, that is, the equipment used to produce goods, with borrowed money.",
        "patterns": [
            [_NOUN, {"ORTH": {"IN": [",", "—", "–", "--"]}}, {"LOWER": "that"}, {"LOWER": "is"}, {"ORTH": ","}],
        ],
    },
    {
        "id": "defining.paren",
        "cut": "paren",
        "confidence": 0.69,
        "example": "Some animals keep a constant body temperature (endothermy) whatever the weather.",
        "patterns": [
            [{"ORTH": "("}, {"IS_LOWER": True}, {"IS_LOWER": True, "OP": "?"}, {"IS_LOWER": True, "OP": "?"}, {"ORTH": ")"}],
            [_NOUN, {"ORTH": "("}, {"LOWER": {"IN": ["a", "an", "the", "or", "i.e.", "that"]}}],
        ],
    },
    {
        "id": "defining.marked_apposition",
        "cut": "marked_apposition",
        "confidence": 0.0,
        "marked": True,
        "example": "Cells store fat in **adipocytes**, large cells that each hold a single drop of lipid.",
        # the parser often hangs a sentence-final apposition on the verb, so the mark, not the
        # parse, says where the term ends: "... deepened by the **acetabular labrum**, a lip ..."
        # (any word may end the term: the tagger reads a new word as an adjective, "**leptin**")
        "patterns": [
            [{"IS_PUNCT": False}, {"ORTH": ","}, {"LOWER": {"IN": ["a", "an", "the"]}}],
            [{"IS_PUNCT": False}, {"ORTH": ","}, {"TAG": {"IN": ["JJ", "NNS"]}, "OP": "?"}, {"TAG": "NNS"}, {"LOWER": {"IN": ["who", "that", "which"]}}],
            # "the **blood-brain barrier (BBB)**, a lining of cells ...": the mark ends on its short form
            [{"ORTH": ")"}, {"ORTH": ","}, {"LOWER": {"IN": ["a", "an", "the"]}}],
        ],
    },
    {
        "id": "defining.marked_or",
        "cut": "marked_or",
        "confidence": 0.0,
        "marked": True,
        "example": "Fish that live in cold water need high **thermal tolerance**, or the ability to keep working as the water cools.",
        # "or" after a bold term gives its gloss, where it is a noun phrase of its own; a plain
        # "X, or Y" is as often a list of alternatives ("definition.or_gloss" asks for "or a/the")
        "patterns": [
            [{"IS_PUNCT": False}, {"ORTH": ","}, {"LOWER": "or"}],
            [{"ORTH": ")"}, {"ORTH": ","}, {"LOWER": "or"}],
            [{"IS_PUNCT": False}, {"LOWER": "or"}, {"LOWER": "the"}],
        ],
    },
    {
        "id": "defining.marked_colon",
        "cut": "marked_colon",
        "confidence": 0.0,
        "marked": True,
        "example": "**Irony:** a contrast between what a reader expects and what actually happens in a story.",
        # the lists of terms that close a section ("**Tone:** the writer’s attitude toward the subject.")
        "patterns": [
            [{"IS_SENT_START": True, "IS_PUNCT": False}, {"IS_PUNCT": False, "OP": "{0,5}"}, {"ORTH": ":"}],
        ],
    },
    {
        "id": "defining.what_x_called_y",
        "cut": "what_called",
        "confidence": 0.55,
        "example": "Rising prices reduce what economists call purchasing power.",
        "patterns": [
            [{"LOWER": "what"}, {"POS": {"IN": ["NOUN", "PROPN", "ADJ"]}, "OP": "+"}, {"LEMMA": {"IN": ["call", "term", "dub"]}}],
            [{"LOWER": "what"}, {"POS": {"IN": ["NOUN", "PROPN", "ADJ"]}, "OP": "+"}, {"LEMMA": "refer"}, {"LOWER": "to"}, {"LOWER": "as"}],
            [{"LOWER": "what"}, _BE, _ADVERBS, {"LOWER": {"IN": ["called", "termed", "known"]}}],
        ],
    },
)


#: Forms that count as detection (``is_definition``, the DEFT bench) and are never asked:
#: they are less than 0.90 precise on DEFT's train split, the bar a new form must pass
#: before its sentences become questions.
DETECTION_ONLY_FORMS: frozenset[str] = frozenset(
    {"defining.apposition_the", "defining.which_is", "defining.which_refers", "defining.involves",
     "defining.colon", "defining.word_origin"}
)

#: Forms asked only where the book's own mark agrees (the term is set in bold): on
#: DEFT, most of their misses are sentences that name without defining.
BOLD_ONLY_FORMS: frozenset[str] = frozenset(
    {"defining.called", "defining.referred_to_as", "defining.means", "defining.describes",
     "defining.apposition", "defining.that_is", "defining.marked_apposition", "defining.called_this",
     "defining.is_where", "defining.marked_or", "defining.marked_colon",
     "defining.defined_as_named"}
)

#: Forms whose gloss is a clause that says when or where the term holds ("X occurs
#: when ...", "X is where ..."): with a bold term, the gloss keeps its "when" or
#: "where" and is asked as such ("What is it called when ...?").
CLAUSE_GLOSS_FORMS: frozenset[str] = frozenset({"defining.occurs_when", "defining.is_where"})

#: Forms that hold only on a term the book sets in bold (rows marked ``marked``).
MARKED_FORMS: frozenset[str] = frozenset(row["id"] for row in DEFINING_FORMS if row.get("marked"))

#: Marked forms whose term is exactly the bold words: they are read by punctuation alone,
#: so the words before the mark ("high **lipid-solubility**, or ...") are the sentence's,
#: not the term's.
MARK_IS_TERM_FORMS: frozenset[str] = frozenset({"defining.marked_or", "defining.marked_colon",
     "defining.defined_as_named"})

#: Marked forms that hold on a line without a verb of its own (a list of terms and their
#: glosses), which is read though it is no statement.
LINE_FORMS: frozenset[str] = frozenset({"defining.marked_colon"})
