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


def _only_named(topic: str | None, paper: Paper) -> bool:
    """The topic left is the paper's name alone (or none is left)."""
    if topic is None or topic.casefold() == paper.title.casefold():
        return True
    named = _name_words(paper)
    return all(w.casefold() in named | STOPWORDS for w in WORD.findall(topic))


def date_checked(
    question: str, query: Query, paper: Paper, negative: bool = False
) -> Answer | None:
    """Yes or No, whether the one named paper's date meets the dates asked, with the date; None
    when no date is asked of it or more than its date is asked (another filter, a subject).
    `negative`: a denial put up for confirmation ('KECP isn't from 2023, right?'): whether it
    holds."""
    f = query.filters
    undated = f.undated()
    if (undated == f and not query.years) or not undated.is_empty():
        return None
    if not DATE_ASKED.search(question) or not _only_named(query.topic, paper):
        return None
    fits = f.matches(paper) and (not query.years or paper.year in query.years)
    said = years_phrase(query)
    dated = f"{name(paper)} was published on {long_date(paper)}"
    yes, no = ("No, that is not right", "Right") if negative else ("Yes", "No")
    if fits or said.startswith("not "):  # 'wasn't it out in 2022?': the date says which
        text = f"{yes if fits else no}: {dated} [1]."
    elif said.startswith(("since", "up to")):
        text = f"{no}: {dated}, outside the dates asked ({said}) [1]."
    else:
        text = f"{no}: {dated}, not {said} [1]."
    citation = Citation.of(1, paper, [f"dated {paper.date.isoformat()}"])
    return Answer(question=question, text=text, citations=[citation], route="facts")
