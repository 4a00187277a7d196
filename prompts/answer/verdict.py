"""Yes or No first, then the metadata it rests on, for a yes/no question about named papers:
'Was KECP published in the same year as SpanProto?', 'Is Valley2 newer than GThinker?',
'Was CODA first-authored by her?'."""

from __future__ import annotations

import re

from prompts.answer.model import Answer
from prompts.answer.wording import Sources, versus
from prompts.understand.people import FIRST_AUTHOR
from prompts.understand.router import Query
from retrieval import people
from retrieval.model import Paper, Profile, category_label
from retrieval.names import aliases

SAME_YEAR = re.compile(r"\bsame\s+(?:year|time)\b", re.IGNORECASE)
NEWER = re.compile(r"\b(?:newer|later|more\s+recent|after|younger)\b", re.IGNORECASE)
OLDER = re.compile(r"\b(?:older|earlier|before|prior\s+to|predat\w*)\b", re.IGNORECASE)
# 'Valley2 or Valley3: which is newer?' asks which, not whether
WHICH = re.compile(r"\bor\b|\bwhich\b", re.IGNORECASE)
# 'Did she publish more on RL than on distillation?': two topics' counts
TOPICS_COMPARED = re.compile(
    r"\b(?:more|fewer|less)\b(?:\s+(?:papers?|work|research|publications?|stuff))?\s+"
    r"(?:on|about|in|with)\s+(?P<a>[^?]+?)\s+than\s+(?:(?:on|about|in|with)\s+)?(?P<b>[^?]+?)"
    r"\s*(?:[?.!]|$)",
    re.IGNORECASE,
)
# 'any papers', 'the others': about papers other than the one named
PLURAL = re.compile(r"\b(?:any|papers|ones|others|works|publications)\b", re.IGNORECASE)


def answer_verdict(query: Query, named: list[Paper], profile: Profile) -> Answer | None:
    """The verdict on the named papers' dates or first author, or None when the question
    asks no such thing (or names too few papers for it)."""
    question, src = query.question, Sources()
    named = sorted(named, key=lambda p: _position(question, p))  # as the question names them
    text = None
    if len(named) == 2 and not WHICH.search(question):
        if SAME_YEAR.search(question):
            text = _same_year(named, src)
        elif NEWER.search(question) or OLDER.search(question):
            text = _order(question, named, src)
    elif len(named) == 1 and re.search(FIRST_AUTHOR, question, re.IGNORECASE):
        text = _first_author(query.people[0] if query.people else profile.name, named[0], src)
    elif len(named) == 1 and query.paper_ids == [named[0].id] and not PLURAL.search(question):
        # the paper is the subject: 'Is Valley a CV paper?', 'Did Chengyu Wang co-author it?'
        if query.filters.authors:
            text = _author(query.filters.authors[0], named[0], src)
        elif query.filters.categories:
            text = _category(query.filters.categories, named[0], src)
    if text is None:
        return None
    return Answer(question=question, text=text, citations=src.citations(), route="facts")


def _position(question: str, paper: Paper) -> int:
    """Where the question first names the paper, however spaced ('valley 2', 'Meta KD'); not
    'Valley' in 'Valley2'."""
    spaced = (r"[\s-]*".join(map(re.escape, re.sub(r"[\s-]+", "", a))) for a in aliases(paper))
    found = (re.search(rf"(?<!\w){n}(?!\w)", question, re.IGNORECASE) for n in spaced)
    return min((m.start() for m in found if m), default=len(question))


def _name(paper: Paper) -> str:
    return aliases(paper)[0]


def _dated(paper: Paper, src: Sources) -> str:
    return f"{_name(paper)} ({paper.date.isoformat()}) {src.mark(paper)}"


def _same_year(named: list[Paper], src: Sources) -> str:
    a, b = named
    if a.year == b.year:
        return f"Yes: both came out in {a.year}: {_dated(a, src)} and {_dated(b, src)}."
    return f"No: {_dated(a, src)} came out in {a.year}, {_dated(b, src)} in {b.year}."


def _order(question: str, named: list[Paper], src: Sources) -> str:
    """'Is A newer than B?', 'Did A come out before B?': A is the first paper named."""
    a, b = named
    if a.date == b.date:
        return f"No: both are dated {a.date.isoformat()}: {_dated(a, src)} and {_dated(b, src)}."
    newer, older = NEWER.search(question), OLDER.search(question)
    asks_newer = newer is not None and (older is None or newer.start() < older.start())
    yes = (a.date > b.date) == asks_newer
    relation = "newer than" if a.date > b.date else "older than"
    return f"{'Yes' if yes else 'No'}: {_dated(a, src)} is {relation} {_dated(b, src)}."


def _first_author(name: str, paper: Paper, src: Sources) -> str:
    listed = ", ".join(paper.authors) + (" et al." if paper.authors_truncated else "")
    mark = src.mark(paper)
    if people.first_authored([paper], name):
        return f"Yes: {name} is the first author of {_name(paper)} {mark} (authors: {listed})."
    first = paper.authors[0] if paper.authors else "not known"
    return (
        f"No: {name} is not the first author of {_name(paper)}; its first author is {first} "
        f"{mark} (authors: {listed})."
    )


def _author(name: str, paper: Paper, src: Sources) -> str:
    listed = ", ".join(paper.authors) + (" et al." if paper.authors_truncated else "")
    mark = src.mark(paper)
    if any(people.same_person(a, name) for a in paper.authors):
        return f"Yes: {name} is an author of {_name(paper)} {mark} (authors: {listed})."
    if paper.authors_truncated:  # 'et al.' may hide them
        return (
            f"Not as far as the profile shows: {name} is not among the {len(paper.authors)} "
            f"authors it lists for {_name(paper)} {mark} (authors: {listed}), and it lists no more."
        )
    return f"No: {name} is not an author of {_name(paper)} {mark} (authors: {listed})."


def _category(codes: list[str], paper: Paper, src: Sources) -> str:
    filed = f"{_name(paper)} is filed under {category_label(paper.category)} {src.mark(paper)}"
    if paper.category in codes:  # 'is it CV or CL?' offers a choice: no 'Yes' to it
        return f"Yes: {filed}." if len(codes) == 1 else f"{filed}."
    return f"No: {filed}, not {' or '.join(codes)}."


def answer_topics_compared(question: str, sides: list[tuple[str, list[Paper]]]) -> Answer:
    """'Did she publish more on RL than on distillation?': the two counts, Yes or No first,
    then each topic's papers."""
    src = Sources()
    lines = [versus(question, [(f"on {topic}", len(papers)) for topic, papers in sides])]
    for topic, papers in sides:
        lines += [f"On {topic}:", *(src.items(papers) or ["- none listed"])]
    return Answer(
        question=question, text="\n".join(lines), citations=src.citations(), route="facts"
    )
