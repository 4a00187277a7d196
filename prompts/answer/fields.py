"""Answers about two fields: which one the research is in ('NLP or CV person?': the category
split, early and late, then the themes), and a move between them taken for granted ('why did
she switch from CV to NLP?'), checked against the papers' categories over the years first."""

from __future__ import annotations

import re

import numpy as np

from prompts.answer.model import Answer
from prompts.answer.overview import answer_overview, answer_trend
from prompts.answer.periods import halves
from prompts.answer.wording import versus
from retrieval.index.columns import PaperColumns, columns_of
from retrieval.model import Profile
from retrieval.themes import Theme
from retrieval.themes.among import ThemeRows

Period = tuple[str, dict[str, int]]  # '2020-2022', the papers of each category code
THAN = re.compile(r"\bthan\b", re.IGNORECASE)


def _split(columns: PaperColumns, codes: list[str]) -> tuple[dict[str, int], list[Period]]:
    """Each code's number of listed papers, and each period's (early, late) numbers, counted
    from the columns (no paper read)."""
    every = np.ones(len(columns.ids), dtype=bool)
    total = {c: int((columns.category == c).sum()) for c in codes}
    periods = [
        (f"{a}-{b}", {c: int((columns.category[inside] == c).sum()) for c in codes})
        for a, b, inside in halves(columns, every)
    ]
    return total, periods


def _counts(counts: dict[str, int]) -> str:
    return ", ".join(f"{c} {n}" for c, n in counts.items())


def _periods(periods: list[Period]) -> str:
    return "; ".join(f"{span}: {_counts(counts)}" for span, counts in periods)


def answer_fields(
    question: str, profile: Profile, themes: list[Theme], codes: tuple[str, str]
) -> Answer:
    """Which of two fields the research is in: each one's papers (the larger first, unless
    the question asks 'more X than Y'), early vs late, then the themes, which cross the two."""
    columns = columns_of(profile)
    total, _ = _split(columns, list(codes))
    _, periods = _split(columns, sorted(codes, key=lambda c: -total[c]))  # larger first
    sides = [(f"in {c}", n) for c, n in total.items()]
    if not THAN.search(question):
        sides.sort(key=lambda side: -side[1])
    lines = [versus(question, sides)]
    if len(periods) > 1:
        (early_span, early), (late_span, late) = periods[0], periods[-1]
        lead, last = (max(c, key=c.__getitem__) for c in (early, late))
        lines.append(
            f"Mostly {lead} in {early_span} ({_counts(early)}), mostly {last} in {late_span} "
            f"({_counts(late)})."
        )
    overview = answer_overview(question, profile, themes)
    return overview.model_copy(update={"text": "\n".join([*lines, overview.text])})


def answer_move(
    question: str,
    profile: Profile,
    themes: ThemeRows,
    move: tuple[str | None, str | None],
) -> Answer:
    """A move from one field to another (or away from one, or into one) taken as given:
    whether the papers' categories, early vs late, show it, said first; then how the
    research moved by its themes. The profile gives no reasons for a move."""
    source, target = move
    codes = [c for c in (source, target) if c]
    _, periods = _split(themes.columns, codes)
    every = np.ones(len(themes.columns.ids), dtype=bool)
    trend = answer_trend(question, profile, themes, every)
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
