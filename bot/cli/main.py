"""The `profilebot` command line: a thin layer over the core, errors turned into next steps."""

from __future__ import annotations

import contextlib
import json
import logging
import signal
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import metadata
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.text import Text

from bot.app import build_assistant, open_index, settle
from bot.cli.batch import answer_lines, bounded_lines
from bot.cli.facts import register as register_facts
from bot.cli.feedback import register as register_feedback
from bot.cli.history import chat_file, forget_chat, load_chat, save_chat
from bot.cli.output import catch_output_errors, err, fail, printable, write_file
from bot.cli.profiles import register as register_profiles
from bot.cli.progress import first_use_progress, progress_bar
from bot.cli.render import LLMProgress, hit_json, papers_table, print_answer
from bot.cli.sources import register as register_sources
from bot.cli.sources import run_sync, sources_from_options
from bot.logs import log_question, setup_logging
from bot.redaction import redact_logs
from bot.settings import Settings, SettingsError
from bot.sync import SyncRefused
from prompts.answer.memory import Conversation
from prompts.answer.model import Answer
from prompts.assistant import Assistant
from retrieval.filters import Filters
from retrieval.index.embedder import EmbedderError
from retrieval.index.store import IndexError_, IngestReport, PaperIndex, RemovalError, StoreError
from retrieval.ingest.errors import ProfileError
from retrieval.ingest.load import load_profile, profile_to_json
from retrieval.model import Profile, Pronoun
from retrieval.sources.http import SourceError

app = typer.Typer(
    help="Ask questions about a researcher's publications; every claim is cited.\n\n"
    'Start with: profilebot ask "What has this researcher published on few-shot learning?"',
    no_args_is_help=True,
    rich_markup_mode="rich",
)
console = Console()
ProfileOpt = Annotated[
    str | None,
    typer.Option(
        "--profile", "-p", help="Profile name (default: PROFILEBOT_PROFILE or 'default')."
    ),
]


EVAL_SET = Path(__file__).resolve().parents[2] / "data" / "eval" / "questions.jsonl"
STORE_HINT = (
    "Set PROFILEBOT_DATA_DIR (or PROFILEBOT_CHROMA_PATH, for the index alone) to a writable "
    "directory, or PROFILEBOT_CHROMA_URL to a running Chroma server."
)


@contextmanager
def friendly_errors() -> Iterator[None]:
    """Domain errors become one line that says what to do next; no tracebacks."""
    try:
        yield
    except ProfileError as e:
        fail(
            f"{e}\nFix the file and run `profilebot ingest FILE` again; the index was not changed."
        )
    except (SourceError, SyncRefused) as e:
        fail(f"{e}\nThe index was not changed." if isinstance(e, SourceError) else str(e))
    except StoreError as e:
        fail(f"{e}\n{STORE_HINT}")
    except (IndexError_, EmbedderError) as e:
        fail(str(e))
    except PermissionError as e:
        fail(
            f"no permission to use {e.filename}: set PROFILEBOT_DATA_DIR or "
            "PROFILEBOT_CHROMA_PATH to a writable directory"
        )


def show_version(value: bool) -> None:
    if value:
        print(f"profilebot {package_version()}")
        raise typer.Exit()


def package_version() -> str:
    try:
        return metadata.version("profilebot")
    except metadata.PackageNotFoundError:  # run from a source tree that was never installed
        return "unknown (not installed)"


class Terminated(KeyboardInterrupt):
    """SIGTERM during an ingest: handled as Ctrl-C is (exit code 143, not 130)."""


def _terminate(signum: int, frame: object) -> None:
    raise Terminated()


@app.callback()
def main(
    verbose: Annotated[
        bool,
        typer.Option(
            "--verbose", "-v", help="Log each step to stderr (PROFILEBOT_LOG_LEVEL=INFO)."
        ),
    ] = False,
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=show_version, is_eager=True, help="Print the version and exit."
        ),
    ] = False,
) -> None:
    setup_logging(logging.INFO if verbose else logging.WARNING)
    # Its warnings repeat, in several lines, the broken entry the error line names.
    logging.getLogger("bibtexparser").setLevel(logging.ERROR)
    catch_output_errors()


def load_settings(default_level: int = logging.WARNING) -> Settings:
    """Settings from the environment and .env (a bad value is named, not a traceback); then
    logging as they say: PROFILEBOT_LOG_LEVEL (else default_level; --verbose: at least INFO),
    PROFILEBOT_LOG_FORMAT, credentials redacted on every handler."""
    try:
        settings = Settings.load()
    except SettingsError as e:
        fail(f"{e}: fix it in the environment or .env (see .env.example)")
    # The callback set the root level from --verbose (INFO, else WARNING); -v wins over a
    # quieter PROFILEBOT_LOG_LEVEL.
    verbose = logging.NOTSET < logging.getLogger().level <= logging.INFO
    level = logging.getLevelName(settings.log_level) if settings.log_level else default_level
    if verbose:
        level = min(level, logging.INFO)
    setup_logging(level, as_json=settings.log_format == "json")
    redact_logs(settings)
    return settings


def assistant(profile: str | None, offline: bool = False, model: str | None = None) -> Assistant:
    """The profile's assistant; `offline`: the LLM is never called; `model`: another LLM."""
    settings = load_settings()
    if model is not None:
        if offline:
            fail("use --offline or --model, not both", 2)
        if not settings.llm_enabled:
            fail(
                f"--model {model} needs an LLM: set OPENAI_API_KEY or PROFILEBOT_LLM_BASE_URL "
                "(see README, 'LLM')",
                2,
            )
        settings = settings.model_copy(update={"llm_model": model})
    with friendly_errors(), first_use_progress() as progress:
        bot = build_assistant(settings, profile, progress, offline=offline)
    settle()
    return bot


def get_profile(profile: str | None) -> Profile:
    return assistant(profile).profile


@app.command()
def ingest(
    file: Annotated[
        Path | None,
        typer.Argument(
            help="Profile file: profile text, profilebot JSON, BibTeX or OpenAlex works JSON. "
            "Default: the bundled demo."
        ),
    ] = None,
    profile: ProfileOpt = None,
    rebuild: Annotated[
        bool, typer.Option(help="Drop the index first and re-embed everything.")
    ] = False,
    pronoun: Annotated[
        Pronoun | None,
        typer.Option(
            help="How answers refer to the researcher (she, he or they). Default: the file's "
            "own 'pronoun' field, else the researcher's name."
        ),
    ] = None,
    openalex: Annotated[
        list[str] | None,
        typer.Option("--openalex", help="OpenAlex author id (A5023888391) or ORCID; repeatable."),
    ] = None,
    semantic_scholar: Annotated[
        list[str] | None,
        typer.Option("--semantic-scholar", help="Semantic Scholar author id; repeatable."),
    ] = None,
    arxiv: Annotated[
        list[str] | None,
        typer.Option(
            "--arxiv", help='arXiv query: an author name ("Minghui Qiu") or "au:Qiu_M"; repeatable.'
        ),
    ] = None,
    yes: Annotated[
        bool,
        typer.Option(
            "--yes", "-y", help="Do not ask before removing most of the profile's papers."
        ),
    ] = False,
) -> None:
    """Index a profile from a file, or from OpenAlex / Semantic Scholar / arXiv (re-running
    syncs: adds, updates and removes papers; `profilebot sync` re-fetches the sources)."""
    settings = load_settings()
    sources = sources_from_options(openalex or [], semantic_scholar or [], arxiv or [])
    if sources:
        if file is not None:
            fail("give a FILE or source ids (--openalex, --semantic-scholar, --arxiv), not both", 2)
        with friendly_errors():
            run_sync(
                settings,
                profile,
                sources,
                yes=yes,
                pronoun=pronoun,
                rebuild=rebuild,
                console=console,
                err=err,
                progress_bar=progress_bar,
            )
        return
    path = file or settings.profile_file
    writing = False
    signal.signal(signal.SIGTERM, _terminate)  # `kill`, `docker stop`: as Ctrl-C, said so
    try:
        with friendly_errors():
            parsed = load_profile(path, captured_year=settings.captured_year)  # none written if bad
            if pronoun is not None:
                parsed = parsed.model_copy(update={"pronoun": pronoun})
            index = open_index(settings, profile, on_wait=lambda m: err.print(Text(m + " ...")))
            with index.writing():
                writing = True
                if rebuild:
                    index.drop()
                report = sync_index(index, parsed, path, confirmed=yes or rebuild)
    except KeyboardInterrupt as stop:
        code = 143 if isinstance(stop, Terminated) else 130
        if not writing:
            fail("interrupted: nothing was changed", code)
        fail(
            f"interrupted: profile {index.profile!r} may be partly indexed (then it is marked "
            f"incomplete: it answers from what was indexed, with a warning); run "
            f"`profilebot ingest {path}` again to finish",
            code,
        )
    console.print(
        Text(
            f"Indexed profile {report.profile}: {report.papers} papers, {report.chunks} chunks "
            f"({report.added} added, {report.updated} updated, {report.removed} removed, "
            f"{report.unchanged} unchanged) in {report.seconds:.1f} s"
        ),
        soft_wrap=True,
    )


def sync_index(index: PaperIndex, parsed: Profile, path: Path, confirmed: bool) -> IngestReport:
    """index.ingest with progress; a removal of most papers is confirmed first (a terminal
    asks; elsewhere it takes --yes)."""
    try:
        return embed_with_progress(index, parsed, path, confirmed)
    except RemovalError as removal:
        if not (sys.stdin.isatty() and err.is_terminal):
            fail(f"{removal}: nothing was changed; run again with --yes if that is intended")
        if not typer.confirm(f"{printable(str(removal))}. Remove them?", err=True):
            fail("nothing was changed", 1)
        return embed_with_progress(index, parsed, path, True)


def embed_with_progress(
    index: PaperIndex, parsed: Profile, path: Path, confirmed: bool
) -> IngestReport:
    if not err.is_terminal:  # a log or a pipe: one plain line per batch written

        def line(done: int, total: int) -> None:
            if done:
                err.print(f"Embedded {done}/{total} chunks")

        return index.ingest(parsed, line, confirmed=confirmed)
    with progress_bar() as bar:
        task = bar.add_task(f"Embedding {printable(path.name)}", total=None)
        return index.ingest(
            parsed,
            lambda done, total: bar.update(task, completed=done, total=total),
            confirmed=confirmed,
        )


OfflineOpt = Annotated[
    bool, typer.Option("--offline", help="Never call the LLM: answer from the papers alone.")
]
ModelOpt = Annotated[
    str | None,
    typer.Option(
        "--model", "-m", help="The LLM model for this run (default: PROFILEBOT_LLM_MODEL)."
    ),
]
ASK_USAGE = (
    'give a question: profilebot ask "Which papers are about logo recognition?" '
    '(or pipe one in: echo "..." | profilebot ask)'
)


def question_from_stdin() -> str:
    """The question piped in; at a terminal (nothing piped), the usage line."""
    if sys.stdin.isatty():
        fail(ASK_USAGE, 2)
    question = sys.stdin.read().strip()
    if not question:
        fail(f"stdin was empty: {ASK_USAGE}", 2)
    return question


@app.command()
def ask(
    question: Annotated[
        str | None,
        typer.Argument(help='Your question, in quotes; none: read from stdin (echo "..." | ...).'),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the Answer as JSON.")] = False,
    jsonl: Annotated[
        bool,
        typer.Option(
            "--jsonl",
            help='Batch: read {"id","question"} lines on stdin, write one answer line each.',
        ),
    ] = False,
    offline: OfflineOpt = False,
    model: ModelOpt = None,
    profile: ProfileOpt = None,
) -> None:
    """Answer one question (or a batch with --jsonl), with numbered Sources.

    [dim]profilebot ask "What did she publish on few-shot learning?" --json
    echo "Which papers have code?" | profilebot ask --offline[/]"""
    if jsonl and question:
        fail("--jsonl reads its questions from stdin: give no QUESTION with it", 2)
    if not jsonl and not question:
        question = question_from_stdin()
    bot = assistant(profile, offline, model)
    if jsonl:

        def logged(line: str) -> Answer:
            answer = bot.ask(line)
            log_question("cli", "ask-jsonl", answer)
            return answer

        for out in answer_lines(bounded_lines(sys.stdin.buffer), logged):
            print(out, flush=True)
        return
    if as_json:
        answer = bot.ask(question or "")
    else:
        with LLMProgress(err) as progress:
            answer = bot.ask(question or "", on_progress=progress)
    log_question("cli", "ask", answer)
    if as_json:
        print(answer.model_dump_json(indent=2))
    else:
        print_answer(console, answer)


CHAT_HELP = (
    "Ask anything about the profile. Follow-ups work ('which of those have code?'). "
    "/reset forgets, /quit leaves; `profilebot chat --continue` picks up later."
)


@app.command()
def chat(
    resume: Annotated[
        bool,
        typer.Option(
            "--continue",
            "-c",
            help="Pick up the last conversation with this profile (saved in the data directory).",
        ),
    ] = False,
    offline: OfflineOpt = False,
    model: ModelOpt = None,
    profile: ProfileOpt = None,
) -> None:
    """An interactive conversation that remembers the last few turns.

    Each turn is saved, so `profilebot chat --continue` picks it up later
    (/reset forgets it)."""
    with contextlib.suppress(ImportError):
        import readline  # noqa: F401  (arrow keys and history in input())
    settings = load_settings()
    with friendly_errors():
        index = open_index(settings, profile)
    bot = assistant(profile, offline, model)
    version = index.settled_version()
    saved = chat_file(settings, index.profile)
    conversation, problem = load_chat(saved) if resume else (Conversation(), None)
    if problem:
        err.print(Text(f"warning: {printable(problem)}"))
    console.print(
        f"[bold]profilebot[/] — {escape(bot.profile.name)}, {len(bot.profile.papers)} papers. "
        f"{CHAT_HELP}"
    )
    if resume:
        console.print(f"[dim]Continuing: {len(conversation)} earlier turn(s) remembered.[/]")
        if last := conversation.last_answer():
            console.print(f"[dim]Last question: {escape(last.question)}[/]")
    while True:
        try:
            line = console.input("[bold cyan]> [/]").strip()
        except (EOFError, KeyboardInterrupt):
            console.print()
            return
        if line in ("/quit", "/exit", "/q"):
            return
        if line == "/help":
            console.print(CHAT_HELP)
        elif line == "/reset":
            conversation = Conversation()
            forget_chat(saved)
            console.print("[dim]Conversation cleared.[/]")
        elif line:
            with friendly_errors():
                latest = index.settled_version()  # None while an ingest is under way
            if latest is not None and latest != version:  # re-ingested meanwhile: reload
                bot, version = assistant(profile, offline, model), latest
                console.print(
                    f"[dim]The profile was re-indexed: now {len(bot.profile.papers)} papers.[/]"
                )
            with LLMProgress(err) as progress:
                answer = bot.ask(line, conversation, on_progress=progress)
            log_question("cli", "chat", answer)
            print_answer(console, answer)
            if problem := save_chat(saved, conversation):
                err.print(Text(f"warning: {printable(problem)}"))


@app.command()
def papers(
    topic: Annotated[str, typer.Option(help="What the papers are about.")],
    year: Annotated[int | None, typer.Option(help="Only this year.", min=1900, max=2100)] = None,
    since: Annotated[
        int | None, typer.Option(help="This year or later.", min=1900, max=2100)
    ] = None,
    category: Annotated[
        list[str] | None, typer.Option(help="Category code, e.g. CL or CV (repeatable).")
    ] = None,
    code: Annotated[bool, typer.Option("--code", help="Only papers with code.")] = False,
    limit: Annotated[int, typer.Option(min=1, max=50)] = 10,
    as_json: Annotated[bool, typer.Option("--json", help="Print the papers as JSON.")] = False,
    profile: ProfileOpt = None,
) -> None:
    """A table of the papers matching a topic and filters."""
    if year and since:
        fail("use --year or --since, not both", 2)
    filters = Filters(
        year_from=year or since,
        year_to=year,
        categories=[c.upper() for c in category or []],
        has_code=True if code else None,
    )
    result = assistant(profile).search(topic, filters, limit)
    hits = result.relevant_hits
    if as_json:
        print(json.dumps([hit_json(h) for h in hits], indent=2, ensure_ascii=False))
        return
    if not hits:
        scope = f" ({filters.describe()})" if not filters.is_empty() else ""
        console.print(f"No listed paper matches {topic!r}{scope}.")
        raise typer.Exit(0)
    console.print(
        papers_table(
            hits,
            f"Papers on {topic!r}" + (f" ({filters.describe()})" if not filters.is_empty() else ""),
        )
    )


@app.command()
def export(
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write here instead of stdout.")
    ] = None,
    profile: ProfileOpt = None,
) -> None:
    """Write the indexed profile in profilebot's JSON form (see README, 'Profile formats')."""
    text = profile_to_json(get_profile(profile))
    if output:
        write_file(output, text)
    else:
        sys.stdout.write(text)


register_facts(app, get_profile)  # stats, timeline, coauthors
register_profiles(app, load_settings, friendly_errors, err)  # profiles, profiles remove
register_sources(app, load_settings, friendly_errors, progress_bar, console, err)  # sync
register_feedback(app, load_settings)  # feedback


eval_app = typer.Typer(
    help="Score the assistant on a question set, or check claims against the papers.",
    no_args_is_help=False,
)
app.add_typer(eval_app, name="eval")


@eval_app.callback(invoke_without_command=True)
def evaluate(
    ctx: typer.Context,
    questions: Annotated[
        Path,
        typer.Option(
            help="JSONL question set (format: data/eval/README.md). Default: the bundled set.",
            exists=True,
            dir_okay=False,
        ),
    ] = EVAL_SET,
    as_json: Annotated[bool, typer.Option("--json", help="Print the table as JSON.")] = False,
    show_failures: Annotated[
        bool, typer.Option("--failures", help="List the questions that missed.")
    ] = False,
    profile: ProfileOpt = None,
) -> None:
    """Score the assistant on a question set: citations, must-include, abstention, latency.
    With an LLM configured, each question is also answered offline, and a second table shows
    per question what became of the LLM's answer (kept, trimmed, fallback to the offline
    answer, abstained) with must-include, citation precision and seconds, LLM / offline."""
    if ctx.invoked_subcommand is not None:
        return
    from bot.cli.evaluation import (
        eval_json,
        failures,
        load_questions,
        paired_rows,
        paired_summary,
        rows_table,
        run_eval,
        summarize,
    )

    bot = assistant(profile)
    items = load_questions(questions)
    offline = Assistant(bot.profile, bot.searcher, bot.profile_name) if bot.llm else None
    scored, pairs = run_eval(bot, items, offline)
    rows = summarize(scored)
    if as_json:
        print(json.dumps(eval_json(rows, pairs), indent=2))
    else:
        console.print(
            rows_table(f"profilebot eval: {questions.name} ({len(items)} questions)", rows)
        )
        if pairs:
            console.print(rows_table("The LLM's answers (LLM / offline)", paired_rows(pairs)))
            title = "LLM vs offline, over the questions the LLM was asked"
            console.print(rows_table(title, [paired_summary(pairs)]))
    if show_failures:
        for line in failures(scored):
            err.print(line, markup=False, highlight=False)


@eval_app.command("claims")
def eval_claims(
    file: Annotated[
        Path,
        typer.Argument(
            help='JSONL, one {"id", "claim", "paper_title"} per line ("-" reads stdin).',
            allow_dash=True,
        ),
    ],
    explain: Annotated[
        bool, typer.Option("--explain", help="Add why each unsupported claim failed.")
    ] = False,
    profile: ProfileOpt = None,
) -> None:
    """Check claims against the profile's papers with the answer path's citation check;
    prints {"id", "supported", "score", "evidence"} per line."""
    from bot.cli.evaluation import read_claims
    from prompts.llm.claims import check_claims

    try:
        text = sys.stdin.read() if str(file) == "-" else file.read_text(encoding="utf-8")
    except OSError as e:
        fail(f"cannot read {file}: {e.strerror or e}")
    records, problem = read_claims(text, "stdin" if str(file) == "-" else file.name)
    if problem is not None:
        fail(problem)
    bot = assistant(profile)
    for result in check_claims(records, bot.verifier):
        if result.problems and result.problems[0].startswith("no paper titled"):
            err.print(f"{result.id}: {result.problems[0]}", markup=False, highlight=False)
        fields = {"id", "supported", "score", "evidence"} | ({"problems"} if explain else set())
        print(result.model_dump_json(include=fields))
