"""Profiles from OpenAlex, Semantic Scholar and arXiv: `ingest --openalex ...` and `sync`."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from contextlib import AbstractContextManager

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import Progress

from bot.settings import Settings
from bot.sync import SyncRefused, SyncResult, profile_sources, sync_profile
from prompts.answer.wording import plural
from retrieval.model import Paper, Pronoun, Source
from retrieval.sources.changes import Changes
from retrieval.sources.http import SourceError

SHOWN = 20  # papers listed per kind of change; the rest are counted


def sources_from_options(
    openalex: list[str], semantic_scholar: list[str], arxiv: list[str]
) -> list[Source]:
    """The --openalex/--semantic-scholar/--arxiv options, in that order."""
    return (
        [Source(kind="openalex", id=i) for i in openalex]
        + [Source(kind="semantic-scholar", id=i) for i in semantic_scholar]
        + [Source(kind="arxiv", id=q) for q in arxiv]
    )


def run_sync(
    settings: Settings,
    profile: str | None,
    sources: list[Source] | None,
    *,
    yes: bool,
    pronoun: Pronoun | None,
    rebuild: bool = False,
    console: Console,
    err: Console,
    progress_bar: Callable[[], Progress],
) -> SyncResult:
    """Fetch, merge, sync; a large removal is confirmed by --yes or, at a terminal, by asking."""

    def confirm(changes: Changes) -> bool:
        if yes or not err.is_terminal:
            return yes
        return typer.confirm(
            f"This removes {len(changes.removed)} of the {changes.before} papers of the "
            "profile. Go ahead?",
            default=False,
        )

    for source in sources or profile_sources(settings, profile or settings.profile):
        err.print(f"Fetching {escape(str(source))} ...", highlight=False)
    with contextlib.ExitStack() as stack:
        bar = stack.enter_context(progress_bar()) if err.is_terminal else None
        task = bar.add_task("Embedding new and changed papers", total=None) if bar else None

        def progress(done: int, total: int) -> None:
            if bar is not None and task is not None:
                bar.update(task, completed=done, total=total)
            elif done:  # a log or a pipe: one plain line per batch written
                err.print(f"Embedded {done}/{total} chunks")

        result = sync_profile(
            settings,
            profile,
            sources,
            pronoun=pronoun,
            rebuild=rebuild,
            confirm=confirm,
            progress=progress,
        )
    print_result(result, console, err)
    return result


def print_result(result: SyncResult, console: Console, err: Console) -> None:
    """What changed, paper by paper, then what the sources got wrong."""
    c, p = result.changes, result.profile
    sources = ", ".join(str(s) for s in p.sources)
    header = f" (h-index, citations from {p.stats_source})" if p.stats_source else ""
    console.print(
        f"Profile [bold]{escape(p.name)}[/] from {escape(sources)}{escape(header)}: "
        f"{len(p.papers)} papers ({len(c.added)} added, {len(c.updated)} updated, "
        f"{len(c.removed)} removed; {result.duplicates} found in more than one source merged)",
        soft_wrap=True,
        highlight=False,
    )
    for mark, papers in (("+", c.added), ("~", c.updated), ("-", c.removed)):
        for paper in papers[:SHOWN]:
            console.print(f"  {mark} {_line(paper)}", soft_wrap=True, highlight=False)
        if len(papers) > SHOWN:
            console.print(f"  {mark} ... and {len(papers) - SHOWN} more", highlight=False)
    if c.empty:
        console.print("No paper changed.")
    if result.problems:
        err.print(
            f"{plural(len(result.problems), 'work')} could not be used as given "
            "(the rest were kept):",
            highlight=False,
        )
        for problem in result.problems[:SHOWN]:
            err.print(f"  {escape(problem)}", soft_wrap=True, highlight=False)
        if len(result.problems) > SHOWN:
            err.print(f"  ... and {len(result.problems) - SHOWN} more (run with -v for all)")


def _line(paper: Paper) -> str:
    where = ", ".join(paper.sources)
    return escape(f"{paper.title} ({paper.date.isoformat()}" + (f"; {where})" if where else ")"))


def register(
    app: typer.Typer,
    load_settings: Callable[[], Settings],
    errors: Callable[[], AbstractContextManager[None]],
    progress_bar: Callable[[], Progress],
    console: Console,
    err: Console,
) -> None:
    """Add `profilebot sync`; `errors()` is the CLI's friendly-errors context."""

    @app.command()
    def sync(
        profile: str | None = typer.Option(
            None, "--profile", "-p", help="Profile name (default: PROFILEBOT_PROFILE)."
        ),
        every: bool = typer.Option(
            False, "--all", help="Every profile that has sources, one after the other."
        ),
        yes: bool = typer.Option(
            False, "--yes", "-y", help="Remove papers the sources dropped, even most of them."
        ),
    ) -> None:
        """Re-fetch the profile's sources (OpenAlex, Semantic Scholar, arXiv), sync its index
        and print what changed."""
        settings = load_settings()
        with errors():
            names = [profile] if not every else profiles_with_sources(settings)
            failed = 0
            for name in names:
                if every:
                    console.print(f"[bold]{escape(str(name))}[/]", highlight=False)
                try:
                    run_sync(
                        settings,
                        name,
                        None,
                        yes=yes,
                        pronoun=None,
                        console=console,
                        err=err,
                        progress_bar=progress_bar,
                    )
                except (SourceError, SyncRefused) as e:
                    if not every:
                        raise
                    failed += 1
                    err.print(f"[red]error:[/] {escape(str(e))}", highlight=False, soft_wrap=True)
        if failed:
            raise typer.Exit(1)


def profiles_with_sources(settings: Settings) -> list[str]:
    from bot.app import profile_names

    return [n for n in profile_names(settings) if profile_sources(settings, n)]
