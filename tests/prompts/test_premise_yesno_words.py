"""False premises the metadata decides, names typed any way, and questions about a life the
profile does not hold. Each behaviour is a family of phrasings (casual, formal, typo,
she/he/they/the name, indirect, stated with a tag or granted before a question) that must
agree: a claim about every paper of a set is checked by the papers that are not; a paper's
year said wrongly is corrected; a co-author's name typed with a slip is that co-author; two
papers compared are both cited however their names are spelt; a life question is declined."""

from __future__ import annotations

from prompts.assistant import Assistant
from tests.prompts.test_yesno_phrasings import asked, cited


def test_a_claim_that_every_paper_of_a_year_is_in_one_category_lists_those_that_are_not(
    bundled_assistant: Assistant,
) -> None:
    """Of the 12 papers of 2020, 8 are CL; FashionBERT, ORConvQA and SRGI are IR, one CV."""
    outside = bundled_assistant.ask("Which 2020 papers are not in CL?")
    assert len(outside.citations) == 4
    family = [
        "all of her 2020 papers are NLP, right?",  # stated, with a tag
        "Every 2020 publication by Minghui Qiu is in Computation and Language, correct?",
        "each of his 2020 paperss were filed under cs.CL?",  # typo
        "Why is every one of Qiu's 2020 papers in NLP?",  # assumed
        "I'm curious why all their 2020 work was NLP.",  # indirect
        "Since all of her 2020 papers are NLP, which datasets did they use?",  # granted
    ]
    for q, answer in asked(bundled_assistant, family):
        assert answer.text.startswith(("That premise does not hold", "No: ")), (q, answer.text)
        assert cited(answer) == cited(outside), q


def test_a_claim_that_every_paper_of_a_year_has_code_lists_those_without(
    bundled_assistant: Assistant,
) -> None:
    without = bundled_assistant.ask("Which 2021 papers have no code?")
    assert without.citations
    family = [
        "all of their 2021 papers come with code, right?",
        "Why does every 2021 paper of his have a github link?",
        "all her 2021 publications have github code, correct?",
        "every 2021 paper of hers has code yeah?",
    ]
    for q, answer in asked(bundled_assistant, family):
        assert answer.text.startswith(("That premise does not hold", "No: ")), (q, answer.text)
        assert cited(answer) == cited(without), q


def test_a_claim_about_every_paper_that_holds_is_confirmed(assistant: Assistant) -> None:
    """The small profile's one 2022 paper, PixelGuard, is CV."""
    for q in ["every 2022 paper is CV, right?", "Why are all of her 2022 papers computer vision?"]:
        answer = assistant.ask(q)
        assert answer.text.startswith("Yes: all 1 listed paper"), (q, answer.text)


def test_every_paper_asked_outright_is_answered_by_the_share(bundled_assistant: Assistant) -> None:
    """10 of the 14 papers of 2025 are CV: No, and the share, whether the field is said as a
    code, a name or a name without 'in'."""
    for q in [
        "Are all of her 2025 papers in CV?",
        "Are all of her 2025 papers computer vision?",
        "is every 2025 paper of theirs computer vision",
    ]:
        answer = bundled_assistant.ask(q)
        assert answer.text.startswith("No: 10 of the 14"), (q, answer.text)


def test_asking_for_papers_among_all_is_no_claim(bundled_assistant: Assistant) -> None:
    cv = bundled_assistant.ask("Which 2025 papers are in CV?")
    for q in ["List all CV papers from 2025.", "Which of all her 2025 papers are CV?"]:
        answer = bundled_assistant.ask(q)
        assert "premise" not in answer.text, q
        assert cited(answer) == cited(cv), q


def test_a_paper_said_to_be_from_the_wrong_year_is_corrected_first(
    bundled_assistant: Assistant,
) -> None:
    """MERIT is dated 3 June 2025; its name is also an English word ('merit')."""
    family = [
        "merit came out in 2022 right?",
        "the merit paper is from 2022, correct?",
        "was merit releasd in 2022?",
        "what was the reason merit was published in 2022",
        "I'm curious what MERIT achieved when it came out in 2022.",
        "Since MERIT appeared in 2022, which languages does it cover?",
    ]
    for q, answer in asked(bundled_assistant, family):
        assert not answer.abstained, (q, answer.text)
        assert "2025" in answer.text.splitlines()[0], (q, answer.text)
        assert cited(answer) == {"MERIT"}, q


def test_code_asked_of_a_year_s_papers_is_answered_from_the_code_links(
    bundled_assistant: Assistant,
) -> None:
    """One 2026 paper (Valley3) lists code; another one's abstract talks of code."""
    coded = bundled_assistant.ask("Which 2026 papers have code?")
    assert len(coded.citations) == 1
    family = [
        "code for any 2026 paper?",
        "is there github code for her 2026 papers",
        "any github repos for their 2026 work?",
        "Did Minghui Qiu release code for any of his 2026 publications?",
        "I'm curious whether code exists for the 2026 papers.",
    ]
    for q, answer in asked(bundled_assistant, family):
        assert not answer.abstained, (q, answer.text)
        assert [c.paper_id for c in answer.citations] == [c.paper_id for c in coded.citations], q


def test_a_co_author_typed_with_a_slip_is_that_co_author(bundled_assistant: Assistant) -> None:
    exact = bundled_assistant.ask("papers with Chengyu Wang")
    assert len(exact.citations) > 5
    family = [
        "papers with chengyu wnag",
        "Which publications did Minghui Qiu co-author with Chengyu Wamg?",
        "did she write anything with chengyu wagn",
        "I'm curious what they and Chengyu Wnag wrote together.",
        "how many papers with chengyu wanng",
    ]
    for q, answer in asked(bundled_assistant, family):
        assert "Chengyu Wang" in answer.text, (q, answer.text)
        assert cited(answer) == cited(exact), q


def test_a_co_author_named_around_other_words_is_asked_for_their_papers(
    bundled_assistant: Assistant,
) -> None:
    """Words around the name that no paper uses ('grant report', 'conflict-of-interest') are
    why the user asks, not a topic."""
    exact = bundled_assistant.ask("papers with Jianing Wang")
    assert len(exact.citations) == 4
    family = [
        "For my grant report: which papers did Minghui Qiu write with Jianing Wang?",
        "Doing a conflict-of-interest check - papers shared with jianing wang?",
        "Before my meeting with Jianing Wang, list the publications they coauthored.",
        "For a conflict-of-interest check: list the papers she shares with Jianing Wang.",
    ]
    for q, answer in asked(bundled_assistant, family):
        assert cited(answer) == cited(exact), (q, answer.text)


def test_two_papers_compared_are_both_cited_however_spelt(bundled_assistant: Assistant) -> None:
    family = [
        ("easy nlp vs easy-transfer?", ("EasyNLP", "EasyTransfer")),
        ("How does EasyNLP differ from easy transfer?", ("EasyNLP", "EasyTransfer")),
        ("compare spanproto and k-ecp", ("SpanProto", "KECP")),
        ("span-proto or kecp: how do they differ?", ("SpanProto", "KECP")),
    ]
    for q, names in family:
        answer = bundled_assistant.ask(q)
        got = sorted(answer.citations, key=lambda c: c.n)
        assert [c.title.split(":")[0].split(" ")[0] for c in got] == list(names), (q, answer.text)


def test_a_question_about_a_life_is_declined_without_papers(
    bundled_assistant: Assistant,
) -> None:
    family = [
        "is she a parent",
        "does he have a wife or husband",
        "I'm curious whether they have pets.",
        "Does Minghui Qiu have a family?",
        "does she have a family",
        "is this researcher on instagram?",
        "where did chengyu wang study?",  # a co-author's life: not held either
    ]
    for q, answer in asked(bundled_assistant, family):
        assert answer.abstained, (q, answer.text)
        assert not answer.citations, q
