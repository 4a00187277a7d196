"""An institution said to be where a named paper comes from is checked against the paper's
affiliation tag, the profile's only record of one: 'the SiamNet paper was from Tsinghua' is
corrected first with the tag ('pku'), cited; an untagged paper is left to what its abstract
says; the tag said right is confirmed ('Yes' to a yes/no), never
corrected. Families of phrasings (casual, formal, lower case, in brackets, '-affiliated',
yes/no, a question built on it) on a synthetic profile; controls: a paper's own word, a month,
a year or a category after 'from' is no institution."""

from __future__ import annotations

from pathlib import Path

import pytest

from prompts.assistant import Assistant
from tests.prompts.synthetic import opened

PAPERS = [
    ("CL", "Feb 5, 2023", "SiamNet: Siamese Networks for Few-Shot Text Classification",
     "Lin Han, Yu Wang, Ada Example et al. · pku",
     "We propose SiamNet, a siamese network for few-shot text classification built at Alibaba."),
    ("CL", "Apr 1, 2022", "PromptCon: Contrastive Prompt Tuning for Few-Shot Learners",
     "Zi Xu, Ada Example, Bo Li et al. · cmu",
     "PromptCon tunes prompts contrastively so language models learn from a few examples."),
    ("CV", "Jun 12, 2023", "VidChat: A Video Assistant with Language Models",
     "Rui Luo, Ada Example",
     "VidChat answers questions about long videos with a large language model."),
]  # fmt: skip


def _text() -> str:
    items = [f"{c}{d}\n{t}\n\n{a}\n\n{b}\n" for c, d, t, a, b in PAPERS]
    head = (
        f"Ada Example\n\nCL\nh-index3\n{len(PAPERS)}papers\n10citations\n\n{len(PAPERS)} Papers\n\n"
    )
    return head + "\n".join(items)


@pytest.fixture(scope="module")
def ada(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return opened(Path(tmp_path_factory.mktemp("origin")), _text())


WRONG_TAG = [
    ("The SiamNet paper was from Tsinghua, right? What does it do?", "SiamNet", "pku"),
    ("the siamnet paper is from Tsinghua University, what did it propose", "SiamNet", "pku"),
    (
        "Regarding the Tsinghua-affiliated SiamNet paper: what problem does it address?",
        "SiamNet",
        "pku",
    ),
    (
        "I'm curious what the SiamNet work contributes, given it came out of Tsinghua.",
        "SiamNet",
        "pku",
    ),
    ("what does the SiamNet paper (the cmu one) do?", "SiamNet", "pku"),
    ("Was PromptCon from Stanford?", "PromptCon", "cmu"),
    ("Her PromptCon paper came out of PKU, didn't it?", "PromptCon", "cmu"),
]


@pytest.mark.parametrize(("question", "paper", "tag"), WRONG_TAG)
def test_an_institution_the_tag_contradicts_is_corrected_first(
    ada: Assistant, question: str, paper: str, tag: str
) -> None:
    answer = ada.ask(question)
    first = answer.text.split("\n")[0]
    assert first.startswith(("No", "That premise does not hold")), (question, answer.text)
    assert f"'{tag}'" in first and paper in first, (question, answer.text)
    assert any(c.title.startswith(paper) for c in answer.citations), (question, answer.text)


def test_an_untagged_paper_is_left_to_its_abstract(ada: Assistant) -> None:
    for q in ("Is the VidChat paper from Tsinghua?", "VidChat was from Tsinghua, right?"):
        answer = ada.ask(q)
        assert not answer.text.startswith("Yes"), (q, answer.text)
        assert "tagged" not in answer.text, (q, answer.text)


@pytest.mark.parametrize(
    "question",
    ["Is the SiamNet paper from PKU?", "siamnet from pku?", "Was SiamNet pku-affiliated?"],
)
def test_the_tag_said_right_is_confirmed(ada: Assistant, question: str) -> None:
    answer = ada.ask(question)
    assert answer.text.startswith("Yes"), (question, answer.text)
    assert "not " not in answer.text.split("\n")[0], (question, answer.text)


@pytest.mark.parametrize(
    "question",
    [
        "What does the SiamNet paper do?",
        "SiamNet was built at Alibaba, right?",
        "What does the SiamNet paper from February do?",
        "What does the SiamNet paper from 2023 do?",
        "Is the SiamNet paper from CL?",
        "how big is vidchat (params)",
        "Which Llama version did the VidChat authors train?",
        "SiamNet uses region-of-interest (RoI) features, right?",
        "was SiamNet at SIGIR or AAAI?",
        "Was PromptCon at NeurIPS or somewhere else?",
        "VidChat was compared against annotators from Europe, right?",
        "sponsors / acknowledgements of the VidChat paper?",
        "What is the DOI of the SiamNet paper?",
        "Given that VidChat was tested on videos from Europe, how many were used?",
    ],
)
def test_no_institution_said_no_tag_line(ada: Assistant, question: str) -> None:
    answer = ada.ask(question)
    assert "tagged" not in answer.text and "affiliation" not in answer.text, (question, answer.text)
