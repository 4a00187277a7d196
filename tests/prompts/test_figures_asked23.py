"""An accuracy or a score asked of a named paper as a value ('what accuracy does X reach', 'how
accurate is X', "X's accuracy on the four benchmarks?", 'in %', 'the exact scores of X on each
dataset') is a number (issue 11): an abstract that reports its results in words only ('clear
superiority over strong baselines') does not answer it, and the answer is a decline saying the
abstract gives no figure, with what it does say; a paper whose abstract gives the figure keeps
its answer, and questions asking no value ('does X improve accuracy?', 'how well does X do?')
are left to the answer, as is a paper reporting no results at all (a survey: the premise is
what is wrong). Casual, formal, typo, he/she/they/the name, indirect; papers and
phrasings are made up on a synthetic profile: no eval set holds them."""

from __future__ import annotations

from pathlib import Path

import pytest

from prompts.answer.measured import unmeasured, unvalued
from prompts.assistant import Assistant
from tests.prompts.papers import made_paper
from tests.prompts.synthetic import opened, profile_text

QUILL = "QuillNet: Few-Shot Poem Classification with Rhyme Prototypes"
QUILL_WORDS = (
    "Few-shot poem classification suffers from scarce labels. We propose QuillNet, which builds "
    "rhyme prototypes from a small support set. Extensive experiments on four benchmark datasets "
    "show the clear superiority of QuillNet over state-of-the-art baselines."
)
QUILL_FIGURES = (
    "Few-shot poem classification suffers from scarce labels. We propose QuillNet, which builds "
    "rhyme prototypes from a small support set. QuillNet reaches 87.5% accuracy on four benchmark "
    "datasets, 4.1 points above the best baseline."
)
LOOM = "LoomSeg: Textile Defect Segmentation with Weave Priors"
LOOM_ABSTRACT = (
    "Textile defects are small and rare. We present LoomSeg, a segmenter guided by weave priors. "
    "LoomSeg achieves 91.4% pixel accuracy on TexDef and improves mIoU by 3.2 points."
)

ASKED = [
    "What accuracy does QuillNet reach?",
    "how accurate is quillnet, in %",
    "For my survey table: QuillNet's accuracy on the four benchmarks?",
    "Could you give me the exact scores of QuillNet on each dataset?",
    "what's her QuillNet paper's top-1 accuracy",
    "I'd like to know what accuracy they report for QuillNet.",
    "What scores does Ada Example's QuillNet get?",
    "How accurate is his rhyme prototype model?",
    "whats the acuracy of quillnet",
    "QuillNet accuracy?",
]


@pytest.mark.parametrize("question", ASKED)
def test_a_value_asked_is_declined_in_words_only_and_answered_as_a_figure(question: str) -> None:
    words, figures = made_paper(QUILL, QUILL_WORDS), made_paper(QUILL, QUILL_FIGURES)
    assert (unmeasured(question, words) or unvalued(question, words)) is not None
    assert unmeasured(question, figures) is None
    assert unvalued(question, figures) is None


@pytest.mark.parametrize(
    "question",
    [
        "Does QuillNet improve accuracy?",
        "How well does QuillNet do?",
        "Is QuillNet more accurate than the baselines?",
        "What does QuillNet propose?",
        "Which datasets is QuillNet evaluated on?",
        "quillnet results?",
    ],
)
def test_no_value_asked_is_left_to_the_answer(question: str) -> None:
    words = made_paper(QUILL, QUILL_WORDS)
    assert unmeasured(question, words) is None
    assert unvalued(question, words) is None


SURVEY = made_paper(
    "Tidal Learning: A Survey of Sequence Models for Ocean Data",
    "Sequence models are increasingly applied to ocean data. This paper provides a systematic "
    "review of recurrent and attention-based designs, and outlines open challenges.",
)


@pytest.mark.parametrize(
    "question",
    [
        "what accuracy did the Tidal Learning method get",
        "How accurate is their tidal learning approach?",
        "Tidal Learning's accuracy on ocean data?",
    ],
)
def test_a_paper_reporting_no_results_is_left_to_the_answer(question: str) -> None:
    # a survey reports none: the question's premise (a method with results) is checked instead
    assert unmeasured(question, SURVEY) is None
    assert unvalued(question, SURVEY) is None


@pytest.fixture(scope="module")
def ada(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    text = profile_text([(QUILL, QUILL_WORDS), (LOOM, LOOM_ABSTRACT)], "LG", others=3, kinds=3)
    return opened(Path(tmp_path_factory.mktemp("ada")), text)


@pytest.mark.parametrize(
    "question",
    [
        "What accuracy does QuillNet reach?",
        "how accurate is quillnet in %",
        "Could you tell me the exact scores QuillNet gets on each dataset?",
        "quillnet accuracy on the four benchmarks, in percent?",
        "What accuracy did Ada Example's QuillNet achieve on its benchmarks?",
        "whats the acuracy of quillnet",
        "quillnet accuracy?",
    ],
)
def test_a_paper_reporting_in_words_only_is_declined_with_the_reason(
    ada: Assistant, question: str
) -> None:
    answer = ada.ask(question)
    assert answer.abstained, answer.text
    assert "figure" in answer.text and "QuillNet" in answer.text
    assert [c.title for c in answer.citations] == [QUILL]  # what it does say, quoted


@pytest.mark.parametrize(
    "question",
    [
        "What accuracy does LoomSeg reach?",
        "how accurate is loomseg, in %",
        "Could you tell me the exact scores LoomSeg gets?",
        "What accuracy did Ada Example's LoomSeg achieve on TexDef?",
    ],
)
def test_a_paper_giving_the_figure_is_answered_with_it(ada: Assistant, question: str) -> None:
    answer = ada.ask(question)
    assert not answer.abstained, answer.text
    assert "91.4%" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Since QuillNet only uses one benchmark, what accuracy does it reach?",
        "Given that QuillNet just labels each poem in one pass, what is its accuracy?",
        "As quillnet was tested on a single dataset only, what score did it get?",
    ],
)
def test_a_premise_the_abstract_does_not_say_is_answered_first(
    ada: Assistant, question: str
) -> None:
    # the given clause is doubted with the abstract's closest sentence, not replaced by the decline
    answer = ada.ask(question)
    assert not answer.abstained, answer.text
    assert "abstract does not say that" in answer.text.split("\n")[0]
