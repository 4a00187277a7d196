"""A synthetic profile in the text format, for tests that need more papers on one subject than
an answer lists: the papers given, then others on unrelated subjects (so that the subject's
words are no background words), and an Assistant opened on it after its first open."""

from __future__ import annotations

from pathlib import Path

from bot.app import build_assistant
from prompts.assistant import Assistant
from tests.conftest import make_settings

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
OTHERS = [
    ("RainNet{i}: Forecasting Rainfall from Radar, Region {i}", "forecasts rainfall"),
    ("GraspBot{i}: Robot Grasping of Household Objects, Setup {i}", "grasps objects"),
    ("FoldIt{i}: Protein Structure Prediction, Family {i}", "predicts protein folds"),
]


def profile_text(papers: list[tuple[str, str]], category: str, others: int, kinds: int) -> str:
    """`papers` (title, abstract), then `others` papers of each of the first `kinds` OTHERS,
    dated in turn over 2000-2025, by Ada Example, in `category`."""
    papers = list(papers)
    for i in range(others):
        for title, said in OTHERS[:kinds]:
            name = title.format(i=i).split(":")[0]
            papers.append((title.format(i=i), f"{name} {said} in case {i} with new data."))
    items = [
        f"{category}{MONTHS[i % 12]} {1 + i % 27}, {2000 + i % 26}\n{title}\n\nAda Example, Bo Li\n\n"
        f"{abstract}\n"
        for i, (title, abstract) in enumerate(papers)
    ]
    head = (
        f"Ada Example\n\n{category}\nh-index3\n{len(papers)}papers\n10citations\nNovelty40%\n"
        f"AI Score55\n\n{len(papers)} Papers\n\n"
    )
    return head + "\n".join(items)


def opened(root: Path, text: str) -> Assistant:
    """An Assistant on the profile `text`, opened a second time: the first open after the
    ingest writes the papers' file, as a deployment's later opens read it."""
    path = root / "ada.txt"
    path.write_text(text, encoding="utf-8")
    settings = make_settings(root / "data", path)
    build_assistant(settings)
    return build_assistant(settings)
