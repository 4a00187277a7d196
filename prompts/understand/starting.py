"""'What should a newcomer read first?', 'best entry point into her work on X': where to start
reading, asked of the whole listing or of a subject (not a paper's own first step, nor the
first paper by date)."""

from __future__ import annotations

import re

# Reading first, starting with or from, or a paper good for starting
START = re.compile(
    r"\b(?:read(?:ing)?|look(?:ing)?\s+at|check(?:ing)?\s+out|tackl(?:e|ing)|pick(?:ing)?\s+up)"
    r"\s+(?:\w+\s+){0,2}?first\b"
    r"|\bfirst\s+(?:to\s+)?read\b"
    r"|\bwhere\s+(?:should|do|would|can|could|might|shall)\s+(?:i|we|one|someone|a\s+[\w-]+)"
    r"\s+(?:start|begin)\b"
    r"|\b(?:i|we|one|you|someone|to)\s+(?:should\s+|could\s+|can\s+|might\s+|would\s+|shall\s+)?"
    r"(?:start|begin)(?:\s+(?:reading|off))?\s+(?:with|from)\b"
    r"|\b(?:entry|starting|jumping[- ]off)\s+points?\b|\bpoint\s+of\s+entry\b|\bway\s+in(?:to)?\b"
    r"|\bon-?ramp\b|\bmust[- ]reads?\b|\bessential\s+reading\b"
    r"|\b(?:good|best|ideal|natural|gentle|easy|easiest|accessible|right|first)\s+"
    r"(?:first\s+)?(?:paper|one|place|read|pick)s?\s+(?:\w+\s+){0,3}?(?:to\s+)?(?:start|begin"
    r"|read)\w*\b"
    r"|\b(?:good|best|ideal|natural|gentle|easy|easiest|accessible)\s+first\s+(?:paper|one|read)\b"
    r"|\bintro(?:duction|ductory)?\s+(?:paper|read|reading)\b"
    r"|\b(?:best|good|gentle|easy|accessible)\s+intro(?:duction)?\s+(?:to|into)\b"
    # a newcomer asking for papers to read ('for a newcomer, what's the big picture of their
    # work?' asks the themes)
    r"|\b(?:(?:for|as)\s+an?\s+(?:newcomer|beginner|novice|outsider|newbie)|(?:i['’]?m|i\s+am"
    r"|we['’]?re|as)\s+(?:a\s+)?(?:new\s+to|newcomers?|beginners?|novices?)|new\s+to\s+(?:the"
    r"|this|her|his|their)\s+(?:field|area|topic|subject|work|research))\b"
    r"(?=.*\b(?:read\w*|papers?|start\w*|begin\w*|recommend\w*|first)\b)"
    r"|\brecommend\w*\b[^?.!]*\b(?:someone|somebody|an?\s+(?:student|beginner|newcomer|novice)"
    r"|newcomers?|beginners?|novices?|students?)\b"
    r"|\b(?:only|just)\s+read\s+(?:one|a\s+single)\b|\bone\s+paper\s+(?:to|i\s+should)\s+read\b"
    # a paper asked for as the broad view of an area: 'which of his papers gives the broadest
    # introduction', 'which paper offers the widest overview', 'a broad lay of the land'
    r"|\b(?:which|what)\s+(?:of\s+[\w'’]+\s+)?(?:papers?|one|articles?)\b[^?.!]*\b(?:(?:broad\w*"
    r"|wid(?:e|er|est)|general|high[- ]level)\s+(?:[\w-]+\s+)?(?:overview|introduction|intro|view"
    r"|picture|survey)|lay\s+of\s+the\s+land|overview[- ]type)\b"
    r"|\bget(?:ting)?\s+(?:into|started\s+(?:with|on))\s+(?:her|his|their|the)\s+(?:work|research"
    r"|papers)\b",
    re.IGNORECASE,
)
# The words of such a question, never its subject ('where to start on multimodal reasoning')
START_WORDS = frozenset(
    """start starting started begin beginning read reading reads first good best ideal natural
    gentle easy easiest accessible right entry point points starting jumping off way into on-ramp
    onramp must must-read must-reads essential intro introduction introductory newcomer newcomers
    beginner beginners novice outsider newbie new paper papers one place pick recommend
    recommended recommendation suggest should care interested interest curious work research
    look check tackle get getting started gives give giving offers offer offering broad broader
    broadest wide wider widest general overview overviews lay land dive diving technical
    field area profile provides provide would high-level high level picture view before ones
    me student students visiting""".split()  # noqa: SIM905
)


def start_asked(question: str) -> bool:
    """Is where to start reading asked?"""
    return START.search(question) is not None


def start_subject(topic: str | None) -> str | None:
    """The subject to start on ('multimodal reasoning'), without the words of starting."""
    kept = [w for w in (topic or "").split() if w.casefold().strip("?.!,") not in START_WORDS]
    return " ".join(kept) or None
