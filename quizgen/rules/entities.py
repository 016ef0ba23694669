"""Word classes for dates, quantities, people and quotations."""

from __future__ import annotations

#: Entity labels whose answers are numbers with a unit.
QUANTITY_LABELS: frozenset[str] = frozenset({"MONEY", "PERCENT", "QUANTITY", "CARDINAL"})

#: Nouns that, before or beside a name, give a person's role.
ROLE_NOUNS: frozenset[str] = frozenset(
    {"president", "prime", "minister", "king", "queen", "emperor", "empress", "chancellor",
     "secretary", "general", "senator", "governor", "mayor", "pope", "philosopher", "economist",
     "scientist", "historian", "leader", "chairman", "chair", "founder", "author", "writer",
     "poet", "judge", "justice", "ambassador", "diplomat", "director", "premier", "sultan",
     "khan", "tsar", "czar", "pharaoh", "admiral", "commander", "physicist",
     "chemist", "biologist", "mathematician", "sociologist", "theorist", "thinker", "activist",
     "representative", "speaker", "dictator", "monarch", "prince", "princess", "duke"}
)

#: Titles of offices whose holders change: beside a name in a present-tense sentence
#: ("Vice President Kamala Harris is ...") they date the question.
OFFICE_TITLES: frozenset[str] = frozenset(
    {"president", "minister", "chancellor", "secretary", "senator", "governor", "mayor",
     "premier", "speaker", "representative", "ambassador", "chairman", "chair"}
)

#: Verbs that introduce what someone said or thought.
SPEECH_VERBS: frozenset[str] = frozenset(
    {"say", "state", "declare", "argue", "write", "claim", "stress", "note", "insist",
     "assert", "announce", "proclaim", "warn", "promise", "observe", "remark", "explain",
     "believe", "think", "call", "describe", "tell", "add", "emphasize", "emphasise"}
)

#: Opening and closing quotation marks.
QUOTE_PAIRS: tuple[tuple[str, str], ...] = (("“", "”"), ('"', '"'), ("‘", "’"))

#: Currency signs that belong to a money answer.
CURRENCY_SYMBOLS: frozenset[str] = frozenset({"$", "£", "€", "¥", "₹", "₽", "₸"})

#: Words that make a "person" the recogniser found a place ("Lake Baikal", "Mount Everest").
PLACE_WORDS: frozenset[str] = frozenset(
    {"lake", "river", "mount", "mountain", "mountains", "sea", "ocean", "bay", "gulf", "cape",
     "island", "islands", "desert", "valley", "strait", "canal", "peninsula", "city", "fort",
     "port", "street", "square", "bridge", "palace", "castle", "park", "falls", "basin", "plateau"}
)

#: Words in a parenthesis after a name that tell what people called the person
#: ("whose first name came to be changed ... to 'Mahatma'"): a famous name gives the blank away.
NAME_REMARKS: frozenset[str] = frozenset({"name", "named", "nickname", "nicknamed", "called", "known", "dubbed", "title"})

#: Word endings of a label before a name that is not a given name ("Marxist Antonio Gramsci").
LABEL_SUFFIXES: tuple[str, ...] = ("ist", "ists", "ite", "ites")
