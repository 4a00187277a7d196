"""A subject's papers include the one the keywords rank first though its sentences say the need
in other words (`retrieval.search.with_leaders`): Meta-SN's 'a novel sampling strategy ...
which gives higher sampling probabilities to hard-to-classify samples' is what an asker means
by sampling the hard cases more often, while its similarity in meaning to their words is low
(.14-.26). Before, three of these six phrasings left Meta-SN out. A need of the bundled profile
(Minghui Qiu, 50 listed papers) in wordings no eval set uses: casual, formal, a typo,
he/she/they/the name, indirect."""

from __future__ import annotations

from prompts.assistant import Assistant
from tests.prompts.test_topic_phrasings import cited, short

META_SN = "Meta-Learning Siamese Network for Few-Shot Text Classification"

HARD_SAMPLING = [
    "has qiu designed a sampling procedure that favours difficult items?",
    "Which of Minghui Qiu's papers sample the hard cases more often during training?",
    "any papers from her where harder samples get picked with higher probability?",
    "I'm curious whether this researcher proposed sampling that prefers hard-to-classify examples.",
    "wich of their papers use a sampling stratgey tilted toward hard samples?",
    "Could his work on oversampling difficult training samples be listed?",
]


def test_the_paper_sampling_hard_cases_is_listed_however_asked(
    bundled_assistant: Assistant,
) -> None:
    for q in HARD_SAMPLING:
        answer = bundled_assistant.ask(q)
        assert not answer.abstained, q
        assert META_SN in cited(answer), (q, short(cited(answer)))
