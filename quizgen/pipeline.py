"""The whole job in one place: paths -> Documents -> Facts -> Questions -> QuestionBank.

>>> bank = build_bank(["chapter.pdf"], count=20, seed=1)    # doctest: +SKIP
>>> [q.type for q in bank.questions][:3]                    # doctest: +SKIP
['term_definition', 'cloze', 'multiple_choice']
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from pathlib import Path

from quizgen.models import Document, Fact, Paragraph, Question, QuestionBank, SourceFile

Progress = Callable[[str, int, int], None]


def _document(document: Document | str | Path) -> Document:
    if isinstance(document, Document):
        return document
    from quizgen.ingest import load

    return load(document)


def extract_facts(
    document: Document | str | Path,
    *,
    model: str | None = None,
    progress: Progress | None = None,
) -> list[Fact]:
    """Facts found in a Document (or the chapter at a path), in reading order."""
    from quizgen.analyze import load_pipeline, parse
    from quizgen.facts import extract

    document = _document(document)
    nlp = load_pipeline(model)
    return extract(parse(document, nlp=nlp, progress=progress), document)


def candidates(
    document: Document | str | Path,
    *,
    seed: int = 0,
    model: str | None = None,
    progress: Progress | None = None,
) -> list[Question]:
    """Every question the rules make for a chapter, before scoring and selection."""
    from quizgen.facts.keyterms import key_terms
    from quizgen.questions.generate import make_questions
    from quizgen.questions.worth import mark_key_terms

    document = _document(document)
    facts = extract_facts(document, model=model, progress=progress)
    return mark_key_terms(make_questions(facts, seed=seed), key_terms(document))


def generate(
    document: Document | str | Path,
    *,
    count: int | None = None,
    types: Sequence[str] | None = None,
    seed: int = 0,
    model: str | None = None,
    progress: Progress | None = None,
) -> list[Question]:
    """Questions that pass the quality bar, best first.

    ``count`` keeps the best N with coverage across sections and types (None:
    all of them); ``types`` keeps only those question types; ``seed`` fixes
    every random choice (distractor order, sampling).
    """
    from quizgen.select import select

    found = candidates(document, seed=seed, model=model, progress=progress)
    return select(found, count=count, types=types, seed=seed)


def ask(sentence: str, *, model: str | None = None, seed: int = 0) -> list[Question]:
    """Ranked questions for a single sentence.

    >>> [q.prompt for q in ask("In 2008, bilateral trade reached $20 billion.")][:1]  # doctest: +SKIP
    ['In what year did bilateral trade reach $20 billion?']
    """
    text = " ".join(sentence.split())
    document = Document(
        title="",
        source="<sentence>",
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        format="text",
        sections=(),
        paragraphs=(Paragraph(index=0, text=text),),
    )
    return generate(document, model=model, seed=seed)


def build_bank(
    paths: Sequence[str | Path],
    *,
    count: int | None = None,
    types: Sequence[str] | None = None,
    seed: int = 0,
    model: str | None = None,
    progress: Progress | None = None,
) -> QuestionBank:
    """One QuestionBank from chapters and/or question-bank JSON files.

    A ``.json`` path is read as a bank written by ``quizgen export --to json``
    (perhaps edited by a teacher): its questions are taken as they are. Any
    other path is read as a chapter and its questions generated. ``count`` and
    ``types`` then select from all of them together.
    """
    from quizgen.errors import QuizgenError
    from quizgen.select import select

    if not paths:
        raise QuizgenError("no input files given")
    titles: list[str] = []
    sources: list[SourceFile] = []
    generated: list[Question] = []
    from_banks: list[Question] = []
    for index, path in enumerate(paths):
        if progress:
            progress("chapters", index, len(paths))
        if str(path).lower().endswith(".json"):
            from quizgen.bank import load_bank

            bank = load_bank(path)
            titles.append(bank.title)
            sources.extend(bank.sources)
            from_banks.extend(bank.questions)
            continue
        document = _document(path)
        titles.append(document.title)
        sources.append(SourceFile(path=str(path), sha256=document.sha256))
        generated.extend(candidates(document, seed=seed, model=model, progress=progress))
    if progress:
        progress("chapters", len(paths), len(paths))
    title = titles[0] if len(set(titles)) == 1 else " + ".join(dict.fromkeys(t for t in titles if t))
    if not from_banks:
        chosen = select(generated, count=count, types=types, seed=seed)
    else:
        # A bank's questions were chosen (and perhaps edited) by a teacher: they are
        # kept as they are, never dropped by the quality bar; an edited question
        # wins over a freshly generated one with the same id.
        merged = {q.id: q for q in from_banks}
        for question in select(generated, types=types, seed=seed) if generated else []:
            merged.setdefault(question.id, question)
        chosen = list(merged.values())
        if count is not None or types:
            chosen = select(chosen, count=count, types=types, seed=seed, bar=0.0)
    return QuestionBank(title=title or "Quiz", sources=tuple(sources), questions=tuple(chosen))
