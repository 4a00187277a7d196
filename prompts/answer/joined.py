"""Answers given as one: each one's text with its citations numbered on from the ones before
(a paper already cited keeps its first number)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from prompts.answer.model import Answer, Citation

CITED = re.compile(r"\[(\d+(?:\s*,\s*\d+)*)\]")


def numbered_on(answers: Sequence[Answer]) -> tuple[list[str], list[Citation]]:
    """Each answer's text, its marks renumbered, and the citations of all of them."""
    numbers: dict[str, int] = {}
    citations: list[Citation] = []
    texts = []
    for answer in answers:
        marks: dict[int, int] = {}
        for c in answer.citations:
            if c.paper_id not in numbers:
                numbers[c.paper_id] = len(citations) + 1
                citations.append(c.model_copy(update={"n": numbers[c.paper_id]}))
            marks[c.n] = numbers[c.paper_id]

        def mark(m: re.Match[str], marks: dict[int, int] = marks) -> str:
            return "[" + ", ".join(str(marks.get(int(n), n)) for n in m[1].split(",")) + "]"

        texts.append(CITED.sub(mark, answer.text))
    return texts, citations


def corrected_then(correction: Answer, rest: Answer) -> Answer:
    """A granted claim's correction, then the answer to what was asked after it."""
    (said, then), citations = numbered_on([correction, rest])
    text = f"{said}\nAs for what you asked: {then}"
    return correction.model_copy(update={"text": text, "citations": citations})
