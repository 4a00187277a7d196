"""The extractive answerer: grounded, cited answers from the sources alone (no LLM)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence

from prompts.answer.asked import basis_asked, kinds_asked
from prompts.answer.compare import pick
from prompts.answer.counted import ANY_SAID, asked_count, uncounted
from prompts.answer.detail import (
    COUNT_WORD,
    METADATA,
    NAMED_KINDS,
    SURELY_UNSTATED,
    UNSTATED,
    asks_venue,
    details_asked,
    name,
    scorer,
    stated,
    unrecorded,
    unstated,
)
from prompts.answer.dimensions import missing_kind
from prompts.answer.items import naming_sentences
from prompts.answer.meaning import ALIKE, PUT_TOGETHER, alike, without_unasked
from prompts.answer.measured import unmeasured
from prompts.answer.model import Answer, Citation
from prompts.answer.unpacked import listing, respelled, unpacked
from prompts.answer.wording import Sources
from prompts.understand.amounts import count_verdict, stated_count
from prompts.understand.cues import claim_question
from prompts.understand.terms import NUMBER_WORDS, YES_NO
from prompts.understand.yesno import asks_yes_no
from retrieval import people
from retrieval.index.columns import columns_of
from retrieval.model import Paper, Profile
from retrieval.names import GENERIC, aliases
from retrieval.search import Hit, SearchResult
from retrieval.text import STOPWORDS, split_sentences, stemmer, words

# Questions that ask for papers (a list) rather than for a fact stated in one of them.
LIST_CUES = re.compile(
    r"\b(which|what|list|any|all|show|find)\b.*\b(papers?|works?|publications?|research|studies)\b"
    r"|\b(has|have|did|does|do)\s+(he|she|they)\s+(done|do|did|have|has|publish\w*|work\w*|use\w*|stud\w*)"
    r"|\bpublished\s+(on|about|in)\b|\bwork(ed|s)?\s+on\b|\bpapers?\s+(on|about)\b",
    re.IGNORECASE,
)
# Questions about a quantity: prefer the sentences that state numbers.
QUANTITY = re.compile(
    r"\bhow (many|much|large|big|long|fast|faster|small|well)\b|\bnumber of\b|\bsize\b|"
    r"\bpercent|\brank|\bscore|\baccuracy\b|\bimprove",
    re.IGNORECASE,
)
NUMBER = re.compile(r"\d")
# Questions about the data a paper uses or builds: prefer the sentences that name data.
DATA = re.compile(r"\b(?:data\s?sets?|data|benchmarks?|corpus|corpora)\b", re.IGNORECASE)
# 'Which base model was X evaluated on?', 'X was tested on which LLM?': a model it used.
ASKS_MODEL = re.compile(
    r"\b(?:base|backbone|foundation|language|underlying|pre-?trained)\s+models?\b|\bbackbones?\b"
    r"|\b(?:which|what)\s+(?:[\w-]+\s+){0,2}?(?:models?|llms?|lms?|encoders?)\b",
    re.IGNORECASE,
)
# A model's name carries a version or size: 'Qwen-2.5-Math-7B', 'GPT-4o', 'LLaMA-2', 'T5'.
MODEL_NAME = re.compile(r"(?<![\w-])(?!Top-)[A-Z][A-Za-z]*(?:[-./]?[A-Za-z0-9]+)*")
# A dataset's name: 'FewRel', 'GLUE', 'CoNLL-2003', '3D-NEXRAD'.
DATA_NAME = re.compile(r"(?<![\w-])[A-Z0-9][\w-]*[A-Z][\w-]*")
# The data itself asked: 'which dataset', 'what data', 'what benchmarks'
WHICH_DATA = re.compile(
    rf"\b(?:what|which)\s+(?:[\w-]+\s+){{0,2}}?(?:{DATA.pattern})", re.IGNORECASE
)
EVALUATED = re.compile(
    r"\b(?:evaluat\w*|test\w*|experiments?|trained|validated|benchmarked)\b", re.IGNORECASE
)
MADE = re.compile(
    r"\b(?:construct|build|built|collect|compil|curat|creat|introduc|releas|annotat)\w*",
    re.IGNORECASE,
)
# The thing asked about: 'what kind of attention', 'which loss', 'what architecture'
FOCUS = re.compile(
    r"\b(?:what|which)\s+(?:kinds?|types?|sorts?|forms?)\s+of\s+([\w-]+)|\b(?:what|which)\s+([\w-]+)",
    re.IGNORECASE,
)
USED_ON = re.compile(r"\b(?:on|with|using|upon|from|to)\s+$", re.IGNORECASE)
# 'how many fundus diseases', 'number of queries', '# of languages': the thing counted.
COUNTED = re.compile(
    r"(?:\bhow\s+many|\bnumber\s+of|#\s*of|#)\s+(?P<words>(?:(?!(?:does|do|did|is|are|was|were"
    r"|has|have|can|in|on|of|for|the|a|an|there|r)\b)[\w-]+\s*){1,3})",  # 'r': 'are', typed short
    re.IGNORECASE,
)
# A sentence reporting a measurement: the numbers in it are its conditions ('accuracy of
# 0.843 for 15 diseases'), not what a count question asks, unless the question asks results.
MEASURED = re.compile(
    r"\baccurac\w*|\bscores?\b|\d\s*%|\b0\.\d+|\bF1\b|\bBLEU\b|\bROUGE\b", re.IGNORECASE
)
ASKS_RESULTS = re.compile(
    r"\b(?:evaluat\w*|test\w*|benchmark\w*|results?|accurac\w*|scores?)\b", re.IGNORECASE
)
# 'Has she published on X?', 'Is he working on X?', 'Any papers on X?': answered Yes or No first.
# Words a question shares with any abstract: they do not tie a sentence to the question.
COMMON_WORDS = STOPWORDS | {
    "large",
    "paper",
    "papers",
    "show",
    "used",
    "uses",
    "using",
    "work",
    "works",
}
LIST_MARGIN = 0.27  # list papers whose relevance is within this of the best one
LIST_SURE = 0.65  # ... or this relevant, however relevant the best one is
FACT_MARGIN = 0.04  # a second source for a fact only when it is nearly as relevant
MAX_LIST = 20  # a subject asks for every paper on it; beyond this, ask more narrowly


# More than one paper asked for: 'multiple SBR papers', 'more than 1 session-based rec paper',
# 'two or more papers on it', 'several works on distillation'
MANY = re.compile(
    r"\b(?:multiple|several|more\s+than\s+(?:one|1|a\s+single)|(?:two|2)\s+or\s+more"
    r"|at\s+least\s+(?:two|2)|a\s+couple\s+of)(?=(?:\s+[\w-]+){0,4}?\s+(?:papers?|works?"
    r"|publications?|articles?|studies|ones)\b)",
    re.IGNORECASE,
)
WH = re.compile(r"\b(?:what|which|who|when|where|why|how)\b", re.IGNORECASE)
_AMOUNTS = {"one": 1, "a single": 1, "a couple of": 2} | NUMBER_WORDS
# A list the asker sized: 'the top 3 papers on X', 'name one paper on Y', 'give me 5 examples',
# 'just two of her RL papers'. A bound ('more than 3 papers'), a claim ('she has just one paper
# on it?', 'only one domain') or a topic ('learning from only a handful of examples') is no size.
_AMOUNT = r"(\d{1,2}|" + "|".join(sorted(_AMOUNTS, key=len, reverse=True)) + r")"
_PAPERS = r"\s+(?:of\s+)?(?:[\w'’-]+\s+){0,3}?(?:papers?|works?|publications?|articles?|ones"
_CLAIMED = "".join(
    f"(?<!{w} )" for w in ("has", "have", "had", "with", "wrote", "published", "is", "are", "there")
)
SIZED = re.compile(
    r"\b(?:top|name|pick|give\s+me|show\s+me|list|suggest|recommend)\s+(?:me\s+)?(?:the\s+)?"
    rf"(?:top\s+)?{_AMOUNT}{_PAPERS}|examples?|picks?)\b|{_CLAIMED}\bjust\s+{_AMOUNT}{_PAPERS})\b",
    re.IGNORECASE,
)


def asked_size(question: str) -> int | None:
    """How many papers the asker wants listed, if they said ('top 3', 'name one')."""
    if not (m := SIZED.search(question)):
        return None
    n = next(g for g in m.groups() if g).casefold()
    return int(n) if n.isdigit() else _AMOUNTS[" ".join(n.split())]


def wants_list(question: str) -> bool:
    return bool(LIST_CUES.search(question))


def stating_sentences(
    question: str, hit: Hit, n: int = 2, understood: str | None = None
) -> list[str]:
    """The paper's sentences that best state the answer: matched ones first; those stating
    the kind of thing asked (a count of X, a model, data) before them, and for other quantity
    questions those with numbers (the answer may sit in a sentence ranked lower). The kind is
    read from the question as typed, else as `understood` ('how many diseses')."""
    question = respelled(question, hit.paper)  # 'knowledge lvls?': the paper's 'levels'
    ranked = hit.sentences
    rest = [s for s in split_sentences(hit.paper.abstract) if s not in hit.sentences]
    lead: list[str] = []  # what the paper does, when asked
    kinds = (
        _answer_kind(_unreferenced(text, hit.paper), hit.paper)
        for text in (question, understood)
        if text
    )
    states = next((k for k in kinds if k and any(k(s) > 0 for s in ranked + rest)), None)
    if states is not None:
        # the sentence saying the kind of thing asked, wherever it sits (search order next);
        # of those saying it best, the one saying more of the question's own words leads ('the
        # retrieval Top-5': the retrieval score, not the recognition one; a word typed wrong
        # counts as understood: 'retreival')
        ranked = sorted(ranked + rest, key=lambda s: -states(s))
        said = _saying(f"{_unclaimed(question)} {understood or ''}", hit.paper, ranked)
        best = max((s for s in ranked if states(s) == states(ranked[0])), key=said)
        ranked = [best, *(s for s in ranked if s != best)]
    elif QUANTITY.search(question):
        # a number, or a count left open ('any-k keyframes')
        ranked = [s for s in ranked + rest if NUMBER.search(s) or ANY_SAID.search(s)] or ranked
    else:  # 'what kind of attention does X use': the sentence saying the asked word leads
        # (not a word of the part set aside: 'besides extracting spans, what does X do next?')
        ranked = _focused(without_unasked(question), hit.paper, ranked, rest)
        # ... or the one sentence listing what a word of it names ('tasks including A and B')
        if listed := listing(ranked + rest, _asked(_unclaimed(question), hit.paper), _stems):
            ranked = [listed, *(s for s in ranked if s != listed)]
        if ranked and (lead := contribution(question, hit.paper)):
            ranked = [lead[0], *(s for s in ranked if s != lead[0])]
    ranked = _phrased(question, hit.paper, ranked, rest)
    # Beyond the best one, only sentences that share a content word with the question; then
    # one saying what it asks by meaning nearly as well as the best (within a named paper)
    asked = _words(question)
    chosen = ranked[:1] + [s for s in ranked[1:] if asked & _words(s)][: n - 1]
    chosen += [s for s in hit.meant[1:] if s not in chosen]
    if COUNTED.search(question):  # 'how many stages': the number is the answer
        return _with_meant(question, chosen, hit)
    stated = unpacked(_continued(chosen, hit.paper), hit.paper)
    chosen = [*lead, *(s for s in chosen if s not in lead)]  # as the summary answer leads
    return _with_meant(
        question,
        _named_kind(question, hit.paper)
        or _enumerated(question, hit.paper, chosen)
        or naming_sentences(question, hit.paper, chosen)
        or [*lead, *(s for s in stated if s not in lead)],
        hit,
    )


def _with_meant(question: str, chosen: list[str], hit: Hit) -> list[str]:
    """The sentences chosen, with the one saying most what the question asks of the named
    paper by meaning and words (`hit.meant`) quoted second when others were picked (by the kind
    of thing asked) and it says a word of the question the first one does not ('which part
    proved crucial': the parts listed, and 'a learnable retriever is crucial')."""
    if not hit.meant or not chosen or hit.meant[0] in chosen:
        return chosen
    if not (_asked(question, hit.paper) & _stems(hit.meant[0])) - _stems(chosen[0]):
        return chosen
    return [chosen[0], hit.meant[0], *chosen[1:]]


# A paper pointed at by what it is about: 'the multilingual product retrieval paper'
# ('the Learning to Expand approach'; not 'the headline number in the CURE paper')
POINTED = re.compile(
    r"\bthe\s+(?:(?!(?:the|of|in|on|for|to|and|with|from|by|a|an|its|their|his|her|this|that)\b)"
    r"[\w-]+\s+){1,5}?"
    r"(?:paper|work|study|article|approach|method|framework|model|system)\b(?!['’])",
    re.IGNORECASE,
)


def _unreferenced(question: str, paper: Paper) -> str:
    """The question without the words that say which paper it asks about (its title, or
    the start of it, 'In MERIT: Multilingual Semantic Retrieval, ...'; 'the multilingual
    product retrieval paper'): they say nothing of the detail asked ('multilingual' asks no
    languages)."""
    for n in range(len(paper.title.split()), 2, -1):  # the longest start of the title said
        start = r"\s+".join(re.escape(w) for w in paper.title.split()[:n])
        if re.search(start, question, re.IGNORECASE):
            return re.sub(start, " ", question, flags=re.IGNORECASE)
    return POINTED.sub(" ", question)


# What a question asks the name of: 'what's their model called?', 'the name of its method'
NAME_ASKED = re.compile(r"\bcalled\b|\bname\s+(?:of|for)\b|\bnamed?\s*\?", re.IGNORECASE)
# What a question says to ask what a paper does: 'its main ingredients', 'key components',
# 'the core idea', 'what method do they propose', 'how does it work', 'what is it built from'
# (the thing asked: after 'what'/'which' or an owner, or last; not 'the X approach' in
# 'what live service has the X approach been shipped to')
_DOES = (
    r"(?:ingredients?|components?|pieces|parts|idea|ideas|gist|essence|approach|method"
    r"|technique|trick|recipe|mechanism|contributions?|novelty|innovations?|crux)"
)
DOES_ASKED = re.compile(
    rf"\b(?:what|which)(?:['’]s|\s+(?:is|are|was|were))?\s+(?:[\w-]+\s+){{0,3}}?{_DOES}\b"
    rf"|\b(?:its|their|[\w-]+['’]s)\s+(?:[\w-]+\s+){{0,2}}?{_DOES}\b|\b{_DOES}\W*$"
    rf"|\bthe\s+(?:[\w-]+\s+)?{_DOES}\s+(?:of|behind|in)\b"
    # 'core idea of the X paper', 'key contributions of X'
    rf"|\b(?:main|key|core|central|basic|principal|primary|overall|big)\s+{_DOES}\b"
    r"|\b(?:propose[ds]?|introduce[ds]?)\b|\bbuilt\s+from\b|\bmade\s+(?:up\s+)?of\b"
    r"|\b(?:composed|consists?)\s+of\b|\bhow\s+(?:does|do|did)\s+(?:[\w-]+\s+){0,3}?work\b"
    # 'explain how X works', 'what does X do?' (not 'what did she do on X')
    r"|\bhow\s+(?:it|they|[\w-]+)\s+works?\b|\bwhat['’]?s\s+(?:new|novel)\s+(?:about|in)\b"
    r"|\bwhat\s+(?:does|do|did|is|are)\s+(?:[\w-]+\s+){0,4}?(?:do|doing)\W*$",
    re.IGNORECASE,
)
# Words that stress what is asked without saying what it is: 'the main ingredients', 'key
# components', 'the core idea'
EMPHASIS = {"main", "key", "core", "central", "basic", "princip", "primari", "overal", "big"}
# A sentence saying how the one before it is done: 'By incorporating a clustering loss and
# ...', 'Specifically, ...', 'It consists of ...'
MEANS = re.compile(
    r"^(?:by\s+[\w-]+ing|specifically|concretely|in\s+particular|in\s+detail|to\s+this\s+end"
    r"|to\s+do\s+so|first(?:ly)?\b|(?:it|they|this\s+\w+)\s+(?:consists?|comprises?|contains?"
    r"|includes?|combines?|integrates?))\b",
    re.IGNORECASE,
)


# The kinds of method any proposal is (so no sentence answers them better than the proposal)
GENERIC_KINDS = {"model", "method", "approach", "framework"}
# What a paper proposing nothing does: 'This paper investigates ...', 'In this study, to
# analyze ..., we ...', 'This survey reviews ...'
STUDIED = re.compile(
    r"^(?:in\s+)?(?:this|our|the\s+present)\s+(?:paper|work|study|survey|article|review)\b",
    re.IGNORECASE,
)


def contribution(question: str, paper: Paper) -> list[str]:
    """What the paper does, when that is what the question asks with no other word of its own
    that a sentence of the abstract says ('Valley2: key components?', 'KECP - how does it
    work?', 'the core idea of DKPLM?', 'what's their model called?'): the sentence stating
    what it proposes, with the one after it when that says how ('By incorporating ...'). The
    fact and the summary answers both lead with these, however the need is put; none when the
    question asks something else or the abstract proposes nothing."""
    every = split_sentences(paper.abstract)
    # ... or, of a paper proposing nothing (a survey, a study), the sentence saying what it does
    proposed = pick(paper)["Method"] or next((s for s in every if STUDIED.match(s)), None)
    if proposed is None or proposed not in every:
        return []
    question = _unreferenced(question, paper)  # 'the Learning to Expand approach' asks none
    if not (NAME_ASKED.search(question) or DOES_ASKED.search(question)):
        return []  # a detail asked in its own words ('what vit is in valley')
    # ... and no other word of the question said ('name of the vision encoder'); the title's
    # words point at the paper ('her hierarchical relational distillation paper'), unless said
    # right after its name: a part of it ('fashionbert adaptive loss - what does it do')
    rxs = (NAME_ASKED, DOES_ASKED, NAMED_KINDS["method"])
    said = _stems(" ".join(m[0] for rx in rxs for m in rx.finditer(question)))
    asked = _asked(_unclaimed(question), paper) - _stems(paper.title) | _parts(question, paper)
    asked -= EMPHASIS | said
    # ... nor a kind of method its proposal does not say and another sentence does ('which
    # paradigm does X introduce': 'In X, a novel paradigm P is proposed'; not the generic
    # 'what method/model/approach/framework')
    kinds = {m[0].casefold() for m in NAMED_KINDS["method"].finditer(question)}
    asked |= _stems(" ".join(kinds)) - _stems(proposed) - GENERIC_KINDS
    if any(asked & _stems(s) for s in every):
        return []
    return _continued([proposed], paper)


def _parts(question: str, paper: Paper) -> set[str]:
    """The title's words the question says right after the paper's short name, naming a part
    of it ('FashionBERT adaptive loss', "FashionBERT's adaptive loss"), stemmed."""
    parts: set[str] = set()
    for short in (a for a in aliases(paper) if a != paper.title):
        after = rf"(?<![\w-]){re.escape(short)}(?:['’]s)?((?:\s+[\w-]+){{1,3}})"
        for m in re.finditer(after, question, re.IGNORECASE):
            # up to the first function word: 'UPT is a few-shot NER model' names no part
            said = itertools.takewhile(lambda w: w.casefold() not in STOPWORDS, m[1].split())
            parts |= _stems(" ".join(said))
    return parts & _stems(paper.title)


# A sentence carrying the one before it on to what came of it: 'This leads us to a simple
# solution for data selection ...', 'Based on this finding, ...', 'As a result, ...'
CONSEQUENCE = re.compile(
    r"^(?:this|these|that|such)\s+(?:[\w-]+\s+){0,2}?(?:leads?|led|allows?|allowed|enables?"
    r"|enabled|motivates?|motivated|suggests?|suggested|inspires?|inspired|gives?|gave)\b"
    r"|^(?:based\s+on\s+(?:this|these|that|the\s+\w+)|building\s+on\s+(?:this|these)"
    r"|as\s+a\s+(?:result|consequence)|consequently|therefore|thus|hence|accordingly)\b",
    re.IGNORECASE,
)


def _continued(chosen: list[str], paper: Paper) -> list[str]:
    """The chosen sentences, the best one followed by the next sentence of the abstract when
    that one carries it on to what came of it ('This leads us to ... data selection'): a
    finding asked about is answered with what it led to."""
    sentences = split_sentences(paper.abstract)
    if not chosen or chosen[0] not in sentences:
        return chosen
    at = sentences.index(chosen[0]) + 1
    if at < len(sentences) and sentences[at] not in chosen:
        # ... or says how the method it proposes works ('By incorporating ...')
        proposal = chosen[0] == pick(paper)["Method"] and MEANS.match(sentences[at])
        if CONSEQUENCE.match(sentences[at]) or proposal:
            return [chosen[0], sentences[at], *chosen[1:]]
    return chosen


# A count announced and left for the next sentences: 'MeteoLogist designs three tightly
# integrated components.'
ANNOUNCED = re.compile(
    rf"\b(?P<n>{COUNT_WORD}|[2-9])\s+(?:[\w-]+\s+){{0,3}}?(?P<thing>[a-z][\w-]*s)\W*$",
    re.IGNORECASE,
)
# A sentence opening with a name: 'The Temporal-Phase Aligner addresses ...'
NAMED_OPENING = re.compile(r"^(?:(?:The|Our|A|An|Its)\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)+\b")


def _enumerated(question: str, paper: Paper, chosen: list[str]) -> list[str]:
    """A sentence chosen that announces N things ('designs three components.') with the N
    sentences after it that name one each ('The Temporal-Phase Aligner ...'): the things asked
    are there, not in the announcement. None when no chosen sentence announces such a list,
    or when one chosen after the best only shares a word with a question that says neither its
    count nor its thing ('which dataset was it run on': the best one answers)."""
    sentences = split_sentences(paper.abstract)
    for said in chosen:
        if not (m := ANNOUNCED.search(said)) or said not in sentences:
            continue
        count = NUMBER_WORDS.get(m["n"].casefold()) or int(m["n"])
        if said != chosen[0] and not (
            _stems(m["thing"]) & _stems(question)
            or {str(count), *(w for w, n in NUMBER_WORDS.items() if n == count)}
            & set(words(question))
        ):
            continue
        start = sentences.index(said) + 1
        following = sentences[start : start + count]
        if len(following) == count and all(NAMED_OPENING.match(f) for f in following):
            return [said, *following]
    return []


# The kind of thing asked, as a plural: 'which two zoos', 'the 3 modules', 'what variants'
KIND_ASKED = re.compile(
    rf"\b(?:(?P<n>{COUNT_WORD}|[2-9])|which|what)\s+(?:['‘’\"]?[\w-]+['’\"]?\s+){{0,2}}?"
    r"['‘’\"]?(?P<kind>[a-z][\w-]*[a-z]['’]?s)\b"
    r"|\b(?P<end>[a-z][\w-]*[a-z]s)\W*$",  # 'skykit hubs?'
    re.IGNORECASE,
)


def _named_kind(question: str, paper: Paper) -> list[str]:
    """The sentences naming each of the things asked ('the two zoos': 'the ModelZoo', 'the
    AppZoo'), in the abstract's order: a name said with a capital holding the kind asked
    ('ModelZoo', 'Fusion-based Model'); none unless at least two such names are said."""
    if not (m := KIND_ASKED.search(question)):
        return []
    stem = (m["kind"] or m["end"])[:-1].rstrip("'’").casefold()  # "'Zoo's": zoo
    if len(stem) < 3:
        return []
    own = {a.casefold() for a in aliases(paper)}
    naming = []
    found: set[str] = set()
    for sentence in split_sentences(paper.abstract):
        # 'the ModelZoo', 'Fusion-based Model (SRGI-FM)': the words before it name it too
        said = {
            n.casefold()
            for n in re.findall(rf"(?:[A-Z][\w-]*\s+)*[\w-]*{stem.capitalize()}\w*", sentence)
        } - own
        if said - found:
            naming.append(sentence)
            found |= said
    limit = NUMBER_WORDS.get((m["n"] or "").casefold()) or (int(m["n"]) if m["n"] else None)
    if len(found) < 2 or (limit and len(found) < limit):
        return []
    return naming


def _phrased(question: str, paper: Paper, ranked: list[str], rest: list[str]) -> list[str]:
    """The sentences as ranked, unless, for a quantity asked, another with a number says a
    phrase of the question's own ('the storm-developing stage') the first does not: it states
    the thing the number is asked of."""
    asked = _phrases(question) - set().union(*(_phrases(a) for a in aliases(paper)))
    if not asked or not ranked or not QUANTITY.search(question):
        return ranked
    every = [s for s in ranked + rest if NUMBER.search(s)]
    said = {s: len(asked & _phrases(s)) for s in every}
    best = max(every, key=lambda s: said[s], default=ranked[0])
    if said.get(best, 0) <= len(asked & _phrases(ranked[0])):
        return ranked
    return [best, *(s for s in ranked if s != best)]


def _phrases(text: str) -> set[tuple[str, str]]:
    """Pairs of content words said one after the other ('storm developing', 'developing
    stage'), stemmed."""
    found = [w.casefold() for w in re.findall(r"[A-Za-z]+", text)]
    stems = stemmer().stemWords(found)
    return {
        (stems[i], stems[i + 1])
        for i in range(len(found) - 1)
        if all(len(w) > 3 and w not in COMMON_WORDS for w in found[i : i + 2])
    }


def _focused(question: str, paper: Paper, ranked: list[str], rest: list[str]) -> list[str]:
    """The sentences in search order, unless another says the thing asked about ('what kind
    of attention') and more of the question's own words (beyond the paper's names; a word in
    fewer of its sentences says more): then it leads ('cross-attention'; a search by meaning
    may rank the paper's opening first)."""
    every = ranked + rest
    if not ranked:
        return ranked
    focus = FOCUS.search(question)
    head = _stems(focus[1] or focus[2]) if focus else set()
    if not head and re.search(r"\bhow\b", question, re.IGNORECASE):  # 'how does X merge A, B'
        head = _stems(question) & set(ALIKE.values())  # the way asked: what does it
    said = _saying(question, paper, every, head)
    best = max(every, key=said)  # the first of the most saying, search order first
    if said(best) <= said(ranked[0]):
        return ranked
    # the thing asked about, said ('what place ...' is not 'open-sourced'); with no such
    # word, two or more of the question's words said where the first sentence says at most
    # half as much ('kp-plm's two self-supervised tasks?': the sentence naming them)
    # (a count asked said again counts as one of them; the title's words name the paper, and
    # a statement put up to check asks no detail of its own words)
    if not head and claim_question(question) is not None:
        return ranked
    asked = _asked(_unclaimed(question), paper) - _stems(paper.title)
    shared = len(asked & _stems(best)) + bool(_counts(question) & _counts(best))
    # (a question asking one word of the paper's ('which new losses?') needs that one said)
    enough = min(2, len(asked))
    if not (
        head & _stems(best) or (not head and shared >= enough and said(best) > 2 * said(ranked[0]))
    ):
        return ranked
    return [best, *(s for s in ranked if s != best)]


def _saying(
    question: str, paper: Paper, sentences: list[str], head: frozenset[str] | set[str] = frozenset()
) -> Callable[[str], float]:
    """How much of the question a sentence says: its content words beyond the paper's names,
    each weighted by how few of the sentences say it (a word in every one tells them apart
    not at all), the word asked about (`head`) twice, and a count asked ('the two tasks')
    said again ('two novel tasks') once more."""
    asked = _asked(question, paper)
    bags = {s: _stems(s) for s in sentences}
    spread = {w: sum(w in b for b in bags.values()) or 1 for w in asked}
    counts = _counts(question)

    def said(s: str) -> float:
        bag = bags.get(s) or _stems(s)
        weight = sum((1 + (w in head)) / spread[w] for w in asked & bag)
        return weight + bool(weight and counts & _counts(s))

    return said


# A tag closing a statement: '..., correct?', '... right?', '..., is that true?'
CLOSING_TAG = re.compile(
    r"[\s,;:-]+(?:is\s+th(?:at|is)\s+)?(?:right|correct|true|accurate|so)\W*$", re.IGNORECASE
)


def _unclaimed(question: str) -> str:
    """A statement put up to check as the yes/no checking it, without its tag ('..., correct?'
    -> 'Does ...?'): the tag's words say nothing of the detail."""
    claimed = claim_question(question)
    return claimed[0] if claimed else CLOSING_TAG.sub("?", question)


def _asked(question: str, paper: Paper) -> set[str]:
    """The question's content words (stemmed) beyond the paper's own names."""
    names = " ".join(aliases(paper))
    own = _stems(names) | _stems(re.sub(r"\d+", " ", names))  # 'valley 2' for 'Valley2' too
    return _stems(question) - own


def _counts(text: str) -> set[str]:
    """The small counts a text says ('two', '3')."""
    return {w.casefold() for w in re.findall(rf"\b(?:{COUNT_WORD}|[2-9])\b", text, re.I)}


def _stems(text: str) -> set[str]:
    text = PUT_TOGETHER.sub("combine", text)
    found = [w for w in words(text, split_hyphens=True) if len(w) > 3 and w not in COMMON_WORDS]
    return alike(stemmer().stemWords(found))


def _answer_kind(question: str, paper: Paper) -> Callable[[str], int] | None:
    """How well a sentence states the kind of thing the question asks for (a count of
    something, a model or data used), or None when it asks for no such kind."""
    if counted := COUNTED.search(question):
        # the thing counted, not a verb after it ('how many benchmark datasets appear in')
        noun = (asked_count(question) or counted["words"].split()[-1]).casefold()
        stem = re.escape(noun[:-1] if len(noun) > 4 and noun.endswith("s") else noun)
        # '400 fundus diseases', '320,000 queries': a number, then the thing counted
        pattern = re.compile(
            rf"(?:\d[\d,.]*\+?|\b(?:{COUNT_WORD}))\s+(?:[\w-]+\s+){{0,2}}?{stem}", re.IGNORECASE
        )
        measured = ASKS_RESULTS.search(question) is None
        return lambda s: 2 * bool(pattern.search(s)) - bool(measured and MEASURED.search(s))
    own = {a.casefold() for a in aliases(paper)}
    if ASKS_MODEL.search(question):

        def names_model(sentence: str) -> int:
            named = [
                m
                for m in MODEL_NAME.finditer(sentence)
                if NUMBER.search(m[0]) and not m[0].isdigit() and m[0].casefold() not in own
            ]
            return max((2 + bool(USED_ON.search(sentence[: m.start()])) for m in named), default=0)

        return names_model
    for kind in details_asked(question, paper):  # 'how multilingual is MERIT', 'data size pls'
        if (states := scorer(kind, question)) is not None:
            return states
    # 'what kinds of documents', 'which RL algorithm does X build on': the type asked
    if (typed := _typed(question, paper)) is not None:
        return typed
    # 'which datasets did X use', 'what was CURE tested on': the data or models it names
    # ('how big is the X benchmark': its size, no name; 'which dataset did X build, and how
    # big is it': the data named with its size)
    data_asked = DATA.search(question) or EVALUATED.search(question)
    sized = QUANTITY.search(question) is not None
    if data_asked and (not sized or WHICH_DATA.search(question)):

        def names_data(sentence: str) -> int:
            # 'Evaluated on 3D-NEXRAD (2020--2022)': data named, with no word saying so
            named = [
                m
                for m in DATA_NAME.finditer(sentence)
                if m[0].casefold() not in own and m[0].rstrip("s") not in GENERIC
            ]
            used = EVALUATED.search(sentence) is not None and any(
                USED_ON.search(sentence[: m.start()]) for m in named
            )
            # 'we construct two datasets, namely Valley-702k ...': data the paper made
            made = MADE.search(sentence) is not None and DATA.search(sentence) is not None
            size = sized and NUMBER.search(sentence) is not None
            return 2 * bool(DATA.search(sentence)) + bool(named) + 2 * used + 2 * made + size

        return names_data
    return None


def _typed(question: str, paper: Paper) -> Callable[[str], int] | None:
    """How well a sentence states the type of thing asked ('what kinds of documents', 'which
    algorithm does it build on'), or None when the question asks neither."""
    own = {a.casefold() for a in aliases(paper)}
    # the paper's own name is no kind asked ('what K-frames is made of': not frames)
    unnamed = question
    for own_name in sorted(own, key=len, reverse=True):
        unnamed = re.sub(rf"(?<![\w-]){re.escape(own_name)}(?![\w-])", " ", unnamed, flags=re.I)
    kinds = kinds_asked(unnamed)
    typed = [k for k in (kinds, basis_asked(question, own)) if k is not None]
    return (lambda s: sum(k(s) for k in typed)) if typed else None


def _words(text: str) -> set[str]:
    return {w for w in words(text) if len(w) > 3 and w not in COMMON_WORDS}


def answer_list(question: str, result: SearchResult, intro: str | None = None) -> Answer:
    """The matching papers, each with date, its most relevant sentence and a [n] marker; a
    yes/no asking for more than one ('multiple SBR papers?') is Yes only for two or more."""
    hits = select_hits(result, listing=True)
    scope = result.filters.describe()
    yes = "Yes: " if asks_yes_no(question) else ""  # 'hydrology work from qiu?'
    yes = (
        count_verdict(stated_count(question), len(hits)) or yes
    )  # 'multiple SBR papers?': two or more
    intro = intro or (
        f"{yes}{len(hits)} listed paper{'s' if len(hits) != 1 else ''}"
        f"{f' ({scope})' if scope else ''} match{'es' if len(hits) == 1 else ''} this question"
    )
    if (size := asked_size(question)) and size < len(hits):  # best first: the best `size`
        hits = hits[:size]
        intro += "; the one that matches best" if size == 1 else f"; the {size} that match best"
    intro += ":" if not intro.endswith(":") else ""
    lines = [intro]
    for i, h in enumerate(hits, 1):
        paper = h.paper
        lines.append(
            f"- {paper.title} ({paper.date.isoformat()}, {paper.category}): {h.evidence} [{i}]"
        )
    citations = [Citation.of(i, h.paper, [h.evidence]) for i, h in enumerate(hits, 1)]
    return Answer(question=question, text="\n".join(lines), citations=citations, route="retrieval")


def answer_fact(question: str, result: SearchResult, understood: str | None = None) -> Answer:
    """The sentence(s) that state the fact, each cited (`understood`: see answer_offline)."""
    hits = select_hits(result, listing=False)
    if len(hits) == 1 and (detail := answer_detail(question, hits[0].paper, understood)):
        return detail  # 'hrkd github link?': the paper's link, not a sentence about it
    one = len(hits) == 1 and (len(result.hits) == 1 or _names_inside(question, hits[0], result))
    missing = unstated(question, hits[0].paper) if one else None
    if missing in SURELY_UNSTATED:  # 'how many GPUs trained Valley2?': no abstract says
        return answer_unstated(question, hits[0], UNSTATED[missing], understood)
    named = one or (len(hits) == 1 and _names_paper(question, hits[0].paper))
    if named and (count := uncounted(question, hits[0].paper)):  # 'how many annotators ...?'
        asked, given = count
        said = f" (the counts it gives: {', '.join(given[:3])})" if given else ""
        return answer_unstated(question, hits[0], f"how many {asked}{said}", understood)
    if named and (gap := unmeasured(question, hits[0].paper)):  # 'X's sensitivity?' of accuracies
        return answer_unstated(question, hits[0], gap, understood)
    if named and (gap := missing_kind(question, [hits[0].paper])):  # 'its hours of video?'
        return answer_unstated(question, hits[0], gap, understood)
    parts, citations = [], []
    for i, h in enumerate(hits, 1):
        stated = stating_sentences(question, h, understood=understood)
        said = " ".join(f"{s} [{i}]" for s in stated)
        if missing:  # 'how big is X's data?' in words the size scorer may not know
            said = f"its abstract does not state {UNSTATED[missing]}; the closest it says: {said}"
        parts.append(f"{h.paper.title} ({h.paper.date.isoformat()}): {said}")
        citations.append(Citation.of(i, h.paper, stated))
    return Answer(question=question, text="\n".join(parts), citations=citations, route="retrieval")


def _names_paper(question: str, paper: Paper) -> bool:
    """Does the question name the paper by a short name of it ('VFaith-Bench' for VFaith)?"""
    said = question.casefold()
    return any(
        re.search(rf"(?<![\w-]){re.escape(a.casefold())}", said)
        for a in aliases(paper)
        if len(a) > 3
    )


def _names_inside(question: str, hit: Hit, result: SearchResult) -> bool:
    """Does the question name something only this paper's abstract names, a model or a
    dataset of its own ('Coral' in MERIT's)? Then it asks about that paper, named or not."""
    text = hit.paper.abstract
    # a name: capitalised mid-sentence, and never written in lower case
    names = {
        m[0].casefold()
        for m in MODEL_NAME.finditer(text)
        if len(m[0]) > 3 and re.search(r"[a-z,]\s+$", text[max(0, m.start() - 3) : m.start()])
    }
    names = {n for n in names if not re.search(rf"(?<![\w-]){re.escape(n)}(?![\w-])", text)}
    names -= {a.casefold() for a in aliases(hit.paper)} | STOPWORDS
    asked = {w.casefold() for w in re.findall(r"[\w-]+", question)} & names
    others = [h.paper.abstract.casefold() for h in result.hits if h.paper.id != hit.paper.id]
    return any(not any(re.search(rf"\b{re.escape(w)}\b", o) for o in others) for w in asked)


def answer_unstated(question: str, hit: Hit, missing: str, understood: str | None = None) -> Answer:
    """Decline a detail the one paper asked about does not state ('how many GPUs trained
    Valley2?', 'how multilingual is SpanProto?'): the profile holds its abstract and metadata
    only. The abstract's sentence closest to the question is quoted, as what it does say."""
    closest = stating_sentences(question, hit, n=1, understood=understood)
    text = (
        f"The profile does not answer this: {name(hit.paper)}'s abstract does not state "
        f"{missing}, and the profile holds only abstracts and metadata. The closest it says: "
        + " ".join(f"{s} [1]" for s in closest)
    )
    citation = Citation.of(1, hit.paper, closest)
    return Answer(
        question=question, text=text, citations=[citation], abstained=True, route="abstain"
    )


def answer_not_recorded(question: str, paper: Paper) -> Answer | None:
    """Decline what the profile never records of the one paper asked about (its framework,
    how reviewers judged it: NOT_RECORDED) unless its abstract states it, and a measure or a
    figure of its results the abstract does not give ('its sensitivity?'); None otherwise."""
    missing = unrecorded(question, paper)
    gap = UNSTATED[missing] if missing else unmeasured(question, paper)
    return None if gap is None else paper_unstated(question, paper, gap)


def paper_unstated(question: str, paper: Paper, missing: str) -> Answer:
    """answer_unstated for one paper found by its record rather than by a search."""
    sentences = split_sentences(paper.abstract)
    hit = Hit(
        paper=paper,
        score=0.0,
        similarity=0.0,
        evidence=sentences[0] if sentences else paper.title,
        sentences=sentences,
        relevant=True,
    )
    return answer_unstated(question, hit, missing)


# What the profile keeps of no paper, as a decline names it.
KEPT_NOWHERE = {
    "status": "no venue or peer-review status (conference, journal or preprint)",
    "popularity": "no GitHub stars, forks, downloads or user counts",
    "upkeep": "nothing on how any repository is kept up (updates, commits, issues)",
    "licence": "no licence for any code release",
    "funding": "no funding (grants or sponsors)",
    "approval": "no regulatory approval of any model or tool",
    "footprint": "no energy use or carbon emissions of any model or training run",
    "ethics": "no consent of the people whose data was used and no ethics approval, for any paper",
    "recognition": "nothing on what became of the work after publication (awards, exhibitions, "
    "press coverage, teaching)",
    "identifier": "no DOI or other identifier and no title in another language, for any paper",
    "recording": "no recorded talks, videos or slides of any paper",
}


def answer_not_kept(question: str, profile: Profile, missing: str) -> Answer:
    """Decline a detail no paper's record carries, asked of the papers at large ('which of her
    repos has the most stars?', 'who funds her work?')."""
    text = (
        f"The profile does not answer this: it records {KEPT_NOWHERE[missing]} across its "
        f"{len(profile.papers)} listed papers; it holds only their titles, abstracts, dates, "
        "arXiv categories, authors and code links."
    )
    return Answer(question=question, text=text, abstained=True, route="abstain")


def before_or_after(question: str, result: SearchResult, profile: Profile) -> Answer | None:
    """Dates asked wholly before the first listed paper or after the last, and nothing else
    asked of the papers, no topic either ('his first 2018 paper?' of a listing that opens in
    2020): the premise is corrected with the listing's span and its nearest paper, not
    declined. With a topic ('his 2015 paper on graph transformers') it stays a decline."""
    filters = result.filters
    low = filters.year_from or (filters.date_from.year if filters.date_from else None)
    high = filters.year_to or (filters.date_to.year if filters.date_to else None)
    topic_asked = result.query != question  # the search ran on a topic, not the whole question
    no_dates = (low, high) == (None, None)
    if not profile.papers or topic_asked or no_dates or not filters.undated().is_empty():
        return None
    columns = columns_of(profile)
    first, last = columns.by_date[0], columns.by_date[-1]
    start, end = int(columns.year[first]), int(columns.year[last])
    if high is not None and high < start:
        row, side = int(first), f"the earliest is from {start}"
    elif low is not None and low > end:
        row, side = int(last), f"the latest is from {end}"
    else:
        return None
    paper, src = columns.rows([row])[0], Sources()
    text = (
        f"None of the {len(profile.papers)} listed papers is from then ({filters.describe()}): "
        f"they run from {start} to {end}, and {side}: {paper.short_title} "
        f"({paper.date.isoformat()}) {src.mark(paper)}."
    )
    if YES_NO.match(question):
        text = "No: n" + text[1:]
    return Answer(question=question, text=text, citations=src.citations(), route="facts")


def answer_abstain(question: str, result: SearchResult, profile: Profile) -> Answer:
    """Say the profile does not cover it, and name the closest papers (not cited as support)."""
    scope = result.filters.describe()
    listed = f"{len(profile.papers)} listed papers"
    if profile.papers_claimed and profile.papers_claimed > len(profile.papers):
        listed += f" (of {profile.papers_claimed} the profile claims)"
    if scope and not result.hits:
        outside = before_or_after(question, result, profile)
        if outside is not None:
            return outside
        text = f"No listed paper matches these filters ({scope}); the profile covers {listed} only."
        if YES_NO.match(question):  # 'Did any 2024 paper release code?': No
            text = "No: no" + text.removeprefix("No")
            if not result.filters.authors:  # the dates, categories or code said it: an answer
                return Answer(question=question, text=text, route="facts")
            # 'with Forrest Sheng Bao after 2022?' of a co-author the listing has: a No, said
            # with the papers they share outside those filters
            shared = people.papers_with(profile.papers, result.filters.authors)
            if shared:
                src = Sources()
                joint = "; ".join(
                    f"{p.short_title} ({p.date.isoformat()}) {src.mark(p)}" for p in shared[:5]
                )
                more = f" and {len(shared) - 5} more" if len(shared) > 5 else ""
                who = " and ".join(result.filters.authors)
                text += f" The listed papers with {who}: {joint}{more}."
                return Answer(
                    question=question, text=text, citations=src.citations(), route="facts"
                )
    else:
        text = f"The profile does not answer this: nothing in its {listed} addresses it."
        if YES_NO.match(question):  # 'Has she worked on robotics?': No, as far as it shows
            text = f"No: nothing in the profile's {listed} addresses it."
        closest = [f"{h.paper.short_title} ({h.paper.date.year})" for h in result.hits[:3]]
        if closest:
            text += " Closest papers: " + "; ".join(closest) + "."
    return Answer(question=question, text=text, abstained=True, route="abstain")


def answer_no_venue(question: str, papers: list[Paper]) -> Answer:
    """Decline the venue of named papers (no profile records one); say what it does record."""
    said = "; ".join(
        f"{p.short_title}: {p.date.isoformat()}, arXiv category {p.category}, "
        f"{'code released' if p.has_code else 'no code flag'}"
        for p in papers
    )
    text = (
        "The profile does not answer this: it records no venue (conference or journal) for "
        f"its papers, only their date, arXiv category and code flag ({said})."
    )
    return Answer(question=question, text=text, abstained=True, route="abstain")


# A date asked: 'when did ...', 'which year', 'since when'
WHEN_ASKED = re.compile(r"\bwhen\b|\b(?:which|what)\s+year\b", re.IGNORECASE)


def answer_not_judged(question: str, profile: Profile) -> Answer:
    """Decline a judgement of the researcher or the work ('is she a good researcher?', 'which
    paper is her best?'): the profile holds no reviews, awards, rankings or per-paper citation
    counts; the header's own figures are given as what it does hold."""
    held = [
        f"h-index {profile.h_index}" if profile.h_index is not None else "",
        f"{profile.citations:,} citations in total" if profile.citations is not None else "",
        f"{profile.papers_claimed:,} papers claimed" if profile.papers_claimed else "",
    ]
    said = "; ".join(h for h in held if h)
    text = (
        "The profile cannot judge that: it holds no reviews, awards, rankings or per-paper "
        f"citation counts, so it cannot say how good or important {profile.name} or any one "
        "paper is."
    )
    if said:
        text += f" What it does give, from its header: {said} ({len(profile.papers)} listed)."
    return Answer(question=question, text=text, abstained=True, route="abstain")


def answer_outside(
    question: str,
    profile: Profile,
    named: str = "",
    mentioning: Sequence[tuple[Paper, str]] = (),
) -> Answer:
    """Decline a question about the person's life (employer, contact, awards, education);
    the papers that mention what it names ('does she work at Alibaba?') are listed, cited,
    as what the papers say, not as the answer."""
    text = (
        f"The profile does not answer this: it holds {profile.name}'s listed papers and header "
        "statistics only, with nothing on employers, contact details, awards, patents, education, "
        "opinions, plans or biography (of the researcher or of co-authors)."
    )
    if not mentioning:
        return Answer(question=question, text=text, abstained=True, route="abstain")
    papers = sorted(mentioning, key=lambda m: m[0].date)
    citations = [Citation.of(i, p, [said]) for i, (p, said) in enumerate(papers, 1)]
    text += f" {len(papers)} listed paper{'s' if len(papers) > 1 else ''} mention {named}:"
    for i, (paper, said) in enumerate(papers, 1):
        text += f"\n- {paper.title} ({paper.date.isoformat()}): {said} [{i}]"
    # 'which year did she start working for ByteDance?': no paper's date is when, so the
    # mentions are context for a decline (whether she works there, they may tell)
    when = WHEN_ASKED.search(question) is not None
    return Answer(
        question=question,
        text=text,
        citations=citations,
        abstained=when,
        route="abstain" if when else "facts",
    )


def answer_detail(question: str, paper: Paper, understood: str | None = None) -> Answer | None:
    """The metadata details the question asks of one paper (code link, date, authors,
    category), each a sentence, cited; None when it asks none of them, or asks first a detail
    the abstract would state ('which GPUs did the GThinker team use')."""
    asked = details_asked(question, paper) or details_asked(understood or "", paper)
    if asked and asked[0] not in METADATA:  # 'which GPUs did the X team use': GPUs first
        return None
    lines = [s for kind in asked if kind in METADATA and (s := stated(kind, paper, question))]
    if not lines:
        return None
    text = " ".join(f"{said} [1]." for said, _ in lines)
    citation = Citation.of(1, paper, list(dict.fromkeys(evidence for _, evidence in lines)))
    return Answer(question=question, text=text, citations=[citation], route="facts")


def answer_about(question: str, paper: Paper, sentences: int = 3) -> Answer:
    """One paper described from its metadata and the opening of its abstract, cited; a
    detail asked of it ('how multilingual is MERIT?', 'spanproto date?') answered instead."""
    if detail := answer_detail(question, paper):
        return detail
    stating = _stating(question, paper)
    # 'the gist of X', 'what is X made of': what it proposes, as the fact answer leads with it
    lead = [] if stating else contribution(question, paper)
    if stating := (
        # 'which modules does it have': the sentences naming each, after the one counting them
        _named_kind(question, paper)
        or _enumerated(question, paper, stating or lead)
        or naming_sentences(question, paper, stating or lead)
        or stating
    ):
        quoted = " ".join(f"{s} [1]" for s in stating)
        text = f"{paper.title} ({paper.date.isoformat()}): {quoted}"
        citation = Citation.of(1, paper, stating)
        return Answer(question=question, text=text, citations=[citation], route="retrieval")
    said = split_sentences(paper.abstract)[:sentences] or [paper.title]
    if lead:
        said = lead
    elif (most := _saying_most(question, paper)) is not None:
        # 'what's the adaptive loss in FashionBERT for?': the sentence saying it, then the
        # opening (what the paper is)
        said = [most, *(s for s in said if s != most)][:sentences]
    authors = ", ".join(paper.authors) + (" et al." if paper.authors_truncated else "")
    text = (
        f"{paper.title} ({paper.date.isoformat()}, {paper.category}; {authors}): "
        + " ".join(said)
        + " [1]"
    )
    citation = Citation.of(1, paper, said)
    return Answer(question=question, text=text, citations=[citation], route="retrieval")


def _saying_most(question: str, paper: Paper) -> str | None:
    """The abstract's sentence saying most of the question's own words beyond the paper's
    short names (its title's words count: 'the adaptive loss in FashionBERT'; hyphened words
    whole too: 'any-k'), each weighted by how few sentences say it; None when the question
    says no such word or no sentence says one."""
    sentences = split_sentences(paper.abstract)
    names = " ".join(a for a in aliases(paper) if a != paper.title)
    whole = {w.casefold() for w in re.findall(r"\b\w+(?:-\w+)+\b", question)}
    asked = _stems(question) - _stems(names) - _stems(re.sub(r"\d+", " ", names))
    asked |= whole - {w.casefold() for w in re.findall(r"[\w-]+", names)}
    if not sentences or not asked:
        return None
    bags = {
        s: _stems(s) | {w.casefold() for w in re.findall(r"\b\w+(?:-\w+)+\b", s)} for s in sentences
    }
    spread = {w: sum(w in b for b in bags.values()) for w in asked}

    def weight(s: str) -> float:
        return sum(1 / spread[w] for w in asked & bags[s])

    best = max(sentences, key=weight)
    return best if weight(best) > 0 else None


def _stating(question: str, paper: Paper, n: int = 2) -> list[str]:
    """The abstract's sentences stating the kind of detail asked (languages, data size,
    results), best first; none when no such kind is asked or no sentence states it."""
    kinds = details_asked(question, paper)
    states = next((k for kind in kinds if (k := scorer(kind, question)) is not None), None)
    states = states or _typed(question, paper)  # 'what kinds of modalities does it cover'
    if states is None:
        return []
    ranked = sorted(split_sentences(paper.abstract), key=lambda s: -states(s))
    return [s for s in ranked[:n] if states(s) > 0]


def answer_described(question: str, papers: list[Paper]) -> Answer:
    """Several papers, each described by the opening of its abstract, cited ('tell me more
    about those', 'the second theme')."""
    lines, citations = [f"The {len(papers)} papers, oldest first:"], []
    for n, paper in enumerate(sorted(papers, key=lambda p: p.date), start=1):
        said = split_sentences(paper.abstract)[:1] or [paper.title]
        lines.append(
            f"- {paper.title} ({paper.date.isoformat()}, {paper.category}): {said[0]} [{n}]"
        )
        citations.append(Citation.of(n, paper, said))
    return Answer(question=question, text="\n".join(lines), citations=citations, route="retrieval")


def answer_not_about(question: str, profile: Profile, who: str) -> Answer:
    """Decline numbers asked about someone else: the header's numbers are the owner's alone."""
    columns = columns_of(profile)
    shared = columns.rows(columns.author(who)[0].tolist())  # the papers listing them
    text = (
        f"The profile does not answer this: it is {profile.name}'s, and its numbers (h-index, "
        f"citations, paper counts) are {profile.name}'s alone; it holds none for {who}."
    )
    if shared:
        text += (
            f" {who} appears as a co-author on {len(shared)} of its listed papers "
            f"(ask 'which papers with {who}?')."
        )
    return Answer(question=question, text=text, abstained=True, route="abstain")


def answer_not_theirs(question: str, profile: Profile, who: str) -> Answer | None:
    """Decline another person's work ('Kaiming He's most important papers') when no listed
    paper names them as an author: the profile holds the owner's papers only. None when one
    does (their papers with the owner are listed)."""
    if columns_of(profile).author(who)[0].tolist():
        return None
    text = (
        f"The profile does not answer this: it holds {profile.name}'s papers only, and none of "
        f"its {len(profile.papers)} listed papers names {who} among its authors, so it has "
        f"nothing on {who}'s own work."
    )
    return Answer(question=question, text=text, abstained=True, route="abstain")


def answer_not_compared(question: str, profile: Profile, other: str) -> Answer:
    """Decline setting another group's or person's work against the owner's: the profile
    holds the owner's papers and numbers only, nothing of the other side's."""
    text = (
        f"The profile does not answer this: it holds only {profile.name}'s listed papers and "
        f"header statistics, nothing on the work of {other}, so it cannot compare the two."
    )
    return Answer(question=question, text=text, abstained=True, route="abstain")


def answer_owner_left_out(question: str, profile: Profile, others: list[str]) -> Answer:
    """Decline someone else's papers without the owner ('Chengyu Wang's 2024 papers without
    Qiu', 'his solo work'): the profile lists the owner's papers only; how many of them each
    person co-authored is what it does hold."""
    columns = columns_of(profile)
    who = " and ".join(others)
    text = (
        f"The profile does not answer this: it lists only {profile.name}'s papers, so "
        f"{who}'s work without {profile.name} is not in it."
    )
    for other in others:
        shared = columns.rows(columns.author(other)[0].tolist())
        if shared:
            text += (
                f" {other} co-authored {len(shared)} of its listed papers with {profile.name}"
                f" (ask 'which papers with {other}?')."
            )
    return Answer(question=question, text=text, abstained=True, route="abstain")


def answer_offline(
    question: str,
    result: SearchResult,
    profile: Profile,
    listing: bool | None = None,
    understood: str | None = None,
) -> Answer:
    """List, fact or abstention, from what was found and what is asked (`listing`: papers on a
    subject rather than a fact; None: judged from the question's words; `understood`: the
    question with its typos mended, for what kind of thing a fact question asks)."""
    if not result.relevant:
        return answer_abstain(question, result, profile)
    one = len(result.hits) == 1  # searched within one named paper
    if one and asks_venue(question):
        return answer_no_venue(question, [result.hits[0].paper])
    if one and (detail := answer_detail(question, result.hits[0].paper, understood)):
        return detail  # 'Is Meta-SN open source?': Yes, and where, not a list of one paper
    if one and _stating(question, result.hits[0].paper):
        return answer_fact(question, result, understood)  # 'is X used in production?': where
    if wants_list(question) if listing is None else listing:
        return _the_one_described(question, result, understood) or answer_list(question, result)
    return answer_fact(question, result, understood)


FIELD_WORD = re.compile(r"\bwho|\bauthors?\b|\bwhen\b|\bwhat\s+(?:date|day|month|year)\b", re.I)


def _the_one_described(
    question: str, result: SearchResult, understood: str | None
) -> Answer | None:
    """Who wrote or when came out the one paper a description picks out ('who wrote that
    storm paper of his from this May?'): its byline or date, not a list of one; None unless
    exactly one paper is found and one of those is asked first."""
    # asked of the paper ('who wrote ...', 'when did ... come out'), not whether the owner
    # wrote on something ('have they written about privacy?')
    if YES_NO.match(question) or not FIELD_WORD.search(question):
        return None
    hits = select_hits(result, listing=True)
    if len(hits) != 1:
        return None
    asked = details_asked(question, hits[0].paper) or details_asked(understood or "", hits[0].paper)
    if not asked or asked[0] not in ("authors", "date"):
        return None
    return answer_detail(question, hits[0].paper, understood)


def on_topic(relevant: list[Hit]) -> list[Hit]:
    """The relevant hits on a subject: within LIST_MARGIN of the best, and any that names the
    topic outright or is a listed paper's sibling, whatever its score. Lists and counts both
    take this set, so they agree."""
    floor = min(max((h.relevance for h in relevant), default=0.0) - LIST_MARGIN, LIST_SURE)
    return [h for h in relevant if h.relevance >= floor or h.names_topic or h.sibling]


def select_hits(result: SearchResult, listing: bool) -> list[Hit]:
    """The relevant hits an answer cites, best first, offline or through the LLM: for a list,
    those within LIST_MARGIN of the best (at most MAX_LIST); for a fact, the best one and up to
    two nearly as relevant (FACT_MARGIN)."""
    relevant = result.relevant_hits
    if not relevant:
        return []
    if listing:
        return on_topic(relevant)[:MAX_LIST]
    top = relevant[0]
    return [top] + [h for h in relevant[1:3] if h.relevance >= top.relevance - FACT_MARGIN]
