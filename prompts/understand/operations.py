"""Operations on the listing a statistician or a librarian computes, read as (group, reduce)
pairs of the one aggregate mechanism (groups.Tally): the period the running total reaches N,
titles sorted alphabetically, the gap between two consecutive papers at one end of the list,
and the top (or bottom) k groups with their counts (a period where one side outnumbers the other
is composition.py's). Each is said by what it asks, not by a
question's wording: a number with a verb of reaching, an order by letter, a pair at an end."""

from __future__ import annotations

import re
from typing import Any

from prompts.understand.reductions import said
from prompts.understand.terms import NUMBER_WORDS

NUMBERS = {**NUMBER_WORDS, "twenty": 20, "fifty": 50, "hundred": 100}
# The running total: 'running total', 'cumulative count', 'add up year by year', 'in total'
RUNNING = (
    r"\b(?:running|cumulative(?:ly)?|cumulated|accumulated|aggregate)\s+(?:\w+\s+)?(?:totals?"
    r"|counts?|tally|sums?|numbers?)\b|\badd(?:s|ed|ing)?\s+(?:\w+\s+){0,2}?up\b|\bin\s+total\b"
    r"|\ball\s+told\b|\baltogether\b|\bsum\s+(?:of\s+)?(?:her|his|their|the)\b"
)
# Reaching a number: 'hit 25', 'pass 10', 'get to 25', 'takes the total to 25', 'crossed 40'
REACH = (
    r"\b(?:hit|hits|hitting|reach\w*|pass\w*|cross\w*|get|gets|got|getting|go|goes|went|take"
    r"|takes|took|bring|brings|brought|push\w*|exceed\w*|surpass\w*|top|tops|topped|break"
    r"|breaks|broke|clear\w*|arriv\w*)\s+(?:\w+\s+){0,3}?(?:to\s+|past\s+|over\s+|beyond\s+"
    r"|at\s+)?(?:the\s+)?(?:mark\s+of\s+)?(?P<n>\d{1,4}|ten|twenty|fifty|hundred)\b"
)
WHEN = (
    r"\b(?:which|what|wh?at)\s+(?:\w+\s+)?(?:years?|yr|month|point|date)\b|\bwhen\b"
    r"|\bby\s+(?:which|what)\b"
)
ONE_PERIOD = r"\bin\s+(?:a|one|any)\s+(?:single\s+)?(?:year|month)\b|\bcitations?\b|\bcited\b"
# Titles in the order of the alphabet: 'alphabetically', 'A to Z', 'A-Z', 'dictionary order'
ALPHABET = (
    r"\bal(?:ph|f)a?bet\w*|\b(?:a\s*(?:-|–|to)\s*z|z\s*(?:-|–|to)\s*a)\b|\blexicograph\w*"
    r"|\bdictionary\s+order\b|\bby\s+(?:the\s+)?(?:first\s+)?letters?\b"
)
REVERSED = r"\bz\s*(?:-|–|to)\s*a\b|\breverse\w*"
ALPHA_LAST = r"\b(?:last|final|bottom|end|ends|ending|closes)\b"
# Two consecutive papers at one end of the list, and the time between them asked
NEWEST = r"(?:newest|latest|most\s+recent|last|final|recent)"
OLDEST = r"(?:oldest|earliest|first|frist)"
PAPERISH = r"(?:papers?|publications?|ones?|works?|articles?|entries|releases?|pubs)"


def _pair(end: str) -> str:
    """Two papers at that end of the list: 'two newest papers', 'last two', 'latest paper and
    the one before it', 'how long before her latest paper did the previous one come out'."""
    return (
        rf"\b(?:two|2|pair\s+of)\s+(?:\w+\s+){{0,2}}?{end}\b|\b{end}\s+(?:two|2|pair)\b"
        rf"|\b{end}\s+(?:\w+\s+){{0,2}}?{PAPERISH}\b.{{0,70}}?\b(?:previous|preceding|prior"
        rf"|before\s+(?:it|that)|one\s+before|second|next[- ](?:to[- ])?(?:last|first)"
        rf"|penultimate|after\s+(?:it|that))\b"
        rf"|\b(?:previous|preceding|penultimate|second)\s+(?:\w+\s+){{0,2}}?(?:and|vs\.?"
        rf"|versus|to|before)\s+(?:the\s+|his\s+|her\s+|their\s+)?{end}\b"
        rf"|\bbefore\s+(?:his|her|their|the)\s+{end}\s+{PAPERISH}\b"
    )


TIME_ASKED = (
    r"\bhow\s+(?:many\s+(?:days|weeks|months)|long|close|far|much\s+time|soon)\b|\bgap\b"
    r"|\bintervals?\b|\bapart\b|\bbetween\b|\belapsed\b|\bseparat\w+|\bdistance\b|\bspacing\b"
    r"|\bin\s+days\b|\bdays?\b"
)
# The top (or bottom) k groups with their counts: 'top three categories', 'his three biggest
# categories', 'the two quietest years', 'the bottom two categories', 'podium'
K = r"(?P<k>two|three|four|five|2|3|4|5)"
TOP_WORD = (
    r"(?:top|biggest|largest|main|leading|busiest|strongest|highest|most\s+(?:common|frequent"
    r"|popular|used|productive|prolific)|best|major|primary|dominant)"
)
BOTTOM_WORD = (
    r"(?:bottom|smallest|least\s+(?:common|frequent|popular|used|productive)|rarest|fewest"
    r"|quietest|slowest|lowest|weakest|minor|tiniest)"
)
PODIUM = r"\bpodium\b|\bgold\b.{0,30}\bsilver\b|\bmedal\w*"
YEAR = r"(?<!\d)(?:19|20)\d\d(?!\d)"
# Words of these asks, never a topic
WORDS = frozenset(
    """running cumulative cumulatively cumulated accumulated aggregate total totals count
    counts tally sum sums add adds added adding up hit hits hitting reach reaches reached
    reaching pass passes passed passing cross crosses crossed get gets got getting take takes
    took bring brings brought exceed exceeds exceeded surpass surpassed top tops topped break
    broke clear cleared mark alphabet alphabetical alphabetically alphabetic alfabetical
    a-z z-a lexicographic lexicographically dictionary letter letters sort sorted sorting
    order ordered shelve shelved shelving heads head first last reverse reversed newest
    latest recent oldest earliest previous preceding prior penultimate gap interval
    intervals apart between elapsed separated separation distance spacing days weeks close
    far long soon two three four five pair biggest largest main leading busiest strongest
    highest common frequent popular used best major primary dominant bottom smallest least
    rarest fewest quietest slowest lowest weakest minor podium gold silver bronze medal
    medals""".split()  # noqa: SIM905
)


def _number(word: str) -> int | None:
    low = word.casefold()
    return int(low) if low.isdigit() else NUMBERS.get(low)


def _reach(low: str) -> dict[str, Any] | None:
    """The period the running total reaches N ('in which year did his list hit 25')."""
    m = re.search(REACH, low)
    if m is None or re.fullmatch(YEAR, m["n"]) or said(ONE_PERIOD, low) or not said(WHEN, low):
        return None
    n = _number(m["n"])
    # a total said ('his list', 'in total'), not one year's count ('which year topped 10')
    if not n or not said(RUNNING + r"|\b(?:list|listing|count|total|tally|so\s+far)\b", low):
        return None
    group = "month" if said(r"\bmonths?\b", low) and not said(r"\byears?\b", low) else "year"
    return {"group": group, "reduce": "reach", "low": n}


def _alphabet(low: str) -> dict[str, Any] | None:
    """The first (or last) title in the order of the alphabet."""
    if not said(ALPHABET, low):
        return None
    last = said(REVERSED, low) != said(ALPHA_LAST, re.sub(r"\bz\s*(?:-|–|to)\s*a\b", " ", low))
    return {"group": "title", "reduce": "alpha", "late": last}


def _gap(low: str) -> dict[str, Any] | None:
    """The time between the two consecutive papers at the newest (or oldest) end."""
    if not said(TIME_ASKED, low):
        return None
    if said(_pair(NEWEST), low):
        return {"group": "date", "reduce": "gap", "late": True}
    if said(_pair(OLDEST), low):
        return {"group": "date", "reduce": "gap", "late": False}
    return None


def top_groups(low: str, group: str | None) -> dict[str, Any] | None:
    """The top (or bottom) k groups, each with its count ('top three categories + counts')."""
    if group is None:
        return None
    if said(PODIUM, low):
        return {"group": group, "reduce": "top", "k": 3}
    for word, bottom in ((TOP_WORD, False), (BOTTOM_WORD, True)):
        after = K.replace("?P<k>", "?P<j>")
        if m := re.search(rf"\b{word}\s+{K}\b|\b{after}\s+(?:\w+\s+)?{word}\b", low):
            k = _number(m["k"] or m["j"]) or 2
            return {"group": group, "reduce": "top", "k": k, "extreme": bottom}
    return None


def read_operation(low: str) -> dict[str, Any] | None:
    """The (group, reduce, ...) of an operation these words ask, or None."""
    for reader in (_alphabet, _reach, _gap):
        if (asked := reader(low)) is not None:
            return asked
    return None


def operation_word(word: str) -> bool:
    """A word of these asks ('alphabetically', 'cumulative', 'podium'), never a topic."""
    return word.casefold().strip("'’?.,") in WORDS


# Two people set against each other by how often they appear: 'who shows up more, A or B',
# 'which of A and B has co-authored more', 'A vs B - who coauthored more', 'A or B: who is on
# more of her papers'
MORE_OF_TWO = re.compile(
    r"\b(?:more|most|often(?:er)?|frequent\w*|bigger|larger|greater|higher|fewer|less|least"
    r"|outnumber\w*)\b",
    re.IGNORECASE,
)
SET_AGAINST = re.compile(
    r"\bwho\b|\bwhich\b|\bvs\.?|\bversus\b|\bcompar\w*|\bor\b|\bbetween\b|\bagainst\b",
    re.IGNORECASE,
)


def more_of_two(question: str) -> bool:
    """Whether two people's counts are set against each other ('who appears more, A or B')."""
    return MORE_OF_TWO.search(question) is not None and SET_AGAINST.search(question) is not None


# People ranked by the distinct years they appear in, not by their papers: 'the co-author on
# his papers in the most different years', 'who shows up across the most years'
YEARS_RANKED = re.compile(
    r"\b(?:different|distinct|separate|unique|most|more|many|largest\s+number\s+of)\s+"
    r"(?:\w+\s+){0,2}?(?:years|yrs)\b|\bacross\s+(?:the\s+)?most\s+years\b"
    r"|\b(?:years|yrs)\s+(?:with|having)\s+(?:a\s+)?(?:joint|shared|co-?authored)\b",
    re.IGNORECASE,
)


def years_ranked(question: str) -> bool:
    """Whether people are ranked by the distinct years they appear in."""
    return YEARS_RANKED.search(question) is not None
