"""What is asked of one paper the question picks by its place rather than its name: 'who is
first author of the latest paper?', 'when was her oldest CV paper published?', 'what's her
newest paper and does it have code?'. The pick is the noun phrase naming the paper by an end
or an ordinal ('the second most recent paper', 'her first paper with Chengyu Wang'); what is
asked of it, the attributes said around that phrase. The phrase alone is read as any question
picking a paper is; the attributes are answered for the paper it picks."""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel

from prompts.understand.people import FIRST_AUTHOR
from prompts.understand.terms import ORDINAL

Attribute = Literal[
    "first_author", "authors", "author_count", "date", "category", "code", "venue", "about"
]  # fmt: skip

END = (
    r"(?:latest|lattest|lastest|newest|newst|most[- ]recent|last|final|first|frist|earliest"
    r"|oldest|olde?st|penultimate)"
)
NOUN = r"(?:paper|publication|article|preprint|work|one|pub)\b(?!s|\s+author)"
# Where the phrase naming the paper stops: a clause's end, a second ask, the verb of the ask
CLAUSE = (
    r"\s*[,?;!:]|\.(?:\s|$)|\s*$|\s+(?:and|but|&|has|have|had|does|did|was|is|were|got|gets"
    r"|in\s+terms)\b|\s+(?:published|released|come\s+out|came\s+out|appear\w*|about|dated"
    r"|filed|led|written|authored|first-authored|from|in)\W*$"
)
STOP = rf"(?={CLAUSE}|\s+(?:published|released|come|came|appear\w*|dated|about|filed|led"
STOP += r"|lead|written|authored|first-authored|open[- ]?sourced?)\b"
# a terse ask after the phrase: 'newest paper - first author?', 'oldest one: authors?'
STOP += r"|\s*[-–—:]?\s*(?:(?:first|lead|main)[- ])?authors?\b)"
# What narrows the paper picked: 'on retrieval', 'with Chengyu Wang', 'in the profile'
QUALIFIER = (
    r"(?:\s+(?:on|about|in|with|without|w/o?|from|by|of|for|among|under|co-?authored|co-?written"
    r"|written|that|which|where|since|before|after|during|she|he|they|filed|listed|marked"
    r"|tagged|categori[sz]ed|classified|published|released)\s+(?!and\b)\w[^,?;!:]*?"
    rf"(?={CLAUSE}))"
)
# Not a place on the byline ('listed first on the X paper'), said without a determiner
NOT_PLACED = r"(?<!\blisted\s)(?<!\bnamed\s)(?<!\bis\s)(?<!\bwas\s)(?<!\bcomes\s)(?<!\bcome\s)"
# 'her latest paper', 'the 2nd most recent CV paper on retrieval with Chengyu Wang', 'the
# newest one', 'Qiu's oldest publication'; not 'her first-author papers' (a role), nor 'the
# latest papers' (several: a list), nor 'first author' itself.
PICK = re.compile(
    rf"\b(?:(?:the|her|his|their|its|[A-Z][\w-]*['’]s?)\s+|{NOT_PLACED})(?:very\s+)?"
    rf"(?:(?:{ORDINAL}|next)[- ](?:most[- ])?)?{END}\b(?![- ]author)"
    rf"(?:\s+(?!author)[\w.-]+){{0,4}}?\s+{NOUN}(?:{QUALIFIER}|{STOP})",
    re.IGNORECASE,
)
# A person asked for: 'who', 'which author', 'the names of', 'list the authors'
PERSON = r"\bwho(?:m|se|['’]s)?\b|\bwhich\s+(?:author|person|name)|\bnames?\b|\blist\b|\btell\b"
CODE_WORD = r"(?:code(?:base)?|github|gitlab|repo(?:sitory)?|implementation|source\s+code)\b"
# Each attribute asked of the paper '~' stands for (the phrase picking it, taken out)
ASKS: list[tuple[Attribute, str]] = [
    ("author_count", r"\bhow\s+many\s+(?:authors|co-?authors|people|names|writers)\b"
     r"|\bnumber\s+of\s+(?:co-?)?authors\b|\bauthor\s+count\b"),
    ("first_author", r"\b(?:first|lead|main)[- ]author\s+(?:of|on|for)\s+~"
     r"|~(?:['’]s?|\s*[-–—:])?\s+(?:first|lead|main)[- ]author"),
    ("authors", r"\bwho(?:\s+|['’]s\s+)(?:wrote|authored|are|were|is|was|worked|made|did"
     r"|co-?wrote|behind)\b|\bwho\W*$|\bauthors?\s+(?:of|on|for)\s+~|~['’]s?\s+authors\b"
     r"|\bby\s+whom\b|\bwhose\s+(?:paper|work)\b|\bwhich\s+(?:authors|people|names)\b"
     r"|\bwho\b.*\bauthors\b|\blist\b.*\bauthors\b|~\s*[-–—:]?\s*authors\b"),
    ("date", r"\bwhen\b|\bwhat\s+(?:year|month|day|date)\b|\bdate\s+(?:of|for)\s+~"
     r"|~['’]s?\s+date\b|\bwhich\s+year\b|\bhow\s+(?:old|recent)\b|\byear\s+(?:was|did|is)\b"),
    ("category", r"\b(?:what|which)\s+(?:arxiv\s+)?(?:category|field|subject\s+area)\b"
     r"|\bcategory\s+(?:of|for)\s+~|~['’]s?\s+(?:arxiv\s+)?category\b"
     r"|~\s+(?:\w+\s+)?(?:filed|categori[sz]ed|classified)\s+(?:under|in|as)\W*(?:what|which|$)"),
    # asked of the paper, not a filter on it ('the newest paper with code')
    ("code", rf"\b(?:does|did|do|is|was|has)\s+~\s+(?:\w+\s+){{0,2}}?(?:have|has|come|ship|got"
     rf"|provide|include|release)\w*\s+(?:\w+\s+){{0,3}}?{CODE_WORD}|\b{CODE_WORD}\s+"
     rf"(?:link\s+|url\s+)?(?:for|of|to|behind)\s+~|~['’]s?\s+{CODE_WORD}"
     rf"|~.*\b(?:and|,)\s*(?:where|what|which|does|did|is|was|has)\b[^?]*\b{CODE_WORD}"
     r"|\bis\s+~\s+open[- ]?sourced?\b"),
    ("venue", r"\bvenue\b|\bconference\b|\bjournal\b|\bwhere\s+(?:was|is|did|were)\b"
     r"[^?]*?\b(?:published|appear\w*|presented|accepted|publish)\b"),
    ("about", r"\babout\b|\bsummar\w*|\bexplain\b|\bdescribe\b|\bgist\b|\bwhat\s+(?:does|did)"
     r"\s+it\s+(?:do|propose|introduce|show)\b|\btl;?dr\b"),
]  # fmt: skip
# What a paper is about asked beside another of its details ('what is VFaith about and who
# wrote it?', 'summarize X and give its date'); not 'what about its code?'
ABOUT_ASKED = re.compile(
    r"\b(?:is|was|are|were|['’]s)\s+(?:[\w.:-]+\s+){0,8}?about\b(?=\W*(?:and\b|,|;|\?|$))"
    r"|\bsummar(?:y|ise|ize)\b|\bdescribe\b|\bexplain\b|\bgist\b",
    re.IGNORECASE,
)
# A second ask after the one naming the paper: 'what was the final IR one, and when?'
SECOND_ASK = re.compile(
    r"~[^?]*?(?:\band\b|[,;?])\s*(?:also\s+)?(?:when|who|what|which|where|how|does|did|is|was)\b",
    re.IGNORECASE,
)


class Picked(BaseModel):
    """One paper picked by its place, and what is asked of it."""

    phrase: str  # the words picking it: 'her first paper with Chengyu Wang'
    asked: list[Attribute]


def read_picked(question: str) -> Picked | None:
    """The paper a question picks by its place and the attributes asked of it, or None when
    no single paper is picked or nothing is asked of it beyond which paper it is."""
    m = PICK.search(question)
    if m is None:
        return None
    rest = question[: m.start()] + " ~ " + question[m.end() :]
    if re.search(rf"{NOT_PLACED}\b{END}\b(?![- ]author)", rest, re.IGNORECASE):
        return None  # two ends said ('her first paper and her latest'): a span, no one paper
    # the ask is said around the phrase, not in it ('the latest paper with code': a filter)
    found = [(hit.start(), kind) for kind, cue in ASKS if (hit := re.search(cue, rest, re.I))]
    led = re.search(rf"{FIRST_AUTHOR}|\bfirst[- ]authored\b|\bheaded\b", rest, re.I)
    if led and re.search(PERSON, rest, re.I):  # 'who led ~', 'name the lead author of ~'
        found.append((led.start(), "first_author"))
    kinds: list[Attribute] = [kind for _, kind in sorted(found)]
    if "first_author" in kinds or "author_count" in kinds:  # 'who led': not who wrote it all
        kinds = [k for k in kinds if k != "authors"]
    if "venue" in kinds:  # 'where was it published': no date asked by 'published'
        kinds = [k for k in kinds if k != "date" or re.search(r"\bwhen\b|\byear\b", rest, re.I)]
    if kinds == ["about"] or (kinds == ["date"] and not SECOND_ASK.search(rest)):
        return None  # the paper with its date, or described: the ordering's own answers
    if not kinds:
        return None
    return Picked(phrase=m[0].strip(), asked=list(dict.fromkeys(kinds)))
