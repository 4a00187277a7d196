"""The keyword index on disk: follows every ingest, survives a crash, is rebuilt when stale."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval.index import keyword
from retrieval.index.columns import PaperColumns
from retrieval.index.embedder import MiniLMEmbedding
from retrieval.index.keyword import KeywordIndex, remove
from retrieval.index.papers import PaperTable, write_table
from retrieval.index.store import KEYWORD_DIR, PaperIndex, collection_name, open_client
from retrieval.ingest.text_format import parse_profile
from retrieval.search import Searcher
from tests.conftest import SMALL_PROFILE


def make_index(path: Path, embedder: MiniLMEmbedding) -> PaperIndex:
    return PaperIndex(open_client(path), "ada", embedder)


def on_disk(path: Path) -> KeywordIndex:
    """The keyword index as another process opens it."""
    return KeywordIndex(path / KEYWORD_DIR / collection_name("ada"))


def papers_found(index: PaperIndex, words: str) -> set[str]:
    """Titles of the papers whose chunks the keyword index finds for these words."""
    found = index.keywords().search(words, 60)
    if not found:
        return set()
    got = index.collection().get(ids=list(found), include=["metadatas"])
    return {str(m["title"]) for m in got["metadatas"] or []}


def test_keyword_index_follows_adds_updates_and_deletes(
    tmp_path: Path, embedder: MiniLMEmbedding
) -> None:
    index = make_index(tmp_path, embedder)
    profile = parse_profile(SMALL_PROFILE, captured_year=2026)
    index.ingest(profile)
    assert on_disk(tmp_path).count() == index.collection().count()
    assert on_disk(tmp_path).version() == index.version()
    graphsum = next(p for p in profile.papers if p.title.startswith("GraphSum"))
    assert papers_found(index, "sentence graphs") == {graphsum.title}

    graphsum.abstract += " It also summarizes meeting transcripts."
    pixel = next(p for p in profile.papers if p.title.startswith("PixelGuard"))
    profile.papers.remove(pixel)
    index.ingest(profile, confirmed=True)
    assert on_disk(tmp_path).count() == index.collection().count()
    assert papers_found(index, "meeting transcripts") == {graphsum.title}
    assert papers_found(index, "adversarial patches") == set()  # its paper was removed


def test_interrupted_ingest_is_detected_and_the_keyword_index_rebuilt_on_open(
    tmp_path: Path, embedder: MiniLMEmbedding
) -> None:
    profile = parse_profile(SMALL_PROFILE, captured_year=2026)
    make_index(tmp_path, embedder).ingest(profile)
    profile.papers[0].abstract += " Transcripts of meetings are summarized as well."
    crashing = make_index(tmp_path, embedder)

    def crash(done: int, total: int) -> None:
        if done:  # after the first batch is written (0 is said before any batch)
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        crashing.ingest(profile, progress=crash)
    assert on_disk(tmp_path).version() != crashing.version()  # stale, and known to be

    reopened = make_index(tmp_path, embedder)  # the next process: repairs from Chroma
    keywords = reopened.keywords()
    assert keywords.version() == reopened.version()
    assert keywords.count() == reopened.collection().count()
    # The chunk Chroma got before the crash is found by its words.
    assert papers_found(reopened, "transcripts meetings") == {profile.papers[0].title}


def test_a_store_without_a_keyword_index_gets_one_and_search_uses_it(
    tmp_path: Path, embedder: MiniLMEmbedding
) -> None:
    profile = parse_profile(SMALL_PROFILE, captured_year=2026)
    make_index(tmp_path, embedder).ingest(profile)
    (tmp_path / KEYWORD_DIR / collection_name("ada") / "profilebot-version").unlink()
    index = make_index(tmp_path, embedder)
    searcher = Searcher(index.collection(), embedder, index.load_profile(), index.keywords())
    top = searcher.search("FewRel relation extraction").hits[0]
    assert top.paper.title.startswith("Few-shot Relation Extraction")
    assert top.lexical > 0 and "FewRel" in " ".join(top.sentences)


def test_dropping_a_profile_removes_its_keyword_index(
    tmp_path: Path, embedder: MiniLMEmbedding
) -> None:
    index = make_index(tmp_path, embedder)
    index.ingest(parse_profile(SMALL_PROFILE, captured_year=2026))
    index.drop()
    assert not (tmp_path / KEYWORD_DIR / collection_name("ada")).exists()


def test_papers_found_by_words_are_the_same_read_from_the_key_column(
    tmp_path: Path, embedder: MiniLMEmbedding
) -> None:
    profile = parse_profile(SMALL_PROFILE, captured_year=2026)
    make_index(tmp_path, embedder).ingest(profile)
    asks = [[["relation"], ["extraction"]], [["graph", "graphs"]], [["model", "models"]]]
    stored = on_disk(tmp_path)  # no paper ids known: each chunk's stored id is read
    keyed = on_disk(tmp_path)
    keyed.know({p.id for p in profile.papers})
    for words in asks:
        found = keyed.papers_with(words)
        assert found and found == stored.papers_with(words)
    assert keyed.papers_like("graph.*") == stored.papers_like("graph.*")
    keyed.know({p.id for p in profile.papers[1:]})  # a paper it does not know: read as before
    assert keyed.papers_like("graph.*") == stored.papers_like("graph.*")


def test_a_keyword_index_of_an_older_layout_is_rebuilt_on_open(
    tmp_path: Path, embedder: MiniLMEmbedding
) -> None:
    import tantivy

    profile = parse_profile(SMALL_PROFILE, captured_year=2026)
    index = make_index(tmp_path, embedder)
    index.ingest(profile)
    path = tmp_path / KEYWORD_DIR / collection_name("ada")
    remove(path)  # the layout before the `key` column, stamped as complete
    builder = tantivy.SchemaBuilder()
    builder.add_text_field("id", stored=True, tokenizer_name="raw")
    builder.add_text_field("paper", stored=False, tokenizer_name="raw")
    builder.add_text_field("text", stored=False, tokenizer_name="whitespace", index_option="freq")
    path.mkdir(parents=True)
    tantivy.Index(builder.build(), path=str(path), reuse=True)
    (path / "profilebot-version").write_text(index.version())

    reopened = make_index(tmp_path, embedder)
    keywords = reopened.keywords()
    assert keywords.version() == reopened.version()
    assert keywords.count() == reopened.collection().count()
    graphsum = next(p for p in profile.papers if p.title.startswith("GraphSum"))
    assert papers_found(reopened, "sentence graphs") == {graphsum.title}


def test_papers_found_by_words_come_from_the_kept_keys_without_hashing_any_id(
    tmp_path: Path, embedder: MiniLMEmbedding, monkeypatch: pytest.MonkeyPatch
) -> None:
    profile = parse_profile(SMALL_PROFILE, captured_year=2026)
    make_index(tmp_path, embedder).ingest(profile)
    write_table(tmp_path / "papers.sqlite3", profile, "stamp")
    columns = PaperColumns(PaperTable(tmp_path / "papers.sqlite3"))
    stored, keyed = on_disk(tmp_path), on_disk(tmp_path)
    keyed.know(columns.ids, columns.keys)  # as a kept profile's searcher does at open

    def hashed(paper_id: str) -> int:
        raise AssertionError("a paper key computed per question")

    monkeypatch.setattr(keyword, "paper_key", hashed)
    for words in ([["relation"], ["extraction"]], [["graph", "graphs"]], [["rainfall"]]):
        found = keyed.papers_with(words)
        assert found and found == stored.papers_with(words), words
    assert keyed.papers_like("forecast.*") == stored.papers_like("forecast.*")
