"""The keyword index holds each chunk's date (`day`): a query within some dates is narrowed by
the engine; an index written before the column is rebuilt on open, and a paper whose date
changes without its text gets its new date."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import tantivy

from retrieval.index.embedder import MiniLMEmbedding
from retrieval.index.keyword import KeywordIndex, remove
from retrieval.index.store import KEYWORD_DIR, PaperIndex, collection_name, open_client
from retrieval.ingest.text_format import parse_profile
from retrieval.model import Profile
from tests.conftest import SMALL_PROFILE

ASKS = [[["relation"], ["extraction"]], [["graph", "graphs"]], [["model", "models"]], [["the"]]]


def make_index(path: Path, embedder: MiniLMEmbedding) -> PaperIndex:
    return PaperIndex(open_client(path), "ada", embedder)


def within(profile: Profile, first: dt.date, last: dt.date) -> set[str]:
    return {p.id for p in profile.papers if first <= p.date <= last}


def days(first: dt.date, last: dt.date) -> tuple[int, int]:
    return first.toordinal(), last.toordinal()


def check_dated(keywords: KeywordIndex, profile: Profile) -> None:
    """Within any range, the papers found are those found at any date that are dated in it."""
    keywords.know([p.id for p in profile.papers])
    ranges = [(dt.date(2021, 1, 1), dt.date(2021, 12, 31)), (dt.date(2022, 1, 1), dt.date.max)]
    ranges += [(dt.date(1990, 1, 1), dt.date(2000, 1, 1)), (dt.date.min, dt.date.max)]
    narrowed = 0
    for words in ASKS:
        anywhen = keywords.papers_with(words)
        for first, last in ranges:
            got = keywords.papers_with(words, days(first, last))
            if anywhen is None:
                assert got is None
                continue
            assert got is not None
            assert set(got) == set(anywhen) & within(profile, first, last), (words, first)
            narrowed += len(set(anywhen) - set(got))
    like = keywords.papers_like("graph.*", days(dt.date(2021, 1, 1), dt.date(2021, 12, 31)))
    assert set(like) == set(keywords.papers_like("graph.*")) & within(
        profile, dt.date(2021, 1, 1), dt.date(2021, 12, 31)
    )
    assert narrowed > 0  # some range left papers out


def test_a_query_within_dates_finds_only_the_papers_dated_in_them(
    tmp_path: Path, embedder: MiniLMEmbedding
) -> None:
    profile = parse_profile(SMALL_PROFILE, captured_year=2026)
    index = make_index(tmp_path, embedder)
    index.ingest(profile)
    check_dated(index.keywords(), profile)


def test_a_keyword_index_written_before_the_day_column_is_rebuilt_on_open(
    tmp_path: Path, embedder: MiniLMEmbedding
) -> None:
    profile = parse_profile(SMALL_PROFILE, captured_year=2026)
    index = make_index(tmp_path, embedder)
    index.ingest(profile)
    path = tmp_path / KEYWORD_DIR / collection_name("ada")
    remove(path)  # the layout with the `key` column but no `day`, stamped as complete
    builder = tantivy.SchemaBuilder()
    builder.add_text_field("id", stored=True, tokenizer_name="raw")
    builder.add_text_field("paper", stored=False, tokenizer_name="raw")
    builder.add_unsigned_field("key", stored=False, indexed=False, fast=True)
    builder.add_text_field("text", stored=False, tokenizer_name="whitespace", index_option="freq")
    path.mkdir(parents=True)
    old = tantivy.Index(builder.build(), path=str(path), reuse=True)
    writer = old.writer(15_000_000, 1)
    writer.add_document(tantivy.Document(id="stale:paper", paper="stale", text="graph"))
    writer.commit()
    writer.wait_merging_threads()
    (path / "profilebot-version").write_text(index.version())

    reopened = make_index(tmp_path, embedder)
    keywords = reopened.keywords()  # no crash: read afresh from Chroma
    assert keywords.version() == reopened.version()
    assert keywords.count() == reopened.collection().count()
    check_dated(keywords, profile)  # no silent wrong answer: every chunk has its date


def test_a_paper_whose_date_alone_changes_is_found_at_its_new_date(
    tmp_path: Path, embedder: MiniLMEmbedding
) -> None:
    profile = parse_profile(SMALL_PROFILE, captured_year=2026)
    index = make_index(tmp_path, embedder)
    index.ingest(profile)
    graphsum = next(p for p in profile.papers if p.title.startswith("GraphSum"))
    graphsum.date = dt.date(2019, 5, 1)  # its sentence chunks' texts are the same
    index.ingest(profile, confirmed=True)
    keywords = KeywordIndex(tmp_path / KEYWORD_DIR / collection_name("ada"))
    keywords.know([p.id for p in profile.papers])
    searcher = keywords._index.searcher()
    found = searcher.search(
        tantivy.Query.term_query(keywords.schema, "paper", graphsum.id), limit=100
    ).hits
    dates = searcher.fast_field_values("day", [address for _, address in found])
    assert len(found) > 1 and set(dates) == {graphsum.date.toordinal()}
    in_2019 = days(dt.date(2019, 1, 1), dt.date(2019, 12, 31))
    in_2021 = days(dt.date(2021, 1, 1), dt.date(2021, 12, 31))
    assert graphsum.id in (keywords.papers_with([["graph", "graphs"]], in_2019) or set())
    assert graphsum.id not in (keywords.papers_with([["graph", "graphs"]], in_2021) or set())
