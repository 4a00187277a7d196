"""What is asked of the one paper an ordering picks ('who led her latest paper?', 'does the
oldest one have code?', 'the second newest paper: how many authors?'): the ordering's answer
names the paper, then each attribute asked is stated for it, cited as that paper."""

from __future__ import annotations

from prompts.answer.detail import long_date, stated
from prompts.answer.model import Answer
from prompts.understand.attributes import Attribute
from prompts.understand.terms import YES_NO
from retrieval.model import Paper, category_label
from retrieval.text import split_sentences


def _authors(paper: Paper) -> str:
    listed = ", ".join(paper.authors)
    if paper.authors_truncated:
        listed += f" et al. (the profile lists only the first {len(paper.authors)})"
    return listed


def _said(kind: Attribute, paper: Paper, question: str) -> tuple[str, str] | None:
    """One attribute of the paper as a sentence without its marker, and its evidence."""
    listed = ", ".join(paper.authors)
    if kind == "first_author" and paper.authors:
        return f"Its first author is {paper.authors[0]}; its authors: {_authors(paper)}", listed
    if kind == "authors":
        return f"Its authors: {_authors(paper)}", listed
    if kind == "author_count":
        if paper.authors_truncated:
            return (
                f"The profile lists only its first {len(paper.authors)} authors ({listed}, "
                "then 'et al.'), so its full number of authors is not known",
                listed,
            )
        return f"It has {len(paper.authors)} listed authors: {listed}", listed
    if kind == "date":
        return f"It was published on {long_date(paper)}", f"dated {paper.date.isoformat()}"
    if kind == "category":
        label = category_label(paper.category)
        return f"It is filed under the arXiv category {label}", f"category {paper.category}"
    if kind == "code":
        return stated("code", paper, question if YES_NO.match(question) else "")
    if kind == "venue":
        return (
            "The profile records no venue for it, only its arXiv category "
            f"({category_label(paper.category)}) and date ({paper.date.isoformat()})",
            f"category {paper.category}",
        )
    if kind == "about":
        opening = " ".join(split_sentences(paper.abstract)[:2]) or paper.title
        return f"What it is about: {opening}", opening
    return None


def answer_picked(answer: Answer, paper: Paper, asked: list[Attribute]) -> Answer:
    """The ordering's answer naming `paper` (cited [1]), with each attribute asked of it
    stated after its first line."""
    said = [s for kind in asked if (s := _said(kind, paper, answer.question))]
    if not said:
        return answer
    head, *rest = answer.text.split("\n")
    lines = [head, *(f"{text.rstrip('. ')} [1]." for text, _ in said), *rest]
    citations = [
        c.model_copy(update={"evidence": list(dict.fromkeys([*c.evidence, *(e for _, e in said)]))})
        if c.paper_id == paper.id
        else c
        for c in answer.citations
    ]
    return answer.model_copy(update={"text": "\n".join(lines), "citations": citations})
