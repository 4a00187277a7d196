"""What a question takes as given about one named paper, checked against its abstract: that
it needs something the abstract says it does without ('the references SueNes relies on'),
that it was compared with a model the abstract does not name ('GThinker's margin over
GPT-4o'), that it is limited to or lacks something the abstract says it has ('Valley3 is
text-only'). The correction is the abstract's own sentence, said before the answer."""

from __future__ import annotations

import re

from prompts.answer.abilities import (
    ABLE,
    ABLE_STEMS,
    DENIED,
    NEGATIVE,
    ability_denied,
    grants,
)
from prompts.answer.initialisms import spelled_out
from prompts.answer.items import listed_with_others
from prompts.answer.named_values import other_family, other_named
from prompts.answer.opposed import NEGATED, opposed_sentence, prefixed_opposite
from prompts.answer.values import differing_value
from prompts.understand.cues import claim_question
from prompts.understand.terms import (
    FIELD_WORD,
    FIELD_WORDS,
    ORDINAL,
    ORDINAL_WORDS,
    STOPWORDS,
    place_of,
)
from retrieval.model import Paper
from retrieval.names import aliases
from retrieval.text import split_sentences, stem, words

# 'without (the presence of) reference summaries', 'no need for labels', 'reference-free'
WITHOUT = re.compile(
    r"\b(?:without|no\s+need\s+(?:for|of)|free\s+of|not\s+(?:need|require)\w*)\s+"
    r"(?:(?:the|any|a|an|presence|use|need|of|for)\s+)*"
    r"(?P<what>[\w-]+(?:\s+(?!(?:and|or|to|in|on|for|by|with|that|which|as|is|are|was|were|can|yet"
    r"|but|while)\b)[\w-]+){0,4})"
    r"|\b(?P<free>[\w]+)-free\b",
    re.IGNORECASE,
)
# A model's name: letters with digits ('GPT-4o', 'O4-mini', 'Qwen2.5', 'gpt4o').
MODEL = re.compile(r"(?<![\w-])(?=[\w.-]*\d)(?=[\w.-]*[A-Za-z]{2})[A-Za-z][\w.-]*[\w](?![\w-])")
# Set against another: 'beat', 'over', 'vs', 'than', 'margin', 'surpass', 'gap'.
AGAINST = re.compile(
    r"\b(?:beat\w*|over|vs\.?|versus|than|margin|surpass\w*|outperform\w*|crush\w*|gap|ahead|lead"
    r"|against|compared?)\b",
    re.IGNORECASE,
)
ABSTRACT_AGAINST = re.compile(
    r"\b(?:surpass\w*|outperform\w*|beat\w*|better than|exceed\w*|over|vs\.?|compared)\b",
    re.IGNORECASE,
)
# Limited to one field, or lacking one: 'text-only', 'only handles text', 'drops vision',
# "can't see images".
LIMITED = re.compile(
    rf"\b(?P<only>{FIELD_WORD})[- ]only\b|\b(?:only|solely|just|purely|pure)\s+"
    rf"(?:[\w'’-]+\s+){{0,2}}?(?P<only2>{FIELD_WORD})\b|\b(?P<only3>{FIELD_WORD})\s+(?:[\w'’-]+\s+){{0,2}}?alone\b",
    re.IGNORECASE,
)
LACKING_VERBS = frozenset(
    "support handle take process understand have see read use".split()  # noqa: SIM905
)
LACKING = re.compile(
    r"\b(?:drops?|dropped|dropping|lacks?|lacking|(?:can['’]?t|cannot|(?:does|did|do|could)(?:n['’]?t|\s+not))\s+"
    r"(?:support|handle|take|process|understand|have|see|read|use))\s+(?:any\s+)?(?P<what>[a-z]+)",
    re.IGNORECASE,
)
# One thing said to be all there is: 'only supports inference', 'is inference-only', 'handles
# inference only', 'just for inference' ('X alone' is LIMITED's, of fields)
ONLY_ONE = re.compile(
    r"\b(?:only|solely|just|purely|exclusively)\s+(?:(?:supports?|handles?|does|do|for|covers?"
    r"|offers?|provides?|performs?|about)\s+)?(?P<w>[a-z][a-z-]{3,})\b(?!\s+(?:and|or)\b)"
    r"(?:\s+(?P<next>[a-z][a-z-]{3,}))?"
    r"|\b(?P<w2>[a-z][a-z-]{3,})(?:-only\b|\s+only\b(?!\s+[a-z]))",
    re.IGNORECASE,
)
COUNT_NEXT = re.compile(
    r"\s*(?:[\w-]+\s+)?(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|single)\b)",
    re.IGNORECASE,
)
# Said unable to do something at all: 'cannot train models', "can't generate text", 'is unable
# to run offline' (the verbs LACKING reads are its own)
UNABLE = re.compile(
    r"\b(?:can['’]?t|cannot|can\s+not|(?:is|are)\s+unable\s+to|unable\s+to|no\s+way\s+to"
    r"|(?:does|do|did)(?:n['’]?t|\s+not))\s+(?:even\s+|actually\s+)?(?P<verb>[a-z]{4,})\b"
    r"(?:\s+(?:any\s+|the\s+|its\s+|their\s+|his\s+|her\s+)?(?P<what>[a-z]{3,}))?",
    re.IGNORECASE,
)
# Said not to use something at all: 'never uses RL', 'skips reinforcement learning', 'with no
# retrieval', 'trained without distillation' (the thing said must then be its own, unnegated)
NEVER_USES = re.compile(
    r"\b(?:never\s+(?:uses?|used|using|applies|applied|does|did|trains?\s+with|relies\s+on)"
    r"|skips?|skipped|skipping|without\s+(?:any\s+|using\s+)?|with\s+no|(?<!\bis\s)no"
    r"(?!\s+(?:longer|more|need|matter|doubt|one|way)\b))\s+(?:any\s+)?"
    r"(?P<what>[a-z][a-z-]+)(?:\s+(?P<next>[a-z][a-z-]+))?",
    re.IGNORECASE,
)
# Said to be kept out entirely: 'avoided industry data entirely', 'ignores RL altogether'
# (not 'how does X avoid overfitting?', a goal, without the word saying 'entirely')
SHUNNED = re.compile(
    r"\b(?:avoid|ignor|exclud|omit|shun)\w*\s+(?:any\s+|all\s+)?(?P<what>[a-z][a-z-]+)"
    r"(?:\s+(?P<next>[a-z][a-z-]+))?(?=\s+(?:entirely|altogether|completely|totally|whatsoever"
    r"|at\s+all)\b)",
    re.IGNORECASE,
)
# A rank the question gives ('topped', 'came first', '#1', 'ranked third') and one an abstract
# states ('ranks second on the OpenCompass leaderboard', 'took first place').
# A place among the authors, no ranking: 'who is first writer of Valley2', 'is she first on
# the author list'
NOT_AUTHOR_PLACE = (
    r"(?!\s*-?\s*(?:(?:co-?)?authors?|writers?|named|names?|listed|on\s+the\s+(?:author|by-?line)"
    r"|in\s+the\s+(?:author|by-?line)))"
)
RANK_SAID = re.compile(
    rf"\b(?:rank(?:s|ed|ing)?|placed?|came|finish(?:ed|es)?|was|is)\s+(?:in\s+)?(?:at\s+)?"
    rf"(?:#|no\.?\s*|number\s+)?(?P<n>{ORDINAL}|[1-5]\b|one\b){NOT_AUTHOR_PLACE}|(?P<first>\btop(?:ped|s)\b|#1\b"
    rf"|\bnumber\s+one\b|\bno\.?\s*1\b)|\b(?P<n2>{ORDINAL})\s+place\b",
    re.IGNORECASE,
)
RANK_STATED = re.compile(
    rf"\brank(?:s|ed)?\s+(?P<n>{ORDINAL})\b|\b(?P<n2>{ORDINAL})\s+place\b", re.IGNORECASE
)
# Made from a model: 'built on GPT-3.5', 'based on Qwen2.5', 'fine-tuned from LLaMA'.
MADE_FROM = re.compile(
    r"\b(?:built|based|trained|fine-?tuned|running|runs|relies|relying|depends|powered|made)\s+"
    r"(?:on|upon|from|off|by|with)\s+(?:top\s+of\s+)?|\buses?\s+|\bbackbone\s+(?:is\s+)?",
    re.IGNORECASE,
)
BASED = re.compile(r"[- ](?:based|powered|driven|backed)\b", re.IGNORECASE)
COMPARED = re.compile(
    r"\b(?:compet\w*|compar\w*|surpass\w*|outperform\w*|beat\w*|than|versus|vs\.?|rival\w*"
    r"|against|baselines?)\b",
    re.IGNORECASE,
)
# What a paper sets its own method against: 'In contrast to random masking of recent models,
# we ...', 'unlike earlier metrics', 'instead of detected regions', 'rather than X'.
SET_AGAINST = re.compile(
    r"\b(?:in\s+contrast\s+(?:to|with)|unlike|instead\s+of|rather\s+than|as\s+opposed\s+to)"
    r"\s+(?P<other>[^,;.]+)",
    re.IGNORECASE,
)
# Where an abstract turns to the paper's own work ('we propose', 'this paper', 'here we'); the
# sentences before it, and those on 'existing' or 'previous' methods, are about earlier work
OWN = re.compile(r"\b(?:we|our|us|this\s+(?:paper|work|study|article)|here)\b", re.IGNORECASE)
PRIOR = re.compile(
    r"\b(?:existing|previous|prior|earlier|traditional|conventional|pioneer(?:ing)?"
    r"|most\s+of\s+these)\b",
    re.IGNORECASE,
)
# Where an abstract turns from earlier work to its own: 'To address these limitations, we ...'
TURNING = re.compile(
    r"\b(?:address|alleviate|overcome|solve|tackle|remedy|fix|bridge)\s+(?:these|this|such|the"
    r"\s+above)\b|\bto\s+this\s+end\b",
    re.IGNORECASE,
)
# A question on how the paper differs from something: 'how is it different from', 'faster than'
DIFFERENCE = re.compile(
    r"\b(?:differ\w*|unlike|contrast\w*|versus|vs\.?|distinguish\w*|departs?|deviat\w*|than"
    r"|outperform\w*|beat\w*|surpass\w*|drawbacks?|shortcomings?|weakness\w*|wrong|bad)\b",
    re.IGNORECASE,
)
# What any paper's method is said to be or do: no claim about one method when said alone
GENERIC = set(stem([
    "method", "methods", "model", "models", "approach", "framework", "system", "task", "work",
    "paper", "technique", "network", "data", "dataset", "result", "performance", "problem",
    "learning", "training", "based", "proposed", "study", "research", "existing", "previous",
    "solve", "solution",
]))  # fmt: skip
# A term written in capitals, as a name is: 'RoIs', 'RL', 'SFT' (not 'The', 'BERT-based')
TERM = re.compile(r"[A-Za-z]*[A-Z][a-z]*[A-Z][A-Za-z]*")
# Words that restrict a statement ('only the current session'): kept when matching sentences
RESTRICTING = {"only", "just", "solely", "merely", "exclusively", "sole", "single"}
# A question on what the paper does about earlier work's problem, not a claim that it does it
ADDRESSED = re.compile(
    r"\b(?:address|solv|tackl|overc[oa]m|avoid|prevent|mitigat|fix|reduc|handl|deal|problem"
    r"|issue|limitation|motivat|challeng|beyond|improv|instead|replac|better|compar)\w*",
    re.IGNORECASE,
)
# A tool the question says the paper used: 'used Stable Diffusion to edit', 'edits with X',
# 'relied on X for', 'their choice of X' (the name up to the next small word or mark)
USED_TOOL = re.compile(
    r"\b(?:us(?:e|es|ed|ing)|relie[sd]\s+on|rely(?:ing)?\s+on|choice\s+of|chose|picked|via"
    r"|with|through|employ(?:s|ed|ing)?|leverag(?:e|es|ed|ing)|adopt(?:s|ed|ing)?)\s+"
    r"(?P<tool>[\w.-]+(?:\s+[\w.-]+){0,2}?)"
    r"(?=\s+(?:to|for|and|in|on|as|when|while|instead|rather|not|because|so)\b|\s*[,.?!;:)]"
    r"|\s+[-–—]|\s*$)",
    re.IGNORECASE,
)
# How an abstract names the tool it works with: 'with the help of GPT-Image-1', 'using X'
TOOL_SAID = re.compile(
    r"\b(?:with\s+the\s+help\s+of|help\s+of|using|via|powered\s+by|based\s+on|built\s+on"
    r"|by\s+means\s+of|leverag\w+|employ\w*|adopt\w*|with)\s+(?:the\s+|a\s+|an\s+)?"
    r"(?P<tool>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)",
)
# A claim that something is never wrong: 'always right', 'never makes mistakes', 'infallible',
# 'takes X as ground truth', 'trusts X completely'
ABSOLUTE = re.compile(
    r"\balways\s+(?:right|correct|accurate|reliable)\b|\b(?:can['’]?t|cannot|could\s*n['’]?t)\s+be"
    r"\s+(?:wrong|mistaken|incorrect)\b|\bnever\s+(?:\w+\s+)?(?:wrong|mistakes?"
    r"|errors?|errs?|fails?|incorrect)\b|\b(?:infallible|error[- ]free|flawless|perfect(?:ly"
    r"\s+(?:right|correct|reliable|accurate))?)\b|\bground[- ]truth\b|\b(?:trust\w*|believ\w*"
    r"|accept\w*)\s+(?:\w+\s+){0,3}?(?:completely|fully|blindly|entirely|unconditionally"
    r"|without\s+question)\b|\b(?:completely|fully|blindly|entirely)\s+trust\w*",
    re.IGNORECASE,
)
# What an abstract says of something's fallibility: 'not an infallible expert', 'flaws'
FALLIBLE = re.compile(
    r"\b(?:fallib\w*|infallib\w*|flaw\w*|errors?|erroneous|mistakes?|unreliab\w*|imperfect\w*"
    r"|noisy|noise|wrong|incorrect|hallucinat\w*|conflict\w*|disagree\w*)\b",
    re.IGNORECASE,
)
NOT_ABSOLUTE = re.compile(
    r"\bnot\s+(?:\w+\s+){0,2}?(?:infallib\w*|perfect\w*|always|error[- ]free|flawless|reliabl\w*)",
    re.IGNORECASE,
)
# Words a reliability claim is made of, not the thing it is made about
ABSOLUTE_WORDS = {
    "alway", "right", "correct", "accurat", "reliabl", "never", "wrong", "mistak", "error",
    "err", "fail", "incorrect", "infallibl", "perfect", "ground", "truth", "trust", "complet",
    "fulli", "blindli", "entir", "assum", "treat", "take", "make", "believ", "accept", "given",
    "sinc", "how", "doe", "work", "framework", "model", "method", "paper",
}  # fmt: skip


def _other_tool(question: str, paper: Paper, sentences: list[str]) -> str | None:
    """'Why did VFaith use Stable Diffusion to edit the images?' where the abstract names no
    Stable Diffusion and does the editing 'with the help of GPT-Image-1': that sentence."""
    text = _stems(paper.title + " " + paper.abstract)
    own = {re.sub(r"[\W_]", "", a.casefold()) for a in aliases(paper)}
    for m in USED_TOOL.finditer(question):
        tool = re.sub(r"^(?:the|a|an|his|her|their|its)\s+", "", m["tool"], flags=re.I)
        said = _stems(tool)
        named = any(w[:1].isupper() or any(c.isdigit() for c in w) for w in tool.split())
        if not said or said & text or not (named or len(tool.split()) > 1):
            continue
        if re.fullmatch(r"[A-Z]{1,5}s?", tool):  # 'RL': an abbreviation, of words it may say
            continue
        if re.sub(r"[\W_]", "", tool.casefold()) in own:
            continue
        rest = _stems(question[: m.start()] + " " + question[m.end() :]) - _stems(
            " ".join(aliases(paper))
        )
        named_tools = [
            (t["tool"].rstrip(".-"), sentence)
            for sentence in sentences
            for t in TOOL_SAID.finditer(sentence)
            if re.sub(r"[\W_]", "", t["tool"].casefold()) not in own
            and len(t["tool"]) > 2
            # a model's name ('GPT-Image-1', 'InstructPix2Pix'), not 'with Verified Reward'
            and re.search(r"\d|\w[A-Z]", t["tool"])
        ]
        # the tool of the step asked ('edit'), else the only one the abstract names
        fitting = [(t, s) for t, s in named_tools if _stems(s) & rest]
        if not fitting and len({t for t, _ in named_tools}) == 1:
            fitting = named_tools
        if fitting:
            other, sentence = fitting[0]
            return f"The abstract names {other}, not {tool}: {_quoted(paper, sentence)}"
    return None


def _absolute(question: str, paper: Paper, sentences: list[str]) -> str | None:
    """'Since DGRC assumes the teacher is always right, ...' where the abstract says the
    teacher 'is not an infallible expert': the sentence on the thing's fallibility."""
    claim = ABSOLUTE.search(question)
    if claim is None:
        return None
    names = set().union(*(_stems(a) for a in aliases(paper)))
    about = _stems(question) - names - ABSOLUTE_WORDS
    found = [s for s in sentences if FALLIBLE.search(s) and about & _stems(s)]
    if not found:
        return None
    # 'the teacher itself is not an infallible expert' before 'risks inheriting its flaws'
    best = max(found, key=lambda s: (NOT_ABSOLUTE.search(s) is not None, len(about & _stems(s))))
    return f"Not so ('{claim[0]}'): {_quoted(paper, best)}"


# A field's words stand for one another: 'vision' in the question, 'images' in the abstract.
KIN = {w: ws for ws in FIELD_WORDS.values() for w in ws}


def _stem(word: str) -> str:
    word = word.casefold()
    return word[:-1] if len(word) > 4 and word.endswith("s") else word


def _says(sentence: str, word: str) -> bool:
    forms = {_stem(w) for w in KIN.get(word.casefold(), {word})} | {_stem(word)}
    return any(_stem(w) in forms for w in re.findall(r"[\w]+", sentence))


def _stems(text: str) -> set[str]:
    return set(stem(w.casefold() for w in words(text, split_hyphens=True))) - STOPWORDS


def _quoted(paper: Paper, sentence: str) -> str:
    return f'{aliases(paper)[0]}\'s abstract says: "{sentence}"'


def _named(paper: Paper, sentence: str) -> bool:
    return any(
        re.search(rf"(?<![\w-]){re.escape(a)}(?![\w-])", sentence, re.I) for a in aliases(paper)
    )


def _own(paper: Paper, sentence: str) -> bool:
    return _named(paper, sentence) or OWN.search(sentence) is not None


def earlier_work(paper: Paper, sentences: list[str]) -> list[str]:
    """The abstract's sentences about earlier work or the setting ('Uniform frame sampling often
    leads to substantial information loss'), not the paper's own: those before it first speaks
    of itself, and later ones on 'existing' or 'previous' methods that do not name it."""
    first = next((i for i, s in enumerate(sentences) if _own(paper, s)), 0)
    # not 'It also excels in comparison to most existing ... metrics': its own, set against them
    later = [
        s
        for s in sentences[first:]
        if PRIOR.search(s)
        and not _own(paper, s)
        and not COMPARED.search(s)
        and not re.match(r"\W*(?:it|its|they|their)\b", s, re.IGNORECASE)
    ]
    return sentences[:first] + later + _going_on(paper, sentences[first:], later)


def _going_on(paper: Paper, sentences: list[str], prior: list[str]) -> list[str]:
    """The sentences going on about earlier work up to where the abstract turns from it ('RoIs
    are thus not fine-grained enough', between 'Pioneer approaches detect ... RoIs' and 'To
    this end, we propose FashionBERT'): none of them its own."""
    if not prior:
        return []
    start = sentences.index(prior[0]) + 1
    turn = next((i for i, s in enumerate(sentences) if TURNING.search(s)), None)
    if turn is None or turn <= start:
        return []
    between = sentences[start:turn]
    return [] if any(_own(paper, s) for s in between) else [s for s in between if s not in prior]


def _prior_work(question: str, paper: Paper, sentences: list[str]) -> str | None:
    """'K-frames samples frames uniformly, right?' where only a sentence on earlier work says
    so ('Uniform frame sampling often leads to ... loss'): that sentence, then the paper's own
    sentence answering it."""
    claim = claim_question(question)
    statement = claim[0] if claim else question
    if (claim and claim[1]) or NEGATIVE.search(statement) or ADDRESSED.search(statement):
        return None
    before = earlier_work(paper, sentences)
    own = [s for s in sentences if s not in before]
    if not before or not own:
        return None
    names = set().union(*(_stems(a) for a in aliases(paper)))
    asked = (_stems(statement) | (_words(statement) & RESTRICTING)) - names

    def shared(sentence: str) -> set[str]:
        return asked & (_stems(sentence) | _words(sentence))

    told = set().union(*(shared(s) for s in own), shared(paper.title))
    best = max(sentences, key=lambda s: (len(shared(s)), s in before))
    alone = shared(best) - told  # one word of its own is no claim ('foundation')
    # ... unless a term written in capitals that the account of earlier work goes on about
    # ('RoIs', in three of its sentences): the thing earlier work uses, by name
    termed = {t for t in alone & _terms(best) if sum(t in _terms(s) for s in before) > 1}
    if best not in before or not (len(alone) > 1 or alone & RESTRICTING or termed):
        return None
    # of its own: not a sentence going on about the thing itself ('RoIs tend to ...')
    fresh = [s for s in own if not alone & _stems(SET_AGAINST.sub(" ", s))] or own
    itself = max(fresh, key=lambda s: _answering(paper, s, asked, _stems(best)))
    return (
        f"That is what {aliases(paper)[0]}'s abstract says of earlier work, not of "
        f'{aliases(paper)[0]}: "{best}"; of its own: "{itself}"'
    )


def _terms(sentence: str) -> set[str]:
    """The terms a sentence writes in capitals ('RoIs' -> 'roi')."""
    return set(stem([w.casefold() for w in re.findall(r"\w+", sentence) if TERM.fullmatch(w)]))


def _answering(paper: Paper, sentence: str, asked: set[str], said: set[str]) -> tuple[int, ...]:
    """How well one of the paper's own sentences answers what earlier work does: one setting
    itself against it ('Instead of selecting individual frames, K-frames predicts ... clips'),
    one turning from it ('To this end, we propose FashionBERT, which leverages patches'); then
    the question's words it shares, its naming the paper, the words it shares with the
    sentence on earlier work."""
    against = any(_stems(m["other"]) & (asked | said) for m in SET_AGAINST.finditer(sentence))
    return (
        2 * against + (TURNING.search(sentence) is not None),
        len(_stems(sentence) & asked),
        _named(paper, sentence),
        len(_stems(sentence) & said),
    )


def _words(text: str) -> set[str]:
    return {w.casefold() for w in re.findall(r"[\w]+", text)}


def _without(question: str, paper: Paper, sentences: list[str]) -> str | None:
    if WITHOUT.search(question):  # 'the reference-free metrics in DocAsRef': said, not denied
        return None
    asked = {_stem(w) for w in re.findall(r"[\w]+", question)} - STOPWORDS
    # 'existing solutions ... without': not its own (an opening on the setting is its own:
    # 'Adapting LLMs ... without human-annotated data is a ... challenge')
    earlier = [s for s in earlier_work(paper, sentences) if PRIOR.search(s)]
    # a thing its title names is its subject: 'hallucination-free accuracy' is its result
    titled = {_stem(w) for w in re.findall(r"[\w]+", paper.title)}
    for sentence in (s for s in sentences if s not in earlier):
        for m in WITHOUT.finditer(sentence):
            what = m["what"] or m["free"]
            said = {_stem(w) for w in re.findall(r"[\w]+", what)} - STOPWORDS
            if said & asked and not said <= titled:
                return f"It works without {what}: {_quoted(paper, sentence)}"
    return None


def _other_model(question: str, paper: Paper, sentences: list[str]) -> str | None:
    if not AGAINST.search(question):
        return None
    own = {re.sub(r"[\W_]", "", a.casefold()) for a in aliases(paper)}
    text = re.sub(r"[\W_]", "", paper.abstract.casefold())
    asked = [
        m[0] for m in MODEL.finditer(question) if re.sub(r"[\W_]", "", m[0].casefold()) not in own
    ]
    missing = [m for m in asked if re.sub(r"[\W_]", "", m.casefold()) not in text]
    if not missing:
        return None
    for sentence in sentences:
        named = [
            m[0]
            for m in MODEL.finditer(sentence)
            if re.sub(r"[\W_]", "", m[0].casefold()) not in own
        ]
        if named and ABSTRACT_AGAINST.search(sentence):
            return (
                f"The abstract does not compare {aliases(paper)[0]} with {missing[0]}; it names "
                f'{named[-1]}: "{sentence}"'
            )
    return None


def _limited(question: str, paper: Paper, sentences: list[str]) -> str | None:
    if (only := LIMITED.search(question)) and (
        word := only["only"] or only["only2"] or only["only3"]
    ):
        others = [w for ws in FIELD_WORDS.values() if word.casefold() not in ws for w in ws]
        for sentence in sentences:
            if any(_says(sentence, w) for w in others):
                return f"Not only {word}: {_quoted(paper, sentence)}"
    if alone := _alone(question, paper, sentences):
        return alone
    for m in LACKING.finditer(question):
        word = m["what"]
        if word.casefold() in STOPWORDS or word.casefold() in {"code", "link"}:
            continue
        for sentence in sentences:
            if _says(sentence, word):
                return f"It does not lack {word}: {_quoted(paper, sentence)}"
        if said := _used(sentences, word):  # 'doesn't use RL': 'reinforcement learning'
            return f"It does not lack {said[0]}: {_quoted(paper, said[1])}"
    own = [s for s in sentences if s not in earlier_work(paper, sentences)]
    if able := _able(question, paper, own):
        return able
    for m in [*NEVER_USES.finditer(question), *SHUNNED.finditer(question)]:
        word = m["what"]
        if word.casefold() in STOPWORDS or word.casefold() in {"code", "link"}:
            continue
        if said := _used(own, word, m["next"]):
            return f"It does use {said[0]}: {_quoted(paper, said[1])}"
    return None


def _used(sentences: list[str], word: str, after: str | None = None) -> tuple[str, str] | None:
    """The first sentence saying the word unnegated, with how it says it: the word (of four
    letters or more) and the one after it when that is said too ('reinforcement learning'),
    or an initialism spelled out ('no rl' where it writes 'reinforcement learning')."""
    for sentence in sentences:
        if len(word) >= 4 and (own := _says_unnegated(sentence, word)):
            pair = f"{own} {after}" if after else own
            return (pair if pair.casefold() in sentence.casefold() else own), sentence
        found = spelled_out(sentence, word)
        if found and not NEGATED.search(sentence[max(0, found[0] - 40) : found[0]]):
            return found[1], sentence
    return None


def _alone(question: str, paper: Paper, sentences: list[str]) -> str | None:
    """'EasyNLP only supports inference', 'it is inference-only' where its sentence lists
    'model training, inference and deployment': the one thing said with others."""
    for m in ONLY_ONE.finditer(question):
        if COUNT_NEXT.match(question, m.start() + 4 if m["w"] else m.end()):
            continue  # 'only two languages': a count, checked as one
        word = (m["w"] or m["w2"]).casefold()
        if word in STOPWORDS or word in {"code", "link", "paper", "papers"}:
            continue
        pair = f"{word} {m['next']}".casefold() if m["next"] else word
        items = {s: listed_with_others(s, stem([word])[0]) for s in sentences}
        best = max(sentences, key=lambda s: items[s], default=None)  # the longest list
        if best is not None and items[best] >= 2:
            said = pair if pair in best.casefold() else word  # 'span extraction'
            return f"Not only {said}: {_quoted(paper, best)}"
    return None


def _able(question: str, paper: Paper, own: list[str]) -> str | None:
    """'EasyNLP cannot train models' where its own sentence gives it 'model training': the
    verb (in any form) said unnegated in one of the paper's sentences, with what it is done
    to when that is said ('models': 'model')."""
    names = "|".join(re.escape(a) for a in aliases(paper))
    statement = re.sub(rf"(?<![\w-])(?:{names})(?![\w-])", " ", question, flags=re.I)
    for m in UNABLE.finditer(statement):
        verb, what = m["verb"].casefold(), (m["what"] or "").casefold()
        if verb in STOPWORDS or verb in LACKING_VERBS:
            continue
        what = "" if what in STOPWORDS else what
        for sentence in own:
            if _done(sentence, verb) and (not what or stem([what])[0] in _stems(sentence)):
                return f"It can {verb} {what}".rstrip() + f": {_quoted(paper, sentence)}"
    return None


def _done(sentence: str, verb: str) -> bool:
    """Does the sentence say the verb, in any form ('training' for 'train'), unnegated?"""
    wanted = stem([verb])[0]
    return any(
        stem([m[0].casefold()])[0] == wanted
        and not NEGATED.search(sentence[max(0, m.start() - 40) : m.start()])
        for m in re.finditer(r"[A-Za-z]+", sentence)
    )


def _says_unnegated(sentence: str, word: str) -> str | None:
    """The sentence's form of the word ('industry' of 'industrial') where it says it with no
    negation just before it ('without any human annotations' does not say annotations are
    used); None when it does not."""
    wanted = {_stem(word), *stem([word.casefold()])}
    for m in re.finditer(r"[\w]+", sentence):
        forms = {_stem(m[0]), *stem([m[0].casefold()])}
        if forms & wanted and not NEGATED.search(sentence[max(0, m.start() - 40) : m.start()]):
            return m[0]
    return None


def _opposite(question: str, paper: Paper, sentences: list[str]) -> str | None:
    """'CODA adapts in the cloud', 'DKPLM is slower', 'Meta-KD needs plenty of data' where the
    paper's own sentence says the opposite ('directly on the device', 'a higher inference
    speed', 'where the training data is scarce'): that sentence."""
    if PRIOR.search(question):  # 'existing systems run on servers; what does X do?'
        return None
    if _without(question, paper, sentences):  # said in the question's own words: that check's
        return None
    before = earlier_work(paper, sentences)
    own = [s for s in sentences if s not in before]
    names = "|".join(re.escape(a) for a in aliases(paper))
    statement = re.sub(rf"(?<![\w-])(?:{names})(?![\w-])", " ", question, flags=re.I)
    # ... or another value of it: 'CURE is single-stage' where it has a second stage
    found = (
        opposed_sentence(statement, own)
        or prefixed_opposite(statement, own, paper.title)  # 'non-autoregressive'
        or differing_value(statement, own)
    )
    if found is None:
        return None
    phrase, sentence = found
    return f"The opposite of '{phrase}' is stated: {_quoted(paper, sentence)}"


def reversed_finding(statement: str, paper: Paper) -> str | None:
    """A direction the statement gives a finding of a paper it does not name but is about
    ('pretrained LLMs cope fine with reversed text' where the paper's own sentence says they
    'cannot understand such inputs'; 'it is slower' where it reports 'a higher inference
    speed'), or, of a paper described by its title's words, a way of working its abstract gives
    only to earlier work ('the one-shot field labeling method is rule-based' where 'Existing
    one-shot learning methods ... are mostly rule-based'): the correction, quoted. Only these
    are checked: a name, tool or modality the paper lacks needs the paper named."""
    sentences = [s for s in split_sentences(paper.abstract) if "http" not in s]
    if said := _denied(statement, paper, sentences):
        return said
    if PRIOR.search(statement):  # 'existing systems are slow': said of earlier work
        return None
    # described by its title's words ('the one-shot text field labeling method'), not a
    # subject it shares ('she has papers on reinforcement learning')
    described = len(_stems(statement) & _stems(paper.title)) > 1
    if described and (said := _prior_work(statement, paper, sentences)):
        return said
    before = earlier_work(paper, sentences)
    own = [s for s in sentences if s not in before]
    found = opposed_sentence(statement, own) or prefixed_opposite(statement, own, paper.title)
    if found is None:
        return None
    return f"The opposite of '{found[0]}' is stated: {_quoted(paper, found[1])}"


def _rank(m: re.Match[str]) -> int:
    said = (m["n"] if "n" in m.re.groupindex and m["n"] else None) or m["n2"] or "first"
    said = said.casefold()
    return place_of(said) or 1


def _ranked(question: str, paper: Paper, sentences: list[str]) -> str | None:
    """'Valley2 topped OpenCompass' where the abstract says it 'ranks second'."""
    said = RANK_SAID.search(question)
    if said is None:
        return None
    for sentence in sentences:
        if (stated := RANK_STATED.search(sentence)) and _rank(stated) != _rank(said):
            return f"It is not ranked {_place(_rank(said))}: {_quoted(paper, sentence)}"
    return None


def _place(n: int) -> str:
    return next(w for w, v in ORDINAL_WORDS.items() if v == n)


def _made_from(question: str, paper: Paper, sentences: list[str]) -> str | None:
    """'DocAsRef was built on GPT-3.5' where the abstract names GPT-3.5 only as what it is
    compared with: that sentence, said first."""
    own = {re.sub(r"[\W_]", "", a.casefold()) for a in aliases(paper)}
    # 'built on GPT-3.5', and 'a GPT-3.5-based metric'
    models = [m[0] for f in MADE_FROM.finditer(question) if (m := MODEL.match(question, f.end()))]
    for m in MODEL.finditer(question):
        if BASED.match(question, m.end()) or BASED.search(m[0]):
            models.append(BASED.sub("", m[0]))
    for model in models:
        key = re.sub(r"[\W_]", "", model.casefold())
        if key in own:
            continue
        naming = [s for s in sentences if key in re.sub(r"[\W_]", "", s.casefold())]
        if naming and all(COMPARED.search(s) for s in naming):
            return (
                f"The abstract names {model} only as what {aliases(paper)[0]} is compared "
                f"with: {_quoted(paper, naming[0])}"
            )
    return None


def _set_against(question: str, paper: Paper, sentences: list[str], least: int = 1) -> str | None:
    """'Kaleido-BERT masks at random?' where the abstract names random masking only as what
    it is set against ('In contrast to random masking ..., we design ...'): `least` of the
    question's words said there alone."""
    if NEGATIVE.search(question):
        return None
    own = set().union(*(_stems(a) for a in aliases(paper)))
    asked = _stems(question) - own
    # what it says of itself elsewhere (not in sentences on earlier work: 'Despite the success
    # of PROTO, ... the sampled support sets')
    before = earlier_work(paper, sentences)
    itself = " ".join(s for s in sentences if s not in before)
    rest = _stems(paper.title + " " + SET_AGAINST.sub(" ", itself))
    plain = GENERIC if least > 1 else set()  # more than one: words of its own, not 'model'
    for sentence in sentences:
        for m in SET_AGAINST.finditer(sentence):
            if len((asked & _stems(m["other"])) - rest - plain) >= least:
                return f"That is what it is set against: {_quoted(paper, sentence)}"
    return None


def _set_against_asked(question: str, paper: Paper, sentences: list[str]) -> str | None:
    """A question built on what the abstract sets the paper against ('how does Logo-VGR cope
    with memorising tens of thousands of brands?'): `_set_against`'s; not one asking about the
    difference itself ('how does it differ from ...?', 'what do existing methods lack?')."""
    if ADDRESSED.search(question) or PRIOR.search(question) or DIFFERENCE.search(question):
        return None
    # two of its words ('tens of thousands'), not one the question shares by chance ('computed')
    return _set_against(question, paper, sentences, least=2)


def _denied(question: str, paper: Paper, sentences: list[str]) -> str | None:
    """'Reverse Modeling found LLMs understand reversed text fine?' where the abstract says
    they 'cannot understand such inputs'. Not when the question has a word that only a
    sentence affirming it says ('LLMs trained from scratch ... can understand them')."""
    able = ABLE.search(question) is not None  # 'copes well with': said able, of any verb
    question = ABLE.sub(" ", question)
    if NEGATIVE.search(question):
        return None
    asked = _stems(question)
    for sentence in sentences:
        for m in DENIED.finditer(sentence):
            verb = stem([m["what"].casefold()])[0]
            if verb in STOPWORDS or (verb not in asked and not (able and verb in ABLE_STEMS)):
                continue
            affirming = [s for s in sentences if verb in _stems(s) and not DENIED.search(s)]
            if able:  # said able: what a sentence says some can do ('... can understand them')
                affirming = [s for s in affirming if grants(s, m["what"])]
            others = set().union(*(_stems(s) for s in sentences if s not in affirming))
            only = set().union(*(_stems(s) for s in affirming)) - others
            if not (asked - ABLE_STEMS if able else asked) & only:
                return f"The opposite is stated: {_quoted(paper, sentence)}"
    if found := ability_denied(question, sentences):  # 'LLMs are good at reversed text'
        return f"The opposite is stated: {_quoted(paper, found)}"
    return None


# What a paper works on, as askers name it: a modality its abstract and title must name for a
# question to take it as given ('what images does X classify?' of a paper on word relations)
MODALITIES = {
    "images": r"\b(?:images?|pictures?|photos?|photographs?|visual|vision|pixels?)\b",
    "video": r"\b(?:videos?|movies?|footage)\b",
    "audio": r"\b(?:audio|speech|sounds?|voices?|spoken|acoustic)\b",
}
VISUAL_CATEGORIES = frozenset({"CV", "IV"})
# Where an abstract says what the paper does: 'We propose X to address the task of ...'
OWN_TASK = re.compile(
    r"\b(?:we\s+(?:propose|present|introduce|develop|study|address)|this\s+(?:paper|work)\s+"
    r"(?:proposes|presents|introduces|studies|investigates))\b",
    re.IGNORECASE,
)


def _modality(question: str, paper: Paper, sentences: list[str]) -> str | None:
    """'What images does KEML classify?', 'Since X is about photos, ...' where neither the
    paper's title nor its abstract names any (nor is it filed under vision): what it says it
    does, quoted. Not when the question sets the modality aside ('X uses no images, right?')."""
    if NEGATIVE.search(question) or not sentences:
        return None
    names = "|".join(re.escape(a) for a in aliases(paper))
    asked = re.sub(rf"(?<![\w-])(?:{names})(?![\w-])", " ", question, flags=re.IGNORECASE)
    own = paper.title + " " + paper.abstract
    for modality, said in MODALITIES.items():
        if not re.search(said, asked, re.IGNORECASE) or re.search(said, own, re.IGNORECASE):
            continue
        if modality != "audio" and paper.category in VISUAL_CATEGORIES:
            continue
        task = next((s for s in sentences if OWN_TASK.search(s)), sentences[0])
        named = f"No {modality} {'are' if modality.endswith('s') else 'is'} named in"
        return f'{named} {aliases(paper)[0]}\'s title or abstract, which says: "{task}"'
    return None


def opposing(paper: Paper, word: str) -> str | None:
    """The abstract's sentence that denies or sets itself against `word` (a stem the
    citation check names: 'the source denies 'select''), if one does."""
    for sentence in split_sentences(paper.abstract):
        near = [m["other"] for m in SET_AGAINST.finditer(sentence)] + [
            sentence[m.start() :] for m in DENIED.finditer(sentence)
        ]
        if any(word in _stems(part) for part in near):
            return sentence
    return None


# A new method of its own said of a paper: 'introduces its own new RL algorithm', 'proposes a
# novel model', 'what new technique does X contribute', 'X's new architecture'
NEW_METHOD = re.compile(
    r"\b(?:new|novel|own|original)\s+(?:[\w-]+\s+){0,2}?(?:algorithms?|methods?|models?"
    r"|techniques?|approach(?:es)?|architectures?|frameworks?|training\s+(?:method|recipe)s?)\b",
    re.IGNORECASE,
)
# What a review of others' work says of itself: 'provides a systematic review', 'we survey'
REVIEWS = re.compile(
    r"\b(?:surveys?|(?:systematic|literature|comprehensive)\s+reviews?|reviews?\s+(?:of|recent)"
    r"|overview\s+of)\b",
    re.IGNORECASE,
)
# ... and a sentence proposing something of its own: 'we propose X, a new framework'
PROPOSES = re.compile(
    r"\b(?:we|this\s+(?:paper|work))\s+(?:\w+\s+){0,2}?(?:propose|introduce|present|develop)\w*"
    r"\s+(?:(?:a|an|the)\s+)?(?:new|novel|[A-Z][\w-]*[A-Z][\w-]*)",
)


def _reviewed_not_made(question: str, paper: Paper, sentences: list[str]) -> str | None:
    """'Doesn't the Reinforced MLLM paper introduce its own new RL algorithm?' of a survey:
    a paper calling itself a survey or review (title or abstract), proposing nothing of its
    own, makes no new method; its sentence saying what it is."""
    if not NEW_METHOD.search(question) or any(PROPOSES.search(s) for s in sentences):
        return None
    said = next((s for s in sentences if REVIEWS.search(s)), None)
    if said is None and not REVIEWS.search(paper.title):
        return None
    what = f'abstract says: "{said}"' if said else f'title: "{paper.title}"'
    lead = "It is a survey of others' work, not a new method of its own"
    return f"{lead}: {aliases(paper)[0]}'s {what}"


def paper_premise(
    question: str, paper: Paper, alone: bool = True, asserted: bool = False
) -> str | None:
    """The correction of what the question takes as given about `paper`, quoting the
    abstract sentence that contradicts it; None when it takes nothing the abstract denies.
    `alone`: no other paper is named (else a name with digits may be that paper's);
    `asserted`: the question states something of it to confirm (a yes/no), so what the
    abstract denies or sets itself against answers it."""
    sentences = [s for s in split_sentences(paper.abstract) if "http" not in s]
    checks = (
        (_without, _other_model, _made_from, _ranked, _limited) if alone else (_without, _limited)
    )
    if asserted and alone:
        checks = (_prior_work, *checks, _set_against, _denied)
    if alone:  # a tool it does not name, a thing said never to err that the abstract doubts
        checks = (*checks, _other_tool, _absolute)
    if alone and not asserted and ABLE.search(question):  # 'why can X read it just fine?'
        checks = (*checks, _denied)
    if alone and not asserted:  # built on what it sets itself against ('how does X memorise')
        checks = (*checks, _set_against_asked)
    if alone:  # a modality the paper never names: 'what images does KEML classify?'
        checks = (*checks, _modality)
    if alone:  # a new method of its own asked of a survey
        checks = (_reviewed_not_made, *checks)
    if alone:  # stated or taken as given ('Why is X slower ...?'): the same property
        # or another name of its kind ('ViT-L/14'), or another model family ('Qwen' for 'Llama')
        checks = (_opposite, other_named, other_family, *checks)
    for check in checks:
        if said := check(question, paper, sentences):
            return said
    return None
