"""A count on a topic finds the sentence naming the topic only for the papers its answer cites
(issue 12: at 100k papers a count counts hundreds and lists at most MAX_LISTED); what the
answer says and cites is what it was when every counted paper's sentence was cut at once."""

from __future__ import annotations

import re

import pytest

from bot.app import build_assistant
from prompts.answer.wording import MAX_LISTED
from prompts.assistant import Assistant
from retrieval import names
from tests.conftest import make_settings

NAMING = 60  # papers whose abstract names the topic: more than an answer lists
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def profile_text() -> str:
    papers = []
    for i in range(NAMING):
        title = f"Graphix{i}: Learning on Molecules and Citations, Variant {i}"
        abstract = (
            f"Variant {i} studies message passing. We train graph neural networks (GNNs) on setting "
            f"{i}. Results improve over baselines."
        )
        papers.append((title, abstract))
    others = [
        ("RainNet{i}: Forecasting Rainfall from Radar, Region {i}", "forecasts rainfall"),
        ("GraspBot{i}: Robot Grasping of Household Objects, Setup {i}", "grasps objects"),
    ]
    for i in range(25):
        for title, said in others:
            name = title.format(i=i).split(":")[0]
            papers.append((title.format(i=i), f"{name} {said} in case {i} with new data."))
    items = [
        f"LG{MONTHS[i % 12]} {1 + i % 27}, {2000 + i % 26}\n{title}\n\nAda Example, Bo Li\n\n"
        f"{abstract}\n"
        for i, (title, abstract) in enumerate(papers)
    ]
    head = (
        "Ada Example\n\nLG\nh-index3\n110papers\n10citations\nNovelty40%\nAI Score55\n\n"
        "110 Papers\n\n"
    )
    return head + "\n".join(items)


@pytest.fixture(scope="module")
def bot(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    root = tmp_path_factory.mktemp("counted")
    path = root / "ada.txt"
    path.write_text(profile_text(), encoding="utf-8")
    settings = make_settings(root / "data", path)
    build_assistant(settings)  # the first open after the ingest writes the papers' file
    return build_assistant(settings)


QUESTIONS = [
    "How many papers on graph neural networks?",
    "how many paper has she writen about graph neural networks",  # a typo, lower case
    "Count Ada Example's papers on graph neural networks.",
    "I'm curious how many of their papers are about graph neural networks.",
    "Number of graph neural network papers since 2001?",
    "How many GNN papers did Example publish?",
]


def ask(bot: Assistant, question: str) -> tuple[str, list[tuple[str, list[str]]]]:
    answer = bot.ask(question)
    return answer.text, [(c.paper_id, c.evidence) for c in answer.citations]


@pytest.mark.parametrize("question", QUESTIONS)
def test_a_count_cuts_sentences_only_for_the_papers_it_cites(
    bot: Assistant, question: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    cut: list[int] = []
    real = names._sentence_at

    def counted(text: str, at: int) -> str:
        cut.append(at)
        return real(text, at)

    monkeypatch.setattr(names, "_sentence_at", counted)
    text, cited = ask(bot, question)
    number = re.match(r"(\d+) ", text)
    assert number and int(number[1]) >= NAMING - 5, text  # most of them counted
    assert MAX_LISTED >= len(cited) > 0
    assert len(cut) <= len(cited) < int(number[1])  # was one per counted paper
    shown = [e for _, evidence in cited for e in evidence]
    assert any("graph neural networks" in e for e in shown)

    def eager(self: names.Said, paper_id: str, text: str, start: int) -> None:
        self[paper_id] = real(text, start)

    monkeypatch.setattr(names.Said, "at", eager)
    assert ask(bot, question) == (text, cited)
