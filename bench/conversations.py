"""The four multi-turn chats of bench/out/unseen_chat_first_run.txt, turn by turn, offline.

Usage: PYTHONPATH=$PWD PROFILEBOT_DATA_DIR=/tmp/pb-conv .venv/bin/python bench/conversations.py

The questions were reconstructed from that transcript (it kept the answers, not the input)
and the issue's notes. Each turn prints the question, the answer's first line and the
papers it cites, so that two runs (before and after a change) can be set side by side.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.app import build_assistant  # noqa: E402
from bot.settings import Settings  # noqa: E402
from prompts.answer.memory import Conversation  # noqa: E402

CHATS = [
    [
        "what has he published on knowledge distillation?",
        "tell me more about the second one",
        "who wrote it?",
        "does it have code?",
        "compare it with the first one",
        "which of those are from 2021?",
    ],
    [
        "what did he publish in 2022?",
        "which of those have code?",
        "tell me about it",
        "what about 2023?",
        "which of those are computer vision?",
        "compare those two",
    ],
    [
        "is he working on video understanding?",
        "which of those are from 2025?",
        "tell me about the first one",
        "what benchmark did they build for it?",
        "and the last one?",
        "which of those two has code?",
    ],
    [
        "papers from 2023",
        "which of those are CV?",
        "compare those two",
        "tell me about the second one",
        "what about 2024?",
    ],
]


def main() -> None:
    bot = build_assistant(Settings(), offline=True)
    for i, chat in enumerate(CHATS, 1):
        print(f"## conversation {i}")
        conversation = Conversation()
        for question in chat:
            answer = bot.ask(question, conversation)
            first = answer.text.splitlines()[0] if answer.text else ""
            cites = "; ".join(c.title.split(":")[0] for c in answer.citations)
            print(f"> {question}\n  {first[:150]}\n  cites: {cites or '-'}")


if __name__ == "__main__":
    main()
