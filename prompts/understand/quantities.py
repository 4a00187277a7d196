"""A numeric condition on a quantity the papers state ('datasets over 100,000 examples',
'models above 7B', 'over 1,000 hours of video', 'under 1%'), read once from the question."""

from __future__ import annotations

import re

from pydantic import BaseModel

from prompts.understand.lexicon import GENERIC_HEADS

# 'k' thousand, 'm' million, 'b' billion: as written after a number ('100k', '1.5B')
SCALES = {"k": 1e3, "thousand": 1e3, "m": 1e6, "million": 1e6, "b": 1e9, "billion": 1e9}
DIGIT_WORDS = "one two three four five six seven eight nine".split()  # noqa: SIM905
WORD_NUMBERS = {"a": 1, "several": 1, "a few": 1} | {w: i + 1 for i, w in enumerate(DIGIT_WORDS)}
NUMBER = (
    rf"(?P<num>\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?"
    rf"|(?:a|several|a\s+few|{'|'.join(DIGIT_WORDS)})?\s*hundreds?"
    r"(?:\s+of)?)\s*(?P<scale>thousand|million|billion|[kmb])?(?P<pct>\s*%|\s+percent)?"
    r"(?![\w.])"
)
MORE = (
    r"more\s+than|over|above|north\s+of|exceeding|greater\s+than|(?:bigger|larger)\s+than"
    r"|beyond|at\s+least"
)
LESS = r"less\s+than|fewer\s+than|under|below|smaller\s+than|at\s+most"
BOUND = re.compile(
    rf"\b(?P<cue>{MORE}|{LESS}|several|hundreds\s+of)\s+{NUMBER}(?P<plus>\+)?"
    rf"|(?<![\w.,])(?P<num2>\d[\d,.]*)\s*(?P<scale2>[kmb])?\+",
    re.IGNORECASE,
)


# What a stated quantity counts, as a question names it: an item of data, whatever its kind
# ('100k examples': any noun the paper counts), or a kind of its own ('100k images': the
# paper's number must count images). A bound with neither, nor a scale word or a percent
# ('more than 3 datasets', 'over 10 benchmarks'), counts no stated quantity.
ITEMS = frozenset(
    """item items example examples sample samples entry entries instance instances record
    records datapoint datapoints point points""".split()  # noqa: SIM905
)
UNITS = frozenset(
    """image images photo photos picture pictures video videos clip clips hour hours minute
    minutes token tokens word words parameter parameters param params pair pairs question
    questions query queries instruction instructions document documents sentence sentences
    frame frames user users annotation annotations dialogue dialogues conversation
    conversations triple triples patient patients""".split()  # noqa: SIM905
)
# A count of papers or a time span ('more than 3 papers', 'over 5 years'): no stated quantity
NOT_QUANTITY = re.compile(
    r"\s*(?:papers?|publications?|works?|articles?|citations?|times|years?|months?|weeks?"
    r"|days?|decades?)\b",
    re.IGNORECASE,
)
# Words of a topic that name no subject of the bound ('datasets over 100k' keeps 'datasets')
_FILLER = frozenset(
    """large larger big bigger small smaller many more less fewer over under above below
    anything something stuff""".split()  # noqa: SIM905
)


class Bound(BaseModel):
    """A quantity asked to be over (or under) a value, and the unit class it is in."""

    value: float
    above: bool = True
    unit: str = "count"  # 'count' or 'percent'
    said: str = ""
    thing: str = ""  # what the number must count ('images' in 'over 100k images'), if a kind
    subject: list[str] = []  # the topic's words ('datasets'): one must be in the sentence


def _value(num: str, scale: str | None) -> float | None:
    low = re.sub(r"\s+", " ", num.casefold()).strip()
    if re.fullmatch(r"[\d,.]+", low):
        value = float(low.replace(",", ""))
    elif "hundred" in low:
        value = 100.0 * WORD_NUMBERS.get(low.split("hundred")[0].strip(), 1)
    else:
        return None
    return value * SCALES.get((scale or "").casefold(), 1.0)


def _subject(topic: str | None, said: str) -> list[str]:
    """The topic's words naming what holds the quantity ('datasets', 'context windows'), not
    the number, its unit, nor a kind of contribution ('models')."""
    skip = ITEMS | UNITS | _FILLER | GENERIC_HEADS | set(said.casefold().split())
    return [
        w
        for w in (topic or "").casefold().split()
        if w not in skip and not any(c.isdigit() for c in w)
    ]


def quantity_bound(question: str, topic: str | None = None) -> Bound | None:
    """The bound a question puts on a stated quantity ('over 100k items': > 100,000), or
    None. A year ('before 2023'), a count of papers or a span of time, or a number with no
    unit or scale ('more than 3 datasets') is no such bound. `topic`: the question's topic,
    one of whose words naming a subject the sentence stating the number must hold."""
    if m := re.search(r"\bhundreds\s+of\s+thousands\b", question, re.IGNORECASE):
        return Bound(value=1e5, said=m[0], subject=_subject(topic, m[0]))
    for m in BOUND.finditer(question):
        num, scale = (m["num"], m["scale"]) if m["cue"] else (m["num2"], m["scale2"])
        value = _value(num or "", scale)
        if value is None:
            continue
        rest = question[m.end() : m.end() + 30]
        if NOT_QUANTITY.match(rest):
            continue  # 'more than 3 papers': a count of papers, answered from the listing
        if not scale and value.is_integer() and 1900 <= value <= 2100 and "," not in num:
            continue  # a year
        unit = "percent" if m["pct"] else "count"
        following = [w.casefold() for w in re.findall(r"[A-Za-z][\w-]*", rest)[:2]]
        counted = next((w for w in following if w in UNITS or w in ITEMS), "")
        if not (scale or m["pct"] or counted):
            continue  # 'more than 3 datasets': no quantity a paper states of its data
        cue = (m["cue"] or "").casefold()
        above = not re.match(LESS, cue, re.IGNORECASE)
        said = m[0].strip()
        thing = "parameters" if counted.startswith("param") else counted if counted in UNITS else ""
        if not counted and (scale or "").casefold() in ("b", "billion"):
            thing = "parameters"  # '7B', 'over 70 billion': a model's size
        subject = _subject(topic, f"{said} {thing}")
        return Bound(value=value, above=above, unit=unit, said=said, thing=thing, subject=subject)
    return None
