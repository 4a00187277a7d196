"""What compared papers share: the date order said outright, the names every abstract gives
('both name Alibaba'); and no name shared where none is (bundled profile, asked several ways)."""

from __future__ import annotations

import pytest

from bot.settings import BUNDLED_PROFILE
from prompts.answer.compare import answer_compare
from prompts.assistant import Assistant
from retrieval.ingest.text_format import parse_profile
from retrieval.model import Paper, Profile

TOOLKITS = [
    "Compare EasyNLP and EasyTransfer.",
    "easynlp vs easytransfer",
    "How do his two toolkits, EasyTransfer and EasyNLP, differ?",
    "We're choosing a toolkit. What are the differences between EasyTransfer and EasyNLP?",
    "contrast the easytransfer and easynlp papers pls",
]


@pytest.fixture(scope="module")
def profile() -> Profile:
    return parse_profile(BUNDLED_PROFILE.read_text(encoding="utf-8"), captured_year=2026)


def find(profile: Profile, *parts: str) -> list[Paper]:
    return [next(p for p in profile.papers if part in p.title) for part in parts]


def line(text: str, head: str) -> str:
    return next((x for x in text.splitlines() if x.startswith(head)), "")


@pytest.mark.parametrize("question", TOOLKITS)
def test_a_place_both_abstracts_name_is_said_as_shared(
    bundled_assistant: Assistant, question: str
) -> None:
    text = bundled_assistant.ask(question).text
    assert "both name Alibaba" in line(text, "In common: "), text[-400:]
    # the older one said outright, whichever order it was asked in
    assert "By date: EasyTransfer [" in text and "(2020-11-18) came first, then EasyNLP" in text


def test_the_date_order_is_said_whatever_the_order_asked(profile: Profile) -> None:
    papers = find(profile, "Global Context Enhanced", "Exploring Global Information")
    text = answer_compare("order by date", papers).text
    assert line(text, "By date: ") == (
        "By date: SRGI [2] (2020-11-20) came first, then GCE-GNN [1] (2021-06-09)."
    )


@pytest.mark.parametrize(
    "parts",
    [("SpanProto", "RainSeer"), ("Valley: Video", "Valley2"), ("SueNes", "DocAsRef")],
)
def test_no_name_is_shared_where_the_abstracts_share_none(
    profile: Profile, parts: tuple[str, str]
) -> None:
    text = answer_compare("compare", find(profile, *parts)).text
    assert " name " not in line(text, "In common: ")  # a control: nothing invented
    assert text.splitlines()[-1].startswith("In common: ")


SAID_AS_CHOICE = [
    ("What does K-frames do that Valley doesn't, and vice versa?", {"K-frames", "Valley"}),
    ("what does hrkd do that meta-kd doesnt, and vice versa", {"HRKD", "Meta-KD"}),
    ("meta-kd and meta fine-tuning: same idea or not?", {"Meta-KD", "MFT"}),
    ("Valley2 and Valley3, the same approach or not?", {"Valley2", "Valley3"}),
]


@pytest.mark.parametrize(("question", "names"), SAID_AS_CHOICE)
def test_a_comparison_asked_without_a_comparing_word_is_compared(
    bundled_assistant: Assistant, question: str, names: set[str]
) -> None:
    first = bundled_assistant.ask(question).text.splitlines()[0]
    assert first.startswith("Compared from their abstracts: "), first
    assert {n.split(" [")[0] for n in first.split(": ", 1)[1].split(" vs ")} == names


def test_one_paper_asked_of_alone_is_not_compared(bundled_assistant: Assistant) -> None:
    text = bundled_assistant.ask("What does K-frames do?").text  # a control
    assert not text.startswith("Compared from their abstracts")
