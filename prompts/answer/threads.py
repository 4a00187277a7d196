"""Two overview answers: the named things of one kind across the papers (companies, datasets,
benchmarks, languages, countries), each with the papers and the words that name it; and what
stayed the same over the years (the themes and the phrases written both early and late), with
a paper cited from each end."""

from __future__ import annotations

import numpy as np

from prompts.answer.model import Answer
from prompts.answer.periods import Mask, halves
from prompts.answer.wording import Sources, coverage, plural, year_span
from retrieval.entities import Entity, Found
from retrieval.index.columns import Rows, columns_of
from retrieval.model import Paper, Profile
from retrieval.names import nickname
from retrieval.themes import Theme
from retrieval.themes.among import ThemeRows
from retrieval.themes.held import HeldPhrases

SHOWN = 12  # names listed; the rest counted
QUOTED = 2  # papers quoted per name (the others cited by name)
LONGEST_QUOTE = 260
THREADS = 8  # phrases written both early and late
MIN_HELD = 3  # papers writing a phrase, for it to be a thread
KIND_LABELS = {
    "companies": "companies",
    "datasets": "datasets",
    "benchmarks": "benchmarks",
    "languages": "natural languages",
    "countries": "countries",
}


def _name(paper: Paper) -> str:
    return nickname(paper) or paper.short_title


def _quote(sentence: str) -> str:
    said = " ".join(sentence.split())
    return said if len(said) <= LONGEST_QUOTE else said[: LONGEST_QUOTE - 3].rstrip() + "..."


def answer_entities(question: str, profile: Profile, papers: int, found: Found) -> Answer:
    """'Which companies appear in his papers, and how?': each name the abstracts use (in
    `found`, read from the `papers` a question keeps), with the papers naming it and their
    words (what role it plays there); for companies also the accounts the code links point
    to, and the papers speaking of a company without a name. Declined, saying so, when the
    papers name none. Only the papers cited are read."""
    kind = KIND_LABELS[found.kind]
    if found.empty():
        return Answer(
            question=question,
            text=f"No: the titles and abstracts of {profile.name}'s "
            f"{plural(papers, 'listed paper')} name no {kind}. {coverage(profile)}",
            abstained=True,
            route="abstain",
        )
    shown = [e.said for e in [*found.names[:SHOWN], *found.accounts[:SHOWN]]] + [found.unnamed]
    by_id = {p.id: p for p in columns_of(profile).having(pid for s in shown for pid in s)}
    src = Sources({pid: s for e in found.names for pid, s in e.said.items()})
    lines: list[str] = []
    if found.names:
        lines.append(f"The {kind} the papers' abstracts name ({_counted(found.names)}):")
        lines.extend(_entity_lines(found.names, by_id, src))
    elif found.kind == "companies":
        lines.append("The abstracts name no company.")
    if found.accounts:
        lines.append(
            "Code links point to these accounts (the profile does not say whose each one is: "
            "a company's, a lab's or a person's):"
        )
        for e in found.accounts[:SHOWN]:
            cited = ", ".join(f"{_name(by_id[i])} {src.mark(by_id[i])}" for i in e.said)
            lines.append(f"- {e.name}: {cited}")
    if found.unnamed:
        lines.append("A company or production use spoken of without a name:")
        for pid, sentence in found.unnamed.items():
            paper = by_id[pid]
            src.evidence.setdefault(pid, sentence)
            lines.append(f'- {_name(paper)} {src.mark(paper)}: "{_quote(sentence)}"')
    lines.append(coverage(profile))
    return Answer(
        question=question, text="\n".join(lines), citations=src.citations(), route="facts"
    )


def _counted(names: list[Entity]) -> str:
    ids = {pid for e in names for pid in e.said}
    return f"{plural(len(names), 'name')} in {plural(len(ids), 'paper')}"


def _entity_lines(names: list[Entity], by_id: dict[str, Paper], src: Sources) -> list[str]:
    lines = []
    for e in names[:SHOWN]:
        made = " (introduced there)" if e.made and set(e.made) == set(e.said) else ""
        quoted = [
            f'{_name(by_id[pid])} {src.mark(by_id[pid])}: "{_quote(s)}"'
            for pid, s in list(e.said.items())[:QUOTED]
        ]
        more = [f"{_name(by_id[pid])} {src.mark(by_id[pid])}" for pid in list(e.said)[QUOTED:]]
        lines.append(f"- {e.name}{made}: " + "; ".join(quoted + more))
    if len(names) > SHOWN:
        lines.append(f"- ... and {len(names) - SHOWN} more names")
    return lines


def answer_constants(
    question: str, profile: Profile, themes: ThemeRows, held: HeldPhrases
) -> Answer:
    """'What stayed the same in his research?': the themes with papers both in the early and
    in the late half of the years, and the phrases written in both, each with its first and
    its latest paper cited; said plainly when the papers span a single period (`held`: the
    profile's title phrases, read once; `themes`: the themes' rows). Only the cited papers
    are read."""
    columns = held.columns
    periods = halves(columns, np.ones(len(columns.ids), dtype=bool))
    if len(periods) < 2:
        years = f"{periods[0][0]}" if periods else "no year"
        return Answer(
            question=question,
            text=f"{profile.name}'s {plural(len(columns.ids), 'listed paper')} all date from "
            f"{years}, so nothing can be said to have stayed the same over the years.",
            abstained=not periods,
            route="facts",
        )
    (early_from, early_to, early), (late_from, late_to, late) = periods[0], periods[-1]
    early_span, late_span = year_span(early_from, early_to), year_span(late_from, late_to)
    src = Sources()
    lines = [f"What {profile.possessive()} listed papers keep to from {early_span} to {late_span}:"]
    kept = _kept_themes(themes, held, early, late)
    if kept:
        lines.append("Themes with papers in both periods:")
        for theme, before, after in kept:
            first, last = columns.rows([int(before[0]), int(after[-1])])
            lines.append(
                f"- {theme.label}: {plural(len(before), 'paper')} in {early_span} (e.g. "
                f"{_name(first)} {first.year} {src.mark(first)}), {len(after)} in "
                f"{late_span} (e.g. {_name(last)} {last.year} {src.mark(last)})"
            )
    threads = held.threads(early, late, MIN_HELD, THREADS)
    if threads:
        lines.append("Phrases of the titles written by papers of both periods:")
        for said, holders in threads:
            first, last = holders[0], holders[-1]
            lines.append(
                f"- {said}: {plural(len(holders), 'paper')}, from {_name(first)} "
                f"({first.year}) {src.mark(first)} to {_name(last)} ({last.year}) {src.mark(last)}"
            )
    if not (kept or threads):
        lines.append("No theme or phrase is shared by the early and the late papers.")
    lines.append(coverage(profile))
    return Answer(
        question=question, text="\n".join(lines), citations=src.citations(), route="facts"
    )


def _kept_themes(
    themes: ThemeRows, held: HeldPhrases, early: Mask, late: Mask
) -> list[tuple[Theme, Rows, Rows]]:
    """The themes (not other topics) with rows in both periods, each period's rows oldest
    first."""
    kept = []
    for theme, rows in zip(themes.themes, themes.rows, strict=True):
        if theme.other:
            continue
        before = held.oldest_first(rows[early[rows]])
        after = held.oldest_first(rows[late[rows]])
        if len(before) and len(after):
            kept.append((theme, before, after))
    return kept
