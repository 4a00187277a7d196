"""Yes or No on what a question claims of the first or last paper ('was her earliest paper a
CV paper?', 'is the latest one about weather?'): the paper at that end of the set, whether the
claim holds of it, and, when not, the paper at that end of those it does hold of."""

from __future__ import annotations

from collections.abc import Sequence

from prompts.answer.model import Answer
from prompts.answer.wording import Sources
from prompts.understand.ends import EndClaim
from retrieval.model import Paper


def answer_end_claim(
    question: str, claim: EndClaim, pool: Sequence[Paper], holding: Sequence[Paper], said: str
) -> Answer | None:
    """The verdict on `claim` for the end paper of `pool` (the set, oldest first); `holding`:
    the set's papers the claim holds of, `said`: the claim in words ('CV', "on 'images'")."""
    if not pool:
        return None
    latest = claim.end == "latest"
    end = pool[-1] if latest else pool[0]
    # ties on the day: the claim holds when it holds of one of the papers of that day
    tied = [p for p in pool if p.date == end.date]
    ids = {p.id for p in holding}
    met = [p for p in tied if p.id in ids]
    src, which = Sources(), "most recent" if latest else "earliest"
    shown = met[0] if met else end
    paper = src.item(shown).removeprefix("- ")
    if met:
        lead = "Actually, it is" if claim.negated else "Yes"
        text = f"{lead}: the {which} listed paper is {paper}, {said}."
    else:
        lead = "Right, it is not" if claim.negated else "No"
        text = f"{lead}: the {which} listed paper is {paper}, not {said}."
        if holding:
            other = holding[-1] if latest else holding[0]
            text += f" The {which} that is: {src.item(other).removeprefix('- ')}."
        else:
            text += f" None of the listed papers is {said}."
    return Answer(question=question, text=text, citations=src.citations(), route="facts")
