"""What is said around a question but asks nothing: who the asker is said first ('As a
visiting lecturer, ...', "I'm a podcaster - ..."), what the answer is for said after ('...,
for my annual report?', '... (need it for a visa form)', ', to avoid a conflict of
interest'), a hedge ('real quick, ...', '...,
if possible?', 'I think I know, but ...'), an emoji or emoticon. The need and the topic are
read from the core clause alone, so the same need among other words is answered the same.
An aside that says what it is about ('as a student of graph learning', 'for my thesis on
RL') is kept: its words may change which papers are cited."""

from __future__ import annotations

import re
import unicodedata

from prompts.understand.asker import KINDS, PURPOSES, ROLES

# A clause that says its subject: its words may be the topic, never read away.
TOPICAL = re.compile(
    r"\b(?:on|about|in(?!\s+(?:my|our|a|an|the|this)\b)|into|regarding|covering|concerning"
    r"|re|of|with)\b|\d",
    re.IGNORECASE,
)
# Who a person is: a role ('engineer', 'lecturer', 'parent', 'podcaster', 'analyst') or a
# person said as such ('someone who funds startups', 'a layperson'); never what a number or a
# paper is said as ('as a percentage', 'as a first author', 'as a whole').
PERSON_NOUN = re.compile(
    r"(?:someone|somebody|one|person|layperson|layman|outsider|newbie|novice|beginner|fan|nerd"
    r"|mom|mum|dad|student|expert|amateur|hobbyist|alum(?:nus|na)?|nurse|judge|coach|chef|pilot"
    r"|clerk|cook|intern|vet|guy|gal|woman|man|mother|undergrad|postdoc|prof|dev|geek|nerd|"
    + "|".join(ROLES + KINDS)
    + r"|\w{3,}(?:er|or|ist|ian|ant|ent))s?",
    re.IGNORECASE,
)
NOT_PERSON = re.compile(
    r"(?:co-?|first[- ]|last[- ]|senior[- ]|corresponding[- ])?authors?|number|percent|"
    r"collaborators?|contributors?|partner|member|paper|whole|rule|matter|result|cluster|"
    r"vector|parameter|filter|layer|encoder|decoder|transformer|\w*(?:ment)",
    re.IGNORECASE,
)
# Where what a person does starts after who they are.
DOES = r"\s+(?=(?:who|that|whose|on|about|in|into|with|at|from|for|of)\b|\w+ing\b)"
_APART = r"(?:\s*[,:;!.]|\s+[-–—]+)\s*"
_ROLE_WORDS = r"(?:[\w'’-]+\s+){0,6}?[\w'’-]+"
# 'As a visiting lecturer,', 'Speaking as a retired engineer:', 'as someone who funds
# startups,', "I'm a science podcaster -", 'We are two journalists.'
PERSONA = re.compile(
    rf"^\W*(?:(?:speaking|asking|writing)\s+)?as\s+(?P<a>(?:an?|one|some)\s+{_ROLE_WORDS}"
    rf"|(?:someone|somebody)\s+{_ROLE_WORDS}){_APART}"
    rf"|^\W*(?:i['’]?m|i\s+am|we['’]?re|we\s+are)\s+(?P<b>(?:an?|the|two|a\s+couple\s+of)\s+"
    rf"{_ROLE_WORDS}){_APART}",
    re.IGNORECASE,
)
# What the answer is for, said after the question: '..., for my annual report?', '... -
# it's for a visa form?', '... (need it for a newsletter)', '... for our slides?'.
_FOR = (
    r"(?:(?:it['’]?s|this\s+is|that['’]?s|(?:i\s+)?need(?:ed)?\s+(?:it|this|that)|i['’]?m\s+asking"
    r"|asking|just|mostly|mainly)\s+)*for\s+(?:my|our|a|an|the|this|some)\s+(?:[\w'’-]+\s+){0,4}?"
    r"[\w'’-]+"
)
PURPOSE_AFTER = re.compile(
    rf"(?:(?:\s*[,;]|\s+[-–—]+)\s*(?P<a>{_FOR})|\s*\(\s*(?P<b>{_FOR})\s*\)"
    rf"|\s+(?P<c>for\s+(?:my|our)\s+(?:[\w'’-]+\s+){{0,3}}?[\w'’-]+))(?=\s*[?.!]*\s*$)",
    re.IGNORECASE,
)
# What the asker will do with the answer, said after the question: ', to avoid a conflict of
# interest', ', so I can decide on reviewers', ' - to fill in a COI form'. Only the asker's own
# acts, whose objects are the asker's things (`_asker_things`), never a subject of the papers
# ('..., to improve reasoning?' asks which papers do).
PURPOSE_TO = re.compile(
    r"(?:\s*[,;]|\s+[-–—]+|(?<=[?])\s+(?=(?:i['’]?m\s+|we['’]re\s+)?(?:asking|just|it['’]?s|this\s+is)\b))"
    r"\s*(?:(?:i['’]?m\s+|we['’]re\s+)?asking\s+(?:just\s+|only\s+)?)?"
    r"(?:(?:just|mainly|mostly|it['’]?s|this\s+is)\s+)?"
    r"(?:(?:in\s+order\s+)?to|so\s+(?:that\s+)?(?:i|we)\s+(?:can|could|may|might|will))\s+"
    r"(?:avoid|check|verify|make\s+sure|ensure|decide|plan|prepare|invite|update|fill(?:\s+(?:in|out))?"
    r"|complete|declare|flag|screen|vet|schedule|assign|pick|choose|select|finish|submit"
    r"|sort\s+out|rule\s+out)\b(?P<object>[^?.!]*?)(?=\s*[?.!]*\s*$)",
    re.IGNORECASE,
)
ASKER_THINGS = re.compile(
    r"conflicts?|interests?|coi|cois|reviewers?|reviewing|committees?|panels?|speakers?|invitations?"
    r"|invites?|candidates?|hires?|hiring|slots?|programs?|programmes?|sessions?|forms?|lists?"
    r"|boxes|fields|paperwork|disclosures?|policy|rules?|guidelines?|overlaps?|clash(?:es)?",
    re.IGNORECASE,
)
ASKER_GLUE = frozenset(
    """a an the my our any some this that these those in out on for of who whom which with me us
    her him them it no potential possible""".split()  # noqa: SIM905
)


def _asker_things(said: str) -> bool:
    """Is every word of a purpose's object the asker's own thing ('a conflict of interest',
    'on reviewers', 'the COI form'), none a subject the papers may be on?"""
    words = re.findall(r"[\w'’]+", said.casefold())
    return all(
        w in ASKER_GLUE or ASKER_THINGS.fullmatch(w) or PURPOSE_NOUN.fullmatch(w) for w in words
    )


# The last word of an aside's 'for ...' names what the answer goes into ('form', 'report').
PURPOSE_NOUN = re.compile(
    r"(?:"
    + "|".join(PURPOSES)
    + r"|form|visa|defen[cs]e|slides?|deck|homework|assignment|blog|post|meeting|call|pitch"
    r"|records?|files?|paperwork|cv|resume|bio|intro|notes?|boss|manager|team|lab|class"
    r"|students?|readers?|audience|kids?|friends?|family|curiosity|work|job|research|project"
    r"|study|studies|exam|quiz|essay|paper|draft|writeup|write-up|wiki|website|page|record)s?",
    re.IGNORECASE,
)
# What the asker fills in or writes, said after the question with no pause ('How many in 2023
# for my visa form?'); not whom it is for ('good for my students?' asks what suits them).
DOCUMENT = re.compile(
    r"(?:report|form|application|thesis|dissertation|proposal|article|story|piece|e-?mail|letter"
    r"|slides?|deck|homework|assignment|blog|post|cv|resume|bio|records?|paperwork|notes?"
    r"|essay|draft|newsletter|memo|wiki|website|page|presentation|talk)s?",
    re.IGNORECASE,
)
# Hedges before the question: 'real quick,', 'quickly:', 'I think I know, but', 'sorry to
# bother you,', 'out of curiosity,', 'no rush, but' ('briefly' is none: it asks for a recap).
HEDGE_BEFORE = re.compile(
    r"^\W*(?:(?:real|very|super)\s+quick(?:ly)?|quick(?:ly)?|just\s+quickly|quick\s+one"
    r"|(?:(?:just|purely|only|simply|mostly)\s+)?(?:for|as)\s+(?:a\s+(?:bit|piece)\s+of\s+"
    r"|(?:a\s+)?(?:fun\s+)?)?(?:fun|kicks|laughs|trivia|(?:a\s+)?fun\s+fact)"
    r"|honestly|seriously|basically|out\s+of\s+(?:pure\s+)?curiosity|if\s+you\s+(?:can|could"
    r"|don['’]t\s+mind|know)|no\s+rush|sorry(?:\s+to\s+bother(?:\s+you)?)?|by\s+the\s+way"
    r"|one\s+more\s+(?:thing|question)|random\s+question|silly\s+question|dumb\s+question"
    r"|i\s+think\s+i\s+know(?:\s+(?:this|the\s+answer|already))?|not\s+sure\s+if\s+you\s+know)"
    r"(?:\s*,?\s+but\b|\s*[,:;!.]|\s+[-–—]+)\s*",
    re.IGNORECASE,
)
# What starts a question: after 'but' it is asked on its own.
ASKING = (
    r"(?=(?:what|which|who|whose|how|when|where|is|are|was|were|does|do|did|has|have|can|could"
    r"|any|i['’]d|i\s+would|i['’]?m\s+(?:curious|wondering)|please|list|tell|show|name)\b)"
)
# Doubt before a question ('I might be wrong, but which ...?', "I'm not sure this exists, but
# is there ...?"); before a statement it frames a claim to check ('I might be wrong, but
# KEML is a vision paper'): kept.
HEDGE_DOUBT = re.compile(
    r"^\W*(?:i\s+(?:might|may|could)\s+be\s+(?:wrong|mistaken|misremembering|oversimplifying|off)"
    r"|(?:i['’]?m\s+)?not\s+sure\s+(?:this|that|it|such\s+a\s+\w+)\s+(?:exists|is\s+(?:right"
    r"|true|a\s+thing)))"
    rf"\s*,?\s+but\s*,?\s+{ASKING}",
    re.IGNORECASE,
)
# A belief the question after it tests ('I'd assumed the RL work was recent, but does she have
# RL papers before 2022?'); kept when what follows points back into it ('I assumed KEML
# classifies images, but what does it classify?': a premise to check).
BELIEF_BUT = re.compile(
    r"^\W*(?:(?:i|we)(?:['’]d)?|my\s+\w+|our\s+\w+|people|everyone|someone)\s+"
    r"(?:(?:had|have|always|just|kind\s+of|sort\s+of)\s+){0,2}(?:assumed|thought|figured|believed|guessed|heard"
    r"|read|expected|imagined|presumed|supposed|(?:was|were)\s+told)\b[^?]{0,160}?"
    rf"\s*[,;]?\s+but\s*,?\s+{ASKING}",
    re.IGNORECASE,
)
POINTS_INTO = re.compile(r"\b(?:it|its|that|this|those|these|them|such)\b", re.IGNORECASE)
# Hedges after it: '..., if possible?', '... real quick?', '..., I think?', '... by any chance?'
HEDGE_AFTER = re.compile(
    r"(?:\s*[,;]|\s+[-–—]+)?\s+(?:if\s+(?:possible|you\s+can|you\s+could|you\s+know|you\s+don['’]t"
    r"\s+mind)|(?:real|super|very)\s+quick(?:ly)?|quickly|no\s+rush|asap"
    r"|by\s+any\s+chance|when\s+you\s+(?:can|get\s+a\s+(?:chance|sec(?:ond)?|minute))"
    r"|(?:just\s+)?wondering|just\s+curious)"
    r"(?=\s*[?.!]*\s*$)",
    re.IGNORECASE,
)
# How the answer is to be pitched, said after the question: '... like I'm a farmer', '... as
# if I were a child' ('in simple terms' asks for a whole: see understand/subjects.py)
AUDIENCE_AFTER = re.compile(
    r"(?:\s*[,;]|\s+[-–—]+)?\s+(?:like|as\s+if|as\s+though)\s+(?:i['’]?m|i\s+(?:am|was|were)"
    r"|you['’]?re\s+(?:talking|explaining\s+it)\s+to)\s+[\w'’ -]{1,40}?(?=\s*[?.!]*\s*$)",
    re.IGNORECASE,
)
# ... and whom for, after a request to explain ('Summarize X for a lay audience'), not what
# papers are said to be for ('is any paper written for beginners?')
EXPLAIN = re.compile(
    r"^\W*(?:please\s+)?(?:explain|summari[sz]e|describe|tell\s+(?:me|us)|walk\s+(?:me|us)"
    r"\s+through|give\s+(?:me\s+|us\s+)?(?:an?\s+)?(?:overview|summary|rundown))\b",
    re.IGNORECASE,
)
PITCHED_FOR = re.compile(
    r"(?:\s*[,;]|\s+[-–—]+)?\s+(?:for|to)\s+(?:an?\s+|the\s+)?(?:lay(?:person|man|men|people)"
    r"|non-?(?:experts?|specialists?)|beginners?|newbies?|novices?|outsiders?|(?:general|lay"
    r"|non-?expert|non-?technical|wider)\s+(?:audience|readers?|readership|public)"
    r"|(?:general\s+)?public)(?=\s*[?.!]*\s*$)",
    re.IGNORECASE,
)
# The asker's own day said in a sentence before the question ('Her name came up in a meeting
# today.', 'I was reading about this lab last night.'): when the asker met the name, never
# when the papers came out.
SCENE_TIME = re.compile(
    r"(?:,\s*|\s+)(?:(?:earlier|just|only)\s+)?(?:today|yesterday|tonight|last\s+night"
    r"|this\s+(?:morning|afternoon|evening)|the\s+other\s+day|just\s+now|a\s+moment\s+ago"
    r"|(?:an?|one|two|few)\s+(?:minutes?|hours?)\s+ago)\b(?=\s*[,.!;]|\s+(?:at|in|on|during|when)\b)",
    re.IGNORECASE,
)
# A sentence telling how the asker came to the profile ('Her name came up in a meeting.', 'I
# was reading about this lab.', 'My advisor mentioned this profile.'): it speaks of the
# researcher or the profile as a whole, and of no subject of theirs ('Her work on graph
# learning caught my eye.' names one: kept).
SCENE_OF = re.compile(
    r"\b(?:(?:her|his|their|this|that|the|these)\s+(?:name|lab|group|team|profile|page|homepage"
    r"|site|website|bio|list|record|work|research|papers?|publications?|researcher|person|talks?"
    r"|poster|interview|podcast|post|tweet|profile"
    r"|scientist|author|professor|prof|guy|woman|man|bot|tool)"
    r"|(?:about|of|on|from)\s+(?:her|him|them))\b",
    re.IGNORECASE,
)
SUBJECT_SAID = re.compile(
    r"\b(?:on|about|into|regarding|covering|concerning|of|with|in(?!\s+(?:my|our|an?|the|this)\b))"
    r"\s+(?!(?:an?|the|my|our|your|some|me|us|you|him|her|them)\b)[a-z]|\d|(?<=\w\s)(?-i:[A-Z])",
    re.IGNORECASE,
)
ASKS = re.compile(
    r"\?|(?:^|[:;,-]\s*)(?:please\s+)?(?:tell|show|list|give|name|count|compare|summari[sz]e"
    r"|describe|explain|find)\b|^\W*i['’]?m\s+(?:curious|wondering)|^\W*i\s+wonder"
    r"|\bi(?:['’]?d|\s+would)\s+(?:like|love)\b|\bi\s+(?:want|need)\b",
    re.IGNORECASE,
)
# A word pointing back at what was said before ('Is that so?', 'what about it?', 'those
# papers'); not 'that' joining a clause ('I read that ...', 'papers that have code') nor 'this
# researcher', the profile's owner.
POINTS_BACK = re.compile(
    r"\b(?:it|its|those|these|them|such|same|above|(?:say|says|said|do|does|did)\s+so"
    r"|this(?!\s+(?:researcher|author|person|scientist|academic|profile)\b)"
    r"|(?:is|was|about|on|of|like|with|in|from|at|for)\s+that"
    r"|that(?=\s*(?:[?.!,;]|$)|\s+(?:one|ones|paper|papers|work|topic|area|field|model|claim"
    r"|right|true|correct|so|accurate|the\s+case)\b))\b",
    re.IGNORECASE,
)
# What someone says of the papers, to be checked ('I read that their benchmark ...').
CLAIMED = re.compile(
    r"\b(?:read|heard|told|think|believe|assume|suppose|say|says|said|claims?|claimed)\s+that\b",
    re.IGNORECASE,
)
# A question asking to check what was said before ('Can you confirm?', 'True?').
CHECKS_IT = re.compile(
    r"^\W*(?:(?:can|could|would|will)\s+you\s+(?:confirm|verify|check)|please\s+(?:confirm|verify)"
    r"|confirm|verify|true|right|correct|really|accurate)\b",
    re.IGNORECASE,
)
# The start of a question said without its mark ('which industries does it help').
ASKED_BARE = re.compile(
    r"^\W*(?:what|which|who|whom|whose|how|when|where|why|is|are|was|were|does|do|did|has|have"
    r"|can|could|any)\b",
    re.IGNORECASE,
)
STATEMENT = re.compile(r"[^?.!]*[^?.!\s][^?.!]*[.!]+(?:\s+|$)")
EMOTICON = re.compile(r"(?:^|\s)(?:[:;=]-?[)(DPp/\]]|<3|\^\^|xD)(?=\s|$|[?.!])")


def _pictograph(c: str) -> bool:
    return unicodedata.category(c) in ("So", "Sk") or 0xFE00 <= ord(c) <= 0xFE0F or c == "\u200d"


def without_emoji(question: str) -> str:
    """The question without the pictographs ('🙏', '🤔') and emoticons (':)', ';-)') at its
    ends, where they decorate; one inside it may stand for a word ('EasyNLP ⭐ count?': its
    stars). Symbols that say something ('→', '+', '%') stay."""
    text = EMOTICON.sub(" ", question)
    start, end = 0, len(text)
    while start < end and (_pictograph(text[start]) or text[start].isspace()):
        start += 1
    while end > start and (_pictograph(text[end - 1]) or text[end - 1].isspace()):
        end -= 1
    return re.sub(r"\s+", " ", text[start:end]).strip() or question


def _persona(m: re.Match[str]) -> str:
    """Does the opening say who the asker is: 'who' when that is all it says, 'what' when
    it says what they work on too ('as a journalist covering recommender systems'), '' when
    it is no person ('as a first author')."""
    said = m["a"] or m["b"]
    # the person is the noun before what they do ('a journalist covering X', 'an engineer
    # who builds recommenders', 'someone in fintech')
    head, *does = re.split(DOES, said, maxsplit=1, flags=re.IGNORECASE)
    words = head.split() or said.split()
    if re.fullmatch(r"(?:an?\s+|some\s+)?(?:some|one|any)(?:one|body)?", head.strip(), re.I):
        person = True  # 'as someone who funds startups': a person, whatever they do
    else:
        person = bool(PERSON_NOUN.fullmatch(words[-1]) and not NOT_PERSON.fullmatch(words[-1]))
    if not person:
        return ""
    return "what" if does or TOPICAL.search(said) else "who"


def _said_apart(text: str, m: re.Match[str]) -> str:
    """Who asks, with what they work on, said as a sentence of its own before the question
    ('As a journalist covering X. What should I read first?'): the question's need is read
    alone, and its subject from there only when the question names none. As it is when what
    follows asks nothing straight ("I'd like to know ...")."""
    rest = text[m.end() :]
    if not re.match(
        r"(?:what|which|who|whose|how|when|where|is|are|was|were|does|do|did|has"
        r"|have|can|could|any\w*|list|name|give|show|tell|count)\b",
        rest,
        re.I,
    ):
        return text
    said = text[: m.end()].rstrip(" ,:;.!-–—")
    said = re.sub(r"^\W*(?:speaking|asking|writing)\s+(?=as\b)", "", said, flags=re.I)
    return f"{said}. {rest[:1].upper()}{rest[1:]}"


def _purpose(m: re.Match[str]) -> bool:
    """Does the closing clause say what the answer is for, and nothing of its subject?"""
    said = m["a"] or m["b"] or m["c"]
    if TOPICAL.search(re.sub(r"\bin\s+(?:my|our|a|an|the|this)\b", "", said, flags=re.I)):
        return False
    if re.search(r"\b(?:years?|months?|decades?|period|past|last|previous|recent|time)\b", said):
        return False  # 'for the past year' is a span of the papers
    last = said.split()[-1]
    if m["c"]:  # said without a pause: only a thing the asker fills in ('for my visa form')
        return bool(DOCUMENT.fullmatch(last))
    return bool(PURPOSE_NOUN.fullmatch(last))


def without_scene_times(question: str) -> str:
    """The question with the asker's own day ('today', 'last night') left out of the
    statements said before it; the question itself keeps its times ('papers from today?')."""
    start, out = 0, []
    while (m := STATEMENT.match(question, start)) and m.end() < len(question):
        out.append(SCENE_TIME.sub("", m[0]))
        start = m.end()
    return "".join(out) + question[start:] if out else question


def _scene(sentence: str) -> bool:
    """Does the sentence only tell how the asker came to the profile (see SCENE_OF)?"""
    if not SCENE_OF.search(sentence) or CLAIMED.search(sentence):
        return False
    return SUBJECT_SAID.search(SCENE_OF.sub(" ", sentence)) is None


def without_scene(question: str) -> str:
    """The question without the sentences before it that only tell how the asker came to
    the profile, when what follows asks on its own (three words or more, pointing back at
    nothing said before: 'Her name came up in a meeting. Which papers are from 2021?')."""
    start = 0
    while (m := STATEMENT.match(question, start)) and m.end() < len(question) and _scene(m[0]):
        start = m.end()
    rest = question[start:]
    first = STATEMENT.match(rest)  # what the rest says first, before it asks, if anything
    opening = first[0] if first and first.end() < len(rest) else rest
    asks = ASKS.search(rest) or ASKED_BARE.match(rest) or not rest.rstrip().endswith((".", "!"))
    if not start or len(rest.split()) < 3 or not asks or POINTS_BACK.search(opening):
        return question
    if CHECKS_IT.match(rest):  # 'Can you confirm?': what it checks was said before
        return question
    return rest


def without_asides(question: str) -> str:
    """The core question: asides before and after it read away, in turn, until none is left.
    As it is when nothing that asks would be left."""
    rest = without_scene(without_scene_times(without_emoji(question)))
    for _ in range(4):
        before = rest
        if (m := PERSONA.match(rest)) and (who := _persona(m)):
            rest = rest[m.end() :] if who == "who" else _said_apart(rest, m)
        rest = HEDGE_DOUBT.sub("", HEDGE_BEFORE.sub("", rest, count=1), count=1)
        if (m := BELIEF_BUT.match(rest)) and not POINTS_INTO.search(rest, m.end()):
            rest = rest[m.end() :]
        if (m := PURPOSE_AFTER.search(rest)) and _purpose(m):
            rest = rest[: m.start()] + rest[m.end() :]
        if (m := PURPOSE_TO.search(rest)) and _asker_things(m["object"]):
            rest = rest[: m.start()] + rest[m.end() :]
        rest = AUDIENCE_AFTER.sub("", HEDGE_AFTER.sub("", rest))
        if EXPLAIN.match(rest):
            rest = PITCHED_FOR.sub("", rest)
        rest = re.sub(r"([?.!])\s+[?.!]+$|(?<=\?)\.$", r"\1", rest)  # '... work? - for a form?'
        if rest == before:
            break
    return rest if len(rest.split()) >= 2 else question
