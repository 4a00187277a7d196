"""The overview of one subject of the work ('an overview of her e-commerce work'): the papers a
list of that subject cites, grouped by the profile's themes they belong to (its threads), each
thread counted with its years and every paper cited, and the subject's papers counted a year."""

from __future__ import annotations

from collections import Counter

from prompts.answer.applied import short_name
from prompts.answer.model import Answer, Citation
from prompts.answer.offline import answer_abstain, select_hits
from prompts.answer.overview import inline
from prompts.answer.wording import category, plural, year_span
from retrieval.model import Paper, Profile
from retrieval.names import paper_label
from retrieval.search import Hit, SearchResult
from retrieval.themes import Theme

MOSTLY = 0.5  # the subject is "mostly CV" when more than this share of its papers is CV
OTHER = "other topics"


def answer_subject(
    question: str, result: SearchResult, profile: Profile, themes: list[Theme]
) -> Answer:
    """'Minghui Qiu's 5 listed papers (on knowledge distillation, 2020-2026, mostly CL) fall
    into 2 threads': the papers the subject's list cites, each once, by thread and date."""
    hits = sorted(select_hits(result, listing=True), key=lambda h: (h.paper.date, h.paper.n))
    if not hits:
        return answer_abstain(question, result, profile)
    threads = _threads(hits, themes)
    papers = [h.paper for h in hits]
    facts = f"on {result.query}, {_years(papers)}, {_categories(papers)}"
    head = f"{profile.possessive(capital=True)} {plural(len(hits), 'listed paper')} ({facts})"
    named = [label for label in threads if label != OTHER]
    if len(threads) == 1 and named:
        lines = [f"{head}, all in the theme {inline(named[0])}:"]
    else:
        verb = "falls" if len(hits) == 1 else "fall"
        lines = [f"{head} {verb} into {plural(len(threads), 'thread')} of the work:"]
    citations: list[Citation] = []  # numbered as said: thread by thread, oldest first
    for label, members in threads.items():
        found = [h.paper for h in members]
        lines.append(f"- {label} ({plural(len(members), 'paper')}, {_years(found)}):")
        for h in members:
            citations.append(Citation.of(len(citations) + 1, h.paper, [h.evidence]))
            said = f"{short_name(h.paper)} ({h.paper.year}): {h.evidence}"
            lines.append(f"  - {said} [{len(citations)}]")
    per_year = Counter(p.year for p in papers)
    lines.append("By year: " + ", ".join(f"{y} ({per_year[y]})" for y in sorted(per_year)) + ".")
    return Answer(question=question, text="\n".join(lines), citations=citations, route="retrieval")


def answer_topic_trend(
    question: str,
    result: SearchResult,
    profile: Profile,
    themes: list[Theme],
    subject: str | None = None,
) -> Answer:
    """A line of work over time: every paper on the topic, oldest first, each by its whole
    title and cited, in phases (a year without a paper on it ends a phase), each phase with
    the thread most of its papers belong to, and by year."""
    hits = sorted(select_hits(result, listing=True), key=lambda h: (h.paper.date, h.paper.n))
    if not hits:
        return answer_abstain(question, result, profile)
    citations = [Citation.of(i, h.paper, [h.evidence]) for i, h in enumerate(hits, 1)]
    by_year: dict[int, list[Hit]] = {}
    for h in hits:
        by_year.setdefault(h.paper.year, []).append(h)
    marks = {h.paper.id: c.n for h, c in zip(hits, citations, strict=True)}
    phases = _phases(sorted(by_year))
    papers = [h.paper for h in hits]
    whose = f"{profile.possessive(capital=True)} {plural(len(hits), 'listed paper')}"
    on = f"on {subject}, " if subject else ""  # the subject named only when read clean
    if len(by_year) == 1:
        said = f"{whose} (on {subject})" if subject else whose
        lines = [f"{said} all date from {papers[0].year}, in date order:"]
    else:
        lines = [
            f"{whose} ({on}{_years(papers)}), in date order"
            + (f", in {len(phases)} phases:" if len(phases) > 1 else ", by year:")
        ]
    for k, phase in enumerate(phases, 1):
        inside = [h for y in phase for h in by_year[y]]
        if len(phases) > 1:
            span = year_span(phase[0], phase[-1])
            lead = next(iter(_threads(inside, themes)))
            led = f", mostly {inline(lead)}" if lead != OTHER else ""
            lines.append(f"Phase {k}, {span} ({plural(len(inside), 'paper')}{led}):")
        for y in phase:
            said = "; ".join(f"{paper_label(h.paper)} [{marks[h.paper.id]}]" for h in by_year[y])
            lines.append(f"- {y} ({len(by_year[y])}): {said}")
    return Answer(question=question, text="\n".join(lines), citations=citations, route="retrieval")


def _phases(years: list[int]) -> list[list[int]]:
    """The years in runs: a year without a paper ends a phase."""
    phases: list[list[int]] = []
    for y in years:
        if phases and y - phases[-1][-1] <= 1:
            phases[-1].append(y)
        else:
            phases.append([y])
    return phases


def _threads(hits: list[Hit], themes: list[Theme]) -> dict[str, list[Hit]]:
    """The hits by the theme each paper belongs to, the largest thread first, papers sharing
    no theme last ('other topics')."""
    theme_of = {i: (OTHER if t.other else t.label) for t in themes for i in t.paper_ids}
    threads: dict[str, list[Hit]] = {}
    for h in hits:
        threads.setdefault(theme_of.get(h.paper.id, OTHER), []).append(h)
    return dict(sorted(threads.items(), key=lambda kv: (kv[0] == OTHER, -len(kv[1]))))


def _years(papers: list[Paper]) -> str:
    return year_span(min(p.year for p in papers), max(p.year for p in papers))


def _categories(papers: list[Paper]) -> str:
    """'all CL (Computation and Language)', 'mostly CV', or 'CL, CV and LG'."""
    counts = Counter(p.category for p in papers).most_common()
    (top, n), *rest = counts
    if not rest:
        return f"all {category(top)}"
    if n > MOSTLY * len(papers):
        return f"mostly {top}"
    codes = [code for code, _ in counts[:3]]
    return ", ".join(codes[:-1]) + f" and {codes[-1]}"
