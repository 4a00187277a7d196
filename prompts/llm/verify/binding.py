"""What a claim binds together, against what its source binds: a number to the thing it
counts, the winner of a comparison to its loser.

A claim can hold only words and numbers its source holds and still say something else:
'seven languages' where the source has '5 languages ... 7 product categories', 'open-source
models outperform Valley2' where the source has 'Valley2 ... surpassing open-source models'.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from prompts.llm.verify.mentions import (
    NUMBER_WORDS,
    ONE_BY_ONE,
    PRONOUN_AFTER,
    PRONOUN_BEFORE,
    SCALE,
    SCALE_WORDS,
    names,
    numbers,
    rounds,
)
from prompts.llm.verify.wording import american, word_list
from prompts.understand.terms import ORDINAL_WORDS
from retrieval.text import STOPWORDS, stem

# Names with digits ('Valley-702k', 'GPT-4o', '1-shot') as one word, numbers as written
# ('320,000', '9.7%', '4.0x', '7K'), words, and the marks that end what a number counts.
TOKEN = re.compile(
    r"[\w.@$^]*\d[\w.@$^]*(?:[-/][\w.@$^]+)+|[\w.@$^]+(?:[-/][\w.@$^]+)*[-/][\w.@$^]*\d[\w.@$^]*"
    r"|[A-Za-z]+\d\w*|\d+(?:,\d{3})*(?:\.\d+)?(?:\s?[kKmMbB]\b)?|[A-Za-z]+|[.,;:!?()]"
)
BOUND = 2  # words right after a number that say what it counts
BREAK = frozenset(".,;:!?()")
# Words any number in a sentence may go with: they say how much, not of what.
MEASURE = frozenset(
    stem(
        word_list(
            """absolute relative improvement improvements gain gains point points percent
            times fold higher lower better worse more less over accuracy score performance
            average about nearly roughly approximately"""
        )
    )
)
# Verbs and phrases that put the first party of a comparison above the second ...
WIN = frozenset(stem(word_list("outperform surpass surpassing exceed beat outstrip")))
# ... and below it ('X underperforms Y'; 'X is outperformed by Y' reads as 'underperforms').
LOSE = frozenset(stem(word_list("underperform trail lag")))
BETTER = frozenset(stem(word_list("better superior")))
WORSE = frozenset(stem(word_list("worse inferior")))
SIDE = 8  # content words on each side of a comparison that name its parties
# Words every side of a comparison in paper prose uses: they name no party.
COMMON = frozenset(
    stem(
        word_list(
            """model models method methods approach approaches baseline baselines strong
            state art sota result results performance perform large margin consistently
            significantly"""
        )
    )
)


def _tokens(text: str) -> list[str]:
    text = ONE_BY_ONE.sub("singly", american(text))
    return [t if t in BREAK else t.lower() for t in TOKEN.findall(text)]


def _value(tokens: list[str], i: int) -> str | None:
    """The number token i states, normalised as `numbers` does; None for a word."""
    token = tokens[i]
    if token in ("hundred", "thousand") and i and _said_before(tokens[i - 1]):
        return None  # 'four hundred', '342 thousand': said by the number before it
    after = tokens[i + 1] if i + 1 < len(tokens) else ""
    if token in NUMBER_WORDS:
        before = tokens[i - 1] if i else ""
        if token == "one" and (before in PRONOUN_BEFORE or after in PRONOUN_AFTER):
            return None
        if after in ("hundred", "thousand") and token not in ("hundred", "thousand"):
            return str(int(NUMBER_WORDS[token]) * int(NUMBER_WORDS[after]))
        token = NUMBER_WORDS[token]
    if token[0].isdigit() and re.fullmatch(r"[\d,.]+(?:\s?[kmb])?", token):
        # Its full value ('10B', '10 billion' and 'ten billion' alike).
        found = numbers(f"{token} {after}" if after in SCALE_WORDS else token)
        return min(found, key=lambda n: (n[-1] in SCALE, n)) if found else None
    return None


def _said_before(token: str) -> bool:
    return token in NUMBER_WORDS or bool(re.fullmatch(r"[\d,.]+", token))


@functools.lru_cache(maxsize=4096)
def _bindings(text: str) -> frozenset[tuple[str, str, str]]:
    """(number, stem, word) for each number and the content words that follow it ('5
    languages')."""
    tokens = _tokens(text)
    found = set()
    for i in range(len(tokens)):
        value = _value(tokens, i)
        if value is None:
            continue
        if tokens[i] in ORDINAL_WORDS:
            continue  # 'ranks second on the leaderboard' counts nothing
        for token in tokens[i + 1 : i + 1 + BOUND]:
            if token in SCALE_WORDS:
                continue  # '10 billion parameters': the number's own word
            if token in BREAK or token in STOPWORDS or _value([token], 0) is not None:
                break  # what a number counts follows it at once ('5 languages')
            key = stem([token])[0]
            if len(token) > 1 and key not in MEASURE:
                found.add((value, key, token))
    return frozenset(found)


COUNTED = 10  # a count this large names its thing: '19 ophthalmologists', not 'three groups'


def recounted(claim: str, sentences: Sequence[str], known: frozenset[str]) -> list[str]:
    """A large count the claim gives to things the paper never names, where the source
    counts others with it ('19 radiologists' for '19 ophthalmologists'); `known`: the
    paper's content stems."""
    mine = _counts(claim)
    if not mine:
        return []
    theirs = {pair for sentence in sentences for pair in _counts(sentence)}
    claim_stems = _stems(claim)
    wrong = []
    for value, word in sorted(mine):
        others = [w for v, w in theirs if v == value]
        if (
            others
            and stem([word])[0] not in known
            and all(stem([w])[0] not in claim_stems for w in others)
        ):
            wrong.append(f"{value} {word} where the source says {value} {others[0]}")
    return wrong


@functools.lru_cache(maxsize=4096)
def _counts(text: str) -> frozenset[tuple[str, str]]:
    """(number, the plural right after it) for each large count of the text."""
    tokens = _tokens(text)
    found = set()
    for i in range(len(tokens) - 1):
        value, word = _value(tokens, i), tokens[i + 1]
        plural = len(word) > 3 and word.isalpha() and word.endswith("s") and word[-2] != "s"
        if value is not None and float(value) >= COUNTED and plural:
            found.add((value, word))
    return frozenset(found)


@functools.lru_cache(maxsize=4096)
def _stems(text: str) -> frozenset[str]:
    return frozenset(stem(_tokens(text)))


def _one(word: str, sentence: str) -> bool:
    """Does the sentence count one of the word with an article ('an industry dataset')?"""
    found = re.search(rf"\ban?\s+(?:[a-z]+\s+)?{re.escape(word)}", sentence, re.IGNORECASE)
    return found is not None


def rebound_numbers(claim: str, sentences: Sequence[str]) -> list[str]:
    """Numbers the claim binds to a thing the source counts with other numbers only."""
    stated: dict[str, set[str]] = {}
    for sentence in sentences:
        for value, key, _ in _bindings(sentence):
            stated.setdefault(key, set()).add(value)
    wrong = []
    for value, key, word in sorted(_bindings(claim)):
        if value == "1" and any(_one(word, s) for s in sentences):
            continue  # 'one industry dataset' for '... and an industry dataset'
        if key in stated and value not in stated[key] and not rounds(value, stated[key]):
            wrong.append(f"{value} {word} where the source says {min(stated[key])} {word}")
    return wrong


# Measurements and what they measure, the words before them ('image retrieval (R@1: 7.13%').
MEASURED = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?%?(?![\w@])|[A-Za-z0-9][\w@$^-]*|[,.;!?]")
MEASURED_BY = 4  # content words before a measurement that say what it measures


@functools.lru_cache(maxsize=4096)
def _measured(text: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """(number, the content stems right before it in its clause) for each decimal or
    percentage of the text: 'image retrieval (R@1: 7.13%' gives ('7.13', {image, retriev,
    r@1}). Parentheses and colons are crossed, a comma or another number ends it."""
    tokens = MEASURED.findall(american(text).replace("\u2212", "-"))
    found = []
    for i, token in enumerate(tokens):
        if not token[0].isdigit() or not ("." in token or token.endswith("%")):
            continue
        before: list[str] = []
        for prior in reversed(tokens[:i]):
            if prior in BREAK or prior[0].isdigit() or len(before) == MEASURED_BY:
                break
            low = prior.lower()
            if low in STOPWORDS or len(low) < 2 or low in NUMBER_WORDS:
                continue
            key = stem([low])[0]
            if key not in MEASURE and key not in COMMON:
                before.append(key)
        value = f"{float(token.rstrip('%').replace(',', '')):g}"
        found.append((value, frozenset(before)))
    return tuple(found)


def misplaced_numbers(claim: str, sentences: Sequence[str]) -> list[str]:
    """Measurements the claim gives to what the source measures with another number ('image
    retrieval R@1 by 3.28%' where 3.28% is category recognition's, image retrieval 7.13%)."""
    theirs = [m for sentence in sentences for m in _measured(sentence)]
    wrong = []
    for value, mine in _measured(claim):
        own = [words for v, words in theirs if v == value]
        others = [words for v, words in theirs if v != value and mine & words]
        if not (own and others and all(own)):
            continue
        own_words = set().union(*own)
        shared = mine & own_words
        # A word that marks another measurement ('image retrieval R@1 by 4.03%' where 4.03%
        # is text retrieval's R@1), not a name the sentences share ('RetiZero achieves').
        marks = mine - own_words - set(stem([n.lower() for n in names(claim)]))
        if not shared or any(shared <= words and marks & words for words in others):
            wrong.append(f"{value} is said of {' '.join(sorted(own[0]))} in the source")
    return wrong


def bound_alike(claim: str, sentences: Sequence[str]) -> bool:
    """Does the claim count things, each number with what the source counts with it ('tested
    on four benchmark datasets' where 'experiments ... on four benchmark datasets')? Such a
    claim carries the source's fact, however its verbs are worded."""
    mine = {(value, key) for value, key, _ in _bindings(claim)}
    theirs = {(value, key) for sentence in sentences for value, key, _ in _bindings(sentence)}
    return bool(mine) and mine <= theirs


def _comparisons(text: str) -> list[tuple[set[str], set[str]]]:
    """For each comparison in the text, the content stems around it: winner, loser."""
    tokens = [t for t in _tokens(text) if t not in BREAK]
    stems = stem(tokens)
    content = [j for j, t in enumerate(tokens) if t not in STOPWORDS and len(t) > 1]
    found = []
    for i, st in enumerate(stems):
        following = tokens[i + 1] if i + 1 < len(tokens) else ""
        if following in ("than", "to") and st in BETTER | WORSE:  # 'better than', 'inferior to'
            st = "outperform" if st in BETTER else "underperform"
        if st in WIN or st in LOSE:
            before = set([stems[j] for j in content if j < i][-SIDE:]) - COMMON
            after = set([stems[j] for j in content if j > i][:SIDE]) - COMMON
            found.append((before, after) if st in WIN else (after, before))
    return found


def _roles(claim: str, sentences: Sequence[str]) -> str | None:
    """'reversed' when the claim puts the loser of a comparison its source makes above its
    winner, 'same' when it keeps them, None when the source makes no such comparison."""
    theirs = [c for sentence in sentences for c in _comparisons(sentence)]
    for winner, loser in _comparisons(claim):
        for their_winner, their_loser in theirs:
            crossed = len(winner & their_loser) + len(loser & their_winner)
            kept = len(winner & their_winner) + len(loser & their_loser)
            if winner & their_loser and loser & their_winner and crossed > kept:
                return "reversed"
            if winner & their_winner and loser & their_loser and kept > crossed:
                return "same"
    return None


def swapped_roles(claim: str, sentences: Sequence[str]) -> str | None:
    """Does the claim put the loser of a comparison its source makes above its winner?"""
    return (
        "it reverses who does better than whom" if _roles(claim, sentences) == "reversed" else None
    )


def same_roles(claim: str, sentences: Sequence[str]) -> bool:
    """Does the claim keep the winner and loser of a comparison its source makes, however
    worded ('Y is outperformed by X' for 'X surpasses Y')?"""
    return _roles(claim, sentences) == "same"


# A claim that compares or singles out ('faster than', 'does best', 'especially well') ...
COMPARES = re.compile(
    r"(?<!rather )(?<!other )\bthan\b(?!\s+(?:\d|one|two|three|four|five|six|seven|eight|nine"
    r"|ten|a\s+(?:hundred|thousand|dozen)))|\b(?:best|especially|particularly|always|faster"
    r"|slower|cheaper)\b",
    re.IGNORECASE,
)
# ... needs a source that compares too.
COMPARING = frozenset(
    stem(
        word_list(
            """than outperform surpass superior superiority better best worse over compared
            comparison comparable vs versus more less higher lower larger smaller faster
            slower fewer greater improvement improves gain gains beat exceed sota especially
            particularly margin"""
        )
    )
)


def unmatched_comparison(
    claim: str, evidence: Sequence[str], sentences: Sequence[str] = ()
) -> str | None:
    """The comparison or superlative of a claim whose evidence compares nothing; for a
    merged claim, the evidence of the clause it sits in is the sentence closest to that
    clause ('..., and it has a higher inference speed than competing models')."""
    text = american(claim)
    found = COMPARES.search(text)
    if found is None:
        return None
    if any(_stems(s) & COMPARING for s in evidence):
        return None
    before, after = text[: found.start()], text[found.start() :]
    mine = _stems(re.split(r"[,;:]", before)[-1] + re.split(r"[,;:]", after)[0]) - STOPWORDS
    closest = max(sentences, key=lambda s: len(mine & _stems(s)), default="")
    if _stems(closest) & COMPARING:
        return None
    return found.group(0)


# Two things set against each other in one sentence ('while X is well studied, Y is less
# explored'): the leading subordinate clause ends at its comma, a trailing one starts at its
# conjunction.
LEADING_CONTRAST = re.compile(r"^\s*(?:while|whereas|although|though)\b([^,]+),(.+)$", re.I)
TRAILING_CONTRAST = re.compile(r"^(.+?)(?:,\s*|\s+)(?:while|whereas|but|although)\b(.+)$", re.I)
CROSSED = 2  # words of each side in one of the claim's clauses, to call it crossed


def _contrasted(text: str) -> tuple[set[str], set[str]] | None:
    """The content stems of the two sides of a contrast in the text, or None."""
    found = LEADING_CONTRAST.match(text) or TRAILING_CONTRAST.match(text)
    if found is None:
        return None
    first, second = (set(stem(_tokens(part))) - STOPWORDS for part in found.groups())
    return first, second


def crossed_contrast(claim: str, sentences: Sequence[str]) -> str | None:
    """Does the claim say of one side of a contrast what its source says of the other
    ('X is well studied while Y is not' for 'while Y is well studied, X is not')?"""
    mine = _contrasted(american(claim))
    if mine is None:
        return None
    for sentence in sentences:
        theirs = _contrasted(american(sentence))
        if theirs is None:
            continue
        one, two = theirs[0] - theirs[1], theirs[1] - theirs[0]
        mixes = [(len(part & one), len(part & two)) for part in mine]
        if all(a and b for a, b in mixes) and any(min(a, b) >= CROSSED for a, b in mixes):
            return "it says of one side of a contrast what the source says of the other"
    return None
