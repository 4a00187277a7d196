"""A named paper's fact and a comparison in other words (bundled profile, and hand-made
abstracts): a count or size asked of a named paper is the abstract's sentence stating it; two
arXiv categories offered ('cv or cl?') ask the paper's category; a multi-word short title typed
in lower case still names its paper; who shows up most on the papers asks the co-authors; two
named papers offered as a choice, or 'what separates' / 'stack up against' them, are compared
with both present; a pair described by a word both share ('the two radar papers') still finds
the other side; a
problem said as 'restricting' or 'a burden' fills the Task row; a name the background gives
('a capability termed Foo-Bar') is not the paper's. Each family is one need asked several ways
(casual, formal, typo, he/she/they or the name, indirect); the family must agree."""

from __future__ import annotations

import datetime as dt

import pytest

from prompts.answer.compare import pick
from prompts.assistant import Assistant
from retrieval.index.aliases import aliases
from retrieval.model import Paper

COMPARED = "Compared from their abstracts:"


def cited(answer_titles: list[str], *starts: str) -> bool:
    return all(any(t.startswith(s) for t in answer_titles) for s in starts)


TASK_COUNT = [
    "number of tasks in VIPER?",
    "VIPER task count pls",
    "# of tasks the VIPER benchmark covers",
    "I'm curious about the number of reasoning tasks in her VIPER benchmark.",
    "How many tasks does their VIPER benchmark span?",
    "what's the task count of VIPR's benchmark",
]


@pytest.mark.parametrize("question", TASK_COUNT)
def test_a_count_asked_of_a_named_paper_is_the_sentence_stating_it(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert "16 tasks" in answer.text, answer.text[:300]
    assert answer.citations[0].title.startswith("Beyond the Last Frame")


TWO_CATEGORIES = [
    ("is KECP cl or lg?", "KECP", "CL"),
    ("hrkd -- CL or CV?", "HRKD", "CL"),
    ("Would the GCE-GNN paper be filed as IR or LG?", "GCE-GNN", "IR"),
    ("I'm curious whether they put Valley2 under cv or cl.", "Valley2", "CV"),
    ("spanproto: cl/ai?", "SpanProto", "CL"),
]


@pytest.mark.parametrize(("question", "paper", "code"), TWO_CATEGORIES)
def test_two_categories_offered_ask_the_papers_category(
    bundled_assistant: Assistant, question: str, paper: str, code: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert f"{paper} is filed under" in answer.text, answer.text[:300]
    assert f"under the arXiv category {code}" in answer.text or f"under {code} (" in answer.text
    assert not answer.text.startswith(("Yes", "No"))


LOWER_TITLE = [
    ("seeing inside the storm -- which month/year?", "22 May"),
    ("when did learning to expand come out", "November 2020"),
    ("From atoms to chains: what year was it published?", "2026"),
    ("I'm curious when 'seeing inside the storm' appeared.", "22 May"),
    ("date of the learning to expand paper pls", "November 2020"),
]


@pytest.mark.parametrize(("question", "said"), LOWER_TITLE)
def test_a_short_title_typed_in_lower_case_names_its_paper(
    bundled_assistant: Assistant, question: str, said: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert "was published on" in answer.text and said in answer.text, answer.text[:300]


MOST_SEEN = [
    "who shows up most often on her papers",
    "Who turns up most on his author lists?",
    "who shows up the most on their papers, co-author-wise?",
    "I'm curious who shows up most on Minghui Qiu's papers.",
    "who shows up most on qiu's paprs",
]


@pytest.mark.parametrize("question", MOST_SEEN)
def test_who_shows_up_most_is_the_top_coauthor(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    first = answer.text.splitlines()[0]
    assert first.startswith("Minghui Qiu's most frequent co-authors"), first
    assert "Chengyu Wang: 14 papers" in answer.text


CHOICE = [
    ("GCE-GNN or SRGI for a session recommender?", ("Global Context", "Exploring Global")),
    ("what separates UPT from CP-Tuning", ("Towards Unified Prompt", "Making Pre-trained")),
    ("How does Valley2 stack up against Valley3?", ("Valley2", "Valley3")),
    ("whats sets KECP apart from KP-PLM", ("KECP", "Knowledge Prompting")),
    ("I'm curious what separates her HRKD and Meta-KD papers.", ("HRKD", "Meta-KD")),
    ("smedbert or dkplm for a medical knowledge graph?", ("SMedBERT", "DKPLM")),
]


@pytest.mark.parametrize(("question", "titles"), CHOICE)
def test_two_named_papers_offered_or_set_apart_are_compared(
    bundled_assistant: Assistant, question: str, titles: tuple[str, str]
) -> None:
    answer = bundled_assistant.ask(question)
    assert COMPARED in answer.text, answer.text[:200]
    assert cited([c.title for c in answer.citations], *titles)


# The one pair of the profile described by a word both share ('radar', in both abstracts),
# named from the other side than the eval sets do (MeteoLogist, the rainfall one).
PAIR_DESCRIBED = [
    "How does MeteoLogist differ from the other radar paper, the rainfall one?",
    "the two radar papers -- MeteoLogist vs the rainfall reconstruction one?",
    "I'm curious what separates their two radar papers: MeteoLogist and the rainfall one.",
    "meteologist versus the other radar paper (the rainfall reconstruction one)",
]


@pytest.mark.parametrize("question", PAIR_DESCRIBED)
def test_a_pair_described_by_a_shared_word_finds_the_other_side(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith(COMPARED), answer.text[:200]
    assert cited([c.title for c in answer.citations], "Seeing Inside the Storm", "RainSeer")


def paper(abstract: str, title: str = "A Study of Things") -> Paper:
    return Paper(
        id="x", n=1, title=title, authors=["A. B"], authors_truncated=False,
        category="CL", date=dt.date(2022, 1, 1), abstract=abstract,
    )  # fmt: skip


PROBLEMS = [
    "Retrieving facts at run time brings a heavy computational burden.",
    "Such encoders are expensive to run on long inputs.",
    "The cost of labelling restricts the use of these models in hospitals.",
    "Current decoders are inefficient on mobile devices.",
    "Training such models is prohibitively slow for small labs.",
]


@pytest.mark.parametrize("problem", PROBLEMS)
def test_a_problem_said_in_other_words_fills_the_task_row(problem: str) -> None:
    abstract = (
        "Knowledge graphs are used by language models. "
        f"{problem} "
        "In this paper, we propose FooNet, a light model that reads graphs once. "
        "Experiments show that FooNet outperforms strong baselines on five tasks."
    )
    assert pick(paper(abstract))["Task"] == problem


BACKGROUND_NAMES = [
    ("a behaviour termed Chain-of-Thought", "We introduce GraphBench, a suite", "GraphBench"),
    ("an ability called Look-Ahead", "In this paper we present TreeQA, which", "TreeQA"),
    ("a failure mode dubbed Mode-Hopping", "Our work proposes StableGAN, a method", "StableGAN"),
    ("an effect named Over-Think", "This paper introduces CritiqueLM, a model", "CritiqueLM"),
]


@pytest.mark.parametrize(("background", "own", "name"), BACKGROUND_NAMES)
def test_a_name_the_background_gives_is_not_the_papers(
    background: str, own: str, name: str
) -> None:
    abstract = (
        f"Recent models show {background}, where they think aloud. "
        f"{own} tests it on many inputs. {name} is released at https://example.org/{name}."
    )
    assert name in aliases(paper(abstract))


KEYWORDS = [
    ("describe qiu in two keywords", 2, None),
    ("Give me four keywords for this researcher's work.", 4, None),
    ("I'm curious which three keywords would best describe their papers.", 3, None),
    ("a few keywords for his reserch pls", 3, None),
    ("keywords for Minghui Qiu's 2021 papers?", 3, 2021),
    ("her 2022 work as five tags", 5, 2022),
]


@pytest.mark.parametrize(("question", "n", "year"), KEYWORDS)
def test_n_keywords_are_n_title_words_with_their_counts(
    bundled_assistant: Assistant, question: str, n: int, year: int | None
) -> None:
    answer = bundled_assistant.ask(question)
    first = answer.text.splitlines()[0]
    assert first.startswith(f"Minghui Qiu's work in {n} keywords"), first
    assert first.count(" titles)") == n
    assert all(c.date.year == year for c in answer.citations) if year else answer.citations


@pytest.mark.parametrize(
    "question",
    [
        "how many papers with the CL tags?",
        "Which of her papers carry CV tags?",
        "papers w/ the cs.CL tags pls",
        "I'm curious how many of Qiu's papers have CL tags.",
        "count their papers that have cl tags",
    ],
)
def test_category_tags_are_no_keywords(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    assert "keywords" not in answer.text.splitlines()[0], answer.text[:160]
    assert "(Computation and Language)" in answer.text or "(Computer Vision)" in answer.text
