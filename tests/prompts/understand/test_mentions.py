"""Papers, people and tags found through the index built at open are exactly those the old
per-question scan of every paper found, on the bundled profile."""

from __future__ import annotations

import re

import pytest

from bot.settings import BUNDLED_PROFILE
from prompts.understand.mentions import Mentions
from prompts.understand.router import parse_query
from retrieval.ingest.load import load_profile
from retrieval.model import Paper, Profile
from retrieval.names import _beside_named, _mixed_case, aliases, named_papers
from retrieval.people import mentioned_people, people


def scan_named_papers(text: str, papers: list[Paper]) -> list[Paper]:
    """The scan the index replaced (every alias of every paper, per question): the reference."""
    found: list[tuple[int, Paper]] = []
    folded = " ".join(text.split()).casefold()
    for paper in papers:
        for name in aliases(paper):
            if name.split()[0].casefold() not in folded:
                continue
            pattern = r"(?<![\w-])" + r"\s+".join(map(re.escape, name.split())) + r"(?![\w-])"
            m = re.search(pattern, text) or re.search(pattern + r"(?=\s+paper)", text, re.I)
            if name == paper.title or _mixed_case(name) or len(name.split()) >= 3:
                m = re.search(pattern, text, re.IGNORECASE)
            if m:
                found.append((m.start(), paper))
                break
    if found:  # a one-word name typed low beside a name found ('valley or Valley2')
        names = {a.casefold() for _, p in found for a in aliases(p)}
        said = {w for a in names for w in a.split()}
        for paper in papers:
            if paper not in [p for _, p in found]:
                start = _beside_named(text, aliases(paper), said, names)
                found += [(start, paper)] if start is not None else []
    return [paper for _, paper in sorted(found, key=lambda f: f[0])]


def scan_mentioned_people(text: str, profile: Profile) -> list[str]:
    """The scan the index replaced (every author, per question): the reference."""
    lowered = " ".join(text.split()).casefold()
    hits: list[tuple[int, str]] = []
    taken: list[range] = []
    names = sorted((p.name for p in people(profile.papers)), key=len, reverse=True)
    for name in names:
        parts = name.casefold().split()
        if parts[-1] not in lowered:
            continue
        patterns = [r"\s+".join(map(re.escape, parts))]
        if len(parts) > 2:
            patterns.append(re.escape(parts[0]) + r"\s+" + re.escape(parts[-1]))
        for pattern in patterns:
            m = re.search(r"(?<![\w-])" + pattern + r"(?![\w-])", lowered)
            if m and not any(m.start() in span for span in taken):
                hits.append((m.start(), name))
                taken.append(range(m.start(), m.end()))
                break
    return [name for _, name in sorted(hits)]


def first_tag(text: str, tags: list[str]) -> str | None:
    """The router's rule: the first tag, in sorted order, the text names."""
    return next(
        (t for t in tags if re.search(r"(?<![\w-])" + re.escape(t) + r"(?![\w-])", text, re.I)),
        None,
    )


@pytest.fixture(scope="module")
def profile() -> Profile:
    return load_profile(BUNDLED_PROFILE, captured_year=2026)


@pytest.fixture(scope="module")
def mentions(profile: Profile) -> Mentions:
    return Mentions(profile)


def short(papers: list[Paper]) -> list[str]:
    return [p.short_title.split(" -- ")[0] for p in papers]


# (question, the papers it names by short title, the people it names, the tag it names)
CASES = [
    # Paper names: own capitals; any case when mixed-case or before 'paper'; titles any case.
    ("What is KEML about?", ["KEML"], [], None),
    # An all-capital name may be an English word ('MERIT', 'CURE'): it keeps its capitals.
    ("what is keml about?", [], [], None),
    ("Tell me about the keml paper", ["KEML"], [], None),
    ("Summarize the KEML Paper and MFT", ["KEML", "Meta Fine-Tuning Neural Language Models for Multi-Domain Text Mining"], [], None),
    ("How does spanproto work?", ["SpanProto"], [], None),
    ("SPANPROTO vs Meta-SN", ["SpanProto", "Meta-Learning Siamese Network for Few-Shot Text Classification"], [], None),
    ("what did meta-sn improve?", ["Meta-Learning Siamese Network for Few-Shot Text Classification"], [], None),
    ("Compare Valley2 and valley3", ["Valley2", "Valley3"], [], None),
    ("Which came first, valley or Valley2?", ["Valley", "Valley2"], [], None),
    ("Which came first, the valley paper or Valley3?", ["Valley", "Valley3"], [], None),
    ("Is CURE about retinal images?", ["CURE"], [], None),
    ("who wrote seeing inside the storm: improving nowcasting by integrating meteorological drivers?", ["Seeing Inside the Storm"], [], None),
    ("When was Seeing Inside the Storm published?", ["Seeing Inside the Storm"], [], None),
    # a short title of three or more words names its paper in any case, across spaces too
    ("seeing   inside\nthe storm?", ["Seeing Inside the Storm"], [], None),
    ("Who built EasyTransfer?", ["EasyTransfer"], [], None),
    # The name the VIPER paper's abstract coins ('termed Chain-of-Frames') is no English word.
    ("what is chain-of-frames", ["Beyond the Last Frame"], [], None),
    ("Chain-of-Frames and R1-ShareVL", ["Beyond the Last Frame", "R1-ShareVL"], [], None),
    ("is Share-GRPO the same as share-grpo?", ["R1-ShareVL"], [], None),
    ("K-frames vs KIE-HVQA", ["K-frames", "Seeing is Believing"], [], None),
    ("DocAsRef, SueNes", ["DocAsRef", "SueNes"], [], None),
    ("Kaleido-BERT or FashionBERT?", ["Kaleido-BERT", "FashionBERT"], [], None),
    ("a KEML-based method", [], [], None),
    ("non-KEML work", [], [], None),
    ("KEML's authors", ["KEML"], [], None),
    ("mft papers", ["Meta Fine-Tuning Neural Language Models for Multi-Domain Text Mining"], [], None),
    # People: full names in any case, 'Forrest Bao' for 'Forrest Sheng Bao', never a surname alone.
    ("papers with Chengyu Wang", [], ["Chengyu Wang"], None),
    ("chengyu wang and CEN CHEN", [], ["Chengyu Wang", "Cen Chen"], None),
    ("What did Forrest Bao write?", [], ["Forrest Sheng Bao"], None),
    ("forrest sheng bao", [], ["Forrest Sheng Bao"], None),
    ("ChengCheng Han", [], ["Chengcheng Han"], None),
    ("papers by Wang", [], [], None),
    ("anything by qiu?", [], [], None),
    ("Minghui Qiu's papers with Jun Huang", [], ["Minghui Qiu", "Jun Huang"], None),
    ("Deng-Ping Fan on FashionBERT", ["FashionBERT"], ["Deng-Ping Fan"], None),
    ("Yaliang Li and Linfeng Li", [], ["Yaliang Li", "Linfeng Li"], None),
    ("Jie Wang or jie wang?", [], ["Jie Wang"], None),
    # Affiliation tags: any case, whole words, the first in sorted order.
    ("papers tagged pku", [], [], "pku"),
    ("PKU papers", [], [], "pku"),
    ("cmu affiliation", [], [], "cmu"),
    ("pku-based work", [], [], None),
    ("from PKU or CMU", [], [], "cmu"),
    ("tagged Pku in 2022 with Chengyu Wang about SpanProto", ["SpanProto"], ["Chengyu Wang"], "pku"),
]  # fmt: skip


@pytest.mark.parametrize(("question", "papers", "names", "tag"), CASES)
def test_the_index_finds_what_scanning_every_paper_found(
    profile: Profile, mentions: Mentions, question: str, papers: list[str], names: list[str],
    tag: str | None,
) -> None:  # fmt: skip
    found = named_papers(question, profile.papers, mentions.papers)
    assert found == scan_named_papers(question, profile.papers)
    assert short(found) == papers
    assert mentioned_people(question, profile, mentions.people) == names
    assert scan_mentioned_people(question, profile) == names
    all_tags = sorted({p.affiliation for p in profile.papers if p.affiliation})
    assert first_tag(question, sorted(mentions.tags.find(question))) == tag
    assert first_tag(question, all_tags) == tag


@pytest.mark.parametrize("question", [q for q, *_ in CASES])
def test_a_query_reads_the_same_with_the_index_built_at_open(
    profile: Profile, mentions: Mentions, question: str
) -> None:
    assert parse_query(question, profile, index=mentions) == parse_query(question, profile)
