"""The measure a question asks of a paper, read from the question's structure: the noun of a
count ('how many PAGES is RainSeer', 'the WORD count of X', 'number of REVIEWERS'), the unit a
size is asked in ('data size in TB', 'how big, in BYTES', 'how long, in PAGES') and the noun of
an amount ('how much STORAGE does it take'). Whether the paper's record holds that measure is
decided from the paper's own text: a measure whose noun or unit no sentence of its record
says is one the profile does not hold, whatever the noun (no list of unheld measures)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from prompts.answer.counted import (
    ASKED,
    NOT_THINGS,
    asked_count,
    counts_given,
    kind_of,
    near_stem,
    says_noun,
    says_word,
)
from prompts.answer.dimensions import missing_kind
from prompts.answer.measured import unvalued
from prompts.answer.model import Answer
from prompts.answer.offline import paper_unstated
from prompts.answer.premises import OWN, PRIOR, earlier_work
from prompts.understand.cues import GIVEN_CLAUSE
from prompts.understand.unlisted import not_out_asked
from retrieval.model import Paper, Profile
from retrieval.names import aliases
from retrieval.text import STOPWORDS, split_sentences, stem, words

# 'page count', 'word-count', 'star count' (the noun before 'count' is what is counted)
COUNT_OF = re.compile(r"\b([A-Za-z][\w-]*?)[- ]counts?\b", re.IGNORECASE)
# 'page length', 'word-length' (the noun before 'length' is what it is measured in)
# ('length' the head of its phrase, not 'length buckets', 'how many length ranges')
LENGTH_OF = re.compile(
    r"\b([A-Za-z][\w-]*?)[- ]lengths?\b(?!\s+(?!(?:is|was|does|has|uses)\b)[a-z][\w-]*s\b)",
    re.IGNORECASE,
)
# A size or length asked in a unit: 'size in TB', 'how big, in bytes', 'how long ... in pages',
# 'the size, in terabytes, of'; the unit is one word not followed by more of a phrase.
MEASURE_WORD = r"(?:size|sized|big|large|long|length|heavy|weight|volume|storage|amount|measured)"
IN_UNIT = re.compile(
    rf"\b{MEASURE_WORD}\b[^?.;!]{{0,60}}?\bin\s+(?!terms\b|number\b|the\b)([A-Za-z]{{2,}})\b"
    r"(?=\s*(?:[?.,;:!)]|$|\s+of\b|\s+or\b))",
    re.IGNORECASE,
)
# 'how large ... in terms of queries', 'size in number of entries': the thing counted
IN_TERMS = re.compile(
    rf"\b(?:{MEASURE_WORD}|many|count|number)\b[^?.;!]{{0,60}}?\bin\s+(?:terms\s+of|(?:the\s+)?number"
    r"\s+of)\s+(?:the\s+)?(?:number\s+of\s+)?([A-Za-z][\w-]*)",
    re.IGNORECASE,
)
# 'how much storage', 'how much memory' (not 'how much better', 'how much did', 'how much
# more', nor 'by how much', a result's size)
HOW_MUCH = re.compile(r"(?<!\bby\s)\bhow\s+much\s+([A-Za-z][\w-]*)\b", re.IGNORECASE)
COMPARATIVE = re.compile(r"(?:er|more|less|fewer)$", re.IGNORECASE)


@dataclass(frozen=True)
class Measure:
    """What a question asks to be measured: the noun counted or the unit asked in."""

    noun: str
    how: str  # 'count', 'unit', 'length' or 'amount': how the answer says what is missing
    # the other words of a count's phrase ('alibaba business units'): any said, it may be said
    phrase: tuple[str, ...] = ()

    def missing(self) -> str:
        """What the record does not state, in the answer's words."""
        if self.how == "unit":
            return f"a size or length in {self.noun}"
        if self.how == "length":
            return f"the {self.noun} length"
        if self.how == "amount":
            return f"how much {self.noun} it takes"
        plural = self.noun if self.noun.casefold().endswith("s") else f"{self.noun}s"
        return f"the number of {plural}"


def _phrase(question: str) -> tuple[str, ...]:
    """The words of a count asked ('alibaba', 'buisness', 'units' of 'how many alibaba buisness
    units'), up to the first function word."""
    m = ASKED.search(question)
    said = m["words"].split() if m else []
    # up to a function word: 'pages' of 'how many pages her RainSeer paper runs to'
    # ... and up to the measure said of it: 'pages' of 'how many pages long is X'
    ended = re.compile(rf"{MEASURE_WORD}$", re.IGNORECASE)
    kept = itertools.takewhile(lambda w: w.casefold() not in STOPWORDS and not ended.match(w), said)
    return tuple(kept)


def asked_measures(question: str) -> list[Measure]:
    """Every measure the question asks, unit first (a size in TB asks TB, whatever else)."""
    found: list[Measure] = []
    found += [Measure(m[1], "unit") for m in IN_UNIT.finditer(question)]
    counted = [m[1] for m in COUNT_OF.finditer(question)]
    counted += [m[1] for m in IN_TERMS.finditer(question)]
    if (noun := asked_count(question)) is not None:
        counted.append(noun)
    found += [
        Measure(n, "count", _phrase(question)) for n in counted if n.casefold() not in STOPWORDS
    ]
    found += [
        Measure(m[1], "length")
        for m in LENGTH_OF.finditer(question)
        if m[1].casefold() not in STOPWORDS
    ]
    for m in HOW_MUCH.finditer(question):
        # the words up to a function word ('real-world use EasyNLP', 'storage Logo-VGR'): the
        # noun asked is the first past adverbs and participles ('manually labelled DATA')
        said: list[str] = []
        for word in question[m.start(1) :].split()[:3]:
            word = word.strip("?.,;:!'\"()")
            if not word or word.casefold() in STOPWORDS or COMPARATIVE.search(word):
                break
            said.append(word)
        nouns = [w for w in said if not re.search(r"(?:ly|ed)$", w, re.IGNORECASE)]
        if nouns:
            found.append(Measure(nouns[0], "amount", tuple(said)))
    return found


# What a paper's record holds besides its abstract: a count or a size of these is answered
# from the record (its authors, its dates, its title), never declined here.
RECORD_NOUNS = frozenset(
    """author authors co-author co-authors coauthor coauthors people person names name
    writer writers contributors date dates year years month months day days week weeks
    category categories link links url urls code title titles paper papers citations
    citation version versions time""".split()  # noqa: SIM905
)
RECORD_STEMS = frozenset(stem(sorted(RECORD_NOUNS)))


def _parts(paper: Paper) -> tuple[list[str], list[str]]:
    """The abstract's parts on earlier work and on the paper's own: its sentences on earlier
    work, and of one of its own sentences, the part before it turns to itself when that part
    is on earlier work ('Unlike traditional methods that memorise tens of thousands of
    brands, | OUR method ...')."""
    sentences = split_sentences(paper.abstract)
    earlier = earlier_work(paper, sentences)
    names = "|".join(re.escape(a) for a in aliases(paper))
    turns = re.compile(rf"{OWN.pattern}|(?<![\w-])(?:{names})(?![\w-])", re.IGNORECASE)
    before, own = list(earlier), [paper.title]
    for sentence in (s for s in sentences if s not in earlier):
        turn = turns.search(sentence)
        cut = turn.start() if turn and PRIOR.search(sentence[: turn.start()]) else 0
        before += [sentence[:cut]] if cut else []
        own.append(sentence[cut:])
    return before, own


def _set_against(question: str, counted: list[str], paper: Paper) -> bool:
    """Does the question say of the paper what its abstract says of earlier work, next to the
    thing counted ('how many brands does Logo-VGR have to MEMORISE' of 'unlike traditional
    methods that rely on memorizing ... brands')? Then it rests on a premise the abstract's
    sentences correct, and is answered by them, not declined as a count unstated."""
    # the question's words less the thing counted and the paper's names ('recognise' of a
    # paper on 'Entity Recognition')
    own = stem(words(f"{paper.title} {' '.join(aliases(paper))} {' '.join(counted)}"))
    asked = [
        w
        for w in stem([w for w in words(question) if w not in STOPWORDS])
        if not any(near_stem(w, o) for o in own)
    ]
    for part in _parts(paper)[0]:
        said = stem(words(part))
        if any(near_stem(stem([c.casefold()])[0], w) for c in counted for w in said) and any(
            near_stem(a, w) for a in asked for w in said if len(a) > 3
        ):
            return True
    return False


def _held(measure: Measure, paper: Paper, question: str = "") -> bool:
    """Does the paper's record say the measure: its noun or unit in the title or abstract
    (any inflection, a typo off), or a field of the record itself ('how many authors')?"""
    noun = measure.noun.casefold()
    if noun in RECORD_NOUNS or noun in NOT_THINGS or stem([noun])[0] in RECORD_STEMS:
        return True
    if measure.how == "count":
        # a count is held only where a number counts it ('5 languages'), not where the noun is
        # merely said ('tens of thousands of brands'); of the phrase's words, its last is the
        # thing counted ('business UNITS' of 'how many alibaba business units')
        text = f"{paper.title} {paper.abstract}"
        counted = [w for w in (noun, *measure.phrase[-1:]) if says_word(w, text)]
        own = " ".join(_parts(paper)[1])
        if counted and not any(says_word(w, own) for w in counted):
            return True  # said of the setting or earlier work only: its sentences say so
        if counted and GIVEN_CLAUSE.match(question):
            # 'X was scraped from the web; how many questions?': the answer checks what the
            # question takes as given first, from the sentences a decline would not quote
            return True
        if counted:
            stated = any(counts_given(w, paper)[0] for w in counted)
            return stated or _set_against(question, [*counted, *measure.phrase], paper)
    if measure.how != "unit" and kind_of(noun) is not None:
        return True  # a kind the count reader knows ('annotators', 'images'): it decides
    if measure.how == "unit" and re.search(rf"\d\s*{re.escape(noun)}\b", paper.abstract, re.I):
        return True  # '1.2TB'
    return any(says_noun(w, paper) for w in (noun, *measure.phrase))


def unheld_measure(question: str, papers: Sequence[Paper]) -> Answer | None:
    """Decline a measure asked of the named papers that none of their records states ('how
    many pages is RainSeer?', 'MeteoLogist's data size in TB?'), saying what is missing and
    what the profile holds instead; None when it is stated, or no measure is asked."""
    if not papers:
        return None
    for measure in asked_measures(question):
        if any(_held(measure, p, question) for p in papers):
            continue
        return paper_unstated(question, papers[0], measure.missing())
    # 'its grid size in km?', 'its datasets besides 20 Newsgroups?'
    if (missing := missing_kind(question, papers)) is not None:
        return paper_unstated(question, papers[0], missing)
    # 'what accuracy does X reach?' of an abstract saying how X did in words only
    if len(papers) == 1 and (missing := unvalued(question, papers[0])) is not None:
        return paper_unstated(question, papers[0], missing)
    return None


def answer_not_out(question: str, profile: Profile) -> Answer | None:
    """Decline work asked about that is not out yet ('his unpublished paper on X'): the
    profile lists only papers already posted; None when the question asks no such work."""
    if not not_out_asked(question):
        return None
    claimed = f" (of {profile.papers_claimed} its header claims)" if profile.papers_claimed else ""
    text = (
        f"The profile does not answer this: it holds only {profile.name}'s "
        f"{len(profile.papers)} listed papers{claimed}, each already posted, with their titles, "
        "dates, authors, categories, code links and abstracts; it has nothing on unpublished, "
        "forthcoming or in-review work."
    )
    return Answer(question=question, text=text, route="abstain", abstained=True)
