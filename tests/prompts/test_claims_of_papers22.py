"""'Claim' said of a paper asks what the paper reports; said of the profile, of the listing or of
a number of papers it asks the header's count. Each need is asked several ways (casual, formal,
a typo, she/they/the name, indirect) on a synthetic profile; the answers must agree."""

from __future__ import annotations

from pathlib import Path

import pytest

from prompts.assistant import Assistant
from tests.prompts import synthetic

PAPERS = [
    (
        "GlacierNet: Tracking Glacier Retreat from Satellite Images",
        "GlacierNet tracks glacier retreat from satellite images. On the Alpine benchmark it "
        "cuts the mean error by 17.4% over the best baseline. It runs on a single GPU.",
    ),
    (
        "LoomBERT: Pre-training for Textile Pattern Descriptions",
        "LoomBERT is pre-trained on textile pattern descriptions. It trains 3.5x faster than "
        "its predecessor and is deployed in two weaving studios.",
    ),
]
HEADER = "papers claimed (profile header)"


@pytest.fixture(scope="module")
def ada(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    root: Path = tmp_path_factory.mktemp("claims22")
    return synthetic.opened(root, synthetic.profile_text(PAPERS, "CV", 4, 3))


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("What error reduction does the GlacierNet paper claim?", "17.4"),
        ("what eror reduction does the glaciernet paper claim", "17.4"),
        ("I'm curious what improvement GlacierNet claims on the Alpine benchmark.", "17.4"),
        ("GlacierNet - error claim vs the best baseline?", "17.4"),
        ("By how much does Ada Example's GlacierNet paper claim to cut the error?", "17.4"),
        ("What speed-up does the LoomBERT paper claim?", "3.5x"),
        ("loombert speed claim?", "3.5x"),
        ("Which speedup do they claim for LoomBERT?", "3.5x"),
    ],
)
def test_what_a_paper_claims_is_its_abstract(ada: Assistant, question: str, said: str) -> None:
    answer = ada.ask(question)
    assert HEADER not in answer.text, answer.text[:300]
    assert said in answer.text, answer.text[:300]


@pytest.mark.parametrize(
    "question",
    [
        "How many papers does the profile claim?",
        "how many papers does Ada Example claim?",
        "papers claimed vs listed?",
        "What's her claimed paper count?",
        "How many papers are claimed in the header?",
        "I'm curious how many publications they claim.",
    ],
)
def test_the_claimed_count_is_the_header(ada: Assistant, question: str) -> None:
    answer = ada.ask(question)
    assert HEADER in answer.text or "claimed" in answer.text.split("\n")[0], answer.text[:300]
    assert not answer.abstained
