"""Two questions about the body of work as a whole, read from their words: the papers that
stand outside the main themes ('his side projects?', 'outliers that don't fit her core
themes', 'any one-off papers?'), and the kinds of data the work covers ('which modalities does
his work span?', 'what types of data does she use - text? images?'). Either is of the whole
record: a subject said besides (a paper, 'outlier detection', 'her e-commerce papers') keeps
the question for the search."""

from __future__ import annotations

import re

from prompts.understand.cues import specific

# A word for the research said with the main themes ('his main line of work', 'her core topics')
_MAIN = r"(?:main|core|usual|central|primary|principal|typical|major|dominant|key|regular|normal)"
_BODY = (
    r"(?:themes?|topics?|areas?|fields?|research|work|focus|lines?\s+of\s+(?:work|research)"
    r"|lines?|interests?|agenda|directions?|threads?|clusters?|groups?|profile|pattern|track|path)"
)
_OWNER = r"(?:(?:his|her|their|the|its|this\s+\w+['’]s|\w+['’]s?)\s+)?"
# 'outliers' (not 'outlier detection', a method), 'side projects', 'odd ones out', 'one-off
# papers', 'papers that don't fit the core themes', 'outside his main line of work', 'off her
# usual topics', 'not part of the main themes'
OUTLIERS = re.compile(
    r"\boutliers?\b(?![- ](?:detection|removal|rejection|robust\w*|suppression|features?"
    r"|tokens?|values?|channels?|activations?|weights?|dimensions?|analysis|points?\s+in))"
    r"|\bstand\w*\s+out\s+as\s+(?:unusual|odd|different|atypical)\b|\bfar\s+(?:away\s+)?from\s+"
    rf"{_OWNER}(?:{_MAIN}|usual)\b"
    r"|\bside[- ](?:projects?|lines?|interests?|quests?|tracks?|topics?|gigs?|excursions?"
    r"|ventures?|papers?|work)\b|\bodd[\s-]*(?:ones?|papers?|balls?)\b(?:[\s-]+out)?|\boddballs?\b"
    r"|\bone[- ]offs?\b|\bstrays?\b|\b(?:excursions?|detours?|tangents?)\b"
    r"|\b(?:don['’]?t|doesn['’]?t|do\s+not|does\s+not|never|not|dont|doesnt|won['’]?t)\s+"
    r"(?:really\s+|quite\s+|clearly\s+)?(?:fit|belong|match)\w*\s+(?:in(?:to|side)?\s+|with\s+)?"
    rf"{_OWNER}(?:{_MAIN}\s+|other\s+|rest\b)"
    rf"|\b(?:outside|beyond|off|away\s+from|apart\s+from)\s+(?:of\s+)?{_OWNER}{_MAIN}\s+"
    rf"(?:\w+\s+)?{_BODY}\b"
    rf"|\bnot\s+(?:part\s+of|among|in|within)\s+{_OWNER}{_MAIN}\s+(?:\w+\s+)?{_BODY}\b"
    rf"|\b(?:unusual|atypical|untypical|uncharacteristic|off-topic"
    r"|oddest|odd)\s+(?:ones?|papers?|publications?|works?|entries|topics?)\b",
    re.IGNORECASE,
)
# ... not of people ('the one-off first authors'), nor set aside ('not one-off papers: which
# came back with sequels?')
NOT_OUTLIERS = re.compile(
    r"\b(?:authors?|co-?authors?|people|collaborators?|coauthors?|venues?)\b"
    r"|\b(?:not|no|non|besides)\s+(?:the\s+)?(?:one[- ]offs?|outliers?|side\s+projects?)\b",
    re.IGNORECASE,
)
# The main line described, no subject asked: 'outside the usual language and multimodal work'
MAIN_SAID = re.compile(
    rf"\b(?:outside|beyond|far\s+(?:away\s+)?from|away\s+from|apart\s+from|off|fit)\s+(?:of\s+)?"
    rf"{_OWNER}(?:{_MAIN}|usual)\b[^?.!;,]*?\b{_BODY}\b",
    re.IGNORECASE,
)
# The words of such a question, none a subject
OUTLIER_WORDS = frozenset(
    """outlier outliers side project projects line lines interest interests quest quests
    track tracks gig gigs excursion excursions venture ventures odd ones one oddball oddballs
    off offs one-off one-offs stray strays detour detours tangent tangents fit fits belong
    belongs match matches don't doesn't dont doesnt not never really quite clearly outside
    beyond away apart part among within into inside rest usual central typical regular normal
    dominant unusual atypical untypical uncharacteristic unexpected surprising off-topic oddest
    pattern path cluster clusters group groups papers paper publications publication entries
    record fall falls stand stands other others""".split()  # noqa: SIM905
)

# The modality asked as the object: 'which modalities', 'what kinds of data', 'data types',
# 'types of input', 'is it mostly text or also images?'
_KINDS = r"(?:kinds?|types?|sorts?|forms?|varieties|variety)"
_DATA = r"(?:data|inputs?|signals?|media|content)"
# kinds of data, not fields ('mostly NLP or vision?' asks the field, prompts/understand/fields)
_MODE = r"(?:text|texts|images?|pictures|photos|videos?|speech|audio|sound)"
MODALITIES_ASKED = re.compile(
    r"\bmodalit(?:y|ies)\b(?![- ](?:gap|alignment|fusion|bridging|translation|dropout))"
    rf"|\b{_KINDS}\s+of\s+(?:\w+\s+)?{_DATA}\b(?!\s+(?:sets?|augmentation|leakage))"
    rf"|\b{_DATA}\s+(?:types?|kinds?|modalit(?:y|ies))\b"
    rf"|\b(?:mostly|only|just|purely|primarily|mainly|all)\s+(?:on\s+|about\s+|with\s+)?{_MODE}"
    rf"\b.{{0,30}}?\bor\b.{{0,25}}?\b{_MODE}\b",
    re.IGNORECASE,
)
# the kinds a question may name, each once ('audio / speech' is one kind)
ONE_KIND = {
    "text": r"\btexts?\b",
    "images": r"\b(?:images?|pictures|photos)\b",
    "video": r"\bvideos?\b",
    "audio": r"\b(?:speech|audio|sound)\b",
}
WHICH_KINDS = re.compile(r"\b(?:which|what)\b[^?]*\b(?:kinds?|types?|sorts?|modalit)", re.I)
MODALITY_WORDS = frozenset(
    """modality modalities modal data input inputs signal signals media content kind kinds
    type types sort sorts form forms variety varieties text texts textual language nlp image
    images imagery vision visual video videos speech audio sound multimodal multi-modal
    structured tables tabular graph graphs time series sensor sensors 3d point clouds code
    also only just purely or and span spans spanning use uses used using handle handles
    deal deals cover covers covered involve involves work works with across papers paper
    record beyond etc e.g. eg like such as photos pictures""".split()  # noqa: SIM905
)


def outliers_asked(question: str, topic: str | None) -> bool:
    """Are the papers outside the main themes asked for, of the record as a whole?"""
    if OUTLIERS.search(question) is None or NOT_OUTLIERS.search(question):
        return False
    said = set(re.findall(r"[\w'’.-]+", MAIN_SAID.sub(" ", question).casefold()))
    rest = _rest(topic, OUTLIER_WORDS).split()
    return not specific(" ".join(w for w in rest if w in said))


def modalities_asked(question: str, topic: str | None) -> bool:
    """Are the kinds of data the work covers asked for, of the record as a whole? Not whether
    one kind named is among them ('is audio among the modalities she covers?', 'any audio /
    speech modality papers?'): that kind's papers answer, Yes or No first ('beyond text, and
    into which kinds of data?' asks for the kinds)."""
    if MODALITIES_ASKED.search(question) is None:
        return False
    named = {kind for kind, words in ONE_KIND.items() if re.search(words, question, re.I)}
    whether = len(named) == 1 and WHICH_KINDS.search(question) is None
    return not whether and not specific(_rest(topic, MODALITY_WORDS))


def _rest(topic: str | None, words: frozenset[str]) -> str:
    """The topic's words that the question's shape does not account for."""
    said = re.findall(r"[\w'’.]+", (topic or "").casefold())
    return " ".join(w for w in said if w.strip(".") not in words)
