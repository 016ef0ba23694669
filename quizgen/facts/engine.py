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
    matcher = token_matcher(sent.doc.vocab, family, table)
    strings = sent.doc.vocab.strings
    return [(strings[m], sent.start + s, sent.start + e) for m, s, e in matcher(sent)]


def run_dependencies(sent: Span, family: str, table: tuple) -> list[tuple[str, dict[str, int]]]:
    """``(rule_id, {node name: token index})`` dependency matches inside the sentence."""
    matcher = dependency_matcher(sent.doc.vocab, family, table)
    strings = sent.doc.vocab.strings
    names = {row["id"]: [n["RIGHT_ID"] for n in row["pattern"]] for row in table}
    out = []
    for match_id, token_ids in matcher(sent):
        rule = strings[match_id]
        out.append((rule, {name: sent.start + i for name, i in zip(names[rule], token_ids, strict=True)}))
    return out
