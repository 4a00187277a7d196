"""A topic asked in everyday words, read as the profile's own phrase for it: 'rainstorm
forecasting' as 'rainfall', 'garments' as 'fashion', 'internet shopping' as 'e-commerce'.
The candidates are the key phrases of the titles of the papers closest to the topic; the
nearest in meaning is taken when it means nearly what the topic means, with any others
nearly as near. The papers are then found by that phrase, whatever the wording: the same
concept asked two ways gives the same papers."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from prompts.understand.lexicon import GENERIC_HEADS, SHAPING
from prompts.understand.terms import STOPWORDS
from retrieval.text import stem, stems_in, words

# Measured with MiniLM, topic against title phrases of its 8 closest papers (bundled profile):
# outfits/fashion 0.87, storms rain/rainfall 0.76, AI medical/medical 0.71, rewards/
# reinforcement 0.68, rating summary/summary quality 0.66, against machine translation/
# language processing 0.57, speech/conversational 0.58, robot arms 0.34, protein folding 0.30.
CONCEPT = 0.65
NEAR = 0.04  # phrases this near the best one name the topic too ('rainfall', 'storm')
SLACK = 1e-4  # a bound that skips the search decides as it would, float rounding aside
MAX_CONCEPTS = 3
MAX_WORDS = 3  # 'medical text mining'
# Title parts that never name a subject of their own: a colon, brackets, punctuation.
CLAUSE = re.compile(r"[:;,.!?()\[\]{}\"“”]|\s[-–—]+\s")
TITLE_WORD = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*")


def title_phrases(title: str, background: Callable[[str], bool]) -> list[str]:
    """The runs of one to MAX_WORDS content words of a title, lower-cased: 'Fine-Grained
    Rainfall Reconstruction' gives 'rainfall', 'fine-grained rainfall', ... A phrase of
    background words only ('language models' in a profile of language-model papers) or of
    generic heads ('framework') names no subject."""
    found: list[str] = []
    for clause in CLAUSE.split(title):
        run: list[str] = []
        for word in [*TITLE_WORD.findall(clause), ""]:
            low = word.casefold()
            if low and low not in STOPWORDS:
                run.append(low)
                continue
            for n in range(1, MAX_WORDS + 1):
                for i in range(len(run) - n + 1):
                    gram = run[i : i + n]
                    if all(background(w) or w in GENERIC_HEADS for w in gram):
                        continue
                    found.append(" ".join(gram))
            run = []
    return list(dict.fromkeys(found))


def concepts(
    topic: str,
    titles: Sequence[str],
    similarities: Callable[[str, list[str]], Sequence[float]],
    background: Callable[[str], bool],
) -> list[str]:
    """The phrases of these titles (the papers closest to the topic) that mean what the
    topic means: the nearest, when at least CONCEPT near, and those within NEAR of it."""
    # A phrase repeating the topic's own words ('language processing' for 'speech
    # processing') says nothing of the words no paper uses: papers only sharing those are
    # not on it.
    own = _stems(topic)
    candidates = [
        p
        for p in dict.fromkeys(p for t in titles for p in title_phrases(t, background))
        if not own & _stems(p)
    ]
    if not candidates:
        return []
    scored = sorted(
        zip(similarities(topic.casefold(), candidates), candidates, strict=True), reverse=True
    )
    best = scored[0][0]
    if best < CONCEPT:
        return []
    kept: list[str] = []
    for s, phrase in scored:
        if s < best - NEAR or len(kept) == MAX_CONCEPTS:
            break
        # 'summary quality', then 'summary': one concept, as the nearer phrase says it
        if not any(set(phrase.split()) & set(k.split()) for k in kept):
            kept.append(phrase)
    return kept


def _stems(text: str) -> set[str]:
    return set(stem(words(text, split_hyphens=True)))


class TitlePhrases:
    """The phrases of every title of the profile (`title_phrases`), read once at open: what
    `concepts` can find for a topic, whichever papers are closest to it."""

    def __init__(self, titles: Iterable[str], background: Callable[[str], bool]) -> None:
        self.phrases = list(dict.fromkeys(p for t in titles for p in title_phrases(t, background)))
        self._with: dict[str, list[int]] = {}  # a stem -> the phrases using it
        for i, phrase in enumerate(self.phrases):
            for s in _stems(phrase):
                self._with.setdefault(s, []).append(i)

    def may_read(
        self, topic: str, similarities: Callable[[str, list[str]], Sequence[float]]
    ) -> bool:
        """Could `concepts` read the topic as a phrase of some titles? Not when no phrase of
        any title, besides those repeating its words, is CONCEPT near: the papers closest to
        it need not be looked for."""
        repeating = {i for s in _stems(topic) for i in self._with.get(s, [])}
        candidates = [p for i, p in enumerate(self.phrases) if i not in repeating]
        near = similarities(topic.casefold(), candidates)
        return max(near, default=0.0) >= CONCEPT - SLACK


# Nouns that say how a subject is used or looked at, not which subject: 'negative sampling
# strategies', 'fine-grained details', 'two-stage pipelines' ask for the titled phrase itself.
LIGHT = SHAPING | frozenset(
    """strategy strategies scheme schemes pipeline pipelines idea ideas detail details trick
    tricks design designs setup setups recipe recipes""".split()  # noqa: SIM905
)
# A stated phrase this near the whole topic means it, whatever else the topic says. Measured
# with MiniLM over the eval sets' topic and yes/no questions (bundled profile): of the papers
# whose title says a phrase of the question's topic, 0.85 keeps 313 on it and 1 off it; 0.7
# keeps 416 and 50 ('vision-language' of 'hallucinations in vision-language models'). With
# the test of the other words (`stated_on`), titles give 385 papers on the topic and 4 off
# it, abstracts 722 and 31 ('neural networks', 'vision-language models' said in passing).
TITLED = 0.85


def stated_phrases(topic: str, background: Callable[[str], bool]) -> list[str]:
    """The phrases of a topic a title may say as they stand: runs of two or more of its
    content words, or one hyphenated compound ('fine-grained'), longest first."""
    phrases = [p for p in title_phrases(topic, background) if " " in p or "-" in p]
    return sorted(phrases, key=lambda p: len(p.split()), reverse=True)


def stated_on(
    topic: str,
    phrase: str,
    text: str,
    similarities: Callable[[str, list[str]], Sequence[float]],
    background: Callable[[str], bool],
) -> bool:
    """Is a paper whose title or abstract says `phrase` (of the topic) on the topic? Yes when
    each other word of the topic naming a subject is in its text too (`text`: title and
    abstract), or when the phrase means nearly all the topic means."""
    said = set(phrase.split())
    rest = [
        w
        for w in topic.casefold().split()
        if w not in said and w not in STOPWORDS and w not in LIGHT and not background(w)
    ]
    own, others = _stems(phrase), _stems(" ".join(rest))
    # the text's words that could stem to these, not all of it: a topic many papers name
    # reads each of them (thousands in a large profile)
    held = stems_in(text, own | others)
    if not own <= held:  # its words, not only their initials ('PLMs')
        return False
    if not rest or others <= held:
        return True
    return similarities(topic.casefold(), [phrase])[0] >= TITLED - SLACK
