"""Understanding looks for the papers closest to a word no paper uses only when what it finds
could change the Query: when no word (or phrase) of any of the profile's titles is near enough
in meaning to be read for it, no closest paper's title can be, and the search is skipped. The
Query is then the same as with every search made, whatever the wording (casual, formal, typo,
he/she/they/the name, indirect). The profile's words and title phrases are embedded once at
open, to the same vectors as embedded one by one. Bundled profile; phrasings of our own."""

from __future__ import annotations

import pytest

from prompts.assistant import Assistant
from prompts.understand.lexicon import Lexicon

# Words no paper uses that a title word or phrase means ('health care' -> 'medical',
# 'garments' -> 'fashion', 'rainstorm' -> 'rainfall'): their closest papers are looked for.
READ = [
    "What has Minghui Qiu published on health care?",
    "any healthcare papers from her?",
    "I'm curious whether he worked on garments",
    "Has Dr. Qiu looked at apparel?",
    "rainstorm forecasting stuff?",
    "did they do anything on rainstorm prediction",
    "what has Qiu published on internet shopping",
]
# Words no title means ('quantum', 'salary', 'robot arms'): nothing the search finds is read.
UNREAD = [
    "Has Minghui Qiu published on quantum computing?",
    "quantum algoritms papers by him?",
    "I'm curious whether she worked on autonomous driving",
    "does they have anything on robot arms",
    "What is Qiu's salary?",
    "is she married",
    "Could you tell me whether Dr. Qiu studied volcano eruptions?",
]


def understood(bot: Assistant, question: str) -> tuple[dict[str, object], str]:
    query, vote = bot.understand(question)
    return query.model_dump(), vote.operation


@pytest.mark.parametrize("question", READ + UNREAD)
def test_skipping_a_search_changes_no_query(
    bundled_assistant: Assistant, question: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    skipped = understood(bundled_assistant, question)
    monkeypatch.setattr(bundled_assistant.lexicon, "may_have_synonym", lambda word: True)
    monkeypatch.setattr(bundled_assistant.phrases, "may_read", lambda topic, similar: True)
    assert understood(bundled_assistant, question) == skipped


def test_words_a_title_means_are_still_read_as_the_papers_words(
    bundled_assistant: Assistant,
) -> None:
    for question in READ:
        query, _ = bundled_assistant.understand(question)
        assert query.read_as or query.concepts, question


def test_words_no_title_means_make_no_search(
    bundled_assistant: Assistant, monkeypatch: pytest.MonkeyPatch
) -> None:
    searched: list[str] = []
    search = bundled_assistant.searcher.search

    def counted(text: str, *args: object, **kwargs: object) -> object:
        searched.append(text)
        return search(text, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(bundled_assistant.searcher, "search", counted)
    for question in UNREAD:
        bundled_assistant.understand(question)
        assert searched == [], question
    bundled_assistant.understand(READ[0])
    assert searched, "a word a title word means is still looked for"


def test_the_profile_words_embedded_at_open_are_those_embedded_one_by_one(
    bundled_assistant: Assistant,
) -> None:
    bot = bundled_assistant
    kept = bot.lexicon  # the profile's words and title phrases embedded at open
    fresh = Lexicon(bot.profile, bot.lexicon.known, bot.searcher.embedder)  # embeds as asked
    candidates = [*kept.profile_texts()[:40], *bot.phrases.phrases[:40]]
    for word in ["healthcare", "garments", "quantum", "rainstorm forecasting", "salary"]:
        for candidate in candidates:  # one at a time: the same vector, the same product
            assert fresh.similarities(word, [candidate]) == kept.similarities(word, [candidate])
