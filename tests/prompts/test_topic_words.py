"""What words are the topic, and when a topic answer says Yes or No. A subject offered with
an alternative the papers never use ('voice or audio') is answered for the alternative they
do use; 'AI' typed before a subject ('AI rainfall prediction') describes the subject, not the
arXiv category; a subject in a word no paper uses, that nothing in the papers' titles reads
('speech'), is answered No, with nothing cited. Topics of the bundled profile (Minghui Qiu,
50 listed papers); phrasings of our own."""

from __future__ import annotations

import pytest

from prompts.assistant import Assistant
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


@pytest.mark.parametrize("family", list(FAMILIES))
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
