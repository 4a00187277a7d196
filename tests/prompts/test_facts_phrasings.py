"""Exact facts asked in everyday words: a code link called a GitHub repo, co-authors called
people, a paper written alone. Each need is asked several ways; the answers must agree."""

from __future__ import annotations

import pytest

from prompts.assistant import Assistant

CODE_2025 = [
    "which 2025 papers have a github repo",
    "Which of her 2025 papers come with a GitHub link?",
    "2025 papers w/ github repos?",
    "List Minghui Qiu's 2025 publications that have a public implementation.",
    "which of their 2025 papers have code",
]


@pytest.mark.parametrize("question", CODE_2025)
def test_a_github_repo_is_the_code_flag(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    assert not answer.abstained, answer.text[:200]
    assert answer.text.startswith("7 of the 50"), answer.text[:200]
    assert len(answer.citations) == 7
    assert "Valley2: Exploring" in answer.text


NO_CODE_2024 = [
    "is there a github link for any of the 2024 papers",
    "Do any of his 2024 papers have a GitHub repository?",
    "did she put code on github for anything from 2024?",
]


@pytest.mark.parametrize("question", NO_CODE_2024)
def test_no_code_link_in_a_year_is_said(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    assert not answer.abstained, answer.text[:200]
    assert answer.text.startswith(("No", "None")), answer.text[:200]
    assert not answer.citations


WITHOUT_GITHUB = [
    "how many papers have no github link",
    "How many of her papers lack a GitHub repository?",
    "count the papers without code",
]


@pytest.mark.parametrize("question", WITHOUT_GITHUB)
def test_without_a_github_link_counts_the_rest(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith("37 of the 50"), answer.text[:200]


HOW_MANY_PEOPLE = [
    "how many different people has he published with?",
    "How many distinct researchers has Minghui Qiu co-authored with?",
    "number of unique collaborators",
    "how many ppl has she written papers with",
    "how many co-authors does they have in total",
]


@pytest.mark.parametrize("question", HOW_MANY_PEOPLE)
def test_how_many_people_counts_distinct_coauthors(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert "88 distinct co-authors" in answer.text, answer.text[:200]
    assert "lower bound" in answer.text


ALONE = [
    "has he ever written a paper alone?",
    "any single-author papers?",
    "Has Minghui Qiu published anything entirely on her own?",
    "did they write any paper by themselves",
    "is there a paper where qiu is the only author",
]


@pytest.mark.parametrize("question", ALONE)
def test_a_paper_written_alone(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith("No: none of the 50 listed papers"), answer.text[:200]


LATEST_WITH = [
    ("what's the latest paper with Chengyu Wang", "KANGAROO"),
    ("Most recent publication co-authored with chengyu wang?", "KANGAROO"),
    ("When did she last publish with Chengyu Wang?", "KANGAROO"),
    ("first paper she wrote with Cen Chen", "ORConvQA"),
    ("What is the earliest paper Minghui Qiu co-authored with Cen Chen?", "ORConvQA"),
]


@pytest.mark.parametrize(("question", "paper"), LATEST_WITH)
def test_latest_or_first_paper_with_a_person(
    bundled_assistant: Assistant, question: str, paper: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert len(answer.citations) == 1, answer.text[:200]
    assert f"is {paper}:" in answer.text, answer.text[:200]


SHIFT_FROM_TO = [
    "when did she move from NLP to vision",
    "did he switch from language to vision at some point",
    "How did Minghui Qiu's work shift from text to images?",
    "when did they pivot from nlp towards multimodal stuff",
]


@pytest.mark.parametrize("question", SHIFT_FROM_TO)
def test_a_move_from_one_field_to_another_is_the_trend(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert "research moved from" in answer.text, answer.text[:200]
    assert "2020-2022" in answer.text


# (what to read first gets a survey, then each theme's paper: test_output_and_start27)
OVERVIEW_FOR_A_NEWCOMER = [
    "what kind of research does this person do, in plain english",
    "explain his work in simple terms",
]


@pytest.mark.parametrize("question", OVERVIEW_FOR_A_NEWCOMER)
def test_a_newcomers_question_gets_the_themes(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    assert "main themes" in answer.text, answer.text[:200]


LOWER_CASE_NAME_META = [
    ("who wrote valley", "Ruipu Luo"),
    ("Who are the authors of valley?", "Ruipu Luo"),
    ("when was merit published", "3 June 2025"),
    ("merit - when did it come out?", "3 June 2025"),
    ("how many citations does valley have", "no per-paper citation counts"),
    ("who wrote valley 3", "Zeyu Chen"),
    ("link to valley 2 repo pls", "https://github.com/bytedance/Valley"),
]


@pytest.mark.parametrize(("question", "said"), LOWER_CASE_NAME_META)
def test_a_name_that_is_also_a_word_asked_for_its_metadata(
    bundled_assistant: Assistant, question: str, said: str
) -> None:
    """'valley' and 'merit' are English words; asked who wrote or when, they are the papers."""
    answer = bundled_assistant.ask(question)
    assert said in answer.text, answer.text[:200]
    assert len(answer.citations) <= 1


WHO_IS_ASKING = [
    ("I'm a PhD applicant interested in low-data NLP. Which of Dr. Qiu's papers are about "
     "few-shot learning?", "SpanProto"),
    ("im trying to find her papers on knowledge graphs + PLMs for my cold email", "DKPLM"),
    ("I'm writing a cold email and want to mention his newest work. Which paper is it?",
     "Seeing Inside the Storm"),
    ("For the hiring committee: which of this researcher's papers are first-authored by them?",
     "EasyTransfer"),
    ("I'm a prospective PhD student. What topics has Dr. Qiu been publishing on lately?",
     "main themes"),
    ("I'm a science journalist profiling her. How did her research evolve?", "moved from"),
    ("My cousin Minghui is a researcher. In simple words, what does she work on?", "main themes"),
    ("I'm a hiring manager for a privacy-preserving ML team. Anything in his record on that?",
     "Information Leakage"),
    ("I'm a science journalist writing about AI for weather forecasting. Which of this "
     "researcher's papers deal with rain?", "RainSeer"),
]  # fmt: skip


@pytest.mark.parametrize(("question", "said"), WHO_IS_ASKING)
def test_who_is_asking_is_neither_a_refusal_nor_the_topic(
    bundled_assistant: Assistant, question: str, said: str
) -> None:
    """A PhD applicant, a cold email, a hiring committee: the asker, not the person asked
    about (no biography refusal) and not the topic."""
    answer = bundled_assistant.ask(question)
    assert not answer.abstained, answer.text[:200]
    assert said in answer.text, answer.text[:200]


PERSONAL_OR_PLANS = [
    "is she hiring phd students",
    "Is Dr. Qiu accepting new PhD students next year?",
    "My aunt wants to know: is Minghui single?",
    "does he have kids",
    "where did she do her PhD?",
    "What's his email address?",
]


@pytest.mark.parametrize("question", PERSONAL_OR_PLANS)
def test_personal_life_and_plans_are_declined(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.abstained, answer.text[:200]
    assert not answer.citations


@pytest.mark.parametrize(
    "question",
    [
        "is there a single paper on robotics",
        "Has Minghui Qiu written a single paper about robot control?",
    ],
)
def test_a_single_paper_is_any_paper(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.abstained or answer.text.startswith("No"), answer.text[:200]
    assert not answer.citations


AMONG_CV = [
    "I'm a hiring manager: among this researcher's computer vision papers, how many have public code?",
    "how many of his computer vision papers come with code",
    "Out of her CV papers, how many released code?",
]


@pytest.mark.parametrize("question", AMONG_CV)
def test_a_count_among_some_papers_says_of_how_many(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith("7 of the 14 listed papers (CV)"), answer.text[:200]


@pytest.mark.parametrize(
    "question",
    [
        "Has she published on AI for weather forecasting?",
        "any AI-powered weather prediction work?",
        "does Qiu do AI for rainfall",
    ],
)
def test_ai_for_something_is_no_category(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    assert "Not in AI" not in answer.text, answer.text[:200]
    assert any("RainSeer" in c.title for c in answer.citations), answer.text[:200]


TWO_YEARS = [
    "more papers in 2020 or 2025?",
    "Which was the bigger year for Minghui Qiu, 2020 or 2025?",
    "did they publish more in 2025 than in 2020",
]


@pytest.mark.parametrize("question", TWO_YEARS)
def test_two_years_compared_show_those_two_years(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert "- 2020: 12" in answer.text and "- 2025: 14" in answer.text, answer.text[:300]
    assert "2022" not in answer.text, answer.text[:300]  # no empty years between


@pytest.mark.parametrize(
    ("question", "start"),
    [
        ("how many papers from 2024 on are without code", "12 of the 50"),
        ("Papers from 2025 on that have code?", "8 of the 50"),
        ("Excluding the CL ones, how many papers are left?", "28 of the 50"),
        ("how many non-CL papers remain?", "28 of the 50"),
        ("how many CV-category papers in 2025", "10 of the 50"),
        ("count the cs.CV-tagged papers from 2025", "10 of the 50"),
    ],
)
def test_counts_with_filters_said_casually(
    bundled_assistant: Assistant, question: str, start: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith(start), answer.text[:200]


PEOPLE_CASUAL = [
    ("which papers does she have her name first on", "first author of 3"),
    ("Qiu's name first on any paper?", "first author of 3"),
    ("his closest collaborator, by number of joint papers?", "Chengyu Wang: 14"),
    ("who's the person writing the most papers together with her", "Chengyu Wang: 14"),
    ("which paper are Lin Chen and him writing together?", "3 of the 50 listed papers list Lin"),
    ("Have Minghui Qiu and Yann LeCun published together?", "Yann LeCun does not appear"),
    ("which one is the most new paper of her?", "most recent listed paper is Seeing Inside"),
]


@pytest.mark.parametrize(("question", "said"), PEOPLE_CASUAL)
def test_people_asked_in_plain_words(
    bundled_assistant: Assistant, question: str, said: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert said in answer.text, answer.text[:200]


@pytest.mark.parametrize(
    "question",
    [
        "What is the h-index of Qiu's co-author Chengyu Wang?",
        "how many citations does her collaborator Cen Chen have",
    ],
)
def test_a_coauthors_metrics_are_not_in_the_profile(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.abstained, answer.text[:200]
    assert "holds none for" in answer.text, answer.text[:200]


OPINIONS_AND_PLANS = [
    "does he believe LLMs will replace doctors",
    "What's Minghui Qiu's view on open science?",
    "what she think about gpt-4??",
    "Is this researcher optimistic about AI safety?",
    "Does Qiu supervise master's students, and is there funding?",
]


@pytest.mark.parametrize("question", OPINIONS_AND_PLANS)
def test_opinions_and_plans_are_declined(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.abstained, answer.text[:200]
    assert "opinions, plans" in answer.text, answer.text[:200]


@pytest.mark.parametrize(
    "question",
    ["what do you think are her main research areas?", "What would you say he works on?"],
)
def test_asking_the_assistants_view_is_no_opinion_question(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert "main themes" in answer.text, answer.text[:200]


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("who does he write the most papers with", "Chengyu Wang: 14"),
        ("Give me an overview of Dr. Qiu's research", "main themes"),
        ("What is Kaiming He's citation count?", "holds none for Kaiming He"),
        ("what's the h-index of Yi Li?", "holds none for Yi Li"),
    ],
)
def test_last_misreadings_of_the_fifth_blind_set(
    bundled_assistant: Assistant, question: str, said: str
) -> None:
    """A co-author ranking with words between 'write' and 'with'; 'overview of Dr. X's
    research' is the themes; a surname that is also a word ('He') is still a person."""
    answer = bundled_assistant.ask(question)
    assert said in answer.text, answer.text[:200]


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("I'm a grant reviewer: how productive was this researcher last year?", "14 of the 50"),
        ("As a program chair I need her co-authors for a conflict check", "Chengyu Wang: 14"),
        ("I'm scouting collaborators: who appears most often on his papers?", "Chengyu Wang: 14"),
        ("What's the size of their publication record?", "65 papers claimed"),
        ("Why is Minghui Qiu always the first author?", "first author of 3 of the 50"),
    ],
)
def test_reviewers_and_scouts_get_answers(
    bundled_assistant: Assistant, question: str, said: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert not answer.abstained, answer.text[:200]
    assert said in answer.text, answer.text[:200]


@pytest.mark.parametrize("question", ["was this researcher a professor?", "is Qiu a postdoc"])
def test_a_job_title_is_declined(bundled_assistant: Assistant, question: str) -> None:
    assert bundled_assistant.ask(question).abstained


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("When was RainSeer published, and by whom?", "RainSeer was written by Lin Chen"),
        ("by whom was HRKD written and when", "published on 16 October 2021"),
        ("How many papers in 2023, and which have code?", "4 listed papers match 2023; 2 of them"),
        ("how many CV papers are there and how many have code", "7 of the 14 listed papers (CV)"),
    ],
)
def test_two_asks_in_one_line_get_both_answers(
    bundled_assistant: Assistant, question: str, said: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert said in answer.text, answer.text[:300]


STOPPED_PUBLISHING = [  # 'after 2023': the later papers (20)
    ("This researcher stopped publishing after 2023, didn't they?", "20 of the 50"),
    ("has he stopped publishing after 2023", "20 of the 50"),
    ("Why did Minghui Qiu quit research after 2023?", "20 of the 50"),
]


def test_stopped_publishing_in_a_year_is_answered_by_the_latest_paper(
    bundled_assistant: Assistant,
) -> None:
    """'in 2023': the year claimed as the last, answered by the latest paper and the papers
    of each later year (see test_premise_ends24)."""
    answer = bundled_assistant.ask("she stopped publishing in '23 right?")
    assert answer.text.startswith("No: the most recent listed paper is "), answer.text[:200]
    assert "after 2023: 3 papers in 2024, 14 in 2025 and 3 in 2026" in answer.text


@pytest.mark.parametrize(("question", "count"), STOPPED_PUBLISHING)
def test_stopped_publishing_in_a_year_is_checked(
    bundled_assistant: Assistant, question: str, count: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith(f"That premise does not hold: {count}"), answer.text[:200]


@pytest.mark.parametrize(
    "question",
    ["they dont think LLMs are overhyped, do they?", "She isn't hiring students, right?"],
)
def test_an_off_profile_statement_is_declined_not_confirmed(
    bundled_assistant: Assistant, question: str
) -> None:
    """'Right, as far as the listing shows' is for papers the listing lacks, not for opinions."""
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith("The profile does not answer this"), answer.text[:200]
