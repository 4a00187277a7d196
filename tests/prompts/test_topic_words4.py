"""A topic in the words of a paper's title: a title stating a phrase of the topic ('Test-time'
of 'test-time strategies', 'Physics-Guided' of 'physics-guided designs') puts its paper in
every answer, whatever the words around the phrase. Needs of the bundled profile (Minghui
Qiu, 50 listed papers) that the eval sets do not ask about; casual, formal, typo,
he/she/they/the name and indirect wordings."""

from __future__ import annotations

import pytest

from prompts.assistant import Assistant
from prompts.understand.concepts import stated_on, stated_phrases
from tests.prompts.test_topic_phrasings import cited, short

# Each family: the phrasings, and words of the title every answer must cite.
FAMILIES = {
    # CODA: 'A COst-efficient Test-time Domain Adaptation Mechanism ...'
    "test-time": (
        [
            "Which of Minghui Qiu's papers use test-time strategies?",
            "test time tricks in her papers?",
            "anything of his on test-time stratgies",
            "Has Qiu published test-time schemes?",
            "I'm curious whether they have test-time ideas in their work",
            "Could you show me the papers where she proposes test-time strategies?",
        ],
        "CODA",
    ),
    "physics-guided": (
        [
            "Which of Minghui Qiu's papers use physics-guided designs?",
            "physics guided stuff in her papers?",
            "anything of his with physics-guided desings",
            "Has Qiu published physics-guided approaches?",
            "I'm curious whether they have physics-guided ideas in their work",
            "Could you list the papers where she builds physics-guided pipelines?",
        ],
        "RainSeer",
    ),
    "cost-efficient": (
        [
            "Which of Minghui Qiu's papers propose cost-efficient strategies?",
            "cost efficient tricks in her papers?",
            "anything of his on cost-efficient stratgies",
            "Has Qiu published cost-efficient schemes?",
            "I'm curious whether they have cost-efficient ideas in their work",
            "Could you show me the papers where she proposes cost-efficient recipes?",
        ],
        "CODA",
    ),
}


@pytest.mark.parametrize("family", list(FAMILIES))
def test_a_title_stating_the_topic_is_cited_in_every_phrasing(
    bundled_assistant: Assistant, family: str
) -> None:
    phrasings, title = FAMILIES[family]
    for q in phrasings:
        answer = bundled_assistant.ask(q)
        assert not answer.abstained, (q, answer.text[:200])
        assert any(title in t for t in cited(answer)), (q, short(cited(answer)))


def test_a_phrase_is_what_a_title_may_state_as_it_stands() -> None:
    """Runs of two or more content words, or one hyphenated compound, longest first."""

    def never(word: str) -> bool:
        return False

    assert stated_phrases("negative sampling strategies", never)[0] == (
        "negative sampling strategies"
    )
    assert "negative sampling" in stated_phrases("negative sampling strategies", never)
    assert stated_phrases("fine-grained details", never)[-1] == "fine-grained"
    assert "sampling" not in stated_phrases("negative sampling strategies", never)


def test_a_titled_phrase_is_the_topic_only_with_the_rest_of_its_subject(
    bundled_assistant: Assistant,
) -> None:
    """A title saying part of a topic whose other subject words the paper never uses is
    not on it ('few-shot' of 'few-shot named entity recognition' in a text classification
    paper); light words around the phrase ('strategies', 'details') ask for the phrase."""
    lexicon = bundled_assistant.lexicon

    def on(topic: str, phrase: str, text: str) -> bool:
        return stated_on(topic, phrase, text, lexicon.similarities, lexicon.background)

    classification = "Few-shot Text Classification with prompts over sentiment benchmarks."
    assert not on("few-shot named entity recognition", "few-shot", classification)
    assert on("few-shot strategies", "few-shot", classification)
    assert on("few-shot sentiment classification", "few-shot", classification)
    rain = "Fine-Grained Rainfall Reconstruction from radar and gauges."
    assert on("fine-grained details", "fine-grained", rain)
    assert not on("fine-grained garment retrieval", "fine-grained", rain)
    # a phrase's initials are no statement of it: 'privacy leakage machine' is not 'PLMs'
    plms = "Pre-trained language models (PLMs) learn from large corpora."
    assert not on("privacy leakage machine learning", "privacy leakage machine", plms)
