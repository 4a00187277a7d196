"""Whether a named paper came out when the question says ('was KECP published in 2022?', 'did
HRKD appear before 2022?', 'MERIT came out in May, right?'): Yes or No first, then the paper's
date, decided by the date filters the question's words became (one path for every date form)."""

from __future__ import annotations

import re

from prompts.answer.detail import long_date, name
from prompts.answer.model import Answer, Citation
from prompts.answer.wording import years_phrase
from prompts.understand.router import Query
from retrieval.model import Paper
from retrieval.names import aliases
from retrieval.text import STOPWORDS

# The paper's coming out asked, not something else of it dated ('does KECP from 2022 use ...')
DATE_ASKED = re.compile(
    r"\b(?:publish\w*|releas\w*|appear\w*|out|post(?:ed)?|dated?|written|wr[io]te|come|came"
    r"|comes|from|paper|preprint|submitted|uploaded|launched|introduced|proposed)\b",
    re.IGNORECASE,
)
WORD = re.compile(r"[\w-]+")
# The words of a series named ('a Valley-series paper', 'the Valley line'): no subject
SERIES_WORDS = frozenset(
    ["series", "family", "line", "paper", "papers", "model", "models", "version", "versions"]
)


def _name_words(paper: Paper) -> set[str]:
    """The words the paper is named by: its short names, its title said whole, and the words
    its abstract spells a short name out with ('Knowledge Enhanced Contrastive Prompt-tuning
    (KECP)')."""
    names = aliases(paper)
    words = {w.casefold() for a in names if a != paper.title for w in WORD.findall(a)}
    for short in names:
        if short == paper.title:
            continue
        for m in re.finditer(rf"((?:[\w-]+\s+){{1,6}})\({re.escape(short)}\)", paper.abstract):
            words |= {w.casefold() for w in WORD.findall(m[1])}
    return words


def _only_named(topic: str | None, papers: list[Paper]) -> bool:
    """The topic left is the papers' names alone (or none is left)."""
    if topic is None or topic.casefold() in {p.title.casefold() for p in papers}:
        return True
    named = set().union(*(_name_words(p) for p in papers)) | SERIES_WORDS | STOPWORDS
    words = [w.casefold() for w in WORD.findall(topic)]
    return all(w in named or set(w.split("-")) <= named for w in words)


def date_checked(
    question: str, query: Query, papers: list[Paper], negative: bool = False
) -> Answer | None:
    """Yes or No, whether the named paper's date (or any of a named series') meets the dates
    asked, with the dates; None when no date is asked of it or more than its date is asked
    (another filter, a subject). `negative`: a denial put up for confirmation ('KECP isn't
    from 2023, right?'): whether it holds."""
    f = query.filters
    undated = f.undated()
    if not papers or (undated == f and not query.years) or not undated.is_empty():
        return None
    if not DATE_ASKED.search(question) or not _only_named(query.topic, papers):
        return None
    fits = [p for p in papers if f.matches(p) and (not query.years or p.year in query.years)]
    said = years_phrase(query)
    yes, no = ("No, that is not right", "Right") if negative else ("Yes", "No")
    lead = yes if fits else no
    shown = fits or papers
    if len(papers) > 1:  # 'a Valley paper in 2024?': the series' papers with their dates
        each = ", ".join(f"{name(p)} ({p.date.isoformat()}) [{i}]" for i, p in enumerate(shown, 1))
        count = f"{len(fits)} of the" if fits else "none of the"
        verb = "matches" if len(fits) < 2 else "match"
        text = f"{lead}: {count} {len(papers)} {name(papers[0])} papers {verb} {said}: {each}."
        return _answer(question, text, shown)
    dated = f"{name(papers[0])} was published on {long_date(papers[0])}"
    if fits or said.startswith("not "):  # 'wasn't it out in 2022?': the date says which
        text = f"{lead}: {dated} [1]."
    elif said.startswith(("since", "up to")):
        text = f"{lead}: {dated}, outside the dates asked ({said}) [1]."
    else:
        text = f"{lead}: {dated}, not {said} [1]."
    return _answer(question, text, shown)


def _answer(question: str, text: str, papers: list[Paper]) -> Answer:
    """The verdict, each paper cited by its date."""
    citations = [
        Citation.of(i, p, [f"dated {p.date.isoformat()}"]) for i, p in enumerate(papers, 1)
    ]
    return Answer(question=question, text=text, citations=citations, route="facts")
