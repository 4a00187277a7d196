"""A model, metric or data set named without the version or prefix the papers glue to it
('Qwen' for 'Qwen2.5-VL' and 'Qwen-2.5-Math-7B', 'nexrad' for '3D-NEXRAD', 'gpt4o' for
'GPT-4o') is found in the papers that write it so: a yes/no says yes and cites them; a
name no paper uses in any form is still a no. Bundled profile (Minghui Qiu); phrasings of
no eval set."""

from __future__ import annotations

import pytest

from prompts.assistant import Assistant

QWEN = {"CURE", "Seeing is Believing"}  # 'Qwen-2.5-Math-7B', 'Qwen2.5-VL'


def _short(bot: Assistant, question: str) -> tuple[str, set[str]]:
    answer = bot.ask(question)
    return answer.text, {c.title.split(":")[0].split("?")[0] for c in answer.citations}


@pytest.mark.parametrize(
    "question",
    [
        "did any of her papers run experiments on Qwen?",
        "qwen used by him at all?",
        "I'm curious whether they built anything on Qwen models.",
        "Has Minghui Qiu ever fine-tuned a QWEN model?",
        "no paper of hers uses qwen, right?",
    ],
)
def test_a_name_without_its_version_finds_every_paper_writing_it_glued(
    bundled_assistant: Assistant, question: str
) -> None:
    text, cited = _short(bundled_assistant, question)
    assert cited >= QWEN, text[:300]
    assert not text.startswith(("No:", "Right")), text[:300]


@pytest.mark.parametrize(
    ("question", "paper"),
    [
        ("any nexrad in their work?", "Seeing Inside the Storm"),
        ("Has Minghui Qiu used NEXRAD radar data?", "Seeing Inside the Storm"),
        ("did she ever compare against gpt4o?", "Seeing is Believing"),
        ("gpt4o in any of qiu's experiments?", "Seeing is Believing"),
        ("bleu used anywhere?", "Kaleido-BERT"),
    ],
)
def test_a_name_said_apart_from_its_prefix_or_glued_is_found(
    bundled_assistant: Assistant, question: str, paper: str
) -> None:
    text, cited = _short(bundled_assistant, question)
    assert text.startswith("Yes") and paper in cited, text[:300]


@pytest.mark.parametrize(
    "question",
    ["did they use llama at all?", "any paper evaluated with mistral7b?"],
)
def test_a_name_no_paper_writes_is_still_a_no(bundled_assistant: Assistant, question: str) -> None:
    text, _ = _short(bundled_assistant, question)
    assert text.startswith("No"), text[:300]
