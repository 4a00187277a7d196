"""`profilebot feedback`: what Discord users thought of the answers, and what went unanswered."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import Annotated

import typer
from rich.console import Console, Group
from rich.markup import escape
from rich.table import Table

from bot.feedback import FEEDBACK_FILE, FeedbackReport, FeedbackStore, Tally
from bot.settings import Settings


def tally_table(title: str, rows: list[Tally]) -> Table:
    table = Table(title=title)
    for name in ("", "answers", "👍", "👎"):
        table.add_column(name, justify="left" if not name else "right")
    for row in rows:
        table.add_row(escape(row.name), str(row.answers), str(row.up), str(row.down))
    return table


def report_view(report: FeedbackReport) -> Group:
    """The report as tables: votes by route and command, worst rated, coverage gaps."""
    summary = (
        f"{report.answers} answer(s) on record · 👍 {report.up} · 👎 {report.down} · "
        f"abstained {report.abstained} ({report.abstention_rate:.1%})"
    )
    parts: list[Table | str] = [summary]
    parts += [tally_table("Votes by route", report.by_route)]
    parts += [tally_table("Votes by command", report.by_command)]
    worst = Table(title="Worst rated questions")
    for name in ("question", "profile", "👍", "👎", "what was wrong"):
        worst.add_column(name, justify="right" if name in ("👍", "👎") else "left")
    for q in report.worst:
        comments = " | ".join(q.comments)
        worst.add_row(escape(q.question), q.profile, str(q.up), str(q.down), escape(comments))
    gaps = Table(title="Questions the profile could not answer (coverage gaps)")
    for name in ("question", "profile", "asked"):
        gaps.add_column(name, justify="right" if name == "asked" else "left")
    for gap in report.gaps:
        gaps.add_row(escape(gap.question), gap.profile, str(gap.asked))
    parts += [worst if report.worst else "No 👎 votes yet."]
    parts += [gaps if report.gaps else "No unanswered questions on record."]
    return Group(*parts)


def register(app: typer.Typer, load_settings: Callable[[], Settings]) -> None:
    """Add `profilebot feedback` to the CLI."""

    @app.command()
    def feedback(
        as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
    ) -> None:
        """Report Discord feedback: votes by route and command, worst rated, unanswered."""
        store = FeedbackStore(load_settings().data_dir / FEEDBACK_FILE)
        if not store.exists():
            Console(stderr=True).print(
                f"No feedback yet ({store.path} does not exist): it is written while "
                "`profilebot discord` answers questions.",
                highlight=False,
                soft_wrap=True,
            )
            if as_json:
                print(FeedbackReport.empty().model_dump_json(indent=2))
            return
        try:
            report = store.report()
        except sqlite3.Error as failed:
            Console(stderr=True).print(
                f"[red]error:[/] cannot read {store.path} ({failed}): move it aside and "
                "`profilebot discord` starts a new one.",
                highlight=False,
                soft_wrap=True,
            )
            raise typer.Exit(1) from failed
        if as_json:
            print(report.model_dump_json(indent=2))
        else:
            Console().print(report_view(report))
