"""Aggregates as three small vocabularies: a FIELD of each paper (its title's length in words
or characters, the quarter, half or season of its date, its category, its first author), an
OPERATION on it (the most or the least, the groups or papers meeting a count or length bound,
the group that appeared first or last) and the filters the Query already holds. 'the briefest
title', 'the quietest quarter of 2024', 'first authors on several papers', 'the category that
showed up most recently', 'titles under six words' are each one (field, operation) pair read
from these words, not a handler of their own. Year and month rankings and year bounds keep
their own readers (tallies, router); this one reads the fields and operations they lack."""

from __future__ import annotations

import re
from typing import Literal

from rapidfuzz.distance import OSA

from prompts.understand.tallies import count_bounds
from retrieval.text import compiled

Field = Literal[
    "title_words", "title_chars", "quarter", "half", "season", "category", "first_author"
]
Operation = Literal["most", "least", "bounded", "debut", "average"]

TITLE = r"\btit(?:le|el)s?\b"
# How long a title is: said of its words (the default) or of its characters
LENGTH = (
    r"\b(?:short|shorter|shortest|long|longer|longest|brief|briefer|briefest|lengthy|lengthiest"
    r"|wordy|wordier|wordiest|terse|tersest|length|words?|word[- ]count)\b"
)
CHARACTERS = r"\b(?:characters?|chars?|letters?|character[- ]count)\b"
# A period of the year as the unit ranked, not one of them named ('the second quarter', 'Q2',
# 'the back half' are dates)
NAMED_PART = (
    r"(?:first|second|third|fourth|1st|2nd|3rd|4th|last|final|latter|later|back|front|early"
    r"|late|opening|closing|next|past|coming|previous|two|three|four|\d+)"
)
PERIODS: list[tuple[Field, str]] = [
    ("quarter", r"\b(?:quarters?|quarterly)\b|\bthree[- ]month\s+(?:periods?"
                r"|blocks?|stretch(?:es)?|windows?|spans?)\b"),
    ("half", r"\b(?:halves|half[- ]years?)\b|\bwhich\s+half\b|\bsix[- ]month"
             r"\s+(?:periods?|blocks?|stretch(?:es)?|windows?|spans?)\b"),
    ("season", r"\b(?:seasons?|seasonal(?:ly)?)\b(?![- ]?(?:rhythm|chart|pattern))"),
]  # fmt: skip
WINDOW_AFTER = r"\s+(?:\w+\s+)?(?:after|before|following|since|prior\s+to|preceding)\b"
GROUPS: list[tuple[Field, str]] = [
    ("category", r"\bcate?g\w*|\bsubject\s+(?:areas?|labels?|categor\w*)\b|\barxiv\s+(?:labels?"
                 r"|fields?)\b"),
    ("first_author", r"\b(?:first|lead|1st|main)[- ]?(?:named[- ])?authors?\b|\bfirst[- ]named\b"
                     r"|\b(?:leads?|led|leading)\b[^.?!]{0,40}?\b(?:papers?|publications?|works?)\b"),
]  # fmt: skip
# The operation: the most, the least (a comparative too: 'which half was busier')
MOST = (
    r"\b(?:most|busiest|busier|biggest|bigger|largest|larger|highest|higher|top|peak|maximum|max"
    r"|longest|longer|lengthiest|wordiest|wordier|strongest|heaviest|prolific|productive|led"
    r"|won|wins|topped|tops)\b"
)
LEAST = (
    r"\b(?:least|fewest|fewer|quietest|quieter|slowest|slower|lowest|lower|smallest|smaller"
    r"|shortest|shorter|briefest|briefer|tersest|minimum|min|weakest|leanest|emptiest|thinnest)\b"
)
SET_ASIDE = r"\b(?:not|n['’]t|rather\s+than|instead\s+of|never\s+mind|forget)\s+(?:the\s+|a\s+)?$"
# A group's first appearance: 'the category that showed up most recently', 'appeared first',
# 'made its debut', 'first time', 'started publishing in'
DEBUT = (
    r"\bappear\w*|\bshow(?:s|ed|n|ing)?\s+up\b|\bturn(?:s|ed)?\s+up\b|\bpop(?:s|ped)?\s+up\b"
    r"|\bdebut\w*|\bfirst\s+(?:time|appearance|seen|used)\b|\bemerg\w*|\barriv\w*"
    r"|\b(?:started|began|start|begin|starts|begins)\s+(?:publishing|appearing|writing|working)"
    r"\s+(?:in|on|under)\b|\b(?:newest|latest|earliest|oldest)\s+(?:to\s+)?(?:join|enter)\w*"
    r"|\b(?:newest|latest|earliest|oldest|first|last)\s+(?:one\s+)?to\s+(?:appear|show|turn|join"
    r"|enter|arrive|come)\b"
)
FREQUENT = r"\b(?:often|frequent\w*|times|common\w*|regular\w*|repeatedly)\b"
LATE = r"\b(?:newest|latest|last|most\s+recent(?:ly)?|recent(?:ly)?|lately|late)\b"
# Groups held more than once: 'first author more than once', 'on several papers', 'repeat'
REPEATED = (
    r"\bmore\s+than\s+once\b|\b(?:several|multiple|repeated(?:ly)?|recurring|repeat)\b"
    r"|\b(?:twice|two\s+times)\s+or\s+more\b|\bat\s+least\s+twice\b"
)
# Periods without a paper: 'with no papers', 'empty', 'nothing published'
EMPTY = (
    r"\b(?:no|zero|without(?:\s+any)?)\s+(?:\w+\s+)?(?:papers?|publications?|output)\b"
    r"|\b(?:empty|blank|nothing)\b"
)
AVERAGE = r"\b(?:average|avg|mean|median|typical(?:ly)?|usual(?:ly)?)\b"
# Groups of one paper: 'appear only once', 'a single paper'
ONCE = (
    r"\b(?:only|just|exactly|precisely)\s+(?:once|one|1|a\s+single)\b|\bonce\s+only\b"
    r"|\bsingle\s+(?:paper|publication|entry)\b"
)
# A category named with the word ('in the CV category', 'CV-category papers'): a filter, not
# the field asked
NAMED_CATEGORY = (
    r"\b(?!(?:in|of|by|no|an|to|on|at|or|is|as|my|we|he|it|be|do|so|up|us|per)\b)"
    r"(?:cs\.)?[a-z]{2}(?:-[a-z]{2})?[\s-]+categor(?:y|ies)\b"
)
YES_NO = r"^\W*(?:did|does|do|is|was|has|have|are|were|had|can|could)\b"
PAPER_WORDS = r"\b(?:papers?|publications?|works?|articles?|titles?|entries|output)\b"
# The vocabulary's words a slip away ('mnth', 'quater', 'tittle', 'titels', 'categroy'): read
# as typed when they are no word of the profile's own
SPELLED = ("month", "months", "quarter", "quarters", "title", "titles", "season", "seasons",
           "category", "categories", "running", "cumulative", "alphabetical", "alphabetically",
           "interval", "outnumber", "newest", "latest")  # fmt: skip
TOKEN = re.compile(r"(?<![\w'’-])[a-z]{4,}(?![\w'’-])", re.IGNORECASE)


def _doubled(low: str, said: str) -> bool:
    """`low` is `said` with one of its letters typed twice ('tittle')."""
    return any(low[:i] + low[i + 1 :] == said and low[i] == low[i - 1] for i in range(1, len(low)))


def _slip(word: str, vocabulary: frozenset[str]) -> str:
    """The vocabulary word `word` is a letter left out, doubled or swapped from; else itself
    (not one letter for another, nor one added: 'titled' is no 'titles', no 'title')."""
    low = word.casefold()
    if low in SPELLED or low in vocabulary:
        return word
    for said in SPELLED:
        if OSA.distance(low, said) != 1:
            continue
        left_out = len(low) == len(said) - 1
        swapped = len(low) == len(said) and sorted(low) == sorted(said)
        if left_out or swapped or _doubled(low, said):
            return said
    return word


def spelled(question: str, vocabulary: frozenset[str] = frozenset()) -> str:
    """The question with the aggregate vocabulary's words as meant ('busiest mnth')."""
    return TOKEN.sub(lambda m: _slip(m[0], vocabulary), question)


def _said(pattern: str, low: str) -> bool:
    return compiled(pattern).search(low) is not None


def _operation(low: str) -> Literal["most", "least"] | None:
    """The last 'most' or 'least' word said that is not set aside ('not the longest: which has
    the fewest words' is the least)."""
    found = [
        (m.start(), kind)
        for kind, pattern in (("most", MOST), ("least", LEAST))
        for m in re.finditer(pattern, low)
        if not re.search(SET_ASIDE, low[max(0, m.start() - 20) : m.start()])
        and not re.match(r"most\s+recent", low[m.start() :])
    ]
    return max(found)[1] if found else None  # type: ignore[return-value]


def _field(low: str) -> tuple[Field, str] | None:
    """The field asked and the sentence asking it (its operation is read there: 'the next two
    quarters' of a preamble, 'on top of' in another sentence, make no aggregate)."""
    for sentence in re.split(r"(?<=[.?!;])\s+", re.sub(NAMED_CATEGORY, " ", low)):
        if _said(TITLE, sentence) and _said(LENGTH + "|" + CHARACTERS, sentence):
            return ("title_chars" if _said(CHARACTERS, sentence) else "title_words"), sentence
        for field, pattern in PERIODS:
            for m in compiled(pattern).finditer(sentence):
                # 'the half-year right after EasyNLP': a window from a paper, no unit ranked
                window = re.match(WINDOW_AFTER, sentence[m.end() :])
                if not window and not re.search(
                    rf"\b{NAMED_PART}\s+(?:three[- ]month\s+)?$", sentence[: m.start()]
                ):
                    return field, sentence  # 'which quarter', not 'the second quarter' (a date)
        for field, pattern in GROUPS:
            if _said(pattern, sentence):
                return field, sentence
    return None


def bounds(low: str) -> tuple[int | None, int | None]:
    """The count (or length) bound said: 'at least two', 'more than once', 'under 6 words'."""
    if _said(REPEATED, low):
        return 2, None
    return count_bounds(low)


def read_aggregate(low: str) -> tuple[Field, Operation, bool, tuple[int | None, int | None]] | None:
    """(field, operation, latest, bounds) asked, or None: 'the shortest title in words' ->
    ('title_words', 'least', ...); 'first authors on two or more papers' -> ('first_author',
    'bounded', ..., (2, None)); 'the category that appeared most recently' -> ('category',
    'debut', True, ...)."""
    found = _field(low)
    if found is None:
        return None
    field, low = found
    late = _said(LATE, low)
    if field in ("category", "first_author"):
        low_high = bounds(low)
        if low_high in ((1, 1), (None, 1)) or _said(ONCE, low):  # groups of one: elsewhere
            return None
        if low_high != (None, None) and (_said(PAPER_WORDS, low) or _said(REPEATED, low)):
            return field, "bounded", False, low_high
        # a group asked for, not whether someone holds a role ('did she appear as first author')
        asked = not _said(YES_NO + r"|\bhow\s+many\b|\bas\s+(?:the\s+|a\s+)?(?:first|lead)", low)
        # how often a group appears ('appears most often', 'shows up least') is no debut
        ranked = _operation(low) is not None or _said(FREQUENT, low)
        if _said(DEBUT, low) and asked and not ranked:
            return field, "debut", late, (None, None)
        return None  # the most common category, the leading first author: asked elsewhere
    low_high = bounds(low)
    measured = field in ("title_words", "title_chars")
    unit = r"\b(?:words?|characters?|chars?|letters?)\b" if measured else PAPER_WORDS
    if not measured and _said(EMPTY, low):  # 'which quarters of 2024 had no papers'
        return field, "bounded", False, (None, 0)
    if low_high != (None, None) and _said(unit, low):
        return field, "bounded", False, low_high
    if (operation := _operation(low)) is not None:
        return field, operation, False, (None, None)
    if measured and _said(AVERAGE, low):  # 'how many words does a title have on average'
        return field, "average", False, (None, None)
    return None
