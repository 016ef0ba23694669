"""The ``quizgen read`` command: show what quizgen read from a chapter."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path
from typing import Annotated

import typer

from quizgen.cli.app import app, user_errors


@app.command()
def read(
    file: Annotated[Path, typer.Argument(help="The chapter: .txt, .md, .pdf, .docx, .html or .epub.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the Document as JSON for machines.")] = False,
) -> None:
    """Show what quizgen read from a chapter: title, sections with their role
    (summary, review, box, ...), each cleaned paragraph with its section, page
    and citations, the terms the book set in bold (highlighted), and the
    chapter's own glossary. Check this before trusting the questions.

    Example:  quizgen read chapter.pdf --json > chapter.json
    """
    from quizgen.ingest import load

    with user_errors():
        document = load(file)
    if as_json:
        typer.echo(json.dumps(asdict(document), ensure_ascii=False, indent=2))
        return
    from rich.console import Console
    from rich.markup import escape as escape_markup
    from rich.table import Table
    from rich.text import Text
    from rich.tree import Tree

    from quizgen.io import for_terminal

    def escape(text: str) -> str:  # the chapter's own escape sequences must not reach the terminal
        return escape_markup(for_terminal(text))

    console = Console()
    console.print(f"[bold]{escape(document.title)}[/bold]  ({document.format}, {len(document.paragraphs)} paragraphs)")
    tree = Tree("sections")
    nodes: dict[tuple[str, ...], Tree] = {(): tree}
    for section in document.sections:
        parent = nodes.get(section.path[:-1], tree)
        page = f"  p. {section.page}" if section.page is not None else ""
        role = f"  [cyan]\\[{section.role}][/cyan]" if section.role != "body" else ""
        nodes[section.path] = parent.add(escape(section.title) + page + role)
    console.print(tree)
    for paragraph in document.paragraphs:
        pages = ""
        if paragraph.page is not None:
            pages = f"p. {paragraph.page}" + (
                f"–{paragraph.last_page}" if paragraph.last_page != paragraph.page else ""
            )
        where = " › ".join(paragraph.section[-2:])
        role = f" ({paragraph.role})" if paragraph.role != "body" else ""
        head = f"[dim]#{paragraph.index} {paragraph.kind}{role} {pages} {escape(where)}[/dim]"
        console.print(head)
        text = Text(for_terminal(paragraph.text))
        for start, end in paragraph.italic:
            text.stylize("italic", start, end)
        for start, end in paragraph.emphasis:
            text.stylize("bold yellow", start, end)
        console.print(text, highlight=False)
        if paragraph.citations:
            console.print(f"[dim]citations: {escape(', '.join(paragraph.citations))}[/dim]")
    if document.glossary:
        table = Table("term", "meaning", "page", title=f"glossary ({len(document.glossary)} entries)")
        for entry in document.glossary:
            table.add_row(Text(for_terminal(entry.term)), Text(for_terminal(entry.meaning)),
                          "" if entry.page is None else str(entry.page))
        console.print(table)
