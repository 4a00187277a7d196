"""Where the research is applied, when an overview asks it: the application domains the
papers name ('which industries does her work serve?'), and whether the record reads as applied
or theoretical ('theory person or applied person?'), each from the papers' own words, counted
and cited, said before the themes."""

from __future__ import annotations

import re

from prompts.answer.wording import Sources, plural
from retrieval.domains import applications_of, domain_words
from retrieval.index.columns import PapersById
from retrieval.model import Paper, Profile
from retrieval.names import nickname
from retrieval.text import split_sentences
from retrieval.themes import Theme

# The application domains asked for ('which industries does it serve', 'real-world areas',
# 'where does her work get applied'); not a method's domains ('domain adaptation',
# 'cross-domain', 'domain knowledge')
DOMAINS_ASKED = re.compile(
    r"(?<![-\w])(?<!cross-)(?<!multi-)(?:domains?|industr(?:y|ies|ys)|sectors?|businesses)\b"
    r"(?![- ](?:adapt|knowledge|specific|shift|general|expert|gap|transfer))"
    r"|\bapplication\s+(?:areas?|fields?)\b|\breal[- ]world\s+(?:areas?|fields?|uses?)\b"
    r"|\b(?:gets?|is|are|been|being)\s+applied\b|\b(?:work|research)\s+(?:is\s+)?(?:used|applied)\b|\bapplie[sd]?\s+(?:to|in)\b|\bwho\s+benefits\b"
    r"|\bfields?\s+(?:outside|beyond)\b|\b(?:fields?|areas?)\b(?=[^?.!]*\bserve[sd]?\b)|\bpractical\s+(?:uses?|applications?)\b",
    re.IGNORECASE,
)
SET_ASIDE = re.compile(
    r"\b(?:besides|other\s+than|apart\s+from|outside(?:\s+of)?|except|beyond|non-)", re.I
)
DOMAIN_EXAMPLES = 2  # papers named per domain
# Theory set against application: 'theory person or applied person?', 'theoretical or
# application-driven?', 'real-world systems rather than theory?'
THEORY_ASKED = re.compile(r"\btheor(?:y|ist|ists|etical|etician)\b", re.IGNORECASE)


def application_lines(
    question: str, profile: Profile, themes: list[Theme], papers: PapersById, src: Sources
) -> list[str]:
    """The lines on where the research is applied that the question asks for, or none."""
    lines = _leaning(question, profile, themes, papers, src)
    return lines + _domains(question, profile, themes, papers, src)


def _leaning(
    question: str, profile: Profile, themes: list[Theme], papers: PapersById, src: Sources
) -> list[str]:
    """Applied or theoretical, by the papers' words: those naming an application domain or a
    deployment against those stating theorems, proofs or bounds."""
    if not THEORY_ASKED.search(question):
        return []
    kept = {i for t in themes for i in t.paper_ids}
    said = applications_of(profile)
    applied = [i for i in said.deployed if i in kept]
    theory = [i for i in said.theoretical if i in kept]
    lead = "Mostly applied" if len(applied) > len(theory) else "Not clearly applied"
    shown = [papers[i] for i in applied[:DOMAIN_EXAMPLES]]
    named = ", ".join(f"{short_name(p)} {src.mark(p)}" for p in shown)
    examples = f" (e.g. {named})" if named else ""
    name = "names" if len(applied) == 1 else "name"
    state = "states" if len(theory) == 1 else "state"
    return [
        f"{lead}, going by the abstracts: {plural(len(applied), 'listed paper')} {name} an "
        f"application domain or a deployment{examples}; {len(theory)} {state} theoretical "
        "results (theorems, proofs or bounds)."
    ]


def short_name(paper: Paper) -> str:
    """'GThinker', 'Meta-SN', or the whole title when the paper gives itself no short name."""
    return nickname(paper) or paper.short_title


def _domains(
    question: str, profile: Profile, themes: list[Theme], papers: PapersById, src: Sources
) -> list[str]:
    """When the question asks where the research is applied: the application domains the
    themes' papers name, each counted with cited examples (none set aside by the question)."""
    if not DOMAINS_ASKED.search(question):
        return []
    kept = {i for t in themes for i in t.paper_ids}
    aside = SET_ASIDE.search(question) is not None
    said: list[str] = []
    for name, ids in applications_of(profile).domains:
        words = domain_words(name)
        ids = [i for i in ids if i in kept]
        if not ids or (aside and words.search(question)):
            continue
        shown = [papers[i] for i in ids[:DOMAIN_EXAMPLES]]
        for p in shown:
            src.evidence.setdefault(p.id, _named(p, words))
        named = ", ".join(f"{short_name(p)} {src.mark(p)}" for p in shown)
        said.append(f"{name} ({plural(len(ids), 'paper')}, e.g. {named})")
    if not said:
        return []
    return [f"Application domains {profile.name}'s papers name: {'; '.join(said)}."]


def _named(paper: Paper, words: re.Pattern[str]) -> str:
    """The paper's sentence naming its domain, or its title."""
    sentences = split_sentences(paper.abstract)
    return next((s for s in sentences if words.search(s)), paper.title)
