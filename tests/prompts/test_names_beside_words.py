"""A paper's name said beside other words: after an owner's possessive ("Qiu's MMLongCite
benchmark"), with the kind of thing it is and a code question ("has the benchmark got released
code?": the code is asked, not the benchmark), as where a model is presented ("the model
presented in KEML": what the paper holds, not a venue). And themes asked of a period with no
paper: none match, never "the profile lists no papers" nor the whole profile's themes. Each a
family of phrasings over the bundled profile, with controls that keep the other reading."""

from __future__ import annotations

import pytest

from prompts.assistant import Assistant


@pytest.fixture(scope="module")
def bot(bundled_assistant: Assistant) -> Assistant:
    return bundled_assistant


def _paper(bot: Assistant, name: str) -> str:
    return next(p.id for p in bot.profile.papers if p.title.startswith(name))


# MMLongCite has no code flag: every phrasing says No and cites it.
@pytest.mark.parametrize(
    "question",
    [
        "Has Qiu's MMLongCite benchmark got released code?",
        "is there code released for minghui qiu's mmlongcite benchmark",
        "Did they put out code for the MMLongCite benchmark?",
        "has her MMLongCite benchmark got a public repo?",
        "I'm curious whether Qiu's MMLongCite benchmark came with released code.",
        "Has their MMLongCite benchmark got no released code?",
    ],
)
def test_code_of_a_named_benchmark_is_the_code_flag(bot: Assistant, question: str) -> None:
    answer = bot.ask(question)
    assert answer.text.startswith("No"), (question, answer.text[:300])
    assert "code" in answer.text.split(".")[0], (question, answer.text[:300])
    assert {c.paper_id for c in answer.citations} == {_paper(bot, "MMLongCite")}


def test_a_benchmark_asked_as_released_is_still_the_benchmark(bot: Assistant) -> None:
    answer = bot.ask("Did they release the MMLongCite benchmark?")
    assert answer.text.startswith("Yes"), answer.text[:300]
    assert "we introduce MMLongCite" in answer.text


# What a paper presents is its content, not a venue: KEML presents LKB-BERT.
@pytest.mark.parametrize(
    "question",
    [
        "Which model is presented in KEML for learning concept representations?",
        "what model is presented in the keml paper",
        "Which representation model is presented in Minghui Qiu's KEML?",
        "I'm curious which model is presented in their KEML work.",
        "What are the models presented in KEML, not the baselines?",
    ],
)
def test_what_a_paper_presents_is_read_from_it(bot: Assistant, question: str) -> None:
    answer = bot.ask(question)
    assert not answer.abstained, (question, answer.text[:300])
    assert "LKB-BERT" in answer.text, (question, answer.text[:300])
    assert "venue" not in answer.text


@pytest.mark.parametrize(
    "question", ["Was KEML presented at a conference?", "where was keml presented?"]
)
def test_where_a_paper_was_presented_is_a_venue(bot: Assistant, question: str) -> None:
    assert "venue" in bot.ask(question).text


# No paper in the period asked: says none match it, with no themes of other years.
@pytest.mark.parametrize(
    "question",
    [
        "What were her research themes in 2019?",
        "main research areas back in 2018?",
        "what was qiu workin on during 2017, broadly?",
        "My cousin wants to know what Minghui Qiu's research focused on in 2019.",
        "Summarise their research directions before 2020.",
    ],
)
def test_themes_of_a_period_with_no_paper_say_none_match(bot: Assistant, question: str) -> None:
    answer = bot.ask(question)
    assert "none" in answer.text.casefold()[:80], (question, answer.text[:300])
    assert "lists no papers" not in answer.text
    assert "main theme" not in answer.text
    assert not answer.citations


# A belief said before 'but' and the question that tests it: the question's papers.
@pytest.mark.parametrize(
    "question",
    [
        "My boss assumed she never did vision work before 2023, but I'd like to know if there "
        "are CV papers from 2021.",
        "i thought qiu was purely nlp back then, but which cv papers came out in 2021?",
        "We had always believed the vision papers came later; but did he publish any CV papers "
        "in 2021?",
        "People were told Minghui Qiu only moved to vision in 2023, but list the CV papers of "
        "2021 please.",
        "I'd heard their computer vision work began recently, but I'm curious whether any 2021 "
        "papers are CV.",
    ],
)
def test_a_belief_before_but_leaves_the_question(bot: Assistant, question: str) -> None:
    plain = {c.paper_id for c in bot.ask("Which of her CV papers are from 2021?").citations}
    answer = bot.ask(question)
    assert plain, "the bundled profile has a CV paper from 2021"
    assert {c.paper_id for c in answer.citations} == plain, (question, answer.text[:300])


def test_a_belief_the_question_points_into_stays(bot: Assistant) -> None:
    answer = bot.ask("I assumed KEML classifies images, but what does it classify?")
    assert {c.paper_id for c in answer.citations} == {_paper(bot, "KEML")}, answer.text[:300]


# A paper 'landing' on a named day of the year, asked with trivia said first.
@pytest.mark.parametrize(
    "question",
    [
        "Just for a bit of trivia, did one of her papers land on New Year's Eve?",
        "any paper of qiu's landed on new years eve?",
        "As a fun fact: did a Minghui Qiu paper come out on New Year's Eve?",
        "For trivia, did they publish anything on New Year's Eve?",
        "I'm curious whether any of his papers landed on New Year's Eve.",
        "Didn't one of her papers land on New Year's Eve?",
    ],
)
def test_a_paper_landing_on_a_named_day(bot: Assistant, question: str) -> None:
    answer = bot.ask(question)
    assert answer.text.startswith("Yes"), (question, answer.text[:300])
    assert {c.paper_id for c in answer.citations} == {_paper(bot, "Beyond the Last Frame")}


# Papers 'presented' or 'accepted' at a venue: the profile records no venue, and says so
# rather than listing papers whose abstracts say 'we present'.
@pytest.mark.parametrize(
    "question",
    [
        "Which of her papers were presented at conferences?",
        "which of qiu's papers got accepted at a conference",
        "Which of Minghui Qiu's works were presented in journals?",
        "I'm curious which of their papers appeared at workshops.",
        "Which papers of his were not presented at any conference?",
    ],
)
def test_papers_presented_at_venues_say_no_venue_is_recorded(bot: Assistant, question: str) -> None:
    answer = bot.ask(question)
    assert "records no venue" in answer.text, (question, answer.text[:300])


# A yes/no whose dates, category or code match no paper: a plain No from the metadata (no
# CV paper is from 2024), an answer, never a decline.
@pytest.mark.parametrize(
    "question",
    [
        "Is there a single computer-vision paper of hers from 2024?",
        "is there any single CV paper of theirs dated 2024?",
        "Isn't there a single computer vision paper of his in 2024?",
        "Is there even one CV paper of Minghui Qiu's from 2024?",
        "I'm curious whether there is a single computer vision paper of Qiu's from 2024.",
    ],
)
def test_a_yes_no_no_paper_matches_is_answered_no(bot: Assistant, question: str) -> None:
    answer = bot.ask(question)
    assert answer.text.startswith("No"), (question, answer.text[:300])
    assert not answer.abstained, (question, answer.text[:300])


# Who leads a paper, then what else that person leads: the other papers they first-author.
@pytest.mark.parametrize(
    "question",
    [
        "Who is the first author of SpanProto, and what else do they lead?",
        "who first-authored spanproto - any other papers that person leads?",
        "SpanProto's lead author: which other papers is she first author on?",
        "I'm curious who leads the SpanProto paper and which other papers they lead.",
        "Who is SpanProto's first author, and what other papers has he first-authored?",
    ],
)
def test_the_lead_author_then_what_else_they_lead(bot: Assistant, question: str) -> None:
    answer = bot.ask(question)
    led = {p.id for p in bot.profile.papers if p.authors and p.authors[0] == "Jianing Wang"}
    assert len(led) > 1, "Jianing Wang leads SpanProto and other papers in the bundled profile"
    assert "Jianing Wang" in answer.text, (question, answer.text[:300])
    assert {c.paper_id for c in answer.citations} == led, (question, answer.text[:400])


def test_the_lead_author_alone_names_one_paper(bot: Assistant) -> None:
    answer = bot.ask("Who is the first author of SpanProto?")
    assert {c.paper_id for c in answer.citations} == {_paper(bot, "SpanProto")}


def test_a_lead_author_with_no_other_paper_says_so(bot: Assistant) -> None:
    answer = bot.ask("Who is HRKD's first author, and which other papers do they lead?")
    assert "no other listed paper" in answer.text, answer.text[:300]
