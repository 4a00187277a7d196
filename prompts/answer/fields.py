"""Answers about two fields: which one the research is in ('NLP or CV person?': the category
split, early and late, then the themes), and a move between them taken for granted ('why did
she switch from CV to NLP?'), checked against the papers' categories over the years first."""

from __future__ import annotations

from prompts.answer.model import Answer
from prompts.answer.overview import answer_overview, answer_trend
from retrieval import facts
from retrieval.model import Profile, category_label
from retrieval.themes import Theme


def _split(profile: Profile, codes: list[str]) -> tuple[str, list[tuple[str, dict[str, int]]]]:
    """'CL 22 and CV 16 of the 50 listed papers', and each period's counts of the codes."""
    papers = list(profile.papers)
    total = {c: sum(p.category == c for p in papers) for c in codes}
    said = " and ".join(f"{category_label(c)} {n}" for c, n in total.items())
    periods = [
        (f"{p.year_from}-{p.year_to}", {c: sum(q.category == c for q in p.papers) for c in codes})
        for p in facts.focus_shift(papers)
        if p.papers
    ]
    return f"{said} of the {len(papers)} listed papers", periods


def _periods(periods: list[tuple[str, dict[str, int]]]) -> str:
    return "; ".join(
        f"{span}: " + ", ".join(f"{c} {n}" for c, n in counts.items()) for span, counts in periods
    )


def answer_fields(
    question: str, profile: Profile, themes: list[Theme], codes: tuple[str, str]
) -> Answer:
    """Which of two fields the research is in: each one's papers, overall and early vs late
    (the larger first), then the themes, which cross the two."""
    said, periods = _split(profile, list(codes))
    lead = f"By arXiv category, {said} ({_periods(periods)})."
    if len(periods) > 1:
        early, late = (max(c, key=c.__getitem__) for c in (periods[0][1], periods[-1][1]))
        if early != late:
            lead += f" Mostly {early} early on, mostly {late} lately."
    overview = answer_overview(question, profile, themes)
    return overview.model_copy(update={"text": f"{lead}\n{overview.text}"})


def answer_move(
    question: str,
    profile: Profile,
    themes: list[Theme],
    move: tuple[str | None, str | None],
) -> Answer:
    """A move from one field to another (or away from one, or into one) taken as given:
    whether the papers' categories, early vs late, show it, said first; then how the
    research moved by its themes. The profile gives no reasons for a move."""
    source, target = move
    codes = [c for c in (source, target) if c]
    _, periods = _split(profile, codes)
    trend = answer_trend(question, profile, themes, list(profile.papers))
    if len(periods) < 2:
        return trend
    (early_span, early), (late_span, late) = periods[0], periods[-1]
    fell = source is None or late[source] < early[source]
    rose = target is None or late[target] > early[target]
    counts = _periods(periods)
    if fell and rose:
        lead = f"The papers' categories show that move ({counts}); the profile gives no reasons."
    elif source is not None and not fell:
        other = f", the other way round: from {target} to {source}" if target and not rose else ""
        lead = (
            f"That premise does not hold{other}: {source} papers did not drop, {late[source]} "
            f"in {late_span} against {early[source]} in {early_span} ({counts})."
        )
    else:
        lead = f"That premise does not hold: the papers' categories do not show it ({counts})."
    return trend.model_copy(update={"text": f"{lead}\n{trend.text}"})
