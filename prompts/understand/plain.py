"""Research concepts described in everyday words, read as the field's own words before the
question is understood: 'making models cheaper or faster to run' is model compression or
computational cost, 'scanned paperwork like forms' is document images or OCR, 'learning from
rewards' is reinforcement learning ('image-and-text models' stay as typed: the older papers
say 'vision-language', the newer 'multimodal'). A maintained library of descriptions (not of
questions): each names a concept by what it does, in words no paper of the field uses for it."""

from __future__ import annotations

import re
from typing import NamedTuple

from retrieval.text import compiled


class Described(NamedTuple):
    """A concept's everyday descriptions, the field's words for it, and words that must be
    in the question too (None: none needed)."""

    said: re.Pattern[str]
    term: str
    needs: re.Pattern[str] | None = None


FASTER = r"(?:cheaper|faster|smaller|lighter|leaner|less\s+expensive|more\s+efficient)"
PAPERS_OF = r"(?:paperwork|documents?|forms?|pages?|invoices?|receipts?|id\s+cards?|bills?)"
DESCRIBED = (
    Described(
        re.compile(
            # 'making models cheaper or faster to run', 'get big models to run faster'
            rf"\b(?:mak\w*|get\w*|keep\w*)\s+(?:[\w-]+\s+){{0,3}}?models?\s+(?:(?:to\s+)?run\s+)?"
            rf"{FASTER}(?:\s*(?:,|or|and|/)\s*{FASTER})*(?:\s+to\s+(?:run|serve|deploy|use))?"
            # 'reducing how expensive models are to run', 'cut compute costs'
            r"|\b(?:reduc\w*|cut\w*|lower\w*|sav\w*|trim\w*|shrink\w*)\s+(?:down\s+)?(?:on\s+)?"
            r"(?:the\s+)?(?:how\s+(?:expensive|costly)\s+(?:[\w-]+\s+)?models?\s+(?:are|is)"
            r"\s+to\s+(?:run|serve|deploy)|compute(?:\s+(?:costs?|bills?))?|(?:computing"
            r"|inference|running|serving|deployment|gpu)\s+(?:costs?|bills?)|(?:the\s+)?costs?"
            r"\s+of\s+(?:running|serving|deploying)(?:\s+[\w-]+)?\s+models?)"
            # 'can't afford big GPUs at inference time'
            r"|\b(?:can'?t|cannot|can\s+not)\s+(?:afford|pay\s+for)\s+(?:big|large|huge"
            r"|expensive|many)\s+(?:gpus?|models?|compute|hardware)(?:\s+(?:at|for|in)"
            r"\s+(?:inference|production|deployment)(?:\s+time)?)?"
            r"|\b(?:making\s+)?inference\s+(?:faster|cheaper)\b",
            re.IGNORECASE,
        ),
        "model compression or computational cost",
    ),
    Described(
        re.compile(
            # 'scanned paperwork like forms or invoices', 'photographed receipts'
            rf"\b(?:scann?(?:ed|ing)?|photographed|photos?\s+of|pictures?\s+of|images?\s+of"
            rf"|printed|paper)\s+(?:paper\s+)?{PAPERS_OF}(?:\s*(?:,|like|such\s+as|e\.g\.?"
            rf"|including)\s*(?:{PAPERS_OF}(?:\s*(?:,|or|and|/)\s*)?)+)?",
            re.IGNORECASE,
        ),
        "document images or OCR",
    ),
    Described(
        # 'trained with rewards', 'learns from rewards', 'by trial and error'
        re.compile(
            r"\b(?:with|from|by|using|through|via)\s+(?:(?:a|the)\s+)?rewards?\b"
            r"(?![\s-]+(?:models?|hacking|shaping|functions?))"
            r"|\b(?:by\s+|through\s+)?trial[- ]and[- ]error\b",
            re.IGNORECASE,
        ),
        "reinforcement learning",
        re.compile(r"\b(?:train\w*|learn\w*|taught|teach\w*|tun\w*|trial)\b", re.IGNORECASE),
    ),
)


def in_field_words(question: str) -> tuple[str, dict[str, str]]:
    """The question with each everyday description read as the field's words, and what was
    read as what (for the answer to say so)."""
    read: dict[str, str] = {}
    for concept in DESCRIBED:
        if concept.needs is not None and not concept.needs.search(question):
            continue
        named = concept.term.split(" or ")  # the question names it already: nothing to read
        if any(compiled(rf"\b{re.escape(t)}", re.IGNORECASE).search(question) for t in named):
            continue

        def term(m: re.Match[str], concept: Described = concept) -> str:
            read[" ".join(m[0].split())] = concept.term
            return concept.term

        question = concept.said.sub(term, question)
    return question, read
