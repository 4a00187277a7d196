"""An attribute of one paper picked by its place ('who is first author of the latest paper?',
'how many authors does the oldest one have?', 'the second newest paper: who wrote it?') is
answered for that paper: the pick names it, cited, and the attribute follows. A question with
two asks ('what is X about and who wrote it?') answers both. Each is asked as a family of
phrasings; the expected papers are computed from the bundled profile's own records. Rankings,
counts and named papers asked of the same role do not change."""

from __future__ import annotations

import pytest

from prompts.assistant import Assistant
from prompts.understand.attributes import read_picked
from retrieval.model import Paper


def _by_date(assistant: Assistant) -> list[Paper]:
    return sorted(assistant.profile.papers, key=lambda p: (p.date, -p.n))


def _newest(assistant: Assistant, k: int = 1) -> Paper:
    return sorted(assistant.profile.papers, key=lambda p: (p.date, -p.n), reverse=True)[k - 1]


LATEST_LEAD = [
    "who is first author of the latest paper?",
    "who was first author on the most recent paper?",
    "who led her newest paper?",
    "who's the lead author on his most recent publication",
    "Could you tell me who first-authored the most recent paper in the profile?",
    "who is frist author of the lattest paper",
    "the latest paper: who is the first author?",
    "for the most recent paper, who was the lead author?",
    "I'm curious who led the newest one.",
    "Who was the lead author of Minghui Qiu's most recent paper?",
    # terse, the ask after the paper
    "newest paper - first author?",
    "lattest paper first author??",
    "her latest paper first author",
]


@pytest.mark.parametrize("question", LATEST_LEAD)
def test_first_author_of_the_latest_paper(bundled_assistant: Assistant, question: str) -> None:
    paper = _newest(bundled_assistant)
    answer = bundled_assistant.ask(question)
    assert answer.citations[0].paper_id == paper.id, answer.text[:300]
    assert f"Its first author is {paper.authors[0]}" in answer.text, answer.text[:300]
    assert "most often" not in answer.text


EARLIEST_AUTHORS = [
    "who wrote the oldest paper with him?",
    "list the authors of the earliest paper",
    "who are the authors of her first paper?",
    "which is the oldest paper and who wrote it?",
    "oldest one: authors?",
]


@pytest.mark.parametrize("question", EARLIEST_AUTHORS)
def test_authors_of_the_earliest_paper(bundled_assistant: Assistant, question: str) -> None:
    paper = _by_date(bundled_assistant)[0]
    answer = bundled_assistant.ask(question)
    assert answer.citations[0].paper_id == paper.id, answer.text[:300]
    assert ", ".join(paper.authors) in answer.text, answer.text[:300]


@pytest.mark.parametrize(
    ("question", "k"),
    [
        ("who is first author of the second most recent paper?", 2),
        ("their penultimate paper: who led it?", 2),
        ("Who is the lead author of the third newest paper?", 3),
    ],
)
def test_first_author_of_a_place(bundled_assistant: Assistant, question: str, k: int) -> None:
    paper = _newest(bundled_assistant, k)
    answer = bundled_assistant.ask(question)
    assert answer.citations[0].paper_id == paper.id, answer.text[:300]
    assert f"Its first author is {paper.authors[0]}" in answer.text, answer.text[:300]


def test_first_author_within_filters(bundled_assistant: Assistant) -> None:
    cv = [p for p in _by_date(bundled_assistant) if p.category == "CV"]
    answer = bundled_assistant.ask("Who is the lead author of the oldest CV paper?")
    assert answer.citations[0].paper_id == cv[0].id, answer.text[:300]
    assert f"Its first author is {cv[0].authors[0]}" in answer.text
    co = [p for p in _by_date(bundled_assistant) if "Chengyu Wang" in p.authors]
    for question in (
        "who first-authored her first paper with Chengyu Wang?",
        "who led the earliest paper she wrote with Chengyu Wang?",
    ):
        answer = bundled_assistant.ask(question)
        assert answer.citations[0].paper_id == co[0].id, answer.text[:300]
        assert f"Its first author is {co[0].authors[0]}" in answer.text


@pytest.mark.parametrize(
    "question",
    ["how many authors does the newest paper have?", "how many authors on her most recent one?"],
)
def test_author_count_of_a_picked_paper(bundled_assistant: Assistant, question: str) -> None:
    paper = _newest(bundled_assistant)
    answer = bundled_assistant.ask(question)
    assert not answer.abstained, answer.text[:300]
    assert answer.citations[0].paper_id == paper.id
    assert "full number of authors is not known" in answer.text  # the byline ends in 'et al.'


@pytest.mark.parametrize(
    "question",
    [
        "what category is the latest paper in?",
        "what arxiv category is her most recent paper?",
        "what is the category of her newest paper?",
    ],
)
def test_category_of_a_picked_paper(bundled_assistant: Assistant, question: str) -> None:
    paper = _newest(bundled_assistant)
    answer = bundled_assistant.ask(question)
    assert answer.citations[0].paper_id == paper.id
    assert f"filed under the arXiv category {paper.category}" in answer.text, answer.text[:300]


@pytest.mark.parametrize(
    "question",
    [
        "does the latest paper have code?",
        "is there code for the newest paper?",
        "where is the code for the most recent paper?",
        "what's her latest paper and does it have code?",
    ],
)
def test_code_asked_of_the_picked_paper(bundled_assistant: Assistant, question: str) -> None:
    # the code is asked of the latest paper, not a filter picking the latest one with code
    paper = _newest(bundled_assistant)
    answer = bundled_assistant.ask(question)
    assert answer.citations[0].paper_id == paper.id, answer.text[:300]
    assert "code" in answer.text.split("\n")[1]


def test_a_second_ask_of_a_picked_paper(bundled_assistant: Assistant) -> None:
    coded = [p for p in _by_date(bundled_assistant) if p.has_code]
    for question in (
        "earliest paper w/ code? when?",
        "what was her first paper with code, and when?",
    ):
        answer = bundled_assistant.ask(question)
        assert answer.citations[0].paper_id == coded[0].id, answer.text[:300]
        assert "It was published on" in answer.text, answer.text[:300]
    lg = [p for p in _by_date(bundled_assistant) if p.category == "LG"]
    answer = bundled_assistant.ask("What was their earliest paper filed under LG, and when was it?")
    assert answer.citations[0].paper_id == lg[0].id, answer.text[:300]
    assert "It was published on" in answer.text, answer.text[:300]
    ir = [p for p in _by_date(bundled_assistant) if p.category == "IR"]
    answer = bundled_assistant.ask(
        "She stopped doing IR papers at some point. What was the final IR one, and when?"
    )
    assert answer.citations[0].paper_id == ir[-1].id, answer.text[:300]


def test_venue_of_a_picked_paper_is_not_recorded(bundled_assistant: Assistant) -> None:
    paper = _newest(bundled_assistant)
    for question in (
        "where was the latest paper published?",
        "what venue is the newest paper from?",
    ):
        answer = bundled_assistant.ask(question)
        assert answer.citations[0].paper_id == paper.id
        assert "no venue" in answer.text, answer.text[:300]


def test_a_named_paper_about_and_authors(bundled_assistant: Assistant) -> None:
    paper = next(p for p in bundled_assistant.profile.papers if p.title.startswith("VFaith"))
    for question in (
        "What is VFaith about and who wrote it?",
        "what's VFaith about, and who wrote it",
    ):
        answer = bundled_assistant.ask(question)
        assert ", ".join(paper.authors) in answer.text, answer.text[:300]
        assert paper.abstract.split(".")[0] in answer.text, answer.text[:300]


CONTROLS = [
    "what's her newest paper with released code?",
    "who is first author most often?",
    "how many first-author papers?",
    "who is the first author of VFaith?",
    "what is her latest paper?",
    "when was her first multimodal paper?",
    "first paper w/ a code link, which one?",
    "Who is listed first on the Kaleido-BERT paper?",
    "When did she publish her first listed paper and when her latest?",
    "Whose name comes first on VFaith?",
    "which paper of hers is the newest one I could actually run code for?",
]


@pytest.mark.parametrize("question", CONTROLS)
def test_no_attribute_read_where_none_is_asked_of_a_pick(question: str) -> None:
    assert read_picked(question) is None


def test_rankings_and_filters_stay(bundled_assistant: Assistant) -> None:
    ranked = bundled_assistant.ask("who is first author most often?")
    assert "most often" in ranked.text and len(ranked.citations) > 3
    coded = [p for p in bundled_assistant.profile.papers if p.has_code]
    newest_coded = max(coded, key=lambda p: (p.date, -p.n))
    answer = bundled_assistant.ask("what's her newest paper with released code?")
    assert answer.citations[0].paper_id == newest_coded.id
