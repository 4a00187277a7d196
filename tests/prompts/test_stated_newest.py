"""A topic's stated phrases read the newest STATED_READ papers naming them: the keyword index
hands over only those papers, in date order (issue 12, topic p95 at 100k: a phrase's words are
in ~10,000 papers there), and the answer is what it was when every paper naming the phrase was
handed over and ordered after."""

from __future__ import annotations

import pytest

from prompts import assistant as assistant_module
from prompts.assistant import Assistant
from retrieval.index.keyword import Found, KeywordIndex
from tests.prompts import synthetic
from tests.prompts.test_stated_bounded import profile_text

READ = 8  # STATED_READ for these tests: fewer than the STATING papers stating the phrase


@pytest.fixture(scope="module")
def bot(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return synthetic.opened(tmp_path_factory.mktemp("newest"), profile_text())


QUESTIONS = [
    "What work uses instruction tuning for summarization?",
    "papers on instruction tunning for summarisation pls",  # typos, lower case
    "I'm curious whether Ada Example has applied instruction tuning to summarization.",
    "Which of Example's papers tune instructions for summarization?",
    "Did they do anything on summarization with instruction tuning?",
]


def said(bot: Assistant, question: str) -> tuple[str, list[str]]:
    answer = bot.ask(question)
    return answer.text, [c.paper_id for c in answer.citations]


@pytest.mark.parametrize("question", QUESTIONS)
def test_stated_phrases_take_only_the_newest_papers_from_the_keyword_index(
    bot: Assistant, question: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(assistant_module, "STATED_READ", READ)
    handed: list[int] = []
    real = KeywordIndex._papers

    def counted(self: KeywordIndex, query: object, *rest: object) -> Found:
        got = real(self, query, *rest)  # type: ignore[arg-type]
        handed.append(len(got))
        return got

    monkeypatch.setattr(KeywordIndex, "_papers", counted)
    text, cited = said(bot, question)
    assert cited, text
    assert handed and max(handed) <= READ, handed  # was: all the papers naming it (40)
    monkeypatch.setattr(KeywordIndex, "_papers", real)
    monkeypatch.setattr(KeywordIndex, "_newest", lambda *args: None)
    assert said(bot, question) == (text, cited)  # every paper handed over: the same answer
