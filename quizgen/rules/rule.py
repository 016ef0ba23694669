"""What a rule is: one object that holds its pattern, how its term and gloss are cut,
and how its facts may be asked.

The engine (:mod:`quizgen.facts.engine`) compiles a family's rules once, checks them
at load and runs them; where a cut needs code, one handler registered under the
rule's id does it (spaCy's ``span_ruler`` factory and ``on_match`` are the model).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from quizgen.models import Asking

#: How a term is cut from its node, when no handler cuts it: ``"phrase"`` is the
#: head noun with the modifiers that name the term ("the term X" -> "X").
TERM_CUTS: frozenset[str] = frozenset({"phrase"})

#: How a gloss is cut from its node: ``"phrase"`` is the node's whole phrase up to a
#: closing dash; ``"to_end"`` runs from the node's first word to the sentence's end.
GLOSS_CUTS: frozenset[str] = frozenset({"phrase", "to_end"})


@dataclass(frozen=True, slots=True, eq=False)
class Rule:
    """One rule of a fact family.

    - ``pattern``: a spaCy ``DependencyMatcher`` pattern (``matcher="dependency"``;
      node names the cuts read: ``term``, ``definition``) or ``Matcher`` pattern
      (``matcher="token"``, cut by a handler from the match's start and end);
    - ``term`` / ``gloss``: declarative cuts (:data:`TERM_CUTS`, :data:`GLOSS_CUTS`);
      empty when the rule's handler cuts them;
    - ``anchor``: the node that makes the rule rare (a dependency rule is tried on a
      paragraph only where a token fits it); the pattern's first node by default;
    - ``asking``: how its facts may be asked, copied onto each fact;
    - ``yields_to``: rules whose fact for the same term in the same sentence wins
      over this rule's (a gloss read from the tokens over a parse that cut it short);
    - ``checked``: False where the shared term and gloss checks do not apply (an
      acronym's expansion is no gloss); ``label`` is the answer's type.
    """

    id: str
    pattern: Sequence[Mapping[str, Any]]
    matcher: Literal["dependency", "token"] = "dependency"
    term: str = ""
    gloss: str = ""
    anchor: str = ""
    asking: Asking = Asking()
    yields_to: tuple[str, ...] = ()
    checked: bool = True
    label: str = "TERM"

    @property
    def declarative(self) -> bool:
        """True when the rule's own fields cut its term and gloss (no handler needed)."""
        return bool(self.term and self.gloss)

    @property
    def nodes(self) -> tuple[str, ...]:
        """The node names of a dependency pattern, in pattern order."""
        return tuple(str(node["RIGHT_ID"]) for node in self.pattern) if self.matcher == "dependency" else ()

    @property
    def anchor_attrs(self) -> Mapping[str, Any]:
        """The token attributes of the anchor node."""
        name = self.anchor or self.nodes[0]
        return next(node["RIGHT_ATTRS"] for node in self.pattern if node["RIGHT_ID"] == name)
