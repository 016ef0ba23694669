"""Functions: what a sentence says a thing or body does, in the few fixed forms books
use ("X is responsible for Y", "X is in charge of Y", "The primary function of X is to
Y", "X's job is to Y"), asked for what it does.

>>> [(f.attr("wh"), f.answer) for f in extract_functions(ctx, origin)]   # doctest: +SKIP
[('What are the kidneys responsible for?', 'filtering the blood')]

A sentence that names its subject only by "Its" / "Their" ("Its most important
function is to ...") is asked when the sentence before has one subject of the same
number to stand for it (:func:`extract_leaning_functions`); otherwise refused.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from quizgen.facts.base import Origin, clause_anchor, make_fact, trim_punct
from quizgen.facts.context import SentenceContext, inside_brackets, leans_outside
from quizgen.facts.roles import clause_root
from quizgen.models import Fact
from quizgen.rules.context import ADDITIVE_ADVERBS
from quizgen.rules.functions import (
    ANAPHORIC_OWNERS,
    ANSWER_ASIDES,
    ANSWER_TOKENS,
    ATTACHED_DUTY_WORDS,
    CLAIM_CHANGERS,
    CONCLUDING_OPENERS,
    DASHES,
    DUTY_ADVERBS,
    DUTY_RULES,
    DUTY_WORDS,
    FLOATING_QUANTIFIERS,
    FUNCTION_NOUNS,
    FUNCTION_WEIGHTS,
    LEANING_POSSESSIVES,
    POINTING_WORDS,
    SERVING_VERBS,
    SUBJECT_TOKENS,
    UNBOUND_DETERMINERS,
    VAGUE_ANSWER_HEADS,
    VAGUE_HEADS,
)

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def extract_functions(context: SentenceContext, origin: Origin) -> Iterator[Fact]:
    """One fact per "X is responsible for Y" / "The function of X is to Y" main clause,
    and per "X, which is responsible for Y" / "X is the organ responsible for Y"."""
    yield from _main_clause(context, origin)
    yield from _attached_duties(context, origin)
    yield from _serves(context, origin)


def _main_clause(context: SentenceContext, origin: Origin) -> Iterator[Fact]:
    """The root's clause, and a second "is" the subject shares ("Testosterone is released
    in response to LH and is responsible for ...")."""
    root = clause_root(context)
    if _after_conclusion(context):
        return
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or not _opens_sentence(context, subject):
        return
    shared = [c for c in root.children if c.dep_ == "conj" and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)]
    for verb in (root, *shared):
        if verb.lemma_.lower() != "be" or not _plain_verb(verb):
            continue
        if subject.lower_ in FUNCTION_NOUNS:
            if verb is root:
                yield from _function_noun(context, origin, verb, subject)
        else:
            yield from _duty(context, origin, verb, subject)


def _serves(context: SentenceContext, origin: Origin) -> Iterator[Fact]:
    """ "The skull bones serve to protect the brain", asked "What do the skull bones
    serve to do?" with "protect the brain" the answer."""
    verb = clause_root(context)
    if verb.lemma_.lower() not in SERVING_VERBS or verb.tag_ not in ("VBZ", "VBP") or _after_conclusion(context):
        return
    clause = next((c for c in verb.children if c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB"), None)
    if clause is None or not _plain_verb(verb, keep=clause):
        return
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or not _opens_sentence(context, subject):
        return
    shown = _subject_text(context, subject)
    if shown is None:
        return
    if any(c.dep_ in ("dobj", "prep", "advmod") for c in verb.children):
        return
    marker = next((c for c in clause.children if c.dep_ == "aux" and c.lower_ == "to"), None)
    if marker is None or marker.i != verb.i + 1:
        return
    answer = _trimmed(verb.doc[marker.i + 1 : clause.right_edge.i + 1])
    if answer is None:
        return
    auxiliary = "does" if verb.tag_ == "VBZ" else "do"
    fact = make_fact(
        context, origin, kind="function", rule="function.serves", answer=answer, label="FUNCTION",
        identity=clause_anchor(context.sent, answer),
        attrs={"wh": f"What {auxiliary} {shown} {verb.lemma_.lower()} to do?"},
    )
    if fact is not None:
        yield fact


def _after_conclusion(context: SentenceContext) -> bool:
    """True when the statement opened on a conclusion ("Thus, the ego's job is to find
    the middle ground"): it sums up what the sentences before said, in their words."""
    sent = context.sent
    return any(context.replacements.get(t.i) == "" and t.lower_ in CONCLUDING_OPENERS for t in sent[:3])


def extract_leaning_functions(context: SentenceContext, origin: Origin) -> Iterator[Fact]:
    """ "Its most important function is to ..." after a sentence about one thing: the
    fact, asked about that thing ("What is the most important function of the board of
    directors?"). Nothing when anything else in the sentence leans outside it. And
    "X, which is responsible for Y" in a sentence that leans elsewhere."""
    if context.continues_report:
        return
    yield from _attached_duties(context, origin, leaning=True)
    verb = clause_root(context)
    if verb.lemma_.lower() != "be" or not _plain_verb(verb):
        return
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ not in FUNCTION_NOUNS:
        return
    possessive = next((c for c in subject.children if c.dep_ == "poss"), None)
    if possessive is None or possessive.lower_ not in LEANING_POSSESSIVES or possessive.i != subject.left_edge.i:
        return
    if possessive.i != context.sent.start or leans_outside(context.sent, skip={possessive.i}):
        return
    if context.sent.start == 0:
        return  # the paragraph's first sentence: what "Its" stands for is further back
    owner = _previous_subject(context.sent.doc[context.sent.start - 1].sent, LEANING_POSSESSIVES[possessive.lower_])
    if owner is None:
        return
    named = " ".join(t.text for t in subject.subtree if t.i != possessive.i)
    yield from _function_noun(
        context, origin, verb, subject, asked=f"the {named} of {owner}", rule="function.noun_leaning"
    )


def _plain_verb(verb: Token, keep: Token | None = None) -> bool:
    """A stated fact: "is", "are", "was", not "can be", "is not", "is also". ``keep``:
    the clause of what the verb says X does ("serves [to protect ...]")."""
    if verb.tag_ not in ("VBZ", "VBP", "VBD"):
        return False
    return not any(
        (c.dep_ in CLAIM_CHANGERS and c != keep and not _duty_phrase(c) and not _aside(c)) or c.lower_ in ADDITIVE_ADVERBS
        for c in verb.children
    )


def _aside(token: Token) -> bool:
    """True for a closing aside set off by a comma (", much like a post office"), or
    one between dashes ("The board of directors—in a company large enough to have
    one—is ...")."""
    start, end = token.left_edge.i, token.right_edge.i
    doc = token.doc
    if start > 0 and end + 1 < len(doc) and doc[start - 1].text in DASHES and doc[end + 1].text in DASHES:
        return True
    return start > 0 and doc[start - 1].text == "," and _opens_aside(doc[start])


def _opens_aside(token: Token) -> bool:
    doc = token.doc
    return any(doc[token.i : token.i + len(words)].text.lower() == " ".join(words) for words in ANSWER_ASIDES)


def _duty_phrase(token: Token) -> bool:
    """True for the "in" of "is in charge of": the predicate itself, not a place or time."""
    return any(
        c.dep_ == "pobj" and c.lower_ in DUTY_WORDS and DUTY_WORDS[c.lower_][1] == token.lower_ for c in token.children
    )


def _opens_sentence(context: SentenceContext, subject: Token) -> bool:
    """True when nothing the question would have to keep stands before the subject
    ("In most mammals, the liver ...", "According to Locke, the purpose ...")."""
    sent = context.sent
    return all(context.replacements.get(t.i) == "" for t in sent.doc[sent.start : subject.left_edge.i])


def _duty(context: SentenceContext, origin: Origin, verb: Token, subject: Token) -> Iterator[Fact]:
    """ "X is (primarily) responsible for Y" and "X is in charge of Y", asked for Y."""
    if verb.tag_ == "VBD":
        return  # "was responsible for" lays blame for one event, not a lasting duty
    found = _duty_word(verb)
    if found is None:
        return
    word, preposition = found
    shown = _subject_text(context, subject)
    if shown is None:
        return
    answer = _object_of(preposition)
    if answer is None:
        return
    doc = verb.doc
    phrase = context.render(doc[verb.i + 1 : preposition.i + 1])[0].strip()
    fact = make_fact(
        context, origin, kind="function", rule=DUTY_RULES[word.lower_], answer=answer, label="FUNCTION",
        identity=clause_anchor(context.sent, answer),
        attrs={"wh": f"What {verb.lower_} {shown} {phrase}?"},
    )
    if fact is not None:
        yield fact


def _attached_duties(context: SentenceContext, origin: Origin, *, leaning: bool = False) -> Iterator[Fact]:
    """ "the primary visual cortex, which is responsible for Y" and "The liver is the
    organ (primarily) responsible for Y": what the named thing is responsible for.
    ``leaning``: the rest of the sentence leans outside it ("It contains the visual
    cortex, which ..."), so only the relative clause is asked, and only where neither
    the thing nor what it does points elsewhere."""
    for word in context.sent:
        if word.lower_ not in ATTACHED_DUTY_WORDS:
            continue
        if word.dep_ == "acomp" and word.head.dep_ == "relcl":
            clause = word.head
            pronoun = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            if pronoun is None or pronoun.lower_ != "which" or pronoun.i == 0 or word.doc[pronoun.i - 1].text != ",":
                continue  # "a region that is responsible for": which noun "that" binds is unsure
            if clause.lemma_.lower() != "be" or clause.tag_ not in ("VBZ", "VBP") or not _plain_verb(clause):
                continue
            owner, verb_text = clause.head, clause.lower_
            shown = _subject_text(context, owner, listed=True)
        elif leaning:
            continue
        elif word.dep_ == "amod" and word.head.dep_ == "attr" and word.i > word.head.i:
            noun, verb = word.head, word.head.head
            if verb.i != clause_root(context).i or verb.tag_ not in ("VBZ", "VBP") or not _plain_verb(verb):
                continue
            if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
                continue  # "an organ responsible for": one of several
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subject is None or not _opens_sentence(context, subject):
                continue
            owner, verb_text = subject, verb.lower_
            shown = _subject_text(context, owner)
        else:
            continue
        found = _preposition_after(word)
        if shown is None or found is None:
            continue
        answer = _object_of(found)
        if answer is None or leaning and any(t.lower_ in POINTING_WORDS for t in answer):
            continue
        adverbs = [c for c in word.children if c.dep_ == "advmod" and c.i < word.i]
        phrase = " ".join([*(a.lower_ for a in adverbs), word.lower_, found.lower_])
        fact = make_fact(
            context, origin, kind="function", rule=DUTY_RULES[word.lower_], answer=answer, label="FUNCTION",
            identity=(*clause_anchor(context.sent, answer), owner.lemma_.lower()),
            attrs={"wh": f"What {verb_text} {shown} {phrase}?"},
        )
        if fact is not None:
            yield fact


def _preposition_after(word: Token) -> Token | None:
    """The preposition that opens what the duty word's owner does, when it holds all of
    it: not "responsible for X and to the voters", not "partly responsible for"."""
    following = DUTY_WORDS[word.lower_][0]
    if any(c.dep_ == "advmod" and c.lower_ not in DUTY_ADVERBS for c in word.children):
        return None
    preposition = next((c for c in word.children if c.dep_ == "prep" and c.lower_ == following), None)
    if preposition is None or any(c.dep_ in ("prep", "conj") for c in word.children if c.i > preposition.i):
        return None
    return preposition


def _duty_word(verb: Token) -> tuple[Token, Token] | None:
    """The duty word ("responsible", "charge") and the preposition after it, or None."""
    for child in verb.children:
        if child.dep_ == "acomp" and child.lower_ in DUTY_WORDS:
            word = child
        elif child.dep_ == "prep" and child.lower_ == "in":
            charge = next((c for c in child.children if c.dep_ == "pobj" and c.lower_ in DUTY_WORDS), None)
            if charge is None:
                continue
            word = charge
        else:
            continue
        before = DUTY_WORDS[word.lower_][1]
        if before and word.head.lower_ != before:
            continue
        preposition = _preposition_after(word)
        if preposition is None:
            return None
        if any(
            c.i > preposition.right_edge.i and not c.is_punct and c.dep_ not in ("cc", "conj") and not _aside(c)
            for c in verb.children
        ):
            return None  # something after what X does, which the question would lose
        return word, preposition
    return None


def _function_noun(
    context: SentenceContext, origin: Origin, verb: Token, subject: Token, *, asked: str = "", rule: str = "function.noun"
) -> Iterator[Fact]:
    """ "The primary function of X is to Y" / "X's job is to Y", asked "What is the
    primary function of X?" with "to Y" the answer."""
    if not _names_one_function(subject):
        return
    if not asked:
        owner = next((c for c in subject.children if c.dep_ == "poss"), None) or next(
            (p for c in subject.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"), None
        )
        if owner is None or _vague(context, owner):
            return
        shown = _subject_text(context, subject, owner=owner)
        if shown is None:
            return
        asked = shown
    clause = next((c for c in verb.children if c.dep_ in ("xcomp", "attr", "ccomp") and c.pos_ in ("VERB", "AUX")), None)
    if clause is None:
        return
    marker = next((c for c in clause.children if c.dep_ == "aux" and c.lower_ == "to"), None)
    if marker is None or marker.i != verb.i + 1:
        return
    # "to" stays in the sentence: the answer is what X does ("facilitate the uptake ...")
    answer = _trimmed(verb.doc[marker.i + 1 : clause.right_edge.i + 1])
    if answer is None:
        return
    fact = make_fact(
        context, origin, kind="function", rule=rule, answer=answer, label="FUNCTION",
        identity=clause_anchor(context.sent, answer),
        attrs={"wh": f"What {verb.lower_} {asked}?"},
    )
    if fact is not None:
        yield fact


def _names_one_function(noun: Token) -> bool:
    """ "the primary function", "the ego's job": the one function the book gives, not
    "another function", "a second task" or "their job"."""
    determiner = next((c for c in noun.children if c.dep_ in ("det", "poss")), None)
    if determiner is None:
        return False
    if determiner.dep_ == "det" and determiner.lower_ != "the":
        return False
    for modifier in noun.children:
        if modifier.dep_ in ("amod", "compound", "nummod", "nmod") and modifier.lower_ not in FUNCTION_WEIGHTS:
            return False
        if modifier.dep_ == "amod" and any(c.lower_ not in ("most",) for c in modifier.children):
            return False
    return True


def _vague(context: SentenceContext, noun: Token) -> bool:
    """True for an owner the question could not name: a pronoun, "people", "these"."""
    if noun.pos_ == "PRON" and context.replacements.get(noun.i) in (None, noun.text):
        return True
    return noun.lower_ in VAGUE_HEADS


def _subject_text(
    context: SentenceContext, subject: Token, owner: Token | None = None, *, listed: bool = False
) -> str | None:
    """The subject as the question names it, without asides set off by commas or
    brackets ("The board of directors, elected by the shareholders,"); None where it is
    too vague, too long, a person, or points back at a sentence the question drops.
    ``listed``: the noun may stand in a list ("the motor cortex, ...; the prefrontal
    cortex, which ..."), whose other items are left out."""
    head = owner or subject
    if _vague(context, head) or (owner is None and subject.lower_ in FUNCTION_NOUNS):
        return None
    if head.pos_ != "PROPN" and not _bound(context, head, owned=owner is not None):
        return None
    if any(t.dep_ in ("conj", "cc") for t in subject.subtree if t.i < subject.i or t.head == subject):
        return None  # "Merkel disks, Ruffini endings, and ...": several things, which one?
    if not _agrees(subject):
        return None  # "Merkel disk, ... all serve": a list the parse cut
    asides: set[int] = set()
    doc = subject.doc
    for child in subject.children:
        start, end = child.left_edge.i, child.right_edge.i
        if start > 0 and end + 1 < len(doc) and doc[start - 1].text in DASHES and doc[end + 1].text in DASHES:
            asides |= set(range(start - 1, end + 2))  # "The Council of Ministers—in most systems—is"
    for child in subject.subtree:
        if child.dep_ in ("acl", "relcl", "appos") and child.i > 0 and child.doc[child.left_edge.i - 1].text in ",(":
            asides |= {t.i for t in child.subtree} | {child.left_edge.i - 1}
            if child.right_edge.i + 1 < len(child.doc) and child.doc[child.right_edge.i + 1].text in ",)":
                asides.add(child.right_edge.i + 1)
    if listed:
        for child in subject.children:
            if child.dep_ in ("conj", "cc", "punct", "relcl", "appos"):
                asides |= {t.i for t in child.subtree}
    tokens = [t for t in subject.subtree if t.i not in asides and not inside_brackets(t)]
    if not tokens or any(t.text in "()[]," or t.is_punct and t.text not in "-’'" for t in tokens):
        return None
    if not SUBJECT_TOKENS[0] <= len(tokens) <= SUBJECT_TOKENS[1]:
        return None
    if any(t.ent_type_ == "PERSON" for t in tokens):
        return None  # a person's part in events is the people family's to ask
    if any(t.lower_ in POINTING_WORDS and context.replacements.get(t.i) in (None, t.text) for t in tokens):
        return None
    text = context.render(tokens)[0].strip()
    first = tokens[0]
    # "Thus, the ego's job": the opener dropped, "the" was capitalised in the statement
    # "Xylem is ...": a common noun the tagger took for a name because it opens the sentence
    # (the paragraph writes it in lower case elsewhere)
    common = first.pos_ != "PROPN" or (
        first.i == context.sent.start and len(tokens) == 1 and first.text[1:].islower()
        and any(t.text == first.lower_ for t in first.doc)
    )
    if common and context.replacements.get(first.i, first.text).lower() == first.lower_ and not first.text.isupper():
        text = text[:1].lower() + text[1:]
    return text or None


def _agrees(subject: Token) -> bool:
    """True when the subject's number fits its verb's, and no "all" or "both" on the
    verb says it is several things."""
    verb = subject.head
    if subject.dep_ != "nsubj" or verb.tag_ not in ("VBZ", "VBP"):
        return True
    if any(c.lower_ in FLOATING_QUANTIFIERS for c in verb.children):
        return False
    plural = subject.tag_ in ("NNS", "NNPS")
    return plural == (verb.tag_ == "VBP") or subject.pos_ == "PRON"


def _bound(context: SentenceContext, head: Token, *, owned: bool = False) -> bool:
    """True when a common-noun subject names one thing: "the liver", "the ego's",
    "municipal governments", not "parents", "a cell" or "these glands". The owner of
    "the function of ..." may be a bare noun or a kind ("of insulin", "of a knife"):
    "the function" already names one thing."""
    if head.i in context.replacements and context.replacements[head.i] not in ("", head.text):
        return True
    determiner = next((c for c in head.children if c.dep_ in ("det", "poss")), None)
    if owned and (determiner is None or determiner.lower_ in ("a", "an")):
        return True
    if (
        determiner is not None and determiner.lower_ == "the" and head.lower_ in ANAPHORIC_OWNERS
        and not any(c.dep_ in ("amod", "compound", "prep", "nmod", "acl", "relcl") for c in head.children)
    ):
        return False  # "the purpose of the concept": which concept, the sentence before said
    if determiner is not None:
        if determiner.lower_ in UNBOUND_DETERMINERS or determiner.lower_ in POINTING_WORDS:
            return context.replacements.get(determiner.i, determiner.text) != determiner.text
        return True
    return any(c.dep_ in ("amod", "compound") for c in head.children)


def _object_of(preposition: Token) -> Span | None:
    """What follows the preposition, trimmed; None when too short or long to recall."""
    doc = preposition.doc
    if preposition.right_edge.i <= preposition.i:
        return None
    return _trimmed(doc[preposition.i + 1 : preposition.right_edge.i + 1])


def _trimmed(span: Span) -> Span | None:
    """The answer without a closing aside (", much like a post office"); None when too
    short or long to recall, or it holds an aside in brackets."""
    aside = next(
        (
            t.i for t in span
            if t.i > span.start and t.doc[t.i - 1].text == "," and _opens_aside(t)
        ),
        None,
    )
    if aside is not None:
        span = span.doc[span.start : aside - 1]
    answer = trim_punct(span)
    while answer and answer[-1].dep_ == "cc":
        answer = trim_punct(answer[:-1])  # "capture food and [may be ornamented]": the next verb's "and"
    if not answer or not ANSWER_TOKENS[0] <= len(answer) <= ANSWER_TOKENS[1]:
        return None
    if answer.root.lower_ in VAGUE_ANSWER_HEADS:
        return None  # "a range of phenomena including ...": no one thing to recall
    brackets = [t for t in answer if t.text in "()[]"]
    if brackets and not _acronyms_only(answer):
        return None  # an aside ("(see Figure 2)") the student would have to reproduce
    text = answer.text
    if text.count("“") != text.count("”") or text.count('"') % 2:
        return None  # a quotation cut in two
    return answer


def _acronyms_only(span: Span) -> bool:
    """True when every bracket of the span holds one acronym only ("officer (CEO)")."""
    doc = span.doc
    opened = [t.i for t in span if t.text in "(["]
    closed = [t.i for t in span if t.text in ")]"]
    if len(opened) != len(closed):
        return False
    return all(c == o + 2 and doc[o + 1].text.isupper() for o, c in zip(opened, closed, strict=True))


def _full_name(subject: Token) -> str | None:
    """ "the board" named in full by an earlier sentence of the paragraph ("The board of
    directors ..."): the nearest "the board of ..." before; None when there is none."""
    doc = subject.doc
    for token in reversed(doc[: subject.sent.start]):
        if token.lemma_.lower() != subject.lemma_.lower() or token.pos_ != "NOUN":
            continue
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
            continue
        of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        if of is None or not of.right_edge.i - of.i <= 3 or any(t.is_punct for t in of.subtree):
            continue
        return "the " + doc[token.i : of.right_edge.i + 1].text
    return None


def _previous_subject(previous: Span, number: str) -> str | None:
    """The subject of the sentence before, as the question names it ("the board of
    directors"), when it is one thing of the number the possessive needs."""
    root = previous.root
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ == "PRON" or subject.lower_ in VAGUE_HEADS:
        return None
    plural = subject.tag_ in ("NNS", "NNPS")
    if plural != (number == "plural"):
        return None
    if subject.pos_ != "PROPN":
        determiner = next((c for c in subject.children if c.dep_ == "det"), None)
        if determiner is None or determiner.lower_ != "the":
            return None
    if any(c.dep_ == "conj" for c in subject.children):
        return None  # "The liver and the pancreas": which one "Its" means is unsure
    asides = {
        t.i for c in subject.children if c.dep_ in ("acl", "relcl", "appos", "punct") for t in c.subtree
    }
    tokens = [t for t in subject.subtree if t.i not in asides and not inside_brackets(t)]
    if not SUBJECT_TOKENS[0] <= len(tokens) <= SUBJECT_TOKENS[1] or any(t.is_punct for t in tokens):
        return None
    if any(t.lower_ in POINTING_WORDS or t.ent_type_ == "PERSON" for t in tokens):
        return None
    if len(tokens) == 2 and subject.lower_ in ANAPHORIC_OWNERS:
        return _full_name(subject)  # "The board also sets goals ...": which board, an earlier sentence says
    text = " ".join(t.text for t in tokens)
    return text if tokens[0].pos_ == "PROPN" else text[:1].lower() + text[1:]
