"""Papers pointed at by description, by a title's opening words, or by a name typed loosely."""

from __future__ import annotations

import pytest

from bot.settings import BUNDLED_PROFILE
from prompts.answer.compare import name
from prompts.understand.described import PREFIX, TitleIndex, _stem, _tokens, asks_compare
from prompts.understand.intent import Vote
from retrieval.ingest.text_format import parse_profile
from retrieval.model import Paper, Profile
from retrieval.names import NameIndex


@pytest.fixture(scope="module")
def profile() -> Profile:
    return parse_profile(BUNDLED_PROFILE.read_text(encoding="utf-8"), captured_year=2026)


@pytest.fixture(scope="module")
def titles(profile: Profile) -> TitleIndex:
    return TitleIndex(profile.papers, NameIndex(profile.papers))


def short(papers: list[Paper]) -> list[str]:
    return [name(p) for p in papers]


@pytest.mark.parametrize(
    ("description", "found"),
    [
        ("session-based recommendation", 2),
        ("session rec", 2),  # each word the start of a title word
        ("session based recommendation", 2),  # the compound typed apart
        ("rainfall reconstruction", 1),
        ("fundus disease", 1),
        ("knowledge prompting", 1),  # not 'Knowledge Enhanced Contrastive Prompting'
        ("quantum chemistry", 0),
    ],
)
def test_a_description_finds_the_titles_that_say_it(
    titles: TitleIndex, description: str, found: int
) -> None:
    assert len(titles.titled(description)) == found


@pytest.mark.parametrize(
    ("question", "rewritten"),
    [
        ("what category the rainfall reconstruction paper has", "the RainSeer paper"),
        ("In the fundus disease paper, how many diseases?", "the RetiZero paper"),
        ("Compare the two session-based recommendation papers.", "Compare GCE-GNN and SRGI."),
        ("difference between the two session rec papers pls", "between GCE-GNN and SRGI pls"),
        ("How does the knowledge prompting paper differ from DKPLM?", "the KP-PLM paper differ"),
    ],
)
def test_descriptions_are_replaced_by_the_papers_names(
    titles: TitleIndex, question: str, rewritten: str
) -> None:
    assert rewritten in titles.resolve(question)


@pytest.mark.parametrize(
    "question",
    [
        "Tell me about the second paper.",  # an ordinal: the conversation's
        "What is the latest paper?",
        "Which session-based recommendation papers does she have?",  # no 'the': a topic
        "Which of the session-based recommendation papers have code?",  # no comparison
        "Compare the two Valley papers.",  # three titles say Valley: not two
        "What is the knowledge distillation paper about?",  # three say it: which one?
    ],
)
def test_ambiguous_or_ordering_descriptions_are_left_alone(
    titles: TitleIndex, question: str
) -> None:
    assert titles.resolve(question) == question


@pytest.mark.parametrize(
    ("question", "names"),
    [
        ("whats the diff between valley and valley 2", ["Valley", "Valley2"]),
        ("valley 2 vs valley 3", ["Valley2", "Valley3"]),
        ("kp-plm vs dkplm - what's different?", ["KP-PLM", "DKPLM"]),
        ("gce-gnn vs srgi?", ["GCE-GNN", "SRGI"]),
        (
            "how Global Context Enhanced GNN compares with Exploring Global Information for SBR",
            ["GCE-GNN", "SRGI"],
        ),
    ],
)
def test_names_typed_loosely_are_found_in_the_order_said(
    titles: TitleIndex, question: str, names: list[str]
) -> None:
    assert short(titles.named(question)) == names


@pytest.mark.parametrize(
    ("question", "intent", "asked"),
    [
        ("I'm curious how KP-PLM and DKPLM each inject knowledge.", "retrieval", True),
        ("KP-PLM or DKPLM: which is faster?", "retrieval", True),
        ("whats the diff between valley and valley 2", "retrieval", True),
        ("How many papers did she publish each year?", "timeline", False),
        ("Which of Valley or Valley2 has code?", "paper", False),
    ],
)
def test_a_comparison_is_asked_in_many_words(question: str, intent: str, asked: bool) -> None:
    assert asks_compare(question, Vote.known("fact"), intent) is asked


def test_a_body_of_work_is_not_read_as_one_paper(titles: TitleIndex) -> None:
    question = "How has the nowcasting work evolved?"
    assert titles.resolve(question) == question
    assert "Seeing Inside the Storm" in titles.resolve("What data did the nowcasting paper use?")


@pytest.mark.parametrize(
    "question", ["Compare the two papers.", "How do the three papers differ?", "the 2 papers vs?"]
)
def test_a_number_alone_describes_nothing(titles: TitleIndex, question: str) -> None:
    assert titles.resolve(question) == question


def scan_titled(papers: list[Paper], description: str) -> list[Paper]:
    """The reference: every position of every title tried against the description's words."""
    found: set[int] = set()
    for hyphens in (False, True):
        want = [_stem(t) for t in _tokens(description, hyphens)]
        if not want or len(want[0]) < 2:
            continue
        for i, paper in enumerate(papers):
            words = _tokens(paper.title, hyphens)
            for at in range(len(words) - len(want) + 1):
                if all(
                    t.startswith(w) if len(w) >= PREFIX else t == w
                    for t, w in zip(words[at : at + len(want)], want, strict=True)
                ):
                    found.add(i)
    return [papers[i] for i in sorted(found)]


def test_descriptions_find_what_a_scan_of_every_title_finds(
    profile: Profile, titles: TitleIndex
) -> None:
    # Runs of one to three title words, whole, cut to their first letters or with a slip,
    # from every bundled title: the index finds the papers the scan finds, no more, no fewer.
    asked = set()
    for paper in profile.papers:
        words = paper.title.split()
        for n in (1, 2, 3):
            for at in range(len(words) - n + 1):
                run = words[at : at + n]
                asked |= {" ".join(run), " ".join(w[:4] for w in run), " ".join(run) + "x"}
    assert len(asked) > 1000
    for description in sorted(asked):
        assert titles.titled(description) == scan_titled(profile.papers, description), description
