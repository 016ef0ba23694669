"""What blind reviewers accepted, by fact kind and question type: the tables behind the
score of :mod:`quizgen.select`.

Hand-set weights ranked a key term's bare cloze ("_____ are all possible results.")
above a definition card, and a quiz's best 20 came out worse than the whole bank: 571
of 732 accepted (78%) against 433 of 503 (86%) for the questions left out, over ten
blind review rounds of some thirty books (`docs/reviews/`). The rates below are every
round's verdicts on the questions the rules still make (`python bench/review_rules.py
--priors`, with every round's chapters), counted once per reviewer.
"""

from __future__ import annotations

#: (accepted, judged) per (fact kind, question form), every round to real books 11.
#: The form is the question type, or for a term card its direction: a gloss fits
#: other terms more often than a term has other glosses.
REVIEWED: dict[tuple[str, str], tuple[int, int]] = {
    ("definition", "term_to_definition"): (525, 624),
    ("definition", "cloze"): (293, 344),
    ("definition", "definition_to_term"): (237, 296),
    ("term", "cloze"): (73, 107),
    ("person", "short_answer"): (19, 30),
    ("definition", "true_false"): (23, 28),
    ("date", "cloze"): (15, 24),
    ("date", "multiple_choice"): (14, 22),
    ("definition", "matching"): (19, 21),
    ("quantity", "cloze"): (12, 19),
    ("cause", "short_answer"): (10, 16),
    ("person", "cloze"): (12, 16),
    ("date", "short_answer"): (9, 13),
    ("quantity", "short_answer"): (0, 8),
    ("role", "short_answer"): (0, 5),
    ("function", "short_answer"): (3, 5),
    ("quotation", "cloze"): (0, 2),
    ("comparison", "cloze"): (2, 2),
}

#: A pair judged a few times is pulled towards the rate of all pairs (1,266 of 1,582
#: accepted) as if it had this many more verdicts at that rate: 0 of 2 is no proof.
PRIOR_VERDICTS: int = 5
OVERALL_RATE: float = 0.8

#: A definition's gloss of this many words or fewer fits other terms as well
#: ("all possible results", "action items"): reviewers took 6 of 12 glosses of 1 to 3
#: words and 72 of 100 of 4 or 5, against 803 of 934 longer ones.
SHORT_GLOSS: tuple[tuple[int, float], ...] = ((3, 0.6), (5, 0.85))
#: A defined "term" of this many words or more is more often a phrase cut from its
#: sentence than a name ("the two wire coils", "a part of the experiment"): 48 of 65
#: three-word terms, 0 of 2 longer ones, against 833 of 979 of one or two words.
LONG_TERM: tuple[tuple[int, float], ...] = ((4, 0.6), (3, 0.88))

#: A printed quiz leaves out the kinds and types that reviewers accepted less often
#: than this (after :data:`PRIOR_VERDICTS`): a bold term's bare blank, a year blanked or
#: chosen, a figure, a person or a cause asked as a short answer, a role. A deck or
#: bank keeps them.
QUIZ_BAR: float = 0.7
