"""A count tests the texts of the papers naming its topic's words (hundreds at 100k papers) and
shows a few: the kept file gives their id, title and abstract without making them `Paper`s,
each text as the paper itself holds it, and the papers found the same as from whole papers."""

from __future__ import annotations

import gc
from pathlib import Path

from retrieval import names
from retrieval.index.papers import PaperRows, PaperTable, write_table
from retrieval.model import Paper, Profile

ABSTRACTS = (
    'We study "speech enhancement" of noisy calls.\nA second line follows.',
    "Überall: enhancing speech in cafés — with ünïcode and \\ backslashes.",
    "",  # no abstract
    "Nothing about the topic: rainfall forecasting from radar.",
    "SE, speech enhancement (SE), for hearing aids. Later sentences.",
)
TITLES = ("Calls", "Speech Enhancement in Cafés", "Speech enhancement, titled only", "Rain", "Aids")


def profile(tmp_path: Path) -> PaperTable:
    papers = [
        Paper(
            id=f"p{i}",
            n=i + 1,
            title=title,
            authors=["Ada Example"],
            authors_truncated=False,
            category="SD",
            date=f"20{10 + i}-01-0{1 + i}",
            abstract=abstract,
        )
        for i, (title, abstract) in enumerate(zip(TITLES, ABSTRACTS, strict=True))
    ]
    path = tmp_path / "papers.sqlite3"
    write_table(path, Profile(name="Ada Example", captured_year=2026, papers=papers), "stamp")
    return PaperTable(path)


def live_papers() -> int:
    gc.collect()
    return sum(isinstance(o, Paper) for o in gc.get_objects())


def test_texts_are_the_papers_own_and_read_without_making_papers(tmp_path: Path) -> None:
    table = profile(tmp_path)
    rows = [4, 0, 2, 1, 3, 0]  # any order, a row twice
    before = live_papers()
    texts = table.texts(rows)
    assert live_papers() == before  # no Paper made
    whole = [(p.id, p.title, p.abstract) for p in (table[r] for r in rows)]
    assert texts == whole
    assert table.texts(rows) == whole  # papers alive now: their own texts
    assert list(PaperRows(table, rows).texts()) == whole


def test_a_count_finds_the_same_papers_and_sentences_from_texts(tmp_path: Path) -> None:
    table = profile(tmp_path)
    rows = list(range(len(TITLES)))
    for topic in ("speech enhancement", "enhancing speech", "rainfall forecasting", "SE"):
        from_texts = names.mentions([], topic, among=lambda _, t=table: PaperRows(t, rows))
        from_papers = names.mentions(list(table[0 : len(TITLES)]), topic)
        assert dict(from_texts) == dict(from_papers), topic
    found = names.mentions([], "speech enhancement", among=lambda _: PaperRows(table, rows))
    assert list(found) == ["p0", "p1", "p2", "p4"]  # in the rows' order
    assert found["p0"].startswith('We study "speech enhancement"')
