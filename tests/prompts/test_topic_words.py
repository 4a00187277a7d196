"""What words are the topic, and when a topic answer says Yes or No. A subject offered with
an alternative the papers never use ('voice or audio') is answered for the alternative they
do use; 'AI' typed before a subject ('AI rainfall prediction') describes the subject, not the
arXiv category; a subject in a word no paper uses, that nothing in the papers' titles reads
('speech'), is answered No, with nothing cited. Topics of the bundled profile (Minghui Qiu,
50 listed papers); phrasings of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from prompts.assistant import Assistant
from retrieval.model import Paper
from retrieval.names import mentions
from tests.prompts.test_topic_phrasings import assert_same_papers

# Each family: the need in the papers' words first, then the same need in other wordings,
# and title words every answer must cite.
FAMILIES = {
    "an alternative no paper uses, next to one they do": (
        [
            "What has Minghui Qiu published on audio?",
            "any work on voice or audio?",
            "Has Dr. Qiu published research on speech or audio?",
            "I'm curious whether they did anything with sound or audio",
            "has she got papers on audio/voice",
            "did he write anything about audio or speach",
        ],
        ["Valley3"],
    ),
    "'AI' describing the subject, not the category": (
        [
            "What has Minghui Qiu published on rainfall prediction?",
            "any AI rainfall prediction papers?",
            "Has Dr. Qiu published on AI rainfall prediction?",
            "I'm curious whether they did AI rainfall predictoin",
            "what AI rainfall prediction work has she done",
        ],
        ["RainSeer"],
    ),
    "'AI' before a subject the AI category has papers on": (
        [
            "What has Minghui Qiu published on video understanding?",
            "any AI video understanding papers?",
            "Has Dr. Qiu worked on AI video understanding?",
            "I'm curious whether they did AI video undrestanding",
            "what AI video understanding work has he done",
        ],
        ["Valley:", "K-frames"],
    ),
    "many of a thing typed out, as the papers' one word for it": (
        [
            "What has Minghui Qiu published on multilingual research?",
            "any papers on multiple languages?",
            "Has Dr. Qiu worked with several languages?",
            "does she have work in many langauges",
            "I'm curious whether they looked at various languages",
            "various languages stuff by him?",
        ],
        ["MERIT", "Valley3"],
    ),
    "a compound typed hyphened, spaced or as one word": (
        [
            "Which of Minghui Qiu's papers are multimodal?",
            "any multi-modal work?",
            "has she done anything multi modal",
            "I'm curious whether they've published multimodal research",
            "multimodel papers by him?",
            "Has Dr. Qiu published multi-modal studies?",
        ],
        ["Valley:", "Valley2", "GThinker"],
    ),
    "a model size said with its unit": (
        [
            "Which of Minghui Qiu's papers use 1.5B models?",
            "any 1.5b model stuff?",
            "Has Dr. Qiu worked with 1.5B-parameter models?",
            "I'm curious whether they have anything with 1.5B-param models",
            "any 1.5B-parameter modles in his work?",
            "has she used 1.5b-params models",
        ],
        ["From Atoms to Chains"],
    ),
    "a subject whose opening word alone is no subject": (
        [
            "Which of Minghui Qiu's papers use real-world data?",
            "real-world data stuff?",
            "any real world data in his papers?",
            "I'm curious whether they've published anything on real-world data",
            "Has Dr. Qiu publshed work on real-world data?",
            "she hasn't worked with real-world data, has she?",
        ],
        ["CODA", "K-frames"],
    ),
    "a subject word with '-related' after it": (
        [
            "What medical research has Minghui Qiu published?",
            "health-related papers by her?",
            "Has Dr. Qiu published any health-related research?",
            "I'm curious whether they did anything health-related",
            "any health-relatd work from him?",
        ],
        ["SMedBERT"],
    ),
}


# 'data' is now a word of an overview need ('what kinds of data does she work with?': the
# themes, tests/prompts/test_overview_shapes.py), so 'real-world data', whose other word is
# general too, is answered with the themes instead of CODA and K-frames. Two behaviours
# merged the same day disagree here; left visible rather than tuned away.
KNOWN_FAILURES = {"a subject whose opening word alone is no subject"}


@pytest.mark.parametrize(
    "family",
    [
        pytest.param(f, marks=pytest.mark.xfail(strict=True, reason="'data' is an overview word"))
        if f in KNOWN_FAILURES
        else f
        for f in FAMILIES
    ],
)
def test_other_wordings_cite_the_papers_the_profiles_words_do(
    bundled_assistant: Assistant, family: str
) -> None:
    for q, a in assert_same_papers(bundled_assistant, *FAMILIES[family]):
        assert not a.text.startswith("Not in AI"), (q, a.text[:200])


@pytest.mark.parametrize(
    "question",
    [
        "anything on speech?",
        "Has Minghui Qiu published on speech?",
        "speech papers by her?",
        "I'm curious whether they did any speech work",
        "has he ever worked on speeech",
        "any work on speech or voice?",
    ],
)
def test_a_subject_in_words_no_paper_uses_is_answered_no(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.abstained and not answer.citations, (question, answer.text[:200])


def _paper(n: int, abstract: str) -> Paper:
    return Paper(
        id=f"p{n}",
        n=n,
        title=f"Paper {n}",
        authors=["A. Author"],
        authors_truncated=False,
        category="CL",
        date=dt.date(2024, 1, n),
        abstract=abstract,
    )


COMPOUNDS = [
    _paper(1, "We tune hyper-parameters with a bandit."),
    _paper(2, "Hyperparameter search is costly."),
    _paper(3, "We study hyper parameter transfer."),
    _paper(4, "Our parameter count is small; hyper networks are not used."),
]


@pytest.mark.parametrize("topic", ["hyper-parameter", "Hyper-Parameters", "hyper-parameters"])
def test_a_hyphened_compound_names_the_papers_that_hyphen_space_or_join_it(topic: str) -> None:
    """A compound (as the Lexicon spells a typed one: hyphened where a paper hyphens it) is
    named by the papers writing it hyphened, spaced or as one word; not by one of its parts."""
    assert set(mentions(COMPOUNDS, topic)) == {"p1", "p2", "p3"}


SIZES = [
    _paper(1, "We fine-tune Llama-3-8B on our data."),
    _paper(2, "Our 8B-parameter model wins."),
    _paper(3, "An 8B model is enough."),
    _paper(4, "We train an 18B model and Qwen-1.8B-Chat."),
    _paper(5, "Version 2.8b of the tool."),
]


@pytest.mark.parametrize("topic", ["8B", "8b", "8B models", "8b model"])
def test_a_model_size_names_the_papers_that_write_it_inside_a_model_name(topic: str) -> None:
    """'8B' is named by 'Llama-3-8B' and '8B-parameter' as by '8B model'; not by '18B',
    '1.8B' or a version number."""
    named = set(mentions(SIZES, topic))
    if topic.endswith(("models", "model")):
        assert named == {"p3"}
    else:
        assert named == {"p1", "p2", "p3"}
