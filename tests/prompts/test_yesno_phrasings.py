"""Yes/no questions lead with Yes or No, then the evidence, whatever the phrasing; a premise
the profile contradicts is corrected first. Each behaviour is asked as a family of phrasings
(formal, casual, typed in lower case, she/he/they/the name, indirect, negated) that must agree."""

from __future__ import annotations

import pytest

from prompts.answer.model import Answer
from prompts.assistant import Assistant


def cited(answer: Answer) -> set[str]:
    return {c.title.split(":")[0] for c in answer.citations}


def asked(assistant: Assistant, questions: list[str]) -> list[tuple[str, Answer]]:
    return [(q, assistant.ask(q)) for q in questions]


# Two named papers' dates: KECP (2022-05-06) and SpanProto (2022-10-17) share a year; HRKD
# (2021-10-16) and Meta-KD (2020-12-02) do not.
SAME_YEAR = [
    ("Was KECP published in the same year as SpanProto?", "Yes", {"KECP", "SpanProto"}),
    ("did kecp and spanproto come out the same year", "Yes", {"KECP", "SpanProto"}),
    ("Were HRKD and Meta-KD published in the same year?", "No", {"HRKD", "Meta-KD"}),
    ("I'm curious whether Meta-KD came out the same year as HRKD.", "No", {"HRKD", "Meta-KD"}),
    ("Was Valley published in the same year as Valley2?", "No", {"Valley", "Valley2"}),
]
# Which of two named papers is newer, asked either way round.
ORDER = [
    ("Is Valley2 newer than GThinker?", "No", {"Valley2", "GThinker"}),
    ("did GThinker come out after VFaith?", "No", {"GThinker", "VFaith"}),
    ("Was KEML published before Meta-KD?", "Yes", {"KEML", "Meta-KD"}),
    ("is CURE more recent than R1-ShareVL", "Yes", {"CURE", "R1-ShareVL"}),
    ("I'm curious whether HRKD predates Meta-KD", "No", {"HRKD", "Meta-KD"}),
    ("is valley2 older than valley?", "No", {"Valley", "Valley2"}),
]


@pytest.mark.parametrize(("question", "verdict", "papers"), SAME_YEAR + ORDER)
def test_dates_of_two_named_papers_are_compared_yes_or_no_first(
    bundled_assistant: Assistant, question: str, verdict: str, papers: set[str]
) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith(f"{verdict}:"), answer.text
    titles = {c.title.split(":")[0] for c in answer.citations}
    assert {t.split(" ")[0] for t in titles} == {p.split(" ")[0] for p in papers}, titles
    for c in answer.citations:  # each date the verdict rests on is said
        assert c.date.isoformat() in answer.text


# CODA's author line starts with Minghui Qiu; RainSeer's with Lin Chen (Qiu third).
FIRST_AUTHOR = [
    ("Is Minghui Qiu the first author of CODA?", "Yes"),
    ("was CODA first-authored by her?", "Yes"),
    ("is qiu first author on coda", "Yes"),
    ("I'm curious whether he is CODA's lead author.", "Yes"),
    ("Did they lead the CODA paper?", "Yes"),
    ("Is she the first author of RainSeer?", "No"),
    ("was rainseer first-authored by Qiu?", "No"),
    ("Did Minghui Qiu lead-author the RainSeer paper?", "No"),
]


@pytest.mark.parametrize(("question", "verdict"), FIRST_AUTHOR)
def test_first_authorship_of_a_named_paper_is_yes_or_no_first(
    bundled_assistant: Assistant, question: str, verdict: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith(f"{verdict}:"), answer.text
    assert len(answer.citations) == 1
    if verdict == "No":
        assert "Lin Chen" in answer.text  # who is first instead


def test_a_topic_asked_yes_or_no_in_any_words_leads_with_yes_and_the_same_papers(
    bundled_assistant: Assistant,
) -> None:
    listed = bundled_assistant.ask("What has she published on question answering?")
    assert listed.citations
    family = [
        "Has Qiu published on question answering?",
        "anything on question answering?",
        "question answering stuff? lol",
        "does she do question answering research?",
        "I'm curious whether they have worked on question answering.",
        "hasn't he done any question answering work?",  # negated: Yes is about the fact
    ]
    for q, answer in asked(bundled_assistant, family):
        assert answer.text.startswith("Yes"), (q, answer.text)
        assert cited(answer) == cited(listed), q


def test_a_topic_no_paper_covers_is_answered_no_whatever_the_phrasing(
    bundled_assistant: Assistant,
) -> None:
    family = [
        "Has Minghui Qiu published on federated learning?",
        "federated learning stuff? y/n",
        "does he do any federated learning",
        "I'm curious whether they have worked on federated learning.",
        "hasn't she done any federated learning?",
    ]
    for q, answer in asked(bundled_assistant, family):
        assert answer.text.startswith("No:"), (q, answer.text)
        assert answer.abstained and not answer.citations, q
    # asked the other way round, the answer agrees with the fact, not with the wording
    never = bundled_assistant.ask("has she never worked on federated learning?")
    assert never.text.startswith("No, not in the listed papers") and not never.citations
    claim = bundled_assistant.ask("is it true that he never published on federated learning?")
    assert claim.text.startswith("Right") and not claim.citations


def test_a_premise_that_all_papers_are_in_one_field_is_corrected_first(
    bundled_assistant: Assistant,
) -> None:
    """36 of the 50 listed papers are not CV (22 of them CL): whatever is asked after a
    premise that all are, the correction comes first, with the same papers."""
    family = [
        "Why does Minghui Qiu only publish CV papers?",
        "why does he only do computer vision and no nlp",
        "Since she only works on computer vision, what is her best CV paper?",
        "Given that Qiu exclusively does vision, which paper stands out?",
        "they only do image stuff, so what's their top paper?",
    ]
    answers = asked(bundled_assistant, family)
    for q, answer in answers:
        assert answer.text.startswith("That premise does not hold"), (q, answer.text)
        assert "36 of the 50" in answer.text and "CL 22" in answer.text, q
        assert cited(answer) == cited(answers[0][1]), q
    # a question asking whether (no premise) is answered No with the share
    share = bundled_assistant.ask("Does she only publish in CV?")
    assert share.text.startswith("No: 14 of the 50")


def test_a_premise_of_no_papers_in_a_year_is_corrected_first(
    bundled_assistant: Assistant,
) -> None:
    """Seven listed papers are from 2021."""
    family = [
        "Why didn't Minghui Qiu publish anything in 2021?",
        "why didnt he publish anything in 2021",
        "What made her stop publishing in 2021?",
        "how come they had no papers in 2021",
        "am I right that she has no 2021 papers?",
    ]
    answers = asked(bundled_assistant, family)
    for q, answer in answers:
        assert answer.text.startswith(("That premise does not hold", "No, that is not right")), (
            q,
            answer.text,
        )
        assert len(answer.citations) == 7, q
        assert all(c.date.year == 2021 for c in answer.citations), q


# A named paper's category and authors: Valley is CV, SpanProto CL; KEML lists Jun Huang,
# SMedBERT lists Taolin Zhang first, and EasyNLP's three listed authors omit Taolin Zhang.
ONE_PAPER = [
    ("Is Valley a computer vision paper?", "Yes: Valley is filed under CV"),
    ("was spanproto filed under NLP?", "Yes: SpanProto is filed under CL"),
    ("Is SpanProto a CV paper?", "No: SpanProto is filed under CL"),
    ("Is Jun Huang an author of KEML?", "Yes: Jun Huang is an author of KEML"),
    ("was Taolin Zhang on the SMedBERT paper?", "Yes: Taolin Zhang is an author of SMedBERT"),
    ("Did Taolin Zhang co-author EasyNLP?", "Not as far as the profile shows"),
]


@pytest.mark.parametrize(("question", "lead"), ONE_PAPER)
def test_a_named_papers_category_or_author_is_yes_or_no_first(
    bundled_assistant: Assistant, question: str, lead: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith(lead), answer.text
    assert len(answer.citations) == 1


def test_two_topics_compared_by_count_agree_with_each_topic_count(
    bundled_assistant: Assistant,
) -> None:
    """Yes or No from the two counts 'how many papers on X' gives, with both lists cited."""
    rl = bundled_assistant.ask("How many papers on reinforcement learning?")
    kd = bundled_assistant.ask("How many papers on knowledge distillation?")
    n_rl, n_kd = len(rl.citations), len(kd.citations)
    assert n_rl > n_kd
    family = [
        ("Did she publish more on reinforcement learning than on knowledge distillation?", "Yes"),
        ("has he written more about RL than about knowledge distillation", "Yes"),
        ("more papers on knowledge distillation than on reinforcement learning? y/n", "No"),
        ("Does Qiu have fewer papers on knowledge distillation than on RL?", "Yes"),
    ]
    for q, verdict in family:
        answer = bundled_assistant.ask(q)
        assert answer.text.startswith(verdict), (q, answer.text)
        assert f"{n_rl} on reinforcement learning" in answer.text, q
        assert f"{n_kd} on knowledge distillation" in answer.text, q
        assert cited(answer) == cited(rl) | cited(kd), q


def test_is_she_still_publishing_and_does_every_paper_have_code(
    bundled_assistant: Assistant,
) -> None:
    for q in ["Is she still publishing?", "is he still active?", "Are they still publishing?"]:
        assert bundled_assistant.ask(q).text.startswith("Yes: the most recent"), q
    # 7 of the 14 papers from 2025 have code: not every one
    for q in ["Does every 2025 paper have code?", "Do all of her 2025 papers have code?"]:
        answer = bundled_assistant.ask(q)
        assert answer.text.startswith("No: 7 of the 14"), (q, answer.text)


def test_a_premise_of_no_vision_work_counts_the_cv_papers(bundled_assistant: Assistant) -> None:
    """'vision', 'image' in a premise name the field: its 14 CV papers, not a topic search."""
    family = [
        "why does Qiu avoid computer vision?",
        "how come she never does any vision work?",
        "why are there no image papers from him?",
        "Given that they only do NLP, why no vision papers?",
    ]
    answers = asked(bundled_assistant, family)
    for q, answer in answers:
        assert answer.text.startswith("That premise does not hold: 14 of the 50"), (q, answer.text)
        assert cited(answer) == cited(answers[0][1]), q


def test_nothing_since_a_year_presumes_nothing_after_it(bundled_assistant: Assistant) -> None:
    """'hasn't published since 2022' grants 2022 and denies what came after: 24 papers."""
    family = [
        "why hasn't he published anything since 2022?",
        "why has she published nothing since '22?",
        "how come they went quiet after 2022",
        "I'm curious why Minghui Qiu has not published since 2022.",
    ]
    for q, answer in asked(bundled_assistant, family):
        assert answer.text.startswith("That premise does not hold: 24 of the 50"), (q, answer.text)
        assert min(c.date.year for c in answer.citations) == 2023, q
