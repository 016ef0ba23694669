"""The chapter's own glossary as facts: the authors' definitions of their key terms.

A chapter that ends with "Key Terms" says in its own words what each term means;
the reader keeps those entries as ``Document.glossary``. Each entry whose term the
body text does not already define becomes a definition fact, its source the
glossary entry (and page).

>>> [f.term for f in glossary_facts(document, defined=set())]      # doctest: +SKIP
['landlocked state', 'multi-vector foreign policy']
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from quizgen.facts.base import compose_id
from quizgen.identity import normalise
from quizgen.models import Asking, Document, Fact, SourceRef

#: Words that open a meaning set out as a noun phrase: "a country that ...".
_DETERMINER = re.compile(r"^(?:a|an|the|any|one|each|every|some|two|three)\b", re.IGNORECASE)


def _plural(term: str) -> bool:
    last = term.split()[-1].lower() if term.split() else ""
    return last.endswith("s") and not last.endswith(("ss", "us", "is", "sis"))


def statement_of(term: str, meaning: str) -> tuple[str, bool]:
    """The entry as a sentence ("A landlocked state is a country ...") when its meaning
    is a noun phrase with a determiner, else as printed ("term: meaning"); and
    whether it is a sentence."""
    meaning = meaning.strip().rstrip(".")
    if _DETERMINER.match(meaning):
        # "Observation environment: The location ..." reads "... is the location ..."
        meaning = re.sub(r"^(The|A|An)\b", lambda m: m.group(1).lower(), meaning)
        verb = "are" if _plural(term) else "is"
        # "a landform ..." says the term counts: "A delta is a landform ..."
        article = re.match(r"(an?)\s", meaning, re.IGNORECASE)
        if article and not _plural(term) and term[:1].islower():
            subject = f"{'an' if term[:1] in 'aeiou' else 'a'} {term}"
        else:
            subject = term
        return f"{subject[:1].upper()}{subject[1:]} {verb} {meaning}.", True
    return f"{term}: {meaning}", False


#: The end of a glossary meaning's first sentence, where examples or remarks follow:
#: "category within a genre. For example, subgenres of drama include ...".
_SENTENCE_END = re.compile(r"(?<=[a-z0-9)”’\]])\.\s+(?=[A-Z“])")


def first_sentence(meaning: str) -> str:
    """A glossary meaning's first sentence: the gloss; what follows it (an example,
    a remark) is no part of the answer.

    >>> first_sentence("category within a genre. For example, subgenres of drama include courtroom drama.")
    'category within a genre.'
    >>> first_sentence("a unit of length (about 3.26 light-years)")
    'a unit of length (about 3.26 light-years)'
    """
    parts = _SENTENCE_END.split(meaning, maxsplit=1)
    return parts[0] + "." if len(parts) == 2 else meaning


def glossary_facts(document: Document, *, defined: set[str]) -> Iterator[Fact]:
    """A definition fact per glossary entry whose term (normalised) is not in ``defined``."""
    section = next((s.title for s in document.sections if getattr(s, "role", "") == "glossary"), "Key Terms")
    for entry in document.glossary:
        term, meaning = entry.term.strip(), first_sentence(entry.meaning.strip()).rstrip(".")
        if not term or not meaning or normalise(term) in defined:
            continue
        sentence, is_sentence = statement_of(term, meaning)
        start = sentence.find(term) if term in sentence else sentence.lower().find(term.lower())
        yield Fact(
            id=compose_id("definition", (term,), term=term, definition=meaning),
            kind="definition",
            rule="definition.glossary",
            sentence=sentence,
            answer=sentence[start : start + len(term)],
            answer_start=start,
            answer_end=start + len(term),
            source=SourceRef(
                file=Path(document.source).name, sentence=f"{term}: {meaning}", section=section,
                page=entry.page, chapter=document.title,
            ),
            label="TERM",
            term=term,
            definition=meaning,
            # "term: meaning" is no statement: asked as a card, never as a blank or true/false.
            asking=Asking() if is_sentence else Asking(no_cloze=True, no_statement=True),
        )
