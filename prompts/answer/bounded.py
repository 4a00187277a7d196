"""Papers counted on one side of a paper the question computes: the first or last paper its
filters keep ('how many papers since his last CL paper'). That paper is found from the columns
built at open, said and cited; the count is the composed relation to it (see composition)."""

from __future__ import annotations

from prompts.answer.composition import answer_composition
from prompts.answer.model import Answer
from prompts.understand.anchors import end_paper
from prompts.understand.composition import Composition
from prompts.understand.extremes import Bound
from retrieval.filters import Filters
from retrieval.model import Profile, category_label


def _described(bound: Bound, filters: Filters) -> str:
    """'the last listed CL (Computation and Language) paper with code'."""
    kind = "".join(f"{category_label(c)} " for c in filters.categories)
    code = " with code" if filters.has_code else ""
    return f"the {bound.end} listed {kind}paper{code}"


def answer_bounded(
    question: str, bound: Bound, profile: Profile, filters: Filters
) -> Answer | None:
    """The papers `filters` keep (dates aside) before or after the first or last paper of the
    category and code `filters` name, or None when no paper bounds it (or two categories make
    the bound ambiguous)."""
    if len(filters.categories) > 1 or filters.exclude_categories:
        return None
    category = filters.categories[0] if filters.categories else None
    paper = end_paper(profile, bound.end == "last", category, bool(filters.has_code))
    if paper is None:
        return None
    # the category and code chose the bound; the papers counted are all the others
    counted = filters.undated().model_copy(
        update={"categories": [], "has_code": None, "paper_ids": []}
    )
    c = Composition(
        relation=bound.side,
        anchors=[paper.id],
        inclusive=False,
        described=_described(bound, filters),
    )
    return answer_composition(question, c, profile, counted)
