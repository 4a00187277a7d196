"""Wording shared by exact-fact answers: numbered sources, list items, scope phrases."""

from __future__ import annotations

import re
from collections.abc import MutableMapping, Sequence

from prompts.answer.model import Citation
from prompts.understand.router import Query
from prompts.understand.terms import YES_NO
from retrieval.model import Paper, Profile, category_label
from retrieval.names import paper_label
from retrieval.text import none_of

HEADER = "(profile header)"
MAX_LISTED = 40
MAX_ECHO = 60  # the user's topic is quoted back at most this long (tests/test_hostile.py)


def plural(n: int, word: str) -> str:
    """'1 paper', '3 papers', '2 categories'."""
    if n == 1:
        return f"{n} {word}"
    return f"{n} {word[:-1]}ies" if word.endswith("y") else f"{n} {word}s"


def year_span(first: int, last: int) -> str:
    """'2023', or '2020-2025'."""
    return str(first) if first == last else f"{first}-{last}"


# The old name, still imported by prompts/answer/compare.py and overview.py.
category = category_label


def metadata_evidence(paper: Paper) -> str:
    """The metadata line a count rests on: category, date, visible authors, code, tag."""
    authors = ", ".join(paper.authors) + (" et al." if paper.authors_truncated else "")
    parts = [f"{paper.category}, {paper.date.isoformat()}"]
    if paper.year_inferred:
        parts.append("no year given: capture year assumed")
    parts.append(f"authors: {authors}")
    if paper.has_code:
        parts.append("code")
    if paper.affiliation:
        parts.append(f"tag: {paper.affiliation}")
    return "; ".join(parts)


class Sources:
    """Numbers papers in order of first mention: the answer's citations."""

    def __init__(self, evidence: MutableMapping[str, str] | None = None) -> None:
        self.cited: dict[str, Citation] = {}
        self.evidence = evidence or {}

    def mark(self, paper: Paper) -> str:
        if paper.id not in self.cited:
            said = [metadata_evidence(paper)]
            if paper.id in self.evidence:
                said.append(self.evidence[paper.id])
            self.cited[paper.id] = Citation.of(len(self.cited) + 1, paper, said)
        return f"[{self.cited[paper.id].n}]"

    def marks(self, papers: Sequence[Paper]) -> str:
        return "".join(self.mark(p) for p in papers)

    def item(self, paper: Paper, extra: str = "") -> str:
        """'- Meta-SN: Meta-Learning Siamese Network ... (2023-02-05, CL) [1]'."""
        return f"- {paper_label(paper)} ({paper.date.isoformat()}, {paper.category}){extra} " + (
            self.mark(paper)
        )

    def items(self, papers: Sequence[Paper]) -> list[str]:
        lines = [self.item(p) for p in papers[:MAX_LISTED]]
        if len(papers) > MAX_LISTED:
            lines.append(f"- ... and {len(papers) - MAX_LISTED} more")
        return lines

    def citations(self) -> list[Citation]:
        return list(self.cited.values())


def years_phrase(query: Query) -> str:
    """'2024', 'since 2023', '2020-2021', '2020 and 2022', 'up to 2021', or ''."""
    f = query.filters
    if query.years:
        return ", ".join(map(str, query.years[:-1])) + f" and {query.years[-1]}"
    if f.exclude_years:
        return none_of([str(y) for y in f.exclude_years])
    if f.months or f.days:  # 'August (any year)', '31 December (any year)'
        return f.months_said()
    if f.date_from is not None or f.date_to is not None:
        return f.dates()
    if f.year_from is not None and f.year_from == f.year_to:
        return str(f.year_from)
    if f.year_from is not None and f.year_to is not None:
        return f"{f.year_from}-{f.year_to}"
    if f.year_from is not None:
        return f"since {f.year_from}"
    if f.year_to is not None:
        return f"up to {f.year_to}"
    return ""


def scope(query: Query, people: bool = True) -> str:
    """Human words for what the papers were restricted to: 'CL, since 2023, with code'."""
    f = query.filters
    parts = [" or ".join(category_label(c) for c in f.categories)] if f.categories else []
    if f.exclude_categories:
        parts.append(none_of([category_label(c) for c in f.exclude_categories]))
    if years := years_phrase(query):
        parts.append(years)
    if f.authors and people:
        parts.append("with " + " and ".join(f.authors))
    if f.exclude_authors:
        parts.append("without " + " or ".join(f.exclude_authors))
    if f.has_code is not None:
        parts.append("with code" if f.has_code else "without code")
    if f.affiliation:
        parts.append(f"tagged '{f.affiliation}'")
    parts.extend(f.titles_said())
    if query.topic and query.needs_search:
        if query.exclude_topic:
            sides = [f"'{echo(side)}'" for side in query.joined or [query.topic]]
            parts.append(none_of([f"topic {sides[0]}", *sides[1:]]))
        else:
            parts.append(f"topic '{echo(query.topic)}'")
        if query.excluded:
            sides = [f"'{echo(x)}'" for x in query.excluded_sides or [query.excluded]]
            parts.append(none_of([f"topic {sides[0]}", *sides[1:]]))
    return ", ".join(parts)


def echo(text: str) -> str:
    """The user's words as quoted back: at most MAX_ECHO characters, cut at a word."""
    if len(text) <= MAX_ECHO:
        return text
    return (text[: MAX_ECHO - 4].rsplit(" ", 1)[0] or text[: MAX_ECHO - 4]) + " ..."


def coverage(profile: Profile) -> str:
    """The honest caveat: counts cover the listed papers, not all the header claims."""
    listed = len(profile.papers)
    claimed = profile.papers_claimed
    if claimed and claimed > listed:
        return (
            f"Counts cover the {listed} papers listed in the profile; its header claims "
            f"{claimed}, so unlisted papers cannot be checked."
        )
    return f"Counts cover the {listed} papers listed in the profile."


def of_topic(query: Query, n: int) -> str:
    """'Of the 9 listed papers on 'reinforcement learning' (CV)': the set an aggregate over a
    topic's papers runs over, said first; '' when the papers are no topic's."""
    if not (query.topic and query.needs_search) or query.exclude_topic or query.excluded:
        return ""
    rest = scope(query.model_copy(update={"topic": None}))
    said = f"Of the {plural(n, 'listed paper')} on '{echo(query.topic)}'"
    return said + (f" ({rest})" if rest else "")


def within(query: Query) -> str:
    """' (CL, since 2023)' for people answers, whose names are already said; or ''."""
    said = scope(query, people=False)
    return f" ({said})" if said else ""


def inferred_note(papers: Sequence[Paper], profile: Profile) -> str | None:
    """Say once that a date without a year was given the capture year."""
    if any(p.year_inferred for p in papers):
        return (
            f"Dates shown without a year in the profile are taken as {profile.captured_year}, "
            "the year it was captured."
        )
    return None


TOPIC_NOTE = (
    "Papers count as on the topic when search finds them relevant or their title or abstract "
    "names it."
)


RATIO = re.compile(r"\bratios?\b|\bproportion\b|\btimes\s+as\s+many\b", re.IGNORECASE)
# One count as a multiple of the other: 'how many times more', 'by what factor', 'three-fold'
MULTIPLE = re.compile(
    r"\btimes\b|\bfactor\b|\bmultiples?\b|\b\w+-?fold\b|\bx\s+(?:as\s+many|more)\b",
    re.IGNORECASE,
)
FEWER = re.compile(r"\b(?:fewer|less)\b", re.IGNORECASE)


def versus(question: str, sides: list[tuple[str, int]]) -> str:
    """Two counts set against each other, in the question's order: (where, count) each.
    'Did she publish more in 2025 than 2024?' -> 'Yes: 14 in 2025 against 3 in 2024.'"""
    (a_where, x), (b_where, y) = sides
    # 'by how many?', '2025 minus 2022': the difference said, not left to the reader
    said = f"{x} {a_where} against {y} {b_where}" + (f", {abs(x - y)} more" if x != y else "")
    if RATIO.search(question) and y:  # 'the ratio of CL to CV': said as asked, both counts kept
        said += f" (ratio {x}:{y}, about {x / y:.2f} to 1)"
    elif MULTIPLE.search(question) and x and y and x != y:  # 'by what factor', 'as a multiple'
        said += f" (about {max(x, y) / min(x, y):.1f} times as many)"
    if YES_NO.match(question) and re.search(r"\bthan\b", question, re.IGNORECASE):
        yes = x < y if FEWER.search(question) else x > y
        return f"{'Yes' if yes else 'No'}: {said}."
    if x == y:
        return f"As many in both: {said}."
    return f"More {a_where if x > y else b_where}: {said}."
