"""What a paper is ('a survey', 'a toolkit', 'a benchmark'), read once from its own words: a
title's 'A Survey on ...' / 'A ... Toolkit for ...', an abstract's 'we introduce KIE-HVQA,
the first benchmark dedicated to ...'. A question that points at 'the rl survey' or 'the
survey on RL reasoning for MLLMs' then weighs the kind it says by which papers are that
kind, not by which abstracts merely mention the word ('evaluated on benchmark datasets')."""

from __future__ import annotations

import re
from collections.abc import Sequence

from retrieval.model import Paper
from retrieval.text import STOPWORDS, stem

# The kinds a paper can be, as a question calls it: the noun closing 'the <words> survey'.
# (Grammar of the domain, not of a question set: what research papers say they are.)
KIND_NOUNS = (
    "survey",
    "review",
    "overview",
    "toolkit",
    "toolbox",
    "library",
    "platform",
    "system",
    "framework",
    "benchmark",
    "dataset",
    "corpus",
    "method",
    "approach",
    "architecture",
    "network",
    "pipeline",
    "tool",
    "analysis",
)
KIND = "|".join(KIND_NOUNS)
# 'we introduce KIE-HVQA, the first benchmark dedicated to ...', 'this paper presents a novel
# learning framework': the noun phrase a paper says it brings, after a verb of bringing.
BRINGING = "introduce|propose|present|build|construct|release|develop|design|curate|collect"
BRINGING += "|create|contribute|establish|provide|offer"
_BROUGHT = r"(?:[\w-]+\s*,\s*)?(?:a|an|the|our|this)\s+(?P<np>[\w-]+(?:\s+[\w-]+){0,7})"
_SELF = r"\b(?:we|this (?:paper|work|study|article))\s+(?:\w+ly\s+)?"
INTRODUCED = re.compile(rf"{_SELF}(?:{BRINGING})[sd]?\s+{_BROUGHT}", re.IGNORECASE)
# ... or its title, after an article opening it or a part of it: 'MMLongCite: A Benchmark for'
TITLED = re.compile(r"(?:^|[:—–]|--)\s*(?:a|an|the)\s+(?P<np>[\w-]+(?:\s+[\w-]+){0,7})", re.I)
# The words of a noun phrase that may say what it is: up to its first function word, at most
# eight ('a comprehensive benchmark spanning 16 tasks', 'A Simple and Scalable Deep Transfer
# Learning Platform for').
LEADING = 8


def kinds_of(papers: Sequence[Paper]) -> dict[str, set[int]]:
    """Each kind noun (stemmed) with the rows of the papers that say they are one."""
    wanted = {stem([k])[0] for k in KIND_NOUNS}
    rows: dict[str, set[int]] = {}
    for row, paper in enumerate(papers):
        phrases = [m["np"] for m in TITLED.finditer(paper.title)]
        phrases += [m["np"] for m in INTRODUCED.finditer(paper.abstract)]
        for phrase in phrases:
            for kind in set(stem(leading(phrase))) & wanted:
                rows.setdefault(kind, set()).add(row)
    return rows


def leading(phrase: str) -> list[str]:
    """The phrase's first words, up to its first function word ('and' aside)."""
    said: list[str] = []
    for word in phrase.casefold().split()[:LEADING]:
        if word in STOPWORDS and word != "and":
            break
        said.append(word)
    return said


# 'the survey on RL reasoning for multimodal models', "Qiu's survey on RL-based reasoning in
# MLLMs", 'survey paper on RL reasoning for MLLMs: ...': one paper of a kind, described after
# the noun, up to a pause or the verb of the question ('... have?', '... come out?').
_CLAUSE_END = (
    r"(?=\s*(?:[,.:;?!()]|\s[-–—>]+|->|$)|\s+(?:is|are|was|were|do|does|did|has|have|had|can"
    r"|could|will|would|should|came|come|comes|appear(?:ed|s)?|got|get|went|go|filed|posted"
    r"|published|released|out|say|says|said|cover|covers|use|uses|introduce[sd]?"
    r"|propose[sd]?)\b)"
)
KIND_ON = re.compile(
    rf"(?:\b(?:the|her|his|their|its|that|this|[\w-]+['’]s)\s+|^\W*)"
    rf"(?P<noun>{KIND}|paper|article|preprint|study)(?:\s+paper)?\s+(?:on|about)\s+"
    rf"(?P<desc>[\w-]+(?:\s+[\w/-]+){{0,7}}?){_CLAUSE_END}",
    re.IGNORECASE,
)


def said_kind(m: re.Match[str]) -> tuple[str, str | None]:
    """The description's words and the kind of paper it says, if any: the noun ('the rl
    survey') or the description's last word before 'paper' ('the logo benchmark paper')."""
    description, noun = m["desc"], (m.groupdict().get("noun") or "paper").casefold()
    if noun in KIND_NOUNS:
        return description, noun
    *rest, last = description.split()
    if rest and last.casefold() in KIND_NOUNS:
        return " ".join(rest), last.casefold()
    return description, None


def loose(description: str) -> bool:
    """Words that describe no one thing: several papers or a pause among them ('her papers
    actually went through peer review', 'his lab introduced -- overview')."""
    return bool(PLURAL_OR_PAUSE.search(description))


PLURAL_OR_PAUSE = re.compile(
    r"(?<!\S)(?:papers|works|articles|studies|ones|preprints|[^\w\s]+)(?!\S)", re.IGNORECASE
)


def replaced(m: re.Match[str], name: str, end: int) -> tuple[int, int, str]:
    """Where the paper's name goes (up to `end`, the description's last word the paper
    holds), and what is written there: in place of the words before the noun ('the [rl]
    survey'; with the noun when the name says it: 'the [information leakage analysis]'), or
    before the noun in place of the words after it ('[survey paper on RL reasoning for MLLMs]':
    'Reinforced MLLM survey paper')."""
    if "noun" not in m.re.groupindex:  # 'reverse modelling llm paper code link?'
        return m.start("desc"), m.end("desc"), name
    noun = m["noun"]
    said = noun.casefold() in name.casefold().split()
    if m.start("desc") < m.start("noun"):
        return m.start("desc"), m.end("noun") if said else m.end("desc"), name
    kind = re.sub(r"\s+(?:on|about)\s+.*$", "", m.string[m.start("noun") : end], flags=re.I | re.S)
    return m.start("noun"), end, name if said else f"{name} {kind}"
