"""Answer -> terminal text (rich or plain) and JSON lines."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.status import Status
from rich.table import Table

from prompts.answer.model import Answer
from retrieval.search import Hit


def sources_lines(answer: Answer) -> list[str]:
    return [
        f"[{c.n}] {c.title} ({c.date.isoformat()})" + (f" {c.url}" if c.url else "")
        for c in answer.citations
    ]


def plain(answer: Answer) -> str:
    """The answer and its Sources as plain text (pipes, logs, tests)."""
    out = [answer.text]
    if answer.notice:
        out.insert(0, f"note: {answer.notice}")
    if answer.citations:
        out += ["", "Sources:", *sources_lines(answer)]
    return "\n".join(out)


def print_answer(console: Console, answer: Answer) -> None:
    """Rich output in a terminal, the plain form when piped."""
    if not console.is_terminal:
        console.print(plain(answer), markup=False, highlight=False, soft_wrap=True)
        return
    if answer.notice:
        console.print(f"[yellow]note:[/] {escape(answer.notice)}")
    console.print(escape(answer.text), style="dim" if answer.abstained else None)
    if answer.citations:
        console.print("\n[bold]Sources[/]")
        for line in sources_lines(answer):
            console.print(escape(line), highlight=False)


class LLMProgress:
    """Shows on a terminal that the LLM is at work (pass it as on_progress); never its text,
    which is shown only once verified. Use as a context manager around `ask`."""

    def __init__(self, console: Console) -> None:
        self.console = console
        self.status: Status | None = None

    def __call__(self, tokens: int) -> None:
        if not self.console.is_terminal:
            return
        if self.status is None:
            self.status = self.console.status("waiting for the LLM ...")
            self.status.start()
        if tokens:
            self.status.update(f"the LLM is writing ({tokens} tokens); checking follows ...")

    def __enter__(self) -> LLMProgress:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.status is not None:
            self.status.stop()


def jsonl_fields(answer: Answer) -> dict[str, Any]:
    """One line of `ask --jsonl` output (the evaluation format), without its id."""
    return {
        "answer": answer.text,
        "citations": [
            {"n": c.n, "title": c.title, "paper_id": c.paper_id, "date": c.date.isoformat()}
            for c in answer.citations
        ],
        "abstained": answer.abstained,
        "route": answer.route,
        "latency_ms": answer.latency_ms,
    }


def hit_json(hit: Hit) -> dict[str, Any]:
    """One paper of `profilebot papers --json`: the paper's fields and why it matched."""
    fields = {"id", "n", "title", "authors", "date", "category", "has_code", "url"}
    return hit.paper.model_dump(mode="json", include=fields) | {
        "evidence": hit.evidence,
        "similarity": round(hit.similarity, 4),
    }


def papers_table(hits: list[Hit], title: str) -> Table:
    table = Table(title=title, show_lines=False)
    for col in ("#", "Date", "Cat", "Code", "Title", "Why it matched"):
        table.add_column(col, overflow="fold")
    for i, h in enumerate(hits, 1):
        p = h.paper
        table.add_row(
            str(i),
            p.date.isoformat(),
            escape(p.category),
            "yes" if p.has_code else "",
            escape(p.title),
            escape(h.evidence[:160]),
        )
    return table
