"""Negation and direction of one claim against the text that should support it.

A claim can hold every word of its evidence and say the opposite: a 'not', 'fails to',
'lacks' or 'instead of' the evidence does not make of the same thing; an antonym ('lower'
for 'higher', 'refutes' for 'supports'); what the paper says of earlier work said of the
paper itself. Similarity in meaning cannot see these; one of them makes a claim false
however close it reads. (Numbers, names and authors: prompts.llm.verify.mentions.)
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import NamedTuple

from prompts.llm.verify.mentions import GENERIC, names
from prompts.llm.verify.wording import CACHED_TEXTS, american, stems_of, word_list
from retrieval.text import STOPWORDS, stem, words

NEGATION = frozenset(
    word_list(
        """not no never without cannot neither nor none nothing lack lacks lacking unable fail
        fails failed failing instead rather neglect neglects neglecting ignore ignores ignoring
        overlook overlooks overlooking disregard unlike rarely seldom hardly barely"""
    )
)
# Verbs of denial in any form ('disregarded', 'omits'), by stem; 'no', 'not' stay as written.
NEGATION_STEMS = frozenset(
    stem(word_list("""fail lack neglect ignore overlook disregard omit forgo forego abandon"""))
)
# A direction word on one side and its opposite on the other flips a claim.
_OPPOSITES = """
better worse | outperform underperform | higher lower | faster slower | increase decrease |
improve degrade | improvement drop | improvement decline | gain decline | large marginal |
significant marginal | crucial unimportant |
important unimportant | essential unimportant | key unimportant | more less |
more fewer | gain drop | larger smaller | superior inferior |
strong weak | succeed fail | easy hard | easy difficult | boost reduce | reliable unreliable |
robust fragile | accurate inaccurate | simple complex | high low | best worst |
static dynamic | sparse dense | easy challenging | abundant sparse | abundant sparsity |
abundant scarce | plentiful scarce | lose maintain | lose retain | lose preserve |
faithful unfaithful | single multiple | single cross | lower high | higher low |
support contradict | support refute | confirm contradict | all some | useful useless |
unchanged improve | unchanged increase | unchanged boost | frozen train | merge separate |
drop maintain | decline maintain | degrade maintain | same different | soft hard |
human machine | human automatic | manual automatic | loss preserve | loss retain |
loss maintain | increase reduce | every subset | all subset | every some
"""
OPPOSITES = [
    tuple(stem(word_list(pair)))
    for pair in _OPPOSITES.replace("\n", " ").split("|")
    if pair.strip()
]
DIRECTION_WORDS = frozenset(w for pair in OPPOSITES for w in pair)
# Who beats whom: with these, the two parties say the direction ('X trails Y' = 'Y beats X').
COMPARATIVES = [
    (a, b)
    for a in stem(word_list("outperform surpass exceed beat above better superior"))
    for b in stem(word_list("below behind underperform trail lag worse inferior"))
]
COMPARED_WORDS = frozenset(w for pair in COMPARATIVES for w in pair)
PREFIX_OPPOSITES = [
    ("mono", "multi"),
    ("single", "multi"),
    ("uni", "multi"),
    ("intra", "inter"),
    ("intra", "cross"),
    ("under", "over"),
]
# Words that say a result went the wrong way: a claim with one needs one in its evidence.
WORSE = frozenset(
    stem(
        word_list(
            """worse slower underperform underperforms inferior weaker poorer degrade degrades
            hurt hurts harm harms lags trails worsen worsens deteriorate deteriorates"""
        )
    )
)
# Words that say something was held back: a claim with one states a limitation itself.
HARM = WORSE | frozenset(
    stem(word_list("suffer suffers suffered hurt harm degrade decline drop deteriorate worsen"))
)
# Words that put a sentence on earlier work: what it says is not the paper's own result.
PRIOR_WORK = re.compile(
    r"^(?:(?:however|yet|but|moreover|meanwhile|although|while),?\s+)?(?:(?:in|for|with)\s+)?"
    r"(?:(?:almost\s+)?(?:most|many|all|some)\s+(?:of\s+)?)?(?:the\s+)?"
    r"(?:existing|previous|prior|traditional|conventional|pioneer|canonical|earlier|current"
    r"|these\s+(?:studies|methods|approaches|works|solutions)"
    r"|(?:most|many)\s+(?:[\w-]+\s+){0,2}(?:systems|methods|approaches|models|works|studies"
    r"|solutions|techniques|metrics|pipelines|frameworks))\b",
    re.IGNORECASE,
)
# A sentence that grants earlier work its success, then states its faults ('Despite the
# success of PROTO, there still exist three main problems: ...'): said of the paper's own
# method, the faults are not the paper's.
CONCESSION = re.compile(r"^despite\b", re.IGNORECASE)
# A claim that puts something on earlier work itself (not 'the current session').
EARLIER = re.compile(
    r"\b(?:existing|previous|prior|traditional|conventional|earlier|today's|nowadays|typical"
    r"|typically|usual|usually)\b",
    re.IGNORECASE,
)
# A sentence that states a limitation, and a claim that states success on the same thing.
LIMITATION = frozenset(
    stem(
        word_list(
            """limited limitation limitations poor poorly challenging challenge challenges
            unclear underexplored unexplored lack lacking insufficient struggle struggles
            shortfall suboptimal difficulty bottleneck less"""
        )
    )
)
SUCCESS = frozenset(
    stem(
        word_list(
            """solved faithful faithfully effective effectively good well strong excellent robust
            accurate easy easily mature reliable reliably thoroughly extensively loses lose"""
        )
    )
)
# Verbs that act against their object ('tackles sparse rewards'), in the active only: in
# 'can be solved by fine-tuning' the object comes first.
AGAINST = frozenset(
    word_list(
        """address addresses addressing tackle tackles tackling solve solves solving overcome
        overcomes overcoming resolve resolves resolving combat combats"""
    )
)
# A claim that itself says the paper deals with something ('handles few-shot NER') is not
# denied by an AGAINST verb of its source ('tackles few-shot NER').
DEALS = frozenset(stem(word_list("handle target deal cope address tackle solve"))) | frozenset(
    stem(sorted(AGAINST))
)
# Words that deny what they govern without a 'not': 'limited faithfulness', 'prevents
# entropy collapse', 'removes the need for prompts'. A noun ('prevention') governs the words
# before it.
WEAK_NEGATIVE = frozenset(
    stem(
        word_list(
            """limited limitation limitations insufficient poor poorly
            suboptimal unclear underexplored unexplored absent absence missing prevent prevents
            prevented prevention avoid avoids avoided avoiding mitigate mitigates mitigated
            mitigation alleviate alleviates alleviated eliminate eliminates eliminated
            elimination remove removes removed removing restrict restricts restricted
            restricting hinder hinders hindered hamper hampers impede impedes constrain
            constrains free undermine undermines weaken weakens inhibit inhibits impair
            impairs curb curbs"""
        )
    )
)
# 'current' of a field ('current LVLMs', 'current evaluations'), not 'the current session'.
PRIOR_WORDS = re.compile(
    r"\b(?:existing|previous|prior|traditional|conventional|pioneer|canonical|earlier"
    r"|current\s+[\w-]+s)\b",
    re.IGNORECASE,
)
RESTRICTING = re.compile(r"\b(?:only|solely|just|merely)\b", re.IGNORECASE)
NEGATION_SCOPE = 5  # content words after a negation that it governs
SURELY_NEGATED = 3  # words of a negated phrase a claim asserts: it says the opposite
WEAK_SCOPE = 2  # content words a weak negative governs (its object)
DIRECTION_WINDOW = 4  # tokens around a direction word that say what it is about
OPPOSED_ELSEWHERE = 2  # ... of them shared, for a sentence the claim is not aligned with
# Nouns that carry little of what a negation denies: 'without the presence of references'.
LIGHT = frozenset(stem(word_list("presence existence use usage need help aid involvement")))
NOT_ONLY = frozenset(word_list("only just merely solely"))
# 'unsuitable', 'unable', 'unseen'; not 'uniform', 'under', 'until', 'unless', 'unlike'.
NEGATIVE_PREFIX = re.compile(r"^un(?!i|der|til|less|like)[a-z]{4,}$")
CONTRAST = frozenset(word_list("unlike instead rather"))
CONTRAST_STEMS = frozenset(stem(sorted(CONTRAST)))
CONTRAST_SCOPE = 12  # content words a contrast governs, within its clause
CLAUSE = re.compile(r"[,;:()\[\]]|\s[-–—]\s|[–—]")
CONTRACTION = re.compile(r"n't\b|\bcan not\b", re.IGNORECASE)
GOAL = frozenset(stem(word_list("aim aims seek seeks goal intend intends strive")))
CONTINUING = frozenset(["nor"])  # after a negation, it carries the same one on
PLAIN_NOT = frozenset(word_list("not no never cannot none nothing"))  # one negation, many words


class Negative(NamedTuple):
    """One negative of a text: the word, what it governs, and the clause it sits in."""

    head: str  # the first content stem it governs, past light nouns ('presence')
    scope: frozenset[str]  # every content stem it governs
    plain: bool  # a plain negation ('not', 'without'), not a weak one ('limited')
    word: str  # the negative itself, stemmed ('fail', 'cannot')
    clause: str


@functools.lru_cache(maxsize=CACHED_TEXTS)
def _negatives(text: str) -> tuple[Negative, ...]:
    """For each negative in a text: the first content word it governs (past light nouns
    such as 'presence'), all of them (as
    stems), and whether it is a plain negation ('not', 'without', 'instead of') rather than a
    weak one ('limited', 'prevents'). A negation governs the next NEGATION_SCOPE content
    words of its clause, a contrast ('unlike', 'rather than') the rest of it (at most
    CONTRAST_SCOPE), a weak negative WEAK_SCOPE words: the next, or for a noun in -ion
    ('entropy-collapse prevention') the ones before it."""
    found = []
    for clause in CLAUSE.split(CONTRACTION.sub(" not", american(text))):
        raw = words(clause, split_hyphens=True)
        stems = stem(raw)
        content = [i for i, w in enumerate(raw) if w not in STOPWORDS]
        for i, (w, st) in enumerate(zip(raw, stems, strict=True)):
            after = [stems[j] for j in content if j > i]
            if w == "not" and i + 1 < len(raw) and raw[i + 1] in NOT_ONLY:
                continue  # 'not only X but also Y' states both
            if w in CONTINUING and any(x in NEGATION for x in raw[:i]):
                continue  # 'cannot capture semantics nor quality': one negation, not two
            if w in NEGATION or st in NEGATION_STEMS:
                governed = after[: CONTRAST_SCOPE if w in CONTRAST else NEGATION_SCOPE]
                if not governed and w not in CONTRAST:  # 'training data is lacking'
                    governed = [stems[j] for j in content if j < i][::-1][:NEGATION_SCOPE]
            elif w == "non" or (NEGATIVE_PREFIX.match(w) and w not in STOPWORDS):
                # 'unsuitable', 'non-target': the prefix denies the word's root
                root = stem([w[2:]]) if w != "non" else []
                governed = (root + after)[: NEGATION_SCOPE if root else 1]
            elif st in WEAK_NEGATIVE or w in AGAINST:
                before = [stems[j] for j in content if j < i][::-1]
                if w == "free":  # 'reference free': the word before
                    governed = before[:1]
                elif w.endswith("ion"):
                    governed = before[:WEAK_SCOPE]
                elif not after:  # 'their faithfulness is limited', 'remain unclear'
                    governed = before[:NEGATION_SCOPE]
                elif after[:1] and after[0] in LIGHT:
                    # 'removes the need to hand-craft prompts': what is needed is denied
                    governed = after[: NEGATION_SCOPE + 1]
                else:
                    governed = after[:WEAK_SCOPE]
            else:
                continue
            if governed:
                head = next((g for g in governed if g not in LIGHT), governed[0])
                plain = (
                    w in NEGATION
                    or st in NEGATION_STEMS
                    or w == "non"
                    or NEGATIVE_PREFIX.match(w) is not None
                )
                word = "not" if w in PLAIN_NOT else st
                found.append(Negative(head, frozenset(governed), plain, word, clause))
    return tuple(found)


def _negated_scopes(text: str) -> tuple[frozenset[str], ...]:
    """For each plain negation in a text, the stemmed content words it governs."""
    return tuple(n.scope for n in _negatives(text) if n.plain)


@functools.lru_cache(maxsize=CACHED_TEXTS)
def plain_stems(text: str) -> frozenset[str]:
    """The content stems a text asserts: under no negative, or under two ('not able to
    mitigate hallucinations' asserts 'hallucinations'); a stem said both ways is left out."""
    governed: dict[str, int] = {}
    for negative in _negatives(text):
        for token in negative.scope:
            governed[token] = governed.get(token, 0) + 1
    # Counted per text, not per occurrence: a stem under a negative and also free elsewhere
    # in the text is ambiguous unless the count is even.
    free = stems_of(text) - STOPWORDS
    for word in words(american(text)):  # 'hand-crafted' as one word, governed as its parts
        if "-" in word:
            parts = [p for p in stem(word.split("-")) if p]
            joined = stem([word.replace("-", "")])[0]
            governed.setdefault(joined, max((governed.get(p, 0) for p in parts), default=0))
    return frozenset(t for t in free if governed.get(t, 0) % 2 == 0)


@functools.lru_cache(maxsize=CACHED_TEXTS)
def _stem_tokens(text: str) -> list[str]:
    return stem(words(CONTRACTION.sub(" not", american(text)), split_hyphens=True))


def _near(tokens: list[str], word: str, anchors: set[str], needed: int = 1) -> bool:
    """Are `needed` of `anchors` within DIRECTION_WINDOW tokens of an occurrence of `word`?"""
    for i, token in enumerate(tokens):
        if token == word:
            window = tokens[max(0, i - DIRECTION_WINDOW) : i + DIRECTION_WINDOW + 1]
            if len(anchors & set(window)) >= needed:
                return True
    return False


def _base_forms(tokens: list[str]) -> list[str]:
    """Comparatives of direction words as the word ('harder' as 'hard', 'easier' as 'easy')."""
    found = []
    for t in tokens:
        if t not in DIRECTION_WORDS and t.endswith("ier") and t[:-3] + "i" in DIRECTION_WORDS:
            t = t[:-3] + "i"
        elif t not in DIRECTION_WORDS and t.endswith("er") and t[:-2] in DIRECTION_WORDS:
            t = t[:-2]
        found.append(t)
    return found


def _opposed(
    claim: str, sentence: str, same_comparison: bool = False, needed: int = 1
) -> str | None:
    """A direction word of the claim whose opposite the sentence uses about the same thing
    ('lower inference speed' against 'higher inference speed'), not under a negation;
    `needed`: how many words both share around the two."""
    claim_tokens, tokens = _base_forms(_stem_tokens(claim)), _base_forms(_stem_tokens(sentence))
    claim_stems, stems = set(claim_tokens), set(tokens)
    plain = stems - set().union(*_negated_scopes(sentence))
    anchors = (claim_stems & stems) - STOPWORDS - GENERIC
    # Words that differ only by opposite prefixes ('monolingual' against 'multilingual').
    for mine in claim_stems - stems:
        for a, b in PREFIX_OPPOSITES:
            for p, q in ((a, b), (b, a)):
                if mine.startswith(p) and len(mine) - len(p) >= 4:
                    other = q + mine[len(p) :]
                    if other in plain and other not in claim_stems and needed == 1:
                        return f"'{mine}' where the source has '{other}'"
    pairs = OPPOSITES + ([] if same_comparison else COMPARATIVES)
    for a, b in [(a, b) for a, b in pairs if a in claim_stems or b in claim_stems]:
        for mine, theirs in ((a, b), (b, a)):
            if mine in claim_stems and theirs in plain and mine not in stems:
                shared = {t for t in anchors if t not in (a, b)}
                if _near(claim_tokens, mine, shared, needed) and _near(
                    tokens, theirs, shared, needed
                ):
                    return f"'{mine}' where the source has '{theirs}'"
    return None


def _outside(text: str, clause: str) -> frozenset[str]:
    """The content stems of the text's other clauses than `clause`."""
    clauses = CLAUSE.split(CONTRACTION.sub(" not", american(text)))
    return stems_of(" ".join(c for c in clauses if c != clause)) - STOPWORDS


def _first_governed(negative: Negative) -> str:
    """The first content stem after the negative in its clause (its verb: 'cannot understand')."""
    tokens = [t for t in _stem_tokens(negative.clause) if t not in STOPWORDS]
    for k, token in enumerate(tokens):
        if token in ("not", "cannot", "never") and k + 1 < len(tokens):
            return tokens[k + 1]
    return ""


def _has(stems: frozenset[str], word: str) -> bool:
    """Is the word among the stems, or one of its forms ('suit', 'suitabl')?"""
    return word in stems or any(
        min(len(word), len(s)) >= 4 and (s.startswith(word) or word.startswith(s)) for s in stems
    )


def _clause_source(clause: str, sentences: Sequence[str]) -> str:
    """The sentence a clause of a merged claim comes from: most content stems shared."""
    mine = stems_of(clause) - STOPWORDS
    if not sentences or not mine:
        return ""
    return max(sentences, key=lambda s: len(mine & stems_of(s)))


def _denied_alike(negative: Negative, sentence: str) -> bool:
    """Does the sentence deny plainly with the same word ('cannot', 'fails to')?"""
    return any(other.plain and other.word == negative.word for other in _negatives(sentence))


def _name_parts(text: str) -> set[str]:
    parts = {p for n in names(text) for p in re.split(r"[-/]", n.lower()) if len(p) > 1}
    return {p for p in parts if stem([p])[0] not in GENERIC}


def _names_it(claim: str, sentence: str, own: Sequence[str]) -> bool:
    """Does the claim name something the sentence names and the paper's own sentences do
    not ('ROUGE-style metrics' where only earlier work is said to use ROUGE)?"""
    named = _name_parts(claim) & _name_parts(sentence)
    return bool(named - set().union(*(_name_parts(s) for s in own)))


def _names_own(claim: str, sentence: str, own: Sequence[str]) -> bool:
    """Does the claim name the paper's own thing ('Meta-SN'), which the sentence does not?"""
    named = _name_parts(claim) & set().union(*(_name_parts(s) for s in own))
    return bool(named - _name_parts(sentence))


def flipped(
    claim: str,
    evidence: list[str],
    earlier_work: Sequence[str] = (),
    sentences: Sequence[str] = (),
    same_comparison: bool = False,
    topic: frozenset[str] = frozenset(),
) -> str | None:
    """How the claim negates or reverses what its aligned evidence says, or None. `evidence`:
    the sentences the claim is aligned with (the closest first); a sentence further from the
    claim says nothing of its polarity. `earlier_work`: the paper's sentences about earlier
    work, which a claim may contrast with ('..., not RoIs'). `sentences`: all of the paper's,
    for a claim that merges two of them (each clause is checked against its own).
    `same_comparison`: the claim keeps who beats whom in its source ('Y is outperformed by X'
    for 'X surpasses Y'), so its 'underperforms' says no result went worse. `topic`: the
    stems of the paper's title, what its 'tackles' and 'addresses' name as its task ('tackles
    few-shot NER'), not as a problem it removes."""
    claim_stems = stems_of(claim)
    asserted_in_claim = plain_stems(claim)
    # What the evidence negates, calls limited or prevented ('limited faithfulness' = 'not
    # faithful'); what it says of earlier work only is not said of the paper's own.
    own_sentences = [s for s in sentences if not PRIOR_WORK.match(s)]
    names_earlier = bool(evidence) and _names_it(claim, evidence[0], own_sentences)
    about_earlier = bool(
        PRIOR_WORDS.search(claim) or EARLIER.search(claim) or PRIOR_WORK.match(claim)
    ) or bool(names_earlier)
    own = evidence if about_earlier else [s for s in evidence if not PRIOR_WORK.match(s)]
    joined = " ".join(own)
    evidence_scopes = [n.scope for n in _negatives(joined)]
    evidence_stems = stems_of(joined)
    # A negative in the claim that its evidence does not make of the same thing, unless it
    # sets the paper against what it says of earlier work.
    contrasted = bool(evidence) and not PRIOR_WORK.match(evidence[0])
    evidence_contrasts = [n.scope for n in _negatives(joined) if n.word in CONTRAST_STEMS]
    for negative in _negatives(claim):
        head, scope, plain = negative.head, negative.scope, negative.plain
        if any(_has(other, head) or len(scope & other) >= 2 for other in evidence_scopes):
            continue  # the evidence denies the same thing
        if negative.word in CONTRAST_STEMS and any(scope & other for other in evidence_contrasts):
            continue  # 'rather than isolated frames' for 'instead of individual frames'
        if not plain and negative.word in DEALS:
            continue  # 'tackles session-based recommendation' says what the paper works on
        source = _clause_source(negative.clause, sentences)
        earlier_source = PRIOR_WORK.match(source) and not (names_earlier or PRIOR_WORK.match(claim))
        if plain and not earlier_source and _denied_alike(negative, source):
            continue  # the sentence this clause comes from denies it too
        if not scope & evidence_stems:
            continue  # it denies what the evidence does not speak of: left to the score
        if not plain and evidence_scopes:
            continue  # 'limits their use' where the evidence has 'restricting the usage'

        if contrasted and any(
            head in stems_of(s)
            and len(scope & stems_of(s)) >= 2
            and not any(scope & n for n in _negated_scopes(s))
            for s in earlier_work
        ):
            continue  # '..., not regions of interest' where earlier work used them
        return f"it denies '{head}', the source does not"
    troubled = stems_of(" ".join(evidence)) & (WORSE | LIMITATION | HARM)
    if claim_stems & WORSE and not same_comparison and not troubled:
        return "it says a result went worse, the source does not"
    if evidence and PRIOR_WORK.match(evidence[0]) and not about_earlier:
        return "the source says it of earlier work only"
    conceded = bool(evidence) and CONCESSION.match(evidence[0]) is not None
    if conceded and not about_earlier and _names_own(claim, evidence[0], own_sentences):
        return "the source says it of earlier work only"
    if evidence:
        # The closest sentence states a limitation of what the claim says went well.
        closest = stems_of(evidence[0])
        shared = (claim_stems & closest) - STOPWORDS
        if (
            closest & LIMITATION
            and asserted_in_claim & SUCCESS
            and not claim_stems & LIMITATION
            and len(shared) >= 2
        ):
            return "the source states a limitation of what it says went well"
    # A goal ('aims to make it easy') may be what the source calls hard: not a denial.
    aims = bool(claim_stems & GOAL)
    harmed = bool(claim_stems & HARM)
    deals = bool(claim_stems & DEALS)
    for sentence in evidence:
        asserted = asserted_in_claim & stems_of(sentence)
        # The sentence negates or restricts what the claim asserts, the very word it governs
        # first among them ('without manual prompts', 'solely the projection module',
        # 'instead of selecting individual frames').
        text = sentence if RESTRICTING.search(claim) else sentence.replace("solely", "not")
        for negative in () if aims else _negatives(text):
            if deals and negative.word in DEALS:
                continue
            if not negative.plain and harmed:
                continue  # 'performance suffers' for 'limits the performance'
            if negative.word in DEALS and negative.head in topic:
                continue  # 'tackles few-shot NER' where the title names few-shot NER
            kept = asserted
            if negative.word in CONTRAST_STEMS and negative.head not in asserted:
                # 'Unlike traditional logo recognition methods ..., Logo-VGR enables brand
                # recognition': what the main clause says again is not denied.
                kept = asserted - _outside(text, negative.clause)
            denied = len(negative.scope & kept)
            if (denied >= 2 and negative.head in kept) or denied >= SURELY_NEGATED:
                return f"the source denies '{negative.head}', it asserts it"
            # 'LLMs cannot understand such inputs': the sentence denies the very verb the
            # claim asserts of the same things ('LLMs understand reversed text well').
            alike = len((asserted_in_claim & stems_of(sentence)) - negative.scope)
            if (
                negative.word == "not"
                and negative.head in kept
                and negative.head == _first_governed(negative)
                and alike > SURELY_NEGATED
            ):
                return f"the source denies '{negative.head}', it asserts it"
        opposed = _opposed(claim, sentence, same_comparison)
        if opposed:
            return opposed
    # A merged claim's other clause, or a short sentence of its own ('experimental results
    # support this hypothesis'): any sentence of the paper (of earlier work, for a claim about
    # earlier work) that uses the opposite word about two of the same things.
    directed = set(_base_forms(_stem_tokens(claim))) & (DIRECTION_WORDS | COMPARED_WORDS)
    others = [
        s
        for s in sentences
        if directed and s not in evidence and bool(PRIOR_WORK.match(s)) == about_earlier
    ]
    for sentence in others:
        opposed = _opposed(claim, sentence, same_comparison, needed=OPPOSED_ELSEWHERE)
        if opposed:
            return opposed
    return None


def earlier_only(claim: str, earlier_work: Sequence[str], sentences: Sequence[str]) -> set[str]:
    """Stems the claim asserts of the paper that the paper uses of earlier work only
    ('RainSeer over-smooths' where 'existing methods often over-smooth')."""
    own = [s for s in sentences if not PRIOR_WORK.match(s)]
    if not earlier_work or EARLIER.search(claim) or PRIOR_WORK.match(claim):
        return set()
    if _names_it(claim, " ".join(earlier_work), own):
        return set()
    theirs = stems_of(" ".join(earlier_work)) - stems_of(" ".join(own))
    return set(plain_stems(claim) & theirs) - GENERIC
