"""A numeric condition on a quantity the papers state ('datasets over 100,000 examples',
'models above 7B', 'more than 10 benchmarks', 'under 1%'), read once from the question."""

from __future__ import annotations

import re

from pydantic import BaseModel

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


class Bound(BaseModel):
    """A quantity asked to be over (or under) a value, and the unit class it is in."""

    value: float
    above: bool = True
    unit: str = "count"  # 'count', 'billions' (parameters), 'percent'
    said: str = ""
    thing: str = ""  # the noun after the number ('benchmarks' in 'more than 10 benchmarks')


def _value(num: str, scale: str | None) -> float | None:
    low = re.sub(r"\s+", " ", num.casefold()).strip()
    if re.fullmatch(r"[\d,.]+", low):
        value = float(low.replace(",", ""))
    elif "hundred" in low:
        value = 100.0 * WORD_NUMBERS.get(low.split("hundred")[0].strip(), 1)
    else:
        return None
    return value * SCALES.get((scale or "").casefold(), 1.0)


def quantity_bound(question: str) -> Bound | None:
    """The bound a question puts on a stated quantity ('over 100k items': > 100,000), or
    None. A year ('before 2023') or a count of papers is no such bound."""
    if m := re.search(r"\bhundreds\s+of\s+thousands\b", question, re.IGNORECASE):
        return Bound(value=1e5, said=m[0])
    for m in BOUND.finditer(question):
        num, scale = (m["num"], m["scale"]) if m["cue"] else (m["num2"], m["scale2"])
        value = _value(num or "", scale)
        if value is None:
            continue
        rest = question[m.end() : m.end() + 30]
        if re.match(r"\s*(?:papers?|publications?|works?|articles?|citations?|years?)\b", rest):
            continue  # 'more than 3 papers': a count of papers, answered from the listing
        if not scale and value.is_integer() and 1900 <= value <= 2100 and "," not in num:
            continue  # a year
        billions = (scale or "").casefold() in ("b", "billion")
        unit = "percent" if m["pct"] else "billions" if billions else "count"
        cue = (m["cue"] or "").casefold()
        above = not re.match(LESS, cue, re.IGNORECASE)
        noun = re.match(r"\s*(?:[\w-]+\s+){0,1}?([a-z][\w-]+)", rest, re.IGNORECASE)
        thing = noun[1].casefold() if noun else ""
        return Bound(value=value, above=above, unit=unit, said=m[0].strip(), thing=thing)
    return None
