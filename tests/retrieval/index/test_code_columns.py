"""What the papers' abstracts say of their code is kept with the papers' file: a question on
code releases (only promised, published anonymously, under an account) on a reopened profile
reads no paper beyond those it lists, and answers as the papers held in memory do."""

from __future__ import annotations

import gc

import pytest

from bot.app import build_assistant, open_index
from prompts import assistant as assistant_module
from prompts.answer.model import Answer
from prompts.assistant import Assistant
from retrieval.index.papers import PaperTable
from retrieval.model import Paper
from retrieval.search import Searcher
from tests.conftest import make_settings

ABSTRACTS = {
    "GraphSum: Summarizing Long Documents with Graph Attention": (
        "We propose GraphSum, a graph attention summarizer. Code is at https://github.com/acme/graphsum."
    ),
    "PixelGuard: Detecting Adversarial Patches in Street Scenes": (
        "PixelGuard detects adversarial patches. Code: https://github.com/zeta-lab/pixelguard."
    ),
    "TableQA: Answering Questions over Spreadsheets": (
        "TableQA answers questions over spreadsheets. The code will be released upon acceptance."
    ),
    "SparseMoE: Routing Tokens to Few Experts": (
        "SparseMoE routes tokens to few experts. Our code is available anonymously at "
        "https://anonymous.4open.science/r/sparsemoe."
    ),
    "RainNet: Forecasting Rainfall from Radar with Diffusion Models": (
        "RainNet forecasts rainfall from radar. The code is at https://github.com/acme/rainnet."
    ),
    "LexiGraph: Parsing Legal Text into Graphs": (
        "LexiGraph parses legal text into graphs and is released with a demo."
    ),
}


def profile_text() -> str:
    papers = [
        f"CLMar {i + 3}, 202{i % 4}Code\n{title}\n\nAda Example, Bo Li\n\n{abstract}\n"
        for i, (title, abstract) in enumerate(ABSTRACTS.items())
    ]
    head = (
        "Ada Example\n\nCL\nh-index3\n6papers\n10citations\nNovelty40%\nAI Score55\n\n6 Papers\n\n"
    )
    return head + "\n".join(papers)


ACCOUNT = [
    "Which papers have code under the acme account on GitHub?",
    "acme github repos?",
    "which of her repositories belong to Acme",
    "I'm curious which of their code is hosted at github.com/acme.",
    "Which of Ada Example's papers link code in acme's GitHub organization?",
]
PROMISED = [
    "Which papers promise code that isn't out yet?",
    "code will be released later -- which of her papers say that?",
    "wich papers say the code will be released later on?",
]
ANONYMOUS = [
    "Which of her papers put their code up anonymously?",
    "anon repo? which paper",
    "Was any code of Ada Example's released anonymously, and where?",
]
EXPECTED = (
    [(q, {"GraphSum", "RainNet"}) for q in ACCOUNT]
    + [(q, {"TableQA"}) for q in PROMISED]
    + [(q, {"SparseMoE"}) for q in ANONYMOUS]
)


@pytest.fixture(scope="module")
def settings(tmp_path_factory: pytest.TempPathFactory) -> object:
    root = tmp_path_factory.mktemp("code")
    path = root / "ada.txt"
    path.write_text(profile_text(), encoding="utf-8")
    found = make_settings(root / "data", path)
    build_assistant(found)  # the first open after the ingest writes the papers' file
    return found


@pytest.fixture(autouse=True)
def fresh_process(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(assistant_module, "_CLASSIFIERS", {})


def cited(answer: Answer) -> set[str]:
    return {c.title.split(":")[0] for c in answer.citations}


def live_papers() -> dict[int, str]:
    """Every paper alive in the process, by object id (other tests' papers may be alive too,
    some with the same titles)."""
    gc.collect()
    return {id(o): o.title.split(":")[0] for o in gc.get_objects() if isinstance(o, Paper)}


@pytest.mark.parametrize(("question", "expected"), EXPECTED)
def test_a_code_release_question_reads_only_the_papers_it_lists(
    settings: object, question: str, expected: set[str]
) -> None:
    bot = build_assistant(settings)  # type: ignore[arg-type]
    assert isinstance(bot.profile.papers, PaperTable)
    before = live_papers()
    answer = bot.ask(question)
    assert cited(answer) == expected, answer.text
    read = {title for key, title in live_papers().items() if key not in before}
    assert read <= expected, answer.text  # the other papers marked with code unread


@pytest.mark.parametrize(("question", "expected"), EXPECTED)
def test_a_code_release_question_answers_as_from_the_papers_in_memory(
    settings: object, question: str, expected: set[str]
) -> None:
    index = open_index(settings)  # type: ignore[arg-type]
    profile = index.load_profile()  # no cache: every paper read into memory
    in_memory = Assistant(
        profile, Searcher(index.collection(), index.embedder, profile, index.keywords())
    )
    assert not isinstance(in_memory.profile.papers, PaperTable)
    from_table = build_assistant(settings)  # type: ignore[arg-type]
    one, other = in_memory.ask(question), from_table.ask(question)
    assert cited(one) == cited(other) == expected, one.text
    assert one.text == other.text
