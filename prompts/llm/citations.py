"""The [n] citation contract, checked: an LLM answer keeps only what its sources support.

Markers outside the numbered sources are removed; a sentence with no valid marker, or whose
content words mostly do not occur in the sources it cites (a cheap lexical check that lets
paraphrases through and stops invented facts and numbers), is dropped; the surviving markers
are renumbered 1..n in order of first use and only those papers are listed.
"""

from __future__ import annotations

import re

from pydantic import BaseModel

from prompts.answer.model import Citation
from retrieval.model import CATEGORY_NAMES
from retrieval.search import Hit
from retrieval.text import STOPWORDS, split_sentences, stem, words

# Share of a sentence's content words its cited sources must contain (bench/citation_threshold.py).
SUPPORT_THRESHOLD = 0.5
MIN_CLAIM_WORDS = 2
# A marker stays on a sentence only if its own source holds at least this share.
MARKER_SHARE = 0.15
MAX_EVIDENCE = 3
MARKER = re.compile(r"\[\s*(\d+(?:\s*(?:[,;]|[-–])\s*\d+)*)\s*\]")
# "[Source 2]" and "[source 2]" are the same marker as "[2]".
NAMED_MARKER = re.compile(r"\[\s*(?:sources?|src)\s*(\d+)\s*\]", re.IGNORECASE)
# Titles may hold sentence ends ("Seeing is Believing? ..."): masked while splitting.
MASK = str.maketrans({".": "\ue000", "?": "\ue001", "!": "\ue002"})
UNMASK = str.maketrans({"\ue000": ".", "\ue001": "?", "\ue002": "!"})
# Markers written after the full stop ("... learning. [1]") belong to that sentence.
TRAILING = re.compile(r"([.!?])((?:\s*\[\s*\d[\d,;\s–-]*\])+)")
BULLET = re.compile(r"^(\s*(?:[-*•]|\d+[.)])\s+)")
# Numbers, also with a unit or suffix ('81.5', '7b', '702k'): a claim's numbers must be in the
# sources it cites.
NUMBER = re.compile(r"^\d+(?:\.\d+)*[a-z]*$")
# Words any answer about papers uses, whatever its sources say: they support nothing.
_PAPER_TALK = """
one well new based use used uses using paper papers work works research researcher study
studies article articles propose proposes proposed present presents presented introduce
introduces introduced describe describes described develop develops developed publish
published author authors authored titled title et al e g ie eg etc including include includes
"""
STOP = STOPWORDS | frozenset(_PAPER_TALK.split())


class Verified(BaseModel):
    """An answer's text after the check, its citations, and what the check removed."""

    text: str
    citations: list[Citation]
    claims: int  # sentences that needed a citation
    dropped: int  # of those, removed as uncited or unsupported
    bad_markers: int  # markers that named no source

    @property
    def trimmed(self) -> bool:
        return self.dropped > 0


def content_words(text: str, extra_stop: frozenset[str] = frozenset()) -> set[str]:
    """Stemmed content words (hyphenated words count as their parts, numbers as themselves)."""
    kept = [
        w
        for w in words(text, split_hyphens=True)
        if w not in STOP and w not in extra_stop and (len(w) > 1 or w.isdigit())
    ]
    return set(stem(kept))


def source_words(hit: Hit) -> set[str]:
    """Everything a source states: title, abstract, people, date, category, code."""
    p = hit.paper
    parts = [
        p.title,
        p.abstract,
        " ".join(p.authors),
        p.affiliation or "",
        p.category,
        CATEGORY_NAMES.get(p.category, ""),
        p.date.strftime("%Y %B %b %d"),
        str(p.date.day),
    ]
    if p.has_code:
        parts.append("code github source open released available implementation")
    return content_words(" ".join(parts))


def markers(text: str) -> list[int]:
    """The numbers in the [n] markers of a text, in order ("[1-3]" is 1, 2, 3)."""
    found: list[int] = []
    for group in MARKER.findall(text):
        for part in re.split(r"\s*[,;]\s*", group):
            ends = [int(x) for x in re.split(r"\s*[-–]\s*", part) if x]
            found += (
                list(range(ends[0], ends[-1] + 1))
                if len(ends) == 2 and ends[0] <= ends[1] <= ends[0] + 20
                else ends
            )
    return found


def _units(text: str) -> list[tuple[str, list[str]]]:
    """(bullet prefix, sentences) per non-empty line, markers moved before the full stop."""
    units = []
    for line in TRAILING.sub(r"\2\1", text).splitlines():
        if not line.strip():
            continue
        match = BULLET.match(line)
        prefix = match.group(1).strip() + " " if match else ""
        units.append((prefix, split_sentences(line[match.end() :] if match else line)))
    return units


class _Check:
    """One verification: the sources, their word sets, and the renumbering so far."""

    def __init__(self, sources: list[Hit], researcher: str, threshold: float) -> None:
        self.sources, self.threshold = sources, threshold
        self.words = [source_words(h) for h in sources]
        self.stop = frozenset(words(researcher, split_hyphens=True))
        self.numbering: dict[int, int] = {}
        self.support: dict[int, list[set[str]]] = {}
        self.bad = 0

    def sentence(self, sentence: str) -> str | None:
        """The sentence with checked, renumbered markers; None if it is not supported."""
        cited = [n for n in dict.fromkeys(markers(sentence))]
        valid = [n for n in cited if 1 <= n <= len(self.sources)]
        self.bad += len(cited) - len(valid)
        claim = content_words(MARKER.sub(" ", sentence), self.stop)
        # A one-word "claim" ("PWNED [1].") says nothing a source could support.
        if not valid or len(claim) < MIN_CLAIM_WORDS:
            return None
        if claim:
            valid = [
                n for n in valid if len(claim & self.words[n - 1]) / len(claim) >= MARKER_SHARE
            ]
            covered = set().union(*(self.words[n - 1] for n in valid)) & claim if valid else set()
            numbers = {w for w in claim - covered if NUMBER.match(w)}
            if (
                not valid
                or len(covered) / len(claim) < self.threshold
                or (numbers - {str(len(valid))})
            ):
                return None
        for n in valid:
            self.numbering.setdefault(n, len(self.numbering) + 1)
            self.support.setdefault(n, []).append(claim)
        return _renumber(sentence, self.numbering, set(valid))

    def citations(self) -> list[Citation]:
        out = []
        for old, new in sorted(self.numbering.items(), key=lambda item: item[1]):
            hit = self.sources[old - 1]
            out.append(Citation.of(new, hit.paper, _evidence(hit, self.support[old])))
        return out


def _renumber(sentence: str, numbering: dict[int, int], keep: set[int]) -> str:
    def swap(match: re.Match[str]) -> str:
        kept = [numbering[n] for n in dict.fromkeys(markers(match.group(0))) if n in keep]
        return "".join(f"[{n}]" for n in kept)

    text = MARKER.sub(swap, sentence)
    text = re.sub(r"(\])\s*(?=\[)", r"\1", text)
    return re.sub(r"\s+([.,;:!?])", r"\1", re.sub(r"\s{2,}", " ", text)).strip()


def _evidence(hit: Hit, claims: list[set[str]]) -> list[str]:
    """For each claim citing this source, the abstract sentence sharing most words with it."""
    sentences = split_sentences(hit.paper.abstract)
    words = [content_words(s) for s in sentences]
    best: list[str] = []
    for claim in claims:
        score, i = max(((len(w & claim), i) for i, w in enumerate(words)), default=(0, 0))
        if score and sentences[i] not in best:
            best.append(sentences[i])
    return best[:MAX_EVIDENCE] or hit.sentences[:1]


def _mask_titles(text: str, sources: list[Hit]) -> str:
    """Hide the sentence ends inside source titles, where the title goes on after them."""
    for hit in sources:
        title = hit.paper.title
        for end in re.finditer(r"[.?!]\s+\S+", title):
            fragment = title[: end.end()]
            text = text.replace(fragment, fragment.translate(MASK))
    return text


def verify(
    text: str, sources: list[Hit], researcher: str = "", threshold: float = SUPPORT_THRESHOLD
) -> Verified:
    """Check every sentence of an LLM answer against the numbered sources it was given."""
    check = _Check(sources, researcher, threshold)
    text = _mask_titles(NAMED_MARKER.sub(r"[\1]", text), sources)
    lines, claims, dropped = [], 0, 0
    for prefix, sentences in _units(text):
        kept = []
        for s in sentences:
            if s.endswith(":") and not MARKER.search(s) and not re.search(r"\d", s):
                kept.append(s)  # a lead-in to a list ("His papers on X:") states nothing
                continue
            claims += 1
            checked = check.sentence(s)
            if checked is None:
                dropped += 1
            else:
                kept.append(checked)
        if kept:
            lines.append(prefix + " ".join(kept))
    while lines and lines[-1].endswith(":"):
        lines.pop()  # a lead-in whose list did not survive
    return Verified(
        text="\n".join(lines).translate(UNMASK),
        citations=check.citations(),
        claims=claims,
        dropped=dropped,
        bad_markers=check.bad,
    )
