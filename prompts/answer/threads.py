"""Two overview answers: the named things of one kind across the papers (companies, datasets,
benchmarks, languages, countries), each with the papers and the words that name it; and what
stayed the same over the years (the themes and the phrases written both early and late), with
a paper cited from each end."""

from __future__ import annotations

from collections.abc import Iterable

from prompts.answer.model import Answer
from prompts.answer.wording import Sources, coverage, plural
from retrieval.entities import Entity, Found
from retrieval.index.columns import columns_of
from retrieval.model import Paper, Profile
from retrieval.names import nickname
from retrieval.themes import Theme
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
    question: str, profile: Profile, themes: list[Theme], held: HeldPhrases
) -> Answer:
    """'What stayed the same in his research?': the themes with papers both in the early and
    in the late half of the years, and the phrases written in both, each with its first and
    its latest paper cited; said plainly when the papers span a single period (`held`: the
    profile's title phrases and periods, read once)."""
    papers, periods = held.papers, held.periods
    if len(periods) < 2:
        years = f"{papers[0].year}" if papers else "no year"
        return Answer(
            question=question,
            text=f"{profile.name}'s {plural(len(papers), 'listed paper')} all date from "
            f"{years}, so nothing can be said to have stayed the same over the years.",
            abstained=not papers,
            route="facts",
        )
    early, late = periods[0], periods[-1]
    src = Sources()
    lines = [f"What {profile.possessive()} listed papers keep to from {early.span} to {late.span}:"]
    kept = _kept_themes(themes, early.papers, late.papers)
    if kept:
        lines.append("Themes with papers in both periods:")
        for theme, before, after in kept:
            lines.append(
                f"- {theme.label}: {plural(len(before), 'paper')} in {early.span} (e.g. "
                f"{_name(before[0])} {before[0].year} {src.mark(before[0])}), {len(after)} in "
                f"{late.span} (e.g. {_name(after[-1])} {after[-1].year} {src.mark(after[-1])})"
            )
    threads = held.threads(early.papers, late.papers, MIN_HELD, THREADS)
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


def _dated(papers: Iterable[Paper]) -> list[Paper]:
    return sorted(papers, key=lambda p: (p.date, p.id))


def _kept_themes(
    themes: list[Theme], early: list[Paper], late: list[Paper]
) -> list[tuple[Theme, list[Paper], list[Paper]]]:
    kept = []
    for theme in themes:
        if theme.other:
            continue
        ids = set(theme.paper_ids)
        before = _dated(p for p in early if p.id in ids)
        after = _dated(p for p in late if p.id in ids)
        if before and after:
            kept.append((theme, before, after))
    return kept
