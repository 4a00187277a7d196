"""A topic's stated phrase ('instruction tuning' of 'instruction tuning for summarization') is
looked for in at most STATED_READ of the papers naming its words, the newest first: in a
profile where many papers state it, a question lists papers stating it, and the papers checked
for it do not grow with the profile (issue 12: every one was read, ~1,300 at 10k papers)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

import pytest

from prompts import assistant as assistant_module
from prompts.assistant import Assistant
from retrieval.model import Paper
from tests.prompts import synthetic

STATING = 40  # papers whose abstract states the phrase; the search finds at most LIST_K
DOMAINS = ["news", "legal", "medical", "patent", "meeting", "dialogue", "email", "review"]


def profile_text() -> str:
    papers = []
    for i in range(STATING):
        domain = DOMAINS[i % len(DOMAINS)]
        title = f"Model{i}: Shorter {domain.title()} Digests, Version {i}"
        abstract = (
            f"We apply instruction tuning to summarization of {domain} documents "
            f"(setting {i}) and report faithfulness gains."
        )
        papers.append((title, abstract))
    return synthetic.profile_text(papers, "CL", others=30, kinds=3)


@pytest.fixture(scope="module")
def bot(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return synthetic.opened(tmp_path_factory.mktemp("stated"), profile_text())


QUESTIONS = [
    "Which papers use instruction tuning for summarization?",
    "any work applying instruction tuning to summarization?",
    "wich papers apply instruction tuning for summarization",
    "I'm curious which of their papers use instruction tuning for summarization.",
    "Could you list Ada Example's work on instruction tuning for summarization?",
    "Has she published on instruction tuning for summarization? which papers",
]


@pytest.mark.parametrize("question", QUESTIONS)
def test_papers_stating_the_phrase_are_listed_and_few_are_checked(
    bot: Assistant, question: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(assistant_module, "STATED_READ", 8)
    read: list[int] = []  # per phrase looked for: how many papers it may read
    mentions = assistant_module.mentions

    def counted(*args: Any) -> dict[str, str]:
        if len(args) > 4 and args[4] is not None:  # the stated phrases' reading
            n, order = args[4]

            def ordered(papers: Sequence[Paper]) -> Sequence[Paper]:
                chosen = order(papers)
                read.append(len(chosen))
                return chosen

            args = (*args[:4], (n, ordered), *args[5:])
        return mentions(*args)

    monkeypatch.setattr(assistant_module, "mentions", counted)
    answer = bot.ask(question)
    cited = [c.title for c in answer.citations]
    assert len(cited) >= 10, answer.text
    assert all(re.match(r"Model\d+:", t) for t in cited), answer.text  # none of the other subjects
    assert read, "the stated phrase was looked for"
    # before: every paper naming its words, the 40 stating it
    assert max(read) <= 8, read


def test_a_profile_under_the_bound_reads_every_paper_naming_the_phrase(
    bot: Assistant, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The bound changes nothing where fewer papers name the phrase than it allows."""
    question = QUESTIONS[0]
    monkeypatch.setattr(assistant_module, "STATED_READ", STATING + 10)
    whole = bot.ask(question)
    monkeypatch.setattr(assistant_module, "STATED_READ", 10_000)
    assert bot.ask(question).text == whole.text
