"""What a paper's abstract says of its code: the sentence, whether the code is only promised
('will be released'), published anonymously, and the repositories it links (host, owner)."""

from __future__ import annotations

import re

from pydantic import BaseModel, Field

from retrieval.model import Paper
from retrieval.text import split_sentences

CODE_SAID = re.compile(
    r"\b(?:code|codes|source\s+code|implementation|repositor(?:y|ies)|github|model\s+weights)\b",
    re.IGNORECASE,
)
PROMISED = re.compile(
    r"\bwill\s+(?:also\s+)?(?:be\s+)?(?:made\s+)?(?:publicly\s+)?(?:released|available|open[- ]?"
    r"sourced|public)|\b(?:coming|released?|available)\s+soon\b|\bto\s+be\s+released\b",
    re.IGNORECASE,
)
ANONYMOUS = re.compile(r"\banonymous(?:ly)?\b|anonymous\.4open", re.IGNORECASE)
LINK = re.compile(
    r"https?://(?:www\.)?(?P<host>[\w.-]+\.\w+)/(?P<owner>[\w.-]+)(?:/(?P<repo>[\w.-]+))?"
)


class CodeRelease(BaseModel):
    """The abstract's sentence on the paper's code, and what it says of it."""

    sentence: str
    promised: bool = Field(description="Only promised: 'will be released', 'coming soon'.")
    anonymous: bool = Field(description="Published anonymously (or on an anonymising host).")
    links: list[str] = Field(default_factory=list, description="'github.com/owner/repo' each.")

    def owners(self) -> set[str]:
        """The accounts or organisations the links are under, folded ('bytedance')."""
        return {link.split("/")[1].casefold() for link in self.links if "/" in link}


def code_release(paper: Paper) -> CodeRelease | None:
    """The first sentence of the abstract that speaks of the paper's code, read; or None."""
    for sentence in split_sentences(paper.abstract):
        if not CODE_SAID.search(sentence):
            continue
        links = [
            "/".join(p for p in (m["host"], m["owner"], (m["repo"] or "").rstrip(".")) if p)
            for m in LINK.finditer(sentence)
        ]
        said = PROMISED.search(sentence) is not None
        if not (links or said or ANONYMOUS.search(sentence)):
            continue
        return CodeRelease(
            sentence=sentence,
            promised=said,
            anonymous=ANONYMOUS.search(sentence) is not None,
            links=links,
        )
    return None


# What a paper may release besides its code, by kind: its data (a dataset, a benchmark, a
# corpus) or its model (weights, a checkpoint).
ARTIFACTS = {
    "data": re.compile(
        r"\b(?:data|datasets?|benchmarks?|corpus|corpora|annotations?|collections?)\b", re.I
    ),
    "model": re.compile(r"\b(?:models?|weights|checkpoints?)\b", re.I),
}
# The sentence says it is (or will be) put out: 'are released at', 'will be publicly
# released', 'are provided at', 'we release', 'open-sourced at'; not another's model that is
# 'publicly available' nor a baseline said 'open-source'.
RELEASE_SAID = re.compile(
    r"\b(?:is|are|was|were|be|been)\s+(?:also\s+)?(?:made\s+)?(?:publicly\s+|freely\s+)?"
    r"(?:released|available|open[- ]?sourced|provided|published|shared|public)(?![a-z])"
    r"|\bwe\s+(?:also\s+|will\s+)?(?:release|open[- ]?source)\b",  # not 'we provide an overview'
    re.IGNORECASE,
)


def artifact_release(paper: Paper, kind: str) -> str | None:
    """The abstract's sentence saying the paper's `kind` ('data', 'model') is released or
    will be ('Our dataset and model will be available.'), or None."""
    for sentence in split_sentences(paper.abstract):
        if RELEASE_SAID.search(sentence) and ARTIFACTS[kind].search(sentence):
            return sentence
    return None
