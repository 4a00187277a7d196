"""Patterns given as text are compiled once and kept by a least-recently-used cache of our own
(`retrieval.text.compiled`, issue 12): `re`'s cache of 512 drops the oldest pattern first, so
each question's own patterns (its topic, names, acronyms) pushed out the fixed cues every
question reads, and those were compiled again by the hundred on whichever question came next.
What a user sees must not depend on what either cache holds."""

from __future__ import annotations

import re

import pytest

from prompts.assistant import Assistant
from retrieval.text import compiled
from tests.prompts import synthetic

CUES = [
    (r"\bmost recent\b|\blatest\b|\bnewest\b", re.IGNORECASE),
    (r"\bsince (?P<year>\d{4})\b", 0),
    (r"(?<![\w-])co-?authors?(?![\w-])", re.I),
    (r"\bwith (?:code|a repo)\b", re.IGNORECASE | re.VERBOSE),
]
TEXTS = [
    "What is their LATEST paper?",
    "papers since 2019 with code",
    "Who are Noor's co-authors since 2021?",
    "any with a repo, most recent first",
    "nothing here",
]


@pytest.mark.parametrize(("pattern", "flags"), CUES)
def test_a_kept_pattern_finds_what_re_finds(pattern: str, flags: int) -> None:
    for text in TEXTS:
        kept, fresh = compiled(pattern, flags).search(text), re.compile(pattern, flags).search(text)
        assert (kept and (kept.span(), kept.groupdict())) == (
            fresh and (fresh.span(), fresh.groupdict())
        )


def test_the_flags_are_part_of_what_is_kept() -> None:
    assert compiled("latest").search("LATEST") is None
    assert compiled("latest", re.IGNORECASE).search("LATEST") is not None
    assert compiled("latest").search("LATEST") is None  # the case-blind one did not replace it


def test_a_cue_read_at_every_question_stays_compiled_however_many_patterns_pass() -> None:
    cue = compiled(r"\bwhich of (?:those|them|these)\b", re.IGNORECASE)
    for i in range(3 * (compiled.cache_info().maxsize or 0)):  # three times what it holds
        compiled(rf"\bone-off{i}\b", re.IGNORECASE)
        if i % 50 == 0:  # a question: the cue is read again
            assert compiled(r"\bwhich of (?:those|them|these)\b", re.IGNORECASE) is cue
    assert compiled(r"\bwhich of (?:those|them|these)\b", re.IGNORECASE) is cue


def profile_text() -> str:
    papers = []
    for i in range(30):
        title = f"TideCell{i}: Wave Energy Converters for Coastal Microgrids, Site {i}"
        abstract = (
            f"Site {i} studies tidal forecasting. We size wave energy converters (WECs) for a "
            f"coastal microgrid in setting {i}. Code is at https://github.com/noor/tidecell{i}."
        )
        papers.append((title, abstract))
    return synthetic.profile_text(papers, "SY", others=30, kinds=3)


@pytest.fixture(scope="module")
def bot(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return synthetic.opened(tmp_path_factory.mktemp("compiled"), profile_text())


# Facts, people and topic shapes, each a few ways (formal, casual, a typo, indirect, negated)
QUESTIONS = [
    "What is Ada Example's most recent paper?",
    "whats the newest thing they put out",
    "Which wave energy converter papers since 2010 have code?",
    "any WEC papers w/ code after 2012?",
    "How many papers on wave energy converters in 2005?",
    "how many papres on wave energy converters did she write",
    "What was the first paper on coastal microgrids?",
    "Who are the most frequent co-authors?",
    "Which papers did Ada write with Bo Li since 2020?",
    "I wonder which of the papers are not about rainfall.",
]


def answers(bot: Assistant) -> list[tuple[str, bool, list[str]]]:
    out = []
    for question in QUESTIONS:
        answer = bot.ask(question)
        out.append((answer.text, answer.abstained, [c.paper_id for c in answer.citations]))
    return out


def test_answers_do_not_depend_on_what_the_pattern_caches_hold(bot: Assistant) -> None:
    compiled.cache_clear()
    re.purge()
    cold = answers(bot)
    assert answers(bot) == cold  # asked again, every cue kept
    for i in range(6000):  # other questions' patterns, through both caches
        compiled(rf"(?<![\w-])flood{i}(?![\w-])", re.IGNORECASE)
        re.search(rf"flood{i}x", "text")
    assert answers(bot) == cold
    assert sum(not a[1] for a in cold) >= 6  # most questions are answered, not declined
