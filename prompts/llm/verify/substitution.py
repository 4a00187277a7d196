"""A word of the claim put where its source has another: 'receipts and invoices' for
'identity cards and invoices', 'adversarial learning objectives' for 'contrastive ...',
'Nimbus-L does X' for 'Nimbus-S does X'.

A swapped lower-case noun leaves every other word of the sentence in place, so word overlap
and meaning barely move. The swap shows as a short stretch of the claim that differs from
its closest source sentence between words the two share, holding a word the paper never uses
where the stretch names a kind of thing (a modifier of the same head noun, an item of the
same list), or one of the paper's names in place of another. A verb or adverb swapped for a
synonym ('gathers knowledge' for 'captures knowledge') is a rewording and passes.
"""

from __future__ import annotations

import difflib
import functools
import re
from collections.abc import Sequence

from prompts.llm.verify.evidence import STOP, SYNONYMS
from prompts.llm.verify.mentions import NUMBER_WORDS, names
from prompts.llm.verify.wording import american, word_list
from retrieval.text import stem, words

MAX_SPAN = 3  # content words on each side of a swap; longer stretches are rewordings
# What a swapped word qualifies ('adversarial learning', 'margin-based loss'): a verb or an
# adverb of a paraphrase ('gathers knowledge') stands before other words.
HEADS = frozenset(
    stem(
        word_list(
            """learning loss theory model models network networks encoder decoder module
            mechanism algorithm strategy framework embedding embeddings attention dataset
            datasets benchmark benchmarks metric metrics task tasks classifier backbone
            pipeline paradigm architecture layer layers graph graphs distillation training
            tuning recognition detection classification retrieval segmentation captioning
            prediction matrix vector vectors system systems"""
        )
    )
)
# Words that rate or date a thing rather than say which ('traditional metrics').
GENERIC_MODIFIERS = frozenset(
    stem(
        word_list(
            """traditional existing previous prior conventional earlier typical standard
            common usual current modern recent simple other many several various different
            similar general specific basic popular classic original"""
        )
    )
)
MODIFIER_GAP = 2  # word positions from a modifier to its head ('margin-based loss')
BETWEEN = frozenset(word_list("a an the of to for in on with by from"))  # ... not these
COORDINATION = frozenset(["and", "or"])  # 'receipts and invoices': an item of a list
SAME_ROOT = 4  # letters two words share at their start to be forms of one word


Tokens = tuple[tuple[str, ...], tuple[int, ...], tuple[str, ...]]
Opcode = tuple[str, int, int, int, int]


@functools.lru_cache(maxsize=4096)
def _tokens(text: str) -> Tokens:
    """Content stems in order (synonyms of paper prose as one: 'utilize' = 'use'), where
    each stands among all the words, and all the words."""
    raw = words(american(text), split_hyphens=True)
    at = [i for i, w in enumerate(raw) if w not in STOP and len(w) > 1]
    stems = stem([raw[i] for i in at])
    return tuple(SYNONYMS.get(s, s) for s in stems), tuple(at), tuple(raw)


def _list_item(text: str, word: str) -> bool:
    """Is the word an item of a comma list in the text ('rotation, jigsaw, camouflage, ...')?"""
    item = re.escape(word)
    return (
        re.search(rf",\s*{item}\w*\s*(?:,|and\b|or\b)|(?:,|and|or)\s+{item}\w*\s*,", text, re.I)
        is not None
    )


def _listed_alike(claim: Tokens, sentence: Tokens, span: tuple[int, int, int, int]) -> bool:
    """Are the two stretches items of the same list: each right before the same 'and'
    ('receipts and invoices'), or each after it, the claim's ending it ('... and next
    sentence prediction', '... melting and condensation')?"""
    (mine, at, raw), (_, their_at, their_raw) = claim, sentence
    i1, i2, j1, j2 = span
    after, their_after = raw[at[i2 - 1] + 1 : at[i2 - 1] + 2], their_raw[their_at[j2 - 1] + 1 :][:1]
    if after and after == their_after and after[0] in COORDINATION:
        return True
    before = at[i1] > 0 and their_at[j1] > 0 and raw[at[i1] - 1] == their_raw[their_at[j1] - 1]
    return before and i2 == len(mine) and raw[at[i1] - 1] in COORDINATION


def _modifier(tokens: Tokens, k: int) -> str | None:
    """The content word right before the k-th one (a hyphenated part between allowed:
    'margin-based loss'), or None."""
    stems, at, raw = tokens
    if k == 0 or at[k] - at[k - 1] > MODIFIER_GAP or stems[k - 1] in GENERIC_MODIFIERS:
        return None
    if raw[at[k] - 1] in BETWEEN:
        return None  # 'compare a system': a verb and its object, no modifier
    return stems[k - 1]


def _joined(tokens: Tokens, k: int) -> str:
    """The k-th content word joined to the word before it ('hand-crafted' as 'handcraft')."""
    _, at, raw = tokens
    return stem([raw[at[k] - 1] + raw[at[k]]])[0] if at[k] else ""


def _after_number(tokens: Tokens, k: int) -> bool:
    """Does the k-th content word follow a number ('two-step', '3-layer')?"""
    _, at, raw = tokens
    before = raw[at[k] - 1] if at[k] else ""
    return before.isdigit() or before in NUMBER_WORDS


def _swapped_modifier(
    claim: Tokens, sentence: Tokens, ops: Sequence[Opcode], known: frozenset[str]
) -> str | None:
    """A word the paper never uses, right before a head noun where the source has another
    word before it ('adversarial learning objectives' for 'contrastive learning ...')."""
    for op, i1, _, j1, _ in ops:
        if op != "equal" or claim[0][i1] not in HEADS:
            continue
        mine, theirs = _modifier(claim, i1), _modifier(sentence, j1)
        if mine is None or theirs is None or mine in known or mine.isdigit():
            continue
        if mine in NUMBER_WORDS or theirs in claim[0] or _related([mine], [theirs]):
            continue
        if _joined(claim, i1 - 1) in known:
            continue  # 'hand-crafted' where the paper writes 'handcrafted'
        if _spells(claim, i1, theirs) or _spells(sentence, j1, mine):
            continue  # 'information retrieval systems' for 'IR systems'
        if _after_number(claim, i1 - 1):
            continue  # 'two-step' for 'two-stage': a count's unit; numbers have their check
        return f"'{mine} {claim[0][i1]}' where the source has '{theirs} {claim[0][i1]}'"
    return None


def _spells(tokens: Tokens, k: int, acronym: str) -> bool:
    """Do the words before the k-th content word spell the acronym ('information retrieval'
    before 'systems' spells 'ir')?"""
    _, at, raw = tokens
    size = len(acronym)
    before = raw[max(0, at[k] - size) : at[k]]
    if any(w in STOP for w in before):
        return False  # 'in recommender' spells no 'IR'
    return 2 <= size <= 5 and len(before) == size and "".join(w[0] for w in before) == acronym


def _name_parts(text: str) -> set[str]:
    """Stems of the parts of the text's names ('SRGI-FM' -> 'srgi', 'fm')."""
    parts = [p for n in names(text) for p in re.split(r"[-/]", n.lower()) if len(p) > 1]
    return set(stem(parts))


def _related(mine: list[str], theirs: list[str]) -> bool:
    """Forms of one word, or one word written apart ('hand craft' for 'handcraft')."""
    if "".join(mine) in "".join(theirs) or "".join(theirs) in "".join(mine):
        return True
    return any(
        a[:SAME_ROOT] == b[:SAME_ROOT] and min(len(a), len(b)) >= SAME_ROOT
        for a in mine
        for b in theirs
    )


def _run(ops: Sequence[Opcode], k: int) -> int:
    """How many words the k-th stretch shares, 0 if it is not a shared one."""
    if k < 0 or ops[k][0] != "equal":
        return 0
    return ops[k][2] - ops[k][1]


def substituted(claim: str, sentence: str, paper_stems: frozenset[str]) -> str | None:
    """The claim's words that stand where the sentence has others, between words both have,
    when they are words the paper never uses or a name in place of another of its names."""
    ours_, theirs_ = _tokens(claim), _tokens(sentence)
    mine, theirs = ours_[0], theirs_[0]
    ops = difflib.SequenceMatcher(None, mine, theirs, autojunk=False).get_opcodes()
    claim_names, sentence_names = _name_parts(claim), _name_parts(sentence)
    for k, (op, i1, i2, j1, j2) in enumerate(ops):
        ends = i2 == len(mine)  # the claim's last words: as many of the sentence's
        if ends:
            j2 = min(j2, j1 + i2 - i1)
        if op != "replace" or i2 - i1 > MAX_SPAN or j2 - j1 > MAX_SPAN:
            continue
        if not _run(ops, k - 1) or not (ends or _run(ops, k + 1)):
            continue  # a swap sits between words both texts share
        ours, source = list(mine[i1:i2]), list(theirs[j1:j2])
        if _related(ours, source):
            continue
        if any(w.isdigit() or w in NUMBER_WORDS for w in ours + source):
            continue  # numbers have their own check
        one_each = i2 - i1 == 1 and j2 - j1 == 1
        unknown = [w for w in ours if w not in paper_stems] and (
            _listed_alike(ours_, theirs_, (i1, i2, j1, j2))
            or (
                one_each  # 'rotation, jigsaw, inpainting' for 'rotation, jigsaw, camouflage'
                and _list_item(american(claim), ours_[2][ours_[1][i1]])
                and _list_item(american(sentence), theirs_[2][theirs_[1][j1]])
            )
        )
        renamed = set(ours) <= claim_names and set(source) <= sentence_names
        if unknown or renamed:
            return f"'{' '.join(ours)}' where the source has '{' '.join(source)}'"
    return _swapped_modifier(ours_, theirs_, ops, paper_stems)
