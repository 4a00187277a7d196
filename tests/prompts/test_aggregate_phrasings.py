"""Counts and lists over the metadata, asked in everyday words: a category named with its
gloss ('NLP (CL)'), a year left out, a set and a flag asked together. Each need is asked
several ways; the answers must agree."""

from __future__ import annotations

import re

import pytest

from prompts.assistant import Assistant

NOT_CL = [
    "How many of their papers aren't NLP (CL) papers?",
    "how many papers are not language (cs.CL) ones",
    "How many of her publications fall outside NLP (CL)?",
    "count his papers that are not in NLP (CL)",
    "how many non-CL papers does Qiu have",
]


@pytest.mark.parametrize("question", NOT_CL)
def test_a_category_named_with_its_gloss_and_negated(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith("28 of the 50"), answer.text[:200]  # 22 of the 50 are CL


CV_NOT_2025 = [
    "show me his vision (CV) papers, excluding 2025",
    "List her computer vision papers except the 2025 ones.",
    "Which of Minghui Qiu's CV papers were published in a year other than 2025?",
    "cv papers that aren't from 2025?",
    "which computer-vision (cs.CV) works of theirs are not from 2025",
]


@pytest.mark.parametrize("question", CV_NOT_2025)
def test_a_category_outside_one_year_is_listed(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith("4 of the 50"), answer.text[:200]  # 14 CV, 10 in 2025
    assert len(answer.citations) == 4
    for title in ("Valley: Video", "FashionLOGO", "Kaleido-BERT", "One-shot Text Field"):
        assert title in answer.text


SET_AND_CODE = [
    "How many papers did Qiu publish in 2023, and which of them have code?",
    "2023 papers? and which have code",
    "how many pubs in 2023 + any with code?",
    "List her 2023 papers and say which released code.",
    "Which papers are from 2023, and do any of them have code available?",
    "What did they put out in 2023? Also, which of those come with code?",
]


@pytest.mark.parametrize("question", SET_AND_CODE)
def test_a_set_and_which_of_it_has_code_lists_the_whole_set(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert not answer.abstained, answer.text[:200]
    assert re.match(r"4 listed papers match 2023; 2 of them have code", answer.text), answer.text
    assert len(answer.citations) == 4  # the 2023 papers, each marked
    assert "FashionLOGO" in answer.text and "Meta-SN" in answer.text


@pytest.mark.parametrize(
    "question",
    ["Which of her 2023 papers have code?", "Among his 2023 papers, which ones have code?"],
)
def test_the_code_flag_alone_still_filters(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    assert re.match(r"2 of the (50|4) listed papers", answer.text), answer.text[:200]
    assert len(answer.citations) == 2


TOP_COAUTHOR = [
    "who appears most often alongside Dr. Qiu?",
    "Which co-author shows up on the most of their papers?",
    "who is next to her on the most author lines",
    "whos name appears alongside his the most",
]


@pytest.mark.parametrize("question", TOP_COAUTHOR)
def test_who_appears_alongside_most_is_the_top_coauthor(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    first = re.search(r"^- ([^:]+): (\d+) papers", answer.text, re.MULTILINE)
    assert first and first.groups() == ("Chengyu Wang", "14"), answer.text[:300]


CV_WITH_CODE = [
    "the CV papers of Minghui Qiu, how many of them has code?",
    "Her computer vision papers: how many of those come with code?",
    "of his cv papers how many have a github repo",
    "Among their CV publications, how many have code?",
]


@pytest.mark.parametrize("question", CV_WITH_CODE)
def test_how_many_of_them_counts_within_the_set(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith("7 of the 14 listed papers (CV)"), answer.text[:200]


MISDATED = [  # KEML is from 2020
    "keml (2021) summary pls",
    "What did her 2021 paper KEML propose?",
    "so KEML was his 2022 lexical relation paper, right?",
    "the 2023 KEML paper - whats the main idea?",
    "I'm curious what the 2019 KEML paper of theirs is about.",
]


@pytest.mark.parametrize("question", MISDATED)
def test_a_named_paper_given_the_wrong_year_is_corrected_and_answered(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert not answer.abstained, answer.text[:200]
    assert answer.text.startswith("KEML is dated 25 February 2020, not "), answer.text[:200]
    assert [c.title for c in answer.citations][:1] == [
        "KEML: A Knowledge-Enriched Meta-Learning Framework for Lexical Relation Classification"
    ]


def test_a_named_paper_in_its_own_year_is_not_corrected(bundled_assistant: Assistant) -> None:
    answer = bundled_assistant.ask("What did her 2020 paper KEML propose?")
    assert not answer.abstained and "not 20" not in answer.text[:60], answer.text[:200]


GRANTED_NO_CODE = [  # 13 of the 50 have code
    "Since none of his papers come with code, how would I reproduce them?",
    "Given that she doesn't publish code, which paper is easiest to reimplement?",
    "as they never release code, should I email them for it?",
    "Because Minghui Qiu never shares code, where do I start?",
]
ASSUMED = [  # 14 of the 50 are CV
    ("I assume Qiu never works on computer vision - correct?", "14 of the 50"),
    ("I suppose she has no computer vision papers, right?", "14 of the 50"),
    ("I guess they never did any CV work, correct?", "14 of the 50"),
    ("im assuming he has no papers in computer vision, right?", "14 of the 50"),
    ("she never releases code does she? annoying", "13 of the 50"),
]


@pytest.mark.parametrize("question", GRANTED_NO_CODE)
def test_a_negative_premise_granted_before_the_question_is_corrected(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith("That premise does not hold: 13 of the 50"), answer.text[:200]


@pytest.mark.parametrize(("question", "said"), ASSUMED)
def test_a_negative_statement_assumed_is_corrected(
    bundled_assistant: Assistant, question: str, said: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith(f"No, that is not right: {said}"), answer.text[:200]


COUNT_2021 = [  # 7 papers in 2021; what the answer is for, or who asks, is no topic
    "For a tenure-style summary: what was this researcher's publication count in 2021?",
    "A recruiter asks: how many papers did she publish in 2021?",
    "for my lecture slides, how many papers does he have from 2021?",
    "My editor wants to know - how many papers did they put out in 2021?",
    "how many papers did Minghui Qiu publish in 2021?",
]


@pytest.mark.parametrize("question", COUNT_2021)
def test_who_asks_and_what_for_is_no_topic(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith("7 of the 50 listed papers match 2021"), answer.text[:200]


VENUE_NAMED = [
    "any papers at ACL or EMNLP?",
    "did she publish anything at NeurIPS",
    "how many of his papers appeared at a conference vs on arXiv only?",
    "got any CVPR papers?",
    "I'm curious whether they've had work in top-tier journals",  # a guard: passed before
]


@pytest.mark.parametrize("question", VENUE_NAMED)
def test_a_venue_asked_by_name_says_the_profile_records_none(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    # Not 'No: nothing addresses it' (a venue name read as the topic) nor a topic 'arXiv'.
    assert answer.text.startswith("The profile records no venue"), answer.text[:200]
    assert "CL (Computation and Language): 22" in answer.text  # what it does record


@pytest.mark.parametrize(
    "question",
    [
        "Which of Minghui Qiu's papers were peer-reviewed?",
        "which of her papers went through peer review, and which are only preprints?",
        "I'm curious whether any of their papers were peer reviewed.",
    ],
)
def test_peer_review_status_asked_of_the_papers_is_declined_as_unrecorded(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.abstained, answer.text
    assert "records no venue or peer-review status" in answer.text, answer.text


NEITHER_CL_NOR_CV = [
    "how many papers are neither CL nor CV",
    "How many of Qiu's publications fall outside both CL and CV?",
    "count her papers that are not in cs.CL or cs.CV",
    "hw many non-CL, non-CV papers does he have",
    "I'm curious how many of their papers aren't CL or CV papers",
    "Did they publish anything besides NLP and CV papers? How many?",
]


@pytest.mark.parametrize("question", NEITHER_CL_NOR_CV)
def test_one_negation_over_a_list_of_categories_leaves_each_out(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    # 22 CL and 14 CV of 50: not 36 ('CL or CV'), nor 14 CV papers ('CV, not CL')
    assert "14 of the 50" in answer.text, answer.text[:200]
    assert ", CV)" not in answer.text and ", CL)" not in answer.text  # none of them listed


OWNER_CITATIONS = [
    "qiu citations?",
    "Minghui Qiu's citations, roughly?",
    "minghui citation total pls",
    "What are her total citations?",  # a guard: passed before
    "how many citations does this researcher have",  # a guard: passed before
]


@pytest.mark.parametrize("question", OWNER_CITATIONS)
def test_the_owner_named_asks_the_header_as_her_pronoun_does(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert "11,029 citations" in answer.text, answer.text[:200]


TERSE_FILTERS = [
    ("cl + 2021 + no code: which ones", "CL", 2021, False),
    ("2021 + CL + no code?", "CL", 2021, False),
    ("cv+code", "CV", None, True),
    ("code + cv papers", "CV", None, True),
    ("2023 + cv?", "CV", 2023, None),
]


@pytest.mark.parametrize(("question", "category", "year", "code"), TERSE_FILTERS)
def test_filters_joined_by_plus_signs_are_each_read(
    bundled_assistant: Assistant, question: str, category: str, year: int | None, code: bool | None
) -> None:
    query = bundled_assistant.understand(question)[0]
    assert query.filters.categories == [category], query
    assert query.filters.has_code is code and query.topic is None
    if year is not None:
        assert (query.filters.year_from, query.filters.year_to) == (year, year)


THIS_RESEARCHER_FIRST = [
    "Is this researcher listed first on any 2023 paper?",
    "was the researcher the lead author of anything from 2023",
    "Has this scientist been first author on a 2023 publication?",
    "2023: is she listed first anywhere?",  # a guard: passed before
]


@pytest.mark.parametrize("question", THIS_RESEARCHER_FIRST)
def test_this_researcher_is_the_owner_in_an_authorship_question(
    bundled_assistant: Assistant, question: str
) -> None:
    query = bundled_assistant.understand(question)[0]
    assert query.fact == "first_author" and query.topic is None, query  # not 'the earliest'


WORKED_WITH_AND_WHY = [
    "Did this researcher ever collaborate with Cen Chen? I'm checking conflicts of interest.",
    "has qiu worked with cen chen, asking for a friend",
    pytest.param(
        "Papers with Cen Chen? Need it for a grant disclosure form",
        marks=pytest.mark.xfail(strict=True, reason="'form' is a word the papers use: a topic"),
    ),
    "any joint work between her and Cen Chen? trying to pick reviewers",
]


@pytest.mark.parametrize("question", WORKED_WITH_AND_WHY)
def test_why_a_coauthor_is_asked_about_is_no_topic(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert len(answer.citations) == 4, answer.text[:300]  # Cen Chen is on 4 listed papers
