"""The most frequent co-authors of a large profile: each one's count is the whole count, and
their papers are cited up to the listing's limit (the earliest first), not by the thousand."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from prompts.answer.facts import answer_facts
from prompts.answer.wording import MAX_LISTED
from prompts.understand.router import parse_query
from retrieval.model import Paper, Profile

FREQUENT, OFTEN = MAX_LISTED + 25, 12  # papers with Rosa Frequent and with Ian Often


def profile(pronoun: str) -> Profile:
    papers = []
    for i in range(FREQUENT + 10):
        authors = ["Test Owner"]
        authors += ["Rosa Frequent"] if i < FREQUENT else [f"Guest Author{i % 2}"]
        authors += ["Ian Often"] if i % 6 == 0 and i < 6 * OFTEN else []
        papers.append(
            Paper(
                id=f"p{i}",
                n=i + 1,
                title=f"Study {i}: Graphs for Task {i}",
                authors=authors,
                authors_truncated=False,
                category="CL",
                date=dt.date(2010 + i // 12, 1 + i % 12, 1),
            )
        )
    return Profile(name="Test Owner", pronoun=pronoun, captured_year=2026, papers=papers)


FAMILY = [
    ("she", "Who are her most frequent co-authors?"),
    ("he", "who does he write the most papers with"),
    ("they", "Who have they collaborated with most often?"),
    ("she", "I am curious who Test Owner works with the most"),
    ("he", "top coauthors of Test Owner please"),
    ("they", "who are their most frequnt co-authors?"),
    ("he", "Could you tell me who co-authored most often with Test Owner?"),
    ("they", "who do they usually team up with?"),
]


@pytest.mark.parametrize(("pronoun", "question"), FAMILY)
def test_a_prolific_coauthor_is_counted_whole_and_cited_up_to_the_limit(
    pronoun: str, question: str
) -> None:
    owner = profile(pronoun)
    answer = answer_facts(parse_query(question, owner), owner, None)
    assert answer is not None and answer.route == "facts", question
    line = next(x for x in answer.text.splitlines() if x.startswith("- Rosa Frequent"))
    assert line.startswith(f"- Rosa Frequent: {FREQUENT} papers"), question
    assert len(re.findall(r"\[\d+\]", line)) == MAX_LISTED, question
    assert f"earliest {MAX_LISTED} cited" in line, question
    cited = {c.title for c in answer.citations}
    assert "Study 0: Graphs for Task 0" in cited  # the earliest are the ones cited
    assert f"Study {FREQUENT - 1}: Graphs for Task {FREQUENT - 1}" not in cited
    # a co-author under the limit keeps every paper cited, with no note
    often = next(x for x in answer.text.splitlines() if x.startswith("- Ian Often"))
    assert often.startswith(f"- Ian Often: {OFTEN} papers"), question
    assert len(re.findall(r"\[\d+\]", often)) == OFTEN and "cited)" not in often
