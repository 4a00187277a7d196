"""A count on a topic finds the sentence naming the topic only for the papers its answer cites
(issue 12: at 100k papers a count counts hundreds and lists at most MAX_LISTED); what the
answer says and cites is what it was when every counted paper's sentence was cut at once."""

from __future__ import annotations

import re

import pytest

from prompts.answer.wording import MAX_LISTED
from prompts.assistant import Assistant
from retrieval import names
from tests.prompts import synthetic

NAMING = 60  # papers whose abstract names the topic: more than an answer lists


def profile_text() -> str:
    papers = []
    for i in range(NAMING):
        title = f"Graphix{i}: Learning on Molecules and Citations, Variant {i}"
        abstract = (
            f"Variant {i} studies message passing. We train graph neural networks (GNNs) on setting "
            f"{i}. Results improve over baselines."
        )
        papers.append((title, abstract))
    return synthetic.profile_text(papers, "LG", others=25, kinds=2)


@pytest.fixture(scope="module")
def bot(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return synthetic.opened(tmp_path_factory.mktemp("counted"), profile_text())


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
