"""The second paper of a comparison that names only one: 'smedbert vs cmedbert' (a name its
abstract gives, not the paper's own short name), 'Meta-SN vs the adversarial domain adaptation
one', 'how Meta-SN improves on the earlier adversarial meta-learning paper'. The words the
question has left once the named paper's names and the comparing words are gone describe the
other side; the one paper holding all of them is it."""

from __future__ import annotations

import re
from collections import Counter

from prompts.understand.cues import COMPARE, GENERAL_WORDS, ORDINAL
from prompts.understand.likeness import content
from prompts.understand.terms import STOPWORDS
from retrieval.index.keyword import KeywordIndex
from retrieval.model import CATEGORY_NAMES, Paper
from retrieval.names import GENERIC, aliases
from retrieval.text import STOPWORDS as FUNCTION_WORDS

# A name an abstract gives: a capital or digit inside the word ('CMedBERT', 'GThinker-11K').
NAME = re.compile(r"(?<![\w-])[A-Za-z][a-z]*[A-Z0-9][\w-]*")
# Words that place or point at the other paper, not describe it: 'the earlier one'.
# A comparison said outright: 'X vs Y', 'compared with', 'differ from', 'better than'; not an
# improvement on benchmarks ('its average improvement on general benchmarks').
COMPARED = re.compile(
    r"\b(?:vs\.?|versus|compar\w*|differ\w*|contrast\w*|better\s+than|worse\s+than|against)\b",
    re.IGNORECASE,
)
# Where a paper is tested, shown or run: 'on M3CoT', 'into Google Cloud', 'at ACL'.
PLACES = frozenset({"on", "in", "into", "at", "using", "within"})
POINTING = frozenset(
    """earlier later previous prior older newer predecessor successor original follow-up
    other one ones adds add added improves improve improved versus vs which what""".split()  # noqa: SIM905
)


def describing(topic: str | None, named: Paper) -> list[str]:
    """The topic's words that may describe the other paper: not the named paper's names,
    not words about comparing, pointing or research in general."""
    naming = {w.casefold() for a in aliases(named) for w in re.findall(r"[\w-]+", a)}
    kept = []
    for word in (topic or "").split():
        low = word.casefold()
        dropped = low in naming or low in STOPWORDS or low in GENERAL_WORDS or low in POINTING
        if not (dropped or ORDINAL.fullmatch(low) or COMPARE.fullmatch(low)):
            kept.append(word)
    return list(dict.fromkeys(kept))


def other_words(question: str, named: Paper) -> str:
    """The question's words that may describe the other side of a comparison with `named`,
    for weighing against every paper ('text field labeling vs kie-hvqa paper'): not its names,
    nor its title's or its abstract's given names, nor words about comparing or pointing."""
    own = f"{named.title} {named.abstract}".casefold()
    naming = {w.casefold() for a in aliases(named) for w in re.findall(r"[\w-]+", a)}
    title = set(content(named.title))
    kept = []
    for word in re.findall(r"[\w-]+", question):
        low = word.casefold()
        comparing = COMPARE.fullmatch(low) and not low.endswith("ive")  # not 'contrastive'
        if low in naming or low in FUNCTION_WORDS or low in POINTING or comparing:
            continue
        if (NAME.fullmatch(word) and low in own) or set(content(word)) <= title:
            continue
        kept.append(word)
    return " ".join(kept)


def other_side(words: list[str], named: Paper, keywords: KeywordIndex) -> str | None:
    """The id of the one paper (not `named`) whose text holds every one of `words`; None
    when no paper does or two do ('RetiZero vs human eye doctors': no paper is described)."""
    if not words:
        return None
    held: Counter[str] = Counter()
    for word in words:
        held.update((keywords.papers_with([[word]]) or set()) - {named.id})
    ranked = held.most_common(2)
    if not ranked or ranked[0][1] < len(words):
        return None
    if len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return None
    return ranked[0][0]


def names_it(words: list[str], paper: Paper, beside: Paper | None = None) -> bool:
    """Do the words describe the paper: each in its title, or a name its abstract gives
    ('CMedBERT'), not any word of its abstract ('variants')? A word that the paper `beside`
    it holds too describes the pair ('the two radar papers, RainSeer and the storm one'), so
    only the other words must name it (all of them, when every word is shared: 'valley')."""
    title = {w.casefold().rstrip("s") for w in re.findall(r"[\w]+", paper.title)}
    named = {m.casefold() for m in NAME.findall(paper.abstract)}
    pair = f"{beside.title} {beside.abstract}".casefold() if beside else ""
    own = [w for w in words if not re.search(rf"\b{re.escape(w.casefold())}", pair)] or words
    parts = [(w, [p.rstrip("s") for p in re.findall(r"[\w]+", w.casefold())]) for w in own]
    return all(w.casefold() in named or all(p in title for p in ps) for w, ps in parts)


def unfound_side(question: str, named: Paper, people: str = "") -> str | None:
    """The name a comparison gives its other side when no paper goes by it ('HRKD vs
    GlacierNet' -> 'GlacierNet'): the question's words typed as a name (capitals or digits
    inside, or a capital past the first word), not the named paper's names, the `people`
    named (the owner's name), comparing or pointing words, a category code ('CV or LG?'), a
    place the paper is tested or run ('on M3CoT', 'into Google Cloud'), nor a field-wide
    acronym or anything its abstract names (a baseline). Only where the question says it
    compares ('vs', 'compared with', 'differ')."""
    if not COMPARED.search(question):
        return None
    names = [*aliases(named), people]
    naming = {w.casefold() for a in names for w in re.findall(r"[\w-]+", a)}
    own = named.abstract.casefold()
    runs: list[list[str]] = [[]]
    before = ""
    for i, m in enumerate(re.finditer(r"[\w-]+", question)):
        word, low = m[0], m[0].casefold()
        skipped = low in naming or low in STOPWORDS or low in GENERAL_WORDS or low in POINTING
        typed = NAME.fullmatch(word) is not None or (i > 0 and word[0].isupper())
        skipped = skipped or word in GENERIC or low in own  # 'BERT': a field's, or a baseline
        skipped = skipped or word in CATEGORY_NAMES or (not runs[-1] and before in PLACES)
        if typed and not (skipped or COMPARE.fullmatch(low)):
            runs[-1].append(word)
        elif runs[-1]:
            runs.append([])
        before = low
    return " ".join(runs[0]) or None
