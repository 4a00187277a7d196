"""A topic asked in any wrapper cites the same papers: 'papers on X', 'X stuff?', 'what did
she do on X', 'I'm curious whether he looked into X', typed with a space, a hyphen or none,
with a typo. Topics of the bundled profile (Minghui Qiu, 50 listed papers) that the eval
sets do not ask about."""

from __future__ import annotations

import pytest

from prompts.answer.model import Answer
from prompts.assistant import Assistant
from retrieval.names import mentions_words


def cited(answer: Answer) -> frozenset[str]:
    return frozenset(c.title for c in answer.citations)


def short(titles: frozenset[str]) -> list[str]:
    return sorted(t.split(":")[0][:30] for t in titles)


# Each family: the phrasings, and words of titles its answers must all cite.
FAMILIES = {
    "vision-language pre-training": (
        [
            "What has Minghui Qiu published on vision-language pre-training?",
            "tell me about her vision language pretraining research",
            "vision-language pretraining stuff?",
            "has he done anything with vision language pre-training",
            "I'm curious whether they've looked into vision-language pre training",
            "what did she do on vision language pretraining",
        ],
        ["Kaleido-BERT"],
    ),
    "graph neural networks": (
        [
            "What has Minghui Qiu published on graph neural networks?",
            "GNN stuff?",
            "graph neural networks??",
            "has he done anything with graph neural netwroks",
            "what did they do on graph neural networks",
            "I'm curious whether she's looked into graph neural networks",
        ],
        ["Global Context Enhanced Graph Neural Networks"],
    ),
    "knowledge-enhanced language models": (
        [
            "What has Minghui Qiu published on knowledge-enhanced language models?",
            "knowledge enhanced language models stuff?",
            "tell me about his knowlege enhanced language models research",
            "I'm curious whether they've looked into knowledge-enhanced language models",
            "what did she do on knowledge enhanced language models",
        ],
        ["DKPLM", "SMedBERT"],
    ),
    "photographs": (
        [
            "Has Minghui Qiu published anything on photographs?",
            "any work on photgraphs?",
            "photograhps research by Dr. Qiu",
            "I'm curious whether he has looked into photographs",
        ],
        ["FashionBERT"],
    ),
}


def assert_same_papers(
    assistant: Assistant, phrasings: list[str], must: list[str]
) -> list[tuple[str, Answer]]:
    """Every phrasing is answered, citing the papers the first does; those include a title
    with each word of `must`. The phrasings with their answers, for further checks."""
    answers = [assistant.ask(q) for q in phrasings]
    first = cited(answers[0])
    for title in must:
        assert any(title in t for t in first), (title, short(first))
    for q, a in zip(phrasings[1:], answers[1:], strict=True):
        assert not a.abstained, (q, a.text[:200])
        assert cited(a) == first, (q, short(cited(a)), short(first))
    return list(zip(phrasings, answers, strict=True))


@pytest.mark.parametrize("family", list(FAMILIES))
def test_a_topic_cites_the_same_papers_in_every_wrapper(
    bundled_assistant: Assistant, family: str
) -> None:
    assert_same_papers(bundled_assistant, *FAMILIES[family])


WHAT_DID = [
    ("What did she do on transfer learning?", "What has she published on transfer learning?"),
    ("what's he done in domain adaptation", "Which papers are about domain adaptation?"),
]


@pytest.mark.parametrize(("asked", "listed"), WHAT_DID)
def test_what_did_she_do_on_a_topic_lists_its_papers(
    bundled_assistant: Assistant, asked: str, listed: str
) -> None:
    """'What did she do on X' asks for the papers on X, as 'which papers are on X' does,
    not for the one or two sentences that best state a fact."""
    a, b = bundled_assistant.ask(asked), bundled_assistant.ask(listed)
    assert len(cited(b)) >= 3
    assert cited(a) == cited(b), (short(cited(a)), short(cited(b)))


def test_a_topic_word_no_paper_uses_typed_wrong_is_read_as_typed_right(
    bundled_assistant: Assistant,
) -> None:
    """'photgraphs' is 'photographs' (no paper says either), read as the papers' 'images'
    and said so; a word a paper uses in another form ('recommender') is not 'mended'."""
    answer = bundled_assistant.ask("any work on photgraphs?")
    assert "'photographs' as 'images'" in answer.text, answer.text[:200]
    assert bundled_assistant.lexicon.correct("recommender") == "recommender"


def test_a_topic_no_paper_names_as_a_phrase_is_named_by_its_words(
    bundled_assistant: Assistant,
) -> None:
    """'evaluation of video reasoning' is named by a title saying 'Evaluation for Generative
    Video Reasoning'; 'adapting domains at test time' by 'Test-time Domain Adaptation'. One
    word's parts ('e-commerce': 'e', 'commerce') are no topic of their own."""
    papers = bundled_assistant.profile.papers
    titles = {p.id: p.title for p in papers}

    def named(topic: str) -> list[str]:
        return sorted(titles[i] for i in mentions_words(papers, topic))

    assert any("Process-aware Evaluation" in t for t in named("evaluation of video reasoning"))
    assert any(t.startswith("CODA") for t in named("adapting domains at test time"))
    assert not any(t.startswith("CODA") for t in named("adapting images at test time"))
    assert named("e-commerce") == []
