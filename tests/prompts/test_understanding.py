"""Questions as new users ask them, each need asked several ways: the answers must agree.

Each family is one information need on the bundled profile (Minghui Qiu, 50 listed papers),
phrased casually, formally, in lower case with a typo, with he/she/they or the name,
indirectly, and negated where the negation keeps the meaning.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

from prompts.answer.detail import CODE_TOLD
from prompts.answer.memory import Conversation
from prompts.answer.model import Answer
from prompts.assistant import Assistant
from prompts.understand.dates import reference_date, years_back


def cited(answer: Answer) -> set[str]:
    return {c.title for c in answer.citations}


def titles_with(answer: Answer, *words: str) -> bool:
    return all(any(w.casefold() in t.casefold() for t in cited(answer)) for w in words)


def ask_all(bot: Assistant, phrasings: list[str]) -> list[Answer]:
    return [bot.ask(q) for q in phrasings]


NOT_CV = [
    "How many papers are not in CV?",
    "how many of her papers aren't computer vision",
    "Count the non-CV papers.",
    "How many of Minghui Qiu's publications fall outside computer vision?",
    "nmber of papers not in CV?",
]


@pytest.mark.parametrize("question", NOT_CV)
def test_negated_category_counts_the_rest(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith("36 of the 50"), answer.text[:120]
    assert len(answer.citations) == 36


NO_CODE_2025 = [
    "Which 2025 papers don't have code?",
    "which of their 2025 papers has no code",
    "List Minghui Qiu's papers from 2025 that come without code.",
    "I'm curious which of his 2025 papers have not released any code.",
    "2025 papers that dont have code",
]


NO_CODE_2025_FLAGGED = [
    "count the 2025 ones that aren't flagged Code pls",
    "How many 2025 papers are not marked as having code?",
    "2025 papers not tagged with code?",
    "how many of her 2025 papers arent flagged with code",
]


@pytest.mark.parametrize("phrasings", [NO_CODE_2025, NO_CODE_2025_FLAGGED])
def test_negated_code_flag_in_a_year(bundled_assistant: Assistant, phrasings: list[str]) -> None:
    answers = ask_all(bundled_assistant, phrasings)
    first = cited(answers[0])
    assert len(first) == 7
    papers = {p.title: p for p in bundled_assistant.profile.papers}
    assert all(papers[t].year == 2025 and not papers[t].has_code for t in first)
    assert [cited(a) for a in answers] == [first] * len(answers)
    counted = [a.text for a in answers if "how many" in a.question.casefold()]
    # 'how many of her 2025 papers ...' counts within them: '7 of the 14 listed papers (in 2025)'
    assert all(
        t.startswith(("7 of the 50", "7 of the 14 listed papers (in 2025)")) for t in counted
    )


FIRST_AUTHOR = [
    "On which papers is she first author?",
    "On which papers is he the first author?",
    "Which papers did they write as first author?",
    "Which papers did Minghui Qiu first-author?",
    "I'm curious on which papers she is listed first.",
]


def test_first_author_whatever_the_pronoun(bundled_assistant: Assistant) -> None:
    answers = ask_all(bundled_assistant, FIRST_AUTHOR)
    first = cited(answers[0])
    assert 0 < len(first) < 10  # the first-authored ones, not all 50
    assert [cited(a) for a in answers] == [first] * len(answers)


YEAR_23 = [
    "What did he put out in '23?",
    "what did she publish in 2023",
    "Which papers are from '23?",
    "List Minghui Qiu's 2023 publications.",
    "I'm curious what they published back in 23'.",
]


def test_two_digit_years(bundled_assistant: Assistant) -> None:
    answers = ask_all(bundled_assistant, YEAR_23)
    assert all(a.text.startswith("4 of the 50") for a in answers), [a.text[:60] for a in answers]
    assert len({frozenset(cited(a)) for a in answers}) == 1


def test_relative_months_count_back_from_the_capture_date(bundled_assistant: Assistant) -> None:
    answers = ask_all(
        bundled_assistant,
        [
            "What has he published in the last 18 months?",
            "papers from the past 18 months",
            "Which of her papers came out over the last year and a half?",
        ],
    )
    assert len({frozenset(cited(a)) for a in answers}) == 1
    assert "months" not in answers[0].text.split("\n")[0]  # a date range, not a topic
    years = {int(c.date.year) for c in answers[0].citations}
    assert years and min(years) >= 2025


OVERVIEW = [
    "What does Minghui Qiu mostly work on?",
    "What are his main research areas?",
    "what kind of research does she do",
    "Summarize their research.",
    "I'm curious what Qiu is known for.",
]


@pytest.mark.parametrize("question", OVERVIEW)
def test_overview_gives_themes_with_counts(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    assert not answer.abstained
    assert "main themes" in answer.text, answer.text[:120]
    counts = [int(n) for n in re.findall(r"\((\d+) papers?,", answer.text)]
    assert sum(counts) == 50 and 2 <= len(counts) <= 6
    assert 5 <= len(answer.citations) < 50


SHARE = [
    "What fraction of his 2023 papers have code?",
    "what share of her 2023 papers has code",
    "Of Minghui Qiu's 2023 papers, what percentage have code?",
]


@pytest.mark.parametrize("question", SHARE)
def test_share_uses_the_right_denominator(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    assert "2 of the 4" in answer.text and "50%" in answer.text, answer.text[:160]


SOMEONE_ELSE = [
    "What is Geoffrey Hinton's h-index?",
    "geoffrey hinton's h index?",
    "How many citations does Yann LeCun's work have?",
]


@pytest.mark.parametrize("question", SOMEONE_ELSE)
def test_another_persons_numbers_are_not_the_owners(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.abstained
    assert "34" not in answer.text and "11,029" not in answer.text


PREMISE = [
    "Why didn't he publish anything in 2023?",
    "why did she not publish in 2023",
    "Why hasn't Minghui Qiu published anything in 2023?",
]


@pytest.mark.parametrize("question", PREMISE)
def test_a_wrong_premise_is_corrected(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith("That premise does not hold: 4 of the 50"), answer.text[:100]


def test_never_released_code_premise(bundled_assistant: Assistant) -> None:
    answer = bundled_assistant.ask("Why has she never released code?")
    assert answer.text.startswith("That premise does not hold: 13 of the 50")


COMPARE = [
    "How does SpanProto differ from Meta-SN?",
    "SpanProto vs Meta-SN",
    "compare spanproto and meta-sn",
    "What's the difference between Meta-SN and SpanProto?",
]


@pytest.mark.parametrize("question", COMPARE)
def test_comparison_side_by_side(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    assert titles_with(answer, "SpanProto", "Meta-Learning Siamese")
    for row in ("Task", "Method", "Data", "Results"):
        assert re.search(rf"^{row}\b", answer.text, re.MULTILINE), row


KD = [
    "Tell me about his knowledge distillation research",
    "What has he published on knowledge distillation?",
    "any papers on knowledge distillation?",
    "I'm curious whether she has worked on knowledge distillation.",
    "which of their papers do knowledge distilation",
]


def test_topic_wording_does_not_change_the_papers(bundled_assistant: Assistant) -> None:
    answers = ask_all(bundled_assistant, KD)
    first = cited(answers[0])
    assert titles_with(answers[0], "HRKD", "Meta-KD", "Learning to Augment")
    assert [cited(a) for a in answers] == [first] * len(answers)


VIDEO = [
    "Is he working on video understanding?",
    "Does she do any research on video?",
    "Has Minghui Qiu published on video understanding?",
]


@pytest.mark.parametrize("question", VIDEO)
def test_yes_no_topic_questions_lead_with_yes(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith("Yes"), answer.text[:80]
    assert titles_with(answer, "Valley: Video", "K-frames")


def test_follow_ups_resolve_ordinals_and_it(bundled_assistant: Assistant) -> None:
    chat = Conversation()
    listed = bundled_assistant.ask("What has he published on knowledge distillation?", chat)
    second = listed.citations[1]
    more = bundled_assistant.ask("tell me more about the second one", chat)
    assert [c.paper_id for c in more.citations] == [second.paper_id]
    wrote = bundled_assistant.ask("who wrote it?", chat)
    paper = next(p for p in bundled_assistant.profile.papers if p.id == second.paper_id)
    assert paper.authors[0] in wrote.text


TREND = [
    "How has her research focus changed over the years?",
    "how did his topics evolve over time",
    "How does their recent work differ from their earlier work?",
    "what did qiu work on early on vs now",
]


@pytest.mark.parametrize("question", TREND)
def test_trend_names_each_periods_themes(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    assert "research moved from" in answer.text or "led" in answer.text.split("\n")[0]
    periods = re.findall(r"^- (\d{4})(?:-(\d{4}))? \((\d+) papers?[;)]", answer.text, re.MULTILINE)
    assert len(periods) == 2 and sum(int(n) for *_, n in periods) == 50


def test_a_topic_over_time_groups_its_papers_by_year(bundled_assistant: Assistant) -> None:
    over_time = bundled_assistant.ask(
        "Has his work on reinforcement learning changed over the years?"
    )
    listed = bundled_assistant.ask("Which of his papers use reinforcement learning?")
    assert cited(over_time) == cited(listed)
    years = [int(y) for y in re.findall(r"^- (\d{4}) \(", over_time.text, re.MULTILINE)]
    assert years == sorted(years) and len(years) > 1


DETAIL = [
    "How many entries does VFaith-Bench contain?",
    "what is the size of the VFaith benchmark, in entries?",
    "I'm curious how many entries her visual-faithfulness benchmark has.",
]


@pytest.mark.parametrize("question", DETAIL)
def test_a_detail_inside_a_paper_is_quoted_not_listed(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert "755" in answer.text, answer.text[:200]
    assert [c.title[:6] for c in answer.citations][:1] == ["VFaith"]


PAPER_CITATIONS = [
    "How many citations does the Valley2 paper have?",
    "which paper has the most citations?",
    "what's her most cited paper",
]


@pytest.mark.parametrize("question", PAPER_CITATIONS)
def test_per_paper_citations_are_declined(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.abstained and "no per-paper citation counts" in answer.text


CODE_PHRASES = [
    "Could you list his papers from 2025 that lack a code release?",
    "which of her '25 papers have no code link",
    "Among Qiu's 2025 publications, which ones are not marked as having code?",
    "2025 papers that dont have code",
]


def test_code_phrasings_agree(bundled_assistant: Assistant) -> None:
    answers = ask_all(bundled_assistant, CODE_PHRASES)
    assert {frozenset(cited(a)) for a in answers} == {frozenset(cited(answers[0]))}
    assert len(answers[0].citations) == 7


def test_words_that_are_no_typos_are_left_alone(bundled_assistant: Assistant) -> None:
    answer = bundled_assistant.ask("How many of her papers are from 2024 or later?")
    assert answer.text.startswith("20 of the 50"), answer.text[:80]


QA = [
    "What has she published on question answering?",
    "Is Qiu working on question answering systems?",
    "any question answering research from them?",
    "tell me about her question answring work",
]


def test_generic_head_nouns_do_not_change_the_papers(bundled_assistant: Assistant) -> None:
    answers = ask_all(bundled_assistant, QA)
    assert len({frozenset(cited(a)) for a in answers}) == 1, [len(a.citations) for a in answers]
    # A pair the papers use as a term keeps its head noun.
    assert bundled_assistant.understand("papers on language models")[0].topic == "language models"


FIRST_IN_2022 = [
    "Since Minghui Qiu's first paper only came out in 2022, what was it?",
    "what was her first paper, back in 2022?",
    "Given that they only started publishing in 2022, which paper came first?",
]


@pytest.mark.parametrize("question", FIRST_IN_2022)
def test_a_wrong_first_year_is_corrected(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith("That premise does not hold"), answer.text[:80]
    assert "2020" in answer.text and titles_with(answer, "KEML")


@pytest.mark.parametrize(
    "question",
    ["What was her first paper in 2023?", "Considering only 2023, what was her first paper?"],
)
def test_a_first_paper_within_a_year_is_no_premise(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith("The first listed paper of 2023"), answer.text[:80]
    first = min(
        (p for p in bundled_assistant.profile.papers if p.year == 2023), key=lambda p: p.date
    )
    assert [c.title for c in answer.citations] == [first.title]


@pytest.mark.parametrize("topic", ["reinforcement learning", "knowledge distillation", "video"])
def test_a_paper_naming_the_topic_is_listed(bundled_assistant: Assistant, topic: str) -> None:
    answer = bundled_assistant.ask(f"Which of her papers are about {topic}?")
    naming = {
        p.title
        for p in bundled_assistant.profile.papers
        if re.search(rf"\b{topic}", f"{p.title} {p.abstract}", re.IGNORECASE)
    }
    assert naming and naming <= cited(answer), naming - cited(answer)


COUNT_BY_YEAR = [
    "last year's paper count?",
    "How many papers did she publish last year?",
    "What's Qiu's publication count for the previous year?",
]


@pytest.mark.parametrize("question", COUNT_BY_YEAR)
def test_a_paper_count_for_a_year_counts_listed_papers(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith("14 of the 50"), answer.text[:80]


def test_the_owners_surname_does_not_filter_to_their_author_lines(
    bundled_assistant: Assistant,
) -> None:
    answer = bundled_assistant.ask("How many of Qiu's listed papers are without code?")
    assert answer.text.startswith("37 of the 50"), answer.text[:80]


VALLEYS = [
    "How does Valley differ from Valley2?",
    "valley vs valley2, what changed?",
    "whats the diffrence between valley and valley2",
    "In what ways does Qiu's Valley2 go beyond the first Valley model?",
]


@pytest.mark.parametrize("question", VALLEYS)
def test_comparisons_in_any_case(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith("Compared from their abstracts"), answer.text[:80]
    assert titles_with(answer, "Valley: Video", "Valley2")


NOT_ON_TOPIC = [
    "How many papers are not about reinforcement learning?",
    "how many of her papers dont use reinforcement learning",
    "Count Minghui Qiu's publications that do not involve reinforcement learning.",
    "Which of his papers have nothing to do with reinforcement learning?",
    "I'm curious which of their papers don't touch reinforcement learning at all.",
    "papers without reinforcment learning?",
]


def test_a_negated_topic_lists_the_rest(bundled_assistant: Assistant) -> None:
    on_topic = cited(bundled_assistant.ask("Which papers use reinforcement learning?"))
    everything = {p.title for p in bundled_assistant.profile.papers}
    assert 0 < len(on_topic) < 20
    for question in NOT_ON_TOPIC:
        answer = bundled_assistant.ask(question)
        assert answer.text.startswith(f"{50 - len(on_topic)} of the 50"), (question, answer.text)
        assert cited(answer) <= everything - on_topic, question


@pytest.mark.parametrize(
    "question", ["Isn't she working on video?", "Doesn't he have video papers?"]
)
def test_a_question_opening_with_a_negation_asks_the_positive(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith("Yes"), answer.text[:120]
    assert titles_with(answer, "Valley")


HALF_2025 = [
    "anything from the first half of 2025?",
    "Which papers came out in H1 2025?",
    "what did she publish in the first half of '25",
    "List Minghui Qiu's papers from H1 2025.",
]


def test_parts_of_a_year(bundled_assistant: Assistant) -> None:
    papers = {p.title: p for p in bundled_assistant.profile.papers}
    expected = {
        t for t, p in papers.items() if str(p.date) >= "2025-01" and str(p.date) < "2025-07"
    }
    assert expected
    for question in HALF_2025:
        assert cited(bundled_assistant.ask(question)) == expected, question
    q4 = cited(bundled_assistant.ask("papers from the last quarter of 2025"))
    assert q4 == {t for t, p in papers.items() if "2025-10" <= str(p.date) <= "2025-12-31"}


WHY_NO_TOPIC = [
    "Why didn't she publish on reinforcement learning?",
    "why has he never worked on reinforcement learning",
    "How come Minghui Qiu has no reinforcement learning papers?",
]


@pytest.mark.parametrize("question", WHY_NO_TOPIC)
def test_a_wrong_topic_premise_is_corrected(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith("That premise does not hold"), answer.text[:120]
    assert len(answer.citations) >= 5


ONLY_CV = [
    "Does she only publish in computer vision?",
    "is his research mainly computer vision?",
    "Does Minghui Qiu work exclusively on CV papers?",
    "Are all of their papers in CV?",
    "I'm curious whether Qiu mostly publishes in computer vision.",
]


@pytest.mark.parametrize("question", ONLY_CV)
def test_only_or_mostly_is_answered_by_the_share(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)  # 14 of the 50 are CV: neither all nor most
    assert answer.text.startswith("No: 14 of the 50 listed papers (28%)"), answer.text[:120]


def test_most_of_a_topic_is_yes_when_over_half(bundled_assistant: Assistant) -> None:
    since_2020 = bundled_assistant.ask("Has she only published since 2020?")
    assert since_2020.text.startswith("Yes: 50 of the 50"), since_2020.text[:80]
    rl = bundled_assistant.ask("Is most of his work on reinforcement learning?")
    assert rl.text.startswith("No: ") and "of the 50 listed papers" in rl.text[:60]


LAST_AUTHOR = [
    "papers where she is the last author",
    "On which papers is Qiu the senior author?",
    "is he listed last on any paper?",
    "Which of Minghui Qiu's papers have them as last author?",
]


@pytest.mark.parametrize("question", LAST_AUTHOR)
def test_last_author_is_not_guessed_from_cut_author_lists(
    bundled_assistant: Assistant, question: str
) -> None:
    # Every author list of the bundled profile ends in 'et al.': the last author is unknown.
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith("The profile cannot tell who is the last author"), answer.text
    assert not answer.citations
    assert answer.abstained


@pytest.mark.parametrize(
    "question",
    ["What were her most recent three papers?", "the three latest papers?", "his last 3 papers"],
)
def test_a_number_of_recent_papers(bundled_assistant: Assistant, question: str) -> None:
    newest = sorted(bundled_assistant.profile.papers, key=lambda p: p.date, reverse=True)[:3]
    answer = bundled_assistant.ask(question)
    assert cited(answer) == {p.title for p in newest}, answer.text[:200]


@pytest.mark.parametrize(
    "question",
    ["How many papers does Yann LeCun have?", "how many papers has Geoffrey Hinton published"],
)
def test_another_persons_paper_count_is_not_the_owners(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.abstained and "Minghui Qiu's" in answer.text, answer.text[:200]


YEARS_COMPARED = [
    ("Did she publish more in 2025 than 2024?", "Yes: 14 in 2025 against 3 in 2024, 11 more."),
    (
        "did he publish fewer papers in 2025 than in 2024",
        "No: 14 in 2025 against 3 in 2024, 11 more.",
    ),
    ("How productive was Minghui Qiu in 2025 compared to 2024?", "More in 2025: 14 in 2025"),
    ("2024 vs 2025 output?", "More in 2025: 3 in 2024 against 14 in 2025, 11 more."),
]


@pytest.mark.parametrize(("question", "lead"), YEARS_COMPARED)
def test_two_years_compared_by_their_counts(
    bundled_assistant: Assistant, question: str, lead: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith(lead), answer.text[:120]
    assert len(answer.citations) == 17  # the papers of both years


@pytest.mark.parametrize(
    "question",
    [
        "how many papers per year on average?",
        "On average, how many papers does she publish a year?",
    ],
)
def test_papers_a_year_on_average(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)  # 50 listed papers, 2020-2026
    assert answer.text.startswith("On average 7.1 papers a year (50 papers over 7 years"), (
        answer.text
    )


@pytest.mark.parametrize(
    "question",
    ["What kind of work does Minghui do?", "Tell me about Qiu.", "tell me about her"],
)
def test_a_question_about_the_person_alone_gets_the_overview(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert "main themes" in answer.text and not answer.abstained, answer.text[:120]


def test_what_the_newest_paper_is_about(bundled_assistant: Assistant) -> None:
    newest = max(bundled_assistant.profile.papers, key=lambda p: p.date)
    for question in ["What's her most recent paper about?", "summarize his latest paper"]:
        answer = bundled_assistant.ask(question)
        assert cited(answer) == {newest.title}
        assert newest.abstract.split(".")[0][:40] in answer.text, answer.text[:200]


@pytest.mark.parametrize(
    "question", ["hrkd vs meta-kd?", "whats the difference between meta-kd and hrkd"]
)
def test_lower_case_acronym_titles_are_compared(
    bundled_assistant: Assistant, question: str
) -> None:
    assert titles_with(bundled_assistant.ask(question), "HRKD", "Meta-KD")


TYPED_FAST = [
    ("how many papres in 2023", "how many papers in 2023"),
    ("hwo many papers in 2023", "how many papers in 2023"),
    ("waht has she pubilshed on video?", "what has she published on video?"),
    ("whats her h-idx", "what is her h-index?"),
    ("hw many 2023 papers", "how many 2023 papers"),
]


@pytest.mark.parametrize(("typed", "meant"), TYPED_FAST)
def test_swapped_letters_in_question_words(
    bundled_assistant: Assistant, typed: str, meant: str
) -> None:
    got, want = bundled_assistant.ask(typed), bundled_assistant.ask(meant)
    assert not want.abstained
    assert (got.text.splitlines()[0], cited(got)) == (want.text.splitlines()[0], cited(want))


@pytest.mark.parametrize(
    "question",
    [
        "When did she start working on video?",
        "when did he begin publishing on video",
        "What was Minghui Qiu's first video paper?",
    ],
)
def test_when_a_topic_started(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith("The earliest listed paper"), answer.text[:100]
    assert answer.citations[0].title.startswith("Valley: Video Assistant")


@pytest.mark.parametrize(
    "question",
    [
        "papers on language models for robotics",
        "any work on graph neural networks for drug discovery?",
        "What has she published on reinforcement learning in finance?",
        "Has he applied knowledge distillation to speech?",
    ],
)
def test_a_topic_whose_setting_no_paper_mentions_is_a_no(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.abstained and answer.text.startswith("No: no listed paper mentions"), answer.text


@pytest.mark.parametrize(
    "question",
    [
        "I'm curious whether he has papers on prompt learning with BERT-style models.",
        "Have they published anything built on GNNs?",
        "What medical or healthcare research has Minghui Qiu published?",
        "Which papers use reinforcement learning for reasoning?",
    ],
)
def test_words_the_papers_use_in_another_form_are_no_setting(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert not answer.abstained and answer.citations, answer.text[:200]


CATEGORIES_COMPARED = [
    ("Are there more CV papers than NLP papers?", "No: 14 in CV against 22 in CL, 8 more."),
    (
        "does she publish more in NLP than in computer vision?",
        "Yes: 22 in CL against 14 in CV, 8 more.",
    ),
    ("What's the split between CV and NLP in her papers?", "More in CL: 14 in CV against 22"),
    ("Does Minghui Qiu have fewer CV than CL papers?", "Yes: 14 in CV against 22 in CL, 8 more."),
]


@pytest.mark.parametrize(("question", "lead"), CATEGORIES_COMPARED)
def test_two_categories_compared_by_their_counts(
    bundled_assistant: Assistant, question: str, lead: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith(lead), answer.text[:120]
    assert len(answer.citations) == 36


def test_polite_framing_is_no_topic(bundled_assistant: Assistant) -> None:
    polite = bundled_assistant.ask("Would you mind listing the papers without code from 2020?")
    plain = bundled_assistant.ask("papers without code from 2020")
    assert cited(polite) == cited(plain) and len(cited(plain)) == 11


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("Is she still working on video?", "Yes: the latest listed paper on it is"),
        ("Is Qiu working on reinforcement learning these days?", "Yes: the latest"),
        ("is he still doing fashion stuff?", "Not recently: the latest listed paper on it is"),
        ("Does Minghui Qiu still publish on fashion?", "Not recently:"),
    ],
)
def test_still_is_answered_by_the_latest_paper(
    bundled_assistant: Assistant, question: str, lead: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith(lead), answer.text[:120]


WITHOUT_WANG = [
    "list papers not co-authored with Chengyu Wang",
    "Which of her papers don't include Chengyu Wang?",
    "how many papers without chengyu wang?",
    "Papers excluding those with Chengyu Wang as an author.",
    "I'm curious which of Minghui Qiu's papers were written without Chengyu Wang.",
]


@pytest.mark.parametrize("question", WITHOUT_WANG)
def test_a_person_left_out_is_not_the_person_asked_for(
    bundled_assistant: Assistant, question: str
) -> None:
    with_wang = {p.title for p in bundled_assistant.profile.papers if "Chengyu Wang" in p.authors}
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith(f"{50 - len(with_wang)} of the 50"), answer.text[:120]
    assert "without Chengyu Wang" in answer.text.splitlines()[0]
    assert len(cited(answer)) == 50 - len(with_wang) and not cited(answer) & with_wang


def test_a_person_left_out_beside_one_asked_for(bundled_assistant: Assistant) -> None:
    papers = bundled_assistant.profile.papers
    both = {p.title for p in papers if {"Chengyu Wang", "Jun Huang"} <= set(p.authors)}
    wang = {p.title for p in papers if "Chengyu Wang" in p.authors}
    answer = bundled_assistant.ask("How many papers with Chengyu Wang but not Jun Huang?")
    assert both and cited(answer) == wang - both
    assert "without Jun Huang" in answer.text.splitlines()[0]


@pytest.mark.parametrize(
    "question",
    [
        "Has Qiu done anything in medicine? Which papers?",
        "any medicine papers?",
        "What medical research has she published?",
        "tell me about his work on medical text",
    ],
)
def test_a_word_the_papers_use_in_a_related_form(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert not answer.abstained, answer.text[:200]
    assert titles_with(answer, "SMedBERT") and titles_with(answer, "Chinese Medical Reading")


@pytest.mark.parametrize(
    "question",
    [
        "tell me about his meta-lerning research",
        "What has Minghui Qiu published on meta-learning?",
        "meta learnign papers?",
    ],
)
def test_a_typo_inside_a_hyphenated_topic(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    assert titles_with(answer, "Meta-Learning Siamese", "Meta-Learning Adversarial"), answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Who are her main collaborators on reinforcement learning papers?",
        "who does he work with most on RL stuff?",
        "which people does Qiu write with most often on reinforcement learning",
        "Who are Minghui Qiu's most frequent co-authors on RL?",
    ],
)
def test_coauthors_on_a_topic_come_from_its_papers(
    bundled_assistant: Assistant, question: str
) -> None:
    on_rl = cited(bundled_assistant.ask("Which papers use reinforcement learning?"))
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith(f"Minghui Qiu's most frequent co-authors on the {len(on_rl)}")
    assert cited(answer) <= on_rl and "Chengyu Wang: 14" not in answer.text


@pytest.mark.parametrize(
    "question",
    ["Who does Minghui Qiu collaborate with most?", "who are their top collaborators"],
)
def test_collaboration_words_are_no_topic(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith("Minghui Qiu's most frequent co-authors on the 50 listed")


@pytest.mark.parametrize(
    ("question", "first", "last"),
    [
        ("what did they publish in spring 2025", "2025-03-01", "2025-05-31"),
        ("papers from summer 2025?", "2025-06-01", "2025-08-31"),
        ("How many papers in the fall of 2020?", "2020-09-01", "2020-11-30"),
        ("winter 2025 papers", "2024-12-01", "2025-02-28"),
    ],
)
def test_seasons_are_date_ranges(
    bundled_assistant: Assistant, question: str, first: str, last: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert f"{first} to {last}" in answer.text.splitlines()[0], answer.text[:120]
    papers = {p.title: p for p in bundled_assistant.profile.papers}
    inside = {t for t, p in papers.items() if first <= p.date.isoformat() <= last}
    assert cited(answer) == inside


@pytest.mark.parametrize(
    "question",
    [
        "list everything from 2021 sorted by date",
        "2021 papers in chronological order",
        "Summarize what she published in 2021 in two sentences.",
        "briefly, which papers are from 2021?",
    ],
)
def test_how_the_answer_should_look_is_no_topic(
    bundled_assistant: Assistant, question: str
) -> None:
    in_2021 = {p.title for p in bundled_assistant.profile.papers if p.year == 2021}
    assert cited(bundled_assistant.ask(question)) == in_2021


@pytest.mark.parametrize(
    "question",
    [
        "Is she more of an NLP or a CV researcher?",
        "Does he do more NLP or CV?",
        "does minghui qiu publish more NLP papers or more CV papers",
    ],
)
def test_which_of_two_categories_is_answered_by_counts(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith("More in CL: 22 in CL against 14 in CV"), answer.text[:120]


def test_a_share_of_the_whole_listing_is_said_once(bundled_assistant: Assistant) -> None:
    answer = bundled_assistant.ask("What percentage of her work is in computer vision?")
    assert answer.text.startswith("14 of the 50 listed papers (28%) match CV"), answer.text[:80]


SOLE_AUTHOR = [
    "Does she ever work alone?",
    "Name a paper where he is the only author.",
    "any single-authored papers by Minghui Qiu?",
    "has they published anything without co-authors?",
    "Is Qiu the sole author of any paper?",
]


@pytest.mark.parametrize("question", SOLE_AUTHOR)
def test_sole_authored_papers(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith("No: none of the 50 listed papers has Minghui Qiu as the only")
    profile = bundled_assistant.profile.model_copy(deep=True)
    alone = profile.papers[7]
    alone.authors, alone.authors_truncated = ["Minghui Qiu"], False
    answer = Assistant(profile, bundled_assistant.searcher).ask(question)
    assert answer.text.startswith("Minghui Qiu is the only author of 1 of the 50"), answer.text
    assert cited(answer) == {alone.title}


@pytest.mark.parametrize(
    ("question", "paper", "after"),
    [
        ("Which papers came out after Valley2?", "Valley2", True),
        ("what did she publish before HRKD?", "HRKD", False),
        ("How many papers since the Valley paper?", "Valley: Video", True),
        ("papers older than Meta-KD", "Meta-KD", False),
    ],
)
def test_dates_relative_to_a_named_paper(
    bundled_assistant: Assistant, question: str, paper: str, after: bool
) -> None:
    papers = bundled_assistant.profile.papers
    pivot = next(p for p in papers if p.title.startswith(paper))
    expected = {p.title for p in papers if (p.date > pivot.date if after else p.date < pivot.date)}
    assert cited(bundled_assistant.ask(question)) == expected


@pytest.mark.parametrize(
    ("question", "first"),
    [
        ("Which came later, Valley2 or Valley3?", "the most recent is Valley3"),
        ("which is older, HRKD or Meta-KD", "the earliest is Meta-KD"),
    ],
)
def test_which_of_two_named_papers_came_first(
    bundled_assistant: Assistant, question: str, first: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith(f"Of the papers named, {first}"), answer.text[:100]


@pytest.mark.parametrize(
    "follow_up",
    ["which is the newest?", "which came first?", "ok, which was published in 2021?"],
)
def test_a_choice_right_after_a_list_is_among_its_papers(
    bundled_assistant: Assistant, follow_up: str
) -> None:
    chat = Conversation()
    fashion = cited(bundled_assistant.ask("Any papers on fashion?", chat))
    answer = bundled_assistant.ask(follow_up, chat)
    assert answer.citations and cited(answer) <= fashion, answer.text[:120]


@pytest.mark.parametrize(
    "follow_up",
    ["tell me more about those", "Could you describe these papers?", "more on them please"],
)
def test_more_about_a_list_describes_each_paper(
    bundled_assistant: Assistant, follow_up: str
) -> None:
    chat = Conversation()
    listed = cited(bundled_assistant.ask("List her 2023 papers.", chat))
    answer = bundled_assistant.ask(follow_up, chat)
    assert not answer.abstained and cited(answer) == listed, answer.text[:120]
    assert answer.text.startswith(f"The {len(listed)} papers")


@pytest.mark.parametrize(
    "follow_up",
    ["tell me more about the second theme", "What's in the 2nd area?", "the second one?"],
)
def test_a_theme_of_an_overview_by_position(bundled_assistant: Assistant, follow_up: str) -> None:
    chat = Conversation()
    overview = bundled_assistant.ask("What are her main research areas?", chat)
    second = bundled_assistant.themes()[1]
    answer = bundled_assistant.ask(follow_up, chat)
    assert overview.groups and {c.paper_id for c in answer.citations} == set(second.paper_ids)


@pytest.mark.parametrize(
    "question",
    [
        "Has Minghui Qiu worked with graph neural networks?",
        "any GNN papers?",
        "does she use GNNs anywhere",
        "Which papers are built on graph neural networks?",
    ],
)
def test_a_longer_acronym_names_a_kind_of_the_topic(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)  # 'BGNN', 'GCE-GNN'
    assert titles_with(answer, "Global Context Enhanced", "Exploring Global Information")


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("hw many papres does she hav in 2025", "14 of the 50 listed papers match 2025"),
        ("does he hav any papers w/o code in 2024", "Yes: 3 of the 50 listed papers match 2024"),
        ("how many diff categories does they publish in", "The 50 listed papers span 7"),
        ("Not counting 2025, how many papers does she have?", "36 of the 50 listed papers"),
        ("ignoring the CV papers, how many are there?", "36 of the 50 listed papers match not CV"),
    ],
)
def test_chat_shorthand_and_leaving_out(
    bundled_assistant: Assistant, question: str, lead: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith(lead), answer.text[:120]


def test_themes_within_what_is_left_out(bundled_assistant: Assistant) -> None:
    answer = bundled_assistant.ask("Excluding her NLP work, what are her main topics?")
    assert answer.text.startswith("Minghui Qiu's 28 listed papers (not CL"), answer.text[:120]
    cl = {p.title for p in bundled_assistant.profile.papers if p.category == "CL"}
    assert answer.citations and not cited(answer) & cl


@pytest.mark.parametrize(
    "question",
    [
        "What datasets were introduced in 'Valley: Video Assistant with Large Language model "
        "Enhanced abilitY'?",
        "Which video-text datasets did Qiu and co-authors create for the first Valley model?",
        "what datasets did she and her team build for the original Valley paper",
        "Valley datasets?",
    ],
)
def test_a_named_paper_s_detail_whatever_surrounds_its_name(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)  # not a person 'Large Language', not co-authors
    assert "Valley-702k" in answer.text and cited(answer) == {
        "Valley: Video Assistant with Large Language model Enhanced abilitY"
    }, answer.text[:150]


@pytest.mark.parametrize(
    "question",
    [
        "whats the headline result of the seeing is beleiving paper vs gpt-4o",
        "How does Seeing is Believing compare to GPT-4o?",
    ],
)
def test_a_named_paper_against_something_outside_the_profile(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert "22" in answer.text and titles_with(answer, "Seeing is Believing"), answer.text[:150]


@pytest.mark.parametrize(
    "question",
    [
        "kaiming he collab?",
        "did he ever write a paper with kaiming he",
        "Has Minghui Qiu co-authored any paper with Kaiming He?",
        "yann lecun collab?",
    ],
)
def test_a_lower_case_full_name_is_a_person(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith("No:") and "does not appear in the author lines" in answer.text
    assert not answer.citations


@pytest.mark.parametrize(
    "question",
    ["why no code for any of her papers?", "Why hasn't he released code for any paper?"],
)
def test_no_code_at_all_is_a_premise_corrected_by_the_count(
    bundled_assistant: Assistant, question: str
) -> None:
    with_code = {p.title for p in bundled_assistant.profile.papers if p.has_code}
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith(f"That premise does not hold: {len(with_code)} of the 50")
    assert cited(answer) == with_code


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        (
            "Has she looked at privacy leakage in machine learning?",
            "Yes, though not in LG (Machine Learning): in another category,",
        ),
        # 'machine learning models': the models themselves, not the category
        ("any work on privacy leakage in machine learning models?", "Yes: 1 listed paper"),
    ],
)
def test_a_category_name_that_is_part_of_the_topic(
    bundled_assistant: Assistant, question: str, lead: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith(lead)
    assert titles_with(answer, "Information Leakage")


@pytest.mark.parametrize(
    "question",
    [
        "I'm curious where Qiu's research gets applied in practice.",
        "Beyond core methods, which application areas do they work in?",
    ],
)
def test_where_the_research_is_applied_gets_the_themes(
    bundled_assistant: Assistant, question: str
) -> None:
    assert "main themes" in bundled_assistant.ask(question).text


@pytest.mark.parametrize(
    ("question", "plain"),
    [
        ("Tell me something interesting about his 2020 papers.", "her 2020 papers"),
        ("Out of curiosity, which of their papers use reinforcement learning?", "RL papers?"),
        ("Can you point me to anything she did on knowledge distillation?", "distillation papers"),
        ("I'd love to know if they've published on video.", "video papers?"),
    ],
)
def test_framing_does_not_change_the_papers(
    bundled_assistant: Assistant, question: str, plain: str
) -> None:
    assert cited(bundled_assistant.ask(question)) == cited(bundled_assistant.ask(plain))


@pytest.mark.parametrize(
    "question",
    ["Has her output grown over the years?", "is he publishing more over time?"],
)
def test_output_over_the_years_is_counted(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    # the direction first (test_output_and_start27), then the papers per year
    assert "\nListed papers per year:\n- 2020: 12 [" in answer.text, answer.text[:100]


@pytest.mark.parametrize(
    "question",
    ["Where does Minghui Qiu work?", "where does she work now?"],
)
def test_where_someone_works_is_outside_the_profile(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.abstained and "nothing on employers" in answer.text


def test_the_same_people_over_and_over_is_about_co_authors(bundled_assistant: Assistant) -> None:
    answer = bundled_assistant.ask("Does she publish with the same people over and over?")
    assert answer.text.startswith("Minghui Qiu's most frequent co-authors")


def test_asking_for_titles_is_asking_for_papers(bundled_assistant: Assistant) -> None:
    titles = bundled_assistant.ask("What are the titles of her CV papers from 2025 with code?")
    plain = bundled_assistant.ask("CV papers from 2025 with code")
    assert cited(titles) == cited(plain) and len(cited(plain)) == 6


@pytest.mark.parametrize(
    ("question", "plain"),
    [
        ("that thing about logos in fashion pics", "that thing about logos in fashion images"),
        ("any vids papers?", "any video papers?"),
        ("recsys work?", "recommender systems work?"),
    ],
)
def test_abbreviated_content_words(bundled_assistant: Assistant, question: str, plain: str) -> None:
    answer = bundled_assistant.ask(question)
    assert not answer.abstained and cited(answer) == cited(bundled_assistant.ask(plain))


@pytest.mark.parametrize(
    "question",
    [
        "any healthcare papers?",
        "Has Minghui Qiu published research related to healthcare?",
        "I'm curious whether her work touches healthcare at all.",
        "does he do anything for doctors",
        "is their research used in healthcare?",
    ],
)
def test_a_word_no_paper_uses_is_read_by_meaning(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert not answer.abstained, answer.text[:200]
    assert "as 'medical'" in answer.text.split("\n")[0], answer.text[:200]
    assert titles_with(answer, "SMedBERT") and titles_with(answer, "Chinese Medical Reading")


@pytest.mark.parametrize(
    "question",
    [
        "does she work on protein folding?",
        "any finance papers?",
        "Has he published anything on music?",
        "biology papers from them?",
    ],
)
def test_a_word_with_no_near_meaning_in_the_papers_is_not_replaced(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.abstained and "reading '" not in answer.text.casefold(), answer.text[:200]


@pytest.mark.parametrize(
    ("spelled", "acronyms"),
    [
        (
            "Has Minghui Qiu used graph neural networks in any paper?",
            ["any GNN papers?", "does she do gnn stuff", "Have they published anything on GNNs?"],
        ),
        (
            "What has she published on knowledge distillation?",
            ["any KD papers from him?", "Which of their papers are about KD?"],
        ),
    ],
)
def test_an_acronym_the_titles_spell_out_finds_the_same_papers(
    bundled_assistant: Assistant, spelled: str, acronyms: list[str]
) -> None:
    expected = cited(bundled_assistant.ask(spelled))
    assert expected
    for question in acronyms:
        assert cited(bundled_assistant.ask(question)) == expected, question


@pytest.mark.parametrize(
    "question",
    [
        "What has Minghui Qiu published on evaluating summaries?",
        "papers on judging the quality of summaries?",
        "has she worked on summaries and how to score them",
    ],
)
def test_a_paper_word_close_to_a_question_word_stays_in_the_topic(
    bundled_assistant: Assistant, question: str
) -> None:
    query, _ = bundled_assistant.understand(question)
    # 'the quality of summaries' is read as the titles' 'summary quality'
    assert re.search(r"\bsummar(?:y|ies)\b", query.topic or ""), query.topic


@pytest.mark.parametrize(
    ("plain", "qualified"),
    [
        (
            "Which of Minghui Qiu's papers are about prompt tuning?",
            [
                "what has she published on prompt tuning for language models",
                "any prompt tuning work with pre-trained language models from him?",
                "Has Qiu written about prompt tuning of large language models?",
            ],
        ),
        (
            "What papers has Minghui Qiu written about few-shot learning?",
            [
                "does qiu do anything in few-shot settings?",
                "Which of her publications target the few-shot regime?",
                "few-shot learning for language models, what have they got?",
            ],
        ),
    ],
)
def test_words_most_papers_use_do_not_change_a_topic(
    bundled_assistant: Assistant, plain: str, qualified: list[str]
) -> None:
    expected = cited(bundled_assistant.ask(plain))
    assert expected
    for question in qualified:
        assert cited(bundled_assistant.ask(question)) == expected, question


def test_a_topic_of_common_words_only_is_kept_whole(bundled_assistant: Assistant) -> None:
    query, _ = bundled_assistant.understand("What has she published on large language models?")
    assert query.topic == "large language models"
    query, _ = bundled_assistant.understand("Which papers use reinforcement learning?")
    assert query.topic == "reinforcement learning"


@pytest.mark.parametrize("follow_up", ["how many are there?", "how many?", "how many of those?"])
def test_a_bare_count_after_a_list_counts_that_list(
    bundled_assistant: Assistant, follow_up: str
) -> None:
    chat = Conversation()
    listed = bundled_assistant.ask("list her knowledge distillation papers", chat)
    answer = bundled_assistant.ask(follow_up, chat)
    assert answer.text.startswith(f"{len(listed.citations)} papers"), answer.text[:100]
    assert cited(answer) == cited(listed)


def test_a_count_naming_the_researcher_after_a_list_is_not_about_the_list(
    bundled_assistant: Assistant,
) -> None:
    chat = Conversation()
    bundled_assistant.ask("list her knowledge distillation papers", chat)
    answer = bundled_assistant.ask("how many papers does she have?", chat)
    assert "50" in answer.text and "above" not in answer.text, answer.text[:150]


@pytest.mark.parametrize("follow_up", ["who are the authors?", "authors?", "who wrote it?"])
def test_a_follow_up_without_a_subject_is_about_the_one_paper_just_named(
    bundled_assistant: Assistant, follow_up: str
) -> None:
    chat = Conversation()
    latest = bundled_assistant.ask("whats his latest paper", chat)
    answer = bundled_assistant.ask(follow_up, chat)
    assert cited(answer) == cited(latest), answer.text[:150]
    paper = next(p for p in bundled_assistant.profile.papers if p.title in cited(latest))
    assert paper.authors[1] in answer.text


@pytest.mark.parametrize(
    "follow_up", ["only the ones from 2022", "just the 2022 ones", "which of those are from 2022?"]
)
def test_the_ones_narrows_the_last_list(bundled_assistant: Assistant, follow_up: str) -> None:
    chat = Conversation()
    listed = bundled_assistant.ask("papers with Chengyu Wang", chat)
    answer = bundled_assistant.ask(follow_up, chat)
    papers = {p.title: p for p in bundled_assistant.profile.papers}
    expected = {t for t in cited(listed) if papers[t].year == 2022}
    assert expected and cited(answer) == expected, answer.text[:150]


@pytest.mark.parametrize("follow_up", ["what about prompt tuning?", "and prompt tuning?"])
def test_what_about_a_topic_after_a_list_is_a_list(
    bundled_assistant: Assistant, follow_up: str
) -> None:
    chat = Conversation()
    bundled_assistant.ask("list her knowledge distillation papers", chat)
    answer = bundled_assistant.ask(follow_up, chat)
    fresh = bundled_assistant.ask("list her prompt tuning papers")
    assert len(fresh.citations) > 1 and cited(answer) == cited(fresh), answer.text[:150]


@pytest.mark.parametrize(
    "question",
    [
        "has he stopped working on video?",
        "Did Minghui Qiu give up on video research?",
        "has she quit video stuff?",
        "I'm curious whether they abandoned video work.",
    ],
)
def test_asked_whether_work_stopped_the_latest_paper_answers(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    # The latest video paper is from 2026: the work has not stopped.
    assert answer.text.startswith("No, not as far as the listing shows"), answer.text[:120]
    assert "Valley3" in answer.text.split("\n")[0]


@pytest.mark.parametrize(
    "question",
    [
        "who is her second most frequent co-author?",
        "Who is Minghui Qiu's third most frequent collaborator?",
        "whos his 2nd top coauthor",
    ],
)
def test_an_ordinal_in_a_coauthor_question_is_no_topic(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert "on the 50 listed papers" in answer.text and "Chengyu Wang: 14" in answer.text


@pytest.mark.parametrize(
    "follow_up", ["does it have code?", "is the code available?", "any github repo for it?"]
)
def test_whether_one_paper_has_code_is_answered_yes_or_no_first(
    bundled_assistant: Assistant, follow_up: str
) -> None:
    for question in ("whats her latest paper", "what's the oldest paper with code?"):
        chat = Conversation()
        named = bundled_assistant.ask(question, chat)
        paper = next(p for p in bundled_assistant.profile.papers if p.title in cited(named))
        answer = bundled_assistant.ask(follow_up, chat)
        # (an abstract saying where its code is counts: 'can be found in the supplementary')
        released = paper.has_code or CODE_TOLD.search(paper.abstract) is not None
        assert answer.text.startswith("Yes" if released else "No"), answer.text[:120]
        assert cited(answer) == cited(named)


@pytest.mark.parametrize(
    "question",
    ["list her non-RL papers", "How many non-RL papers does Minghui Qiu have?", "nonRL papers?"],
)
def test_a_non_prefixed_topic_is_the_papers_off_it(
    bundled_assistant: Assistant, question: str
) -> None:
    on_rl = cited(bundled_assistant.ask("Which papers use reinforcement learning?"))
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith(f"{50 - len(on_rl)} of the 50"), answer.text[:100]
    assert not cited(answer) & on_rl


@pytest.mark.parametrize(
    "question",
    [
        "whats the split between cv and cl",
        "How many CV vs CL papers does she have?",
        "how many cv vs cl papers",
    ],
)
def test_two_categories_in_lower_case_are_both_read(
    bundled_assistant: Assistant, question: str
) -> None:
    query, _ = bundled_assistant.understand(question)
    assert sorted(query.filters.categories) == ["CL", "CV"], query.filters


@pytest.mark.parametrize(
    "question",
    [
        "what are they working on lately?",
        "what's new in her work?",
        "What is Minghui Qiu focusing on these days?",
        "wat is he doing currently",
    ],
)
def test_recent_work_gets_the_themes_of_the_recent_papers(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    since = years_back(reference_date(bundled_assistant.profile), 2)
    assert "main themes" in answer.text and f"(since {since})" in answer.text, answer.text[:120]
    assert answer.citations and all(c.date >= since for c in answer.citations)


def test_two_years_back_from_a_leap_day_is_the_28th() -> None:
    assert years_back(dt.date(2028, 2, 29), 2) == dt.date(2026, 2, 28)
    assert years_back(dt.date(2028, 2, 29), 4) == dt.date(2024, 2, 29)


@pytest.mark.parametrize(
    "question",
    [
        "which area has she contributed most to?",
        "what kind of problems does she solve?",
        "how would you describe his research to a non-expert?",
        "what are her biggest contributions?",
    ],
)
def test_general_asks_in_other_words_get_the_themes(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert "Minghui Qiu's 50 listed papers fall into" in answer.text, answer.text[:120]


@pytest.mark.parametrize(
    "question",
    [
        "She doesn't have any papers on video, right?",
        "Is it true that Minghui Qiu never worked on video?",
        "he has no video papers, correct?",
        "I heard they haven't published anything on video, is that right?",
        "she's never done video work, right?",
    ],
)
def test_a_wrong_negative_statement_is_corrected_with_the_papers(
    bundled_assistant: Assistant, question: str
) -> None:
    on_video = cited(bundled_assistant.ask("Which of Minghui Qiu's papers deal with video?"))
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith("No, that is not right:"), answer.text[:120]
    assert cited(answer) == on_video


@pytest.mark.parametrize(
    "question",
    [
        "she has no papers on robotics, right?",
        "Is it true that he never published in 2019?",
        "Minghui Qiu has no papers from 2018, correct?",
    ],
)
def test_a_right_negative_statement_is_confirmed(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith("Right"), answer.text[:120]
    assert not answer.citations


def test_a_positive_statement_is_checked_like_a_question(bundled_assistant: Assistant) -> None:
    answer = bundled_assistant.ask("I heard she only works on LLMs, is that right?")
    assert answer.text.startswith("No: "), answer.text[:120]


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("was 2023 a slow year for her?", "4 listed papers in 2023: fewer than the 7.1"),
        ("Was 2025 a productive year for Minghui Qiu?", "14 listed papers in 2025: more than"),
        ("2023 was a quiet year for them, right?", "4 listed papers in 2023: fewer than"),
    ],
)
def test_one_year_pace_is_set_against_the_average(
    bundled_assistant: Assistant, question: str, said: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert said in answer.text.split("\n")[0], answer.text[:150]


@pytest.mark.parametrize(
    "question",
    [
        "where is she based",
        "Which institution is Minghui Qiu affiliated with?",
        "what university is he at?",
        "is she a professor?",
        "Is Minghui Qiu a professor?",
        "what's their job",
        "is Qiu in industry or academia?",
        "what country is she from",
        "which lab is he in",
        "hows much does he make per year",
        "How much does Minghui Qiu earn?",
        "where did she studdy",
        "where they got their degree",
        "what is his education?",
    ],
)
def test_the_persons_life_is_declined_not_searched(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.abstained and not answer.citations, answer.text[:120]
    assert "nothing on employers" in answer.text


@pytest.mark.parametrize(
    "question", ["where has she studied attention?", "where does qiu study reasoning"]
)
def test_where_a_subject_is_studied_is_a_topic_not_her_education(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert not answer.abstained and len(answer.citations) >= 3, answer.text[:120]


@pytest.mark.parametrize(
    "question",
    [
        "does she work at Alibaba?",
        "Does Minghui Qiu work for alibaba",
        "is he affiliated with Alibaba?",
    ],
)
def test_an_employer_asked_is_declined_with_the_papers_that_mention_it(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert not answer.text.startswith("Yes"), answer.text[:120]
    assert "nothing on employers" in answer.text and "mention" in answer.text
    assert titles_with(answer, "EasyNLP")
    assert all("alibaba" in " ".join(c.evidence).casefold() for c in answer.citations)


@pytest.mark.parametrize(
    "question",
    [
        "which venues does she publish in",
        "What conferences does Minghui Qiu publish at?",
        "where has he published his work",
        "which journals do they publish in?",
    ],
)
def test_venues_asked_are_said_missing_and_categories_given(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith("The profile records no venue"), answer.text[:120]
    assert "CL (Computation and Language): 22" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "is she still publishing?",
        "Is Minghui Qiu still active?",
        "are they still doing research",
        "is he stil publishing",
    ],
)
def test_still_publishing_gets_the_latest_paper(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith("Yes: the most recent listed paper is Seeing Inside"), (
        answer.text[:120]
    )


def test_active_on_a_topic_is_that_topic(bundled_assistant: Assistant) -> None:
    active = bundled_assistant.ask("is she active on RL?")
    plain = bundled_assistant.ask("has she worked on RL?")
    assert cited(active) == cited(plain) and not titles_with(active, "CODA")


@pytest.mark.parametrize(
    ("question", "paper"),
    [
        ("I'm curious whether Qiu has done anything with trademarks or brand logos.", "Logo-VGR"),
        ("any work on brand logos or trademarks?", "Logo-VGR"),
        ("papers on recommending items based on their browsing sessions", "Session-based"),
        ("does she have research on models inventing text that isn't in the image", "Seeing"),
    ],
)
def test_a_word_no_paper_uses_but_not_a_setting_does_not_answer_no(
    bundled_assistant: Assistant, question: str, paper: str
) -> None:
    """An alternative offered, an attribute of what is asked, a participle: not a setting."""
    answer = bundled_assistant.ask(question)
    assert not answer.abstained and "no listed paper mentions" not in answer.text, answer.text[:90]
    assert titles_with(answer, paper)


@pytest.mark.parametrize(
    "question",
    [
        "has she used language models for robotics?",
        "multimodal models in agriculture?",
        "any of his papers apply reinforcement learning to music?",
        "does qiu do few-shot learning for the finance industry",
    ],
)
def test_a_setting_no_paper_uses_answers_no(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith("No: no listed paper mentions"), answer.text[:90]


@pytest.mark.parametrize(
    "question",
    [
        "which yr had the most pubs",
        "What was her peak publishing year?",
        "Which year was Minghui Qiu's busiest?",
        "when did they publish the most papers",
    ],
)
def test_the_busiest_year_in_chat_words(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith("2025 is the busiest year: 14"), answer.text[:80]


@pytest.mark.parametrize(
    ("question", "count"),
    [
        ("how many pubs in '21 and '22 combined", 14),
        ("How many papers from 2021 to 2022 inclusive?", 14),
        ("how many pre-2022 papers have no code flag", 17),
        ("count of 2025 pubs excluding CV pls", 4),
    ],
)
def test_counting_words_are_no_topic(
    bundled_assistant: Assistant, question: str, count: int
) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith(f"{count} of the 50"), answer.text[:80]
    assert "topic" not in answer.text.split("\n")[0]


@pytest.mark.parametrize(
    "question",
    [
        "why'd qiu go quiet after '23",
        "Why did she go silent after 2023?",
        "why did he stop publishing after 2023",
        "how come they disappeared after 2023?",
    ],
)
def test_going_quiet_is_a_premise_checked(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith("That premise does not hold: 20 of the 50"), answer.text[:80]


@pytest.mark.parametrize(
    "question",
    [
        "what's she into these days research-wise",
        "current research direction?",
        "What is Minghui Qiu working on lately?",
        "what's he doing now",
    ],
)
def test_current_interests_are_the_recent_themes(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert not answer.abstained
    assert "listed papers (since 2024" in answer.text.split("\n")[0], answer.text[:90]


@pytest.mark.parametrize(
    "question",
    [
        "number of papers shared with taolin zhang?",
        "how many papers does she have in common with Taolin Zhang",
        "papers written jointly with taolin zhang",
        "Which papers did Qiu co-author with Taolin Zhang?",
    ],
)
def test_papers_with_someone_in_sharing_words(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith("4 of the 50 listed papers list Taolin Zhang"), answer.text[:80]


@pytest.mark.parametrize(
    "question",
    [
        "first-author count for minghui?",
        "how many first author papers does minghui have",
        "On how many papers is Qiu the first author?",
        "how many papers is she first author on",
    ],
)
def test_first_author_count_by_any_name(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith("Minghui Qiu is the first author of 3 of the 50"), answer.text[
        :80
    ]


@pytest.mark.parametrize(
    "question",
    ["why was she listed first on EasyNLP?", "why they were listed first on EasyNLP"],
)
def test_first_author_of_one_paper_names_who_is(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith("No: Minghui Qiu is not the first author of EasyNLP")
    assert "Chengyu Wang" in answer.text and titles_with(answer, "EasyNLP")


@pytest.mark.parametrize(
    "question",
    [
        "At which conference was SpanProto published?",
        "spanproto venue?",
        "what conf is spanproto from",
        "I'm curious which journal accepted SpanProto.",
        "what venue is spanproto from?",
        "spanproto conference pls",
        "where SpanProto was accepted",
        "was SpanProto at ACL or EMNLP?",
        "where was spanproto published?",
    ],
)
def test_a_papers_venue_is_declined_with_what_the_profile_records(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.abstained and answer.text.startswith("The profile does not answer this")
    assert "no venue" in answer.text and "SpanProto: 2022-10-17" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "What share of Minghui Qiu's CL papers come with code?",
        "what fraction of the NLP (cs.CL) papers have code",
        "percent of computation and language papers with code?",
        "how many of the cl papers have code out of all cl papers",
    ],
)
def test_a_share_is_taken_of_the_category(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith("4 of the 22 listed papers (CL) (18%)"), answer.text[:80]
    assert len(answer.citations) == 4


@pytest.mark.parametrize(
    "question",
    [
        "why does she avoid CV research",
        "Why has Minghui Qiu stayed away from computer vision?",
        "how come he shuns cv",
        "Given that Qiu only does NLP, why no computer vision papers?",
    ],
)
def test_a_premise_of_avoiding_a_field_is_corrected(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith("That premise does not hold: 14 of the 50"), answer.text[:80]


@pytest.mark.parametrize(
    "question",
    [
        "Given that Qiu only does NLP, why no image work?",
        "since she only works on NLP, why are there no video papers?",
    ],
)
def test_a_given_clause_leaves_the_why_question(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith("That premise does not hold:"), answer.text[:80]
    assert len(answer.citations) >= 5 and not titles_with(answer, "EasyNLP")


@pytest.mark.parametrize(
    "question", ["any medical papers?", "Which of his papers target the medical domain?"]
)
def test_a_one_word_topic_counts_papers_saying_it_in_another_form(
    bundled_assistant: Assistant, question: str
) -> None:
    """RetiZero says 'clinical diagnosis' and 'fundus diseases', never 'medical'."""
    answer = bundled_assistant.ask(question)
    assert titles_with(answer, "SMedBERT", "Fundus Diseases"), answer.text[:90]
    assert not titles_with(answer, "Storm")


@pytest.mark.parametrize(
    "question",
    [
        "how their research trajectory has developed since 2020",
        "research trend over the years pls",
        "How has Minghui Qiu's focus shifted over time?",
        "how did his work develop over time",
    ],
)
def test_the_research_over_time_is_the_shift(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith("Minghui Qiu's research moved from"), answer.text[:80]


def test_a_publication_trend_is_counted_per_year(bundled_assistant: Assistant) -> None:
    answer = bundled_assistant.ask("publication trend over the years")
    assert answer.text.startswith("Listed papers per year"), answer.text[:80]


@pytest.mark.parametrize(
    "question",
    [
        "speech recognition stuff? lol",
        "Has Minghui Qiu worked on speech recognition?",
        "does he do speech processing",
        "any protein folding papers?",
    ],
)
def test_a_kind_no_paper_names_is_not_matched_by_its_general_word(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.abstained and not answer.citations, answer.text[:90]


@pytest.mark.parametrize(
    "question",
    [
        "how many citations does yann lecun have",
        "What is Yann LeCun's h-index?",
        "how many citations does chengyu wang have",
        "how many papers does geoffrey hinton have?",
    ],
)
def test_someone_elses_numbers_typed_in_lower_case_are_not_the_owners(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.abstained and "11,029" not in answer.text and "65 papers" not in answer.text


@pytest.mark.parametrize(
    ("question", "start"),
    [
        ("number of non-CL papers in minghui qius profle?", "28 of the 50"),
        ("pls how many of his papers arent tagged CL lol", "28 of the 50"),
        ("wat percent of the 2025 paprs have code", "7 of the 14 listed papers"),
        ("on how many papers is he first autor", "Minghui Qiu is the first author of 3"),
        (
            "I'm curious which of their papers list Minghui first.",
            "Minghui Qiu is the first author of 3",
        ),
        ("total citatons?", "Minghui Qiu: 11,029 citations"),
        ("how many paprs in 21-22", "14 of the 50"),
        ("wat did she put out in 23 lol", "4 of the 50"),
        ("how come she took 2024 off", "That premise does not hold: 3 of the 50"),
    ],
)
def test_typed_in_a_hurry(bundled_assistant: Assistant, question: str, start: str) -> None:
    """Slips in question words, possessives without an apostrophe, bare two-digit years."""
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith(start), answer.text[:90]


@pytest.mark.parametrize(
    "question",
    [
        "video stuff?? does minghui do that lol",
        "privacy stuff? y/n",
        "medicine + AI, any from him? 🏥",
        "reinforcement learning, has she done any?",
    ],
)
def test_a_yes_no_after_a_first_fragment_leads_with_yes(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith("Yes"), answer.text[:120]
    assert answer.citations


def test_has_she_never_asks_whether_she_has(bundled_assistant: Assistant) -> None:
    video = cited(bundled_assistant.ask("Which of her papers are about video?"))
    for question in [
        "has he never touched video models at all?",
        "Has Minghui Qiu never worked on video?",
        "did they never do anything with video",
    ]:
        answer = bundled_assistant.ask(question)
        assert answer.text.startswith("Yes, Minghui Qiu has: "), answer.text[:120]
        assert cited(answer) == video
    others = bundled_assistant.ask("Is there any paper that never mentions video?")
    assert not cited(others) & video and len(others.citations) > 30


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("Why does Minghui Qiu only work on NLP?", "28 of the 50 listed papers match not CL"),
        (
            "why does she publish only in computer vision?",
            "36 of the 50 listed papers match not CV",
        ),
        ("why is he exclusively doing CV lol", "36 of the 50 listed papers match not CV"),
        ("2024 was empty for him, why? lol", "3 of the 50 listed papers match 2024"),
        ("why was 2023 blank for her?", "4 of the 50 listed papers match 2023"),
        ("I'm curious why they took 2024 off from publishing.", "3 of the 50 listed papers"),
    ],
)
def test_an_only_or_empty_premise_is_corrected_first(
    bundled_assistant: Assistant, question: str, said: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith("That premise does not hold: " + said), answer.text[:120]


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("how many papers in twenty twenty-three", "4 of the 50 listed papers match 2023"),
        ("papers from two thousand and twenty one?", "7 of the 50 listed papers match 2021"),
        ("top year by paper count?", "2025 is the busiest year"),
        ("Which year has the largest number of Qiu's papers?", "2025 is the busiest year"),
        ("hindex + citations pls", "Minghui Qiu: h-index 34; 11,029 citations"),
        ("2025 papers with code - what %?", "7 of the 14 listed papers (in 2025) (50%)"),
        ("papers where hes first authr", "Minghui Qiu is the first author of 3"),
        ("the earliest-dated publication", "The earliest listed paper is KEML"),
    ],
)
def test_terse_metadata_questions(bundled_assistant: Assistant, question: str, lead: str) -> None:
    assert bundled_assistant.ask(question).text.startswith(lead)


def test_ai_as_a_thing_is_not_the_ai_category(bundled_assistant: Assistant) -> None:
    medical = bundled_assistant.ask("which of her papers are about AI models for medicine?")
    assert "Not in AI" not in medical.text and titles_with(medical, "SMedBERT")
    assert bundled_assistant.ask("how many papers in AI?").text.startswith("3 of the 50")


@pytest.mark.parametrize(
    "question",
    [
        "As a student choosing a supervisor, I'd like to know who Minghui's closest "
        "collaborators are.",
        "I'm a recruiter and I want to know who she works with most",
        "I'm putting together a reading list for my lab; who are his main co-authors?",
    ],
)
def test_who_is_asking_is_no_topic(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    assert "Chengyu Wang: 14 papers" in answer.text, answer.text[:150]


def test_a_setting_no_paper_names_is_a_no_only_after_a_topic_word(
    bundled_assistant: Assistant,
) -> None:
    setting = bundled_assistant.ask("any papers on video models for mobile robotics?")
    assert setting.text.startswith("No: no listed paper mentions 'robotics'")
    shops = bundled_assistant.ask(
        "i'm curious whether he did anything for online shops, like product images"
    )
    assert shops.text.startswith("Yes") and shops.citations, shops.text[:120]


@pytest.mark.parametrize(
    "question",
    [
        "why is she first author on valley?",
        "What led Qiu to lead-author the Valley paper?",
        "Why was Minghui Qiu the first author of Valley?",
    ],
)
def test_why_first_author_names_who_is_when_she_is_not(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith("No: Minghui Qiu is not the first author"), answer.text[:120]
    assert "Ruipu Luo" in answer.text and titles_with(answer, "Valley: Video Assistant")


@pytest.mark.parametrize(
    "question",
    ["What has Minghui Qiu published about online shopping?", "online shopping papers pls"],
)
def test_a_two_word_topic_counts_the_papers_saying_it_their_way(
    bundled_assistant: Assistant, question: str
) -> None:
    papers = bundled_assistant.profile.papers
    ecommerce = {p.title for p in papers if "e-commerce" in f"{p.title} {p.abstract}".casefold()}
    assert len(ecommerce) >= 3
    assert ecommerce <= cited(bundled_assistant.ask(question))
