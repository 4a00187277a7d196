"""The profile's own vocabulary, built once when a profile is opened: topic words typed
wrong ('distilation', 'mutlimodal') are read as the word the papers use."""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from typing import Any

import numpy as np
import numpy.typing as npt
from pydantic import BaseModel, Field
from rapidfuzz import process
from rapidfuzz.distance import OSA

from prompts.understand.terms import STOPWORDS, swapped_stopword
from retrieval.model import Profile
from retrieval.text import glued_name, split_sentences, stem

WORD = re.compile(r"[a-z][a-z0-9-]{3,}")
MIN_LENGTH = 5  # shorter words are too easily another word
LONG_SLIP = 7  # a word this long one slip from the papers' own is no name
SWAPPED_LENGTH = 7  # a swap of two letters is read back in words this long (no first letter)
DICTIONARY_LENGTH = 7  # a topic word mended against the dictionary: longer ones are safer
# Several papers said right after two words ('fashion bert papers'): they describe a set of
# papers when a count is said before them, so they are not joined into the one paper's name
# they spell ('the two fashion bert papers' is no 'FashionBERT'; 'multi modal studies' is
# still 'multimodal')
SEVERAL_AFTER = re.compile(r"\s+(?:papers|works|articles|preprints|studies|ones)\b", re.IGNORECASE)
COUNTED_BEFORE = re.compile(r"\b(?:two|three|four|both|[234])\s+$", re.IGNORECASE)
# Nouns that name a kind of thing rather than a subject: 'retrieval systems' is 'retrieval'.
GENERIC_HEADS = frozenset(
    """settings setting scenario scenarios regime regimes system systems method methods
    approach approaches technique techniques model models stuff things topic topics area areas
    field fields domain domains task tasks problem problems application applications
    framework frameworks research work works focus mechanism mechanisms module modules
    strategy strategies scheme schemes pipeline pipelines recipe recipes trick tricks idea
    ideas""".split()  # noqa: SIM905
)
# Of those, the ones that say how a subject is done, not what it is: said first, they only
# introduce it ('the approach is split into stages', 'methods that learn from wrong examples').
METHOD_WORDS = frozenset(
    """method methods approach approaches technique techniques mechanism mechanisms strategy
    strategies scheme schemes trick tricks way ways""".split()  # noqa: SIM905
)
# Verbs of how a model is made that open a topic, never its subject ('trained image-and-text
# models with rewards', 'teaching a small student'): the subject is what follows.
MAKING_WORDS = frozenset("train trains trained taught teach teaches teaching".split())  # noqa: SIM905
# Words that shape a topic without naming it ('BERT-style', 'graph-based'): never 'unseen'.
SHAPING = GENERIC_HEADS | frozenset(
    "style based like type types kind kinds oriented related driven aware specific level".split()  # noqa: SIM905
)
# Of those, the ones that say what a topic is built on ('BERT-based', 'RL-driven'), not a kind
# of it ('domain-specific', 'token-level'): the topic's papers are those naming what it is on.
BASED_ON = frozenset("based style like driven".split())  # noqa: SIM905
# '7B-parameter', '1.5b-params': a model size said with its unit, which names omit ('Qwen-7B')
SIZED = re.compile(r"(\d+(?:\.\d+)?[bmk])-param(?:eter)?s?", re.IGNORECASE)
# 'medicine' when the papers say 'medical': a word no paper uses is read as one they do that
# starts the same (RELATED_PREFIX letters) and means nearly the same to the embedder. Word
# pairs measured with MiniLM: medicine/medical 0.86, statistics/statistical 0.86,
# summarisation/summary 0.66 against protein/protect 0.22, robotics/robust 0.31.
RELATED_PREFIX = 5
RELATED = 0.65
RELATED_CANDIDATES = 12
# 'healthcare' when the papers say 'medical': a word no paper uses, in any form and with no
# related spelling, is read as a word of the titles it is closest to in meaning, when the two
# mean nearly the same. Measured with MiniLM: healthcare/medical 0.76, doctors/medical 0.83,
# clothing/fashion 0.75, photos/images 0.83, against robotics/kinematic 0.59,
# finance/business 0.59, movies/videos 0.64, protein/seminal 0.38.
SYNONYM = 0.72
# A bound that skips work decides as the work would, float rounding of another batch aside.
SLACK = 1e-4
# 'clinical' for 'medical': a word of the closest papers this near a one-word topic names it
# too. Measured with MiniLM over the bundled profile: medical/clinical 0.73, weather/
# meteorological 0.79, dialogue/conversations 0.70, summarization/summaries 0.85, against
# reasoning/inference 0.66, video/image 0.61, fashion/styles 0.68, medical/diseases 0.60.
KIN = 0.70
# 'multiple languages', 'several domains': many of a thing, as the papers' one word for it
# ('multilingual', 'multi-domain'), when the two mean nearly the same. Measured with MiniLM
# over the bundled profile: multiple languages/multilingual 0.77, various languages/
# multilingual 0.71, multiple domains/multi-domain 0.90, multiple images/multi-image 0.87,
# against multiple images/multimodal 0.52, several modalities/multimodal 0.39. Not a count
# asked ('how many languages', 'as many languages as').
MANY = re.compile(
    r"(?<!\bhow\s)(?<!\bas\s)\b(?:multiple|several|many|various|numerous|diverse|different)"
    r"\s+(?P<things>[a-z]{3,}s)\b",
    re.IGNORECASE,
)
MULTI = re.compile(r"multi(?!pl)-?[a-z]{3,}")
MANY_AS_ONE = 0.70
# A word this share of the profile's papers use (language, models, learning in a profile of
# NLP papers) does not narrow a topic that has a rarer word.
BACKGROUND = 0.35
# A word at either end of a topic of SALIENT_WORDS or more that is less than SALIENT times as
# near in meaning to the whole topic as its nearest word is the asker's, not the subject's
# (KeyBERT's measure, per word): 'heavy negative sampling': heavy .25 against sampling .64;
# 'shown purely synthetic data help': help .06 against synthetic .58. Words inside the subject
# stay ('next item clicks', 'information leakage'): a subject is said in one run of words.
SALIENT = 0.5
# A topic word this share of the profile's papers use ('image' of 'image patches': 0.26 in the
# bundled profile) narrows it little beside words fewer than RARE of them use ('patches':
# 0.04): a paper naming those is on it, however it says the rest. Words in between
# ('retrieval' 0.16 of 'image retrieval') narrow it too: the topic is then read whole.
COMMON = 0.2
RARE = 0.1
SALIENT_WORDS = 3
TERM_USES = 3  # a pair the papers write this often is a term ('language models')
# A word this few papers use is no sense of theirs to match a need by when the paper is far
# from the need: 'trading' is only FashionBERT's 'trade off'
SCARCE_USES = 1
TOKEN = re.compile(r"(?<![\w'’-])[a-z]{3,}(?![\w'’-])")  # lower-case: names keep their capitals
# A hyphenated word ('CV-catgeory', 'meta-lerning'): its lower-case parts are spelled one by one
HYPHENED = re.compile(r"(?<![\w'’-])[A-Za-z0-9]+(?:-[A-Za-z0-9]+)+(?![\w'’-])")
TITLE_WORD = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*")  # 'pre-trained' is one word
# A number typed onto the word it counts: '20newsgroups', '5shot'
GLUED_NUMBER = re.compile(r"\b(\d+)([A-Za-z]{3,})\b")
GLUED_VERSION = re.compile(r"(?<![\w-])[A-Za-z]{2,}\d[A-Za-z0-9]*(?![\w-])")
ONE_WORD = re.compile(r"(?<![\w-])[a-z]{5,}(?![\w-])")  # typed in lower case: no name
# Two words in a row, the second read ahead so that every pair is tried ('any few shot work':
# 'few shot' too, not only 'any few').
PAIR = re.compile(r"\b([A-Za-z]{2,12})(?=([\s-]+)([A-Za-z]{2,12})\b)")
# "reinforcement learning (RL)": an acronym the papers spell out. Tried from word starts
# only, words never given back: the same matches, ten times faster over 10k abstracts.
DEFINED = re.compile(r"(?<![\w-])((?:[\w-]++\s+){1,6})\(\s*([A-Z][A-Za-z]{0,6}?[A-Z])s?\s*\)")


# Words that govern a noun after them (prepositions, determiners, quantifiers): never a surname
# ('nmber of papers', 'hwo many papers'); a pronoun may be one ('Kaiming He').
NOT_SURNAMES = frozenset(
    [
        "of",
        "for",
        "on",
        "in",
        "at",
        "to",
        "about",
        "from",
        "with",
        "by",
        "many",
        "much",
        "all",
        "any",
        "some",
        "the",
        "an",
        "her",
        "his",
        "their",
        "my",
        "our",
        "your",
        "its",
        "these",
        "those",
        "other",
        "each",
        "every",
        "few",
    ]
)
# A lower-case full name next to a people cue: 'with kaiming he', 'yann lecun collab?', or as
# the one whose work is asked for: 'kaiming he papers list?', 'what has kaiming he published'.
LOWER_NAME = re.compile(
    r"\b(?:with|by|and)\s+(?P<first>[a-z]{3,})\s+(?P<last>[a-z][a-z'-]+)\b"
    r"(?=\s+(?:collab|co-?author|papers|appear|as\b)|\s*(?:[?.!,]|$))"
    r"|^\s*(?P<first2>[a-z]{3,})\s+(?P<last2>[a-z][a-z'-]+)(?=\s+(?:collab|co-?author|appear))"
    r"|(?:^\s*|\b(?:what|has|have|had|did|does|do|is|was|of|from|about|are)\s+)"
    r"(?P<first3>[a-z]{3,})\s+(?P<last3>[a-z][a-z'-]+)(?=['’]s?\s|\s+(?:papers?|publications?"
    r"|pubs|works?|research|published|publish|written|wrote|worked"
    r"|has\s+(?:published|written|worked))\b)"
)


def _shaping_head(word: str, shapes: frozenset[str] = SHAPING - GENERIC_HEADS) -> str | None:
    """'BERT' of 'BERT-based' (a compound closed by one of the shaping words)."""
    head, _, shape = word.rpartition("-")
    return head if head and shape.casefold() in shapes else None


def _shared_start(a: str, b: str) -> int:
    """How many first letters two words share."""
    pairs = enumerate(zip(a, b, strict=False))
    return next((i for i, (x, y) in pairs if x != y), min(len(a), len(b)))


def _spelled_out(before: list[str], acronym: str) -> str | None:
    """The words before '(RL)' whose initials spell the acronym, lower-cased."""
    n = sum(1 for c in acronym if c.isupper()) or len(acronym)
    words = before[-n:]
    initials = "".join(w[0] for w in words).upper()
    return " ".join(words).casefold() if initials == acronym.upper().replace("-", "") else None


def _fragment(after: set[str]) -> bool:
    """A spelling always followed by one same content word is part of a longer name."""
    return len(after) == 1 and next(iter(after)) not in STOPWORDS | {""}


def _initialisms(titles: Iterable[str]) -> dict[str, str]:
    """Acronyms the titles spell out without defining them: the initials of two to four
    content words in a row ('Graph Neural Networks' -> gnn). An acronym of three letters or
    more takes its most used spelling when no other is as used; a two-letter one needs two
    uses and twice any other's."""
    spellings: dict[str, Counter[str]] = {}
    following: dict[str, set[str]] = {}  # the words after a spelling: one alone, a fragment
    for title in titles:
        tokens = TITLE_WORD.findall(title.casefold())
        for n in (2, 3, 4):
            for i in range(len(tokens) - n + 1):
                gram = tokens[i : i + n]
                if any(w in STOPWORDS or len(w) < 3 for w in gram):
                    continue
                key, spelled = "".join(w[0] for w in gram), " ".join(gram)
                spellings.setdefault(key, Counter())[spelled] += 1
                after = tokens[i + n] if i + n < len(tokens) else ""
                following.setdefault(spelled, set()).add(after)
    found = {}
    for key, counts in spellings.items():
        # 'multimodal large' is always followed by 'language': part of a longer name
        counts = Counter({g: c for g, c in counts.items() if not _fragment(following[g])})
        if not counts:
            continue
        (best, uses), *rest = counts.most_common(2)
        runner = rest[0][1] if rest else 0
        if (len(key) >= 3 and uses > runner) or (uses >= 2 and uses >= 2 * runner):
            found[key] = best
    return found


# The nouns of questions about a profile, a slip away from a paper's word, are read as the
# question's own ('paprs' is 'papers', not 'pairs'; 'autor' is 'author').
QUESTION_WORDS = sorted(
    """paper papers author authors citation citations publication publications published
    category categories coauthor coauthors co-authors research""".split()  # noqa: SIM905
)


class Vocabulary(BaseModel):
    """What the Lexicon reads from the papers (kept on disk between opens)."""

    words: list[str] = Field(description="Every word of the titles and abstracts, most used first.")
    terms: dict[str, int] = Field(description="Word pairs ending in a head noun, by use.")
    acronyms: dict[str, str] = Field(description="Acronyms the papers define, spelled out.")
    stems: list[str] = Field(description="The stems of the words and of their hyphen parts.")
    uses: dict[str, int] = Field(description="Papers using each stem (words, hyphen parts).")
    initialisms: dict[str, str] = Field(description="Acronyms the titles spell out.")
    joined: dict[str, str] = Field(
        description="Hyphenated words by their letters ('pretraining': 'pre-training'), where "
        "the papers write the hyphen more often than not."
    )
    released: list[str] = Field(
        default=[],
        description="Stems the papers use only where they give their own code's whereabouts "
        "('code' in 'Code is available at ...'), never of their subject.",
    )


# A sentence giving the paper's own code's whereabouts ('The code is available at https://...',
# 'we release our code'): its words say where the code is, not what the paper is about.
RELEASE = re.compile(
    r"https?://|\b(?:code|implementation)s?\b[^.]*\b(?:available|released?|open-?sourced?"
    r"|public(?:ly)?|found|github)\b|\b(?:release[sd]?|releasing|open-?sourc(?:e[sd]?|ing)"
    # (not 'published on synthesizing source code': a subject)
    r"|publish(?:ed)?|share[sd]?)\s+(?!on\b|about\b)(?:\w+\s+){0,3}?(?:code|implementation)s?\b",
    re.IGNORECASE,
)


RELEASED = re.compile(r"\b(?:code(?:base)?|implementation|repositor(?:y|ies)|repo)s?\b")


def _released(profile: Profile) -> list[str]:
    """The stems the papers use only in sentences giving their code's whereabouts."""
    there: set[str] = set()
    elsewhere: set[str] = set()
    for paper in profile.papers:
        elsewhere.update(stem(set(WORD.findall(paper.title.casefold()))))
        for sentence in split_sentences(paper.abstract):
            found = set(WORD.findall(sentence.casefold()))
            if RELEASE.search(sentence):  # the thing released is named, the rest is said
                there.update(stem(set(RELEASED.findall(sentence.casefold()))))
                found -= set(RELEASED.findall(sentence.casefold()))
            elsewhere.update(stem(found))
    return sorted(there - elsewhere)


def vocabulary(profile: Profile) -> Vocabulary:
    """Read the profile's vocabulary from its titles and abstracts (a pass over every one)."""
    counts: Counter[str] = Counter()
    acronyms: dict[str, str] = {}
    terms: Counter[str] = Counter()
    uses: Counter[str] = Counter()
    for paper in profile.papers:
        text = f"{paper.title} {paper.abstract}"
        found = WORD.findall(text.casefold())
        counts.update(found)
        unique = set(found)
        parts = {p for w in unique if "-" in w for p in w.split("-") if len(p) > 2}
        parts |= {n for w in unique for p in w.split("-") if (n := glued_name(p))}  # 'qwen2.5'
        uses.update(set(stem(unique | parts)))
        terms.update(f"{a} {b}" for a, b in itertools.pairwise(found) if b in GENERIC_HEADS)
        for m in DEFINED.finditer(text):
            spelled = _spelled_out(m[1].split(), m[2])
            if spelled:
                acronyms.setdefault(m[2].casefold(), spelled)
    words = [word for word, _ in counts.most_common()]
    # a name glued to its version is a word of its own ('bleu' of 'bleu4'), never a slip
    glued = {n for w in words for p in w.split("-") if (n := glued_name(p))}
    words += sorted(glued - set(counts))
    parts = {p for w in words for p in w.split("-") if len(p) > 2} | glued
    stems = sorted(set(stem(set(words) | parts)))
    initialisms = _initialisms(paper.title for paper in profile.papers)
    return Vocabulary(
        words=words,
        terms=dict(terms),
        acronyms=acronyms,
        stems=stems,
        uses=dict(uses),
        initialisms=initialisms,
        joined=_joined(words),
        released=_released(profile),
    )


def _joined(words: list[str]) -> dict[str, str]:
    """'pretraining' -> 'pre-training': a compound typed as one word, as the papers more
    often write it (`words` most used first; the most used hyphenation of the letters)."""
    used = {w: i for i, w in enumerate(words)}
    return {
        w.replace("-", ""): w
        for w in reversed(words)
        if "-" in w.strip("-") and used[w] < used.get(w.replace("-", ""), len(used))
    }


class Lexicon:
    """Every word of the profile's titles and abstracts; spelling fixed against it (one slip:
    a letter missing, extra, wrong or swapped with its neighbour, as typos are)."""

    def __init__(
        self,
        profile: Profile,
        known: frozenset[str] = frozenset(),
        embed: Callable[[list[str]], Sequence[Any]] | None = None,
        words: Vocabulary | None = None,
        titles: Sequence[str] | None = None,
    ) -> None:
        """`known`: words that are right as typed (a dictionary), never 'corrected'.
        `embed`: the profile's embedder, to read a word by a related one the papers use.
        `words`: the profile's `vocabulary`, when already read (else read here).
        `titles`: the papers' titles, when already read (else read here)."""
        self.known, self.embed = known, embed
        data = vocabulary(profile) if words is None else words
        self.words = frozenset(data.words)
        # 'language models': a head noun the papers use, by how often they use the pair.
        self.terms: Counter[str] = Counter(data.terms)
        self.acronyms = data.acronyms
        self.stems = set(data.stems)
        self.released = frozenset(data.released)
        self.uses: Counter[str] = Counter(data.uses)  # papers using a stem
        self.size = len(profile.papers)
        self.initialisms = data.initialisms
        # The terms the papers name as one (acronyms' words), by their first word: a topic
        # is checked against those its words start, not against all (thousands at 10k papers).
        self._terms: dict[str, list[str]] = {}
        for term in dict.fromkeys([*self.acronyms.values(), *self.initialisms.values()]):
            if term.split():
                self._terms.setdefault(term.split()[0], []).append(term)
        # The dictionary's words by length (a size that does not grow with the profile).
        self._dictionary: dict[int, list[str]] = {}
        for word in sorted(w for w in known if len(w) >= DICTIONARY_LENGTH):
            self._dictionary.setdefault(len(word), []).append(word)
        # 'pretraining' for 'pre-training': a compound typed as one word, by its letters.
        self._unhyphenated = data.joined
        # The words written only inside a compound after its first part ('nexrad' of
        # '3D-NEXRAD', 'vl' too short): typed alone, they are meant, not slips.
        self.parts = frozenset(
            p for w in data.words for p in w.split("-")[1:] if p.isalpha() and len(p) >= 4
        )
        # The words by length (one slip changes it by one at most: only those are compared),
        # and 'ecomerce' for 'e-commerce': one slip in a compound typed as one word.
        self._lengths: dict[int, list[str]] = {}
        for word in itertools.chain(data.words, self._unhyphenated):
            self._lengths.setdefault(len(word), []).append(word)
        self._rank = {w: i for i, w in enumerate(data.words)}  # most used first
        # 'reccomendation' for 'recommendation': a long word by its letters with each double
        # made single (a doubled letter put on its neighbour is one slip to the typist)
        self._undoubled: dict[str, str] = {}
        for word in data.words:
            if word.isalpha() and len(word) >= SWAPPED_LENGTH:
                self._undoubled.setdefault(undoubled(word), word)  # the most used kept
        hyphened = (w for w in reversed(data.words) if "-" in w.strip("-"))
        self._hyphened = {w.replace("-", ""): w for w in hyphened}  # the most used kept
        # 'multilingual', 'multi-domain': the papers' words for many of a thing.
        self._multi = [w for w in data.words if MULTI.fullmatch(w)]
        # Words by their first letters, most used first: the candidates for a related word.
        self._prefixed: dict[str, list[str]] = {}
        self._vectors: dict[str, np.ndarray[Any, np.dtype[np.float32]]] = {}
        for word in data.words:
            if word.isalpha() and len(word) >= RELATED_PREFIX:
                self._prefixed.setdefault(word[:RELATED_PREFIX], []).append(word)
        # Every title's words that a word no paper uses may be read as (see `synonym`).
        self._title_words = self._synonyms_in(
            [p.title for p in profile.papers] if titles is None else titles
        )
        # The vectors of the profile's own texts, embedded once at open (see `keep`).
        self._rows: dict[str, int] = {}
        self._table: npt.NDArray[np.float32] = np.zeros((0, 0), dtype=np.float32)
        self._own = self._table  # the rows of `profile_texts`

    def profile_texts(self) -> list[str]:
        """The profile's words that question words are compared with: the titles' words (a
        `synonym`), the words that start like a word no paper uses (`_related`), and the
        papers' words for many of a thing (`many`)."""
        related = (w for words in self._prefixed.values() for w in words[:RELATED_CANDIDATES])
        return list(dict.fromkeys([*self._title_words, *related, *self._multi]))

    def keep(self, texts: Sequence[str], vectors: npt.NDArray[np.float32]) -> None:
        """Use these unit vectors for these texts (the profile's, embedded once at open: see
        `profile_texts`), so that a question only embeds its own words."""
        self._rows = {t: i for i, t in enumerate(texts)}
        self._table = vectors
        own = [self._rows[t] for t in self.profile_texts() if t in self._rows]
        contiguous = own == list(range(len(own)))  # as the assistant keeps them: a view
        self._own = vectors[: len(own)] if contiguous else vectors[own]

    def compounds(self, question: str) -> str:
        """'few shot' -> 'few-shot', 'multi modal' and 'multi-modal' -> 'multimodal',
        'pretraining' -> 'pre-training', as the papers most often write them."""

        def hyphened(m: re.Match[str]) -> str:  # the papers' more used spelling
            return self._unhyphenated.get(m[0], m[0])

        question = ONE_WORD.sub(hyphened, question)
        # 'gpt4o', 'qwen25': a name typed glued to its version, as the papers write it
        question = GLUED_VERSION.sub(
            lambda m: self._unhyphenated.get(m[0].casefold(), m[0]), question
        )

        def unglued(m: re.Match[str]) -> str:  # '20newsgroups': the papers' '20 Newsgroups'
            word = m[2].casefold()
            return (
                f"{m[1]} {m[2]}"
                if word in self.words and m[0].casefold() not in self.words
                else m[0]
            )

        question = GLUED_NUMBER.sub(unglued, question)

        def joined(a: str, b: str) -> str | None:
            """As the papers most often write the two words: hyphened or as one."""
            question_words = {a.casefold(), b.casefold()} & STOPWORDS  # 'the IR' is no 'their'
            spellings = [f"{a}-{b}"] + ([] if question_words else [f"{a}{b}"])
            used = [s for s in spellings if s.casefold() in self._rank]
            return min(used, key=lambda s: self._rank[s.casefold()]) if used else None

        parts, at = [], 0
        for m in PAIR.finditer(question):
            if m.start() < at:  # its first word was joined to the word before
                continue
            end = m.end() + len(m[2]) + len(m[3])
            one = joined(m[1], m[3])
            counted = COUNTED_BEFORE.search(question, 0, m.start()) is not None
            if counted and SEVERAL_AFTER.match(question, end):  # 'two fashion BERT papers'
                continue
            if one is not None:
                parts += [question[at : m.start()], one]
                at = end
        return "".join([*parts, question[at:]])

    def hyphened(self, topic: str) -> str | None:
        """The topic with a compound typed as one word hyphened as some paper writes it
        ('pairwise' -> 'pair-wise', 'multimodal' -> 'multi-modal'), which names it written
        either way (retrieval/names.py); None when it has no such word."""
        spelled = ONE_WORD.sub(lambda m: self._hyphened.get(m[0], m[0]), topic)
        return spelled if spelled != topic else None

    def many(self, question: str) -> str:
        """'multiple languages' -> 'multilingual', 'several domains' -> 'multi-domain': many
        of a thing typed out, read as the papers' one word for it (so that the papers saying
        it are found, and the topic is not cut to 'multiple')."""

        def one_word(m: re.Match[str]) -> str:
            if not self._multi:
                return m[0]
            near = self.similarities(m[0].casefold(), self._multi)
            best = int(np.argmax(near))
            return self._multi[best] if near[best] >= MANY_AS_ONE else m[0]

        return MANY.sub(one_word, question)

    def unseen(self, topic: str | None) -> list[str]:
        """The topic's words that no paper of the profile uses in any form ('agents' when
        the papers never say 'agent'): an answer can match the rest of the topic only."""
        found = self._content(topic)
        singular = [w[:-1] if w.endswith("s") else w for w in found]  # 'GNNs'
        stems = zip(stem(found), stem(singular), strict=True)
        return [w for w, (a, b) in zip(found, stems, strict=True) if not {a, b} & self.stems]

    def only_released(self, word: str) -> bool:
        """Do the papers use this word only where they give their own code's whereabouts
        ('code': 'code generation' is no paper's subject)?"""
        parts = [p for p in word.casefold().split("-") if len(p) > 2]
        return any(set(stem([p])) & self.released for p in parts)

    def scarce_only(self, topic: str | None, text: str) -> bool:
        """Does a text hold some of a topic's words, and only words that at most SCARCE_USES
        papers use ('trading' as FashionBERT's 'trade off', 'corrections' as one paper's
        'correct')? A sign it shares a word with the need, not the need."""
        found = self._content(topic)
        held = [f for w, f in zip(found, stem(found), strict=True) if self._holds(text, [f])]
        return bool(held) and all(self.uses[f] <= SCARCE_USES for f in held)

    @staticmethod
    def _holds(text: str, forms: list[str]) -> bool:
        """Does the text use any of these stems, or a longer word of one ('data' in
        'datasets'), in its words or their hyphen parts?"""
        words = {p for w in WORD.findall(text.casefold()) for p in [w, *w.split("-")]}
        held = set(stem(words))
        return any(f in held or any(h.startswith(f) for h in held) for f in forms if f)

    def foreign(self, topic: str | None) -> bool:
        """Does no paper use any of the topic's words, in any form ('speech', 'voice')?"""
        found = self._content(topic)
        return bool(found) and len(self.unseen(topic)) == len(found)

    def content(self, topic: str | None) -> list[str]:
        """The topic's content words, hyphened compounds split ('text-to-speech')."""
        return self._content(topic)

    def rank(self, word: str) -> int:
        """How many words the papers use more often than this one (all of them if none use it)."""
        return self._rank.get(word.casefold(), len(self._rank))

    def share(self, word: str) -> float:
        """The share of the profile's papers that use the word in any form."""
        return self._share(word)

    def _content(self, topic: str | None) -> list[str]:
        return [
            p
            for w in WORD.findall((topic or "").casefold())
            for p in w.split("-")
            if len(p) > 2 and p not in STOPWORDS and p not in SHAPING
        ]

    def names(self, question: str) -> str:
        """Full names typed in lower case after a people cue ('with kaiming he', 'yann lecun
        collab?') written with capitals, so that they read as names, not as words to spell-fix.
        A name's first word is in neither the papers' words nor the dictionary."""

        def capital(m: re.Match[str]) -> str:
            first = m["first"] or m["first2"] or m["first3"]
            last = m["last"] or m["last2"] or m["last3"]
            if first in self.words or first in self.known or first in STOPWORDS:
                return m[0]
            # a slip of a question word is no name: 'nmber of papers', 'hwo many'
            slip = swapped_stopword(first) or process.extractOne(
                first, QUESTION_WORDS, scorer=OSA.distance, score_cutoff=1
            )
            # nor a typo of the papers' own word, same first letter ('medcal ai work',
            # 'zeroshot qiu papers'; 'kaiming' is not 'aiming'), nor a longer common word last
            # ('quietest year publication-wise'; short surnames such as 'he' or 'li' stay)
            near = process.extractOne(first, self.words, scorer=OSA.distance, score_cutoff=1)
            typo = near is not None and near[0][:1] == first[:1]
            # after any cue, a long word with a slip ('with reinfrocement learning?'; a short
            # first name may be one slip from a word: 'cen', 'jun')
            if self._unswapped(first) != first or (typo and len(first) >= LONG_SLIP):
                return m[0]
            common = len(last) > 3 and last in self.known
            if m["first3"] and (
                slip or typo or common or last in NOT_SURNAMES or last in self.words
            ):
                return m[0]
            # nor an unknown word before a common one, after any cue ('with sft only, no rl',
            # 'with ppo right?'); a name of the profile is found whatever its case elsewhere
            if common or (len(last) > 3 and last in STOPWORDS):
                return m[0]
            return m[0].replace(f"{first} {last}", f"{first.title()} {last.title()}")

        return LOWER_NAME.sub(capital, question)

    def spell(self, question: str) -> str:
        """The question with words typed one slip away from the profile's own ('reserch')."""
        question = TOKEN.sub(lambda m: self._word(m[0]), question)
        return HYPHENED.sub(self._parts, question)

    def _parts(self, m: re.Match[str]) -> str:
        """A hyphenated word as typed when the papers write it so, else its lower-case parts
        spelled one by one ('CV-catgeory': 'CV-category'); capitals and numbers stay."""
        if m[0].casefold() in self.words:
            return m[0]
        parts = m[0].split("-")
        mended = [
            self._word(p) if p.islower() and p.isalpha() and len(p) >= 3 else p for p in parts
        ]
        return "-".join(mended)

    def core(self, topic: str | None) -> str | None:
        """The topic without head nouns that only generalise it ('few-shot settings',
        'question answering systems', 'video models'), unless the papers use the pair as a
        term of their own ('language models')."""
        # 'health-related', 'BERT-style': the subject, when the papers never write the pair
        words = [self._unshaped(w) for w in (topic or "").split()]
        kept = [
            w
            for i, w in enumerate(words)
            if not (
                i > 0
                and w.casefold() in GENERIC_HEADS
                and words[i - 1].casefold() not in GENERIC_HEADS
                and self.terms[f"{words[i - 1].casefold()} {w.casefold()}"] < TERM_USES
            )
        ]
        # 'approach stages': a method word before the subject introduces it
        if len(kept) > 1 and kept[0].casefold() in METHOD_WORDS | MAKING_WORDS:
            pair = f"{kept[0].casefold()} {kept[1].casefold()}"
            kept = (
                kept[1:]
                if kept[1].casefold() not in SHAPING and self.terms[pair] < TERM_USES
                else kept
            )
        return " ".join(kept) or topic

    @staticmethod
    def shaped_by(topic: str | None, question: str = "") -> str | None:
        """The topic with each compound that a shaping word closes ('BERT-based', 'RL-style',
        'GNN-driven') cut to what it is based on ('BERT'), when it has one, or the topic
        itself when the question said it so ('RL-driven work' read as 'RL'); else None. A
        paper is on 'BERT-based' by naming BERT, whatever else it says."""
        words = (topic or "").split()
        heads = [_shaping_head(w, BASED_ON) or w for w in words]
        if heads != words:
            return " ".join(heads)
        said = {
            h.casefold()
            for w in question.split()
            if (h := _shaping_head(w.strip("?!.,;:"), BASED_ON))
        }
        return topic if topic and topic.casefold() in said else None

    def _unshaped(self, word: str) -> str:
        if size := SIZED.fullmatch(word):  # '7B-parameter': the size, as a model's name has it
            return size[1]
        head = _shaping_head(word)
        return head if head and word.casefold() not in self.words else word

    def focus(self, topic: str | None) -> str | None:
        """The topic without its closing words that most of the profile's papers use, when
        they are half of it or more and a word that narrows it comes before them: 'prompt
        tuning for language models' is 'prompt tuning', 'few-shot learning' is 'few-shot' in
        a profile of language-model papers. A term the papers name as one ('reinforcement
        learning': an acronym's words) stays whole, unless it is mostly such words itself
        ('pre-trained language models')."""
        words = (topic or "").split()
        if len(words) < 2 or not self.size:
            return topic
        common = {w for w in words if self._share(w) >= BACKGROUND}
        low = " ".join(words).casefold()
        starting = dict.fromkeys(t for w in low.split() for t in self._terms.get(w, []))
        for term in starting:
            inside = term.split()
            shared = sum(1 for w in words if w.casefold() in inside and w in common)
            if f" {term} " in f" {low} " and 2 * shared <= len(inside):
                common -= {w for w in words if w.casefold() in inside}
        cut = len(words)
        while cut and words[cut - 1] in common:
            cut -= 1
        # 'benchmarks created': a participle ('created', 'proposed') does not name a subject
        narrowing = [
            w
            for w in words[:cut]
            if w not in common and self._share(w) > 0 and ("-" in w or not w.endswith("ed"))
        ]
        if not narrowing or 2 * (len(words) - cut) < len(words):  # a long, specific topic
            return topic
        return " ".join(words[:cut])

    def _share(self, word: str) -> float:
        """The share of the profile's papers that use the word in any form."""
        return self.uses[stem([word.casefold()])[0]] / self.size

    def correct(self, topic: str | None) -> str | None:
        """The topic with each unknown word replaced by the profile's closest spelling, and
        acronyms the papers define spelled out ('RL' -> 'reinforcement learning')."""
        if not topic:
            return topic
        words = topic.split()
        # 'RL-based reasoning' is 'RL for reasoning'; 'RL-based (methods)' alone is the papers
        # naming RL (see `shaped_by`)
        qualifies = sum(w.casefold() not in SHAPING for w in words) > 1
        acronyms = [
            self._acronym(w) or (self._based_on_acronym(w) if qualifies else None) for w in words
        ]
        spelled = [a or self._english(self._word(w)) for a, w in zip(acronyms, words, strict=True)]
        # The words no paper uses, each compared with the papers' in meaning (here and when
        # read as a title word), embedded together: one run, not one per word.
        unknown = [s for a, s in zip(acronyms, spelled, strict=True) if not a]
        self._embed([w for s in unknown for w in self._content(s) if not self._uses(w)])
        return " ".join(a or self._related(s) for a, s in zip(acronyms, spelled, strict=True))

    def _uses(self, word: str) -> bool:
        """Does some paper use the word in some form?"""
        return bool(set(stem([word.casefold()])) & self.stems)

    def _english(self, word: str) -> str:
        """A topic word no paper uses, typed one slip away from a dictionary word
        ('helthcare' -> 'healthcare'), as that word: it can then be read as the papers'."""
        low = word.casefold()
        if len(low) < DICTIONARY_LENGTH or not low.isalpha() or low in self.words:
            return word
        if low in self.known or low in STOPWORDS or set(stem([low])) & self.stems:
            return word  # 'recommender': the papers use it in another form
        # A letter left out or two swapped, the commonest slips; not one letter for another,
        # which turns a word the dictionary lacks into another word ('inventing', 'investing').
        for near in (self._dictionary.get(len(low) + 1, []), self._dictionary.get(len(low), [])):
            match = process.extractOne(low, near, scorer=OSA.distance, score_cutoff=1)
            if match and (len(match[0]) > len(low) or sorted(match[0]) == sorted(low)):
                return str(match[0])
        return word

    def _related(self, word: str) -> str:
        """A word no paper uses in any form, read as the most similar word they use that
        starts the same ('medicine' -> 'medical'); the word itself when there is none."""
        low = word.casefold()
        if self.embed is None or not low.isalpha() or low in STOPWORDS:
            return word
        if set(stem([low])) & self.stems:
            return word
        candidates = self._prefixed.get(low[:RELATED_PREFIX], [])[:RELATED_CANDIDATES]
        if not candidates:
            return word
        self._embed([low, *candidates])  # kept: the papers' words are embedded once
        similarity = np.stack([self._vector(w) for w in candidates]) @ self._vector(low)
        best = int(similarity.argmax())
        return candidates[best] if similarity[best] >= RELATED else word

    def kin(self, word: str, texts: Sequence[str]) -> list[str]:
        """The words of these texts (the papers closest to `word`) that mean nearly what
        `word` means in another form: 'clinical' for 'medical', 'meteorological' for
        'weather', 'conversations' for 'dialogue', 'e-commerce' for 'online shopping'.
        Papers naming them are on the topic too."""
        low = word.casefold()
        if self.embed is None or not low.replace(" ", "").isalpha():
            return []
        if low in STOPWORDS or low in SHAPING:
            return []
        own = set(stem(low.split()))
        candidates = sorted(
            {
                w
                for text in texts
                for w in WORD.findall(text.casefold())
                if not w.endswith("-") and w not in STOPWORDS and not own & set(stem([w]))
            }
        )
        similarity = self.similarities(low, candidates)
        return [w for w, s in zip(candidates, similarity, strict=True) if s >= KIN]

    def similarities(self, text: str, candidates: list[str]) -> list[float]:
        """How near in meaning each candidate is to the text (cosine, MiniLM); the vectors
        are kept, so a phrase of the papers is embedded once per profile."""
        if self.embed is None or not candidates:
            return [0.0] * len(candidates)
        self._embed([text, *candidates])
        rows = [self._rows.get(w, -1) for w in candidates]
        if -1 in rows:
            vectors = np.stack([self._vector(w) for w in candidates])
        else:
            vectors = self._table[rows]
        return [float(s) for s in vectors @ self._vector(text)]

    def profiled(self, word: str) -> float:
        """How near in meaning the profile's own words (`profile_texts`) come to the word:
        read from the vectors kept at open, no list of the profile's words built per question."""
        if self.embed is None:
            return 0.0
        if not len(self._own):
            return max(self.similarities(word, self.profile_texts()), default=0.0)
        self._embed([word])
        return float(np.max(self._own @ self._vector(word)))

    def _vector(self, text: str) -> npt.NDArray[np.float32]:
        row = self._rows.get(text)
        return self._table[row] if row is not None else self._vectors[text]

    def salient(self, topic: str | None) -> str | None:
        """A long topic without the words at its ends that carry nothing of its meaning, so
        that the same subject asked among other words ('relies on', 'makes heavy use of',
        'shown ... helps') is searched alike. The topic's vector is not kept (topics are as
        many as questions)."""
        words = (topic or "").split()
        if self.embed is None or topic is None or len(words) < SALIENT_WORDS:
            return topic
        lows = [w.casefold() for w in words]
        self._embed(lows)
        whole = np.asarray(self.embed([topic.casefold()])[0], dtype=np.float32)
        near = np.stack([self._vector(w) for w in lows]) @ (whole / np.linalg.norm(whole))
        kept = [i for i, s in enumerate(near) if s >= SALIENT * near.max()]
        return " ".join(words[kept[0] : kept[-1] + 1])

    def narrowing(self, topic: str | None) -> str | None:
        """The words of a topic that narrow it, when the others are used by many papers
        ('patches' of 'image patches'); None when all or none of them narrow it, or when a
        word is one no paper uses (read elsewhere: `unseen`, concepts)."""
        words = [w for w in (topic or "").split() if w.casefold() not in STOPWORDS]
        if len(words) < 2 or not self.size:
            return None
        shares = [self._share(w) for w in words]
        rare = [w for w, share in zip(words, shares, strict=True) if share < RARE]
        common = [share for share in shares if share >= COMMON]
        if min(shares) == 0 or not rare or len(rare) + len(common) < len(words) or not common:
            return None
        return " ".join(rare)

    def rarest(self, topic: str | None) -> str | None:
        """The topic's word the fewest papers use, when few do ('recommender' of 'recommender
        systems', 'Chinese' of 'Chinese-language data'); None for one word or none rare."""
        words = [w for w in re.split(r"[\s-]+", topic or "") if w.casefold() not in STOPWORDS]
        if len(words) < 2 or not self.size:
            return None
        used = [(self._share(w), w) for w in words if self._share(w) > 0]
        share, word = min(used, default=(1.0, ""))
        return word if share < RARE else None

    def background(self, word: str) -> bool:
        """Is the word used by so many of the profile's papers that it narrows nothing?"""
        return bool(self.size) and self._share(word) >= BACKGROUND

    def forget(self) -> None:
        """Drop the kept vectors of the questions' words (a benchmark times each question as
        if asked first); the profile's own stay."""
        self._vectors.clear()

    def _embed(self, words: list[str]) -> None:
        """Unit vectors for the words not yet embedded (kept for the profile's lifetime).
        Shortest first: the model pads each batch to its longest text, and a word's vector is
        the same in any batch, so words of a length embedded together waste no padding (a
        topic's first asking embeds ~20-200 words of its nearest papers: ~18% less CPU)."""
        todo = [w for w in dict.fromkeys(words) if w not in self._vectors and w not in self._rows]
        todo.sort(key=len)
        if todo and self.embed is not None:
            for w, v in zip(todo, self.embed(todo), strict=True):
                vector = np.asarray(v, dtype=np.float32)
                self._vectors[w] = vector / np.linalg.norm(vector)

    def synonym(self, word: str, titles: Sequence[str]) -> str | None:
        """The word of these titles (the papers closest to `word` in meaning) that means
        nearly the same as `word`, which no paper uses ('healthcare' -> 'medical'); else None.
        Vectors are kept per word, so a title word is embedded once per profile."""
        low = word.casefold()
        if self.embed is None or not low.isalpha() or low in STOPWORDS or low in SHAPING:
            return None
        candidates = self._synonyms_in(titles)
        if not candidates:
            return None
        similarity = self.similarities(low, candidates)
        best = int(np.argmax(similarity))
        return candidates[best] if similarity[best] >= SYNONYM else None

    def may_have_synonym(self, word: str) -> bool:
        """Could `synonym` read `word` as a word of some of the profile's titles? Not when no
        word of any title is near enough: the papers closest to it need not be looked for."""
        low = word.casefold()
        if self.embed is None or not low.isalpha() or low in STOPWORDS or low in SHAPING:
            return False
        return max(self.similarities(low, self._title_words), default=0.0) >= SYNONYM - SLACK

    def _synonyms_in(self, titles: Iterable[str]) -> list[str]:
        """The words of these titles a word no paper uses may be read as, sorted."""
        return sorted(
            {
                w
                for title in titles
                for w in WORD.findall(title.casefold())
                if w.isalpha() and w in self.words and w not in STOPWORDS and w not in SHAPING
            }
        )

    def _based_on_acronym(self, word: str) -> str | None:
        """What a compound closed by a word of what it is based on stands for when its head
        is an acronym ('RL-based', 'RL-driven': 'reinforcement learning'): the subject is what
        it is based on, asked as 'RL for reasoning' asks it."""
        head = _shaping_head(word, BASED_ON)
        return self._acronym(head) if head else None

    def _acronym(self, word: str) -> str | None:
        """The words an acronym stands for: as a paper defines it ('reinforcement learning
        (RL)'), else as the titles spell it ('GNN': 'Graph Neural Networks'; a two-letter
        one only typed in capitals)."""
        low = word.casefold()
        singular = low[:-1] if low.endswith("s") and len(low) > 2 else None
        for key in (low, singular):
            if key and (defined := self.acronyms.get(key)):
                return defined
        # Typed in capitals ('GNN', 'GNNs'), or in lower case when it is no word ('gnn').
        capitals = word.isupper() or (word[:-1].isupper() and word.endswith("s"))
        unknown = len(low) >= 3 and low not in self.known and low not in self.words
        for key in (low, singular):
            titled = self.initialisms.get(key) if key else None
            if titled and (capitals or unknown):
                return titled
        return None

    def _word(self, word: str) -> str:
        # 'meta-lerning': each part on its own; not 'multi-modal', as a paper writes it
        if "-" in word.strip("-") and word.casefold() not in self.words:
            return "-".join(self._word(part) for part in word.split("-"))
        low = word.casefold()
        # 'upt': an acronym a paper defines is typed as meant, not a slip of 'put'
        known = low in self.words or low in self.known or low in self.acronyms
        unknown = not known and low not in STOPWORDS
        if unknown and low.isalpha() and low in self.parts:  # 'nexrad' of '3D-NEXRAD': as meant
            return word
        if unknown and (swapped := swapped_stopword(low)):  # 'hwo many papres'
            return swapped
        if unknown and len(low) >= MIN_LENGTH and low.isalpha():  # 'paprs', 'autor': not 'pairs'
            asked = process.extractOne(low, QUESTION_WORDS, scorer=OSA.distance, score_cutoff=1)
            if asked:
                return str(asked[0])
        if (
            len(low) < MIN_LENGTH
            or low in self.words
            or low in STOPWORDS
            or low in self.known
            or low in self.acronyms
            or not low.isalpha()
        ):
            return word
        found = [
            (distance, near)
            for n in (len(low) - 1, len(low), len(low) + 1)
            for near, distance, _ in process.extract(
                low, self._lengths.get(n, []), scorer=OSA.distance, score_cutoff=1, limit=None
            )
        ]
        # The nearest; of those, the one sharing the longest start with the word as typed (a
        # slip seldom falls in the first letters: 'sparce' is 'sparse', not 'space'); then
        # the first in order.
        best = min(found, key=lambda f: (f[0], -_shared_start(low, f[1]), f[1]), default=None)
        return str(best[1]) if best else self._unswapped(word)

    def _unswapped(self, word: str) -> str:
        """A long word with two neighbouring inner letters swapped, as the one form the papers
        use in some form ('recomemnder': 'recommender', a form of their 'recommendation'), or
        else the one word of the dictionary ('novmeber', 'collaobrator'); else the papers' word
        its letters are with a letter doubled in the wrong place ('reccomendation',
        'acomodation'); the word as typed when there is none, or more than one."""
        low = word.casefold()
        if len(low) < SWAPPED_LENGTH:
            return word
        forms = {low[: i - 1] + low[i] + low[i - 1] + low[i + 1 :] for i in range(2, len(low) - 1)}
        forms.discard(low)
        for found in ([f for f in forms if self._uses(f)], [f for f in forms if f in self.known]):
            if found:
                return found[0] if len(found) == 1 else word
        return self._undoubled.get(undoubled(low), word)


def undoubled(word: str) -> str:
    """The word with every run of one letter made single ('recommendation': 'recomendation')."""
    return re.sub(r"(.)\1+", r"\1", word)
