"""What a question asks of the titles' own wording: titles containing a word or a phrase
('titles with "few-shot"', 'benchmark in the title'), or not, and titles phrased as questions.
Read as title slots of the filters; the words asked are no topic to search for."""

from __future__ import annotations

import re

from pydantic import BaseModel, Field

from prompts.understand.terms import STOPWORDS

TITLE = r"(?:paper\s+|publication\s+)?(?:titles?|headlines?)"
# 'phrase' quoted: 'few-shot', "Benchmark", “Valley” (not the apostrophe of "Qiu's")
QUOTED = r"(?<!\w)['\"“‘`]([^'\"“”‘’`?]{1,40}?)['\"”’`](?!\w)"
WORD = r"[A-Za-z0-9][\w+]*(?:[.-][\w+]+)*"
NEXT = re.compile(rf"\s*({WORD})")
NAMED = r"(?:the\s+)?(?:(?:exact\s+)?(?:word|term|phrase|string|keyword)s?\s+)?"
CONTAINS = (
    r"(?:contain|include|mention|use|feature|say|carry|have|has|had|show)(?:s|es|ed|ing)?"
    r"|with|w/|having"
)
# A verb of containing, not 'with' ('titles of papers with code' names no word)
VERB_CONTAINS = r"(?:contain|include|mention|use|feature|say|carry)(?:s|es|ed|ing)?"
# 'X shows up in the titles', 'X appears in a title'
SHOWS_UP = (
    r"(?:(?:shows?|showed|showing|turns?|turned|turning|pops?|popped|popping|comes?|came)\s+up"
    r"|appear(?:s|ed|ing)?|occur(?:s|red|ring)?|(?:is|was|gets?)\s+used)"
)
# The titles alone, set against the rest of a paper ('only titles', 'titles only', 'just
# the titles', 'not counting abstracts')
TITLES_ONLY = (
    r"\b(?:only|just|solely|purely)\s+(?:in\s+)?(?:the\s+)?(?:paper\s+)?titles?\b"
    r"|\btitles?\s+(?:only|alone)\b"
)
# The rest of a paper set aside ('not counting abstracts', 'ignoring the full text')
NOT_THE_REST = (
    r"\b(?:not\s+(?:counting|including|in|the)|excluding|ignoring|leaving\s+out|rather\s+than"
    r"|instead\s+of|never\s+mind|forget)\s+(?:the\s+)?(?:abstracts?|summar(?:y|ies)|full[\s-]+texts?"
    r"|bod(?:y|ies)|contents?)\b"
)
NOT_CONTAINS = (
    r"without|lacking|missing|(?:not|never|no\s+longer)\s+(?:containing|including|mentioning"
    r"|using|having|featuring)|(?:do|does|did)(?:n['’]?t|\s+not)\s+(?:\w+\s+)?(?:contain|include"
    r"|mention|use|have|feature|say)|(?:lack|miss)(?:s|es|ed|ing)?"
)
# 'titles that are questions', 'question-style titles', 'titles ending in a question mark'
# (not 'question answering')
QUESTION = r"questions?(?![\s-]+(?:answer\w*|generat\w*|rewrit\w*|variants?))"
QUESTION_TITLE = (
    rf"\b(?:{TITLE}|titled)\b[^.?!]{{0,40}}?(?:\b(?:phrased|framed|posed|worded|written|formulated|put"
    r"|asked|are|is|were|be)\s+(?:itself\s+|themselves\s+|really\s+|actually\s+)?"
    r"(?:as\s+|like\s+|in\s+the\s+form\s+of\s+)?"
    rf"|\b(?:as|like|in\s+the\s+form\s+of)\s+)(?:an?\s+)?{QUESTION}\b"
    rf"|\b{TITLE}\b[^.?!]{{0,40}}?\b(?:asks?|asking|pose[sd]?|posing|raise[sd]?|raising"
    rf"|end(?:s|ed|ing)?\s+(?:with|in|on)|contain\w*|include\w*|with|hav\w*|has|use[sd]?)\s+(?:an?\s+)?"
    rf"(?:question\s+marks?|{QUESTION}|\?)"
    r"|\b(?:questions?|interrogative)[- ]?(?:style|shaped|form(?:at)?|like|type|worded|phrased)?\s+"
    rf"{TITLE}\b|\bquestion\s+marks?\b[^.?!]{{0,30}}\b{TITLE}\b"
)
NOT_QUESTION = (
    r"\b(?:are|is|were)(?:n['’]?t|\s+not)\s+(?:phrased\s+as\s+|framed\s+as\s+)?(?:an?\s+)?"
    r"questions?\b"
)


# A title's shape asked, not its words: 'titles with a colon', 'a number in the title', 'titles
# that are acronyms'; the words asking it (up to 'with a', 'that use') are no topic
SHAPE_WORDS = {
    "colon": r"colons?|:",
    "digit": r"digits?|numerals?|numeric(?:al)?|(?:a|any|some)\s+numbers?(?!\s+of\b)"
    r"|numbers?\s+(?:in|inside|within)\b",
    "acronym": r"acronyms?|abbreviations?|all[- ]caps|capitali[sz]ed\s+(?:short\s+)?names?",
}
SHAPED_TITLE = r"\b(?:tit(?:le|el)s?|titled)\b"
SHAPE_NEAR = 60  # characters between the title word and the shape said of it
SHAPE_LEAD = r"(?:(?:with|contain\w*|includ\w*|hav\w*|has|had|use[sd]?|using|featur\w*|show\w*"
SHAPE_LEAD += rf"|carry\w*|an?|any|some|one|the|no|{NOT_CONTAINS})\s+){{0,3}}"
# A shape set against the one asked ('not just a colon', 'rather than a digit'): no slot
CONTRASTED = (
    r"\b(?:not\s+(?:just|only|merely|simply)|rather\s+than|instead\s+of|as\s+opposed\s+to)\s*$"
)
NOT_SHAPED = rf"(?:{NOT_CONTAINS}|\bno|\bnot)\s+(?:\w+\s+){{0,2}}?$"


def _shapes(text: str) -> tuple[dict[str, bool], list[tuple[int, int]]]:
    """The title shapes asked, held or not, and the spans asking them."""
    shapes: dict[str, bool] = {}
    spans: list[tuple[int, int]] = []
    titles = [t.start() for t in re.finditer(SHAPED_TITLE, text, re.IGNORECASE)]
    for shape, words in SHAPE_WORDS.items():
        m = re.search(rf"(?<![\w']){SHAPE_LEAD}(?:{words})(?!\w)", text, re.IGNORECASE)
        if m is None or not any(abs(m.start() - t) <= SHAPE_NEAR for t in titles):
            continue  # the shape said of the titles, not 'the headline number in X'
        at = max(0, m.start() - 20)
        if contrast := re.search(CONTRASTED, text[at : m.start()], re.IGNORECASE):
            # 'a question mark, not just a colon': no slot, and no topic
            spans.append((at + contrast.start(), m.end()))
            continue
        shape_at = re.search(rf"(?:{words})(?!\w)", m[0], re.IGNORECASE)
        before = text[: m.start() + (shape_at.start() if shape_at else 0)]
        shapes[shape] = re.search(NOT_SHAPED, before[-40:], re.IGNORECASE) is None
        spans.append(m.span())
    return shapes, spans


# The titles of someone's papers, then what they say: 'titles of this researcher literally
# say X', "the titles of Qiu's papers that mention X"
OWNED_TITLES = (
    rf"\b{TITLE}\s+of\s+(?:(?!with\b)[\w'’-]+\s+){{1,3}}?(?:that\s+|which\s+)?"
    r"(?:literally\s+|actually\s+|explicitly\s+)?"
    rf"(?:(?P<neg>{NOT_CONTAINS})\s+|(?:{VERB_CONTAINS})\s+)"
)


class TitleAsk(BaseModel):
    """The title slots a question sets."""

    words: list[str] = Field(default_factory=list, description="Phrases the titles contain.")
    excluded: list[str] = Field(default_factory=list, description="Phrases they do not.")
    question: bool | None = Field(None, description="Titles phrased as questions (or not).")
    shapes: dict[str, bool] = Field(default_factory=dict, description="Title shapes, or not.")

    def __bool__(self) -> bool:
        return bool(self.words or self.excluded or self.question is not None or self.shapes)


def _said(text: str) -> tuple[str, int] | None:
    """The phrase at the start of `text` (quoted, else one to three words up to a stopword)
    and where it ends."""
    start = re.match(rf"\s*{NAMED}", text, re.IGNORECASE)
    at = start.end() if start else 0
    if m := re.match(QUOTED, text[at:]):
        return (m[1].strip(), at + m.end()) if m[1].strip() else None
    if start and start[0].strip().casefold() == "the":  # 'the title with the date': no word said
        return None
    words: list[str] = []
    end = at
    while len(words) < 3 and (m := NEXT.match(text, end)):
        if m[1].casefold() in STOPWORDS or re.fullmatch(TITLE, m[1], re.I):
            break
        words.append(m[1])
        end = m.end()
    return (" ".join(words), end) if words else None


def title_asked(text: str) -> tuple[TitleAsk, list[tuple[int, int]]]:
    """The title slots asked, and the spans of the text that asked them (no topic)."""
    ask = TitleAsk()
    if not re.search(rf"\b(?:{TITLE}|titled)\b", text, re.IGNORECASE):
        return ask, []
    ask.shapes, spans = _shapes(text)
    if ask.shapes:  # 'titles with a colon', 'a digit somewhere in the title'
        return ask, spans
    if m := re.search(QUESTION_TITLE, text, re.IGNORECASE):
        ask.question = not re.search(NOT_QUESTION, text, re.IGNORECASE)
        return ask, [m.span(), *spans]
    # 'titles containing X', "titles that don't use X", 'with X in the title', 'X in a title'
    after = (
        rf"\b{TITLE}\b\s+(?:that\s+|which\s+)?(?:literally\s+|actually\s+|explicitly\s+)?"
        rf"(?P<neg>{NOT_CONTAINS})?(?:{CONTAINS})?\s+"
    )
    for m in re.finditer(after, text, re.IGNORECASE):
        if (said := _said(text[m.end() :])) and (m["neg"] or re.search(CONTAINS, m[0], re.I)):
            (ask.excluded if m["neg"] else ask.words).append(said[0])
            return ask, [(m.start(), m.end() + said[1])]
    # 'titles of this researcher literally say X', 'titles of Qiu's papers that mention X'
    for m in re.finditer(OWNED_TITLES, text, re.IGNORECASE):
        if said := _said(text[m.end() :]):
            (ask.excluded if m["neg"] else ask.words).append(said[0])
            return ask, [(m.start(), m.end() + said[1])]
    # 'only titles, not abstracts: how many mention X': the titles said apart, the word later
    if re.search(TITLES_ONLY, text, re.IGNORECASE):
        rest = [m.span() for m in re.finditer(NOT_THE_REST, text, re.IGNORECASE)]
        for m in re.finditer(rf"\b(?P<neg>{NOT_CONTAINS})?(?:{VERB_CONTAINS})\s+", text, re.I):
            if (said := _said(text[m.end() :])) and not re.fullmatch(TITLE, said[0], re.I):
                (ask.excluded if m["neg"] else ask.words).append(said[0])
                return ask, [(m.start(), m.end() + said[1]), *rest]
    before = (
        rf"(?:(?P<neg>{NOT_CONTAINS})\s+)?(?:{QUOTED}|(?P<bare>{WORD}))\s+(?:{SHOWS_UP}\s+)?"
        r"(?:in|within|inside)\s+"
        rf"(?:the|a|an|any|its|their|his|her|one|some|of\s+(?:the|her|his|their))?\s*"
        rf"(?:\w+\s+)?{TITLE}\b"
    )
    for m in re.finditer(before, text, re.IGNORECASE):
        phrase = m[2] or m["bare"]
        if phrase and phrase.casefold() not in STOPWORDS:
            (ask.excluded if m["neg"] else ask.words).append(phrase.strip())
            return ask, [m.span()]
    return _quoted_in_titles(text, ask)


# The titles said with a verb of holding words, wherever the phrase sits: "in how many titles
# does the phrase 'X' appear", "titles that spell out 'X'"
HOLDING = rf"\b(?:{VERB_CONTAINS}|{SHOWS_UP}|spell(?:s|ed|ing)?(?:\s+out)?|literally|verbatim)\b"


def _quoted_in_titles(text: str, ask: TitleAsk) -> tuple[TitleAsk, list[tuple[int, int]]]:
    """A quoted phrase in a question about what titles hold: that phrase, in the titles."""
    quoted = list(re.finditer(QUOTED, text))
    if len(quoted) != 1 or not re.search(HOLDING, text, re.IGNORECASE):
        return ask, []
    m = quoted[0]
    if not re.search(r"[^\W\d_]", m[1]):  # a phrase of words ('n="1"' in pasted markup is none)
        return ask, []
    negated = re.search(rf"(?:{NOT_CONTAINS})\s+(?:\w+\s+){{0,3}}$", text[: m.start()], re.I)
    (ask.excluded if negated else ask.words).append(m[1].strip())
    named = re.search(rf"{NAMED}$", text[: m.start()], re.IGNORECASE)
    return ask, [(named.start() if named else m.start(), m.end())]


def without_spans(text: str, spans: list[tuple[int, int]]) -> str:
    """The text with these spans blanked out."""
    for start, end in sorted(spans, reverse=True):
        text = text[:start] + " " + text[end:]
    return text


def glossed(question: str, words: list[str]) -> set[str]:
    """The words of an aside in brackets that holds a title word asked ("titles with
    'Knowledge' (any case, including hyphenated forms like Knowledge-Enhanced)"): how the word
    is matched, never a subject; lower case. `words`: the title words asked, lower case."""
    said: set[str] = set()
    for aside in re.finditer(r"\(([^()]*)\)", question):
        inside = aside[1].casefold()
        if any(w in inside for w in words):
            said |= set(re.findall(r"[\w'-]+", inside))
    return said
