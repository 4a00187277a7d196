"""Which of one named paper's sentences says what a question asks of it, by meaning as well as
by the words typed ('warning signs' for its 'precursors', 'what it relies on' for 'is crucial').
The question, less the paper's own names and any part it says is not asked ('not the masked
LM task: which ...'), is compared with each abstract sentence by MiniLM cosine and by the
words they share; both are standardised within the paper and added. A paper's sentences are
embedded when it is first named and kept in a bounded cache: a question costs the same
whatever the profile's size."""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import Any, NamedTuple

import numpy as np
import numpy.typing as npt

from prompts.understand.setaside import END, FRONTED_NOT, SHARED
from retrieval.model import Paper
from retrieval.names import aliases
from retrieval.text import STOPWORDS, split_sentences, stem, words

# Chosen on the readable sets' fact questions searched within the one paper they name whose
# abstract states the answer (897 of them; the figures in docs/meaning.md): the sentence
# ranked first states it for 613 by meaning alone, 592 by shared words alone, 546 in the
# search's order (dense and keyword ranks fused), 669 by the three with equal weights (the
# best on the grid, 676, gives the search half weight; the whole eval then lost sentences
# the search had right and later steps rely on, so it keeps an equal say).
LEXICAL_WEIGHT = 1.0
SEARCH_WEIGHT = 1.0
# The second sentence is quoted with the first when its score is within this of the first's
# (in the standardised units above), chosen on the same questions (docs/meaning.md).
CLOSE = 1.5
KEPT_PAPERS = 256  # papers whose sentence vectors are kept (about 15 kB each)
MAX_SENTENCES = 200  # as the index: the rest of a longer abstract is not ranked
# A part said not to be asked: 'not the MLM task: which ...', 'which task, other than X, ...',
# '..., not the encoder, ...'
NOT_ASKED = re.compile(
    rf"\b(?:{SHARED}|rather\s+than|(?<=[,;(])\s*not|(?<=[-–—]\s)not)\s+"
    rf"(?!(?:just|only|merely|simply|even|yet|sure|really)\b)(?P<part>[^,;:?!.()]+?){END}",
    re.IGNORECASE,
)

Embed = Callable[[list[str]], Sequence[Sequence[float] | npt.NDArray[Any]]]


class Asked(NamedTuple):
    """The question as its sentences are ranked: what is asked, and what is said not to be."""

    rest: str
    unasked: str


def _set_aside(question: str) -> Asked:
    """The question less the part it says is not asked, and that part."""
    if fronted := FRONTED_NOT.match(question):
        return Asked(question[fronted.end() :], fronted["part"])
    if m := NOT_ASKED.search(question):
        return Asked(question[: m.start()] + question[m.end() :], m["part"])
    return Asked(question, "")


def without_unasked(question: str) -> str:
    """The question less the part it says is not asked ('not the MLM task: which ...')."""
    return _set_aside(question).rest


def asked_of(question: str, paper: Paper) -> Asked:
    """The question less the paper's own names and the part it says is not asked."""
    question, unasked = _set_aside(question)
    said = question
    for name in sorted(aliases(paper), key=len, reverse=True):
        pattern = rf"(?<![\w-]){re.escape(name)}(?:['’]s)?(?![\w-])"
        question = re.sub(pattern, " ", question, flags=re.IGNORECASE)
    if question == said:  # named by its title's words ('the storm nowcasting paper'): those
        titled = _stems(paper.title)  # words name it and say nothing of the detail asked
        kept = [w for w in re.split(r"[\s-]+", question) if not _stems(w) or _stems(w) - titled]
        question = " ".join(kept)
    return Asked(" ".join(question.split()), unasked.strip())


# Verbs of putting things together, one word to the sentence rankers: 'how does X combine its
# two embeddings' is answered by the sentence saying X 'aggregates' them. 'integrated' also
# describes ('integrated sensor-based tasks'): only the picker of a sentence said so takes it.
COMBINING = ("merg", "fuse", "fusion", "aggreg", "unifi")
ALIKE = dict.fromkeys((*COMBINING, "integr"), "combin")
PUT_TOGETHER = re.compile(r"\bput(?:s|ting)?\s+together\b", re.IGNORECASE)


def alike(stems: list[str], loose: bool = True) -> set[str]:
    """Stems with the verbs of putting together as one ('aggreg', 'fuse': 'combin'); not
    loose: without those that also describe ('integr')."""
    return {ALIKE.get(s, s) if loose or s in COMBINING else s for s in stems}


def _stems(text: str) -> set[str]:
    text = PUT_TOGETHER.sub("combine", text)
    kept = [w for w in words(text, split_hyphens=True) if len(w) > 2 and w not in STOPWORDS]
    return alike(stem(kept), loose=False)


def _standard(x: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
    spread = float(x.std())
    return (x - x.mean()) / spread if spread > 1e-9 else np.zeros_like(x)


def shared_words(asked: Asked, sentences: list[str], paper: Paper) -> npt.NDArray[np.float64]:
    """Each sentence's words in common with what is asked, a word weighted by how few of the
    sentences say it; the paper's names are no such word ('valley 2' of 'Valley2'), and the
    words of the part not asked count against it."""
    bags = [_stems(s) for s in sentences]
    names = " ".join(aliases(paper))
    wanted, unwanted = _stems(asked.rest), _stems(asked.unasked)
    wanted -= unwanted | _stems(names) | _stems(re.sub(r"\d+", " ", names))
    spread = {w: sum(w in b for b in bags) or 1 for w in wanted | unwanted}
    return np.array(
        [
            sum(1 / spread[w] for w in wanted & b) - sum(1 / spread[w] for w in unwanted & b)
            for b in bags
        ],
        dtype=np.float64,
    )


class Ranked(NamedTuple):
    """A paper's sentences, best first, and those of them close enough to the best to quote."""

    sentences: list[str]
    close: list[str]


class SentenceMeaning:
    """One named paper's sentences ranked for a question; their vectors embedded on first
    use and kept for the last KEPT_PAPERS papers."""

    def __init__(self, embed: Embed, kept: int = KEPT_PAPERS) -> None:
        self.embed, self.kept = embed, kept
        self._vectors: OrderedDict[tuple[str, str], npt.NDArray[np.float32]] = OrderedDict()
        self._lock = threading.Lock()

    def _unit(self, texts: list[str]) -> npt.NDArray[np.float32]:
        vectors = np.asarray(self.embed(texts), dtype=np.float32)
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        return (vectors / np.where(norms > 0, norms, 1.0)).astype(np.float32)

    def vectors(self, paper: Paper, sentences: list[str]) -> npt.NDArray[np.float32]:
        """The unit vectors of the paper's sentences (as said, without its title)."""
        key = (paper.id, paper.abstract)
        with self._lock:
            if key in self._vectors:
                self._vectors.move_to_end(key)
                return self._vectors[key]
        found = self._unit(sentences)
        with self._lock:
            self._vectors[key] = found
            while len(self._vectors) > self.kept:
                self._vectors.popitem(last=False)
        return found

    def rank(self, question: str, paper: Paper, searched: Sequence[str] = ()) -> Ranked:
        """The paper's sentences, the one saying most what the question asks first (`searched`:
        them in the order a search found them, a third, lighter opinion); in the abstract's
        order, none close, when the question asks nothing beyond the paper's names."""
        sentences = split_sentences(paper.abstract)[:MAX_SENTENCES]
        asked = asked_of(question, paper)
        if len(sentences) < 2 or not _stems(asked.rest):
            return Ranked(sentences, [])
        said = self.vectors(paper, sentences) @ self._unit([asked.rest])[0]
        place = {s: i for i, s in reversed(list(enumerate(searched)))}
        found = np.array([-place.get(s, len(sentences)) for s in sentences], dtype=np.float64)
        score = (
            _standard(said.astype(np.float64))
            + LEXICAL_WEIGHT * _standard(shared_words(asked, sentences, paper))
            + SEARCH_WEIGHT * _standard(found)
        )
        order = sorted(range(len(sentences)), key=lambda i: -score[i])
        best = score[order[0]]
        close = [sentences[i] for i in order[:2] if best - score[i] <= CLOSE]
        return Ranked([sentences[i] for i in order], close)
