"""What compared papers share, from their own words and dates: the names every abstract gives
('both name Alibaba'), and which came first."""

from __future__ import annotations

import re

from prompts.understand.terms import STOPWORDS
from retrieval.model import Paper
from retrieval.names import GENERIC, aliases

MAX_NAMES = 4
# A name as an abstract writes it: capitalised ('Alibaba', 'GitHub', 'NLP'), not after a stop.
PROPER = re.compile(r"(?<![.!?]\s)(?<!^)(?<![\w/.-])[A-Z][\w]*(?:-[\w]+)*")
TITLE_WORD = re.compile(r"[A-Za-z][\w]*(?:-[\w]+)*")


def _unlinked(text: str) -> str:
    return re.sub(r"\([^)]*https?://[^)]*\)|https?://\S+", " ", text)


def _names(paper: Paper) -> list[str]:
    """The names the abstract gives mid-sentence, outside links, in order, each once."""
    text = _unlinked(paper.abstract)
    own = {a.casefold() for a in aliases(paper)}
    kept = [
        m[0]
        for m in PROPER.finditer(text)
        if len(m[0]) > 2 and m[0].casefold() not in STOPWORDS | own and m[0] not in GENERIC
    ]
    return list(dict.fromkeys(kept))


def shared_names(papers: list[Paper]) -> list[str]:
    """Names every paper's abstract gives, as written ('Alibaba'), at most MAX_NAMES: not a
    word any of them also writes in lower case or has in its title ('Models', 'Language')."""
    named = [_names(p) for p in papers]
    said = _unlinked(" ".join(f"{p.title} {p.abstract}" for p in papers))
    words = TITLE_WORD.findall(said)
    common = {_key(w) for p in papers for w in TITLE_WORD.findall(p.title)}
    common |= {_key(w) for w in words if not w[0].isupper()}
    kept = [n for n in named[0] if all(n in other for other in named[1:])]
    kept = [n for n in kept if _key(n) not in common and any(_alone(n, p) for p in papers)]
    return list({_key(n): n for n in reversed(kept)}.values())[::-1][:MAX_NAMES]


def _alone(name: str, paper: Paper) -> bool:
    """Said as a name of its own somewhere, not only inside a capitalised run, a phrase's
    expansion ('Large Language Models (LLMs)' names no 'Language')."""
    capital = r"[A-Z][\w-]*"
    run = rf"(?:{capital}\s+)(?-i:{re.escape(name)})|(?-i:{re.escape(name)})\s+{capital}"
    said = len(re.findall(rf"(?<![\w-]){re.escape(name)}(?![\w-])", paper.abstract))
    return said > len(re.findall(rf"(?<![\w-])(?:{run})(?![\w-])", paper.abstract))


def _key(word: str) -> str:
    low = word.casefold()
    return low.removesuffix("s") if len(low) > 4 else low


def date_order(papers: list[Paper], label: dict[str, str]) -> str | None:
    """'By date: EasyTransfer [2] (2020-11-18) came first, then EasyNLP [1] (2022-04-30).'"""
    if len({p.date for p in papers}) < len(papers):
        return None
    ordered = sorted(papers, key=lambda p: p.date)
    dated = [f"{label[p.id]} ({p.date.isoformat()})" for p in ordered]
    return f"By date: {dated[0]} came first, then " + ", then ".join(dated[1:]) + "."
