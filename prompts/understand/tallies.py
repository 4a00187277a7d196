"""Papers tallied by period: the bounds a count must meet ('years with 10+ papers') and the
asks about months ('her busiest month', 'papers per month', 'months without a paper')."""

from __future__ import annotations

import re

from rapidfuzz.distance import OSA

from prompts.understand.terms import NUMBER_WORDS

_WORDS = {**NUMBER_WORDS, "one": 1, "eleven": 11, "twelve": 12, "a dozen": 12, "fifteen": 15,
          "twenty": 20, "zero": 0, "no": 0}  # fmt: skip
N = r"(?P<n>\d{1,3}|" + "|".join(re.escape(w) for w in sorted(_WORDS, key=len, reverse=True)) + ")"
PAPER = r"(?:\s+(?:papers?|publications?|pubs|works?|articles?|of\s+them))?"
# Not a count of papers: 'over 2 years', 'more than 5 authors', '10+ citations'
_UNIT = (
    r"(?!\s*-?\s*(?:years?|yrs?|months?|weeks?|days?|decades?|authors?|co-?authors?|citations?"
    r"|cites|%|percent|pages?|people|names))"
)
N = N + _UNIT
# Papers said to fall in one period together: '2 cv papers in the same month', 'several
# vision papers within a single year'
IN_ONE = (
    r"(?:[\w-]+\s+){0,3}?(?:papers?|publications?|pubs|works?|articles?|ones)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:in|within|during|inside|for|on)\s+(?:the\s+(?:exact\s+|very\s+)?same|one|a\s+single"
    r"|a\s+given|any\s+(?:one|single)|a|one\s+and\s+the\s+same)\s+(?:calendar\s+)?"
    r"(?:month|year|yr|day|date)\b"
)
# A count said with its bound, lowest first: (pattern, how the number n becomes (low, high)).
BOUNDS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(p, re.IGNORECASE), kind)
    for p, kind in [
        (rf"(?<!than\s)\b{N}\s+(?:or\s+more\s+|\+\s*)?{IN_ONE}", "min"),
        # a period asked for by what happened in it: 'a month when she got five papers out',
        # 'any year in which he put out ten papers' (at least that many)
        (r"\b(?:an?|any|one|single|ever\s+a)\s+(?:calendar\s+)?(?:month|year|yr)\s+(?:when|where"
         rf"|in\s+which|that)\s+(?:[\w'’-]+\s+){{0,4}}?{N}\s+(?:papers?|publications?|pubs"
         r"|works?|articles?)\b", "min"),
        (rf"\b(?:several|multiple|more\s+than\s+one|a\s+couple\s+of|a\s+few|a\s+pair\s+of)\s+"
         rf"{IN_ONE}", "two"),
        # 'five papers or more'
        (rf"\b{N}\s+(?:papers?|publications?|pubs|works?|articles?)\s+or\s+(?:more|above|over"
         r"|higher|greater)\b", "min"),
        (rf"\b{N}\s*(?:\+|\s+or\s+(?:more|above|over|higher|greater)|\s+plus\b|\s+and\s+"
         r"(?:up|above|over)\b)", "min"),
        (rf"\b(?:at\s+least|no\s+(?:fewer|less)\s+than|a\s+minimum\s+of|minimum(?:\s+of)?)\s+{N}\b",
         "min"),
        # not 'no more than one': at most
        (rf"(?<!\bno\s)(?<!\bnot\s)\b(?:more\s+than|over|above|upwards\s+of|in\s+excess\s+of"
         rf"|beyond)\s+{N}\b{PAPER}",
         "above"),
        (rf"\b{N}{PAPER}\s+or\s+(?:fewer|less|under|below)\b", "max"),
        (rf"\b(?:at\s+most|no\s+more\s+than|a\s+maximum\s+of|maximum(?:\s+of)?|up\s+to)\s+{N}\b",
         "max"),
        (rf"\b(?:fewer\s+than|less\s+than|under|below)\s+{N}\b", "below"),
        # 'exactly seven', 'years with 7 papers', 'tied at seven papers': that count and no other
        (rf"\b(?:exactly|precisely|just)\s+{N}\b", "exact"),
        (rf"\b(?:with|had|having|has|have|at|on)\s+{N}\s+(?:papers?|publications?|pubs|works?"
         r"|articles?)\b", "exact"),
        (r"\b(?:hit|reach\w*|in|into|with|had|has|have|get|got|make|made|crack\w*)\s+(?:the\s+)?"
         r"double[\s-]+digits?\b", "ten"),
        (r"\bsingle[\s-]+digits?\b", "nine"),
    ]
]  # fmt: skip
# Periods whose counts are bounded: 'years with', 'which yrs had', 'calendar years where'
PERIODS = r"\b(?:years?|yrs?|months?)\b"
# Months as the unit asked about: 'her busiest month', 'papers per month', 'monthly output'
MONTHS_ASKED = re.compile(
    r"\b(?:(?:which|what|busiest|quietest|best|worst|top|peak|calendar|per|each|every|most|least"
    r"|productive|prolific|active|strongest|weakest|slowest)\s+"
    r"(?:\w+\s+){0,2}?months?|(?:a|one|any|single)\s+month|same\s+(?:calendar\s+)?month|months?\s+(?:of\s+the\s+year|without|with\s+no"
    r"|with\s+zero|(?:had|have|has|saw|see)\s+(?:no|zero|the\s+most|the\s+fewest))"
    r"|months?\s+with\s+(?:the\s+)?(?:most|highest|largest|biggest|fewest|lowest|least)\b"
    r"|monthly|month[\s-]by[\s-]month|months?\s+(?:were|was|are|is)\s+(?:empty|blank|quiet)"
    r"|(?<=/)\s*(?:months?|mo|mth)"  # 'papers/month'
    r"|months?\s+(?:\w+\s+){1,3}?(?:without|with\s+no))\b"
    # 'of the months in 2025, which had more papers than any other': the months ranked
    r"|\b(?:of|among|across)\s+(?:the\s+|all\s+(?:the\s+)?|her\s+|his\s+|their\s+)?months?\b"
    r"(?=[^.?!]*\b(?:which|what)\b)(?=[^.?!]*\b(?:most|than\s+any|busiest|fewest|least)\b)"
    # 'how many months went by without a paper', not 'how many months of data did X use'
    r"|\bhow\s+many\s+(?:\w+\s+)?months\b(?=.*\b(?:without|no|zero|nothing|empty|blank)\b)",
    re.IGNORECASE,
)
# Days as the unit asked about: papers sharing a date ('two papers on the same day', 'any
# date with more than one paper', 'do any papers share a publication date?')
DAYS_ASKED = re.compile(
    r"\bsame[\s-]+(?:(?:exact|calendar|publication|release|posting)\s+)?(?:day|date)\b"
    r"|\b(?:on|in|within)\s+(?:a\s+single|one|a\s+given|any\s+(?:one|single)|a)\s+day\b"
    r"|\b(?:a|any|one|single|ever\s+a)\s+(?:calendar\s+|publication\s+)?(?:day|date)\s+(?:with"
    r"|when|where|on\s+which|that)\b"
    r"|\bshar(?:e|es|ed|ing)\s+(?:an?|the|one|their|any)\s+(?:(?:exact|publication|release"
    r"|posting)\s+)?(?:day|date)\b|\b(?:days?|dates?)\s+(?:\w+\s+){0,2}?(?:shared|in\s+common)\b",
    re.IGNORECASE,
)
# The words of such an ask, never a topic
TALLY_WORDS = frozenset(
    """month months monthly calendar year years yr yrs period periods digit digits double single
    hit reach reached cracked manage managed managing went more fewer less least most plus over
    above under below minimum maximum dozen count counts number empty blank without zero active
    prolific output exactly precisely tied ties landed posted posting published publishing
    released appeared uploaded came cluster clustered clustering bunched grouped same single
    multiple several ever once put got get out brought evenly spread mo mth day days date dates
    share shares shared sharing common exact""".split()  # noqa: SIM905
)


def count_bounds(text: str) -> tuple[int | None, int | None]:
    """The inclusive (low, high) a count must fall in, as said ('10 or more' -> (10, None),
    'fewer than 3' -> (None, 2), 'exactly 7' -> (7, 7), 'double digits' -> (10, None));
    (None, None) if unsaid."""
    for pattern, kind in BOUNDS:
        m = pattern.search(text)
        if m is None:
            continue
        said = (m["n"] or "").casefold() if "n" in pattern.groupindex else ""
        n = int(said) if said.isdigit() else _WORDS.get(" ".join(said.split()), 0)
        if kind == "exact" and n == 0:  # 'with no papers': empty periods, asked elsewhere
            continue
        if kind == "min" and n == 0:  # 'a year in which she published no paper': none at all
            return None, 0
        return {
            "exact": (n, n), "min": (n, None), "above": (n + 1, None), "max": (None, n),
            "below": (None, n - 1), "ten": (10, None), "nine": (None, 9), "two": (2, None),
        }[kind]  # fmt: skip
    return None, None


def periods_bounded(text: str) -> bool:
    """Whether periods are picked by their count ('which years had 10+ papers')."""
    return re.search(PERIODS, text, re.IGNORECASE) is not None and count_bounds(text) != (
        None,
        None,
    )


def months_asked(text: str) -> bool:
    """Whether months are what is tallied ('which month does she publish most in')."""
    return MONTHS_ASKED.search(text) is not None


def days_asked(text: str) -> bool:
    """Whether papers sharing a day are asked about ('two papers on the same day?')."""
    return DAYS_ASKED.search(text) is not None


def tally_word(word: str) -> bool:
    """A word of a tally ('calendar', 'calender': one slip, '7+', 'ten'), never its topic."""
    w = word.casefold()
    if re.search(r"\d", w) or w in _WORDS:
        return True
    return any(w == t or (len(w) > 4 and OSA.distance(w, t) <= 1) for t in TALLY_WORDS)
