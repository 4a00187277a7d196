"""Two answers about the body of work as a whole: the papers outside the main themes (the
themes' 'other topics' and the themes too small to be a main line), each listed and cited;
and the kinds of data the papers work with, each counted with cited examples."""

from __future__ import annotations

import re

from prompts.answer.model import Answer
from prompts.answer.wording import Sources, coverage, plural
from prompts.understand.terms import YES_NO
from retrieval.domains import applications_of
from retrieval.index.columns import PapersById, columns_of
from retrieval.modalities import MODALITIES, modalities_of, modality_words
from retrieval.model import Paper, Profile
from retrieval.names import nickname
from retrieval.text import split_sentences
from retrieval.themes import Theme

SIDE_SHARE = 0.1  # a theme holding less than this share of the papers is a side line
MODALITY_EXAMPLES = 2  # papers named per kind of data
OUTSIDE_NOTE = (
    "Themes group papers close in meaning; a side line is a theme holding under {share} of the "
    "papers; a paper far from its theme's other papers was put with it only as the nearest."
)


def answer_outliers(question: str, profile: Profile, themes: list[Theme]) -> Answer:
    """'13 of her 50 listed papers stand outside her 2 main themes (...)': the side lines, the
    papers far from the centre of the theme they were put in, and those sharing no theme,
    each listed and cited (`themes`: those of the papers kept)."""
    total = sum(len(t.paper_ids) for t in themes)
    groups = _outside(themes, total)
    apart = {i for _, ids in groups for i in ids}
    main = [t for t in themes if not t.other and len(t.paper_ids) >= SIDE_SHARE * total]
    yes_no = YES_NO.match(question) is not None
    whose = profile.possessive()
    labels = "; ".join(
        f"{t.label} ({plural(len([i for i in t.paper_ids if i not in apart]), 'paper')})"
        for t in main
    )
    if not apart or not main:  # all in the main themes, or no theme large enough to be one
        lead = "No: n" if yes_no else "N"
        said = (
            f"all {plural(total, 'listed paper')} fall into {whose} "
            f"{plural(len(main), 'main theme')} ({labels})"
            if main
            else f"{whose} {plural(total, 'listed paper')} share no main theme"
        )
        text = f"{lead}o paper stands outside {whose} main themes: {said}. {coverage(profile)}"
        return Answer(question=question, text=text, route="facts")
    papers = PapersById(columns_of(profile))
    src = Sources()
    lines = [
        f"{'Yes: ' if yes_no else ''}{len(apart)} of {whose} {plural(total, 'listed paper')} "
        f"{'stands' if len(apart) == 1 else 'stand'} outside the "
        f"{plural(len(main), 'main theme')} ({labels}):"
    ]
    # the application domain a paper names says what sets it apart ('weather and climate')
    domains: dict[str, list[str]] = {}
    for name, ids in applications_of(profile).domains:
        for i in ids:
            domains.setdefault(i, []).append(name)
    for heading, ids in groups:
        shown = sorted((papers[i] for i in ids), key=lambda p: (p.date, p.id))
        lines.append(f"- {heading} ({plural(len(shown), 'paper')}):")
        lines.extend(
            f"  - {p.title} ({'; '.join([p.date.isoformat(), p.category, *domains.get(p.id, [])])})"
            f" {src.mark(p)}"
            for p in shown
        )
    lines.append(OUTSIDE_NOTE.format(share=f"{SIDE_SHARE:.0%}"))
    lines.append(coverage(profile))
    return Answer(
        question=question, text="\n".join(lines), citations=src.citations(), route="facts"
    )


def _outside(themes: list[Theme], total: int) -> list[tuple[str, list[str]]]:
    """The papers outside the main themes, in groups: each side line, the papers far from
    the centre of a main theme, and the papers sharing no theme."""
    side = [t for t in themes if not t.other and len(t.paper_ids) < SIDE_SHARE * total]
    groups = [(f"a side line: {t.label}", t.paper_ids) for t in side]
    for theme in themes:
        far = [i for i in theme.fringe if i in theme.paper_ids] if theme not in side else []
        if far:
            groups.append((f"put with {theme.label} but far from its other papers", far))
    groups += [("sharing no theme", t.paper_ids) for t in themes if t.other]
    return groups


def answer_modalities(question: str, profile: Profile, kept: set[str]) -> Answer:
    """'Text (41 papers, e.g. ...); images (18 papers, ...)': the kinds of data the kept
    papers' titles and abstracts name, most papers first, with cited examples."""
    papers = PapersById(columns_of(profile))
    src = Sources()
    said: list[str] = []
    named: set[str] = set()
    for name, ids in modalities_of(profile):
        ids = [i for i in ids if i in kept]
        if not ids:
            continue
        named.add(name)
        words = modality_words(name)
        shown = [papers[i] for i in ids[:MODALITY_EXAMPLES]]
        for p in shown:
            src.evidence.setdefault(p.id, _naming(p, words))
        examples = ", ".join(f"{nickname(p) or p.short_title} {src.mark(p)}" for p in shown)
        said.append(f"- {name} ({plural(len(ids), 'paper')}, e.g. {examples})")
    # a kind the question names that no paper does ('any audio?'): said to be absent
    asked_none = [
        name
        for name, _ in MODALITIES
        if name not in named and modality_words(name).search(question)
    ]
    if not said:
        listed = plural(len(kept), "listed paper")
        text = f"None of {profile.possessive()} {listed} names a kind of data it works with."
        return Answer(question=question, text=text, route="facts")
    lines = [
        f"The kinds of data {profile.possessive()} {plural(len(kept), 'listed paper')} work with, "
        "going by their titles and abstracts (a paper may work with several):",
        *said,
    ]
    if asked_none:
        lines.append(f"No listed paper names {' or '.join(asked_none)}.")
    if note := coverage(profile):
        lines.append(note)
    return Answer(
        question=question, text="\n".join(lines), citations=src.citations(), route="facts"
    )


def _naming(paper: Paper, words: re.Pattern[str]) -> str:
    """The paper's sentence naming the kind of data, or its title."""
    sentences = split_sentences(paper.abstract)
    return next((s for s in sentences if words.search(s)), paper.title)
