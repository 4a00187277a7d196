"""Conversation memory: a bounded window of turns, and follow-ups resolved against it.

A follow-up names papers of the previous answer by position in its [n] order ("the second
one", "#3", "the last two"), by pronoun ("it", "that paper") or as a group ("those", "both").
A question with no such reference ("what about RL?") is a fresh question.
"""

from __future__ import annotations

import re
from collections import deque

from pydantic import BaseModel, ConfigDict, Field

from prompts.answer.model import Answer
from prompts.understand.intent import Vote
from prompts.understand.router import Query
from prompts.understand.terms import NUMBER_WORDS, ORDINAL_WORDS

MAX_TURNS = 6
# Any follow-up cue, for the LLM path: such a question is condensed with the transcript first.
FOLLOW_UP = re.compile(
    r"\b(those|these|them|they|both|its?|that one|that paper|this paper|this one|number \d"
    r"|the (?:first|second|third|fourth|fifth|last|\d{1,2}(?:st|nd|rd|th)) (?:one|paper))\b"
    r"|#\d|^\s*(and|also|what about|how about)\b",
    re.IGNORECASE,
)

NUMBERS = {"one": 1, **NUMBER_WORDS}
ORDINALS = {**ORDINAL_WORDS, "last": -1, "penultimate": -2}
SPELLINGS = {  # misspelt ordinals and forms that mean one: rewritten before matching
    "first": r"frist|fisrt|firt",
    "second": r"secnd|seond|seccond|secound",
    "third": r"thrid|thrd",
    "fourth": r"forth|fouth",
    "fifth": r"fith|fifht",
    "penultimate": r"(?:second|2nd)[\s-]*(?:to[\s-]*)?last|next[\s-]to[\s-]last",
    "the first one": r"the former",
    "the last one": r"the latter",
}
REWRITES = [(re.compile(r"[\u2018\u2019`]"), "'")]
REWRITES += [(re.compile(rf"\b(?:{p})\b"), w) for w, p in SPELLINGS.items()]
REWRITES += [
    (re.compile(r"(?:#|\bno\.?|\bnr\.?)\s*(?=\d)|\bnumber\s*#\s*|\[(?=\d{1,2}\])"), "number ")
]
ORD = rf"(?:\d{{1,2}}(?:st|nd|rd|th)|{'|'.join(ORDINALS)})"
NUM = rf"(?:\d{{1,2}}|{'|'.join(NUMBERS)})"
SEP = r"\s*(?:,|&|-|\band\b|\bor\b|\bto\b|\bthrough\b)\s*(?:the\s+|number\s+)?"
ORDINAL, DIGITS = re.compile(ORD), re.compile(r"\d+")
SEPARATOR, RANGE = re.compile(f"({SEP})"), re.compile(r"-|\bto\b|\bthrough\b")
POSITION = re.compile(  # "the 2nd", "the third and fifth", "the last two", "top 3", "#3", "[3]"
    rf"\b(?P<the>the\s+)?(?:(?P<edge>first|last|top)\s+(?P<count>(?!one\b){NUM})\b(?![a-z])"
    rf"|(?P<list>{ORD}(?:{SEP}{ORD})*)\b|(?:numbers?|papers?|items?|entry|entries|sources?"
    rf"|results?|refs?|references?)\s+(?P<nums>{NUM}(?:{SEP}{NUM})*)\b)"
)
BLOCKED_BEFORE = re.compile(  # "her first paper", "a second", "at last", "Ada's first"
    r"(?:\b(?:her|his|their|its|my|your|our|a|an|at)"
    r"|\b(?!(?:what|that|it|who|where|how|when|which|there|here|he|she)')\w+'s)\s+$"
)
NOUN = re.compile(
    r"\s*(?P<noun>ones?|papers?|results?|items?|entry|entries|publications?|articles?|works?"
    r"|sources?|references?|citations?|stud(?:y|ies)|preprints?|pubs?)\b"
)
NOT_A_PAPER = re.compile(  # "first author", "the last two years", "top 3 venues", "2nd most"
    r"\s*-?\s*(?:(?:co-?)?authors?|authorship|authored|place|times?|years?|months?|weeks?|days?"
    r"|decades?|half|quarter|editions?|versions?|names?|pages?|topics?|venues?|journals?"
    r"|conferences?|keywords?|areas?|fields?|themes?|clusters?|directions?|categor(?:y|ies)"
    r"|collaborators?|coauthors?|people"
    r"|students?|languages?|questions?|minutes?|most|least|\w+est|of\s+(?:all|her|his|their))\b"
)
BACK_REFERENCE = re.compile(  # "of those", "above", "you mentioned", "in your list"
    r"\s*(?:that\s+)?(?:above|listed|mentioned|cited|shown|here|(?:you|u)\s+(?:just\s+)?"
    r"(?:listed|mentioned|cited|gave|named|showed|found|said|returned|quoted)|(?:in|from|on|of)"
    r"\s+(?:the|that|this|your|ur)\s+(?:list|answer|reply|response|results?|message|sources"
    r"|above)|of\s+(?:those|these|them|the\s+(?:above|list|results)))\b"
)
ORDERING = re.compile(  # "the first paper she published", "the first paper published in 2019"
    r"\s*(?:(?:she|he|they|i|we|who|whose|that|which|ever)\b|(?:\w+\s+)?(?:published|wrote"
    r"|written|(?:co-?)?authored|released|appeared|came\s+out)\s+(?:by|in|on|at|with|since"
    r"|before|after|under|during)\s+\w|(?!(?:is|was|has|had|does|did|do|also|really)\b)\w+\s+"
    r"(?:published|wrote|(?:co-?)?authored|released)\b)"
)
CLAUSE_END = re.compile(
    r"\s*(?:(?:published|written|released|presented)\s*)?(?:(?:about|in|on|at|for|from)\s*)?"
    r"(?:[?.!,;:)]|$|(?:and|or|then|please|pls|plz|too|again|instead|vs)\b)"
)
PREPOSITION = re.compile(
    r"\s*(?:by|on|in|about|from|with|since|after|before|during|at|for|among|to|between)\s+"
    rf"(?!(?:the\s+)?{ORD})\w"
)
YES_NO_SUBJECT = re.compile(r"^\s*(?:(?:and|so|but|ok)\s+)?(?:is|was|are|were|do|does|did|has)\s+$")
IT_ACRONYM = re.compile(r"\bIT\b")  # information technology, unless the question is shouted
WORDS = re.compile(r"[a-z0-9']+")
FILLER = {"and", "what", "about", "how", "ok", "okay", "so", "also", "then", "now", "wait"}
GROUP = re.compile(  # "those two", "which of the three", "both" (not "both NLP and vision")
    rf"\b(?:those|these|of\s+the)\s+(?P<n>(?!one\b){NUM})\b(?!\s*(?:st|nd|rd|th)\b)"
    rf"|\bthe\s+(?P<m>two|three|2|3)\b(?!\s*(?:st|nd|rd|th)\b)(?!{NOT_A_PAPER.pattern})"  # the two
    r"|\bboth\b(?!\s+(?!of\b|papers?\b|ones\b|have\b|are\b|were\b|use\b)\w+(?:\s+\w+)?\s+and\b)"
)
PLURAL = re.compile(
    # 'which is the newest?', 'which one has code?': a choice among the papers just listed
    r"^\s*(?:(?:and|so|ok|okay)\s*,?\s+)?which(?:\s+ones?)?\s+(?:is|was|are|were|has|have|had"
    r"|came|comes|does|did|uses?|used)\b"
    r"|\b(?:those|them)\b(?!\s+who\b)|\bthese\b(?!\s+days\b)|\b(?:do|are|were|have|can)\s+they\b"
    r"|\bthe\s+ones\b(?!\s+(?:she|he|they)\b)"
    r"|\bthey\s+(?:all|both)\b|\bwhich\s+ones?\b|\b(?:the|all)\s+(?:papers\s+)?above\b"
)
SINGULAR = re.compile(  # "it", "its", "that paper", "this one", "more about that?"
    r"\b(?:this|that|the\s+same)\s+(?:one|paper|article|publication|work|study|preprint)\b"
    r"|\bthe\s+(?:one|paper)\s+(?:above|you\s+(?:listed|mentioned|cited|found))\b"
    r"|\b(?:about|on|of)\s+(?:this|that)\s*(?:[?.!]|$)"
    r"|\bit(?:s|'s)?\b(?!(?:\s+(?:is|was))?\s+(?:true|possible|likely|the\s+case|fair|correct"
    r"|right|known|common|ok|okay|worth|fine|that)\b)"
)


# 'the second theme', 'the first area' (and 'the second one' right after an overview).
GROUP_NAMED = re.compile(
    rf"\b(?:the\s+)?(?P<ord>{ORD})\s+(?P<noun>themes?|areas?|topics?|clusters?|groups?"
    r"|directions?|fields?|ones?)\b"
)


class Turn(BaseModel):
    model_config = ConfigDict(arbitrary_types_allowed=True)

    question: str
    answer: Answer
    # What the question was understood as (its slots, after follow-ups were resolved), so
    # that 'what about 2023?' can change one slot of it; None when rebuilt from messages.
    query: Query | None = None
    # what it asked for; cast only if a later turn reads it (not saved with a chat: a turn
    # read back is understood again)
    vote: Vote | None = Field(default=None, exclude=True)


class Conversation:
    """The last few turns of one chat, REPL session, Discord thread or reply chain."""

    def __init__(self, max_turns: int = MAX_TURNS) -> None:
        self.turns: deque[Turn] = deque(maxlen=max_turns)

    def add(
        self,
        question: str,
        answer: Answer,
        query: Query | None = None,
        vote: Vote | None = None,
    ) -> None:
        self.turns.append(Turn(question=question, answer=answer, query=query, vote=vote))

    def __len__(self) -> int:
        return len(self.turns)

    def last_answer(self) -> Answer | None:
        return self.turns[-1].answer if self.turns else None

    def referenced_papers(self, question: str) -> list[str]:
        """Paper ids a follow-up refers to, in the order it names them; [] if it names none.
        Positions ('the last one', 'the first two') count over the latest list of two or
        more papers that has them; 'those' means the latest such list; 'it', the paper of
        the last answer (the first, after a list); 'those two', the last answer's two
        papers, else the two papers singled out since the last list, else its first two."""
        text = normalised(question)
        answers = [t.answer for t in reversed(self.turns) if t.answer.citations]
        lists = [[c.paper_id for c in sorted(a.citations, key=lambda c: c.n)] for a in answers]
        if not lists:
            return []
        longer = [ids for ids in lists if len(ids) > 1] or lists
        for ids in longer:  # every position named, in the latest list that has them all
            if picked := [ids[i] for i in positions(text, len(ids), strict=True)]:
                if len(lists[0]) == 1 and lists[0][0] not in picked and SINGULAR.search(text):
                    picked.insert(0, lists[0][0])  # 'compare it with the first one'
                return picked
        if group := GROUP.search(text):
            n = _index(group["n"] or group["m"] or "two", len(lists[0])) + 1
            if len(lists[0]) == n:
                return lists[0]
            if len(few := self.singled_out(n)) == n:
                return few
            return next((ids[:n] for ids in lists if len(ids) >= n), [])
        if named := positions(text, len(lists[0])):  # 'the second and fourth' of two
            return [lists[0][i] for i in named]
        if PLURAL.search(text):
            return longer[0]
        return lists[0][:1] if SINGULAR.search(text) else []

    def singled_out(self, n: int) -> list[str]:
        """The `n` papers last answered about one at a time since the latest list ('tell me
        about the first one' ... 'and the last one?'), the earlier first; [] if fewer were."""
        latest: list[str] = []  # most recent first
        for turn in reversed(self.turns):
            cited = [c.paper_id for c in turn.answer.citations]
            if len(cited) > 1:
                break
            if len(cited) == 1 and cited[0] not in latest:
                latest.append(cited[0])
        return latest[:n][::-1] if len(latest) >= n else []

    def names_a_few(self, question: str) -> bool:
        """Whether a follow-up counts the papers it means ('those two', 'both')."""
        return GROUP.search(normalised(question)) is not None

    def referenced_group(self, question: str) -> tuple[list[str], str]:
        """The papers of a group the last answer listed ('the second theme' after an
        overview), and the words that named it; nothing when no group is named."""
        last = self.last_answer()
        if last is None or not last.groups:
            return [], ""
        m = GROUP_NAMED.search(normalised(question, lower_only=True))
        if not m:
            return [], ""
        i = _index(m["ord"], len(last.groups))
        return (last.groups[i], m[0]) if 0 <= i < len(last.groups) else ([], "")

    def source_of(self, paper_ids: list[str]) -> Answer | None:
        """The latest answer that cites all these papers."""
        for turn in reversed(self.turns):
            if set(paper_ids) <= {c.paper_id for c in turn.answer.citations}:
                return turn.answer
        return None

    def transcript(self) -> str:
        """The turns as plain text, for an LLM that condenses follow-ups."""
        return "\n".join(f"User: {t.question}\nAssistant: {t.answer.text}" for t in self.turns)


def normalised(question: str, lower_only: bool = False) -> str:
    """The question in lower case with misspelt ordinals and '#3' rewritten; 'IT' kept
    apart from 'it' unless the whole question is shouted."""
    upper = question.isupper() or lower_only
    text = (question if upper else IT_ACRONYM.sub("I.T.", question)).lower()
    for pattern, replacement in REWRITES:
        text = pattern.sub(replacement, text)
    return text


def positions(text: str, size: int, strict: bool = False) -> list[int]:
    """0-based indexes of the listed papers a (normalised) question names by position."""
    picked: list[int] = []
    for m in POSITION.finditer(text):
        if _refers(m, text):
            named = _indexes(m, size)
            if strict and any(not 0 <= i < size for i in named):
                return []  # 'the 1st and 2nd' of a one-paper answer: not all of them here
            picked += [i for i in named if 0 <= i < size and i not in picked]
    return picked


def _refers(m: re.Match[str], text: str) -> bool:
    """Whether an ordinal names a listed paper (not 'first author', 'her first paper')."""
    before, after = text[: m.start()], text[m.end() :]
    noun = NOUN.match(after)
    rest = after[noun.end() :] if noun else after
    if BLOCKED_BEFORE.search(before) or (not noun and NOT_A_PAPER.match(after)):
        return False
    if BACK_REFERENCE.match(rest) or ORDERING.match(rest):
        return bool(BACK_REFERENCE.match(rest))
    items = ORDINAL.findall(m["list"] or "")
    if not (m["the"] or noun or m["count"] or m["nums"] or len(items) > 1):  # "3rd?"
        return set(WORDS.findall(before + rest)) <= FILLER
    if items and not set(items) <= {"first", "last"}:
        return True  # "second".."tenth" are rarely anything else
    # "the first", "the last", "the top 3" also order all her papers by date: be stricter.
    subject = bool(YES_NO_SUBJECT.match(before))  # "does the first paper use GNNs?"
    if PREPOSITION.match(rest) and not subject:
        return False
    one = noun is not None and noun["noun"].startswith("one")
    return one or subject or bool(CLAUSE_END.match(rest)) or len(WORDS.findall(text)) <= 6


def _indexes(m: re.Match[str], size: int) -> list[int]:
    """The 0-based indexes a match names: a list, a range, or the first/last N."""
    if m["count"]:  # "top 10" of a list of 4 is not about the list
        n = _index(m["count"], size) + 1
        return [] if n > size else list(range(size - n, size) if m["edge"] == "last" else range(n))
    parts = SEPARATOR.split(m["list"] or m["nums"])
    out = [_index(parts[0], size)]
    for sep, part in zip(parts[1::2], parts[2::2], strict=True):
        i = _index(part, size)
        out += list(range(out[-1] + 1, i + 1)) if RANGE.search(sep) else [i]
    return out


def _index(token: str, size: int) -> int:
    """'3', 'three', '3rd', 'third' -> 2; 'last' -> size - 1; 'penultimate' -> size - 2."""
    token = token.strip()
    k = int(digits[0]) if (digits := DIGITS.match(token)) else ORDINALS.get(token, 0)
    k = k or NUMBERS[token]
    return k - 1 if k > 0 else size + k
