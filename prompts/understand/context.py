"""What a message says around its request, apart from the request: whom it addresses ('@bot'),
a clause said first and set apart by a colon or a dash that asks nothing ('Radio show prep:',
'Asking for a friend in compliance -'), a sentence or clause about the asker ('I run a hobby
club.', ', for our onboarding slide'), a remark in brackets ('(not sure if they are a he or a
she)'), a sign-off after the question ('? thanks, Sam'). Found by the shape of the message
(`context_spans`), never by a list of what askers say; whether a topic word said there is the
subject is decided from the request's own slots and the profile's own words (`unentangled`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

from prompts.understand.asides import NOT_PERSON, PERSON_NOUN
from prompts.understand.router import Query
from retrieval.text import compiled

# A bot addressed by name: '@profilebot', '@bot' (not an e-mail address: 'a@b.org').
BOT = re.compile(r"(?<![\w.@])@[\w.-]+")
# What sets a clause apart: a colon (not a time's '10:30'), a dash with spaces round it.
APART = re.compile(r"(?<!\d):(?!\d)|\s[-–—]+\s|—")
# A clause that asks: a question mark, a question word, or a request's verb opening it.
WH = re.compile(
    r"\?|\b(?:what|which|who|whom|whose|how|when|where|why|whether)\b"
    # an indirect question ('I'm wondering if ...', 'curious whether ...')
    r"|\b(?:wonder(?:ing)?|curious)\b",
    re.IGNORECASE,
)
OPENS_ASK = re.compile(
    r"^\W*(?:is|are|was|were|does|do|did|has|have|had|can|could|would|will|should|any|list"
    r"|tell|show|name|give|count|find)\b",
    re.IGNORECASE,
)
# The asker in their own words: 'I', 'we', 'my', 'our', 'me', 'us'.
FIRST_PERSON = re.compile(
    r"\b(?:i(?![.]\w)|i['’](?:m|d|ve|ll)|we|we['’](?:re|ve|d)|my|mine|our|me|us)\b", re.IGNORECASE
)
# A clause that says its subject ('for my thesis on GNNs', 'writing about privacy'): its words
# with a place in the profile may be what is asked, whatever else the request names.
SAYS_SUBJECT = re.compile(
    r"\b(?:on|about|regarding|concerning|covering|into)\b|(?<!['’])\bre\b", re.IGNORECASE
)
# A remark in brackets that qualifies what is asked: it says not (or not only) something
# the request names ('privacy threats (not just mentioning privacy on the side)').
NEGATED = re.compile(r"^\W*(?:not|no|never|rather\s+than|as\s+opposed\s+to)\b", re.IGNORECASE)
SENTENCE = re.compile(r"[^.!?]*[.!]+(?=\s+[A-Z@\"'(]|\s*$)")
# What the answer is for: 'for a slide', 'for our club', 'for my boss'.
ERRAND = re.compile(r"\bfor\s+(?:a|an|my|our|the|this|some|a\s+friend)\b", re.IGNORECASE)
# A request that points back at what the context said ('anything on that?', 'papers like
# this?', 'about that situation'): the context holds its subject.
LEANS_BACK = re.compile(
    r"\b(?:like|about|on|of|for|with|in|into|to|using|use)\s+(?:that|this|those|these|such)\b"
    r"(?!\s+(?:researcher|author|person|scientist|profile|bot)\b)|\b(?:such|similar)\b"
    # a word standing for what was said ('that recipe', 'this kind of thing')
    r"|\b(?:that|this|those|these)\s+(?:\w+\s+)?(?:recipe|approach|idea|method|problem"
    r"|situation|setting|setup|kind|sort|type|thing|stuff|technique|trick|issue)s?\b"
    # a pronoun closing the request as its object ('evaluate that?', 'generate it?'; not 'which
    # paper is it?', whose 'it' is the request's own)
    r"|\b(?!(?:is|was|are|were|be)\b)[a-z]+\s+(?:that|this|these|those|it|them)\s*[?.!]*\s*$"
    # what the context said, as a claim checked ('... a 10-language benchmark; MERIT is that,
    # correct?')
    r"|\b(?:is|are|was|were)\s+(?:that|this|those|these)\s*(?:[,?.!]|$)",
    re.IGNORECASE,
)
CLAUSE = re.compile(r"[^,;]+")
WORD = re.compile(r"[\w'’-]+")
MIN_ASK = 3  # words a request keeps after its context: fewer leans on it


class Span(NamedTuple):
    """A stretch of the message that is context, and its kind."""

    kind: str  # 'bot', 'preamble', 'asker', 'bracket', 'signoff'
    start: int
    end: int


class Sorted(NamedTuple):
    """A topic's words sorted: those kept, those cut (with the context span each was said in),
    and the topic's words said in each context span."""

    kept: list[str]
    cut: list[tuple[str, Span]]
    by_span: dict[Span, list[str]]


def _asks(text: str) -> bool:
    return bool(WH.search(text) or OPENS_ASK.match(text))


def _words(text: str) -> int:
    return len(WORD.findall(text))


def _preamble(question: str) -> Span | None:
    """The clause said first and set apart, asking nothing, before a request that asks on its
    own: the last such colon or dash whose text before it holds no question."""
    found = None
    for sep in APART.finditer(question):
        before, after = question[: sep.start()], question[sep.end() :]
        if _asks(before) or NEGATED.match(before):
            break  # a clause saying what is not asked qualifies the request ('Not X - Y?')
        if _words(after) >= MIN_ASK and _asks(after) and _words(before) >= 1:
            found = Span("preamble", 0, sep.end())
    return found


def _asker_clauses(question: str, start: int) -> list[Span]:
    """Statements before the question and clauses about the asker that ask nothing
    ('I run a small club.', ', for our slide'), when another clause asks."""
    spans: list[Span] = []
    text = question[start:]
    at = 0
    while (m := SENTENCE.match(text, at)) and m.end() < len(text.rstrip()):
        if FIRST_PERSON.search(m[0]) and not _asks(m[0]) and _asks(text[m.end() :]):
            spans.append(Span("asker", start + m.start(), start + m.end()))
        at = m.end()
    last = text[at:]
    clauses = list(CLAUSE.finditer(last))
    if len(clauses) < 2:
        return spans
    for c in clauses:
        own = FIRST_PERSON.search(c[0]) and not _asks(c[0])
        others = any(_asks(o[0]) for o in clauses if o is not c)
        if own and others:
            spans.append(Span("asker", start + at + c.start(), start + at + c.end()))
    return spans


def context_spans(question: str) -> list[Span]:
    """Where the message says context around its request, by kind (see the module)."""
    spans = [Span("bot", m.start(), m.end()) for m in BOT.finditer(question)]
    preamble = _preamble(question)
    if preamble is not None:
        spans.append(preamble)
    spans += _asker_clauses(question, preamble.end if preamble else 0)
    spans += [Span("bracket", m.start(), m.end()) for m in re.finditer(r"\([^()]*\)", question)]
    last = question.rfind("?")
    tail = question[last + 1 :] if last >= 0 else ""
    if tail.strip() and not _asks(tail) and _words(question[:last]) >= MIN_ASK:
        spans.append(Span("signoff", last + 1, len(question)))
    return spans


def _inside(at: int, spans: list[Span]) -> Span | None:
    return next((s for s in spans if s.start <= at < s.end), None)


def said_in_context(word: str, question: str, spans: list[Span]) -> Span | None:
    """The context span holding every place the word is said, or None (said in the request,
    or not found as said)."""
    places = [
        m.start()
        for m in compiled(rf"(?<![\w-]){re.escape(word)}(?![\w-])", re.I).finditer(question)
    ]
    held = [_inside(p, spans) for p in places]
    if not places or any(h is None for h in held):
        return None
    return held[0]


def _qualifies(span: Span, question: str, request: set[str]) -> bool:
    """Is a bracket a qualifier of what the request names: negated, and naming it again?"""
    said = question[span.start + 1 : span.end - 1]
    again = {w.casefold() for w in WORD.findall(said)} & request
    return bool(NEGATED.match(said)) and bool(again)


def of_asker(span: Span, said: str) -> bool:
    """Does a clause said first speak of the asker or their errand: their own words ('I',
    'our'), what it is for ('for a slide'), or a person ('Imaging hobbyist:')?"""
    if span.kind == "asker" or FIRST_PERSON.search(said) or ERRAND.search(said):
        return True
    last = WORD.findall(said)[-1:]
    return bool(last) and bool(PERSON_NOUN.fullmatch(last[0])) and not NOT_PERSON.fullmatch(last[0])


def unentangled(
    topic: str | None,
    question: str,
    slots: bool,
    share: Callable[[str], float],
) -> str | None:
    """The topic less the words said only in the message's context, where they are no subject.
    A bot's name always goes. When the request names something of its own (`slots`: dates,
    categories, code, people, papers; or topic words of its own), a clause said first or a
    sentence about the asker loses the words no paper uses (`share` 0), and the others too
    unless `_kept` finds them the subject ('Knowledge distillation: which have code?', 'for
    my survey on X', '... anything like that?'): 'Asking for a friend in compliance:', 'Radio
    call-in show prep:'); a request pointing back at it keeps it whole. A sign-off loses the
    words no paper uses; a bracket its words when it speaks of the asker or qualifies what the
    request names ('(not just mentioning privacy on the side)'). When the request names
    nothing of its own, the context is what it asks about ('Diffusion models -- anything by
    them?'): kept."""
    if not topic:
        return topic
    return " ".join(_sorted(topic, question, slots, share).kept) or None


def _sorted(topic: str, question: str, slots: bool, share: Callable[[str], float]) -> Sorted:
    """The topic's words kept and those cut as context, with the spans they were said in."""
    spans = context_spans(question)
    words = topic.split()
    where = [said_in_context(w, question, spans) for w in words]
    request = {w.casefold() for w, s in zip(words, where, strict=True) if s is None}
    by_span: dict[Span, list[str]] = {}
    for word, span in zip(words, where, strict=True):
        if span is not None:
            by_span.setdefault(span, []).append(word)
    rest = "".join(c for i, c in enumerate(question) if _inside(i, spans) is None)
    own = slots or bool(request)
    leans = LEANS_BACK.search(rest) is not None
    kept, dropped = [], []
    for word, span in zip(words, where, strict=True):
        if span is None:
            kept.append(word)
            continue
        dropped.append((word, span))  # until kept below
        said = question[span.start : span.end]
        used = _used(word, share)
        if span.kind == "bot":
            continue
        said_first = span.kind in ("preamble", "asker")
        # a bare clause said first is kept or cut whole: 'Not audio, actual music: ...' keeps
        # 'music', which no paper uses, beside 'audio', which some do
        bare = span.kind == "preamble" and not of_asker(span, said)
        if span.kind == "signoff":  # never the subject, whatever the request names
            if used:
                kept.append(word)
        elif (
            not own
            or (leans and said_first)
            or ((used or bare) and _kept(span, said, slots, share, by_span[span]))
        ):
            kept.append(word)
        elif span.kind == "bracket":  # a bracket may add the subject's examples ('(hypernym etc)')
            asker = of_asker(span, said) and not SAYS_SUBJECT.search(said)
            if not asker and not _qualifies(span, question, request):
                kept.append(word)
    cut = [(w, s) for w, s in dropped if w not in kept]
    return Sorted(kept, cut, by_span)


def _used(word: str, share: Callable[[str], float]) -> bool:
    """Does some paper use the word, or each part of it ('text-classification')?"""
    parts = [p for p in re.split(r"[-+/]", word) if len(p) > 2]
    return share(word) > 0 or (len(parts) > 1 and all(share(p) > 0 for p in parts))


def _kept(
    span: Span, said: str, slots: bool, share: Callable[[str], float], words: list[str]
) -> bool:
    """Are the words of the profile said in this context span (the request naming its own
    papers) a subject asked? A bracket's and a sign-off's are, unless a bracket speaks of the
    asker or qualifies (see `unentangled`); a clause said first when it says a subject ('for
    my survey on X'), or when it holds a topic word some paper uses and is no errand of an
    asker whose request names its own slots (dates, categories, code, people, papers)."""
    if span.kind in ("bracket", "signoff"):
        return span.kind == "signoff"
    if SAYS_SUBJECT.search(said):
        return True
    specific = any(share(w) > 0 for w in words)
    return specific and not (slots and of_asker(span, said))


def request_text(question: str, found: Sorted) -> list[str]:
    """The message less its context, as far as the topic's words cut say: the spans all of
    whose topic words are cut, whole, then those words alone (a span may say a date)."""
    whole = list({s for _, s in found.cut if all((w, s) in found.cut for w in found.by_span[s])})
    text = _without(question, whole)
    words = question
    for word, span in sorted(found.cut, key=lambda c: -c[1].start):
        said = compiled(rf"(?<![\w-]){re.escape(word)}(?![\w-])").sub(
            " ", words[span.start : span.end]
        )
        words = words[: span.start] + said.ljust(span.end - span.start) + words[span.end :]
    return [" ".join(t.split()) for t in dict.fromkeys([text, words]) if t != question]


def request_topic(
    query: Query, question: str, share: Callable[[str], float], parse: Callable[[str], Query]
) -> Query:
    """The Query of the request apart from its context: read again (`parse`) from the message
    less the context's words cut (see `unentangled`) when that reads the same slots and
    negation, else the Query as it was; `question` is the text it was read from. Whether the
    request names its own slots is read (`parse`) from the request alone, without the context
    ('I'm trying to recall the model KEML uses; could you tell me?' names none: kept)."""
    spans = context_spans(question)
    words = (query.topic or "").split()
    if not words or not any(said_in_context(w, question, spans) for w in words):
        return query
    alone = parse(_without(question, spans))
    slots = not alone.filters.is_empty() or bool(alone.years or alone.paper_ids)
    found = _sorted(query.topic or "", question, slots, share)
    left = [w for w in found.kept if share(w) > 0]
    if not found.cut or (found.kept and not left and any(share(w) > 0 for w, _ in found.cut)):
        return query  # cut, the words of the profile would be gone, leaving words no paper uses
    for text in request_text(question, found):
        again = parse(text)
        if _same_slots(again, query):
            return again
    return query


def _same_slots(a: Query, b: Query) -> bool:
    """Do two readings name the same papers' slots, people and negation?"""
    keys = ("filters", "years", "paper_ids", "people", "exclude_topic", "negated")
    return all(getattr(a, k) == getattr(b, k) for k in keys)


def _without(question: str, spans: list[Span]) -> str:
    """The message with these spans cut."""
    for span in sorted(spans, key=lambda s: -s.start):
        question = question[: span.start] + " " + question[span.end :]
    return " ".join(question.split())
