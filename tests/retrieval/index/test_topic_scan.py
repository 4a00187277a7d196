"""Where a paper names a topic ('machine translation', 'Graph Neural Networks', 'GNNs'): the
faster scan (from the first place the topic's first word appears) finds the same first match
as the topic's pattern run over the whole text, in any case, with or without accents."""

from __future__ import annotations

import re

import pytest

from bot.settings import BUNDLED_PROFILE
from retrieval import names
from retrieval.ingest.text_format import parse_profile

EXTRA_TEXTS = (
    "We study Machine-Translation and machine translations; MACHINE TRANSLATION too.",
    "Rétro machine translation, naïve graph neural networks (GNNs) and İstanbul's GNN.",
    "premachine translation is no mention; machine translationese neither; machine  translation",
    "A paper on KNOWLEDGE DISTILLATION (KD), and knowledge-distillation again.",
    "",
)


@pytest.fixture(scope="module")
def texts() -> list[str]:
    profile = parse_profile(BUNDLED_PROFILE.read_text(encoding="utf-8"), captured_year=2026)
    return [*EXTRA_TEXTS, *(t for p in profile.papers for t in (p.title, p.abstract))]


def topics(texts: list[str]) -> list[list[str]]:
    """Topics as `mentions` splits them: every word and word pair of the texts' openings."""
    found: dict[str, None] = {}
    for text in texts:
        words = re.findall(r"[\w]+(?:-[\w]+)*", text.casefold())[:6]
        for i, word in enumerate(words):
            found[word] = None
            if i + 1 < len(words):
                found[f"{word} {words[i + 1]}"] = None
    return [t.split() for t in found]


def test_a_topic_is_found_where_its_whole_pattern_finds_it(texts: list[str]) -> None:
    checked = matched = 0
    for words in topics(texts):
        whole = re.compile(names._phrase(words), re.IGNORECASE)
        fast = names._Named(words)
        for text in texts:
            expected = whole.search(text)
            got = fast.search(text)
            assert (got and got.span()) == (expected and expected.span()), (words, text[:60])
            checked += 1
            matched += expected is not None
    assert matched > 300  # the family finds mentions, not only agreement on none
