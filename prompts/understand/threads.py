"""Two overview shapes read from a question's words: the named things of one kind across the
papers ('which companies appear in his papers?', 'what benchmarks recur in her work?'), and
what stayed the same over the years ('which interests persist from the early papers to the
recent ones?')."""

from __future__ import annotations

import re

from prompts.understand.cues import specific
from prompts.understand.terms import YES_NO
from retrieval.entities import KINDS

# The kind asked for, as users write it ('firms', 'data sets', 'nations')
KIND_NOUNS = {
    "companies": r"compan(?:y|ies)|firms?|corporations?|businesses|industry\s+partners?"
    r"|industrial\s+partners?|organi[sz]ations?",
    "datasets": r"data\s*-?sets|corpora",  # 'which dataset ...' is one paper's
    "benchmarks": r"benchmarks|test\s+suites|leaderboards",
    "languages": r"(?:natural\s+|human\s+)?languages",
    "countries": r"countr(?:y|ies)|nations?",
}
assert set(KIND_NOUNS) <= set(KINDS)
# 'which companies', 'what firms (Alibaba, ...)', 'name the benchmarks', 'any datasets that'
KIND_ASKED = re.compile(
    r"\b(?:wh?ich|what|wat|name|list|any|enumerate)\s+(?:(?:of\s+)?(?:the|all|\w+['’]s|his|her"
    r"|their|other|main|real|named|public|recurring|different|specific|particular)\s+){0,2}"
    r"(?P<kind>" + "|".join(f"(?P<{k}>{rx})" for k, rx in KIND_NOUNS.items()) + r")\b"
    r"(?!\s+(?:model|modell?ing|understanding|processing|generation|papers?|works?)\b)",
    re.IGNORECASE,
)
# ... of a subject of its own: 'for fashion retrieval', 'to study conversational QA'
OWN_SUBJECT = re.compile(
    r"\b(?:for|on|about)\s+(?!(?:his|her|their|the|its|\w+['’]s|these|those|what|which|all|any"
    r"|each|every|code|github)\b)\w+"
    r"|\b(?:in|of|across)\s+(?:his|her|their|\w+['’]s|the)\s+(?!(?:papers|work|research"
    r"|publications|abstracts|own)\b)\w+(?:\s+\w+){0,2}\s+(?:papers|work|research)\b"
    r"|\bto\s+(?:study|evaluate|train|test|benchmark|show|demonstrate)\s+\w+",
    re.IGNORECASE,
)
# ... of one paper ('the storm nowcasting paper', 'the leakage study', 'the Valley team')
ONE_PAPER = re.compile(r"\b(?:paper|study|article|preprint|team|model|it)\b(?!s)", re.IGNORECASE)
# ... of the papers as a whole: 'in his papers', 'across her work', 'show up', 'linked to'
ACROSS_PAPERS = re.compile(
    r"\b(?:papers|publications|abstracts|work|research|output|studies|articles)\b"
    r"|\b(?:appear\w*|show\s+up|shows\s+up|showed\s+up|mention\w*|recur\w*|come\s+up|comes\s+up"
    r"|named|cited|linked|connected|involved|studied|covered|used|uses?|using|featured?|buil[dt]"
    r"|releas\w*|introduc\w*|creat\w*|made|make|evaluat\w*|tested|appl(?:y|ied))\b",
    re.IGNORECASE,
)
# ... not of the person ('which languages does she speak?', 'what country is he from?')
PERSONAL = re.compile(
    r"\b(?:speaks?|spoke|spoken|talks?|live[sd]?|living|born|from\?|nationality"
    r"|(?:he|she|they|him|her|them)\s+(?:\w+\s+)?(?:come|comes|came|hails?)\s+from"
    r"|citizen\w*|based|employ\w*|work(?:s|ed)?\s+(?:at|for)|affiliat\w*|teach\w*|visit\w*"
    r"|programming|coding|code\s+in|funds?|fund(?:ed|ing)|sponsor\w*|invest\w*)\b",
    re.IGNORECASE,
)


def kind_asked(question: str) -> str | None:
    """The kind of named thing asked for across the papers ('companies', 'datasets',
    'benchmarks', 'languages', 'countries'), or None; none when the question names a subject
    of its own ('datasets used for fashion retrieval' are one subject's)."""
    m = KIND_ASKED.search(question)
    if m is None or PERSONAL.search(question) or OWN_SUBJECT.search(question, m.end()):
        return None
    if ONE_PAPER.search(question) or YES_NO.match(question):  # 'has he built any benchmarks?'
        return None  # one paper's ('the storm paper'), or whether any paper does: a Yes or No
    if not ACROSS_PAPERS.search(question[m.end() :]) and not ACROSS_PAPERS.search(
        question[: m.start()]
    ):
        return None
    return next(k for k in KIND_NOUNS if m[k])


# What stayed the same: 'stayed the same', 'remained constant', 'persist', 'never dropped',
# 'long-running interests'
CONSTANT = re.compile(
    r"\b(?:stay\w*|remain\w*|kept|keeps?|been)\s+(?:the\s+)?(?:same|constant|unchanged|stable"
    r"|consistent|steady)\b|\b(?:unchanged|persist|persists|persisted|persisting)\b"
    r"|\b(?:constant|enduring|steady|consistent|persistent|lasting)\s+(?:\w+\s+)?(?:themes?"
    r"|topics?|interests?|focus|threads?|ideas?|elements?|parts?|lines?|methods?)\b"
    r"|\bnever\s+(?:changed|left|dropped|stopped|abandoned)\b|\blong[- ](?:running|standing"
    r"|lasting)\b|\bthroughout\s+(?:\w+\s+){0,2}(?:career|years)\b",
    re.IGNORECASE,
)
# ... or what recurs, said of the years ('keeps coming back to over the years', 'threads that
# run through both 2020 and 2025'); without the years, what recurs is the themes' answer
RECURS = re.compile(
    r"\bkeeps?\s+(?:coming|going|returning)\s+back\b|\b(?:returns?|returned|came|comes)\s+back"
    r"\s+to\b|\bthreads?\s+(?:that\s+)?(?:run\w*|go(?:es)?|carr\w*|through|across)\b"
    r"|\bcommon\s+threads?\b|\bthrough-?lines?\b|\b(?:recurr\w*|recurs?)\s+(?:themes?|topics?"
    r"|interests?|ideas?|threads?)\b",
    re.IGNORECASE,
)
YEARS_SAID = re.compile(
    r"\b(?:over|across|through(?:out)?)\s+(?:the\s+|all\s+(?:the\s+|these\s+)?)?(?:years|time"
    r"|decades?)\b|\b(?:since|from|both\s+in|in)\s+(?:19|20)\d\d\b|\bboth\s+(?:early|then)\b"
    r"|\bearl(?:y|ier|iest)\b.{0,40}\b(?:recent|latest|newest|now|today|later)\b",
    re.IGNORECASE,
)
# ... of the people, not the research ('long-standing collaborations: is there anyone who')
PEOPLE_ASKED = re.compile(
    r"\b(?:who|anyone|anybody|someone|co-?authors?|collaborat\w*|people|colleagues)\b",
    re.IGNORECASE,
)
CONSTANT_WORDS = frozenset(
    """stay stayed stays remain remained remains same constant unchanged stable consistent
    steady persist persists persisted persistent enduring keep keeps kept coming going back
    returning return returns thread threads run runs running through throughout never left
    dropped stopped long-running long-standing long-lasting recurring recurrent common both
    from to today across since interest interests idea ideas early late latest recent ones
    papers career years year time""".split()  # noqa: SIM905
)


def constancy_asked(question: str, topic: str | None) -> bool:
    """Is what stayed the same across the years asked, of the research as a whole?"""
    recurs = RECURS.search(question) and YEARS_SAID.search(question)
    if not (CONSTANT.search(question) or recurs) or PEOPLE_ASKED.search(question):
        return False
    rest = " ".join(w for w in (topic or "").casefold().split() if w not in CONSTANT_WORDS)
    return not specific(rest)


# How one subject's place in the work moved: 'how has his use of RL changed over time?', 'how
# did the role of X evolve across the papers?', 'X from the early papers to now'
OVER_TIME = re.compile(
    r"\b(?:chang\w*|evolv\w*|evolution|develop\w*|shift\w*|grow\w*|progress\w*)\b.{0,60}?"
    r"\b(?:over\s+(?:the\s+)?(?:years|time)|across\s+(?:the\s+)?(?:years|papers|time)"
    r"|since\s+(?:\d{4}|the\s+(?:start|beginning|first))|from\s+(?:the\s+)?(?:early|first|start))"
    r"|\b(?:use|usage|role|place|application)\s+of\s+.{1,60}?\b(?:chang\w*|evolv\w*|develop\w*"
    r"|shift\w*)\b|\bfrom\s+(?:the\s+)?(?:early|earliest|first)\s+(?:\w+\s+)?(?:papers?|work)?"
    r"\s*(?:to|until|through)\s+(?:now|today|the\s+(?:latest|newest|recent))",
    re.IGNORECASE,
)
# The words of such a question that are no part of its subject
OVER_TIME_WORDS = frozenset(
    """changed change changes changing evolve evolved evolves evolving evolution develop
    developed develops developing development shift shifted shifts growth grew grown progress
    progressed over time years across since start beginning first early earlier earliest
    latest newest recent now today role use usage place figures figure figured overview
    trajectory story papers work research""".split()  # noqa: SIM905
)


def over_time_asked(question: str) -> bool:
    """Is a subject asked over the years ('how has his use of RL changed over time?')?"""
    return OVER_TIME.search(question) is not None


def over_time_subject(topic: str) -> str:
    """The subject of such a question, without the words asking for the years."""
    kept = [w for w in topic.split() if w.casefold() not in OVER_TIME_WORDS]
    return " ".join(dict.fromkeys(kept))  # "RL ... the role of RL": the subject once
