"""Compiles rules once per pipeline, checks them at load, and runs them over a
paragraph's doc once; a sentence takes the matches that fall inside it.

Two forms: rule objects (:class:`quizgen.rules.rule.Rule`, the definition family)
and the older pattern tables (dates, causes).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from quizgen.errors import AnalysisError
from quizgen.rules.rule import GLOSS_CUTS, TERM_CUTS, Rule

if TYPE_CHECKING:
    from spacy.matcher import DependencyMatcher, Matcher
    from spacy.tokens import Doc, Span
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


@lru_cache(maxsize=256)
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


@lru_cache(maxsize=16)
def _anchor_matcher(vocab: Vocab, family: str, table: tuple) -> Matcher:
    """One single-token pattern per row: its ``anchor`` node (the first by default)."""
    from spacy.matcher import Matcher

    matcher = Matcher(vocab, validate=True)
    for row in table:
        name = row.get("anchor") or row["pattern"][0]["RIGHT_ID"]
        attrs = next(dict(n["RIGHT_ATTRS"]) for n in row["pattern"] if n["RIGHT_ID"] == name)
        matcher.add(row["id"], [[attrs]])
    return matcher


def run_dependencies(sent: Span, family: str, table: tuple) -> list[tuple[str, dict[str, int]]]:
    """``(rule_id, {node name: token index})`` dependency matches inside the sentence.

    Once per paragraph, and only with the rows whose rare ``anchor`` node the
    paragraph has: a DependencyMatcher walks every token that fits any node of its rows.
    """
    key = f"quizgen.dependencies.{family}.{hash(table)}"
    doc = sent.doc
    if key not in doc.user_data:
        strings = doc.vocab.strings
        anchored = {strings[m] for m, _, _ in _anchor_matcher(doc.vocab, family, table)(doc)}
        present = tuple(row for row in table if row["id"] in anchored)
        found = []
        if present:
            matcher = dependency_matcher(doc.vocab, family, present)
            names = {row["id"]: [n["RIGHT_ID"] for n in row["pattern"]] for row in present}
            for match_id, token_ids in matcher(doc):
                rule = strings[match_id]
                found.append((rule, dict(zip(names[rule], token_ids, strict=True))))
        doc.user_data[key] = found
    return [(rule, nodes) for rule, nodes in doc.user_data[key] if all(sent.start <= i < sent.end for i in nodes.values())]


# --- Rules as objects (quizgen.rules.rule.Rule) ---------------------------------


@dataclass(frozen=True, slots=True)
class RuleMatch:
    """One match of one rule: the tokens ``start:end`` (doc indices) a token rule
    matched, or the ``nodes`` (name -> token index) a dependency rule bound."""

    rule: Rule
    start: int
    end: int
    nodes: Mapping[str, int]


def validate(family: str, rules: Sequence[Rule], handlers: Mapping[str, Any]) -> None:
    """Raise AnalysisError naming every rule that cannot run: a duplicate or foreign
    id, an unknown cut, a node its cuts read but its pattern lacks, no way to cut its
    term and gloss (neither declared nor a handler) or two (both), a handler without
    a rule, a ``yields_to`` naming no rule."""
    problems: list[str] = []
    ids = [r.id for r in rules]
    known = set(ids)
    for rule in rules:
        where = f"{rule.id}:"
        if not rule.id.startswith(f"{family}.") or ids.count(rule.id) > 1:
            problems.append(f"{where} id must be unique and start with '{family}.'")
        if rule.matcher not in ("dependency", "token") or not rule.pattern:
            problems.append(f"{where} needs a pattern for a 'dependency' or 'token' matcher")
            continue
        if rule.term and rule.term not in TERM_CUTS or rule.gloss and rule.gloss not in GLOSS_CUTS:
            problems.append(f"{where} unknown cut term={rule.term!r} gloss={rule.gloss!r}")
        if bool(rule.term) != bool(rule.gloss):
            problems.append(f"{where} declares a term cut or a gloss cut, not both: a handler cuts both or neither")
        has_handler = rule.id in handlers
        if rule.declarative == has_handler:
            problems.append(f"{where} needs either declarative cuts or one handler ({'both' if has_handler else 'neither'} given)")
        if not rule.checked and not has_handler:
            problems.append(f"{where} an unchecked rule takes its cut from a handler")
        if rule.matcher == "dependency":
            nodes = rule.nodes
            if len(set(nodes)) != len(nodes) or "term" not in nodes:
                problems.append(f"{where} dependency nodes must be unique and include 'term'")
            if rule.gloss and "definition" not in nodes:
                problems.append(f"{where} a gloss cut reads a 'definition' node")
            if rule.anchor and rule.anchor not in nodes:
                problems.append(f"{where} anchor {rule.anchor!r} is not a node")
        elif rule.declarative or rule.anchor:
            problems.append(f"{where} a token rule is cut by its handler and has no anchor node")
        for other in rule.yields_to:
            if other not in known or other == rule.id:
                problems.append(f"{where} yields to unknown rule {other!r}")
    for rule_id in handlers:
        if rule_id not in known:
            problems.append(f"{rule_id}: a handler without a rule")
    if problems:
        raise AnalysisError(f"bad {family} rules:\n  " + "\n  ".join(problems))


_ANCHOR = "anchor:"


@lru_cache(maxsize=16)
def _token_matcher(vocab: Vocab, rules: tuple[Rule, ...]) -> Matcher:
    """The token rules, and one single-token pattern per dependency rule's anchor."""
    from spacy.matcher import Matcher

    matcher = Matcher(vocab, validate=True)
    for rule in rules:
        if rule.matcher == "token":
            matcher.add(rule.id, [[dict(node) for node in rule.pattern]])
        else:
            matcher.add(_ANCHOR + rule.id, [[dict(rule.anchor_attrs)]])
    return matcher


@lru_cache(maxsize=256)
def _dependency_matcher(vocab: Vocab, rules: tuple[Rule, ...]) -> DependencyMatcher:
    """A DependencyMatcher for the rules whose anchors a paragraph has: it walks every
    token that fits any node of its rules, so rules that cannot match are left out."""
    from spacy.matcher import DependencyMatcher

    matcher = DependencyMatcher(vocab, validate=True)
    for rule in rules:
        matcher.add(rule.id, [[dict(node) for node in rule.pattern]])
    return matcher


@lru_cache(maxsize=16)
def _by_id(rules: tuple[Rule, ...]) -> dict[str, Rule]:
    return {rule.id: rule for rule in rules}


def _doc_matches(doc: Doc, family: str, rules: tuple[Rule, ...], within: Span | None = None) -> list[RuleMatch]:
    """Every match of the family's rules in the doc: dependency rules first, in rule
    order; computed once per doc (one token pass, at most one dependency pass) and kept
    in ``doc.user_data`` as plain values, so a Doc stays serialisable. ``within``: only
    the matches inside that span."""
    key = f"quizgen.rules.{family}"
    by_id = _by_id(rules)
    if key not in doc.user_data:
        strings = doc.vocab.strings
        tokens: list[tuple[str, int, int, dict[str, int]]] = []
        anchored: set[str] = set()
        for match_id, start, end in _token_matcher(doc.vocab, rules)(doc):
            name = strings[match_id]
            if name.startswith(_ANCHOR):
                anchored.add(name[len(_ANCHOR) :])
            else:
                tokens.append((name, start, end, {}))
        dependency: list[tuple[str, int, int, dict[str, int]]] = []
        present = tuple(r for r in rules if r.id in anchored)
        if present:
            for match_id, token_ids in _dependency_matcher(doc.vocab, present)(doc):
                name = strings[match_id]
                nodes = dict(zip(by_id[name].nodes, token_ids, strict=True))
                dependency.append((name, min(token_ids), max(token_ids) + 1, nodes))
        doc.user_data[key] = dependency + tokens
    return [
        RuleMatch(by_id[name], start, end, nodes) for name, start, end, nodes in doc.user_data[key]
        if within is None or within.start <= start and end <= within.end
    ]


def rule_matches(sent: Span, family: str, rules: tuple[Rule, ...]) -> list[RuleMatch]:
    """The matches of the family's rules inside the sentence: dependency rules first,
    then token rules, each in the order the matchers give them."""
    return _doc_matches(sent.doc, family, rules, within=sent)
