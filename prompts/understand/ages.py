"""Dates said by how far back they are or by what happened then, written as the dates they
name before the date patterns read them: 'older than three years' (before the day three years
before the capture), 'less than a year ago' (since that day), 'since last christmas' (the latest
one by the capture date), 'before the pandemic', 'this decade', 'the last 3 years not counting
this year'. Each becomes explicit days or years, so the answer says the period it took."""

from __future__ import annotations

import calendar
import datetime as dt
import re

from dateutil.relativedelta import relativedelta

from prompts.understand.terms import NUMBER_WORDS

# fmt: off
# Days of the year every calendar names: 'since halloween 2025', 'before christmas 2023'
HOLIDAYS = {"new years day": (1, 1), "valentines day": (2, 14), "valentines": (2, 14),
            "st patricks day": (3, 17), "april fools day": (4, 1), "independence day": (7, 4),
            "the fourth of july": (7, 4), "halloween": (10, 31), "christmas eve": (12, 24),
            "christmas day": (12, 25), "christmas": (12, 25), "xmas": (12, 25),
            "new years eve": (12, 31), "last day of the year": (12, 31),
            "last day of a year": (12, 31), "first day of the year": (1, 1),
            "first day of a year": (1, 1)}
# fmt: on
HOLIDAY_NAMES = "|".join(  # "new year's eve" as "new years eve"
    re.sub(r"s\b", "['’]?s", h).replace(" ", r"\s+")
    for h in sorted(HOLIDAYS, key=len, reverse=True)
)
AMOUNTS = {**NUMBER_WORDS, "a": 1, "an": 1, "one": 1, "eleven": 11, "twelve": 12,
           "eighteen": 18, "twenty": 20, "a couple of": 2, "a couple": 2, "couple of": 2,
           "a few": 3, "few": 3, "several": 3}  # fmt: skip
AMOUNT = (r"(?P<n>\d{1,2}(?:\.5)?|"
          + "|".join(sorted((k.replace(" ", r"\s+") for k in AMOUNTS), key=len, reverse=True))
          + r")")  # fmt: skip
UNITS = r"(?P<unit>years?|yrs?|months?|weeks?|days?|decades?)(?P<half>\s+and\s+a\s+half)?"
LENGTH = rf"{AMOUNT}[\s-]+{UNITS}"
TAIL = r"\s+(?:ago|old|back|in\s+the\s+past|before\s+(?:now|today))\b"
# Older than a length: 'older than three years', 'more than a year ago', 'over 2 years old',
# 'at least 18 months old', '3+ years ago'
OLDER = re.compile(
    rf"\b(?:(?:from|published|released|dated|put\s+out)\s+)?(?:(?P<than>older\s+th[ae]n|aged\s+"
    rf"(?:over|more\s+than|at\s+least))|more\s+th[ae]n"
    rf"|over|at\s+least|upwards\s+of|greater\s+than|longer\s+than|beyond)\s+{LENGTH}"
    rf"(?P<tail>{TAIL})?|\b{AMOUNT.replace('<n>', '<m>')}(?:\s*\+|\s+or\s+more)[\s-]+"
    rf"{UNITS.replace('<unit>', '<u>').replace('<half>', '<h>')}(?P<tail2>{TAIL})",
    re.IGNORECASE,
)
# Newer than a length: 'less than two years ago', 'newer than 18 months', 'not older than a
# year', 'under a year old', 'younger than 2 years'
NEWER = re.compile(
    rf"\b(?:(?:from|published|released|dated|put\s+out)\s+)?(?:(?P<than>(?:newer|younger|more\s+"
    rf"recent|fresher|(?:no|not)\s+older)\s+than)|less\s+than|fewer\s+than|under|within)\s+"
    rf"{LENGTH}(?P<tail>{TAIL}|\s+of\s+(?:now|today))?",
    re.IGNORECASE,
)
# A holiday without its year after a word that makes it one day ('since last christmas', 'after
# new year', 'before this past halloween'): the latest one by the capture date
LATEST = r"(?:(?:the\s+)?(?:last|latest|most\s+recent|previous)|this\s+past|this|past)\s+"
OCCASION = re.compile(
    rf"\b(?:(?P<cue>since|sinse|after|before|until|till|from|starting)\s+(?:the\s+)?(?P<rel>{LATEST})?"
    rf"|(?P<rel2>{LATEST}))(?P<day>{HOLIDAY_NAMES}|new\s+years?['’]?s?(?:\s+day)?)(?![\w'’])"
    r"(?!\s*(?:of\s+)?(?:,\s*)?(?:(?:19|20)\d{2}|['’]\d{2})\b)",
    re.IGNORECASE,
)
# What happened then, as the days it spans: the COVID-19 pandemic, from the WHO's declaration
# (11 March 2020) to the end of its emergency (5 May 2023); ChatGPT, from its release (30
# November 2022) on. A restated year after it is the same date said again ('after ChatGPT came
# out at the end of 2022', 'before chatgpt (2022)', 'after chatgpt (2023+)').
EVENTS = {
    "pandemic": (dt.date(2020, 3, 11), dt.date(2023, 5, 5)),
    "chatgpt": (dt.date(2022, 11, 30), None),
}
EVENT_NAMES = {
    "pandemic": r"(?:covid(?:[\s-]?19)?\s+|global\s+|coronavirus\s+)?(?:pandemic|covid(?:[\s-]?19)?"
    r"|coronavirus|lockdowns?)",
    "chatgpt": r"chat[\s-]?gpt(?:['’]s)?(?:\s+(?:release|launch|boom|hype))?",
}
_RESTATED = (
    r"(?:(?:in|at|around)\s+)?(?:(?:the\s+end\s+of|late|november|nov|december)\s+)?"
    r"(?:(?:19|20)\d{2}|['’]\d{2})"
)
HAPPENED = (
    r"(?:\s+(?:era|times?|hit|started|began|struck|came\s+out|was\s+released|launched|dropped"
    r"|arrived|appeared|took\s+off))?(?:\s*\(\s*" + _RESTATED + r"\+?\s*\)"
    r"|\s+(?=in\b|at\b|around\b)" + _RESTATED + r"(?!\s*[-–]))?"
)
EVENT = re.compile(
    r"\b(?P<cue>before\s*(?:and|vs\.?|versus|or|/)\s*after|before|prior\s+to|pre|after|post|since"
    r"|during|throughout|in)[\s-]*(?:the\s+)?"
    r"(?:(?P<edge>start|beginning|onset|outbreak|end)\s+of\s+(?:the\s+)?)?(?:"
    + "|".join(f"(?P<{name}>{said})" for name, said in EVENT_NAMES.items())
    + rf")\b{HAPPENED}",
    re.IGNORECASE,
)

# 'this decade' (not 'the first two years of this decade': read with the decade's years)
DECADE_NOW = re.compile(
    r"(?<!\bof\s)\b(?:in\s+)?(?:this|the\s+current|the\s+present)\s+decade\b", re.IGNORECASE
)
YEAR_START = re.compile(
    r"\b(?:(?P<cue>since|from|starting|beginning)\s+)?(?:the\s+)?(?:start|beginning)\s+of\s+"
    r"(?:the|this|the\s+current)\s+year\b",
    re.IGNORECASE,
)
YEAR_SO_FAR = re.compile(r"\b(?:year[\s-]to[\s-]date|ytd)\b", re.IGNORECASE)
# A range's end said at a month's edge, its year said elsewhere ('January through the end of
# March', 'from the start of May'): the month itself, which a range already counts whole
NAMED_MONTHS = "|".join(calendar.month_name[1:])
MONTH_EDGE = re.compile(
    r"\b(?P<cue>through|thru|to|until|till|from|between)\s+the\s+(?:end|start|beginning)\s+of\s+"
    rf"(?P<m>{NAMED_MONTHS})\b(?!\s*,?\s*(?:of\s+)?(?:19|20)\d{{2}})",
    re.IGNORECASE,
)
# 'the last 3 years not counting this year', 'the past two full years': whole years before the
# capture year; 'the last 3 years including this one': the capture year with those before it
LAST_YEARS = re.compile(
    rf"\b(?:the\s+)?(?:last|past|previous|preceding)\s+{AMOUNT}\s+(?P<full>(?:full|complete"
    r"|whole|finished)\s+)?(?:calendar\s+)?years\b(?P<but>\s*[,(]?\s*(?:not\s+counting|excluding"
    r"|except(?:\s+for)?|without|leaving\s+out|but\s+not|minus|apart\s+from)\s+(?:(?:this|the"
    r"\s+current|the\s+present)\s+(?:year|one)|(?P<y>(?:19|20)\d{2}))\b\)?)?(?P<with>\s*[,(]?\s*(?:including|incl\.?"
    r"|counting|with)\s+(?:this|the\s+current|the\s+present)\s+(?:year|one)\b\)?)?",
    re.IGNORECASE,
)


def _amount(m: re.Match[str]) -> relativedelta:
    got = m.groupdict()
    said = " ".join((got["n"] or got.get("m") or "1").casefold().split())
    n = float(said) if said[0].isdigit() else AMOUNTS[said]
    unit = (got["unit"] or got.get("u") or "year").casefold().rstrip("s").replace("yr", "year")
    months = {"year": 12, "decade": 120, "month": 1}.get(unit)
    n += 0.5 if got["half"] or got.get("h") else 0
    if months:
        return relativedelta(months=round(n * months))
    return relativedelta(days=int(n * (7 if unit == "week" else 1)))


def _older(m: re.Match[str], ref: dt.date) -> str:
    """'older than three years' as 'before' the day that long before the capture."""
    if not (m["than"] or m["tail"] or m["tail2"]):
        return m[0]  # 'more than 3 years' of what: no age said
    return f" before {(ref - _amount(m)).isoformat()} "


def _newer(m: re.Match[str], ref: dt.date) -> str:
    if not (m["than"] or m["tail"]):
        return m[0]  # 'within 2 years of her first paper': not an age
    return f" since {(ref - _amount(m)).isoformat()} "


def _occasion(m: re.Match[str], ref: dt.date) -> str:
    cue = (m["cue"] or "").casefold()
    if cue in ("before", "until", "till") and not m["rel"]:
        return m[0]  # 'before christmas': of any year, or the coming one
    name = re.sub(r"['’]", "", " ".join(m["day"].casefold().split()))
    month, day = HOLIDAYS.get(name) or HOLIDAYS.get(name + " day") or (1, 1)  # 'new year'
    this = dt.date(ref.year, month, day)
    said_this = (m["rel"] or m["rel2"] or "").casefold().strip() == "this"
    latest = this if this <= ref or said_this else dt.date(ref.year - 1, month, day)
    return f" {m['cue'] or ''} {latest.isoformat()} "


def _event(m: re.Match[str]) -> str:
    if re.search(r"(?<!\d)(?:19|20)\d{2}(?!\d)", m.string[: m.start()] + " " + m.string[m.end() :]):
        return m[0]  # 'before 2021 (pre-covid)': the event glosses the dates said
    start, end = next(EVENTS[name] for name in EVENTS if m[name])
    cue, edge = m["cue"].casefold(), (m["edge"] or "").casefold()
    first = edge in ("start", "beginning", "onset", "outbreak")
    point = end if end and (edge == "end" or (cue in ("after", "post") and not first)) else start
    if cue.startswith("before") and cue.endswith("after"):  # the two eras set against each other
        return f" before {start.isoformat()} vs after {(end or start).isoformat()} "
    if cue in ("before", "pre") or cue.startswith("prior"):
        return f" before {point.isoformat()} "
    if cue in ("after", "post", "since") or end is None:
        return f" since {point.isoformat()} " if point == start else f" after {point.isoformat()} "
    return f" between {start.isoformat()} and {end.isoformat()} "


def _last_years(m: re.Match[str], ref: dt.date) -> str:
    if not (m["full"] or m["but"] or m["with"]) or (m["y"] and int(m["y"]) != ref.year):
        return m[0]  # 'the last 3 years except 2024': that year left out, read later
    said = " ".join(m["n"].casefold().split())
    n = int(float(said)) if said[0].isdigit() else AMOUNTS[said]
    last = ref.year if m["with"] and not m["but"] else ref.year - 1
    return f" from {last - n + 1} to {last} "


# 'since the summer': the latest one; 'since the end of last year': that year's end
SEASON_SINCE = re.compile(
    r"\b(?P<cue>since|after|from)\s+the\s+(?P<s>spring|summer|autumn|fall|winter)\b"
    r"(?!\s+(?:of\b|months\b|\d|['’]\d))",
    re.IGNORECASE,
)
YEAR_EDGE = re.compile(
    r"\b(?:the\s+)?(?P<e>start|beginning|end|middle)\s+of\s+(?P<rel>last|this|previous|the"
    r"\s+previous|the\s+current|the\s+past)\s+year\b",
    re.IGNORECASE,
)


def _year_edge(m: re.Match[str], ref: dt.date) -> str:
    back = 0 if m["rel"].casefold() in ("this", "the current") else 1
    return f" the {m['e']} of {ref.year - back} "


def said_as_dates(question: str, ref: dt.date) -> str:
    """The question with ages, occasions and events written as the dates they name."""
    if not re.search(r"(?<!\d)(?:19|20)\d{2}(?!\d)", question):
        first = f"{ref.year}-01-01"
        question = YEAR_START.sub(lambda m: f" {'since ' if m['cue'] else ''}{first} ", question)
    question = YEAR_SO_FAR.sub(" this year ", question)
    question = SEASON_SINCE.sub(r"\g<cue> last \g<s>", question)
    question = YEAR_EDGE.sub(lambda m: _year_edge(m, ref), question)
    question = LAST_YEARS.sub(lambda m: _last_years(m, ref), question)
    question = NEWER.sub(lambda m: _newer(m, ref), question)  # first: 'not older than'
    question = OLDER.sub(lambda m: _older(m, ref), question)
    question = OCCASION.sub(lambda m: _occasion(m, ref), question)
    question = EVENT.sub(_event, question)
    question = MONTH_EDGE.sub(r"\g<cue> \g<m>", question)
    return DECADE_NOW.sub(f" from {ref.year // 10 * 10} to {ref.year} ", question)
