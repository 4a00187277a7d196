"""A property a question gives one named paper that its abstract states the opposite way:
'X is slow' where the paper reports 'a higher inference speed', 'X adapts in the cloud' where it
adapts 'directly on the device', 'X needs plenty of data' where it works 'where the training
data is scarce', 'X offers no defenses' where it 'provides solutions to prevent these threats'.
Each property is a pair of word classes of plain English, either side asked, the other stated;
or a word the paper's own sentence says with a negating prefix or the opposite head, and never
plainly ('non-autoregressive' for 'autoregressive', 'closed-domain' for 'open-domain')."""

from __future__ import annotations

import re

# Each pair: two ways a property can go; a question saying one while the paper's own sentence
# says the other (and not the first) is refuted by that sentence.
_PAIRS = (
    (  # speed
        r"\bslow(?:er|est|s|ly|ness)?\b|\bsluggish\b|\b(?:low(?:er)?|reduced)\s+(?:\w+\s+)?speed"
        r"|\bhigh(?:er)?\s+latency\b|\b(?:slows?|slowed)\s+down\b",
        r"\bfast(?:er|est)?\b|\bquick(?:er|est)?\b|\bspeed-?ups?\b|\baccelerat\w*"
        r"|\bhigh(?:er)?\s+(?:\w+\s+)?speed\b|\blow(?:er)?\s+latency\b",
    ),
    (  # where it runs
        r"\bcloud\b|\bserver(?:s|-side)?\b|\bremote(?:ly)?\b|\bdata\s*cent(?:er|re)s?\b",
        r"\bon[- ](?:the\s+)?(?:mobile\s+|edge\s+|user['’]?s?\s+)?devices?\b|\blocally\b"
        r"|\bon[- ]board\b|\bat\s+the\s+edge\b|\bedge\s+devices?\b",
    ),
    (  # how much data
        r"\b(?:plenty|lots|loads|tons|a\s+lot|(?:large|huge|massive|vast)\s+amounts?|abundan\w*"
        r"|ample|big|large|huge|massive|vast|much|enough)\s+(?:of\s+)?(?:\w+\s+){0,2}?"
        r"(?:data|examples|samples|labels|annotations)\b|\bdata[- ]hungry\b",
        r"\bscarce\b|\bscarcity\b|\blow[- ]resource\b|\bdata[- ]scarce\b|\bfew[- ]shot\b"
        r"|\b(?:limited|little|few|small)\s+(?:amounts?\s+of\s+)?(?:\w+\s+)?"
        r"(?:data|examples|samples|labels|annotations)\b",
    ),
    (  # what it costs
        r"\b(?:expensive|costly|pricey)\b|\bhigh(?:er)?\s+(?:\w+\s+)?costs?\b",
        r"\bcost-?(?:efficient|effective)\b|\bcheap(?:er|ly)?\b|\blow(?:er)?[- ]cost\b"
        r"|\binexpensive\b",
    ),
    (  # who labels the data: people, or no one
        r"\b(?:manual(?:ly)?|hand|human)[- ]?(?:label\w*|annotat\w*|tagg\w*|written|crafted)\b"
        r"|\b(?:manual(?:ly)?|hand|human)\s+(?:\w+\s+)?(?:labels?|labell?ing|annotations?)\b"
        r"|\bannotators?\b|\bmanually\s+(?:constructed|built|curated|written|created)\b",
        r"\bwithout\s+(?:any\s+)?(?:human\s+|manual\s+)?(?:annotations?|labels?|labell?ing)\b"
        r"|\bautomatic(?:ally)?\s+(?:\w+\s+)?(?:label\w*|annotat\w*|generated|constructed|built)\b"
        r"|\b(?:label|annotation)[- ]free\b|\bno\s+(?:human\s+|manual\s+)?annotations?\b"
        r"|\b(?:label\w*|annotated|generated|constructed|built)\s+automatically\b",
    ),
    (  # where the data comes from: captured from the world, or made up
        r"\b(?:real|real[- ]world|natural|authentic|genuine|actual|captured|collected)\s+"
        r"(?:\w+\s+)?(?:photos?|photographs?|pictures?|images?|scans?|videos?|footage"
        r"|recordings?|data(?:sets?)?|samples|examples|scenes)\b|\bphotograph(?:s|ed|y)?\b",
        r"\bsynthe(?:tic\w*|si[sz]ed)\b|\bsimulat(?:ed|ions?|or)\b|\brendered\b"
        r"|\b(?:artificially|automatically|procedurally|programmatically)\s+(?:\w+\s+)?"
        r"(?:generated|created|made)\b",
    ),
    (  # how many languages
        r"\bmonolingual\b|\benglish[- ]only\b|\bonly\s+(?:in\s+|for\s+|on\s+)?english\b"
        r"|\bsingle[- ]language\b",
        r"\bmultilingual\b|\bcross-?lingual\b|\b(?:\d+|many|multiple)\s+languages\b",
    ),
    (  # answers to the problem it studies: none, or some
        r"\b(?:no|without|zero|lacks?|lacking|never\s+\w+)\s+(?:\w+\s+)?(?:defen[cs]es?"
        r"|fix(?:es)?|solutions?|countermeasures?|mitigations?|remed(?:y|ies)|protections?)\b"
        r"|\battacks?[- ]only\b|\bonly\s+(?:\w+\s+){0,2}attacks\b",
        r"\bdefen[cs]es?\b|\bcountermeasures?\b|\bsolutions?\s+to\s+(?:prevent|mitigate|defend"
        r"|counter)\w*|\bprevent\w*\s+(?:these\s+|such\s+)?(?:threats|attacks|leak\w*)",
    ),
)
PAIRS = tuple((re.compile(a, re.IGNORECASE), re.compile(b, re.IGNORECASE)) for a, b in _PAIRS)
# A side said under a negation ('not on the device', 'rather than in the cloud') is not said.
NEGATED = re.compile(
    r"\b(?:not|no|never|without|instead\s+of|rather\s+than|unlike|nor|isn['’]?t|aren['’]?t"
    r"|doesn['’]?t|don['’]?t|didn['’]?t)\s+(?:\w+\s+){0,2}$|n['’]t\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
# A side asked about is not said: 'how much data went into X', 'how slow is it?'
ASKED = re.compile(r"\bhow\s+$", re.IGNORECASE)


def _said(side: re.Pattern[str], text: str) -> str | None:
    """The first match of `side` in the text that no negation or 'how' just before governs."""
    for m in side.finditer(text):
        before = text[max(0, m.start() - 40) : m.start()]
        if not NEGATED.search(before) and not ASKED.search(before):
            return m[0]
    return None


def opposed_sentence(statement: str, own: list[str]) -> tuple[str, str] | None:
    """The phrase of the statement a property's opposite answers, and the paper's own
    sentence that states the opposite (without also stating the phrase's side); None when
    the statement says both sides or no own sentence states the other."""
    for first, second in PAIRS:
        for mine, theirs in ((first, second), (second, first)):
            phrase = _said(mine, statement)
            if phrase is None or _said(theirs, statement):
                continue
            for sentence in own:
                if _said(theirs, sentence) and not _said(mine, sentence):
                    return phrase, sentence
    return None


# A word made its own opposite by a prefix ('non-autoregressive', 'unlabeled'), or a compound
# by its opposite head ('closed-domain' for 'open-domain', 'multi-task' for 'single-task')
PREFIXED = re.compile(r"\b(?:non|un)-?(?P<word>[a-z]{5,})\b", re.IGNORECASE)
HEADS = {"open": "closed", "closed": "open", "single": "multi", "multi": "single"}
HEADED = re.compile(r"\b(?P<head>open|closed|single|multi)[- ](?P<word>[a-z]{4,})\b", re.I)
# Not every 'un' word is a negation: 'understand', 'uncover', 'unfold' are words of their own
OWN_WORD = re.compile(r"(?:der|cover|fold|veil|iform|ivers|ique)", re.IGNORECASE)
# A yes/no opening on a negation asks the plain thing: "Isn't X open-domain?"
NEGATIVE_ASK = re.compile(
    r"^\W*(?:is|are|was|were|does|do|did|has|have)n['’]?t\b|^\W*(?:is|are|does|do)\s+not\b", re.I
)


def _key(word: str, head: str = "") -> str:
    """The word as said, not its stem: 'labeled' is the opposite of 'unlabeled', 'label' (a
    field label) is not; an adverb or plural is its word ('autoregressively', 'domains')."""
    word = word.casefold()
    word = word[:-2] if word.endswith("ly") and len(word) > 6 else word
    word = word[:-1] if word.endswith("s") and not word.endswith("ss") and len(word) > 4 else word
    return f"{head.casefold()} {word}".strip()


def _plainly(text: str) -> dict[str, int]:
    """What the text says without a negating prefix, by key ('autoregressive', 'open domain'),
    with where it says it."""
    keys: dict[str, int] = {}
    for m in HEADED.finditer(text):
        keys.setdefault(_key(m["word"], m["head"]), m.start())
    prefixed = [m.span() for m in PREFIXED.finditer(text) if not OWN_WORD.match(m["word"])]
    for m in re.finditer(r"[A-Za-z]+", text):
        if not any(a <= m.start() < b for a, b in prefixed):
            keys.setdefault(_key(m[0]), m.start())
    return keys


def _opposed_keys(sentence: str) -> list[str]:
    """The keys a sentence says the opposite of: 'autoregressive' for 'non-autoregressive',
    'open domain' for 'closed-domains'."""
    keys = [_key(m["word"]) for m in PREFIXED.finditer(sentence) if not OWN_WORD.match(m["word"])]
    return keys + [_key(m["word"], HEADS[m["head"].casefold()]) for m in HEADED.finditer(sentence)]


def prefixed_opposite(statement: str, own: list[str], title: str) -> tuple[str, str] | None:
    """'KECP generates autoregressively' where its own sentence says 'non-autoregressive' and
    neither another nor its title says it plainly ('non-entity tokens' of a paper on named
    entities is no opposite), 'built for the open domain' where it is for 'closed-domains':
    the statement's word and that sentence. Not when the statement says the word negated."""
    asked = _plainly(statement)
    opposed = set(_opposed_keys(statement))
    stated = set().union(*(_plainly(s) for s in [*own, title]))
    start = m.end() if (m := NEGATIVE_ASK.search(statement)) else 0
    for sentence in own:
        for key in _opposed_keys(sentence):
            at = asked.get(key)
            if at is None or key in stated or key in opposed:
                continue
            if at < start or NEGATED.search(statement[max(start, at - 40) : at]):
                continue
            said = re.match(r"\w+[- ]\w+" if " " in key else r"\w+", statement[at:])
            return (said[0] if said else key), sentence
    return None
