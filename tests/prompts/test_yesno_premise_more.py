"""More yes/no and premise shapes new users type: a yes/no asked as a statement with a '?',
ended 'or not?', or after a sentence of context leads with Yes or No; a premise is corrected
first; a question about one named paper cites that paper only. Each behaviour is a family
of phrasings (formal, casual, typo, she/he/they/the name, indirect) that must agree."""

from __future__ import annotations

from prompts.assistant import Assistant
from tests.prompts.test_yesno_phrasings import asked, cited


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
        "Sorry to bother you. Has Minghui Qiu worked on knowledge distillation?",
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
    """KECP's first author is Jianing Wang, HRKD's Chenhe Dong: the premise is corrected
    from the paper named alone, not from every paper a search on its name finds."""
    family = [
        ("Why was Minghui Qiu the first author of KECP?", "KECP", "Jianing Wang"),
        ("what led him to lead-author the kecp paper", "KECP", "Jianing Wang"),
        ("I'm curious why she was listed first on KECP.", "KECP", "Jianing Wang"),
        ("how come they were first author on HRKD?", "HRKD", "Chenhe Dong"),
        ("why was qiu first author of hrkd", "HRKD", "Chenhe Dong"),
    ]
    for q, paper, first in family:
        answer = bundled_assistant.ask(q)
        assert answer.text.startswith("No: "), (q, answer.text)
        assert first in answer.text, q
        assert [c.title.split(":")[0] for c in answer.citations] == [paper], q


def test_has_she_stopped_publishing_is_answered_from_the_latest_paper(
    bundled_assistant: Assistant,
) -> None:
    """No year given: the latest listed paper (2026) says No, whoever is asked about; a topic
    ('stopped publishing on X') is still answered from that topic's papers."""
    latest = bundled_assistant.ask("What is her most recent paper?")
    family = [
        "Did Minghui Qiu stop publishing?",
        "has he stopped publishing",
        "Did they give up research?",
        "has qiu quit reserach?",
        "I'm curious whether she has stopped writing papers.",
    ]
    for q, answer in asked(bundled_assistant, family):
        assert answer.text.startswith("No: "), (q, answer.text)
        assert cited(answer) == cited(latest), q
    on_topic = bundled_assistant.ask("has she stopped publishing on knowledge distillation?")
    assert cited(on_topic) != cited(latest)


def test_why_did_she_stop_publishing_is_corrected_from_the_latest_paper(
    bundled_assistant: Assistant,
) -> None:
    latest = bundled_assistant.ask("What is her most recent paper?")
    family = [
        "Why did Minghui Qiu stop publishing?",
        "how come he quit research?",
        "What made them stop publishing?",
        "why did she stopp publishing",
    ]
    for q, answer in asked(bundled_assistant, family):
        assert answer.text.startswith("That premise does not hold"), (q, answer.text)
        assert cited(answer) == cited(latest), q


def test_a_premise_stated_before_the_question_is_corrected_first(
    bundled_assistant: Assistant,
) -> None:
    """The premise is said first, then asked about ('..., what happened?', 'Given that ...,
    how ...?', '... Why is that?'): 2021 has seven listed papers, 13 papers have code."""
    year = [
        "I noticed he had no papers in 2021. What happened?",
        "She took 2021 off, what happened?",
        "Given that Minghui Qiu published nothing in 2021, what was she doing?",
        "since they had no publications in 2021, what were they up to",
    ]
    for q, answer in asked(bundled_assistant, year):
        assert answer.text.startswith("That premise does not hold"), (q, answer.text)
        assert len(answer.citations) == 7, q
        assert all(c.date.year == 2021 for c in answer.citations), q
    code = [
        "It bugs me that he never releases code. Why?",
        "Given that none of her papers come with code, how do people reproduce them?",
        "since Qiu never shares code, how can I rerun the experiments?",
    ]
    for q, answer in asked(bundled_assistant, code):
        assert answer.text.startswith("That premise does not hold: 13 of the 50"), (q, answer.text)


def test_a_negative_statement_with_nothing_or_none_is_checked_not_confirmed(
    bundled_assistant: Assistant,
) -> None:
    """'she has published nothing since 2022, right?': papers since 2022 make it wrong."""
    family = [
        "she has published nothing since 2022, right?",
        "Minghui Qiu has no papers with code, correct?",
        "none of his papers have code, right?",
    ]
    for q, answer in asked(bundled_assistant, family):
        assert answer.text.startswith("No, that is not right"), (q, answer.text)
        assert answer.citations, q


def test_a_list_of_years_however_written_gives_the_same_papers(
    bundled_assistant: Assistant,
) -> None:
    """2021, 2022 and 2023 hold 7, 7 and 4 listed papers: two-digit years in a list count."""
    family = [
        "List Minghui Qiu's papers from 2021, 2022 and 2023.",
        "papers from 21, 22 and 23",
        "what did she publish in 21, 22, and 23?",
        "which of his papers came out in 2021, 22 or 23",
        "Which of their papers are from '21, '22 or '23?",
    ]
    for q, answer in asked(bundled_assistant, family):
        assert len(answer.citations) == 18, (q, answer.text)
        assert {c.date.year for c in answer.citations} == {2021, 2022, 2023}, q


def test_two_details_of_one_named_paper_are_both_given_citing_that_paper_only(
    bundled_assistant: Assistant,
) -> None:
    """HRKD: 2021-10-16, filed under CL. Asked for its date and its category together."""
    family = [
        "Which category and year is the HRKD paper in?",
        "hrkd - what year, and which arxiv category?",
        "When did HRKD come out, and is it filed under CV?",
        "What's the date of the HRKD paper and is it listed under NLP or something else?",
        "I'm curious when HRKD appeared and how it is classified.",
    ]
    for q, answer in asked(bundled_assistant, family):
        assert "2021" in answer.text and "CL" in answer.text, (q, answer.text)
        assert [c.title.split(":")[0] for c in answer.citations] == ["HRKD"], q


def test_the_main_category_is_said_with_the_listings_own_count(
    bundled_assistant: Assistant,
) -> None:
    """CL is the header's main category and the most common one: 22 of the 50 papers."""
    family = [
        "What is Minghui Qiu's main category?",
        "whats his primary arxiv category",
        "Which category dominates her papers?",
        "In which arXiv category do they publish the most?",
        "I'm curious which category most of her work is filed under.",
    ]
    for q, answer in asked(bundled_assistant, family):
        assert "CL (Computation and Language)" in answer.text, (q, answer.text)
        assert "22 of" in answer.text and not answer.abstained, (q, answer.text)


def test_a_named_paper_given_the_wrong_year_is_corrected_first(
    bundled_assistant: Assistant,
) -> None:
    """RainSeer is dated 2025-10-02: asked about as another year's paper (named in lower
    case too), the date is put right first, then the paper is described."""
    family = [
        "Can you summarise his 2022 RainSeer paper?",
        "Her 2023 paper RainSeer: what is it about?",
        "the rainseer paper from 2021, what does it do?",
        "tell me about rainseer from 2024",
        "I'm curious what their 2020 RainSeer work proposes.",
    ]
    for q, answer in asked(bundled_assistant, family):
        assert answer.text.startswith("RainSeer is dated 2 October 2025, not 20"), (
            q,
            answer.text,
        )
        assert "RainSeer" in cited(answer), q
    right = bundled_assistant.ask("Can you summarise his 2025 RainSeer paper?")
    assert "dated" not in right.text.split("\n")[0] and "RainSeer" in cited(right)


def test_a_premise_that_all_papers_are_in_one_field_is_corrected_however_said(
    bundled_assistant: Assistant,
) -> None:
    """'all', 'every' or 'only ..., right? why': 28 of the 50 listed papers are not CL."""
    family = [
        "Why are all of Qiu's papers NLP?",
        "why is every paper of hers about language?",
        "Why is all of his work in NLP?",
        "she only does NLP right? why",
        "how come all their publications are CL?",
    ]
    answers = asked(bundled_assistant, family)
    for q, answer in answers:
        assert answer.text.startswith("That premise does not hold: 28 of the 50"), (q, answer.text)
        assert cited(answer) == cited(answers[0][1]), q


def test_a_negative_statement_closed_by_does_she_is_answered_yes_or_no(
    bundled_assistant: Assistant,
) -> None:
    """'..., does she?' asks whether she does: Yes when papers are listed, No when none."""
    listed = bundled_assistant.ask("What has she published on knowledge distillation?")
    family = [
        "she doesn't work on knowledge distillation, does she?",
        "Minghui Qiu hasn't published on knowledge distillation, has he?",
        "they never did any knowledge distillation work, did they?",
    ]
    for q, answer in asked(bundled_assistant, family):
        assert answer.text.startswith("Yes"), (q, answer.text)
        assert cited(answer) == cited(listed), q
    none = bundled_assistant.ask("he doesn't do federated learning, does he?")
    assert none.text.startswith("No") and not none.citations
