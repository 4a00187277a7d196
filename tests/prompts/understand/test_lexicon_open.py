"""Opening a profile's Lexicon from its kept vocabulary: compounds typed as one word come with
it (not derived again at every open), and a slip is mended against the words grouped by length
exactly as against every word in order (the nearest, then the first in alphabetical order)."""

from __future__ import annotations

import pytest
from rapidfuzz import process
from rapidfuzz.distance import OSA

from bot.settings import BUNDLED_PROFILE
from prompts.understand.lexicon import QUESTION_WORDS, Lexicon, Vocabulary, vocabulary
from prompts.understand.terms import STOPWORDS, swapped_stopword
from retrieval.ingest.load import load_profile
from retrieval.model import Profile


@pytest.fixture(scope="module")
def profile() -> Profile:
    return load_profile(BUNDLED_PROFILE, captured_year=2026)


@pytest.fixture(scope="module")
def kept(profile: Profile) -> Vocabulary:
    """The vocabulary as a later open reads it back from disk."""
    return Vocabulary.model_validate_json(vocabulary(profile).model_dump_json())


def _slips(word: str) -> set[str]:
    """A letter left out, doubled, swapped with the next, or replaced by a neighbour's."""
    forms = {word[:i] + word[i + 1 :] for i in range(len(word))}
    forms |= {word[:i] + word[i] + word[i:] for i in range(len(word))}
    forms |= {word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(len(word) - 1)}
    forms |= {word[:i] + "e" + word[i + 1 :] for i in range(len(word))}
    return forms - {word}


def test_the_kept_vocabulary_carries_the_compounds_typed_as_one_word(
    profile: Profile, kept: Vocabulary
) -> None:
    hyphenated = [w for w in kept.words if "-" in w.strip("-")]
    assert hyphenated  # the bundled papers write 'pre-trained', 'few-shot', ...
    for word in hyphenated:
        letters = word.replace("-", "")
        if letters in kept.joined:
            assert kept.joined[letters].replace("-", "") == letters
    lexicon = Lexicon(profile, words=kept)
    for typed in ("fewshot learning", "any pretrained models?", "multimodal stuff", "zeroshot"):
        assert lexicon.compounds(typed) == Lexicon(profile).compounds(typed)
    assert "few-shot" in lexicon.compounds("her fewshot papers")


def _start(a: str, b: str) -> int:
    """How many first letters two words share."""
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


def _first_nearest(typed: str, every: list[str]) -> str | None:
    """Of the words one slip away, those sharing the longest start with it, the first."""
    near = [
        w
        for w, _, _ in process.extract(
            typed, every, scorer=OSA.distance, score_cutoff=1, limit=None
        )
    ]
    return min(near, key=lambda w: (-_start(typed, w), w), default=None)


def test_every_slip_of_a_profile_word_reads_as_the_first_nearest_of_all_words(
    profile: Profile, kept: Vocabulary
) -> None:
    lexicon = Lexicon(profile, words=kept)
    every = sorted(lexicon.words | set(kept.joined))
    words = [w for w in kept.words if w.isalpha() and 6 <= len(w) <= 12][:120]
    mended = 0
    for word in words:
        for typed in sorted(_slips(word)):
            got = lexicon.spell(typed)
            asked = process.extractOne(typed, QUESTION_WORDS, scorer=OSA.distance, score_cutoff=1)
            if typed in lexicon.words | STOPWORDS or swapped_stopword(typed) or asked:
                continue  # a word as typed, or a question's own word mistyped ('thorugh')
            assert got == (_first_nearest(typed, every) or typed), typed
            mended += got != typed
    assert mended > 1000  # most slips are mended, not left as typed


def test_two_words_one_slip_away_give_the_one_sharing_the_longest_start(profile: Profile) -> None:
    vocabulary = Vocabulary(
        words=["sparse", "spares", "spire", "models"],
        terms={},
        acronyms={},
        stems=[],
        uses={},
        initialisms={},
        joined={},
    )
    lexicon = Lexicon(profile, words=vocabulary)
    assert lexicon.spell("spars methods") == "sparse methods"  # 'spars-' is sparse's start
    assert lexicon.spell("sparsee models") == "sparse models"  # one word is nearer
