"""A yes/no the listing answers leads with Yes or No, then the evidence, however it is asked:
papers on one day ('two papers on the same day?'), a month or a holiday ('any July papers?',
'on New Year's Eve?'), code in a year ('any code drops in 2025?'), a tag ('tagged mit?'), a
named paper's date ('was TextMix published in 2023?'); said casually, formally, lower-case,
indirectly, negated, with 'y/n' or 'straight answer please'. Controls: nearby questions that
must not change (a month tally, a tag list, an outsider's name)."""

from __future__ import annotations

from pathlib import Path

import pytest

from prompts.assistant import Assistant
from prompts.understand.asker import without_courtesy
from tests.prompts.synthetic import opened

PAPERS = [  # category and date (Code), title, authors (· tag), abstract
    (
        "CLJul 26, 2021",
        "GlowNet: Sentence Embeddings for Legal Text",
        "Ada Example, Bo Li",
        "GlowNet learns sentence embeddings for contracts and court rulings.",
    ),
    (
        "CVDec 31, 2023Code",
        "PixelFlow: Video Frame Prediction with Optical Flow",
        "Ada Example, Cy Wu",
        "PixelFlow predicts future video frames. Code: https://github.com/ada/pixelflow.",
    ),
    (
        "CVMar 3, 2022",
        "SkyCam: Cloud Detection in Satellite Images",
        "Ada Example · pku",
        "SkyCam detects clouds in satellite images of the coast.",
    ),
    (
        "CLMar 3, 2022Code",
        "TextMix: Data Augmentation for Short Texts",
        "Bo Li, Ada Example",
        "TextMix mixes short texts to augment training data. Code: https://github.com/ada/textmix.",
    ),
    (
        "LGMay 10, 2024",
        "QuickOpt: Faster Optimisers for Small Networks",
        "Ada Example",
        "QuickOpt speeds up the training of small networks.",
    ),
    (
        "LGOct 2, 2024",
        "TreeCut: Pruning Decision Forests",
        "Ada Example, Di Ng",
        "TreeCut prunes decision forests with little loss of accuracy.",
    ),
    (
        "IRJun 5, 2025Code",
        "RankFast: Learning to Rank at Scale",
        "Ada Example · pku",
        "RankFast ranks documents at scale. Code: https://github.com/ada/rankfast.",
    ),
    (
        "CLNov 12, 2020",
        "TagWise: Part-of-Speech Tagging for Dialects",
        "Ada Example, Ed Fox",
        "TagWise tags dialect sentences with parts of speech.",
    ),
]


def _text(papers: list[tuple[str, str, str, str]] = PAPERS) -> str:
    items = [f"{head}\n{title}\n\n{by}\n\n{abstract}\n" for head, title, by, abstract in papers]
    head = (
        f"Ada Example\n\nCL\nh-index3\n{len(papers)}papers\n10citations\nNovelty40%\n"
        f"AI Score55\n\n{len(papers)} Papers\n\n"
    )
    return head + "\n".join(items)


@pytest.fixture(scope="module")
def ada(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return opened(Path(tmp_path_factory.mktemp("ada30")), _text())


def _cited(assistant: Assistant, question: str) -> tuple[str, set[str]]:
    answer = assistant.ask(question)
    return answer.text, {c.title.split(":")[0] for c in answer.citations}


def _led_with(assistant: Assistant, question: str, lead: str, papers: set[str]) -> None:
    """Answered (not declined), led by `lead`, citing exactly `papers` (by short title)."""
    answer = assistant.ask(question)
    assert answer.text.startswith(lead), answer.text[:300]
    assert {c.title.split(":")[0] for c in answer.citations} == papers
    assert not answer.abstained


SAME_DAY = [
    "Were any two papers published on the same day?",
    "did two of her papers come out on the exact same date?",
    "Is there a date on which more than one paper appeared? yes or no",
    "do any of their papers share a publication date?",
    "did they ever publish two papers on one day?",
    "any day with more than one paper?",
    "I'm curious whether two of his papers came out the same day",
]


@pytest.mark.parametrize("question", SAME_DAY)
def test_papers_on_one_day_yes_with_the_day_and_both_papers(ada: Assistant, question: str) -> None:
    text, cited = _cited(ada, question)
    assert text.startswith("Yes"), text[:300]
    assert "3 March 2022" in text
    assert cited == {"SkyCam", "TextMix"}


@pytest.mark.parametrize("question", SAME_DAY)
def test_no_two_papers_on_one_day_no_with_the_closest_two(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith("No"), answer.text[:300]
    assert "KP-PLM" in answer.text and "SpanProto" in answer.text  # a day apart
    assert not answer.abstained


def test_a_denied_shared_day_is_checked(ada: Assistant, bundled_assistant: Assistant) -> None:
    question = "none of her papers share a publication date, right?"
    assert ada.ask(question).text.startswith("No, that is not right")
    assert bundled_assistant.ask(question).text.startswith("Right")


def test_papers_in_one_month_are_still_tallied_by_month(ada: Assistant) -> None:
    text = ada.ask("Did she publish two papers in the same month?").text
    assert text.startswith("Yes") and "March 2022" in text and "month" in text


@pytest.mark.parametrize(
    "question",
    [
        "did she ever publish in July?",
        "Any July papers? y/n",
        "Any July papers? straight answer please",
        "Straight answer please: has Ada Example published in July?",
        "i'm curious whether any of his papers appeared in july",
        "July papers: yes or no?",
        "is it true that they never published in July?",
    ],
)
def test_a_month_of_any_year(ada: Assistant, question: str) -> None:
    answer = ada.ask(question)
    assert answer.text.startswith(("Yes", "No, that is not right")), answer.text[:300]
    assert {c.title.split(":")[0] for c in answer.citations} == {"GlowNet"}


@pytest.mark.parametrize(
    ("question", "lead", "papers"),
    [
        ("was a paper published on New Year's Eve?", "Yes", {"PixelFlow"}),
        ("Any New Year's Eve papers?", "Yes", {"PixelFlow"}),
        ("Did Ada publish anything on December 31? straight answer", "Yes", {"PixelFlow"}),
        ("Has she published on Christmas Eve?", "No", set()),
        ("Did they publish on Valentine's Day? y/n", "No", set()),
        ("any May papers?", "Yes", {"QuickOpt"}),
        ("Were there May papers in 2024?", "Yes", {"QuickOpt"}),
        ("were there July papers in 2022?", "No", set()),
    ],
)
def test_a_day_or_month_is_no_persons_name(
    ada: Assistant, question: str, lead: str, papers: set[str]
) -> None:
    _led_with(ada, question, lead, papers)


@pytest.mark.parametrize(
    ("question", "lead", "papers"),
    [
        ("any code drops in 2025?", "Yes", {"RankFast"}),
        ("code drop in 2024? y/n", "No", set()),
        ("did she drop any code in 2023?", "Yes", {"PixelFlow"}),
        ("Is there a paper tagged pku with code? y/n", "Yes", {"RankFast"}),
        (
            "Does the pku paper with code come from 2025? straight answer please",
            "Yes",
            {"RankFast"},
        ),
        ("Are any of her papers tagged mit?", "No", set()),
        ("any paper tagged stanford? y/n", "No", set()),
    ],
)
def test_code_and_tags_asked_yes_or_no(
    ada: Assistant, question: str, lead: str, papers: set[str]
) -> None:
    _led_with(ada, question, lead, papers)


def test_the_tags_are_still_listed(ada: Assistant) -> None:
    _, cited = _cited(ada, "which papers are tagged pku?")
    assert cited == {"SkyCam", "RankFast"}


@pytest.mark.parametrize(
    ("question", "lead", "paper"),
    [
        ("Was GlowNet published in 2021?", "Yes", "GlowNet"),
        ("was glownet out in 2020?", "No", "GlowNet"),
        ("Was TextMix published in 2023?", "No", "TextMix"),
        ("is TextMix a 2022 paper? y/n", "Yes", "TextMix"),
        ("did QuickOpt come out before 2025?", "Yes", "QuickOpt"),
        ("Was SkyCam published in May?", "No", "SkyCam"),
        ("TextMix is from 2023, right?", "No", "TextMix"),
        ("TextMix isn't from 2023, right?", "Right", "TextMix"),
        ("Is it true that RankFast came out in 2025? straight answer please", "Yes", "RankFast"),
    ],
)
def test_a_named_papers_date(ada: Assistant, question: str, lead: str, paper: str) -> None:
    text, cited = _cited(ada, question)
    assert text.startswith(lead), text[:300]
    assert cited == {paper}  # that paper alone, not every paper of the year asked


@pytest.mark.parametrize(
    ("question", "kept"),
    [
        ("what is a straight answer", "what is a straight answer"),
        ("code drop in 2024? y/n", "code drop in 2024? y/n"),  # no yes/no without it
        ("did she publish in 2020? Yes/No please", "did she publish in 2020?"),
        ("Quick yes or no: any papers in 2019?", "any papers in 2019?"),
    ],
)
def test_how_the_answer_should_come_is_no_part_of_the_question(question: str, kept: str) -> None:
    assert without_courtesy(question) == kept


SERIES = [  # the profile's papers plus a series: VidTok, VidTok2 and VidTok3
    ("CVFeb 2, 2021", "VidTok: Tokenising Video Clips", "Ada Example", "VidTok tokenises clips."),
    (
        "CVApr 9, 2023",
        "VidTok2: Faster Video Tokens",
        "Ada Example",
        "VidTok2 makes tokens faster.",
    ),
    ("CVAug 1, 2025", "VidTok3: Video Tokens for Long Clips", "Ada Example", "VidTok3 goes long."),
]


@pytest.fixture(scope="module")
def ada_series(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return opened(Path(tmp_path_factory.mktemp("ada30s")), _text(PAPERS + SERIES))


@pytest.mark.parametrize(
    ("question", "lead", "papers"),
    [
        ("was there a vidtok paper in 2024?", "No", {"VidTok", "VidTok2", "VidTok3"}),
        ("Any VidTok-series paper from 2024, yes/no?", "No", {"VidTok", "VidTok2", "VidTok3"}),
        ("did she publish a VidTok paper in 2023?", "Yes", {"VidTok2"}),
        ("Was any VidTok paper released in 2025? straight answer", "Yes", {"VidTok3"}),
        ("Was VidTok published in 2023?", "No", {"VidTok"}),  # the one named, not its series
    ],
)
def test_a_named_series_dates(
    ada_series: Assistant, question: str, lead: str, papers: set[str]
) -> None:
    text, cited = _cited(ada_series, question)
    assert text.startswith(lead), text[:300]
    assert cited == papers


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("is there a year in which she published no paper?", "No"),  # 2020 to 2025, each
        ("Is there a calendar year from 2020 to 2025 in which the profile lists no paper?", "No"),
        ("Is there a calendar year from 2017 to 2022 in which the profile lists no paper?", "Yes"),
        ("any year since 2020 with zero papers?", "No"),
    ],
)
def test_a_year_without_papers(ada: Assistant, question: str, lead: str) -> None:
    text = ada.ask(question).text
    assert text.startswith(lead), text[:300]


@pytest.mark.parametrize(
    ("question", "lead", "papers"),
    [
        (
            "Is there a paper of hers marked with pku next to the authors?",
            "Yes",
            {"SkyCam", "RankFast"},
        ),
        ("Has one of their pku-marked papers been released with code?", "Yes", {"RankFast"}),
        ("are all the 2024 papers code-free?", "Yes", {"QuickOpt", "TreeCut"}),
        ("Are all of her 2025 papers code-free? y/n", "No", {"RankFast"}),
    ],
)
def test_tag_places_and_code_free(
    ada: Assistant, question: str, lead: str, papers: set[str]
) -> None:
    text, cited = _cited(ada, question)
    assert text.startswith(lead), text[:300]
    assert cited == papers


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("ada has no IR papers?", "No, that is not right"),
        ("she has zero IR papers?", "No, that is not right"),
        ("she never published in July?", "No, that is not right"),
        ("they published nothing in 2019?", "Right"),
        ("Is it true that the majority of their listed papers link to code?", "No"),
        ("Correct me if I'm wrong: most of her papers link to code.", "That premise does not hold"),
        (
            "I'm writing that all their 2022 output was in the CV category. Can you double-check?",
            "No",
        ),
    ],
)
def test_a_claim_put_up_is_checked_first(ada: Assistant, question: str, lead: str) -> None:
    text = ada.ask(question).text
    assert text.startswith(lead), text[:300]
