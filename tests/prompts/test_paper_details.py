"""A detail asked of one named paper, in any phrasing, is answered by what holds it: the
code link, date or authors from the paper's metadata, the languages, data size or results
from the abstract sentence that states them. Families of phrasings on the bundled profile."""

from __future__ import annotations

import pytest

from prompts.answer.detail import details_asked
from prompts.answer.memory import Conversation
from prompts.answer.model import Answer
from prompts.assistant import Assistant
from prompts.understand.described import TitleIndex
from retrieval.names import NameIndex
from tests.prompts.test_assistant import assert_citations_consistent


def only_paper(answer: Answer, title_start: str) -> None:
    """One cited paper, the one asked about, and no list of papers."""
    assert [c.title[: len(title_start)] for c in answer.citations] == [title_start], answer.text
    assert "listed papers match" not in answer.text and "listed paper matches" not in answer.text
    assert_citations_consistent(answer)


@pytest.mark.parametrize(
    "question",
    [
        "meta-sn github?",
        "Where's the code for Meta-SN?",
        "link to the Meta-SN repo pls",
        "Could you point me to the Meta-SN implementation?",
        "Is Meta-SN open source?",
        "I'm curious whether they released code for Meta-SN.",
    ],
)
def test_a_code_question_leads_with_the_link(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    said = answer.text.removeprefix("Yes: ")
    assert said.startswith("Meta-SN's code is released at https://github.com/hccngu/Meta-SN")
    only_paper(answer, "Meta-Learning Siamese Network")


@pytest.mark.parametrize(
    "question",
    ["easytransfer repo?", "github link for easytransfer pls", "where is the EasyTransfer code"],
)
def test_a_name_typed_in_lower_case_is_the_paper(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert "https://github.com/alibaba/EasyTransfer" in answer.text.split("\n")[0]
    only_paper(answer, "EasyTransfer")


@pytest.mark.parametrize(
    "question",
    [
        "kecp github link?",
        "Where can I find the KECP code?",
        "Does KECP have a public repository?",
        "kecp repo pls",
    ],
)
def test_no_code_is_said_and_no_link_made_up(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    assert "marks no code for KECP" in answer.text and "http" not in answer.text
    only_paper(answer, "KECP")


@pytest.mark.parametrize(
    "question",
    [
        "when did rainseer come out",
        "RainSeer publication date?",
        "What year was RainSeer published?",
        "I'm curious when RainSeer appeared.",
        "rainseer - what year/month?",
        "When was the RainSeer paper released?",
    ],
)
def test_a_date_question_leads_with_the_date(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith("RainSeer was published on 2 October 2025 (2025-10-02) [1]")
    only_paper(answer, "RainSeer")


@pytest.mark.parametrize(
    "question",
    ["who wrote dkplm?", "DKPLM authors?", "Who are the authors of DKPLM?", "dkplm author list"],
)
def test_an_authors_question_names_them(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith("DKPLM was written by Taolin Zhang, Chengyu Wang, Nan Hu et al.")
    only_paper(answer, "DKPLM")


def test_two_details_are_answered_in_the_order_asked(bundled_assistant: Assistant) -> None:
    answer = bundled_assistant.ask("Who wrote Valley2 and when?")
    assert answer.text.startswith("Valley2 was written by Ziheng Wu")
    assert "Valley2 was published on 10 January 2025" in answer.text
    only_paper(answer, "Valley2")


@pytest.mark.parametrize(
    ("question", "stated"),
    [
        ("K-frames data size?", "200K video highlights"),
        ("how much data went into k-frames", "200K video highlights"),
        ("How big is the dataset they built for K-frames?", "200K video highlights"),
        ("GThinker data size pls", "GThinker-11K"),
        ("How much training data did GThinker use?", "GThinker-11K"),
        ("what data did they make for GThinker", "GThinker-11K"),
        ("which dataset did K-frames introduce?", "PeakClips"),
    ],
)
def test_a_data_question_quotes_the_sentence_naming_the_data(
    bundled_assistant: Assistant, question: str, stated: str
) -> None:
    answer = bundled_assistant.ask(question)
    first = answer.text.split("[1]")[0]
    assert stated in first, answer.text
    assert len(answer.citations) == 1 and any(stated in e for e in answer.citations[0].evidence)


@pytest.mark.parametrize(
    "question", ["GThinker results?", "how well does GThinker perform?", "gthinker accuracy"]
)
def test_a_results_question_quotes_a_result(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    first = answer.text.split("[1]")[0]
    assert "81.5%" in first or "2.1%" in first, answer.text
    only_paper(answer, "GThinker")


@pytest.mark.parametrize(
    "question", ["how multilingual is SpanProto?", "Which languages does SpanProto handle?"]
)
def test_a_detail_the_abstract_lacks_is_said_to_be_missing(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert "does not state which languages it covers" in answer.text
    only_paper(answer, "SpanProto")


@pytest.mark.parametrize(
    ("question", "kinds"),
    [
        ("hrkd github link?", ["code"]),
        ("Who wrote Valley2 and when?", ["authors", "date"]),
        ("spanproto date?", ["date"]),
        ("Which language model does KECP use?", []),  # a model, not languages
        ("how many product categories does MERIT cover?", []),  # counted in the abstract
        ("which arXiv category is MERIT in?", ["category"]),
        ("RetiZero data size pls", ["data_size"]),
        ("I'm curious how much data went into RetiZero", ["data_size"]),
        ("how multilingual is it", ["languages"]),
        ("Tell me about HRKD", []),
    ],
)
def test_the_kind_of_detail_asked(question: str, kinds: list[str]) -> None:
    assert details_asked(question) == kinds


def test_lower_case_names_are_cased_only_when_no_english_word(
    bundled_assistant: Assistant,
) -> None:
    papers = bundled_assistant.profile.papers
    titles = TitleIndex(papers, NameIndex(papers))
    known = frozenset({"merit", "valley", "cure"})
    said = titles.cased("hrkd, retizero, merit, valley, cure and pts", known)
    assert said == "HRKD, RetiZero, merit, valley, cure and pts"


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("was RainSeer published in 2025?", "Yes: RainSeer was published on 2 October 2025"),
        ("Did HRKD come out in 2021?", "Yes: HRKD was published on 16 October 2021"),
        ("was rainseer released in 2023?", "No: RainSeer was published on 2 October 2025"),
    ],
)
def test_a_yes_no_on_a_papers_year_leads_with_yes_or_no(
    bundled_assistant: Assistant, question: str, lead: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith(lead)
    assert len(answer.citations) == 1


@pytest.mark.parametrize(
    "question",
    [
        "was KECP at SIGIR or EMNLP?",
        "I'm curious where KECP was accepted.",
        "Which conference was HRKD presented at?",
        "is the valley paper peer reviewed?",
    ],
)
def test_a_papers_venue_is_declined_with_what_is_recorded(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.abstained and not answer.citations
    assert "records no venue" in answer.text


def test_a_code_question_on_a_paper_named_with_its_word_is_answered(
    bundled_assistant: Assistant,
) -> None:
    # 'repo' is in no paper: that is no reason to say the CURE paper is not about it
    answer = bundled_assistant.ask("what's the repo for their CURE paper?")
    assert answer.text.startswith("CURE's code is released at https://github.com/bytedance/CURE")
    only_paper(answer, "CURE")


@pytest.mark.parametrize(
    "question",
    [
        "What dataset did GThinker construct?",
        "did they build a dataset for GThinker?",
        "What datasets did GThinker build and how big are they?",
    ],
)
def test_data_made_and_named_by_its_size_is_found(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert "we construct GThinker-11K" in answer.text.split("[1]")[0]
    assert "names no dataset" not in answer.text
    only_paper(answer, "GThinker")


@pytest.mark.parametrize(
    "question", ["what was CURE tested on?", "Which benchmarks was CURE evaluated on?"]
)
def test_what_a_paper_was_tested_on(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    assert "Extensive experiments on Qwen-2.5-Math-7B" in answer.text.split("[1]")[0]
    only_paper(answer, "CURE")


@pytest.mark.parametrize(
    "question",
    [
        "What happens when images are replaced with captions in MERIT?",
        "Who benefits from EasyNLP?",
        "When applied to video, what does K-frames select?",
    ],
)
def test_when_and_who_inside_a_content_question_ask_no_date_or_authors(question: str) -> None:
    assert not {"date", "authors"} & set(details_asked(question))


@pytest.mark.parametrize(
    ("first", "then", "lead"),
    [
        ("Tell me about HRKD", "where's the code?", "HRKD's code is released at https://"),
        ("What is KECP?", "github link?", "The profile marks no code for KECP"),
        ("Summarize RainSeer", "date?", "RainSeer was published on 2 October 2025"),
    ],
)
def test_a_bare_detail_after_one_paper_asks_that_papers(
    bundled_assistant: Assistant, first: str, then: str, lead: str
) -> None:
    conversation = Conversation()
    bundled_assistant.ask(first, conversation)
    answer = bundled_assistant.ask(then, conversation)
    assert answer.text.startswith(lead), answer.text
    assert len(answer.citations) == 1


def test_a_detail_of_several_named_papers_is_given_for_each(bundled_assistant: Assistant) -> None:
    answer = bundled_assistant.ask("When were Valley and Valley2 published?")
    assert answer.text.split("\n") == [
        "Valley was published on 12 June 2023 (2023-06-12) [1].",
        "Valley2 was published on 10 January 2025 (2025-01-10) [2].",
    ]
    assert_citations_consistent(answer)
