"""What a teacher would strike before a question reaches a student: word lists and
patterns only; quizgen/questions/worth.py applies them.

Each table names a class of defect that blind reviews of chapters nobody tuned the
rules on kept finding (a trivial target, a missing referent, leftover headings),
never one sentence.
"""

from __future__ import annotations

import re

#: Words that make a question lean on what the student cannot see: the sentence
#: before ("thus", "another"), the page ("above", "shown here") or the author ("we").
LEANING_WORDS: re.Pattern[str] = re.compile(
    r"\b(?:thus|hence|therefore|consequently|accordingly|moreover|furthermore|likewise|similarly"
    r"|nevertheless|nonetheless|meanwhile|instead|also(?! known| called| referred| termed)|again"
    # "all the other ... combined" names its own other side: every one but the one named
    r"|as well|(?<!one )another|(?<!\ball )the other|all the other(?!(?:\s+[\w-]+){1,4}\s+combined\b)"
    r"|the latter|the former|above|below|shown here|seen here|pictured"
    # "X, in turn, is ...", "UNDP added a further measure": after what? (round 15)
    r"|in turn|a further"
    # "In actuality, ...", "Who actually suggested ...?": against what the student never saw (round 18)
    r"|^who actually|in actuality"
    r"|the following|as follows|this|these|those|such(?! as)|here|aforementioned|discussed earlier"
    r"|mentioned earlier|described earlier|noted earlier|as discussed|as noted|as mentioned|previously"
    r"|them|the reference|the source|the author|the authors|however"
    # the author turning to the reader: "..., and remember that logic and truth are distinct"
    r"|remember that|note that|keep in mind"
    # "the same principles", "similar large impacts", "the first dimension": alike or
    # next to what the question never says
    r"|(?<!have )(?<!has )(?<!had )(?<!share )(?<!shares )(?<!shared )the same(?![^,.;?]*\bas\b)|similar(?!\s+to\b)|the (?:first|second|third|fourth|fifth|final|last)(?: (?:major|main|key|basic|primary|important|core))? (?:stage|phase|step)s?(?!\s+of\b)"
    # a stage of a process has its place by nature ("the first stage of mitosis"); an
    # element, factor or type has the place the author's list gave it (round 16)
    r"|the (?:first|second|third|fourth|fifth|final|last)(?: (?:major|main|key|basic|primary|important|core))? (?:dimension|type|kind|category|component|factor|level|element|part|principle|function)s?"
    # "the first of the four elements": a place in a list the question never gives (round 16)
    r"|the (?:first|second|third|fourth|fifth|sixth|final|last) of the (?:two|three|four|five|six|seven|eight|nine|ten|\d+)\b)\b",
    re.IGNORECASE,
)
#: The author or the reader in the question: "me", "we", "your".
PERSONS_OF_SPEECH: re.Pattern[str] = re.compile(r"\b(?:[Ww]e|us|[Oo]urs?|[Yy]ou|[Yy]ours?|[Mm]y|me)\b")

#: A sentence opening that points back: "In response, ...", "Still, ...".
LEANING_OPENERS: re.Pattern[str] = re.compile(
    r"^(?:however|but|and|so|yet|still|then|later|afterward|afterwards|in response|in return"
    r"|in turn|in addition|in contrast(?=,)|by contrast(?=,)|on the other hand|as a result|for this reason"
    r"|because of this|from there|at that time|at the same time|by then|by that time|otherwise"
    r"|at first|eventually|finally|ultimately|in fact|indeed|in short|overall|as such"
    r"|for example|for instance|in this case|in that case|in other words|that is|lastly|next|first|second"
    r"|third|additionally|besides|similarly|likewise|conversely|instead|again|like\s+[A-Z][\w’'\-]*,"
    r"|recall(?:\s+from|\s+that)|as we (?:saw|have seen|learned|discussed)|in reaction"
    # the answer to a question the text asked before: "Yes, a single microwave photon ..."
    r"|yes(?=,)|no(?=,)|of course"
    # the author's aside: "Obviously, why do Google and its managers need ...?" (round 15)
    r"|obviously|clearly(?=,)|naturally(?=,)|needless to say|not surprisingly|unsurprisingly|actually(?=,)|in actuality)",
    re.IGNORECASE,
)

#: Pronouns that need a person or thing named before them in the question.
PERSON_PRONOUNS: re.Pattern[str] = re.compile(r"\b(?:he|she|him|his|her|hers)\b", re.IGNORECASE)
#: Pronouns as the subject of the question: "They argued ...", "Its members ...".
SUBJECT_PRONOUNS: re.Pattern[str] = re.compile(r"^(?:[^,]{0,30},\s*)?(?:they|them|their|it|its)\b", re.IGNORECASE)

#: A definite noun that names one particular thing the question never introduces:
#: "the strike", "the amendment", "the study" (a kind, "the cell membrane", is general).
PARTICULAR_NOUNS: frozenset[str] = frozenset(
    """strike amendment excerpt passage study studies experiment experiments survey researcher
    researchers author authors speech letter document report article book novel film poem
    case ruling verdict decision meeting conference summit incident event crisis war battle
    campaign election administration president company organization group team city town
    country region program plan policy bill law act treaty agreement deal project speaker
    participants respondents subjects sample figure table map chart graph photo image video
    interview quote quotation story example scenario situation experimenter professor argument
    increase decrease change rise decline drop growth trend difference result results outcome
    finding findings effect person man woman child girl boy student students victim patient
    couple family researcher's scale curve instrument dimension survivors accident crash attack
    lawsuit dispute insight""".split()
)

#: A gloss that judges instead of defining: "a powerful tool", "a fairly complex
#: process", "a great resource", "one of the most important ...".
EVALUATIVE_GLOSS: re.Pattern[str] = re.compile(
    r"^(?:(?:a|an|the|one of the|some of the)\s+)?(?:(?:very|fairly|quite|extremely|particularly|highly|rather"
    r"|most|more|really|especially|incredibly|increasingly|truly|so)\s+)*"
    r"(?:great|powerful|useful|important|essential|complex|complicated|common|good|bad|interesting"
    r"|valuable|significant|key|major|crucial|vital|excellent|popular|difficult|hard|easy|simple"
    r"|helpful|effective|fascinating|remarkable|unique|special|central|critical|serious|widespread"
    r"|frequent|famous|well-known|controversial|big|huge|best|worst|better|worse|typical|classic"
    r"|prime|perfect|ideal|strong|weak|main|primary|chief|leading|notable|dominant|growing"
    r"|unfortunate|tragic|dangerous|powerful|successful|prominent|influential|poor|rich"
    # "a clever use of naturally occurring radioactivity", "a fragile process": a remark on the thing
    r"|clever|fragile|brilliant|elegant|ingenious|neat|beautiful|delicate|amazing|wonderful|striking"
    r"|marvelous|marvellous|handy|convenient|fundamental|basic"
    # "a sophisticated word processing application": a product praised, not a term defined
    r"|sophisticated|versatile|robust|cutting-edge|state-of-the-art"
    # "a broad set of entities and activities", "a confusing term with more than one
    # meaning", "the culprit in most business failures": a remark on the thing, or a
    # claim about it, where its meaning should be (round 15)
    r"|broad|confusing|culprit|secret|hallmark|cornerstone|backbone|linchpin|bane|missing"
    # a metaphor: "the dynamo of innovation in one's economy" (round 16)
    r"|dynamo|engine|lifeblood|heartbeat|motor|driving force|spark|powerhouse|bedrock"
    # "effective business writing: a highly valued skill", "the essence of strategy",
    # "a high-profile industry that generates enormous revenue" (round 18)
    r"|valued|prized|desirable|sought-after|high-profile|essence|dynamic)\b"
    # "arguably the most fundamental function of the nervous system": an opinion
    r"|^(?:arguably|perhaps|probably|possibly)\b"
    # "tools that are especially useful in modern physics": why it is worth having, not what it is
    r"|^(?:(?:a|an|the)\s+)?[\w\-]+\s+(?:that|which)\s+(?:is|are)\s+(?:\w+ly\s+)?(?:useful|important|helpful|valuable"
    r"|essential|vital|crucial|necessary)\b",
    re.IGNORECASE,
)

#: A gloss that points at the page or at its own place in the text: "the following
#: example illustrates", "a further iteration of the concept", "the first of the four
#: elements" (round 16).
GLOSS_POINTS_AT_TEXT: re.Pattern[str] = re.compile(
    r"\b(?:the following|as follows|in this case|in that case|a further|shown above|shown below)\b"
    # "a role that nonresearcher participants in the trade also played": as well as whom? (round 18)
    r"|\balso\s+(?!known\b|called\b|referred\b|termed\b)[a-z]+ed\b"
    r"|\bthe (?:first|second|third|fourth|fifth|sixth|final|last) of the (?:two|three|four|five|six|seven|eight|nine|ten|\d+)\b",
    re.IGNORECASE,
)
#: A sentence that sets up one case of what the chapter said before: "In this case,
#: isoquants are straight lines ..." defines nothing in general (round 16).
SPECIAL_CASE_OPENER: re.Pattern[str] = re.compile(
    r"^(?:in (?:this|that|such|these|those|each|either) (?:case|cases|example|situation|instance)|here)\s*,", re.IGNORECASE
)

#: A sentence that states its authors' opinion: "Signal integration is arguably the
#: most fundamental function of the nervous system" (review r4: other answers are as
#: defensible).
OPINION: re.Pattern[str] = re.compile(
    r"\barguably\b|\bin\s+(?:my|our)\s+(?:opinion|view)\b|\b(?:I|we)\s+(?:think|believe|feel)\b"
    # "Geography is a much broader field than many people realize" (round 13)
    r"|\bthan\s+(?:many|most)\s+(?:people\s+)?(?:realize|realise|think|believe|assume|expect|imagine)\b",
    re.IGNORECASE
)

#: Prefixes that build a term from a word its gloss uses: "subgenre: category within a
#: genre" (review r4: the card can be read off the word itself).
WORD_PREFIXES: tuple[str, ...] = (
    "sub", "super", "inter", "intra", "micro", "macro", "multi", "non", "pre", "post", "over", "under", "counter",
    "co", "anti", "hyper", "hypo", "semi", "trans", "mini", "mega", "proto", "pseudo", "re", "un",
)
#: A gloss with this many content words or fewer says nothing beyond the word it builds on.
BUILT_GLOSS_WORDS: int = 3

#: A gloss that names no more than a vague kind: "a process", "an area of research".
VAGUE_HEADS: frozenset[str] = frozenset(
    """tool resource subject topic way thing things part example issue aspect factor area
    concept idea term word source place matter case kind type form sort means approach
    question problem piece element feature one""".split()
)
#: Nouns that never head a term: "A good example is the elbow joint" names no term.
TERMLESS_HEADS: frozenset[str] = frozenset("example examples instance illustration way ways thing things one ones aspect".split())

#: Words after which a vague head is narrowed down enough to define something.
NARROWING: frozenset[str] = frozenset("of that which who whom whose in by for where when used to with from whereby".split())

#: A clause inside a gloss that the parser cut across ("the independent variable and
#: the crime rate is the dependent variable"): a finite copula not introduced by a
#: relative word.
LOOSE_COPULA: re.Pattern[str] = re.compile(r"\b(?:is|are|was|were)\s+(?:the|a|an)\b")
RELATIVE_WORDS: frozenset[str] = frozenset("that which who whom whose where when whereby if whether because while".split())

#: Heading text glued to the sentence: "Milgram Experiment:, psychologist ..." or a
#: title-cased fragment ended by a period ("The Scientific Method. Six steps ...").
GLUED_HEADING: re.Pattern[str] = re.compile(
    r":\s*,|^(?:[A-Z][\w’'\-]*\s+){0,6}[A-Z][\w’'\-]*:\s|^(?:(?:[A-Z][\w’'\-]*|of|and|the|in|on|for)\s+){1,6}[A-Z][\w’'\-]*\.\s"
)

#: A year is worth asking when the sentence names the event it dates: an act, a war,
#: a treaty, a court case (a capitalised name ending in one of these), not when a
#: researcher "had a theory" in 1971.
NAMED_EVENT_HEADS: frozenset[str] = frozenset(
    """Act Acts Treaty War Wars Revolution Amendment Amendments Declaration Constitution Convention
    Agreement Accord Accords Compromise Crisis Depression Plan Doctrine Deal Program Programme
    Bill Pact Charter Proclamation Code Law Battle Rebellion Uprising Riot Massacre Strike Movement
    Reformation Renaissance Expedition Mission Protocol Resolution Trial Affair Scandal Tariff
    Embargo Blockade Purchase Settlement Independence Statute Ordinance Edict Armistice Truce
    Ceasefire Siege Invasion Offensive Raid""".split()
)
#: "v." between names: a court case ("Brown v. Board of Education").
COURT_CASE: re.Pattern[str] = re.compile(r"\b[A-Z][\w.'’-]*\s+v\.?\s+[A-Z]")

#: Passive verbs that still ask for a person: "Who was elected ...?"
PERSON_PASSIVES: frozenset[str] = frozenset(
    """elected appointed named chosen born crowned inaugurated assassinated nominated sworn
    executed exiled impeached awarded succeeded defeated""".split()
)

#: A lead-in before an early colon ("Philip Zimbardo and the Stanford prison
#: experiment: In 1971, ..."): a box title or run-in heading, not the statement.
EARLY_COLON: re.Pattern[str] = re.compile(r"^(?:\S+\s+){0,9}\S+:\s+[A-Z]")

#: What removing a figure or table reference leaves behind: "As shows, ...", "()".
REMOVED_REFERENCE: re.Pattern[str] = re.compile(
    r"\b[Aa]s\s+(?:the\s+\w+\s+)?(?:shows|illustrates|indicates|demonstrates|depicts|summarizes|lists)\b|\(\s*\)|\(\s*[,;]|\bsee\s*[,.;)]"
    r"|\b(?:in|see|of|shows?)\s+[,.;]|\((?:[a-z](?:,\s*\w+)?)\)"
)

#: A letter standing for a variable ("Why does X have property S?"): an abstract
#: schema, not a fact a student can learn.
PLACEHOLDER_LETTER: re.Pattern[str] = re.compile(r"(?<![\w.])(?!A\b|I\b)[A-Z](?![\w.’'\-])")

#: What a person is asked about: what they thought, made, founded or decided, not
#: where they campaigned ("Who visited Arizona?").
CONTRIBUTION_VERBS: frozenset[str] = frozenset(
    """argue argued argues believe believed believes hold held holds develop developed develops
    found founded founds propose proposed proposes write wrote writes written publish published
    publishes coin coined coins introduce introduced introduces discover discovered discovers
    invent invented invents establish established establishes lead led leads create created
    creates formulate formulated formulates theorize theorized theorizes define defined defines
    describe described describes claim claimed claims maintain maintained maintains contend
    contended contends suggest suggested suggests show showed shows demonstrate demonstrated
    demonstrates observe observed observes identify identified identifies pioneer pioneered
    pioneers sign signed signs veto vetoed vetoes issue issued issues declare declared declares
    proclaim proclaimed proclaims design designed designs build built builds conduct conducted
    conducts study studied studies reason reasoned reasons famously term termed terms call called
    calls name named names conceive conceived conceives advocate advocated advocates reject
    rejected rejects criticize criticized criticizes challenge challenged challenges coauthor
    coauthored devise devised devises construct constructed constructs explain explained explains
    predict predicted predicts measure measured measures calculate calculated calculates""".split()
)

#: Definition rules whose facts are found but never asked: in blind reviews across
#: books they gave wrong or dangling keys ("One method is known as predatory
#: pricing, in which ..."; "fixed interval: an interval in which the reward is not
#: quantity based"; "classical conditioning: the learning process now").
UNASKED_RULES: dict[str, str] = {
    "definition.in_which": "1 of 12 items acceptable (anthropology, economics, psychology)",
    "definition.known_as_modifier": "0 of 4 items acceptable (psychology)",
    # "its foundation—that is, how it supports claims": an everyday word glossed in passing
    "definition.that_is": "1 of 4 items acceptable (philosophy, political science)",
    # "Why do studies ... focus on ...? due to their potential exposure": the reason's
    # subject is cut from it
    "cause.due_to": "0 of 2 items acceptable (anthropology, economics)",
    # "Since 2001, the average daily trading volume for T-bills has exceeded $75 billion":
    # a dated sum is a statistic to look up, not an idea to learn
    # "What is Congress responsible for?": a body has many duties; one sentence names one
    "function.responsible": "0 of 4 items acceptable (pharmacology, business law)",
    "quantity.money": "1 of 19 items acceptable (economics, marketing, management, business, finance, workplace software)",
}

#: A one-word term at least this frequent in everyday English (wordfreq's Zipf
#: scale: "friend" 5.4, "challenge" 4.9, "models" 4.7; "radiation" 4.3, "osmosis"
#: 2.5) is an everyday word: where the book marks no key terms, a "definition" of it
#: is an example or a remark ("friend: the fearsome bear on the trail"). Reviews:
#: 24 of 54 such cards acceptable at 4 and above, 68 of 89 below; none fell between
#: 4.0 and 4.2, where names that open a sentence sit ("Mercury" 4.02).
COMMON_WORD_ZIPF: float = 4.1

#: Where the book marks no key terms, a "term" of this many words or more is a
#: phrase the parser cut, not a term ("early European explorers", "obvious example
#: of this", "healing specialists in an ethnomedical system"). Reviews: 3 of 16.
LONG_TERM_WORDS: int = 4

#: A gloss that names a website, a blog or a group's offshoot: a resource listing,
#: not a concept ("Somatosphere: an online forum for debate ...").
RESOURCE_GLOSS: re.Pattern[str] = re.compile(
    r"^(?:a|an|the)\s+(?:[\w\-]+\s+){0,3}(?:weblog|blog|website|web site|forum|podcast|newsletter|magazine"
    r"|offshoot|think tank)\b",
    re.IGNORECASE,
)

#: Units that make a bare number a measurement ("about 400 litres", "60 Earth
#: radii"), where any other noun makes it a count ("16 factors", "100 LCUs", "over 17
#: documentary films"), and reviews found no count worth asking (0 of 5).
MEASURE_UNITS: frozenset[str] = frozenset(
    """litre litres liter liters millilitres milliliters gallon gallons metre metres meter meters
    kilometre kilometres kilometer kilometers km centimetres centimeters millimetres millimeters
    nanometres nanometers micrometres micrometers mile miles foot feet inch inches yard yards
    gram grams kilogram kilograms kg milligrams tonne tonnes ton tons pound pounds ounce ounces
    degree degrees kelvin calorie calories kilocalories joule joules watt watts volt volts
    hertz newton newtons pascal pascals bar bars atmosphere atmospheres
    second seconds minute minutes hour hours day days week weeks month months year years
    decade decades century centuries millennia radii radius diameters light-years parsecs
    AU beats breaths chromosomes bones teeth""".split()
)

#: A person is asked about only when the chapter keeps returning to them: at least
#: this many mentions of the surname, fewer in a short text (one per
#: :data:`WORDS_PER_MENTION` words, never under two). Reviews: 25 of 30 acceptable at
#: four mentions or more; 4 of 11 below (cited ethnographers, vignette characters).
PERSON_MENTIONS: int = 4
WORDS_PER_MENTION: int = 1500

#: A body with a name of its own. Its founding year alone is not asked: reviews of
#: unseen books struck every one ("the German State Library was founded in 1661", "the
#: AuSSI was launched in 2005"; rounds 13 and 14), where an act that set it up is kept.
NAMED_BODY: re.Pattern[str] = re.compile(
    r"\b(?:[A-Z][\w’'\-]*\s+)+(?:Commission|League|Union|Organization|Organisation|Association|Society|Party"
    r"|Company|Bank|University|College|Institute|Academy|Agency|Bureau|Federation|Alliance|Church|Order)\b"
    r"|\b[A-Z]{3,}\b(?=\s+was\s+(?:founded|established|set up|formed|created|chartered))"
)

#: A thing with a name of its own that was made, opened or passed, in the passive:
#: "the Aswan High Dam was completed", "Sputnik ... was launched". The name is what the
#: year belongs to; "Texas passed a strict law" or "Herschel discovered infrared" name
#: only the actor, and reviews found those years trivia.
NAMED_THING_MADE: re.Pattern[str] = re.compile(
    r"(?P<thing>(?:^|\b)[^.;:]{0,80}?)\b(?:was|were)\s+(?:first\s+|officially\s+|finally\s+)?"
    r"(?:completed|launched|built|opened|signed|ratified|enacted|passed|adopted|published|inaugurated"
    r"|dedicated|unveiled|erected|consecrated|crowned|abolished|repealed)\b"
)

#: A blank after "like A or", "such as A and": one example of several, any of which
#: would do.
EXAMPLE_LIST_BEFORE: re.Pattern[str] = re.compile(
    r"\b(?:like|such as|including|for example|for instance|e\.g\.)\s[^.;:]*(?:\bor|\band|,)\s+(?:the\s+)?$"
)

#: A clause a wh-question for a year carries on from the sentence (", which culminated
#: in ...", ", before passage of ..."): the year may be that clause's, not the question's.
TRAILING_CLAUSE: re.Pattern[str] = re.compile(r",\s*(?:which|before|after|when|while|until|since)\b")

#: An act, treaty or case is a landmark when the chapter names it at least this often.
EVENT_MENTIONS: int = 2

#: A gloss the parser cut short: on a comparison ("a high-energy molecule, like ATP")
#: or on a participle that wants its complement ("a subordinate group being forced").
CUT_GLOSS: re.Pattern[str] = re.compile(
    r",\s+(?:like|unlike|such as|as|similar to)\s+[\w\- ]{1,30}$|\b(?:a|an|the|some)\s+[\w\- ]{1,40}(?<!\bof)\s+being\s+[a-z]+ed$"
    # a gloss that stops on a word that needs one after it: "ideas that are true in
    # many" (", but not all situations" was cut; review r4)
    r"|\s(?:in|of|to|for|with|by|from|than|as|and|or|the|a|an|many|most|some|several|few|each|every|both|its|their)$"
    r"|(?<!\bat)\sall$"
)

#: "Why is X significant?": a judgement has many reasons, the sentence gives one.
EVALUATIVE_WHY: re.Pattern[str] = re.compile(
    r"^Why (?:is|are|was|were) .+ (?:significant|important|useful|valuable|vital|crucial|essential|necessary|relevant|interesting)\?$"
)

#: A word just before a defined term that shows the term was cut from a longer
#: phrase, or points at one thing the sentence already has in view: a demonstrative
#: ("That sticker, a representation ..."), a number ("three elements"), a name's
#: possessive ("Addison’s disease" cut to "disease"), or an adjective the phrase
#: needs ("the conditioned response" cut to "response", "creeping categorization").
TERM_CUT_BEFORE: re.Pattern[str] = re.compile(
    r"(?:\b(?:this|that|these|those|such|one|two|three|four|five|six|several)"
    r"|\b(?-i:[A-Z])[\w\-]*[’']s"
    r"|\b(?!(?:called|termed|named|labell?ed|dubbed|defined|described|considered|known|used|produced|referred|regarded"
    r"|seen|viewed|treated|classified|identified|recognized|recognised)\b)[a-z][a-z\-]+(?:ed|ing|ic|al|ous|ive|ary))\s+$",
    re.IGNORECASE,
)

#: A sum below this is a price from a worked example ("bus tickets cost 50 cents"),
#: not a figure of an economy, a budget or a trade ("$20bn"). Reviews: 0 of 6 such
#: prices were worth asking, in two books.
SMALL_SUM: float = 1e6

#: A figure that describes one study's design or one scholar's output: "In one study,
#: 112 participants ...", "over 17 documentary films", "more than 100 field notebooks".
STUDY_DETAIL: re.Pattern[str] = re.compile(
    r"\b(?:(?:one|a|this|that|another|their|his|her) (?:study|survey|experiment|sample)|participants|respondents"
    r"|subjects were|volunteers|documentar(?:y|ies)|notebooks|interviews|field ?work)\b",
    re.IGNORECASE,
)

#: An event held, in the passive ("talks were held in Moscow", "a convention was held"):
#: not "have held office" or "states that held their primaries", which hold no event.
HELD_EVENT: re.Pattern[str] = re.compile(r"\b(?:was|were|had been|has been|have been)\s+held\s+(?:in|at|on)\b")

#: Words that make a sentence holding a bold term the place where it is defined:
#: the copula, naming verbs, or punctuation that sets a gloss beside the term.
DEFINING_CUE: re.Pattern[str] = re.compile(
    r"\b(?:is|are|was|were|refers? to|referred to|called|known as|termed|means?|meaning|defined as"
    r"|describes?|described as|consists? of|occurs? when|denotes?|said to be|involves?|includes?"
    r"|represents?|describe[sd]?|name[sd]? for|stands? for)\b"
)

#: A gloss that only names a broader kind or the whole it is part of: "a type of
#: fallacy", "a form of energy", "a region of the hypothalamus", "a branch of science"
#: (every region, every science fits it; review r5). A word before the head sets one
#: apart and stays: "the outer layer of the skin".
BARE_KIND: re.Pattern[str] = re.compile(
    r"^(?:a|an|one|the)\s+(?:type|kind|form|sort|part|example|variety|class|category|member|subset|region|area|portion"
    r"|section|branch|division|zone|segment|piece|component|layer|field|aspect|element)\s+of\s+(?:[\w\-]+\s*){1,2}$",
    re.IGNORECASE,
)

#: A gloss that opens on a hedge of degree: "a test statistic is just a z-score ...",
#: "is simply the ratio ...": the authors simplify for the moment, and the reviewers
#: read the rest as a clipped leftover (review r5), not as what the term means.
HEDGED_GLOSS: re.Pattern[str] = re.compile(
    r"^(?:just|simply|merely|only|basically|essentially|effectively|really|nothing\s+more\s+than|little\s+more\s+than)\b",
    re.IGNORECASE,
)
#: A gloss that starts on a participle: a clause cut from its subject ("secreted into
#: the colloid by the follicle cells"), not a noun phrase naming a kind.
PARTICIPLE_START: re.Pattern[str] = re.compile(r"^(?!(?:need|seed|speed|feed|bed|red|shed|when)\b)[a-z]+(?:ed|en)\b")
#: A number that is part of a name or a label: "factor 23", "type 2", "Article 3".
LABEL_BEFORE_NUMBER: re.Pattern[str] = re.compile(
    r"(?:\b[A-Z][\w\-]*|\b(?:type|factor|number|no|chapter|article|section|figure|table|class|grade|level"
    r"|phase|stage|step|title|amendment|version|model|route|highway|box|item|unit|lesson|part|volume|page))\s*$"
)
#: A wh-question the transformation garbled: "What percentage of X and did one analyst ...?"
GARBLED_WH: re.Pattern[str] = re.compile(
    r"\band\s+(?:did|does|do|is|was|were|has|have|had)\s+\w+\b.*\?$"
    r"|\b[Hh]ow\s+(?:many|much)\s+(?:its|their|his|her|our|the|a|an)\b"
    r"|^How many\b.*\b(?:do|does|did)\b.*\bof\s+[\w\-]+(?:\s+[\w\-]+)?\?$"
    r"|^What is [A-Z]{2,}s\?$"
    # a fronted phrase whose subject was the answer: "By uncovering the real meaning of
    # dreams ..., who believed that ...?" (round 14)
    r"|^(?i:(?:(?:by|after|before|while|through|upon|on|without|since)\s+)?"
    r"(?!(?:during|according|including|following|regarding|concerning|notwithstanding|beginning|morning|evening"
    r"|spring|nothing|something|everything|anything)\b)[a-z]+ing\b[^?]*,\s+(?:who|what)\b)"
    # "How many feet is Mt. Everest the tallest peak ...?": a measure asked as a count (round 13)
    r"|^How many\s+(?:feet|metres|meters|miles|kilometres|kilometers|degrees|meridians?|years|percent)\s+(?:is|are|was|were|does|do|did)\b"
)
#: A year that only dates the baseline a figure is compared with: "$20 billion, up
#: from $9.5 billion in 2005".
BASELINE_YEAR: re.Pattern[str] = re.compile(
    r"\b(?:up|down|rising|falling|increased|decreased|grew|fell)?\s*(?:from|against|compared with|compared to)\s+"
    r"\S+(?:\s+\S+){0,3}\s+in\s+$",
    re.IGNORECASE,
)
#: Quantifiers before a blank: "Some _____ are organizations ..." has many answers.
QUANTIFIER_BEFORE: re.Pattern[str] = re.compile(r"\b(?:some|many|most|several|few|other|all|various|certain)\s+$", re.IGNORECASE)

#: A gloss that points back at what was just described: "the opposite motion", "the
#: reverse process", "the same structure".
RELATIVE_GLOSS: re.Pattern[str] = re.compile(
    r"^(?:the|a|an)?\s*(?:opposite|reverse|same|converse|inverse|latter|former|other|second|third|next)\b",
    re.IGNORECASE,
)

#: A gloss that describes one group or thing instead of defining a kind: "the only
#: nonimmigrant people in the United States", "an institutional condition, not a
#: personal one", or one cut off in the middle ("in direct contact with one").
DESCRIBING_GLOSS: re.Pattern[str] = re.compile(
    r"^(?:the|an?)\s+only\b|,\s*not\s+(?:a|an|the)\b|\b(?:with|of|to)\s+one$"
    r"|,\s*(?:and|but)\s+(?:its|their|his|her|it|they|he|she|such|these|this|those)\b"
    # "an “individual who starts a new business,” and that’s true as far as it goes":
    # the author's comment on the definition (round 15)
    r"|,[”\"]?\s*(?:and|but)\s+that(?:[’']s|\s+is|\s+was)\b"
    r"|,\s*[\w’'\-]+$",
    re.IGNORECASE,
)
#: Names of peoples and groups, asked "What is African Americans?": described, never defined.
GROUP_NAME: re.Pattern[str] = re.compile(r"^[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*\s+(?:peoples?|Americans|Europeans|Africans|Asians)$|^[A-Z][a-z]+s$|^(?:White|Black|Brown|Indigenous|Native)$")

#: What a gloss says that is not what the thing is, whatever its subject (blind
#: review r3): only when it arose ("a school of thought that arose during the first
#: part of the 20th century"); one property counted to a bound ("large bone cells
#: with up to 50 nuclei"); what it feeds into ("a mechanism contributing to
#: neurogenic inflammation"); a change against the past ("a marked change from
#: several decades ago"); a comparison with what the sentence had before ("a
#: stronger endorsement of the viewpoint").
NOT_WHAT_IT_IS: re.Pattern[str] = re.compile(
    # "a quantitative approach that has two important characteristics": features
    # counted, never named (round 18)
    r"\b(?:has|have|with|involves?|includes?)\s+(?:two|three|four|five|six|several|many|some)\s+(?:[\w\-]+\s+)?"
    r"(?:characteristics|features|components|parts|elements|steps|aspects|dimensions|stages|properties)$"
    # "a division of J.D. Power and Associates", "a wholly owned subsidiary of Tata": who owns it
    r"|^(?:a|an|the)\s+(?:wholly[\s\-]owned\s+)?(?:subsidiary|division|unit|affiliate|arm|parent company)\s+of\b"
    # "an array of speaking occasions ranging from introductions to toasts": examples, not a meaning
    r"|^(?:an?|the)\s+(?:[\w\-]+\s+)?(?:array|range|variety|host|series|number|mix|assortment)\s+of\s+(?:[\w\-]+\s+){1,4}ranging\s+from\b"
    # "a dynamic activity that is hard to describe": the gloss gives up
    r"|\b(?:hard|difficult|impossible)\s+to\s+(?:describe|define|pin down)\b"
    r"|^(?:a|an|the)\s+(?:[\w\-]+\s+){0,4}(?:that|which|who)\s+(?:first\s+)?(?:arose|emerged|originated|appeared"
    r"|began|developed|started|came\s+(?:about|into\s+being)|was\s+(?:founded|born|developed|introduced))"
    r"\s+(?:in|during|around|at|after|before|by|from|over)(?:\s+(?!(?:and|but|to|that|which|who|where|as)\b)[\w\-’']+){1,8}$"
    r"|^(?:a|an|the)?\s*(?:[\w\-]+\s+){0,4}with\s+(?:up\s+to|as\s+many\s+as|more\s+than|over|at\s+least|nearly|almost)"
    r"\s+\d[\d,.]*\s+[\w\-]+$"
    r"|^(?:a|an|the)\s+(?:[\w\-]+\s+){0,2}(?:contributing\s+to|(?:that|which)\s+contributes?\s+to|involved\s+in"
    r"|(?:that|which)\s+plays?\s+a\s+(?:role|part)\s+in|playing\s+a\s+(?:role|part)\s+in)\b"
    r"|^(?:a|an|the)\s+(?:[\w\-]+\s+){0,2}(?:change|shift|departure|break|turn)\s+(?:from|since)\b.*"
    r"\b(?:ago|earlier|before|previously|in\s+the\s+past)$"
    # "pion: a previously unknown particle": when it was found, not what it is
    r"|^(?:a|an)\s+(?:previously|hitherto|newly|recently)\s+(?:unknown|discovered|found|identified|described)\s+[\w\-]+$"
    # "scientific theory: the foundation of scientific knowledge": what it does for a field
    r"|^(?:the|a|an)\s+(?:[\w\-]+\s+)?(?:foundation|basis|cornerstone|backbone|bedrock)\s+(?:of|for)\b",
    re.IGNORECASE,
)
#: A gloss that leans on what the sentence had in view: "independent variables: the
#: cause of the change" (which change?), "optimal level: the peak of the curve",
#: "the transport of any other molecule" (other than which?).
DANGLING_GLOSS: re.Pattern[str] = re.compile(
    r"^(?:the|a|an)\s+[\w\-]+\s+of\s+the\s+(?:[\w\-]+\s+)?(?:" + "|".join(sorted(PARTICULAR_NOUNS)) + r")$"
    r"|^(?:the|a|an)\s+[\w\-]+\s+of\s+(?:any|the)\s+other\b(?!\s+than\b)",
    re.IGNORECASE,
)

#: A short gloss headed by a comparison with what the sentence had before: "group
#: consensus: a stronger endorsement of the viewpoint". A long one ("a stronger type of
#: prejudice and discrimination used to justify ...") goes on to define.
COMPARATIVE_GLOSS: re.Pattern[str] = re.compile(
    r"^(?:a|an|the)\s+(?:stronger|weaker|better|worse|bigger|larger|smaller|greater|more|less|fewer)\b", re.IGNORECASE
)
COMPARATIVE_GLOSS_WORDS: int = 7

#: A gloss that says no more than the term's own words: at most this many content
#: words of its own beside a word of the term ("dipole moment: the magnitude of the
#: dipole").
OWN_WORDS_BESIDE_TERM: int = 1
#: The heads of such a gloss: a measure or an act of the term's own thing ("the
#: magnitude of the dipole", "the denial of a statement"); "the well-being of the
#: public" for public interest says what the interest is.
MEASURE_HEADS: frozenset[str] = frozenset(
    """magnitude size amount degree extent value measure number level strength rate quantity act
    process denial length width height""".split()
)

#: Kinds so broad that a short gloss headed by one fits many terms, when all that
#: follows is a vague use or a place: "Which term means: a muscular tube that serves
#: several purposes?" takes the esophagus as well as the vagina; "a thin strip of
#: tissue within the cochlea" fits more than one strip. Such a term is asked forward
#: only ("What is meant by ...?"), and not blanked in its sentence. A head with a
#: differentia of its own ("a thin connective tissue sac filled with lubricating
#: liquid") points at one term and is asked both ways.
GENERIC_GLOSS_HEADS: frozenset[str] = frozenset(
    """tube strip layer sheet band cord sac pouch structure structures tissue tissues cell cells molecule
    molecules substance substances material organ organs region area zone portion part membrane opening
    space cavity body bodies process mechanism system device tool thing object group collection set
    series network chain mass fluid compound chemical protein proteins particle particles bone bones
    muscle muscles gland glands vessel vessels nerve nerves""".split()
)
GENERIC_GLOSS: re.Pattern[str] = re.compile(
    r"^(?:a|an)\s+(?:(?!of\b)[\w\-]+\s+){0,2}(?:" + "|".join(sorted(GENERIC_GLOSS_HEADS)) + r")\s+"
    r"(?:(?:that|which)\s+(?:serves?|has|have|performs?|plays?|fulfil+s?)\s+(?:several|many|various|multiple|numerous"
    r"|different|a\s+number\s+of|a\s+variety\s+of)\s+(?:purposes|functions|roles|jobs|uses)"
    r"|(?:of\s+(?:[\w\-]+\s+)?[\w\-]+\s+)?(?:within|in|inside|on|at|near|along|around|between|of)\s+the\s+(?:[\w\-]+\s+)?[\w\-]+)$",
    re.IGNORECASE,
)
