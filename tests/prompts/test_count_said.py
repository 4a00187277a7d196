"""A count on a topic of a profile kept on disk reads no paper the keyword index proves to name
the topic (its words said one after another, only spaces between: issue 12, the count at 100k
papers read ~700 records per asking). The papers it counts, lists and cites, and the sentences
it quotes, are those of reading every candidate, however the topic is written in the papers
and however the question is put; an ingest that adds, changes or drops papers keeps the proof
in step."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence, Set
from pathlib import Path

import numpy as np
import pytest

from prompts.assistant import Assistant
from retrieval import names
from retrieval.filters import Filters
from retrieval.index.columns import columns_of
from retrieval.index.embedder import MiniLMEmbedding
from retrieval.index.keyword import Found, KeywordIndex, said_terms
from retrieval.index.papers import PaperTable
from retrieval.index.store import PaperIndex, open_client
from retrieval.ingest.text_format import parse_profile
from retrieval.model import Paper
from tests.prompts import synthetic

YEAR = 2012
# (abstract, whether it names 'speech enhancement'): the proof finds the plain ones; the
# others are read, named or not
ABSTRACTS = [
    ("We apply speech enhancement to recordings of rooms.", True),
    ("Our speech enhancements help hearing aids.", True),
    ("A SPEECH ENHANCEMENT front end for phones.", True),
    ("Wearable speech  enhancement under wind.", True),  # two spaces
    ("Small speech-enhancement models for earbuds.", True),  # one word, read
    ("We compare speech - enhancement methods.", True),  # a lone hyphen, read
    ("Speech enhancement (SE) removes noise from calls.", True),
    ("We study SE for hearing aids in cafes.", False),  # named when 'SE' is read as it: read
    ("Results on clean speech. Enhancement of video follows.", False),
    ("Features of speech/enhancement pairs are logged.", False),
    ("Nonspeech enhancement of alarms in factories.", False),
    ("A speech enhancement-based pipeline for radios.", False),
    ("The enhancement of speech by gain control.", False),
]
TITLED = "Speech Enhancement in Cars"  # a title naming it, the abstract not


def profile_text() -> str:
    """The topic's papers in YEAR (and one a year before and after), then unrelated papers
    over 2000-2025 (so that its words are no background words)."""
    papers = [
        (f"Quiet{i}: Voices in Rooms, Study {i}", a, YEAR) for i, (a, _) in enumerate(ABSTRACTS)
    ]
    papers.append((TITLED, "We measure noise in moving cars.", YEAR))
    papers += [
        (f"Early{y}: Speech Enhancement Then", "Speech enhancement then.", y)
        for y in (YEAR - 1, YEAR + 1)
    ]
    for i in range(26):
        for title, said in synthetic.OTHERS[:2]:
            name = title.format(i=i).split(":")[0]
            papers.append((title.format(i=i), f"{name} {said} in case {i}.", 2000 + i))
    items = [
        f"SD{synthetic.MONTHS[i % 12]} {1 + i % 27}, {year}\n{title}\n\nAda Example, Bo Li\n\n{abstract}\n"
        for i, (title, abstract, year) in enumerate(papers)
    ]
    head = (
        f"Ada Example\n\nSD\nh-index3\n{len(papers)}papers\n10citations\nNovelty40%\n"
        f"AI Score55\n\n{len(papers)} Papers\n\n"
    )
    return head + "\n".join(items)


@pytest.fixture(scope="module")
def bot(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return synthetic.opened(tmp_path_factory.mktemp("count-said"), profile_text())


def unproven(keywords: KeywordIndex, words: list[list[str]], days: object = None) -> Found:
    """No paper proven: every candidate read, as before the proof."""
    return Found(keywords._ids, np.array([], dtype=np.int64))


QUESTIONS = [
    f"How many papers on speech enhancement in {YEAR}?",
    f"how many speech enhancement papers did she put out in {YEAR}",  # casual, lower case
    f"Count Ada Example's {YEAR} papers on speech enhancement.",  # the name
    f"In {YEAR}, how many of their papers were about speech enhancement?",  # they
    f"I would like to know the number of speech enhancement papers from {YEAR}.",  # indirect
    f"Number of papers about speech enhancment published in {YEAR}?",  # a typo
    f"Which {YEAR} papers are on speech enhancement?",  # a list
    f"How many of her {YEAR} papers are not about speech enhancement?",  # negated
]


def answer(bot: Assistant, question: str) -> tuple[str, list[tuple[str, list[str]]]]:
    got = bot.ask(question)
    return got.text, [(c.paper_id, c.evidence) for c in got.citations]


@pytest.mark.parametrize("question", QUESTIONS)
def test_a_count_proven_by_the_index_counts_cites_and_quotes_as_one_that_reads_every_paper(
    bot: Assistant, question: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    proven = answer(bot, question)
    with monkeypatch.context() as m:
        m.setattr(KeywordIndex, "papers_saying", unproven)
        read = answer(bot, question)
    assert proven == read
    if "not about" in question:
        return
    cited = {pid for pid, _ in proven[1]}
    naming = {p.id for p in bot.profile.papers if _names(p)}
    assert len(naming) == sum(named for _, named in ABSTRACTS) + 1  # and the titled one
    assert naming <= cited, proven[0]
    assert all(f"({YEAR}-" in line for line in proven[0].splitlines() if line.startswith("- "))


def _names(paper: Paper) -> bool:
    if paper.title == TITLED:
        return True
    quiet = re.match(r"Quiet(\d+):", paper.title)
    return quiet is not None and ABSTRACTS[int(quiet[1])][1]


@pytest.mark.parametrize(
    "topic",
    [
        "speech enhancement",
        "Speech Enhancements",
        "speech-enhancement",
        "SE",
        "enhancement",
        "speech",
    ],
)
def test_mentions_proven_by_the_index_are_those_found_by_reading(
    bot: Assistant, topic: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    for years in ([YEAR], []):
        proven = dict(mentioned(bot, topic, years).items())
        with monkeypatch.context() as m:
            m.setattr(KeywordIndex, "papers_saying", unproven)
            assert proven == dict(mentioned(bot, topic, years).items()), (topic, years)
        assert proven, topic


def test_a_count_reads_none_of_the_papers_the_index_proves_to_name_the_topic(
    bot: Assistant, monkeypatch: pytest.MonkeyPatch
) -> None:
    read: list[int] = []
    rows = PaperTable.rows

    def reading(table: PaperTable, wanted: Iterable[int]) -> list[Paper]:
        read.extend(wanted := list(wanted))
        return rows(table, wanted)

    monkeypatch.setattr(PaperTable, "rows", reading)
    found = set(mentioned(bot, "enhancement", [YEAR]))  # which papers, not yet their sentences
    columns = columns_of(bot.profile)
    keep = columns.kept(Filters(), [YEAR])
    proven = bot.searcher.keywords.papers_saying([["enhancement"]], columns.days(keep))
    assert len(proven) >= 6 and set(proven) <= found
    assert read and not {columns.row[i] for i in proven} & set(read)


def mentioned(bot: Assistant, topic: str, years: list[int]) -> names.Said:
    """`mentions` of the topic as a count asks it (among the papers of `years`, if any)."""
    columns = columns_of(bot.profile)
    keep = columns.kept(Filters(), years)

    def among(ids: Set[str] | None) -> Sequence[Paper]:
        return columns.among(ids, keep)

    days = columns.days(keep)
    return names.mentions([], topic, bot.searcher.keywords, among, None, columns.bracketed, days)


def test_said_words_are_side_by_side_only_with_spaces_between() -> None:
    assert said_terms("Speech  Enhancement", "speech. Enhancement (SE)") == [
        "speech", "enhancement", "|", "speech", "|", "enhancement", "|", "se", "|",
    ]  # fmt: skip
    assert said_terms("a - b", "x/y")[:3] == ["a", "|", "b"]


def test_an_ingest_that_adds_changes_or_drops_papers_keeps_the_proof_in_step(
    tmp_path: Path, embedder: MiniLMEmbedding
) -> None:
    profile = parse_profile(profile_text(), captured_year=2026)
    index = PaperIndex(open_client(tmp_path), "ada", embedder)
    index.ingest(profile)
    words = [["speech", "speeches"], ["enhancement", "enhancements"]]

    def proven() -> set[str]:
        keywords = index.keywords()
        keywords.know([p.id for p in profile.papers])
        return set(keywords.papers_saying(words))

    def said() -> set[str]:  # the words with only spaces between, in a title or an abstract
        phrase = re.compile(r"(?<![\w-])speech(es)?\s+enhancements?(?![\w-])", re.IGNORECASE)
        return {p.id for p in profile.papers if phrase.search(p.title) or phrase.search(p.abstract)}

    assert proven() == said() and len(said()) == 8
    dropped = next(p for p in profile.papers if p.abstract.startswith("We apply speech"))
    retitled = next(p for p in profile.papers if p.title == TITLED)
    retitled.title = "Noise in Cars"  # no longer named by its title
    changed = next(p for p in profile.papers if p.abstract.startswith("Our speech"))
    changed.abstract = "Our denoisers help hearing aids."
    added = profile.papers[-1].model_copy(
        update={
            "title": "Loud Rooms",
            "id": "loud-rooms",
            "n": len(profile.papers) + 1,
            "abstract": "Hear speech enhancement.",
        }
    )
    before = said()
    profile.papers = [p for p in profile.papers if p is not dropped] + [added]
    index.ingest(profile, confirmed=True)
    assert proven() == said() == (before - {dropped.id, retitled.id, changed.id}) | {added.id}
