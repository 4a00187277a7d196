"""Importing profiles from BibTeX and saved OpenAlex works, and load_profile's dispatch."""

from __future__ import annotations

import copy
import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from retrieval.ingest.errors import ProfileError
from retrieval.ingest.importers import profile_from_bibtex, profile_from_openalex
from retrieval.ingest.load import load_profile, profile_to_json

EXAMPLES = Path(__file__).resolve().parents[3] / "data" / "examples"

# A fictional researcher's .bib, written the way Google Scholar and arXiv export it.
BIBTEX = r"""% exported by hand
@string{acl = {Findings of the Association for Computational Linguistics}}

@inproceedings{lind2023tables,
  title     = {{TabQA}: Answering Questions over Tables with {S}mall Models},
  author    = {Lind, Hanna and Okafor, Chidi and M{\"u}ller, J{\"o}rg},
  booktitle = acl,
  year      = {2023},
  month     = mar,
  primaryClass = {cs.CL},
  abstract  = {We answer questions over tables
               with small models; code at \url{https://github.com/example/tabqa}.},
}

@article{okafor2021robust,
  title    = {Robust Image Captioning under Distribution Shift},
  author   = {Okafor, Chidi and Lind, Hanna and others},
  journal  = {Journal of Made-up Vision},
  year     = 2021,
  keywords = {Computer Vision; robustness},
  doi      = {10.5555/jmv.2021.7},
}

@misc{lind2020notes,
  title  = {Notes on Evaluating Retrieval},
  author = {Lind, Hanna},
  year   = {2020},
  month  = {11},
  day    = {3},
  url    = {https://example.org/notes},
}
"""

# Three works as GET /works?filter=author.id:A5000000009 returns them (trimmed to what we read
# plus a few fields we ignore).
OPENALEX: dict[str, Any] = {
    "meta": {"count": 41, "db_response_time_ms": 18, "page": 1, "per_page": 3},
    "results": [
        {
            "id": "https://openalex.org/W4000000101",
            "doi": "https://doi.org/10.5555/made.up.101",
            "title": "Sparse <i>and</i> Dense Retrieval for Citations",
            "display_name": "Sparse and Dense Retrieval for Citations",
            "publication_year": 2022,
            "publication_date": "2022-05-17",
            "type": "article",
            "primary_location": {"is_oa": False, "landing_page_url": None, "pdf_url": None},
            "authorships": [
                {"author_position": "first", "author": {"display_name": "Rosa Delgado"}},
                {"author_position": "last", "author": {"display_name": "Hanna Lind"}},
            ],
            "cited_by_count": 10,
            "primary_topic": {
                "display_name": "Information Retrieval and Search Behavior",
                "subfield": {"display_name": "Information Systems"},
                "field": {"display_name": "Computer Science"},
            },
            "concepts": [
                {"display_name": "Computer science", "level": 0, "score": 0.9},
                {"display_name": "Information retrieval", "level": 1, "score": 0.7},
            ],
            "abstract_inverted_index": {
                "We": [0],
                "fuse": [1],
                "sparse": [2],
                "and": [3, 6],
                "dense": [4],
                "retrieval,": [5],
                "it": [7],
                "helps.": [8],
            },
        },
        {
            "id": "https://openalex.org/W4000000102",
            "doi": None,
            "title": "Seeing Charts",
            "publication_year": 2024,
            "publication_date": "2024-02-29",
            "primary_location": {"landing_page_url": "https://github.com/example/charts"},
            "authorships": [{"author": {"display_name": "Hanna Lind"}}],
            "is_authors_truncated": True,
            "cited_by_count": 2,
            "primary_topic": {
                "subfield": {"display_name": "Computer Vision and Pattern Recognition"},
                "field": {"display_name": "Computer Science"},
            },
            "abstract_inverted_index": None,
        },
        {
            "id": "https://openalex.org/W4000000103",
            "title": "Soil Moisture from Space",
            "publication_year": 2019,
            "publication_date": None,
            "authorships": [
                {"author": {"display_name": None}, "raw_author_name": "K. Osei"},
                {"author": {"display_name": "Hanna Lind"}},
            ],
            "cited_by_count": 0,
            "primary_topic": {
                "subfield": {"display_name": "Atmospheric Science"},
                "field": {"display_name": "Earth and Planetary Sciences"},
            },
        },
    ],
}


def test_bibtex_maps_titles_authors_dates_links_and_categories() -> None:
    profile = profile_from_bibtex(BIBTEX, name=None, source="lind.bib", captured_year=2025)

    assert profile.name == "Hanna Lind"  # the most frequent author
    assert profile.captured_year == 2025
    tab, captions, notes = profile.papers
    assert [p.n for p in profile.papers] == [1, 2, 3]
    assert tab.title == "TabQA: Answering Questions over Tables with Small Models"
    assert tab.authors == ["Hanna Lind", "Chidi Okafor", "Jörg Müller"]
    assert tab.date == dt.date(2023, 3, 1)
    assert tab.category == "CL"
    assert tab.has_code
    assert tab.abstract == (
        "We answer questions over tables with small models; code at https://github.com/example/tabqa."
    )
    assert captions.authors == ["Chidi Okafor", "Hanna Lind"]
    assert captions.authors_truncated  # 'and others'
    assert captions.date == dt.date(2021, 1, 1)
    assert captions.category == "CV"  # from the keyword 'Computer Vision'
    assert captions.url == "https://doi.org/10.5555/jmv.2021.7"
    assert not captions.has_code
    assert notes.date == dt.date(2020, 11, 3)
    assert notes.category == "misc"
    assert notes.url == "https://example.org/notes"


def test_bibtex_uses_the_given_name() -> None:
    profile = profile_from_bibtex(BIBTEX, name="Dr. H. Lind", source="lind.bib")
    assert profile.name == "Dr. H. Lind"


def test_bibtex_keeps_the_first_of_duplicate_titles_and_papers_with_reused_keys() -> None:
    extra = (
        "\n@misc{again, title = {TabQA: answering questions over tables with small models},"
        " author = {Lind, Hanna}, year = 2024}\n"
        "@misc{lind2020notes, title = {Another Paper}, author = {Lind, Hanna}, year = 2025}\n"
    )
    profile = profile_from_bibtex(BIBTEX + extra, name=None, source="lind.bib")

    titles = [p.title for p in profile.papers]
    assert titles[0].startswith("TabQA") and titles.count(titles[0]) == 1
    assert profile.papers[0].date.year == 2023  # the first one wins
    assert titles[-1] == "Another Paper"  # a reused key is still a paper
    assert [p.n for p in profile.papers] == [1, 2, 3, 4]


@pytest.mark.parametrize(
    ("bibtex", "line", "expected"),
    [
        ("\n\n@article{k1, author = {A, B}, year = 2020}", 3, "entry 'k1' has no title"),
        ("@article{k2, title = {T}, year = 2020}", 1, "entry 'k2' has no authors"),
        (
            "@article{ok, title={T}, author={A, B}, year=2020}\n\n@article{k3, title = {T}, "
            "author = {A, B}}",
            3,
            "entry 'k3' has no year; expected 'year = {2021}'",
        ),
        ("@article{k4, title={T}, author={A, B}, year=2020, month={Sprg}}", 1, "month 'Sprg'"),
        ("@article{k5, title={T}, author={A, B}, year=2021, month=2, day=30}", 1, "invalid date"),
        (
            "@article{k6, title={T}, author={Smith, John, Jr, Extra}, year=2020}",
            1,
            "expected authors like 'Last, First and First Last'",
        ),
        ("% nothing here\n", 1, "no BibTeX entries found"),
        (
            "@article{ok, title={T}, author={A, B}, year=2020}\n@article{k7, title = {T}\n",
            2,
            "broken BibTeX entry",
        ),
    ],
)
def test_bibtex_errors_name_the_line_and_what_was_expected(
    bibtex: str, line: int, expected: str
) -> None:
    with pytest.raises(ProfileError) as err:
        profile_from_bibtex(bibtex, name=None, source="bad.bib")
    assert err.value.line == line
    assert expected in str(err.value)
    assert str(err.value).startswith(f"bad.bib, line {line}: ")


def test_openalex_maps_works_and_rebuilds_abstracts() -> None:
    text = json.dumps(OPENALEX, indent=2)
    profile = profile_from_openalex(text, name=None, source="works.json", captured_year=2025)

    assert profile.name == "Hanna Lind"
    assert profile.citations == 12
    assert profile.papers_claimed == 41  # meta.count: more works exist than this page holds
    retrieval, charts, soil = profile.papers
    assert retrieval.title == "Sparse and Dense Retrieval for Citations"
    assert retrieval.authors == ["Rosa Delgado", "Hanna Lind"]
    assert retrieval.date == dt.date(2022, 5, 17)
    assert retrieval.abstract == "We fuse sparse and dense retrieval, and it helps."
    assert retrieval.category == "IR"  # from the concept, the subfield has no code
    assert retrieval.url == "https://doi.org/10.5555/made.up.101"
    assert not retrieval.has_code
    assert charts.date == dt.date(2024, 2, 29)
    assert charts.category == "CV"
    assert charts.has_code and charts.url == "https://github.com/example/charts"
    assert charts.authors_truncated
    assert charts.abstract == ""
    assert soil.authors == ["K. Osei", "Hanna Lind"]
    assert soil.date == dt.date(2019, 1, 1)  # only publication_year
    assert soil.category == "Earth and Planetary Sciences"  # the OpenAlex field, no code
    assert soil.url == "https://openalex.org/W4000000103"


def test_openalex_reads_a_bare_list_of_works_and_skips_duplicate_titles() -> None:
    works = OPENALEX["results"] + [copy.deepcopy(OPENALEX["results"][1])]
    works[-1]["id"] = "https://openalex.org/W4000000199"
    profile = profile_from_openalex(json.dumps(works), name="H. Lind", source="list.json")

    assert profile.name == "H. Lind"
    assert [p.title for p in profile.papers] == [
        "Sparse and Dense Retrieval for Citations",
        "Seeing Charts",
        "Soil Moisture from Space",
    ]
    assert profile.papers_claimed is None


def test_openalex_errors_name_the_work_and_what_was_expected() -> None:
    author = {"id": "https://openalex.org/A5000000009", "display_name": "Hanna Lind"}
    with pytest.raises(ProfileError, match="expected OpenAlex works"):
        profile_from_openalex(json.dumps({"results": "nope", **author}), source="a.json")
    with pytest.raises(ProfileError, match="line 3: invalid JSON"):
        profile_from_openalex('{"results": [\n\n  {"id": }]}', source="w.json")

    untitled = copy.deepcopy(OPENALEX)
    untitled["results"][1]["title"] = None
    text = json.dumps(untitled, indent=2)
    with pytest.raises(ProfileError) as err:
        profile_from_openalex(text, source="w.json")
    assert "work #2 (https://openalex.org/W4000000102) has no title" in str(err.value)
    assert text.splitlines()[err.value.line - 1].strip().startswith('"id": "https://openalex')

    bad_date = copy.deepcopy(OPENALEX)
    bad_date["results"][2]["publication_date"] = "sometime in 2019"
    with pytest.raises(ProfileError, match=r"work #3, field publication_date"):
        profile_from_openalex(json.dumps(bad_date), source="w.json")


def test_load_profile_dispatches_by_suffix_and_content(tmp_path: Path) -> None:
    bib = tmp_path / "lind.bib"
    bib.write_text("% my papers\n" + BIBTEX, encoding="utf-8")
    assert load_profile(bib, name="Hanna Lind").papers[0].title.startswith("TabQA")

    pasted = tmp_path / "pasted.txt"  # no .bib suffix, but it starts with an entry
    pasted.write_text(BIBTEX.split("\n", 2)[2], encoding="utf-8")
    assert len(load_profile(pasted).papers) == 3

    works = tmp_path / "works.json"
    works.write_text(json.dumps(OPENALEX), encoding="utf-8")
    assert load_profile(works, captured_year=2025).citations == 12

    own = tmp_path / "profile.json"  # profilebot's own JSON form still loads as before
    own.write_text(profile_to_json(load_profile(bib)), encoding="utf-8")
    assert load_profile(own).name == "Hanna Lind"

    with pytest.raises(ProfileError, match=r"broken\.bib, line 1: entry 'x' has no title"):
        bad = tmp_path / "broken.bib"
        bad.write_text("@misc{x, author = {A, B}, year = 2020}", encoding="utf-8")
        load_profile(bad)


@pytest.mark.parametrize("example", ["sample.bib", "openalex_works.json"])
def test_bundled_examples_import(example: str) -> None:
    profile = load_profile(EXAMPLES / example)
    assert profile.name == "Ada Quill"
    assert len(profile.papers) >= 3
    assert any(p.has_code for p in profile.papers)
    assert all(p.abstract for p in profile.papers)
