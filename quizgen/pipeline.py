"""The whole job in one place: paths -> Documents -> Facts -> Questions -> QuestionBank.

>>> bank = build_bank(["chapter.pdf"], count=20, seed=1)    # doctest: +SKIP
>>> [q.type for q in bank.questions][:3]                    # doctest: +SKIP
['term_definition', 'cloze', 'multiple_choice']

The parse and the rules run together, paragraph by paragraph, in the same
processes (:func:`document_facts`): one process for a short input, a pool of
them for a long one or for many chapters at once. Only plain data (paragraphs,
facts, a cached parse's bytes) passes between processes; what needs a whole
chapter (dropping repeats, terms never used again) runs in the main process.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from quizgen.models import Document, Fact, Paragraph, Question, QuestionBank, SourceFile

if TYPE_CHECKING:
    from quizgen.facts import Origin

Progress = Callable[[str, int, int], None]

#: Paragraphs handed to a process at a time: enough for spaCy's own batching
#: (64), few enough that two processes finish together.
BATCH = 64
#: Processes at most: each holds its own copy of the model (about 250 MB).
MAX_PROCESSES = 4

_Task = tuple[Paragraph, "Origin", bytes | None]


def _work(model: str | None, keep_docs: bool, batch: Sequence[_Task]) -> list[tuple[list[Fact], bytes | None]]:
    """Parse a batch of paragraphs (or read their cached parse) and read their facts:
    what one process does. Returns each paragraph's facts and, with ``keep_docs``,
    the bytes of a fresh parse for the cache."""
    from quizgen.analyze import doc_from_bytes, doc_to_bytes, load_pipeline
    from quizgen.facts import paragraph_facts

    nlp = load_pipeline(model)
    docs = {i: doc_from_bytes(nlp, data) for i, (_, _, data) in enumerate(batch) if data is not None}
    fresh = [i for i in range(len(batch)) if docs.get(i) is None]
    for i, parsed in zip(fresh, nlp.pipe([batch[i][0].text for i in fresh], batch_size=64), strict=True):
        docs[i] = parsed
    fresh_set = set(fresh)
    done: list[tuple[list[Fact], bytes | None]] = []
    for i, (paragraph, origin, _) in enumerate(batch):
        doc = docs[i]
        assert doc is not None  # every paragraph without a readable cached parse was parsed
        kept = doc_to_bytes(doc) if keep_docs and i in fresh_set else None
        done.append((paragraph_facts(doc, paragraph, origin), kept))
    return done


def _start_worker(model: str | None) -> None:
    from quizgen.analyze import load_pipeline

    load_pipeline(model)


def _words(text: str) -> int:
    return text.count(" ") + 1


def processes_for(words: int) -> int:
    """How many processes parse ``words`` words: one below
    :data:`quizgen.analyze.PARALLEL_WORDS` (starting more costs more than it saves),
    else one per core, at most :data:`MAX_PROCESSES`."""
    from quizgen.analyze import PARALLEL_WORDS

    cores = os.cpu_count() or 1
    if words <= PARALLEL_WORDS or cores < 2:
        return 1
    return min(cores, MAX_PROCESSES, max(2, words // PARALLEL_WORDS))


def document_facts(
    documents: Sequence[Document],
    *,
    model: str | None = None,
    n_process: int | None = None,
    cache: bool = False,
    progress: Progress | None = None,
) -> list[list[Fact]]:
    """The facts of each document, in reading order, with every document's
    paragraphs going through one pool of processes.

    ``cache`` reads and keeps each paragraph's parse and facts in the user's cache
    folder (:mod:`quizgen.cache`): a second run on the same text parses nothing.
    ``n_process`` fixes the number of processes (None: :func:`processes_for`).
    The facts are the same whatever the cache and the number of processes.
    """
    from quizgen.analyze import content_paragraphs, model_identity
    from quizgen.facts import finish, origins

    tasks: list[tuple[int, Paragraph, Origin]] = [
        (number, paragraph, origin)
        for number, document in enumerate(documents)
        for paragraph, origin in zip(content_paragraphs(document), origins(document), strict=True)
    ]
    found: list[list[Fact] | None] = [None] * len(tasks)
    cached_docs: dict[int, bytes] = {}
    store = None
    identity = model_identity(model) if cache else None
    doc_keys: list[str] = []
    fact_keys: list[str] = []
    if identity is not None:
        from quizgen.cache import ParseCache, doc_key, facts_from_bytes, facts_key

        store = ParseCache.open()
        doc_keys = [doc_key(paragraph.text, identity) for _, paragraph, _ in tasks]
        # Everything a paragraph's facts may depend on but its place in the chapter
        # (an edit above it must not make its facts a miss).
        fact_keys = [
            facts_key(key, [origin.file, origin.chapter, origin.section, *origin.places, repr(replace(paragraph, index=0))])
            for key, (_, paragraph, origin) in zip(doc_keys, tasks, strict=True)
        ]
        stored = store.get_many(fact_keys)
        for i, key in enumerate(fact_keys):
            if key in stored:
                found[i] = facts_from_bytes(stored[key])
        missing = [i for i in range(len(tasks)) if found[i] is None]
        stored_docs = store.get_many([doc_keys[i] for i in missing])
        cached_docs = {i: stored_docs[doc_keys[i]] for i in missing if doc_keys[i] in stored_docs}
    todo = [i for i in range(len(tasks)) if found[i] is None]
    done = len(tasks) - len(todo)
    if progress:
        progress("parsing", done, len(tasks))
    if todo:
        batches = [todo[start : start + BATCH] for start in range(0, len(todo), BATCH)]
        payloads = [[(tasks[i][1], tasks[i][2], cached_docs.get(i)) for i in batch] for batch in batches]
        words = sum(_words(tasks[i][1].text) for i in todo if i not in cached_docs)
        processes = n_process or processes_for(words)
        for batch, results in zip(batches, _run(payloads, model, processes, keep_docs=store is not None), strict=True):
            rows: list[tuple[str, bytes]] = []
            for i, (facts, doc_bytes) in zip(batch, results, strict=True):
                found[i] = facts
                if store is not None:
                    from quizgen.cache import facts_to_bytes

                    rows.append((fact_keys[i], facts_to_bytes(facts)))
                    if doc_bytes is not None:
                        rows.append((doc_keys[i], doc_bytes))
            if store is not None:
                store.put_many(rows)
            done += len(batch)
            if progress:
                progress("parsing", done, len(tasks))
    if store is not None:
        store.close()
    by_document: list[list[list[Fact]]] = [[] for _ in documents]
    for (number, _, _), paragraph_found in zip(tasks, found, strict=True):
        by_document[number].append(paragraph_found or [])
    return [finish(paragraphs, document) for paragraphs, document in zip(by_document, documents, strict=True)]


def _run(
    payloads: list[list[_Task]], model: str | None, processes: int, *, keep_docs: bool
) -> Iterator[list[tuple[list[Fact], bytes | None]]]:
    """Each batch's results, in order: in this process, or in a pool of ``processes``."""
    work = partial(_work, model, keep_docs)
    if processes <= 1 or len(payloads) <= 1:
        yield from map(work, payloads)
        return
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    try:
        with ProcessPoolExecutor(
            max_workers=min(processes, len(payloads)), initializer=_start_worker, initargs=(model,)
        ) as pool:
            yield from pool.map(work, payloads)
    except BrokenProcessPool:
        # A process could not start (most often: the model does not load); loading it
        # here raises the error that says why.
        from quizgen.analyze import load_pipeline

        load_pipeline(model)
        raise


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
    cache: bool = False,
    n_process: int | None = None,
) -> list[Fact]:
    """Facts found in a Document (or the chapter at a path), in reading order.

    ``cache`` and ``n_process``: see :func:`document_facts`.
    """
    document = _document(document)
    return document_facts([document], model=model, n_process=n_process, cache=cache, progress=progress)[0]


def candidates(
    document: Document | str | Path,
    *,
    seed: int = 0,
    model: str | None = None,
    progress: Progress | None = None,
    cache: bool = False,
    n_process: int | None = None,
) -> list[Question]:
    """Every question the rules make for a chapter, before scoring and selection."""
    document = _document(document)
    facts = extract_facts(document, model=model, progress=progress, cache=cache, n_process=n_process)
    return chapter_questions(facts, document, seed=seed)


def chapter_questions(facts: Sequence[Fact], document: Document, *, seed: int = 0) -> list[Question]:
    """The questions a chapter's facts give, those about its key terms (what it sets
    in bold) marked as such."""
    from quizgen.facts.keyterms import key_terms
    from quizgen.questions.generate import make_questions
    from quizgen.questions.worth import Mentions, mark_key_terms, recurring_events, recurring_people

    mentions = Mentions.of("\n".join(paragraph.text for paragraph in document.paragraphs))
    facts = recurring_events(recurring_people(facts, mentions), mentions)
    return mark_key_terms(make_questions(facts, seed=seed), key_terms(document), mentions)


def generate(
    document: Document | str | Path,
    *,
    count: int | None = None,
    types: Sequence[str] | None = None,
    seed: int = 0,
    model: str | None = None,
    progress: Progress | None = None,
    cache: bool = False,
    n_process: int | None = None,
) -> list[Question]:
    """Questions that pass the quality bar, best first.

    ``count`` keeps the best N with coverage across sections and types (None:
    all of them); ``types`` keeps only those question types; ``seed`` fixes
    every random choice (distractor order, sampling).
    """
    from quizgen.select import by_default, select

    found = candidates(document, seed=seed, model=model, progress=progress, cache=cache, n_process=n_process)
    return select(by_default(found, types), count=count, types=types, seed=seed)


_BOLD_MARKUP = re.compile(r"\*\*(.+?)\*\*")


def _sentence_document(sentence: str) -> Document:
    """A one-paragraph document; ``**term**`` sets a term in bold, as a book would
    mark a key term, so that a user can see how quizgen treats one."""
    from quizgen.ingest import marks

    marked = marks.extract(_BOLD_MARKUP.sub(lambda m: marks.wrap(m[1], marks.BOLD), " ".join(sentence.split())))
    return Document(
        title="",
        source="<sentence>",
        sha256=hashlib.sha256(marked.text.encode("utf-8")).hexdigest(),
        format="text",
        sections=(),
        paragraphs=(Paragraph(index=0, text=marked.text, emphasis=marked.emphasis),),
    )


def ask(sentence: str, *, model: str | None = None, seed: int = 0) -> list[Question]:
    """Ranked questions for a single sentence.

    >>> [q.prompt for q in ask("In 2008, bilateral trade reached $20 billion.")][:1]  # doctest: +SKIP
    ['In what year did bilateral trade reach $20 billion?']
    """
    from quizgen.questions.generate import make_questions
    from quizgen.select import by_default, select

    # one sentence: no chapter to count how often a person or an act comes back in
    facts = extract_facts(_sentence_document(sentence), model=model)
    return select(by_default(make_questions(facts, seed=seed), None), seed=seed)


def why_not_asked(sentence: str, *, model: str | None = None) -> list[tuple[Fact, str]]:
    """Each fact the rules find in a sentence, with why it is not asked ("" when it is
    worth asking, and any question it gives was struck for leaning on the page or
    giving its answer away).

    >>> why_not_asked("In 1800, William Herschel discovered infrared radiation.")  # doctest: +SKIP
    [(Fact(kind='date', answer='1800', ...), 'a year, but no act, treaty, case or named thing it dates')]
    """
    from quizgen.questions.worth import why_not_asked as reason

    return [(fact, reason(fact)) for fact in extract_facts(_sentence_document(sentence), model=model)]


def build_bank(
    paths: Sequence[str | Path],
    *,
    count: int | None = None,
    types: Sequence[str] | None = None,
    seed: int = 0,
    model: str | None = None,
    progress: Progress | None = None,
    cache: bool = False,
    n_process: int | None = None,
) -> QuestionBank:
    """One QuestionBank from chapters, folders of chapters and/or question-bank JSON files.

    A ``.json`` path is read as a bank written by ``quizgen export --to json``
    (perhaps edited by a teacher): its questions are taken as they are. A folder
    stands for the chapters in it (see :func:`chapter_paths`). Any other path is
    read as a chapter and its questions generated, every chapter's paragraphs
    going through one pool of processes. ``count`` and ``types`` then select from
    all of them together.
    """
    return build_banks(
        paths, count=count, types=types, seed=seed, model=model, progress=progress, cache=cache,
        n_process=n_process,
    )[0]


def build_banks(
    paths: Sequence[str | Path],
    *,
    split: bool = False,
    count: int | None = None,
    types: Sequence[str] | None = None,
    seed: int = 0,
    model: str | None = None,
    progress: Progress | None = None,
    cache: bool = False,
    n_process: int | None = None,
) -> list[QuestionBank]:
    """:func:`build_bank` for all the inputs together, or with ``split`` one bank per
    chapter (or bank file), in the order given; either way every chapter is parsed
    in the same pool of processes."""
    from quizgen.errors import QuizgenError

    inputs = chapter_paths(paths)
    if not inputs:
        raise QuizgenError("no input files given")
    loaded: list[Document | QuestionBank] = []
    for index, path in enumerate(inputs):
        if progress:
            progress("reading", index, len(inputs))
        if str(path).lower().endswith(".json"):
            from quizgen.bank import load_bank

            loaded.append(load_bank(path))
        else:
            loaded.append(_document(path))
    if progress:
        progress("reading", len(inputs), len(inputs))
    documents = [item for item in loaded if isinstance(item, Document)]
    facts = iter(document_facts(documents, model=model, n_process=n_process, cache=cache, progress=progress))
    parts: list[tuple[str, list[SourceFile], list[Question], list[Question]]] = []
    for index, (path, item) in enumerate(zip(inputs, loaded, strict=True)):
        if progress:
            progress("questions", index, len(inputs))
        if isinstance(item, QuestionBank):
            parts.append((item.title, list(item.sources), [], list(item.questions)))
        else:
            source = SourceFile(path=str(path), sha256=item.sha256)
            parts.append((item.title, [source], chapter_questions(next(facts), item, seed=seed), []))
    if progress:
        progress("questions", len(inputs), len(inputs))
    groups = [[part] for part in parts] if split else [parts]
    banks = []
    for number, group in enumerate(groups):
        banks.append(_bank(group, count=count, types=types, seed=seed))
        if progress:
            progress("chapters" if split else "selecting", number + 1, len(groups))
    return banks


def chapter_paths(paths: Sequence[str | Path]) -> list[Path]:
    """The inputs with each folder replaced by the chapters and question-bank files
    directly in it (by name; hidden files and other types left out)."""
    from quizgen.ingest import FORMATS

    found: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            found.extend(
                child
                for child in sorted(path.iterdir())
                if child.is_file() and not child.name.startswith(".")
                and (child.suffix.lower() in FORMATS or child.suffix.lower() == ".json")
            )
        else:
            found.append(path)
    return found


def _bank(
    parts: Sequence[tuple[str, list[SourceFile], list[Question], list[Question]]],
    *,
    count: int | None,
    types: Sequence[str] | None,
    seed: int,
) -> QuestionBank:
    """One bank from chapters' generated questions and banks' kept questions."""
    from quizgen.select import by_default, select

    titles = [title for title, _, _, _ in parts]
    sources = [source for _, found, _, _ in parts for source in found]
    generated = by_default([question for _, _, made, _ in parts for question in made], types)
    from_banks = [question for _, _, _, kept in parts for question in kept]
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
