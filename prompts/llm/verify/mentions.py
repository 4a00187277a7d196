"""What a claim mentions that its source must state as well: numbers (digits, words,
ordinals), names of methods, datasets and models, and people named as authors."""

from __future__ import annotations

import functools
import math
import re

from prompts.llm.verify.wording import CACHED_TEXTS, word_list
from retrieval.model import Paper
from retrieval.text import STOPWORDS, stem, words

_NUMBER_WORDS = word_list(
    """zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen
    fifteen sixteen seventeen eighteen nineteen twenty"""
)
NUMBER_WORDS = {w: str(i) for i, w in enumerate(_NUMBER_WORDS)} | {
    "thirty": "30",
    "forty": "40",
    "fifty": "50",
    "hundred": "100",
    "thousand": "1000",
    "twice": "2",
    "double": "2",
    "dozen": "12",
}
# Ordinals say a number too ('ranks second'); 'first' is left out: it also means 'at first'.
NUMBER_WORDS |= {
    w: str(i)
    for i, w in enumerate(
        word_list("second third fourth fifth sixth seventh eighth ninth tenth"), start=2
    )
}
# 'first' is a number after a rank ('ranks first', 'came first'), else an order in time.
RANKED = frozenset(word_list("rank ranks ranked ranking place placed places came comes finished"))
# 'one' is a pronoun as often as a number: 'one of the two', 'one by one', 'each one'.
PRONOUN_BEFORE = frozenset(word_list("each no any every the this that which another"))
ONE_BY_ONE = re.compile(r"\bone\s+(?:by|after)\s+(?:one|another)\b", re.IGNORECASE)
PRONOUN_AFTER = frozenset(word_list("of by another or"))
# '81.5', '320,000', '4.0x', '+9.7%', '7K', '1.5B', '10 billion': the digits carry the claim,
# a unit may follow.
NUMBER = re.compile(
    r"(?<![\w.])[+-]?(\d+(?:,\d{3})*(?:\.\d+)?)"
    r"(?:\s*([kKmMbB])\b|\s+(thousand|million|billion)\b)?"
)
# 'half a million', 'a billion': a scale word said with no digits before it
A_SCALE = re.compile(r"\b(?P<half>half\s+)?an?\s+(?P<scale>million|billion)\b", re.IGNORECASE)
SCALE = {"k": 1e3, "m": 1e6, "b": 1e9}
SCALE_WORDS = {"thousand": "k", "million": "m", "billion": "b"}
ROUNDED_DIGITS = 2  # significant digits a rounded number needs ('nearly 65%' for 64.7%)
# A number said to be approximate ('nearly 10%' for +9.7%) may be this far off, relatively.
HEDGED = re.compile(
    r"\b(?:nearly|almost|about|around|roughly|approximately|close to|just under|just over)\s+"
    r"(?:\w+\s+)?[+-]?(\d+(?:\.\d+)?)(?![\d.])",
    re.IGNORECASE,
)
HEDGED_OFF = 0.05
# Tokens that name a thing: inner capitals or digits ('FewRel', 'GPT-4o', 'ViT-L/14', 'BERT').
TOKEN = re.compile(r"[A-Za-z0-9][\w$^{}@./+-]*[\w}]|[A-Za-z]")
# Parts of a name that say what kind of thing it is ('BERT-like', 'the Valley-based model').
GENERIC = frozenset(stem(word_list("like based style model models type")))
SENTENCE_STARTS = set(":.!?;([\"'*-–—“‘•")


def scaled(value: float, unit: str) -> set[str]:
    """A number with its unit ('10b'), and its full value when the unit scales it ('1e+10'),
    so that '10B', '10 billion' and 'ten billion' say the same number."""
    found = {f"{value:g}{unit}"}
    if unit in SCALE:
        found.add(f"{value * SCALE[unit]:g}")
    return found


def numbers(text: str) -> set[str]:
    """The numbers a text states, normalised ('320,000' -> '320000', '8.0' -> '8', 'six' -> '6',
    '7K' -> '7k' and '7000')."""
    found = set()
    text = ONE_BY_ONE.sub("singly", text)
    for match in A_SCALE.finditer(text):  # 'half a million', 'a billion'
        found |= scaled(0.5 if match["half"] else 1.0, SCALE_WORDS[match["scale"].casefold()])
    for match in NUMBER.finditer(text):
        value = float(match.group(1).replace(",", ""))
        unit = (match.group(2) or SCALE_WORDS.get(match.group(3) or "", "")).lower()
        found |= scaled(value, unit)
    tokens = words(text, split_hyphens=True)
    for i, w in enumerate(tokens):
        if w == "first" and i and tokens[i - 1] in RANKED:
            found.add("1")
        if w not in NUMBER_WORDS:
            continue
        following = tokens[i + 1] if i + 1 < len(tokens) else ""
        if w == "one" and (following in PRONOUN_AFTER or (i and tokens[i - 1] in PRONOUN_BEFORE)):
            continue
        before = tokens[i - 1] if i else ""
        if following in SCALE_WORDS and w not in ("hundred", "thousand"):
            found |= scaled(float(NUMBER_WORDS[w]), SCALE_WORDS[following])
        elif following == "hundred" and w != "hundred":
            found.add(str(int(NUMBER_WORDS[w]) * 100))
        elif w in ("hundred", "thousand") and (before in NUMBER_WORDS or before.isdigit()):
            continue  # 'four thousand', '342 thousand': said with the number before it
        else:
            found.add(NUMBER_WORDS[w])
    return found


ONE = re.compile(r"\bone\b", re.IGNORECASE)


def missing_numbers(claim: str, stated: set[str]) -> set[str]:
    """The claim's numbers the evidence does not state (a unit-less number may match any unit)."""
    bare = {re.sub(r"[kmb]$", "", n) for n in stated}
    # 'one reinforcement learning stage' where the source has 'a ... stage': the word 'one'
    # says no more than 'a' (what it counts is checked by the bindings).
    articles = {"1"} - numbers(ONE.sub(" ", claim))
    said = numbers(claim)
    # '200,000 clips' for '200K clips' and the reverse: the full value decides.
    full = {
        n
        for n in said
        if n[-1:] in SCALE
        and any(x in stated or rounds(x, stated) for x in scaled(float(n[:-1]), n[-1]))
    }
    missing = {n for n in said if n not in stated | bare | articles | full}
    hedged = {f"{float(m[1]):g}" for m in HEDGED.finditer(claim)}
    return {n for n in missing if not rounds(n, stated) and not (n in hedged and near(n, stated))}


def near(number: str, stated: set[str]) -> bool:
    """Is a stated number within HEDGED_OFF of this one ('nearly 10' for '9.7')?"""
    value = float(number)
    values = [float(n) for n in stated if re.fullmatch(r"[\d.e+-]+", n)]
    return value != 0 and any(abs(v - value) <= HEDGED_OFF * abs(value) for v in values)


def rounds(number: str, stated: set[str]) -> bool:
    """Is the number a stated one rounded ('65' for '64.7', '342000' for '341896')?"""
    if number[-1:] in SCALE:
        return False  # its full value is checked as well
    value = float(number)
    digits = len(f"{value:g}".replace(".", "").replace("-", "").strip("0"))
    if value == 0 or digits < ROUNDED_DIGITS:
        return False
    place = math.floor(math.log10(abs(value))) - digits + 1
    for other in stated:
        if other[-1:] in SCALE or not re.fullmatch(r"[\d.e+-]+", other):
            continue
        theirs = float(other)
        if theirs != value and abs(theirs - value) <= 0.5 * 10**place:
            return True
    return False


def _strip(token: str) -> str:
    token = re.sub(r"(?:'s|’s)$", "", token)
    return token.rstrip(".,;:!?)]}'\"")


@functools.lru_cache(maxsize=CACHED_TEXTS)
def names(claim: str, people: frozenset[str] = frozenset()) -> list[str]:
    """The claim's names of methods, datasets, models, places: tokens with inner capitals or
    digits, and capitalised words past the sentence start (people's names are left out)."""
    found: list[str] = []
    for match in TOKEN.finditer(claim):
        token = _strip(match.group(0))
        before = claim[: match.start()].rstrip()
        # A capital after a sentence or clause start ('GraphSum: It ...', '- In 2021, ...').
        starts = not before or before[-1] in SENTENCE_STARTS
        if len(token) < 2 or token.lower() in people or token.lower() in NUMBER_WORDS:
            continue
        core = token.rstrip("s") if token.endswith("s") and token[:-1].isupper() else token
        letters = re.sub(r"[^A-Za-z]", "", core)
        if not letters or NUMBER.fullmatch(core):
            continue
        inner_caps = any(c.isupper() for c in core[1:])
        mixed = bool(re.search(r"\d", core)) and bool(letters)
        capitalised = not starts and core[0].isupper() and core.lower() not in STOPWORDS
        if inner_caps or mixed or capitalised:
            found.append(core)
    return list(dict.fromkeys(found))


def states_name(name: str, text: str, stems: frozenset[str]) -> bool:
    """Does the text state the name (case-insensitive, as a whole token, plural allowed)?
    `stems` are the text's word stems ('BERT-like' is stated by a text with 'BERT')."""
    pattern = r"(?<![\w-])" + re.escape(name) + r"(?:s|es|'s)?(?![\w])"
    if re.search(pattern, text, re.IGNORECASE) is not None:
        return True
    parts = stem(words(name, split_hyphens=True))
    return bool(parts) and all(p in stems or p in GENERIC for p in parts)


def acronyms(text: str) -> set[str]:
    """The initials of every run of 2-6 words ('Large Language Models' -> 'llm', 'llms'),
    so that a claim's 'LLMs' is stated by a text that spells it out."""
    found = set()
    for split in (True, False):  # 'Pre-trained Language Models': 'ptlm' and 'plm'
        initials = [
            w[0] for w in words(text, split_hyphens=split) if w[0].isalpha() and w not in STOPWORDS
        ]
        for size in range(2, 7):
            for i in range(len(initials) - size + 1):
                found.add("".join(initials[i : i + size]))
    return found | {a + "s" for a in found}


PERSON = re.compile(r"\b[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){1,2}\b")
ET_AL = re.compile(r"((?:[A-Z][\w'-]+\s+){0,2}[A-Z][\w'-]+)\s+et\s+al\b")


def wrong_authors(claim: str, paper: Paper, people: dict[str, str], owner: str) -> list[str]:
    """People the claim names as authors of the paper who are not: anyone of the profile
    outside its author list (the owner is an author of every profile paper), and with
    'X et al.', anyone but its first author. `people` maps lower-cased full names."""
    authors = {a.lower() for a in paper.authors}
    first = paper.authors[0].lower() if paper.authors else ""
    wrong: list[str] = []
    for match in ET_AL.finditer(claim):
        named = match.group(1).lower()
        if first and not (first.endswith(named) or named.endswith(first)):
            wrong.append(match.group(1))
    for match in PERSON.finditer(claim):
        words_ = match.group(0).lower().split()
        # 'The HRKD Chenhe Dong': any run of two or three words inside the capitalised run.
        for size in (3, 2):
            for i in range(len(words_) - size + 1):
                key = " ".join(words_[i : i + size])
                if key in people and key not in authors and key != owner.lower():
                    wrong.append(people[key])
    return list(dict.fromkeys(w for w in wrong))
