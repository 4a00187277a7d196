"""The whole of one subject asked for: its overview ('an overview of her e-commerce work', 'what
has she done for e-commerce?', 'in plain words, what is her medical research about?', 'what's
his story in few-shot learning?') or its evolution ('how has her use of RL evolved from 2020 to
2025?', 'trace the evolution of her multimodal papers', 'walk me through the Valley line'). The
words framing the request (overview, story, walk me through, in plain words, for a class, a
paragraph) are no part of the subject: they are taken out, and what is left is read as the
list question of that subject, so every phrasing reaches the same papers."""

from __future__ import annotations

import re
from typing import Literal

from prompts.understand.terms import SOURCE

WholeKind = Literal["overview", "trend"]

_OWNER = r"(?:his|her|their|its|the|this|that|qiu['’]?s?|\w+['’]s)"
_AN = (  # what may come before the form asked: 'a short', 'a two-sentence', 'the bigger'
    r"(?:(?:an?|some|the|one|short|quick|brief|concise|general|overall|broad|rough|high[- ]level"
    r"|plain[- ](?:english|language)|simple|little|small|full|complete|big[- ]picture|bigger"
    r"|elevator|larger|whole|wider|broader|(?:\d+|one|two|three|four|five|a\s+few)[- ]"
    r"(?:sentences?|lines?|paragraphs?|minutes?|words?|bullets?|points?|pages?))\s+)*"
)
# the forms a whole is asked in ('overview', and its usual typos)
_SUMMARY = (
    r"(?:overview|overveiw|overiew|overvew|summary|summery|sumary|rundown|run-down|recap|synopsis"
    r"|primer|gist|tl;?\s?dr|digest|sketch|outline|big[- ]picture|paragraph|blurb|write-?up|précis"
    r"|precis|account|introduction|intro|explainer|snapshot|roundup|round-up|one-liner|pitch)"
)
_ENDS = (
    r"(?:the\s+)?(?:earliest|first|start|beginning|early|oldest|latest|newest|last|most\s+recent"
    r"|recent|now|today|present)(?:\s+(?:papers?|ones?|works?|publications?|days))?"
)
_STORY = r"(?:story|evolution|history|trajectory|timeline|time-?line|arc|progression|development)"
_TREND_WORDS = re.compile(
    r"\b(?:evolution|evolv\w*|history|trajectory|timeline|time-?line|arc|progression|progress\w*"
    r"|develop\w*|chang\w*|shift\w*|trace|track|chart|over\s+(?:the\s+)?(?:years|time)"
    r"|chronolog\w*|year\s+by\s+year|phases?|line|lineage|series|family|story\s+of|strands?|threads?"
    r"|before\s+and\s+after|(?:early|then)\s+and\s+(?:late|later|now)|from\s+\d{4}\s+(?:to|until|through)\s+\d{4})\b",
    re.IGNORECASE,
)
# Each framing said around the subject, taken out of the question
_SPAN = re.compile(
    rf"(?:\bfrom\s+)?\b{_ENDS}\s+(?:to|until|till|through|->)\s+{_ENDS}"
    rf"|\bfrom\s+{_ENDS}\s+(?:to|until|till|through)\s+[\w.-]+"
    r"|\bwhat\s+came\s+(?:first|next|later|after|before|last)\b",
    re.IGNORECASE,
)
_WHERE_GONE = re.compile(
    r"\bwhere\s+(?:has|have|is|did)\b(?=.{0,60}\b(?:gone|headed|heading|going)\b)", re.IGNORECASE
)
FRAMINGS = [
    # 'give me an overview of', 'write a short paragraph on', 'can you provide a summary about'
    rf"\b(?:(?:can|could|would)\s+you\s+)?(?:please\s+)?(?:give|get|write|provide|offer|share"
    rf"|prepare|draft|need|want|like|show)\s+(?:me\s+|us\s+)?{_AN}{_SUMMARY}\s+(?:of|on|about|for|re)\b",
    rf"\b{_AN}{_SUMMARY}\s+(?:of|on|about|for|re)\b",
    rf"\b{_AN}{_SUMMARY}\s*(?:pls|please)?\s*[?.!]*$",  # 'qiu + e-commerce overview?'
    r"\b(?:(?:can|could|would)\s+you\s+)?(?:please\s+)?(?:summari[sz]e|sum\s+up|recap|outline"
    r"|overview|sketch|characteri[sz]e|explain|describe|introduce|present|narrate|trace|track"
    r"|chart|follow|map\s+out|lay\s+out)\b",
    r"\b(?:walk|take|guide|run|talk)\s+(?:me|us)\s+through\b",
    rf"\bwhat(?:['’]s|\s+is|\s+was)\s+{_OWNER}\s+story\s+(?:in|with|on|around|behind|of)\b"
    rf"|\bwhat(?:['’]s|\s+is|\s+was)\s+{_AN}{_STORY}\s+(?:of|behind|in|with|on)\b",
    rf"\b(?:the\s+)?{_STORY}\s+(?:of|behind|in|with)\b",
    r"\b(?:in|with)\s+(?:plain|simple|layman['’]?s?|everyday|non-?technical|easy|basic)\s+"
    r"(?:words|terms|english|language)\b|\b(?:plainly|simply\s+put|for\s+a\s+layperson)\b",
    r"\b(?:to|for)\s+(?:a|my|our|the)\s+(?:\w+\s+)?(?:class|classroom|students?|lecture|seminar"
    r"|talk|newsletter|report|slides?|layperson|layman|newcomer|beginner|kid|child|non-experts?"
    r"|audience|committee|manager|boss|team|colleagues|readers|investors|board|group|lab|friends"
    r"|parents|family)\b",
    r"\bwhat\s+(?:has|have|did|does|do)\s+(?:she|he|they|\w+)\s+(?:done|do|contributed|achieved"
    r"|built|worked\s+on|been\s+doing)\s+(?:for|in|on|with|around|to|about)\b",
    r"\bwhat\s+(?:is|are|was|were)\b(?=.*\babout\s*[?.!]*$)|\babout\s*[?.!]*$",
    r"\bwhat\s+does\b(?=.*\blook\s+like\b)|\blook\s+like\b|\bside\s+of\b|\bpart\s+of\b",
    r"\btell\s+(?:me|us)\s+(?:about|of)\b|\bin\s+general\b|\bas\s+a\s+whole\b|\boverall\b"
    r"|\bbroadly\b|\bin\s+a\s+(?:nutshell|paragraph|few\s+(?:sentences|lines|words))\b",
    # 'from the first paper to the latest', 'from earliest to latest'
    _SPAN.pattern,
    # where it is to be read from: 'as reflected in the profile', 'based on her listed papers'
    SOURCE,
    # 'I'd like ...', 'for a Wikipedia section', 'the few-shot strand of this profile'
    r"\b(?:i['’]d|i\s+would|we['’]d|we\s+would)\s+(?:like|love)\b|\b(?:i|we)\s+(?:want|need)\b"
    r"|\bfor\s+(?:a|an|my|our|the)\s+(?:wikipedia|wiki|blog|press|news)(?:\s+(?:section|article"
    r"|page|post|entry|piece|release))?\b",
    r"\b(?:strands?|threads?|corners?|lines?\s+of\s+(?:work|research)|body\s+of\s+work)\b"
    r"(?:\s+of\s+(?:this|the|her|his|their)\s+(?:profile|work|research))?",
    # 'what kind of work has she done on X', 'her contributions to X', 'X: what did qiu do there?'
    r"\bwhat\s+(?:kinds?|sorts?|types?)\s+of\s+(?:work|research|things?|stuff)\s+(?:has|have|did"
    r"|does|do)\s+\w+\s+(?:done|do)\s+(?:on|in|for|with|around|about)\b"
    rf"|\b(?:what\s+(?:is|are|was|were)\s+)?(?:{_OWNER}\s+)?contributions?\s+(?:to|in|on)\b"
    r"|\bwhat\s+(?:did|has|have|does)\s+\w+\s+(?:do|done)\s+(?:there|here|in\s+(?:it|that|this))\b"
    r"|\b(?:briefly|in\s+brief)\b|\b(?:the\s+)?main\s+(?:ideas|points|findings)\b",
    # 'where has her e-commerce research gone', 'how they changed'
    r"\bwhere\s+(?:has|have|is|are|did)\b|\b(?:gone|headed|heading|going)\b"
    r"|\bhow\s+(?:it|they|this|that)\b(?=\s+(?:has\s+|have\s+)?(?:evolv|chang|develop|progress"
    r"|shift|grow|grew)\w*)",
    # 'what problems did they tackle?', 'how does meta-learning show up across her research?'
    r"\bwhat\s+(?:problems|questions|challenges|tasks)\s+(?:did|does|do|has|have)\s+\w+\s+"
    r"(?:tackle|address|solve|work\s+on|attack|study)\w*|\bhow\s+(?:does|do|did)\b"
    r"(?=.{1,60}?\bshows?\s+up\b)|\bshows?\s+up\s+(?:in|across|throughout)\b",
    # 'his papers aimed at shopping platforms', 'what has she done that's relevant to X'
    r"\b(?:aimed|targeted|geared)\s+at\b|\btargeting\b|\b(?:focused|centred|centered)\s+on\b"
    r"|\b(?:that['’]?s|that\s+is|that\s+are)?\s*(?:relevant|related)\s+to\b",
    # 'the role RL plays in his papers, early and late'
    r"\b(?:the\s+)?role\b|\bplays?\s+in\b|,?\s*\b(?:early|then)\s+and\s+(?:late|later|now)\b",
    # 'how RL figures in her work', 'the role of RL'
    r"\bhow\b(?=.{1,60}?\bfigur)|\b(?:figures?|figured)\s+in(?:to)?\b"
    r"|\b(?:the\s+)?(?:role|place)\s+of\b",
    # 'in three bullet points', 'in a few lines'
    r"\bin\s+(?:a\s+few|a\s+couple\s+of|one|two|three|four|five|\d+|some)\s+(?:bullet\s+points"
    r"|bullets|lines|sentences|words|points|paragraphs?)\b",
    # 'how has her use of RL evolved', 'how did the few-shot work develop over time'
    r"\bhow\s+(?:has|have|had|did|do|does|is|was)\b(?=.{0,80}?\b(?:evolv|chang|develop|progress"
    r"|grow|grew|shift|matur|unfold|mov|transform)\w*)",
    r"\b(?:evolv|chang|develop|progress|grow|grew|shift|matur|unfold|mov|transform)\w*\b",
    r"\bover\s+(?:the\s+)?(?:years|time)\b|\bthrough\s+the\s+years\b|\bacross\s+the\s+years\b"
    r"|\byear\s+by\s+year\b|\b(?:in\s+)?chronological(?:ly|\s+order)?\b|\bphase\s+by\s+phase\b",
]
FRAMING = re.compile("|".join(f"(?:{f})" for f in FRAMINGS), re.IGNORECASE)
# the words that ask for the whole: without one the question is not framed so
_ASKS_WHOLE = re.compile(
    rf"\b{_SUMMARY}\b|\bstory\b|\b(?:summari[sz]e|sum\s+up|walk|take|guide)\b"
    r"|\b(?:plain|simple|layman['’]?s?|non-?technical)\s+(?:words|terms|english|language)\b"
    r"|\bwhat\s+(?:has|have|did)\s+\w+\s+(?:done|contributed|achieved|built)\b|\blook\s+like\b"
    r"|\bwhat\s+(?:is|are)\s+.{1,60}\babout\s*[?.!]*$"
    r"|\b(?:evolution|evolv\w*|history|trajectory|timeline|progression|trace|chart)\b"
    r"|\bhow\s+(?:has|have|had|did)\b.{0,80}?\b(?:evolv|chang|develop|progress|shift|grow|grew)"
    r"|\b(?:explain|describe|present|introduce)\b(?=.*\b(?:to|for)\s+(?:a|an|my|our)\s+\w+)"
    r"|\b(?:describe|characteri[sz]e|explain)\s+(?:his|her|their|\w+['’]s)\s+(?:[\w-]+\s+){1,4}?"
    r"(?:research|work|papers)\b|\bwhat\s+(?:kinds?|sorts?|types?)\s+of\s+(?:work|research)\b"
    r"|\bcontributions?\s+(?:to|in|on)\b|\bwhat\s+(?:did|has|have)\s+\w+\s+(?:do|done)\s+there\b"
    r"|\b(?:briefly|in\s+brief|arc|main\s+ideas)\b|\bover\s+(?:the\s+)?(?:years|time)\b"
    r"|\bwhere\s+(?:has|have|is|did)\b.{0,60}\b(?:gone|headed|heading|going)\b"
    r"|\bwhat\s+(?:problems|challenges)\s+(?:did|does|do|has|have)\s+\w+\s+(?:tackle|address"
    r"|solve)|\bshows?\s+up\s+(?:across|throughout)\b"
    r"|\bin\s+general\b|\bas\s+a\s+whole\b|\bnutshell\b|\bstrand\b|\bline\s+of\s+work\b",
    re.IGNORECASE,
)
# asks a number, a yes/no or a single paper: not the whole of a subject
_NOT_WHOLE = re.compile(
    r"\bhow\s+many\b|\bnumber\s+of\b|\bcount\b|\bwhich\s+(?:one|paper)\b|\b(?:first|earliest"
    r"|latest|newest|most\s+recent|oldest|last)\s+(?:paper|one|work|publication)\b|\bwho\b"
    r"|\bwhen\b|\bwhere\b|\bwhy\b|\bdiffer\w*|\bcompar\w*|\bversus\b|\bvs\b|\bbetween\b"
    r"|\b(?:not|never|without|except|besides|other\s+than)\b"
    # a move between two sides ('shift from text to images'), what stayed the same, the header
    r"|\bfrom\s+(?!\d{4})[\w-]+(?:\s+[\w-]+)?\s+(?:to|towards|into)\s+(?!\d{4})"
    r"|\b(?:stay\w*|same|constant|unchanged|persist\w*|recurr\w*|coming\s+back)\b"
    r"|\b(?:metrics|h-?index|citations?|stats|statistics|bio|biography)\b"
    r"|(?:^|[.?!:;]\s+)\W*(?:is|are|was|were|has|have|had|did|does|do)\s|\bmost\s+cited\b"
    # the papers asked for as such: 'which of her papers use X?', 'any paper we should cite?'
    r"|\bwhich\s+(?:\w+\s+){0,2}?(?:papers?|publications?|works?|ones?"
    r"|of\s+(?:her|his|their|the|these|this|qiu))\b"
    r"|\bwhat\s+(?:papers|publications)\b|\bany\s+(?:papers?|work)\b|\b(?:whether|if)\b",
    re.IGNORECASE,
)


# A model line's own words: 'the Valley line' is the papers named Valley, whatever they say
LINE_WORDS = frozenset("line lines series family lineage versions models papers".split())  # noqa: SIM905


def line_named(topic: str, named: bool) -> str:
    """The subject of a line of work without the words saying it is a line ('multimodal
    reasoning line'); of named papers ('the Valley series'), without any of them."""
    said = topic.split()
    if named:
        kept = [w for w in said if w.casefold() not in LINE_WORDS]
    else:  # 'time series' is a subject: only a closing 'line' says the line
        kept = said[:-1] if len(said) > 1 and said[-1].casefold() in ("line", "lines") else said
    return " ".join(kept) or topic


def whole_asked(question: str) -> tuple[WholeKind, str] | None:
    """Whether the whole of a subject is asked for, overview or evolution, with the question's
    own words less those framing the request ('her e-commerce work' of 'give me an overview
    of her e-commerce work'); None when no framing asks for a whole or a number, a yes/no or
    one paper is asked instead."""
    # 'from the first paper to the latest' asks no paper, 'where has X gone' no place
    spanned = _WHERE_GONE.sub(" ", _SPAN.sub(" ", question))
    if _ASKS_WHOLE.search(question) is None or _NOT_WHOLE.search(spanned):
        return None
    rest = " ".join(FRAMING.sub(" ", question).split()).strip(" ,;:-–—?.!")
    if not rest or rest.casefold() == question.strip(" ?.!").casefold():
        return None
    over_time = _TREND_WORDS.search(question) or _SPAN.search(question)
    kind: WholeKind = "trend" if over_time else "overview"
    return kind, rest
