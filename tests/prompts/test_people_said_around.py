"""Questions about people as a program chair or an editor asks them: what the answer is for
said after the question as the asker's own errand (', to avoid a conflict of interest') or
before it without a pause ('For a COI check could you ...'); someone said not to be the one
meant ('Not Ben Chen: ...', '(not Ben Chen, who ...)') rather than left out; two asks in one
('which papers list X, and is X first author on any?'); a paper called by its title's
initials. Each behaviour is a family of phrasings over the bundled profile (Minghui Qiu) in
words of no eval set, with controls that must keep their other reading."""

from __future__ import annotations

import pytest

from prompts.assistant import Assistant
from retrieval.people import papers_with


@pytest.fixture(scope="module")
def bot(bundled_assistant: Assistant) -> Assistant:
    return bundled_assistant


def _cited(bot: Assistant, question: str) -> set[str]:
    answer = bot.ask(question)
    assert not answer.abstained, (question, answer.text[:300])
    return {c.paper_id for c in answer.citations}


def _ids_with(bot: Assistant, name: str) -> set[str]:
    return {p.id for p in papers_with(bot.profile.papers, [name])}


# The asker's errand said after or before the question: the same papers as asked plainly.
@pytest.mark.parametrize(
    "question",
    [
        "Which papers did he write with Taolin Zhang, to avoid a conflict of interest?",
        "taolin zhang co-authored papers? so I can rule out reviewers",
        "Which of Qiu's papers list Taolin Zhang - just to check the COI box?",
        "For a COI check could you list the papers she shares with Taolin Zhang?",
        "For our committee's conflict check I'm curious which of their papers have Taolin Zhang.",
        "papers with taolin zhang, in order to flag conflicts",
    ],
)
def test_the_askers_errand_is_no_topic(bot: Assistant, question: str) -> None:
    want = _ids_with(bot, "Taolin Zhang")
    assert len(want) >= 2
    assert _cited(bot, question) == want


@pytest.mark.parametrize(
    "question",
    [
        "For a conflict-of-interest check I'm curious whether Haojie Pan has written with her.",
        "Has Haojie Pan written with him? Asking to avoid a conflict.",
        "has haojie pan coauthored with qiu, so I can decide on the panel?",
    ],
)
def test_an_errand_around_a_yes_no_keeps_the_yes(bot: Assistant, question: str) -> None:
    answer = bot.ask(question)
    assert answer.text.startswith("Yes"), (question, answer.text[:300])
    assert {c.paper_id for c in answer.citations} == _ids_with(bot, "Haojie Pan")


@pytest.mark.parametrize(
    "question",
    [
        "Which papers use retrieval, to avoid hallucination?",
        "which of his papers rely on distillation, to make models smaller?",
    ],
)
def test_a_purpose_that_is_a_subject_stays_the_topic(bot: Assistant, question: str) -> None:
    """', to avoid hallucination' says what the papers are about: no errand of the asker."""
    plain = question.split(",")[0] + "?"
    assert _cited(bot, question) != _cited(bot, plain) or not _cited(bot, plain)


# Someone said not to be the one meant: no filter, and no paper named in what says so.
@pytest.mark.parametrize(
    "question",
    [
        "Not Ben Chen: which papers list Zhenghao Chen?",
        "which papers have zhenghao chen on them (not ben chen)?",
        "How many of her papers list Zhenghao Chen (I don't mean Ben Chen)?",
        "Papers co-written with Zhenghao Chen (not Ben Chen, who is on FashionBERT)?",
        "Not Ben Chen or Chen Qu - which of their papers list Zhenghao Chen?",
        "Zhenghao Chen, not to be confused with Ben Chen: which of Qiu's papers list him?",
    ],
)
def test_someone_not_meant_is_no_filter(bot: Assistant, question: str) -> None:
    assert _cited(bot, question) == _ids_with(bot, "Zhenghao Chen")


@pytest.mark.parametrize(
    "question",
    [
        "Which papers list Cen Chen but not Chen Qu?",
        "papers with Cen Chen, not Chen Qu?",
        "Which of her papers include Cen Chen (not with Chen Qu)?",
        "cen chen papers without chen qu",
    ],
)
def test_someone_left_out_is_still_a_filter(bot: Assistant, question: str) -> None:
    want = _ids_with(bot, "Cen Chen") - _ids_with(bot, "Chen Qu")
    assert want and want != _ids_with(bot, "Cen Chen")
    assert _cited(bot, question) == want


# Two asks in one: the papers listing someone, and whether they lead any.
@pytest.mark.parametrize(
    "question",
    [
        "Which papers include Cen Chen, and is Cen Chen the first author of any?",
        "papers with cen chen + is she first author on any of them? and was she listed first anywhere",
        "Which of Qiu's papers list Cen Chen, and does Cen Chen lead any of them?",
        "List the papers that name Cen Chen, and is Cen Chen ever the lead author?",
    ],
)
def test_two_asks_about_one_person_get_both(bot: Assistant, question: str) -> None:
    answer = bot.ask(question)
    assert {c.paper_id for c in answer.citations} == _ids_with(bot, "Cen Chen"), answer.text
    assert "first author of 1" in answer.text, answer.text


def test_one_ask_about_a_role_lists_only_that_role(bot: Assistant) -> None:
    answer = bot.ask("On which papers is Cen Chen the first author?")
    led = {p.id for p in bot.profile.papers if p.authors and p.authors[0] == "Cen Chen"}
    assert {c.paper_id for c in answer.citations} == led


# A paper called by the initials of its title's leading words.
@pytest.mark.parametrize(
    "question",
    [
        "What does MLADAN do?",
        "what is the mladan paper about",
        "Summarise MLADAN for me.",
        "I'm curious what problem the MLADAN network tackles.",
    ],
)
def test_a_paper_called_by_its_titles_initials(bot: Assistant, question: str) -> None:
    paper = next(p for p in bot.profile.papers if p.title.startswith("Meta-Learning Adversarial"))
    assert _cited(bot, question) == {paper.id}


@pytest.mark.parametrize("question", ["Meta-SN vs MLADAN?", "compare mladan and meta-sn"])
def test_initials_pair_with_another_name(bot: Assistant, question: str) -> None:
    wanted = {
        p.id
        for p in bot.profile.papers
        if p.title.startswith(("Meta-Learning Adversarial", "Meta-Learning Siamese"))
    }
    assert _cited(bot, question) == wanted
