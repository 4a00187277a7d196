"""A second ask about the person the first one names: 'Who is the first author of SpanProto,
and what else do they lead?', 'who first-authored KECP - any other papers by that person?'.
The first answer names the paper's first author; the second is answered from the metadata:
the other listed papers that person leads (or is an author of, when leading is not asked)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from prompts.answer.model import Answer
from prompts.answer.wording import Sources, plural
from prompts.understand.people import FIRST_AUTHOR
from retrieval.model import Paper
from retrieval.people import first_authored, papers_with

# The second ask, after a pause, pointing at the person just named: '..., and what else do
# they lead?', '... - which other papers is that person on?', '; any more by them?', '+ what
# else did they lead', ', and that person's other first-author papers?'
_PAUSE = r"(?:[,;:]|\s[-–—+&]+|\s+and\b|\?)\s*(?:and\s+|also\s+|then\s+)?(?:\w+\s+){0,2}?"
_THEM = (
    r"\b(?:they|them|their|he|him|his|she|her|(?:that|this|the\s+same)\s+(?:person|author"
    r"|researcher|one))\b"
)
THEIR_OTHERS = re.compile(
    rf"{_PAUSE}(?:(?:what|which|any|anything)\s+(?:else|other\b|more\b)(?=.*{_THEM})"
    r"|(?:(?:that|this|the\s+same)\s+(?:person|author|researcher|one)['’]s|their|his|her)"
    r"\s+(?:other|more)\b)",
    re.IGNORECASE,
)
# One ask for the papers of the person a paper's role names: 'which papers does the first
# author of the medical MRC paper lead?', 'what else has X's lead author written?'
ROLE_PERSON = re.compile(
    r"\b(?:which|what)\s+(?:(?:other\s+)?(?:papers?|works?|publications?)(?:\s+else)?|else)\s+"
    r"(?:does|did|do|has|have)\s+(?:the|its|their|(?P<of>[\w-]+)['’]s)\s+"
    r"(?:first|lead|main)[- ]?author\b(?:\s+of\b)?",
    re.IGNORECASE,
)
LEADS = re.compile(FIRST_AUTHOR + r"|\bleads\b|\bhead(?:s|ed)?\b", re.IGNORECASE)
# The first ask is for a person: 'who leads X', 'X's lead author:', 'the lead author of X'
WHO = re.compile(
    r"\bwho(?:se|m)?\b|\b(?:first|lead|main)[- ]?author\W*$"
    r"|\b(?:the|its|their)\s+(?:first|lead|main)[- ]?author\b",
    re.IGNORECASE,
)


def second_ask(question: str) -> re.Match[str] | None:
    """Where the ask about the lead author's other papers starts, if the first asks who leads
    (or the one ask names the person by that role: 'which papers does X's first author lead')."""
    if role := ROLE_PERSON.search(question):
        return role
    asked = THEIR_OTHERS.search(question)
    head = question[: asked.start()] if asked else ""
    return asked if LEADS.search(head) and WHO.search(head) else None


def first_ask(question: str) -> str:
    """The question without its second ask about the lead author ('Who leads SpanProto?' of
    '..., and what else do they lead?'): the second would be read as a role of the owner. One
    ask naming the person by a role is asked as who has the role ('who is the first author of
    the medical MRC paper?')."""
    asked = second_ask(question)
    if asked is None:
        return question
    if asked.re is ROLE_PERSON:
        rest = question[asked.end() :].strip()
        rest = re.sub(r"\s*\b(?:lead|led|write|wrote|written|author\w*)\W*$", "", rest)
        return f"Who is the first author of {asked['of'] or rest.rstrip(' ?.!')}?"
    return question[: asked.start()].rstrip(" ,;:-–—+&") + "?"


def their_others(question: str, answer: Answer, paper: Paper, papers: Sequence[Paper]) -> Answer:
    """`answer` with the other papers of `paper`'s first author added, when the question asks
    who leads `paper` and then what else that person does; else `answer` as it is."""
    asked = second_ask(question)
    if asked is None or not paper.authors:
        return answer
    person = paper.authors[0]
    # what is asked of the person: after the role that names them, if one does
    tail = question[asked.end() :] if asked.re is ROLE_PERSON else question[asked.start() :]
    leading = LEADS.search(tail) is not None
    found = list(papers_with(papers, [person]))  # by the people table: no paper read in vain
    found = first_authored(found, person) if leading else found
    others = [p for p in found if p.id != paper.id]
    src = Sources()
    src.cited = {c.paper_id: c for c in answer.citations}
    role = "first author of" if leading else "an author of"
    if not others:
        line = f"{person} is {role} no other listed paper."
    else:
        head = f"{person} is also {role} {plural(len(others), 'other listed paper')}:"
        line = "\n".join([head, *src.items(others)])
    return answer.model_copy(
        update={"text": f"{answer.text}\n{line}", "citations": src.citations()}
    )
