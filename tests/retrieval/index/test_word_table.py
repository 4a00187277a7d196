"""MiniLM's table of its whole words' vectors: a text the tokenizer reads as one whole word,
however typed, is looked up and has the vector a run gives it, to the bit; anything else
(hyphenated, unknown, sub-word pieces, several words) is run. A table missing, damaged,
unreadable or unwritable is not used: the same vectors, by runs."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from retrieval.index.embedder import MiniLMEmbedding
from retrieval.index.words import WordTable, load_table, table_path, word_ids

# The table's words in these tests (the bot's table holds all 21,745 of the vocabulary).
WORDS = ["medical", "healthcare", "clothing", "photos", "fashion", "multi", "modal", "the"]
LOOKED_UP = ["medical", "Medical", "MEDICAL", " medical ", "Healthcare", "photos", "the"]
RUN = [
    "multi-modal",  # hyphenated: three tokens
    "distilation",  # no word of the vocabulary: sub-word pieces
    "ization",  # a sub-word piece typed alone
    "medicine",  # a whole word, not in this table
    "medical images",  # two words
    "medical.",  # a word and its full stop
    "naïve",  # not ASCII: run (the tokenizer strips its accent)
]


class Counted(MiniLMEmbedding):
    """MiniLM that records the texts it runs through the model (the session is shared: one
    load for the module)."""

    session: object = None

    def __init__(self, graph_dir: Path | None, word_table: bool = True) -> None:
        folder = str(graph_dir) if graph_dir else None
        super().__init__(source="package", graph_dir=folder, word_table=word_table)
        if Counted.session is not None:
            self.__dict__["model"] = Counted.session
        self.runs: list[str] = []

    def _embed(self, documents: list[str], batch_size: int) -> np.ndarray:  # type: ignore[override]
        self.runs.extend(documents)
        return super()._embed(documents, batch_size)


@pytest.fixture(scope="module", autouse=True)
def session(embedder: MiniLMEmbedding) -> None:
    Counted.session = embedder.model


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A model cache folder holding a table of WORDS."""
    path = tmp_path_factory.mktemp("models")
    Counted(path).keep_words(WORDS)
    return path


@pytest.fixture
def tabled(folder: Path) -> Counted:
    return Counted(folder)


def table_of(folder: Path) -> Path:
    embedder = Counted(folder)
    return table_path(folder, embedder.files.model_sha256, embedder.ort.__version__)


@pytest.mark.parametrize("text", LOOKED_UP + RUN)
def test_a_text_has_the_vector_a_run_gives_it(
    tabled: Counted, embedder: MiniLMEmbedding, text: str
) -> None:
    got = tabled([text])[0]
    assert np.array_equal(got, embedder([text])[0])  # to the bit
    assert tabled.runs == ([] if text in LOOKED_UP else [text])


def test_a_batch_mixes_looked_up_and_run_texts_in_order(
    tabled: Counted, embedder: MiniLMEmbedding
) -> None:
    texts = ["Medical", "multi-modal", "photos", "medical images", "medical"]
    got = tabled(texts)
    assert all(np.array_equal(a, b) for a, b in zip(got, embedder(texts), strict=True))
    assert tabled.runs == ["multi-modal", "medical images"]


def test_a_table_is_built_once_and_kept(folder: Path) -> None:
    before = table_of(folder).stat().st_mtime_ns
    again = Counted(folder)
    again.keep_words()  # intact: read, not built again (not the whole vocabulary either)
    assert table_of(folder).stat().st_mtime_ns == before
    assert again.runs == [] and again.words is not None


def test_the_texts_looked_up_are_those_the_tokenizer_reads_as_that_word(
    embedder: MiniLMEmbedding,
) -> None:
    vocab = embedder.tokenizer.get_vocab()
    words = sorted(w for w in vocab if w.isalpha())[::45]  # ~500 of the 22,501 alphabetic entries
    rows = word_ids(embedder.tokenizer, words)
    table = WordTable(np.zeros((len(words), 384), dtype=np.float32), rows, vocab)
    texts = [t for w in words for t in (w, w.upper(), w.title(), f" {w}\n", f"{w}s", f"{w}-ish")]
    found = table.lookup(texts)
    for text in texts:
        ids = embedder.tokenizer.encode(text).ids  # [CLS] one token of the table [SEP]
        one = len(ids) == 3 and ids[1] in rows and vocab.get(text.strip().lower()) == ids[1]
        assert (text in found) == (one and text.isascii()), text  # the rest is run


def fallback_vocab() -> dict[str, int]:
    return dict(Counted(None).tokenizer.get_vocab())


def damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[-5] ^= 0x40  # one bit of the last vector
    path.write_bytes(bytes(data))


@pytest.mark.parametrize(
    "harm",
    [
        lambda p: p.unlink(),  # missing
        damage,  # a bit flipped
        lambda p: p.write_bytes(p.read_bytes()[:1000]),  # cut short
        lambda p: p.with_suffix(".json").unlink(),  # its record lost
        lambda p: p.with_suffix(".json").write_text("{not json", encoding="utf-8"),
    ],
    ids=["missing", "bit-flipped", "truncated", "no-record", "bad-record"],
)
def test_a_missing_or_damaged_table_is_not_used_and_built_again(
    tmp_path: Path, embedder: MiniLMEmbedding, harm: object
) -> None:
    Counted(tmp_path).keep_words(WORDS)
    path = table_of(tmp_path)
    harm(path)  # type: ignore[operator]
    assert load_table(path, fallback_vocab()) is None
    fallback = Counted(tmp_path)
    assert fallback.words is None
    assert np.array_equal(fallback(["Medical"])[0], embedder(["Medical"])[0])
    assert fallback.runs == ["Medical"]  # run as before the table
    fallback.keep_words(WORDS)  # the next open builds it again
    rebuilt = Counted(tmp_path)
    assert rebuilt.words is not None and np.array_equal(
        rebuilt(["medical"])[0], embedder(["medical"])[0]
    )
    assert rebuilt.runs == []


def test_no_folder_an_unwritable_one_or_the_setting_off_runs_every_word(
    tmp_path: Path, folder: Path, embedder: MiniLMEmbedding
) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("not a folder", encoding="utf-8")
    for run in (Counted(None), Counted(blocked / "models"), Counted(folder, word_table=False)):
        run.keep_words(WORDS)  # nothing to build or nowhere to keep it: no error
        assert run.words is None
        assert np.array_equal(run(["medical"])[0], embedder(["medical"])[0])
        assert run.runs == ["medical"]
