"""Each source's client against its local stand-in: paging, politeness, retries, bad records."""

from __future__ import annotations

import pytest

from retrieval.sources.arxiv import fetch_arxiv
from retrieval.sources.http import SourceConfig, SourceError
from retrieval.sources.openalex import fetch_openalex
from retrieval.sources.semantic_scholar import fetch_semantic_scholar
from tests.source_apis import Fault, SourceApis, arxiv_entry, openalex_work, s2_paper

ABSTRACT = "We propose GraphSum, a graph attention model. It improves ROUGE-L by 4.2 points."


def many_works(count: int) -> list[dict[str, object]]:
    return [
        openalex_work(i, f"Study number {i} of graphs", ["Ada Example", "Bo Li"], "2020-05-01")
        for i in range(count)
    ]


def test_openalex_follows_the_cursor_and_rebuilds_abstracts(
    apis: SourceApis, config: SourceConfig
) -> None:
    apis.openalex_works = [
        openalex_work(
            1,
            "GraphSum: <i>Summarizing</i> Long Documents",
            ["Ada Example"],
            "2021-03-03",
            ABSTRACT,
            doi="10.1/GS",
        ),
        *many_works(150),
    ]
    got = fetch_openalex("A5023888391", config)
    assert len(got.records) == 151 and not got.problems
    first = got.records[0]
    assert first.title == "GraphSum: Summarizing Long Documents"
    assert first.abstract == ABSTRACT  # from abstract_inverted_index, word order restored
    assert first.doi == "10.1/gs" and first.source == "openalex"
    assert (got.h_index, got.citations, got.papers_claimed) == (17, 4321, 151)
    works = [s for s in apis.seen if s.path == "/openalex/works"]
    assert [w.params["cursor"] == "*" for w in works] == [True, False, False]  # 2 pages + end
    assert all(w.params["filter"] == "author.id:A5023888391" for w in works)
    assert all(w.params["mailto"] == "lab@example.org" for w in works)  # the polite pool
    assert all(w.params["api_key"] == "oa-key" for w in works)
    assert "lab@example.org" in works[0].headers["User-Agent"]


def test_openalex_finds_an_author_by_orcid(apis: SourceApis, config: SourceConfig) -> None:
    apis.openalex_works = many_works(2)
    got = fetch_openalex("https://orcid.org/0000-0002-1825-0097", config)
    assert got.name == "Ada Example" and len(got.records) == 2
    assert apis.seen[0].path == "/openalex/authors/orcid:0000-0002-1825-0097"


def test_openalex_unknown_author_says_so(config: SourceConfig) -> None:
    with pytest.raises(SourceError, match="OpenAlex has no author 'A1'"):
        fetch_openalex("A1", config)
    with pytest.raises(SourceError, match="not an OpenAlex author id"):
        fetch_openalex("Ada Example", config)


def test_429_waits_as_long_as_retry_after_says(
    apis: SourceApis, config: SourceConfig, waits: list[float]
) -> None:
    apis.openalex_works = many_works(3)
    apis.faults["openalex"] = [
        Fault(429, '{"error": "rate limited"}', {"Retry-After": "7"}),
        Fault(503, "<html>busy</html>"),
    ]
    got = fetch_openalex("A5023888391", config)
    assert len(got.records) == 3
    assert waits == [7.0, 4.0]  # Retry-After honoured; no header: backoff (2 s, then 4 s)


def test_persistent_5xx_fails_after_the_retries_and_names_the_source(
    apis: SourceApis, config: SourceConfig
) -> None:
    apis.faults["s2"] = [Fault(500, '{"message": "Internal Server Error"}')] * 10
    with pytest.raises(SourceError, match=r"Semantic Scholar failed after 4 tries: HTTP 500"):
        fetch_semantic_scholar("1741101", config)
    assert len(apis.seen) == 4


def test_a_retry_after_beyond_two_minutes_fails_at_once(
    apis: SourceApis, config: SourceConfig, waits: list[float]
) -> None:
    apis.faults["openalex"] = [Fault(429, "{}", {"Retry-After": "3600"})]
    with pytest.raises(SourceError, match="asks to wait 3600 s"):
        fetch_openalex("A5023888391", config)
    assert waits == []


def test_malformed_and_absurd_works_are_reported_and_the_rest_kept(
    apis: SourceApis, config: SourceConfig
) -> None:
    apis.openalex_works = [
        *many_works(2),
        openalex_work(7, "Bad date", ["Ada Example"], "2021-01-01", publication_date="soon"),
        openalex_work(8, "", ["Ada Example"], "2021-01-01", display_name=""),
        openalex_work(
            9,
            "From the future",
            ["Ada Example"],
            "2021-01-01",
            publication_date=None,
            publication_year=99999,
        ),
        "not a work",
        openalex_work(10, "No authors", [], "2021-01-01"),
    ]
    got = fetch_openalex("A5023888391", config)
    assert [r.title for r in got.records] == [
        "Study number 0 of graphs",
        "Study number 1 of graphs",
    ]
    text = "\n".join(got.problems)
    assert "W7: skipped, malformed field publication_date" in text
    assert "W8: skipped, no title" in text
    assert "'From the future'): skipped, year 99999" in text
    assert "'No authors'): skipped, no authors" in text
    assert len(got.problems) == 5


def test_semantic_scholar_pages_with_offset_and_next(
    apis: SourceApis, config: SourceConfig
) -> None:
    apis.s2_papers = [
        s2_paper(f"p{i}", f"Paper {i} on retrieval", ["Ada Example"], "2022-02-02")
        for i in range(230)
    ]
    got = fetch_semantic_scholar("1741101", config)
    assert len(got.records) == 230 and not got.problems
    pages = [s for s in apis.seen if s.path.endswith("/papers")]
    assert [p.params["offset"] for p in pages] == ["0", "100", "200"]
    assert all(p.headers["x-api-key"] == "s2-key" for p in pages)
    assert (got.h_index, got.citations, got.papers_claimed) == (15, 3999, 140)


def test_semantic_scholar_bounds_huge_author_lists_and_skips_untitled(
    apis: SourceApis, config: SourceConfig
) -> None:
    crowd = [f"Person {i}" for i in range(10_000)]
    apis.s2_papers = [
        s2_paper("big", "A large collaboration", crowd, "2020-01-01", abstract=None),
        s2_paper("none", None, ["Ada Example"], "2020-01-01"),  # type: ignore[arg-type]
        s2_paper("old", "Ancient", ["Ada Example"], None, year=1066),
        s2_paper("ids", "With ids", ["Ada Example"], "2020-01-01", doi="10.5/X", arxiv="2001.1"),
    ]
    got = fetch_semantic_scholar(
        "https://www.semanticscholar.org/author/Ada-Example/1741101", config
    )
    big, with_ids = got.records
    assert len(big.authors) == 100 and big.authors_truncated and big.abstract == ""
    assert (with_ids.doi, with_ids.arxiv_id) == ("10.5/x", "2001.1")
    assert any("kept the first 100 of 10,000 authors" in p for p in got.problems)
    assert any("paper none: skipped, no title" in p for p in got.problems)
    assert any("'Ancient'): skipped, year 1066" in p for p in got.problems)


def test_arxiv_reads_the_atom_feed(apis: SourceApis, config: SourceConfig) -> None:
    apis.arxiv_entries = [
        arxiv_entry(
            "2101.00001",
            "GraphSum: Summarizing\n  Long Documents",
            ["Ada Example", "Bo Li"],
            "2021-01-04",
            ABSTRACT,
            doi="10.1/gs",
            comment="Code: https://github.com/example/graphsum",
        ),
    ]
    got = fetch_arxiv("Ada Example", config)
    (record,) = got.records
    assert record.title == "GraphSum: Summarizing Long Documents"
    assert record.arxiv_id == "2101.00001" and record.doi == "10.1/gs"
    assert record.url == "https://arxiv.org/abs/2101.00001"
    paper = record.to_paper(1)
    assert paper.category == "CL" and paper.has_code
    assert apis.seen[0].params["search_query"] == 'au:"Ada Example"'
    assert apis.seen[0].params["sortBy"] == "submittedDate"


def test_arxiv_pages_politely_and_retries_a_spurious_empty_page(
    apis: SourceApis, config: SourceConfig, waits: list[float]
) -> None:
    apis.arxiv_entries = [
        arxiv_entry(f"2201.{i:05d}", f"Paper {i}", ["Ada Example"], "2022-01-10", "An abstract.")
        for i in range(150)
    ]
    apis.empty_arxiv_pages = 1
    got = fetch_arxiv("au:Example_A", config)
    assert len(got.records) == 150
    assert [s.params["start"] for s in apis.seen] == ["0", "100", "100"]
    assert waits == [3.0, 3.0]  # arXiv asks for 3 s between requests


def test_arxiv_empty_pages_fail_rather_than_shrink_the_profile(
    apis: SourceApis, config: SourceConfig
) -> None:
    apis.arxiv_entries = [
        arxiv_entry(f"2201.{i:05d}", f"Paper {i}", ["Ada Example"], "2022-01-10", "An abstract.")
        for i in range(150)
    ]
    apis.empty_arxiv_pages = 2
    with pytest.raises(SourceError, match="empty page at result 100 of 150 twice; try again later"):
        fetch_arxiv("au:Example_A", config)


def test_arxiv_malformed_feed_is_one_clear_error(apis: SourceApis, config: SourceConfig) -> None:
    apis.faults["arxiv"] = [Fault(200, "<feed><entry>")]
    with pytest.raises(SourceError, match="arXiv sent a feed that is not valid XML"):
        fetch_arxiv("Ada Example", config)


def test_an_empty_source_gives_no_records(apis: SourceApis, config: SourceConfig) -> None:
    assert fetch_openalex("A5023888391", config).records == []
    assert fetch_arxiv("Nobody Here", config).records == []


def test_a_server_that_does_not_answer_times_out_and_is_retried(
    apis: SourceApis, config: SourceConfig
) -> None:
    config.timeout, config.max_retries = 0.2, 1
    apis.faults["openalex"] = [Fault(200, "{}", hang=5.0)] * 2
    with pytest.raises(SourceError, match=r"OpenAlex failed after 2 tries: no answer within 0.2 s"):
        fetch_openalex("A5023888391", config)


def test_a_closed_port_says_it_cannot_connect(config: SourceConfig) -> None:
    config.max_retries = 0
    config.arxiv_url = "http://127.0.0.1:9/api/query"  # discard port: nothing listens
    with pytest.raises(SourceError, match="arXiv failed after 1 try: cannot connect"):
        fetch_arxiv("Ada Example", config)


def test_a_rejected_api_key_names_the_setting(apis: SourceApis, config: SourceConfig) -> None:
    apis.faults["s2"] = [Fault(403, '{"message": "Forbidden"}')]
    with pytest.raises(SourceError, match=r"HTTP 403 \(check SEMANTIC_SCHOLAR_API_KEY\)"):
        fetch_semantic_scholar("1741101", config)
