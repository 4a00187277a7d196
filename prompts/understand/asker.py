"""Who is asking and what for ('I'm a PhD applicant -', 'As a hiring manager,', 'for my
cold email'): never the topic, and never a premise ('I'm not a scientist.'). One place for
it: the opening clause said before the question (`without_asker`) and a role said anywhere
(`ASKER`, dropped from the topic by the router), from one list of roles, whose words are
mended when typed with one slip ('aplicant', 'journalst', 'hirng')."""

from __future__ import annotations

import datetime as dt
import re

from rapidfuzz import process
from rapidfuzz.distance import OSA

from prompts.understand.dates import read_dates
from prompts.understand.terms import YES_NO

# Who may ask: the kind ('prospective', 'hiring') and the role ('students', 'reviewer').
KINDS = """prospective future new incoming potential science tech freelance curious phd ph.d.
    masters master grad graduate undergrad undergraduate hiring program conference grant
    journal""".split()  # noqa: SIM905
ROLES = """student applicant journalist reporter writer recruiter manager chair reviewer editor
    committee relative parent friend colleague organiser organizer scientist expert researcher
    specialist founder cofounder co-founder engineer developer librarian investor lawyer doctor
    teacher analyst consultant clinician physician""".split()  # noqa: SIM905
_KIND = "(?:" + "|".join(re.escape(k) for k in KINDS) + ")"
_ROLE = "(?:" + "|".join(ROLES) + ")s?"
# What an answer may be for: 'a grant review', 'my thesis committee', 'a funding panel'.
PURPOSES = """review reviews panel committee proposal application report article story piece
    e-mail email letter interview talk introduction nomination thesis dissertation presentation
    seminar newsletter summary summaries profile briefing memo audit lecture class course
    slides podcast check checks list timeline question questions request note notes query
    background""".split()  # noqa: SIM905
_PURPOSE = "(?:" + "|".join(PURPOSES) + ")"
_I_AM = r"(?:i['’]?m|i am|we['’]?re|we are)"
# What the asker writes or runs on a subject: 'for a tutorial on negative sampling', "I'm
# writing a survey chapter on sampling", 'my thesis is on weak supervision', 'a reading group
# on transfer learning'. The frame goes; the subject after it is the topic.
WRITTEN = """tutorial survey chapter section paragraph workshop catalogue catalog wiki group
    list""".split()  # noqa: SIM905
_WRITTEN = "|".join([*PURPOSES, *WRITTEN])
PURPOSE_ON = (
    r"\b(?:(?:for|(?:writ|prepar|compil|draft|plann|giv|teach|runn)ing|putting\s+together"
    # the asker's own doing ('I teach a class on', 'we run a workshop on'), not a paper's
    r"|(?:(?<=\bi\s)|(?<=\bwe\s))(?:write|prepare|compile|draft|plan|give|teach|run))"
    r"\s+(?:a|an|my|our|the|this|some)"
    rf"|(?:my|our))\s+(?:[\w'’-]+\s+){{0,2}}?(?:{_WRITTEN})s?"
    r"(?:\s+(?:is|was|will\s+be))?\s+(?:on|about|of|covering|regarding|into)\b"
)
# What the asker says they need, not what it is on: 'I need examples:', 'looking for
# examples of an SFT + RL pipeline', 'collecting references on'.
WANTED = (
    r"\b(?:need|want|looking\s+for|searching\s+for|collecting|gathering)\s+"
    r"(?:some\s+|a\s+few\s+|good\s+|more\s+|concrete\s+)?"
    r"(?:examples|references|pointers|citations|sources)(?:\s+(?:of|on|about|for))?\b"
)

ROLE = rf"\b{_I_AM}\s+(?:an?\s+|the\s+)?(?:{_KIND}\s+)*{_ROLE}\b"
ASKER_ROLE = (
    ROLE + rf"|\bas an? (?:{_KIND}\s+)*{_ROLE}\b"
    rf"|\b{_I_AM} (?:scouting|looking|searching|hunting)(?: for)?"
    r" (?:possible |potential |new )?(?:collaborators?|partners?|candidates?|talent|speakers?)\b"
    rf"|\b{_I_AM}\s+(?:writing|preparing|drafting|putting together)\s+"
    r"(?:an?|my|our|the)\s+(?:cold\s+)?(?:e-?mail|article|story|piece|report|profile|blog post"
    r"|application|cover letter)\b"
    r"|\bfor (?:my|our|a|an|the)\s+(?:cold\s+)?(?:e-?mail|article|story|piece|report|application"
    r"|cover letter|hiring committee|committee|coi checks?"
    r"|conflicts?(?:[- ]of[- ]interests?)? checks?)\b"
    # 'For a grant review:', 'for my thesis committee,': what the answer is for, said apart
    rf"|\bfor (?:my|our|a|an|the|this)\s+(?:[\w-]+\s+){{0,2}}?{_PURPOSE}"
    r"(?:\s+(?!(?:on|about|of|regarding|covering)\b)[\w'’]+){0,3}?(?=\s*(?:[:;,.!?–—-]|$))"
    r"|\bi['’]?m (?:applying|apply) (?:for|to) (?:a\s+)?(?:ph\.?d|position|job|program)\w*\b"
    rf"|\b{_I_AM} not (?:an?\s+)?{_ROLE}\b"
)
# With what the asker does: 'a hiring manager in mobile health', 'profiling her'
ASKER = (
    rf"(?:{ROLE})\s+(?:profiling|preparing|applying|checking|in|for|at|from|with|who)\b"
    rf"[^.?!:;,]*|{ASKER_ROLE}"
)

# Who asks, whoever it is: 'My aunt wants to know:', 'A hiring committee asks -', 'Quick q
# from a colleague:', 'Asking for a friend,'. What the answer is for, said first and set apart
# by a colon or a dash: 'For a career timeline:', 'For our group's wiki -', 'Reproducibility
# check:' (not 'for my thesis on GNNs:', whose words after 'on' are the topic).
SOMEONE_ASKS = (
    # ('A chess coach who loves AlphaZero asks:': who they are, said in a clause too)
    r"(?:an?|my|our|the|this|one|some)\s+(?:[\w'’-]+\s+){0,3}?(?:(?:who|that)\s+"
    r"(?:[\w'’-]+\s+){1,4}?)?(?:(?:asks|asked|is\s+asking)"
    r"(?:\s+(?:me|us))?(?:\s+to\s+(?:find\s+out|check|ask|look\s+up))?"
    r"|(?:wants|wanted|needs|would\s+like|'d\s+like)\s+to\s+know|wonders|is\s+wondering)"
    r"|on\s+behalf\s+of\s+(?:a|an|my|our|the)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+"
    r"|(?:(?:a|one)\s+)?(?:[\w'’-]+\s+)?(?:q|qn|question|query)\s+from\s+(?:[\w'’-]+\s+){0,3}?"
    r"[\w'’-]+"
    # 'Statistics teacher question:': whose question it is, before a colon
    r"|(?:[\w'’-]+\s+){1,2}(?:q|qn|question|query)(?=\s*:)"
    r"|asking\s+for\s+(?:a|an|my|our)\s+[\w'’-]+"
    # 'A reviewer here:', 'journalist here -', 'PhD student here,'
    r"|(?:(?:an?|one)\s+)?(?:[\w'’-]+\s+){0,2}?[\w'’-]+\s+here"
)
_NO_SUBJECT = r"(?!(?:on|about|in|into|regarding|concerning|around|re|of)\b)"
PREFACE = (
    rf"for\s+(?:a|an|my|our|the|this|some)\s+(?:{_NO_SUBJECT}[\w'’-]+\s+){{0,5}}?"
    rf"{_NO_SUBJECT}[\w'’-]+"
    rf"|(?:(?:an?|the|my|our|quick)\s+)?(?:[\w'’-]+\s+){{0,3}}?{_PURPOSE}"
)
# Either, with what sets it apart (the router drops it once it has read the dates it may say:
# 'For a grant report covering 2022 through 2023:').
SAID_FIRST = (
    rf"^\W*(?:(?:{SOMEONE_ASKS})\s*(?:[.!:;,]|\s+[-–—]+)|(?:{PREFACE})\s*(?:[:;]|\s+[-–—]+))"
)
# What the answer is for, said first with no pause before the asker's own words ('For a
# conflict-of-interest check I'm curious whether ...'): only words of the asker's errand before
# it, never a subject ('for my review of GNNs', 'for my GNN survey' keep theirs).
_ERRAND = (
    r"(?:conflicts?(?:[\s-]of[\s-]interests?)?|coi|grant|funding|hiring|program|programme"
    r"|committee|panel|quick|short|routine|formal|annual|internal|ethics|background|reviewer"
    r"|reviewing|disclosure|tenure|promotion|award|prize|visa|immigration|compliance)"
)
ERRAND_FIRST = (
    rf"for\s+(?:a|an|my|our|the|this)\s+(?:{_ERRAND}\s+){{0,3}}(?:{_PURPOSE}|forms?)s?\s*,?\s+"
    r"(?=i['’]?m\s+(?:curious|wondering)|i\s+(?:wonder|need|want|would)\b|i['’]d\s+like"
    r"|(?:could|can|would)\s+you|please)"
)
# Who asks and their errand, set apart before the question ('A funding officer checking
# collaborations:', 'The program chair, vetting reviewers -'), or someone else's wondering
# leading into it ('Our press office wonders whether ...'): never a subject of the papers
# ('a journalist covering RL:' keeps RL, being no errand).
ERRAND_ROLE = (
    rf"(?:an?|the|our|my)\s+(?:[\w'’-]+\s+){{0,2}}?(?:{_ROLE}|officers?|officials?|staff)"
    r"(?:,?\s+(?:checking|vetting|screening|auditing|reviewing|compiling|preparing|assessing)"
    r"(?:\s+[\w'’-]+){0,3}?)?\s*(?:[:;]|\s+[-–—]+)"
    r"|(?:an?|my|our|the)\s+(?:[\w'’-]+\s+){0,3}?(?:wonders|is\s+wondering|(?:asks|asked)"
    r"(?:\s+(?:me|us))?(?:\s+to\s+(?:find\s+out|check|ask|look\s+up))?"
    r"|wants\s+to\s+know|would\s+like\s+to\s+know)\s+(?=whether|if|which|how|what|who|when)"
)
# Where the question proper starts after them.
_ASKED = (
    r"(?=(?:i\b|i['’]|could|can|would|please|what|which|who|whose|how|has|have|does|did|is|are"
    r"|was|were|do|when|where|why|whether|tell|list|show|give|explain|describe|count|name|find"
    r"|on|in|among|of|out|any|anything|she|he|they|this|the|her|his|their|need|want)\b)"
)
# Who is asking and why, before the question: "I'm a recruiter for an online marketplace and
# I want to know ...", "As a student choosing a supervisor, I'd like to know ...", or a role
# said apart ("im a phd applicant - what ...", "I'm not a scientist. Could you ..."; not
# "I'm preparing a lecture on RL - which ...", "... his newest work. Which is it?").
PREAMBLE = re.compile(
    rf"^\W*(?:(?:(?:so|ok|okay|hi|hey|well)\b[\s,]*)?(?:{_I_AM}\s+(?:not\s|an?\s|the\s"
    r"|putting\s+together|writing|preparing|compiling|building|making|looking|working\s+on"
    r"|updating|editing|refreshing|revising|drafting|maintaining|planning)|as\s+an?\s)[^;:,.?]*?"
    r"(?:\s*[;:,]\s*(?:and\s+)?|\s+and\s+)(?:so\s+)?"
    # a role of a few words with nothing before the asker's own 'I': 'As a biology
    # collaborator I'm curious how ...'
    r"|as\s+an?\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+\s+"
    r"(?=i['’]?(?:m|d|ve)\b|i\s+(?:am|want|wonder|need|would)\b)"
    rf"|(?:{ASKER_ROLE})\s*(?:[.!:;,]\s*|\s+[-–—]+\s+)(?:so\s+)?"
    # 'A recruiter asks: ...', 'My aunt wants to know - ...', 'For a career timeline: ...'
    rf"|{SAID_FIRST}\s*|{ERRAND_FIRST}|(?:{ERRAND_ROLE})\s*)" + _ASKED,
    re.IGNORECASE,
)
# A greeting, an interjection or a wrapper set apart before the question ('hey, ...', 'ok so -
# ...', 'hi there! ...', 'hey bot, ...', "I'm curious: ...", 'quick question - ...'): it says
# nothing of what is asked.
GREETING = re.compile(
    r"^\W*(?:(?:hey|hi|hello|yo|ok|okay|so|well|um+|hmm+|oh|ah|alright|btw"
    r"|(?:i['’]?m\s+|i\s+am\s+)?(?:just\s+)?(?:curious|wondering)|quick\s+(?:q|qn|question))\b\s*)+"
    r"(?:there|all|folks|everyone|team|(?:profile\s*|chat\s*|ro)?bot|assistant|friend|mate)?"
    r"\s*(?:[,!.:;]+|\s[-–—]+)\s*",
    re.IGNORECASE,
)
# Thanks or 'please' closing the question ('... now? thanks!', '..., please?', '... pls'):
# courtesy, never part of what is asked. The question's own closing mark stays.
THANKS = re.compile(
    r"(?:(?<=[?.!])|[\s,;:–—-])\s*(?:(?:many\s+)?thanks?(?:\s+(?:a\s+lot|so\s+much|in\s+advance))?"
    r"|thank\s+you(?:\s+(?:so\s+much|very\s+much|in\s+advance))?|thx|ty|cheers)\W*$",
    re.IGNORECASE,
)
# A letter's sign-off after the question ('... output? Best wishes, Ana', '... Kind regards'):
# no part of what is asked.
SIGN_OFF = re.compile(
    r"(?<=[?.!])\s+(?:best(?:\s+(?:wishes|regards))?|(?:kind|warm|many)\s+(?:regards|thanks)"
    r"|regards|sincerely|yours(?:\s+(?:truly|sincerely))?|all\s+the\s+best|cheers|thanks"
    r"|thank\s+you)\s*[,!.]?(?:\s*[-–—]?\s*(?-i:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}))?\W*$",
    re.IGNORECASE,
)
# How the answer should come, said before or after the question ('straight answer please:
# ...', '..., one-word answer'; '... y/n', 'yes or no: ...' when what is left still reads as a
# yes/no): no part of what is asked; the yes/no leads the answer anyway.
_YES_NO = r"(?:yes\s*(?:/|or)\s*no|y\s*/\s*n|true\s*(?:/|or)\s*false)"
_PLEASE = r"(?:\s*,?\s*(?:please|pls|plz|thanks|thx))?"
_FORM = (
    r"(?:(?:just|only)\s+)?(?:(?:give\s+me|i\s+(?:want|need)|i['’]?d\s+like)\s+)?(?:an?\s+)?"
    r"(?:(?:straight|short|quick|simple|direct|plain|honest|one[- ]word|brief|clear)\s+)+"
    rf"(?:answers?|replies|reply|(?P<yn>{_YES_NO})){_PLEASE}"
    rf"|(?:(?:just|only)\s+)?(?:an?\s+)?(?P<bare>{_YES_NO}){_PLEASE}(?:\s+(?:answer|reply))?"
)
ANSWER_FORM_BEFORE = re.compile(rf"^\W*(?:{_FORM})\s*[:,;.!?–—-]+\s*", re.IGNORECASE)
ANSWER_FORM_AFTER = re.compile(
    rf"(?:(?<=[?.!])|\s*[,;:–—-])\s*\(?(?:{_FORM})\)?\W*$", re.IGNORECASE
)


def _without_form(question: str) -> str:
    """The question without how its answer should come; a yes/no asked for only goes when
    what is left still asks one ('code drop in 2024? y/n' keeps it)."""
    rest = question
    for form in (ANSWER_FORM_BEFORE, ANSWER_FORM_AFTER):
        m = form.search(rest)
        if m is None:
            continue
        left = (rest[: m.start()] + rest[m.end() :]).strip()
        if (m["yn"] or m["bare"]) and not YES_NO.match(left):
            continue
        rest = left
    if rest != question.strip() and rest[-1:] not in "?.!":
        rest += "?"
    return rest


CLOSING_PLEASE = re.compile(r"[\s,;]+(?:please|pls|plz)\s*(?=[?.!]*$)", re.IGNORECASE)
# 'Could you tell me' before what is asked straight ('... is it true that ...', '... K-frames
# built X, right?'): the question is what follows. Before 'which', 'whether', 'how' it is an
# indirect question that reads as it stands.
TELL_ME = re.compile(
    r"^\W*(?:(?:could|can|would|will)\s+you\s+(?:please\s+)?(?:tell|let)\s+me(?:\s+know)?"
    r"|(?:please\s+)?tell\s+me)\s*[,:–—-]?\s+"
    r"(?!(?:which|what|whether|if|who|whose|whom|when|where|why|how|about|more|all|any|anything|something|a\s+bit|a\s+little)\b)",
    re.IGNORECASE,
)


# How a question opens, and a tag closing a statement put up for confirmation ('..., right').
OPENS_ASKING = re.compile(
    r"\W*(?:what|which|who|whose|whom|when|where|why|how|whats|whos|hows|wheres|whens|is|are"
    r"|was|were|does|do|did|has|have"
    r"|had|can|could|would|will|should|any)\b",
    re.IGNORECASE,
)
OPENS_REQUEST = re.compile(
    r"\W*(?:please\s+)?(?:list|name|summari[sz]e|describe|explain|give|show|tell|find|count)\b",
    re.IGNORECASE,
)
ENDS_TAG = re.compile(
    r"[\s,;-](?:right|correct|true|yes|yeah|no|isn['’]?t\s+it|is\s+that\s+(?:right|so|true))$",
    re.IGNORECASE,
)


def closed(question: str) -> str:
    """The question with the closing mark a typist left out: '?' after a tag ('X has 2M
    clips, right'), and after a sentence of context '?' to a last sentence that opens as a
    question ('Did she publish on X') or '.' to a request ('Summarise her work for a talk');
    as it is otherwise ('GNN stuff', a lone question or request)."""
    if not question or question[-1] in "?.!":
        return question
    last = re.split(r"(?<=[.?!])\s+", question)[-1]
    if ENDS_TAG.search(last):
        return question + "?"
    if last == question:  # a lone question or request reads the same either way
        return question
    if OPENS_ASKING.match(last):  # after a sentence of context it needs its mark
        return question + "?"
    return question + "." if OPENS_REQUEST.match(last) else question


def without_courtesy(question: str) -> str:
    """The question without what only makes it polite: a greeting before it ('hey bot, ...'),
    how the answer should come ('straight answer please: ...', '..., just yes or no'),
    thanks or 'please' after it ('..., please?', '... thanks!'), 'could you tell me' before a
    question asked straight. As it is when nothing else would be left."""
    rest = GREETING.sub("", question, count=1)
    rest = _without_form(rest)
    rest = CLOSING_PLEASE.sub("", THANKS.sub("", SIGN_OFF.sub("", rest)).rstrip())
    rest = TELL_ME.sub("", rest, count=1)
    return rest if len(rest.split()) >= 2 else question


# Who the asker is with, for whom and what they make, in a sentence of context: 'our team',
# 'my startup', 'the candidates', 'a podcast episode', 'a grant'; and the first-person
# subject with its verb ('we build', "I'm writing", 'our lab works on'). What is left is what
# they work on.
GROUPS = """team teams lab labs group groups startup start-up company firm business agency
    department organisation organization school university class club podcast episode grant
    newsletter wiki blog audience listeners readers viewers candidates customers
    clients""".split()  # noqa: SIM905
# The asker's own group, never what is asked about: 'my team likes ...', 'for our startup'.
MY_GROUP = rf"\b(?:my|our)\s+(?:[\w'’-]+\s+){{0,2}}?(?:{'|'.join(GROUPS)})s?\b"
_GROUP = "(?:" + "|".join([*GROUPS, *PURPOSES, *ROLES, *KINDS]) + ")s?"
# The asker saying they ask for someone or something ('asking for my climate class', "I'm
# asking this for a friend"): the verb goes, and with it whom or what for when that is a
# group, a purpose or a role; a project's subject ('asking for a forecasting project') stays.
ASKING_FOR = (
    r"\b(?:(?:i['’]?m|i\s+am|we['’]?re|we\s+are)\s+)?ask(?:ing|ed)?\s+(?:this\s+)?for\s+"
    r"(?:(?:a|an|my|our|the|this|some)\s+(?:[\w'’-]+\s+){0,2}?(?:[\w'’]+-)?"
    rf"(?:{'|'.join([*GROUPS, *PURPOSES, *ROLES])})s?(?![\w'’-])"
    r"|(?=(?:a|an|my|our|the|this|some)\b))"
)
OWN_FRAME = re.compile(
    rf"\b(?:(?:i|we)(?:['’](?:m|re|ve|d))?|(?:my|our)\s+{_GROUP})"
    r"(?:\s+(?:am|are|also|just|currently|now|really|mostly|do|all))*"
    r"(?:\s+(?!(?:on|in|about|for|with|to|at|of|a|an|the)\b)[a-z]+(?:s|ed|ing)?)?"
    r"(?:\s+(?:on|in|about|with))?\b"
    rf"|\b(?:(?:a|an|the|my|our|this|some)\s+)?(?:[\w-]+\s+)?{_GROUP}\b(?:\s+(?:on|about|for))?"
    # a label for the sentence ('Quick context:', 'Background -') and when the asker needs it
    r"|\b(?:(?:quick|some|brief|little)\s+)?(?:context|background)\s*(?::|[-–—]+\s)"
    r"|\b(?:next|this|coming)\s+(?:week|weekend|month|semester|term)\b|\b(?:tomorrow|tonight)\b",
    re.IGNORECASE,
)
# The words after 'I'm a', 'as a' that may name a role typed with a slip.
OPENING = re.compile(rf"\b(?:{_I_AM}|im|as an?)\s+((?:[\w.'’-]+\s+){{0,3}}[\w.'’-]+)", re.I)
WORD = re.compile(r"[A-Za-z]{5,}")
ROLE_FORMS = sorted({*KINDS, *ROLES, *(r + "s" for r in ROLES)})


def mend_roles(question: str, known: frozenset[str] = frozenset()) -> str:
    """The question with the words of who is asking typed one slip from a role ('phd
    aplicant', 'a hirng manager') written as the role; words of the dictionary (`known`)
    stay as typed ('patent' is no 'parent')."""

    def mended(m: re.Match[str]) -> str:
        low = m[0].casefold()
        if low in ROLE_FORMS or low in known:
            return m[0]
        match = process.extractOne(low, ROLE_FORMS, scorer=OSA.distance, score_cutoff=1)
        return str(match[0]) if match else m[0]

    def opening(m: re.Match[str]) -> str:
        return m[0][: m.start(1) - m.start()] + WORD.sub(mended, m[1])

    return OPENING.sub(opening, question)


def without_asker(question: str) -> str:
    """The question without who is asking said before it (its role words mended first);
    as it is when that says a year ('For a report on 2022-2023:'), which the dates need.
    A greeting before either ('hey, ...') goes too."""
    question = GREETING.sub("", question, count=1)
    m = PREAMBLE.match(question)
    if m is None or read_dates(m[0], dt.date.today())[0] is not None:
        return question
    return question[m.end() :]


def without_frame(sentence: str) -> str:
    """A sentence of context without the asker's own frame (who they are, whom they work
    with, what they make it for): 'Our team builds rainfall maps' is 'rainfall maps'. One
    saying a role ("I'm a journalist profiling her") stays: the topic is read without it."""
    if re.search(ASKER, sentence, re.IGNORECASE):
        return sentence
    return re.sub(r"\s+", " ", OWN_FRAME.sub(" ", sentence)).strip()
