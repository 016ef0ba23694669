"""When a term card names its topic, and which headings can be a topic: the tables of
:mod:`quizgen.questions.topic`.

Blind reviews of chapters nobody tuned the rules on rejected cards such as "What is
meant by “treatments”?" and "What is meant by “mantle”?": a word with an everyday
sense, or a sense in another field, asked with nothing to say which sense the chapter
means (15 of the term cards rejected in rounds 1 to 5 and books 1 to 3; 5 of the 23
rejects of one best-20 sheet). A teacher writes "In experimental design, what are
treatments?"; a card names the section or chapter it comes from.
"""

from __future__ import annotations

import re

#: A one-word term at least this common in English (wordfreq's Zipf scale) has an
#: everyday sense or one in another field: "treatments", "mantle", "hypotheses". Rarer
#: words ("osmosis", "agonist", "kinematics") name one thing whatever the page.
COMMON_TERM_ZIPF: float = 3.0
#: A term of several words needs every word at least this common: "review process",
#: "rate of change"; one rarer word ("opportunity cost" aside) mostly makes a compound
#: that names one thing ("sodium-potassium pump", "kinetic friction").
COMMON_PHRASE_ZIPF: float = 3.7

#: A heading longer than this is a sentence or a slogan, not a topic.
MAX_TOPIC_WORDS: int = 8

#: Headings that name a part of the book, not what it is about.
GENERIC_HEADINGS: re.Pattern[str] = re.compile(
    r"^(?:introduction|summary|key\s+terms?|key\s+concepts?|glossary|overview|review|conclusions?|learning\s+objectives"
    r"|objectives|references|further\s+reading|exercises|problems|questions|activities|preface|abstract|background"
    r"|definitions|vocabulary|sources|notes|appendix|chapter\s+review|section\s+review|check\s+your\s+understanding"
    r"|(?:chapter|section|part|unit|module|lesson)\s+[\dIVXivx]+\b.*|.*\bpart\s+\d+\w*)$",
    re.IGNORECASE,
)

#: A heading that is a sentence or a question ("What Is Stress?", "The chemical senses
#: are several distinct neural sub-types"): it reads badly as a topic.
SENTENCE_HEADING: re.Pattern[str] = re.compile(
    r"[?!.]$|\b(?:is|are|was|were|has|have|had|do|does|did|can|will|should|must)\b", re.IGNORECASE
)

#: How the topic is put before the question.
TOPIC_PROMPT: str = "In the context of “{topic}”, {question}"
