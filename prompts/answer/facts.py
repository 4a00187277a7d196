"""Exact answers from profile metadata: every counted or listed paper cited as [n]."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, MutableMapping, Sequence, Set
from typing import TYPE_CHECKING

import numpy as np

from prompts.answer.days import by_day
from prompts.answer.ends import end_verdict
from prompts.answer.figures_said import figure_premise
from prompts.answer.groups import HANDLERS as GROUP_HANDLERS
from prompts.answer.model import Answer
from prompts.answer.offline import on_topic
from prompts.answer.people import MORE_HANDLERS
from prompts.answer.siblings import sibling_hits
from prompts.answer.tallies import HANDLERS as TALLY_HANDLERS
from prompts.answer.universals import universal_head
from prompts.answer.wording import (
    HEADER,
    MAX_LISTED,
    MULTIPLE,
    RATIO,
    TOPIC_NOTE,
    Sources,
    coverage,
    inferred_note,
    of_topic,
    plural,
    scope,
    versus,
)
from prompts.understand.amounts import WHY, claimed_share, count_verdict
from prompts.understand.modality import VISUAL_CATEGORIES, names_visual, on_visual
from prompts.understand.people import said_of_people
from prompts.understand.router import VENUE, Query
from prompts.understand.terms import ALIASES, CODE, FIELD_WORDS, MOST, YES_NO
from prompts.understand.timescope import asked_at
from prompts.understand.unlisted import unlisted_asked
from retrieval import facts, names, people
from retrieval.filters import Filters
from retrieval.index.columns import columns_of
from retrieval.index.papers import PaperRows
from retrieval.model import CATEGORY_NAMES, Paper, Profile, category_label
from retrieval.releases import artifact_release
from retrieval.search import with_leaders
from retrieval.text import stem
from retrieval.text import words as text_words

if TYPE_CHECKING:
    from retrieval.search import Searcher

# How a handler says the profile cannot know what is asked (author lists cut to 'et al.').
UNKNOWABLE = "The profile cannot "

FRACTION = re.compile(
    r"(?<!\ba )\bfraction|\b(?:share|portion|slice|chunk)\b|\bpercent|\bproportion|\bratio\b"
    r"|\bout of (?:all|the|her|his|their)\b|%|\bas an? (?:fraction|percentage)\b"
    # a count set against its total: 'CL papers / all papers', '2021: CL vs total?', 'with
    # code / total count', 'and the total CV count'
    r"|/\s*(?:all|total|every)\b|\b(?:vs\.?|versus|against|over|and|of)\s+(?:the\s+)?total\b",
    re.IGNORECASE,
)
# How often the papers have something ('how often does she share code', 'how frequently is
# it CV'): a share of them when an attribute of the papers is measured, not a pace in time
RATE = re.compile(r"\bhow\s+(?:often|frequently|regularly|commonly|consistently)\b", re.I)


def _share_asked(query: Query) -> bool:
    """A share of the papers asked: its words ('what fraction'), or how often the papers
    carry the attribute the filters measure (code, a category, a co-author)."""
    f = query.filters
    measured = f.has_code is not None or f.categories or f.exclude_categories or f.authors
    return bool(FRACTION.search(query.question) or (RATE.search(query.question) and measured))


# Two counts' difference asked: 'by how many did it go up from 2024 to 2025?', 'the jump'
DIFFERENCE = re.compile(
    r"\bhow\s+many\s+(?:more|fewer|less)\b|\b(?:go|gone|went|goes)\s+(?:up|down)\b|\bjump\w*"
    r"|\bincreas\w*|\bdecreas\w*|\bgr[eo]w\w*|\bdifference\b|\bdrop(?:ped|s)?\b|\bdeclin\w*",
    re.IGNORECASE,
)
# The total a count is set against, named: 'the total cs.CV count' keeps CV, not the year
# ('to all her CV papers')
TOTAL_NAMED = re.compile(
    r"\btotal\s+((?:[\w.-]+\s+){0,2}[\w.-]+)|\ball\s+(?:of\s+)?(?:her|his|their|the)\s+"
    r"((?:[\w.-]+\s+)?[\w.-]+)\s+(?:papers|publications|works|output)\b",
    re.IGNORECASE,
)
# 'among her CV papers, how many have code?': counted within the CV papers
# and two asks in one: 'How many papers in 2023, and which have code?'
AMONG = re.compile(
    r"\bamong\b|\bout of\b|\bhow many of (?:all\s+)?(?:his|her|their|the|this|[\w-]+['’]s)\b"
    r"|\bhow many\b.*\band\s+(?:which|how many)\b"
    # 'of his CV papers, how many', 'of all her CV papers, how many'
    r"|^\W*of (?:all\s+)?(?:his|her|their|the|[\w-]+['’]s)\b.*\bhow many\b",
    re.IGNORECASE,
)
# 'the CV papers of X, how many of them have code?' (after a list: that list, counted)
OF_THEM = re.compile(r"\bhow many of (?:them|those|these)\b", re.IGNORECASE)
# Two asks, a set and which of it has code: 'How many papers in 2023, and which have code?',
# '2023 papers + any with code?', 'List her 2023 papers and say which released code.'
# and asked as a list or in steps: '- 2022\n- number of papers\n- which have code', '2022 ->
# count? -> code yes/no?', 'papers and papers with code'
AND_WHICH_CODE = re.compile(
    r"(?:[,?;+\n]|->|\s-\s|\band\b|\balso\b)\s*(?:[-*•>]+\s*)?(?:also,?\s*)?"
    r"(?:(?:say|tell me|mark|note|show)\s+)?(?:(?:which|whether|if|do any|does any|are any|any)"
    r"\b[^.?]*?\b|(?:papers|ones|those)\s+(?:with|having)\s+(?:an?\s+)?)"
    + CODE
    # a step of its own: '-> code?', '- code', not 'AI + code' (both filters of one set)
    + r"|(?:->|\n\s*[-*•]|\s-\s)\s*(?=code\b)"
    + CODE,
    re.IGNORECASE,
)
CODE_WORD = re.compile(CODE, re.IGNORECASE)
# 'Does she only publish in CV?' (all of them?), 'Is most of her work on LLMs?' (over half?)
# 'all' of the papers, not 'at all', 'in all', 'of all years' nor 'all years together'
WITHOUT = r"\b(?:without|w/o|no|lack\w*|missing|don['’]?t|do\s+not|doesn['’]?t)\b"
ALL_OF = re.compile(
    r"\b(?:only|exclusively|solely|entirely|every|each|nothing\s+but)\b|(?<!\bat\s)(?<!\bin\s)(?<!\bof\s)"
    r"(?<!\babove\s)\ball\b(?!\s+(?:years?|yrs?|time|together|told|the\s+years|months?)\b)",
    re.IGNORECASE,
)
MOST_OF = re.compile(r"\b(?:mostly|mainly|primarily|majority|most)\b", re.IGNORECASE)
# A citation count of one paper, not the header's total: a ranking of papers by citations ('top
# cited', 'the highest citation count', 'brought him the most citations', 'least-cited'), a
# paper asked for by it, or a threshold papers pass ('500+ citations', i10)
PER_PAPER = re.compile(
    rf"(?:{MOST}|\b(?:least|lowest|fewest|smallest|min(?:imum)?))[\s-]+(?:[\w-]+\s+){{0,2}}?"
    r"(?:cit(?:ed|ations?)|cites)\b|per[- ]paper|each paper|which paper|\b\d[\d,]*\+?\s+"
    r"(?:or\s+more\s+)?citations?\b|\bi-?10(?:[- ]?index)?\b",
    re.IGNORECASE,
)

# How a number is worked out or what it means, not its value: 'how is the AI Score computed',
# 'what does her Novelty measure', 'what formula', 'from what is it calculated'
METHOD_ASKED = re.compile(
    r"\b(?:comput|calculat|deriv|formula|methodolog|definition)\w*|\bdefined\b"
    r"|\bhow\s+(?:is|are|was|were|do|does|did)\b[^?.!]*\b(?:measured|determined|scored"
    r"|worked\s+out|arrived\s+at|obtained|assigned|given)\b"
    r"|\bwhat\s+(?:does|do|did|is|would)\b[^?.!]*\b(?:mean|means|measure|measures|stand\s+for"
    r"|represent|represents|indicate|indicates|reflect|reflects)\b"
    r"|\bwhat\b[^?.!]*\b(?:actually|really|even)\s+(?:means|measures|represents|indicates)\b"
    r"|\b(?:based|built)\s+on\s+what\b|\bwhat\b[^?.!]*\bbased\s+on\b|\bwhat\s+goes\s+into\b",
    re.IGNORECASE,
)
# The header's numbers as a decline names them
HEADER_NAMES = {
    "h_index": "h-index",
    "citations": "citation count",
    "novelty": "Novelty score",
    "ai_score": "AI Score",
    "papers": "paper count",
    "main_category": "main category",
}

# The facts about the people on the papers: the profile holds their names and papers only
PEOPLE_FACTS = frozenset({"coauthors", "coauthor_count", "author_count"})
# The header's figures that change with time (a snapshot of the capture day, no history)
METRICS = frozenset({"h_index", "citations", "novelty", "ai_score"})

Handler = Callable[[Query, Profile, Sequence[Paper], Sources], str | None]


def _header(query: Query, profile: Profile, papers: Sequence[Paper], src: Sources) -> str | None:
    s = facts.profile_stats(profile)
    # Numbers fetched from a source say whose they are: '(profile header, from OpenAlex)'.
    header = f"{HEADER[:-1]}, from {profile.stats_source})" if profile.stats_source else HEADER
    main = f"main category {category_label(s.main_category)}" if s.main_category else None
    parts = {
        "name": f"this is {s.name}'s profile",
        "main_category": main or "no main category given",
        "h_index": f"h-index {s.h_index}" if s.h_index is not None else "no h-index given",
        "citations": f"{s.citations:,} citations in total" if s.citations is not None
        else "no citation count given",
        "novelty": f"Novelty {s.novelty}%" if s.novelty is not None else "no Novelty given",
        "ai_score": f"AI Score {s.ai_score}" if s.ai_score is not None else "no AI Score given",
        "papers": f"{s.papers_claimed:,} papers claimed" if s.papers_claimed
        else "no paper count given",
    }  # fmt: skip
    said = "; ".join(parts[f] for f in query.fields if f != "name")
    asked = [HEADER_NAMES[f] for f in query.fields if f in HEADER_NAMES]
    if asked and said and METHOD_ASKED.search(query.question):  # its value, not how it is made
        return (
            f"{UNKNOWABLE}say how its {' or '.join(asked)} is computed or what it measures: the "
            f"header shows {s.name}'s {said} {header} but gives no definition or formula."
        )
    metrics = [HEADER_NAMES[f] for f in query.fields if f in METRICS]
    when = (
        asked_at(query, profile.captured_year) if metrics and "papers" not in query.fields else None
    )
    if when is not None:  # 'his h-index back in 2021': the header is one day's snapshot
        return (
            f"{UNKNOWABLE}give {s.name}'s {' or '.join(metrics)} {when}: it records only the "
            f"current figures, captured in {profile.captured_year}, with no history. What it "
            f"holds: {said} {header}."
        )
    text = [f"{s.name}: {said} {header}." if said else f"This is {s.name}'s profile {header}."]
    others = [n for n in query.people if n != s.name]
    if not others and (verdict := figure_premise(query.question, s)):  # 'h-index of 65': 34
        text.insert(0, verdict)
    if others:  # 'What is Cen Chen's h-index?': the header is the owner's alone
        text.insert(0, f"The profile gives these numbers only for {s.name}, not for {others[0]}.")
    ranking = facts.by_category(papers) if "main_category" in query.fields else []
    if ranking:  # what the listing itself says: 'CL: 22 of the 50 listed papers'
        top, count = ranking[0]
        runner = f"; next {ranking[1][0]} with {ranking[1][1]}" if len(ranking) > 1 else ""
        text.append(
            f"The most common category among the {len(papers)} listed papers is "
            f"{category_label(top)}: {count} of them{runner}."
        )
    if "papers" in query.fields:
        text.append(
            f"{s.papers_listed} papers are listed here ({s.papers_claimed or 0:,} claimed, "
            f"{s.papers_listed} listed{_left_out(s.papers_claimed, s.papers_listed)}); counts "
            "and lists cover the listed ones."
        )
    if "citations" in query.fields and query.paper_ids:  # 'citations of the Valley paper'
        named = columns_of(profile).having(query.paper_ids)
        which = " or ".join(p.short_title for p in named) or "that paper"
        text = [f"The profile gives no per-paper citation counts, so none for {which}; "
                f"its header gives only {s.name}'s total, {said} {header}."]  # fmt: skip
    elif "citations" in query.fields and PER_PAPER.search(query.question):
        text.append("The profile gives no per-paper citation counts.")
    return " ".join(text)


def _left_out(claimed: int | None, listed: int) -> str:
    """The claimed papers the listing leaves out, the difference of the two figures stated."""
    if not claimed or claimed <= listed:
        return ""
    return f": {claimed - listed:,} of the claimed papers are not listed"


def _papers(query: Query, profile: Profile, papers: Sequence[Paper], src: Sources) -> str | None:
    total, n = len(profile.papers), len(papers)
    if marked := _set_marked_by_code(query, profile, src):
        return marked
    where = scope(query) or "the whole listing"
    yes_no = YES_NO.match(query.question)
    # A follow-up ('which of those have code?') counts among the previous answer's papers.
    among = (
        f"the {plural(len(query.filters.paper_ids), 'paper')} above"
        if query.filters.paper_ids
        else f"the {total} listed papers"
    )
    every = query.premise and (query.filters.exclude_categories or query.filters.has_code is False)
    if n == 0 and every and not query.filters.paper_ids:  # 'every 2025 paper is CV?': it is
        size = _base(query, profile)[0]
        kind = scope(query.model_copy(update={"filters": _denominator(query)}))
        within = f" ({kind})" if kind else ""
        said = _every_said(query, size)
        return f"Yes: all {plural(size, 'listed paper')}{within} {said}. {coverage(profile)}"
    verdict = _proportion(query, profile, 0) if n == 0 and yes_no and not query.premise else None
    if verdict and not (query.filters.paper_ids or query.topic) and query.universal != "none":
        # 'are all her 2025 papers code-free?' with none so: No, and the ones that break it
        base = facts.select(profile, _denominator(query), _whole_years(query))
        return "\n".join([verdict + ":", *_items(query, profile, base, src), coverage(profile)])
    if n == 0:
        none = "No: none" if yes_no or query.premise else "None"
        none = "Yes: none" if query.universal == "none" else none  # 'does none of it ...?'
        outside = _outside(query, profile)
        partial = (profile.papers_claimed or 0) > total
        if outside and partial and none == "None" and not (query.count or query.filters.paper_ids):
            # 'his 2019 papers?' when the listing starts in 2020 and leaves papers out: the
            # papers of then may be among those unlisted; a yes/no is still a No of the
            # listing, and a count is the listing's (its caveat says so)
            return (
                f"{UNKNOWABLE}tell what came out then: none of {among} match {where}{outside}"
                f"{_nearest_listed(query, profile)}, and its header claims "
                f"{profile.papers_claimed} papers, so ones from then may be among those it "
                "does not list."
            )
        return f"{none} of {among} match {where}{outside}. {coverage(profile)}"
    lead = "That premise does not hold: " if query.premise else "Yes: " if yes_no else ""
    if every and yes_no:  # 'Are all her 2025 papers CV?': No, and the ones that are not
        lead = "No: "
    # 'more than one IV paper?': No, only one; 'why only one in 2025?': the count checked
    if (
        verdict := count_verdict(query.passed, n, WHY.search(query.question) is not None)
    ) is not None:
        lead = verdict
    verb = "matches" if n == 1 else "match"
    head = f"{lead}{n} of {among} {verb} {where}"
    if query.filters.paper_ids and not scope(query):  # 'how many are there?' after a list
        head = f"{lead}{plural(n, 'paper')} in the answer above"
    # 'several or only one?' is a count passed, not an 'only' of the whole listing
    unbounded = query.passed is None
    proportion = (
        _proportion(query, profile, n) if yes_no and not query.premise and unbounded else None
    )
    if query.universal and not query.filters.paper_ids:  # 'always on X?': every year checked
        whole: dict[str, object] = {"affiliation": None, "authors": []}  # 'all from PKU'
        base = facts.select(
            profile, _denominator(query).model_copy(update=whole), _whole_years(query)
        )
        # 'all her 2025 papers on X?': '4 of the 14 listed papers from 2025 match topic X'
        timeless = scope(query.model_copy(update={"filters": query.filters.undated(), "years": []}))
        same = not timeless or timeless == where
        within = "" if same else base_scope(_denominator(query), _whole_years(query))
        measured = timeless if within else where
        verdict = universal_head(
            query.universal, base, papers, measured, within, src, query.premise
        )
        proportion = verdict or proportion
    if proportion:
        head = proportion
    others = ""
    if every and not query.filters.paper_ids:  # 'all her 2025 papers are CV': 4 of its 14 are
        size, within = _base(query, profile)  # not, 10 are
        head = f"{lead}{n} of the {size} listed papers{within} {verb} {where}"
        rest = "one" if size - n == 1 else str(size - n)
        others = f"; the other {rest} {_every_said(query, size - n)}" if size > n else ""
    if query.premise and query.filters.exclude_categories:  # 'only NLP?': where the rest are
        spread = ", ".join(f"{code} {count}" for code, count in facts.by_category(papers))
        head += f" ({spread})"
    head += others
    ranged = query.years or query.filters.year_from is not None or query.filters.year_to is not None
    per_year = sorted(_by_year(profile, papers)) if query.count and ranged else []
    if len(per_year) > 1:
        head += " (" + ", ".join(f"{count} in {year}" for year, count in per_year) + ")"
    of_them = OF_THEM.search(query.question) and not query.filters.paper_ids
    shared = _share_asked(query) or AMONG.search(query.question) or of_them
    if shared and not query.universal:  # ('100% on LLMs?': the claim's own verdict said it)
        size, within = _base(query, profile)
        pct = f" ({round(100 * n / size)}%)" if _share_asked(query) else ""
        if within or query.filters.paper_ids:  # '4 of the 22 listed papers (CL) (18%) match'
            head = f"{lead}{n} of the {size} listed papers{within}{pct} {verb} {where}"
        else:  # the share of the whole listing: said once
            head = f"{lead}{n} of {among}{pct} {verb} {where}"
    if query.share is not None:  # 'since half his papers have code': the share, checked
        head = _share_head(query, profile, n, verb, where)
    breaking = _breaking_first(query, profile, papers, src) if proportion else None
    lines = breaking or [head + ":", *_items(query, profile, papers, src)]
    q = query.question
    if MULTIPLE.search(q) or RATIO.search(q) or (DIFFERENCE.search(q) and not query.topic):
        # 'how many times as many in 2025 as in 2024?', 'ratio of CL to CV papers?': the two
        # counts set against each other
        two = {str(y): n for y, n in per_year} if len(per_year) == 2 else {}
        if not two and len(query.filters.categories) == 2:
            held = dict(_by_category(profile, papers))
            two = {c: held.get(c, 0) for c in query.filters.categories}
        if two:
            lines.insert(0, _two_against(query.question, two))
    lines.append(coverage(profile))
    return "\n".join(lines)


# The subject said of the papers with code ('of her papers with code, how many are on RL'):
# the topic is what is measured, not the code
SUBJECT_AFTER_CODE = re.compile(
    CODE + r".*\b(?:about|on|concern\w*|regarding|related\s+to|deal\w*\s+with"
    r"|(?:are|is|were)\s+(?:\w+\s+)?(?:in|on|about))\b(?!\s+(?:github|gitlab|hugging))",
    re.IGNORECASE,
)


def _code_measured(query: Query) -> bool:
    """A share with code asked of a topic's papers ('what fraction of her RL papers have
    code', 'how many of his KD papers come with code'): taken of the topic's papers."""
    q = query.question
    share = _share_asked(query) or AMONG.search(q)
    return bool(
        query.fact == "papers" and query.needs_search and query.filters.has_code
        and share and not (query.exclude_topic or query.excluded or query.premise)
        and re.search(CODE, q, re.IGNORECASE) and not SUBJECT_AFTER_CODE.search(q)
        and query.share is None and query.passed is None
    )  # fmt: skip


def _code_share(
    query: Query, profile: Profile, searcher: Searcher, subject: Mapping[str, str] | None
) -> Answer:
    """'Of the 9 listed papers on 'RL', 4 (44%) have code:' and those four: of the topic's
    papers (as a count of them finds them), the part with code."""
    uncoded = query.model_copy(update={"filters": query.filters.model_copy(
        update={"has_code": None})})  # fmt: skip
    base, said = _on_topic_kept(uncoded, profile, searcher, subject)
    src, papers = Sources(said), [p for p in base if p.has_code]
    n, size = len(papers), len(base)
    pct = f" ({round(100 * n / size)}%)" if size and _share_asked(query) else ""
    head = f"{of_topic(uncoded, size)}, {n}{pct} {'has' if n == 1 else 'have'} code"
    lines = [head + (":" if papers else "."), *src.items(papers), coverage(profile), TOPIC_NOTE]
    if note := inferred_note(papers, profile):
        lines.append(note)
    return Answer(question=query.question, text="\n".join(lines), citations=src.citations(),
                  route="facts")  # fmt: skip


def _base(query: Query, profile: Profile) -> tuple[int, str]:
    """How many papers a count is taken among (its denominator's), and their restriction in
    words (' from 2025', ' (CL)' or '')."""
    denominator = _denominator(query)
    size = len(facts.select(profile, denominator, _whole_years(query)))
    return size, base_scope(denominator, _whole_years(query))


def _every_said(query: Query, n: int) -> str:
    """What a claim about every paper of a set says of them, for n papers: 'have code', 'are
    CV (Computer Vision)'."""
    if query.filters.has_code is False:
        return "has code" if n == 1 else "have code"
    named = " or ".join(dict.fromkeys(map(category_label, query.filters.exclude_categories)))
    return f"{'is' if n == 1 else 'are'} {named}"


def _two_against(question: str, counts: dict[str, int]) -> str:
    """Two counts (of two years, or two categories) in the order the question names them, as
    `versus` says them."""

    def at(key: str) -> int:
        if key in CATEGORY_NAMES:
            return _said_at(question, key)
        return m.start() if (m := re.search(rf"(?<!\d){key}(?!\d)", question)) else len(question)

    said = sorted(counts, key=lambda k: (at(k), k))
    return versus(question, [(f"in {k}", counts[k]) for k in said])


def _breaking_first(
    query: Query, profile: Profile, papers: Sequence[Paper], src: Sources
) -> list[str] | None:
    """'Were all her 2022 papers CL?' answered No: the papers that break it first, cited, then
    the ones that hold; None unless a universal ('all', 'only', 'every') over metadata (a
    category, code) is false: a topic's 'only' is not one ('code only in the appendix')."""
    if not ALL_OF.search(query.question) or query.topic:  # 'code only in the appendix'
        return None
    held = {p.id for p in papers}
    base = facts.select(profile, _denominator(query), _whole_years(query))
    breaking = [p for p in base if p.id not in held]
    if not breaking or len(breaking) == len(base):
        return None
    verb = "does" if len(breaking) == 1 else "do"
    head = _proportion(query, profile, len(papers))
    held_by = facts.by_category(breaking)  # their fields, when they differ ('CV 14, IR 4')
    spread = f" ({', '.join(f'{c} {k}' for c, k in held_by)})" if len(held_by) > 1 else ""
    lines = [f"{head}; the {plural(len(breaking), 'paper')} that {verb} not{spread}:"]
    lines += src.items(breaking)
    lines.append(f"The {plural(len(papers), 'paper')} that {'does' if len(papers) == 1 else 'do'}:")
    return [*lines, *_items(query, profile, papers, src)]


def _items(query: Query, profile: Profile, papers: Sequence[Paper], src: Sources) -> list[str]:
    """The papers listed; with their abstract's sentence on the code when its release is
    what was asked ('which code is only promised?': where and how each says it), as the
    columns read it for the filter."""
    if not query.filters.asks_release() and not query.filters.releases:
        return src.items(papers)
    columns = columns_of(profile)
    lines = []
    for paper in papers[:MAX_LISTED]:
        release = columns.release(columns.row[paper.id])
        said = release.sentence if release is not None else None
        if query.filters.releases:  # 'which papers release their data?': where each says so
            said = artifact_release(paper, query.filters.releases[0])
        if said is not None:
            src.evidence[paper.id] = said
        lines.append(src.item(paper, f": {said}" if said else ""))
    more = [f"- ... and {len(papers) - MAX_LISTED} more"] if len(papers) > MAX_LISTED else []
    return [*lines, *more]


def _set_marked_by_code(query: Query, profile: Profile, src: Sources) -> str | None:
    """'2023 papers, and which have code?': every paper of the set, each marked, not only
    those with code; None unless the code is asked of a set named first."""
    asked = AND_WHICH_CODE.search(query.question)
    if not (asked and query.filters.has_code and not query.topic and not query.filters.paper_ids):
        return None
    first = query.question[: asked.start()]
    # 'which have code, and which are CV?': the code decides the set; 'Among her 2020
    # papers, which have code?' is one ask
    if CODE_WORD.search(first) or re.match(r"\W*(?:among|of|out of|from|within)\b", first, re.I):
        return None
    any_code = query.filters.model_copy(update={"has_code": None})
    whole = query.model_copy(update={"filters": any_code})
    base = facts.select(profile, whole.filters, query.years)
    if not base or not scope(whole):
        return None
    coded = sum(p.has_code for p in base)
    have = "has" if coded == 1 else "have"
    head = f"{plural(len(base), 'listed paper')} match {scope(whole)}; {coded} of them {have} code:"
    items = [src.item(p, ", code" if p.has_code else ", no code") for p in base[:MAX_LISTED]]
    more = [f"- ... and {len(base) - MAX_LISTED} more"] if len(base) > MAX_LISTED else []
    return "\n".join([head, *items, *more, coverage(profile)])


def _by_year(profile: Profile, papers: Sequence[Paper]) -> list[tuple[int, int]]:
    """`facts.by_year`, from the years column when the papers are rows not yet read."""
    if not isinstance(papers, PaperRows):
        return facts.by_year(papers)
    years, counts = np.unique(columns_of(profile).year[papers.rows], return_counts=True)
    return sorted(zip(years.tolist(), counts.tolist(), strict=True), key=lambda kv: (-kv[1], kv[0]))


def _by_category(profile: Profile, papers: Sequence[Paper]) -> list[tuple[str, int]]:
    """`facts.by_category`, from the categories column when the papers are rows not yet read."""
    if not isinstance(papers, PaperRows):
        return facts.by_category(papers)
    codes, counts = np.unique(columns_of(profile).category[papers.rows], return_counts=True)
    pairs = zip((str(c) for c in codes.tolist()), counts.tolist(), strict=True)
    return sorted(pairs, key=lambda kv: (-kv[1], kv[0]))


def _of_group(profile: Profile, papers: Sequence[Paper], by_year: bool, key: str) -> list[Paper]:
    """The papers of one year (or category) in their order: `facts.in_year` (`in_category`),
    reading only that group's papers when the papers are rows not yet read."""
    if not isinstance(papers, PaperRows):
        return facts.in_year(papers, int(key)) if by_year else facts.in_category(papers, key)
    columns = columns_of(profile)
    rows = np.asarray(papers.rows, dtype=np.int64)
    column = columns.year if by_year else columns.category
    return columns.rows(rows[column[rows] == (int(key) if by_year else key)].tolist())


def _proportion(query: Query, profile: Profile, n: int) -> str | None:
    """'Does she only publish in CV?' is No unless all of them are; 'Is most of her work on
    LLMs?' is Yes when over half are: the verdict, then the share it rests on."""
    every, most = ALL_OF.search(query.question), MOST_OF.search(query.question)
    claimed = claimed_share(query.question)  # 'more than half', 'a third', '80%', 'none'
    if not (every or most or claimed):
        return None
    denominator = _denominator(query)
    base = facts.select(profile, denominator, _whole_years(query))
    if not base or not (query.topic or denominator != query.filters):
        return None  # nothing measured against a wider set
    if claimed is not None:
        yes = claimed.holds(n, len(base))
    else:
        yes = n == len(base) if every else 2 * n > len(base)
    within = base_scope(denominator, _whole_years(query))
    share = f"{n} of the {len(base)} listed papers{within} ({round(100 * n / len(base))}%)"
    return f"{'Yes' if yes else 'No'}: {share} match {scope(query)}"


def _share_head(query: Query, profile: Profile, n: int, verb: str, where: str) -> str:
    """'13 of the 50 listed papers (26%) match with code', corrected first when the question
    took another share for granted ('not half')."""
    assert query.share is not None
    base = facts.select(profile, _denominator(query), _whole_years(query))
    within = base_scope(_denominator(query), _whole_years(query))
    pct = round(100 * n / len(base)) if base else 0
    share = f"{n} of the {len(base)} listed papers{within} ({pct}%) {verb} {where}"
    if query.share.holds(n, len(base)):
        return share
    return f"That premise does not hold: {share}, not {query.share.said}"


def _denominator(query: Query) -> Filters:
    """What a share is taken of: the filters without the one being measured ('2023 papers'
    for 'what fraction of her 2023 papers have code'); the topic, if any, is measured first."""
    f = query.filters
    if query.needs_search:
        return f
    if f.unworded() != f:  # 'how many of her titles are questions': of all her titles
        return f.unworded()
    if (named := _named_whole(query)) is not None:  # 'what share of her code papers are CV'
        return named
    if f.has_code is not None:
        return f.model_copy(update={"has_code": None})
    if f.categories and not query.years and _total_names(query.question, f.categories):
        return f.undated()  # 'CV papers of 2025 and the total CV count': all CV papers
    if f.categories or f.exclude_categories:
        return f.model_copy(update={"categories": [], "exclude_categories": []})
    if query.years:
        return f
    return f.undated()


def _whole_parts(query: Query) -> tuple[set[str], set[str]]:
    """The kinds of filter held that the whole of a share names, and those it does not."""
    f = query.filters
    dated = bool(f.year_from or f.year_to or f.date_from or f.date_to or query.years)
    held = {
        "code": f.has_code is not None,
        "category": bool(f.categories or f.exclude_categories),
        "date": dated,
    }
    on = {kind for kind, said in held.items() if said}
    return on & set(query.share_of), on - set(query.share_of)


def _named_whole(query: Query) -> Filters | None:
    """The whole a share is taken of when the question names it ('of her code papers', 'out
    of the 2025 papers') and something else is measured; None otherwise."""
    kept, measured = _whole_parts(query)
    if not (kept and measured):
        return None
    f = query.filters
    if "code" in measured:
        f = f.model_copy(update={"has_code": None})
    if "category" in measured:
        f = f.model_copy(update={"categories": [], "exclude_categories": []})
    return f.undated() if "date" in measured else f


def _whole_years(query: Query) -> list[int]:
    """The years a share's whole keeps: none when the years are what is measured ('what
    percent of code papers are from 2021 or 2023')."""
    kept, measured = _whole_parts(query)
    return [] if kept and "date" in measured else query.years


def _total_names(question: str, codes: list[str]) -> bool:
    """Whether the total asked is named by one of these categories ('the total cs.CV count',
    'total computer vision papers')."""
    m = TOTAL_NAMED.search(question)
    words = set(re.findall(r"[a-z]+", (m[1] or m[2]).lower())) if m else set()
    return any(
        c.lower() in words or set(re.findall(r"[a-z]+", category_label(c).lower())) <= words
        for c in codes
    )


def base_scope(base: Filters, years: list[int]) -> str:
    """' from 2023' or '': the denominator's own restriction, in words."""
    if years:
        return " from " + " and ".join(map(str, years))
    said = base.describe()
    return f" ({said})" if said else ""


def _categories(
    query: Query, profile: Profile, papers: Sequence[Paper], src: Sources
) -> str | None:
    ranking = _by_category(profile, papers)
    where = f" ({scope(query)})" if scope(query) else ""
    lines = [f"The {plural(len(papers), 'listed paper')}{where} span "
             f"{plural(len(ranking), 'category')}:"]  # fmt: skip
    if re.search(VENUE, query.question, re.IGNORECASE):  # 'which venues does she publish in?'
        lines.insert(0, "The profile records no venue (conference or journal) for its papers; "
                        "it gives each paper's arXiv category.")  # fmt: skip
    for code, count in ranking:  # each category's papers read once, not the whole list again
        marks = src.marks(_of_group(profile, papers, False, code))
        lines.append(f"- {category_label(code)}: {count} {marks}")
    named = sorted(query.filters.categories, key=lambda c: _said_at(query.question, c))
    if len(named) == 2 and len(ranking) <= 2:  # 'Are there more CV papers than NLP papers?'
        counts = dict(ranking)
        lines.insert(0, versus(query.question, [(f"in {c}", counts.get(c, 0)) for c in named]))
    return "\n".join([*lines, coverage(profile)])


def _outside(query: Query, profile: Profile) -> str:
    """': the listing spans 2020-2026' when the dates asked lie wholly outside it."""
    f, years = query.filters, columns_of(profile).per_year  # not every paper read from disk
    if not years:
        return ""
    start, end = min(years), max(years)
    low = f.year_from or (f.date_from.year if f.date_from else None)
    high = f.year_to or (f.date_to.year if f.date_to else None)
    asked = query.years or ([] if low is None and high is None else [low or high or 0])
    before = high is not None and high < start
    after = low is not None and low > end
    apart = bool(query.years) and all(y < start or y > end for y in query.years)
    return f": the listing spans {start}-{end}" if asked and (before or after or apart) else ""


def _nearest_listed(query: Query, profile: Profile) -> str:
    """'; the earliest listed paper is KEML (2020-02-25)': the listed paper nearest the dates
    asked, all before or all after the listing."""
    columns = columns_of(profile)
    f, start = query.filters, int(columns.year[columns.by_date[0]])
    high = f.year_to or (f.date_to.year if f.date_to else None)
    asked = query.years or ([high] if high is not None else [])
    before = bool(asked) and all(y < start for y in asked)
    row, side = (columns.by_date[0], "earliest") if before else (columns.by_date[-1], "latest")
    paper = columns.rows([int(row)])[0]
    return f"; the {side} listed paper is {paper.short_title} ({paper.date.isoformat()})"


def _said_at(question: str, code: str) -> int:
    """Where the question first names a category (its code, name or an alias)."""
    names = [code, CATEGORY_NAMES[code], *(a for a, c in ALIASES.items() if c == code)]
    found = (re.search(rf"(?<![\w-]){re.escape(n)}(?![\w-])", question, re.I) for n in names)
    return min((m.start() for m in found if m), default=len(question))


def _affiliations(
    query: Query, profile: Profile, papers: Sequence[Paper], src: Sources
) -> str | None:
    tagged = facts.with_affiliation(papers)
    if not tagged:
        return f"None of the {len(papers)} listed papers carries an affiliation tag."
    lines = [f"{len(tagged)} of the {len(papers)} listed papers carry an affiliation tag:"]
    lines += [src.item(p, f", tag '{p.affiliation}'") for p in tagged]
    lines.append("No other listed paper has a tag.")
    return "\n".join(lines)


def _ordered(query: Query, profile: Profile, papers: Sequence[Paper], src: Sources) -> str | None:
    if not papers:
        return f"None of the {len(profile.papers)} listed papers match {scope(query)}."
    newest = query.fact == "latest"
    limit = query.limit or 1
    # Only the papers shown are ranked: the first `limit`, or the first and five more.
    ranked = _first(papers, newest, len(papers) if len(query.paper_ids) > 1 else max(limit, 6))
    which = "most recent" if newest else "earliest"
    where = f" ({scope(query)})" if scope(query) else ""
    if len(query.paper_ids) > 1:
        top = src.item(ranked[0]).removeprefix("- ")
        lines = [f"Of the papers named, the {which} is {top}; then:", *src.items(ranked[1:])]
    elif (judged := end_verdict(query, papers, ranked[0], where, src)) is not None:
        lines = [judged]  # 'her first CV paper came out in 2023?': No, with the first one
    elif limit == 1:
        first = ranked[0]
        lines = [f"The {which} listed paper{where} is " + src.item(first).removeprefix("- ") + "."]
        if query.needs_search and len(ranked) > 1:
            lines.append("Other matches, in order:")
            lines += src.items(ranked[1:6])
    else:
        lines = [f"The {min(limit, len(ranked))} {which} listed papers{where}:"]
        lines += src.items(ranked[:limit])
    lines.append(coverage(profile))
    return "\n".join(lines)


def _first(papers: Sequence[Paper], newest: bool, n: int) -> list[Paper]:
    """The first n of `papers` (oldest first, ties in listing order: `answer_facts`' order)
    ranked earliest first, or newest first with ties in listing order; only the end read."""
    if not newest:
        return list(papers[:n])
    tail: list[Paper] = []
    for paper in reversed(papers):  # a date's papers all, so its ties rank by listing order
        if len(tail) >= n and paper.date != tail[-1].date:
            break
        tail.append(paper)
    return sorted(tail, key=lambda p: (p.date, -p.n), reverse=True)[:n]


def _ranked(
    query: Query, profile: Profile, papers: Sequence[Paper], src: Sources,
) -> str | None:  # fmt: skip
    """Most/least common category, busiest/quietest year: the winner(s) and the runner-up."""
    by_year = query.fact in ("busiest_year", "quietest_year")
    claimed = _claimed_year(query) if by_year else None
    if claimed is not None:  # '2024 was her busiest year': ranked among all years, then judged
        update: dict[str, object] = {"year_from": None, "year_to": None, "exclude_years": []}
        f = query.filters.model_copy(update=update)
        query = query.model_copy(update={"filters": f, "years": []})
        papers = facts.select(profile, f)
    ranking: list[tuple[str, int]] = (
        [(str(y), c) for y, c in _by_year(profile, papers)]
        if by_year
        else _by_category(profile, papers)
    )
    if not ranking:
        return None
    if query.fact in ("least_common_category", "quietest_year"):
        ranking = sorted(ranking, key=lambda kv: kv[1])
    best = ranking[0][1]
    winners = [key for key, count in ranking if count == best]
    rest = [(key, count) for key, count in ranking if count != best]

    def group(key: str) -> list[Paper]:
        return _of_group(profile, papers, by_year, key)

    def name(key: str) -> str:
        return key if by_year else category_label(key)

    where = f" ({scope(query)})" if scope(query) else ""
    least = query.fact in ("least_common_category", "quietest_year")
    what = (
        ("quietest year" if least else "busiest year")
        if by_year
        else (f"{'least' if least else 'most'} common category")
    )
    grouped = [p for key in winners for p in group(key)]
    if len(winners) == 1:
        said = f"{name(winners[0])} is the {what}"
    else:
        said = " and ".join(name(k) for k in winners) + f" are tied as the {what}"
    share = (
        f"{plural(best, 'paper')} each of the {len(papers)} listed papers" if len(winners) > 1
        else f"{best} of the {len(papers)} listed papers"
    )  # fmt: skip
    text = f"{said}{where}: {share} {src.marks(grouped)}."
    if (over := of_topic(query, len(papers))) and claimed is None:  # a topic's papers ranked
        share = f"{plural(best, 'paper')} each" if len(winners) > 1 else f"{best} of them"
        text = f"{over}, {said}: {share} {src.marks(grouped)}."
    if claimed is not None:  # 'No: 2025 is the busiest year, with 14 papers ...; 2024 has 3.'
        said = f"{said}, with {plural(best, 'paper')}{' each' if len(winners) > 1 else ''}"
        text = f"{said} (of the {len(papers)} listed) {src.marks(grouped)}."
        if str(claimed) in winners:
            return f"Yes: {text} {coverage(profile)}"
        n = dict(ranking).get(str(claimed), 0)
        return f"No: {text} {claimed} has {plural(n, 'paper')}. {coverage(profile)}"
    if rest:
        text += f" Next: {name(rest[0][0])} with {rest[0][1]}."
    return f"{text} {coverage(profile)}"


NEGATED_ASK = re.compile(r"\W*(?:was|is|were|are|did|does|do)n['’]?t\b", re.IGNORECASE)


def _claimed_year(query: Query) -> int | None:
    """The one whole year a busiest/quietest-year question names ('2024 was her busiest
    year', 'was 2021 the slowest?'): the year claimed, not a restriction (one year has no
    busiest year); None when no such year or the papers are a topic's."""
    f = query.filters
    one = f.year_from is not None and f.year_from == f.year_to and not (f.date_from or f.date_to)
    if not one and len(f.exclude_years) == 1 and NEGATED_ASK.match(query.question):
        return f.exclude_years[0]  # "wasn't 2023 her slowest year?" asks whether it was
    return f.year_from if one and not query.needs_search else None


def _code_split(query: Query, profile: Profile, papers: Sequence[Paper], src: Sources) -> str:
    """The papers with code and those without, each side counted and set against the other in
    the order asked ('without code minus with code': 24 more without)."""
    every = facts.select(profile, query.filters, query.years)
    with_code = [p for p in every if p.has_code]
    without = [p for p in every if not p.has_code]
    sides = [("without code", len(without)), ("with code", len(with_code))]
    said_with = re.search(r"\bwith\b", query.question, re.IGNORECASE)
    said_without = re.search(WITHOUT, query.question, re.IGNORECASE)
    if said_with and (said_without is None or said_with.start() < said_without.start()):
        sides.reverse()
    within = base_scope(query.filters, query.years)
    return (
        f"{versus(query.question, sides)}\nOf the {plural(len(every), 'listed paper')}{within}, "
        f"those with code: {src.marks(with_code)}. {coverage(profile)}"
    )


HANDLERS: dict[str, Handler] = {
    "header": _header,
    "papers": _papers,
    "categories": _categories,
    "affiliations": _affiliations,
    "earliest": _ordered,
    "latest": _ordered,
    "most_common_category": _ranked,
    "least_common_category": _ranked,
    "busiest_year": _ranked,
    "quietest_year": _ranked,
    "code_split": _code_split,
    **MORE_HANDLERS,
    **TALLY_HANDLERS,
    "by_day": by_day,
    **GROUP_HANDLERS,
}


def _on_topic(
    query: Query, papers: Sequence[Paper], searcher: Searcher
) -> tuple[list[Paper], dict[str, str]]:
    """Papers on the topic within the metadata filters: those the searcher finds relevant,
    plus those that name the topic outright (so a count does not hinge on one threshold)."""
    if query.exclude_topic:  # the papers off the topic (off each one joined): cited as themselves
        off: set[str] = set()
        for side in dict.fromkeys([query.topic or "", *query.joined]):  # the whole, and each
            off |= _on_side(query.model_copy(update={"topic": side}), papers, searcher)
        return [p for p in papers if p.id not in off], {}
    evidence = _evidence(query, papers, searcher)
    topic, allowed = query.topic or "", {p.id for p in papers}
    for hit in sibling_hits(list(evidence), searcher, topic, query.filters):  # as a list adds
        if hit.paper.id in allowed:
            evidence.setdefault(hit.paper.id, hit.evidence)
    return [p for p in papers if p.id in evidence], evidence


def _evidence(query: Query, papers: Sequence[Paper], searcher: Searcher) -> dict[str, str]:
    """Of `papers`, those on the query's topic (id: the sentence saying so)."""
    allowed = {p.id for p in papers}
    # only its relevant hits are read: the others' papers are not made (`relevant_only`)
    found = searcher.search(
        query.topic or "", query.filters, k=max(len(papers), 1), relevant_only=True
    )
    result = with_leaders(found)
    relevant = [h for h in result.relevant_hits if h.paper.id in allowed]
    evidence = {h.paper.id: h.evidence for h in on_topic(relevant)}
    named = names.mentions(list(papers), query.topic or "", searcher.keywords)
    for paper_id, sentence in named.items():
        evidence.setdefault(paper_id, sentence)
    return evidence


def _on_side(query: Query, papers: Sequence[Paper], searcher: Searcher) -> set[str]:
    """Of `papers`, the ids of those on the query's topic, as a negation of it leaves out:
    'not about vision', 'nothing to do with language': a field's papers are on it, and so is
    a paper on images or video for the visual modality ('Text and Image Matching')."""
    evidence = _evidence(query, papers, searcher)
    field = {w: c for c, ws in FIELD_WORDS.items() for w in ws}.get((query.topic or "").casefold())
    # within a visual category ('CV papers except the video ones') the words name a kind
    # of visual paper, not the modality: only the papers found on them go
    within = set(query.filters.categories) & VISUAL_CATEGORIES
    visual = names_visual(query.topic) and not within
    return {
        p.id for p in papers if p.id in evidence or p.category == field or (visual and on_visual(p))
    }


def _on_topic_kept(
    query: Query, profile: Profile, searcher: Searcher, subject: Mapping[str, str] | None = None
) -> tuple[Sequence[Paper], MutableMapping[str, str]]:
    """`_on_topic` over `facts.select`'s papers, read from the profile's columns: only the
    papers the search or the keyword index finds are touched, not every allowed paper; for
    the earliest or latest papers, only until enough of them are found. `subject`: the papers
    a list of the subject's papers holds (id: evidence), on the topic too."""
    columns = columns_of(profile)
    keep = columns.kept(query.filters, query.years)
    allowed = int(keep.sum())

    def among(ids: Set[str] | None) -> Sequence[Paper]:
        return columns.among(ids, keep)  # oldest first, read as they are looked at

    # a count reads only the relevant hits: the others' papers are not made (`relevant_only`)
    found = searcher.search(query.topic or "", query.filters, k=max(allowed, 1), relevant_only=True)
    result = with_leaders(found)
    relevant = [h for h in result.relevant_hits if keep[columns.row[h.paper.id]]]
    evidence = {h.paper.id: h.evidence for h in on_topic(relevant)}
    first = None
    if query.fact in ("earliest", "latest") and len(query.paper_ids) <= 1:
        # _ordered shows the first `limit` papers, or the first and five more: whatever the
        # search found, no later mention can be among those.
        shown = query.limit or 1
        order = columns.newest_first if query.fact == "latest" else _as_given
        first = (6 if shown == 1 else shown, order)
    topic = query.topic or ""
    named = names.mentions(
        [], topic, searcher.keywords, among, first, columns.bracketed, columns.days(keep)
    )
    # the search's sentence first, then the naming one (cut from its abstract only for the
    # papers the answer cites: a count at 100k papers counts hundreds), then the subject's
    said = names.Said()
    for paper_id, sentence in evidence.items():
        said[paper_id] = sentence
    said.keep(named)
    for paper_id, sentence in (subject or {}).items():  # as a list of its papers holds them
        if paper_id in columns.row and keep[columns.row[paper_id]] and paper_id not in said:
            said[paper_id] = sentence
    for hit in sibling_hits(list(said), searcher, topic, query.filters):  # as a list adds them
        if hit.paper.id in columns.row and keep[columns.row[hit.paper.id]]:
            said[hit.paper.id] = hit.evidence
    if query.excluded:  # 'few-shot work other than classification': less the papers on that
        off = set_aside_papers(query, among(set(said)), profile, searcher)
        for paper_id in [i for i in said if i in off]:
            del said[paper_id]
    # the counted papers stay rows, read as they are looked at: a count shows a few
    return among(set(said)), said


def set_aside_papers(
    query: Query, papers: Sequence[Paper], profile: Profile, searcher: Searcher
) -> set[str]:
    """Of `papers`, those on the subject set aside ('X but not Y'): naming it whole, else
    naming its rare words ('not about Chinese text': the papers saying Chinese)."""
    off: set[str] = set()
    for side in dict.fromkeys([query.excluded or "", *query.excluded_sides]):  # and each
        off |= naming_papers(side, papers, profile, searcher)
    if off or not query.excluded_core:
        return off
    return naming_papers(query.excluded_core, papers, profile, searcher)


def naming_papers(
    subject: str, papers: Sequence[Paper], profile: Profile, searcher: Searcher
) -> set[str]:
    """The papers whose title or abstract names a subject, or of `papers` one whose sentence
    holds all its words ('cross-domain ... compression'): those on it, not merely near it in
    meaning (a subject set aside, 'X but not Y', takes only the papers that say Y)."""
    columns = columns_of(profile)
    keep = columns.kept(Filters(), [])

    def among(ids: Set[str] | None) -> Sequence[Paper]:
        return columns.among(ids, keep)

    said = names.mentions_words(list(papers), subject)
    if len(subject.split()) == 1:  # one word ('classification'): a title saying it, as the
        # abstract of a paper on another task may name it for a step ('mention classification')
        wanted = stem([subject.casefold()])[0]
        return said | {p.id for p in papers if wanted in stem(text_words(p.title))}
    return said | set(
        names.mentions([], subject, searcher.keywords, among, None, columns.bracketed)
    )


def topic_papers(query: Query, profile: Profile, searcher: Searcher) -> list[Paper]:
    """The papers a count on the query's topic counts, within its filters."""
    return list(_on_topic_kept(query, profile, searcher)[0])


def _as_given(papers: Sequence[Paper]) -> Sequence[Paper]:
    """`columns.among`'s order, oldest first (ties in listing order): `_ordered`'s earliest."""
    return papers


def answer_facts(
    query: Query,
    profile: Profile,
    searcher: Searcher | None = None,
    subject: Mapping[str, str] | None = None,
) -> Answer | None:
    """An exact answer from metadata, or None when this question needs retrieval instead.
    The handlers get the papers oldest first, ties in listing order (`facts.select`'s).
    `subject`: the papers a list of the topic's papers holds (id: evidence), counted too."""
    handler = HANDLERS.get(query.fact or "")
    if handler is None or query.intent == "retrieval":
        return None
    if _beyond_listing(query, profile):  # 'what are the other 15?': counted, never named
        return _unlisted(query, profile)
    named = query.intent == "superlative" and len(query.paper_ids) > 1
    # 'how many authors does X have': that paper's author line, whatever its title's words
    alone = query.fact == "author_count" and len(query.paper_ids) == 1
    if _code_measured(query) and searcher is not None:  # 'what share of her RL papers have code'
        return _code_share(query, profile, searcher, subject)  # its own search of the topic
    evidence: MutableMapping[str, str] = {}
    papers: Sequence[Paper]  # read from disk as they are looked at (see facts.select)
    if alone:
        query = query.model_copy(update={"topic": None})
        papers = columns_of(profile).having(query.paper_ids)
    elif query.needs_search and searcher is not None and not (named or query.exclude_topic):
        papers, evidence = _on_topic_kept(query, profile, searcher, subject)
    else:
        papers = facts.select(profile, query.filters, query.years)
        if named:
            papers = [p for p in papers if p.id in query.paper_ids]
        if query.needs_search:
            if searcher is None:
                return None
            papers, evidence = _on_topic(query, papers, searcher)
    src = Sources(evidence)
    of_people = query.fact in PEOPLE_FACTS and query.needs_search and query.topic
    if of_people and said_of_people(query.question, query.topic or ""):
        # 'how many of his co-authors are women?': words said of the people themselves ('co-
        # authors are chinese', 'their gender'), ask what the profile holds of no one (it holds
        # names, as the author lines print them)
        return _unheld_of_people(query, profile, len(papers))
    text = handler(query, profile, papers, src)
    if text is None:
        return None
    if query.needs_search:
        text += "\n" + TOPIC_NOTE
    if note := inferred_note(columns_of(profile).having(src.cited), profile):
        text += "\n" + note
    # 'Has she done any robotics research?' read as a category no listed paper is in: the
    # profile does not cover it, as for a topic no paper covers
    cats = query.filters.categories
    absent = bool(cats) and not columns_of(profile).kept(Filters(categories=cats)).any()
    yes_no = YES_NO.match(query.question) is not None
    declined = absent and query.fact == "papers" and (yes_no or not query.premise)
    if declined and not yes_no and text.startswith("None of"):  # 'robotics papers by her?'
        text = "The profile does not answer this: n" + text[1:]
    # 'the longest author list' when every list ends in 'et al.': not known, so declined
    declined = declined or text.startswith(UNKNOWABLE)
    return Answer(
        question=query.question,
        text=text,
        citations=src.citations(),
        route="abstain" if declined else "facts",
        abstained=declined,
        notice=None,
    )


def _unheld_of_people(query: Query, profile: Profile, on_topic: int) -> Answer:
    """Decline a property of the co-authors no paper is about ('women', 'nationality'): the
    profile holds each person's name as the author lines print it, and their papers, no more."""
    everyone = people.coauthors(profile.papers, profile.name)
    text = (
        f"{UNKNOWABLE}answer this of {profile.name}'s co-authors ('{query.topic}'): it holds "
        f"only their names as the author lines print them (at least "
        f"{len(everyone)} distinct co-authors on the {len(profile.papers)} listed papers) and "
        f"their papers, with no gender, nationality, affiliation or other personal details"
    )
    if on_topic:  # the word names a subject of some papers: that says nothing of their authors
        named = f"{plural(on_topic, 'listed paper')} name '{query.topic}'"
        text += f" ({named}, which says nothing of their authors)."
    else:
        text += f"; and no listed paper is on '{query.topic}'."
    return Answer(question=query.question, text=text, route="abstain", abstained=True)


def _beyond_listing(query: Query, profile: Profile) -> bool:
    """Are the papers asked by name the ones the header counts beyond the listing?"""
    whole = query.fact == "papers" and not query.topic and not query.filters.describe()
    header = query.fact == "header" and "papers" in query.fields
    listed = len(profile.papers)
    return (whole or header) and unlisted_asked(query.question, profile.papers_claimed, listed)


def _unlisted(query: Query, profile: Profile) -> Answer:
    """Decline naming the papers the header counts but does not list: it holds only a count."""
    claimed, listed = profile.papers_claimed or 0, len(profile.papers)
    text = (
        f"{UNKNOWABLE}name the papers it does not list: its header claims {claimed} papers "
        f"{HEADER}, but only {listed} are listed, so the other {claimed - listed} have no titles, "
        f"dates or abstracts here. The {listed} listed papers can be asked about."
    )
    return Answer(question=query.question, text=text, route="abstain", abstained=True)
