"""The kind of quantity a question asks of a named paper, read once as a dimension (a length
or resolution, a duration, an energy, a storage size), and whether the paper's abstract holds
a quantity of that dimension. A sentence answers only when it states a number in one of the
dimension's units (or, for an energy, a figure next to the dimension's own noun); one that
merely shares the question's words ('high-resolution rainfall fields') does not. When no
sentence of the named papers holds it, the answer says the abstract does not state it."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property

from prompts.answer.beyond import missing_names
from prompts.answer.meaning import without_unasked
from prompts.answer.products import missing_product
from prompts.answer.promised import missing_release
from retrieval.model import Paper
from retrieval.text import split_sentences

# A number a unit follows: '1', '0.5', '2,000' (a year or a name's digits are followed by none)
NUMBER = r"(?<![\w.])\d+(?:[.,]\d+)*"
# A figure relative to something: '41%', '2.5x', '3 times', '12 percent'
RELATIVE_FIGURE = re.compile(r"\d+(?:\.\d+)?\s*(?:%|x\b|×|times\b|percent\b)", re.IGNORECASE)


@dataclass(frozen=True)
class Dimension:
    """A kind of quantity: how a question asks it, the units it is stated in, and how the
    decline names it."""

    name: str
    said: str  # the decline's words: 'its spatial resolution or any length'
    examples: str  # the units it is given in, as the decline says them: 'km, m or pixels'
    # units that ask the dimension on their own, a regex alternation ('kilometres', 'hours')
    units: str
    # units read only after a number, case-sensitive ('500 m', '2 h', '8 GB'; not 'min yang',
    # 'the second stage', 'KB' for a knowledge base)
    short: str
    nouns: str  # what asks this dimension without a unit ('spatial resolution', 'battery')
    # a figure (a %, an 'x') counts as the dimension's quantity next to one of these words
    relative: str | None = None

    @cached_property
    def _asking(self) -> re.Pattern[str]:
        alone = rf"(?<![\w-])(?:{self.units}|{self.nouns})(?![\w-])"
        after = rf"{NUMBER}\s*(?-i:{self.short})(?![\w-])|{NUMBER}\s*(?:{self.units})(?![\w-])"
        return re.compile(rf"{alone}|{after}", re.IGNORECASE)

    @cached_property
    def _stating(self) -> re.Pattern[str]:
        units = rf"(?:{self.units})|(?-i:{self.short})"
        return re.compile(rf"{NUMBER}\s*-?\s*(?:{units})(?![\w-])", re.IGNORECASE)

    def unit_asked(self, question: str) -> str | None:
        """The unit the question asks in ('megabytes' of 'how big, in megabytes'), if any."""
        unit = re.search(rf"(?<![\w-])(?:{self.units})(?![\w-])", question, re.IGNORECASE)
        return unit[0] if unit else None

    def asked(self, question: str) -> bool:
        """Whether the question asks a quantity of this dimension: a unit it names on its own
        ('in km'), one after a number ('1 km, 500 m?', not '30-second recap') or a noun."""
        return self._asking.search(question) is not None

    def holds(self, sentence: str) -> bool:
        """Whether the sentence states a quantity of this dimension: a number in one of its
        units ('at 1-km resolution', '3,500 hours'), or a relative figure next to one of its
        own words ('cuts energy use by 30%')."""
        if self._stating.search(sentence):
            return True
        if self.relative is None:
            return False
        return (
            re.search(rf"\b(?:{self.relative})", sentence, re.I) is not None
            and RELATIVE_FIGURE.search(sentence) is not None
        )


DIMENSIONS: tuple[Dimension, ...] = (
    Dimension(
        "length",
        "its spatial resolution or any length",
        "km, m or pixels",
        r"km|kilomet(?:re|er)s?|met(?:re|er)s|centimet(?:re|er)s|millimet(?:re|er)s|miles",
        r"m|cm|mm|mi|ft|px|[Kk]m|[Mm]et(?:re|er)|[Mm]ile|[Pp]ixels?|[Ff]eet|[Dd]egrees?",
        # 'spatial resolution', 'grid spacing', 'pixel size'; not 'high-resolution' (a kind),
        # nor a task ('coreference resolution', 'entity resolution')
        r"(?<!high-)(?<!low-)(?<!super-)(?<!multi-)(?<!high\s)(?<!low\s)(?<!coreference\s)"
        r"(?<!entity\s)(?<!anaphora\s)(?<!conflict\s)(?<!ambiguity\s)resolution"
        r"|grid\s+(?:spacing|size|cells?)|pixel\s+size|cell\s+size|how\s+fine",
    ),
    Dimension(
        "duration",
        "any duration",
        "hours, minutes or seconds",
        r"hours|hrs|minutes|seconds",
        r"h|hr|ms|min|sec|[Hh]our|[Mm]inute|[Ss]econd",
        r"durations?|(?:clip|video|audio|footage|recording|speech)s?\s+lengths?|running\s+time"
        r"|runtime|how\s+long\s+(?:is|are|was|were)\s+(?:the|its|their|each|a)\s+(?:[\w-]+\s+)?"
        r"(?:videos?|clips?|recordings?|audio)",
    ),
    Dimension(
        "energy",
        "any energy or battery figure",
        "mAh, joules, watts or energy saved",
        r"mah|kwh|joules|watts|milliwatts|kilowatts",
        r"Wh|mWh|J|kJ|W|mW|kW|[Jj]oule|[Ww]att",
        r"battery|batteries|energy|power\s+(?:draw|consumption|usage|use)",
        relative=r"energy|battery|batteries|power\s+(?:consum\w*|draw|usage)",
    ),
    Dimension(
        "storage",
        "any storage or memory size",
        "MB, GB or TB",
        r"MB|GB|TB|PB|bytes|megabytes|gigabytes|terabytes|petabytes",
        r"KB|kB|MB|GB|TB|PB|KiB|MiB|GiB|TiB|[Bb]ytes?",
        r"storage|disk\s+space|file\s+size|memory\s+footprint",
    ),
)

# 'energy-based models', 'the energy function': a kind of model, no quantity
NOT_A_QUANTITY = re.compile(r"\benergy[- ](?:based|function|landscape)s?\b", re.IGNORECASE)


def dimensions_asked(question: str) -> list[Dimension]:
    """The dimensions the question asks a quantity of, a part set aside first left out ('not
    the GPU hours, the accuracy?' asks no duration)."""
    asked = NOT_A_QUANTITY.sub(" ", without_unasked(question))
    return [d for d in DIMENSIONS if d.asked(asked)]


def missing_dimension(question: str, papers: Sequence[Paper]) -> str | None:
    """What a decline says is missing when the question asks a quantity of a dimension none
    of the papers' abstracts states ('RainSeer's grid size in km?', 'how much battery does
    CODA save?'); None when one is stated, or none is asked."""
    sentences = [s for p in papers for s in split_sentences(p.abstract)]
    for dimension in dimensions_asked(question):
        if not any(dimension.holds(s) for s in sentences):
            unit = dimension.unit_asked(question)  # 'in megabytes': the unit asked, said back
            return f"{dimension.said} (in {unit or dimension.examples})"
    return None


def missing_kind(question: str, papers: Sequence[Paper]) -> str | None:
    """What a decline says is missing when the kind of answer asked (a quantity of a
    dimension, named items beyond the ones given, the date a promised release comes out, the
    make of the hardware used or one of two names offered) is in none of the papers' records."""
    return (
        missing_dimension(question, papers)
        or missing_names(question, papers)
        or missing_release(question, papers)
        or missing_product(question, papers)
    )
