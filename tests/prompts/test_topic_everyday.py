"""A topic asked in everyday words ('garments', 'internet shopping', 'rainstorm forecasting',
'health care') is read as the profile's own phrase for it ('fashion', 'e-commerce',
'rainfall', 'medical'), says so, and cites the same papers as the profile's words do,
whatever the wording (casual, formal, typo, he/she/they/the name, indirect). Topics of the
bundled profile (Minghui Qiu, 50 listed papers); phrasings of our own."""

from __future__ import annotations

import pytest

from prompts.assistant import Assistant
from tests.prompts.test_topic_phrasings import assert_same_papers

# Each family: phrasings in the papers' words and in everyday words, and title words every
# answer must cite.
FAMILIES = {
    "fashion": (
        [
            "What has Minghui Qiu published on fashion?",
            "what has he published on outfits",
            "any papers on garments from them?",
            "I'm curious whether she did anything on garments and outfits",
            "Has Dr. Qiu looked at apparel?",
            "garmetns stuff?",
        ],
        ["FashionBERT", "Kaleido-BERT", "FashionLOGO"],
    ),
    "e-commerce": (
        [
            "Which of Minghui Qiu's papers are about e-commerce?",
            "I'm curious whether she worked on internet shopping",
            "Has he done research for internet retailers?",
            "internet shopping stuff?",
            "what did they publish on shopping on the internet",
        ],
        ["Valley3", "FashionLOGO"],
    ),
    "e-commerce typed as one word, with a slip": (
        [
            "Which of Minghui Qiu's papers are about e-commerce?",
            "ecomerce stuff by him?",
            "any ecommerce papers from her?",
            "I'm curious whether Qiu did ecommmerce research",
            "what have they published on ecomerce",
        ],
        ["Valley3", "FashionLOGO"],
    ),
    "rainfall": (
        [
            "What has Minghui Qiu published on rainfall?",
            "rainstorm forecasting stuff?",
            "Has Qiu published on precipitation?",
            "I'm curious whether they did any rainstorm prediction",
            "does he do anything with the weather?",
        ],
        ["RainSeer", "Seeing Inside the Storm"],
    ),
    "medical": (
        [
            "What medical research has Minghui Qiu published?",
            "I'm curious whether they worked on health care",
            "Has Dr. Qiu done any health care research?",
            "any health care papers from her?",
            "medicine research by him",
        ],
        ["SMedBERT", "Enhancing Diagnostic Accuracy"],
    ),
}


@pytest.mark.parametrize("family", list(FAMILIES))
def test_everyday_words_cite_the_papers_the_profiles_words_do(
    bundled_assistant: Assistant, family: str
) -> None:
    assert_same_papers(bundled_assistant, *FAMILIES[family])


def test_an_everyday_word_read_as_the_papers_word_is_said_first(
    bundled_assistant: Assistant,
) -> None:
    answer = bundled_assistant.ask("Has she done research for internet retailers?")
    lead = "Yes, reading the topic as 'e-commerce', as the listed papers say it:"
    assert answer.text.startswith(lead), answer.text


@pytest.mark.parametrize(
    "question",
    [
        "any papers on protein folding?",
        "self-driving car research by him?",
        "I'm curious whether they worked on quantum computers",
        "Has Dr. Qiu published on crop yields?",
        "what has she done on stock market prediction",
        "I'm curious whether he did any speech synthesis",
    ],
)
def test_a_subject_no_paper_covers_is_still_declined(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.abstained and not answer.citations, (question, answer.text[:200])
