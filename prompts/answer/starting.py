"""'What should a newcomer read first?': where to start reading, picked by what the papers say
of themselves (a survey first, then the most central paper of each main theme), never by
citations, which the profile does not hold per paper."""

from __future__ import annotations

import re

import numpy as np
import numpy.typing as npt

from prompts.answer.compare import pick
from prompts.answer.kinds import HeldKinds
from prompts.answer.model import Answer
from prompts.answer.overview import theme_evidence
from prompts.answer.wording import Sources
from retrieval.model import Paper, Profile
from retrieval.names import nickname
from retrieval.text import split_sentences
from retrieval.themes import Theme
from retrieval.themes.among import ThemeRows

# What a survey's sentence says of itself: 'provides a systematic review of', 'we survey'
REVIEWS = re.compile(r"\b(?:survey|review|overview)\w*\b", re.IGNORECASE)
MAX_THEMES = 3  # main themes given a paper each after the first pick
HOW = (
    "Picked by what the papers' own titles and abstracts say (a survey when there is one, "
    "then the most central paper of each main theme), not by citations: the profile has no "
    "per-paper citation counts."
)


def _name(paper: Paper) -> str:
    return f"{nickname(paper) or paper.short_title} ({paper.year})"


def _does(paper: Paper, theme: Theme | None) -> str:
    """The abstract's sentence saying what the paper does, else what it shares with its theme."""
    said = pick(paper)["Method"] or (theme_evidence(paper, theme.label) if theme else None)
    return said or paper.title


def answer_start(
    question: str,
    profile: Profile,
    held: HeldKinds,
    themes: ThemeRows,
    keep: npt.NDArray[np.bool_],
    subject: str | None = None,
) -> Answer | None:
    """Where to start among the papers `keep` flags (those on `subject`, if one is asked):
    the newest survey if any, else the most central paper of the largest theme; then the most
    central paper of each other main theme. None when no paper is kept."""
    rows = held.order(keep)
    if not len(rows):
        return None
    within = themes.within(keep)
    main = [t for t in within if not t.other] or within
    src = Sources()
    # a subject said in many words (asides left in) is named as the subject asked
    on = f" on {subject}" if subject and len(subject.split()) <= 4 else " on the subject asked"
    on = on if subject else ""
    whose = profile.possessive()
    surveys = held.of(rows, "survey")
    lines: list[str] = []
    shown: set[str] = set()
    if len(surveys):
        survey = held.papers(surveys[-1:])[0]
        words = held.words(int(surveys[-1]), "survey")
        if words == survey.title:  # the title says it: the sentence saying what it covers
            words = next((x for x in split_sentences(survey.abstract) if REVIEWS.search(x)), words)
        lines.append(
            f"Start with {_name(survey)} {src.mark(survey)}: a survey, an overview of its area "
            f'to read before the papers\' own methods: "{words}"'
        )
        shown.add(survey.id)
    rest = []
    for theme in main:
        paper = next(
            (p for p in themes.columns.having(theme.paper_ids[:3]) if p.id not in shown), None
        )
        if paper is not None:
            rest.append((theme, paper))
            shown.add(paper.id)
    each = "each other" if not lines else "each"  # of the main themes
    if not lines and rest:
        theme, paper = rest.pop(0)
        among = f"{whose} papers{on}" if on else f"{whose} largest theme"
        lines.append(
            f"Start with {_name(paper)} {src.mark(paper)}, the most central of {among} "
            f'({theme.label}): "{_does(paper, theme)}"'
        )
    if rest[:MAX_THEMES]:
        lines.append(f"Then one paper for {each} of {whose} main themes{on}:")
        lines += [
            f'- {t.label}: {_name(p)} {src.mark(p)}: "{_does(p, t)}"' for t, p in rest[:MAX_THEMES]
        ]
    left = [r for r in rows.tolist() if themes.columns.ids[r] not in shown]
    if subject and left:  # the subject's other papers, named too: the list stays whole
        named = ", ".join(f"{_name(p)} {src.mark(p)}" for p in held.papers(np.asarray(left)))
        lines.append(f"The other listed papers{on}: {named}.")
    lines.append(HOW)
    return Answer(
        question=question, text="\n".join(lines), citations=src.citations(), route="facts"
    )
