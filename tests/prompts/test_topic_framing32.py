"""One subject, one set of papers, whatever the asker wraps it in: the field it is in said
loosely ('a blog post about AI', 'AI in healthcare': no arXiv category), the asker's errand
said with a plain verb ('I teach a class on AI in medicine'), a request leaning back on the
subject said before it ('an article about hallucinations, which papers discuss them?'), a
request verb before a word that also names a paper's detail ('which papers handle model
compression?'), video asked apart from images. Each phrasing cites what the plain question
cites. Controls: the category asked as one stays a category; text alone asked still leaves
the visual papers out. Bundled profile (Minghui Qiu, 50 listed papers)."""

from __future__ import annotations

import pytest

from prompts.assistant import Assistant
from tests.prompts.test_topic_phrasings import cited, short

# The plain question, then other wordings of the same need.
FAMILIES = {
    "video": (
        "Which of her papers are about video?",
        [
            "I'm writing a blog post about AI, point me to her papers that are about video",
            "for a talk on AI and video: which of his papers are about video?",
            "As a journalist covering AI, which of their papers are on video?",
        ],
    ),
    "medical": (
        "Which papers deal with medical data?",
        [
            "I'm writing a blog post on AI, point me to the medical papers",
            "any medical AI papers from her?",
            "i teach a class on AI in medicine, which of qiu's papers are medical?",
        ],
    ),
    "fashion": (
        "Which papers are about fashion?",
        [
            "Has Qiu done any AI work on fashion?",
            "fashion + AI papers from him?",
        ],
    ),
    "documents": (
        "Which papers are about documents?",
        ["which of her AI papers are about documents?"],
    ),
    "hallucination": (
        "Which papers are about hallucinations?",
        [
            "I'm writing an article about hallucinations, which of her papers discuss them?",
            "For a newsletter on hallucinations, which of their papers deal with them?",
        ],
    ),
    "knowledge graphs": (
        "Which papers are about knowledge graphs?",
        ["I'm writing a piece on knowledge graphs, which of his papers use them?"],
    ),
}
CASES = [(family, q) for family, (_, qs) in FAMILIES.items() for q in qs]


@pytest.mark.parametrize(("family", "question"), CASES)
def test_a_subject_in_any_frame_cites_what_the_plain_question_cites(
    bundled_assistant: Assistant, family: str, question: str
) -> None:
    plain = cited(bundled_assistant.ask(FAMILIES[family][0]))
    answer = bundled_assistant.ask(question)
    assert not answer.abstained, answer.text[:200]
    assert cited(answer) == plain, (short(cited(answer)), short(plain))


# 'which papers handle model compression': papers listed, not one paper's detail
COMPRESSION = [
    "which papers handle model compression?",
    "As an engineer, which of his papers handle model compression?",
    "which papers study model compression",
]


@pytest.mark.parametrize("question", COMPRESSION)
def test_papers_doing_something_to_models_are_listed(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    titles = cited(answer)
    assert answer.text.split(":")[0].endswith("match this question"), answer.text[:200]
    for name in ("Meta-KD", "HRKD", "Learning to Augment"):
        assert any(t.startswith(name) for t in titles), short(titles)


# The category asked as one: a word of filing, or no subject of its own
CATEGORY = [
    ("How many of Minghui Qiu's papers are in the AI category?", 3),
    ("any AI-tagged paper of theirs with a code link?", 1),
    ("her AI papers?", 3),
    ("which cs.AI papers cover reinforcement learning?", 1),
]


@pytest.mark.parametrize(("question", "n"), CATEGORY)
def test_the_ai_category_asked_as_one_stays_a_category(
    bundled_assistant: Assistant, question: str, n: int
) -> None:
    answer = bundled_assistant.ask(question)
    assert len(answer.citations) == n, (answer.text[:200], short(cited(answer)))
    papers = bundled_assistant.searcher.papers
    assert all(papers[c.paper_id].category == "AI" for c in answer.citations), answer.text[:200]


# One visual kind set against another: the subject is visual, so its papers are the answer
VISUAL_ASIDE = [
    "not the image stuff, which ones are about video?",
    "not the image stuff - which of her papers deal with video?",
]


@pytest.mark.parametrize("question", VISUAL_ASIDE)
def test_video_asked_apart_from_images_lists_the_video_papers(
    bundled_assistant: Assistant, question: str
) -> None:
    plain = cited(bundled_assistant.ask("Which of her papers are about video?"))
    answer = bundled_assistant.ask(question)
    assert not answer.text.startswith("No"), answer.text[:200]
    assert cited(answer) == plain, (short(cited(answer)), short(plain))


# Text alone asked: the papers on images or video are still left out
def test_text_only_still_leaves_out_the_visual_papers(bundled_assistant: Assistant) -> None:
    answer = bundled_assistant.ask("text-only reasoning papers, no images or video?")
    assert answer.text.startswith("Leaving out"), answer.text[:200]
    assert not any(t.startswith(("Valley", "K-frames")) for t in cited(answer))
