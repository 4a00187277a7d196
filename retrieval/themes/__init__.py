"""A profile's main research themes: its papers clustered by meaning, each theme named by a
phrase most of its own papers use; papers of a group that shares none are "other topics"."""

from __future__ import annotations

import math
from collections import Counter

import numpy as np
import numpy.typing as npt
from chromadb.api.models.Collection import Collection
from chromadb.api.types import Documents, EmbeddingFunction
from pydantic import BaseModel

from retrieval.facts import by_category
from retrieval.index.store import PAGE, IndexError_
from retrieval.model import Paper
from retrieval.themes.clustering import by_centrality, centre, clusters, fringe, normalized
from retrieval.themes.labels import Gram, Phrases, name_groups
from retrieval.themes.words import theme_words

FEW = 4  # below this many papers, each paper is its own theme
BULK = 0.8  # a theme's years are the shortest span holding this share of its papers,
SHORTER = 2  # when that is this many years shorter than all of them
LEADING = 20  # a theme's examples are drawn from this many of its most central papers
EXAMPLES = 3
OTHER_EXAMPLES = 5  # other topics share no theme: more examples show what they are
OTHER = "Other topics"


class Theme(BaseModel):
    """One research theme of a profile: its papers (most central first, those holding the
    label's words leading), their years and categories. `other`: the papers of groups that
    share no phrase, listed after the themes."""

    label: str
    paper_ids: list[str]
    year_from: int
    year_to: int
    bulk_from: int  # most papers are from these years: one early paper does not stretch them
    bulk_to: int
    categories: list[tuple[str, int]]
    other: bool = False
    words: list[str] = []  # its titles' own words, most set apart first (themes/words.py)
    fringe: list[str] = []  # its papers far from its centre (clustering.fringe): not its kind


def paper_vectors(collection: Collection, papers: list[Paper]) -> npt.NDArray[np.float32]:
    """The stored vector of each paper's whole-paper chunk, in the order of `papers`."""
    found: dict[str, npt.NDArray[np.float32]] = {}
    read = 0
    while True:  # in pages: Chroma fails on very large single reads (see store._get_all)
        got = collection.get(
            where={"kind": "paper"}, include=["embeddings", "metadatas"], limit=PAGE, offset=read
        )
        embeddings = got["embeddings"] if got["embeddings"] is not None else []
        for meta, vector in zip(got["metadatas"] or [], embeddings, strict=True):
            found[str(meta["paper_id"])] = np.asarray(vector, dtype=np.float32)
        read += len(got["ids"])
        if len(got["ids"]) < PAGE:
            break
    missing = [p.title for p in papers if p.id not in found]
    if missing:
        raise IndexError_(
            f"{len(missing)} papers are not in the index (e.g. {missing[0]!r}): "
            "run `profilebot ingest FILE` again"
        )
    if not papers:
        return np.zeros((0, 0), dtype=np.float32)
    return np.stack([found[p.id] for p in papers])


def find_themes(
    papers: list[Paper],
    vectors: npt.NDArray[np.float32],
    embed: EmbeddingFunction[Documents],
    max_themes: int = 6,
) -> list[Theme]:
    """Cluster the papers by meaning (spherical k-means), name each group in its papers' own
    words (`embed`: the model that embedded them), largest theme first, other topics last."""
    if not papers:
        return []
    if len(vectors) != len(papers):
        raise ValueError(f"{len(papers)} papers but {len(vectors)} vectors")
    unit = normalized(vectors)
    if len(papers) < FEW:
        groups = [[i] for i in range(len(papers))]
    else:
        k = min(max(round(math.sqrt(len(papers) / 2)), 2), max_themes, len(papers))
        groups = clusters(unit, k)
    named, rest = [], []
    for group, label in zip(groups, name_groups(papers, groups, unit, embed), strict=True):
        if label is None and len(papers) < FEW:  # a theme of its own, named by its title
            label = (papers[group[0]].short_title, ())
        if label is None:
            rest += group
        else:
            named.append((label, group))
    named.sort(key=lambda lg: (-len(lg[1]), min(papers[i].n for i in lg[1])))
    themes: list[Theme] = []
    ordered = [_leading(g, words, papers, unit) for (_, words), g in named]
    names = [text for (text, _), _ in named]
    if rest:
        central = by_centrality(sorted(rest), unit)
        ordered.append(_leading(central, (), papers, unit, OTHER_EXAMPLES))
        names.append(OTHER)
    own = theme_words(papers, ordered, [words for (_, words), _ in named] + [()])
    for at, (name, group) in enumerate(zip(names, ordered, strict=True)):
        theme = _theme(name, [papers[i] for i in group], at >= len(named), own[at])
        if not theme.other:
            theme.fringe = [papers[i].id for i in fringe(group, unit)]
        themes.append(theme)
    return themes


def _leading(
    group: list[int],
    words: Gram,
    papers: list[Paper],
    unit: npt.NDArray[np.float32],
    examples: int = EXAMPLES,
) -> list[int]:
    """The group (most central first), its examples leading: of its most central papers that
    hold the label's words, the most central, then each time the one least like those taken
    (maximal marginal relevance: a theme's range, not three near-copies)."""
    head = group[:LEADING]
    holding = [head[j] for j in Phrases([papers[i] for i in head]).covered(words, range(len(head)))]
    middle = centre(group, unit)
    taken = [(holding or head)[0]]
    for _ in range(1, min(examples, len(holding))):
        left = [i for i in holding if i not in taken]
        near = unit[left] @ middle - (unit[left] @ unit[taken].T).max(axis=1)
        taken.append(left[int(near.argmax())])
    return taken + [i for i in group if i not in taken]


def _theme(
    label: str, members: list[Paper], other: bool = False, words: list[str] | None = None
) -> Theme:
    years = [p.year for p in members]
    bulk = bulk_years(years)
    return Theme(
        label=label,
        paper_ids=[p.id for p in members],
        year_from=min(years),
        year_to=max(years),
        bulk_from=bulk[0],
        bulk_to=bulk[1],
        categories=by_category(members),
        other=other,
        words=words or [],
    )


def bulk_years(years: list[int]) -> tuple[int, int]:
    """The shortest span of years holding at least BULK of the papers (the latest such), or
    all of them when that leaves out less than SHORTER years."""
    need = math.ceil(BULK * len(years))
    counts = Counter(years)
    best = first, last = min(years), max(years)
    for start in sorted(counts):
        total = 0
        for end in range(start, last + 1):
            total += counts[end]
            if total >= need:
                if end - start <= best[1] - best[0]:
                    best = (start, end)
                break
    return best if (last - first) - (best[1] - best[0]) >= SHORTER else (first, last)


def within(themes: list[Theme], papers: list[Paper]) -> list[Theme]:
    """The themes as they stand among some papers only (a year, a category): emptied themes
    dropped, years and categories recounted, largest first, other topics last."""
    allowed = {p.id: p for p in papers}
    kept = []
    for theme in themes:
        members = [allowed[i] for i in theme.paper_ids if i in allowed]
        if members:
            kept.append(
                _theme(theme.label, members, theme.other, theme.words).model_copy(
                    update={"fringe": [i for i in theme.fringe if i in allowed]}
                )
            )
    return sorted(kept, key=lambda t: (t.other, -len(t.paper_ids)))
