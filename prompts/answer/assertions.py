"""Yes or No, computed from the records, for a yes/no claim about the metadata (read by
prompts/understand/assertions.py), then the evidence: the counts per month, quarter or year
and the ones missing, the newest or oldest paper when the named one is not it, the two
years' counts. The question's filters (category, code, tag, years) restrict the papers."""

from __future__ import annotations

import calendar
import itertools
import re
from collections import Counter
from collections.abc import Sequence

from prompts.answer.facts import answer_facts
from prompts.answer.model import Answer
from prompts.answer.wording import Sources, plural
from prompts.understand.assertions import YEAR, Assertion, read_assertion
from prompts.understand.router import Query
from prompts.understand.terms import STOPWORDS
from retrieval import facts
from retrieval.filters import Filters
from retrieval.model import Paper, Profile, category_label
from retrieval.names import aliases
from retrieval.text import words

NO_YEARS = {"year_from": None, "year_to": None, "date_from": None, "date_to": None}


def answer_assertion(
    assertion: Assertion, query: Query, profile: Profile, named: Sequence[Paper]
) -> Answer | None:
    """The claim's truth and its evidence, cited; None when the papers cannot decide it."""
    src = Sources()
    filters = query.filters.model_copy(update={"paper_ids": []})
    if assertion.kind == "covered" and assertion.unit != "year":
        # 'each month from January to December': the months asked are the units, not a filter;
        # a year bounds them only when the question writes one ('every quarter of 2022')
        kept = NO_YEARS if not YEAR.search(query.question) else {}
        filters = filters.model_copy(update={**kept, "months": [], "days": []})
    if assertion.leads and not filters.categories:  # 'cl always on top?': the profile's codes
        codes = {p.category.casefold(): p.category for p in facts.select(profile)}
        said = [codes[w] for w in words(query.question) if w in codes]
        filters = filters.model_copy(update={"categories": said[:1]})
    if assertion.kind == "compared":
        return _compared(assertion, query, profile)
    if assertion.kind == "extreme":
        text = _extreme(assertion, named[0], facts.select(profile, filters), filters, src)
    elif assertion.kind == "exists":
        text = _exists(profile, filters, src)
    elif assertion.kind == "monotone":
        text = _monotone(assertion, profile, filters, src)
    elif assertion.kind == "covered":
        text = _covered(assertion, profile, filters, src)
    else:
        text = _per_year(assertion, profile, filters, src)
    if text is None:
        return None
    return Answer(question=query.question, text=text, citations=src.citations(), route="facts")


def _said(filters: Filters) -> str:
    said = filters.describe()
    return f" ({said})" if said else ""


def _dated(paper: Paper, src: Sources) -> str:
    return f"{aliases(paper)[0]} ({paper.date.isoformat()}) {src.mark(paper)}"


def _extreme(
    assertion: Assertion, paper: Paper, pool: Sequence[Paper], filters: Filters, src: Sources
) -> str | None:
    """'Is Valley3 the newest?', 'is SueNes her third paper?': Yes with the papers next to
    it, or No with the paper at that place and the named paper's own place."""
    late = assertion.end == "late"
    ranked = sorted(pool, key=lambda p: (p.date, p.n), reverse=late)
    k = assertion.place
    if len(ranked) < k:
        return None
    at, word = ranked[k - 1], _place_word(k, late)
    inside = paper.id in {p.id for p in ranked}
    if inside and paper.date == at.date:
        tied = [p for p in ranked if p.date == paper.date and p.id != paper.id]
        text = f"Yes: {_dated(paper, src)} is the {word} listed paper{_said(filters)}"
        if tied:
            text += ", on the same day as " + " and ".join(_dated(p, src) for p in tied)
        older = [p for p in ranked if p.date < paper.date]
        newer = [p for p in ranked if p.date > paper.date]
        if older:  # the papers either side of it by date
            text += f"; just before it: {_dated(max(older, key=lambda p: (p.date, p.n)), src)}"
        if newer:
            text += f"; just after it: {_dated(min(newer, key=lambda p: (p.date, p.n)), src)}"
        return text + "."
    text = f"No: the {word} listed paper{_said(filters)} is {_dated(at, src)}"
    if not inside:
        return f"{text}; {_dated(paper, src)} is not one of them ({paper.category})."
    own = 1 + sum(1 for p in ranked if (p.date > paper.date if late else p.date < paper.date))
    return f"{text}; {_dated(paper, src)} is the {_place_word(own, late)}."


def _place_word(k: int, late: bool) -> str:
    """'newest', 'oldest', 'third newest', 'second oldest'."""
    end = "newest" if late else "oldest"
    return end if k == 1 else f"{_ordinal(k)} {end}"


def _ordinal(k: int) -> str:
    suffix = "th" if 10 <= k % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(k % 10, "th")
    return f"{k}{suffix}"


def _filtered(filters: Filters) -> bool:
    """Two or more of the record's own fields restrict the papers together (code, tag,
    category, years, months) and nothing else: no person, title word or topic, which other
    answers read. One field alone ('any robotics papers?', 'any paper with code?') is the
    count's question, which says what matches or declines."""
    fields: list[object] = [filters.affiliation, filters.categories]
    fields += [filters.year_from or filters.year_to, filters.months or filters.days]
    fields += [filters.has_code is not None]
    others = [filters.authors, filters.exclude_authors, filters.title_words, filters.paper_ids]
    return sum(map(bool, fields)) >= 2 and not any(others)


def _monotone(assertion: Assertion, profile: Profile, filters: Filters, src: Sources) -> str:
    """'Did the count go up every year?': each year's count against the year before."""
    everyone = facts.select(profile)
    papers = facts.select(profile, filters)
    years = range(filters.year_from or everyone[0].year, (filters.year_to or everyone[-1].year) + 1)
    counts = {y: [p for p in papers if p.year == y] for y in years}
    steps = list(itertools.pairwise(years))
    broken = [
        (a, b) for a, b in steps
        if not (len(counts[b]) > len(counts[a]) if assertion.sense == "more"
                else len(counts[b]) < len(counts[a]))
    ]  # fmt: skip
    word = "more" if assertion.sense == "more" else "fewer"
    per = ", ".join(
        f"{y} {len(ps)}" + (f" {src.mark(ps[0])}" if ps else "") for y, ps in counts.items()
    )
    if not broken:
        return (
            f"Yes: each year has {word} listed papers{_said(filters)} than the one before: {per}."
        )
    said = "; ".join(f"{b} has {len(counts[b])} against {len(counts[a])} in {a}" for a, b in broken)
    return (
        f"No: not every year has {word} listed papers{_said(filters)} than the one before: "
        f"{said}. Per year: {per}."
    )


def _exists(profile: Profile, filters: Filters, src: Sources) -> str | None:
    """'Is there a paper tagged pku with code?': the papers passing every filter, or none."""
    if not filters.describe():
        return None
    papers = facts.select(profile, filters)
    if not papers:
        return f"No: no listed paper matches all of these ({filters.describe()})."
    return f"Yes: {plural(len(papers), 'listed paper')}{_said(filters)}:\n" + "\n".join(
        src.items(papers)
    )


def _compared(assertion: Assertion, query: Query, profile: Profile) -> Answer | None:
    """'Did output shrink from 2021 to 2022?': the two years' counts, in the words the per-year
    count writes for two years set against each other, whichever words asked; None when the
    question is read as the count of those two years already (it answers)."""
    years = sorted(assertion.years)
    f = query.filters
    spans = (f.year_from, f.year_to) == (years[0], years[-1]) and not (f.date_from or f.date_to)
    two = sorted(query.years) == years or (spans and years[1] == years[0] + 1)
    per_year = (query.intent, query.fact) == ("timeline", "per_year")
    if per_year and two:
        return None
    update: dict[str, object] = {"intent": "timeline", "fact": "per_year", "topic": None}
    if not two:  # 'from 2021 to 2023': the two years, not the one between
        update |= {"filters": f.model_copy(update=NO_YEARS), "years": years}
    return answer_facts(query.model_copy(update=update), profile)


def _units(assertion: Assertion, papers: Sequence[Paper], filters: Filters) -> list[int]:
    """The months (1-12), quarters (1-4) or years the claim is about."""
    if assertion.unit == "month":
        return list(range(1, 13))
    if assertion.unit == "quarter":
        return [1, 2, 3, 4]
    first = filters.year_from or min(p.year for p in papers)
    last = filters.year_to or max(p.year for p in papers)
    return list(range(first, last + 1))


def _unit_of(assertion: Assertion, paper: Paper) -> int:
    if assertion.unit == "month":
        return paper.date.month
    if assertion.unit == "quarter":
        return (paper.date.month - 1) // 3 + 1
    return paper.year


def _unit_name(assertion: Assertion, unit: int) -> str:
    if assertion.unit == "month":
        return calendar.month_abbr[unit]
    if assertion.unit == "quarter":
        return f"Q{unit} ({calendar.month_abbr[3 * unit - 2]}-{calendar.month_abbr[3 * unit]})"
    return str(unit)


def _covered(assertion: Assertion, profile: Profile, filters: Filters, src: Sources) -> str | None:
    """'A paper in every month?', 'any empty year?': the counts per unit, the missing ones."""
    everyone = facts.select(profile)
    if not everyone:
        return None
    papers = facts.select(profile, filters)
    units = _units(assertion, everyone, filters)
    by_unit: dict[int, list[Paper]] = {u: [] for u in units}
    for p in papers:
        by_unit.setdefault(_unit_of(assertion, p), []).append(p)
    missing = [u for u in units if not by_unit[u]]
    truth = bool(missing) if assertion.gap else not missing
    over = _said(filters)
    if assertion.unit != "year" and not (
        filters.year_from and filters.year_from == filters.year_to
    ):
        over += ", years pooled"
    counts = ", ".join(
        f"{_unit_name(assertion, u)} {len(by_unit[u])}"
        + (f" {src.mark(by_unit[u][0])}" if by_unit[u] else "")
        for u in units
    )
    word = assertion.unit
    if missing:
        names = ", ".join(_unit_name(assertion, u) for u in missing)
        said = f"no listed paper{over} is dated in {names}"
    else:
        fewest = min(len(by_unit[u]) for u in units)
        thin = [_unit_name(assertion, u) for u in units if len(by_unit[u]) == fewest]
        said = f"every {word} has at least one listed paper{over}; the fewest: {', '.join(thin)}"
        said += f" ({fewest})"
    return f"{'Yes' if truth else 'No'}: {said}. Listed papers per {word}: {counts}."


def _property(filters: Filters) -> tuple[Filters, str, str | None] | None:
    """The papers' property asked per year (code, a category, a tag), the filters left, and
    the property's words; None when the question names none."""
    if filters.has_code is not None:
        said = "with code" if filters.has_code else "without code"
        return filters.model_copy(update={"has_code": None}), said, None
    if filters.categories:
        code = filters.categories[0]
        rest = filters.model_copy(update={"categories": []})
        return rest, f"in {category_label(code)}", code
    if filters.affiliation:
        rest = filters.model_copy(update={"affiliation": None})
        return rest, f"tagged {filters.affiliation}", None
    return None


def _per_year(assertion: Assertion, profile: Profile, filters: Filters, src: Sources) -> str | None:
    """'Is there a year in which all papers have code?', 'CL the top category every year?'."""
    found = _property(filters)
    if found is None or (assertion.leads and found[2] is None):
        return None
    rest, said, code = found
    base = facts.select(profile, rest)
    passing = {p.id for p in facts.select(profile, filters)}
    years = sorted({p.year for p in base})
    if not years:
        return None
    held, lines = [], []
    for year in years:
        of_year = [p for p in base if p.year == year]
        kept = [p for p in of_year if p.id in passing]
        if assertion.leads:
            counts = Counter(p.category for p in of_year)
            others = max((n for c, n in counts.items() if c != code), default=0)
            ok = len(kept) > others
            line = f"{year}: " + ", ".join(f"{c} {n}" for c, n in counts.most_common())
        else:
            ok = len(kept) == len(of_year)
            line = f"{year}: {len(kept)} of {len(of_year)}"
        held += [year] if ok else []
        lines.append(line + (f" {src.marks(kept)}" if kept else ""))
    truth = bool(held) if assertion.some else len(held) == len(years)
    what = f"{code} leads" if assertion.leads else f"all its listed papers are {said}"
    if held and len(held) < len(years):
        verdict = f"{what} in {', '.join(map(str, held))} only"
    elif held:
        verdict = f"{what} in every year ({years[0]}-{years[-1]})"
    else:
        verdict = f"no year in which {what}"
    per = "by category" if assertion.leads else said
    return f"{'Yes' if truth else 'No'}: {verdict}. Per year ({per}): " + "; ".join(lines) + "."


def asserted(
    question: str,
    query: Query,
    profile: Profile,
    named: Sequence[Paper],
    used: frozenset[str],
    negative: bool = False,
) -> Answer | None:
    """The answer to a yes/no claim about the metadata, or None when the question makes none,
    or names a subject besides (a word of the question left as its topic that the papers use:
    'every year on RL?' is about RL's papers, which the metadata alone cannot tell)."""
    for name in sorted({a for p in named for a in aliases(p)}, key=len, reverse=True):
        # 'Beyond the Last Frame': the names' words are no part of the claim
        question = re.sub(rf"(?<!\w){re.escape(name)}(?!\w)", " the paper ", question, flags=re.I)
    assertion = read_assertion(question, len(named))
    if assertion is None:
        return None
    own = {w.casefold() for p in named for a in aliases(p) for w in words(a)}
    subject = {w.casefold() for w in words(query.topic or "")} & set(assertion.rest)
    subject -= own | STOPWORDS
    asked_else = query.place or query.people or query.passed is not None or query.tally
    asked_else = asked_else or query.intent == "people"
    # 'she has no papers with code, right?': a negative statement, confirmed or corrected
    # by the answer to it (assistant._confirmed), not by a list
    asked_else = asked_else or negative
    if assertion.kind == "exists" and (asked_else or not _filtered(query.filters)):
        return None
    if assertion.kind == "exists" and (query.intent, query.fact) == ("count", "papers"):
        return None  # the count of the papers passing the filters answers, with Yes or No
    single = (
        query.filters.year_from is not None and query.filters.year_from == query.filters.year_to
    )
    f = query.filters
    conditioned = f.categories or f.exclude_categories or f.authors or f.has_code is not None
    if assertion.kind == "covered" and query.fact == "years_with" and (conditioned or query.topic):
        return None  # 'a year with no CV papers?': the years without them, with their papers
    if assertion.kind == "covered" and assertion.unit == "year" and single:
        return None  # 'never missed a year ... which one is from 2024': one year covers nothing
    if subject & used or (assertion.kind == "exists" and subject):
        return None
    return answer_assertion(assertion, query, profile, named)
