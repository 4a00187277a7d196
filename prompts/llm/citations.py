"""The [n] citation contract, checked: an LLM answer keeps only what its sources support.

Markers outside the numbered sources are removed; each sentence is checked against the
sources it cites by prompts.llm.support (meaning, words, numbers, names, negation, authors);
a sentence they do not support moves to another given source that clearly does, or is
dropped; the surviving markers are renumbered 1..n in order of first use, and only those
papers are listed, each with the sentences that back the claims citing it.
"""

from __future__ import annotations

import re

from pydantic import BaseModel

from prompts.answer.model import Backing, Citation
from prompts.llm.support import Support, Verifier
from prompts.llm.verify.evidence import content_words
from retrieval.search import Hit
from retrieval.text import split_sentences

MIN_CLAIM_WORDS = 2
MAX_EVIDENCE = 3
MARKER = re.compile(r"\[\s*(\d+(?:\s*(?:[,;]|[-–])\s*\d+)*)\s*\]")
# "[Source 2]" and "[source 2]" are the same marker as "[2]".
NAMED_MARKER = re.compile(r"\[\s*(?:sources?|src)\s*(\d+)\s*\]", re.IGNORECASE)
# Small models copy the prompt's fence as a marker: '<source n="2">' is "[2]"; a closing tag
# says nothing.
TAG_MARKER = re.compile(r"<\s*source\s+n\s*=\s*[\"']?(\d+)[\"']?\s*/?\s*>", re.IGNORECASE)
CLOSING_TAG = re.compile(r"<\s*/\s*source\s*>", re.IGNORECASE)
# Titles may hold sentence ends ("Seeing is Believing? ..."): masked while splitting.
MASK = str.maketrans({".": "\ue000", "?": "\ue001", "!": "\ue002"})
UNMASK = str.maketrans({"\ue000": ".", "\ue001": "?", "\ue002": "!"})
# Markers written after the full stop ("... learning. [1]") belong to that sentence; never
# across a line end, where a marker opens the next line's item ("[2] Meta-KD ...").
TRAILING = re.compile(r"([.!?])((?:[ \t]*\[[ \t]*\d[\d,; \t–-]*\])+)")
LEADING = re.compile(r"^((?:\[[ \t]*\d[\d,; \t–-]*\][ \t]*)+)(.*)$", re.DOTALL)
BULLET = re.compile(r"^(\s*(?:[-*•]|\d+[.)])\s+)")


class Verified(BaseModel):
    """An answer's text after the check, its citations, and what the check removed."""

    text: str
    citations: list[Citation]
    claims: int  # sentences that needed a citation
    dropped: int  # of those, removed as uncited or unsupported
    bad_markers: int  # markers that named no source
    reattributed: int = 0  # kept, but cited to another given source that supports them

    @property
    def trimmed(self) -> bool:
        return self.dropped > 0


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
    """(bullet prefix, sentences) per non-empty line, markers moved before the full stop
    (a marker opening a line, "[2] Meta-KD ...", goes to the end of that line's first sentence)."""
    units = []
    for line in TRAILING.sub(r"\2\1", text).splitlines():
        if not line.strip():
            continue
        match = BULLET.match(line)
        prefix = match.group(1).strip() + " " if match else ""
        body = line[match.end() :] if match else line
        sentences = split_sentences(body.strip())
        leading = LEADING.match(sentences[0]) if sentences else None
        if leading and leading.group(2).strip():
            first = leading.group(2).strip()
            stop = first[-1] if first[-1] in ".!?" else ""
            sentences[0] = f"{first.removesuffix(stop).rstrip()} {leading.group(1).strip()}{stop}"
        units.append((prefix, sentences))
    return units


def _claim(sentence: str) -> str:
    """The sentence as a claim: markers out, spacing tidied."""
    return re.sub(
        r"\s+([.,;:!?])", r"\1", re.sub(r"\s{2,}", " ", MARKER.sub(" ", sentence))
    ).strip()


class _Check:
    """One verification: the sources, the verifier, and the renumbering so far."""

    def __init__(self, sources: list[Hit], verifier: Verifier) -> None:
        self.sources, self.verifier = sources, verifier
        self.papers = [h.paper for h in sources]
        self.numbering: dict[int, int] = {}
        self.backing: dict[int, list[tuple[str, Support]]] = {}
        self.bad = 0
        self.moved = 0

    def cited(self, sentence: str) -> list[int] | None:
        """The valid source numbers a sentence cites; None if it states nothing to check."""
        cited = list(dict.fromkeys(markers(sentence)))
        valid = [n for n in cited if 1 <= n <= len(self.sources)]
        self.bad += len(cited) - len(valid)
        # A one-word "claim" ("PWNED [1].") says nothing a source could support.
        if not valid or len(content_words(_claim(sentence))) < MIN_CLAIM_WORDS:
            return None
        return valid

    def sentence(self, sentence: str, verdict: Support) -> str | None:
        """The sentence with checked, renumbered markers; None if it is not supported."""
        claim = _claim(sentence)
        if not verdict.supported:
            return None
        if verdict.reattributed:
            self.moved += 1
            stop = claim[-1] if claim[-1] in ".!?" else ""
            sentence = f"{claim.removesuffix(stop)} [{verdict.sources[0]}]{stop}"
        for n in verdict.sources:
            self.numbering.setdefault(n, len(self.numbering) + 1)
            self.backing.setdefault(n, []).append((claim, verdict))
        return _renumber(sentence, self.numbering, set(verdict.sources))

    def citations(self) -> list[Citation]:
        out = []
        for old, new in sorted(self.numbering.items(), key=lambda item: item[1]):
            hit, backing = self.sources[old - 1], self.backing[old]
            paper = hit.paper
            # A sentence citing two papers: each keeps the evidence from its own text.
            own = [
                next(
                    (e for e in v.evidence if e in paper.abstract or e == paper.title),
                    None,
                )
                or self.verifier.closest_sentence(c, paper)
                for c, v in backing
            ]
            evidence = list(dict.fromkeys(e for e in own if e))
            citation = Citation.of(new, paper, evidence[:MAX_EVIDENCE] or hit.sentences[:1])
            citation.backing = [
                Backing(claim=c, evidence=e, score=v.score)
                for (c, v), e in zip(backing, own, strict=True)
            ]
            out.append(citation)
        return out


def _renumber(sentence: str, numbering: dict[int, int], keep: set[int]) -> str:
    def swap(match: re.Match[str]) -> str:
        kept = [numbering[n] for n in dict.fromkeys(markers(match.group(0))) if n in keep]
        return "".join(f"[{n}]" for n in kept)

    text = MARKER.sub(swap, sentence)
    text = re.sub(r"(\])\s*(?=\[)", r"\1", text)
    return re.sub(r"\s+([.,;:!?])", r"\1", re.sub(r"\s{2,}", " ", text)).strip()


def _mask_titles(text: str, sources: list[Hit]) -> str:
    """Hide the sentence ends inside source titles, where the title goes on after them."""
    for hit in sources:
        title = hit.paper.title
        for end in re.finditer(r"[.?!]\s+\S+", title):
            fragment = title[: end.end()]
            text = text.replace(fragment, fragment.translate(MASK))
    return text


def verify(text: str, sources: list[Hit], verifier: Verifier) -> Verified:
    """Check every sentence of an LLM answer against the numbered sources it was given."""
    check = _Check(sources, verifier)
    text = CLOSING_TAG.sub(" ", TAG_MARKER.sub(r"[\1]", NAMED_MARKER.sub(r"[\1]", text)))
    units = _units(_mask_titles(text, sources))
    lead_ins, todo = set(), []
    for u, (_, sentences) in enumerate(units):
        for i, s in enumerate(sentences):
            if s.endswith(":") and not MARKER.search(s) and not re.search(r"\d", s):
                lead_ins.add((u, i))  # a lead-in to a list ("His papers on X:") states nothing
            else:
                todo.append((u, i, check.cited(s.translate(UNMASK))))
    checkable = [(u, i, cited) for u, i, cited in todo if cited is not None]
    supports = verifier.check_many(
        [
            (_claim(units[u][1][i].translate(UNMASK)), cited, check.papers)
            for u, i, cited in checkable
        ]
    )
    support_of = {(u, i): v for (u, i, _), v in zip(checkable, supports, strict=True)}
    verdicts = {
        (u, i): check.sentence(units[u][1][i].translate(UNMASK), support_of[(u, i)])
        if (u, i) in support_of
        else None
        for u, i, _ in todo
    }
    lines = []
    for u, (prefix, sentences) in enumerate(units):
        kept = [
            s.translate(UNMASK) if (u, i) in lead_ins else verdicts[(u, i)]
            for i, s in enumerate(sentences)
        ]
        kept_text = [k for k in kept if k]
        if kept_text:
            lines.append(prefix + " ".join(kept_text))
    while lines and lines[-1].endswith(":"):
        lines.pop()  # a lead-in whose list did not survive
    dropped = sum(1 for v in verdicts.values() if v is None)
    return Verified(
        text="\n".join(lines),
        citations=check.citations(),
        claims=len(verdicts),
        dropped=dropped,
        bad_markers=check.bad,
        reattributed=check.moved,
    )


def verify_sentences(
    sentences: list[tuple[str, list[int]]], sources: list[Hit], verifier: Verifier
) -> Verified:
    """Check a structured answer (sentences, each with the source numbers it rests on): the
    markers are written here, so none the model typed count, then `verify` as for text."""
    rendered = []
    for sentence, cited in sentences:
        plain = _claim(CLOSING_TAG.sub(" ", TAG_MARKER.sub(" ", sentence))).strip()
        if not plain:
            continue
        stop = plain[-1] if plain[-1] in ".!?" else "."
        body = plain.removesuffix(stop) if plain[-1] in ".!?" else plain
        rendered.append(f"{body} {''.join(f'[{n}]' for n in dict.fromkeys(cited))}{stop}")
    return verify("\n".join(rendered), sources, verifier)
