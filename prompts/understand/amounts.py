"""Amounts of papers a question names: the count a yes/no asks to be passed ('more than one
paper in IV?', 'two or more', 'several or just one') and a share or count it takes for granted
('since half his papers have code', 'with about 25 of them on GitHub'), read from its words."""

from __future__ import annotations

import re

from pydantic import BaseModel

from prompts.understand.terms import NUMBER_WORDS, YES_NO

NUMBERS = {"one": 1, "a single": 1, "a lone": 1, **NUMBER_WORDS, "twenty": 20, "thirty": 30}
NUMBER = r"(?:\d{1,3}|" + "|".join(sorted(NUMBERS, key=len, reverse=True)) + r")"
# the papers counted, within a few words: 'more than one paper in IV', 'two or more of her
# papers', 'several IV categry papers'; 'once' and 'twice' count papers written together
_OF_PAPERS = (
    r"(?=(?:\s+[\w'’-]+){0,4}?\s+(?:papers?|works?|publications?|articles?|studies|ones"
    r"|entries)\b)"
)
PASSED = re.compile(
    rf"\b(?:more\s+than|over)\s+(?P<more>{NUMBER}){_OF_PAPERS}|\bmore\s+than\s+(?P<once>once)\b"
    rf"|\b(?P<least>{NUMBER}|twice)\s+or\s+more\b(?:{_OF_PAPERS}|\s+times\b)?"
    rf"|\bat\s+least\s+(?P<atleast>{NUMBER}){_OF_PAPERS}|\bat\s+least\s+(?P<twice>twice)\b"
    rf"|\b(?P<many>multiple|several|a\s+couple\s+of|repeatedly){_OF_PAPERS}"
    r"|\b(?P<alone>several|multiple|many)\b[^?.;]*\bor\s+(?:just|only)\s+(?:one|1|a\s+single)\b",
    re.IGNORECASE,
)
WH = re.compile(r"\b(?:what|which|who|whom|whose|when|where|why|how)\b", re.IGNORECASE)
# a count asked why it is so ('why did she only publish one paper in 2025?'): put up to be
# checked, as a yes/no puts it
WHY = re.compile(r"(?:^|[:;.!?]\s)\W*(?:why|how\s+come)\b", re.IGNORECASE)
ONLY = re.compile(r"\b(?:only|just|merely)\b", re.IGNORECASE)
PREMISE_DENIED = "That premise does not hold"
# a count asked ('how many ...'), or what is counted is not the papers: 'years with at least
# one code paper', 'any co-author on more than one of her papers?', 'anyone on two or more?'
OTHER_COUNT = re.compile(r"\bhow\s+many\b|\bnumb?e?r\s+of\b|\bcount\b", re.IGNORECASE)
GROUPED = re.compile(
    r"\b(?:years?|months?|days?|weeks?|periods?|quarters?|categor(?:y|ies)|venues?|(?:co-?)?"
    r"authors?|collaborators?|people|person|anyone|anybody|someone|somebody|topics?|themes?)\b",
    re.IGNORECASE,
)

# ... or counted per period: 'in the same month', 'within a single year', 'in one day'
PER_PERIOD = re.compile(
    r"\b(?:same|single|one|each|every|any|per|a|given)\s+(?:calendar\s+)?(?:day|week|month"
    r"|quarter|year|venue|category)\b",
    re.IGNORECASE,
)


class Share(BaseModel):
    """A share of the papers taken for granted: as said, and the shares (or, for a count
    said, the counts) it allows."""

    said: str
    low: float = 0.0
    high: float = 1.0
    counted: bool = False

    def holds(self, n: int, total: int) -> bool:
        """Whether n of total papers is what was said ('about half': 40-60%; 'about 25': 25
        give or take a few; '25': 25; 'over 20': 21 or more)."""
        if self.counted:
            return self.low <= n <= self.high
        return total > 0 and self.low <= n / total <= self.high


def _number(word: str) -> int:
    word = " ".join(word.casefold().split())
    return {"once": 1, "twice": 2, "a dozen": 12}.get(word) or NUMBERS.get(word) or int(word)


_COUNT = rf"(?:{NUMBER}|a\s+dozen)"
# A most the count may reach: 'fewer than 5 papers', 'under three', 'at most 4', 'no more
# than 2', 'four or fewer'
CAPPED = re.compile(
    rf"\b(?:(?P<below>fewer\s+than|less\s+than|under|below)\s+(?P<n1>{_COUNT})"
    rf"|(?:at\s+most|no\s+more\s+than|not\s+more\s+than|up\s+to)\s+(?P<n2>{_COUNT})"
    rf"|(?P<n3>{_COUNT})\s+or\s+(?:fewer|less))\b{_OF_PAPERS}",
    re.IGNORECASE,
)
# A count said as it is: '5 papers in 2023', 'exactly two', 'only four CV papers', 'a dozen
# papers', 'three of her papers' (three or more); not a place in an order ('her 3 latest
# papers', 'the top 5 papers'), nor 'one' or 'a single' said bare ('one paper with code?')
_RANKED = (
    r"(?:most|least|latest|newest|oldest|earliest|recent|best|top|first|last|highest|lowest"
    r"|biggest|largest|longest|shortest)"
)
SAID = re.compile(
    rf"(?<!\bthe\s)(?<!\btop\s)(?<!\bfirst\s)(?<!\blast\s)(?<!\bher\s)(?<!\bhis\s)"
    rf"(?<!\btheir\s)(?<![-/.,$£€#'’])"
    rf"\b(?P<exact>exactly\s+|precisely\s+|only\s+|just\s+)?(?P<n>{_COUNT})"
    rf"(?=(?!\s+{_RANKED}\b)(?:\s+[\w'’-]+){{0,4}}?\s+(?:papers?|works?|publications?|articles?"
    r"|studies|ones|entries)\b)(?P<of>\s+of\b)?",
    re.IGNORECASE,
)
# The verb of the owner's own work before a count is no grouping ('did she co-author 5 papers')
_AUTHORED = re.compile(r"\b(?:co-?)?author(?:ed)?\s+$", re.IGNORECASE)


def _counted_papers(question: str, at: int) -> bool:
    """Whether an amount at `at` counts the papers themselves: a yes/no, no 'how many', no
    grouping said before it ('any co-author on more than one'), none per period after it."""
    before = _AUTHORED.sub("", question[:at])
    if OTHER_COUNT.search(question) or GROUPED.search(before):
        return False
    if PER_PERIOD.search(question, at):  # 'two or more CV papers in the same month'
        return False
    return not (WH.search(question) and not _put(question))


def _put(question: str) -> bool:
    """Is a count said in the question put up to be checked (a yes/no, or a why)?"""
    return YES_NO.match(question) is not None or WHY.search(question) is not None


def _stated(question: str) -> tuple[Share, re.Match[str]] | None:
    """The counts a yes/no allows and where it says them (see `stated_count`)."""
    capped = CAPPED.search(question) if _put(question) else None
    if capped is None and (m := PASSED.search(question)) is not None:
        if not _counted_papers(question, m.start()):
            return None
        if m["more"] or m["once"]:
            low = _number(m["more"] or m["once"]) + 1
        elif m["least"] or m["atleast"] or m["twice"]:
            low = _number(m["least"] or m["atleast"] or m["twice"])
        else:
            low = 2
        return Share(said=" ".join(m[0].split()), low=low, high=10**6, counted=True), m
    if not _put(question):
        return None
    if (m := capped) is not None:
        if not _counted_papers(question, m.start()):
            return None
        n = _number(m["n1"] or m["n2"] or m["n3"])
        high = n - 1 if m["below"] else n
        return Share(said=" ".join(m[0].split()), low=0, high=high, counted=True), m
    for m in SAID.finditer(question):
        n = _number(m["n"])
        # 'why did she only publish one paper in 2025?': one said as the count
        one = m["exact"] or (WHY.search(question) and ONLY.search(question[: m.start()]))
        if (n == 1 and not one) or not _counted_papers(question, m.start()):
            continue
        said = " ".join(m["n"].split())
        if m["of"] and not m["exact"]:  # 'are three of her papers CV?': three or more
            return Share(said=said, low=n, high=10**6, counted=True), m
        return Share(said=said, low=n, high=n, counted=True), m
    return None


def stated_count(question: str) -> Share | None:
    """The number of papers a yes/no asks about, as the counts it allows: 'more than one
    paper in IV?' (2 or more), 'at least 3?' (3 or more), 'several or just one?' (2 or more),
    'fewer than 5?' (4 at most), 'did she publish 5 papers in 2023?' (exactly 5), 'exactly
    two', 'a dozen', 'three of her papers' (3 or more); None when it asks no such count, or
    asks which papers ('which co-author is on more than one?')."""
    stated = _stated(question)
    return stated[0] if stated else None


# The words that only say how many: 'more than one (of)', 'two or more', 'several (of)', 'or
# just one (paper)'; what is counted stays ('IV papers', 'her papers')
QUANTIFIER = re.compile(
    rf"\b(?:(?:more\s+than|over)\s+{NUMBER}|more\s+than\s+once|(?:{NUMBER}|twice)\s+or\s+more"
    r"(?:\s+times)?"
    rf"|at\s+least\s+(?:{NUMBER}|twice)|multiple|several|a\s+couple\s+of|repeatedly)(?:\s+of\b)?"
    r"|,?\s*\bor\s+(?:just|only)\s+(?:one|1|a\s+single)(?:\s+(?:papers?|ones?))?\b",
    re.IGNORECASE,
)


def uncounted(question: str) -> str:
    """The question without the count it asks about ('is X on several of her papers or just
    one?' -> 'is X on her papers?', 'did she publish 5 papers in 2023?' -> 'did she publish
    papers in 2023?'), read for what is counted; unchanged without one."""
    stated = _stated(question)
    if stated is None:
        return question
    m = stated[1]
    before = question[: m.start()]
    if WHY.search(question):  # 'why did she only publish 2 papers?': 'only' said of the count
        before = ONLY.sub(" ", before)
    cut = QUANTIFIER.sub(" ", question) if m.re is PASSED else before + question[m.end() :]
    return " ".join(cut.split()).replace(" ?", "?")


def count_verdict(asked: Share | None, n: int, why: bool = False) -> str | None:
    """'Yes: ' when n papers is a count the yes/no allows; else 'No, only one: ' (or 'No, only
    2: ') when fewer match, 'No, 4, not 5: ' when another count than the one said does, 'No,
    7: ' when more than a most said do; None when no count is asked. Asked `why` the count
    is so, '' when it holds, else 'That premise does not hold (4, not 5): '."""
    if asked is None:
        return None
    if asked.low <= n <= asked.high:
        return "" if why else "Yes: "
    if asked.low == asked.high:  # 'did she publish 5 papers in 2023?': No, 4, not 5
        said = f"{n}, not {int(asked.low)}"
    elif n < asked.low:
        said = "none" if n == 0 else "only one" if n == 1 else f"only {n}"
    else:
        said = str(n)
    if why:
        return f"{PREMISE_DENIED} ({said}): "
    return "No: " if said == "none" else f"No, {said}: "


FRACTIONS = {"half": 0.5, "a third": 1 / 3, "one third": 1 / 3, "two thirds": 2 / 3}
FRACTIONS |= {"a quarter": 0.25, "one quarter": 0.25, "three quarters": 0.75}
HEDGE = re.compile(
    r"\b(?:about|around|roughly|approximately|nearly|almost|some|close\s+to|a\s+(?:little|bit)"
    r"|slightly|just|well)\b|~",
    re.IGNORECASE,
)
_HEDGE = (
    r"(?:(?:about|around|roughly|approximately|nearly|almost|some|close\s+to|a\s+(?:little|bit)"
    r"|slightly|just|well)\s+|~\s*)?"
)
_FRACTION = r"(?:half|(?:a|one|two)\s+thirds?|(?:a|one|three)\s+quarters?)"
_NAME = r"(?!(?:on|in|of|at|for|by|to|from|with|about|and|or)\b)[A-Z][\w-]*"
_OWNER = rf"(?:his|her|their|the|{_NAME}(?:\s+{_NAME})?['’]s?)\s+(?:listed\s+)?"
_AMOUNT = (
    rf"(?P<amount>{_HEDGE}(?:(?:more|less|fewer)\s+than\s+|over\s+|under\s+)?"
    rf"(?:{_FRACTION}|the\s+majority|(?<!\bthe\s)most|\d{{1,3}}\s*(?:%|percent)|\d{{1,3}}))"
)
# 'half his papers', 'about half of Qiu's papers', 'roughly 50% of her listed papers', 'with
# about 25 of their papers', 'most of his work': an amount of the owner's papers
SHARE = re.compile(
    rf"(?<!\bleast\s)(?<!\bthan\s)\b{_AMOUNT}\s+(?:of\s+(?:{_OWNER})?(?:listed\s+)?|{_OWNER})"
    r"(?:papers|publications|works?|output|articles)\b",
    re.IGNORECASE,
)
# the amount asked, not taken for granted: 'do half his papers ...?', 'how many ...', 'what %'
ASKED = re.compile(
    r"^\W*(?:do|does|did|are|is|was|were|have|has|had)\b|\bhow\s+many\b|\bwhat\s+(?:share|"
    r"fraction|proportion|percent\w*|part)\b|\bis\s+it\s+(?:true|right|correct)\b",
    re.IGNORECASE,
)
GRANTING = re.compile(r"^\W*(?:given\s+that|since|as|because|with|seeing\s+as)\s+", re.I)
# what only introduces the claim: "I've read that", 'I heard', "I'd assumed", 'apparently'
LEAD_IN = re.compile(
    r"^\W*(?:i(?:['’]ve|\s+have)\s+(?:read|heard|seen)|i\s+(?:read|heard|was\s+told|think)"
    r"|i['’]?d\s+(?:assumed|heard|read)|i\s+had\s+assumed|apparently|reportedly)\s+(?:that\s+)?",
    re.IGNORECASE,
)


def _share(amount: str) -> Share:
    """The shares (or the counts) an amount allows."""
    said = " ".join(amount.split())
    bare = HEDGE.sub("", said.casefold()).strip(" ~")
    above = re.match(r"(?:more\s+than|over)\s+", bare)
    below = re.match(r"(?:less\s+than|fewer\s+than|under)\s+", bare)
    bound = above or below
    bare = bare[bound.end() :] if bound else bare
    if bare in ("most", "the majority"):
        return Share(said=said, low=0.5 + 1e-9)
    value = FRACTIONS.get(bare)
    if value is None and (pct := re.fullmatch(r"(\d{1,3})\s*(?:%|percent)", bare)):
        value = int(pct[1]) / 100
    if value is None:  # a count: 'about 25', 'over 20', '13'
        n = int(bare)
        room = max(2, round(0.15 * n)) if HEDGE.search(said) else 0
        low, high = (n + 1, 10**6) if above else (0, n - 1) if below else (n - room, n + room)
        return Share(said=said, low=low, high=high, counted=True)
    if above:
        return Share(said=said, low=value + 1e-9)
    if below:
        return Share(said=said, high=value - 1e-9)
    slack = 0.1 if HEDGE.search(said) or bare == "half" else 0.05
    return Share(said=said, low=value - slack, high=value + slack)


def taken_share(question: str) -> tuple[str, str, Share] | None:
    """The claim a question takes for granted about how many of the papers do something
    ('since half his papers have code, which half?'): the clause that names the papers,
    without the amount ('his papers have code'), the question without it ('since his papers
    have code, which?') and the share said; None when no amount of the papers is granted, or
    when it is asked ('do half his papers have code?')."""
    m = SHARE.search(question)
    if m is None or ASKED.search(question):
        return None
    share = _share(m["amount"])
    if share.counted and not 1 < share.low <= 500:  # 'one of his papers': no share
        return None
    of = re.match(r"\s+of\b", question[m.end("amount") :])
    cut = question[: m.start()] + question[m.end("amount") + (of.end() if of else 0) :]
    echo = re.escape(bare[-1]) if (bare := m["amount"].split()) else "half"
    cut = re.sub(rf"\b((?:which|that|those|these|the)\s+)(?:{echo})\b", r"\1", cut, flags=re.I)
    at = m.start()
    start = max(cut.rfind(c, 0, at) for c in ",;:.?!") + 1
    ends = [i for c in ",;?!" if (i := cut.find(c, at)) >= 0]
    end = min([*ends, len(cut)])
    dash = re.search(r"\s[-–—]+\s", cut[at:end])
    clause = cut[start : at + dash.start() if dash else end]
    clause = GRANTING.sub("", LEAD_IN.sub("", clause.strip()))
    if WH.search(clause):  # 'which co-author leads most of her papers?': asked, not granted
        return None
    return " ".join(clause.split()), re.sub(r"\s+(?=[?.!,;])", "", " ".join(cut.split())), share


# A share of the papers a claim makes, asked or granted: 'first author on most of his papers',
# 'on the majority of them', 'on more than half of her 2025 papers', 'on all of her papers',
# 'on none of them', and closing the question: 'isn't she first author on most?'
_SHARE_AMOUNT = (
    rf"{_HEDGE}(?:(?:more|less|fewer)\s+than\s+|over\s+|under\s+|at\s+least\s+)?"
    rf"(?:{_FRACTION}|the\s+majority|most|all|every|each|none|\d{{1,3}}\s*(?:%|percent))"
)
CLAIMED_SHARE = re.compile(
    rf"\b(?P<amount>{_SHARE_AMOUNT})(?=\s+(?:of\s+)?(?:(?:his|her|their|the|these|those|its"
    r"|(?-i:[A-Z][\w-]*)(?:\s+(?-i:[A-Z][\w-]*))?['’]s?)\s+)?(?:[\w-]+\s+){0,2}?(?:papers?"
    r"|publications?|works?|stuff"
    r"|output|articles|ones)\b|\s+of\s+(?:them|it|those|these)\b)"
    rf"|\b(?:on|in|for)\s+(?P<closing>{_SHARE_AMOUNT})\s*[?.!]*\s*$",
    re.IGNORECASE,
)
# The words of such a share, never a topic
AMOUNT_WORDS = frozenset(
    """most majority half all every each none more less fewer than over under least third
    thirds quarter quarters percent""".split()  # noqa: SIM905
)
# A question built on a share: 'why is he first author on most ...?', 'since she leads most,
# ...' (not 'who leads most of her papers?', a superlative)
BUILT_ON = re.compile(
    r"^\W*(?:since|given|as|because|seeing\s+as)\b|\bwhy\b|\bhow\s+come\b", re.IGNORECASE
)


def claimed_share(question: str) -> Share | None:
    """The share of the papers a question claims or asks of them ('most', 'all', 'more than
    half', 'at least half', 'none', '80%'), or None."""
    m = CLAIMED_SHARE.search(question)
    if m is None:
        return None
    said = " ".join((m["amount"] or m["closing"]).split())
    bare = HEDGE.sub("", said.casefold()).strip(" ~")
    if bare in ("all", "every", "each"):
        return Share(said=said, low=1.0)
    if bare == "none":
        return Share(said=said, high=0.0)
    if least := re.match(r"at\s+least\s+", bare):
        rest = bare[least.end() :]
        pct = re.fullmatch(r"(\d{1,3})\s*(?:%|percent)", rest)
        value = FRACTIONS.get(rest, int(pct[1]) / 100 if pct else None)
        return Share(said=said, low=value) if value is not None else None
    return _share(said)


def share_lead(question: str, n: int, total: int) -> str | None:
    """The lead a count answers a claimed share with: 'Yes: ' or 'No: ' to a yes/no ('is she
    first author on most of her papers?': 3 of 50 is No), 'That premise does not hold: ' to a
    question built on a share that does not hold ('why is he first author on most?'); None when
    no share is claimed, or a built-on share holds."""
    share = claimed_share(question)
    if share is None or total <= 0:
        return None
    holds = share.holds(n, total)
    if YES_NO.match(question):
        return "Yes: " if holds else "No: "
    if WH.search(question) and not BUILT_ON.search(question):
        return None
    return None if holds else "That premise does not hold: "
