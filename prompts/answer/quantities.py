"""Papers whose own text states a quantity beyond a bound ('datasets over 100,000 examples',
'models above 7B'), each quoted with the sentence that states it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from prompts.answer.model import Answer, Citation
from prompts.answer.wording import plural
from prompts.understand.quantities import SCALES, Bound
from retrieval.model import Paper
from retrieval.text import split_sentences, stem, words

# A number as a paper states it: '341,896', '200K', '1.5 million', '7B', '22%' (not a part of
# a name like 'Qwen2.5' or 'GPT-4o', nor a year)
STATED = re.compile(
    r"(?<![\w.])(?P<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(?:-\s*)?"
    r"(?P<scale>thousand|million|billion|[KkMB](?![a-zA-Z]))?(?P<pct>\s*\\?%|\s+percent)?"
    r"(?![\w.]?\d)(?![a-zA-Z])"
    r"(?:[\s-]+(?P<thing>[a-zA-Z][\w-]*(?:\s+[a-zA-Z][\w-]*)?))?"
)
# A number the paper states as a bound of its own ('fewer than 10B parameters' is no size
# over 7B; 'more than 400 diseases' is no count under 500)
AT_MOST = re.compile(r"(?:\b(?:fewer|less|smaller)\s+than|\b(?:under|below|up\s+to|at\s+most))\s*$")
AT_LEAST = re.compile(
    r"(?:\b(?:more|greater|larger)\s+than|\b(?:over|above|exceeding|at\s+least))\s*$"
)


def stated_quantities(sentence: str) -> list[tuple[float, str, str, str]]:
    """(value, unit class, the (up to two) words after it, '<' or '>' when stated as a bound)
    for each quantity the sentence states."""
    found = []
    for m in STATED.finditer(sentence):
        num, scale = m["num"], (m["scale"] or "")
        value = float(num.replace(",", "")) * SCALES.get(scale.casefold(), 1.0)
        if not scale and "," not in num and (1900 <= value <= 2100 or "." in num):
            continue  # a year, or a score ('79.66')
        unit = "percent" if m["pct"] else "billions" if scale in ("B", "billion") else "count"
        before = sentence[: m.start()].casefold()
        side = "<" if AT_MOST.search(before) else ">" if AT_LEAST.search(before) else ""
        found.append((value, unit, (m["thing"] or "").casefold(), side))
    return found


def _beyond(bound: Bound, value: float, unit: str, thing: str, side: str) -> bool:
    if unit != bound.unit or side == ("<" if bound.above else ">"):
        return False
    if bound.thing and stem([bound.thing])[0] not in stem(thing.split()):
        return False  # 'over 100k images': the paper's number counts images
    return value > bound.value if bound.above else value < bound.value


def _of_subject(bound: Bound, sentence: str) -> bool:
    """The sentence names what the question puts the bound on ('datasets over 100k': a
    dataset), when the question names it."""
    if not bound.subject:
        return True
    said = stem(words(sentence))
    return any(w.startswith(s) for s in stem(bound.subject) for w in said)


def answer_quantity(question: str, bound: Bound, papers: Sequence[Paper]) -> Answer:
    """The papers with a sentence stating a quantity beyond the bound, that sentence quoted;
    none: said so, as an answer about the papers checked (not a decline)."""
    lines: list[str] = []
    citations: list[Citation] = []
    for paper in papers:
        for sentence in split_sentences(paper.abstract):
            stated = stated_quantities(sentence)
            if any(_beyond(bound, *q) for q in stated) and _of_subject(bound, sentence):
                n = len(citations) + 1
                citations.append(Citation.of(n, paper, [sentence]))
                lines.append(f"- {paper.title} ({paper.date.isoformat()}): {sentence} [{n}]")
                break
    side = "over" if bound.above else "under"
    shown = (
        f"{bound.value:g}%"
        if bound.unit == "percent"
        else f"{bound.value / 1e9:g}B"
        if bound.unit == "billions"
        else f"{bound.value:,.0f}"
    ) + (f" {bound.thing}" if bound.thing else "")
    if not citations:
        text = (
            f"No: none of the {plural(len(papers), 'listed paper')} states a number {side} "
            f"{shown} in its abstract."
        )
        return Answer(question=question, text=text, route="facts")
    verb = "states" if len(citations) == 1 else "state"
    head = f"{plural(len(citations), 'listed paper')} {verb} a number {side} {shown}:"
    return Answer(
        question=question, text="\n".join([head, *lines]), citations=citations, route="facts"
    )
