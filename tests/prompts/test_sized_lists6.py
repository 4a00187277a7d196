"""A list the asker sized ('top 3 papers on X', 'name one paper on Y', 'just two of her Z
papers'): the best that many of the matching papers, with the number that match, so nobody
reads 8 papers after asking for 2. A bound ('more than 3 papers') or a claim ('only one
business unit') sizes nothing. Before, every matching paper was listed. Topics of the bundled
profile (Minghui Qiu, 50 listed papers); casual, formal, typo, he/she/they/the name and
indirect wordings."""

from __future__ import annotations

import pytest

from prompts.answer.offline import asked_size
from prompts.assistant import Assistant
from tests.prompts.test_topic_phrasings import cited

SIZED = {
    2: [
        "Name two of Minghui Qiu's papers on knowledge distillation.",
        "just give me 2 knowledge distilation papers from her",
        "Could you pick two of his papers about knowledge distillation?",
        "I'm curious, can you list 2 of their knowledge distillation papers?",
        "top 2 papers by qiu on knowledge distillation pls",
    ],
    1: [
        "Name one paper on e-commerce by Minghui Qiu.",
        "just one e-commerce paper of hers?",
        "Could you suggest a single paper of his on e-commerce?",
        "give me one ecommerce paper from them",
    ],
}


@pytest.mark.parametrize("size", list(SIZED))
def test_a_sized_list_cites_that_many_and_says_how_many_match(
    bundled_assistant: Assistant, size: int
) -> None:
    for q in SIZED[size]:
        answer = bundled_assistant.ask(q)
        assert len(cited(answer)) == size, (q, answer.text[:300])
        assert "best:" in answer.text.split("\n")[0], (q, answer.text[:200])


@pytest.mark.parametrize(
    "question",
    [
        "Has she published more than 3 papers on retrieval?",
        "I read EasyNLP was deployed in only one business unit. Is that correct?",
        "Which papers deal with knowledge distillation?",
        "Did he write at least two papers on e-commerce?",
        "Give me three keywords that describe her research.",
        "Could you list his work on learning from only a handful of labeled examples?",
        "she has just one paper on it?",
        "Is there only one paper on GNNs?",
        "any one-shot learning from just one example?",
    ],
)
def test_a_bound_or_a_claim_sizes_no_list(question: str) -> None:
    assert asked_size(question) is None


def test_a_sized_list_keeps_the_best_of_the_full_list(bundled_assistant: Assistant) -> None:
    """The two named are the first two of the unsized answer: best first, nothing re-ranked."""
    full = bundled_assistant.ask("Which of her papers are on knowledge distillation?")
    two = bundled_assistant.ask("Name two of her papers on knowledge distillation.")
    assert [c.title for c in two.citations] == [c.title for c in full.citations][:2]
