"""A kept profile's title words live in its papers' file: finding papers by words of their
titles ('the session rec papers', 'Exploring Global Information for ...') gives what the
titles indexed in memory give, and a question splits only the titles its words point at,
not every title of the profile."""

from __future__ import annotations

import re
from collections.abc import Sequence

import pytest

from prompts.understand import described
from prompts.understand.described import TitleIndex
from retrieval.index.columns import PaperColumns
from retrieval.index.papers import PaperTable
from retrieval.model import Paper, Profile
from retrieval.names import NameIndex

# Ways people point at papers by their titles' words: descriptions (typed apart, hyphenated,
# cut short, misspelled, in capitals) and questions opening with a title's first words.
DESCRIPTIONS = (
    "session-based recommendation",
    "session based recommendation",
    "session rec",
    "Session-Based Rec",
    "sesion based recommendation",
    "rainfall reconstruction",
    "fundus disease",
    "knowledge prompting",
    "knowledge-enhanced",
    "KNOWLEDGE ENHANCED PRE-TRAINED",
    "meta learning",
    "graph neural",
    "quantum chemistry",
    "qa",
)
QUESTIONS = (
    "Compare the two session-based recommendation papers.",
    "difference between the two session rec papers pls",
    "what category the rainfall reconstruction paper has",
    "In the fundus disease paper, how many diseases?",
    "How does the knowledge prompting paper differ from DKPLM?",
    "is the quantum chemistry paper any good",
)


def in_memory(profile: Profile) -> TitleIndex:
    return TitleIndex(profile.papers, NameIndex(profile.papers))


def kept(table: PaperTable) -> TitleIndex:
    return TitleIndex(table, NameIndex(list(table)), PaperColumns(table))


def openings(profile: Profile) -> list[str]:
    """Questions that open with each title's first three to five words, as typed."""
    found = []
    for paper in profile.papers:
        words = paper.title.split()
        found += [f"tell me about {' '.join(words[:3])}", f"{' '.join(words[:5]).lower()}?"]
    return found


def ids(papers: Sequence[Paper]) -> list[str]:
    return [p.id for p in papers]


def test_descriptions_find_the_same_papers_in_the_kept_file(
    profile: Profile, table: PaperTable
) -> None:
    memory, disk = in_memory(profile), kept(table)
    title_words = {w for p in profile.papers for w in re.findall(r"[\w-]+", p.title.lower())}
    family = [*DESCRIPTIONS, *(w[:4] for w in sorted(title_words) if len(w) > 5)]
    found = 0
    for description in family:
        assert ids(disk.titled(description)) == ids(memory.titled(description)), description
        found += bool(memory.titled(description))
    assert found > len(family) // 2  # the family finds papers, not only agreement on none


def test_questions_resolve_alike_from_the_kept_file(profile: Profile, table: PaperTable) -> None:
    memory, disk = in_memory(profile), kept(table)
    for question in [*QUESTIONS, *openings(profile)]:
        assert ids(disk.openings(question)) == ids(memory.openings(question)), question
        assert ids(disk.named(question)) == ids(memory.named(question)), question
        assert disk.resolve(question) == memory.resolve(question), question
    opened = [q for q in openings(profile)[::2] if memory.openings(q)]
    assert len(opened) > 0.8 * len(profile.papers)  # nearly every title, by its opening


def test_a_question_splits_only_the_titles_its_words_point_at(
    profile: Profile, table: PaperTable, monkeypatch: pytest.MonkeyPatch
) -> None:
    split: list[str] = []
    tokens = described._tokens

    def counted(text: str, hyphens: bool) -> list[str]:
        split.append(text)
        return tokens(text, hyphens)

    monkeypatch.setattr(described, "_tokens", counted)
    disk = kept(table)
    for asked in ("session rec", "rainfall reconstruction", "knowledge prompting"):
        split.clear()
        assert disk.titled(asked)
        titles = [t for t in split if t != asked]
        assert len(titles) <= 6, asked  # the few titles with those words, not all 50
    split.clear()
    assert disk.openings(openings(profile)[0])
    assert len(split) <= 4
