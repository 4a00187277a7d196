"""A topic with a modifier the router used to drop. Exclusion ('X but not Y', 'X other than
Y', 'X excluding Y', 'X beyond Y', 'besides Y, what X'): the papers on X less those naming Y,
said so. Before, Y's words were searched as part of the topic, so Y's papers led the list.
Needs of the bundled profile (Minghui Qiu, 50 listed papers) that the eval sets do not ask
about; casual, formal, typo, he/she/they/the name and indirect wordings."""

from __future__ import annotations

import pytest

from prompts.assistant import Assistant
from tests.prompts.test_topic_phrasings import cited, short

# Few-shot work whose title names text classification
FEW_SHOT_CLASSIFICATION = frozenset(
    {
        "Meta-Learning Adversarial Domain Adaptation Network for Few-Shot Text Classification",
        "Meta-Learning Siamese Network for Few-Shot Text Classification",
        "Towards Unified Prompt Tuning for Few-shot Text Classification",
    }
)
FEW_SHOT_OTHER = frozenset(
    {
        "SpanProto: A Two-stage Span-based Prototypical Network for Few-shot Named Entity"
        " Recognition",
        "KECP: Knowledge Enhanced Contrastive Prompting for Few-shot Extractive Question Answering",
    }
)
DISTILLATION_CROSS_DOMAIN = frozenset(
    {
        "HRKD: Hierarchical Relational Knowledge Distillation for Cross-domain Language Model"
        " Compression"
    }
)
DISTILLATION_OTHER = frozenset(
    {
        "Meta-KD: A Meta Knowledge Distillation Framework for Language Model Compression"
        " across Domains"
    }
)

EXCLUSIONS = {
    "few-shot less text classification": (
        [
            "Which of Minghui Qiu's few-shot papers are about something other than text"
            " classification?",
            "few shot stuff but not text clasification, from her?",
            "Could you list his few-shot learning papers, excluding text classification?",
            "I'm curious whether they did few-shot work beyond text classification.",
            "Besides text classification, which few-shot problems has Qiu tackled?",
            "few-shot papers of theirs that aren't about text classification?",
        ],
        FEW_SHOT_CLASSIFICATION,
        FEW_SHOT_OTHER,
    ),
    "distillation less cross-domain": (
        [
            "Which of Minghui Qiu's knowledge distillation papers are not about cross-domain"
            " compression?",
            "distillation stuff from her but not the cross-domain ones?",
            "I'm curious whether he did knowledge distilation work other than cross-domain.",
            "Could you list the knowledge distillation papers this researcher wrote, excluding"
            " cross-domain ones?",
            "their knowledge distillation papers except cross-domain compression",
        ],
        DISTILLATION_CROSS_DOMAIN,
        DISTILLATION_OTHER,
    ),
}


@pytest.mark.parametrize("family", list(EXCLUSIONS))
def test_a_topic_but_not_another_lists_the_first_less_the_papers_naming_the_second(
    bundled_assistant: Assistant, family: str
) -> None:
    phrasings, left_out, kept = EXCLUSIONS[family]
    for q in phrasings:
        answer = bundled_assistant.ask(q)
        titles = cited(answer)
        assert not titles & left_out, (q, short(titles))
        assert kept <= titles, (q, short(titles))
        assert "Leaving out" in answer.text, (q, answer.text[:80])


def test_a_topic_all_on_the_subject_set_aside_is_a_no_with_its_papers(
    bundled_assistant: Assistant,
) -> None:
    """'Do her toolkits go beyond NLP?': every toolkit paper names NLP, so No, with them."""
    for q in [
        "Do Minghui Qiu's toolkits go beyond NLP?",
        "any toolkit of hers other than NLP ones?",
        "I'm curious whether they built toolkits excluding natural language processing.",
        "toolkits by him but not for nlp?",
        "Has the researcher released toolkits beyond natural langauge processing?",
    ]:
        answer = bundled_assistant.ask(q)
        assert answer.text.startswith("No: every listed paper"), (q, answer.text[:80])
        assert any(t.startswith("EasyNLP") for t in cited(answer)), q
