"""Topic questions in users' words: two subjects asked at once are answered as two labelled
lists, each as complete as the side asked alone; a concept described in everyday words
('making models cheaper to run', 'photographed receipts') finds the papers the field's words
find, and says how it read them; setting text-only models aside keeps the visual papers of
the subject. Subjects of the bundled profile (Minghui Qiu, 50 listed papers); phrasings of
our own (no eval set asks these pairs, descriptions or exclusions)."""

from __future__ import annotations

import pytest

from prompts.assistant import Assistant
from prompts.understand.modality import on_visual, sets_aside_text, sets_aside_visual

PAIRS = [
    "Which of Minghui Qiu's papers are on fashion, and which on question answering?",
    "fashion papers plus anything on question answering pls",
    "Could you give me her fashion work as well as her question answering work?",
    "does he have papers on fashoin and also on question answering?",
    "I need two lists from their work: fashion and question answering.",
    "Qiu: fashion papers + question answering papers?",
]


def _cited(answer_titles: list[str], words: list[str]) -> list[str]:
    return [w for w in words if not any(w in t for t in answer_titles)]


@pytest.mark.parametrize("question", PAIRS)
def test_two_subjects_are_two_lists_each_as_complete_as_alone(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert not answer.abstained, question
    assert answer.text.count("\nOn '") == 2, answer.text[:300]
    assert len(answer.groups) == 2, question
    first, second = (
        [c.title for c in answer.citations if c.paper_id in group] for group in answer.groups
    )
    assert not _cited(first, ["FashionBERT", "Kaleido-BERT"]), (question, first)
    assert not _cited(second, ["Open-Retrieval Conversational Question Answering"]), (
        question,
        second,
    )
    alone = bundled_assistant.ask("Which of Minghui Qiu's papers are on question answering?")
    assert set(answer.groups[1]) == {c.paper_id for c in alone.citations}, question


@pytest.mark.parametrize(
    "question",
    [
        "which papers use vision and language?",
        "which papers did she write on reinforcement learning, and which year was the first?",
        "What has Minghui Qiu published on question answering?",
    ],
)
def test_one_subject_or_a_subject_with_a_detail_is_one_answer(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert "Two subjects" not in answer.text, answer.text[:200]


DESCRIBED = {
    "compression": (
        [
            "Has Minghui Qiu done anything on making language models smaller and cheaper to "
            "deploy?",
            "which of her papers cut down on inference costs?",
            "we cannot afford large GPUs in production, anything from qiu for that?",
            "papers by them on getting models to run faster pls",
        ],
        ["Meta-KD"],
    ),
    "document images": (
        [
            "Has she worked on photographed receipts?",
            "any papers on printed forms?",
            "I'm curious whether Qiu has anything on pictures of documents.",
            "does he do scanned invoices",
        ],
        ["One-shot Text Field Labeling", "Seeing is Believing"],
    ),
    "reinforcement learning": (
        [
            "Which of Minghui Qiu's papers teach models through trial and error?",
            "did she train language models from rewards?",
            "any work where they tune a model using a reward?",
            "I'm curious whether they have models that learn by trial-and-error.",
            "qiu papers that train image-and-text models with rewards",
        ],
        ["R1-ShareVL", "Reinforced MLLM"],
    ),
}


@pytest.mark.parametrize("family", list(DESCRIBED))
def test_a_concept_described_finds_the_papers_of_its_term(
    bundled_assistant: Assistant, family: str
) -> None:
    questions, words = DESCRIBED[family]
    for question in questions:
        answer = bundled_assistant.ask(question)
        assert not answer.abstained, question
        assert "eading '" in answer.text.split("\n")[0], (question, answer.text[:200])
        titles = [c.title for c in answer.citations]
        assert not _cited(titles, words), (question, titles)


TEXT_ASIDE = [
    "Apart from pure-text models, which of his papers do reasoning with reinforcement learning?",
    "not the text only LLMs - which reinforcement learning reasoning papers does Qiu have?",
    "reinforcement learning reasoning papers from them, text-only llms aside",
    "Setting aside text-only LLMs, which papers has she written on reasoning with reinforcement "
    "learning?",
    "Leaving aside language-only models, which of Minghui Qiu's papers use RL for reasonnig?",
]


@pytest.mark.parametrize("question", TEXT_ASIDE)
def test_setting_text_only_models_aside_keeps_the_visual_papers(
    bundled_assistant: Assistant, question: str
) -> None:
    assert sets_aside_text(question) and not sets_aside_visual(question), question
    answer = bundled_assistant.ask(question)
    papers = {p.id: p for p in bundled_assistant.profile.papers}
    titles = [c.title for c in answer.citations]
    assert not _cited(titles, ["R1-ShareVL", "GThinker"]), (question, titles)
    textual = [c.title for c in answer.citations if not on_visual(papers[c.paper_id])]
    assert not textual, (question, textual)


def test_text_only_asked_for_still_sets_the_visual_papers_aside() -> None:
    for question in [
        "reasoning in text-only LLMs?",
        "pure-text reasoning work from qiu",
        "Which papers are on plain language models, not the multimodal ones?",
    ]:
        assert sets_aside_visual(question) and not sets_aside_text(question), question


# Known gaps, left to a later stop: 'the cost of serving' is read, but the search for the
# field's words then ranks RainSeer and K-frames first; 'scaned pages' finds one paper of two.
GAPS = [
    ("Im curious wether he has work on lowering the cost of serving big models.", ["Meta-KD"]),
    ("which papers of theirs read scaned pages, like ID cards?", ["One-shot Text Field"]),
]


@pytest.mark.xfail(strict=True, reason="known gap: the described concept finds too few papers")
@pytest.mark.parametrize(("question", "words"), GAPS)
def test_known_gaps_of_described_concepts(
    bundled_assistant: Assistant, question: str, words: list[str]
) -> None:
    answer = bundled_assistant.ask(question)
    assert not _cited([c.title for c in answer.citations], words), question
