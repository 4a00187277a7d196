"""More yes/no and premise shapes new users type: a yes/no asked as a statement with a '?',
ended 'or not?', or after a sentence of context leads with Yes or No; a premise is corrected
first; a question about one named paper cites that paper only. Each behaviour is a family
of phrasings (formal, casual, typo, she/he/they/the name, indirect) that must agree."""

from __future__ import annotations

from prompts.answer.model import Answer
from prompts.assistant import Assistant


def cited(answer: Answer) -> set[str]:
    return {c.title.split(":")[0] for c in answer.citations}


def asked(assistant: Assistant, questions: list[str]) -> list[tuple[str, Answer]]:
    return [(q, assistant.ask(q)) for q in questions]


def test_a_yes_no_in_any_shape_leads_with_yes_and_the_listed_papers(
    bundled_assistant: Assistant,
) -> None:
    listed = bundled_assistant.ask("What has she published on knowledge distillation?")
    assert listed.citations
    family = [
        "she has published on knowledge distillation?",  # a statement asked with a '?'
        "they worked on knowledge distillation?",
        "he has any papers on knowledge distillation or not?",
        "Qiu did knowledge distillation work or not?",
        "I'm a recruiter for an NLP team. Did he publish on knowledge distillation?",
        "Quick question for my thesis. Has Minghui Qiu worked on knowledge distillation?",
    ]
    for q, answer in asked(bundled_assistant, family):
        assert answer.text.startswith("Yes"), (q, answer.text)
        assert cited(answer) == cited(listed), q


def test_first_authorship_in_a_year_asked_yes_or_no_leads_with_yes_or_no(
    bundled_assistant: Assistant,
) -> None:
    """No 2022 paper lists Minghui Qiu first; one 2020 paper (EasyTransfer) does."""
    none = [
        "Did Minghui Qiu first-author any paper in 2022?",
        "was she the lead author on anything from 2022",
        "in 2022, they were first author on a paper?",
        "Is there a 2022 paper where he is first author?",
        "I'm curious whether Qiu led a 2022 paper as first author.",
        "he have any first-author paper in 2022 or not?",
    ]
    for q, answer in asked(bundled_assistant, none):
        assert answer.text.startswith("No: "), (q, answer.text)
        assert "7 listed papers (2022)" in answer.text, q
    some = [
        "Did Minghui Qiu first-author any paper in 2020?",
        "was she first author on anything from 2020",
        "I'm curious whether they led a 2020 paper as first author.",
    ]
    for q, answer in asked(bundled_assistant, some):
        assert answer.text.startswith("Yes: "), (q, answer.text)
        assert [c.title.split(" ")[0] for c in answer.citations] == ["EasyTransfer"], q


def test_a_premise_of_first_authorship_of_one_named_paper_cites_that_paper_only(
    bundled_assistant: Assistant,
) -> None:
    """Valley2's first author is Ziheng Wu: the premise is corrected from Valley2 alone, not
    from every paper whose title says 'Valley'."""
    family = [
        "Why was Minghui Qiu the first author of Valley2?",
        "what led him to lead-author the valley2 paper",
        "how come they were first author on Valley2?",
        "I'm curious why she was listed first on Valley2.",
    ]
    for q, answer in asked(bundled_assistant, family):
        assert answer.text.startswith("No: "), (q, answer.text)
        assert "Ziheng Wu" in answer.text, q
        assert [c.title.split(":")[0] for c in answer.citations] == ["Valley2"], q
