"""Rules as data: rule objects, pattern tables and word classes, one module per fact family.

Nothing here holds logic; the engine in :mod:`quizgen.facts` compiles and runs it.
A definition rule is one :class:`quizgen.rules.rule.Rule` (pattern, cuts, how its
facts may be asked); dates and causes are still pattern tables. Rule ids are
``family.name``.
"""
