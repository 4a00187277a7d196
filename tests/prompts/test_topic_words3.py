"""A topic's whole set, however the papers word it: a paper naming the words that narrow a
topic ('medical' of 'medical text') is on it when the rest of the topic is a word most papers
use. Needs of the bundled profile (Minghui Qiu, 50 listed papers) that the eval sets do not
ask about; casual, formal, typo, he/she/they/the name and indirect wordings."""

from __future__ import annotations

import pytest

from prompts.assistant import Assistant
from tests.prompts.test_topic_phrasings import assert_same_papers

# Each family: the phrasings, and words of the titles every answer must cite.
FAMILIES = {
    # 'text' is in a third of the abstracts; 'medical' in three. DGRC adapts LLMs "across the
    # medical and legal domains" without the word 'text': it was cut by the list margin.
    "medical text": (
        [
            "Which of Minghui Qiu's papers work with medical text?",
            "medical text papers?",
            "anything of hers on medicl text",
            "Has Qiu published on medical text?",
            "I'm curious whether they've done anything with medical text",
            "Could you show me what he has written about medical text?",
        ],
        ["SMedBERT", "Chinese Medical Reading", "From Atoms to Chains"],
    ),
}


@pytest.mark.parametrize("family", list(FAMILIES))
def test_a_topic_cites_every_paper_naming_the_words_that_narrow_it(
    bundled_assistant: Assistant, family: str
) -> None:
    assert_same_papers(bundled_assistant, *FAMILIES[family])


def test_the_words_that_narrow_a_topic_are_the_rare_ones_beside_common_ones(
    bundled_assistant: Assistant,
) -> None:
    """'text' is used by many of the papers, 'medical' by few; a topic of rare words only,
    or with a word of middling use ('retrieval'), or one no paper uses, is read whole."""
    narrowing = bundled_assistant.lexicon.narrowing
    assert narrowing("medical text") == "medical"
    assert narrowing("negative sampling") is None  # both rare
    assert narrowing("image retrieval") is None  # 'retrieval': neither rare nor common
    assert narrowing("quantum text") is None  # 'quantum': no paper uses it
    assert narrowing("medical") is None
