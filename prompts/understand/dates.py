"""The date slot of a question: the dates it restricts papers to, read against the capture date."""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import itertools
import re
from collections.abc import Callable
from typing import Any

from dateparser.date import DateDataParser
from dateutil.relativedelta import relativedelta
from pydantic import BaseModel

from prompts.understand.ages import HOLIDAY_NAMES, HOLIDAYS, said_as_dates
from prompts.understand.terms import ORDINAL as PLACE_WORD
from prompts.understand.terms import place_of
from retrieval.model import Profile

ONE_DAY = dt.timedelta(days=1)
FUTURE_YEARS = 10  # a year written in full this far past the capture is still a year asked
Point = tuple[dt.date, dt.date]
Span = tuple[dt.date | None, dt.date | None]
# fmt: off
NUMBERS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
           "eight": 8, "nine": 9, "ten": 10, "twelve": 12, "eighteen": 18, "twenty": 20,
           "few": 3, "a few": 3, "several": 3, "couple of": 2, "a couple of": 2}
FIXED = {"this year": ("year", 0), "last year": ("year", 1), "previous year": ("year", 1),
         "the previous year": ("year", 1), "the year before last": ("year", 2),
         "this month": ("month", 0), "last month": ("month", 1)}
NUM = "|".join(sorted((k.replace(" ", r"\s+") for k in NUMBERS), key=len, reverse=True))
UNIT = r"(?P<unit>year|month|week|day|decade)s?\b"
Y4 = r"(?:19|20)\d{2}"
# A year stands alone: not inside 'GPT-4o', '81.5', 'Valley2023', '2023a', '2023.5', '$2020'.
# "2022's output": a year's own.
YEAR = (rf"(?:(?:the\s+)?year\s+)?(?<![\w.$/'’])(?:{Y4}(?=['’]s\b)|(?:{Y4}|['’]\d{{2}}|\d{{2}}['’])"
        rf"(?![\w'’%]|[.,]\d))")
MONTHS = "january|february|march|april|june|july|august|september|october|november|december"
MONTH = rf"(?:{MONTHS}|may|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b\.?"
DAY = (rf"{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+{Y4}|(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+"
       rf"(?:of\s+)?"
       rf"{MONTH},?\s+{Y4}|{Y4}-[01]\d-[0-3]\d")
NUM_MONTHS = "two|three|four|five|six|seven|eight|nine|ten|eleven"
# Part of a year: 'the first half of 2025', 'H2 2024', 'Q1 2025', 'the last quarter of 2023',
# 'spring 2025' (seasons as the meteorological ones of the northern hemisphere: winter 2025 is
# December 2024 to February 2025).
# 'the latter half of', 'the final quarter of', 'the last six months of', 'the autumn months of'.
# 'early 2023', 'late in 2024': its first or second half
PART_HEAD = (rf"(?:the\s+)?(?:first|second|1st|2nd|latter|later|back|front|last|final)\s+half"
             rf"\s+of|h[12]|q[1-4]|(?:the\s+)?"
             rf"(?:first|second|third|fourth|last|final|1st|2nd|3rd|4th)\s+quarter\s+of"
             rf"|(?:the\s+)?(?:first|last|final)\s+(?:{NUM_MONTHS}|\d{{1,2}})\s+months\s+of"
             rf"|(?:the\s+)?(?:spring|summer|autumn|fall|winter)(?:\s+months)?(?:\s+of)?"
             r"|(?:early|late)(?:\s+in)?")
# ... its year also as two bare digits ('spring 25', 'h2 24'): after a part of a year nothing
# else is two digits long (not '... of 20 citations')
PART = (rf"(?P<part>{PART_HEAD})\s*(?:(?<=[1-4])\s*of\s+)?(?:the\s+year\s+)?(?:{Y4}|['’]\d{{2}}"
        r"|\d{2}(?![\w'’%]|[.,]\d|\s*(?:citations?|cites|tokens|samples)\b))")
# 'the end of 2023', 'mid-2024', 'the end of August 2023', 'the start of march 2021'
EDGE = (rf"(?P<edge>(?:the\s+)?(?:start|beginning|end|middle)\s+of|\bmid-?)\s*(?:the\s+year\s+)?"
        rf"(?P<month>{MONTH}\s+(?:of\s+)?)?{Y4}")
AGO = rf"(?P<n>\d+(?:\.\d+)?|{NUM})\s+{UNIT}(?P<half>\s+and\s+a\s+half)?\s+ago\b"
REL = (r"(?:this|last)\s+(?:year|yr|month)\b|(?:the\s+)?current\s+(?:year|yr)\b"
       r"|(?:this|last|past)\s+(?:spring|summer|autumn|fall|winter)\b"
       # 'this May', 'last october' ('this may be' is no month: May said so needs its capital)
       rf"|(?:this|last|past)\s+(?:{MONTHS}|(?-i:May)|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov"
       r"|dec)\b"
       r"|(?:the\s+)?previous\s+year\b|the\s+year\s+before\s+last\b")
STRONG = rf"(?:{DAY}|{MONTH}\s+(?:of\s+)?{Y4}|{PART}|{EDGE}|{YEAR}|{REL}|{AGO})"
# Points repeat in a pattern: drop their group names. A point starts a word: fast to rule out.
STRONG = r"(?<!\w)" + re.sub(r"\(\?P<\w+>", "(?:", STRONG)
# A lone month ("since March", "in Aug", "before sept.", "in May") only after a cue word, and not
# a given name before a surname ('papers by Jan Kautz', 'with May Wong')
ABBREVIATED = r"jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec"
POINT = rf"(?:{STRONG}|(?:(?:{MONTHS})\b|(?:{ABBREVIATED})\b\.?)(?!\s+(?-i:[A-Z][a-z])))"
# Either end of a range may be a month written short ('jan to june 2025', 'from sep-dec 2024')
# A day whose year the other end of its range says ('march 1 and may 31, 2020', '1 March to
# 31 May 2020'): one end of a range only, never a point alone
DAY_IN_YEAR = (rf"(?:{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?![\d:])|(?:the\s+)?\d{{1,2}}"
               rf"(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH})(?!\s*,?\s*{Y4})")
RANGE_POINT = rf"(?:{STRONG}|{DAY_IN_YEAR}|(?:{MONTHS}|{ABBREVIATED})\b\.?)"
ONWARD = (r"\s+(?:onwards?\b|on(?=\s*(?:$|[,.;:!?)]|(?:are|is|were|was|have|has|had|do|does"
          r"|did|that|which|without|with)\b))|(?:and|or)\s+(?:later|after|beyond|since)\b(?!\s+\S*\d)"
          r"|(?:to|until|till|through)\s+(?:now|today|(?:the\s+)?present|date)\b)")
ROLLING = (rf"(?:\b(?:in|over|within|during|for|from|throughout)\s+)?(?P<the>\bthe\s+)?\b"
           rf"(?P<w>last|past|previous|preceding)\s+(?:(?P<n>\d+(?:\.\d+)?|{NUM})\s+)?{UNIT}"
           rf"(?P<half>\s+and\s+a\s+half)?(?!\s+of\s+(?:the\s+year\s+)?(?:{Y4}|['’]\d{{2}}))")
LEAD = r"(?:\b(?:in|during|over|for|from)\s+)?"
# 'Since 2024 was her busiest year, ...': a reason about the year, which is then read as said
# (not 'every paper since 2024 is about X': what the papers since then are)
REASON = (r"(?!\s+(?:was|is)\s+(?!(?:she|he|they|it|there|a\s+start|the\s+start|about|on|all"
          r"|entirely|only|mostly|exclusively|purely)\b))")
# Nothing after a two-digit year it could be counting, or chat words only ('in 23 lol').
CHAT_END = (
    r"(?=\s*(?:$|[?.!,;)]|(?:and|or|by|with|about|on|for|lol|pls|plz|please|thx|thanks|haha)\b))"
)
COUNTED = r"(?!\s*(?:citations?|cites|tokens|samples|images|examples|words|param\w*|steps|times))"
PATTERNS = [(re.compile(p, re.IGNORECASE), kind) for p, kind in [
    (rf"{LEAD}\b(?:between|betwen|from)\s+(?P<p>{RANGE_POINT})\s*(?:and|(?:up\s+)?(?:to|through"
     rf"|thru|until|till)|-|–)\s*(?P<q>{RANGE_POINT})", "range"),
    (rf"{LEAD}(?P<p>{RANGE_POINT})\s*(?:-|–|—|\bto\b|\bthrough\b|\bthru\b|\buntil\b)\s*"
     rf"(?P<q>{POINT})", "range"),
    # 'March to May', 'jun-aug': a month to a month, either written short
    (rf"(?<!\w)(?P<p>(?:{MONTHS}|{ABBREVIATED})\b\.?)\s*(?:-|–|—|\bto\b|\bthrough\b|\bthru\b"
     rf"|\buntil\b)\s*(?P<q>(?:{MONTHS}|{ABBREVIATED})\b\.?)", "range"),
    (rf"\b(?:since|sinse|starting(?:\s+(?:in|from|with))?|as\s+of|beginning(?:\s+(?:in|with))?"
     rf"|on\s+or\s+after|(?:no|not)\s+earlier\s+than)"
     rf"\s+(?P<p>{POINT})(?:{ONWARD})?{REASON}", "since"),
    (rf"(?:\bfrom\s+)?(?P<p>{POINT}){ONWARD}", "since"),
    (rf"(?<!on or )\b(?:before|predat(?:e|es|ing)|prior\s+to|earlier\s+than|older\s+than|pre-?)\s*"
     rf"(?P<p>{POINT})", "before"),
    (rf"\b(?:until|untill|till|up\s+(?:to|until|till|through)|through|thru|by|(?:no|not)\s+"
     rf"later\s+than|on\s+or\s+before)\s+(?P<p>{POINT})", "until"),
    (rf"(?P<p>{POINT})\s+(?:and|or)\s+(?:earlier|before|prior|older)\b", "until"),
    # 'after 2022', 'past 2022', 'beyond 2021', 'later than 2020' (not 'the past 2 years')
    (rf"\b(?:after|later\s+than|newer\s+than|post-?|(?<!\bthe\s)past|beyond)\s*(?P<p>{POINT})",
     "after"),
    (ROLLING, "rolling"),
    # 'on dec 31', 'dated 31 December': a day without its year, read below as that day of any year
    (rf"(?<![\w-])(?P<p>{DAY_IN_YEAR})", "bare"),
    (rf"{LEAD}(?P<p>{PART.replace('?P<part>', '?:')})", "bare"),  # before 'of 2023' below
    # "in 23" is a year only when nothing follows that it could be counting ("in 23 languages").
    (r"\bin\s+(?P<p>\d{2})\s*[-–]\s*(?P<q>\d{2})" + CHAT_END, "range"),  # 'in 21-22'
    # 'papers 22-24', 'pubs from 21-23': two-digit years right after what they date
    (r"\b(?:papers?|publications?|pubs|works?|articles?|output)\s+(?:(?:from|in|of|during"
     r"|between)\s+)?(?P<p>\d{2})\s*[-–]\s*(?P<q>\d{2})(?![\w'’%]|[.,]\d)" + COUNTED, "range"),
    # '21-23 paper count?', 'her 20-22 papers': two-digit years right before what they date
    (r"(?:^\s*|\b(?:the|her|his|their)\s+|['’]s\s+)(?P<p>\d{2})\s*[-–]\s*(?P<q>\d{2})(?=\s+(?:papers?"
     r"|publications?|pubs|works?|articles?|output)\b)", "range"),
    (r"\bin\s+(?P<p>\d{2})" + CHAT_END, "bare"),
    # not 'the end of October 2025': a day, read below
    (rf"\b(?:in|during|from|for|throughout|dated|(?<!end\s)(?<!start\s)(?<!middle\s)(?<!beginning\s)of"
     rf"|around)\s+(?P<p>{POINT}){COUNTED}", "bare"),
    (rf"(?<!-)(?P<p>{STRONG})(?!-\w){COUNTED}", "bare"),
    # 'her November papers', 'no August publications', 'any May papers': a month naming papers,
    # without a cue ('may' only with its capital)
    (rf"(?<![\w-])(?P<p>{MONTHS}|(?-i:May)|(?!may)(?:{ABBREVIATED})\.?)(?=\s+(?:papers?|publications?|pubs|works|articles?|preprints?"
     r"|releases)\b)", "bare"),
]]
NEG_BEFORE = re.compile(
    r"(?P<cue>\b(?:not|never|neither|excluding|exclude|except(?:\s+(?:for|in|from|during))?|other\s+than"
    r"|apart(?:\s+from)?|aside(?:\s+from)?|outside(?:\s+of)?|ignoring|omitting|skipping"
    r"|leaving\s+out|\w+n['’]t|(?:are|is|was|were|do|does|did|have|has|had)nt)\b)\s+(?:(?:those|ones|the|any|anything|everything|papers?|works?|published"
    r"|publishd|released|written|put|out|dated|appearing|that|were|was|from|show|include|count"
    r"|counting|list)\s+)*$", re.IGNORECASE)
NEG_AFTER = re.compile(r"\s*(?:(?:is|are|were|being|to\s+be)\s+)?(?:excluded|left\s+out|omitted"
                       r"|(?:set\s+|put\s+|laid\s+)?aside|not\s+included|ignored|skipped"
                       r"|dropped|removed|taken\s+out)\b", re.IGNORECASE)
YEAR_TOKEN = re.compile(r"(?:(?:the )?year )?(?:['’]?\d{2}['’]?|\d{4})")
EDGE_RE, AGO_RE, PART_RE = re.compile(EDGE), re.compile(AGO), re.compile(PART)
MIDDLE = re.compile(rf"(?:the\s+)?(?:mid-?|middle\s+of)\s*(?:the\s+year\s+)?{Y4}", re.IGNORECASE)
REL_SEASON = re.compile(r"(this|last|past)\s+(spring|summer|autumn|fall|winter)")
REL_MONTH = re.compile(rf"(this|last|past)\s+({MONTH})", re.IGNORECASE)
LONE_MONTH = re.compile(
    rf"\s*(?:(?:{MONTHS}|{ABBREVIATED})\.?|{DAY_IN_YEAR})\s*", re.IGNORECASE
)
ORDINAL = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
           "last": 4, "final": 4, "front": 1, "latter": 2, "later": 2, "back": 2}
MONTH_COUNT = {w: i for i, w in enumerate(NUM_MONTHS.split("|"), start=2)}
# The end of a year said before: 'from July 2025 through the end of that year', '... to the
# rest of the year', '... till year end' (the year named last).
YEAR_END = re.compile(
    r"\b(?:(?:the\s+)?(?P<edge>end|close|rest|remainder|start|beginning)\s+of\s+(?:that|the|this"
    r"|the\s+same)\s+year|(?:that\s+|the\s+)?year(?:['’]s)?[\s-]?(?P<end>end))\b(?!\s+\d)",
    re.IGNORECASE,
)
# A season or a year of months across a year's end: 'winter 2020/21', 'the 2021-22 winter',
# 'the 2021/22 academic year (July to June)': the months the brackets say, or December to
# February for a winter; a bracket restating the months is read with it
YEAR_OF_MONTHS = r"(?:academic|school|university|financial|fiscal|teaching)\s+year"
ACROSS = re.compile(
    rf"(?:(?P<pre>winter|{YEAR_OF_MONTHS})(?:\s+(?:months\s+)?of)?\s+)?(?:the\s+)?(?<![\w.$/'’-])"
    rf"(?P<a>{Y4}|['’]?\d{{2}})\s*[-–/]\s*(?P<b>{Y4}|['’]?\d{{2}})(?![\w'’%/-]|[.,]\d)"
    rf"(?:\s+(?P<post>winter|{YEAR_OF_MONTHS}|season))?(?:\s*\((?P<gloss>[^()\d]{{3,40}})\))?",
    re.IGNORECASE,
)
# A month range whose end comes before its start, with the two years it spans said apart:
# '2020 to 2021, December through February' (December 2020 to February 2021), either order
_YEAR_PAIR = (rf"(?<![\w.$/'’-])(?P<a>{Y4})\s*(?:-|–|/|\bto\b|\binto\b|\band\b)\s*"
              rf"(?P<b>{Y4})(?![\w'’%/-])")
_MONTH_PAIR = (rf"(?<!\w)(?P<m>{MONTH})\s*(?:-|–|—|\bto\b|\bthrough\b|\bthru\b|\buntil\b)\s*"
               rf"(?P<n>{MONTH})(?!\s*,?\s*(?:of\s+)?(?:{Y4}|['’]\d{{2}}))")
TURN_OF_YEAR = r"\b(?:(?:across|over|around|at)\s+)?the\s+turn\s+of\s+(?:the\s+)?year\b"
# "2022's first half", "2024's Q4": a part of a year said after the year
YEAR_OWNS_PART = re.compile(
    rf"(?<![\w.$/'’])(?P<year>{Y4})['’]s\s+(?P<head>(?:first|second|1st|2nd|latter|later|last"
    rf"|final)\s+half|h[12]|q[1-4]|(?:first|second|third|fourth|last|final|1st|2nd|3rd|4th)"
    rf"\s+quarter|spring|summer|autumn|fall|winter)\b",
    re.IGNORECASE,
)
# 'the 2020s', 'the early 2010s': a decade, or its first, middle or last years
DECADE = re.compile(
    r"(?<![\w'’])(?:the\s+)?(?:(?P<part>early|mid|late)[\s-]+)?(?P<decade>(?:19|20)\d0)['’]?s\b",
    re.IGNORECASE,
)
DECADE_PARTS = {"early": (0, 3), "mid": (4, 6), "late": (7, 9), "": (0, 9)}
# 'the first two years of the decade', 'the last 3 years of the 2010s': years of a decade
DECADE_YEARS = re.compile(
    rf"(?<![\w'’])(?:the\s+)?(?P<end>first|opening|early|last|final|closing)\s+(?P<n>{NUM}|\d)\s+"
    r"years\s+of\s+(?:the\s+|this\s+)?(?:(?:current\s+)?decade\b|(?P<decade>(?:19|20)\d0)['’]?s\b)",
    re.IGNORECASE,
)
# 'dec '22', 'june of last year', 'March this year': a month with its year said short
MONTH_SHORT_YEAR = re.compile(
    rf"(?<!\w)(?P<month>{MONTH})\s*(?:of\s+)?['’](?P<yy>\d{{2}})(?![\w'’])", re.IGNORECASE
)
MONTH_REL_YEAR = re.compile(
    rf"(?<!\w)(?P<month>{MONTH})\s+(?:of\s+)?(?P<rel>(?:the\s+)?(?:last|previous|this|current)"
    r"\s+year|the\s+year\s+before\s+last)\b",
    re.IGNORECASE,
)
# 'the last year or two': the last two years
OR_MORE = re.compile(r"\b(last|past)\s+(year|month)\s+or\s+(two|three|\d)\b", re.IGNORECASE)
# '2023-07', '2020/08': a month written as numbers after its year (ISO 8601), not a day
ISO_MONTH = re.compile(rf"(?<![\w.$/'’-])({Y4})[-/](0?[1-9]|1[0-2])(?![\w'’%/-]|[.,]\d)")
# '03/2020', '3-2021': a month written as numbers before its year
MONTH_YEAR_NUMBERS = re.compile(rf"(?<![\w.$/'’-])(0?[1-9]|1[0-2])[-/]({Y4})(?![\w'’%/-]|[.,]\d)")
# 'June, July or August of 2025', 'jan/feb 2024': months listed before the one year they share
# A day and month in figures without a year, either order, read only where one figure cannot be
# a month ('31/12', '12/31': 31 December; '05/06' is either, '1/3' a fraction: neither read)
DAY_MONTH_NUMBERS = re.compile(r"(?<![\w.$/'’-])(\d{1,2})/(\d{1,2})(?![\w'’%/-]|[.,]\d)")


def _day_month(m: re.Match[str]) -> str:
    a, b = int(m[1]), int(m[2])
    day, month = (a, b) if 12 < a <= 31 and 1 <= b <= 12 else (b, a)
    if not (12 < day <= 31 and 1 <= month <= 12) or day > calendar.monthrange(2000, month)[1]:
        return m[0]
    return f"{day} {calendar.month_name[month]}"


MONTH_LIST = re.compile(
    rf"(?<!\w)(?P<months>{MONTH}(?:\s*(?:,\s*(?:and|or)\b|,|&|/|\band\b|\bor\b)\s*{MONTH})+)"
    rf"\s*(?:,\s*)?(?:of\s+|in\s+)?(?P<year>{Y4}|['’]\d{{2}})(?![\w'’]|[.,]\d)",
    re.IGNORECASE,
)
# 'the 2020-21 papers': a range whose second year is written short
SHORT_END = re.compile(rf"(?<![\w.$/'’])({Y4})\s*[-–/]\s*(\d{{2}})(?![\w'’%/-]|[.,]\d)")
# 'up to and including 2024', 'through and including May': the end said inclusive, as 'through'
AND_INCLUDING = re.compile(
    r"\b(?:up\s+)?(?:to|through|thru|until|till)\s+and\s+incl(?:uding|usive\s+of|\.)?(?=\s)",
    re.IGNORECASE,
)
# 'both months included', '(inclusive)', 'including both ends': how a range counts its ends,
# which is how every range here counts them
ENDS_INCLUDED = re.compile(
    r"[(,]?\s*\b(?:(?:with\s+)?both\s+(?:(?:end|month|year|date|day)s?\s+)?(?:included|inclusive"
    r"|counted|incl\.?)|inclusive(?:ly)?|including\s+both(?:\s+(?:end|month|year|date|day)s)?"
    r"|(?:end|month|year|date|day)s\s+included)\b\s*\)?",
    re.IGNORECASE,
)
# 'since then', 'after that date': the one point said before, as the start of the window
SINCE_THEN = re.compile(
    r"\b(?:since|after)\s+(?:then|that(?:\s+(?:date|day|point|time|month))?)\b(?!\s+\w+ed\b)"
    r"|\bfrom\s+then\s+on(?:wards?)?\b",
    re.IGNORECASE,
)
# When the asker last looked, said to date a window ('I last checked her list at the end of
# October 2025', 'we went through his papers in May 2024'): the asker's, no topic
ASKER_LOOKED = (
    r"\b(?:i|we)\s+(?:last\s+|already\s+|just\s+|first\s+|previously\s+)?(?:checked|looked"
    r"(?:\s+at)?|read|saw|visited|went\s+(?:through|over)|reviewed|browsed|scanned|viewed"
    r"|caught\s+up\s+(?:on|with)|updated)\b"
)
HOLIDAY = re.compile(
    rf"(?<!\w)(?P<day>{HOLIDAY_NAMES})(?:\s*(?:of\s+)?(?:,\s*)?(?P<year>{Y4}|['’]\d{{2}})(?![\w'’]|[.,]\d))?",
    re.IGNORECASE,
)
# 'new year 2021', "new year's 2023": the first day of that year (not 'new year's eve')
NEW_YEAR = re.compile(
    rf"(?<!\w)(?:the\s+)?new\s+years?['’]?s?(?!\s+(?:eve|day))\s+(?:of\s+)?(?P<y>{Y4})\b",
    re.IGNORECASE,
)
# A window of a length next to a point: 'the twelve months after christmas 2023', 'in the 3
# weeks before 2024-05-01', 'the two years following 2021'
NEXT_TO = re.compile(
    rf"\b(?:(?:in|within|during|over)\s+)?(?:the\s+)?(?P<n>\d+|{NUM})\s+{UNIT}(?P<half>(?!))?"
    r"\s+(?P<dir>after|following|before|preceding|prior\s+to|leading\s+up\s+to)\s+"
    rf"(?P<p>{Y4}-[01]\d-[0-3]\d|{MONTH}\s+(?:of\s+)?{Y4}|{Y4})(?![\w-])",
    re.IGNORECASE,
)
# Around a day: that many days either side ('around new year 2021', 'near 2022-06-01')
AROUND_DAYS = 15
AROUND = re.compile(
    rf"\b(?:around|about|near|close\s+to|roughly\s+at)\s+(?:the\s+)?(?P<d>{Y4}-[01]\d-[0-3]\d)\b",
    re.IGNORECASE,
)
# A season without its year, after a cue word or naming papers ('in the summer', 'winter months',
# 'spring papers'): its months of any year (northern hemisphere, as PART reads them)
SEASON_MONTHS = {"spring": ("March", "May"), "summer": ("June", "August"),
                 "autumn": ("September", "November"), "fall": ("September", "November"),
                 "winter": ("December", "February")}  # fmt: skip
SEASON_ALONE = re.compile(
    r"(?:\b(?:in|during|over|from|throughout|across)\s+(?:the\s+)?(?:(?:any|every|each)\s+)?"
    r"(?P<s>spring|summer|autumn|fall|winter)s?(?:\s+months)?"
    r"|(?<![\w-])(?P<t>spring|summer|autumn|winter)s?(?=\s+(?:months|papers?|publications?|pubs"
    rf"|releases)\b)(?:\s+months)?)\b"
    rf"(?!\s+(?:of\s+)?(?:the\s+year\s+)?(?:{Y4}|['’]?\d{{2}}(?!\d|[.,]\d)))",
    re.IGNORECASE,
)
# A quarter or half without its year ('Q1 papers', 'the first quarter of any year', 'the
# first three months of a year', 'H2'): its months of any year, as a season alone is read
QUARTER_MONTHS = {1: ("January", "March"), 2: ("April", "June"), 3: ("July", "September"),
                  4: ("October", "December")}  # fmt: skip
QUARTER_PLACES = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3,
                  "fourth": 4, "4th": 4, "last": 4, "final": 4}  # fmt: skip
ANY_YEAR_OF = r"(?:\s+of\s+(?:a|the|any|every|each)\s+(?:given\s+|calendar\s+)?(?:year|yr)s?\b)?"
QUARTER_ALONE = re.compile(
    rf"(?<![\w-])(?:q(?P<q>[1-4])|(?:the\s+)?(?P<p>first|second|third|fourth|1st|2nd|3rd|4th"
    rf"|last|final)\s+quarters?|(?:the\s+)?(?P<h>first|second|1st|2nd|latter|later|last|back"
    rf"|front|final)\s+half"
    rf"|h(?P<hn>[12])){ANY_YEAR_OF}(?![\w-])(?!\s+['’]?\d{{2}}(?!\d|[.,]\d))"  # not 'h1 24'
    # 'the first three months of a year' (not 'the last 6 months': a window back from now)
    rf"|(?<![\w-])(?:the\s+)?(?P<e>first|last|final|closing|opening)\s+(?P<n>{NUM_MONTHS}"
    rf"|[2-9]|1[01])\s+months"
    rf"{ANY_YEAR_OF.removesuffix('?')}(?![\w-])",
    re.IGNORECASE,
)


def _quarter(m: re.Match[str]) -> str:
    """The months of a quarter or half said without its year: ' from January to March '."""
    if m["q"] or m["p"]:
        first, last = QUARTER_MONTHS[int(m["q"]) if m["q"] else QUARTER_PLACES[m["p"].casefold()]]
    elif m["e"]:
        n = m["n"].casefold()
        count = int(n) if n.isdigit() else MONTH_COUNT[n]
        names = calendar.month_name
        early = m["e"].casefold() in ("first", "opening")
        first, last = (names[1], names[count]) if early else (names[13 - count], names[12])
    else:
        half = m["hn"] or ("1" if m["h"].casefold() in ("first", "1st", "front") else "2")
        first, last = ("January", "June") if half == "1" else ("July", "December")
    return f" from {first} to {last} "


# 'the first half of last year', 'Q4 this year': a part of a year said relative to the capture
PART_REL_YEAR = re.compile(
    rf"(?<!\w)(?P<head>{PART_HEAD})\s*(?:of\s+)?(?P<rel>(?:the\s+)?(?:last|previous|this|current)"
    r"\s+year|the\s+year\s+before\s+last)\b",
    re.IGNORECASE,
)
# 'three calendar years', 'the calendar year 2024': a year as every year here is
CALENDAR = re.compile(r"\bcalendar\s+(?=(?:years?|yrs?|months?)\b)", re.IGNORECASE)
# 'in June or July', 'jan, feb or mar': months listed without a year, each read as one
MONTHS_LISTED = re.compile(
    rf"\b(?P<cue>in|during|from)\s+(?P<months>{MONTH}(?:\s*(?:,\s*(?:and|or)\b|,|&|/|\band\b|\bor\b)"
    rf"\s*{MONTH})+)(?!\s*(?:,\s*)?(?:of\s+|in\s+)?(?:{Y4}|['’]\d{{2}}))",
    re.IGNORECASE,
)
# 'spring 2025 (April)', 'late 2022 (jul to dec)': a date glossed by a closer one in brackets
GLOSSED = re.compile(
    rf"(?P<x>(?:\b(?:the|early|late|mid|first|second|last|final|half|quarter|of|spring|summer"
    rf"|autumn|fall|winter|{MONTHS}|\d{{1,2}})[\s,-]+)*(?:{Y4}s?|['’]\d{{2}}))\s*"
    r"\((?P<y>[^()]{2,40})\)",
    re.IGNORECASE,
)
# Words that put a closer date in place of the one said before it
REFINED = re.compile(
    r"[\s,;:(—–-]*(?:specifically|namely|precisely|exactly|that\s+is|i\.?e\.?|meaning|say|to\s+be"
    r"\s+(?:exact|precise)|or\s+rather|actually|well)[\s,;:—–-]*",
    re.IGNORECASE,
)
# 'not in 2020 or 2022', 'neither from 2022 nor from 2023': one negation over both
JOINER = re.compile(
    r"[\s,]*(?:and|or|nor|&)?[\s,]*(?:(?:from|in|during|of)\s+(?:the\s+year\s+)?)?", re.I
)
OPS: dict[str, Callable[[Point, Point], Span]] = {
    "bare": lambda a, b: a, "range": lambda a, b: (min(a[0], b[0]), max(a[1], b[1])),
    "since": lambda a, b: (a[0], None), "after": lambda a, b: (a[1] + ONE_DAY, None),
    "before": lambda a, b: (None, a[0] - ONE_DAY), "until": lambda a, b: (None, a[1])}
# fmt: on


class DateRange(BaseModel):
    """Dates a question restricts papers to; bounds inclusive, None open."""

    start: dt.date | None = None
    end: dt.date | None = None
    years: list[int] = []  # disjoint exact years ("in 2020 and 2022") when not one range
    months: list[int] = []  # months of any year ("in August", no year said), not a range
    days: list[tuple[int, int]] = []  # (month, day) of any year ("on dec 31")
    negated: bool = False

    def matches(self, day: dt.date) -> bool:
        """Whether a paper dated `day` passes this restriction, negation applied."""
        if self.months or self.days:
            inside = day.month in self.months or (day.month, day.day) in self.days
            return inside != self.negated
        inside = (day.year in self.years) if self.years else (
            (self.start is None or day >= self.start) and (self.end is None or day <= self.end)
        )  # fmt: skip
        return inside != self.negated

    def describe(self) -> str:
        """A short wording for answers: 'in 2023', 'since 2025-05-30', 'not in 2023'."""
        if self.months or self.days:
            said = [calendar.month_name[m] for m in self.months]
            said += [f"{d} {calendar.month_name[m]}" for m, d in self.days]
            text = " or ".join(said) + " of any year"
        elif self.years:
            words = [str(y) for y in self.years]
            text = ", ".join(words[:-1]) + (" or " if self.negated else " and ") + words[-1]
        else:
            text = _when(self.start, self.end)
        return f"not {text}" if self.negated else text


_UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen"
_SPOKEN = {w: 10 + i for i, w in enumerate(_TEENS.split())} | {"twenty": 20, "thirty": 30}
_SPOKEN |= {f"twenty {u}": 21 + i for i, u in enumerate(_UNITS)}
# A year said in words: 'twenty twenty-three', 'two thousand and twenty one', 'twenty nineteen'.
SPOKEN_YEAR = re.compile(
    r"\b(?P<century>twenty|nineteen|two\s+thousand(?:\s+and)?)[\s-]+(?P<rest>"
    + "|".join(sorted((k.replace(" ", r"[\s-]+") for k in _SPOKEN), key=len, reverse=True))
    + r")\b",
    re.IGNORECASE,
)


# 'in 21, 22 and 23', '2020, 21 and 22', 'from 21 or 22 lol': a list of years; two-digit ones
# only after a full year, or after a cue word with nothing after them they could be counting.
YEAR_LIST = re.compile(
    rf"(?P<cue>\b(?:in|from|during|for|of|between)\s+|(?<![\w.$/'’-])(?={Y4}\b))"
    r"(?P<items>\d{2}(?:\d{2})?(?:\s*(?:,\s*(?:and|or)\b|,|&|\band\b|\bor\b)\s*\d{2}(?:\d{2})?)+)"
    rf"(?![\w'’%]|[.,]\d|(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH})",  # not '2021 and 10 June'
    re.IGNORECASE,
)


# The years of a list added up: 'in 21, 22 and 23 all together', '... combined'
SUMMED_AFTER = r"\s*(?:all\s+together|altogether|together|combined|in\s+total|total)\b"


def _full_years(m: re.Match[str], ref: dt.date) -> str:
    """The list with each two-digit year written out ('21, 22 and 23' -> '2021, 2022 and
    2023'); as it was when one of them cannot be a year."""
    items = re.findall(r"\d+", m["items"])
    rest = m.string[m.end() :]
    summed = re.match(SUMMED_AFTER, rest, re.I) is not None  # 'in 21, 22 and 23 all together'
    counting = not (m["cue"].strip() and (re.match(CHAT_END, rest, re.I) or summed))
    years = [y for i in items if (y := _year(i, ref, bare=True)) is not None]
    if len(years) < len(items) or (counting and all(len(i) == 2 for i in items)):
        return m[0]
    if years != sorted(years):  # '2021, and 10 of them': a count after the year, not 2010
        return m[0]
    return m["cue"] + re.sub(r"\b\d{2}\b", lambda d: str(_year(d[0], ref, bare=True)), m["items"])


def spoken_year(m: re.Match[str]) -> str:
    """A `SPOKEN_YEAR` match in digits: 'twenty twenty three' 2023."""
    rest = _SPOKEN[re.sub(r"[\s-]+", " ", m["rest"].casefold())]
    return str((1900 if m["century"].casefold() == "nineteen" else 2000) + rest)


# 'this yaer', 'last yera': 'year' typed with two neighbouring letters swapped, after a word
# that makes it a date
YEAR_SLIP = re.compile(
    r"\b(this|last|current|past|previous)(\s+)(?:eyar|yaer|yera)(?=\b|['’])", re.IGNORECASE
)


def read_dates(question: str, reference: dt.date) -> tuple[DateRange | None, str]:
    """The question's date restriction relative to `reference`, and the question with it blanked."""
    question = YEAR_SLIP.sub(r"\1\2year", question)
    question = SPOKEN_YEAR.sub(spoken_year, question)
    question = said_as_dates(question, reference)
    question = YEAR_LIST.sub(lambda m: _full_years(m, reference), question)
    question = _said_in_full(question, reference)
    question = ANY_MONTH.sub("in ", question)  # 'in any November': November of any year
    question = MONTHS_PLURAL.sub(r"\1", question)
    text, pieces = question, list[tuple[int, int, DateRange]]()
    for pattern, kind in PATTERNS:
        for m in list(pattern.finditer(text)):
            p = q = None
            if kind == "rolling":
                span = _rolling(m, reference)
            else:
                p, q = m["p"], m["q"] if "q" in m.re.groupindex else None
                if q is not None:  # 'between March and June 2025': one year for both
                    p, q = _same_year(p, q), _same_year(q, p)
                    # 'summer 2025 (June to August)': the year said next to the months
                    p = _same_year(p, near := _nearest_year(question, m))
                    q = _same_year(q, p, wraps=bool(near))
                elif kind == "bare" and len(set(re.findall(Y4, question))) == 1:
                    p = _same_year(p, _nearest_year(question, m))  # 'July papers in 2022'
                a = _point(p, reference)
                b = _point(q, reference) if q is not None else a
                span = OPS[kind](a, b) if a and b else None
                if kind == "bare" and a and a[0] == a[1] and MIDDLE.fullmatch(p.strip()):
                    span = _part("mid", a[0].year)  # 'mid 2022': its middle months
            if span is None:
                continue
            cue, after = NEG_BEFORE.search(text, 0, m.start()), NEG_AFTER.match(text, m.end())
            piece = DateRange(start=span[0], end=span[1], negated=bool(cue or after))
            # a part of a year said with its two bare digits ('spring 25') is of that year
            dated = p is not None and PART_RE.fullmatch(" ".join(p.casefold().split()))
            if not YEAR_SAID.search(question) and not RELATIVE.search(m[0]) and not dated:
                # 'in August', 'dec-feb': of any year; 'on dec 31': that day of any year;
                # 'leaving out January to September': the months left, however long the run
                most = MONTHS_LEFT_OUT if piece.negated else MONTHS_SAID
                piece.months = _months_between(p, q, most) or _whole_months(piece, most)
                if kind == "bare" and span[0] == span[1] and span[0] is not None:
                    piece.days = [(span[0].month, span[0].day)]
            pieces.append((m.start(), m.end(), piece))
            cut = cue.span("cue") if cue else after.span() if after else (0, 0)
            for lo, hi in (m.span(), cut):
                text = text[:lo] + " " * (hi - lo) + text[hi:]
    if not pieces:
        return None, question
    if all(p.months or p.days for *_, p in pieces):  # 'never in June or July?': of any year
        months = sorted({m for *_, p in pieces for m in p.months})
        days = sorted({d for *_, p in pieces for d in p.days})
        text = ANY_YEAR.sub(lambda m: " " * len(m[0]), text)
        return DateRange(months=months, days=days, negated=pieces[0][2].negated), text
    for *_, piece in pieces:
        piece.months, piece.days = [], []
    then = SINCE_THEN.search(text)
    last_day = pieces[0][2].end
    if then and len(pieces) == 1 and last_day and not pieces[0][2].negated:
        # 'I last looked at the end of October 2025: what is new since then?'
        pieces[0] = (*pieces[0][:2], DateRange(start=last_day + ONE_DAY))
        text = text[: then.start()] + " " * (then.end() - then.start()) + text[then.end() :]
    pieces.sort(key=lambda p: p[0])
    for (_, end, _), (start, _, _) in itertools.pairwise(list(pieces)):
        if closer := REFINED.fullmatch(text, end, start):  # 'spring 2025, specifically April'
            pieces = [p for p in pieces if p[1] != end]
            lo, hi = closer.span()
            text = text[:lo] + " " * (hi - lo) + text[hi:]
    for (_, end, before), (start, _, after_it) in itertools.pairwise(pieces):
        if before.negated and JOINER.fullmatch(text, end, start):
            after_it.negated = True  # "not in 2020 or 2022": the negation carries over
    kept = [_kept_side(p) if len(pieces) > 1 else p for _, _, p in pieces]
    return _combine(kept, reference), text


def _kept_side(piece: DateRange) -> DateRange:
    """An open window left out as the window kept: 'leaving out everything before 2022' is
    'since 2022', so it joins other bounds ('... and after 2023': 2022-2023)."""
    if not piece.negated or piece.years or (piece.start is None) == (piece.end is None):
        return piece
    if piece.start is not None:
        return DateRange(end=piece.start - ONE_DAY)
    return DateRange(start=piece.end + ONE_DAY) if piece.end else piece


# A year said anywhere ('2024', "'23", 'this year', 'last month') dates a lone month; without
# one, 'papers in August' or 'March to May' asks for those months of any year
YEAR_SAID = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)|['’]\d{2}\b", re.IGNORECASE)
RELATIVE = re.compile(
    r"\b(?:this|last|next|past|previous|current|coming|ago|recent\w*|year|yr)\b", re.IGNORECASE
)


ANY_MONTH = re.compile(rf"\b(?:in\s+)?(?:any|every|each|an?)\s+(?=(?:{MONTHS})s?\b)", re.IGNORECASE)
# 'in Novembers': the month of each year
MONTHS_PLURAL = re.compile(rf"\b({MONTHS})s\b", re.IGNORECASE)
# Words saying a month or day is of any year ('regardless of year', 'across all years', '(any
# year)'): said with it, no topic and no per-year table
ANY_YEAR = re.compile(
    r"\(?\b(?:(?:regardless|irrespective)\s+of\s+(?:the\s+)?years?|whatever\s+the\s+year"
    r"|no\s+matter\s+(?:the|which|what)\s+year|(?:across|over|in|of|for|from)\s+(?:all|every|any"
    r"|each)\s+(?:the\s+)?years?|(?:of\s+|in\s+)?any\s+year|all\s+years"
    r"|of\s+(?:a|the|each|every)\s+(?:given\s+|calendar\s+)?year)\b\)?",
    re.IGNORECASE,
)
MONTHS_SAID = 6  # a longer run of months without a year is no restriction a user means
MONTHS_LEFT_OUT = 11  # ... unless it is left out: 'leaving out January to September'


def _months_between(p: str | None, q: str | None, most: int = MONTHS_SAID) -> list[int]:
    """The months from one month word to another, across a year's end ('dec-feb': 12, 1, 2);
    none unless both ends are months alone."""
    alone = rf"\s*(?:{MONTHS}|{ABBREVIATED})\.?\s*"
    if not (p and q and re.fullmatch(alone, p, re.I) and re.fullmatch(alone, q, re.I)):
        return []
    first, last = (_parse(f"{w.strip(' .')} 2000", dt.date(2000, 12, 31)) for w in (p, q))
    if first is None or last is None:
        return []
    count = (last[0].month - first[0].month) % 12 + 1
    return [(first[0].month - 1 + i) % 12 + 1 for i in range(count)] if count <= most else []


def _whole_months(piece: DateRange, most: int = MONTHS_SAID) -> list[int]:
    """The months a range covers when it is whole calendar months, a year at most ('March to
    May': 3, 4, 5; 'December to February': 12, 1, 2); else none."""
    start, end = piece.start, piece.end
    if start is None or end is None or start.day != 1 or (end + ONE_DAY).day != 1:
        return []
    count = (end.year - start.year) * 12 + end.month - start.month + 1
    return [(start.month - 1 + i) % 12 + 1 for i in range(count)] if count <= most else []


# A month by its place in a year: 'the first month of 2026' (January 2026), 'the last month of
# any year' (December)
MONTH_PLACE = re.compile(
    rf"\b(?P<in>(?:in|during)\s+)?(?:the\s+)?(?P<o>{PLACE_WORD}|last|final)\s+(?:calendar\s+)?month\s+of\s+"
    rf"(?:(?:the\s+year\s+)?(?P<y>{Y4})\b|(?:a|the|any|every|each)\s+(?:given\s+)?year\b)",
    re.IGNORECASE,
)


def _month_place(m: re.Match[str]) -> str:
    place = 12 if m["o"].casefold() in ("last", "final") else place_of(m["o"])
    if place is None or not 1 <= place <= 12:
        return m[0]
    name = calendar.month_name[place]
    return f"{m['in'] or ''}{name} {m['y']}" if m["y"] else f"in {name} of any year"


def _said_in_full(question: str, ref: dt.date) -> str:
    """Date phrases written so that the patterns read them: 'the end of that year' as the end
    of the year said before it, 'the last year or two' as 'the last two years', '2020-21' as
    '2020-2021', 'the early 2020s' as 'from 2020 to 2023'."""
    question = OR_MORE.sub(lambda m: f"{m[1]} {m[3]} {m[2]}s", question)
    question = AND_INCLUDING.sub("through", question)
    question = ENDS_INCLUDED.sub(" ", question)
    question = NEW_YEAR.sub(lambda m: f"{m['y']}-01-01", question)  # 'new year 2021'
    question = HOLIDAY.sub(lambda m: _holiday(m), question)
    question = NEXT_TO.sub(lambda m: _next_to(m, ref), question)
    question = AROUND.sub(lambda m: _around(m), question)
    question = CALENDAR.sub("", question)
    question = MONTH_PLACE.sub(_month_place, question)
    question = re.sub(rf"\b({Y4})\s*\.{{2,3}}\s*({Y4})\b", r"\1 to \2", question)  # '2020..2025'

    def season(m: re.Match[str]) -> str:
        first, last = SEASON_MONTHS[(m["s"] or m["t"]).casefold()]
        return f" from {first} to {last} "

    def part_rel(m: re.Match[str]) -> str:
        said = " ".join(m["rel"].casefold().split()).replace("current", "this")
        _, back = FIXED.get(said) or FIXED[said.removeprefix("the ")]
        return f"{m['head']} {ref.year - back}"

    question = PART_REL_YEAR.sub(part_rel, question)
    if not YEAR_SAID.search(question):
        question = SEASON_ALONE.sub(season, question)
        question = QUARTER_ALONE.sub(_quarter, question)
    if "(" in question:
        question = GLOSSED.sub(lambda m: _gloss(m, ref), question)

    def short_end(m: re.Match[str]) -> str:
        end = int(m[1][:2] + m[2])
        return f"{m[1]}-{end}" if int(m[1]) < end <= ref.year + 1 else m[0]

    question = YEAR_OWNS_PART.sub(lambda m: _owned_part(m), question)
    question = _wrapped_months(question)
    question = ACROSS.sub(lambda m: _across(m, ref), question)
    question = SHORT_END.sub(short_end, question)
    question = ISO_MONTH.sub(lambda m: f"{calendar.month_name[int(m[2])]} {m[1]}", question)
    question = MONTH_YEAR_NUMBERS.sub(
        lambda m: f"{calendar.month_name[int(m[1])]} {m[2]}", question
    )
    question = DAY_MONTH_NUMBERS.sub(_day_month, question)

    def month_list(m: re.Match[str]) -> str:  # each with the year: 'June 2025, July 2025 or ...'
        if re.search(r"\bbetween\s+$", m.string[: m.start()], re.IGNORECASE):
            return m[0]  # 'between March and June 2025': a range, read as one
        return re.sub(MONTH, lambda w: f"{w[0]} {m['year']}", m["months"], flags=re.I)

    question = MONTH_LIST.sub(month_list, question)
    question = MONTHS_LISTED.sub(  # 'in June or in July'
        lambda m: (
            m["cue"] + " " + re.sub(MONTH, lambda w: f"in {w[0]}", m["months"], flags=re.I)[3:]
        ),
        question,
    )

    def decade(m: re.Match[str]) -> str:
        first, last = DECADE_PARTS[(m["part"] or "").casefold()]
        start = int(m["decade"])
        return f"from {start + first} to {min(start + last, ref.year)}"

    def decade_years(m: re.Match[str]) -> str:
        start = int(m["decade"]) if m["decade"] else ref.year // 10 * 10
        n = int(m["n"]) if m["n"].isdigit() else NUMBERS[" ".join(m["n"].casefold().split())]
        first = start if m["end"].casefold() in ("first", "opening", "early") else start + 10 - n
        return f"from {first} to {first + n - 1}"

    question = DECADE_YEARS.sub(decade_years, question)
    question = DECADE.sub(decade, question)

    def short_year(m: re.Match[str]) -> str:
        year = _year(m["yy"], ref, bare=False)
        return f"{m['month']} {year}" if year else m[0]

    def relative_year(m: re.Match[str]) -> str:
        said = " ".join(m["rel"].casefold().split()).replace("current", "this")
        _, back = FIXED.get(said) or FIXED[said.removeprefix("the ")]
        return f"{m['month']} {ref.year - back}"

    question = MONTH_SHORT_YEAR.sub(short_year, question)
    question = MONTH_REL_YEAR.sub(relative_year, question)

    def year_end(m: re.Match[str]) -> str:
        said = re.findall(Y4, question[: m.start()])
        if not said:
            return m[0]
        edge = "start" if (m["edge"] or "").casefold() in ("start", "beginning") else "end"
        return f"the {edge} of {said[-1]}"

    return YEAR_END.sub(year_end, question)


def _across(m: re.Match[str], ref: dt.date) -> str:
    """'winter 2020/21' as 'December 2020 to February 2021'; '2021/22 (July to June)' as
    'July 2021 to June 2022'; as said when it names no span across a year's end."""
    if m["a"][0].isdigit() and len(m["a"]) == 2 and not (m["pre"] or m["post"]):
        return m[0]  # '20/21' alone may be a score or a fraction: a span only beside 'winter'
    first = _year(re.sub(r"\D", "", m["a"]), ref, bare=False)
    b = re.sub(r"\D", "", m["b"])
    second = _year(b if len(b) == 4 else str(first)[:2] + b, ref, bare=True) if first else None
    if first is None or second != first + 1:
        return m[0]
    months = [
        _parse(f"{w} 2000", dt.date(2000, 12, 31))
        for w in re.findall(MONTH, m["gloss"] or "", re.I)
    ]
    if len(months) == 2 and all(months) and months[1][0] < months[0][0]:  # type: ignore[index]
        said = re.findall(MONTH, m["gloss"], re.IGNORECASE)
        return f" from {said[0]} {first} to {said[1]} {second} "
    if (m["pre"] or m["post"] or "").casefold() == "winter":
        return f" from December {first} to February {second} "
    return m[0]


def _owned_part(m: re.Match[str]) -> str:
    """ "2022's first half" as 'the first half of 2022', "2024's Q4" as 'Q4 2024'."""
    head = m["head"]
    joined = " " if re.fullmatch(r"[hq][1-4]", head, re.IGNORECASE) else " of "
    return f"{head}{joined}{m['year']}"


def _wrapped_months(question: str) -> str:
    """'2020 to 2021, December through February' as 'from December 2020 to February 2021':
    a month range that wraps past a year's end, with the consecutive years it spans said."""
    months = re.search(_MONTH_PAIR, question, re.IGNORECASE)
    years = re.search(_YEAR_PAIR, question, re.IGNORECASE)
    if not (months and years) or int(years["b"]) != int(years["a"]) + 1:
        return question
    first, last = (_parse(f"{months[g]} 2000", dt.date(2000, 12, 31)) for g in "mn")
    if first is None or last is None or last[0] >= first[0]:
        return question
    said = f" from {months['m']} {years['a']} to {months['n']} {years['b']} "
    cuts = sorted([(*months.span(), said), (*years.span(), " ")], reverse=True)
    for start, end, put in cuts:  # the later one first, so the earlier one's place holds
        question = question[:start] + put + question[end:]
    return re.sub(TURN_OF_YEAR, " ", question, flags=re.IGNORECASE)  # said by the dates now


def _next_to(m: re.Match[str], ref: dt.date) -> str:
    """'the twelve months after 2023-12-25' as the window it names, both ends said."""
    point = _point(m["p"], ref)
    if point is None:
        return m[0]
    n, unit = _amount(m)
    step = relativedelta(**{f"{unit}s": n})
    if m["dir"].casefold().startswith(("after", "follow")):
        start, end = point[1] + ONE_DAY, point[1] + step
    else:
        start, end = point[0] - step, point[0] - ONE_DAY
    return f" between {start.isoformat()} and {end.isoformat()} "


def _around(m: re.Match[str]) -> str:
    """'around 2021-01-01': the days either side of it (AROUND_DAYS), both ends said."""
    day = dt.date.fromisoformat(m["d"])
    wide = dt.timedelta(days=AROUND_DAYS)
    return f" between {(day - wide).isoformat()} and {(day + wide).isoformat()} "


def _holiday(m: re.Match[str]) -> str:
    month, day = HOLIDAYS[re.sub(r"['’]", "", " ".join(m["day"].casefold().split()))]
    if m["year"] is None:  # 'on New Year's Eve': that day of any year
        return f" on {calendar.month_name[month]} {day} "
    year = re.sub(r"\D", "", m["year"])  # "xmas '22": 2022
    return str(dt.date(int(year) if len(year) == 4 else 2000 + int(year), month, day))


def _gloss(m: re.Match[str], ref: dt.date) -> str:
    """The bracketed date in place of the one it glosses, with that one's year when it says
    none ('spring 2025 (April)' -> 'April 2025'); as said when the brackets hold no date."""
    year = re.search(Y4, m["x"])
    said = m["y"] if re.search(Y4, m["y"]) or year is None else f"{m['y']} {year[0]}"
    inner, rest = read_dates(said, ref)
    if inner is None or re.search(r"[a-z]{3}", rest, re.IGNORECASE):
        return m[0]
    return f" {said} "


def _point(text: str, ref: dt.date) -> Point | None:
    t = " ".join(text.lower().split())
    if YEAR_TOKEN.fullmatch(t):
        return _year_span(_year(re.sub(r"\D", "", t), ref, bare=t.isdigit()))
    if m := PART_RE.fullmatch(t):
        return _part(m["part"], int(t[-4:]) if t[-4:].isdigit() else 2000 + int(t[-2:]))
    if m := EDGE_RE.fullmatch(t):
        y, edge = int(t[-4:]), m["edge"]
        month = _parse(f"{m['month']} {y}", ref) if m["month"] else None
        first, last = month or (dt.date(y, 1, 1), dt.date(y, 12, 31))
        mid = first.replace(day=15) if month else first.replace(month=7)
        day = last if "end" in edge else mid if "mid" in edge else first
        return day, day
    t = re.sub(r"^(?:the\s+)?current\b", "this", t).replace(" yr", " year")
    if m := REL_SEASON.fullmatch(t):  # 'last spring': the latest one over by the capture date
        start, end = _part(m[2], ref.year)
        return _part(m[2], ref.year - 1) if m[1] != "this" and end >= ref else (start, end)
    if (m := REL_MONTH.fullmatch(t)) and (this := _parse(f"{m[2]} {ref.year}", ref)):
        # 'this May': the capture year's, begun by the capture date; 'last May': the latest
        # one over by then
        begun = this[0] <= ref if m[1] == "this" else this[1] < ref
        return this if begun else _parse(f"{m[2]} {ref.year - 1}", ref)
    if t in FIXED:
        unit, back = FIXED[t]
        return _year_span(ref.year - back) if unit == "year" else _month_span(ref, back)
    if m := AGO_RE.fullmatch(t):
        n, unit = _amount(m)
        day = _ago(n, unit, ref)
        return {"year": _year_span(day.year), "month": _month_span(day, 0)}.get(unit, (day, day))
    return _parse(t, ref)


# A rolling window counts back from the capture date ("the last 18 months", "the past year"), but
# "the last N years" (N >= 2) is N calendar years ending with the capture year, and a bare
# "last year"/"last month" is the previous calendar year/month.
def _rolling(m: re.Match[str], ref: dt.date) -> Span | None:
    """The window 'the last N units' names, from the reference."""
    word = m["w"].lower()
    rolling = m["n"] or m["half"] or word == "past" or (m["the"] and word == "last")
    n, unit = _amount(m)
    if not rolling and unit in ("year", "month"):
        return _year_span(ref.year - 1) if unit == "year" else _month_span(ref, 1)
    if unit == "year" and n >= 2:
        return dt.date(ref.year - n + 1, 1, 1), dt.date(ref.year, 12, 31)
    return _ago(n, unit, ref), None


def _amount(m: re.Match[str]) -> tuple[int, str]:
    raw = " ".join((m["n"] or "1").lower().split())
    n = (float(raw) if raw[0].isdigit() else NUMBERS[raw]) + (0.5 if m["half"] else 0)
    unit = m["unit"].lower()
    if unit == "decade":
        n, unit = n * 10, "year"
    if unit == "year" and n != int(n):
        n, unit = n * 12, "month"
    return int(n), unit


def _combine(pieces: list[DateRange], ref: dt.date) -> DateRange | None:
    keep = _merge([p for p in pieces if not p.negated], negated=False)
    drop = _merge([p for p in pieces if p.negated], negated=True)
    if keep is None or drop is None:
        return keep or drop
    kept, dropped = _year_list(keep, ref), _year_list(drop, ref)
    if kept is None or dropped is None:
        return keep  # "since March 2024 but not May 2024": one range cannot say it
    return _from_years(sorted(set(kept) - set(dropped)), negated=False)


def _merge(parts: list[DateRange], negated: bool) -> DateRange | None:
    """Whole years join into a set; other restrictions must all hold at once."""
    if len(parts) < 2:
        return parts[0] if parts else None
    if all(p.start and _year_span(p.start.year) == (p.start, p.end) for p in parts):
        return _from_years(sorted({p.start.year for p in parts if p.start}), negated)
    start = max((p.start for p in parts if p.start), default=None)
    end = min((p.end for p in parts if p.end), default=None)
    if start and end and start > end:  # no day is in all: the two ends of one span were read
        start = min(p.start for p in parts if p.start)
        end = max(p.end for p in parts if p.end)
    return DateRange(start=start, end=end, negated=negated)


def _from_years(years: list[int], negated: bool) -> DateRange:
    if not years:
        return DateRange(negated=True)  # nothing is left
    exact = [] if years == list(range(years[0], years[-1] + 1)) else years
    start, end = dt.date(years[0], 1, 1), dt.date(years[-1], 12, 31)
    return DateRange(start=start, end=end, years=exact, negated=negated)


def _year_list(r: DateRange, ref: dt.date) -> list[int] | None:
    end = r.end or dt.date(ref.year, 12, 31)
    if r.years or not r.start or (r.start.month, r.start.day, end.month, end.day) != (1, 1, 12, 31):
        return r.years or None
    return list(range(r.start.year, end.year + 1))


def _year(digits: str, ref: dt.date, bare: bool) -> int | None:
    year = int(digits) if len(digits) == 4 else 2000 + int(digits)
    if len(digits) == 2 and year > ref.year + 1 and not bare:
        year -= 100  # "'95" is 1995; a plain "in 45" stays out of range: it counts something
    # a year written in full may be past the listing ('papers from 2028': none, said so)
    latest = ref.year + (FUTURE_YEARS if len(digits) == 4 else 1)
    return year if 1900 <= year <= latest else None


SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 0}


def _same_year(month: str, other: str, wraps: bool = False) -> str:
    """A lone month given the year the other end of its range names ('March' and 'June
    2025': March 2025), else as it is. `wraps`: the month ends a range that other starts, so
    an earlier month is in the next year ('July to June', July 2023: June 2024)."""
    year = re.search(Y4, other)
    if not (LONE_MONTH.fullmatch(month) and year):
        return month
    said = (other[: year.start()], month)
    first, last = (_parse(f"{w} 2000", dt.date(2000, 12, 31)) for w in said)
    later = wraps and first is not None and last is not None and last[0] < first[0]
    return f"{month} {int(year[0]) + 1 if later else year[0]}"


def _nearest_year(question: str, m: re.Match[str]) -> str:
    """The four-digit year said closest to the match, or ''."""
    years = [(min(abs(y.start() - m.end()), abs(y.end() - m.start())), y[0])
             for y in re.finditer(Y4, question)]  # fmt: skip
    return min(years)[1] if years else ""


def _part(part: str, year: int) -> Point:
    """A half, a quarter or a season of a year, as its first and last day."""
    season = next((SEASONS[w] for w in part.split() if w in SEASONS), None)
    if season is not None:
        start = dt.date(year - 1, 12, 1) if season == 0 else dt.date(year, season, 1)
        return start, _month_span(dt.date(year, season + 2, 1), 0)[1]
    words = part.split()
    if words[0] == "mid":  # May to August
        return dt.date(year, 5, 1), dt.date(year, 8, 31)
    if words[0] in ("early", "late"):  # its first or second half
        words = ["first" if words[0] == "early" else "second", "half"]
        part = " ".join(words)
    word = next((w for w in words if w in ORDINAL), part)
    if "months" in words:  # 'the first six months of', 'the last 3 months of'
        count = next(int(w) if w.isdigit() else MONTH_COUNT[w] for w in words[-3:-1])
        first = 1 if word == "first" else 13 - count
        return dt.date(year, first, 1), _month_span(dt.date(year, first + count - 1, 1), 0)[1]
    half = "half" in part or word[0] == "h"
    n = int(word[1]) if word[0] in "hq" else ORDINAL[word]
    n = min(n, 2) if half else n  # 'the last half': the second
    months = 6 if half else 3
    first = (n - 1) * months + 1
    _, last = _month_span(dt.date(year, first + months - 1, 1), 0)
    return dt.date(year, first, 1), last


def _year_span(year: int | None) -> Point | None:
    return (dt.date(year, 1, 1), dt.date(year, 12, 31)) if year else None


def _month_span(day: dt.date, back: int) -> Point:
    y, m = divmod(day.year * 12 + day.month - 1 - back, 12)
    first = dt.date(y, m + 1, 1)
    return first, (first + dt.timedelta(days=32)).replace(day=1) - ONE_DAY


def _ago(n: int, unit: str, ref: dt.date) -> dt.date:
    found = _parse(f"{n} {unit}s ago", ref)
    return found[0] if found else ref


@functools.lru_cache(maxsize=512)
def _parse(span: str, ref: dt.date) -> Point | None:
    """dateparser on a short span only: on whole questions it is slower and misreads numbers."""
    data = _parser(ref).get_date_data(span)
    if data.date_obj is None:
        return None
    day = data.date_obj.date()
    if "ago" in span or data.period not in ("year", "month"):
        return day, day
    return _year_span(day.year) if data.period == "year" else _month_span(day, 0)


@functools.lru_cache(maxsize=8)
def _parser(ref: dt.date) -> DateDataParser:
    base = dt.datetime(ref.year, ref.month, ref.day)
    settings = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"}
    return DateDataParser(languages=["en"], settings=settings)


def _when(start: dt.date | None, end: dt.date | None) -> str:
    s = str(start.year) if start and (start.month, start.day) == (1, 1) else f"{start}"
    e = str(end.year) if end and (end.month, end.day) == (12, 31) else f"{end}"
    if start and end:
        return (f"in {s}" if s == e else f"{s}-{e}") if (s + e).isdigit() else f"{start} to {end}"
    return f"since {s}" if start else f"up to {e}" if end else "any time"


def reference_date(profile: Profile) -> dt.date:
    """What 'last 18 months' counts back from: today in the capture year, else its last day."""
    today = dt.date.today()
    return today if today.year == profile.captured_year else dt.date(profile.captured_year, 12, 31)


RECENT_YEARS = 2  # a paper this many years back from the reference date, or newer, is recent


def recent_since(profile: Profile) -> dt.date:
    """The first day of the recent papers ('lately', 'these days', 'his recent work')."""
    return years_back(reference_date(profile), RECENT_YEARS)


def years_back(day: dt.date, years: int) -> dt.date:
    """The same day `years` earlier; 29 February becomes the 28th in a year without one."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)


def date_filters(dates: DateRange | None) -> dict[str, Any]:
    """The Filters fields (and exact `years`) a date restriction becomes."""
    none: dict[str, Any] = {"years": []}
    if dates is None:
        return none
    if dates.days and dates.negated:
        return none  # 'not on dec 31': every other day, no restriction a user means
    if dates.months or dates.days:  # 'not in August': the other months
        if not dates.months:
            return none | {"days": dates.days}
        months = [m for m in range(1, 13) if (m in dates.months) != dates.negated]
        return none | {"months": months, "days": dates.days}
    whole = (dates.start is None or (dates.start.month, dates.start.day) == (1, 1)) and (
        dates.end is None or (dates.end.month, dates.end.day) == (12, 31)
    )
    first = dates.start.year if dates.start else None
    last = dates.end.year if dates.end else None
    if dates.negated:
        if dates.years:
            return none | {"exclude_years": dates.years}
        if first is not None and last is not None and whole:
            return none | {"exclude_years": list(range(first, last + 1))}
        if dates.start is not None and dates.end is None:  # 'not since X' = before X
            return none | day_span(None, dates.start - ONE_DAY)
        if dates.end is not None and dates.start is None:
            return none | day_span(dates.end + ONE_DAY, None)
        return none  # a negated part-year window: not expressible, so not applied
    if dates.years:
        return {"years": dates.years, "year_from": min(dates.years), "year_to": max(dates.years)}
    return none | day_span(dates.start, dates.end)


def day_span(start: dt.date | None, end: dt.date | None) -> dict[str, Any]:
    """Year bounds always; day bounds too when the range does not fall on whole years."""
    out: dict[str, Any] = {
        "year_from": start.year if start else None,
        "year_to": end.year if end else None,
    }
    if start is not None and (start.month, start.day) != (1, 1):
        out["date_from"] = start
    if end is not None and (end.month, end.day) != (12, 31):
        out["date_to"] = end
    return out
