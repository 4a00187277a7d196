"""`profilebot stats`, `timeline` and `coauthors`: exact facts from the profile, no search."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from bot.cli.output import write_file
from retrieval.facts import by_category, profile_stats, timeline, timeline_categories
from retrieval.model import Paper, Profile, category_label
from retrieval.people import coauthors, find_person, lower_bound_note

PngOption = Annotated[
    Path | None,
    typer.Option("--png", help="Also save the chart as a PNG image here.", dir_okay=False),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print the data as JSON.")]
ProfileOption = Annotated[
    str | None,
    typer.Option(
        "--profile", "-p", help="Profile name (default: PROFILEBOT_PROFILE or 'default')."
    ),
]


def stats_table(profile: Profile) -> Table:
    """The header numbers next to what the listing holds."""
    s = profile_stats(profile)
    table = Table(title=f"{escape(s.name)}: profile statistics", show_header=False)
    table.add_column(style="bold")
    table.add_column(justify="right")
    rows = {
        "Main category": escape(category_label(s.main_category)) if s.main_category else None,
        "h-index": s.h_index,
        "Citations": s.citations,
        "Novelty": f"{s.novelty}%" if s.novelty is not None else None,
        "AI Score": s.ai_score,
        "Papers claimed (header)": s.papers_claimed,
        "Papers listed": s.papers_listed,
    }
    for name, value in rows.items():
        shown = "not given" if value is None else f"{value:,}" if isinstance(value, int) else value
        table.add_row(name, shown)
    for code, count in by_category(profile.papers):
        table.add_row(f"  {escape(category_label(code))}", str(count))
    if profile.stats_source:
        table.caption = f"Header numbers from {profile.stats_source}"
    return table


def timeline_table(profile: Profile) -> Table:
    """Years down, categories across, totals at the right."""
    papers = profile.papers
    codes = timeline_categories(papers)
    table = Table(title=f"{escape(profile.name)}: listed papers per year")
    table.add_column("Year", style="bold")
    for code in codes:
        table.add_column(escape(code), justify="right")
    table.add_column("Total", justify="right", style="bold")
    inferred = {p.year for p in papers if p.year_inferred}
    for year, counts in timeline(papers).items():
        cells = [str(counts.get(code, "")) for code in codes]
        table.add_row(
            f"{year}*" if year in inferred else str(year), *cells, str(sum(counts.values()))
        )
    if inferred:
        table.caption = "* includes dates without a year (the capture year is assumed)"
    return table


def coauthors_table(profile: Profile, top: int) -> Table:
    table = Table(
        title=f"{escape(profile.name)}'s most frequent co-authors",
        caption=lower_bound_note(profile.papers),
    )
    table.add_column("Co-author")
    table.add_column("Listed papers together", justify="right")
    for person in coauthors(profile.papers, profile.name)[:top]:
        table.add_row(escape(person.name), str(len(person.papers)))
    return table


def stats_json(profile: Profile) -> dict[str, Any]:
    """The header numbers, what the listing holds, and the papers per category."""
    return profile_stats(profile).model_dump() | {
        "categories": dict(by_category(profile.papers)),
        "stats_source": profile.stats_source,
    }


def timeline_json(profile: Profile) -> dict[str, Any]:
    """Papers per year and category; `year_inferred` when a date had no year."""
    inferred = {p.year for p in profile.papers if p.year_inferred}
    years = [
        {"year": y, "categories": c, "total": sum(c.values()), "year_inferred": y in inferred}
        for y, c in timeline(profile.papers).items()
    ]
    return {"name": profile.name, "years": years}


def paper_json(paper: Paper) -> dict[str, Any]:
    return paper.model_dump(mode="json", include={"id", "n", "title", "date", "category", "url"})


def print_json(data: Any) -> None:
    print(json.dumps(data, indent=2, ensure_ascii=False))


def register(app: typer.Typer, get_profile: Callable[[str | None], Profile]) -> None:
    """Add the exact-facts commands to the CLI; get_profile loads the named profile."""

    @app.command("stats")
    def stats(as_json: JsonOption = False, profile: ProfileOption = None) -> None:
        """Show the profile's numbers: h-index, citations, papers claimed and listed, categories."""
        loaded = get_profile(profile)
        if as_json:
            print_json(stats_json(loaded))
            return
        Console().print(stats_table(loaded))

    @app.command("timeline")
    def timeline_(
        png: PngOption = None, as_json: JsonOption = False, profile: ProfileOption = None
    ) -> None:
        """Show papers per year by category; with --png, save it as a chart too."""
        loaded, console = get_profile(profile), Console()
        if as_json:
            print_json(timeline_json(loaded))
        else:
            console.print(timeline_table(loaded))
        if png:
            from bot.charts import timeline_chart  # matplotlib only when a chart is asked for

            write_file(png, timeline_chart(loaded))

    @app.command("coauthors")
    def coauthors_(
        name: Annotated[
            str | None, typer.Argument(help="A co-author: list the papers you share with them.")
        ] = None,
        top: Annotated[int, typer.Option(help="How many co-authors to show.", min=1)] = 15,
        png: PngOption = None,
        as_json: JsonOption = False,
        profile: ProfileOption = None,
    ) -> None:
        """Show who the researcher writes with most, or the papers shared with NAME."""
        loaded, console = get_profile(profile), Console()
        note = lower_bound_note(loaded.papers)
        if not name:
            if as_json:
                people = coauthors(loaded.papers, loaded.name)[:top]
                rows = [{"name": p.name, "papers": len(p.papers)} for p in people]
                print_json({"name": loaded.name, "coauthors": rows, "note": note})
            else:
                console.print(coauthors_table(loaded, top))
            if png:
                from bot.charts import coauthors_chart

                write_file(png, coauthors_chart(loaded, top))
            return
        person = find_person(loaded.papers, name)
        if person is None:
            Console(stderr=True).print(
                f"No author named {name!r} in the listed papers. "
                "Run `profilebot coauthors` to see the names.",
                markup=False,
            )
            raise typer.Exit(1)
        if as_json:
            papers = [paper_json(p) for p in person.papers]
            print_json(
                {"name": loaded.name, "coauthor": person.name, "papers": papers, "note": note}
            )
            return
        console.print(
            f"[bold]{escape(person.name)}[/] appears on {len(person.papers)} of "
            f"{escape(loaded.name)}'s listed papers:"
        )
        for paper in person.papers:
            console.print(f"  {paper.date.isoformat()}  {paper.category:<6} {paper.title}",
                          highlight=False, markup=False)  # fmt: skip
        if note:
            console.print(note, style="dim")
