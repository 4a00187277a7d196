"""A detail asked of one named paper is answered by the sentence that says it, though the asker
uses other words than the abstract ('warning signs' for its 'precursors', 'go live' for
'deployed on online production'): the paper's sentences are ranked by meaning as well as by the
words typed. A part said not to be asked does not pick the sentence; details the metadata holds
stay metadata answers, and a detail no sentence states stays declined."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from _pytest.mark import ParameterSet

from prompts.answer.meaning import SentenceMeaning, asked_of
from prompts.assistant import Assistant
from retrieval.model import Paper

# Phrasings the ranking does not answer yet: a kind scorer or a vaguer meaning picks another
# sentence (strict: each passing one is noticed and its mark taken off).
NOT_YET = pytest.mark.xfail(strict=True, reason="another sentence still ranks first")


def _paper(title: str, abstract: str, paper_id: str = "x") -> Paper:
    return Paper(
        id=paper_id, n=1, title=title, authors=["A. B"], authors_truncated=False,
        category="CL", date=dt.date(2022, 1, 1), abstract=abstract,
    )  # fmt: skip


def _family(said: str, asked: list[str], not_yet: tuple[str, ...] = ()) -> list[ParameterSet]:
    """A need's phrasings, each with the words its answer must say; `not_yet`: those still
    answered by another sentence (strict xfail)."""
    phrasings = [*asked, *not_yet]
    return [pytest.param(q, said, marks=[NOT_YET] if q in not_yet else [], id=q) for q in phrasings]


FAMILIES = [
    # MeteoLogist's opening names the 'atmospheric precursors' (low-level convergence,
    # turbulent eddies, latent heating) nowcasting ignores; no phrasing says 'precursors'.
    *_family(
        r"convergence|turbulent eddies|latent heating",
        [
            "What early warning signs of a storm does MeteoLogist pay attention to?",
            "meteologist: which tell-tale signals before a storm forms do radar systems overlook?",
            "In the MeteoLogist paper, what hints that a storm is about to be born do they say"
            " current nowcasting ignores?",
            "I'd like to know which atmospheric cues ahead of convection MeteoLogist mentions.",
            "What clues preceding storm formation does the MeteoLogist framework name?",
        ],
    ),
    # HRKD's second sentence: large PLMs' 'huge model size and low inference speed have
    # hindered the deployment on resource-limited devices'.
    *_family(
        r"resource-limited|inference speed",
        [
            "Why does HRKD want to shrink big language models at all?",
            "What practical obstacle with big PLMs does the HRKD paper begin by pointing to?",
        ],
        (
            "hrkd - what's the trouble with large pretrained models that motivates it",
            "According to HRKD, what stops huge PLMs from running on phones and small hardware?",
            "What drawback of heavyweight pre-trained LMs does HRKD set out from?",
        ),
    ),
    # Learning to Expand's last sentence: 'deployed our method on online production in an
    # e-commerce company'.
    *_family(
        r"online production",
        [
            "Where did the Learning to Expand method go live for real shoppers?",
            "What live service has the Learning to Expand approach been shipped to?",
            "I'm curious whether the Learning to Expand system runs on a real online shopping"
            " site.",
        ],
        (
            "learning to expand paper: in what setting was the PRF selector put in front of"
            " actual customers?",
            "Beyond offline benchmarks, where was Learning to Expand tried with real traffic?",
        ),
    ),
    # RainSeer's second sentence: interpolation methods 'often over-smooth critical
    # structures, failing to capture sharp transitions and localized extremes'.
    *_family(
        r"over-smooth|sharp transitions",
        [
            "Where do older interpolation approaches fall short, according to RainSeer?",
            "What shortcoming of prior gauge-based interpolation does RainSeer criticise?",
        ],
        (
            "rainseer: what goes wrong with earlier ways of filling in rainfall between stations?",
            "In the RainSeer paper, why are existing rainfall maps not good enough?",
            "What flaw in previous rain field methods does RainSeer want to fix?",
        ),
    ),
    # A part said not to be asked should not pick the sentence: SpanProto's stages are span
    # extraction and mention classification; with the first set aside, the second answers.
    *_family(
        r"prototypical learning",
        [],
        (
            "not the span extraction stage: what does SpanProto's other stage do?",
            "Other than span extraction, what is SpanProto's second step about?",
            "spanproto, leaving aside span extraction, what does the remaining stage use?",
            "Apart from span extraction, how does SpanProto handle the rest of the job?",
            "Besides extracting spans, what does the SpanProto model do next?",
        ),
    ),
]


@pytest.mark.parametrize(("question", "said"), FAMILIES)
def test_a_detail_asked_in_other_words_is_answered_by_the_sentence_stating_it(
    bundled_assistant: Assistant, question: str, said: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert not answer.abstained and re.search(said, answer.text), answer.text


# Controls: the metadata answers a date or a link; a detail no sentence states is declined.
@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("when did HRKD come out?", r"2021"),
        ("MeteoLogist release date?", r"2026"),
        ("hrkd github link?", r"github\.com/cheneydon/hrkd"),
        ("Who wrote RainSeer?", r"\w+ \w+"),
    ],
)
def test_metadata_details_stay_metadata_answers(
    bundled_assistant: Assistant, question: str, said: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert not answer.abstained and re.search(said, answer.text), answer.text
    assert answer.route == "facts", answer.route


@pytest.mark.parametrize(
    "question",
    [
        "How many GPUs were used to train RainSeer?",
        "What learning rate did HRKD use?",
        "How many GPU hours did MeteoLogist's training take?",
    ],
)
def test_a_detail_never_stated_stays_declined(bundled_assistant: Assistant, question: str) -> None:
    assert bundled_assistant.ask(question).abstained


# The question as ranked: the paper's names and the part set aside are not what is asked.
@pytest.mark.parametrize(
    ("question", "rest", "unasked"),
    [
        (
            "not the MLM task: which paradigm does UPT add?",
            "which paradigm does add?",
            "the MLM task",
        ),
        (
            "Which stage of UPT, other than the masking one, is new?",
            "Which stage of , is new?",
            "the masking one",
        ),
        ("what does UPT's encoder do", "what does encoder do", ""),
        ("Is UPT not about prompts?", "Is not about prompts?", ""),
    ],
)
def test_the_question_is_read_without_names_and_the_part_set_aside(
    question: str, rest: str, unasked: str
) -> None:
    paper = _paper(
        "UPT: Towards Unified Prompt Tuning for Few-shot Text Classification",
        "We present UPT. It adds a paradigm.",
    )
    asked = asked_of(question, paper)
    assert (re.findall(r"\w+", asked.rest), asked.unasked) == (re.findall(r"\w+", rest), unasked)


def test_sentence_vectors_are_kept_for_a_bounded_number_of_papers() -> None:
    calls: list[list[str]] = []

    def embed(texts: list[str]) -> list[list[float]]:
        calls.append(texts)
        return [[float(len(t)), 1.0, float(i)] for i, t in enumerate(texts)]

    meaning = SentenceMeaning(embed, kept=2)
    papers = [_paper(f"Paper {n}", f"One thing {n}. Another thing.", str(n)) for n in range(3)]
    for paper in [*papers, papers[2]]:
        meaning.rank("what other thing?", paper)
    sentence_calls = [c for c in calls if len(c) == 2]
    assert len(sentence_calls) == 3  # the third paper's vectors were kept, not embedded again
    meaning.rank("what other thing?", papers[0])  # pushed out: embedded again
    assert len([c for c in calls if len(c) == 2]) == 4
