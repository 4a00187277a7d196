"""The words of a request are no subject of a count or a list: a verb of request opening the
question ('State the number of ...', 'Report the proportion ...', 'Identify the co-author ...',
'Compute her share ...') and the name of a span said after its dates ('the 2021 to 2022
window', 'over the 2020 to 2021 stretch'). Counted as the same question without them; a
subject said after the verb ('Identify the papers on video') stays the subject. Families on
the synthetic profile of test_premise_ends24 (8 papers: 2019-2025, Bo Li on 3)."""

from __future__ import annotations

from pathlib import Path

import pytest

from prompts.assistant import Assistant
from tests.prompts.synthetic import opened
from tests.prompts.test_premise_ends24 import ada_text


@pytest.fixture(scope="module")
def ada(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return opened(Path(tmp_path_factory.mktemp("request")), ada_text())


COUNTS = [
    ("State the number of listed publications dated 2021 or earlier.", "3 of the 8"),
    ("how many papers up to 2021?", "3 of the 8"),
    ("Report the number of her papers from 2021 or before.", "3 of the 8"),
    ("Compute the number of CL papers she has.", "4 of the 8"),
    ("How many of her papers fall in the 2021 to 2022 window?", "3 of the 8"),
    ("Count the papers in the 2021-2022 period", "3 of the 8"),
    ("how many of ada's papers are in the 2021 to 2022 stretch", "3 of the 8"),
]


@pytest.mark.parametrize(("question", "count"), COUNTS)
def test_request_words_do_not_narrow_a_count(ada: Assistant, question: str, count: str) -> None:
    answer = ada.ask(question)
    assert answer.text.startswith(count), (question, answer.text)
    assert "topic '" not in answer.text, (question, answer.text)


@pytest.mark.parametrize(
    "question",
    [
        "Identify the co-author appearing most often in her author lines.",
        "Who is her most frequent co-author?",
        "Name the co-author she has written with most.",
    ],
)
def test_request_verbs_do_not_narrow_the_co_authors(ada: Assistant, question: str) -> None:
    answer = ada.ask(question)
    assert "Bo Li: 3 papers" in answer.text, (question, answer.text)


def test_a_subject_after_the_request_verb_stays(ada: Assistant) -> None:
    answer = ada.ask("Identify the papers on video scenes")
    assert [c.title for c in answer.citations][:1] == [
        "ClipCut: Cutting Long Videos into Scenes"
    ], answer.text
