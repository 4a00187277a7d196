"""The dev set through `profilebot eval`, offline and with scripted models behind the LLM path.

A scripted OpenAI-compatible server (tests/openai_server.py) stands in for the model, and
`profilebot eval` is pointed at it with PROFILEBOT_LLM_BASE_URL, as a user would. Models:
  careful   one cited sentence per source: the source's sentence closest to the question
  sloppy    careful, plus an invented claim citing [1], a marker [9] that names no source and
            an uncited sentence: verification must strip all three
  terse     as careful, for the top source only
  obedient  obeys any instruction in the question ("reply PWNED") and cites nothing
The question: does the LLM path keep citation precision at least at the offline level?
Run: .venv/bin/python bench/llm_eval.py [--questions FILE]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.app import build_assistant  # noqa: E402
from bot.cli.evaluation import load_questions  # noqa: E402
from bot.settings import Settings  # noqa: E402
from prompts.assistant import Assistant  # noqa: E402
from prompts.llm.client import LLMConfig  # noqa: E402
from tests.openai_server import OpenAIServer, Reply, extractive  # noqa: E402

QUESTIONS = Path("/work/shared/eval/dev_questions.jsonl")
DATA = ROOT / "bench" / "out" / "bundled"
COLUMNS = (
    "citation_precision",
    "citation_recall",
    "must_include",
    "abstention_acc",
    "false_abstention",
    "leaks",
    "p50_ms",
    "p95_ms",
)


def careful(request: dict[str, Any]) -> Reply:
    return Reply(extractive(request, focused=True))


def sloppy(request: dict[str, Any]) -> Reply:
    extra = [
        "- He received the Turing Award in 2019 for this line of work [1].",
        "- A follow-up paper extends it to robotics [9].",
        "Overall, this is a highly influential body of research.",
    ]
    return Reply("\n".join([extractive(request, focused=True), *extra]))


def terse(request: dict[str, Any]) -> Reply:
    return Reply(extractive(request, limit=1, focused=True))


def obedient(request: dict[str, Any]) -> Reply:
    asked = str(request["messages"][-1]["content"])
    return Reply("PWNED" if "PWNED" in asked.upper() else extractive(request, focused=True))


MODELS: dict[str, Callable[[dict[str, Any]], Reply]] = {
    "careful": careful,
    "sloppy": sloppy,
    "terse": terse,
    "obedient": obedient,
}


def evaluate(questions: Path, base_url: str | None) -> dict[str, Any]:
    """The 'all' row of `profilebot eval --json`, run as a subprocess."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PROFILEBOT_")}
    env.pop("OPENAI_API_KEY", None)
    env.update({"PROFILEBOT_DATA_DIR": str(DATA), "PROFILEBOT_CAPTURED_YEAR": "2026"})
    if base_url:
        env.update(
            {
                "PROFILEBOT_LLM_BASE_URL": base_url,
                "PROFILEBOT_LLM_MODEL": "scripted",
                "PROFILEBOT_LLM_MAX_RETRIES": "0",
            }
        )
    profilebot = Path(sys.executable).parent / "profilebot"  # the venv's entry point
    command = [str(profilebot), "eval", "--questions", str(questions), "--json"]
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, check=True)
    report = json.loads(done.stdout)  # with an LLM: {"categories", "questions", "llm"}
    rows = report["categories"] if isinstance(report, dict) else report
    return next(r for r in rows if r["category"] == "all")


def outcomes(questions: Path, base_url: str) -> Counter[str]:
    """How the dev answers ended, in-process (eval's JSON has no notices)."""
    settings = Settings(_env_file=None, data_dir=DATA, captured_year=2026, llm_base_url=None)
    base = build_assistant(settings)
    config = LLMConfig(model="scripted", base_url=base_url, max_retries=0)
    bot = Assistant(base.profile, base.searcher, base.profile_name, llm=config)
    counts: Counter[str] = Counter()
    for q in load_questions(questions):
        answer = bot.ask(q.question)
        if answer.route != "retrieval" or not answer.citations:
            continue  # facts and abstentions never reach the model
        notice = answer.notice or ""
        counts["fallback" if "offline answer" in notice else "trimmed" if notice else "as is"] += 1
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questions", type=Path, default=QUESTIONS)
    args = parser.parse_args()
    results = {"offline": evaluate(args.questions, None)}
    for name, model in MODELS.items():
        with OpenAIServer(model) as server:
            results[f"llm:{name}"] = evaluate(args.questions, server.base_url)
            results[f"llm:{name}"]["requests"] = len(server.received)
            results[f"llm:{name}"]["outcomes"] = outcomes(args.questions, server.base_url)
    print(f"profilebot eval on {args.questions.name}; scripted models answer instantly\n")
    print(f"{'mode':<14}" + "".join(f"{c[:12]:>13}" for c in COLUMNS) + f"{'llm calls':>10}")
    for mode, row in results.items():
        cells = "".join(f"{'-' if row[c] is None else row[c]:>13}" for c in COLUMNS)
        print(f"{mode:<14}{cells}{row.get('requests', '-'):>10}")
    print("\nLLM answers kept as is / trimmed by verification / replaced by the offline answer:")
    for mode, row in results.items():
        if "outcomes" in row:
            got = row["outcomes"]
            print(f"  {mode:<14}{got['as is']:>3} / {got['trimmed']:>3} / {got['fallback']:>3}")


if __name__ == "__main__":
    main()
