"""The `quizgen facts` and `quizgen ask` commands."""

from __future__ import annotations

import json
import string
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from quizgen.cli.app import app, progress_bar, user_errors
from quizgen.io import for_terminal

if TYPE_CHECKING:
    from rich.text import Text

ModelOption = Annotated[
    str | None,
    typer.Option("--model", metavar="NAME", help="spaCy model name or path (default: en_core_web_sm if installed, else the bundled one)."),
]


@app.command()
def facts(
    file: Annotated[Path, typer.Argument(metavar="FILE", help="A chapter: .pdf, .txt, .md, .docx, .html or .epub.")],
    kind: Annotated[
        list[str] | None,
        typer.Option("--kind", "-k", metavar="KIND", help="Show only these kinds (definition, term, date, quantity, person, quotation, enumeration, cause, place, comparison, role)."),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", metavar="", help="Print the facts as JSON.")] = False,
    model: ModelOption = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", metavar="", help="No progress bar.")] = False,
) -> None:
    """Show the facts the rules found in a chapter, with their kind, answer and page.

    Use it to see what quizgen will ask about before building a deck. The "key"
    column says where a key term came from: set in bold in the text, or the
    chapter's own glossary.

    Example:  quizgen facts chapter.pdf --kind definition
    """
    from rich.console import Console
    from rich.table import Table

    from quizgen.facts.keyterms import canonical_term, key_term_sources
    from quizgen.ingest import load
    from quizgen.pipeline import extract_facts

    with user_errors(), progress_bar(not quiet and not as_json) as progress:
        document = load(file)
        found = extract_facts(document, model=model, progress=progress)
    if kind:
        found = [f for f in found if f.kind in set(kind)]
    sources = key_term_sources(document)
    key = {f.id: sources.get(canonical_term(f.term), "") if f.term else "" for f in found}
    if as_json:
        typer.echo(json.dumps([{**asdict(f), "key_term": key[f.id]} for f in found], ensure_ascii=False, indent=2))
        return
    table = Table(title=_plain(f"{len(found)} facts in {file.name}"), show_lines=False, expand=True)
    table.add_column("kind", style="cyan", no_wrap=True)
    table.add_column("answer", style="bold", max_width=28)
    table.add_column("what it says", ratio=3)
    table.add_column("key", style="yellow", no_wrap=True)
    table.add_column("page", justify="right", no_wrap=True)
    for fact in found:
        said = f"{fact.term}: {fact.definition}" if fact.kind == "definition" else fact.sentence
        table.add_row(fact.kind, _plain(fact.answer), _plain(said), key[fact.id], str(fact.source.page or ""))
    Console(soft_wrap=False).print(table)


@app.command()
def ask(
    sentence: Annotated[str, typer.Argument(metavar="SENTENCE", help="One sentence, in quotes.")],
    as_json: Annotated[bool, typer.Option("--json", metavar="", help="Print the questions as JSON.")] = False,
    model: ModelOption = None,
) -> None:
    """Show the ranked questions quizgen makes from a single sentence.

    Handy for trying the rules, or for seeing why a sentence yields nothing: when
    it gives no question, each fact the rules found is listed with the reason a
    teacher would not ask it ("a count of things, not a measurement"). Put a term
    in **double stars** to see it as a key term the book sets in bold.

    Examples:  quizgen ask "In 2008, trade between Kazakhstan and Russia reached $20 billion."
               quizgen ask "**Cytokinesis** divides the cytoplasm into two daughter cells."
    """
    from quizgen.pipeline import ask as ask_sentence

    with user_errors():
        questions = ask_sentence(sentence, model=model)
    if as_json:
        typer.echo(json.dumps([asdict(q) for q in questions], ensure_ascii=False, indent=2))
        return
    if not questions:
        from quizgen.pipeline import why_not_asked

        with user_errors():
            found = why_not_asked(sentence, model=model)
        if not found:
            typer.echo("No question: the rules found no fact in this sentence.")
            return
        typer.echo("No question. The rules found:")
        for fact, reason in found:
            why = reason or "its questions lean on the page or give their answer away"
            typer.echo(for_terminal(f"- {fact.kind} \u201c{fact.answer}\u201d: not asked, {why}"))
        return
    for number, question in enumerate(questions, start=1):
        typer.echo(for_terminal(f"{number}. [{question.type}] {question.prompt}"))
        if question.choices:
            for letter, choice in zip(string.ascii_uppercase, question.choices, strict=False):
                typer.echo(for_terminal(f"     {letter}) {choice}"))
        if question.pairs:
            for left, right in question.pairs:
                typer.echo(for_terminal(f"     {left}  ->  {right}"))
        answer = question.answer or " | ".join(question.sequence)
        typer.echo(for_terminal(f"   answer: {answer}"))
        if question.accept:
            typer.echo(for_terminal(f"   also right: {' | '.join(question.accept)}"))


def _plain(text: str) -> Text:
    """Chapter text for a rich table: no markup read into it, no escape sequence obeyed."""
    from rich.text import Text

    return Text(for_terminal(text))
