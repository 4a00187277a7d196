"""Named things of one kind that the papers' own words mention (companies, datasets,
benchmarks, natural languages, countries), each with the papers and the sentence that name
it: what an overview of "which companies appear in the papers" is answered from."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import pytz  # a dependency of dateparser: its country names are kept up to date there

from retrieval.index.aliases import aliases
from retrieval.model import Paper
from retrieval.text import split_sentences

KINDS = ("companies", "datasets", "benchmarks", "languages", "countries")
OWN_BEFORE, OWN_AFTER = 2, 4  # the paper's own name: 'benchmark VIPER', 'VIPER, a benchmark'
NEAR = 5  # a dataset's or benchmark's name is this many words at most from the word naming it
# A proper name: capitals inside ('SummEval', 'KIE-HVQA'), digits ('Valley-702k'), or a
# capitalised word that is not the sentence's first
NAME = re.compile(r"[A-Za-z][A-Za-z0-9$^]*(?:[-_.][A-Za-z0-9$^]+)*")
URL = re.compile(r"https?://\S+|www\.\S+")
SPELLED_OUT = re.compile(r"[A-Za-z-]+\s+\(([A-Z]{2,}s?)\)")
CODE_HOST = re.compile(
    r"(?:https?://)?(?:www\.)?(?:github\.com|gitlab\.com|huggingface\.co)/(?P<account>[\w.-]+)/",
    re.IGNORECASE,
)
# 'Alibaba Group', 'Alibaba Cloud', 'Microsoft Research': a name before a company's suffix
ORG_SUFFIX = re.compile(
    r"\b(?P<name>[A-Z][\w&]*(?:\s[A-Z][\w&]*)?)\s(?:Group|Inc\b\.?|Corp\b\.?|Corporation|Ltd\b\.?"
    r"|Limited|Cloud|Labs?|Research|Technologies|Technology|Company|Co\.)"
)
# 'deployed at Alibaba', 'used in production at Tencent', 'powered ... within Alibaba Group'
ORG_PLACE = re.compile(
    r"\b(?:deployed|used|adopted|launched|running|serving|integrated|powered|applied|operating)"
    r"\b[^.;:]{0,60}?\b(?:at|by|within|inside)\s+(?:the\s+)?(?P<name>[A-Z][\w&]*)"
)
# a company present without its name: 'deployed ... in an e-commerce company'
UNNAMED_ORG = re.compile(
    r"\b(?:compan(?:y|ies)|enterprises?|firms?|industrial|business\s+units?|online\s+production"
    r"|in\s+production)\b",
    re.IGNORECASE,
)
KIND_WORDS = {
    "datasets": re.compile(r"\b(?:data\s*sets?|corpus|corpora)\b", re.IGNORECASE),
    "benchmarks": re.compile(r"\b(?:benchmarks?|test\s+suites?|leaderboards?)\b", re.IGNORECASE),
}
MADE = re.compile(
    r"\b(?:introduc\w*|propos\w*|construct\w*|buil[dt]\w*|releas\w*|present\w*|creat\w*"
    r"|collect\w*|compil\w*|curat\w*|design\w*)\b",
    re.IGNORECASE,
)
# Natural languages a paper may study or cover (not programming languages)
LANGUAGES = frozenset(
    """Arabic Bengali Bulgarian Burmese Catalan Chinese Croatian Czech Danish Dutch English
    Estonian Finnish French German Greek Gujarati Hebrew Hindi Hungarian Icelandic Indonesian
    Italian Japanese Javanese Kannada Kazakh Korean Latvian Lithuanian Malay Malayalam Marathi
    Mandarin Cantonese Mongolian Nepali Norwegian Persian Farsi Polish Portuguese Punjabi
    Romanian Russian Serbian Sinhala Slovak Slovenian Spanish Swahili Swedish Tagalog Tamil
    Telugu Thai Tibetan Turkish Ukrainian Urdu Uzbek Vietnamese Welsh Yoruba Zulu""".split()  # noqa: SIM905
)
MANY_LANGUAGES = re.compile(
    r"\b(?:multi-?lingual\w*|cross-?lingual\w*|\d+\s+languages|many\s+languages)\b", re.IGNORECASE
)
COUNTRY_ALIASES = {"US": "United States", "USA": "United States", "U.S.": "United States"}
COUNTRY_ALIASES |= {"UK": "United Kingdom", "U.K.": "United Kingdom"}


@dataclass
class Entity:
    """A name the papers use, and where: paper id -> the sentence naming it."""

    name: str
    said: dict[str, str] = field(default_factory=dict)
    made: set[str] = field(default_factory=set)  # the papers that introduce it


@dataclass
class Found:
    """What the papers say of one kind of thing: the names, and (for companies) the code
    accounts and the papers naming a company without its name."""

    kind: str
    names: list[Entity]
    accounts: list[Entity] = field(default_factory=list)
    unnamed: dict[str, str] = field(default_factory=dict)

    def empty(self) -> bool:
        return not (self.names or self.accounts or self.unnamed)


def mentioned(papers: Sequence[Paper], kind: str) -> Found:
    """The names of `kind` (one of KINDS) the papers' titles and abstracts use, most papers
    first, each with the sentence of each paper that names it."""
    if kind == "companies":
        return _companies(papers)
    if kind == "languages":
        return Found(kind, _listed(papers, _languages))
    if kind == "countries":
        return Found(kind, _listed(papers, _countries))
    return Found(kind, _named_near(papers, kind))


def _sentences(paper: Paper) -> list[str]:
    return [paper.title, *split_sentences(paper.abstract)]


def _ranked(found: dict[str, Entity]) -> list[Entity]:
    return sorted(found.values(), key=lambda e: (-len(e.said), e.name.casefold()))


def _listed(papers: Sequence[Paper], names: object) -> list[Entity]:
    """Entities from a function giving the (canonical) names a sentence holds."""
    assert callable(names)
    found: dict[str, Entity] = {}
    for paper in papers:
        for sentence in _sentences(paper):
            for name in names(URL.sub(" ", sentence)):
                entity = found.setdefault(name, Entity(name))
                entity.said.setdefault(paper.id, sentence)
    return _ranked(found)


def _languages(sentence: str) -> Iterable[str]:
    named = {w for w in re.findall(r"[A-Z][a-z]+", sentence) if w in LANGUAGES}
    if MANY_LANGUAGES.search(sentence):
        named.add("several languages (multilingual)")
    return named


def _country_names() -> dict[str, str]:
    """Written form -> country: 'Korea (South)' is found as 'Korea', 'US' as 'United States'."""
    names = {
        re.sub(r"\s*\(.*\)", "", n): re.sub(r"\s*\(.*\)", "", n)
        for n in pytz.country_names.values()
    }
    names = {k.replace(" & ", " and "): v for k, v in names.items()} | names
    return names | COUNTRY_ALIASES


COUNTRIES = _country_names()
COUNTRY = re.compile(
    r"(?<![\w.])(?:"
    + "|".join(re.escape(n) for n in sorted(COUNTRIES, key=len, reverse=True))
    + r")(?![\w])"
)


def _countries(sentence: str) -> Iterable[str]:
    return {COUNTRIES[m[0]] for m in COUNTRY.finditer(sentence)}


def _named_near(papers: Sequence[Paper], kind: str) -> list[Entity]:
    """Datasets or benchmarks: proper names at most NEAR words from the word naming the kind
    ('the SummEval and Newsroom datasets', 'KIE-HVQA, the first benchmark'), less the names
    too many of the papers use to be one thing's ('LLMs', 'NLP')."""
    cue = KIND_WORDS[kind]
    found: dict[str, Entity] = {}
    own = {p.id: {n for n in aliases(p) if " " not in n} for p in papers}
    for paper in papers:
        for sentence in split_sentences(paper.abstract):
            plain = URL.sub(" ", sentence)
            if not cue.search(plain):
                continue
            tokens = list(NAME.finditer(plain))
            at = [i for i, t in enumerate(tokens) if cue.match(plain, t.start())]
            for i, token in enumerate(tokens):
                # the paper's own model is no dataset ('KEML outperforms ... on datasets'),
                # unless it is the benchmark or dataset itself ('VIPER, a benchmark')
                reach = (OWN_BEFORE, OWN_AFTER) if token[0] in own[paper.id] else (NEAR, NEAR)
                near = any(-reach[0] <= j - i <= reach[1] for j in at)
                if near and i not in at and _proper(token[0], first=i == 0):
                    entity = found.setdefault(token[0], Entity(token[0]))
                    entity.said.setdefault(paper.id, sentence)
                    if MADE.search(plain):
                        entity.made.add(paper.id)
    common = _common(papers)
    kept = {
        k: e
        for k, e in found.items()
        if k.casefold() not in common and k not in LANGUAGES and k not in COUNTRIES
    }
    return _ranked(kept)


def _proper(word: str, first: bool) -> bool:
    inner = any(c.isupper() for c in word[1:]) or any(c.isdigit() for c in word)
    capital = word[:1].isupper() and not first and len(word) > 2
    return (inner or capital) and any(c.isalpha() for c in word)


def _common(papers: Sequence[Paper]) -> set[str]:
    """Words written with a capital that name no one thing: in more than one paper in ten
    (at least three), or written in lower case too ('Experiments', 'Chinese' are words)."""
    seen: dict[str, set[str]] = defaultdict(set)
    lower: set[str] = set()
    for paper in papers:
        for token in NAME.findall(URL.sub(" ", f"{paper.title} {paper.abstract}")):
            seen[token.casefold()].add(paper.id)
            if token.islower():
                lower.add(token)
        # an abbreviation of common words: 'state-of-the-art (SOTA)', 'Language Models (PLMs)'
        lower |= {m.casefold() for m in SPELLED_OUT.findall(paper.abstract)}
    many = max(3, len(papers) // 10)
    return {w for w, ids in seen.items() if len(ids) > many} | lower


def _companies(papers: Sequence[Paper]) -> Found:
    """Companies the abstracts name ('Alibaba Group', 'deployed at Alibaba'; a name never
    written in lower case), the papers naming each; the accounts their code links point to;
    and the papers that speak of a company or of production use without a name."""
    names: set[str] = set()
    lower = {
        t.casefold() for p in papers for t in NAME.findall(URL.sub(" ", p.abstract)) if t.islower()
    }
    for paper in papers:
        for sentence in split_sentences(paper.abstract):
            plain = URL.sub(" ", sentence)
            for rx in (ORG_SUFFIX, ORG_PLACE):
                for m in rx.finditer(plain):
                    name = m["name"].split()[0]
                    if name.casefold() not in lower and len(name) > 2:
                        names.add(name)
    found: dict[str, Entity] = {}
    accounts: dict[str, Entity] = {}
    unnamed: dict[str, str] = {}
    for paper in papers:
        for sentence in split_sentences(paper.abstract):
            for m in CODE_HOST.finditer(sentence):
                key = m["account"].casefold()
                entity = accounts.setdefault(key, Entity(m["account"]))
                entity.said.setdefault(paper.id, m[0].rstrip("/"))
            plain = URL.sub(" ", sentence)
            here = [n for n in names if re.search(rf"\b{re.escape(n)}\b", plain)]
            for name in here:
                found.setdefault(name, Entity(name)).said.setdefault(paper.id, sentence)
            if not here and UNNAMED_ORG.search(plain) and paper.id not in unnamed:
                unnamed[paper.id] = sentence
    named_ids = {pid for e in found.values() for pid in e.said}
    unnamed = {pid: s for pid, s in unnamed.items() if pid not in named_ids}
    return Found("companies", _ranked(found), _ranked(accounts), unnamed)
