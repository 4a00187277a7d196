"""Yes/no questions and false premises answered on their point.

- A negated question ("Isn't X ...?", "Didn't she ...?", "Hasn't Qiu ...?") asks whether the
  positive proposition holds: its Yes or No is that proposition's truth, never a Yes because
  the question's words matched a paper.
- A share claimed of the papers ('most', 'all', 'more than half') is checked against the exact
  count and answered with it and its denominator (a question built on it is corrected first).
- Kinds of contribution, or years, joined by 'and' are Yes only when every part holds; the
  answer says which part fails.
- A property claimed of a paper (where its data is from, real or synthetic data, a new method
  of its own) is No when a sentence of the paper states another value, with that sentence.
- A No to a co-author the listing has, in a window of dates, is an answer (not a decline).
- A period asked for by how many papers it had ('a month when she got five out') is checked
  against the tally.
"""

from __future__ import annotations

import re

import pytest

from prompts.answer.kinds import kinds_joined
from prompts.assistant import Assistant
from prompts.understand.amounts import claimed_share, share_lead
from prompts.understand.people import FIRST_AUTHOR
from prompts.understand.tagged import positive_question
from prompts.understand.terms import YES_NO

POSITIVE = [
    ("Isn't PTS trained on real photographs?", "Is PTS trained on real photographs?"),
    ("Didn't she publish with Chengyu Wang?", "Did she publish with Chengyu Wang?"),
    ("hasnt qiu written a survey?", "has qiu written a survey?"),
    ("Aren't most of his papers CV?", "Are most of his papers CV?"),
    ("Wasn't RainSeer evaluated on Japanese data?", "Was RainSeer evaluated on Japanese data?"),
    ("Does she not have a toolkit paper?", "Does she have a toolkit paper?"),
    ("Is it not true that he has a survey?", "Is it true that he has a survey?"),
    ("A reviewer asks: didn't he do video work?", "A reviewer asks: did he do video work?"),
    ("Don't any of her papers have code?", "Do any of her papers have code?"),
    ("Can't Valley handle video?", "Can Valley handle video?"),
    ("didnt she publish on video", "did she publish on video"),  # dictated, no "?"
]
UNCHANGED = [
    "Why didn't he publish in 2023?",  # a question built on a negation, not a tag
    "Which papers don't have code?",
    "Has he never worked on speech?",
    "Don't count the survey - how many papers in 2025?",  # an instruction
    "Wasn't sure which papers have code",  # a statement
    "A reviewer asks: didn't he do video work",  # no question mark after a lead-in
]


@pytest.mark.parametrize(("question", "positive"), POSITIVE)
def test_a_negated_question_asks_the_positive_one(question: str, positive: str) -> None:
    assert positive_question(question) == positive


@pytest.mark.parametrize("question", UNCHANGED)
def test_other_negations_are_left(question: str) -> None:
    assert positive_question(question) == question


# (question, lead, a word the answer must give)
PAPER_PROPERTIES = [
    ("Isn't PTS trained on real photographs?", "No", "synthetic"),
    ("isnt the perception-time scaling paper trained purely on real-world photos?", "No", "synth"),
    ("isn't PTS trained on real scans?", "No", "synthetic"),  # no paper says 'scans'
    ("Wasn't RainSeer evaluated on data from Japan?", "No", "Korea"),
    ("Didn't RainSeer use Chinese radar data?", "No", "Korea"),
    ("Doesn't the Reinforced MLLM survey propose its own new algorithm?", "No", "review"),
    ("Does Reinforced MLLM introduce a novel model of its own?", "No", "survey"),
    ("Isn't Logo-VGR just memorising every brand it has seen?", "No", "subset"),
]


@pytest.mark.parametrize(("question", "lead", "word"), PAPER_PROPERTIES)
def test_a_property_claimed_of_a_paper_is_its_truth(
    bundled_assistant: Assistant, question: str, lead: str, word: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith(lead), answer.text
    assert "yes" not in answer.text.casefold(), answer.text
    assert word.casefold() in answer.text.casefold(), answer.text
    assert len(answer.citations) == 1, answer.text


def test_a_negated_question_whose_proposition_holds_is_yes(bundled_assistant: Assistant) -> None:
    answer = bundled_assistant.ask("Didn't Qiu publish on summary evaluation in 2020?")
    assert answer.text.startswith("Yes"), answer.text
    assert any(c.title.startswith("SueNes") for c in answer.citations), answer.text


SHARES = [
    ("Is Qiu first author on most of his papers?", 3, 50, "No: "),
    ("isn't she the lead author on the majority of them?", 3, 50, "No: "),
    ("Is she first author on more than half of her 2025 papers?", 8, 14, "Yes: "),
    ("Is he first author on all of his papers?", 3, 50, "No: "),
    ("Is she first author on at least half of them?", 25, 50, "Yes: "),
    ("Why is Qiu first author on most of his papers?", 3, 50, "That premise does not hold: "),
    ("Why is Qiu first author on most of his papers?", 30, 50, None),
    ("Who is first author on most of her papers?", 3, 50, None),  # a superlative
    ("Is she first author on any paper?", 3, 50, None),  # no share
]


@pytest.mark.parametrize(("question", "n", "total", "lead"), SHARES)
def test_a_claimed_share_is_checked(question: str, n: int, total: int, lead: str | None) -> None:
    assert share_lead(question, n, total) == lead


def test_which_papers_she_leads_most_claims_no_share() -> None:
    assert claimed_share("Which papers does she lead most?") is None


FIRST_ON_MOST = [
    "Isn't Qiu the first author on most of his papers?",
    "is minghui qiu first-listed on the majority of the papers?",
    "Is she lead author on more than half of her listed papers?",
    "Why is he the first author on most of his papers?",
    "I'm curious why they're first author on most of their work.",
]


@pytest.mark.parametrize("question", FIRST_ON_MOST)
def test_first_author_on_most_is_corrected_with_the_count(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith(("No: ", "That premise does not hold: ")), answer.text
    assert "3 of the 50" in answer.text, answer.text


# siblings: a share asked of a co-author and of a field
SHARE_SIBLINGS = [
    ("Is Chengyu Wang on more than half of her papers?", "No"),
    ("Isn't most of her work on vision?", "No"),
    ("Aren't all of his papers in computational linguistics?", "No"),
]


@pytest.mark.parametrize(("question", "lead"), SHARE_SIBLINGS)
def test_a_share_of_other_things_is_checked(
    bundled_assistant: Assistant, question: str, lead: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith(lead), answer.text
    assert " of the 50" in answer.text, answer.text


KINDS_TOGETHER = [
    ("Did he put out both a survey and a benchmark in 2025?", "Yes", "Reinforced MLLM"),
    ("2025: a survey AND a dataset from her, both?", "Yes", "Reinforced MLLM"),
    ("Didn't Qiu release a toolkit as well as a dataset in 2020?", "Yes", "EasyTransfer"),
    ("did she publish a toolkit and a survey in 2025", "No", "no toolkit"),
    ("Did she publish a toolkit and a survey in the same year?", "No", "no single year"),
    ("I'm curious whether 2020 brought both a survey and a toolkit.", "No", "no survey"),
]


@pytest.mark.parametrize(("question", "lead", "said"), KINDS_TOGETHER)
def test_kinds_joined_hold_only_together(
    bundled_assistant: Assistant, question: str, lead: str, said: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith(lead), answer.text
    assert said.casefold() in answer.text.casefold(), answer.text
    if lead == "No":
        assert "yes" not in answer.text.casefold(), answer.text


YEARS_TOGETHER = [
    ("Did he publish on summary evaluation in both 2020 and 2023?", "No", "2023"),
    ("Did she write on knowledge distillation in 2021 and again in 2025?", "No", "2025"),
    ("hasn't qiu done video work in 2023 and in 2025?", "Yes", "Valley"),
    ("Did they publish summary evaluation papers in 2020 and 2022?", "Yes", "SueNes"),
    ("knowledge distillation in 2021 and 2023 - did both?", "No", "2023"),
]


@pytest.mark.parametrize(("question", "lead", "said"), YEARS_TOGETHER)
def test_years_joined_each_need_a_paper(
    bundled_assistant: Assistant, question: str, lead: str, said: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith(lead), answer.text
    assert said in answer.text, answer.text


PLACES = [
    ("Did his rainfall papers use any data from Japan?", "Korea"),
    ("Didn't Qiu's weather papers use radar data from China?", "Korea"),
    ("Were her rain and storm models tested on data from India?", "US"),
    ("A forecaster in Tokyo asks: did his weather papers evaluate on Japanese radar?", "Korea"),
    ("I'm curious whether his weather papers used data from China.", "Korea"),
]


@pytest.mark.parametrize(("question", "named"), PLACES)
def test_a_place_no_paper_names_is_no_with_their_places(
    bundled_assistant: Assistant, question: str, named: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith("No"), answer.text
    assert "yes" not in answer.text.casefold(), answer.text
    assert named in answer.text, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Did his weather papers use any US radar data?",
        "were any of her weather models tested on american data?",
        "Has Qiu evaluated his nowcasting work on data from North America?",
    ],
)
def test_a_place_a_paper_names_is_no_no(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    assert not answer.text.startswith("No"), answer.text


CO_AUTHOR_WINDOW = [
    "Did he publish anything with Forrest Sheng Bao in 2024?",
    "any joint paper with forrest sheng bao from 2023 on?",
    "I'm curious whether their work with Forrest Sheng Bao went on past 2022.",
    "Didn't Qiu and Forrest Sheng Bao write together again after 2022?",
    "Has she co-authored with Forrest Sheng Bao since 2023?",
]


@pytest.mark.parametrize("question", CO_AUTHOR_WINDOW)
def test_a_known_co_author_outside_the_window_is_a_no_not_a_decline(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith("No"), answer.text
    assert not answer.abstained, answer.text
    assert "yes" not in answer.text.casefold(), answer.text


PERIOD_COUNTS = [
    ("was there a month when she got five papers out?", "No"),
    ("Didn't he once put out six papers in the same month?", "No"),
    ("Was there ever a year in which he put out ten papers?", "Yes"),
    ("has he had a year when he published fifteen papers?", "No"),
    ("did she ever get 3 papers out in one month?", "Yes"),
]


@pytest.mark.parametrize(("question", "lead"), PERIOD_COUNTS)
def test_a_period_asked_by_its_count(
    bundled_assistant: Assistant, question: str, lead: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith(lead), answer.text
    assert not answer.abstained, answer.text


CLOSING_ASKS = [
    "summary evaluation papers in 2020 and 2022 - qiu did both?",
    "a title with both 'graph' and 'prompt' in it, exists?",
    "video papers in 2023 and 2025, both?",
    "a survey in 2025 - does one exist?",
    "CV papers in 2021 and 2023; did she do that?",
]


@pytest.mark.parametrize("question", CLOSING_ASKS)
def test_a_closing_ask_makes_a_yes_no(question: str) -> None:
    assert YES_NO.match(question)


@pytest.mark.parametrize(
    "question", ["which papers, both?", "RL papers - what about them?", "papers on RL - list them"]
)
def test_a_wh_question_or_instruction_is_no_closing_ask(question: str) -> None:
    assert not YES_NO.match(question)


@pytest.mark.parametrize(
    ("question", "kinds"),
    [
        ("Did he publish both a survey and a benchmark in 2025?", ["survey", "resource"]),
        ("a toolkit as well as a dataset?", ["software", "resource"]),
        ("Has she published a survey or a benchmark?", []),
        ("does she mostly build models, or toolkits and datasets?", []),  # a choice
        ("a survey on graph learning for fraud and a dataset for it?", []),  # too far apart
    ],
)
def test_kinds_joined(question: str, kinds: list[str]) -> None:
    assert kinds_joined(question) == kinds


@pytest.mark.parametrize(
    ("question", "role"),
    [
        ("Since she's first-listed on most of her papers, why?", True),
        ("Who is the first-listed author of Valley?", True),
        ("Which is her first listed publication by date?", False),  # the earliest paper
        ("from his first-listed paper to the latest, how long?", False),
    ],
)
def test_first_listed_is_the_byline_only_of_a_person(question: str, role: bool) -> None:
    assert bool(re.search(FIRST_AUTHOR, question, re.IGNORECASE)) is role
