"""A question's words no paper uses ('healthcare' where the papers say 'medical') are compared
with the papers' words in meaning: with MiniLM's whole words' table kept (once per machine),
a word of the vocabulary, however it is asked (casual, formal, typo, he/she/they/the name,
indirect, negated), is looked up and never run through the model; the Query is the one the
runs give. Synthetic profile; phrasings of our own."""

from __future__ import annotations

import re

import pytest

from bot.app import build_assistant
from prompts.assistant import Assistant
from retrieval.index.embedder import MiniLMEmbedding
from tests.conftest import make_settings
from tests.prompts.synthetic import profile_text

PAPERS = [
    (
        "MedSeg: Medical Image Segmentation with Transformers",
        "MedSeg segments organs in medical scans with a transformer and improves Dice on "
        "clinical data from three hospitals.",
    ),
    (
        "StyleNet: Fashion Recommendation from Outfit Images",
        "StyleNet recommends fashion items from outfit images and learns which garments "
        "go together from shop data.",
    ),
    (
        "ScanQA: Answering Questions over Scanned Pages",
        "ScanQA reads scanned pages and answers questions about their text and tables.",
    ),
]
# Each asks of a subject in words no paper uses (and controls in the papers' own words).
FAMILY = [
    "What has she published on healthcare?",
    "any papers about clothing",
    "Could you list Ada Example's work concerning medicine?",
    "i'm curious whether they did anything with photos of doctors",
    "which of his papers deal with helthcare",
    "Has she not written about apparel?",
    "papers on medical images",
    "What did she do on fashion recommendation?",
]
WORD = re.compile(r"[a-z]+")


@pytest.fixture(scope="module")
def bot(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    """The profile opened with a table of the whole words of its papers and of the family
    (the bot's table holds the whole vocabulary: 21,745 words, ~17 s of CPU to build)."""
    root = tmp_path_factory.mktemp("lookups")
    text = profile_text(PAPERS, "CV", others=4, kinds=3)
    (root / "ada.txt").write_text(text, encoding="utf-8")
    models = root / "models"
    words = set(WORD.findall(" ".join([text, *FAMILY, "healthcare"]).casefold()))
    MiniLMEmbedding(graph_dir=str(models)).keep_words(words)
    settings = make_settings(
        root / "data", root / "ada.txt", model_cache_dir=models, word_table=True
    )
    build_assistant(settings)
    return build_assistant(settings)


def runs_of(bot: Assistant, question: str, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts MiniLM runs to understand the question, asked as if first."""
    embedder = bot.searcher.embedder
    assert isinstance(embedder, MiniLMEmbedding)
    embedder.forget()
    bot.lexicon.forget()
    texts: list[str] = []
    embed = embedder._embed

    def counted(documents: list[str], batch_size: int) -> object:
        texts.extend(documents)
        return embed(documents, batch_size)

    monkeypatch.setattr(embedder, "_embed", counted)
    bot.understand(question)
    monkeypatch.undo()
    return texts


def whole_word(bot: Assistant, text: str) -> bool:
    embedder = bot.searcher.embedder
    assert isinstance(embedder, MiniLMEmbedding)
    ids = embedder.tokenizer.encode(text).ids
    vocab = {i: w for w, i in embedder.tokenizer.get_vocab().items()}
    return len(ids) == 3 and vocab[ids[1]].isalpha()


@pytest.mark.parametrize("question", FAMILY)
def test_understanding_runs_no_whole_word_through_the_model(
    bot: Assistant, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    runs = runs_of(bot, question, monkeypatch)
    assert [t for t in runs if whole_word(bot, t)] == [], question


def test_the_words_no_paper_uses_are_looked_up(
    bot: Assistant, monkeypatch: pytest.MonkeyPatch
) -> None:
    embedder = bot.searcher.embedder
    assert isinstance(embedder, MiniLMEmbedding) and embedder.words is not None
    found: list[str] = []
    lookup = embedder.words.lookup

    def recorded(texts: list[str]) -> dict[str, object]:
        got = lookup(texts)
        found.extend(got)
        return got  # type: ignore[return-value]

    monkeypatch.setattr(embedder.words, "lookup", recorded)
    for question in FAMILY[:4]:
        embedder.forget()
        bot.lexicon.forget()
        bot.understand(question)
    assert {"healthcare", "clothing", "medicine"} <= set(found)


@pytest.mark.parametrize("question", FAMILY)
def test_the_query_is_the_one_the_runs_give(bot: Assistant, question: str) -> None:
    embedder = bot.searcher.embedder
    assert isinstance(embedder, MiniLMEmbedding)
    looked_up = runs_query(bot, question)
    table = embedder.__dict__.pop("words")
    embedder.__dict__["words"] = None  # every word run, as without a table
    try:
        assert runs_query(bot, question) == looked_up
    finally:
        embedder.__dict__["words"] = table


def runs_query(bot: Assistant, question: str) -> object:
    bot.searcher.embedder.forget()  # type: ignore[attr-defined]
    bot.lexicon.forget()
    query, vote = bot.understand(question)
    return query.model_dump(), vote.operation
