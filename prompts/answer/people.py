"""Exact answers about people (authors, co-authors, surnames), named papers and timelines."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from itertools import pairwise

import numpy as np

from prompts.answer.detail import METADATA, details_asked, stated
from prompts.answer.wording import (
    MAX_LISTED,
    Sources,
    coverage,
    echo,
    of_topic,
    plural,
    scope,
    versus,
    within,
)
from prompts.understand.amounts import claimed_share, count_verdict, share_lead
from prompts.understand.attributes import ABOUT_ASKED
from prompts.understand.operations import more_of_two, years_ranked
from prompts.understand.people import PLACES
from prompts.understand.reductions import SUMMED
from prompts.understand.router import Query
from prompts.understand.terms import YES_NO
from retrieval import facts, names, people
from retrieval.index.columns import columns_of
from retrieval.model import Paper, Profile, category_label
from retrieval.text import split_sentences

TOP_COAUTHORS = 5
TOP_FIRST_AUTHORS = 3
SHOWN_NAMED = 3  # cut author lines named one by one when none is complete
CODE_ASKED = re.compile(r"\b(?:code|github|repo\w*|implementation|open[- ]?sourced?)\b", re.I)


def _caveat(papers: Sequence[Paper]) -> list[str]:
    """The lower-bound note, as a line to add, when some of the papers' author lists are cut."""
    note = people.lower_bound_note(papers)
    return [note] if note else []


def _listed_per_year(profile: Profile) -> dict[int, int]:
    """Listed papers per year, every year from the first to the last (as `facts.timeline`)."""
    years = columns_of(profile).year
    if not len(years):
        return {}
    first = int(years.min())
    return {first + i: int(n) for i, n in enumerate(np.bincount(years - first))}


def _spellings(profile: Profile, name: str) -> str:
    """' (also spelled "ChengCheng Han")' when the listing spells a name more than one way."""
    seen = columns_of(profile).spellings(name) - {name}
    return f" (also spelled {', '.join(repr(s) for s in sorted(seen))})" if seen else ""


def _author_papers(query: Query, profile: Profile, papers: Sequence[Paper], src: Sources) -> str:
    names = query.people or [profile.name]
    found = people.papers_with(papers, names)
    # Of every listed paper (`papers` may already be cut down to the people asked about).
    caveat = [people.LOWER_BOUND] if columns_of(profile).truncated.any() else []
    who = " and ".join(f"{n}{_spellings(profile, n)}" for n in names)
    listed = f"{len(profile.papers)} listed papers{within(query)}"
    # 'Chengyu Wang stopped working with her after 2021, right?': papers since then say No
    f = query.filters
    stopped = STOPPED_WITH.search(query.question) and f.year_from and f.year_to is None
    if len(names) == 2 and more_of_two(query.question):  # 'who appears more, A or B?'
        return "\n".join([_more_of_two(query, profile, names, src), *caveat])
    if not found:
        if within(query) or len(names) > 1:
            none = "No: none" if YES_NO.match(query.question) else "None"
            none = "Yes: none" if stopped else none
            both = "both " if len(names) > 1 else ""
            return " ".join([f"{none} of the {listed} list {both}{who}.", *caveat])
        absent = f"No: {who} does not appear in the author lines of the {listed}."
        return " ".join([absent, *caveat])
    yes = "No: " if stopped else "Yes: " if YES_NO.match(query.question) else ""
    yes = count_verdict(query.passed, len(found)) or yes  # 'on more than one?': how many
    if claimed_share(query.question) is not None:  # 'is X on most of her papers?': of all
        unnamed = query.filters.model_copy(update={"authors": []})
        base = len(facts.select(profile, unnamed, query.years))
        yes = share_lead(query.question, len(found), base) or yes
    both = "list both " if len(names) > 1 else "list "
    lines = [f"{yes}{len(found)} of the {listed} {both}{who}:", *src.items(found), *caveat]
    if len(names) == 1 and PLACE_ASKED.search(query.question):  # 'her role on his papers'
        lines[1:1] = [_place(names[0], paper) for paper in found[:FEW_NAMED]]
    return "\n".join(lines)


def _more_of_two(
    query: Query, profile: Profile, names: list[str], src: Sources, first: bool = False
) -> str:
    """Each of two people's listed papers (or those they lead) counted, the one on more named
    first, both cited."""
    every = facts.select(profile, query.filters.model_copy(update={"authors": []}))

    def held(name: str) -> Sequence[Paper]:
        return people.first_authored(every, name) if first else people.papers_with(every, [name])

    counted = sorted(((n, held(n)) for n in names), key=lambda np_: -len(np_[1]))
    (a, pa), (b, pb) = counted
    listed = f"{len(every)} listed papers{within(query)}"
    both = len({p.id for p in pa} & {p.id for p in pb})
    shared = "" if first else f" {both} of them list both." if both else " None lists both."
    role = "lead" if first else "appear on"
    if len(pa) == len(pb):
        head = f"Neither: {a} and {b} each {role} {len(pa)} of the {listed}"
    else:
        one = "is first author of" if first else "appears on"
        head = f"{a} {one} more: {len(pa)} of the {listed}, against {len(pb)} for {b}"
    return f"{head}.{shared}\n{a}: {src.marks(pa) or 'none'}; {b}: {src.marks(pb) or 'none'}."


# Where on the byline: 'his role on the papers', 'in what author position', 'which slot'
PLACE_ASKED = re.compile(r"\b(?:roles?|positions?|place|spot|slot|order)\b", re.IGNORECASE)
BYLINE_PLACES = ("first", "second", "third")


def _place(name: str, paper: Paper) -> str:
    """'Huanjin Yao is the first author of R1-ShareVL (of 3 names listed).'"""
    at = next((i for i, a in enumerate(paper.authors) if people.same_person(a, name)), None)
    label = names.paper_label(paper).split(":")[0]
    if at is None:  # after the names listed: 'et al.'
        return f"{name} is among the authors after the first {len(paper.authors)} of {label}."
    more = " et al." if paper.authors_truncated else ""
    place = BYLINE_PLACES[at] if at < len(BYLINE_PLACES) else f"#{at + 1}"
    return f"{name} is the {place} author of {label} ({', '.join(paper.authors)}{more})."


# Working together said to have ended: 'stopped', 'quit', 'no longer', 'parted ways'
STOPPED_WITH = re.compile(
    r"\b(?:stopp?(?:ed|s|ing)?|quit|gave\s+up|given\s+up|no\s+longer|ended|parted\s+ways"
    r"|split\s+up|cut\s+ties)\b",
    re.IGNORECASE,
)
# A second question joined to the first ('which papers list X, and is X first on any?')
# ('..., and whether X leads any of them', '... - which of them does X lead?')
SECOND_ASK = re.compile(
    r"(?:[,;?]|\s[-–—]+|\band)\s+(?:also\s+)?(?:is|was|are|were|does|did|has|have|whether|if"
    r"|which\s+(?:of\s+)?(?:them|those|these|ones?)"
    r"|(?:say|tell(?:\s+me)?|note|mark|show|flag)\s+(?:if|whether|which))\b",
    re.IGNORECASE,
)
FEW_NAMED = 5  # up to this many papers, the answer names each one's first author


def _first_author(query: Query, profile: Profile, papers: Sequence[Paper], src: Sources) -> str:
    if query.by_person:
        return _first_authors(query, profile, papers, src)
    if len(query.people) == 2 and more_of_two(query.question):  # 'who leads more, A or B?'
        return _more_of_two(query, profile, query.people, src, first=True)
    name = query.people[0] if query.people else profile.name
    found = people.first_authored(papers, name)
    listed = f"{len(profile.papers)} listed papers{within(query)}"
    if len(papers) == 1 and not found:  # 'why was she listed first on EasyNLP?'
        paper = papers[0]
        first = paper.authors[0] if paper.authors else "not known"
        return (
            f"No: {name} is not the first author of {paper.short_title}; its first author is "
            f"{first} {src.mark(paper)}."
        )
    if len(papers) < len(profile.papers):  # of the papers on a topic or in a year, not all
        listed = f"{len(papers)} listed papers{within(query)}"
    if not found and 1 < len(papers) <= FEW_NAMED:  # 'why is she first author on valley?'
        firsts = "; ".join(
            f"{p.short_title}: {p.authors[0] if p.authors else 'not known'} {src.mark(p)}"
            for p in papers
        )
        return (
            f"No: {name} is not the first author of any of the {listed}. First authors: {firsts}."
        )
    yes_no = YES_NO.match(query.question) is not None  # 'any first-author paper in 2025?'
    if not found:
        return f"{'No: ' if yes_no else ''}{name} is not the first author of any of the {listed}."
    # 'isn't she first author on most of them?': the share said, checked (3 of 50 is No)
    lead = share_lead(query.question, len(found), len(papers)) or ("Yes: " if yes_no else "")
    if query.universal:  # 'has she always been first author?': on every paper, or not
        no = "That premise does not hold: " if query.premise else "No: "
        lead = "Yes: " if len(found) == len(papers) else no
    head = f"{lead}{name} is the first author of {len(found)} of the {listed}:"
    lines = [head, *src.items(found)]
    # 'which papers list X, and is X first on any?': the papers listing X that X does not
    # lead are asked too
    rest = [p for p in papers if p not in found]
    if SECOND_ASK.search(query.question) and name in query.filters.authors and rest:
        other = f"other {len(rest)} papers" if len(rest) > 1 else "other paper"
        lines += [f"The {other} listing {name}:", *src.items(rest)]
    return "\n".join([*lines, coverage(profile)])


def _first_authors(query: Query, profile: Profile, papers: Sequence[Paper], src: Sources) -> str:
    """'Who is first author most often?': everyone by the number of papers they lead."""
    ranked = people.first_authors(papers)
    if query.exclude_owner:  # 'who leads most besides her', 'which co-author leads most'
        ranked = [p for p in ranked if not people.same_person(p.name, profile.name)]
    if not ranked:
        return "No author lines are listed for these papers."
    cutoff = len(ranked[min(TOP_FIRST_AUTHORS, len(ranked)) - 1].papers)
    top = [p for p in ranked if len(p.papers) >= max(cutoff, 1)]
    where = f" ({scope(query)})" if scope(query) else ""
    most = [p.name for p in top if len(p.papers) == len(top[0].papers)]
    lead = " and ".join(most)
    besides = f"Besides {profile.name}, " if query.exclude_owner else ""
    lines = [
        f"{besides}{lead} {'is' if len(most) == 1 else 'are'} first author most often: "
        f"{plural(len(top[0].papers), 'paper')} of the {len(papers)} listed papers{where}. "
        "First authors by papers led:"
    ]
    lines += [f"- {p.name}: {plural(len(p.papers), 'paper')} {_cited(p.papers, src)}" for p in top]
    return "\n".join([*lines, coverage(profile)])


def _sole_author(query: Query, profile: Profile, papers: Sequence[Paper], src: Sources) -> str:
    name = query.people[0] if query.people else profile.name
    found = [
        p
        for p in papers
        if len(p.authors) == 1
        and not p.authors_truncated
        and people.same_person(p.authors[0], name)
    ]
    listed = f"{len(profile.papers)} listed papers{within(query)}"
    if not found:
        return f"No: none of the {listed} has {name} as the only author; each lists co-authors."
    head = f"{name} is the only author of {len(found)} of the {listed}:"
    return "\n".join([head, *src.items(found)])


def _author_count(query: Query, profile: Profile, papers: Sequence[Paper], src: Sources) -> str:
    """'Papers with more than 10 authors', 'the longest author list': the complete author
    lists by size, largest first; lists cut to 'et al.' are only known to be longer."""
    complete = sorted(
        (p for p in papers if not p.authors_truncated), key=lambda p: (-len(p.authors), p.date)
    )
    cut = [p for p in papers if p.authors_truncated]
    listed = f"{len(profile.papers)} listed papers{within(query)}"
    shown = max((len(p.authors) for p in cut), default=0)
    unknown = (
        f"{len(cut)} of the {listed} list only their first {shown} authors, then 'et al.', "
        "so their number of authors is not known."
        if cut
        else ""
    )
    if not complete and 0 < len(cut) <= SHOWN_NAMED:  # 'how many authors does X have?'
        return "The profile cannot count authors: " + " ".join(_shown(p) for p in cut)
    if not complete:
        return f"The profile cannot count authors: {unknown}"
    head = f"The complete author lists of the {listed}, largest first:"
    items = src.items(complete)  # the first MAX_LISTED, then '- ... and N more'
    listed_first = complete[:MAX_LISTED]
    lines = [
        f"{line} ({len(p.authors)} authors)" for line, p in zip(items, listed_first, strict=False)
    ]
    return "\n".join([head, *lines, *items[len(listed_first) :], unknown])


def _shown(paper: Paper) -> str:
    """What one paper's cut author line shows: its first names, then 'et al.'."""
    names = ", ".join(paper.authors)
    return (
        f"{paper.short_title} lists only its first {len(paper.authors)} authors ({names}), "
        "then 'et al.', so its total number of authors is not known."
    )


def _last_author(query: Query, profile: Profile, papers: Sequence[Paper], src: Sources) -> str:
    name = query.people[0] if query.people else profile.name
    found = people.last_authored(papers, name)
    hidden = sum(p.authors_truncated for p in papers)
    complete = len(papers) - hidden
    listed = f"{len(profile.papers)} listed papers{within(query)}"
    unknown = (
        f" The other {hidden} author lists end in 'et al.', so their last author is not known."
        if hidden
        else ""
    )
    if not complete:
        return (
            f"The profile cannot tell who is the last author: every one of the {listed} "
            f"has an author list ending in 'et al.'."
        )
    if not found:
        none = f"{name} is the last author of none of the {complete} complete author lists"
        return f"{none} of the {listed}.{unknown}"
    head = f"{name} is the last author of {len(found)} of the {listed}:"
    return "\n".join([head, *src.items(found), unknown.strip()])


def _nth_author(query: Query, profile: Profile, papers: Sequence[Paper], src: Sources) -> str:
    """'Papers where she is second author': the papers whose author line has that person at
    that place; lines cut to 'et al.' before it cannot tell."""
    name = query.people[0] if query.people else profile.name
    place = query.place or 2
    nth = next(w for w, n in PLACES.items() if n == place and w.isalpha())  # 'second'
    known = [p for p in papers if len(p.authors) >= place]
    found = [p for p in known if people.same_person(p.authors[place - 1], name)]
    listed = f"{len(profile.papers)} listed papers{within(query)}"
    hidden = len(papers) - len(known)
    unknown = (
        f"{hidden} author lines list fewer than {place} names before 'et al.' or in all, so "
        f"their {nth} author is not known."
        if hidden
        else ""
    )
    if not found:
        return f"{name} is the {nth} author of none of the {listed}. {unknown}".strip()
    head = f"{name} is the {nth} author of {len(found)} of the {listed}:"
    return "\n".join([head, *src.items(found), *filter(None, [unknown])])


def _shared(query: Query, profile: Profile, papers: Sequence[Paper], src: Sources) -> str:
    """The co-authors on a paper of each year said, or on each paper named ('on both')."""
    named = columns_of(profile).having(query.paper_ids)
    groups = [(p.short_title, [p]) for p in named] or [
        (str(y), [p for p in papers if p.year == y]) for y in query.years
    ]
    every = [p for _, group in groups for p in group]
    each = " and ".join(said for said, _ in groups)
    found = [
        person
        for person in people.coauthors(every, profile.name)
        if all({p.id for p in person.papers} & {p.id for p in group} for _, group in groups)
    ]
    if not found:
        seen = "; ".join(f"{said}: {src.marks(group)}" for said, group in groups if group)
        return f"No co-author of {profile.name} appears on a paper of each of {each} ({seen})."
    lines = [f"Co-authors of {profile.name} on a paper of each of {each}:"]
    for person in found:
        ids = {p.id for p in person.papers}
        where = "; ".join(
            f"{said} {src.marks([p for p in group if p.id in ids])}" for said, group in groups
        )
        lines.append(f"- {person.name}: {where}")
    return "\n".join([*lines, *_caveat(every)])


def _coauthors(query: Query, profile: Profile, papers: Sequence[Paper], src: Sources) -> str:
    if query.shared:
        return _shared(query, profile, papers, src)
    if query.place:
        return _coauthors_at(query, profile, papers, src)
    ranked = people.coauthors(papers, profile.name)
    if not ranked:
        return "No co-authors appear in the author lines of the listed papers."
    if years_ranked(query.question):  # 'the co-author seen in the most different years'
        return _coauthors_by_years(query, profile, papers, ranked, src)
    cutoff = ranked[min(TOP_COAUTHORS, len(ranked)) - 1].papers
    top = [p for p in ranked if len(p.papers) >= len(cutoff)]
    where = f" ({scope(query)})" if scope(query) else ""
    lines = [
        f"{profile.name}'s most frequent co-authors on the {len(papers)} listed papers{where}:"
    ]
    lines += [f"- {p.name}: {plural(len(p.papers), 'paper')} {_cited(p.papers, src)}" for p in top]
    return "\n".join([*lines, *_caveat(papers)])


def _coauthors_by_years(
    query: Query,
    profile: Profile,
    papers: Sequence[Paper],
    ranked: Sequence[people.Person],
    src: Sources,
) -> str:
    """Co-authors ranked by the distinct years of their listed papers with the owner."""
    years = {p.name: sorted({q.year for q in p.papers}) for p in ranked}
    by_years = sorted(ranked, key=lambda p: (-len(years[p.name]), -len(p.papers)))
    most = len(years[by_years[0].name])
    cut = len(years[by_years[min(TOP_COAUTHORS, len(by_years)) - 1].name])
    top = [p for p in by_years if len(years[p.name]) >= cut]
    lead = [p.name for p in top if len(years[p.name]) == most]
    where = f" ({scope(query)})" if scope(query) else ""
    lines = [
        f"{' and '.join(lead)} {'appears' if len(lead) == 1 else 'appear'} in the most distinct "
        f"years of the {len(papers)} listed papers{where}: {plural(most, 'year')}.",
        "Co-authors by distinct years:",
    ]
    # the leaders' papers cited; the runners-up's years said
    lines += [
        f"- {p.name}: {plural(len(years[p.name]), 'year')} ({', '.join(map(str, years[p.name]))}"
        f"; {plural(len(p.papers), 'paper')})"
        + (f" {_cited(p.papers, src)}" if p.name in lead else "")
        for p in top
    ]
    return "\n".join([*lines, *_caveat(papers)])


def _coauthors_at(query: Query, profile: Profile, papers: Sequence[Paper], src: Sources) -> str:
    """'Her co-authors on the papers she led': each paper where the person holds the place
    asked, with the others its author line names."""
    name = query.people[0] if query.people else profile.name
    place = query.place or 1
    held = [
        p
        for p in papers
        if len(p.authors) >= place and people.same_person(p.authors[place - 1], name)
    ]
    role = "first" if place == 1 else next(w for w, n in PLACES.items() if n == place)
    listed = f"{len(papers)} listed papers{within(query)}"
    if not held:
        return f"{name} is not the {role} author of any of the {listed}."
    lines = [f"{name} is the {role} author of {len(held)} of the {listed}; their co-authors:"]
    for p in held:
        others = [a for a in p.authors if not people.same_person(a, name)]
        shown = ", ".join(others) + (" et al." if p.authors_truncated else "") or "none listed"
        lines.append(f"- {p.short_title} ({p.date.year}): {shown} {src.mark(p)}")
    return "\n".join([*lines, *_caveat(held)])


def _cited(papers: Sequence[Paper], src: Sources) -> str:
    """Each paper's mark; past MAX_LISTED, the earliest MAX_LISTED's (a count of thousands
    is not checked by thousands of marks, and reading them all costs seconds)."""
    if len(papers) <= MAX_LISTED:
        return src.marks(papers)
    return f"{src.marks(papers[:MAX_LISTED])} (the earliest {MAX_LISTED} cited)"


def _coauthor_count(query: Query, profile: Profile, papers: Sequence[Paper], src: Sources) -> str:
    ranked = people.coauthors(papers, profile.name)
    counted = (
        f"At least {len(ranked)} distinct co-authors appear in the author lines of the "
        f"{len(papers)} listed papers."
    )
    return " ".join([counted, *_caveat(papers)])


def _surname(query: Query, profile: Profile, papers: Sequence[Paper], src: Sources) -> str:
    family = query.surname or ""
    shown = echo(family)
    found = [
        p for p in people.with_surname(papers, family)
        if not (query.exclude_owner and people.same_person(p.name, profile.name))
    ]  # fmt: skip
    other = " other" if query.exclude_owner else ""
    given = people.given_name_only(papers, family)
    note = (
        f"Names with '{shown}' only inside a given name ({', '.join(p.name for p in given)}) "
        "are not counted."
        if given else ""
    )  # fmt: skip
    if not found:
        absent = f"No{other} author with the surname {shown} appears in the listed papers."
        return " ".join([absent, *([note] if note else []), *_caveat(papers)])
    lines = [f"Yes: {plural(len(found), other.strip() + ' author' if other else 'author')} "
             f"with the surname {shown}:"]  # fmt: skip
    for person in found:
        items = "; ".join(src.item(p).removeprefix("- ") for p in person.papers)
        lines.append(f"- {person.name}, on {items}")
    return "\n".join([*lines, *([note] if note else []), *_caveat(papers)])


def _per_year(query: Query, profile: Profile, papers: Sequence[Paper], src: Sources) -> str:
    table = facts.timeline(papers)
    if len(query.years) > 1:  # '2020 or 2025': those years, not the ones between
        table = {y: c for y, c in table.items() if y in query.years}
    where = f" ({scope(query)})" if scope(query) else ""
    lines = [f"Listed papers per year{where}, by category:"]
    if over := of_topic(query, len(papers)):  # a topic's papers, year by year
        lines = [f"{over}, per year (by category):"]
    for year, counts in table.items():
        mix = ", ".join(f"{c} {n}" for c, n in sorted(counts.items(), key=lambda kv: -kv[1]))
        total = sum(counts.values())
        lines.append(f"- {year}: {total}" + (f" ({mix}) {src.marks(facts.in_year(papers, year))}"
                                             if total else ""))  # fmt: skip
    if per_year := {y: sum(c.values()) for y, c in table.items()}:
        # Day bounds across a year's end ('July 2021 through June 2022'), not whole years
        days = window = {query.filters.date_from, query.filters.date_to} != {None}
        # one period asked of: its two calendar years set against each other only when asked
        compared = not window or SET_AGAINST_YEARS.search(query.question) is not None
        verdict = _years_verdict(query.question, per_year) if compared else None
        if verdict:
            lines.insert(0, verdict)
        # 'summed over all years', 'in total': the years' papers added up, then each year
        window = window or (query.count and re.search(SUMMED, query.question, re.I) is not None)
        if window and not verdict and len(query.years) < 2 and len(per_year) > 1:
            # 'July 2021 through June 2022: how many?': the window's total, then its years
            lines.insert(0, f"{plural(sum(per_year.values()), 'listed paper')}{where} in all.")
            if days and PAPERS_ASKED.search(query.question):  # 'how many, and which?'
                lines.extend(src.items(papers))
        if len(per_year) == 1 and PACE.search(query.question):  # 'was 2023 a slow year?'
            ((year, n),) = per_year.items()
            every = _listed_per_year(profile)
            mean = sum(every.values()) / len(every)
            said = "fewer than" if n < mean else "more than" if n > mean else "as many as"
            lines.insert(
                0,
                f"{plural(n, 'listed paper')} in {year}: {said} the {mean:.1f} a year on average "
                f"({min(every)}-{max(every)}).",
            )
        if AVERAGE.search(query.question):
            years = f"{min(per_year)}-{max(per_year)}" if len(per_year) > 1 else str(min(per_year))
            n = sum(per_year.values())
            lines.insert(
                0,
                f"On average {n / len(per_year):.1f} papers a year ({plural(n, 'paper')} "
                f"over {plural(len(per_year), 'year')}, {years}).",
            )
    return "\n".join([*lines, coverage(profile)])


def _gap(query: Query, profile: Profile, papers: Sequence[Paper], src: Sources) -> str | None:
    """The longest time between two consecutive listed papers, and the next longest."""
    ordered = sorted(papers, key=lambda p: p.date)
    gaps = sorted(pairwise(ordered), key=lambda ab: (ab[1].date - ab[0].date).days, reverse=True)
    if not gaps:
        return None
    where = f" ({scope(query)})" if scope(query) else ""

    def span(a: Paper, b: Paper) -> str:
        days = (b.date - a.date).days
        months = round(days / 30.44)
        about = f" (about {plural(months, 'month')})" if months >= 2 else ""
        return f"{days} day{'' if days == 1 else 's'}{about}"

    first, then = gaps[0]
    if len(gaps) == 1 and len(query.filters.paper_ids) == 2:  # 'how long from Valley to Valley2'
        said = [names.nickname(p) or p.title.split(":")[0] for p in (first, then)]
        head = f"{said[0]} and {said[1]} came out {span(first, then)} apart"
        on = [f"{p.date.day} {p.date:%B %Y}" for p in (first, then)]
        return "\n".join([f"{head}, on {on[0]} and {on[1]}:",
                          src.item(first), src.item(then), coverage(profile)])  # fmt: skip
    lines = [
        f"The longest gap between two consecutive listed papers{where} is {span(first, then)}, "
        f"from {first.date:%d %B %Y} to {then.date:%d %B %Y}:",
        src.item(first),
        src.item(then),
    ]
    if len(gaps) > 1:
        more = "; ".join(f"{span(a, b)} ({a.date} to {b.date})" for a, b in gaps[1:3])
        middle = sorted((b.date - a.date).days for a, b in gaps)[len(gaps) // 2]
        lines.append(f"Next longest: {more}. The median gap is {middle} days.")
    return "\n".join([*lines, coverage(profile)])


# The papers themselves asked for: 'and which?', 'what did she publish', 'list them'
PAPERS_ASKED = re.compile(
    r"\b(?:which|what\s+(?:did|papers|work)|list|name|titles?|publish(?:ed)?\s+what)\b", re.I
)
# Two years' counts asked set against each other: 'more in', 'compared with', 'by how much'
SET_AGAINST_YEARS = re.compile(
    r"\b(?:more|fewer|less|than|vs\.?|versus|compar\w*|against|times|ratio|differ\w*|grow\w*|"
    r"grew|increas\w*|decreas\w*|drop\w*|rose|fell|change\w*|each\s+year|per\s+year|"
    r"split|breakdown|broken\s+down)\b",
    re.IGNORECASE,
)
PACE = re.compile(r"\b(?:slow|quiet|busy|productive|good|bad|strong|weak|lean|big)\b", re.I)
AVERAGE = re.compile(
    r"\baverage|\bavg\b|\bmean\b|\btypical(?:ly)?\b|\busual(?:ly)?\b|\bnormal\b|\brate\b"
    r"|\b(?:roughly|approximately|about|around)\s+how\s+many\b",
    re.IGNORECASE,
)


def _years_verdict(question: str, counts: dict[int, int]) -> str | None:
    """'Did she publish more in 2025 than 2024?' -> 'Yes: 14 in 2025 against 3 in 2024.'"""
    said = [int(y) for y in re.findall(r"(?<!\d)((?:19|20)\d{2})(?!\d)", question)]
    years = list(dict.fromkeys(y for y in said if y in counts)) or sorted(counts)
    if len(years) != 2 or len(counts) != 2:
        return None
    return versus(question, [(f"in {y}", counts[y]) for y in years])


def _shift(query: Query, profile: Profile, papers: Sequence[Paper], src: Sources) -> str | None:
    periods = facts.focus_shift(papers, query.filters.year_from, query.filters.year_to)
    periods = [p for p in periods if p.papers]
    if not periods:
        return None
    lines: list[str] = []
    for period in periods:
        mix = ", ".join(f"{c} {n}" for c, n in period.categories)
        examples = ", ".join(
            f"{names.paper_label(p).split(':')[0]} ({p.year}, {p.category}) {src.mark(p)}"
            for p in period.representatives
        )
        lines.append(
            f"- {period.span}: {plural(len(period.papers), 'paper')} ({mix}); e.g. {examples}"
        )
    first, last = periods[0].categories[0][0], periods[-1].categories[0][0]
    if first != last:
        whose = profile.possessive(capital=True)
        head = f"{whose} focus moved from {category_label(first)} to {category_label(last)}:"
    else:
        head = f"{category_label(first)} stayed {profile.possessive()} main category:"
    return "\n".join([head, *lines, coverage(profile)])


def _opening(paper: Paper) -> str:
    """What a paper is about, as its abstract opens."""
    return " ".join(split_sentences(paper.abstract)[:2]) or paper.title


def _paper_info(
    query: Query, profile: Profile, papers: Sequence[Paper], src: Sources
) -> str | None:
    """A named paper's metadata: authors, category, date, code, tag, link."""
    named = [p for pid in query.paper_ids for p in columns_of(profile).having([pid])][:3]
    worded = [k for k in details_asked(query.question) if k in METADATA]
    meant = {p.id: details_asked(query.question, p) for p in named}
    if worded and not any(k in METADATA for kinds in meant.values() for k in kinds):
        # 'how much did Kaleido-BERT improve category recognition': its abstract's, no field
        return None
    if worded:  # 'when did spanprot come out': the date, not the card (of each paper named)
        said = [
            (s[0], p)
            for p in named
            for k in meant[p.id]
            if k in METADATA and (s := stated(k, p, query.question))
        ]
        lines = [f"{text} {src.mark(paper)}." for text, paper in said]
        if said and ABOUT_ASKED.search(query.question):  # 'what is X about and who wrote it?'
            lines += [f"{names.paper_label(p)}: {_opening(p)} {src.mark(p)}" for p in named]
        return "\n".join(lines)
    lines = []
    for paper in named:
        authors = ", ".join(paper.authors)
        if paper.authors_truncated:
            authors += f" et al. (the profile lists only the first {len(paper.authors)})"
        parts = [
            f"authors {authors}",
            f"category {category_label(paper.category)}",
            f"dated {paper.date.isoformat()}",
            "code released" if paper.has_code else "no code marked in the profile",
        ]
        if paper.affiliation:
            parts.append(f"affiliation tag '{paper.affiliation}'")
        if paper.url:
            parts.append(f"link {paper.url}")
        lines.append(f"{names.paper_label(paper)} {src.mark(paper)}: " + "; ".join(parts) + ".")
    if len(named) == 1 and YES_NO.match(query.question) and CODE_ASKED.search(query.question):
        released = named[0].has_code
        lines.insert(0, "Yes: its code is released." if released else "No: no code is marked.")
    return "\n".join(lines) or None


# Handlers for the facts not in facts_answer.py, by Query.fact.
MORE_HANDLERS: dict[str, Callable[[Query, Profile, Sequence[Paper], Sources], str | None]] = {
    "author_papers": _author_papers,
    "first_author": _first_author,
    "last_author": _last_author,
    "nth_author": _nth_author,
    "sole_author": _sole_author,
    "author_count": _author_count,
    "coauthors": _coauthors,
    "coauthor_count": _coauthor_count,
    "surname": _surname,
    "per_year": _per_year,
    "shift": _shift,
    "gap": _gap,
    "paper_info": _paper_info,
}
