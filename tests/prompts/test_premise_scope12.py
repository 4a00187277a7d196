"""False premises about a named paper's data or scope, and about when a kind of paper
appears: the answer first says the premise does not hold, then the fact, cited. A place its
data is from ('European radar' where it is US-wide), how many of a thing it has ('a single
benchmark' where it reports six), something it is said unable to do that its abstract says
it does ('cannot train models'), and a set said to hold papers on one side of a date only
('code only after 2022' where earlier papers have code). Families over the bundled profile
in words of no eval set; premises that hold are not corrected."""

from __future__ import annotations

import pytest

from prompts.assistant import Assistant

PREMISE = "That premise does not hold"


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        # a place
        (
            "Since RainSeer was evaluated only on Chinese radar data, which provinces were used?",
            "Korea",
        ),
        ("rainseer used american gauges - which states?", "France"),
        (
            "Given that the storm paper's radar came from Japan, which prefectures did it cover?",
            "US-wide",
        ),
        ("As MeteoLogist was tested on Australian radar, how many stations?", "NEXRAD"),
        # something it is said unable to do
        ("Since SpanProto cannot extract spans, how does it find entities?", "span extraction"),
        ("easynlp can't deploy models, so how do people serve them?", "deployment"),
        (
            "Given that RetiZero is unable to retrieve images, what does it do instead?",
            "image-to-image retrieval",
        ),
        # one thing said to be all it does, where it lists that thing with others
        (
            "Since SpanProto only does span extraction, how does it classify mentions?",
            "not only span extraction",
        ),
        ("I heard EasyNLP handles deployment only - where does training happen?", "training"),
        # a kind of paper on one side of a date only
        ("Since all of her CV papers came out after 2022, which was the first?", "Kaleido-BERT"),
        ("he only released code after 2021 - why the change?", "EasyTransfer"),
        ("As his IR papers only start after 2021, what was the first one?", "2020"),
    ],
)
def test_a_false_premise_is_said_first_with_the_fact(
    bundled_assistant: Assistant, question: str, fact: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith(PREMISE), (question, answer.text[:300])
    assert fact.casefold() in answer.text.casefold(), (question, fact, answer.text[:600])
    assert answer.citations, question


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("Since CURE was tested on three benchmarks, which are they?", "six math benchmarks"),
        ("Given that VIPER spans just four tasks, what are they?", "16 tasks"),
        ("why did gce-gnn use 4 datasets", "three"),
    ],
)
def test_a_wrong_count_of_a_thing_is_corrected_first(
    bundled_assistant: Assistant, question: str, fact: str
) -> None:
    answer = bundled_assistant.ask(question)
    first = answer.text.split("\n")[0]
    assert "abstract does not say" in first or first.startswith(PREMISE), (question, first)
    assert fact.casefold() in answer.text.casefold(), (question, fact, answer.text[:600])


@pytest.mark.parametrize(
    "question",
    [
        "Since RainSeer was evaluated on Korean and French data, how many years does it cover?",
        "Given that the storm paper's radar covers the US, which years does it span?",
        "Since R1-ShareVL was tested on six benchmarks, which are they?",
        "Since MMLongCite has 8 tasks, which ones are they?",
        "Given that EasyNLP can train models, what else does it offer?",
        "Since all of his papers with code came out after 2019, which was the first?",
    ],
)
def test_a_premise_that_holds_is_not_corrected(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    assert PREMISE not in answer.text, (question, answer.text[:300])
    assert "opposite" not in answer.text, (question, answer.text[:300])
