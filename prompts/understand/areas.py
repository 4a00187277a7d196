"""The researcher's areas as the object of a question: 'which fields could she review
submissions in?', 'what broad areas does their record cover?', 'what does he actually
research?', 'a short bio of her research', 'what skills would she bring?'. The words around
the object (reviewing, a record, a newsletter) name no subject; a subject said with the
object ('areas of NLP', 'her RL work', 'papers on video') keeps the question a topic
question."""

from __future__ import annotations

import itertools
import re

from prompts.understand.cues import specific
from prompts.understand.terms import STOPWORDS

# The nouns that name a researcher's areas, and the kinds of work sent her way
AREA_NOUNS = (
    r"(?:fields?|areas?|disciplines?|domains?|subjects?|topics?|subfields?|specialt(?:y|ies)"
    r"|specialisms?|specialities|sectors?|industr(?:y|ies|ys)|markets|(?:kinds?|sorts?|types?)"
    r"\s+of\s+(?:papers?|submissions?|manuscripts?|work|research|problems?|questions?"
    r"|articles?|projects?|businesses|business|companies|firms|industries|organi[sz]ations"
    r"|sectors|customers|users))"
)
# Words that may stand between the question word and the noun without naming a subject
AREA_MODIFIERS = (
    r"(?:broad|broader|main|general|research|subject|academic|scientific|key|core|major|big"
    r"|overall|wider|larger|high-level|principal|primary|application|real-world)"
)
# 'which fields ...', 'wich broad research areas ...', 'in what disciplines ...', or the noun
# opening the question: 'areas to assign them as reviewer?'
# (not a label: 'which subject category', 'what field label')
LABEL = r"(?!\s+(?:areas?\s+|fields?\s+)?(?:categor(?:y|ies)|labels?|tags?|codes?|names?)\b)"
AREAS_OBJECT = re.compile(
    rf"\b(?:which|what|wich|wat|whch|whcih)\s+(?:{AREA_MODIFIERS}\s+){{0,3}}{AREA_NOUNS}\b"
    rf"{LABEL}|^\W*(?:{AREA_MODIFIERS}\s+){{0,2}}{AREA_NOUNS}\s+(?:to|for|she|he|they|would"
    r"|could|can|should)\b",
    re.IGNORECASE,
)
# What she is good at: 'what skills ...', 'which strengths', 'her core expertise'
STRENGTHS = r"(?:strengths?|skills?|skill\s*sets?|expertise|specialties|specialities)"
# A description of the researcher's work: 'a short bio of her research', 'a blurb about this
# researcher's work', 'describe his research simply'
PROFILE_NOUNS = (
    r"(?:bio(?:graphy)?|blurb|intro(?:duction)?|summary|description|sketch|portrait|profile"
    r"|overview|picture|explanation|paragraph|para)"
)
WORK = r"(?:research|work|record|publications|output|papers)"
# Where the work is put to use: 'where does Qiu's work get applied?', 'what is her research
# used for?', 'who uses his work?'
APPLIED = r"(?:applied|used|deployed|put\s+to\s+(?:use|work)|useful)"
# The techniques her papers keep using: 'which learning techniques keep appearing in her
# papers?', 'the recurring ideas', 'methods she uses again and again', 'her go-to tricks'
TECHNIQUES = r"(?:techniques?|methods?|approaches|ideas|tricks|tools|toolbox|recipes?|ingredients)"
RECURRING = (
    r"(?:recurr?\w*|keep\w*\s+(?:appearing|showing\s+up|coming\s+(?:up|back)|turning\s+up"
    r"|using|returning|reappearing)|again\s+and\s+again|over\s+and\s+over|time\s+and\s+again"
    r"|paper\s+after\s+paper|repeatedly|most\s+often|come\s+up\s+(?:most|again|often)"
    r"|show\s+up\s+(?:most|again|often|across)|go-to|favou?rite)"
)
# What may qualify the techniques without naming a subject: 'learning techniques', 'ML ideas'
TECHNIQUE_KINDS = frozenset(
    """learning machine ml modelling modeling training research technical main key core
    big same common usual favourite favorite go-to recurring""".split()  # noqa: SIM905
)


def _objects(owner: str) -> re.Pattern[str]:
    """The shapes whose object is the researcher's research, the owner said as she is."""
    names = [re.escape(w) for w in owner.split()] + [re.escape(owner)]
    named = "|".join(sorted(names, key=len, reverse=True))
    who = rf"(?:she|he|they|this\s+(?:researcher|person|author|scientist)|{named})"
    whose = (
        rf"(?:her|his|their|(?:this|the)\s+(?:researcher|person|author|scientist)['’]s"
        rf"|(?:{named})(?:['’]s?)?)"
    )
    return re.compile(
        # 'what does he actually research?', 'what does qiu do, simple version': the clause
        # closed after its verb
        rf"\bwhat\s+(?:does|do|did)\s+{who}\s+(?:actually\s+|really\s+|mainly\s+"
        r"|mostly\s+|generally\s+)?(?:research|study|work\s+on|do\s+research\s+on)"
        r"\s*(?=[?.!,;)]|$|--|-\s)"
        rf"|\bwhat\s+(?:does|do)\s+{who}\s+(?:actually\s+|really\s+)?do\s*(?=[?.!,;)]|$|--|-\s)"
        # said inside a request: '3 bullets on what qiu works on?', 'what could she review?'
        rf"|\bwhat\s+{who}\s+(?:mainly\s+|mostly\s+|actually\s+|really\s+)?(?:works?\s+on"
        r"|researche?s|stud(?:y|ies))\s*(?=[?.!,;)]|$|--|-\s)"
        rf"|\bwhat\s+(?:could|can|would|should|might)\s+{who}\s+(?:peer[- ])?review\b"
        rf"|\b{PROFILE_NOUNS}\s+(?:of|about|on|for)\s+{whose}\s+{WORK}\b"
        rf"|\b(?:explain|describe|summari[sz]e|sum\s+up|introduce|sketch|outline)\s+(?:{whose}"
        rf"\s+(?:publication\s+|research\s+)?{WORK}|the\s+{WORK}\s+of\s+{who})\b"
        rf"|\b(?:what|which)\s+(?:[\w-]+\s+){{0,2}}?{STRENGTHS}\b"
        rf"|\b{whose}\s+(?:core\s+|main\s+|key\s+|biggest\s+)?{STRENGTHS}\b"
        # where it is used: 'where does qiu's work get applied', 'what is her research used for'
        rf"|\bwhere\s+(?:does|do|did|is|are|was|were|has|have|can|could|would)\s+{whose}\s+"
        rf"{WORK}\s+(?:get\s+|got\s+|been\s+|being\s+|be\s+)?{APPLIED}\b"
        rf"|\bwhat\s+(?:is|are|was|were)\s+{whose}\s+{WORK}\s+(?:actually\s+|really\s+)?"
        rf"{APPLIED}\s+(?:for|in|to)\b"
        rf"|\b(?:which|what|who)\b[^?.!;:]*\b(?:use|uses|apply|applies|benefit\w*\s+from)\s+"
        rf"{whose}\s+{WORK}\b"
        # the techniques it keeps using: 'which learning techniques keep appearing'
        rf"|\b(?:which|what|wat|wich)\s+(?:[\w-]+\s+){{0,2}}?{TECHNIQUES}\b[^?.!;:]*\b{RECURRING}"
        rf"|\b(?:recurr\w*|repeated|go-to|favou?rite|signature)\s+(?:[\w-]+\s+)?{TECHNIQUES}\b",
        re.IGNORECASE,
    )


# A subject said with the object: 'areas of NLP', 'papers on video', 'related to retrieval'
ATTACHING = frozenset(
    """of in on about within around regarding concerning involving involve involves like
    including""".split()  # noqa: SIM905
)
ARTICLES = frozenset("the a an her his their its this these those such as related".split())  # noqa: SIM905
# 'related to retrieval', 'relevant to vision', 'aimed at shopping platforms', 'geared towards
# medicine'
TO_AFTER = frozenset(
    """related relating relevant close closer applied aimed aiming targeted directed geared
    oriented tailored""".split()  # noqa: SIM905
)
TOWARD = frozenset("to at towards toward".split())  # noqa: SIM905
# 'her papers that report deployment', 'the work which uses radar': a subject the clause's verb
# takes
RELATIVE = frozenset("that which".split())  # noqa: SIM905
# a word of research in general that may qualify the subject after it ('on real-world signals')
QUALIFIERS = frozenset(
    """real-world practical applied industrial main key core major broad recent early earlier
    later latest newest current""".split()  # noqa: SIM905
)
# who does what to the papers ('I don't read papers', 'to read papers'): the word before the
# papers is then a verb, no subject ('her reading papers' keeps 'reading')
DOER = frozenset("i we you they don't dont do not never to can't cannot won't".split())  # noqa: SIM905
# ... or before the work it qualifies: 'her RL work', 'their vision papers'
WORK_NOUNS = frozenset(
    "work works papers paper research publications output studies areas area fields field".split()  # noqa: SIM905
)
# Words naming the record as a whole ('based on the publication record'), the kinds of work
# sent to a reviewer ('kinds of manuscripts'), those the work serves ('kinds of businesses'), or
# how the papers are (not) wanted ('no
# individual papers'): no subject
FRAME_WORDS = frozenset(
    """record records publication publications profile listing portfolio track manuscript
    manuscripts submission submissions article articles individual single separate particular
    specific whole entire full complete actual projects project businesses business companies
    review reviewing referee refereeing
    firms industries industry industrys sectors sector organisations organizations customers
    users markets""".split()  # noqa: SIM905
)
# the question words as typed ('wich fields'), no subject
QUESTION_WORDS = frozenset("which what wich wat whch whcih".split())  # noqa: SIM905
WORD = re.compile(r"[\w'’-]+")


def areas_object(question: str, owner: str) -> bool:
    """Is the question's object the researcher's areas (or the research itself), with no
    subject of its own said with it? The question's other words ('well enough', 'record',
    'newsletter') are then its frame, not a subject."""
    if not (AREAS_OBJECT.search(question) or _objects(owner).search(question)):
        return False
    # any subject said keeps the topic, however the topic was spelled or read
    return not _subjects(question) - {w.casefold() for w in owner.split()}


def _subjects(question: str) -> set[str]:
    """The words said as a subject: the run of subject words after 'of', 'on', 'about' ...
    ('areas of natural language processing'), or just before the work ('her RL work')."""
    words = [w.casefold() for w in WORD.findall(question)]
    said: set[str] = set()
    for i, word in enumerate(words):
        before = words[i - 1] if i > 0 else ""
        clause = word in RELATIVE and before in WORK_NOUNS and i + 2 < len(words)
        if word in ATTACHING or (word in TOWARD and before in TO_AFTER) or clause:
            said |= _run(words[i + 2 :] if clause else words[i + 1 :])
        # (not the verb: 'would I likely work on')
        verb = word.startswith("work") and words[i + 1 : i + 2] in (["on"], ["in"], ["with"])
        # 'I don't read papers' (its negation may come cut: "'t read papers")
        done = i > 1 and (words[i - 2] in DOER or words[i - 2].endswith(("'t", "’t")))
        if word in WORK_NOUNS and i > 0 and _subject(words[i - 1]) and not (verb or done):
            said.add(words[i - 1])
        # 'which RL techniques keep appearing', 'reinforcement learning methods': a subject
        # ('learning techniques', 'ML ideas': none)
        if re.fullmatch(TECHNIQUES, word):
            before = list(itertools.takewhile(_subject, reversed(words[max(i - 2, 0) : i])))
            said |= {w for w in before if w not in TECHNIQUE_KINDS}
    return said


def _run(words: list[str]) -> set[str]:
    """The subject words a phrase opens with, past its articles and one word of research in
    general before a subject ('on real-world signals', 'report real-world deployment')."""
    while words and words[0] in ARTICLES:
        words = words[1:]
    if len(words) > 1 and words[0] in QUALIFIERS and _subject(words[1]):
        words = words[1:]
    return set(itertools.takewhile(_subject, words))


def _subject(word: str) -> bool:
    """Can the word be part of a subject? (not 'her', 'qiu's', 'record' or 'research')"""
    possessive = re.search(r"['’]s?$", word) is not None
    said = word not in FRAME_WORDS | STOPWORDS | QUESTION_WORDS
    return said and specific(word) and not possessive
