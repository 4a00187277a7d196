"""A subset of the eval questions through a real model's answers, against the offline answers.

The same scoring and per-question report as `profilebot eval` with an LLM configured, on the
LLM settings in the environment (PROFILEBOT_LLM_BASE_URL, _MODEL, _TIMEOUT, _CONTEXT_TOKENS),
for the first N questions of each listed id (or all). `--answers-only` turns off the LLM's
reading of the question (slots), to measure its answers alone on a slow CPU model.
Run (a llama.cpp server already listening, see docs/llm.md):
    nice .venv/bin/python bench/llm_real_eval.py --ids topic-distillation-1,fact-vfaith-size-1
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rich.console import Console  # noqa: E402

from bot.app import build_assistant  # noqa: E402
from bot.cli.evaluation import (  # noqa: E402
    load_questions,
    paired_rows,
    paired_summary,
    rows_table,
    run_eval,
)
from bot.settings import Settings  # noqa: E402
from prompts.assistant import Assistant  # noqa: E402

QUESTIONS = ROOT / "data" / "eval" / "questions.jsonl"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questions", type=Path, default=QUESTIONS)
    parser.add_argument("--ids", default="", help="Comma-separated question ids (default: all).")
    parser.add_argument("--answers-only", action="store_true")
    parser.add_argument("--json", type=Path, help="Also write the report here.")
    args = parser.parse_args()
    settings = Settings()
    if not settings.llm_enabled:
        raise SystemExit("set PROFILEBOT_LLM_BASE_URL (or OPENAI_API_KEY) first")
    bot = build_assistant(settings)
    if args.answers_only:
        bot.reader = None
    offline = Assistant(bot.profile, bot.searcher, bot.profile_name)
    items = load_questions(args.questions)
    if args.ids:
        wanted = args.ids.split(",")
        items = sorted((q for q in items if q.id in wanted), key=lambda q: wanted.index(q.id))
    console = Console(width=200)
    pairs = []
    for q in items:  # one at a time, each row printed as it comes: a run takes long
        pairs += run_eval(bot, [q], offline)[1]
        row = paired_rows(pairs[-1:])[0]
        console.print(" | ".join(str(v) for v in row.values()), markup=False, highlight=False)
        console.print(pairs[-1].llm.answer.text + "\n", markup=False, highlight=False)
        console.file.flush()
    title = f"{settings.llm_model}: {len(items)} questions (LLM / offline)"
    console.print(rows_table(title, paired_rows(pairs)))
    console.print(rows_table("summary", [paired_summary(pairs)]))
    for p in pairs:
        console.print(f"\n[bold]{p.llm.question.id}[/] ({p.outcome})", highlight=False)
        console.print(p.llm.answer.text, markup=False, highlight=False)
    if args.json:
        report = {
            "model": settings.llm_model,
            "questions": paired_rows(pairs),
            "summary": paired_summary(pairs),
            "answers": {p.llm.question.id: p.llm.answer.text for p in pairs},
        }
        args.json.write_text(json.dumps(report, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
