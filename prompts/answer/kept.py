"""The overviews' readings of every paper (the kinds each states, what each says is open, the
title phrases), made once per profile version and kept with its other derived files: at 100k
papers each is tens of seconds of CPU, which every process paid on its first such question;
a later process reads them back (`retrieval.index.cache.DerivedCache`)."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from functools import partial
from pathlib import Path
from typing import TypeVar

from prompts.answer.kinds import HeldKinds, kinds_stated
from prompts.answer.open_problems import HeldOpen, open_stated
from retrieval.index.cache import DerivedCache, code_fingerprint
from retrieval.index.columns import PaperColumns
from retrieval.themes.held import HeldPhrases, phrase_parts

ANSWERING = Path(__file__).resolve().parent  # its code reads the kinds and the open problems
T = TypeVar("T", bound=Mapping[int, object])


def kept_kinds(columns: PaperColumns, cache: DerivedCache) -> HeldKinds:
    """The kinds of contribution the papers state, read back when kept, else read and kept."""
    return HeldKinds(columns, _by_row(cache, "held-kinds", partial(kinds_stated, columns), _kinds))


def kept_open(columns: PaperColumns, cache: DerivedCache) -> HeldOpen:
    """Each paper's strongest statement of what is open, read back when kept, else read."""
    return HeldOpen(columns, _by_row(cache, "held-open", partial(open_stated, columns), _open))


def _by_row(cache: DerivedCache, part: str, read: Callable[[], T], load: Callable[[str], T]) -> T:
    """What some rows state, kept as JSON; stamped with this package's code too."""
    return cache.text(part, read, _dump, load, code=code_fingerprint(ANSWERING))


def kept_phrases(columns: PaperColumns, cache: DerivedCache) -> HeldPhrases:
    """The title phrases and who writes them, read back when kept, else read and kept."""
    return HeldPhrases(columns, cache.arrays("held-phrases", partial(phrase_parts, columns)))


def _dump(by_row: Mapping[int, object]) -> str:
    """Rows and what each says, in their order (JSON keys would turn rows into text)."""
    return json.dumps(list(by_row.items()))


def _kinds(text: str) -> dict[int, dict[str, str]]:
    return {int(row): {str(k): str(w) for k, w in found.items()} for row, found in json.loads(text)}


def _open(text: str) -> dict[int, tuple[int, str]]:
    return {int(row): (int(tier), str(said)) for row, (tier, said) in json.loads(text)}
