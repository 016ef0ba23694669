"""Key terms: the words a chapter's authors set in bold where they define them.

A textbook marks what it teaches; quizgen reads those marks (``Paragraph.emphasis``)
and asks about what they mark first. A chapter without marks (plain text) has no
key terms here, and its definitions are judged by the patterns alone.

>>> sorted(key_terms(document))                      # doctest: +SKIP
['active transport', 'osmosis', 'passive transport']
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from quizgen.facts.base import Origin, clause_anchor, make_fact, strip_determiners
from quizgen.facts.context import SentenceContext
from quizgen.identity import normalise
from quizgen.models import Document, Fact
from quizgen.rules.defining_forms import (
    BOLD_ONLY_FORMS,
    CLAUSE_GLOSS_FORMS,
    DETECTION_ONLY_FORMS,
    LINE_FORMS,
    MARK_IS_TERM_FORMS,
    MARKED_FORMS,
)
from quizgen.rules.definitions import (
    BETWEEN_PARTICIPLES,
    BOLD_DETECTED_FORMS,
    DESCRIBING_PARTICIPLES,
    DESCRIBING_VERBS,
    RESPONSIBLE_ADJECTIVES,
    SETTING_PREPOSITIONS,
)
from quizgen.rules.worth import DEFINING_CUE

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from quizgen.facts.detect import DefiningMatch

_BRACKETED = re.compile(r"^(.*?)\s*\(([^)]*)\)\s*$")

#: Fewer marked terms than this, and the marks are emphasis, not a key-term list.
MARKED_CHAPTER = 5


def canonical_term(text: str) -> str:
    """A term's comparable form: normalised words, a plural -s and an article dropped.

    >>> canonical_term("The Receptors")
    'receptor'
    """
    words = normalise(text).split()
    if words and words[0] in ("a", "an", "the"):
        words = words[1:]
    return " ".join(w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w for w in words)


#: A pointer to a figure the text no longer shows: "()" left where a link was
#: dropped, "(see c)", "(see Figure 3.4)".
FIGURE_POINTER = re.compile(r"\s*\((?:see\s+(?:[a-h](?:,\s*[a-h])*|fig(?:ure)?\.?\s*[\w.\-]+))?\)", re.IGNORECASE)


def without_figure_pointers(fact: Fact) -> Fact:
    """The fact with its sentence cleared of pointers to figures ("... the radius
    (see a).", "... the cell's DNA ()."), which a question cannot show; the source
    keeps the sentence as printed.

    >>> without_figure_pointers(fact).sentence          # doctest: +SKIP
    'A pivot joint lets one bone rotate within a ring formed by another.'
    """
    sentence, start, end = fact.sentence, fact.answer_start, fact.answer_end
    for match in reversed(list(FIGURE_POINTER.finditer(sentence))):
        if match.start() < end and start < match.end():
            return fact  # inside the answer: leave it as it is
        width = match.end() - match.start()
        sentence = sentence[: match.start()] + sentence[match.end() :]
        if match.end() <= start:
            start, end = start - width, end - width
    if sentence == fact.sentence:
        return fact
    return replace(fact, sentence=sentence, answer_start=start, answer_end=end)


def key_terms(document: Document) -> frozenset[str]:
    """The canonical forms of the phrases the chapter sets in bold and the terms of
    its own glossary, or none when it marks fewer than :data:`MARKED_CHAPTER`."""
    found: set[str] = set()
    for paragraph in document.paragraphs:
        for start, end in getattr(paragraph, "emphasis", ()):
            marked = paragraph.text[start:end]
            # "Shanghai Cooperation Organisation (SCO)" marks the name and its acronym
            bracketed = _BRACKETED.match(marked)
            for part in (marked, *(bracketed.groups() if bracketed else ())):
                phrase = canonical_term(part)
                if phrase and len(phrase.split()) <= 6:
                    found.add(phrase)
    glossary = {canonical_term(entry.term) for entry in getattr(document, "glossary", ())}
    return frozenset(found | glossary) if glossary or len(found) >= MARKED_CHAPTER else frozenset()


def key_term_sources(document: Document) -> dict[str, str]:
    """Where each key term comes from, by canonical form: ``"glossary"`` (the
    chapter's own glossary) or ``"bold"`` (set in bold in the text).

    >>> key_term_sources(document)["osmosis"]           # doctest: +SKIP
    'bold'
    """
    terms = key_terms(document)
    sources = {term: "bold" for term in terms}
    for entry in getattr(document, "glossary", ()):
        sources[canonical_term(entry.term)] = "glossary"
    return {term: where for term, where in sources.items() if term in terms}


def marked_in(sent: Span, marks: Sequence[tuple[int, int]]) -> Iterator[Span]:
    """The bold phrases (paragraph character offsets) that lie inside the sentence, as spans."""
    for start, end in marks:
        if sent.start_char <= start and end <= sent.end_char:
            span = sent.doc.char_span(start, end, alignment_mode="expand")
            if span is not None and span.text.strip():
                yield span


def names_person(span: Span) -> bool:
    """True when the span holds a person's name: a word the parser tags PERSON that
    is written as a name ("Walter Mischel"), not an abbreviation or a common noun
    it mistook for one ("RNA polymerase", "trypsin").

    >>> names_person(nlp("RNA polymerase adds nucleotides.")[0:2])     # doctest: +SKIP
    False
    """
    return any(t.ent_type_ == "PERSON" and t.is_alpha and t.text[:1].isupper() and not t.text.isupper() for t in span)


#: Verbs whose subject a sentence defines ("X refers to ...", "X occurs when ...").
DEFINING_VERBS = frozenset({"refer", "mean", "describe", "denote", "occur", "consist", "represent"})
#: Verbs that give a name to what the sentence describes ("... is called X").
NAMING_VERBS = frozenset({"call", "know", "term", "name", "refer", "say", "define", "label", "dub", "classify"})
_ACRONYM_TAIL = re.compile(r"\s*\([A-Za-z0-9\-+]{1,8}\)$")


def _in_long_list(token: Token) -> bool:
    """True for a member of a list of three or more ("A, B, and C"); a pair ("flexion
    and extension") names its other member, which leaves one answer."""
    first = token
    while first.dep_ == "conj":
        first = first.head
    members = [first, *(t for t in first.subtree if t.dep_ == "conj")]
    return len(members) >= 3


def defining_position(span: Span) -> bool:
    """True when the sentence is built to define the span: its subject before a
    copula with a complement, the name a naming verb gives, a gloss set off right
    after it, or the subject of "refers to", "means", "occurs when".

    >>> defining_position(nlp("Osmosis is the diffusion of water.")[0:1])     # doctest: +SKIP
    True
    >>> defining_position(nlp("Cilia are found on many cells.")[0:1])        # doctest: +SKIP
    False
    """
    head = span.root
    verb = head.head
    if _in_long_list(head):
        return False  # one of a list: "the Clean Air Act, the Highway Safety Act, and ..."
    if head.dep_ in ("amod", "compound") and len(span) == 1 and head.head.i > head.i:
        return _kind_defined(head)
    if head.dep_ == "conj" and head.head.dep_ in ("nsubj", "nsubjpass"):
        head = head.head  # "Flexion and extension are movements ...": the pair's subject role
        verb = head.head
    following = span.doc[span.end + 1] if span.end + 1 < len(span.doc) else None
    if following is not None and (following.like_num or following.pos_ == "NUM"):
        return False  # "(1965)": a year beside the term, not a gloss
    if head.dep_ in ("nsubj", "nsubjpass", "csubj") and verb.lemma_ == "be" and head.dep_ != "nsubjpass":
        # a noun says what the term is; an adjective only judges it ("fundraising is vital")
        return any(c.dep_ == "attr" for c in verb.children)
    if head.dep_ == "nsubj" and verb.lemma_ in DEFINING_VERBS:
        return True
    if head.dep_ in ("oprd", "attr", "pobj", "dobj", "xcomp", "acomp"):
        chain = [verb, verb.head, verb.head.head]
        if any(t.lemma_ in NAMING_VERBS for t in chain):
            return True
    after = span.doc[span.end] if span.end < len(span.doc) else None
    if after is not None and after.text in (",", "(", "—", "–") and any(c.dep_ == "appos" for c in head.children):
        return True
    return after is not None and after.text in ("(", "—", "–") and span.end + 1 < len(span.doc) and span.doc[span.end + 1].pos_ in ("DET", "NOUN", "ADJ")


def _kind_defined(adjective: Token) -> bool:
    """"A **pluripotent** stem cell is one that has the potential to ...": a bold word
    that makes a kind of thing, where the sentence says what any thing of that kind is
    (its subject "a/an ... N", a noun or "one" after "is", and a clause that sets it apart)."""
    noun = adjective.head
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.lemma_ != "be" or verb.dep_ != "ROOT" or verb.tag_ not in _PRESENT:
        return False
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children) or adjective.i < noun.left_edge.i:
        return False
    if any(c.dep_ == "neg" or c.dep_ == "advmod" for c in verb.children):
        return False
    genus = next((c for c in verb.children if c.dep_ == "attr" and c.i > verb.i), None)
    if genus is None or not (genus.lower_ == "one" or genus.pos_ == "NOUN" and genus.lemma_.lower() not in _NOT_DESCRIBING):
        return False
    # a clause that says what it does ("one that can become any type of tissue"), not where
    # it is seen ("a common sight under the microscope")
    return any(c.i > genus.i and c.dep_ in ("relcl", "acl") for c in genus.children)


_PRESENT = frozenset({"VBZ", "VBP"})
_NAME_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP", "WORK_OF_ART", "LAW", "EVENT", "FAC", "LOC"})


def _present(verb: Token) -> bool:
    """The verb says what holds now: "divides", "are located", "can serve"."""
    return verb.tag_ in _PRESENT or any(a.dep_ in ("aux", "auxpass") and (a.tag_ in _PRESENT or a.tag_ == "MD") for a in verb.children)


#: Words by which a subject judges rather than sets apart ("the most important set of
#: rules"), where "the greatest range of motion" measures.
_JUDGING = frozenset({"important", "significant", "influential", "famous", "notable", "interesting", "best", "worst"})
#: Heads of a subject that do not say what the term after "is" is ("The reason is ...").
_NOT_DESCRIBING = frozenset({"example", "result", "reason", "problem", "question", "answer", "case", "one", "thing", "point"})


def _names_at_the_end(span: Span) -> bool:
    """"The joint with the greatest range of motion is the **ball-and-socket joint**.":
    a subject that sets the term apart (a definite noun with words after it that
    narrow it) and the bold term as the sentence's last words, after "is"."""
    head = span.root
    verb = head.head
    sent = span.sent
    rest = [t for t in span.doc[span.end : sent.end] if not t.is_punct]
    if rest and not (rest[0].text.isupper() and len(rest) == 1):
        return False  # the term ends the sentence, or only its short form follows: "(VAP)"
    if head.dep_ != "attr" or verb.lemma_ != "be" or verb.dep_ != "ROOT" or not _present(verb):
        return False
    if any(c.dep_ == "neg" for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subject is None or subject.pos_ != "NOUN" or subject.lemma_.lower() in _NOT_DESCRIBING:
        return False
    if any(c.dep_ == "advmod" for c in verb.children) or any(t.lower_ in _JUDGING for t in subject.subtree):
        return False  # "Perhaps the most important set of rules ... is its constitution": a view
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children) or subject.left_edge.i != sent.start:
        return False
    return any(c.i > subject.i and c.dep_ in ("prep", "acl", "relcl") for c in subject.children)


def described_position(span: Span) -> str:
    """How a sentence that does not define a bold key term still pins it down as a
    blank: ``"named"`` by a subject that sets it apart ("The joint with the greatest
    range of motion is the ball-and-socket joint"), ``"subject"`` of a present-tense verb that says what it does or holds
    ("Cytokinesis divides the cytoplasm into two cells"), ``"relative"`` before a
    clause set off by a comma that says so ("..., the amendatory veto, which allows
    governors to ..."), ``"setting"`` of the main clause ("Under dual federalism, the
    states ..."); "" for none.

    >>> described_position(nlp("Cytokinesis divides the cytoplasm into two cells.")[0:1])  # doctest: +SKIP
    'subject'
    """
    head = span.root
    doc = span.doc
    sent = span.sent
    if head.pos_ not in ("NOUN", "PROPN") or head.dep_ == "conj" or any(c.dep_ == "conj" for c in head.children):
        return ""  # "flexion and extension": the blank would give its partner away, or take it too
    if _in_long_list(head):
        return ""
    verb = head.head
    # "Foot further argues", "The Constitution contains": a name, not a term (one
    # that opens the sentence is capitalised for that alone: "Karyokinesis splits ...")
    named = len(span) == 1 and head.pos_ == "PROPN" and (not head.is_sent_start or head.ent_type_ in _NAME_TYPES)
    if head.dep_ == "nsubj" and verb.dep_ == "ROOT" and verb.lemma_ in DESCRIBING_VERBS and _present(verb) and not named:
        return "subject"
    if head.dep_ == "nsubj" and verb.dep_ == "ROOT" and verb.lemma_ == "be" and _present(verb) and not named and any(
        c.dep_ == "acomp" and c.lower_ in RESPONSIBLE_ADJECTIVES for c in verb.children
    ):
        return "subject"  # "The Golgi apparatus is responsible for sorting, modifying, and shipping ..."
    if head.dep_ == "nsubjpass" and verb.dep_ == "ROOT" and _present(verb) and not named and (
        verb.lemma_ in DESCRIBING_PARTICIPLES
        or verb.lemma_ in BETWEEN_PARTICIPLES and any(c.lower_ == "between" for c in verb.children)
    ):
        return "subject"
    if _names_at_the_end(span):
        return "named"
    after = doc[span.end] if span.end < sent.end else None
    relative = next((c for c in head.rights if c.dep_ == "relcl"), None)
    # "All-issue publics, which are active on all issues.": a list item with no main verb
    if after is not None and after.text == "," and relative is not None and relative.left_edge.i == span.end + 1 and not (
        head.dep_ == "ROOT" and span.start - sent.start <= 1
    ):
        if relative.left_edge.lower_ in ("which", "who") and _present(relative):
            return "relative"
    phrase_end = max(t.i for t in head.subtree) + 1
    if (
        head.dep_ == "pobj" and verb.lower_ in SETTING_PREPOSITIONS and verb.i == sent.start
        and verb.head == sent.root and _present(sent.root)
        and phrase_end == span.end and phrase_end < sent.end and doc[phrase_end].text == ","
    ):
        return "setting"
    return ""


def extract_key_terms(
    context: SentenceContext, origin: Origin, marks: Sequence[tuple[int, int]]
) -> Iterator[Fact]:
    """A ``term`` fact for each key term set in bold where its sentence defines it:
    the sentence is the question, the term its blank ("Two solutions that have the
    same concentration of solutes are said to be _____." -> isotonic).

    A term merely mentioned in bold ("Cilia are found on many cells") is not asked:
    the blank would have many right answers. A bracketed acronym after the term
    ("transfer RNA (tRNA)") is left out of the answer.
    """
    sent = context.sent
    text = sent.text
    cued = bool(DEFINING_CUE.search(text)) or any(p in text for p in (", or ", "—", " ("))
    for span in marked_in(sent, marks):
        tail = _ACRONYM_TAIL.search(span.text)
        if tail is not None:
            trimmed = sent.doc.char_span(span.start_char, span.start_char + tail.start(), alignment_mode="contract")
            span = trimmed if trimmed is not None and len(trimmed) else span
        if len(span) > 6 or text.count(span.text) != 1:
            continue
        if names_person(span):
            continue  # a scholar in bold ("Walter Mischel was a student of ..."): asked as a person, if at all
        if cued and defining_position(span):
            rule = "term.bold"
        else:
            position = described_position(span)
            if not position:
                continue
            rule = f"term.bold_{position}"
        fact = make_fact(
            context, origin, kind="term", rule=rule, answer=span, label="TERM",
            identity=(span.text, *clause_anchor(sent, span)), term=span.text,
        )
        if fact is not None:
            yield without_figure_pointers(fact)


#: Words that open a gloss saying when or where a term holds.
_CLAUSE_OPENERS = ("when", "whenever", "where")


def sound_gloss(term: Span, gloss: Span, *, headed: bool = False) -> bool:
    """False for a detected gloss that cannot be the term's meaning: one cut inside a
    quotation ("“happiness” or “human flourishing"), a clause with its own subject
    ("the food has been digested"; but "how well a study measures what it set out
    to measure" says what the term is), a list of names ("the iliofemoral ligament,
    pubofemoral ligament, and ischiofemoral ligament"), a plural for a singular term
    ("numerous short bands ..., each of which is called a periodontal ligament"), or
    one far from the term it names before it ("The gap between the bones may be
    narrow, ... filled in by a broad sheet ... called an interosseous membrane")."""
    text = gloss.text
    if text.count("“") != text.count("”") or text.count('"') % 2:
        return False
    root = gloss.root
    asks = gloss[0].tag_ in ("WRB", "WP") and gloss[0].lower_ in ("how", "what", "whether", *_CLAUSE_OPENERS)
    # ``headed``: the form read the gloss's head noun from its words, where the parse went astray
    if root.pos_ in ("VERB", "AUX") and not asks and not headed and any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ not in ("WDT", "WP") and c.lower_ not in ("that", "which", "who") for c in root.children):
        return False  # but "... that occurs between individuals": a relative clause the parser made the head
    if sum(1 for t in root.subtree if t.dep_ == "conj" and (t.head == root or t.head.dep_ == "conj")) >= 2:
        return False
    if root.tag_ == "NNS" and not asks and term.root.tag_ == "NN" and root.lemma_.lower() not in ("individual", "person", "people") and not any(t.lower_ in ("kind", "type", "form", "class") for t in gloss):
        return False
    if gloss.end <= term.start:
        # the naming cue right before the term ("is sometimes referred to as") is no
        # distance; words of the subject left out of the gloss are ("... between 0.01
        # nanometer | and 10 nanometers is referred to as", "... of the family | are met
        # is called"): the gloss was cut inside its phrase
        between = [t for t in gloss.doc[gloss.end : term.start] if not t.is_punct]
        while between and between[-1].lower_ in _NAMING_CUE_WORDS:
            between.pop()
        if len(between) > 1:
            return False
    return True


#: The words of a naming cue between a gloss and the term it names ("... is often
#: referred to as **vigilance**").
_NAMING_CUE_WORDS = frozenset(
    "is are was were be been being can may also often sometimes commonly usually generally collectively "
    "simply called termed known referred defined to as dubbed named a an the its their his her".split()
)


def _marked_part(term: Span, marks: Sequence[tuple[int, int]]) -> Span:
    """The bold words that end a detected term, where the form took in words around
    them ("low levels of **efficacy**, which refers to ..." names "efficacy"), or the
    bold words around a term it cut short ("a **bill of attainder**, a legislative
    action ..." names "bill of attainder", not "attainder")."""
    for start, end in marks:
        tail = _ACRONYM_TAIL.search(term.doc.text[start:end])
        if tail is not None:
            end = start + tail.start()  # "**political action committees (PACs)**": the name, not its short form
        while end > start and term.doc.text[end - 1] in ":;,.":
            end -= 1  # "**Tone:**": the colon set in bold with the term
        within = term.start_char < start and end == term.end_char
        around = start <= term.start_char and term.end_char <= end and (start, end) != (term.start_char, term.end_char)
        if within or around and term.sent.start_char <= start and end <= term.sent.end_char:
            marked = term.doc.char_span(start, end, alignment_mode="expand")
            if marked is not None and len(marked):
                return marked
    return term


def _cut_after_a_verb(definition: str, gloss: Span) -> bool:
    """True when the shared cuts stopped the gloss right after a verb of its own
    clause: "individuals who work for firms ... and are often hired" (cut before
    "because of their resources"), a predicate left without what completes it."""
    words = definition.split()
    if not words or len(definition) >= len(gloss.text.strip()):
        return False
    last = next((t for t in reversed(gloss) if t.text == words[-1] and t.idx - gloss.start_char < len(definition) + 1), None)
    return last is not None and last.pos_ in ("VERB", "AUX")


def _cut_mid_phrase(definition: str, gloss: Span) -> bool:
    """True when the shared cuts stopped the gloss inside a phrase or a clause that goes
    on: before its own verb ("amount left over after the needs of the family" | "are
    met") or inside a pair ("wavelengths between 0.01 nanometer" | "and 10 nanometers")."""
    words = definition.split()
    if not words or len(definition) >= len(gloss.text.strip()):
        return False
    last = next((t for t in reversed(gloss) if t.text == words[-1] and t.idx - gloss.start_char < len(definition) + 1), None)
    if last is None or last.i + 1 >= gloss.end:
        return False
    following = gloss.doc[last.i + 1]
    return following.pos_ in ("VERB", "AUX") or following.lower_ in ("and", "or") and not following.is_punct and (
        following.i + 1 < gloss.end and gloss.doc[following.i + 1].like_num
    ) or following.pos_ in ("VERB", "AUX")


def extract_detected(
    context: SentenceContext, origin: Origin, previous: Span | None, marks: Sequence[tuple[int, int]]
) -> Iterator[Fact]:
    """Definition facts from the defining forms textbooks share (:mod:`quizgen.facts.detect`):
    the precise ones ("X is a N that ...", "X refers to ...", "X is defined as ...",
    "X occurs when ...") always, the looser ones ("... called X", apposition, "X means
    ...") only where the book sets the term in bold.
    """
    from quizgen.facts.definitions import asked_as, definition_from_spans
    from quizgen.facts.detect import QUIZ_CONFIDENCE, find_definitions
    from quizgen.questions.worth import fact_worth_asking

    doc = context.sent.doc
    for match in find_definitions(context.sent, previous, marks):
        bold = any(start < match.term[1] and match.term[0] < end for start, end in marks)
        if match.gloss_before:
            # a gloss a whole sentence long, before the term: not a card's back, but where
            # the book sets the term in bold, what the sentence says is when the term holds
            named = _named_after(context, origin, match, previous, marks) if bold and previous is not None else None
            if named is not None and fact_worth_asking(named):
                yield named
            continue
        if match.form in BOLD_ONLY_FORMS and not bold:
            continue  # however precise on DEFT, measured on too few sentences to go without the mark
        if bold and match.form in BOLD_DETECTED_FORMS:
            pass  # the book's mark vouches for a form the detector alone is unsure of
        elif match.form in DETECTION_ONLY_FORMS or match.confidence < QUIZ_CONFIDENCE and not (bold and match.form in BOLD_ONLY_FORMS):
            continue
        term = doc.char_span(*match.term, alignment_mode="expand")
        gloss = doc.char_span(*match.gloss, alignment_mode="expand")
        if term is None or gloss is None or not len(term) or not len(gloss):
            continue
        if bold:
            term = _marked_part(term, marks)
        opener = doc[gloss.start - 1] if gloss.start > 0 else None
        clause = bold and match.form in CLAUSE_GLOSS_FORMS and opener is not None and opener.lower_ in _CLAUSE_OPENERS
        if clause:
            gloss = doc[gloss.start - 1 : gloss.end]  # "when an arguer assumes ...": the clause says when
        term = strip_determiners(term)  # "from a trio bond, which is ...": the term, not its article
        if not len(term) or not sound_gloss(term, gloss, headed=match.form in MARKED_FORMS):
            continue
        fact = definition_from_spans(context, origin, match.form, term, gloss, marked=match.form in MARK_IS_TERM_FORMS)
        if fact is None or _cut_after_a_verb(fact.definition, gloss) or _cut_mid_phrase(fact.definition, gloss):
            continue
        if term.end + 1 < len(doc) and doc[term.end].text == "," and doc[term.end + 1].lower_ == "or":
            # "The postabsorptive state, or the fasting state, occurs when ...": either name
            # answers the gloss, so it is asked from the term only
            fact = replace(fact, asking=replace(fact.asking, forward_only=True))
        if fact is not None and match.form in MARKED_FORMS and not fact.attr("leans"):
            # asked as a card only: the sentence around a bold apposition is often a
            # comparison or a list that leans on the text before ("The thickest of the three is ...")
            fact = replace(fact, attrs=tuple(sorted((*fact.attrs, ("leans", "1")))))
        if fact is not None:
            fact = replace(fact, asking=asked_as(fact.asking, fact.definition))
        if fact is not None and match.form in LINE_FORMS:
            # a line of a list of terms ("**Tone:** the writer’s attitude ..."), read as a
            # glossary's entry is: the term and its gloss, never the line as a statement
            fact = replace(fact, asking=replace(fact.asking, no_statement=True))
        if fact is not None and clause and gloss[0].lower_ in ("when", "whenever"):
            fact = replace(fact, asking=replace(fact.asking, when_gloss=True))
        # a gloss the gate refuses ("a type of enzyme") would only keep the term's
        # blank (:func:`extract_key_terms`) from being asked
        if fact is not None and fact_worth_asking(fact := without_figure_pointers(fact)):
            yield fact


#: Words that open a sentence by pointing at the one before it: "However, ...".
_CONNECTIVES = frozenset(
    "however but thus therefore so then instead rather similarly likewise yet still moreover furthermore "
    "conversely otherwise again consequently hence accordingly also and or nor".split()
)
#: Phrases that open a sentence by carrying on from the one before it.
_CONNECTIVE_PHRASES = (
    "in addition", "as a result", "in turn", "in contrast", "by contrast", "on the other hand", "for example",
    "for instance", "at the same time", "in other words", "as such", "in this case", "in these cases", "here,",
    "to do so", "in doing so", "after that", "afterward", "next,", "finally", "first,", "second,", "third,",
)
#: Heads of a pointing subject that name something that happens ("This phenomenon is
#: called X"), so that "What is it called when ...?" asks for it.
_HAPPENING_HEADS = frozenset(
    {"process", "phenomenon", "mechanism", "effect", "situation", "condition", "tendency", "response", "reaction"}
)
#: Words that make a sentence lean on the text before it, or speak to the reader.
_LEANING_WORDS = frozenset(
    "this these those such they them their it its he she his her another other others "
    "you your i my me example examples answer".split()
)
#: Discourse words dropped from the front of a described situation ("In fact, we ...").
_DISCOURSE_OPENERS = ("in fact", "normally", "usually", "typically", "generally", "often", "sometimes", "indeed")
#: Pronouns a described situation may keep as its subject: a general "we", "people".
_GENERAL_SUBJECTS = frozenset({"we", "one"})


def _named_after(
    context: SentenceContext, origin: Origin, match: DefiningMatch, previous: Span, marks: Sequence[tuple[int, int]]
) -> Fact | None:
    """"In some cases, a receptor can produce a response with no agonist bound. This
    phenomenon is referred to as **constitutive activity**.": a bold term named by a
    sentence whose subject points back ("This phenomenon") at a situation the sentence
    before describes in full. Asked as a card, "What is it called when a receptor can
    produce ...?"; None when the sentence before leans on another ("However, these
    ..."), speaks to the reader or is no plain statement of a situation."""

    doc = context.sent.doc
    sent = context.sent
    # "This phenomenon is called ...": a pointer and a head that names something that
    # happens, which "when ..." can say; not "This is called ..." (a structure, a name) nor
    # "This approach to ethics ..." (the sentence before describes an instance, not the kind)
    if len(sent) < 3 or sent[0].lower_ not in ("this", "these") or sent[1].lemma_.lower() not in _HAPPENING_HEADS:
        return None
    if sent[2].dep_ not in ("aux", "auxpass") or sent[1].dep_ not in ("nsubj", "nsubjpass"):
        return None
    words = [t for t in previous if not t.is_space]
    if not 6 <= len(words) <= 35 or words[-1].text != "." or words[0].lower_ in _CONNECTIVES:
        return None
    if previous.text.strip().lower().startswith(_CONNECTIVE_PHRASES):
        return None  # "In addition, increased levels of the drugs ...": it goes on from the text before
    root = previous.root
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if root.pos_ not in ("VERB", "AUX") or subject is None or subject.i < previous.start:
        return None
    if subject.pos_ == "PRON" and subject.lower_ not in _GENERAL_SUBJECTS:
        return None  # "They ...", "It ...": whose, only the text before says
    for token in previous:
        if token.lower_ in _LEANING_WORDS:
            return None
        if token.tag_ in ("VBD",) and token.dep_ == "ROOT":
            return None  # "In 1929, Hubble observed ...": an event, not a situation that holds
    term = doc.char_span(*match.term, alignment_mode="expand")
    if term is None or not len(term):
        return None
    term = strip_determiners(_marked_part(term, marks))
    if not len(term) or names_person(term):
        return None
    text = previous.text.strip().rstrip(".").strip()
    stripped = False
    for opener in _DISCOURSE_OPENERS:
        if text.lower().startswith(opener + ","):
            text, stripped = text[len(opener) + 1 :].strip(), True
    text = re.sub(r"\s+also\b", "", text)  # "we also shift ...": also, beside the sentence before
    if not text:
        return None
    first = next((t for t in previous if text.startswith(t.text)), None)
    if first is None or not (first.pos_ == "PROPN" or len(first.text) > 1 and first.text.isupper()):
        text = text[:1].lower() + text[1:]  # "A receptor ..." -> "when a receptor ..."; not "when DNA ..."
    # "In some cases, a receptor ..." -> "when, in some cases, a receptor ..."
    opening = not stripped and subject.left_edge.i > previous.start and previous.doc[subject.left_edge.i - 1].text == ","
    fact = make_fact(
        context, origin, kind="definition", rule=match.form, answer=term, label="TERM",
        identity=(term.text.lower(),), term=term.text, definition=f"when, {text}" if opening else f"when {text}",
    )
    if fact is None:
        return None
    return replace(
        fact,
        attrs=tuple(sorted((*fact.attrs, ("leans", "1")))),
        asking=replace(fact.asking, when_gloss=True, forward_only=False),
    )
