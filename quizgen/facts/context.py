"""A sentence made fit to stand alone: pronouns resolved, dangling references found.

A question must never lean on an unresolved "he", "it" or "these countries".
:class:`SentenceContext` resolves a sentence-initial subject pronoun from the
sentence before it when the antecedent is unambiguous, and reports sentences
that still lean on something outside themselves.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from quizgen.rules.context import (
    ADDITIVE_ADVERBS,
    ANAPHORIC_DEFINITE_HEADS,
    ANAPHORIC_DETERMINERS,
    ANAPHORIC_PHRASES,
    BARE_OPENERS,
    CONNECTIVE_OPENERS,
    CROSS_REFERENCES,
    EXAMPLE_LABELS,
    EXAMPLE_REACH,
    NOTING_OPENER,
    PAIR_NOUNS,
    PERSON_PRONOUNS,
    PREVIEW_WORDS,
    RELATION_NOUNS,
    REPORTING_VERBS,
    THING_PRONOUNS,
    TWO_PARTY_ADJECTIVES,
    VIEW_HOLDERS,
)

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


@dataclass(slots=True)
class SentenceContext:
    """One sentence with its replacements (token index -> text) and provenance."""

    sent: Span
    replacements: dict[int, str] = field(default_factory=dict)
    page: int | None = None
    dangling: bool = False
    #: The sentence goes on with a view an earlier one reported; ``reporter`` is
    #: whose, where the text names them ("Islamic scholars").
    continues_report: bool = False
    reporter: str = ""
    #: An earlier sentence of the paragraph names a place, body or person: what
    #: "bilateral trade" in this one is about.
    after_names: bool = False
    #: The paragraph points at another chapter of the book ("Chapter 7 considers ..."):
    #: a preview, whose examples that chapter teaches.
    in_preview: bool = False
    #: The sentence opens on one of the examples an earlier sentence listed ("countries
    #: such as Egypt and Tunisia ... In Egypt, ..."): it illustrates that sentence.
    in_example: bool = False

    def render(self, tokens: Iterable[Token], mark: Span | None = None) -> tuple[str, int, int]:
        """Text of ``tokens`` with replacements applied, and the offsets of ``mark`` in it.

        Returns ``(text, start, end)``; ``start == end == -1`` when ``mark`` is
        None or not among the tokens.
        """
        parts: list[str] = []
        start = end = -1
        mark_range = range(mark.start, mark.end) if mark is not None else range(0)
        length = 0
        previous: Token | None = None
        for token in tokens:
            text = self.replacements.get(token.i, token.text)
            if text == "":
                if parts:
                    previous = token  # its spacing is what the next token follows: "the Act."
                continue  # a token folded into the replacement of its neighbour
            if parts and previous is not None:
                gap = previous.whitespace_ if previous.i == token.i - 1 else " "
                parts.append(gap)
                length += len(gap)
            if token.i in mark_range and start < 0:
                start = length
            parts.append(text)
            length += len(text)
            if token.i in mark_range:
                end = length
            previous = token
        rendered = "".join(parts)
        return rendered, start, end

    @property
    def statement(self) -> str:
        return self.render(self.sent)[0].strip()


def _antecedent(previous: Span | None, want_person: bool) -> str | None:
    """The one entity the previous sentence is about, when there is exactly one."""
    if previous is None:
        return None
    if want_person:
        people = {e.text for e in previous.ents if e.label_ == "PERSON"}
        return people.pop() if len(people) == 1 else None
    subject = next((t for t in previous if t.dep_ in ("nsubj", "nsubjpass") and t.head == previous.root), None)
    if subject is None or subject.pos_ != "PROPN":
        return None
    tokens = [t for t in subject.subtree if t.dep_ not in ("appos", "punct") and not inside_brackets(t)]
    # Keep the name only: cut at the first relative clause or appositive.
    cut = [t for t in tokens if not any(a.dep_ in ("relcl", "acl", "appos") for a in t.ancestors if a in subject.subtree and a != subject)]
    text = " ".join(t.text for t in cut).strip()
    return text or None


def inside_brackets(token: Token) -> bool:
    """True when the token sits inside a parenthesis or square brackets."""
    depth = 0
    for t in token.sent:
        if t.i >= token.i:
            break
        if t.text in "([":
            depth += 1
        elif t.text in ")]":
            depth = max(0, depth - 1)
    return depth > 0


def drop_connective(context: SentenceContext) -> int:
    """Drop an opener such as "Still," or "For example," from the statement;
    returns the index of the sentence's first remaining token."""
    sent = context.sent
    noting = _NOTING.match(sent.text)
    if noting:
        mark = next((t for t in sent if t.idx - sent.start_char >= noting.end() - 1), None)
        if mark is not None and mark.i > sent.start and sent.doc[mark.i - 1].lower_ == "that":
            for token in sent.doc[sent.start : mark.i]:
                context.replacements[token.i] = ""
            if mark.text[:1].islower() and mark.pos_ != "PROPN":
                context.replacements[mark.i] = mark.text[:1].upper() + mark.text[1:]
            return mark.i
    words = [t.lower_ for t in sent[:6]]
    if words and words[0] in BARE_OPENERS and len(sent) > 4 and sent[0].dep_ in ("cc", "advmod") and sent[1].text != ",":
        # "Yet the principles ... have had": the sentence stands without its link
        context.replacements[sent[0].i] = ""
        following = sent[1]
        if following.text[:1].islower() and following.pos_ != "PROPN":
            context.replacements[following.i] = following.text[:1].upper() + following.text[1:]
        return following.i
    for phrase in CONNECTIVE_OPENERS:
        n = len(phrase)
        if tuple(words[:n]) == phrase and len(sent) > n + 3 and sent[n].text == ",":
            for token in sent[: n + 1]:
                context.replacements[token.i] = ""
            following = sent[n + 1]
            if following.text[:1].islower() and following.pos_ != "PROPN":
                context.replacements[following.i] = following.text[:1].upper() + following.text[1:]
            return following.i
    return sent.start


def make_context(
    sent: Span, previous: Span | None, *, page: int | None = None, names: dict[str, str] | None = None,
    earlier: Sequence[Span] = (), places: Sequence[str] = (),
) -> SentenceContext:
    """Drop a linking opener, resolve a sentence-initial subject pronoun and flag
    dangling references and views reported by the sentence before."""
    context = SentenceContext(sent=sent, page=page)
    first = sent.doc[drop_connective(context)]
    if first.i in context.replacements and first.lower_ in PERSON_PRONOUNS | THING_PRONOUNS:
        del context.replacements[first.i]
    lowered = first.lower_
    if first.dep_ in ("nsubj", "nsubjpass") and (lowered in PERSON_PRONOUNS or lowered in THING_PRONOUNS):
        name = _antecedent(previous, want_person=lowered in PERSON_PRONOUNS)
        if name:
            context.replacements[first.i] = name[0].upper() + name[1:]
        else:
            context.dangling = True
    resolve_definites(context, names or {})
    resolve_two_parties(context, earlier, places)
    skip = {i for i, text in context.replacements.items() if text.lower() != sent.doc[i].lower_}
    if continues_a_report(sent, previous):
        context.dangling = context.continues_report = True
        context.reporter = reporter_of(previous) if previous is not None else ""
    elif gives_their_view(sent):
        context.dangling = context.continues_report = True  # whose, only the sentence before says
    context.dangling = context.dangling or leans_outside(sent, skip=skip)
    return context


def gives_their_view(sent: Span) -> bool:
    """ "For them, revelation is a clear, singular guide ...": the view of a group
    named before, not the chapter's own claim."""
    words = [t.lower_ for t in sent[:3]]
    return len(words) == 3 and words[0] in ("for", "to") and words[1] in VIEW_HOLDERS and words[2] == ","


def reporter_of(sent: Span) -> str:
    """Whose view a sentence reports, when it names them: "According to Islamic
    scholars, ..." -> "Islamic scholars"; "" for "These scholars argue ..."."""
    for token in sent:
        if token.lower_ == "according" and token.i + 1 < sent.end and token.nbor().lower_ == "to":
            objects = [c for c in token.nbor().children if c.dep_ == "pobj"]
            if objects:
                phrase = sent.doc[objects[0].left_edge.i : objects[0].i + 1]
                if phrase[0].lower_ not in ("these", "this", "those", "such", "they", "he", "she", "it", "them", "him", "her"):
                    return phrase.text
    for token in sent:
        if token.lemma_.lower() in REPORTING_VERBS and any(c.dep_ == "ccomp" for c in token.children):
            subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
            if subject is not None and (subject.ent_type_ in ("PERSON", "NORP", "ORG") or subject.pos_ == "PROPN"):
                return sent.doc[subject.left_edge.i : subject.i + 1].text
    return ""


def reports_a_view(sent: Span) -> bool:
    """True for "According to X, ...", "X argues that ...", "in Hayek's view"."""
    words = [t.lower_ for t in sent]
    if "according" in words and "to" in words:
        return True
    if any(w == "view" and i > 1 and words[i - 1] in ("'s", "’s") for i, w in enumerate(words)):
        return True
    return any(t.lemma_.lower() in REPORTING_VERBS and t.tag_ in ("VBZ", "VBP", "VBD") and any(c.dep_ == "ccomp" for c in t.children) for t in sent)


def _names_someone(sent: Span) -> bool:
    return any(e.label_ in ("PERSON", "NORP") for e in sent.ents)


def continues_a_report(sent: Span, previous: Span | None) -> bool:
    """True when the sentence before reports someone's view and this one goes on
    stating it without saying whose it is: a question would state the view as fact."""
    if previous is None or not reports_a_view(previous):
        return False
    if _reported_in_past(previous) and defines_a_kind(sent):
        return False  # "Hume reasoned that ... public goods. A public good is ...": the book's own gloss
    return not (reports_a_view(sent) or _names_someone(sent))


def _reported_in_past(sent: Span) -> bool:
    """ "Hume reasoned that ...": a view reported as something said then."""
    return any(
        t.lemma_.lower() in REPORTING_VERBS and t.tag_ == "VBD" and any(c.dep_ == "ccomp" for c in t.children)
        for t in sent
    )


def defines_a_kind(sent: Span) -> bool:
    """ "A public good is a resource that ...": a present-tense "a X is" that says what
    any X is, in the book's own voice.

    >>> defines_a_kind(nlp("A public good is a resource that benefits everyone.")[:])  # doctest: +SKIP
    True
    """
    root = sent.root
    if root.lemma_ != "be" or root.tag_ not in ("VBZ", "VBP"):
        return False
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    return subject is not None and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in subject.children)


def leans_outside(sent: Span, *, skip: set[int] | None = None) -> bool:
    """True when the sentence points at something it does not name itself.

    >>> leans_outside(nlp("These countries signed the treaty in 1994.")[:])  # doctest: +SKIP
    True
    """
    skip = skip or set()
    words = [t.lower_ for t in sent]
    for i, token in enumerate(sent):
        if token.i in skip:
            continue
        lower = token.lower_
        if lower in ("this", "these", "those") and token.pos_ == "PRON":
            return True  # a demonstrative pronoun points at discourse, never at a name in the sentence
        if lower in THING_PRONOUNS | PERSON_PRONOUNS and token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj"):
            if token.tag_ == "WDT" and token.head.dep_ == "relcl" and _relative_on_predicate(token.head.head):
                continue  # "There are 1,600 enterprises that have ...": bound to its noun
            if not _bound_inside(token, sent):
                return True
        if lower in ANAPHORIC_DETERMINERS and token.dep_ in ("det", "amod", "predet") and (
            token.head.pos_ == "NOUN" or token.head.tag_ == "VBG"
        ) and bound_demonstrative(token) is None:
            return True
        if lower == "the" and token.dep_ == "det" and _points_back(token.head):
            return True
        if lower == "there" and token.dep_ == "advmod":
            return True
        if lower in CROSS_REFERENCES and i + 1 < len(sent) and sent[i + 1].like_num:
            return True
        if _open_comparison(token, words, i):
            return True
        if lower in ADDITIVE_ADVERBS and token.dep_ == "advmod" and token.head == sent.root and not _not_only(words):
            return True  # "the Soviet Union ... had also fallen": as well as what?
        if lower in ("his", "her", "its", "their") and not _bound_inside(token, sent):
            return True
        for phrase in ANAPHORIC_PHRASES:
            if words[i : i + len(phrase)] == list(phrase):
                return True
    return False


def _relative_on_predicate(noun: Token) -> bool:
    """True when a relative clause's noun sits in what the main clause says, not in its
    subject nor in an aside: "There are 1,600 enterprises that ...", "He thinks there
    are no problems between them that ...". A long subject ("One of the systems in the
    body that uses ATP is ...") and an appositive ("tension—the forces that pull ...")
    make sentences a question garbles, so a relative there still counts as leaning."""
    for token in (noun, *noun.ancestors):
        if token.dep_ == "appos" or token.dep_ in ("nsubj", "nsubjpass", "csubj") and token.head == token.sent.root:
            return False
    return noun.pos_ in ("NOUN", "PROPN")


def _not_only(words: list[str]) -> bool:
    return any(words[i : i + 2] == ["not", "only"] for i in range(len(words)))


def bound_demonstrative(determiner: Token) -> Token | None:
    """The noun a demonstrative points back to inside its own sentence, or None:
    "a state" for "that state" in "If ... over a state, ... in that state ...";
    "group" for "these groups" in "... more than one group and that these groups ...".
    """
    noun = determiner.head
    if determiner.lower_ not in ("this", "that", "these", "those", "such") or noun.pos_ != "NOUN":
        return None
    plural = determiner.lower_ in ("these", "those", "such")
    for token in determiner.sent:
        if token.i >= determiner.i:
            return None
        if token.lemma_ == noun.lemma_ and token.pos_ == "NOUN" and (
            plural or any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children)
        ):
            return token
    return None


def _open_comparison(token: Token, words: list[str], i: int) -> bool:
    """ "Locke had a more benign view of human nature": more benign than whose? A
    comparison whose other side the sentence does not name."""
    if "than" in words or words[i - 1 : i + 2] == ["more", "or", "less"] or words[i : i + 3] == ["more", "or", "less"]:
        return False
    if token.tag_ in ("JJR", "RBR") and token.lower_ in ("more", "less", "fewer") and token.head.pos_ in ("ADJ", "ADV") and token.dep_ == "advmod":
        return True
    return token.tag_ == "JJR" and token.lower_ not in ("more", "less", "fewer", "other", "further", "later", "earlier", "former", "latter", "elder", "upper", "lower", "inner", "outer")


def _points_back(noun: Token) -> bool:
    """ "the formerly democratic country": a bare "the" + common noun that names
    nothing itself (no complement, no name) and so refers to an earlier sentence."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in ANAPHORIC_DEFINITE_HEADS:
        return False
    if any(c.dep_ in ("prep", "relcl", "acl", "compound", "appos", "nmod", "poss") for c in noun.children):
        return False
    return not any(t.pos_ == "PROPN" or t.ent_type_ for t in noun.lefts)


def _bound_ahead(pronoun: Token, sent: Span) -> bool:
    """A "his"/"her" bound by a name later in its own phrase ("his first foreign trip
    as president of Russia Dmitry Medvedev"). Not by the subject a fronted phrase
    opens ("In his work ..., Mill argues ..."): a question keeps the phrase and drops
    the name, and "his" would point at nobody."""
    if pronoun.lower_ not in ("his", "her") or pronoun.dep_ != "poss":
        return False
    owner = pronoun.head
    phrase = range(owner.left_edge.i, owner.right_edge.i + 1)
    return any(t.ent_type_ == "PERSON" and t.i > pronoun.i and t.i in phrase for t in sent)


def _bound_inside(pronoun: Token, sent: Span) -> bool:
    """A pronoun is bound when a fitting antecedent comes before it in the sentence,
    or, for "his"/"her", a name it looks ahead to (:func:`_bound_ahead`)."""
    if _bound_ahead(pronoun, sent):
        return True
    lower = pronoun.lower_
    wants_person = lower in PERSON_PRONOUNS or lower in ("his", "her")
    for token in sent:
        if token.i >= pronoun.i:
            break
        if wants_person and token.ent_type_ == "PERSON":
            return True
        if not wants_person and token.pos_ in ("PROPN", "NOUN") and token.dep_ in ("nsubj", "nsubjpass"):
            return True
    return False


_NAMED_LABELS = frozenset({"ORG", "FAC", "LAW", "EVENT", "WORK_OF_ART", "PRODUCT", "LOC"})


def named_heads(sent: Span) -> dict[str, str]:
    """Multi-word names in a sentence keyed by their last word's lemma:
    ``{"site": "the Semipalatinsk Test Site"}``."""
    names: dict[str, str] = {}
    for entity in sent.ents:
        if entity.label_ in _NAMED_LABELS and len(entity) >= 2 and entity[-1].pos_ in ("PROPN", "NOUN"):
            text = "the " + (entity[1:].text if entity[0].lower_ == "the" else entity.text)
            names[entity[-1].lemma_.lower()] = text
    for chunk in _noun_phrases(sent):
        head = chunk.root
        modifiers = [t for t in chunk if t.i < head.i and t.pos_ == "PROPN"]
        if any(t.dep_ == "poss" or t.tag_ == "POS" for t in chunk):
            continue  # "Locke's ideas" is whose, not which: "the idea" later may be someone else's
        if modifiers and head.pos_ == "NOUN" and head.lemma_.lower() not in names:
            if chunk[0].dep_ == "det" and chunk[0].lower_ != "the":
                continue
            words = "the " + (chunk[1:].text if chunk[0].lower_ == "the" else chunk.text)
            names[head.lemma_.lower()] = words
    return names


_PREMODIFIERS = frozenset({"det", "compound", "amod", "nmod", "poss", "case"})


def _noun_phrases(sent: Span) -> list[Span]:
    """Each common noun with the modifiers before it ("the Semipalatinsk test site").

    Cheaper than ``Span.noun_chunks``, which walks the whole document for every sentence.
    """
    doc = sent.doc
    phrases = []
    for head in sent:
        if head.pos_ != "NOUN":
            continue
        start = head.i
        inside = {head.i}
        while start - 1 >= sent.start and doc[start - 1].dep_ in _PREMODIFIERS and doc[start - 1].head.i in inside:
            start -= 1
            inside.add(start)
        phrases.append(doc[start : head.i + 1])
    return phrases


def resolve_definites(context: SentenceContext, names: dict[str, str]) -> None:
    """Replace a bare "the site" by the name an earlier sentence gave it."""
    for token in context.sent:
        if token.lower_ != "the" or token.dep_ != "det" or token.i in context.replacements:
            continue
        noun = token.head
        if noun.pos_ != "NOUN" or noun.i != token.i + 1 or any(c.i != token.i for c in noun.lefts):
            continue
        if any(c.dep_ in ("prep", "relcl", "acl", "appos") for c in noun.rights):
            continue  # "the idea of government based on ...": it says which itself
        name = names.get(noun.lemma_.lower())
        if name:
            context.replacements[token.i] = name if token.i != context.sent.start else name[0].upper() + name[1:]
            context.replacements[noun.i] = ""


def previews(sent: Span) -> bool:
    """True when the sentence points at another part of the book: "Chapter 7 considers ..."."""
    return any(
        t.lower_ in PREVIEW_WORDS and t.i + 1 < sent.end and sent.doc[t.i + 1].like_num for t in sent
    )


def listed_examples(sent: Span) -> set[str]:
    """The names a sentence gives as examples: "in countries such as Egypt and Tunisia"
    -> {"egypt", "tunisia"}.

    >>> listed_examples(nlp("The protests spread to countries such as Egypt and Tunisia.")[:])  # doctest: +SKIP
    {'egypt', 'tunisia'}
    """
    words = [t.lower_ for t in sent]
    starts = [sent.start + i + 2 for i in range(len(words) - 1) if words[i : i + 2] == ["such", "as"]]
    starts += [sent.start + i + 1 for i, word in enumerate(words) if word == "including"]
    return {
        e.text.lower()
        for e in sent.ents
        if e.label_ in EXAMPLE_LABELS and any(0 <= e.start - start <= EXAMPLE_REACH for start in starts)
    }


def opens_on(sent: Span, examples: set[str]) -> bool:
    """True for "In Egypt, ..." when Egypt is one of ``examples``."""
    if not examples or len(sent) < 3 or sent[0].lower_ != "in":
        return False
    entity = next((e for e in sent.ents if e.start == sent.start + 1), None)
    return entity is not None and entity.text.lower() in examples


_NOTING = re.compile(NOTING_OPENER)
_HYPHEN_PAIR = re.compile(r"\b([A-Z][a-z]+-[A-Z][a-z]+)\s+([a-z]+)\b")


def country_of(adjective: str, places: Sequence[str]) -> str | None:
    """The one place named before that a name-adjective stands for: "Kazakh" ->
    "Kazakhstan", "Russian" -> "Russia", "Israeli" -> "Israel"; None when no place or
    more than one fits ("Franco" fits none)."""
    word = adjective.lower()
    fits = {
        name for name in places
        # "Kazakhs" is the people, not the place; "Kazakh-Russian" is the pair itself
        if " " not in name and "-" not in name and name.lower() not in (word, f"{word}s") and (
            word.startswith(name.lower()) and len(word) - len(name) <= 3
            or name.lower().startswith(word) and len(name) - len(word) <= 4
        )
    }
    return fits.pop() if len(fits) == 1 else None


def parties_named(sent: Span, places: Sequence[str] = ()) -> str | None:
    """The two parties a sentence names, as a relation noun may take them: "between
    Kazakhstan and the Russian Federation" for "Kazakhstan's trade with the Russian
    Federation ...", "between Kazakhstan and Russia" for "... Kazakh-Russian relations
    ..." where the chapter has named both countries before (else "Kazakh-Russian");
    "" when it names three or more countries (no pair is *the* pair); None when it
    names no pair.

    >>> parties_named(nlp("Kazakhstan's trade with Russia grew.")[:])  # doctest: +SKIP
    'between Kazakhstan and Russia'
    """
    for match in _HYPHEN_PAIR.finditer(sent.text):
        if match.group(2) in RELATION_NOUNS:
            first, second = match.group(1).split("-")
            one, other = country_of(first, places), country_of(second, places)
            if one and other and one != other:
                return f"between {one} and {other}"
            return match.group(1)
    countries: list[str] = []
    for entity in sent.ents:
        if entity.label_ == "GPE" and entity.text not in countries:
            countries.append(entity.text)
    if len(countries) == 2:
        return f"between {countries[0]} and {countries[1]}"
    return "" if len(countries) > 2 else None


def resolve_two_parties(context: SentenceContext, earlier: Sequence[Span], places: Sequence[str] = ()) -> None:
    """Name the parties of a "bilateral" relation, or "the two countries", from the
    nearest earlier sentence of the paragraph that names a pair: "bilateral trade" ->
    "trade between Kazakhstan and Russia", "bilateral talks" -> "Kazakh-Russian talks",
    "between the two countries" -> "between Kazakhstan and Russia". Left alone where no
    earlier sentence names one pair (a question would still not say between whom)."""
    parties: str | None = None
    for sent in reversed(earlier):
        parties = parties_named(sent, places)
        if parties is not None:
            break
    if not parties:
        return
    words = [t.lower_ for t in context.sent]
    for position, token in enumerate(context.sent):
        if token.i in context.replacements or token.i == context.sent.start:
            continue  # at the start a question would lower-case the subject's first word
        if (parties.startswith("between ") and token.lower_ == "the" and words[position + 1 : position + 3]
                and words[position + 1] == "two" and position + 2 < len(words) and words[position + 2] in PAIR_NOUNS):
            context.replacements[token.i] = parties.removeprefix("between ")
            context.replacements[token.i + 1] = context.replacements[token.i + 2] = ""
            continue
        if token.lower_ not in TWO_PARTY_ADJECTIVES or token.dep_ != "amod":
            continue
        noun = token.head
        if noun.pos_ != "NOUN" or any(c.dep_ in ("conj", "cc") for c in token.children):
            continue  # "bilateral and multilateral formats": a kind, not one relation
        if any(c.dep_ == "prep" and c.lower_ in ("between", "with", "among") for c in noun.children):
            continue  # the sentence names the parties itself
        if any(t.ent_type_ == "GPE" for t in noun.subtree):
            continue
        if parties.startswith("between "):
            context.replacements[token.i] = ""
            context.replacements[noun.i] = f"{noun.text} {parties}"
        else:
            context.replacements[token.i] = parties


def contexts(
    sentences: Sequence[Span], *, pages: Sequence[int | None], places: list[str] | None = None
) -> list[SentenceContext]:
    """Contexts for the sentences of one paragraph, each resolved against the ones before.

    ``places`` holds the countries and cities named before, in the chapter's earlier
    paragraphs; the paragraph's own are added to it (pass the same list paragraph by
    paragraph).
    """
    seen_places = places if places is not None else []
    out: list[SentenceContext] = []
    previous: Span | None = None
    names: dict[str, str] = {}
    reporting: str | None = None
    reported_in_past = False
    named = False
    preview = any(previews(sent) for sent in sentences)
    examples: set[str] = set()
    for sent, page in zip(sentences, pages, strict=True):
        context = make_context(sent, previous, page=page, names=names, earlier=sentences[: len(out)], places=seen_places)
        seen_places.extend(e.text for e in sent.ents if e.label_ == "GPE" and e.text not in seen_places)
        context.after_names = named
        context.in_preview = preview
        context.in_example = opens_on(sent, examples)
        examples |= listed_examples(sent)
        named = named or any(e.label_ in ("GPE", "ORG", "PERSON", "NORP", "LOC") for e in sent.ents)
        # A view reported earlier in the paragraph runs on until a sentence says whose words
        # it has, or the book defines a kind in its own present tense after a past report.
        if reported_in_past and defines_a_kind(sent):
            reporting = None
        if reporting is not None and not context.continues_report and not (reports_a_view(sent) or _names_someone(sent)):
            context.dangling = context.continues_report = True
            context.reporter = reporting
        if reports_a_view(sent):
            reporting = reporter_of(sent)
            reported_in_past = _reported_in_past(sent)
        elif _names_someone(sent):
            reporting = None
        out.append(context)
        names.update(named_heads(sent))
        previous = sent
    return out
