"""Chat follow-ups on the bundled profile, each asked several ways after two first questions.

'What about <another year / category / person / paper>?' asks an earlier question again
with that value; 'which of those ...' narrows the last list; 'those two' and 'both' are the
last answer's two papers, else the two just singled out; ordinals count over the last list.
"""

from __future__ import annotations

import pytest

from prompts.answer.memory import Conversation
from prompts.answer.model import Answer
from prompts.assistant import Assistant
from retrieval.model import Paper


def cited(answer: Answer) -> set[str]:
    return {c.paper_id for c in answer.citations}


def chat(bot: Assistant, *questions: str) -> tuple[Conversation, list[Answer]]:
    conversation = Conversation()
    return conversation, [bot.ask(q, conversation) for q in questions]


def paper(bot: Assistant, paper_id: str) -> Paper:
    return next(p for p in bot.profile.papers if p.id == paper_id)


YEAR_SWITCH = [
    "what about 2023?",
    "and in 2023?",
    "how about 2023",
    "wat about 2023?",
    "And 2023?",
    "what about the 2023 ones?",
    "ok and what about 2023",
]
YEAR_FIRSTS = [  # earlier turns, then the same question asked fresh for 2023
    (["what did he publish in 2022?"], "what did he publish in 2023?"),
    (["Which of her 2022 papers have code?"], "Which of her 2023 papers have code?"),
    (  # the tester's chat: narrowed and singled out in between
        ["what did they publish in 2022?", "which of those have code?", "tell me about it"],
        "what did they publish in 2023?",
    ),
]


@pytest.mark.parametrize("follow_up", YEAR_SWITCH)
@pytest.mark.parametrize(("earlier", "fresh"), YEAR_FIRSTS)
def test_what_about_another_year_asks_again_for_that_year(
    bundled_assistant: Assistant, earlier: list[str], fresh: str, follow_up: str
) -> None:
    """Not 'None of the 7 papers above match 2023': the 2022 list is not narrowed."""
    _, answers = chat(bundled_assistant, *earlier, follow_up)
    expected = cited(bundled_assistant.ask(fresh))
    assert expected and cited(answers[-1]) == expected, answers[-1].text[:150]
    assert "above" not in answers[-1].text.splitlines()[0]


CATEGORY_SWITCH = [
    "how about CV",
    "what about computer vision?",
    "and in CV?",
    "wat about the CV ones?",
    "how abt CV papers",
]
CATEGORY_FIRSTS = [
    ("which 2023 papers are NLP?", "which 2023 papers are CV?"),
    ("How many NLP papers does she have?", "How many CV papers does she have?"),
]


@pytest.mark.parametrize("follow_up", CATEGORY_SWITCH)
@pytest.mark.parametrize(("first", "fresh"), CATEGORY_FIRSTS)
def test_what_about_another_category_replaces_the_category(
    bundled_assistant: Assistant, first: str, fresh: str, follow_up: str
) -> None:
    _, answers = chat(bundled_assistant, first, follow_up)
    expected = bundled_assistant.ask(fresh)
    assert cited(answers[-1]) == cited(expected), answers[-1].text[:150]
    assert str(len(expected.citations)) in answers[-1].text.splitlines()[0]


PERSON_SWITCH = [  # the person changes; the year asked first stays
    "what about {name}?",
    "and {name}?",
    "how abt {lower}",
    "ok so what about {name}",
]
PERSON_FIRSTS = [
    ("papers with Chengyu Wang in 2021", "Taolin Zhang", "papers with Taolin Zhang in 2021"),
    (
        "How many of her 2020 papers are with Chengyu Wang?",
        "Cen Chen",
        "How many of her 2020 papers are with Cen Chen?",
    ),
]


@pytest.mark.parametrize("follow_up", PERSON_SWITCH)
@pytest.mark.parametrize(("first", "name", "fresh"), PERSON_FIRSTS)
def test_what_about_another_person_keeps_the_rest_of_the_question(
    bundled_assistant: Assistant, first: str, name: str, fresh: str, follow_up: str
) -> None:
    asked = follow_up.format(name=name, lower=name.lower())
    _, answers = chat(bundled_assistant, first, asked)
    expected = cited(bundled_assistant.ask(fresh))
    assert expected and cited(answers[-1]) == expected, answers[-1].text[:150]
    assert name in answers[-1].text


NEXT_PAPER = ["and the last one?", "what about the last one?", "how about the last paper?"]
LISTS = ["what has he published on knowledge distillation?", "papers from 2023"]


@pytest.mark.parametrize("follow_up", NEXT_PAPER)
@pytest.mark.parametrize("first", LISTS)
def test_the_last_one_after_a_list_is_its_last_paper_asked_the_same(
    bundled_assistant: Assistant, first: str, follow_up: str
) -> None:
    """'and the last one?' after 'does it have code?' about the first: the same question
    of the list's last paper (not the newest paper, not the first one again)."""
    _, answers = chat(
        bundled_assistant, first, "tell me about the first one", "does it have code?", follow_up
    )
    last = sorted(answers[0].citations, key=lambda c: c.n)[-1].paper_id
    assert cited(answers[-1]) == {last}, answers[-1].text[:150]
    has_code = paper(bundled_assistant, last).has_code
    assert answers[-1].text.startswith("Yes" if has_code else "No"), answers[-1].text[:150]


@pytest.mark.parametrize(
    "follow_up", ["and the first one?", "what about the first?", "the frist one?", "and the 1st"]
)
@pytest.mark.parametrize("first", LISTS)
def test_the_first_after_a_one_paper_answer_is_the_lists_first(
    bundled_assistant: Assistant, first: str, follow_up: str
) -> None:
    """Not the one paper just described again: 'the first' counts over the list."""
    _, answers = chat(bundled_assistant, first, "tell me about the second one", follow_up)
    listed_first = sorted(answers[0].citations, key=lambda c: c.n)[0].paper_id
    assert cited(answers[-1]) == {listed_first}, answers[-1].text[:150]


PAIR = [
    "compare those two",
    "compare both of them",
    "how do the two differ?",
    "what's the difference between those 2?",
    "compare em both",
]
PAIR_FIRSTS = [
    ["papers from 2023", "which of those are CV?"],
    ["what has he published on knowledge distillation?", "which of those are from 2021?"],
]


@pytest.mark.parametrize("follow_up", PAIR)
@pytest.mark.parametrize("earlier", PAIR_FIRSTS)
def test_those_two_are_the_two_papers_just_listed(
    bundled_assistant: Assistant, earlier: list[str], follow_up: str
) -> None:
    _, answers = chat(bundled_assistant, *earlier, follow_up)
    assert len(answers[-2].citations) == 2
    assert answers[-1].text.startswith("Compared"), answers[-1].text[:150]
    assert cited(answers[-1]) == cited(answers[-2])


SINGLED_OUT = [
    ["papers from 2023", "tell me about the first one", "and the last one?"],
    ["what has he published on knowledge distillation?", "the second one", "what about the third?"],
]


@pytest.mark.parametrize("earlier", SINGLED_OUT)
@pytest.mark.parametrize(
    "follow_up",
    ["which of those two has code?", "which one of the two has code", "wich of both has code?"],
)
def test_which_of_the_two_singled_out_answers_which(
    bundled_assistant: Assistant, earlier: list[str], follow_up: str
) -> None:
    """Not the first two of the list, not two paper cards: the ones of the two with code."""
    _, answers = chat(bundled_assistant, *earlier, follow_up)
    two = cited(answers[-2]) | cited(answers[-3])
    with_code = {i for i in two if paper(bundled_assistant, i).has_code}
    assert len(two) == 2 and cited(answers[-1]) == with_code, answers[-1].text[:150]
    assert "of the 2 papers" in answers[-1].text


@pytest.mark.parametrize("earlier", SINGLED_OUT)
@pytest.mark.parametrize(
    "follow_up",
    ["do both of them have code?", "Do those two have code?", "do the two of them have code"],
)
def test_do_both_is_yes_only_when_both_match(
    bundled_assistant: Assistant, earlier: list[str], follow_up: str
) -> None:
    _, answers = chat(bundled_assistant, *earlier, follow_up)
    two = cited(answers[-2]) | cited(answers[-3])
    both = all(paper(bundled_assistant, i).has_code for i in two)
    assert answers[-1].text.startswith("Yes" if both else "No"), answers[-1].text[:150]


@pytest.mark.parametrize(
    "follow_up", ["compare those two", "compare the two", "how do both of them differ?"]
)
def test_those_two_singled_out_are_compared(bundled_assistant: Assistant, follow_up: str) -> None:
    _, answers = chat(bundled_assistant, *SINGLED_OUT[0], follow_up)
    assert answers[-1].text.startswith("Compared"), answers[-1].text[:150]
    assert cited(answers[-1]) == cited(answers[-2]) | cited(answers[-3])


@pytest.mark.parametrize(
    "follow_up",
    [
        "which of those are computer vision?",
        "which of them are CV?",
        "any of those in computer vision?",
    ],
)
@pytest.mark.parametrize("first", ["papers from 2023", "What did she publish in 2021?"])
def test_those_past_a_one_paper_answer_is_the_list(
    bundled_assistant: Assistant, first: str, follow_up: str
) -> None:
    _, answers = chat(bundled_assistant, first, "tell me about the first one", follow_up)
    listed = cited(answers[0])
    vision = {i for i in listed if paper(bundled_assistant, i).category == "CV"}
    assert vision and cited(answers[-1]) == vision, answers[-1].text[:150]


@pytest.mark.parametrize(
    "follow_up", ["compare it with the first one", "how does it differ from the first one?"]
)
def test_it_and_a_position_are_two_papers(bundled_assistant: Assistant, follow_up: str) -> None:
    _, answers = chat(
        bundled_assistant,
        "what has he published on knowledge distillation?",
        "the second one",
        follow_up,
    )
    first = sorted(answers[0].citations, key=lambda c: c.n)[0].paper_id
    assert answers[-1].text.startswith("Compared"), answers[-1].text[:150]
    assert cited(answers[-1]) == {first} | cited(answers[1])


BUILT = [
    "what benchmark did they build for it?",
    "did they build a benchmark?",
    "which benchmark did the authors introduce",
    "wat benchmark did she create for it",
]


@pytest.mark.parametrize("question", BUILT)
@pytest.mark.parametrize(
    ("name", "built"), [("MMLongCite", "MMLongCite"), ("Beyond the Last Frame", "VIPER")]
)
def test_a_benchmark_the_paper_built_is_quoted(
    bundled_assistant: Assistant, name: str, built: str, question: str
) -> None:
    _, answers = chat(bundled_assistant, f"tell me about {name}", question)
    assert built in answers[-1].text and "names no" not in answers[-1].text, answers[-1].text
    assert cited(answers[-1]) == cited(answers[0])


@pytest.mark.parametrize("question", BUILT)
@pytest.mark.parametrize("name", ["Valley2", "SpanProto"])
def test_a_paper_that_built_no_benchmark_says_so(
    bundled_assistant: Assistant, name: str, question: str
) -> None:
    """Valley2 reports results on benchmarks; that sentence is no benchmark it built."""
    _, answers = chat(bundled_assistant, f"tell me about {name}", question)
    assert "names no benchmark" in answers[-1].text, answers[-1].text
    assert cited(answers[-1]) == cited(answers[0])


def test_the_same_question_of_the_last_one_switches_the_paper(
    bundled_assistant: Assistant,
) -> None:
    """The tester's chat: the benchmark question, then 'and the last one?' of the list."""
    _, answers = chat(
        bundled_assistant,
        "is he working on video understanding?",
        "which of those are from 2025?",
        "tell me about the first one",
        "what benchmark did they build for it?",
        "and the last one?",
    )
    last = sorted(answers[1].citations, key=lambda c: c.n)[-1].paper_id
    assert "names no benchmark" in answers[3].text
    assert cited(answers[-1]) == {last} and "VIPER" in answers[-1].text, answers[-1].text
