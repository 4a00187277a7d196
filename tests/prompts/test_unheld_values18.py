"""A value asked of a named paper that only a figure or a proper name gives (issue 11): the
size of a lead over something ('by how many points', 'the margin over X'), the make or model
of the hardware it ran on, one of two names offered ('UbiComp or MobiSys?'). An abstract that
says the thing in words only ('clear gains', 'watch-based sensing') does not answer it, and
the decline says what is missing; a sibling abstract that states it keeps its answer, and
questions of another shape (a loss named 'max-margin', a date, a category set aside) are no
such ask. Papers and phrasings are made up: no eval set holds them."""

from __future__ import annotations

import pytest

from prompts.answer.dimensions import missing_kind
from prompts.answer.measured import unmeasured
from prompts.answer.products import missing_product
from prompts.assistant import Assistant
from tests.prompts.papers import made_paper

TAGGER = "SparseTag: Few-Shot Clinical Entity Tagging with Span Prototypes"
WORDS_ONLY = made_paper(
    TAGGER,
    "We propose SparseTag, a span prototype tagger for clinical notes. "
    "Extensive experiments on three benchmarks show clear gains of SparseTag over strong baselines.",
)
FIGURES = made_paper(
    TAGGER,
    "We propose SparseTag, a span prototype tagger for clinical notes. "
    "SparseTag improves F1 by 4.2 points over BERT-CRF on three benchmarks.",
)

LEAD_ASKED = [
    "By how many F1 points does SparseTag beat BERT-CRF?",
    "sparsetag vs crf -- margin?",
    "How much better than the baselines is SparseTag?",
    "What is the exact improvement of SparseTag over prior taggers?",
    "Could you tell me the precise gain her SparseTag paper reports over the baseline?",
    "their tagger's margins over proto nets, pls",
    "how many points higher is sparsetag than the crf baseline",
]


@pytest.mark.parametrize("question", LEAD_ASKED)
def test_a_lead_is_declined_in_words_only_and_answered_as_a_figure(question: str) -> None:
    assert unmeasured(question, WORDS_ONLY) is not None  # no figure (or not the F1 named)
    assert unmeasured(question, FIGURES) is None


@pytest.mark.parametrize(
    "question",
    [
        "Does SparseTag use a max-margin loss?",
        "Is the margin loss of SparseTag new?",
        "SparseTag = better tagging? how much better",  # a premise, checked first
        "What does SparseTag propose?",
        "Is SparseTag better than BERT-CRF?",
    ],
)
def test_no_lead_asked_is_left_to_the_answer(question: str) -> None:
    assert unmeasured(question, WORDS_ONLY) is None


GAIT = "GaitSense: Fall Detection from Wrist Wearables with Test-time Calibration"
UNNAMED = made_paper(
    GAIT,
    "We present GaitSense, which detects falls from wrist-worn watch sensors and phone "
    "accelerometers. Evaluations on phone-based and watch-based recordings show it is robust.",
)
NAMED = made_paper(
    GAIT,
    "We present GaitSense, which detects falls from wrist-worn watch sensors. Data were "
    "collected with Samsung Galaxy Watch devices and Pixel phones at UbiComp 2023.",
)

MAKE_ASKED = [
    "Which smartwatch brand did GaitSense use?",
    "gaitsense phone model?",
    "In GaitSense, which brand of smartwatch did she record with?",
    "Name the exact devices used in the GaitSense study.",
    "whcih phone brands did they test gaitsense on",
    "I'd like to know the specific watches behind GaitSense.",
    "For a replication: what watch models did the GaitSense authors wear?",
]


@pytest.mark.parametrize("question", MAKE_ASKED)
def test_a_make_is_declined_unless_the_abstract_names_one(question: str) -> None:
    gap = missing_kind(question, [UNNAMED])
    assert gap is not None and "make or model" in gap
    assert missing_product(question, [NAMED]) is None


OFFERED = [
    "was GaitSense at UbiComp or MobiSys?",
    "GaitSense -- tested on iPhone or Android?",
    "Did they use a Fitbit or an Apple Watch for GaitSense?",
    "Is GaitSense from Google or Microsoft?",
    "gaitsense: Samsung or Pixel hardware",
]


@pytest.mark.parametrize("question", OFFERED)
def test_two_names_the_record_never_says_are_declined(question: str) -> None:
    gap = missing_product(question, [UNNAMED])
    assert gap is not None and "says neither" in gap


@pytest.mark.parametrize(
    "question",
    [
        "was GaitSense at UbiComp or MobiSys?",
        "gaitsense: Samsung or Pixel hardware",
        "Did they use Pixel or iPhone phones?",
    ],
)
def test_one_name_offered_that_the_record_says_is_answered(question: str) -> None:
    assert missing_product(question, [NAMED]) is None


@pytest.mark.parametrize(
    "question",
    [
        "Does GaitSense run on phones or watches?",
        "Is GaitSense LG or CV?",
        "Not CL or CV: which category is GaitSense in?",
        "Was GaitSense posted in June, July or August?",
        "Which model does GaitSense calibrate at test time?",
        "Which devices does GaitSense target?",
    ],
)
def test_other_shapes_are_no_ask_for_a_name(question: str) -> None:
    assert missing_product(question, [UNNAMED]) is None


# The bundled profile: papers no readable set asks these of. A decline names what is missing
# and cites the paper; a sibling whose abstract gives the figure keeps its answer.
@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("gce-gnn vs sr-gnn margin?", "any figure"),
        ("How much better than the baselines is KECP, exactly?", "any figure"),
        ("What's the exact improvement of SpanProto over prior few-shot NER methods?", "figure"),
        ("Is FashionBERT from Alibaba or Tencent?", "Alibaba or Tencent"),
        ("Which camera brand did the Logo-VGR team shoot their logos with?", "make or model"),
    ],
)
def test_a_value_the_bundled_abstract_does_not_give_is_declined(
    bundled_assistant: Assistant, question: str, said: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.abstained, (question, answer.text[:300])
    assert "does not state" in answer.text and said in answer.text, answer.text[:300]
    assert answer.citations, question


@pytest.mark.parametrize(
    "question",
    [
        "By how many points does Logo-VGR beat strong baselines in OOD settings?",
        "What's the exact improvement of MeteoLogist over strong baselines?",
    ],
)
def test_a_lead_the_bundled_abstract_gives_is_answered(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert not answer.abstained, (question, answer.text[:300])
    assert answer.citations, question
