"""Guards for what merging this stop's branches broke, found by diffing every set's answers
against the start: a property asked about ('how much data went into X?') is no claim to refute;
a topic saying 'only a handful of examples' is no list size."""

from __future__ import annotations

import pytest

from prompts.assistant import Assistant
from tests.prompts.test_topic_phrasings import cited


@pytest.mark.parametrize(
    "question",
    [
        "How much data went into pretraining RetiZero?",
        "how much training data did retizero use",
        "I'm curious how many images RetiZero was trained on.",
        "What amount of data did they pretrain RetiZero with?",
    ],
)
def test_asking_how_much_is_no_claim_to_refute(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    assert "premise does not hold" not in answer.text and not answer.text.startswith("No"), (
        answer.text[:200]
    )
    assert "341,896" in answer.text, answer.text[:300]


def test_a_topic_saying_only_a_handful_is_no_list_size(bundled_assistant: Assistant) -> None:
    """'learning from only a handful of labelled examples' lists every paper it finds."""
    full = bundled_assistant.ask("Which papers deal with few-shot learning?")
    handful = bundled_assistant.ask(
        "Which papers deal with learning from only a handful of labelled examples?"
    )
    assert "match best" not in handful.text and "matches best" not in handful.text
    assert len(cited(handful)) >= 2 and len(cited(full)) >= 2


@pytest.mark.parametrize(
    "question",
    [
        "does she have research on models inventing text that isn't in the image",
        "Any work on models describing objects that are not present in the picture?",
        "I'm curious whether they studied answers that aren't in the document.",
    ],
)
def test_what_is_not_somewhere_is_no_subject_set_aside(
    bundled_assistant: Assistant, question: str
) -> None:
    """'text that isn't in the image' describes the topic (hallucination): nothing is left
    out, unlike 'video papers that aren't about generation'."""
    assert not bundled_assistant.ask(question).text.startswith("Leaving out")


@pytest.mark.parametrize(
    "question",
    [
        "What score does GThinker reach on M3CoT?",
        "kframes - CV or LG?",
        "I'm curious how GThinker compares to O4-mini on M3CoT.",
        "I'm curious how EasyNLP is integrated into Google Cloud.",
        "Where's the GitHub repo for K-frames?",
        "How many GPUs were used to train Valley2?",
        "what is GThinker's average improvement on general-scenario benchmarks, not on M3CoT?",
    ],
)
def test_a_word_typed_as_a_name_is_no_missing_side_unless_compared(
    bundled_assistant: Assistant, question: str
) -> None:
    """'No paper named X ... nothing to compare' only for a comparison's other side ('HRKD vs
    GlacierNet'), not for a benchmark, a category code or a host in a question about one
    paper (the merge of the lazy vote had dropped that condition)."""
    assert "nothing to compare" not in bundled_assistant.ask(question).text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "I am considering Cen Chen as a mentor. How many papers do they share with this"
            " researcher?",
            "4 of the 50 listed papers list Cen Chen",
        ),
        (
            "We want to run K-frames on our footage. Has the code been released, per the profile?",
            "no code for K-frames",
        ),
    ],
)
def test_a_context_sentence_naming_a_person_or_paper_is_kept(
    bundled_assistant: Assistant, question: str, expected: str
) -> None:
    """The sentence before the question names who or what it is about: not dropped as the
    asker's own context (it was, after 'this researcher' stopped pointing back)."""
    assert expected in bundled_assistant.ask(question).text


@pytest.mark.parametrize(
    "question",
    [
        "zeroshot qiu papers pls",
        "medcal ai work by qiu?",
        "quietest year publication-wise?",
        "distilation qiu papers?",
    ],
)
def test_a_typo_or_a_common_word_before_papers_is_no_other_researcher(
    bundled_assistant: Assistant, question: str
) -> None:
    """Two lower-case words before 'papers' read as another researcher's name ('kaiming he
    papers') only when the first is no slip of the papers' own words and the last no longer
    common word: 'zeroshot qiu papers' is about zero-shot work."""
    text = bundled_assistant.ask(question).text
    assert "among its authors" not in text and "does not appear in the author lines" not in text
