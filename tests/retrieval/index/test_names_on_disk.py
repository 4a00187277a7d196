"""A kept profile's paper names live in its papers' file: the papers a question names (by a
short name, a title, in lower case, 'the X paper', misspelled) are found the same from the
file as from names indexed in memory, and opening the profile reads no paper to index them."""

from __future__ import annotations

import pytest

from prompts.understand.described import TitleIndex
from prompts.understand.mentions import Mentions
from retrieval.index.columns import PaperColumns
from retrieval.index.papers import PaperTable
from retrieval.model import Profile
from retrieval.names import NameIndex, aliases

# Ways people name papers: the short name as written, in lower case, with 'paper', a title
# typed in other case, one slip in a name, and questions naming two papers or none.
TEMPLATES = (
    "What is {name} about?",
    "tell me about {lower} pls",
    "Who wrote the {name} paper?",
    "is {lower} any good",
    "I'm curious whether {name} has code",
    "compare {name} and {other}",
    "when did she publish {name}",
    "what does {upper} do",
)
NAMED_NOTHING = (
    "What has she published on knowledge distillation?",
    "How many papers did they publish in 2023?",
    "Who are his most frequent co-authors?",
    "",
    "!!!",
)


def questions(profile: Profile) -> list[str]:
    """Every paper named each way, by each of its names, plus questions naming none."""
    asked = list(NAMED_NOTHING)
    papers = profile.papers
    for i, paper in enumerate(papers):
        other = aliases(papers[(i + 1) % len(papers)])[0]
        for name in aliases(paper):
            slip = name[:2] + name[3:] if len(name) > 6 else name
            for template in TEMPLATES:
                asked.append(
                    template.format(name=name, lower=name.lower(), upper=slip.upper(), other=other)
                )
    return asked


def test_the_papers_a_question_names_are_found_alike_in_the_kept_file(
    profile: Profile, table: PaperTable
) -> None:
    memory = NameIndex(profile.papers)
    disk = NameIndex(table, kept=table.names())
    named = 0
    for question in questions(profile):
        expected = [p.id for p in memory.named(question)]
        assert [p.id for p in disk.named(question)] == expected, question
        named += bool(expected)
    assert named > len(questions(profile)) // 2  # the family names papers, not only none
    assert disk.one_word() == memory.one_word()
    assert [disk.aliases[i] for i in range(len(table))] == memory.aliases


def test_lower_case_and_misspelled_names_are_written_alike_from_the_kept_file(
    profile: Profile, table: PaperTable
) -> None:
    memory = TitleIndex(profile.papers, NameIndex(profile.papers))
    disk = TitleIndex(table, NameIndex(table, kept=table.names()), PaperColumns(table))
    for question in questions(profile):
        assert disk.cased(question, frozenset()) == memory.cased(question, frozenset()), question
        assert disk.cased(question, frozenset(), meta=True) == memory.cased(
            question, frozenset(), meta=True
        )


def test_opening_a_kept_profile_reads_no_paper_to_index_their_names(
    profile: Profile, table: PaperTable, monkeypatch: pytest.MonkeyPatch
) -> None:
    read: list[int] = []
    rows = PaperTable.rows

    def counted(self: PaperTable, wanted: object) -> list[object]:
        got = rows(self, wanted)  # type: ignore[arg-type]
        read.extend(range(len(got)))
        return got  # type: ignore[return-value]

    monkeypatch.setattr(PaperTable, "rows", counted)
    kept = profile.model_copy()
    kept.__dict__["papers"] = table
    mentions = Mentions(kept)
    assert read == []
    named = mentions.papers.named("Who wrote the DKPLM paper, and is HRKD related?")
    assert {p.short_title for p in named} >= {"DKPLM"}
    assert len(read) <= 4  # the papers those names point at
