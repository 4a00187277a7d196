"""A header figure the question states as given ('with an h-index of 65', 'I read that she
has 20,000 citations', 'h index 65 -> ...'), checked against the profile header's own: a
different one is corrected first ('No: the profile header gives h-index 34, not 65'), the
same one confirmed when the question asks whether it holds. A hedged figure ('over 30',
'about 11k') states no value to check; a year ('his 2021 citations') is no count."""

from __future__ import annotations

import re

from prompts.understand.cues import claim_question
from prompts.understand.yesno import asks_yes_no
from retrieval.facts import ProfileStats

NUMBER = r"(?P<n>\d[\d,]*(?:\.\d+)?(?:\s*[kK]\b)?)"
H_INDEX = r"\bh[- ]?(?:index|indx|idx)\b"
# What joins a figure's name to its value: 'h-index of 65', 'h-index is 65', 'h index 65'
JOIN = (
    r"\s*(?:(?:of|is|are|was|were|=|:|at|equals?|being|reads?|sits\s+at|stands\s+at)\s*)?"
    r"(?:an?\s+)?"
)
SAID = {
    "h_index": (
        re.compile(rf"{H_INDEX}{JOIN}{NUMBER}(?![\w%.,]?\d)", re.IGNORECASE),
        re.compile(rf"(?<![\w.,]){NUMBER}\s+{H_INDEX}", re.IGNORECASE),
    ),
    "citations": (
        re.compile(rf"\bcitations?(?:\s+count|\s+total)?{JOIN}{NUMBER}(?![\w%.,]?\d)", re.I),
        re.compile(rf"(?<![\w.,]){NUMBER}\s+(?:total\s+)?(?:citations?|cites)\b", re.I),
        re.compile(rf"\bcited\s+{NUMBER}\s+times\b", re.IGNORECASE),
    ),
}
NAMES = {"h_index": "h-index {:,}", "citations": "{:,} citations"}
# Words that make a figure a bound or a guess, not a value: 'over 30', 'about 11k'
HEDGED = re.compile(
    r"(?:\b(?:over|above|under|below|more\s+than|less\s+than|fewer\s+than|at\s+least|at\s+most"
    r"|about|around|roughly|nearly|almost|approximately|approx|close\s+to|some|only|just"
    r"|upwards\s+of|north\s+of)|[~<>≈+])\s*$",
    re.IGNORECASE,
)
YEAR = re.compile(r"(?:19|20)\d\d")


def _value(typed: str) -> tuple[int, bool] | None:
    """The number typed, and whether it is a round one ('20k', '11,000') that stands for a
    near value; None for a year."""
    text = typed.replace(",", "").replace(" ", "")
    thousands = text[-1:].casefold() == "k"
    text = text.rstrip("kK")
    if YEAR.fullmatch(typed.strip()):  # '2021' (not '2,021', nor '2k')
        return None
    try:
        number = float(text) * (1000 if thousands else 1)
    except ValueError:
        return None
    return int(number), thousands or text.endswith("00")


def _stated(question: str, field: str) -> tuple[int, bool] | None:
    for pattern in SAID[field]:
        for m in pattern.finditer(question):
            if HEDGED.search(question[: m.start("n")]) or HEDGED.search(question[: m.start()]):
                continue
            if (value := _value(m["n"])) is not None:
                return value
    return None


def figure_premise(question: str, stats: ProfileStats) -> str | None:
    """The verdict on the header figures the question states: 'No: ...' naming each that
    differs from the header's, 'Yes: ...' when all agree and it asks whether they hold;
    None when it states none (or the header gives none)."""
    wrong: list[tuple[str, int, int]] = []
    right: list[tuple[str, int, int]] = []
    for field, actual in (("h_index", stats.h_index), ("citations", stats.citations)):
        said = _stated(question, field) if actual is not None else None
        if said is None or actual is None:
            continue
        value, rough = said
        close = abs(actual - value) <= 0.05 * actual if rough else actual == value
        (right if close else wrong).append((NAMES[field], actual, value))
    checks = asks_yes_no(question) or claim_question(question) is not None
    if wrong:  # asked whether it holds: No; a question built on it: the premise
        parts = "; ".join(f"{name.format(actual)}, not {said:,}" for name, actual, said in wrong)
        lead = "No" if checks else "That premise does not hold"
        return f"{lead}: the profile header gives {parts}."
    if right and checks:
        parts = "; ".join(name.format(actual) for name, actual, _ in right)
        return f"Yes: the profile header gives {parts}."
    return None
