"""Turn OpenStax CNXML modules into one HTML chapter for blind review.

Usage:
    python bench/cnxml_to_html.py MODULE.cnxml [MORE.cnxml ...] -o CHAPTER.html

The modules are concatenated in the order given. The first module's title
becomes the <h1>; a later module's title becomes an <h2>. Sections become
<h2>/<h3>, para <p>, term and bold emphasis <b>, italics <i>, note and worked example <aside>
(its title kept as a heading inside), figure captions <figure><figcaption>,
lists <ul><li>. Text of links is kept; an empty cross-reference to a figure
reads "Figure N" (its order in the chapter), as the rendered book would show.
An index-only term (class "no-emphasis") stays plain, as in the rendered book.
Math, media, exercises, reference lists and end-of-module glossaries are
dropped: none of them is prose a reader studies; a section or box left with
nothing but its title (slides, exercise embeds) is dropped too. Learning
objectives, summaries and key-term lists are kept. Standard library only.
"""

from __future__ import annotations

import argparse
import html
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

SKIPPED_TAGS = {"metadata", "media", "image", "math", "equation", "exercise", "glossary", "label"}
SKIPPED_SECTION_CLASSES = {"references", "multiple-choice", "fillin-blank", "free-response",
                           "review-questions", "critical-thinking", "practice", "check-understanding"}
BLOCK_TAGS = {"list", "figure", "note", "example", "section", "code", "preformat", "table", "equation", "exercise", "para"}


def local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


class Converter:
    def __init__(self) -> None:
        self.out: list[str] = []
        self.figure_numbers: dict[str, int] = {}

    def number_figures(self, root: ET.Element) -> None:
        for element in root.iter():
            if local(element.tag) == "figure" and element.get("id"):
                self.figure_numbers.setdefault(element.get("id", ""), len(self.figure_numbers) + 1)

    def inline(self, element: ET.Element) -> str:
        """Inline markup of an element's content, text and children, without its tail."""
        parts = [html.escape(element.text or "")]
        for child in element:
            parts.append(self.inline_child(child))
            parts.append(html.escape(child.tail or ""))
        return "".join(parts)

    def inline_child(self, child: ET.Element) -> str:
        tag = local(child.tag)
        if tag in SKIPPED_TAGS or tag == "title":
            return ""
        inner = self.inline(child)
        # An index-only term (class "no-emphasis") is plain text in the rendered book.
        if tag == "term" and "no-emphasis" in child.get("class", "").split():
            return inner
        if tag == "term" or (tag == "emphasis" and child.get("effect", "bold") == "bold"):
            return f"<b>{inner}</b>"
        if tag == "emphasis" and child.get("effect") == "italics":
            return f"<i>{inner}</i>"
        if tag in ("sup", "sub", "code"):
            return f"<{tag}>{inner}</{tag}>"
        if tag == "link" and not inner.strip() and child.get("target-id") in self.figure_numbers:
            return f"Figure {self.figure_numbers[child.get('target-id', '')]}"
        return inner

    def paragraph(self, element: ET.Element) -> None:
        """A para may hold block children (lists, figures); HTML p may not, so split around them."""
        buffer = [html.escape(element.text or "")]
        for child in element:
            if local(child.tag) in BLOCK_TAGS:
                self.flush(buffer)
                buffer = []
                self.block(child, depth=3)
            else:
                buffer.append(self.inline_child(child))
            buffer.append(html.escape(child.tail or ""))
        self.flush(buffer)

    def flush(self, buffer: list[str]) -> None:
        text = " ".join("".join(buffer).split())
        if text:
            self.out.append(f"<p>{text}</p>")

    def block(self, element: ET.Element, depth: int) -> None:
        tag = local(element.tag)
        if tag in SKIPPED_TAGS:
            return
        if tag == "section":
            if set(element.get("class", "").split()) & SKIPPED_SECTION_CLASSES:
                return
            start = len(self.out)
            self.children(element, depth + 1)
            title = element.find("{*}title")
            # A heading over nothing (a section of only exercises) is dropped with it.
            if title is not None and len(self.out) > start:
                level = min(depth, 3)
                self.out.insert(start, f"<h{level}>{self.inline(title).strip()}</h{level}>")
        elif tag == "para":
            self.paragraph(element)
        elif tag == "list":
            items = [f"<li>{' '.join(self.inline(item).split())}</li>" for item in element if local(item.tag) == "item"]
            self.out.append("<ul>" + "".join(items) + "</ul>")
        elif tag in ("note", "example"):
            start = len(self.out)
            self.children(element, depth + 1)
            if len(self.out) == start:
                return  # a box of only slides or exercises: nothing left to read
            title = element.find("{*}title")
            heading = [f"<h4>{self.inline(title).strip()}</h4>"] if title is not None else []
            self.out[start:start] = ["<aside>", *heading]
            self.out.append("</aside>")
        elif tag == "figure":
            caption = element.find("{*}caption")
            if caption is None:
                caption = element.find("{*}title")
            if caption is not None and self.inline(caption).strip():
                self.out.append(f"<figure><figcaption>{' '.join(self.inline(caption).split())}</figcaption></figure>")
        elif tag in ("code", "preformat"):
            self.out.append(f"<pre><code>{html.escape(''.join(element.itertext()))}</code></pre>")
        elif tag == "table":
            rows = ["<tr>" + "".join(f"<td>{' '.join(self.inline(cell).split())}</td>" for cell in row) + "</tr>"
                    for row in element.iter() if local(row.tag) == "row"]
            self.out.append("<table>" + "".join(rows) + "</table>")
        else:
            self.children(element, depth)

    def children(self, element: ET.Element, depth: int) -> None:
        for child in element:
            if local(child.tag) != "title":
                self.block(child, depth)

    def module(self, path: Path, first: bool) -> None:
        root = ET.parse(path).getroot()
        self.number_figures(root)
        title = root.find("{*}title")
        heading = self.inline(title).strip() if title is not None else path.stem
        self.out.append(f"<h1>{heading}</h1>" if first else f"<h2>{heading}</h2>")
        content = root.find("{*}content")
        if content is not None:
            self.children(content, depth=2)


def convert(paths: list[Path]) -> str:
    converter = Converter()
    for index, path in enumerate(paths):
        converter.module(path, first=index == 0)
    body = "\n".join(converter.out)
    return f"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head><body>\n{body}\n</body></html>\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("modules", nargs="+", type=Path)
    parser.add_argument("-o", "--output", type=Path)
    args = parser.parse_args()
    text = convert(args.modules)
    if args.output:
        args.output.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)


if __name__ == "__main__":
    main()
