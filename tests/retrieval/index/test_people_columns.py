"""People counted from a kept profile's columns (the people table of papers.sqlite3) are the
people counted from the papers themselves: the same names, spelled the same way, the same
papers in the same order, for the whole profile and for papers cut down by filters; and
counting them reads no paper."""

from __future__ import annotations

import datetime as dt
import gc
from pathlib import Path

import pytest

from retrieval import people
from retrieval.filters import Filters
from retrieval.index.columns import PaperColumns
from retrieval.index.papers import FILE, PaperTable, write_table
from retrieval.model import Paper, Profile
from tests.retrieval.index.test_columns import FAMILY, PROFILE

OWNER = "Minghui Qiu"


def respelled(profile: Profile) -> Profile:
    """The bundled profile with its owner and a co-author spelled several ways: a tie between
    two spellings, a paper listing one person twice in two spellings, case and spacing."""
    papers = []
    for i, paper in enumerate(profile.papers):
        authors = list(paper.authors)
        for j, name in enumerate(authors):
            if name == OWNER and i % 3 == 1:
                authors[j] = "MingHui Qiu"
            elif name == OWNER and i % 5 == 2:
                authors[j] = "Minghui  QIU"
            elif name == "Jun Huang" and i % 2:
                authors[j] = "JUN Huang"
        if i == 4:
            authors.append("jun  huang")  # listed twice, spelled two ways
        papers.append(paper.model_copy(update={"authors": authors}))
    return profile.model_copy(update={"papers": papers})


PROFILES = {"bundled": PROFILE, "respelled": respelled(PROFILE)}


def ranking(found: list[people.Person]) -> list[tuple[str, list[str]]]:
    return [(person.name, [p.id for p in person.papers]) for person in found]


def by_date(papers: list[Paper]) -> list[Paper]:
    return sorted(papers, key=lambda p: (p.date, p.n))


@pytest.fixture(params=sorted(PROFILES))
def kept(request: pytest.FixtureRequest, tmp_path: Path) -> tuple[Profile, PaperColumns]:
    profile = PROFILES[request.param]
    write_table(tmp_path / FILE, profile, "stamp")
    return profile, PaperColumns(PaperTable(tmp_path / FILE))


def test_the_respelled_profile_has_names_spelled_several_ways() -> None:
    spelled = {a for p in PROFILES["respelled"].papers for a in p.authors if "qiu" in a.casefold()}
    assert {"Minghui Qiu", "MingHui Qiu", "Minghui  QIU"} <= spelled


def test_people_of_the_whole_table_are_those_of_the_papers(
    kept: tuple[Profile, PaperColumns],
) -> None:
    profile, columns = kept
    expected = ranking(people.people(list(profile.papers)))
    assert ranking(people.people(columns.papers)) == expected
    top = people.coauthors(columns.papers, OWNER)[:5]
    assert [(p.name, len(p.papers)) for p in top] == [
        (p.name, len(p.papers)) for p in people.coauthors(list(profile.papers), OWNER)[:5]
    ]


@pytest.mark.parametrize("filters", FAMILY, ids=lambda f: f.describe() or "none")
def test_people_of_filtered_papers_are_those_of_the_papers(
    kept: tuple[Profile, PaperColumns], filters: Filters
) -> None:
    profile, columns = kept
    chosen = by_date([p for p in profile.papers if filters.matches(p)])
    assert ranking(people.people(columns.select(filters))) == ranking(people.people(chosen))
    assert people.lower_bound_note(columns.select(filters)) == people.lower_bound_note(chosen)


def test_counting_people_of_a_kept_table_reads_no_paper(
    kept: tuple[Profile, PaperColumns],
) -> None:
    _, columns = kept
    gc.collect()
    before = sum(isinstance(o, Paper) for o in gc.get_objects())
    ranked = people.coauthors(columns.papers, OWNER)
    counts = [len(person.papers) for person in ranked]
    gc.collect()
    assert sum(isinstance(o, Paper) for o in gc.get_objects()) == before
    assert counts[0] > 1


NAMES = [["Jun Huang"], ["jun  HUANG", "minghui qiu"], ["Chengyu Wang", "Jun Huang"], ["Nobody"]]


@pytest.mark.parametrize("names", NAMES, ids=" & ".join)
@pytest.mark.parametrize("filters", [Filters(), Filters(year_from=2022), Filters(has_code=True)])
def test_papers_with_people_are_picked_from_the_people_table(
    kept: tuple[Profile, PaperColumns], names: list[str], filters: Filters
) -> None:
    profile, columns = kept
    chosen = by_date([p for p in profile.papers if filters.matches(p)])
    expected = [p.id for p in people.papers_with(chosen, names)]
    gc.collect()
    before = sum(isinstance(o, Paper) for o in gc.get_objects())
    found = people.papers_with(columns.select(filters), names)
    assert len(found) == len(expected)
    gc.collect()
    assert sum(isinstance(o, Paper) for o in gc.get_objects()) == before  # none read to pick
    assert [p.id for p in found] == expected
    whole = people.papers_with(columns.papers, names)
    assert [p.id for p in whole] == [p.id for p in people.papers_with(profile.papers, names)]


def test_the_whole_ranking_kept_is_the_papers_ranking_however_it_is_asked(
    kept: tuple[Profile, PaperColumns],
) -> None:
    """The ranking over every paper is kept once made (issue 12: at 100k papers it sorted
    every author slot at each 'most frequent co-authors'); asked first or after a selection,
    again, or as every row in another order, it is the papers' own; a selection asked after it
    is kept is still that selection's."""
    profile, columns = kept
    whole = ranking(people.people(list(profile.papers)))
    recent = Filters(year_from=2022)
    chosen = ranking(people.people(by_date([p for p in profile.papers if recent.matches(p)])))
    assert chosen != whole
    assert ranking(people.people(columns.select(recent))) == chosen  # before the whole is kept
    assert ranking(people.people(columns.papers)) == whole
    assert ranking(people.people(columns.papers)) == whole  # asked again: the kept one
    every_row = list(range(len(profile.papers)))[::-1]  # every paper, newest row first
    assert [(n, r.tolist()) for n, r in columns.people(every_row)] == [
        (n, r.tolist()) for n, r in columns.people(None)
    ]
    assert ranking(people.people(columns.select(recent))) == chosen  # after: not the whole
    listed = [(n, r.tolist()) for n, r in columns.people(every_row[1:])]  # all but one paper
    assert listed != [(n, r.tolist()) for n, r in columns.people(None)]
    top = [(p.name, len(p.papers)) for p in people.coauthors(columns.papers, OWNER)[:5]]
    assert top == [(p.name, len(p.papers)) for p in people.coauthors(profile.papers, OWNER)[:5]]


def same_day(profile: Profile) -> Profile:
    """The respelled profile with its papers on three days only: a person's papers ordered by
    date then by their place in the listing, most of them tied on the date."""
    days = [dt.date(2021, 5, 4), dt.date(2019, 1, 1), dt.date(2021, 5, 4)]
    papers = [p.model_copy(update={"date": days[i % 3]}) for i, p in enumerate(profile.papers)]
    return profile.model_copy(update={"papers": papers})


@pytest.mark.parametrize("filters", [Filters(), Filters(year_from=2020), Filters(has_code=False)])
def test_each_persons_papers_are_in_date_then_listing_order_when_dates_tie(
    tmp_path: Path, filters: Filters
) -> None:
    """The ranking sorts every author slot by person, then by the paper's place in time (issue
    12: one key for both, not lexsort of two); with most papers on one day, each person's papers
    come oldest first and, on a day, in the listing's order, as counting the papers gives."""
    profile = same_day(PROFILES["respelled"])
    write_table(tmp_path / FILE, profile, "stamp")
    columns = PaperColumns(PaperTable(tmp_path / FILE))
    chosen = by_date([p for p in profile.papers if filters.matches(p)])
    expected = ranking(people.people(chosen))
    assert ranking(people.people(columns.select(filters))) == expected
    assert any(len(papers) > 2 for _, papers in expected)  # ties to order
    in_memory = PaperColumns(list(profile.papers))
    assert ranking(people.people(in_memory.select(filters))) == expected
