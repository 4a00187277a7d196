"""Two overview shapes computed from the papers (issue 11): a series of versions (papers whose
short names share a stem with a version mark) asked of the work or of one named model, each
version dated in order and cited; research lines that stopped or started around a year (themes
and title phrases whose papers all sit on one side of it), each cited. Families in words of no
eval set, sibling needs of the same shape, and the synthetic names that must or must not make
a series."""

from __future__ import annotations

import datetime as dt

import pytest

from prompts.answer.lines import series_of
from prompts.assistant import Assistant
from prompts.understand.lines import lines_asked, series_asked
from retrieval.model import Paper


def _paper(title: str, year: int) -> Paper:
    return Paper(
        id=title.split(":")[0], n=1, title=title, authors=["A B"], authors_truncated=False,
        category="CL", date=dt.date(year, 1, 1), abstract=f"{title.split(':')[0]} does things.",
    )  # fmt: skip


def _cited(answer: object) -> list[str]:
    return [c.title.split(":")[0] for c in sorted(answer.citations, key=lambda c: c.n)]  # type: ignore[attr-defined]


SERIES = [
    "does qiu have any model that came out in more than one version?",
    "Which of her systems were released as successive versions?",
    "any projekt of his with sequels, like a v1 and a v2?",
    "I'm curious whether Minghui Qiu has a model family with several versions.",
    "Which of their models have later versions in the listing?",
    "Not single papers - what series of papers does he have?",
]


@pytest.mark.parametrize("question", SERIES)
def test_a_series_of_versions_is_each_version_in_order(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert not answer.abstained, (question, answer.text[:300])
    assert _cited(answer) == ["Valley", "Valley2", "Valley3"], (question, answer.text[:500])
    for year in ("2023", "2025", "2026"):
        assert year in answer.text, (question, answer.text[:500])


@pytest.mark.parametrize(
    "question",
    [
        "list every version of the Valley models",  # sibling: the versions of one named model
        "how did Valley evolve from one paper to the next?",
        "walk me through the valley series",
        "What versions of Valley are there, and when did each come out?",
        "i'd like all versions of valley2's family",
    ],
)
def test_one_named_models_series_is_its_versions(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert _cited(answer) == ["Valley", "Valley2", "Valley3"], (question, answer.text[:500])
    assert "2023-06-12" in answer.text and "2026-05-02" in answer.text, answer.text[:500]


def test_a_named_paper_of_no_series_is_not_answered_as_one(bundled_assistant: Assistant) -> None:
    answer = bundled_assistant.ask("which version of BERT does KECP build on?")
    assert "series" not in answer.text.casefold(), answer.text[:300]


@pytest.mark.parametrize(
    ("titles", "expected"),
    [
        (["Foo: a", "Foo2: b", "Bar: c"], {"foo": ["Foo", "Foo2"]}),
        (["FooV2: a", "Foo-3: b", "Foo: c"], {"foo": ["FooV2", "Foo-3", "Foo"]}),  # by date
        (["Baz: a", "Baz-Lite: b"], {"baz": ["Baz", "Baz-Lite"]}),  # a bare name, hyphened
        (["Meta-KD: a", "Meta-SN: b"], {}),  # two names sharing a word: no series
        (["Qux 1.5: a", "Qux 2: b"], {"qux": ["Qux 1.5", "Qux 2"]}),
    ],
)
def test_series_are_read_from_names_with_version_marks(
    titles: list[str], expected: dict[str, list[str]]
) -> None:
    papers = [_paper(t, 2020 + i) for i, t in enumerate(titles)]
    found = series_of(papers)
    assert {s: [p.short_title for p in ps] for s, ps in found.items()} == expected


def test_series_words_and_turns_are_read() -> None:
    assert series_asked("any sequels to his models?", named=False)
    assert series_asked("how did Valley evolve?", named=True)
    assert not series_asked("how did Valley evolve?", named=False)
    assert not series_asked("which papers use BERT?", named=False)
    # versions of other things: copies of data or questions, not a series of papers
    assert not series_asked("a paper making several versions of each question?", named=False)
    assert not series_asked("papers creating corrupted versions of the data", named=False)
    assert series_asked("list all versions of Valley", named=True)
    turned = lines_asked("which topics did she start only after 2024?")
    assert turned is not None and (turned.turn, turned.year, turned.after) == (
        "started",
        2024,
        True,
    )
    turned = lines_asked("what lines of work went quiet after 2021")
    assert turned is not None and (turned.turn, turned.year) == ("stopped", 2021)
    assert lines_asked("which papers came out after 2021?") is None  # no lines asked
    assert lines_asked("which topics did he work on in 2021 and 2022?") is None  # no turn


DROPPED = [
    "What research topics has he left behind since 2022?",
    "Which of Minghui Qiu's lines of work stopped after 2022?",
    "which areas did she abandon after 2022",
    "I'm curious which of their research threads have had no papers since 2022.",
    "Which subjects has Qiu not returned to after 2022?",
]


@pytest.mark.parametrize("question", DROPPED)
def test_lines_that_stopped_are_named_with_their_papers(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert not answer.abstained, (question, answer.text[:300])
    text = answer.text.casefold()
    assert "session-based recommendation" in text and "summar" in text, (question, text[:900])
    cited = {c.title for c in answer.citations}
    for part in ("Session-based Recommendation", "SueNes", "DocAsRef"):
        assert any(part in t for t in cited), (question, part, cited)
    papers = {p.id: p for p in bundled_assistant.profile.papers}
    assert all(papers[c.paper_id].year <= 2022 for c in answer.citations), (question, cited)


@pytest.mark.parametrize(
    "question",
    [
        "which topics did he start only after 2024?",  # sibling: lines that started
        "What research areas are new for her since 2025?",
        "which lines of work did qiu take up after 2024",
    ],
)
def test_lines_that_started_are_named_with_their_papers(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert not answer.abstained, (question, answer.text[:300])
    assert "reasoning" in answer.text.casefold(), (question, answer.text[:600])
    for citation in answer.citations:
        assert citation.title and not citation.title.startswith(("KECP", "Valley:")), answer.text
    years = {c.paper_id for c in answer.citations}
    papers = {p.id: p for p in bundled_assistant.profile.papers}
    assert all(papers[i].year >= 2025 for i in years), (question, answer.text[:600])


@pytest.mark.parametrize(
    "question",
    ["which research topics did she stop after 2026?", "what topics did he start before 2020?"],
)
def test_a_year_with_no_paper_beyond_it_tells_no_line_apart(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.abstained and not answer.citations, (question, answer.text[:300])
    assert "include none" in answer.text, answer.text[:300]


def test_two_named_versions_compared_stay_a_comparison(bundled_assistant: Assistant) -> None:
    answer = bundled_assistant.ask("what changed between Valley and Valley2?")
    assert sorted(_cited(answer)) == ["Valley", "Valley2"], answer.text[:400]


def test_a_series_asked_of_a_year_is_answered_for_that_year(bundled_assistant: Assistant) -> None:
    answer = bundled_assistant.ask("any Valley series paper from 2024?")
    assert "oldest first" not in answer.text and not answer.text.startswith("Yes"), answer.text
