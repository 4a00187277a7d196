"""A topic asked without images or video ('text-only', 'no images pls', 'not the multimodal
ones', 'without any visual input', 'purely language') lists the topic's papers that do not
work on images or video, the same ones however the modality is set aside, and says how many
it left out; 'papers not about vision' leaves out every paper on images or video, not only
those saying 'vision'. Subjects of the bundled profile (Minghui Qiu, 50 listed papers) that no
eval set asks with a modality set aside."""

from __future__ import annotations

import pytest

from prompts.assistant import Assistant
from prompts.understand.modality import on_visual, sets_aside_visual
from tests.prompts.test_topic_phrasings import assert_same_papers

# Each family: the phrasings, and words of the titles every answer must cite.
FAMILIES = {
    "question answering": (
        [
            "Which of Minghui Qiu's papers on question answering are text-only?",
            "question answering papers, no images pls",
            "does she do question answering without any visual input",
            "I'm curious whether they have question answering work that is purely language.",
            "qeustion answering by qiu, not the image/video ones",
            "Has Qiu published question answering research that does not involve vision?",
        ],
        ["Open-Retrieval Conversational Question Answering", "KECP"],
    ),
    "knowledge distillation": (
        [
            "Which of Minghui Qiu's knowledge distillation papers are text-only?",
            "knowledge distillation stuff, no images or video",
            "did he do knowledge distilation without any visual input",
            "I'm curious whether they have pure-text knowledge distillation work.",
            "Could you list their knowledge distillation papers, not the multimodal ones?",
        ],
        ["Meta-KD", "HRKD"],
    ),
}


@pytest.mark.parametrize("family", list(FAMILIES))
def test_a_topic_without_images_or_video_cites_the_same_text_papers(
    bundled_assistant: Assistant, family: str
) -> None:
    papers = {p.id: p for p in bundled_assistant.profile.papers}
    for question, answer in assert_same_papers(bundled_assistant, *FAMILIES[family]):
        visual = [c.title for c in answer.citations if on_visual(papers[c.paper_id])]
        assert not visual, (question, visual)


def test_the_papers_left_out_are_counted_first(bundled_assistant: Assistant) -> None:
    """The search found papers on images or video: the answer says it left them out."""
    answer = bundled_assistant.ask("question answering papers, no images pls")
    assert answer.text.startswith("Leaving out "), answer.text[:120]
    assert "images or video" in answer.text.split("\n")[0]


def test_a_modality_is_set_aside_only_when_the_words_say_so() -> None:
    for question in [
        "text only llm papers?",
        "reasoning work that does NOT involve vision",
        "datasets (no images or video)",
        "not the image stuff: which papers model entities?",
        "Leaving images and video aside, what about plain language models?",
    ]:
        assert sets_aside_visual(question), question
    for question in [
        "Plain-language summary of Qiu's research, please",
        "video understanding work (not video generation)?",
        "I assume this researcher has no video papers, correct?",
        "models inventing content that is not in the image",
        "which papers use images and text?",
        "he's purely an NLP guy right? no vision stuff",
    ]:
        assert not sets_aside_visual(question), question


@pytest.mark.parametrize(
    "question",
    [
        "Which of Minghui Qiu's papers are not about vision?",
        "papers that aren't about images?",
        "list qiu's non-multimodal papers",
        "which of her papers have nothing to do with images",
        "I'm curious which of their works do not involve vision.",
    ],
)
def test_the_papers_off_vision_leave_out_every_paper_on_images_or_video(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    by_id = {p.id: p for p in bundled_assistant.profile.papers}
    papers = [by_id[c.paper_id] for c in answer.citations]
    assert papers, answer.text[:200]
    assert not any(on_visual(p) for p in papers), [p.title for p in papers if on_visual(p)]
    # every paper of the profile that is not on images or video is listed
    assert len(papers) == sum(not on_visual(p) for p in bundled_assistant.profile.papers)
