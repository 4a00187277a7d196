"""Named papers and people as new users type them, on the bundled profile: a paper's name
typed apart with a slip, who is asking typed with a slip, co-writing in other words, two
metadata details in one breath, and a detail of a named paper quoted from the sentence that
states it. Each behaviour is a family of phrasings that must agree."""

from __future__ import annotations

import pytest

from prompts.answer.memory import Conversation
from prompts.assistant import Assistant
from retrieval.model import Paper, category_label
from retrieval.people import coauthors, papers_with


def titled(bot: Assistant, start: str) -> Paper:
    return next(p for p in bot.profile.papers if p.title.startswith(start))


@pytest.mark.parametrize(
    "question",
    [
        "span prato - when did it come out?",
        "when was spann proto published",
        "Span Protto release date?",
        "I'm curious when span protto was released.",
        "what year is the spam proto paper from",
    ],
)
def test_a_name_typed_apart_with_a_slip_is_the_paper(bot: Assistant, question: str) -> None:
    answer = bot.ask(question)
    assert [c.title[:9] for c in answer.citations] == ["SpanProto"], answer.text
    assert "2022" in answer.text.split("\n")[0], answer.text


@pytest.mark.parametrize(
    "question", ["kaleido bret authors?", "who wrote kaleido bertt?", "Kaleido Brt - who made it"]
)
def test_a_hyphenated_name_typed_apart_with_a_slip_is_the_paper(
    bot: Assistant, question: str
) -> None:
    answer = bot.ask(question)
    assert [c.title[:12] for c in answer.citations] == ["Kaleido-BERT"], answer.text
    assert titled(bot, "Kaleido-BERT").authors[0] in answer.text


@pytest.mark.parametrize(
    "question", ["has she worked on spam detection?", "any papers on spam protection?"]
)
def test_words_near_a_name_are_no_paper(bot: Assistant, question: str) -> None:
    query, _ = bot.understand(question)
    assert query.paper_ids == [], question


KD = [
    "im a phd aplicant - what has she published on knowledge distillation?",
    "Im a journalst: what has he done on knowledge distillation?",
    "As a hirng manager, what have they done on knowledge distillation?",
    "I'm a prospectve student; what has Minghui Qiu done on knowledge distillation?",
    "i am a recruter and I want to know what Qiu did on knowledge distillation",
]


@pytest.mark.parametrize("question", KD)
def test_who_is_asking_typed_with_a_slip_is_no_topic(bot: Assistant, question: str) -> None:
    query, _ = bot.understand(question)
    assert (query.topic or "").casefold() == "knowledge distillation", question
    answers = {tuple(sorted(c.paper_id for c in bot.ask(q).citations)) for q in (question, KD[0])}
    assert len(answers) == 1, question


@pytest.mark.parametrize(
    "question",
    [
        "I'm not a scientist. Could you explain what kind of work she does?",
        "im not an expert - what does Qiu work on, roughly?",
        "I am not a reseacher, so what kind of research does he do?",
        "We're not specialists: what are their main research themes?",
    ],
)
def test_an_asker_who_is_not_an_expert_is_no_premise(bot: Assistant, question: str) -> None:
    answer = bot.ask(question)
    assert not answer.text.startswith("That premise"), answer.text
    assert "main themes" in answer.text.split("\n")[0], answer.text


@pytest.mark.parametrize(
    "question",
    [
        "what did she co-write with Jun Huang?",
        "papers Qiu cowrote with Jun Huang",
        "Has he co-written anything with Jun Huang?",
        "I'm curious what they co-wrote with jun huang.",
        "list what Minghui Qiu has co-written alongside Jun Huang",
    ],
)
def test_co_writing_in_other_words_lists_the_joint_papers(bot: Assistant, question: str) -> None:
    answer = bot.ask(question)
    joint = {p.id for p in papers_with(bot.profile.papers, ["Jun Huang"])}
    assert joint and {c.paper_id for c in answer.citations} == joint, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "who appears most often alongside her?",
        "who shows up alongside Minghui Qiu most often?",
        "which person is most often alongside them on papers?",
        "who does he publish alongside most often?",
    ],
)
def test_who_appears_alongside_the_owner_ranks_co_authors(bot: Assistant, question: str) -> None:
    answer = bot.ask(question)
    top = coauthors(bot.profile.papers, bot.profile.name)[0].name
    assert top in "\n".join(answer.text.split("\n")[:2]), answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Which category and year is the HRKD paper in?",
        "what year and category is HRKD?",
        "HRKD: what category, and which year?",
        "when did HRKD come out and what category is it filed under?",
        "I'm curious about HRKD's year and arXiv category.",
    ],
)
def test_two_metadata_details_in_one_breath_are_both_given(bot: Assistant, question: str) -> None:
    answer = bot.ask(question)
    hrkd = titled(bot, "HRKD")
    assert str(hrkd.year) in answer.text and category_label(hrkd.category) in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Where is EasyTransfer deployed?",
        "is easytransfer actually used in production anywhere?",
        "What real-world use of EasyTransfer does the paper report?",
        "I'm curious whether EasyTransfer is deployed in industry.",
        "who uses easy transfer in practice?",
    ],
)
def test_where_a_named_system_is_used_quotes_the_deployment(bot: Assistant, question: str) -> None:
    answer = bot.ask(question)
    assert [c.title[:12] for c in answer.citations] == ["EasyTransfer"], answer.text
    assert "deployed at Alibaba" in answer.text.split("\n")[0], answer.text


@pytest.mark.parametrize(
    "question",
    [
        "how much faster is EasyTransfer?",
        "easytransfer speedup?",
        "How fast is EasyTransfer's training compared to the community version?",
        "I'm curious how much EasyTransfer speeds up training.",
    ],
)
def test_how_much_faster_quotes_the_speed_up(bot: Assistant, question: str) -> None:
    answer = bot.ask(question)
    assert "4.0x faster" in answer.text.split("\n")[0], answer.text


@pytest.mark.parametrize(
    "question",
    [
        "For a funding panel: what does she mainly work on?",
        "for my thesis committee, what are Qiu's main research areas?",
        "For an interview I'm preparing - what is his research about overall?",
        "For the hiring committee: summarise their research.",
    ],
)
def test_what_the_answer_is_for_is_no_topic(bot: Assistant, question: str) -> None:
    answer = bot.ask(question)
    assert "main themes" in answer.text.split("\n")[0], answer.text


def shift(bot: Assistant, question: str) -> str:
    return bot.ask(question).text.split("\n")[0]


@pytest.mark.parametrize(
    "question",
    [
        "Has her research direction moved over time, and toward what?",
        "has Minghui Qiu's focus shifted over the years, and towards which area?",
        "For a grant panel: how did this researcher's topics change over time?",
        "i'm curious whether their research has drifted toward something new over time",
    ],
)
def test_where_the_research_moved_is_the_shift(bot: Assistant, question: str) -> None:
    assert shift(bot, question) == shift(bot, "how has her research changed over the years?")
    assert "moved from" in shift(bot, question)


@pytest.mark.parametrize(
    "question",
    [
        "what are their newest research topics?",
        "What are Minghui Qiu's latest research themes?",
        "his most recent research areas?",
        "I'm curious what her current research interests are.",
    ],
)
def test_the_newest_topics_are_the_recent_themes(bot: Assistant, question: str) -> None:
    answer = bot.ask(question)
    recent = bot.ask("what is she working on lately?")
    assert answer.text.split("\n")[0] == recent.text.split("\n")[0], answer.text
    assert {c.paper_id for c in answer.citations} == {c.paper_id for c in recent.citations}


@pytest.mark.parametrize(
    "follow_up",
    [
        "same for 2023 pls",
        "the same for 2023?",
        "same question but for 2023",
        "ok, do the same for 2023",
        "now the same thing in 2023",
    ],
)
def test_the_same_for_another_year_asks_again(bot: Assistant, follow_up: str) -> None:
    conversation = Conversation()
    bot.ask("list her 2022 papers", conversation)
    again = bot.ask(follow_up, conversation)
    fresh = bot.ask("list her 2023 papers")
    assert {c.paper_id for c in again.citations} == {c.paper_id for c in fresh.citations}
    assert again.citations, again.text


@pytest.mark.parametrize(
    "question",
    [
        "what are her citation metrics?",
        "Qiu's citation stats?",
        "For a tenure committee: what are their citation numbers?",
        "I'm curious about his bibliometrics.",
    ],
)
def test_citation_metrics_are_the_header_numbers(bot: Assistant, question: str) -> None:
    answer = bot.ask(question)
    citations = bot.profile.citations or 0
    assert f"h-index {bot.profile.h_index}" in answer.text, answer.text
    assert str(citations) in answer.text or f"{citations:,}" in answer.text, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "I'm preparing a lecture on knowledge distillation - which of her papers could I assign?",
        "I'm building a course on knowledge distillation - which of his papers fit?",
        "we are writing a survey on knowledge distillation - which of their papers should we cite?",
    ],
)
def test_a_clause_that_names_the_subject_keeps_it(bot: Assistant, question: str) -> None:
    cited = {c.title[:5] for c in bot.ask(question).citations}
    assert {"HRKD:", "Meta-"} <= cited, question


@pytest.fixture(scope="module")
def bot(bundled_assistant: Assistant) -> Assistant:
    return bundled_assistant
