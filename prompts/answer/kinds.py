"""'Does she mostly propose methods, or build benchmarks and tools?': the papers grouped by the
kind of contribution each states in its own words (its title, or what its abstract says it
introduces), the papers stating none counted as methods and models."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

from prompts.answer.model import Answer
from prompts.answer.wording import MAX_LISTED, Sources, plural
from retrieval.index.columns import PaperColumns, Rows
from retrieval.model import Paper
from retrieval.names import nickname
from retrieval.text import split_sentences

SHOWN = 6  # papers named per kind
# Kind of contribution -> (its heading, the nouns a paper uses for it).
KINDS: dict[str, tuple[str, str]] = {
    "resource": ("Benchmarks and datasets", r"benchmarks?|data ?sets?|corpus|corpora"),
    "software": ("Toolkits and platforms", r"toolkits?|platforms?|librar(?:y|ies)|toolbox(?:es)?"),
    "survey": ("Surveys", r"surveys?|literature reviews?|review articles?"),
    "study": ("Empirical studies and analyses", r"empirical stud(?:y|ies)|analys[ie]s"),
}
METHODS = "Methods and models"
# 'We introduce VIPER, a comprehensive benchmark', 'we construct two datasets', 'this paper
# introduces MERIT, the first multilingual dataset' (not 'a PLM trained on medical corpora':
# the noun must be what is introduced, so no 'on', 'from', 'with' ... before it)
_MADE = (
    r"\b(?:we|this (?:paper|work|study))\s+(?:[\w-]+\s+){{0,2}}?(?:introduce|propose|present"
    r"|construct|build|release|develop|curate|collect|create|conduct|perform)\w*\b"
    r"(?:(?!\b(?:on|over|from|with|using|in|for|of|trained|based)\b)[^.;]){{0,70}}?\b(?:{0})\b"
)

# How a question names a kind: the same nouns, said as a person does ('a tool-builder').
_ASKED_KINDS = {
    "method": r"methods?|models?|algorithms?|techniques?|approaches|architectures?"
    r"|(?:new|novel|original) (?:research|ideas|work)",
    "resource": r"benchmarks?|data ?sets?|corpus|corpora|resources?|evaluation suites?",
    "software": r"tool(?:kit)?s?|tool-?build\w*|software|librar(?:y|ies)|platforms?|toolbox(?:es)?"
    r"|systems?",
    "survey": r"surveys?|literature reviews?|review articles?|overview papers?|tutorials?",
    "study": r"empirical stud(?:y|ies)|analys[ie]s|analysis (?:papers?|work)|position papers?",
}
_ANY_KIND = "|".join(f"(?P<{k}>{v})" for k, v in _ASKED_KINDS.items())
# words between the two ('or more of an', 'or someone who proposes'), none tying the second
# kind to a subject ('datasets for vision-language models')
_BETWEEN = r"(?!(?:for|on|in|with|about|from|to)\b)[\w'-]+"
_JOIN = r"(?:,|/|&|\+|\bor\b|\band\b|\bvs\.?|\bversus\b|\bagainst\b|\bnor\b)"
# Two kinds set side by side: 'models, or release datasets', 'methods vs benchmarks vs tools',
# 'a tool-builder or a methods person' (not 'datasets for vision-language models')
_SIDE_BY_SIDE = re.compile(
    rf"\b(?:{_ANY_KIND})(?:[\s-]+[\w-]+)?\s*{_JOIN}\s*(?:{_BETWEEN}\s+){{0,4}}?"
    rf"(?:{_ANY_KIND.replace('?P<', '?P<b_')})\b",
    re.IGNORECASE,
)
# 'what kinds of contributions', 'contribution types', 'the breakdown of her output by type'
_TYPES = re.compile(
    r"\b(?:kinds?|types?|sorts?|mix|split|breakdown)\s+of\s+(?:[\w-]+\s+)?"
    r"(?:contributions?|outputs?)\b|\bcontributions?\s+(?:types?|kinds?)\b"
    r"|\b(?:output|contributions?|papers)\s+by\s+(?:type|kind)\b",
    re.IGNORECASE,
)


def kinds_asked(question: str) -> bool:
    """Is the research asked by kind of contribution: two kinds set side by side, one of them
    not a method ('methods or benchmarks?'), or the kinds of contribution themselves?"""
    if _TYPES.search(question):
        return True
    for m in _SIDE_BY_SIDE.finditer(question):
        first = next(k for k in _ASKED_KINDS if m[k])
        second = next(k for k in _ASKED_KINDS if m[f"b_{k}"])
        if first != second:  # only one kind is a method's
            return True
    return False


def stated_kinds(paper: Paper) -> dict[str, str]:
    """Each kind the paper states of itself, with the words that state it (title or sentence)."""
    found: dict[str, str] = {}
    sentences: list[str] | None = None
    for kind, (_, nouns) in KINDS.items():
        if re.search(rf"\b(?:{nouns})\b", paper.title, re.IGNORECASE):
            found[kind] = paper.title
            continue
        # a sentence is the abstract's text between spaces: no noun in it, none in a sentence
        if not re.search(rf"\b(?:{nouns})\b", paper.abstract, re.IGNORECASE):
            continue
        sentences = split_sentences(paper.abstract) if sentences is None else sentences
        made = re.compile(_MADE.format(nouns), re.IGNORECASE)
        if said := next((s for s in sentences if made.search(s)), None):
            found[kind] = said
    return found


def kinds_stated(columns: PaperColumns) -> dict[int, dict[str, str]]:
    """Per row stating some kind of contribution, the words stating each (one read of every
    paper, once per profile version)."""
    return {
        row: found for row, paper in enumerate(columns.papers) if (found := stated_kinds(paper))
    }


class HeldKinds:
    """The kinds of contribution every paper states of itself, read once per profile (at 10k
    papers reading them took ~5 s per question): per kind the rows stating it, per row the
    words stating each; a question masks the rows it keeps and reads only the papers it shows."""

    def __init__(
        self, columns: PaperColumns, said: dict[int, dict[str, str]] | None = None
    ) -> None:
        """`said`: what `kinds_stated` read of these columns (kept on disk); else read now."""
        self.columns = columns
        self.said = kinds_stated(columns) if said is None else said
        self.flags = {k: np.zeros(len(columns.ids), dtype=bool) for k in KINDS}
        for row, found in self.said.items():
            for kind in found:
                self.flags[kind][row] = True
        # a method: a paper stating no other kind
        self.flags["method"] = ~np.logical_or.reduce(list(self.flags.values()))

    def order(self, keep: npt.NDArray[np.bool_]) -> Rows:
        """The kept rows oldest first, as `facts.select` gives their papers."""
        return self.columns.by_date[keep[self.columns.by_date]]

    def of(self, rows: Rows, kind: str) -> Rows:
        """The rows (in their order) stating this kind ('method': stating none)."""
        return rows[self.flags[kind][rows]]

    def words(self, row: int, kind: str) -> str:
        """The words stating the kind (a method: its title)."""
        return self.said[row][kind] if kind in KINDS else self.columns.titles()[row]

    def papers(self, rows: Rows) -> Sequence[Paper]:
        """The papers at these rows, read when looked at."""
        return self.columns.lazy(rows.tolist())


def answer_kinds(question: str, owner: str, held: HeldKinds, keep: npt.NDArray[np.bool_]) -> Answer:
    """The papers `keep` flags by kind of contribution, each kind counted and its papers cited."""
    rows = held.order(keep)
    groups = [(h, held.of(rows, k)) for k, (h, _) in KINDS.items()]
    groups.append((METHODS, held.of(rows, "method")))
    groups = sorted([g for g in groups if len(g[1])], key=lambda g: -len(g[1]))
    top, most = groups[0] if groups else (METHODS, rows[:0])
    lead = "Mostly" if 2 * len(most) > len(rows) else "Most often"
    # each paper's evidence: every kind it states, in the order of KINDS, once each
    shown = {int(r) for _, having in groups for r in having[:SHOWN]}
    src = Sources(
        {
            held.columns.ids[r]: " ".join(dict.fromkeys(held.said[r].values()))
            for r in shown
            if r in held.said
        }
    )
    lines = [
        f"{lead} {top.casefold()}: {len(most)} of {owner}'s {plural(len(rows), 'listed paper')}."
        " By the kind of contribution each states (in its title, or as what its abstract says "
        f"it introduces; {METHODS.casefold()}: the papers stating no other kind):"
    ]
    lines += [
        f"- {heading} ({len(having)}): {_named(held.papers(having), src)}"
        for heading, having in groups
    ]
    lines.append(
        "A paper can state more than one kind (a benchmark with the method it proposes); "
        "the kinds are read from each paper's own words, not judged."
    )
    return Answer(
        question=question, text="\n".join(lines), citations=src.citations(), route="facts"
    )


def _named(papers: Sequence[Paper], src: Sources) -> str:
    shown = ", ".join(f"{nickname(p) or p.short_title} {src.mark(p)}" for p in papers[:SHOWN])
    more = len(papers) - SHOWN
    return shown + (f" and {more} more" if more > 0 else "")


# The topic of a yes/no that is a kind of contribution alone: 'a literature review', 'survey
# papers', 'any benchmarks' (not 'a survey on multimodal reasoning': that is a topic's search)
_KIND_ALONE = re.compile(
    r"^\W*(?:(?:an?|any|some|the)\s+)?(?:(?P<resource>(?:{resource})(?:\s+(?:{resource}))?)"
    r"|(?P<software>(?:{software})(?:\s+(?:{software}))?)|(?P<survey>(?:{survey})(?:\s+(?:{survey}))?)"
    r"|(?P<study>(?:{study})(?:\s+(?:{study}))?))(?:\s+(?:papers?|works?|articles?))?\W*$".format(
        **_ASKED_KINDS
    ),
    re.IGNORECASE,
)


def kind_alone(topic: str | None) -> str | None:
    """The one kind of contribution (not a method) a topic is made of, or None."""
    m = _KIND_ALONE.match(topic or "")
    return next((k for k in KINDS if m and m.groupdict().get(k)), None)


def answer_kind(
    question: str, owner: str, held: HeldKinds, keep: npt.NDArray[np.bool_], kind: str
) -> Answer:
    """'Has she written a literature review?': Yes with the papers stating that kind of
    contribution of themselves (title, or what the abstract says it introduces), cited; No,
    declined as the profile's papers show, when none does."""
    heading = KINDS[kind][0].casefold()
    rows = held.order(keep)
    having = held.of(rows, kind)
    if not len(having):
        text = (
            f"No: none of {owner}'s {plural(len(rows), 'listed paper')} states itself one of "
            f"the {heading} (in its title or as what its abstract says it introduces)."
        )
        return Answer(question=question, text=text, abstained=True, route="abstain")
    src = Sources({held.columns.ids[r]: held.words(r, kind) for r in having[:MAX_LISTED].tolist()})
    lines = [
        f"Yes: {len(having)} of {owner}'s {plural(len(rows), 'listed paper')} "
        f"{'is' if len(having) == 1 else 'are'} among the {heading}, by what "
        f"{'it states' if len(having) == 1 else 'each states'} of itself:"
    ]
    lines += src.items(held.papers(having))
    return Answer(
        question=question, text="\n".join(lines), citations=src.citations(), route="facts"
    )


# Kinds joined, each asked to hold: 'a survey and a benchmark', 'both a toolkit and a dataset',
# 'a survey as well as a new method' (not 'a survey or a benchmark': either is asked)
_BOTH_JOIN = re.compile(r"\band\b|\bas\s+well\s+as\b|\bplus\b|&|\+", re.IGNORECASE)
_EITHER_JOIN = re.compile(r"\bor\b|\bvs\.?|\bversus\b|\bnor\b|\binstead\b", re.IGNORECASE)
_ANY_KIND_RE = re.compile(rf"\b(?:{_ANY_KIND})\b", re.IGNORECASE)
# ... in one period: 'in the same year', 'in a single year', 'the same year'
SAME_YEAR = re.compile(r"\b(?:same|one|a\s+single|a\s+given)\s+(?:calendar\s+)?year\b", re.I)


def kinds_joined(question: str) -> list[str]:
    """The kinds of contribution a question asks to hold together ('both a survey and a
    benchmark in 2025?': survey, resource), in the order said; [] unless two or more different
    kinds are joined by 'and' (not 'or')."""
    found = [(m, next(k for k in _ASKED_KINDS if m[k])) for m in _ANY_KIND_RE.finditer(question)]
    kinds: list[str] = []
    for (a, first), (b, second) in itertools.pairwise(found):
        between = question[a.end() : b.start()]
        if _EITHER_JOIN.search(between):  # 'methods, or tools and datasets?': a choice
            return []
        if first == second or not _BOTH_JOIN.search(between):
            continue
        if len(between.split()) > 6:  # 'a survey on X and Y, and a benchmark': too far apart
            continue
        kinds += [k for k in (first, second) if k not in kinds]
    return kinds if len(kinds) > 1 else []


def kinds_only(topic: str | None) -> bool:
    """Is the topic (if any) made of kinds of contribution alone ('survey benchmark')?"""
    left = _ANY_KIND_RE.sub(" ", topic or "")
    return not re.sub(r"\b(?:and|both|papers?|works?|new|an?|one|each)\b|\W", "", left, flags=re.I)


def _kind_word(kind: str) -> str:
    return {"method": "new method", "resource": "benchmark or dataset", "software": "toolkit"}.get(
        kind, kind
    )


def answer_kinds_joined(
    question: str,
    owner: str,
    held: HeldKinds,
    keep: npt.NDArray[np.bool_],
    kinds: list[str],
    scope: str,
) -> Answer:
    """'Did she publish both a survey and a benchmark in 2025?': Yes only when every kind asked
    has a paper (in one year, when 'the same year' is asked), each kind's papers cited; else No,
    saying which kind has none (or that no year has them all)."""
    rows = held.order(keep)
    having = {k: held.of(rows, k) for k in kinds}
    where = f" ({scope})" if scope else ""
    year = held.columns.year
    shown = {int(r) for found in having.values() for r in found[:SHOWN]}
    asked = " and a ".join(_kind_word(k) for k in kinds)
    common: list[int] = []
    if SAME_YEAR.search(question) and all(len(f) for f in having.values()):
        common = sorted(set.intersection(*(set(year[f].tolist()) for f in having.values())))
        if common:  # the papers of those years only
            having = {k: f[np.isin(year[f], common)] for k, f in having.items()}
            shown |= {int(r) for found in having.values() for r in found[:SHOWN]}
    evidence = {}
    for row in shown:  # a paper of two kinds asked: the words of the last one asked
        kind = next(k for k in reversed(kinds) if held.flags[k][row])
        evidence[held.columns.ids[row]] = held.words(row, kind)
    src = Sources(evidence)
    missing = [k for k, found in having.items() if not len(found)]
    if missing:
        none = " and no ".join(_kind_word(k) for k in missing)
        present = [_kind_word(k) for k in kinds if k not in missing]
        lead = f"No: no {none}{where}" + (f", though there is a {present[0]}" if present else "")
    elif SAME_YEAR.search(question) and not common:
        lead = f"No: no single year has both a {asked}{where}"
    else:
        years = f" in {' and in '.join(map(str, common))}" if common else where
        lead = f"Yes: both a {asked}{years}"
    lines = [
        f"{lead}, by what {owner}'s {plural(len(rows), 'listed paper')} state of themselves "
        "(title, or what the abstract says it introduces):",
        *[
            f"- {KINDS[k][0] if k in KINDS else METHODS} ({len(found)}, "
            f"{', '.join(map(str, sorted(set(year[found].tolist()))))}): "
            + _named(held.papers(found), src)
            for k, found in having.items()
            if len(found)
        ],
    ]
    return Answer(
        question=question, text="\n".join(lines), citations=src.citations(), route="facts"
    )
