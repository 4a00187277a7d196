"""A count a question says of a named paper that the paper's abstract states otherwise ('RetiZero
covers ~100 diseases?' where it says 'more than 400 fundus diseases', 'Kaleido-BERT's 3 pretext
tasks' where it carries out 'five novel tasks'): the premise is corrected with the sentence."""

from __future__ import annotations

import re

from prompts.answer.detail import YEAR
from prompts.llm.verify.mentions import missing_numbers, numbers
from prompts.understand.quantities import ITEMS
from retrieval.model import Paper
from retrieval.text import STOPWORDS, split_sentences, stem

# A number, then the words that say what it counts ('more than 400 fundus diseases'). Not part
# of a name or a compound ('Top-5', 'Valley-702k', 'two-stage', 'Qwen2.5'); 'one' is left out
# (a pronoun as often as a number), ordinals too (an order, not a count).
# What a count counts is the head of the words after it, up to this many ('4K curated
# reinforcement learning samples': 'samples', the fifth), never past another count
COUNTED_WORDS = 5
COUNT_WORDS = """two three four five six seven eight nine ten eleven twelve fifteen twenty thirty
    forty fifty hundred thousand dozen""".split()  # noqa: SIM905
QUANTITY = re.compile(
    r"(?<![\w.$^{}/-])((?:a\s+)?(?:\d+(?:,\d{3})*(?:\.\d+)?"
    r"(?:\s*(?:%|[kKmMbB]\b)|\s+(?:thousand|million|billion)\b)?"
    rf"|(?:{'|'.join(COUNT_WORDS)})\b(?:\s+(?:hundred|thousand|million|billion)\b)?)"
    r"|(?:half\s+an?\s+|an?\s+)(?:thousand|million|billion)\b)"
    rf"(?![\w-])((?:\s+(?!(?:{'|'.join(COUNT_WORDS)})\b)[A-Za-z][\w-]*){{1,{COUNTED_WORDS}}})",
    re.IGNORECASE,
)

# '10-language dataset', 'a five-stage pipeline': a count joined to what it counts
COMPOUND = re.compile(
    rf"(?<![\w.$^{{}}/-])(\d+|{'|'.join(COUNT_WORDS)})-(?!(?:shot|way|gram|fold|times?)\b)"
    r"([A-Za-z]{3,})(?![\w-])",
    re.IGNORECASE,
)
# '10x faster', 'ten times quicker', 'a 10-fold speedup': a factor, whatever it multiplies
FACTOR = re.compile(
    rf"(?<![\w.$^{{}}/-])(\d+(?:\.\d+)?|{'|'.join(COUNT_WORDS)})\s*(?:x|×|-?fold|\s+times)"
    r"(?=\s+(?:as\s+)?[a-z]+(?:er|ster)\b|\s+(?:speed-?ups?|faster|quicker|more|less|fewer"
    r"|smaller|larger|bigger|cheaper|better)\b|\s*$|[\s,.;:?!)])",
    re.IGNORECASE,
)
# 'its product count is 320,000', 'the number of languages was 12': the count after the thing
COUNT_AFTER = re.compile(
    r"\b(?:(?:number|count|total)\s+of\s+(?P<of>[A-Za-z][\w-]*)|(?P<thing>[A-Za-z][\w-]*)\s+"
    r"(?:count|total|number))(?:\s+(?:in|of|for)\s+[\w'’-]+)?\s+(?:is|was|are|were|=|:|of|at|reaches|hits)\s+"
    r"(?:(?:really|actually|about|around|roughly|approximately|only|just|over|~)\s*)*"
    r"(?P<n>\d+(?:,\d{3})*(?:\.\d+)?\s*(?:[kKmMbB]\b)?)",
    re.IGNORECASE,
)
FACTOR_THING = "×"
# Any item of data ('samples', 'examples', 'instances'): one thing, however a question names it
ITEM = "item"
# Any number said ('94%', '2M', '8.0'), not part of a name ('Qwen2.5', 'GPT-4o', 'Top-5')
NUMBER_SAID = re.compile(
    r"(?<![\w.$^{}/-])\d+(?:,\d{3})*(?:\.\d+)?(?:\s*(?:%|percent\b)|[kKmMbB]\b)?(?![\w-]|\.\d)"
)  # what a factor counts: any factor the abstract states is comparable


def _counts(text: str) -> list[tuple[str, str]]:
    """Each count in the text: the number as said, and the stem of what it counts, the first
    plural among the words after it up to a function word ('400 fundus diseases' -> 'diseas',
    '341,896 fundus images paired with' -> 'imag'), else the last of them."""
    found = []
    for match in QUANTITY.finditer(text):
        said = match.group(1)
        if YEAR.fullmatch(said.strip()):
            continue  # '2023 papers': a year
        counted = []
        for word in match.group(2).split():
            if word.casefold() in STOPWORDS:
                break
            counted.append(word.casefold())
        plural = [w for w in counted if w.endswith("s") and not w.endswith(("ss", "us", "is"))]
        if counted:
            head = (plural or counted[-1:])[0]
            found.append((said, ITEM if head in ITEMS else stem([head])[0]))
    found += [
        (m[0], ITEM if m[2].casefold() in ITEMS else stem([m[2].casefold()])[0])
        for m in COMPOUND.finditer(text)
    ]
    found += [(m[0], FACTOR_THING) for m in FACTOR.finditer(text)]
    found += [
        (m["n"], stem([(m["of"] or m["thing"]).casefold()])[0]) for m in COUNT_AFTER.finditer(text)
    ]
    return found


def says_count(text: str) -> bool:
    """Does the text state a count or a factor ('400 diseases', '10-language', '10x faster')?"""
    return bool(_counts(text))


def misstated_count(question: str, paper: Paper, asserted: bool = False) -> tuple[str, str] | None:
    """(what the question says, the abstract sentence that counts the same thing otherwise),
    when the abstract states that thing's count and never the question's number (`asserted`:
    the question states it to be confirmed, so a number said of the paper's names counts)."""
    sentences = split_sentences(paper.abstract)
    stated = [(s, said, thing) for s in sentences for said, thing in _counts(s)]
    for said, thing in _counts(question):
        same = [(sentence, n) for sentence, n, counted in stated if counted == thing]
        if not same:
            continue
        values = set().union(*(numbers(n) for _, n in same))
        if numbers(said) and missing_numbers(said, values):
            return f"{said.strip()} {_thing(question, said)}".strip(), same[0][0]
    # Counted in other words ('2M clips' of 'PeakClips, a dataset of 200K video highlights',
    # '94% on DisTANCE' where it says '8.0% to 64.7%'): a number the abstract never states,
    # said of a name a sentence with numbers uses: that sentence alone uses the name, or the
    # question states it as a fact to confirm (the closest such sentence).
    everywhere = set().union(*(numbers(s) for s in sentences))
    asked = {w.casefold() for w in re.findall(r"[A-Za-z][\w-]{3,}", question)} - STOPWORDS
    said_numbers = [said for said, _ in _counts(question)] + [
        m[0] for m in NUMBER_SAID.finditer(question) if not YEAR.fullmatch(m[0])
    ]
    unsaid = [n for n in said_numbers if numbers(n) and missing_numbers(n, everywhere)]
    unsaid = [n for n in unsaid if _kind(n)]  # a share or a size, not '3 epochs'
    ranked = []
    for sentence in sentences:
        named = {w for w in asked if _named(w, sentence)}
        alone = any(sum(w in o.casefold() for o in sentences) == 1 for w in named)
        alike = unsaid and _kind(unsaid[0]) in {_kind(m[0]) for m in KIND.finditer(sentence)}
        if alike and named and (alone or asserted):
            shared = asked & {w.casefold() for w in re.findall(r"[A-Za-z][\w-]{3,}", sentence)}
            ranked.append((len(shared), sentence))
    if unsaid and ranked:
        said = unsaid[0]
        return f"{said.strip()} {_thing(question, said)}".strip(), max(ranked)[1]
    return None


def _kind(said: str) -> str | None:
    """What kind of number this is: a share ('94%') or a size ('2M', 'two million',
    '200K'); None for a plain count, which says what it counts."""
    if re.search(r"%|percent", said, re.IGNORECASE):
        return "%"
    if re.search(r"\d\s*[kKmMbB]\b|\d{1,3}(?:,\d{3})+|thousand|million|billion", said):
        return "size"
    return None


# A share or a size in a sentence: '64.7%', '200K', '341,896', 'two million'
KIND = re.compile(
    r"\d+(?:\.\d+)?\s*(?:%|percent\b|[kKmMbB]\b)|\d{1,3}(?:,\d{3})+|\b(?:thousand|million|billion)\b",
    re.IGNORECASE,
)


def _named(word: str, sentence: str) -> bool:
    """Is the word written as a name in the sentence ('PeakClips', 'MERIT'), not a plain word?"""
    return any(
        w.casefold() == word and (w[1:] != w[1:].lower() or w.isupper())
        for w in re.findall(r"[A-Za-z][\w-]*", sentence)
    )


def _thing(question: str, said: str) -> str:
    """The words after the number in the question, as said ('eye diseases')."""
    # where it is said as a count, not inside a name ('GThinker-11K is 11K samples')
    alone = re.search(rf"(?<![\w.$^{{}}/-]){re.escape(said)}", question)
    at = alone.end() if alone else question.find(said) + len(said)
    kept = []
    clause = re.split(r"[,;:?!]|\.(?!\d)", question[at:])[0]  # not past the clause
    for word in re.findall(r"[A-Za-z][\w-]*", clause)[:3]:
        if word.casefold() in STOPWORDS:
            break
        kept.append(word)
    return " ".join(kept)
