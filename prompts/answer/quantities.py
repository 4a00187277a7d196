"""Papers whose own text states a quantity beyond a bound ('datasets over 100,000 examples',
'models above 7B'), each quoted with the sentence that states it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from prompts.answer.model import Answer, Citation
from prompts.answer.wording import plural
from prompts.understand.quantities import SCALES, Bound
from prompts.understand.terms import YES_NO
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
AT_MOST = re.compile(
    r"(?:\b(?:fewer|less|smaller)\s+than|\b(?:under|below|up\s+to|at\s+most)|[<≤])\s*$"
)
AT_LEAST = re.compile(
    r"(?:\b(?:more|greater|larger)\s+than|\b(?:over|above|exceeding|at\s+least)|[>≥])\s*$"
)
PARAMETERS = re.compile(r"-?param")


def stated_quantities(sentence: str) -> list[tuple[float, str, str, str]]:
    """(value, unit class, the (up to two) words after it, '<' or '>' when stated as a bound)
    for each quantity the sentence states."""
    found = []
    for m in STATED.finditer(sentence):
        num, scale = m["num"], (m["scale"] or "")
        value = float(num.replace(",", "")) * SCALES.get(scale.casefold(), 1.0)
        if not scale and "," not in num and (1900 <= value <= 2100 or "." in num):
            continue  # a year, or a score ('79.66')
        unit = "percent" if m["pct"] else "count"
        thing = (m["thing"] or "").casefold()
        if scale in ("B", "billion") and not PARAMETERS.match(thing):
            thing = f"parameters {thing}"  # '7B', 'Qwen2.5-Math-7B': a model's size
        before = sentence[: m.start()].casefold()
        side = "<" if AT_MOST.search(before) else ">" if AT_LEAST.search(before) else ""
        found.append((value, unit, thing, side))
    return found


def _beyond(bound: Bound, value: float, unit: str, thing: str, side: str) -> bool:
    if unit != bound.unit or side == ("<" if bound.above else ">"):
        return False
    if bound.thing and stem([bound.thing])[0] not in stem(re.split(r"[\s-]+", thing)):
        return False  # 'over 100k images': the paper's number counts images
    if side:  # '<0.5B parameters' is under 0.5B; 'more than 400' is over 400
        return value <= bound.value if side == "<" else value >= bound.value
    return value > bound.value if bound.above else value < bound.value


def _of_subject(bound: Bound, sentence: str) -> bool:
    """The sentence names what the question puts the bound on ('datasets over 100k': a
    dataset), when the question names it."""
    if not bound.subject:
        return True
    said = stem(words(sentence))
    return any(w.startswith(s) for s in stem(bound.subject) for w in said)


def _stating(bound: Bound, papers: Sequence[Paper]) -> list[tuple[Paper, str]]:
    """Each paper with its first sentence stating a quantity beyond the bound, of its subject
    (a dataset's count for 'datasets over 100k', when one does)."""
    found = []
    for paper in papers:
        for sentence in split_sentences(paper.abstract):
            stated = stated_quantities(sentence)
            if any(_beyond(bound, *q) for q in stated) and _of_subject(bound, sentence):
                found.append((paper, sentence))
                break
    return found


def _shown(bound: Bound) -> str:
    """The bound as the answer says it: '22%', '70B parameters', '300,000 images'."""
    value = bound.value
    if bound.unit == "percent":
        number = f"{value:g}%"
    elif value >= 1e9:
        number = f"{value / 1e9:g}B"
    elif value >= 1e6:
        number = f"{value / 1e6:g} million"
    else:
        number = f"{value:,.0f}"
    return f"{number} {bound.thing}" if bound.thing else number


def answer_quantity(question: str, bound: Bound, papers: Sequence[Paper]) -> Answer:
    """The papers with a sentence stating a quantity beyond the bound, that sentence quoted;
    none: said so, as an answer about the papers checked (not a decline)."""
    found = _stating(bound, papers)
    if not found and bound.subject:  # the topic's words may be verbs ('built on a model')
        found = _stating(bound.model_copy(update={"subject": []}), papers)
    lines = [f"- {p.title} ({p.date.isoformat()}): {s} [{n}]" for n, (p, s) in enumerate(found, 1)]
    citations = [Citation.of(n, p, [s]) for n, (p, s) in enumerate(found, 1)]
    side = "over" if bound.above else "under"
    shown = _shown(bound)
    if not citations:
        text = (
            f"No: none of the {plural(len(papers), 'listed paper')} states a number {side} "
            f"{shown} in its abstract."
        )
        return Answer(question=question, text=text, route="facts")
    verb = "states" if len(citations) == 1 else "state"
    yes = "Yes: " if YES_NO.match(question) else ""  # 'any 100k+ datasets?', 'has she ...?'
    head = f"{yes}{plural(len(citations), 'listed paper')} {verb} a number {side} {shown}:"
    return Answer(
        question=question, text="\n".join([head, *lines]), citations=citations, route="facts"
    )
