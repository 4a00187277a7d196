"""Exact answers: the number is in the text and every counted paper is cited as [n]."""

from __future__ import annotations

import re

import pytest

from prompts.answer.facts import answer_facts
from prompts.answer.model import Answer
from prompts.answer.wording import MAX_LISTED
from prompts.assistant import Assistant
from prompts.understand.router import parse_query
from retrieval.ingest.text_format import parse_profile
from retrieval.model import Profile
from tests.retrieval.test_facts import TEXT


@pytest.fixture(scope="module")
def profile() -> Profile:
    return parse_profile(TEXT, captured_year=2026)


def ask(question: str, profile: Profile) -> Answer:
    answer = answer_facts(parse_query(question, profile), profile, None)
    assert answer is not None, question
    return answer


def cited_titles(answer: Answer) -> set[str]:
    return {c.title.split(":")[0] for c in answer.citations}


def assert_markers_match_citations(answer: Answer) -> None:
    markers = {int(n) for n in re.findall(r"\[(\d+)\]", answer.text)}
    assert markers == {c.n for c in answer.citations}


def test_count_states_the_number_and_cites_each_paper(profile: Profile) -> None:
    answer = ask("How many CL papers has he published since 2020?", profile)
    assert answer.route == "facts" and not answer.abstained
    assert answer.text.startswith("3 of the 6 listed papers")
    assert cited_titles(answer) == {
        "Alpha",
        "Few-shot Text Classification with Prototypes",
        "Epsilon",
    }
    assert "ProtoNet-X: Few-shot Text Classification with Prototypes (2020-03-05, CL) [2]" in (
        answer.text
    )
    assert_markers_match_citations(answer)


def test_year_range_count_breaks_down_by_year(profile: Profile) -> None:
    answer = ask("How many papers did he publish in 2020 and 2021 combined?", profile)
    assert "3 of the 6 listed papers" in answer.text and "2 in 2020, 1 in 2021" in answer.text
    assert len(answer.citations) == 3


def test_no_match_says_none_and_that_the_listing_is_partial(profile: Profile) -> None:
    answer = ask("Any robotics papers?", profile)
    assert answer.text.startswith("No: none of the 6 listed papers match RO (Robotics)")
    assert "claims 20" in answer.text and answer.citations == []


def test_header_facts_cite_the_header(profile: Profile) -> None:
    answer = ask("What is his h-index?", profile)
    assert "h-index 9 (profile header)" in answer.text and answer.citations == []
    papers = ask("How many papers does he have?", profile).text
    assert "20 claimed, 6 listed" in papers


def test_superlatives_name_the_winner_and_runner_up(profile: Profile) -> None:
    common = ask("What is his most common category?", profile)
    assert (
        "CL (Computation and Language) is the most common category: 3 of the 6 listed"
        in common.text
    )
    assert "Next: CV (Computer Vision) with 2" in common.text and len(common.citations) == 3
    busiest = ask("Which year was his busiest?", profile)
    assert "2020 and 2023 are tied" in busiest.text


def test_latest_paper_explains_the_assumed_year(profile: Profile) -> None:
    answer = ask("What is his latest paper?", profile)
    assert "Zeta: Forecasting Rain (2026-04-04, LG) [1]" in answer.text
    assert "taken as 2026" in answer.text


def test_people_answers_are_lower_bounds(profile: Profile) -> None:
    shared = ask("Which papers list both Carl Wu and Eve Stone?", profile)
    assert "2 of the 6 listed papers list both Carl Wu and Eve Stone" in shared.text
    assert "lower bounds" in shared.text
    first = ask("Which papers has he first-authored?", profile)
    assert "Test Owner is the first author of 2" in first.text
    assert cited_titles(first) == {"Alpha", "Zeta"}


def test_name_variants_are_counted_together(profile: Profile) -> None:
    answer = ask("Does MEILING ZHAO appear in the author lists?", profile)
    assert answer.text.startswith("Yes: 3 of the 6 listed papers list Meiling Zhao")
    assert "also spelled 'MeiLing Zhao'" in answer.text


def test_unknown_person_is_a_no_with_the_caveat(profile: Profile) -> None:
    answer = ask("Has he worked with Yann LeCun?", profile)
    assert answer.text.startswith("No: Yann LeCun does not appear")
    assert "lower bounds" in answer.text and answer.citations == []


def test_a_person_outside_the_scope_is_not_called_absent(profile: Profile) -> None:
    answer = ask("Which papers by Carl Wu in 2020?", profile)
    assert answer.text.startswith("None of the 6 listed papers (2020) list Carl Wu.")


def test_header_numbers_belong_to_the_owner_only(profile: Profile) -> None:
    answer = ask("What is the h-index of Carl Wu?", profile)
    assert answer.text.startswith("The profile gives these numbers only for Test Owner")


def test_surname_search_skips_given_names_and_the_owner(profile: Profile) -> None:
    answer = ask("Apart from Test Owner, does anyone else with the surname Qiu appear?", profile)
    assert "Bob Qiu" in answer.text and cited_titles(answer) == {"Alpha"}
    assert "(Qiuyu Lin) are not counted" in answer.text


def test_coauthors_with_counts(profile: Profile) -> None:
    answer = ask("Who are his most frequent co-authors?", profile)
    assert "- Carl Wu: 3 papers" in answer.text and "lower bounds" in answer.text
    assert_markers_match_citations(answer)


def test_complete_author_lists_are_not_called_lower_bounds(profile: Profile) -> None:
    complete = [p.model_copy(update={"authors_truncated": False}) for p in profile.papers]
    answer = ask(
        "Who are his most frequent co-authors?", profile.model_copy(update={"papers": complete})
    )
    assert "- Carl Wu: 3 papers" in answer.text and "lower bounds" not in answer.text


def test_focus_shift_gives_numbers_and_examples(profile: Profile) -> None:
    answer = ask("How did his focus shift from 2020 to 2023?", profile)
    assert "- 2020-2021: 3 papers (CL 2, CV 1)" in answer.text
    assert "- 2022-2023: 2 papers" in answer.text and answer.citations


def test_timeline_counts_every_year(profile: Profile) -> None:
    answer = ask("How many papers did he publish each year?", profile)
    assert "- 2022: 0" in answer.text and "- 2020: 2 (CL 2)" in answer.text
    assert len(answer.citations) == 6


def test_a_named_papers_metadata_answers_what_is_asked_in_its_order(profile: Profile) -> None:
    answer = ask("Who are the authors of the ProtoNet-X paper, and is there code?", profile)
    assert answer.text == (
        "ProtoNet-X was written by Meiling Zhao, Test Owner, Qiuyu Lin [1].\n"
        "The profile marks no code for ProtoNet-X [1]."
    )
    zeta = ask("When was Zeta published?", profile).text
    assert zeta.startswith("Zeta was published on 4 April (2026-04-04; the profile gives no year")
    assert "2026, the year it was captured, is assumed" in zeta and "code" not in zeta


def test_a_named_papers_card_when_no_one_detail_is_asked(profile: Profile) -> None:
    card = ask("What is the affiliation tag of ProtoNet-X?", profile).text
    assert card.startswith("ProtoNet-X: Few-shot Text Classification with Prototypes [1]")
    assert "authors Meiling Zhao, Test Owner, Qiuyu Lin;" in card and "no code marked" in card


def test_comparing_named_papers_by_date(profile: Profile) -> None:
    answer = ask("Which came first, Zeta or Alpha?", profile)
    assert answer.text.startswith("Of the papers named, the earliest is Alpha")
    assert cited_titles(answer) == {"Alpha", "Zeta"}


def test_content_questions_are_left_to_retrieval(profile: Profile) -> None:
    query = parse_query("What does Zeta forecast?", profile)
    assert answer_facts(query, profile, None) is None


def test_mixed_question_without_a_searcher_falls_back(profile: Profile) -> None:
    query = parse_query("How many papers since 2020 are about rain forecasting?", profile)
    assert query.needs_search and answer_facts(query, profile, None) is None


def test_mixed_question_filters_then_searches_then_counts(assistant: Assistant) -> None:
    profile = assistant.profile
    query = parse_query("How many papers since 2022 are about rainfall forecasting?", profile)
    answer = answer_facts(query, profile, assistant.searcher)
    assert answer is not None
    assert answer.text.startswith("1 of the 4 listed papers")
    assert cited_titles(answer) == {"RainNet"}
    assert any("rainfall" in e.casefold() for e in answer.citations[0].evidence)


@pytest.mark.parametrize(
    "question",
    [
        "Which paper has the most authors?",
        "papers with more than 2 authors?",
        "which of his papers has the longest author list",
    ],
)
def test_author_list_sizes_come_from_complete_lists_only(profile: Profile, question: str) -> None:
    answer = ask(question, profile)
    complete = [p for p in profile.papers if not p.authors_truncated]
    cut = len(profile.papers) - len(complete)
    assert answer.text.startswith("The complete author lists"), answer.text
    assert len(answer.citations) == len(complete)
    largest = max(complete, key=lambda p: len(p.authors))
    assert f"({len(largest.authors)} authors)" in answer.text.split("\n")[1]
    assert f"{cut} of the" in answer.text and "not known" in answer.text
    assert_markers_match_citations(answer)


@pytest.mark.parametrize(
    "question",
    [
        "papers with more than 10 authors?",
        "Which of her papers has the most co-authors?",
        "which paper of his has the biggest author list",
        "I'm curious which of their papers credits the largest number of authors.",
        "Minghui Qiu's paper with the longest list of authors?",
        "paper with teh most authers?",
    ],
)
def test_author_list_sizes_are_declined_when_every_list_is_cut(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith("The profile cannot count authors"), answer.text[:120]
    assert answer.abstained, answer.text[:120]  # a decline, flagged as one


def tied_profile() -> Profile:
    """Three papers on the newest day and two on the oldest, listed out of date order."""
    days = [("Aug 8, 2023", "Iota"), ("Jan 10, 2020", "Theta"), ("Aug 8, 2023", "Kappa"),
            ("Mar 5, 2021", "Lambda"), ("Aug 8, 2023", "Mu"), ("Jan 10, 2020", "Nu")]  # fmt: skip
    papers = "\n".join(
        f"CL{day}\n{name}: A Study of {name}\n\nTest Owner, Carl Wu\n\n{name} studies text.\n"
        for day, name in days
    )
    return parse_profile(f"Test Owner\n\nCL\n\n6 Papers\n\n{papers}", captured_year=2026)


@pytest.mark.parametrize(
    ("question", "first"),
    [
        ("What is his most recent paper?", ["Iota"]),
        ("What are his 2 most recent papers?", ["Iota", "Kappa"]),
        ("What are his 4 most recent papers?", ["Iota", "Kappa", "Mu", "Lambda"]),
        ("What is his earliest paper?", ["Theta"]),
        ("What are his 3 earliest papers?", ["Theta", "Nu", "Lambda"]),
    ],
)
def test_newest_and_oldest_papers_on_one_day_come_in_listing_order(
    question: str, first: list[str]
) -> None:
    answer = ask(question, tied_profile())
    shown = re.findall(r"(\w+): A Study of", answer.text)
    assert shown == first


@pytest.mark.parametrize(
    ("question", "place"),
    [
        ("second author count for minghui qiu?", "second"),
        pytest.param(
            "Qiu's second-author count?",
            "second",
            marks=pytest.mark.xfail(strict=True, reason="'second-author' is kept as a topic"),
        ),
        ("third author count for qiu", "third"),
        pytest.param(
            "I'm curious about her third-author count.",
            "third",
            marks=pytest.mark.xfail(strict=True, reason="'third-author' is kept as a topic"),
        ),
        ("how many papers list Minghui Qiu second", "second"),
    ],
)
def test_a_place_in_the_author_list_counted_is_no_author_list_size(
    bundled_assistant: Assistant, question: str, place: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert not answer.abstained, answer.text[:120]
    assert answer.text.startswith(f"Minghui Qiu is the {place} author of"), answer.text[:120]
    assert answer.citations


def test_more_complete_author_lists_than_are_listed_are_counted_not_all_shown() -> None:
    """45 complete author lists (a large profile has thousands): the largest MAX_LISTED
    shown with their sizes, the rest counted; before, the answer failed on the list's end."""
    papers = "\n".join(
        f"CLJan {i % 28 + 1}, {2000 + i}\nPaper {i}: On Topic {i}\n\n"
        f"{', '.join(['Test Owner', *(f'Author{i}x{k}' for k in range(i % 7))])}\n\n"
        f"Paper {i} studies topic {i}.\n"
        for i in range(45)
    )
    profile = parse_profile(f"Test Owner\n\nCL\n\n45 Papers\n\n{papers}", captured_year=2026)
    for question in ("Which paper has the most authors?", "papers with the longest author list"):
        answer = ask(question, profile)
        lines = answer.text.split("\n")
        assert lines[1].endswith("(7 authors)") and "- ... and 5 more" in lines, answer.text
        sized = [line for line in lines if line.endswith(" authors)")]
        assert len(answer.citations) == MAX_LISTED == len(sized)
        assert_markers_match_citations(answer)
