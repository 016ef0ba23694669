"""What blind reviewers accepted, by fact kind and question type: the tables behind the
score of :mod:`quizgen.select`.

Hand-set weights ranked a key term's bare cloze ("_____ are all possible results.")
above a definition card, and a quiz's best 20 came out worse than the whole bank: 571
of 732 accepted (78%) against 433 of 503 (86%) for the questions left out, over ten
blind review rounds of some thirty books (`docs/reviews/`). The rates below are those
rounds' verdicts on the questions the rules still make (`python bench/review_rules.py
--priors`, with every round's chapters), counted once per reviewer.
"""

from __future__ import annotations

#: (accepted, judged) per (fact kind, question form), rounds 1 to 9 and books 1 to 7.
#: The form is the question type, or for a term card its direction: a gloss fits
#: other terms more often than a term has other glosses.
REVIEWED: dict[tuple[str, str], tuple[int, int]] = {
    ("definition", "term_to_definition"): (439, 514),
    ("definition", "cloze"): (221, 259),
    ("definition", "definition_to_term"): (203, 251),
    ("term", "cloze"): (44, 69),
    ("person", "short_answer"): (18, 23),
    ("definition", "true_false"): (18, 22),
    ("definition", "matching"): (13, 15),
    ("cause", "short_answer"): (9, 14),
    ("person", "cloze"): (10, 14),
    ("date", "multiple_choice"): (11, 13),
    ("quantity", "cloze"): (3, 11),
    ("date", "short_answer"): (6, 8),
    ("date", "cloze"): (7, 7),
    ("role", "short_answer"): (0, 5),
    ("function", "short_answer"): (0, 4),
    ("quotation", "cloze"): (0, 2),
    ("comparison", "cloze"): (2, 2),
    ("quantity", "short_answer"): (0, 2),
}

#: A pair judged a few times is pulled towards the rate of all pairs (1,004 of 1,235
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
