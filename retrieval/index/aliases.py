"""The names a paper goes by: its short title, its title, and the acronym its abstract
introduces for itself. Kept with the papers (retrieval/index/papers.py) and matched against
questions in retrieval/names.py."""

from __future__ import annotations

import functools
import re
from collections import Counter

from retrieval.model import Paper

TOKEN = r"([A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*)"
NAMED_AS = re.compile(
    r"\b(?:namely|called|named|dubbed|termed|coined)\b[\s,:]*(?:as\s+)?[(\"']?" + TOKEN
)
NAMED_PAREN = re.compile(
    r"\b(?:namely|called|named|dubbed|termed|coined)\b[\s,:]*(?:[\w-]+\s+){1,8}?\(" + TOKEN + r"\)"
)
# Where the authors first speak of their own work: a name given before it ('a capability termed
# Chain-of-Frames', in the background) belongs to the field, not to the paper.
OWN_WORK = re.compile(r"\b(?:we|our|this (?:paper|work|study))\b", re.IGNORECASE)
PROPOSED = re.compile(r"\b(?:propose|present|introduce|develop|design|release)[sd]?\b([^.]*)")
ACRONYM = re.compile(r"(?<![\w-])" + TOKEN + r"(?![\w-])")
# Field-wide acronyms that name no particular paper.
_GENERIC = (
    "AI BERT GNN GNNs IR KB KBs KG KGs LLM LLMs LVLM LVLMs MLLM MLLMs MRC NLP NLU OCR PLM PLMs "
    "NER QA RL SBR TL VQA"
)
GENERIC = set(_GENERIC.split())
LEAD_END = re.compile(r":| -- | for | with ")  # where a title's leading words end
LEAD_WORDS = (2, 6)  # how many words a title's leading words have, to be a name
# Papers whose names are kept once derived: deriving them reads the whole abstract (~0.2-0.6
# ms a paper) and understanding asks for a named paper's names at several steps.
ALIASES_KEPT = 512


def _is_nickname(token: str) -> bool:
    return (
        sum(c.isupper() for c in token) >= 2
        and token not in GENERIC
        and not token.endswith(("-based", "-style"))
        and not token.startswith("GPT")
    )


def _abstract_name(paper: Paper) -> str | None:
    return _name_in(paper.abstract) if paper.abstract else None


def _coined(text: str) -> str | None:
    """The first name the text gives something ('namely, Meta-SN', 'termed Chain-of-Frames')."""
    for rx in (NAMED_AS, NAMED_PAREN):
        named = [t for t in rx.findall(text) if _is_nickname(t)]
        if named:
            return named[0]
    return None


def _background_name(paper: Paper) -> str | None:
    """A name the abstract gives before the authors speak of their own work ('a capability
    termed Chain-of-Frames'): the paper is the one to ask about it, but it is not its name."""
    return _coined(paper.abstract) if paper.abstract else None


@functools.lru_cache(maxsize=4096)
def _name_in(abstract: str) -> str | None:
    """The acronym an abstract introduces for its own method, dataset or system."""
    start = OWN_WORK.search(abstract)
    own = abstract[abstract.rfind(".", 0, start.start()) + 1 :] if start else abstract
    if coined := _coined(own):
        return coined
    counts = Counter(ACRONYM.findall(abstract))
    proposed = [
        t
        for part in PROPOSED.findall(abstract)
        for t in ACRONYM.findall(part)
        if _is_nickname(t) and counts[t] >= 2
    ]
    if not proposed:
        return None
    return max(proposed, key=lambda t: (counts[t], -proposed.index(t)))


def _title_lead(paper: Paper) -> str | None:
    """The title's leading words, before ':', ' -- ', ' for ' or ' with ' ('Learning to
    Augment' of 'Learning to Augment for ... Distillation'), when a few words long and not
    written in lower case in the paper's own abstract (there they are a topic the paper works
    on, as 'few-shot relation extraction', not its name)."""
    lead = LEAD_END.split(paper.title, maxsplit=1)[0].strip()
    if lead == paper.title or not LEAD_WORDS[0] <= len(lead.split()) <= LEAD_WORDS[1]:
        return None
    if lead.casefold() != lead and lead.casefold() in paper.abstract:
        return None
    return lead


def _spelled_name(paper: Paper, name: str | None) -> str | None:
    """The words the abstract spells its own acronym out as, with capitals as a name is
    written ('Meta Fine-Tuning (MFT)', not 'pseudo-relevance feedback (PRF)', a topic): their
    initials, hyphened parts counted, make the acronym."""
    if not name or not name.isupper() or not paper.abstract:
        return None
    for m in re.finditer(r"((?:[\w-]+\s+){1,6})\(" + re.escape(name) + r"\)", paper.abstract):
        words = m.group(1).split()
        for start in range(len(words)):
            initials = "".join(part[0] for w in words[start:] for part in w.split("-") if part)
            if initials.upper() == name:
                spelled = " ".join(words[start:])
                return spelled if spelled[0].isupper() else None
    return None


# A kind of thing a title's leading words may end on, left out of an acronym made of them
# ('MLADA' for 'Meta-Learning Adversarial Domain Adaptation Network').
KIND_WORDS = frozenset(
    "network networks framework model models method approach system mechanism architecture".split()  # noqa: SIM905
)


def _lead_initials(paper: Paper) -> list[str]:
    """Acronyms a reader makes of a title's leading words when the paper names itself no
    other way ('MLADA', 'MLADAN' for 'Meta-Learning Adversarial Domain Adaptation Network for
    ...'): the initials, hyphened parts counted, with and without a last word of kind; four
    letters or more, three words or more, and no field-wide acronym."""
    lead = LEAD_END.split(paper.title, maxsplit=1)[0].strip()
    words = lead.split()
    if lead == paper.title or not 3 <= len(words) <= LEAD_WORDS[1]:
        return []
    if not all(w[:1].isupper() for w in words):  # a sentence, not a name ('Learning to ...')
        return []
    runs = [words, words[:-1]] if words[-1].casefold() in KIND_WORDS else [words]
    found = []
    for run in runs:
        initials = "".join(part[0] for w in run for part in w.split("-") if part).upper()
        if len(initials) >= 4 and initials.isalpha() and initials not in GENERIC:
            found.append(initials)
    return found


def aliases(paper: Paper) -> list[str]:
    """Names a question may use for a paper: 'KEML', 'MeteoLogist', 'EasyTransfer', the title;
    after the title, the title's leading words and the acronym's spelled-out words."""
    return list(_aliases(_Text(paper)))


class _Text:
    """A paper as its names see it: its title and abstract (all that they read of it)."""

    __slots__ = ("key", "paper")

    def __init__(self, paper: Paper) -> None:
        self.paper, self.key = paper, (paper.title, paper.abstract)

    def __hash__(self) -> int:
        return hash(self.key)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Text) and other.key == self.key


@functools.lru_cache(maxsize=ALIASES_KEPT)
def _aliases(text: _Text) -> tuple[str, ...]:
    """`aliases` of a paper, derived once per title and abstract: a question names the same
    few papers at several steps."""
    return tuple(_derived(text.paper))


def _derived(paper: Paper) -> list[str]:
    abstract_name = _abstract_name(paper)
    names = [
        paper.short_title,
        paper.title.split(" -- ")[0].strip(),
        abstract_name,
        _background_name(paper),
    ]
    short = [n for n in dict.fromkeys(names) if n and n != paper.title and len(n) > 2]
    said = {n.casefold() for n in [*short, paper.title]}
    more = [_title_lead(paper), _spelled_name(paper, abstract_name or paper.short_title)]
    if paper.short_title == paper.title and not abstract_name:
        more += _lead_initials(paper)
    return [
        *short,
        paper.title,
        *(n for n in dict.fromkeys(more) if n and n.casefold() not in said),
    ]
