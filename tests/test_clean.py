"""Each cleaning step on its own."""

from __future__ import annotations

import pytest

from quizgen.ingest import clean
from quizgen.ingest.layout import Line, Page, dehyphenate, remove_page_furniture


@pytest.mark.parametrize(
    "damaged, cleaned",
    [
        ("the fi ght against", "the fight against"),
        ("a signifi cant share", "a significant share"),
        ("mutually benefi cial", "mutually beneficial"),
        ("Eurasian fi nancial", "Eurasian financial"),
        ("had to defi ne its", "had to define its"),
        ("drug traffi cking", "drug trafficking"),
        ("the rest of fi ve", "the rest of five"),
        ("one of fi", "one of fi"),
    ],
)
def test_join_split_ligatures(damaged: str, cleaned: str) -> None:
    assert clean.join_split_ligatures(damaged) == cleaned


def test_replace_ligatures() -> None:
    assert clean.replace_ligatures("\ufb01ght \ufb00ect \ufb02ow \ufb03ce \ufb04e") == "fight ffect flow ffice ffle"


@pytest.mark.parametrize(
    "left, right, expected",
    [
        ("involve", "ment", "involvement"),
        ("Kazakh", "stan", "Kazakhstan"),
        ("Rus", "sian", "Russian"),
        ("Russian", "Kazakh", "Russian-Kazakh"),
        ("long", "term", "long-term"),
        ("large", "scale", "large-scale"),
        ("coopera", "tion", "cooperation"),
        ("Nazar", "bayev", "Nazarbayev"),
    ],
)
def test_dehyphenate(left: str, right: str, expected: str) -> None:
    assert dehyphenate(left, right) == expected


def test_dehyphenate_trusts_the_document() -> None:
    assert dehyphenate("partisan", "ship", vocabulary={"partisanship"}) == "partisanship"
    assert dehyphenate("post", "war", vocabulary={"post-war"}) == "post-war"


def test_extract_citations() -> None:
    text = "It grew [2]. He said “so.” [5, page 221]. The [their] stays [6, pp 35-36] and [7, p. 214]."
    cleaned, found = clean.extract_citations(text)
    assert cleaned == "It grew. He said “so.” The [their] stays and."
    assert found == ("[2]", "[5, page 221]", "[6, pp 35-36]", "[7, p. 214]")


def test_remove_escapes_and_markup() -> None:
    assert clean.remove_escapes(r"reached \$20bn \*not\* 5\%") == "reached $20bn *not* 5%"
    assert clean.strip_markdown("**Bold** and _it_ and [link](http://x.org/a_(b)) and snake_case") == (
        "Bold and it and link and snake_case"
    )
    assert clean.strip_html("a<br/>b &amp; <span class='x'>c</span>") == "a b &  c "


def test_normalise_unicode_keeps_quotes_and_dashes() -> None:
    assert clean.normalise_unicode("e\u0301\u00a0“q” – — ’\u00ad\u200b") == "é “q” – — ’"


def test_page_furniture_by_repetition_and_position() -> None:
    def page(number: int, header: str, body: list[str]) -> Page:
        return Page(number=number, lines=tuple(Line(t) for t in [header, *body, str(number + 40)]))

    bodies = [
        [f"The rules of politics differ between {n} countries and they change", f"over {n} years."]
        for n in ("two", "three", "four", "five")
    ]
    headers = ["Introduction to Political Science", "Chapter 1 What Is Politics"] * 2
    pages = [page(i + 1, headers[i], bodies[i]) for i in range(4)]
    cleaned, printed = remove_page_furniture(pages)
    assert [[ln.text for ln in p.lines] for p in cleaned] == bodies
    assert printed == {1: 41, 2: 42, 3: 43, 4: 44}


def test_collapse_whitespace() -> None:
    assert clean.collapse_whitespace("  a \n b  , c . ") == "a b, c."
