"""`profilebot ingest --openalex/--semantic-scholar/--arxiv` and `profilebot sync`, run as a
user would, against the three APIs' stand-ins on 127.0.0.1."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from typer.testing import CliRunner

from bot.main import app
from tests.source_apis import (
    GRAPHSUM,
    PIXEL,
    RAIN,
    Fault,
    SourceApis,
    SourceServer,
    ada_apis,
    openalex_work,
    serve_three_sources,
)

runner = CliRunner()
THREE = ["--openalex", "A5023888391", "--semantic-scholar", "1741101", "--arxiv", "Ada Example"]
NEW = "TideNet: Forecasting Coastal Floods from Tide Gauges"


@pytest.fixture
def apis() -> SourceApis:
    return serve_three_sources(ada_apis())


@pytest.fixture
def source_env(
    env: dict[str, str | None], apis: SourceApis, tmp_path: object
) -> Iterator[dict[str, str | None]]:
    with SourceServer(apis) as server:
        yield (
            env
            | server.settings_env()
            | {
                "PROFILEBOT_DATA_DIR": f"{tmp_path}/data",
                "PROFILEBOT_PROFILE": "ada",
                "PROFILEBOT_CONTACT_EMAIL": "lab@example.org",
                "PROFILEBOT_SOURCE_MAX_RETRIES": "1",
            }
        )


def exported(env: dict[str, str | None]) -> dict[str, object]:
    result = runner.invoke(app, ["export"], env=env)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_three_sources_make_one_profile_without_duplicates(
    source_env: dict[str, str | None], apis: SourceApis
) -> None:
    result = runner.invoke(app, ["ingest", *THREE], env=source_env)
    assert result.exit_code == 0, result.output
    assert "Profile Ada Example from OpenAlex A5023888391, Semantic Scholar 1741101, arXiv" in (
        result.stdout
    )
    assert "3 papers (3 added, 0 updated, 0 removed; 3 found in more than one source merged)" in (
        result.stdout
    )
    assert f"+ {GRAPHSUM} (2021-03-03; openalex, semantic-scholar, arxiv)" in result.stdout
    data = exported(source_env)
    papers = data["papers"]
    assert isinstance(papers, list)
    assert [p["title"] for p in papers] == [RAIN, PIXEL, GRAPHSUM]
    assert data["stats_source"] == "OpenAlex" and data["h_index"] == 17
    assert [s["kind"] for s in data["sources"]] == ["openalex", "semantic-scholar", "arxiv"]
    stats = runner.invoke(app, ["stats"], env=source_env)
    assert "Header numbers from OpenAlex" in stats.stdout and "17" in stats.stdout
    asked = runner.invoke(app, ["ask", "What is the h-index?"], env=source_env)
    assert "h-index 17 (profile header, from OpenAlex)" in asked.stdout
    # The polite pool: every OpenAlex request carried the contact address.
    assert all(
        s.params.get("mailto") == "lab@example.org" for s in apis.seen if "openalex" in s.path
    )


def test_sync_fetches_again_and_prints_what_changed(
    source_env: dict[str, str | None], apis: SourceApis
) -> None:
    assert runner.invoke(app, ["ingest", *THREE], env=source_env).exit_code == 0
    unchanged = runner.invoke(app, ["sync"], env=source_env)
    assert unchanged.exit_code == 0, unchanged.output
    assert "No paper changed." in unchanged.stdout
    apis.openalex_works.append(
        openalex_work(5, NEW, ["Ada Example"], "2025-09-01", "TideNet predicts coastal floods.")
    )
    apis.arxiv_entries.pop()  # RainNet is gone from arXiv, its only source
    result = runner.invoke(app, ["sync"], env=source_env)
    assert result.exit_code == 0, result.output
    assert f"+ {NEW} (2025-09-01; openalex)" in result.stdout
    assert f"- {RAIN} (2024-02-14; arxiv)" in result.stdout
    assert "(1 added, 0 updated, 1 removed;" in result.stdout
    answer = runner.invoke(
        app, ["ask", "--json", "Which paper forecasts coastal floods?"], env=source_env
    )
    assert json.loads(answer.stdout)["citations"][0]["title"] == NEW


def test_a_sync_that_would_empty_the_profile_asks_for_yes(
    source_env: dict[str, str | None], apis: SourceApis
) -> None:
    apis.openalex_works += [
        openalex_work(10 + i, f"Extra study {i}", ["Ada Example"], "2023-01-01") for i in range(6)
    ]
    assert runner.invoke(app, ["ingest", *THREE], env=source_env).exit_code == 0
    apis.openalex_works[:] = apis.openalex_works[:1]
    refused = runner.invoke(app, ["sync"], env=source_env)
    assert refused.exit_code == 1
    assert "no longer list 6 of the 9 papers" in refused.stderr
    assert "--yes" in refused.stderr and "Traceback" not in refused.output
    assert len(exported(source_env)["papers"]) == 9  # type: ignore[arg-type]
    done = runner.invoke(app, ["sync", "--yes"], env=source_env)
    assert done.exit_code == 0 and "6 removed" in done.stdout
    assert len(exported(source_env)["papers"]) == 3  # type: ignore[arg-type]


def test_a_failing_source_changes_nothing_and_says_so(
    source_env: dict[str, str | None], apis: SourceApis
) -> None:
    assert runner.invoke(app, ["ingest", *THREE], env=source_env).exit_code == 0
    apis.faults["s2"] = [Fault(502, "<html>Bad Gateway</html>", {"Retry-After": "0"})] * 2
    result = runner.invoke(app, ["sync"], env=source_env)
    assert result.exit_code == 1
    assert "Semantic Scholar failed after 2 tries: HTTP 502" in result.stderr
    assert "The index was not changed." in result.stderr
    assert len(exported(source_env)["papers"]) == 3  # type: ignore[arg-type]
    apis.faults["s2"] = [Fault(503, "", {"Retry-After": "0"})] * 2
    rebuild = runner.invoke(app, ["ingest", "--rebuild", *THREE], env=source_env)
    assert rebuild.exit_code == 1 and "HTTP 503" in rebuild.stderr
    assert len(exported(source_env)["papers"]) == 3  # type: ignore[arg-type]


def test_bad_works_are_reported_and_the_rest_indexed(
    source_env: dict[str, str | None], apis: SourceApis
) -> None:
    apis.openalex_works.append(
        openalex_work(9, "Bad", ["Ada Example"], "2020-01-01", publication_date="13/13/2020")
    )
    result = runner.invoke(app, ["ingest", "--openalex", "A5023888391"], env=source_env)
    assert result.exit_code == 0, result.output
    assert "1 work could not be used as given (the rest were kept):" in result.stderr
    assert "  OpenAlex work https://openalex.org/W9: skipped, malformed field" in (result.stderr)
    assert "2 papers" in result.stdout


def test_sync_without_sources_and_bad_ids_say_what_to_do(
    source_env: dict[str, str | None], apis: SourceApis
) -> None:
    apis.s2_papers.clear()
    empty = runner.invoke(app, ["ingest", "--semantic-scholar", "1741101"], env=source_env)
    assert empty.exit_code == 1
    assert "Semantic Scholar 1741101 listed no papers: check the ids" in empty.stderr
    assert "The index was not changed." in empty.stderr
    plain = runner.invoke(app, ["sync", "--profile", "default"], env=source_env)
    assert plain.exit_code == 1
    assert "has no sources to sync from: run `profilebot ingest --openalex ID`" in plain.stderr
    bad = runner.invoke(app, ["ingest", "--openalex", "Ada"], env=source_env)
    assert bad.exit_code == 1 and "not an OpenAlex author id" in bad.stderr
    both = runner.invoke(app, ["ingest", "x.txt", "--openalex", "A1"], env=source_env)
    assert both.exit_code == 2 and "not both" in both.stderr


def test_sources_into_a_profile_from_a_file_ask_before_replacing_it(
    source_env: dict[str, str | None],
) -> None:
    as_default = source_env | {"PROFILEBOT_PROFILE": None, "PROFILEBOT_PROFILE_FILE": None}
    assert runner.invoke(app, ["ingest"], env=as_default).exit_code == 0  # the bundled demo
    before = len(exported(as_default)["papers"])  # type: ignore[arg-type]
    refused = runner.invoke(app, ["ingest", "--openalex", "A5023888391"], env=as_default)
    assert refused.exit_code == 1
    assert f"these sources would replace {before} of the {before} papers profile 'default'" in (
        refused.stderr
    )
    assert len(exported(as_default)["papers"]) == before  # type: ignore[arg-type]
    done = runner.invoke(app, ["ingest", "--openalex", "A5023888391", "--yes"], env=as_default)
    assert done.exit_code == 0 and f"{before} removed" in done.stdout


def test_sync_all_syncs_every_profile_with_sources_and_reports_each_failure(
    source_env: dict[str, str | None], apis: SourceApis
) -> None:
    assert (
        runner.invoke(app, ["ingest", "--openalex", "A5023888391"], env=source_env).exit_code == 0
    )
    as_bob = ["ingest", "--profile", "bob", "--arxiv", "Ada Example"]
    assert runner.invoke(app, as_bob, env=source_env).exit_code == 0
    assert runner.invoke(app, ["ingest", "--profile", "filed"], env=source_env).exit_code == 0
    apis.openalex_works.append(openalex_work(5, NEW, ["Ada Example"], "2025-09-01"))
    apis.faults["arxiv"] = [Fault(503, "", {"Retry-After": "0"})] * 2
    result = runner.invoke(app, ["sync", "--all"], env=source_env)
    assert result.exit_code == 1
    assert "ada\n" in result.stdout and f"+ {NEW}" in result.stdout  # ada synced
    assert "arXiv failed after 2 tries: HTTP 503" in result.stderr  # bob's failure, one line
    assert "filed" not in result.stdout  # a file profile has nothing to sync
