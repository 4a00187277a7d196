"""An aggregate asked over a topic's papers: the same aggregate the whole profile is asked
('which year had the most papers', 'which category do most fall into', 'papers per year',
'when did she start') read with a subject left over ('... on reinforcement learning'). The
aggregate's words are a closed vocabulary; the subject is what remains of the topic once they
are set aside. The subject's papers are the set the aggregate runs over, so 'RL papers - peak
year?', 'in what year did she publish most on RL' and 'her busiest RL year' reach one Query."""

from __future__ import annotations

import re
from typing import Literal

from retrieval.text import compiled

Aggregate = Literal[
    "busiest_year",
    "quietest_year",
    "most_common_category",
    "least_common_category",
    "per_year",
    "earliest",
    "latest",
]

MOST = (
    r"\b(?:most|busiest|busier|peak|peaked|top|biggest|largest|highest|heaviest|strongest"
    r"|prolific|productive|active|dominant|dominates?|dominated|mostly|majority|bulk|primarily"
    r"|mainly|main|primary|chiefly|predominantly|common|usual|usually|typically)\b"
)
# A year ranked by amount ('the most', 'peak'), not by kind ('what year was her main RL paper')
YEAR_MOST = (
    r"\b(?:most|busiest|busier|peak|peaked|top|biggest|largest|highest|heaviest|strongest"
    r"|prolific|productive|active|majority|bulk)\b"
)
LEAST = r"\b(?:least|fewest|quietest|slowest|lowest|smallest|weakest|rarest|thinnest)\b"
# An end of the papers, not a rank of the years ('her most recent RL paper'), nor of the papers
# by something the profile does not hold ('most cited', 'most influential')
NOT_RANKED = (
    r"\bmost\s+(?:recent\w*|cited|influential|important|impactful|popular|famous|known|novel"
    r"|interesting|notable|significant|relevant|similar|related|read|downloaded|liked"
    r"|representative|technical|complex|detailed|ambitious)\b"
)
# The year as the thing ranked: 'which year', 'the year with the most', 'her peak year',
# 'when did she publish the most'
YEAR_RANKED = (
    r"\b(?:which|what|wich|whcih|wat)\s+(?:\w+\s+){0,2}?(?:years?|yrs?)\b"
    r"|\b(?:years?|yrs?)\b\s+(?:with|had|has|saw|of|that|when|where|in\s+which)\b"
    r"|\b(?:busiest|peak|top|best|biggest|strongest|heaviest|quietest|slowest|weakest|leanest"
    r"|most\s+(?:active|productive|prolific)|least\s+(?:active|productive))\s+(?:[\w-]+\s+){0,3}?"
    r"(?:years?|yrs?)\b|\b(?:years?|yrs?)\s*[?:]*\s*$|-\s*(?:peak|busiest|top)\s+(?:years?|yrs?)\b"
)
# 'when did she publish the most on RL': a year ranked by a word of amount, not of kind ('when
# was her main RL paper out' asks a date)
WHEN_RANKED = r"\bwhen\b[^.?!]*\b(?:most|least|fewest|busiest|peak(?:ed)?|quietest)\b"
# The arXiv category as the thing ranked (not 'area' or 'field': 'which area of RL' asks for
# a subject within it)
CATEGORY_RANKED = (
    r"\b(?:which|what|wich|whcih|wat)\s+(?:\w+\s+){0,2}?(?:categor(?:y|ies)|arxiv\s+(?:labels?"
    r"|fields?|areas?|class\w*))\b|\bcategor(?:y|ies)\b[^.?!]*\b(?:dominat\w*|most|fewest|least"
    r"|mostly)\b|\b(?:main|primary|dominant|top|usual|most\s+common)\s+(?:arxiv\s+)?categor"
)
# Papers counted year by year
PER_YEAR = (
    r"\b(?:per|each|by|a|every)\s+(?:calendar\s+)?(?:years?|yrs?)\b|\byear[- ]by[- ]year\b"
    r"|\b(?:papers?|pubs?|publications?|output|works?)\s*/\s*(?:years?|yrs?)\b"
    r"|\byearly\b|\bannual(?:ly)?\b|\byear[- ]on[- ]year\b|\bper[- ]annum\b"
    r"|\b(?:break\w*|broken|split\w*|spread|distribut\w*)\b[^.?!]*\b(?:by|across|over|per)\s+"
    r"(?:the\s+)?years?\b"
)
# Which way the subject's papers go over the years: 'is her RL work growing or shrinking',
# 'the trend in his KD papers', 'more or less on X over time' (said of the work, not of a
# result: 'papers showing increasing accuracy')
TREND = (
    r"\b(?:work|papers|output|publish\w*|publications|interest|activity|research|focus)\b"
    # the verb said of the work, not its subject ('published on shrinking models')
    r"[^.?!]{0,40}?(?<!on )(?<!about )(?<!in )(?<!for )"
    r"\b(?:grow\w*|grew|shrink\w*|shrunk|increas\w*|decreas\w*|declin\w*|rising|ris[ee]n?"
    r"|rose|falling|fell|dropping|taper\w*|slowing|ramping\s+up|picking\s+up)\b"
    # with no object: the work grows, it does not shrink a model ('papers that shrink a BERT')
    r"(?=\s*(?:[?.!,;]|$|or\b|and\b|over\b|lately\b|recently\b|since\b|with\s+time\b"
    r"|in\s+recent\b|(?:each|every|per|year)\b))"
    r"|\btrends?\s+(?:in|of|for)\b|\b(?:more\s+or\s+less|up\s+or\s+down)\b[^.?!]*"
    r"\bover\s+(?:the\s+)?(?:years|time)\b"
)
# A date asked: 'when', 'what year', 'since when', 'how long'
DATE_ASKED = (
    # 'when' asked, not a clause's ('when we fine-tune our model, ...')
    r"\bwhen\s+(?:did|does|do|was|were|is|has|have|had|will|would)\b|^\W*when\b(?!\s+(?:we|i|you"
    r"|our|my|one)\b)|\b(?:know|tell\s+me|wonder\w*|curious|remember|recall|find\s+out)\s+when\b"
    r"|\b(?:which|what)\s+(?:year|month|date)\b|\bhow\s+long\b|\bhow\s+many\s+years\b"
    r"|\bsince\s+when\b|\bhow\s+far\s+back\b"
)
# The first of the papers: 'first', 'start', 'begin', 'since when', 'how long has she been'
FIRST = (
    r"\b(?:first|firstly|earliest|since\s+when|debut\w*|originally|initially|got\s+into"
    r"|took\s+up|picked\s+up|entered)\b"
    # starting on a subject, not at a place ('when did he start at his present company')
    r"|\b(?:start\w*|began|begun|begin\w*)\b(?!\s+(?:at|for)\b)"
    r"|\bhow\s+long\s+(?:has|have|had)\b|\bhow\s+many\s+years\s+(?:has|have|had)\b"
    r"|\bhow\s+far\s+back\b"
)
LAST = (
    r"\b(?:last|lastly|latest|most\s+recent(?:ly)?|recently|stop\w*|quit|ceased|dropped"
    r"|final(?:ly)?)\b"
)
YES_NO = r"^\W*(?:did|does|do|is|was|has|have|are|were|had|can|could)\b"
# Words of the aggregate's asking: never part of the subject
WORDS = frozenset(
    """year years yr yrs yearly annual annually per each every by calendar which what when
    whcih wich wat peak peaked busiest busier top biggest largest highest heaviest strongest
    prolific productive active activity dominant dominates dominate dominated mostly majority
    bulk primarily mainly main primary chiefly predominantly common usual usually typically
    least fewest quietest slowest lowest smallest weakest rarest thinnest most best category
    categories arxiv label labels class classes field fields fall falls sit sits land lands
    break breakdown broken down split spread distribution distributed across over count
    counts number tally first firstly earliest start started starting starts began begun
    begin beginning since long far back debut debuted originally initially last lastly latest
    recent recently stop stopped quit ceased dropped final finally time times output outputs
    published publish publishing wrote write writing written working work worked paper papers
    publication publications article articles having general overall various grow grows
    growing grown grew shrink shrinks shrinking shrunk increase increasing increased decrease
    decreasing decreased decline declining declined rise rising risen rose falling fell
    dropping trend trends trending tapering slowing more less up""".split()  # noqa: SIM905
)
# The papers with code named as the topic ('peak year for code drops'): the code mark, no
# subject (not 'code generation', a subject)
CODE_WORDS = frozenset("code codes github repo repos repository repositories".split())  # noqa: SIM905
RELEASE_WORDS = frozenset(
    """drop drops release releases released ship ships shipped public available open-source
    opensource""".split()  # noqa: SIM905
)


def _said(pattern: str, low: str) -> bool:
    return compiled(pattern).search(low) is not None


def read_aggregate(question: str) -> Aggregate | None:
    """The aggregate a question with a subject asks of that subject's papers, or None: 'which
    year had the most RL papers' -> 'busiest_year', 'RL papers per yr' -> 'per_year', 'when
    did she first write about RL' -> 'earliest'."""
    low = " ".join(question.casefold().replace("’", "'").split())
    ranked = re.sub(NOT_RANKED, " ", low)
    most, least = _said(MOST, ranked), _said(LEAST, ranked)
    if _said(CATEGORY_RANKED, ranked) and (most or least):
        return "least_common_category" if least else "most_common_category"
    year = _said(YEAR_RANKED, ranked) or _said(WHEN_RANKED, ranked)
    if (_said(YEAR_MOST, ranked) or least) and year and not _said(YES_NO, low):
        return "quietest_year" if least else "busiest_year"
    if (_said(PER_YEAR, low) and not _said(YES_NO, low)) or _said(TREND, low):
        return "per_year"
    if _said(DATE_ASKED, low):
        first, last = _said(FIRST, low), _said(LAST, low)
        if first != last:
            return "earliest" if first else "latest"
    return None


# A share asked: 'what % come with code', 'the fraction', 'what proportion'
SHARE = (
    r"%|\bpercent\w*|\bfraction\b|\bproportion\b|\bshare\b(?!\s+with\b)|\bportion\b"
    r"|\bhow\s+much\s+of\b|\bhow\s+(?:often|frequently|regularly|commonly)\b"
)


def share_asked(question: str) -> bool:
    """Is a share of the papers asked ('what % come with code')?"""
    return _said(SHARE, question.casefold())


def subject(topic: str | None) -> str | None:
    """The topic less the aggregate's words ('yearly e-commerce' -> 'e-commerce'), or None
    when nothing else is left."""
    kept = [w for w in (topic or "").split() if w.casefold().strip("?.,!:;-") not in WORDS]
    return " ".join(kept) or None


def code_meant(subject: str) -> bool:
    """Is the subject left the code release itself ('code drops', 'github repos')?"""
    said = {w.casefold().strip("?.,!:;") for w in subject.split()}
    return bool(said & CODE_WORDS) and said <= CODE_WORDS | RELEASE_WORDS
