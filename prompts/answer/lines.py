"""Two overview answers computed from the papers themselves: the series of versions among
them (papers whose short names share a stem with a version mark: 'Valley', 'Valley2',
'Valley3'), each version dated in order; and the lines of work that stopped (or started)
around a year: the themes and the title phrases written by two or more papers whose latest
(first) paper is on the far side of it, each with its papers cited."""

from __future__ import annotations

import re
from collections.abc import Sequence

from prompts.answer.model import Answer
from prompts.answer.wording import Sources, coverage, plural
from prompts.understand.lines import LinesAsked
from retrieval.model import Paper, Profile
from retrieval.names import nickname
from retrieval.text import split_sentences
from retrieval.themes.among import ThemeRows
from retrieval.themes.held import HeldPhrases

SHOWN_LINES = 10  # title phrases listed per answer
MIN_PAPERS = 2  # papers writing a phrase, for it to be a line of work
# A version mark closing a name: 'Valley2', 'Foo-3', 'BarV2', 'Baz 1.5', 'Qux++'
VERSION = re.compile(r"^(?P<stem>[A-Za-z][\w-]*?[A-Za-z])[-\s]?(?:[vV]?\d+(?:\.\d+)*|\+\+?)$")


def _name(paper: Paper) -> str:
    return nickname(paper) or paper.short_title


def _stem(name: str, bare: set[str]) -> str | None:
    """The stem a one-word name is a version of: its name without a version mark
    ('Valley2' -> 'valley'), or a bare name another paper has before a hyphened part
    ('Valley-Lite' -> 'valley' when 'Valley' is a paper's name); None otherwise."""
    if m := VERSION.match(name):
        return m["stem"].casefold()
    if " " in name:
        return None
    head = name.split("-")[0].casefold()
    return head if "-" in name and head in bare else None


def series_of(papers: Sequence[Paper]) -> dict[str, list[Paper]]:
    """The series among the papers: stem -> its two or more papers, oldest first (a paper
    whose name is the bare stem belongs to it too)."""
    names = {p.id: _name(p) for p in papers}
    bare = {n.casefold() for n in names.values() if " " not in n}
    groups: dict[str, list[Paper]] = {}
    for paper in papers:
        name = names[paper.id]
        stem = _stem(name, bare) or (name.casefold() if " " not in name else None)
        if stem:
            groups.setdefault(stem, []).append(paper)
    return {
        s: sorted(ps, key=lambda p: (p.date, p.id))
        for s, ps in groups.items()
        if len(ps) > 1 and any(_stem(names[p.id], bare) for p in ps)
    }


def _introducing(paper: Paper) -> str:
    """The abstract's sentence naming the version (what it is), else its first."""
    sentences = split_sentences(paper.abstract)
    name = _name(paper).casefold()
    return next((s for s in sentences if name in s.casefold()), sentences[0] if sentences else "")


def answer_series(
    question: str,
    profile: Profile,
    every: dict[str, list[Paper]],
    named: Sequence[Paper] = (),
) -> Answer | None:
    """Each series of versions (only those holding a named paper, when one is named), every
    version with its date and the sentence introducing it, oldest first; None when a named
    paper belongs to no series. `every`: the profile's series (series_of), read once."""
    ids = {p.id for p in named}
    chosen = {s: ps for s, ps in every.items() if not ids or ids & {p.id for p in ps}}
    if named and not chosen:
        return None
    src = Sources()
    if not chosen:
        text = (
            f"No: none of {profile.name}'s {plural(len(profile.papers), 'listed paper')} share "
            f"a name with a version mark (like 'X' and 'X2'), so no series of versions is listed."
        )
        return Answer(question=question, text=f"{text} {coverage(profile)}", route="facts")
    lines = [
        f"{plural(len(chosen), 'series')} of versions among {profile.possessive()} listed papers"
        " (papers sharing a name, with a version mark), each version oldest first:"
        if len(chosen) > 1 or not named
        else f"The {_name(next(iter(chosen.values()))[0])} series, oldest first:"
    ]
    for papers in chosen.values():
        head = " -> ".join(f"{_name(p)} ({p.year})" for p in papers)
        if len(chosen) > 1 or not named:
            lines.append(f"- {head}:")
        for p in papers:
            src.evidence[p.id] = _introducing(p)
            lines.append(
                f"  - {_name(p)} ({p.date.isoformat()}, {p.category}) {src.mark(p)}: {p.title}"
                f". {src.evidence[p.id]}"
            )
    return Answer(
        question=question, text="\n".join(lines), citations=src.citations(), route="facts"
    )


def answer_lines(
    question: str, profile: Profile, themes: ThemeRows, asked: LinesAsked, held: HeldPhrases
) -> Answer:
    """The lines of work that stopped by a year (or started from it): themes and title
    phrases of two or more papers whose latest paper is no later than the year (first paper
    in it or later; after it, when asked so), with their papers cited (`held`: the profile's
    title phrases, read once; `themes`: the themes' rows). Only the cited papers are read."""
    years = held.columns.year
    src = Sources()
    stopped = asked.turn == "stopped"
    first = asked.year + 1 if asked.after and not stopped else asked.year

    if not len(years) or (years.max() <= asked.year if stopped else years.min() >= first):
        # no paper on the other side of the year: every line would count, so none is told
        side = f"after {asked.year}" if stopped else f"before {first}"
        return Answer(
            question=question,
            text=f"{profile.name}'s listed papers include none {side}, so no line of work can be "
            f"told apart as {'stopped' if stopped else 'started'} then. {coverage(profile)}",
            abstained=True,
            route="abstain",
        )

    def beyond(years: list[int]) -> bool:
        return max(years) <= asked.year if stopped else min(years) >= first

    where = f"no paper after {asked.year}" if stopped else f"no paper before {first}"
    lines = [
        f"Lines of {profile.possessive()} work with {where} (the themes, and the title phrases "
        f"written by {MIN_PAPERS} or more papers, with every such paper on that side):"
    ]
    for theme, rows in zip(themes.themes, themes.rows, strict=True):
        if theme.other or not len(rows) or not beyond(years[rows].tolist()):
            continue
        shown = held.columns.rows(held.oldest_first(rows)[:4].tolist())
        cited = ", ".join(f"{_name(p)} ({p.year}) {src.mark(p)}" for p in shown)
        lines.append(f"- theme {theme.label} ({plural(len(rows), 'paper')}): {cited}")
    for said, holders in held.lines(beyond, MIN_PAPERS, SHOWN_LINES):
        span = "-".join(map(str, sorted({holders[0].year, holders[-1].year})))
        cited = ", ".join(f"{_name(p)} ({p.year}) {src.mark(p)}" for p in holders[:4])
        lines.append(f"- {said} ({plural(len(holders), 'paper')}, {span}): {cited}")
    if len(lines) == 1:
        side = f"a paper after {asked.year}" if stopped else f"a paper before {first}"
        lines = [
            f"None: every theme and shared title phrase of {profile.possessive()} papers has "
            f"{side}."
        ]
    lines.append(coverage(profile))
    return Answer(
        question=question, text="\n".join(lines), citations=src.citations(), route="facts"
    )
