"""The asker saying whom or what they ask for ('asking for my class', "I'm asking this for a
friend") says nothing of what is asked: the answer is the one the question gets without it,
and neither 'asking' nor what it is for is counted or listed as the topic. Bundled profile;
phrasings of our own (casual, formal, lower-case with a typo, he/she/they/the name)."""

from __future__ import annotations

import re

import pytest

from prompts.assistant import Assistant

ASKED = [
    ("how many papers on physics-guided models? asking for my class",
     "how many papers on physics-guided models?"),
    ("How many of Qiu's papers are about knowledge distillation? I'm asking for a friend.",
     "How many of Qiu's papers are about knowledge distillation?"),
    ("Physics-informed nowcasting work by Minghui Qiu? I'm asking for my meteorology seminar.",
     "Physics-informed nowcasting work by Minghui Qiu?"),
    ("count her papers on knowlege distillation, asking for my climat-science course",
     "count her papers on knowlege distillation"),
    ("Did they combine physics with deep nets for weather? Asking this for our reading club.",
     "Did they combine physics with deep nets for weather?"),
    ("which of his papers do prompt tuning? asking for a colleague",
     "which of his papers do prompt tuning?"),
]  # fmt: skip


@pytest.mark.parametrize(("question", "plain"), ASKED)
def test_what_the_asker_asks_for_is_no_topic(
    bundled_assistant: Assistant, question: str, plain: str
) -> None:
    answer, without = bundled_assistant.ask(question), bundled_assistant.ask(plain)
    assert answer.citations, answer.text
    assert [c.paper_id for c in answer.citations] == [c.paper_id for c in without.citations]
    assert not re.search(r"\bask", answer.text, re.IGNORECASE), answer.text
