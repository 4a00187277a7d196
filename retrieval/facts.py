"""Exact facts from profile metadata: header stats, counts, orderings and timelines."""

from __future__ import annotations

import re
from collections import Counter

from pydantic import BaseModel, Field

from retrieval.filters import Filters
from retrieval.profile import CATEGORY_NAMES, Paper, Profile

TOKEN = r"([A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*)"
NAMED_AS = re.compile(
    r"\b(?:namely|called|named|dubbed|termed|coined)\b[\s,:]*(?:as\s+)?[(\"']?" + TOKEN
)
NAMED_PAREN = re.compile(
    r"\b(?:namely|called|named|dubbed|termed|coined)\b[\s,:]*(?:[\w-]+\s+){1,8}?\(" + TOKEN + r"\)"
)
PROPOSED = re.compile(r"\b(?:propose|present|introduce|develop|design|release)[sd]?\b([^.]*)")
ACRONYM = re.compile(r"(?<![\w-])" + TOKEN + r"(?![\w-])")
# Field-wide acronyms that name no particular paper.
GENERIC = {
    "AI",
    "BERT",
    "GNN",
    "GNNs",
    "IR",
    "KB",
    "KBs",
    "KG",
    "KGs",
    "LLM",
    "LLMs",
    "LVLM",
    "LVLMs",
    "MLLM",
    "MLLMs",
    "MRC",
    "NLP",
    "NLU",
    "OCR",
    "PLM",
    "PLMs",
    "QA",
    "RL",
    "SBR",
    "TL",
    "VQA",
}


class ProfileStats(BaseModel):
    """The profile header, plus how many papers the listing actually holds."""

    name: str
    main_category: str | None
    main_category_name: str | None
    h_index: int | None
    citations: int | None
    novelty: int | None = Field(description="Percent.")
    ai_score: int | None
    papers_claimed: int | None
    papers_listed: int


class Period(BaseModel):
    """A span of years in a focus-shift summary: its papers and category mix."""

    year_from: int
    year_to: int
    papers: list[Paper]
    categories: list[tuple[str, int]]
    representatives: list[Paper]


def category_name(code: str) -> str:
    """'CV' -> 'Computer Vision'; unknown codes stay as they are."""
    return CATEGORY_NAMES.get(code, code)


def _is_nickname(token: str) -> bool:
    return (
        sum(c.isupper() for c in token) >= 2
        and token not in GENERIC
        and not token.endswith(("-based", "-style"))
        and not token.startswith("GPT")
    )


def nickname(paper: Paper) -> str | None:
    """The short name a paper gives itself in its abstract ('namely, Meta-SN'), if any."""
    if paper.short_title != paper.title or not paper.abstract:
        return None
    for rx in (NAMED_AS, NAMED_PAREN):
        named = [t for t in rx.findall(paper.abstract) if _is_nickname(t)]
        if named:
            return named[0]
    counts = Counter(ACRONYM.findall(paper.abstract))
    proposed = [
        t
        for part in PROPOSED.findall(paper.abstract)
        for t in ACRONYM.findall(part)
        if _is_nickname(t) and counts[t] >= 2
    ]
    if not proposed:
        return None
    return max(proposed, key=lambda t: (counts[t], -proposed.index(t)))


def paper_label(paper: Paper) -> str:
    """The title, prefixed by the paper's own short name when the title lacks one."""
    nick = nickname(paper)
    return f"{nick}: {paper.title}" if nick and nick not in paper.title else paper.title


def _phrase(words: list[str]) -> str:
    stems = [re.escape(w.removesuffix("s") if len(w) > 3 else w) + r"(?:s|es)?" for w in words]
    return r"(?<![\w-])" + r"[\s-]+".join(stems) + r"(?![\w-])"


def expansion(papers: list[Paper], acronym: str) -> str | None:
    """What the listing spells an acronym out as ('RL' -> 'reinforcement learning'), if it does."""
    defined = re.compile(r"((?:[\w-]+\s+){1,6})\(\s*" + re.escape(acronym) + r"s?\s*\)")
    for paper in papers:
        for m in defined.finditer(paper.abstract):
            words = m.group(1).split()[-len(acronym) :]
            if "".join(w[0] for w in words).upper() == acronym.upper():
                return " ".join(words).casefold()
    return None


def mentions(papers: list[Paper], topic: str) -> dict[str, str]:
    """Papers whose title or abstract names the topic, spelled out or as the acronym the
    listing defines for it ('reinforcement learning (RL)'): id -> the sentence naming it."""
    words = re.findall(r"[\w]+(?:-[\w]+)*", topic.casefold())
    if not words:
        return {}
    patterns = [re.compile(_phrase(words), re.IGNORECASE)]
    if len(words) == 1 and re.fullmatch(r"[A-Z]{2,6}", topic.strip()):
        spelled = expansion(papers, topic.strip())
        words = spelled.split() if spelled else words
        patterns.append(re.compile(_phrase(words), re.IGNORECASE))
    acronym = "".join(w[0] for w in words).upper()
    if len(words) > 1 and expansion(papers, acronym) == " ".join(words):
        patterns.append(re.compile(r"(?<![\w-])" + acronym + r"s?(?![\w-])"))
    found: dict[str, str] = {}
    for paper in papers:
        for sentence in [paper.title, *re.split(r"(?<=[.!?])\s+", paper.abstract)]:
            if any(rx.search(sentence) for rx in patterns):
                found[paper.id] = sentence
                break
    return found


def profile_stats(profile: Profile) -> ProfileStats:
    """Header statistics next to the number of papers actually listed."""
    code = profile.main_category
    return ProfileStats(
        name=profile.name,
        main_category=code,
        main_category_name=category_name(code) if code else None,
        h_index=profile.h_index,
        citations=profile.citations,
        novelty=profile.novelty,
        ai_score=profile.ai_score,
        papers_claimed=profile.papers_claimed,
        papers_listed=len(profile.papers),
    )


def select(
    profile: Profile, filters: Filters | None = None, years: list[int] | None = None
) -> list[Paper]:
    """Papers matching the filters (and, if given, one of the years), oldest first."""
    chosen = [
        p
        for p in profile.papers
        if (filters is None or filters.matches(p)) and (not years or p.year in years)
    ]
    return sorted(chosen, key=lambda p: (p.date, p.n))


def by_category(papers: list[Paper]) -> list[tuple[str, int]]:
    """(category, count), most papers first; ties by code so the order is stable."""
    counts = Counter(p.category for p in papers)
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))


def by_year(papers: list[Paper]) -> list[tuple[int, int]]:
    """(year, count), most papers first; ties by the earlier year."""
    counts = Counter(p.year for p in papers)
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))


def in_category(papers: list[Paper], code: str) -> list[Paper]:
    return [p for p in papers if p.category == code]


def in_year(papers: list[Paper], year: int) -> list[Paper]:
    return [p for p in papers if p.year == year]


def earliest(papers: list[Paper]) -> Paper | None:
    return min(papers, key=lambda p: (p.date, p.n), default=None)


def latest(papers: list[Paper]) -> Paper | None:
    return max(papers, key=lambda p: (p.date, -p.n), default=None)


def with_affiliation(papers: list[Paper]) -> list[Paper]:
    """Papers whose author line carries an affiliation tag ('· pku')."""
    return [p for p in papers if p.affiliation]


def timeline(papers: list[Paper]) -> dict[int, dict[str, int]]:
    """Papers per year per category, every year from the first to the last (gaps as {})."""
    if not papers:
        return {}
    years = range(min(p.year for p in papers), max(p.year for p in papers) + 1)
    table: dict[int, dict[str, int]] = {y: {} for y in years}
    for p in papers:
        table[p.year][p.category] = table[p.year].get(p.category, 0) + 1
    return table


def timeline_categories(papers: list[Paper]) -> list[str]:
    """Category codes in timeline order: the most frequent first."""
    return [code for code, _ in by_category(papers)]


def _period(papers: list[Paper], year_from: int, year_to: int, per_period: int) -> Period:
    inside = [p for p in papers if year_from <= p.year <= year_to]
    cats = by_category(inside)
    reps: list[Paper] = []
    # One paper from each leading category, newest first, then fill from the top category.
    for code, _ in cats:
        newest = sorted(in_category(inside, code), key=lambda p: p.date, reverse=True)
        reps.extend(newest[:1])
    if cats:
        top = sorted(in_category(inside, cats[0][0]), key=lambda p: p.date, reverse=True)
        reps.extend(p for p in top if p not in reps)
    return Period(
        year_from=year_from,
        year_to=year_to,
        papers=inside,
        categories=cats,
        representatives=reps[:per_period],
    )


def focus_shift(
    papers: list[Paper],
    year_from: int | None = None,
    year_to: int | None = None,
    per_period: int = 3,
) -> list[Period]:
    """Split the span into an early and a late period and describe each one's mix."""
    if not papers:
        return []
    lo = year_from if year_from is not None else min(p.year for p in papers)
    hi = year_to if year_to is not None else max(p.year for p in papers)
    if lo >= hi:
        return [_period(papers, lo, lo, per_period)]
    middle = lo + (hi - lo + 1) // 2 - 1
    return [_period(papers, lo, middle, per_period), _period(papers, middle + 1, hi, per_period)]
