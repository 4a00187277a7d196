"""Items of a kind asked of one paper ('which two curricula does DGRC build', 'what
functionalities does EasyNLP offer', 'across which reasoning categories are its tasks spread'),
and the abstract's sentences that name them: a list said next to the kind ('the sparse reward
and advantage vanishing issues', 'across temporal, ..., and planning reasoning', 'components
such as A, B and C'), or items numbered ('(1) ... an atomic curriculum, and (2) ... a verified
CoT curriculum') in a sentence saying the kind. A sentence that only announces them ('two
complementary curricula') is kept, before the one naming them. The premise checks read the
same lists: 'only supports inference' where it lists 'training, inference and deployment'."""

from __future__ import annotations

import re
from dataclasses import dataclass

from prompts.understand.terms import NUMBER_WORDS, STOPWORDS
from retrieval.model import Paper
from retrieval.names import aliases
from retrieval.text import split_sentences, stem

_N = "|".join(NUMBER_WORDS)
# 'which two problems', 'what special functionalities', 'dgrc two curriculums?', 'name the
# three stages', 'what kinds of reasoning': a count or a question word, then the words naming
# the kind (up to three, up to a function word), then what it is a kind of
ASKED = re.compile(
    rf"\b(?:(?:which|what|name|list)(?:\s+(?:all\s+)?the)?(?:\s+(?P<n>{_N}|[2-9]))?"
    rf"|(?P<m>{_N}|[2-9]))\s+(?P<np>[a-z][\w-]*(?:\s+[a-z][\w-]*){{0,3}})"
    r"(?:\s+of\s+(?P<of>[a-z][\w-]*[a-z]))?",
    re.IGNORECASE,
)
# Nouns naming a paper or the questioner's own words, not an item of the paper's; and
# measures ('what gains did it report'), which are numbers, not things listed
NOT_ITEMS = frozenset(
    {"papers", "works", "publications", "articles", "studies", "ones", "authors", "people"}
    | {"years", "months", "dates", "details", "words", "things", "questions", "answers"}
    | {"results", "numbers", "gains", "improvements", "scores", "accuracies", "margins"}
)
# Words that stand for the kind asked only through the word after 'of' ('kinds of reasoning')
KIND_OF = frozenset("kinds types sorts forms categories classes varieties".split())  # noqa: SIM905
# Words opening what a verb acts on: the word before them is a verb ('gives a ...')
DETERMINERS = frozenset({"a", "an", "the", "its", "their", "his", "her", "this", "that", "these"})
# A plural that does not end in s: 'curricula', 'criteria', 'phenomena', 'corpora'
IRREGULAR = re.compile(r"(?:la|ia|na|ra|ices|ae|i)$")
# Nouns one paper says for the kind another question names: the same items asked.
KINDRED = (
    "problem issu challeng difficulti limit drawback bottleneck weak shortcom obstacl",
    "function capabl featur abil",
    "compon modul part element block",
    "stage step phase",
    "categori area type kind domain aspect field dimens class",
    "dataset benchmark corpus corpora",
    "metric measur criteria criterion",
    "goal object aim",
    "contribut novelti",
)
# An item: a few words, no clause break inside it
_ITEM = r"[\w-]+(?:\s+[\w-]+){0,3}?"
_LIST = rf"{_ITEM}(?:\s*,\s*{_ITEM})*\s*,?\s+(?:and|or|as\s+well\s+as)\s+{_ITEM}"
# ('precursors -- such as A, B, and C': a dash may stand before the words bringing them in)
_INTRO = (
    r"\s*(?::|(?:,|\s*--|\s*[—–])?\s+(?:such\s+as|including|namely|like|i\.e\.,?|e\.g\.,?)"
    r"|\()\s*"
)
NUMBERED = re.compile(r"\((?:\d|i{1,3}|iv|v|[a-e])\)")
SEPARATOR = re.compile(r"\s*,\s*(?!(?:and|or)\b)")


@dataclass(frozen=True)
class Asked:
    """The kind of item asked (stems: the noun, the words before it, its kin) and how many."""

    stems: tuple[str, ...]
    count: int | None

    def pattern(self) -> str:
        return "|".join(re.escape(s) for s in sorted(self.stems, key=len, reverse=True))


def items_asked(question: str, paper: Paper) -> Asked | None:
    """The kind of item the question asks of the paper, or None when it asks none."""
    own = {a.casefold() for a in aliases(paper)}
    for m in ASKED.finditer(question):
        phrase = _phrase(m["np"], own)
        count = m["n"] or m["m"]
        n = (NUMBER_WORDS.get(count.casefold()) or int(count)) if count else None
        # the kind: the last plural said ('two RL problems'), else with a count the last word
        at = next((i for i in reversed(range(len(phrase))) if _plural(phrase[i])), None)
        if at is None and n and 0 < len(phrase) < 3:
            at = len(phrase) - 1
        if at is None or phrase[at] in NOT_ITEMS or phrase[at] in own:
            continue
        kind, before = phrase[at], [w for w in phrase[:at] if w not in STOPWORDS]
        if kind in KIND_OF and m["of"] and at == len(phrase) - 1:  # 'kinds of reasoning'
            before, kind = [*before, m["of"].casefold()], m["of"].casefold()
        stems = {_prefix(s) for s in stem([*before, kind]) if len(s) > 3}
        head = _prefix(stem([kind])[0])
        kin = (group.split() for group in KINDRED if head in _prefixes(group))
        stems |= {_prefix(w) for group in kin for w in group}
        if stems:
            return Asked(tuple(sorted(stems)), n)
    return None


def _phrase(text: str, own: set[str]) -> list[str]:
    """The words naming the kind, up to a function word or the paper's one-word name (what
    is said of it follows: 'capabilities EasyNLP advertises', 'two RL problems does')."""
    names = {a for a in own if len(a.split()) == 1}  # 'easynlp', 'dgrc': not 'curriculum'
    said = text.casefold().split()
    phrase = []
    for w, after in zip(said, [*said[1:], ""], strict=True):
        if (w in STOPWORDS and w not in NUMBER_WORDS) or re.sub(r"['’]s$", "", w) in names:
            break
        if after in DETERMINERS:  # 'which part gives a regularization effect': a verb
            break
        phrase.append(w)
    return phrase


def _plural(word: str) -> bool:
    return len(word) > 3 and (
        (word.endswith("s") and not word.endswith(("ss", "us", "is")))
        or bool(IRREGULAR.search(word))
    )


def _prefix(word_stem: str) -> str:
    """What a stem's forms share ('curricula' and 'curriculum': 'curricul')."""
    return word_stem[:-1] if len(word_stem) > 5 else word_stem


def _prefixes(group: str) -> set[str]:
    return {_prefix(w) for w in group.split()}


def named_items(sentence: str, asked: Asked) -> int:
    """How many items of the kind asked the sentence names: a list before the kind ('A, B and
    C functionalities'), after it ('components: A, B and C'), or numbered where it says it."""
    kind = rf"\b(?:{asked.pattern()})[\w-]*"
    found = [
        m["list"]
        for pattern in (
            rf"(?P<list>{_LIST})\s+(?:[\w-]+\s+)?{kind}",
            rf"{kind}{_INTRO}(?P<list>{_LIST})",
        )
        for m in re.finditer(pattern, sentence, re.IGNORECASE)
    ]
    listed = max((len(SEPARATOR.findall(f)) + 2 for f in found), default=0)
    numbered = len(NUMBERED.findall(sentence))
    if numbered >= 2 and re.search(kind, sentence, re.IGNORECASE):
        listed = max(listed, numbered)
    return listed


def naming_sentences(question: str, paper: Paper, chosen: list[str]) -> list[str]:
    """The sentences naming the items of the kind asked, when those `chosen` name fewer than
    asked: the one announcing them ('two complementary curricula'), then the one naming them;
    none when no item is asked, the chosen ones name them, or no sentence does."""
    asked = items_asked(question, paper)
    if asked is None:
        return []
    need = asked.count or 2
    if any(named_items(s, asked) >= need for s in chosen):
        return []
    sentences = split_sentences(paper.abstract)
    naming = [s for s in sentences if named_items(s, asked) >= need]
    if not naming:
        return []
    best = naming[0]
    kind = re.compile(rf"\b(?:{asked.pattern()})", re.IGNORECASE)
    announcing = [s for s in chosen[:1] if s != best and s in sentences and kind.search(s)]
    return sorted({best, *announcing}, key=sentences.index)


# Items said together: 'model training, inference and deployment', 'A and B' (a list whose
# last item ends at a clause's end)
LISTED = re.compile(
    r"(?:[\w-]+\s+){0,2}[\w-]+(?:\s*,\s*(?:[\w-]+\s+){0,2}[\w-]+)*\s*,?\s+(?:and|or)\s+"
    r"(?:[\w-]+\s+){0,2}?[\w-]+(?=\s*(?:[,.;:()]|\s(?:for|in|on|to|with|of|from|at)\b|$))",
    re.IGNORECASE,
)


def listed_with_others(sentence: str, word_stem: str) -> int:
    """How many items the longest list holding the word has in the sentence ('training,
    inference and deployment': 3 for 'inference'); 0 when no list of two or more holds it."""
    return max(
        (
            len(re.findall(r",|\band\b|\bor\b", m[0])) + 1
            for m in LISTED.finditer(sentence)
            if word_stem in stem(re.findall(r"[a-z]+", m[0].casefold()))
        ),
        default=0,
    )
