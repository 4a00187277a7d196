"""One need, one set of papers: a subject asked with words around it that carry nothing of it
('makes heavy use of', 'shown something useful with', 'relies on', 'put ... to good use')
cites the papers the bare subject does. Needs of the bundled profile (Minghui Qiu, 50 listed
papers) that the eval sets do not ask about; casual, formal, typo, he/she/they/the name and
indirect wordings."""

from __future__ import annotations

import pytest

from prompts.assistant import Assistant
from tests.prompts.test_topic_phrasings import assert_same_papers

# Each family: the phrasings, and words of the titles every answer must cite.
FAMILIES = {
    "negative sampling": (
        [
            "Which of Minghui Qiu's papers use negative sampling?",
            "negative sampling stuff?",
            "does she have any paper that makes heavy use of negative sampling",
            "any work of his that relies on negativ sampling",
            "I'm curious whether they've shown something useful with negative sampling",
            "Has Qiu ever put negative sampling to good use in a publication?",
        ],
        ["SueNes", "Learning Knowledge-Enhanced Contextual"],
    ),
    "belief propagation": (
        [
            "Which of Minghui Qiu's papers use belief propagation?",
            "belief propagation stuff?",
            "does she have any paper that makes heavy use of belief propagation",
            "anything of his with belief propogation",
            "I'm curious whether they've shown something useful with belief propagation",
            "Has Qiu ever put belief propagation to good use in a publication?",
        ],
        ["One-shot Text Field Labeling"],
    ),
    "siamese networks": (
        [
            "Which of Minghui Qiu's papers use siamese networks?",
            "siamese networks stuff?",
            "does she have any paper that makes heavy use of siamese networks",
            "anything of his with siamese netwroks",
            "I'm curious whether they've shown that siamese networks help",
            "Could you tell me which of Qiu's publications exploit siamese networks?",
        ],
        ["Meta-Learning Siamese Network"],
    ),
    "hierarchical relational knowledge": (
        [
            "What has Minghui Qiu published on hierarchical relational knowledge?",
            "hierarchical relational knowledge papers?",
            "did she ever make use of hierarchical relational knowledge in a paper",
            "anything of his on hierarchical relational knowlege",
            "I'm curious whether they've shown that hierarchical relational knowledge helps",
            "Could you tell me which of Qiu's publications exploit hierarchical relational knowledge?",
        ],
        ["HRKD"],
    ),
    "omni foundation models": (
        [
            "Which of Minghui Qiu's papers present omni foundation models?",
            "omni foundation models stuff?",
            "does she have any paper that makes heavy use of omni foundation models",
            "anything of his on omni foundation modles",
            "I'm curious whether they've shown something useful with omni foundation models",
            "Has Qiu ever put omni foundation models to good use in a publication?",
        ],
        ["Valley3"],
    ),
    "cue-guided rethinking": (
        [
            "Which of Minghui Qiu's papers use cue-guided rethinking?",
            "cue-guided rethinking stuff?",
            "does she have any paper that makes heavy use of cue-guided rethinking",
            "any work of his that relies on cue-guided rethinking",
            "I'm curious whether they've shown something useful with cue-guided rethinking",
            "I'm curious whether they've shown that cue-guided rethinking helps",
        ],
        ["GThinker"],
    ),
}


# 'shown something useful with belief propagation' was a known failure ('useful' kept in the
# topic: 3 more papers) until words about what the asker would do with a paper ('useful',
# 'help', 'relevant') stopped being topic words (branch consist6b).
KNOWN_FAILURES: set[str] = set()


@pytest.mark.parametrize(
    "family",
    [
        pytest.param(f, marks=pytest.mark.xfail(strict=True)) if f in KNOWN_FAILURES else f
        for f in FAMILIES
    ],
)
def test_a_subject_among_words_that_say_nothing_of_it_cites_the_same_papers(
    bundled_assistant: Assistant, family: str
) -> None:
    assert_same_papers(bundled_assistant, *FAMILIES[family])


def test_the_words_that_carry_a_long_topic_are_kept_and_the_rest_dropped(
    bundled_assistant: Assistant,
) -> None:
    """A short topic is the subject as asked; a long one loses the words far from its meaning."""
    salient = bundled_assistant.lexicon.salient
    assert salient("negative sampling") == "negative sampling"
    assert salient("heavy negative sampling") == "negative sampling"
    assert salient(None) is None
