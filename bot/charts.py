"""Charts of a profile's metadata as PNG bytes, for the CLI (--png) and Discord (/timeline).

matplotlib is imported inside the functions and drawn on a Figure with the Agg canvas:
no pyplot, no global state, no display, nothing paid at import time.
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

from retrieval.facts import timeline, timeline_categories
from retrieval.filters import Filters
from retrieval.model import Profile, category_label
from retrieval.people import coauthors, lower_bound_note

if TYPE_CHECKING:
    from matplotlib.figure import Figure
    from matplotlib.ticker import MaxNLocator

# Colour-blind-safe (Okabe-Ito), then greys for rare categories.
PALETTE = [
    "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442",
    "#000000", "#999999", "#666666", "#BBBBBB",
]  # fmt: skip
SIZE = (8.0, 4.5)
MAX_TICKS = 20  # year labels on the timeline's axis (300 years of labels took 15 s to lay out)
DPI = 100


def _figure() -> Figure:
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=SIZE, dpi=DPI, layout="constrained")
    FigureCanvasAgg(figure)  # Agg for this figure only; pyplot's backend is left alone
    return figure


def _integer_ticks() -> MaxNLocator:
    from matplotlib.ticker import MaxNLocator

    return MaxNLocator(integer=True)


def _png(figure: Figure) -> bytes:
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    return buffer.getvalue()


def timeline_chart(profile: Profile, filters: Filters | None = None) -> bytes:
    """Listed papers per year, stacked by category, as a PNG."""
    papers = [p for p in profile.papers if filters is None or filters.matches(p)]
    table = timeline(papers)
    figure = _figure()
    ax = figure.add_subplot()
    if not table:
        ax.text(0.5, 0.5, "No listed papers", ha="center", va="center", transform=ax.transAxes)
        ax.set_axis_off()
        return _png(figure)
    years = list(table)
    bottom = [0] * len(years)
    for i, code in enumerate(timeline_categories(papers)):
        counts = [table[y].get(code, 0) for y in years]
        ax.bar(
            years,
            counts,
            bottom=bottom,
            label=category_label(code),
            color=PALETTE[i % len(PALETTE)],
        )
        bottom = [b + c for b, c in zip(bottom, counts, strict=True)]
    inferred = {p.year for p in papers if p.year_inferred}
    shown = years[:: -(-len(years) // MAX_TICKS)]  # a long span: every n-th year labelled
    ax.set_xticks(shown, [f"{y}*" if y in inferred else str(y) for y in shown])
    ax.set_ylabel("Papers")
    ax.set_ylim(0, max(bottom) * 1.08 + 0.5)
    ax.yaxis.set_major_locator(_integer_ticks())
    ax.set_title(f"{profile.name}: {len(papers)} listed papers per year")
    ax.legend(title="Category", fontsize="small", loc="upper left", bbox_to_anchor=(1.01, 1.0))
    if inferred:
        ax.set_xlabel("* includes dates without a year (the capture year is assumed)",
                      fontsize="small")  # fmt: skip
    return _png(figure)


def coauthors_chart(profile: Profile, top: int = 10) -> bytes:
    """The most frequent co-authors (lower bounds when author lines are cut short), as a PNG."""
    ranked = coauthors(profile.papers, profile.name)[:top]
    figure = _figure()
    ax = figure.add_subplot()
    if not ranked:
        ax.text(0.5, 0.5, "No co-authors listed", ha="center", va="center", transform=ax.transAxes)
        ax.set_axis_off()
        return _png(figure)
    names = [p.name for p in reversed(ranked)]
    counts = [len(p.papers) for p in reversed(ranked)]
    ax.barh(names, counts, color=PALETTE[0])
    for y, count in enumerate(counts):
        ax.text(count, y, f" {count}", va="center", fontsize="small")
    note = lower_bound_note(profile.papers)
    ax.set_xlabel("Listed papers together" + (f"\n{note}" if note else ""), fontsize="small")
    ax.xaxis.set_major_locator(_integer_ticks())
    ax.margins(x=0.08)
    ax.set_title(f"{profile.name}: most frequent co-authors")
    return _png(figure)
