"""A topic said as what the work is based on ('GNN-based', 'RL-driven', 'BERT-style'): the
papers naming that (the acronym as typed or spelled out, or in a compound of its own like
'BERT-style models'), and no others. Before, the compound was read as its two words: a paper
naming 'GNN' without 'based' in the same sentence was cut by the list margin, and papers near
in meaning but naming neither were listed. Needs of the bundled profile (Minghui Qiu, 50
listed papers) that the eval sets do not ask about; casual, formal, typo, he/she/they/the name
and indirect wordings."""

from __future__ import annotations

import pytest

from prompts.assistant import Assistant
from tests.prompts.test_topic_phrasings import cited, short

GNN = frozenset(
    {
        "Global Context Enhanced Graph Neural Networks for Session-based Recommendation",
        "Exploring Global Information for Session-based Recommendation",
    }
)
# Every paper whose abstract says 'reinforcement learning' or 'RL'
RL = frozenset(
    {
        "CURE: Critical-Token-Guided Re-concatenation for Entropy-collapse Prevention",
        "GThinker: Towards General Multimodal Reasoning via Cue-Guided Rethinking",
        "K-frames: Scene-Driven Any-k Keyframe Selection for long video understanding",
        "R1-ShareVL: Incentivizing Reasoning Capability of Multimodal Large Language Models"
        " via Share-GRPO",
        "Reinforced MLLM: A Survey on RL-Based Reasoning in Multimodal Large Language Models",
        "Seeing is Believing? Mitigating OCR Hallucinations in Multimodal Large Language Models",
        "Unleashing Perception-Time Scaling to Multimodal Reasoning Models",
    }
)

FAMILIES = {
    "gnn-based": (
        [
            "Which of Minghui Qiu's papers are GNN-based?",
            "gnn based stuff from them?",
            "any GNN-driven work by her?",
            "I'm curious whether he has GNN-style models.",
            "wich of qiu's papers are GNN-based?",
            "Could you list the GNN-based papers this researcher wrote?",
        ],
        GNN,
    ),
    "rl-based": (
        [
            "Which of Minghui Qiu's papers are RL-based?",
            "rl based stuff from her?",
            "any RL-driven work by them?",
            "I'm curious whether he has RL-style methods.",
            "wich of qiu's papers are RL-based?",
            "Could you list the RL-based papers this researcher wrote?",
        ],
        RL,
    ),
}


@pytest.mark.parametrize("family", list(FAMILIES))
def test_a_topic_based_on_a_named_thing_lists_the_papers_naming_it(
    bundled_assistant: Assistant, family: str
) -> None:
    phrasings, expected = FAMILIES[family]
    for q in phrasings:
        answer = bundled_assistant.ask(q)
        titles = cited(answer)
        assert {t.casefold() for t in titles} == {t.casefold() for t in expected}, (
            q,
            short(titles),
        )
