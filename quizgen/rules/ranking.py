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

#: (accepted, judged) per (fact kind, question form), every round to real books 10.
#: The form is the question type, or for a term card its direction: a gloss fits
#: other terms more often than a term has other glosses.
REVIEWED: dict[tuple[str, str], tuple[int, int]] = {
    ("definition", "term_to_definition"): (502, 594),
    ("definition", "cloze"): (268, 318),
    ("definition", "definition_to_term"): (226, 281),
    ("term", "cloze"): (57, 89),
    ("definition", "true_false"): (21, 26),
    ("person", "short_answer"): (18, 25),
    ("date", "cloze"): (15, 20),
    ("date", "multiple_choice"): (14, 19),
    ("definition", "matching"): (17, 19),
    ("cause", "short_answer"): (9, 14),
    ("person", "cloze"): (10, 14),
    ("date", "short_answer"): (9, 11),
    ("role", "short_answer"): (0, 5),
    ("function", "short_answer"): (3, 5),
    ("quantity", "cloze"): (2, 3),
    ("quotation", "cloze"): (0, 2),
    ("comparison", "cloze"): (2, 2),
}

#: A pair judged a few times is pulled towards the rate of all pairs (1,173 of 1,447
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
#: than this (after :data:`PRIOR_VERDICTS`): a bold term's bare cloze, a sum of money,
#: a role or a function asked as a short answer. A deck or bank keeps them.
QUIZ_BAR: float = 0.7
