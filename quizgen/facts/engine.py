"""Compiles the rule tables once per pipeline and runs them over a sentence."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from quizgen.errors import AnalysisError

if TYPE_CHECKING:
    from spacy.matcher import DependencyMatcher, Matcher
    from spacy.tokens import Span
    from spacy.vocab import Vocab


def _validate(table: Sequence[Mapping[str, Any]], family: str) -> None:
    seen: set[str] = set()
    for row in table:
        rule = row.get("id", "")
        if not rule.startswith(f"{family}.") or rule in seen or "pattern" not in row:
            raise AnalysisError(f"bad rule table row in {family}: {row!r}")
        seen.add(rule)


@lru_cache(maxsize=16)
def token_matcher(vocab: Vocab, family: str, table: tuple) -> Matcher:
    from spacy.matcher import Matcher

    rows = [dict(r) for r in table]
    _validate(rows, family)
    matcher = Matcher(vocab, validate=True)
    for row in rows:
        matcher.add(row["id"], [row["pattern"]])
    return matcher


@lru_cache(maxsize=16)
def dependency_matcher(vocab: Vocab, family: str, table: tuple) -> DependencyMatcher:
    from spacy.matcher import DependencyMatcher

    rows = [dict(r) for r in table]
    _validate(rows, family)
    matcher = DependencyMatcher(vocab, validate=True)
    for row in rows:
        matcher.add(row["id"], [row["pattern"]])
    return matcher


def freeze(table: Sequence[Mapping[str, Any]]) -> tuple:
    """A hashable copy of a rule table, so compiled matchers can be cached."""
    return tuple(_Row(r) for r in table)


class _Row(dict):
    def __hash__(self) -> int:  # type: ignore[override]
        return hash(self["id"])


def run_tokens(sent: Span, family: str, table: tuple) -> list[tuple[str, int, int]]:
    """``(rule_id, start, end)`` token matches inside the sentence (doc indices)."""
    key = f"quizgen.tokens.{family}.{hash(table)}"
    doc = sent.doc
    if key not in doc.user_data:
        # Once per paragraph, not per sentence: matching a Span copies it first.
        matcher = token_matcher(doc.vocab, family, table)
        strings = doc.vocab.strings
        doc.user_data[key] = [(strings[m], s, e) for m, s, e in matcher(doc)]
    return [(rule, s, e) for rule, s, e in doc.user_data[key] if sent.start <= s and e <= sent.end]


def run_dependencies(sent: Span, family: str, table: tuple) -> list[tuple[str, dict[str, int]]]:
    """``(rule_id, {node name: token index})`` dependency matches inside the sentence."""
    key = f"quizgen.dependencies.{family}.{hash(table)}"
    doc = sent.doc
    if key not in doc.user_data:
        matcher = dependency_matcher(doc.vocab, family, table)
        strings = doc.vocab.strings
        names = {row["id"]: [n["RIGHT_ID"] for n in row["pattern"]] for row in table}
        found = []
        for match_id, token_ids in matcher(doc):
            rule = strings[match_id]
            found.append((rule, dict(zip(names[rule], token_ids, strict=True))))
        doc.user_data[key] = found
    return [(rule, nodes) for rule, nodes in doc.user_data[key] if all(sent.start <= i < sent.end for i in nodes.values())]
