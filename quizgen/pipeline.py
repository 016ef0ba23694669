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
    from quizgen.questions.generate import make_questions
    from quizgen.select import select

    facts = extract_facts(document, model=model, progress=progress)
    questions = make_questions(facts, seed=seed)
    return select(questions, count=count, types=types, seed=seed)


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
    from quizgen.select import select

    if not paths:
        from quizgen.errors import QuizgenError

        raise QuizgenError("no input files given")
    titles: list[str] = []
    sources: list[SourceFile] = []
    questions: list[Question] = []
    for index, path in enumerate(paths):
        if str(path).lower().endswith(".json"):
            from quizgen.bank import load_bank

            bank = load_bank(path)
            titles.append(bank.title)
            sources.extend(bank.sources)
            questions.extend(bank.questions)
            continue
        document = _document(path)
        if progress:
            progress("chapters", index, len(paths))
        titles.append(document.title)
        sources.append(SourceFile(path=str(path), sha256=document.sha256))
        questions.extend(generate(document, seed=seed, model=model, progress=progress))
    if progress:
        progress("chapters", len(paths), len(paths))
    unique: dict[str, Question] = {}
    for question in questions:
        unique.setdefault(question.id, question)
    selected = select(list(unique.values()), count=count, types=types, seed=seed)
    title = titles[0] if len(set(titles)) == 1 else " + ".join(dict.fromkeys(t for t in titles if t))
    return QuestionBank(title=title or "Quiz", sources=tuple(sources), questions=tuple(selected))
