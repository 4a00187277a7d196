"""The overview answer: a profile's main research themes, with counts, years and cited papers."""

from __future__ import annotations

import collections
import re

from prompts.answer.applied import application_lines, short_name
from prompts.answer.model import Answer
from prompts.answer.periods import Mask, ends, halves
from prompts.answer.wording import Sources, category, coverage, inferred_note, plural, year_span
from prompts.understand.terms import YES_NO
from retrieval.index.columns import PapersById, columns_of
from retrieval.model import Paper, Profile
from retrieval.names import paper_label
from retrieval.text import split_sentences
from retrieval.themes import Theme
from retrieval.themes.among import ThemeRows

REPRESENTATIVES = 3  # papers named per theme: its examples (retrieval.themes), in order
OTHER_REPRESENTATIVES = 5  # for the papers that share no theme, as varied as they are
TREND_THEMES = 2  # themes named per period
PERIOD_ALL = 12  # a restricted set of papers this small is recapped paper by paper
MOSTLY = 0.5  # a theme is "mostly CV" when more than this share of its papers is CV
THEMES_NOTE = (
    "Themes group papers that are close in meaning; each is named by a phrase that most of its "
    "own papers use and that finds mostly them when searched for; its titles' words are "
    "those its papers' titles use more than the other themes' papers do."
)


def answer_overview(
    question: str, profile: Profile, themes: list[Theme], scope: str = ""
) -> Answer:
    """The profile's main themes, largest first: size, years, categories, cited examples
    (`scope`: what the papers were restricted to, e.g. 'since 2025', said in the answer)."""
    if not themes and profile.papers and scope:  # 'did she publish over summer 2022?'
        lead = "No: none" if YES_NO.match(question) else "None"
        return Answer(
            question=question,
            text=f"{lead} of {profile.name}'s {plural(len(profile.papers), 'listed paper')} "
            f"match {scope}, so there are no research themes to summarize there. "
            f"{coverage(profile)}".strip(),
            route="facts",
        )
    if not themes:
        return Answer(
            question=question,
            text=f"{profile.name}'s profile lists no papers, so it has no research themes to "
            "summarize.",
            abstained=True,
            route="facts",
        )
    papers = PapersById(columns_of(profile))  # read as looked up, not every paper
    listed = sum(len(t.paper_ids) for t in themes)
    # 'her 2021 work in a nutshell': a period's few papers are each named, not a few examples
    every = bool(scope) and listed <= PERIOD_ALL
    examples = [
        sorted((papers[i] for i in t.paper_ids), key=lambda p: (p.date, p.id))
        if every
        else [papers[i] for i in t.paper_ids[: _shown(t)]]
        for t in themes
    ]
    src = Sources(
        {
            p.id: theme_evidence(p, t.label)
            for t, ps in zip(themes, examples, strict=True)
            for p in ps
        }
    )
    main = [t for t in themes if not t.other]
    verb = "falls" if listed == 1 else "fall"
    papers_of = f"{profile.name}'s {plural(listed, 'listed paper')}{f' ({scope})' if scope else ''}"
    if main:
        lines = [f"{papers_of} {verb} into {plural(len(main), 'main theme')}{_rest(themes)}:"]
    else:  # a few papers on as many subjects
        lines = [f"{papers_of} share no main theme:"]
    for theme, shown in zip(themes, examples, strict=True):
        label = f"{theme.label}, no shared theme" if theme.other else theme.label
        if every:  # each paper by its whole title, in date order
            lines.append(f"- {label} ({_facts(theme)}):")
            lines.extend(
                f"  - {paper_label(p)} ({p.date.isoformat()}) {src.mark(p)}" for p in shown
            )
            continue
        named = ", ".join(f"{short_name(p)} {src.mark(p)}" for p in shown)
        words = f"in its titles' words {', '.join(theme.words)}; " if theme.words else ""
        lines.append(f"- {label} ({_facts(theme)}): {words}e.g. {named}")
    # where the research is applied, when asked: after the themes, in their words
    lines.extend(application_lines(question, profile, themes, papers, src))
    lines.append(THEMES_NOTE)
    if profile.papers_claimed and profile.papers_claimed > len(profile.papers):
        lines.append(coverage(profile))
    if note := inferred_note(columns_of(profile).year_inferred, profile):
        lines.append(note)
    return Answer(
        question=question,
        text="\n".join(lines),
        citations=src.citations(),
        route="facts",
        groups=[t.paper_ids for t in themes],
    )


def _shown(theme: Theme) -> int:
    return OTHER_REPRESENTATIVES if theme.other else REPRESENTATIVES


def _rest(themes: list[Theme]) -> str:
    """' (and 8 papers on other topics)' when some papers share no theme."""
    rest = sum(len(t.paper_ids) for t in themes if t.other)
    return f" (and {plural(rest, 'paper')} on other topics)" if rest else ""


def _facts(theme: Theme) -> str:
    """'14 papers, 2023-2026, mostly CV'; '18 papers, most from 2024-2026, the earliest 2020'
    when a few papers would stretch the years."""
    bulk = year_span(theme.bulk_from, theme.bulk_to)
    years = f"most from {bulk}"
    if (theme.bulk_from, theme.bulk_to) == (theme.year_from, theme.year_to):
        years = bulk
    elif theme.bulk_to == theme.year_to:
        years += f", the earliest {theme.year_from}"
    elif theme.bulk_from == theme.year_from:
        years += f", the latest {theme.year_to}"
    else:
        years += f", all {year_span(theme.year_from, theme.year_to)}"
    return f"{plural(len(theme.paper_ids), 'paper')}, {years}, {_categories(theme)}"


def _categories(theme: Theme) -> str:
    """'CV (Computer Vision)', 'mostly CL', or 'CL, CV and LG' when none dominates."""
    (top, count), *rest = theme.categories
    if not rest:
        return category(top)
    if count > MOSTLY * len(theme.paper_ids):
        return f"mostly {top}"
    codes = [code for code, _ in theme.categories[:3]]
    return ", ".join(codes[:-1]) + f" and {codes[-1]}"


def inline(label: str) -> str:
    """A label inside a sentence: 'multimodal models', but 'MLLMs' and 'BERT' as written."""
    first = label.split(" ", 1)[0]
    return label if any(c.isupper() for c in first[1:]) else label[:1].lower() + label[1:]


def theme_evidence(paper: Paper, label: str) -> str:
    """The sentence of the paper that says most of what its theme is named after."""
    words = {w for w in re.findall(r"[\w-]+", label.casefold()) if len(w) > 2}
    sentences = split_sentences(paper.abstract) or [paper.title]
    return max(sentences, key=lambda s: sum(w in s.casefold() for w in words))


def _busiest(years: list[int]) -> str:
    """'; busiest year 2025, with 14': where a period of several years peaked, when one year
    has more papers than every other; '' otherwise."""
    counts = collections.Counter(years).most_common(2)
    if len(counts) < 2 or counts[0][1] == counts[1][1]:
        return ""
    return f"; busiest year {counts[0][0]}, with {counts[0][1]}"


def answer_trend(
    question: str, profile: Profile, themes: ThemeRows, keep: Mask, scope: str = ""
) -> Answer:
    """How the research moved: the early and the late half of the kept papers' years (`keep`
    flags them in the profile's columns), each with its leading themes, counted and with cited
    examples, and the first and the latest paper (the two ends of the arc). `scope`: what the
    papers were restricted to ('2019'). Counted from the columns: only cited papers are read."""
    columns = themes.columns
    src = Sources()
    lines: list[str] = []
    leaders: list[str | None] = []  # each period's largest named theme
    for year_from, year_to, inside in halves(columns, keep):
        span = year_span(year_from, year_to)
        present = themes.within(inside)[:TREND_THEMES]  # other topics, if any, last
        if not present:
            continue
        leaders.append(next((t.label for t in present if not t.other), None))
        examples = columns.having(t.paper_ids[0] for t in present)
        by_id = {p.id: p for p in examples}
        shown = "; ".join(
            f"{t.label} ({len(t.paper_ids)}, e.g. {short_name(p)} {src.mark(p)})"
            for t in present
            for p in [by_id[t.paper_ids[0]]]
        )
        busiest = _busiest(columns.year[inside].tolist())
        lines.append(f"- {span} ({plural(int(inside.sum()), 'paper')}{busiest}): {shown}")
    if not lines:  # no period: the themes of the papers there are, or that none match
        return answer_overview(question, profile, themes.within(keep), scope)
    first, last = leaders[0], leaders[-1]
    if first is None or last is None:  # a period whose papers share no theme
        head = f"{profile.possessive(capital=True)} research, period by period:"
    elif first != last:
        head = (
            f"{profile.possessive(capital=True)} research moved from {inline(first)} to "
            f"{inline(last)}:"
        )
    else:
        head = f"{first} led {profile.possessive()} research throughout:"
    if (rows := ends(columns, keep)) is not None:
        opened, newest = columns.rows(list(rows))
        lines.append(
            f"The first listed paper: {short_name(opened)} ({opened.date.isoformat()}) "
            f"{src.mark(opened)}; the latest: {short_name(newest)} ({newest.date.isoformat()}) "
            f"{src.mark(newest)}."
        )
    text = "\n".join([head, *lines, THEMES_NOTE, coverage(profile)])
    return Answer(question=question, text=text, citations=src.citations(), route="facts")
