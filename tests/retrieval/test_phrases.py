"""Known phrases are found by their words, whatever the case or the punctuation between them."""

from __future__ import annotations

import pytest

from retrieval.phrases import PhraseIndex, words


@pytest.fixture
def index() -> PhraseIndex[str]:
    found: PhraseIndex[str] = PhraseIndex()
    for phrase in ["Meta-SN", "Seeing Inside the Storm", "Forrest Sheng Bao", "Seeing", "İzmir"]:
        found.add(phrase, phrase)
    return found


@pytest.mark.parametrize(
    ("text", "phrases"),
    [
        ("What is Meta-SN?", {"Meta-SN"}),
        ("meta sn results", {"Meta-SN"}),
        ("(META-SN)'s authors", {"Meta-SN"}),
        ("seeing   inside\nthe STORM", {"Seeing", "Seeing Inside the Storm"}),
        ("papers by forrest sheng bao", {"Forrest Sheng Bao"}),
        ("papers by Forrest Bao", set()),
        ("izmir and IZMIR", {"İzmir"}),
        ("metasn, seeinginside", set()),
        ("", set()),
    ],
)
def test_phrases_are_found_by_their_words(
    index: PhraseIndex[str], text: str, phrases: set[str]
) -> None:
    assert index.find(text) == phrases


def test_words_are_runs_of_word_characters_case_folded() -> None:
    assert words("KEML's R1-ShareVL (Straße)") == ("keml", "s", "r1", "sharevl", "strasse")


def test_a_phrase_without_words_is_always_a_candidate() -> None:
    index: PhraseIndex[int] = PhraseIndex()
    index.add("?!", 1)
    assert index.find("anything") == {1}
