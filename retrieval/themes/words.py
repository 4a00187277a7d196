"""A theme's own words: the phrases its papers' titles use that set it apart from the other
themes ("few-shot", "knowledge distillation"; "video", "images"), so that an overview says
in plain words what each theme covers (its data, domains and methods), not only its label."""

from __future__ import annotations

import numpy as np

from retrieval.model import Paper
from retrieval.themes.labels import Gram, Phrases, sample

WORDS = 6  # phrases kept per theme
LONGEST = 2  # words per phrase: 'knowledge distillation', not 'knowledge-enhanced pre-trained'
TITLES = 2  # a phrase is written in this many of a theme's titles (one, in a theme of few papers)
FEW = 4
INSIDE = 0.8  # a word is written inside a longer phrase when this share of its papers hold it


def theme_words(
    papers: list[Paper], groups: list[list[int]], labels: list[Gram]
) -> list[list[str]]:
    """For each group of papers, its words as its papers write them, the most set apart
    first: phrases of its titles, counted over its titles and abstracts, less what the other
    groups' papers would give at the same rate; none its label already says (`labels`: the
    stems of each group's label, empty for a group without one)."""
    heads = [sample(g) for g in groups]
    phrases = Phrases([papers[i] for head in heads for i in head])
    at = np.cumsum([0] + [len(h) for h in heads])
    found = []
    for t in range(len(groups)):
        own = list(range(at[t], at[t + 1]))
        others = [i for i in range(at[-1]) if not at[t] <= i < at[t + 1]]
        found.append(_apart(phrases, own, others, set(labels[t])))
    return found


def _apart(phrases: Phrases, own: list[int], others: list[int], said: set[str]) -> list[str]:
    few = len(own) < FEW  # a few papers' titles share little: single words, each title's
    titled: dict[Gram, int] = {}
    for i in own:
        for gram in phrases.titles[i]:
            if len(gram) <= (1 if few else LONGEST) and not phrases.broad(gram):
                titled[gram] = titled.get(gram, 0) + 1
    held = {g: sum(g in phrases.grams[i] for i in own) for g, n in titled.items()}
    scored = []
    for gram, n in titled.items():
        if n < (1 if few else TITLES) or set(gram) <= said:
            continue
        # a word written mostly inside a longer phrase kept ('natural' of 'natural language')
        inside = [g for g in titled if len(g) > len(gram) and set(gram) < set(g)]
        if any(held[g] >= INSIDE * held[gram] and titled[g] >= TITLES for g in inside):
            continue
        elsewhere = sum(gram in phrases.grams[i] for i in others)
        score = held[gram] - elsewhere * len(own) / max(len(others), 1)
        if score > 0:
            scored.append((-score, -n, -len(gram), gram))
    chosen: list[Gram] = []
    for *_, gram in sorted(scored):
        if not any(set(gram) <= set(c) or set(c) <= set(gram) for c in chosen):
            chosen.append(gram)
        if len(chosen) == WORDS:
            break
    spelled = phrases.spellings(set(chosen), own)
    return [spelled[g] for g in chosen if g in spelled]
