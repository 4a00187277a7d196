"""A yes/no question negated on the person ('she doesn't do X?') asks whether she does X: it
is answered with the papers on X and a verdict said in full (a bare 'Yes' or 'No' could be
read either way), never as the list of papers not on X. Asked as a family of phrasings
(casual, formal, typo, he/she/they/the name, indirect) that must agree; a list of the papers
off a topic asked outright still gets that list."""

from __future__ import annotations

import pytest

from prompts.assistant import Assistant
from tests.prompts.test_yesno_phrasings import asked, cited

# Knowledge distillation: HRKD, Meta-KD, Learning to Augment (BERT distillation) and more.
KD_PAPERS = {"HRKD", "Meta-KD"}
NEGATED_KD = [
    "She doesn't do anything with knowledge distillation?",
    "qiu doesnt touch knowledge distillation stuff right",
    "Minghui Qiu hasn't written about knowledge distillation?",
    "I'm curious whether this researcher doesn't work on knowledge distilation at all.",
    "he does not use knowledge distillation in his papers?",
    "They never did knowledge distillation work?",
]


def test_a_negated_yes_no_on_the_person_is_answered_with_the_topics_papers(
    bundled_assistant: Assistant,
) -> None:
    answers = asked(bundled_assistant, NEGATED_KD)
    for question, answer in answers:
        assert "match not topic" not in answer.text, (question, answer.text)
        assert cited(answer) >= KD_PAPERS, (question, answer.text)
        # the verdict says what holds: she has papers on it (not a bare 'Yes:' or 'No:')
        assert answer.text.startswith(
            ("Not so: Minghui Qiu has listed papers on it.", "No, that is not right:")
        ), (
            question,
            answer.text,
        )
    assert len({frozenset(cited(a)) for _, a in answers}) == 1, [cited(a) for _, a in answers]


@pytest.mark.parametrize(
    "question",
    [
        "she doesn't work on quantum computing?",
        "Minghui Qiu hasn't published anything on protein folding?",
    ],
)
def test_a_negated_yes_no_on_a_subject_she_never_touched_is_confirmed(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith("Right, as far as the listing shows"), answer.text
    assert not answer.citations, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Which of her papers don't use knowledge distillation?",
        "papers by Qiu without knowledge distillation",
    ],
)
def test_the_papers_off_a_topic_asked_outright_are_still_listed(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert "match not topic" in answer.text, answer.text
    assert not KD_PAPERS & cited(answer), answer.text
