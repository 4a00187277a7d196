"""Two questions about the body of work as a whole get one answer however they are asked: the
papers outside the main themes ('side projects', 'outliers', 'papers that don't fit the core
themes', 'one-offs') are listed and cited, the main themes' papers not; the kinds of data the
work covers ('which modalities', 'what types of data') are counted per kind with cited
examples; the threads of one field of the work ('her NLP work', 'the language-processing
side', 'her vision work') are the themes within that field's papers, however it is said. Controls: a topic list stays a list, a count a count, the main areas the themes,
'outlier detection' a subject."""

from __future__ import annotations

import re

import pytest

from prompts.assistant import Assistant
from tests.prompts import synthetic

OUTSIDE = " outside the "
KINDS = "The kinds of data Ada Example's"


def profile_text() -> str:
    papers = [
        (f"TextCls{i}: Few-Shot Text Classification with Prompts, Part {i}",
         f"TextCls{i} classifies sentences and documents with prompt-tuned language models on "
         "text benchmarks.")
        for i in range(8)
    ] + [
        (f"VidQA{i}: Answering Questions about Videos, Part {i}",
         f"VidQA{i} answers questions about video clips and images with a vision model.")
        for i in range(8)
    ] + [
        ("ChessMind: Searching Chess Endgames with Tablebases",
         "ChessMind plays chess endgames by searching move tablebases on a game board."),
    ]  # fmt: skip
    # then two rainfall-from-radar papers; the text papers in CL, the video papers in CV
    text = synthetic.profile_text(papers, "LG", others=2, kinds=1)
    text = re.sub(r"^LG(?=\w{3} \d+, \d{4}\nTextCls)", "CL", text, flags=re.MULTILINE)
    return re.sub(r"^LG(?=\w{3} \d+, \d{4}\nVidQA)", "CV", text, flags=re.MULTILINE)


@pytest.fixture(scope="module")
def bot(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return synthetic.opened(tmp_path_factory.mktemp("wholes29"), profile_text())


OUTLIERS = [
    "What are Ada Example's side projects?",
    "which of her papers are outliers that don't fit her main themes?",
    "papers that dont fit the core themes pls",
    "Which publications fall outside her core research themes?",
    "I'd like to know about the odd ones out in her record.",
    "Are there one-off papers outside her main line of work?",
    "what are ada's odd-one-out papers, topic wise?",
    "For a magazine profile: which of their papers are off their usual topics?",
]


@pytest.mark.parametrize("question", OUTLIERS)
def test_the_papers_outside_the_main_themes_are_listed(bot: Assistant, question: str) -> None:
    answer = bot.ask(question)
    assert OUTSIDE in answer.text.splitlines()[0], answer.text[:400]
    titles = [c.title for c in answer.citations]
    assert any(t.startswith("ChessMind") for t in titles), answer.text
    assert not any(t.startswith(("TextCls", "VidQA")) for t in titles), titles


def test_every_phrasing_lists_the_same_papers(bot: Assistant) -> None:
    cited = {q: {c.paper_id for c in bot.ask(q).citations} for q in OUTLIERS}
    assert len(set(map(frozenset, cited.values()))) == 1, cited


def test_a_yes_no_phrasing_leads_with_yes(bot: Assistant) -> None:
    assert bot.ask(OUTLIERS[5]).text.startswith("Yes: ")


MODALITIES = [
    "Which data modalities does Ada Example's work cover (text, images, video, audio)?",
    "what kinds of data does she work with?",
    "wat types of data do her papers use - text? images?",
    "Which input modalities appear across their papers?",
    "modalities covered?",
    "As a reviewer, which data types does this researcher's work span?",
    "Is her research mostly text or also images and video?",
    "Does her work go beyond text, and into which kinds of data?",
]


@pytest.mark.parametrize("question", MODALITIES)
def test_the_kinds_of_data_are_counted_per_kind(bot: Assistant, question: str) -> None:
    answer = bot.ask(question)
    assert answer.text.startswith(KINDS), answer.text[:400]
    lines = answer.text.splitlines()
    assert any(s.startswith("- text (8 papers, e.g. TextCls") for s in lines), answer.text
    assert any(s.startswith("- video (8 papers, e.g. VidQA") for s in lines), answer.text
    assert any(s.startswith("- images (8 papers") for s in lines), answer.text
    assert answer.citations


def test_a_kind_asked_that_no_paper_names_is_said_to_be_absent(bot: Assistant) -> None:
    answer = bot.ask(MODALITIES[0])
    assert "No listed paper names audio and speech." in answer.text


def test_every_modality_phrasing_cites_the_same_papers(bot: Assistant) -> None:
    cited = {q: {c.paper_id for c in bot.ask(q).citations} for q in MODALITIES}
    assert len(set(map(frozenset, cited.values()))) == 1, cited


ONE_KIND = [
    "Is video among the modalities her papers cover?",
    "any video modality papers?",
    "Does any of Ada Example's papers handle video as a modality?",
]


@pytest.mark.parametrize("question", ONE_KIND)
def test_one_kind_asked_is_that_kinds_papers_yes_first(bot: Assistant, question: str) -> None:
    """(found at the lead's review: 'is audio among the modalities ...?' got every kind)"""
    answer = bot.ask(question)
    assert answer.text.startswith("Yes") and not answer.text.startswith(KINDS), answer.text[:300]
    assert answer.citations and all(c.title.startswith("VidQA") for c in answer.citations)


CONTROLS = [
    "Which papers are on video question answering?",
    "How many papers does she have on video?",
    "What are her main research areas?",
    "Which papers are on outlier detection?",
]


@pytest.mark.parametrize("question", CONTROLS)
def test_nearby_questions_keep_their_answer(bot: Assistant, question: str) -> None:
    text = bot.ask(question).text
    assert OUTSIDE not in text and not text.startswith(KINDS), text[:300]


def test_a_topic_list_stays_a_list_and_a_count_a_count(bot: Assistant) -> None:
    assert all(c.title.startswith("VidQA") for c in bot.ask(CONTROLS[0]).citations), (
        "the video papers"
    )
    assert bot.ask(CONTROLS[1]).text.startswith("8 ")


FIELD_THREADS = {
    "CL": [
        "What are the main threads of her NLP work?",
        "NLP side of her work - main areas?",
        "her language-processing research: main directions?",
        "what are the themes in ada's language work?",
        "main themes within her natural language processing papers?",
        "what does she mostly do on the language side",
        "summarise her NLP research",
        "I'm curious what recurring ideas show up in her text/NLP papers.",
    ],
    "CV": [
        "what are the themes in her vision work?",
        "Main directions of their computer vision research?",
        "her vision side - key topics?",
    ],
}


@pytest.mark.parametrize(
    ("code", "question"), [(c, q) for c, qs in FIELD_THREADS.items() for q in qs]
)
def test_a_fields_threads_are_the_themes_within_it(
    bot: Assistant, code: str, question: str
) -> None:
    answer = bot.ask(question)
    assert answer.text.startswith(f"Ada Example's 8 listed papers ({code}"), answer.text[:300]
    kind = "TextCls" if code == "CL" else "VidQA"
    assert answer.citations and all(c.title.startswith(kind) for c in answer.citations)


def test_a_subject_named_after_a_field_is_no_field(bot: Assistant) -> None:
    text = bot.ask("main topics of her vision-language papers?").text
    assert not text.startswith("Ada Example's 8 listed papers (CV"), text[:300]
