"""Comparisons: each row quotes real abstract sentences, each cited to its own paper's [n]."""

from __future__ import annotations

import re

import pytest

from bot.settings import BUNDLED_PROFILE
from prompts.answer.compare import NOT_STATED, answer_compare
from prompts.answer.model import Answer
from retrieval.ingest.text_format import parse_profile
from retrieval.model import Paper, Profile

ROWS = ("Task", "Method", "Data", "Results")
MARKED = re.compile(r"^(.*) \[(\d+)\]$")
PHRASE = re.compile(r'^none named; the abstract mentions "(.+)"$')


@pytest.fixture(scope="module")
def profile() -> Profile:
    return parse_profile(BUNDLED_PROFILE.read_text(encoding="utf-8"), captured_year=2026)


def find(profile: Profile, *parts: str) -> list[Paper]:
    found = [next(p for p in profile.papers if part in p.title) for part in parts]
    assert len({p.id for p in found}) == len(parts)
    return found


def cells(answer: Answer) -> dict[str, list[tuple[str, str]]]:
    """Row -> [(paper label, cell text)], read back from the rendered answer."""
    rows: dict[str, list[tuple[str, str]]] = {}
    row = None
    for line in answer.text.splitlines():
        if line in ROWS:
            row = line
            rows[row] = []
        elif row and line.startswith("- "):
            label, cell = line[2:].split(": ", 1)
            rows[row].append((label, cell))
        else:
            row = None
    return rows


def assert_grounded(answer: Answer, papers: list[Paper]) -> None:
    """Every paper cited once; every [n] is a cited paper; every quote is in its abstract."""
    assert answer.route == "retrieval" and not answer.abstained
    assert [c.paper_id for c in answer.citations] == [p.id for p in papers]
    by_n = {c.n: p for c, p in zip(answer.citations, papers, strict=True)}
    assert {int(n) for n in re.findall(r"\[(\d+)\]", answer.text)} == set(by_n)
    rows = cells(answer)
    assert list(rows) == list(ROWS)
    quoted: dict[int, list[str]] = {n: [] for n in by_n}
    for row in ROWS:
        assert len(rows[row]) == len(papers), row
        for (label, cell), (n, paper) in zip(rows[row], by_n.items(), strict=True):
            if cell == NOT_STATED:
                continue
            m = MARKED.match(cell)
            assert m and int(m[2]) == n, cell  # the cell cites its own paper
            phrase = PHRASE.match(m[1])
            text = phrase[1] if phrase else m[1]
            assert text in paper.abstract, (label, text)
            if not phrase:
                quoted[n].append(text)
    for citation in answer.citations:
        evidence = quoted[citation.n]
        assert citation.evidence == evidence  # the evidence is the sentences used
        assert len(set(evidence)) == len(evidence)  # each sentence at most once per paper


@pytest.mark.parametrize(
    "parts",
    [
        ("SpanProto", "Meta-Learning Siamese Network"),
        ("HRKD", "Meta-KD"),
        ("Valley: Video", "Valley2"),
    ],
)
def test_pairs_are_compared_row_by_row_from_their_abstracts(
    profile: Profile, parts: tuple[str, str]
) -> None:
    papers = find(profile, *parts)
    answer = answer_compare(f"How does {parts[0]} differ from {parts[1]}?", papers)
    assert_grounded(answer, papers)
    assert "Date and category: " in answer.text


def test_spanproto_vs_meta_sn_quotes_each_method_and_says_what_they_share(
    profile: Profile,
) -> None:
    papers = find(profile, "SpanProto", "Meta-Learning Siamese Network")
    answer = answer_compare("How does SpanProto differ from Meta-SN?", papers)
    rows = cells(answer)
    assert [label for label, _ in rows["Method"]] == ["SpanProto", "Meta-SN"]  # short names
    assert "prototypical network (SpanProto)" in rows["Method"][0][1]
    assert "namely, Meta-SN" in rows["Method"][1][1]
    assert "aims to identify named entities" in rows["Task"][0][1]
    assert "outperforms strong baselines" in rows["Results"][0][1]
    assert rows["Data"][1][1] == 'none named; the abstract mentions "six benchmark datasets" [2]'
    assert "Date and category: SpanProto 2022-10-17, CL | Meta-SN 2023-02-05, CL" in answer.text
    common = answer.text.splitlines()[-1]
    assert common.startswith("In common: shared author Chengcheng Han; both in CL")
    assert "few-shot" in common and "prototypical" in common


def test_named_datasets_and_numbers_fill_data_and_results(profile: Profile) -> None:
    papers = find(profile, "Valley: Video", "Valley2")
    rows = cells(answer_compare("Compare Valley and Valley2", papers))
    assert "Valley-702k" in rows["Data"][0][1]
    assert "OpenCompass leaderboard" in rows["Data"][1][1]
    assert "state-of-the-art (SOTA)" in rows["Results"][1][1]


def test_three_papers_share_only_what_is_true(profile: Profile) -> None:
    papers = find(profile, "Meta-KD", "HRKD", "EasyNLP")
    answer = answer_compare("Compare Meta-KD, HRKD and EasyNLP", papers)
    assert_grounded(answer, papers)
    assert "Compared from their abstracts: Meta-KD [1] vs HRKD [2] vs EasyNLP [3]" in answer.text
    common = answer.text.splitlines()[-1]
    assert common.startswith("In common: all 3 in CL (Computation and Language)")
    assert "shared author" not in common  # no name is on all three visible bylines


def test_unrelated_papers_get_no_invented_common_ground(profile: Profile) -> None:
    papers = find(profile, "SpanProto", "RainSeer")
    answer = answer_compare("SpanProto vs RainSeer", papers)
    assert_grounded(answer, papers)
    last = answer.text.splitlines()[-1]  # CL and LG, no name on both bylines
    assert "both in" not in last and "shared author" not in last


def test_a_row_with_nothing_found_says_so_without_a_marker(profile: Profile) -> None:
    bare = find(profile, "SpanProto")[0].model_copy(
        update={"abstract": "We propose SpanProto, a span-based prototypical network."}
    )
    other = find(profile, "Meta-Learning Siamese Network")[0]
    answer = answer_compare("SpanProto vs Meta-SN", [bare, other])
    rows = cells(answer)
    assert rows["Task"][0][1] == rows["Data"][0][1] == rows["Results"][0][1] == NOT_STATED
    assert rows["Method"][0][1].endswith("network. [1]")
    assert answer.citations[0].evidence == [bare.abstract]


def test_at_most_four_papers_and_at_least_two(profile: Profile) -> None:
    papers = find(profile, "SpanProto", "HRKD", "Meta-KD", "EasyNLP", "Valley2")
    answer = answer_compare("Compare these five", papers)
    assert len(answer.citations) == 4 and "Valley2" not in answer.text
    assert answer.notice == "Compared the first 4 of 5 papers."
    with pytest.raises(ValueError):
        answer_compare("SpanProto vs SpanProto", find(profile, "SpanProto") * 2)
