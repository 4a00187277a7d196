"""A count asked of one paper that its abstract never gives: 'how many annotators labelled X'
where the abstract counts entries and subsets, never annotators. The thing counted is the
asked count's noun ('annotators', 'human labellers'); the abstract gives its count when a
number stands a few words before that noun, a word of the same kind ('19 ophthalmologists' for
'people', '755 entries' for 'items') or the noun joined to a number ('a four-stage pipeline'),
or when it says there is none ('without learnable parameters'). Otherwise the answer says the
count is not stated, and which counts the abstract does give."""

from __future__ import annotations

import re

from prompts.understand.terms import NUMBER_WORDS
from retrieval.model import Paper
from retrieval.text import STOPWORDS, split_sentences, stem

# 'how many annotators', 'number of annotaters', '# of stages', 'by how many people'
ASKED = re.compile(
    r"(?:\bhow\s+many|\bnumber\s+of|#\s*of)\s+(?P<words>(?:(?!(?:does|do|did|is|are|was|were"
    r"|has|have|had|can|could|in|on|of|for|the|a|an|there|they|he|she|it|we|you|r|and|or|to"
    r"|times|more|less|fewer|then)\b)[A-Za-z][\w-]*\s*){1,3})",
    re.IGNORECASE,
)
COUNT_WORDS = "|".join([*NUMBER_WORDS, "one", "eleven", "twelve", "dozens?", "hundreds?"])
# a number as a count: '755', '341,896', '200K', 'over ten', 'five' (not 'Top-5', 'Qwen2.5')
NUMBER = rf"(?<![\w.,/-])(?:\d[\d,.]*\s?[kKmM]?\+?|(?:{COUNT_WORDS}))(?![\w.]|-\d)"
# Kinds of thing a count may name in other words: a count of people is given by any count of
# people, a count of items by a count of entries or samples.
KINDS = (
    """people persons person humans human annotators annotator labellers labeller labelers
    labeler raters rater workers worker participants participant experts expert volunteers
    crowdworkers ophthalmologists doctors physicians clinicians specialists specialist users
    subjects judges students""",
    """items item entries entry samples sample examples example instances instance records
    record questions question pairs data""",
    """images image pictures picture pics pic photos photo""",
    """teams team units unit departments department divisions division""",
    """intervals interval buckets bucket ranges range bins bin""",
    """datasets dataset benchmarks benchmark corpora corpus""",
    """stages stage phases phase steps step""",
    """parts part components component modules module blocks block""",
    """kinds kind types type categories category classes class groups group""",
)
KIND_OF = {stem([w])[0]: k for k, ws in enumerate(KINDS) for w in ws.split()}
# The people kind: a count of them is never said in other words of another kind.
PEOPLE = 0
# Counts of no thing of the paper's own (a difference, a share, a manner), or counts another
# part of the answer reads (its papers, its parameters): never declined here.
NOT_THINGS = frozenset(
    """points point percent percentage percentages times ways way papers paper publications
    parameters params citations""".split()  # noqa: SIM905
)
# A count of none: 'without learnable parameters', 'no human annotations'
NONE_SAID = r"\b(?:without|no|zero|free\s+of)\s+(?:any\s+)?((?:[\w-]+\s+){0,2}[A-Za-z][\w-]*)"
# A count the paper leaves open: 'any-k keyframes', 'an arbitrary number of views'
ANY_SAID = re.compile(
    r"\b(?:any-[a-z]|any\s+number\s+of|an?\s+(?:arbitrary|variable|flexible)\s+number\s+of"
    r"|arbitrar(?:y|ily\s+many))\s+((?:[\w-]+\s+){0,2}[A-Za-z][\w-]*)",
    re.IGNORECASE,
)
# A word as written, not a part of a name glued to digits ('clip' of 'clip2frame')
WORD = re.compile(r"(?<![\w])[A-Za-z]+(?![\w])")
# How far before the noun its number may stand: 'three different temporal modeling modules'
GAP = 3


def asked_count(question: str) -> str | None:
    """The noun of the count asked ('annotators' of 'how many human annotators labelled X'),
    as typed; None when the question asks no count of a thing."""
    m = ASKED.search(question)
    if m is None:
        return None
    said = [w for w in m["words"].split() if w.casefold() not in STOPWORDS]
    plural = [w for w in said if w.casefold().endswith("s") and len(w) > 3]
    return (plural or said[-1:] or [None])[0]


def near_stem(a: str, b: str) -> bool:
    """The same stem, one typed letter apart ('annotat', 'annotat'), or one the other's start
    past four letters ('modul', 'modular')."""
    if a == b or (min(len(a), len(b)) >= 5 and (a.startswith(b) or b.startswith(a))):
        return True
    if abs(len(a) - len(b)) > 1 or min(len(a), len(b)) < 5:
        return False
    if len(a) == len(b):  # a letter typed wrong, or two swapped ('langauges')
        off = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
        swapped = len(off) == 2 and off[1] == off[0] + 1 and a[off[0]] == b[off[1]]
        return len(off) == 1 or (swapped and a[off[1]] == b[off[0]])
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


def _counted(sentence: str) -> list[tuple[str, str]]:
    """Each count the sentence gives: the words from its number up to the noun it counts, and
    the stems of the words after the number ('755 entries', 'four-stage')."""
    found = []
    # (a lookahead: '755 entries divided into five distinct subsets' gives both counts)
    pattern = rf"(?=({NUMBER})(?:\s+|-)((?:[A-Za-z][\w-]*\s+){{0,{GAP}}}[A-Za-z][\w-]*))"
    for m in re.finditer(pattern, sentence, re.IGNORECASE):
        said: list[str] = []  # as the answer says it: up to a function word, less a verb
        for word in m[2].split():  # after it ('755 entries divided into' -> '755 entries')
            if word.casefold() in STOPWORDS:
                break
            said.append(word)
        while len(said) > 1 and re.search(r"(?:ed|ing)$", said[-1]):
            said.pop()
        if said:  # a count of a thing, not a measure ('0.843 for 15 diseases')
            found.append((" ".join([m[1].strip(), *said]), m[2]))
    return found


def kind_of(noun: str) -> int | None:
    """The kind of thing the noun names, typed one letter off or not ('exmaples')."""
    wanted = stem([noun.casefold()])[0]
    if wanted in KIND_OF:
        return KIND_OF[wanted]
    return next((k for w, k in KIND_OF.items() if len(w) >= 5 and near_stem(wanted, w)), None)


def _matches(asked: str, words: str) -> bool:
    """Does a count's words name the asked noun, or a thing of its kind?"""
    wanted = stem([asked.casefold()])[0]
    kind = kind_of(asked)
    for word in re.findall(r"[A-Za-z]+", words):
        if word.casefold() in STOPWORDS:  # '755 entries divided into': the phrase ends
            break
        got = stem([word.casefold()])[0]
        if near_stem(wanted, got) or (kind is not None and KIND_OF.get(got) == kind):
            return True
    return False


def says_noun(asked: str, paper: Paper) -> bool:
    """Does the title or abstract say the asked noun at all, in any inflection, typed one
    letter off, or ending a name ('clips' of 'PeakClips')?"""
    wanted = stem([asked.casefold()])[0]
    for word in re.findall(r"[A-Za-z]+", f"{paper.title} {paper.abstract}"):
        word = word.casefold()
        if near_stem(wanted, stem([word])[0]) or (len(wanted) > 3 and word.endswith(wanted)):
            return True
    return False


def says_word(asked: str, text: str) -> bool:
    """Does the text say the asked noun as a word of its own, as typed or in its other number
    ('brand' for 'brands') or typed one letter off in a long word ('brnads'), not inside a
    name ('clip2frame', 'PeakClips') nor a short word a typo may stand for ('takes' for
    'taks')?"""
    low = asked.casefold()
    forms = {low, f"{low}s", f"{low}es", re.sub(r"y$", "ies", low), re.sub(r"ies$", "y", low)}
    forms |= {low[:-1], low[:-2]} if low.endswith("s") else set()
    said = [w.casefold() for w in WORD.findall(text)]
    if any(w in forms for w in said):
        return True
    wanted = stem([low])[0]  # a typo in a long word ('brnads'): a short one may be another
    return len(wanted) >= 5 and any(near_stem(wanted, w) for w in stem(said))


def counts_given(asked: str, paper: Paper) -> tuple[bool, list[str]]:
    """(whether a number of the abstract counts the asked noun or a thing of its kind, or it
    says there is none; the counts it gives otherwise): '5 languages' counts 'languages',
    'tens of thousands of brands' counts no brands. A count in the sentence of a name ending
    in the noun counts it in other words ('PeakClips, a dataset of 200K video highlights')."""
    wanted = stem([asked.casefold()])[0]
    given: list[str] = []
    for sentence in split_sentences(paper.abstract):
        counts = _counted(sentence)
        names = stem([w.casefold() for w in WORD.findall(sentence)])
        named = any(w.endswith(wanted) and not near_stem(wanted, w) for w in names)
        if counts and named and len(wanted) > 3:
            return True, given
        for said, words in counts:
            if _matches(asked, words):
                return True, given
            given.append(said)
        none = re.finditer(NONE_SAID, sentence, re.IGNORECASE)
        if any(_matches(asked, m[1]) for m in none):
            return True, given  # 'without learnable parameters': the count is none
        for m in ANY_SAID.finditer(sentence):  # 'any-k keyframes': the count is the user's
            told = [w.casefold() for w in WORD.findall(m[1])]
            if _matches(asked, m[1]) or (len(wanted) > 3 and any(wanted in w for w in told)):
                return True, given
    return False, given


def uncounted(question: str, paper: Paper) -> tuple[str, list[str]] | None:
    """(the noun asked, the counts the abstract does give) when the question asks how many of
    a thing of a known kind that no number of the abstract counts, people ('annotators') or a
    thing the abstract never names ('how many pictures' of a paper counting no images); None
    when a number counts it, or none is asked (a thing the abstract names is the measure
    reader's, unheld.py, which answers after a premise the question gives is checked)."""
    asked = asked_count(question)
    if asked is None or len(asked) < 3 or asked.casefold() in NOT_THINGS:
        return None
    kind = kind_of(asked)
    if kind is None or (kind != PEOPLE and says_noun(asked, paper)):
        # said, in words no count here reads, or a thing of no kind known here ('how many
        # ratings' of a paper that learns without any): the answer's sentence may say it
        return None
    stated, given = counts_given(asked, paper)
    return None if stated else (asked, given)
