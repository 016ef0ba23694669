"""Rules as data: pattern tables and word classes, one module per fact family.

Nothing here holds logic; the engine in :mod:`quizgen.facts` compiles and runs it.
Rule ids are ``family.name``.
"""
