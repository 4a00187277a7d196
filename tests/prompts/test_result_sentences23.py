"""A paper's result asked in any words ('how did X do on the test set', 'headline number pls',
'what IoU does it achieve', 'does it beat the baselines') is answered by the sentence reporting
the measured result, not by one naming the data or the release that a search ranked first; a
dataset asked with its size ('which dataset did they build, and how big is it') by the sentence
naming the data with its size. A question the abstract has no figure for gets no made-up fit.
Made-up papers (no eval set holds them)."""

from __future__ import annotations

import pytest

from prompts.answer.detail import details_asked
from prompts.answer.offline import answer_fact, stating_sentences
from retrieval.filters import Filters
from retrieval.model import Paper
from retrieval.search import Hit, SearchResult
from tests.prompts.papers import made_paper

OPENING = "Glacier retreat is hard to map from optical satellite images under cloud cover."
PROPOSAL = "We propose GlacierNet, a segmentation model that fuses radar and optical bands."
DATASET = "To train it, we build IceTiles, a dataset of 40K labelled glacier tiles."
ONWARD = "Building on this dataset, GlacierNet learns from radar before optical bands."
RESULT = (
    "On the held-out Alpine test set, GlacierNet reaches an IoU of 87.3%, surpassing the best "
    "baseline by 6.1 points."
)
ANDES = "On the Andes test set, it reaches an IoU of 71.2%."
SIDE = "It also maps debris-covered ice in 3 valleys where earlier tools fail."
RELEASE = "Code and data will be released at https://example.org/glaciernet."
GLACIER = made_paper(
    "GlacierNet: Mapping Glacier Retreat from Satellite Imagery",
    " ".join([OPENING, PROPOSAL, DATASET, ONWARD, RESULT, ANDES, SIDE, RELEASE]),
)
# A benchmark named in one sentence, its size given in another.
SHORE_NAMED = "We introduce ShoreBench, the first benchmark for coastline change detection."
SHORE_SIZE = "ShoreBench holds 1,250 image pairs across 9 regions."
SHORE = made_paper(
    "ShoreBench: Detecting Coastline Change in Paired Satellite Images",
    " ".join(
        [
            "Coastlines change after storms, yet paired images are rarely annotated.",
            SHORE_NAMED,
            "Models that ignore tides miss most of these changes.",
            SHORE_SIZE,
        ]
    ),
)
# The same kind of paper with no figure reported anywhere.
UNMEASURED = made_paper(
    "DuneWatch: Tracking Sand Dune Migration from Drone Footage",
    " ".join(
        [
            "Sand dunes move in ways that threaten roads and villages.",
            "We propose DuneWatch, a tracker that follows dune crests across drone footage.",
            "To train it, we build DuneClips, a dataset of annotated drone flights.",
            "Code and data will be released at https://example.org/dunewatch.",
        ]
    ),
)


def searched(paper: Paper, *first: str) -> Hit:
    """The paper as a search found it, the given sentences ranked first (a search by meaning
    may rank the dataset or the release sentence above the result)."""
    return Hit(
        paper=paper, score=1.0, similarity=0.5, evidence=first[0], sentences=list(first),
        relevant=True,
    )  # fmt: skip


@pytest.mark.parametrize(
    "question",
    [
        "How did GlacierNet do on the test set?",
        "how did glaciernet do??",
        "glaciernet headline number pls",
        "What IoU does GlacierNet achieve on the Alpine test set?",
        "I'm curious how their glacier model did on held-out data.",
        "How did her glacier mapping model fare?",
        "Report the main figure GlacierNet gets on the benchmark.",
        "Does GlacierNet beat the baselines?",
        "Not the dataset, the result: what number does GlacierNet reach?",
    ],
)
def test_a_result_asked_is_the_measured_sentence(question: str) -> None:
    said = stating_sentences(question, searched(GLACIER, DATASET, RELEASE, PROPOSAL))
    assert said[0] == RESULT


def test_of_two_results_the_one_a_slipped_word_names_as_understood() -> None:
    """'andse' as the question was understood ('Andes'): the Andes result, not the Alpine one."""
    question = "what number does glaciernet get on the andse test set?"
    understood = "what number does glaciernet get on the Andes test set?"
    hit = searched(GLACIER, RESULT, DATASET, ANDES)
    assert stating_sentences(question, hit, understood=understood)[0] == ANDES


@pytest.mark.parametrize(
    "question",
    [
        "What dataset did they build for GlacierNet, and how big is it?",
        "which data comes with glaciernet and how large is it",
        "I need training data for glacier maps: what dataset did the GlacierNet authors make, "
        "and what size?",
    ],
)
def test_a_dataset_asked_with_its_size_is_the_sentence_naming_both(question: str) -> None:
    said = stating_sentences(question, searched(GLACIER, SIDE, ONWARD, RESULT))
    assert said[0] == DATASET


@pytest.mark.parametrize(
    "question",
    ["how big is the shorebench benchmark", "ShoreBench size?", "How large is their benchmark?"],
)
def test_the_size_of_a_named_benchmark_is_the_sentence_giving_it(question: str) -> None:
    said = stating_sentences(question, searched(SHORE, SHORE_NAMED))
    assert said[0] == SHORE_SIZE


@pytest.mark.parametrize(
    "question",
    [
        "How does GlacierNet do the fusion of radar and optical bands?",
        "What does GlacierNet do to achieve cloud-free maps?",
        "how many papers did she do in 2023?",
        "What is paper number 2 about?",
        "Why does GlacierNet allow any number k of bands?",
        "GlacierNet's numbers: tiles, regions, bands?",
    ],
)
def test_a_method_or_a_count_is_no_result_asked(question: str) -> None:
    assert "results" not in details_asked(question, GLACIER)


def test_no_figure_in_the_abstract_is_said_not_made_up() -> None:
    question = "How did DuneWatch do on its benchmark?"
    hit = searched(UNMEASURED, UNMEASURED.abstract.split(". ")[2] + ".")
    answer = answer_fact(question, SearchResult(query=question, filters=Filters(), hits=[hit]))
    assert "does not state numeric results" in answer.text
    assert "%" not in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "What speed-up did GlacierNet reach?",
        "what speedup does glaciernet achieve over the old mapper",
        "How much faster did GlacierNet do on GPUs?",
    ],
)
def test_a_speed_asked_is_asked_before_any_result(question: str) -> None:
    assert details_asked(question, GLACIER)[0] == "speed"
