"""Papers picked by their place in an ordering, read as independent slots: an ordering key (the
date, a title's length in words or characters), a place counted from either end (any ordinal:
'third-oldest', '2nd newest', 'penultimate', 'fifth longest title'), how many are taken ('the
four shortest titles') and a title filter ('titles starting with Meta', 'ending in a question
word'). Each slot is read on its own, so any combination is one pick, not a reader of its own;
the filters (years, categories, code, people, topic) are the Query's as for any question."""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel

from prompts.understand.operations import ALPHA_LAST, ALPHABET, REVERSED
from prompts.understand.terms import NUMBER_WORDS, ORDINAL, place_of
from retrieval.text import compiled

Order = Literal["date", "title_words", "title_chars", "alpha"]

COUNTS = {**NUMBER_WORDS, "one": 1, "couple": 2, "pair": 2}
COUNT = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})"
# The ends of each ordering: the oldest (or shortest) end first, the newest (or longest) last
EARLY = r"(?:oldest|earliest|olde?st|first[- ]published)"
LATE = r"(?:newest|latest|most[- ]recent|recent|youngest)"
LONG = r"(?:longest|lengthiest|wordiest|biggest|largest)"
SHORT = r"(?:shortest|briefest|tersest|smallest)"
# A place counted back from the last: 'penultimate', 'second-to-last', 'last but one'
FROM_LAST = (
    rf"\b(?P<o>{ORDINAL})[- ](?:to|from)[- ](?:the[- ])?(?:last|end|bottom|newest|latest)\b"
    r"|\blast[- ]but[- ](?P<b>one|two|three)\b|\b(?P<p>ante)?penultimate\b|\bnext[- ]to[- ]last\b"
)
PAPERISH = r"(?:papers?|publications?|articles?|works?|entr(?:y|ies)|titles?|preprints?|pubs?)"
TITLE = r"\btit(?:le|el)s?\b"
# A place on the author line, not in an ordering of papers ('second-to-last author')
BYLINE = r"[\s-]*(?:\w+[\s-]+)?(?:authors?|names?|positions?|spots?|slots?|places?)\b"
LENGTH = LONG + "|" + SHORT + r"|\blength\b|\bwords?\b|\bcharacters?\b|\bchars?\b|\bletters?\b"
CHARACTERS = r"\b(?:characters?|chars?|letters?)\b"
# Published, said of a bare place ('his third paper ever', 'the 2nd one he put out')
TIMED = (
    r"\b(?:publish\w*|put\s+out|came\s+out|come\s+out|released|wrote|written|appeared|ever"
    r"|chronologic\w*|in\s+(?:date|time)\s+order|by\s+date|career)\b"
)
AFFIX = (
    r"\b(?P<verb>start|begin|open|lead|end|finish|close)(?:s|ed|ing|ning)?\s+(?:off\s+)?"
    r"(?:with|in|on|by)\s+(?:the\s+|an?\s+)?(?:(?P<unit>word|letter|term|character)\s+)?"
    r"(?:[\"'‘“«]\s*)?(?P<word>[\w][\w.+-]*)"
)
NOT_AFFIXED = frozenset("or and of in on at to by for with from it its this that".split())  # noqa: SIM905
OWN_WORDS = frozenset(
    """oldest earliest newest latest recent youngest longest lengthiest wordiest shortest
    briefest tersest penultimate antepenultimate last but to from end start starts starting
    started begin begins beginning begun open opens opening lead leads leading ends ending
    ended finish finishes finishing close closes closing word letter term character
    characters title titles name names length words letters chars right just immediately
    directly straight next previous preceding prior following""".split()  # noqa: SIM905
)


# The paper next to a named one: 'right before Valley', 'the one just after HRKD', 'the next
# paper after EasyNLP', 'the two papers directly preceding MFT'
NEXT_TO = (
    r"\b(?:right|just|immediately|directly|straight)\s+(?:before|after|prior\s+to|following"
    r"|preceding)\b|\b(?:the\s+)?(?:next|previous|preceding|prior|following)\s+(?:\w+\s+)?"
    rf"(?:{PAPERISH}|one)\b|\bthe\s+(?:{PAPERISH}|one)\s+(?:that\s+came\s+)?(?:before|after)\b"
)


class Pick(BaseModel):
    """Which papers an ordering picks: the k-th (and `take` after it) from one end."""

    order: Order = "date"
    k: int = 1  # the place from that end (1: the end itself)
    late: bool = False  # counted from the newest (or longest) end
    take: int = 1  # how many papers from that place on
    title_start: str | None = None  # the title's first word (or letter) asked
    title_end: str | None = None
    letter: bool = False  # the affix is a letter, not a word


def _said(pattern: str, low: str) -> bool:
    return compiled(pattern).search(low) is not None


def _number(word: str) -> int:
    return place_of(word) or COUNTS.get(word.casefold()) or 1


def _affix(low: str, question: str) -> dict[str, object]:
    """The title's first (or last) word or letter asked ('titles starting with Meta')."""
    m = re.search(AFFIX, low)
    if m is None or re.search(r"\d", m["word"]) or m["word"] in NOT_AFFIXED:
        return {}  # 'ended in 2021', 'begin in 2018': a date; 'end in or contain': no word
    # the title's words, or papers 'starting with' a word ('whose records begin in ...': no)
    with_word = re.match(r"\w+\s+(?:off\s+)?with\b", low[m.start() :]) is not None
    if not (_said(TITLE, low) or (with_word and _said(PAPERISH + r"|\bones?\b", low))):
        return {}
    word = question[m.start("word") : m.end("word")].rstrip(".")
    if word.casefold() == "question" and low[m.end("word") :].lstrip().startswith("mark"):
        return {}  # a title phrased as a question: the title filters read it
    letter = m["unit"] in ("letter", "character") or len(word) == 1
    if m["unit"] is None and word.casefold() in ("a", "an", "the") and not letter:
        return {}
    side = "title_end" if m["verb"] in ("end", "finish", "close") else "title_start"
    return {side: word, "letter": letter}


def _order(low: str) -> Order | None:
    """The ordering key: a title's length when titles and length are said, else the date."""
    if _said(TITLE, low) and _said(LENGTH, low):
        return "title_chars" if _said(CHARACTERS, low) else "title_words"
    if _said(r"\b" + LONG + r"\b|\b" + SHORT + r"\b", low):
        return None  # a longest gap, the smallest category: no paper's place
    return "date"


def _place(low: str, order: Order) -> tuple[int, bool] | None:
    """(k, from the late end) of a place asked, or None when no place beyond the end is."""
    if (m := re.search(FROM_LAST, low)) and re.match(BYLINE, low[m.end() :]) is None:
        if m["o"]:
            return _number(m["o"]), True
        if m["b"]:
            return COUNTS[m["b"]] + 1, True  # 'last but one': the second from the end
        return (3 if m["p"] else 2), True  # 'antepenultimate': the third from the end
    ends = [(LATE, True), (EARLY, False)] if order == "date" else [(LONG, True), (SHORT, False)]
    for end, late in ends:
        m = compiled(rf"\b(?P<o>{ORDINAL})[- ](?:most[- ])?{end}\b").search(low)
        if m and re.match(BYLINE, low[m.end() :]) is None:
            return _number(m["o"]), late
    placed = rf"\b(?P<o>{ORDINAL})\s+(?:\w+\s+)?{PAPERISH}\b(?!\s+author)"
    if order == "date" and (m := re.search(placed, low)) and _said(TIMED, low):
        return _number(m["o"]), False
    return None


def _taken(low: str, order: Order) -> tuple[int, bool] | None:
    """(how many, from the late end) of 'the four shortest titles', 'top 3 longest titles'."""
    if order == "date":
        return None  # the n newest papers: an ordering the router reads
    for end, late in ((LONG, True), (SHORT, False)):
        m = re.search(rf"\b(?:top\s+|bottom\s+)?(?P<n>{COUNT})\s+(?:\w+\s+){{0,3}}?{end}\b", low)
        m = m or re.search(rf"\b{end}\s+(?P<n>{COUNT})\b", low)
        if m and _number(m["n"]) > 1:  # 'the longest one' is the longest: the fields' reading
            return _number(m["n"]), late
    return None


def _alphabetical(low: str) -> Pick | None:
    """A place (or the first n) in the order of the alphabet: 'the second title A-Z', 'the
    last three titles alphabetically'; the first (or last) title alone is the operations'."""
    late = _said(REVERSED, low) != _said(ALPHA_LAST, re.sub(r"\bz\s*(?:-|–|to)\s*a\b", " ", low))
    if (m := re.search(FROM_LAST, low)) and m["o"]:
        return Pick(order="alpha", k=_number(m["o"]), late=True)
    m = re.search(rf"\b(?P<o>{ORDINAL})\b(?![- ](?:to|from)\b)", low)
    if m and (k := _number(m["o"])) > 1:
        return Pick(order="alpha", k=k, late=late)
    noun = rf"(?:\w+\s+)?(?:{PAPERISH}|ones)\b"
    m = re.search(rf"\b(?:first|last|top|bottom)\s+(?P<n>{COUNT})\s+{noun}", low)
    m = m or re.search(rf"\b(?P<n>{COUNT})\s+(?:first|last)\s+{noun}", low)
    if m and (n := _number(m["n"])) > 1:
        return Pick(order="alpha", take=n, late=late)
    return None


def read_pick(question: str, one_year: bool = False) -> Pick | None:
    """The pick a question asks, or None: 'the third-oldest CV paper' -> Pick(k=3); 'his
    penultimate paper' -> Pick(k=2, late=True); 'the 4 longest titles' -> Pick(order=
    'title_words', take=4, late=True); 'titles that start with Meta' -> Pick(title_start=
    'Meta', take=0). `one_year`: the question names its year(s) ('his 2nd paper of 2022')."""
    low = question.casefold()
    if _said(ALPHABET, low):
        return _alphabetical(low)
    affix = _affix(low, question)
    order = _order(re.sub(AFFIX, " ", low) if affix else low)  # 'the letter M' is no length
    if order is None:
        return None
    place = _place(low, order)
    if place is None and order == "date" and one_year:
        bare = rf"\b(?P<o>{ORDINAL})\s+(?:\w+\s+)?{PAPERISH}\b(?!\s+author)"
        if (m := re.search(bare, low)) and _number(m["o"]) > 1:
            place = _number(m["o"]), False
    if place is not None and (place[0] > 1 or affix or order != "date"):
        return Pick(order=order, k=place[0], late=place[1], **affix)
    if (taken := _taken(low, order)) is not None:
        return Pick(order=order, take=taken[0], late=taken[1], **affix)
    if affix:  # 'the oldest paper whose title starts with Meta': the end itself
        ends = [(LATE, True), (EARLY, False)] if order == "date" else [(LONG, True), (SHORT, False)]
        for end, late in ends:
            if _said(rf"\b{end}\s+(?:\w+\s+)?(?:{PAPERISH}|one)\b", low):
                return Pick(order=order, late=late, **affix)
        return Pick(order=order, take=0, **affix)
    return None


def pick_word(word: str) -> bool:
    """A word of a pick's asking ('third-oldest', 'penultimate', 'starting'), never a topic."""
    low = word.casefold().strip("'’\"?.,")
    parts = re.split(r"-", low)
    return low in OWN_WORDS or all(
        p in OWN_WORDS or p in COUNTS or re.fullmatch(ORDINAL, p) or p == "most" for p in parts
    )


def picked_word(word: str, pick: Pick) -> bool:
    """A word of the pick's asking, or the title word it asks for: no topic."""
    said = {(pick.title_start or "").casefold(), (pick.title_end or "").casefold()}
    return pick_word(word) or word.casefold().strip("'’\"?.,") in said


def next_to(question: str) -> int | None:
    """How many papers next to a named one are asked ('right before Valley': 1, 'the two
    papers right after HRKD': 2), or None when the whole window is."""
    low = question.casefold()
    if not _said(NEXT_TO, low):
        return None
    m = re.search(rf"\b(?P<n>{COUNT})\s+(?:\w+\s+)?{PAPERISH}", low)
    return _number(m["n"]) if m and m["n"] != "one" else 1


def cased(pick: Pick, question: str) -> Pick:
    """The pick with its title word as the question writes it ('Meta', not 'meta')."""
    update = {}
    for side in ("title_start", "title_end"):
        said = getattr(pick, side)
        if said and (m := re.search(rf"(?<!\w){re.escape(said)}(?!\w)", question, re.I)):
            update[side] = m[0]
    return pick.model_copy(update=update)
