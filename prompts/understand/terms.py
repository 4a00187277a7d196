"""Metadata terms in a question: years, categories, code; and the content words left over."""

from __future__ import annotations

import itertools
import re

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from retrieval.model import CATEGORY_NAMES
from retrieval.text import STOPWORDS as BASE_STOPWORDS
from retrieval.text import compiled, stem

YEAR = r"((?:19|20)\d{2})"
HOW_MANY = r"\bhow many\b|\bnumber of\b|\bcount\b"
# A question answered Yes or No first, asked directly ('Has she ...?', 'Any papers on ...?')
# or indirectly ("I'm curious whether ...", 'Do you know if ...'), at its start or after a
# first fragment ('video stuff?? does she do that lol', 'medicine + AI, any from him?'), or
# marked 'y/n' or 'or not', or a few words asked on their own ('anything on X?', 'RL stuff?
# lol'); after a sentence of context ('I'm hiring for X. Has she ...?'); or a statement asked
# with a '?' ('she has worked on video?', 'in 2025, he was first author on some paper?').
YES_NO = re.compile(
    r"(?:[^?!.,;:]*(?:\?+|\.(?=\s[^?]*\?)|[,;:]|\s[-–—]{1,2})\s+){0,2}"  # 'Context. Has she ...?'
    r"\W*(?:(?:i['’]?m|i am)\s+(?:curious|wondering)\s+(?:whether|if)\b"
    r"|i\s+wonder\s+(?:whether|if)\b|(?:do|can|could)\s+you\s+(?:know|tell me|check)\s+"
    r"(?:whether|if)\b"
    # asked through what the asker wants to know: 'I'd like to know whether', 'please let me
    # know if', 'we need to check whether', 'not sure if'; or is told: 'am I right that'
    r"|(?:[\w'’-]+\s+){0,5}?(?:know|tell\s+me|let\s+me\s+know|wonder(?:ing)?|ask(?:ing)?"
    r"|check(?:ing)?|confirm(?:ing)?|verify(?:ing)?|sure|find\s+out|learn|see)\s+(?:whether|if)\b"
    r"|(?:am|would|was)\s+i\s+(?:be\s+)?(?:right|corr?ect|wrong|mistaken)\b"
    r"|(?:does|do|did|has|have|had|is|are|was|were|any)(?:n['’]?t)?\b"
    r"|anything\b"
    # 'more than 1 paper together?', 'more than once?': a bound asked of a count
    r"|(?:(?:more|fewer|less)\s+than|over)\s+(?:one|once|twice|\d+|two|three|four|five)\b"
    r"(?=[^?]*\?\W*$)"
    # 'can Valley3 turn thinking off?', 'could it run on a phone?' (not 'can you list ...')
    r"|(?:can|could|will|would|should)(?:n['’]?t)?\s+(?!(?:you|u|i|we|someone|somebody)\b))"
    r"|.*\b(?:y/n|or\s+not|yes\s*(?:or|/)\s*no|true\s*(?:or|/)\s*false)\b"
    # no question word, and 'any' or 'ever' asked: 'X in any of her papers?', 'X, ever?'
    r"|(?!\W*(?:list|show|tell|give|name|find|count)\b)"
    r"(?![^?]*\b(?:what|which|who|whom|whose|when|where|why|how)\b)[^?]*\b(?:any|ever|anywhere|somewhere)\b[^?]*\?+\W*$"
    # a closing ask after the statement: '... in 2020 and 2022 - qiu did both?', '..., exists?'
    r"|(?![^?]*\b(?:what|which|who|whom|whose|when|where|why|how)\b)[^?]*(?:[,;:]|\s[-–—]{1,2})"
    r"\s*(?:(?:[\w'’]+\s+){0,2}(?:did|does|do|has|have|is|are|was|were)\s+(?:both|either|so"
    r"|that|it|this|those|these)|(?:(?:do|does)\s+(?:it|one|any|such)\s+)?exists?|both)\s*\?+\W*$"
    r"|(?:[^?!.,;:]*[,;]\s+)?\W*(?:he|she|they|this\s+(?:researcher|author|person))\s+"
    r"(?![^?]*\b(?:what|which|who|whom|whose|when|where|why|how)\b)[^?]*\?+\W*$"
    # a few words, asked with more than a plain '?': 'videos?? lol', 'RL stuff?', 'code? 👀'
    r"|(?!\W*(?:what|which|who|whom|whose|when|where|why|how|list|show|tell|give|name|compare"
    r"|summari[sz]e|explain|describe|find|count|and|or|but|so|ok|okay|the|that|this|these|those"
    r"|it|its)\b)\W*(?:[^\s?]+\s+){0,4}(?:stuff\s*\?+|[^\s?]+\s*(?:\?{2,}|\?+\s*(?:lol|lmao"
    r"|pls|please|plz)\b|\?+\s*[^\w\s?]+))[^\w?]*$",
    re.IGNORECASE,
)
PAPERS = r"\b(?:papers?|works?|publications?|articles?|entries|publish\w*|wrote|written)\b"
MOST = (
    r"\b(?:most|mostly|top|busiest|peak|productive|prolific|common|frequent|popular|biggest"
    r"|largest|greatest|highest|dominant|dominates?|dominating|predominant\w*|strongest|heaviest"
    r"|maximum|best(?!\s+known))\b"
)
NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                "nine": 9, "ten": 10}  # fmt: skip
# Places in words, for every reader of a place ('the third one', 'ranks second', 'fifth-newest')
ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
}  # fmt: skip
ORDINAL = rf"(?:{'|'.join(ORDINAL_WORDS)}|\d{{1,2}}(?:st|nd|rd|th))"


def place_of(word: str) -> int | None:
    """The place a word gives: 3 for 'third', '3rd', 'three' or '3'; None for other words."""
    low = word.casefold()
    if digits := re.fullmatch(r"(\d+)(?:st|nd|rd|th)?", low):
        return int(digits[1])
    return ORDINAL_WORDS.get(low) or NUMBER_WORDS.get(low) or (1 if low == "one" else None)


# Codes that are rarely anything else in a question about papers: no context needed.
DISTINCT_CODES = {"CL", "CV", "LG", "IR", "IV", "AO-PH"}
NEGATED = (
    r"(?:n['’]t|\b(?:dont|doesnt|didnt|havent|hasnt|hadnt|isnt|arent|wasnt|werent|wont|cant)\b"
    r"|\bnot|\bnever|\bno longer)"
)
# Everything save one field: 'anything but NLP', 'all but the CV ones'
ALL_BUT = r"\b(?:any|anything|everything|all|every\s+\w+|any\s+\w+)\s+but"
# Taking a set away: '2025 minus the CV ones', 'without the vision papers', 'setting aside NLP'
LEAVE_OUT = (
    r"\bminus|\bwithout|\bexcepting|\bsave\s+for|\b(?:setting|leaving|putting)\s+aside|\bdropping"
    r"|\bdiscounting|\bremov(?:e|ing)|\btak(?:e|ing)\s+(?:away|out)|\bsubtracting|\bbut\s+no"
    r"|\b(?:set|leave|put)\s+aside|\bdrop\b"
)
CODE_BEFORE = re.compile(
    r"(?:"
    + LEAVE_OUT
    + r"|\bin|\bunder|\bon|\babout|\bmainly|\bmostly|\bprimarily|\bonly|\bexclusively|\bsolely"
    r"|\bentirely|\bas|\bof|\bis|\bare|\bcs\.|\(|n't|\bnot|\bnon-?|\boutside|\bexcept"
    r"|\bexcluding|\bother than|\bbesides|\bneither|\bnor|\btagged|\blabell?ed|\bflagged"
    # a field left out: "isn't for NLP", 'anything but NLP', 'beyond NLP'
    r"|" + NEGATED + r"(?:\s+\w+){0,2}?\s+for|" + ALL_BUT + r"|\bbeyond"
    r"|\bmarked|\bfiled|\bcategor(?:y|ies)"
    r"|\bcategori[sz]ed|\bclassified|\bbetween|\bmore(?: of)?(?: an?)?|\bless|\bfewer"
    # 'CV and NLP', 'machine learning or NLP' (the category read first is blanked out by now)
    r"|(?:(?-i:\b(?:[A-Z]{2,5}|cs\.[A-Za-z]{2,5}))|\s{3})\s+(?:and|or|&|vs\.?|versus)"
    r"|(?:\d{4}|\bcode|(?-i:\b[A-Z]{2,5})|^\s*|\s{3})\s*\+)"  # '2021 + cl': not 'medicine + AI'
    r"\s*(?:as\s+|under\s+|with\s+|both\s+|either\s+)?$",
    re.IGNORECASE,
)
# How much of something is a field: 'CL-heavy', 'vision-focused' (hyphen read as a space)
SHARE_WORDS = r"heavy|focused|centric|oriented|dominated|leaning"
# A part of the whole asked for: 'what share', 'how big a slice', 'what portion'
PART_WORDS = r"fraction|share|proportion|percentage|portion|slice|chunk"
CODE_AFTER = re.compile(
    r"^\s*\+|^\s*[)/,]?\s*(?:(?:or|and|&|vs\.?|versus)\s+(?:an?\s+)?(?:\S+\s+)?)?"
    rf"(?:{SHARE_WORDS}|papers?|categor|publications?|articles?|works?|entries|labels?|tags?|flags?"
    r"|ones\b"
    # a vague reference by its field: 'that cv thing', 'some nlp stuff', 'the vision one'
    r"|things?\b|stuff\b|one\b(?!\s*[-–]?\s*shot)"
    r"|research(?:er)?s?\b|scientists?\b|person\b|people\b)",
    re.IGNORECASE,
)
ALIASES = {
    "natural language processing": "CL",
    "computational linguistics": "CL",
    "nlp": "CL",
    "machine learning": "LG",
    "ml": "LG",
    "stat.ml": "ML",
}
# A field's everyday words: 'vision (CV) papers', 'why no image work?'
FIELD_WORDS = {
    "CL": {"text", "texts", "language", "languages", "linguistics", "nlp"},
    "CV": {"vision", "visual", "image", "images", "computer vision"},
}
FIELD_WORD = "|".join(re.escape(w) for ws in FIELD_WORDS.values() for w in ws)
FUZZY = 0.85
# Category names and aliases, casefolded, longest first (a longer name is read first).
NAMED_CATEGORIES = {name.casefold(): code for code, name in CATEGORY_NAMES.items()} | ALIASES
LONGEST_FIRST = sorted(NAMED_CATEGORIES, key=len, reverse=True)
# The names of several words ('computer vision'), casefolded, with their number of words:
# those matched with a slip.
SPELLED_OUT = [
    (code, name.casefold(), len(name.split()))
    for code, name in CATEGORY_NAMES.items()
    if len(name.split()) > 1 and "(" not in name
]
TYPO_RATIO = 88  # rapidfuzz ratio: one slip in a word of 5+ letters
# What may follow "code" in the same phrase: 'code link', 'code release', 'code attached'.
CODE_TAIL = (
    r"(?:\s+(?:links?|releases?|repos?(?:itory|itories)?|attached|available|released"
    r"|public(?:ly available)?|online|on github))?"
)
# What a code link is called: 'code', 'a GitHub repo', 'the github link', 'a public implementation'.
CODE = (
    r"(?:code\b|(?:github|gitlab)(?:\s+(?:code|links?|repos?(?:itory|itories)?|pages?|urls?))?\b"
    r"|(?<=public )implementations?\b|(?<=open-source )implementations?\b|repos?\b"
    r"|repositor(?:y|ies)\b)"
)
FLAGGED = (
    r"\b(?:flagged|tagged|marked|labell?ed)\s+(?:(?:with|as)\s+)?(?:having\s+)?(?:the\s+|a\s+)?"
)
CODE_PHRASES = [
    # "don't have code", "has not released any code", "not marked as having code"
    (False, NEGATED + r"\s+(?:\w+\s+){0,2}?(?:have|has|had|having|release[sd]?|ship(?:s|ped)?|"
            r"come with|include[sd]?|provide[sd]?|publish(?:ed)?|share[sd]?|open[- ]source[sd]?)\s+"
            r"(?:(?:public|publicly|released|available|the|any|their|its|source|a)\s+)*" + CODE
            + CODE_TAIL),
    # "aren't flagged Code", "not marked as having code", "not tagged with code"
    (False, NEGATED + r"\s+(?:\w+\s+){0,2}?" + FLAGGED + r"code\b" + CODE_TAIL),
    (False, r"\b(?:without|no|lacking|lacks?|missing)[\s-]+"
            r"(?:(?:a|public|released|available|source|any)\s+)*" + CODE + CODE_TAIL),
    # 'shipped with code', 'came out with a repo'
    (True, r"(?:\b(?:ship(?:s|ped|ping)?|c[ao]me|comes|coming|released|published|out)\s+){0,2}"
           r"\b(?:with|has|have|having|had|ship(?:s|ped)?|include[sd]?|including|come\s+with"
           r"|provide[sd]?)\s+(?:(?:public|publicly|open[- ]source|"
           r"released|available|the|any|their|its|source|a)\s+)*" + CODE + r"(?!\s+generation)"
           + CODE_TAIL),
    (True, r"\bw/?\s*" + CODE + CODE_TAIL),  # 'video papers w code', 'w/ code'
    (True, r"\b(?:released|open[- ]sourced?|public|available|shared)\s+(?:source\s+)?code\b"
           + CODE_TAIL),
    (True, r"\b(?:release[sd]?|releasing|share[sd]?|sharing|provide[sd]?|providing"
           r"|publish(?:es|ed)?|drop(?:s|ped|ping)?)\s+(?:(?:the|any|their|its|source|public|a)\s+)*"
           + CODE + CODE_TAIL),
    (True, r"\bcode\s+(?:is\s+|was\s+)?(?:available|released|releases?|public|links?|repos?\w*"
           r"|attached)\b"),
    # 'code-released papers', 'code-accompanied work', 'code relases' (a slip)
    # 'which of them can I actually run', 'papers I could reproduce myself': their code
    (True, r"\b(?:i|you|we|one)\s+(?:can|could|would\s+be\s+able\s+to)\s+(?:actually\s+|really\s+)?"
           r"(?:run|reproduce|execute|re-?run)\b(?:\s+(?:myself|ourselves|themselves|it|them))?"
           r"(?:\s+(?:the\s+|its\s+)?code(?:\s+(?:for|of))?\b)?"),
    # 'code-release rate', 'most code per paper', 'code drops': the papers with code, counted
    (True, r"\bcode[- ](?:release|releases|releasing|sharing|availability|drops?|dumps?)\b"
           # ('most' kept for the ranking: only 'code' is taken)
           r"|(?<=\bmost\s)code(?![\w-])|(?<=\bmore\s)code(?![\w-])|(?<=\bless\s)code(?![\w-])"
           r"|(?<=\bleast\s)code(?![\w-])"),
    (True, r"\bcode[- ](?:released|accompanied|backed|equipped|bearing|linked)\b"
           r"|\bcode\s+rel[ea]{1,3}s(?:es?|ed)\b"),
    # 'was code provided for each', 'accompanied by code', 'code shared for every paper'
    (True, r"\bcode\s+(?:(?:is|was|were|are|been|being)\s+)?(?:provided|shared|included|given"
           r"|posted|made\s+(?:public|available))\b|\baccompanied\s+(?:by|with)\s+"
           r"(?:(?:public|publicly|released|available|any|their|its|source|a|the)\s+)*" + CODE),
    (True, r"\bopen[- ]?sourc(?:es|ed|ing)\b"),  # 'why does she never open-source anything?'
    (True, r"\b(?:any|some)\s+code\s+(?:for|of|with|behind)\b|\bcode\s+(?:on|to)\s+github\b"
           r"|\b(?:github|gitlab)\s+(?:links?|repos?(?:itory|itories)?)\b"),
    (True, r"\bcode[- ]tagged\b|\bthe code (?:tag|flag|badge)\b|" + FLAGGED + r"code\b"),
    (False, r"\bcode[- ]?(?:free|less)\b|\bcodeless\b"),  # 'all 2026 papers code-free?'
    (True, r"\blinks?\s+to\s+(?:(?:their|its|the|public|a|some|any)\s+)*" + CODE),  # 'link to code'
    (False, r"\+\s*no\s+" + CODE + r"|\bno\s+" + CODE + r"\s*\+"),  # 'cl + no code'
    (True, r"\+\s*" + CODE + r"|\b" + CODE + r"\s*\+"),  # 'cv + code + 2023'
]  # fmt: skip
# Words of questions about papers, beyond the function words of retrieval/text.py.
_QUESTION_WORDS = """
    am done having me my himself less least few fewer fewest every neither others else same even
    further
    ever still already yet again now today currently per number numbers count total overall
    altogether combined together sum paper papers work works worked working publication
    publications article articles entry entries research researcher researchers scientist
    scientists profile listed list person always
    saw sees provide
    cite citing mention aunt uncle cousin niece nephew mom mother dad father sister brother
    grandma grandmother grandpa grandfather neighbor neighbour wife husband
    lists listing show give tell name names enumerate find search publish published post
    posted uploaded
    landed
    publishes publishing wrote write written writes writing author authors authored coauthor
    coauthors co-author co-authors co-authored co-wrote co-write co-writes co-written
    co-writing cowrote cowrite cowrites cowritten year years time period since before after
    until between during within across please thanks hi hello category categories field
    fields area areas subject subjects anything anyone someone something use uses used using
    regarding related concerning dealing deal deals involve involving involves first
    earliest latest newest oldest last recent most-recent common frequent busiest productive
    prolific popular top dominant dominates dominate appear appears appeared lead leads led
    first-authored first-author
    surname family apart except besides including value values score scores percentage
    fraction share proportion percent get got make made really exactly exact ones kind type
    sort dr prof professor group career exist exists include includes contain contains cover
    covers vs versus compared compare s e.g etc mr let know see put out mention mentions
    mentioning mentioned discuss discusses available mostly mainly primarily often usually
    frequently regularly commonly ratio tally tallies tallied
    tend tends tended tending reach reaches reached reaching
    affiliation affiliations tag tags tagged institution institutions carry carries carrying
    marked never don't doesn't didn't hasn't haven't isn't aren't wasn't weren't non curious
    wondering wonder like dont doesnt didnt hasnt havent isnt arent wasnt werent i'm im i'd
    i've whether hey ok okay um lol btw pls plz actually basically stuff thing things want
    wanted need interested come comes came fall falls fell back puts go goes went look
    looking check explain explains explained cause causes caused reason reasons entirely
    completely totally anymore categorized categorised classified filed label labels
    labelled labeled flagged they've she's he's we've you've far new release released
    releases yr yrs
    dated date dates output looked looks older newer among amongst recently lately doing
    started start starting began begin debut right given one up shows considering
    hw wat wht whats abt bout r u ur ya pls thx mind kindly split days nowadays anymore
    average typically typical senior everything nothing whatever exclusively solely entirely
    majority describe describes
    described describing target targets targeted none abstracts quote quotes quoted
    targeting tackle tackles tackled address addresses addressed touch touches touched
    touching explore explores explored exploring study studies studied studying apply applies
    applied applying built build builds focused focuses focusing centered centred revolve
    revolves concern concerns pertain pertains thrust gist essence nutshell known
    famous specialty speciality expertise summarize summarise stop initially outset beginning
    stopped quit abandon abandoned abandoning contribution contributions going judging
    anywhere somewhere everywhere
    hav hv al diff different distinct various counting counted including included excluding
    exclude excluded main primary collab collabs beyond title titles
    inclusive inclusively peak current flag flags good bad run runs recurring through
    hes shes theyre theyve youre thats wheres hows whos expert experts specialist specialists
    specialise specialize specialises specializes specialised specialized largest greatest
    highest around
    say rather kinda sorta kind-of sort-of literally honestly frankly seriously somewhat
    maybe perhaps simply truly anyway anyways tbh imo imho ish
    shown recap recaps rundown roundup synopsis
    help helps helpful useful usable relevant qualify qualifies
    propose proposes proposed proposing introduce introduces introduced introducing
    custom bespoke too
    try tries tried trying attempted attempting presents presented presenting
"""
# The doings asked of papers with their subject ('papers that make or test X'): a word joined
# to one of them by 'or' / 'and' is a doing too (see `_joined_to_doing`).
# (not the forms also said as nouns: 'empirical studies or analyses', 'a study or survey')
_DOINGS = """
    make makes made build builds built use used propose proposes proposed introduce
    introduces introduced studied explore explores explored apply applies applied try tries
    tried tackle tackles tackled address addressed
"""
DOINGS = frozenset(_DOINGS.split())
JOINING = frozenset(("or", "and", "and/or", "&", "/"))
# Words of what a paper does with its subject ('papers that rely on X'), dropped only as typed:
# one slip from them is a word of its own ('reply', 'replies'), never read as them.
AS_TYPED_ONLY = frozenset("rely relies relied".split())  # noqa: SIM905
# Where the answer is to be read from, never its subject: 'according to the profile', 'as per
# the listed data', 'as reflected in the profile', 'based on her listed papers', "going by Qiu's
# publications"
SOURCE = (
    r"\b(?:as\s+(?:reflected|shown|seen|listed|given|captured|represented|presented|recorded"
    r"|stated|described)\s+(?:in|by|on)|according\s+to|(?:as\s+)?per|going\s+by|based\s+on"
    r"|judging\s+(?:by|from))\s+(?:the|this|your|his|her|their|these|[\w-]+['’]s)\s+"
    r"(?:(?:listed|own|public)\s+)?(?:profile|records?|data|list(?:ing)?|page|bot|papers"
    r"|publications|entries)\b"
)
# Phrases that hedge or frame what is asked, never its subject: 'in terms of papers', 'when it
# comes to output', 'more or less', 'if you will'.
FILLER = (
    r"\bin terms of\b|\bwhen it comes to\b|\bmore or less\b|\bso to speak\b|\bif you will\b"
    r"|\bi mean\b|\byou know\b|\bas it were\b|\bby any chance\b|\bif any\b|\bor so\b"
    # how far the subject is asked for, never which: 'in some form', 'in any way', 'focus on'
    r"|\bin\s+(?:some|any|one)\s+(?:form|way|shape|capacity)(?:\s+or\s+(?:another|other))?\b"
    r"|\bfocus(?=\s+(?:on|upon)\b)"
    r"|(?<!\w)(?:i\.e|e\.g|viz)\.?(?!\w)|\bthat is to say\b"  # 'spring 2022, i.e. March to May'
    # the asker's own hedge, set apart: '..., I believe.', 'March to May, I think?', 'iirc'
    r"|(?<=[,;(])\s*i\s+(?:believe|think|guess|reckon|suppose|gather)\b(?=\s*(?:[,.;:?!)]|$))"
    r"|\bif\s+i\s+(?:remember|recall)(?:\s+(?:correctly|rightly|right))?\b|\biirc\b"
    # a subject's whole asked as a story: "what's his story in X", 'the story of X' (not 'story
    # generation', a subject)
    r"|\bwhat(?:['’]s|\s+is|\s+was)\s+(?:his|her|their|[\w-]+['’]s)\s+story\s+(?=(?:in|with|on"
    r"|around|behind)\b)|\b(?:the\s+)?story\s+(?=(?:of|behind)\b)"
    r"|" + SOURCE
)
STOPWORDS = BASE_STOPWORDS | frozenset(_QUESTION_WORDS.split()) | frozenset(NUMBER_WORDS)
# Never a person's name: the stopwords and the words of category names.
SKIP_WORDS = STOPWORDS | {w.casefold() for n in CATEGORY_NAMES.values() for w in n.split()}
_TIMELINE = """shift shifted shifts shifting change changed changes changing evolve evolved
    evolution evolving move moved transition transitioned pivot pivoted drift drifted focus
    interests interest direction directions topics topic agenda emphasis timeline trend trends
    trajectory yearly annual annually over time breakdown distribution spread grow grows grown
    growing grew increase increased increasing decrease decreased decreasing decline declined
    declining output productivity pace slow slower quiet quieter busy busier productive
    develop developed development progressed progression toward towards"""
# Words that ask who, not about what: 'her main collaborators on RL' is about RL.
_PEOPLE = """collaborate collaborates collaborated collaborating collaborator collaborators
    collaboration collaborations coauthor coauthors co-author co-authors coauthored co-authored
    partner partners people person persons alongside"""
# Words that ask for metadata in a metadata question but are content in a content question.
META_WORDS = set(_TIMELINE.split()) | set(_PEOPLE.split())


# Chat shorthand: 'w/o code', 'w/ Chengyu Wang', and abbreviated content words ('fashion
# pics', 'vids', 'recsys', 'attn').
ABBREVIATIONS = {
    "pic": "image", "pics": "images", "img": "image", "imgs": "images", "vid": "video",
    "vids": "videos", "recsys": "recommender systems", "info": "information",
    "convo": "conversation", "convos": "conversations", "pub": "publication", "avg": "average",
    "pubs": "publications", "yr": "year", "yrs": "years", "conf": "conference",
    "confs": "conferences", "ppl": "people", "eval": "evaluation", "evals": "evaluations",
    # written shorthand of the field's words ('attn mechanisms', 'session based recs')
    "attn": "attention", "recs": "recommendations", "docs": "documents",
    "emb": "embedding", "embs": "embeddings", "repr": "representation",
    "reprs": "representations", "archs": "architectures", "hyperparams": "hyperparameters",
    "optim": "optimization", "clf": "classifier", "clfs": "classifiers",
}  # fmt: skip
SHORTHAND = [
    (re.compile(r"\b(why|how|what|where|who|when)['’]d\b", re.I), r"\1 did"),  # 'why'd she'
    (
        re.compile(r"\b(?:research|topic|time|area|field|year|work|output|subject)-?wise\b", re.I),
        "",
    ),
    (re.compile(r"(?<!\w)w/o(?!\w)", re.I), "without"),
    # 'this years papers', 'last years output': the year's, its apostrophe left out
    (
        re.compile(
            r"\b(this|last|past|previous|current)\s+years(?=\s+(?:papers?|publications?|pubs"
            r"|output|works?|articles?|research)\b)",
            re.I,
        ),
        r"\1 year's",
    ),
    # 'did a paper land on New Year's Eve?', 'papers that landed in 2024': came out then
    (
        re.compile(
            r"\bland(?:s|ed)?(?=\s+(?:on|in|during|over|before|after|around|between)\b)", re.I
        ),
        "came out",
    ),
    (re.compile(r"(?<!\w)w/(?=\s)", re.I), "with"),
    # 'was there a single vision paper in 2022?': whether any paper is, not a subject 'single'
    # ('a single labelled example' keeps it; 'categories with a single paper' count one)
    (
        re.compile(
            r"\b(had|has|have|was|were|is|are|there|publish\w*|wrote|write|released?)\s+"
            r"(?:even\s+)?(?:a|one)\s+single\s+(?=(?:[\w-]+\s+){0,2}(?:papers?|publications?"
            r"|articles?|preprints?)\b)",
            re.I,
        ),
        r"\1 a ",
    ),
] + [(re.compile(rf"(?<![\w-]){a}(?![\w-])", re.I), w) for a, w in ABBREVIATIONS.items()]


def expand_shorthand(question: str) -> str:
    for pattern, word in SHORTHAND:
        question = pattern.sub(word, question)
    return question


def has(pattern: str, text: str) -> bool:
    """Case-insensitive regex search: does the question contain this cue?"""
    return compiled(pattern, re.IGNORECASE).search(text) is not None


class Scan:
    """The question's text, with the parts already understood blanked out."""

    def __init__(
        self,
        text: str,
        vocabulary: frozenset[str] = frozenset(),
        known: frozenset[str] = frozenset(),
    ) -> None:
        """`vocabulary`: the profile's own words ('summaries'), never read as a question
        word typed wrong ('summarise'); `known`: the dictionary's words, a word of five letters
        or more of which is no question word typed wrong either ('drone', not 'done')."""
        self.text, self.vocabulary, self.known = text, vocabulary, known
        self.skip_words = SKIP_WORDS
        self._low = self._low_of = ""

    @property
    def low(self) -> str:
        """The text casefolded, read again only once the text has changed."""
        if self._low_of is not self.text:
            self._low_of, self._low = self.text, self.text.casefold()
        return self._low

    def take(self, pattern: str) -> re.Match[str] | None:
        """Blank out the first match of `pattern` (case-insensitive) and return it."""
        m = compiled(pattern, re.IGNORECASE).search(self.text)
        if m:
            self.text = self.text[: m.start()] + " " + self.text[m.end() :]
        return m

    def drop(self, pattern: str) -> bool:
        """Blank out every match of `pattern` (case-insensitive)."""
        self.text, n = compiled(pattern, re.IGNORECASE).subn(" ", self.text)
        return n > 0


# 'AI that watches videos', 'AI models': the thing itself, not the arXiv category.
CODE_AS_NOUN = re.compile(
    r"^[\s-]+(?:that|which|who|models?|systems?|agents?|assistants?|tools?|apps?|applications?"
    r"|for|to|diagnos\w*|powered|based|driven|generated|safety|ethics|regulation)\b",
    re.IGNORECASE,
)


# 'AI video generation', 'on AI rainfall prediction': a word that names a subject after it.
NEXT_WORD = re.compile(r"^\s+(?P<word>[A-Za-z][\w-]*)")


def _code_in_context(scan: Scan, m: re.Match[str]) -> bool:
    after = scan.text[m.end() :]
    if CODE_AS_NOUN.match(after):
        return False
    return bool(CODE_BEFORE.search(scan.text[: m.start()]) or CODE_AFTER.match(after))


# Between two codes of one list: 'CV, LG and AI', 'how many CV, how many AI'
LIST_JOINT = re.compile(
    r"[\s,;/&+]*(?:(?:and|or|vs\.?|versus|plus|how\s+many)[\s,;/&+]*)*", re.IGNORECASE
)


def _listed(text: str, start: int, spans: list[tuple[int, int]]) -> bool:
    """Does a code typed as written follow a category already read, with only a list's joints
    between them ('CV, LG and AI')? Then it is one of the list, however everyday the word."""
    before = [end for _, end in spans if end <= start]
    return bool(before) and LIST_JOINT.fullmatch(text[max(before) : start]) is not None


def _describes(after: str) -> bool:
    """Is a code that is also an everyday word ('AI') typed before the subject it describes
    ('AI video generation'), rather than before papers ('AI papers') or nothing ('in AI?')?"""
    word = NEXT_WORD.match(after)
    if word is None or CODE_AFTER.match(after):
        return False
    return word["word"].casefold() not in STOPWORDS


def _name_pattern(name: str) -> str:
    words = [re.escape(w) for w in name.split()]
    joined = r"[\s-]+".join(words).replace(r"[\s-]+and[\s-]+", r"\s+(?:and|&)\s+")
    return r"\b" + joined + r"s?\b"  # 'computer-vision papers' too


def _blank(scan: Scan, start: int, end: int) -> None:
    scan.text = scan.text[:start] + " " * (end - start) + scan.text[end:]


def _blank_all(scan: Scan, pattern: str) -> None:
    """Blank out every match of `pattern`, keeping every place where it was (the spans of
    the categories read stay where they were: 'outside language (CL) and vision (CV)')."""
    scan.text = compiled(pattern, re.IGNORECASE).sub(lambda m: " " * len(m[0]), scan.text)


# "not in CV", "non-CV", "outside computer vision", "other than NLP", "excluding CL".
CATEGORY_NOT = re.compile(
    r"(?:\bnon|" + NEGATED + r"(?:(?:\s+\w+){0,2}?\s+(?:in|under|on|from|about|of|as|for|tagged"
    r"|labell?ed|marked|filed|classified))?"
    r"|\boutside(?:\s+of)?|\bother than|\bexcept(?:\s+for)?|\bexcluding|\bbesides|\bapart from"
    r"|\bbeyond|\bnot counting|\bleaving out|\bignoring"
    r"|\bneither(?:\s+(?:in|under|on|from|about|of|as|for|tagged|labell?ed|filed|classified))?|"
    + ALL_BUT
    + "|"
    + LEAVE_OUT
    + ")"
    r"(?:\s+(?:the|a|an|her|his|their|its|both|either))?"
    r"[\s-]*(?:cs\.)?$",
    re.IGNORECASE,
)


def _negated(scan: Scan, start: int) -> bool:
    """Is the category at `start` negated? The negation words are blanked out with it."""
    window = max(0, start - 40)
    gloss = re.search(rf"\b(?:{FIELD_WORD})\s*\(\s*$", scan.text[window:start], re.IGNORECASE)
    start = window + gloss.start() if gloss else start  # 'not language (cs.CL)': before the gloss
    m = CATEGORY_NOT.search(scan.text[window:start])
    if m:
        _blank(scan, window + m.start(), window + m.end())
    return m is not None


# A category's name said by its last word ('vision' for Computer Vision, 'language' for
# Computation and Language), when no other category's name ends with that word.
_HEADS: dict[str, list[str]] = {}
for _code, _name in CATEGORY_NAMES.items():
    if len(_name.split()) > 1 and "(" not in _name:
        _HEADS.setdefault(_name.split()[-1].casefold(), []).append(_code)
HEAD_WORDS = {word: codes[0] for word, codes in _HEADS.items() if len(codes) == 1}
# ... only as the kind of paper: 'her vision papers', 'most vision-heavy' ('retrieval research',
# 'vision work' ask for a subject: searched, not filtered)
HEAD_AFTER = rf"(?=\s+(?:{SHARE_WORDS}|papers?|publications?|pubs|articles?|ones|one|thing)\b)"


def _said_by_head(scan: Scan, present: frozenset[str]) -> list[tuple[str, int, int]]:
    """Categories the profile has, named by their last word right before a word for papers,
    with nothing but question words before it ('multimodal vision papers' is a topic)."""
    found = []
    for word, code in HEAD_WORDS.items():
        if code not in present or word not in scan.low:
            continue
        for m in compiled(rf"(?:(?<![\w-])|(?<=\bnon-)){word}{HEAD_AFTER}", re.IGNORECASE).finditer(
            scan.text
        ):
            before = re.search(r"([A-Za-z][\w'’-]*)\W*$", scan.text[: m.start()])
            negated = CATEGORY_NOT.search(scan.text[max(0, m.start() - 40) : m.start()])
            if before is None or before[1].casefold() in STOPWORDS or negated:
                found.append((code, *m.span()))
    return found


def find_categories(
    scan: Scan, present: frozenset[str] = frozenset()
) -> tuple[list[str], list[str]]:
    """Category codes named in the question, and those it leaves out ('not in CV', 'non-CV'):
    by code, by name, by alias, by the last word of a name the profile has (`present`), or a
    close typo.

    Names need context ('in computer vision', 'NLP papers') so that a content question
    ('papers that use machine learning for weather') keeps its words as the topic.
    """
    found: list[tuple[str, bool]] = []
    spans: list[tuple[int, int]] = []  # where each found category was named
    names = NAMED_CATEGORIES
    for name in LONGEST_FIRST:
        if name.split()[-1] not in scan.low:  # cheap test before the regex
            continue
        pattern = _name_pattern(name) if name != "stat.ml" else r"\bstat\.ml\b"
        for m in list(compiled(pattern, re.IGNORECASE).finditer(scan.text)):
            if _code_in_context(scan, m):
                _blank(scan, m.start(), m.end())
                found.append((names[name], _negated(scan, m.start())))
                spans.append(m.span())
    words = list(re.finditer(r"[A-Za-z]+", scan.text))
    for code, name, n in SPELLED_OUT:
        for i in range(len(words) - n + 1):
            window = scan.text[words[i].start() : words[i + n - 1].end()]
            # below the cutoff the ratio is 0, so it is not computed in full
            if fuzz.ratio(window.casefold(), name, score_cutoff=100 * FUZZY) < 100 * FUZZY:
                continue
            found_at = re.search(re.escape(window), scan.text)
            if found_at and _code_in_context(scan, found_at):
                _blank(scan, found_at.start(), found_at.end())
                found.append((code, _negated(scan, found_at.start())))
                spans.append(found_at.span())
    # Twice: 'cv and cl' reads 'cl' once 'cv' is read (and blanked out).
    for code in [*CATEGORY_NAMES, *CATEGORY_NAMES]:
        if code.casefold() not in scan.low:
            continue
        pattern = r"(?:(?<![\w-])|(?<=\bnon-))(?:cs\.)?" + re.escape(code) + r"(?![\w-])"
        for m in list(compiled(pattern, re.IGNORECASE).finditer(scan.text)):
            exact = m.group(0).removeprefix("cs.").removeprefix("CS.") == code
            in_context = _code_in_context(scan, m) and (exact or code not in {"AS", "AI"})
            in_context = in_context or (exact and _listed(scan.text, m.start(), spans))
            if in_context and code not in DISTINCT_CODES and _describes(scan.text[m.end() :]):
                continue  # 'AI video generation': the subject's kind, not the arXiv category
            if (exact and code in DISTINCT_CODES) or in_context:
                _blank(scan, m.start(), m.end())
                found.append((code, _negated(scan, m.start())))
                spans.append(m.span())
    for code, start, end in _said_by_head(scan, present):  # once whole names are read
        _blank(scan, start, end)
        found.append((code, _negated(scan, start)))
        spans.append((start, end))
    # 'the NLP (cs.CL) papers': a category named twice; the second naming is no topic
    for code in {c for c, _ in found}:
        for name in [n for n, c in names.items() if c == code]:
            if name != "stat.ml":
                _blank_all(scan, _name_pattern(name))
        # 'lg (machine learning)', 'machine learning (lg)': its code in any case beside the
        # name read, which is blanked out by now
        said = rf"(?:cs\.)?{re.escape(code)}"
        _blank_all(scan, rf"(?<![\w-]){said}\s*\(\s*\)|\(\s*{said}\s*\)")
    if found:  # 'vision (CV) papers', 'CV (vision) papers': the field's word glosses its code
        _blank_all(scan, rf"\b(?:{FIELD_WORD})\s*\(\s*\)|\(\s*(?:{FIELD_WORD})\s*\)")
    found = _negation_shared(scan.text, found, spans)
    left_out = list(dict.fromkeys(c for c, negated in found if negated))
    # 'papers that aren't NLP (CL)': one category named twice, once negated: left out
    kept = [code for code, negated in found if not negated and code not in left_out]
    return list(dict.fromkeys(kept)), left_out


# 'neither CL nor CV', 'not in CL or CV', 'outside both NLP and vision': one negation, a list
# (a name glossing a code, read and blanked out, leaves its brackets: 'CV (computer vision) or CL')
COORDINATED = re.compile(
    r"[\s()]*,?[\s()]*(?:or|nor|and|&|/)\s*(?:(?:in|under|the)\s+)?[\s(]*", re.IGNORECASE
)


def _negation_shared(
    text: str, found: list[tuple[str, bool]], spans: list[tuple[int, int]]
) -> list[tuple[str, bool]]:
    """A category joined to a negated one by 'or', 'nor', 'and' is negated as well."""
    order = sorted(range(len(found)), key=lambda i: spans[i][0])
    left_out = {code for code, n in found if n}  # 'not CV (computer vision)': both namings
    negated = [code in left_out for code, _ in found]
    for a, b in itertools.pairwise(order):
        if negated[a] and COORDINATED.fullmatch(text[spans[a][1] : spans[b][0]]):
            negated[b] = True
    return [(code, n) for (code, _), n in zip(found, negated, strict=True)]


# Papers set aside by their code ('ignoring papers without code', 'leaving out the ones with
# code'): the others are kept
SET_ASIDE = (
    r"\b(?:ignor\w*|exclud\w*|disregard\w*|skip\w*|set(?:ting)?\s+aside|leav\w*\s+out"
    r"|not\s+counting|discount\w*|apart\s+from|except(?:\s+for)?|other\s+than)\s+(?:all\s+)?"
    r"(?:the\s+|any\s+|those\s+)?(?:papers?|ones|works?|publications?)?(?:\s+(?:that|which|with|having)"
    r"(?:\s+(?:have|has|had|are|come|came))?)?\s*$"
)


def find_code(scan: Scan) -> bool | None:
    """True for 'with code', False for 'without code', None when code is not mentioned;
    the other side when the papers said are set aside ('ignoring papers without code')."""
    for value, pattern in CODE_PHRASES:
        before = scan.text
        if m := scan.take(pattern):
            at = max(0, m.start() - 40)
            aside = re.search(SET_ASIDE, before[at : m.start()], re.IGNORECASE)
            if aside is None:
                return value
            scan.text = scan.text[: at + aside.start()] + " " + scan.text[at + aside.end() :]
            return not value
    return None


def leftover_topic(scan: Scan, extra_stop: set[str] | None = None) -> str | None:
    """The content words left once filters and question words are gone, or None."""
    stop = STOPWORDS | (extra_stop or set())
    words = re.findall(r"[A-Za-z0-9][\w+.'-]*[\w+]|[A-Za-z0-9]", scan.text)
    dropped = stop | AS_TYPED_ONLY
    kept = [
        w
        for w, joined in zip(words, _joined_to_doing(words), strict=True)
        if not joined and w.casefold().removesuffix("'s") not in dropped and not w.isdigit()
    ]
    # 'earliest-dated', 'most-recent': a compound of question words is one too, and so is
    # one of them made '-wise' ('publication-wise': as regards publications)
    kept = [
        w
        for w in kept
        if "-" not in w or not set(w.casefold().removesuffix("-wise").split("-")) <= stop
    ]
    kept = [
        w
        for w in kept
        if len(w) > 1
        and (
            w.casefold() in scan.vocabulary
            or not _misspelt_stopword(w.casefold(), stop, scan.known)
        )
    ]
    return " ".join(kept) or None


def _joined_to_doing(words: list[str]) -> list[bool]:
    """Which words are a doing joined to one asked of papers ('papers that make or test X',
    'build and evaluate X', 'use or study X'): what the asker says the papers do with the
    subject, as the doing before it is, never the subject."""
    low = [w.casefold() for w in words]
    return [
        i >= 2
        and low[i - 1] in JOINING
        and low[i - 2] in DOINGS
        and w.isalpha()
        and i + 1 < len(low)  # a subject follows ('use or test' alone says nothing)
        for i, w in enumerate(low)
    ]


def _misspelt_stopword(
    word: str, stop: frozenset[str] | set[str], known: frozenset[str] = frozenset()
) -> bool:
    """'nmber', 'pubished', 'dont', 'papres': a question word typed wrong, not a topic. A
    word of five letters or more the dictionary (`known`) has is one only as a form of that
    question word ('counts', 'titled', 'averaged'), not as another word ('drone' for 'done')."""
    if len(word) < 4:
        return False
    if len(word) >= 5 and swapped_stopword(word):
        return True
    if len(word) >= 5 and word in known:  # any question word near it of its stem
        near = process.extract(word, stop, scorer=fuzz.ratio, score_cutoff=TYPO_RATIO, limit=None)
        return bool(near) and stem([word])[0] in stem([m[0] for m in near])
    match = process.extractOne(word, stop, scorer=fuzz.ratio, score_cutoff=TYPO_RATIO)
    return match is not None


def swapped_stopword(word: str) -> str | None:
    """The question word typed with two letters swapped ('papres' -> 'papers'), or None."""
    if len(word) < 3:
        return None
    return next((s for s in _SWAPPED.get(_letters(word), ()) if OSA.distance(word, s) == 1), None)


def _letters(word: str) -> str:
    return "".join(sorted(word))


_SWAPPED: dict[str, list[str]] = {}
for _word in sorted(STOPWORDS):  # sorted: 'hwo' is always 'how', never 'who'
    _SWAPPED.setdefault(_letters(_word), []).append(_word)
