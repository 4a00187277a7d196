"""What one paper does, asked many ways ('the gist of X', 'how does X work?', 'what is X made
of?', 'the core idea of her glacier paper'), is answered with the same leading sentences
whichever answer the question reaches: the summary (with the paper's byline) or the fact
(the sentences stating it). Both lead with what the paper proposes and the sentence after it
saying how ('By combining ...'). Families of phrasings on a made-up profile no eval set holds,
and the bundled papers a review found answered with their background sentence."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.app import build_assistant
from prompts.answer.model import Answer
from prompts.assistant import Assistant
from tests.conftest import make_settings

GLACIER_PROPOSAL = (
    "In this paper, we propose GlacierFlow, a temporal segmentation network that follows "
    "meltwater channels through Sentinel-2 time series."
)
GLACIER_MEANS = (
    "By combining a cloud-aware attention gate and a recurrent channel tracker, GlacierFlow "
    "recovers channels hidden in single scenes."
)
GLACIER_RESULT = (
    "On 1,200 annotated scenes from Greenland, GlacierFlow raises channel F1 from 0.61 to 0.74."
)
LOOM_PROPOSAL = (
    "We introduce Loomis, a vision model that reads the interlacing of warp and weft threads "
    "and outputs a weaving draft."
)
LOOM_MEANS = (
    "Specifically, Loomis first locates thread crossings with a keypoint detector and then "
    "decodes the draft with a constrained transformer."
)
TIDE_PROPOSAL = (
    "To address this, we present TideCast, a graph neural network that links tide gauges along "
    "a coastline and forecasts water levels six hours ahead."
)
TIDE_MECHANISM = "Within TideCast, a novel mechanism called SurgeGate weighs wind and river gauges."
SURVEY_AIM = "This survey reviews 140 studies on detecting and classifying whale and dolphin calls."

PROFILE = f"""Rowan Example

LG
h-index7
4papers
321citations
Novelty40%
AI Score50

4 Papers

LGMar 3, 2022Code
GlacierFlow: Tracking Meltwater Channels with Cloud-Aware Attention

Rowan Example, Ines Alba, Tomas Berg

Meltwater channels on glaciers change within days, yet mapping them still relies on manual \
digitising of satellite scenes. Existing segmentation models treat each scene alone and lose \
channels under cloud cover. {GLACIER_PROPOSAL} {GLACIER_MEANS} {GLACIER_RESULT} The code and \
labels are released at https://github.com/example/glacierflow.

CVJun 10, 2023
Loomis: Recovering Weaving Drafts from Textile Photographs

Ines Alba, Rowan Example

Traditional weaving patterns are recorded in few archives, and most survive only as \
photographs of finished cloth. Recovering the draft that produced a cloth is slow even for \
experts. {LOOM_PROPOSAL} {LOOM_MEANS} Experiments on 3,400 photographs from four museum \
collections show Loomis recovers 89% of drafts exactly.

LGJan 20, 2024
TideCast: Forecasting Harbour Water Levels with Graph Neural Networks

Tomas Berg, Rowan Example, Ines Alba

Harbour operators need water-level forecasts hours ahead to schedule ship movements. Tide \
tables miss surges driven by wind and river discharge. {TIDE_PROPOSAL} {TIDE_MECHANISM} \
TideCast lowers the \
forecast error by 23% against harmonic tide predictions on 38 gauges. It ranks first on the \
open HarbourBench leaderboard.

CLFeb 14, 2025
A Survey of Passive Acoustic Monitoring for Marine Mammals

Rowan Example, Tomas Berg

Passive acoustic monitoring records marine mammals where ships and planes cannot follow \
them. {SURVEY_AIM} We group them by the hydrophone setup, the call type and the learning method. \
Open problems include labels for rare species and the drift of recorders over long deployments.
"""

GLACIER = [
    "whats the gist of GlacierFlow",  # casual
    "What is the central contribution of GlacierFlow?",  # formal
    "glacierflow - wat's teh core idea?",  # typos
    "How does GlacierFlow work?",
    "Could you explain how GlacierFlow works?",
    "explain GlacierFlow's approach",
    "I'm curious what GlacierFlow is made of.",  # indirect
    "what does GlacierFlow do?",
    "what does her meltwater channel paper do?",  # she, by a description
    "what did they propose in the meltwater tracking paper?",  # they
    "what's the main idea of his glacier paper",  # he
    "what's the core idea of Rowan's glacier paper?",  # the name
    "what's novel about GlacierFlow?",
    "the crux of GlacierFlow?",
    "I read that GlacierFlow is about meltwater channels; what's the core idea?",  # a premise
    "Core idea of GlacierFlow: Tracking Meltwater Channels with Cloud-Aware Attention?",  # title
]
LOOMIS = [
    "whats the gist of Loomis",
    "Loomis: how does it work?",
    "what's the main idea of the textile photo paper?",
    "what does Loomis propose?",
    "I'm curious what Loomis is built from",
    "so what is loomis made of?",
    "In Loomis: Recovering Weaving Drafts from Textile Photographs, what is the key idea?",
    "what does their weaving paper do",
    "loomis core idae?",
    "whats the novelty of the textile photo paper",
]
TIDECAST = [
    "TideCast in a sentence: what's the core idea?",
    "how does TideCast work?",
    "what's the gist of the harbour forecasting paper",
    "what does TideCast do",
    "Could you tell me what the main contribution of TideCast is?",
    "what is tidecast made of",
    "her water level forecasting paper: how does it work?",
    "Explain the approach behind TideCast.",
    "what's new in TideCast",
]


@pytest.fixture(scope="module")
def rowan(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    """A real Assistant over the made-up profile (real Chroma on disk, real MiniLM)."""
    root = tmp_path_factory.mktemp("rowan")
    path = root / "rowan.txt"
    path.write_text(PROFILE, encoding="utf-8")
    return build_assistant(make_settings(root / "data", Path(path)))


def said(answer: Answer) -> str:
    """What the answer says after its header ('Title (date ...): ')."""
    return answer.text.split("\n")[0].split("): ", 1)[1].replace(" [1]", "")


def cited(answer: Answer) -> list[str]:
    return [c.title.split(":")[0] for c in answer.citations]


@pytest.mark.parametrize("question", GLACIER)
def test_what_glacierflow_does_leads_with_its_proposal_and_how(
    rowan: Assistant, question: str
) -> None:
    answer = rowan.ask(question)
    assert said(answer).startswith(f"{GLACIER_PROPOSAL} {GLACIER_MEANS}"), answer.text
    assert cited(answer) == ["GlacierFlow"]


@pytest.mark.parametrize("question", LOOMIS)
def test_what_loomis_does_leads_with_its_proposal_and_how(rowan: Assistant, question: str) -> None:
    answer = rowan.ask(question)
    assert said(answer).startswith(f"{LOOM_PROPOSAL} {LOOM_MEANS}"), answer.text
    assert cited(answer) == ["Loomis"]


@pytest.mark.parametrize("question", TIDECAST)
def test_a_proposal_without_a_how_leads_alone(rowan: Assistant, question: str) -> None:
    answer = rowan.ask(question)
    assert said(answer).startswith(TIDE_PROPOSAL), answer.text
    assert cited(answer) == ["TideCast"]


def test_the_family_reaches_both_answers_and_they_agree(rowan: Assistant) -> None:
    """The phrasings reach the summary (byline) and the fact answer alike: the agreement
    above is between the two, not one answer asked twice."""
    answers = [rowan.ask(q) for q in GLACIER]
    bylined = {"Rowan Example, Ines Alba" in a.text.split("\n")[0] for a in answers}
    assert bylined == {True, False}
    assert len({said(a).split(". ")[0] for a in answers}) == 1


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("how many scenes was GlacierFlow tested on?", GLACIER_RESULT),
        ("What F1 does GlacierFlow reach on the Greenland scenes?", GLACIER_RESULT),
        ("which museum collections was Loomis tested on?", "Experiments on 3,400 photographs"),
    ],
)
def test_a_detail_asked_in_its_own_words_keeps_its_sentence(
    rowan: Assistant, question: str, lead: str
) -> None:
    answer = rowan.ask(question)
    assert said(answer).startswith(lead), answer.text


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("Which mechanism does TideCast introduce?", TIDE_MECHANISM),
        ("tidecast: what mechanism did they propose?", TIDE_MECHANISM),
        ("What model does TideCast introduce?", TIDE_PROPOSAL),
        ("which approach does the harbour forecasting paper propose", TIDE_PROPOSAL),
    ],
)
def test_a_kind_the_proposal_does_not_say_is_the_one_saying_it(
    rowan: Assistant, question: str, lead: str
) -> None:
    """'Which mechanism': the sentence naming the paper's mechanism, not its proposal, which
    says no mechanism; a model or an approach is what any proposal is."""
    answer = rowan.ask(question)
    assert said(answer).startswith(lead), answer.text


@pytest.mark.parametrize(
    "question",
    [
        "glacierflow cloud-aware attention - what does it do?",
        "what does GlacierFlow's cloud-aware attention do?",
    ],
)
def test_a_part_named_in_the_title_is_that_part(rowan: Assistant, question: str) -> None:
    """Title words said right after the paper's name name a part of it, not the paper: the
    sentence saying that part leads, on either answer."""
    answer = rowan.ask(question)
    assert said(answer).startswith(GLACIER_MEANS), answer.text


@pytest.mark.parametrize(
    "question",
    [
        "what's the gist of the marine mammal survey?",
        "core idea of the acoustic monitoring survey",
        "what does the whale call survey do?",
    ],
)
def test_a_paper_proposing_nothing_leads_with_what_it_does(rowan: Assistant, question: str) -> None:
    """A survey proposes nothing: the sentence saying what it does leads, on either answer."""
    answer = rowan.ask(question)
    assert said(answer).startswith(SURVEY_AIM), answer.text
    assert cited(answer) == ["A Survey of Passive Acoustic Monitoring for Marine Mammals"]


@pytest.mark.parametrize(
    ("questions", "lead"),
    [
        (
            ["whats the gist of SpanProto", "what does SpanProto propose?",
             "SpanProto - how does it work?", "what's the core idea of SpanProto"],
            "To this end, we propose a seminal span-based prototypical network (SpanProto)",
        ),
        (
            ["core idea of the HRKD paper", "HRKD: main contribution?",
             "explain how HRKD works", "what does the HRKD paper do?"],
            "In this paper, we target to compress PLMs with knowledge distillation",
        ),
        (
            ["what is Valley2 made of?", "whats the main idea behind valley2?",
             "Valley2: how does it work?"],
            "We introduce Valley2, a novel multimodal large language model",
        ),
    ],
)  # fmt: skip
def test_bundled_papers_answer_what_they_do_alike(
    bundled_assistant: Assistant, questions: list[str], lead: str
) -> None:
    answers = [bundled_assistant.ask(q) for q in questions]
    for answer in answers:
        assert said(answer).startswith(lead), answer.text
        assert len(answer.citations) == 1
    assert len({a.citations[0].paper_id for a in answers}) == 1
