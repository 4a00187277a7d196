"""A question asking what one paper does, in words no sentence of its abstract says ('key
components?', 'how does it work?', 'main ingredients'), is answered by the sentence stating
what the paper proposes, with the one after it when that says how ('By combining ...'); a
name asked of a kind ('what is their model called') is the name given to that kind, not the
paper's dataset; the words pointing at the paper ('the multilingual retrieval paper') ask no
detail. Made-up papers (no eval set holds them) and the bundled profile."""

from __future__ import annotations

import pytest

from prompts.answer.offline import stating_sentences
from prompts.assistant import Assistant
from retrieval.model import Paper
from retrieval.search import Hit
from tests.prompts.papers import made_paper

OPENING = "Bird song identification in noisy recordings remains hard for small devices."
LEADERBOARD = "Additionally, ChirpNet ranks third on the BirdCLEF leaderboard among small models."
PROPOSAL = "In this paper, we propose ChirpNet, a compact audio classifier for field recorders."
MEANS = (
    "By combining a spectrogram denoiser and a distilled transformer encoder, ChirpNet keeps "
    "accuracy while running on a microcontroller."
)
EVALUATION = (
    "Through evaluations across diverse datasets, including forest, wetland and urban "
    "recordings, we show ChirpNet generalises."
)
CHIRP = made_paper(
    "ChirpNet: Compact Bird Song Identification for Field Recorders",
    " ".join([OPENING, PROPOSAL, MEANS, LEADERBOARD, EVALUATION]),
)

DATASET = "Hence, this paper introduces TIDEPOOL, the first dataset of annotated shoreline photos."
METHOD = "Consequently, we propose Kelp, a novel fine-tuning framework that adapts vision models."
TIDE = made_paper(
    "TIDEPOOL: A Shoreline Photo Benchmark for Coastal Monitoring",
    " ".join(
        [
            "Coastal monitoring relies on photos that are rarely annotated.",
            DATASET,
            "Extensive experiments on TIDEPOOL show existing models miss small organisms.",
            METHOD,
            "Kelp improves accuracy by 12.5% over conventional approaches on TIDEPOOL.",
        ]
    ),
)


def searched(paper: Paper, *first: str) -> Hit:
    """The paper as search found it, its sentences in the given order first (a search by
    meaning may put a leaderboard sentence before the proposal)."""
    rest = [s for s in paper.abstract.split(". ") if s]
    order = [*first, *(s for s in rest if s not in first)]
    return Hit(
        paper=paper, score=1.0, similarity=0.5, evidence=order[0], sentences=list(first),
        relevant=True,
    )  # fmt: skip


@pytest.mark.parametrize(
    "question",
    [
        "ChirpNet: key components?",
        "what are chirpnet's main ingredients",
        "How does ChirpNet work?",
        "Could you explain the core idea of ChirpNet?",
        "chirpnet - wat r the main pieces??",
        "I'm curious what ChirpNet is built from.",
    ],
)
def test_what_a_paper_does_leads_with_its_proposal_and_how(question: str) -> None:
    said = stating_sentences(question, searched(CHIRP, LEADERBOARD, EVALUATION))
    # the proposal and how it is built lead (either first: 'key components' asks the second)
    assert set(said[:2]) == {PROPOSAL, MEANS} or said[0] == MEANS, said


@pytest.mark.parametrize(
    "question",
    [
        "Where does ChirpNet rank on the BirdCLEF leaderboard?",
        "chirpnet leaderboard position?",
        "What recordings was ChirpNet evaluated on: forest, wetland?",
    ],
)
def test_a_word_the_abstract_says_keeps_its_sentence(question: str) -> None:
    said = stating_sentences(question, searched(CHIRP, LEADERBOARD, EVALUATION))
    assert said[0] in (LEADERBOARD, EVALUATION), said
    assert said[0] != PROPOSAL


@pytest.mark.parametrize(
    "question",
    [
        "the shoreline photo paper, what's their model called?",
        "What is the name of the method proposed in TIDEPOOL?",
        "tidepool: their fine-tuning approach is called what?",
        "In TIDEPOOL: A Shoreline Photo Benchmark, what framework do they call their method?",
        "what did the TIDEPOOL authors call their model",
    ],
)
def test_a_name_asked_of_a_method_is_the_method_not_the_dataset(question: str) -> None:
    said = stating_sentences(question, searched(TIDE, DATASET))
    assert "Kelp" in said[0], said


@pytest.mark.parametrize(
    "question",
    [
        "What's the dataset in the shoreline photo paper called?",
        "name of the benchmark TIDEPOOL introduces?",
    ],
)
def test_a_name_asked_of_data_stays_the_dataset(question: str) -> None:
    said = stating_sentences(question, searched(TIDE, METHOD))
    assert said[0] == DATASET, said


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("Valley2: key components?", "We introduce Valley2"),
        ("what are valley2's main ingredients", "We introduce Valley2"),
        ("Meta-SN: main ingredients?", "In this paper, we propose a Meta-Learning Siamese"),
        ("How does Meta-SN work, roughly?", "In this paper, we propose a Meta-Learning Siamese"),
        ("CODA test-time adaptation: key components?", None),
        ("What two ingredients does CODA combine to adapt on the device cheaply?", None),
    ],
)
def test_bundled_papers_answer_what_they_do(
    bundled_assistant: Assistant, question: str, lead: str | None
) -> None:
    answer = bundled_assistant.ask(question)
    first = answer.text.split("\n")[0]
    if lead:
        assert lead in first.split("): ", 1)[1][: len(lead) + 20], first
    else:  # CODA: its two ingredients are said
        assert "clustering loss" in first and "importance-weighted" in first, first
    assert len(answer.citations) == 1


@pytest.mark.parametrize(
    "question",
    [
        "the multilingual product retrieval paper, what's their model called?",
        "In MERIT: Multilingual Semantic Retrieval, what method do they propose?",
        "merit paper - name of their fine-tuning framework?",
    ],
)
def test_merit_model_is_coral(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    assert "Coral" in answer.text.split("\n")[0], answer.text
