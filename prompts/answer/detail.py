"""What detail of one named paper a question asks ('hrkd github link?', 'RetiZero data size
pls', 'when did spanprot come out'), and how it is stated: from the paper's metadata (code
link, date, authors, category) or by the abstract sentence of that kind (languages, data size,
results, method). The offline answers and the metadata card both read it, so a detail is
answered the same whichever route the question took."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from typing import Literal

from prompts.understand.asker import SAID_FIRST
from prompts.understand.people import FIRST_AUTHOR, WRITTEN_BY
from prompts.understand.router import AUTHORS_DO, VENUE
from prompts.understand.terms import NUMBER_WORDS, YES_NO
from prompts.understand.yesno import asks_yes_no, names_person
from retrieval.model import CATEGORY_NAMES, Paper, category_label
from retrieval.names import aliases
from retrieval.text import STOPWORDS, split_sentences

Detail = Literal[
    "code",
    "date",
    "authors",
    "category",
    "languages",
    "data_size",
    "results",
    "use",
    "speed",
    "setup",
    "model_size",
    "parts",
    "name",
    "expansion",
    "framework",
    "reception",
    "popularity",
    "upkeep",
    "licence",
    "funding",
    "approval",
    "footprint",
    "price",
    "status",
    "identifier",
    "ethics",
    "recognition",
    "recording",
]
METADATA: tuple[Detail, ...] = ("code", "date", "authors", "category")

# 'hrkd github link?', 'repository for the HRKD paper', 'is the code public?'
CODE = re.compile(
    r"\b(?:code(?:base)?s?|github|gitlab|repo(?:s|sitory|sitories)?|source[- ]code|links?|url"
    # 'is it open source?', 'open-sourced code'; not 'open-source models' it is compared with
    r"|implementations?|open[- ]?sourced|open[- ]?source"
    # ('open-source Valley2', 'open-source the model': the release, said as a verb)
    r"(?!\s+(?!code|implementation|release|version|anywhere|online|yet|now|the|their|its|this"
    r"|that|them|any|all)(?-i:[a-z]{3,})))\b",
    re.IGNORECASE,
)
# 'when did spanprot come out', 'spanproto date?', 'what year/month?', 'how recent is it'
DATE = re.compile(
    r"\bwhen(?:['’]s|\s+(?:was|were|did|is|does|do|had|has))\b|\bwhen\W*$"
    r"|\bwhen\b.*\b(?:publish\w*|releas\w*|appear\w*|out|written|posted)\b"
    r"|\b(?:curious|know|wonder\w*|tell\s+me|say)\s+when\b|\bdat(?:e|es|ed)\b"
    r"|\b(?:what|which)\s+(?:[\w-]+\s*(?:,|and|or|&)\s+)?(?:year|month|day)\b|\byear\s*/\s*month\b"
    r"|(?:['’]s|\bits|\bthe)\s+(?:publication\s+|release\s+)?(?:year|month)\b"
    r"|\bhow\s+(?:old|recent)\b|\b(?:came|come|comes)\s+out\b",
    re.IGNORECASE,
)
# 'was RainSeer published in 2025?': a yes/no on its year
YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")
PUBLISHED = re.compile(
    r"\b(?:publish\w*|releas\w*|came\s+out|come\s+out|appear\w*|written|from|dated)\b",
    re.IGNORECASE,
)
# 'who wrote it', 'authors of X', 'X's first author', 'who was on the team'
AUTHORS = re.compile(
    r"\bwho(?:\s+|['’]s\s+)(?:wrote|authored|are|is|was|were|made|created|built|developed|led"
    r"|leads|heads|headed|worked|contributed|the|on|behind|else)\b|\bwho\W*$|\bauthor(?:s|ed|ship)?\b"
    r"|\bwr[io]te\b|\bwritten\b|\bco-?authors?\b|\bteam\b|\bby\s+whom\b"
    # a place on the byline or the credit asked: 'credit whoever is listed first', 'byline'
    r"|\bwhoever\b|\b(?:listed|named|credited|comes?|appears?)\s+(?:first|last|second)\b"
    # 'whose name is first', 'whose name goes last'
    r"|\bwhose\s+name\b"
    r"|\bbylines?\b|\bcredit(?:ed|s)?\s+(?:as|to|whoever|who|the\s+(?:first|lead|authors?))\b",
    re.IGNORECASE,
)
# The words that ask a field outright, never half of a phrase the paper uses: 'code link',
# 'author names', 'category listed', 'code available'.
FIELD_ASKING = frozenset(
    """available availability released release releases link links url urls names name listed
    list credited credit filed shown page public open repo repository repositories github
    position positions order first last lead label labels tag code codes author authors
    category categories arxiv""".split()  # noqa: SIM905
)
# The metadata fields a question's word may instead name as half of the paper's own phrase
# ('category recognition', 'code generation', 'author attribution').
PHRASED: frozenset[str] = frozenset({"category", "code", "authors"})
# A thing asked, not a person: 'which two SRGI models did the team propose', 'what loss did
# the authors use' (not 'which team', 'what was the team', 'who')
THING_ASKED = re.compile(
    r"\b(?:which|what)\s+(?:(?:\w+\s+){0,2}?(?:kinds?|types?|sorts?)\s+of\s+)?"
    r"(?!(?:is|was|are|were|did|does|do|has|have|had|authors?|co-?authors?|people|persons?|team"
    r"|researchers?|scientists?|names?|year|month|date|day)\b)[\w-]+\s+(?!(?:is|was|are|were)\b)",
    re.IGNORECASE,
)
# Things said to be named: 'which precursors are named', 'what datasets get called out'
NAMED_THINGS = re.compile(
    r"\b(?:are|were|is|was|get|gets|got|being|been)\s+(?:\w+\s+)?(?:named|called|mentioned)\b",
    re.IGNORECASE,
)
PERSON_ASKED = re.compile(r"\bwho\b|\bauthor|\bwr[io]te\b|\bwritten\b", re.IGNORECASE)
CODES = "|".join(CATEGORY_NAMES)
CATEGORY = re.compile(
    r"\b(?:arxiv\s+)?(?:categor(?:y|ies)|subject\s+area)\b|\bwhich\s+field\b|\barxiv\b"
    r"|\b(?:listed|filed|categori[sz]ed)\s+(?:under|as|in)\b|\bclassified\b(?!\s+(?:by|into|with)\b)"
    # two arXiv categories offered: 'merit -- cv or cl?', 'is it CL/LG'
    rf"|\b(?:{CODES})\s*(?:or|vs\.?|/)\s*(?:{CODES})\b",
    re.IGNORECASE,
)
# 'how many X' counts something in the abstract ('how many categories does MERIT cover')
# ('number of categories in MERIT?', 'MERIT product categories count pls')
COUNTED = re.compile(r"\bhow\s+many\b|\bnumber\s+of\b|\bcounts?\b|#", re.IGNORECASE)
# 'how multilingual is MERIT', 'which languages', 'how many languages' (not 'language model')
LANGUAGES = re.compile(
    r"\b(?:multi-?lingual\w*|cross-?lingual\w*|bilingual|languages)\b"
    r"|\b(?:which|what|how\s+many)\s+language\b(?!\s+models?)",
    re.IGNORECASE,
)
DATA_WORD = (
    r"data|data\s?sets?|corpus|corpora|images?|videos?|samples?|examples?|pairs?|queries"
    r"|documents?|texts?|benchmarks?|training\s+set"
)
# 'how much data went into RetiZero', 'RetiZero data size pls', 'size of the corpus'
DATA_SIZE = re.compile(
    # ('how many queries per second': a rate, not a size)
    rf"\bhow\s+(?:much|many|big|large)\s+(?:[\w-]+\s+){{0,2}}?(?:{DATA_WORD})\b"
    rf"(?!\s+(?:per|a|an|each)\s+(?:second|sec|minute|hour|query|call)\b)"
    rf"|\b(?:{DATA_WORD})\s+(?:size|scale|amount|volume|count)\b"
    rf"|\b(?:size|scale|amount|volume)\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){{0,2}}?"
    rf"(?:{DATA_WORD})\b|\bhow\s+much\s+(?!compute\b)(?:[\w-]+\s+){{0,3}}?(?:went|go|goes|used|trained)\b",
    re.IGNORECASE,
)
# 'how well does CURE do', 'GThinker results?', 'what accuracy', 'does it beat baselines'
RESULTS = re.compile(
    r"\bresults?\b|\bperform(?:s|ed|ance)?\b|\bhow\s+(?:well|good)\b|\baccura\w*|\bscores?\b"
    r"|\boutperform\w*|\bbeat\b|\bsota\b|\bstate[- ]of[- ]the[- ]art\b|\bgains?\b"
    # a number asked for: 'its headline number', 'what fraction of the parameters', 'how small'
    r"|\b(?:headline|key|main|big|top)\s+(?:[\w-]+\s+){0,2}?(?:numbers?|figures?|stats?)\b"
    # 'the retrieval number' (not 'the number of', 'paper number 2', 'any number k', 'its
    # numbers: queries, products', which count things)
    r"|\bby\s+how\s+much\b|(?<!\bany\s)(?<!\ba\s)\bnumbers?\b(?!\s*:|\s+(?:of|\d|one|two|three|k|n)\b)"
    # how it did: 'how did X do on the benchmark', 'how their model did on held-out data', 'how
    # does it fare' (not 'how does X do the fusion', 'how many papers did she do in 2023');
    # what it reached, the verb with no object of its own: 'what POC@1.0 do current models
    # achieve on it' (not 'what does X do to achieve cloud-free maps', 'what speed-up did it
    # reach', which asks its speed first)
    r"|\bhow\s+(?!many\b|much\b|long\b|often\b)(?:[\w'’-]+\s+){1,7}?(?:do|does|did|done|fare[sd]?)"
    r"(?=\s+(?:on|in|at|against|versus|vs\b|compared|relative)\b|\s*[,;?!.]|\s*$)"
    r"|\b(?:achiev|reach|obtain|attain)(?:e|es|ed|s)?"
    r"(?=\s+(?:on|in|at|for|under|across|against)\b|\s*[,;?!.]|\s*$)"
    r"|\bwhat\s+(?:fraction|percent(?:age)?|proportion|ratio)\b|\bhow\s+(?:small|tiny|compact)\b"
    r"|\bhow\s+much\s+(?:better|worse|smaller|bigger|larger|higher|lower|improvement)\b"
    # 'how much did X improve Y', 'what improvement does X claim'
    r"|\bhow\s+much\b[^?.!]{0,60}\bimprov\w*|\bimprovements?\b",
    re.IGNORECASE,
)
# 'where is X deployed', 'is X used in production', 'what real-world adoption does X report'
USE = re.compile(
    r"\bdeploy\w*|\bproduction\b|\bin\s+practice\b|\badopt\w*|\bindustr\w*|\bwho\s+uses\b"
    r"|\breal[- ]world\s+(?:use|usage|uses|impact|applications?)\b",
    re.IGNORECASE,
)
# 'how much faster is X', 'X speedup?', 'how fast is its training'
SPEED = re.compile(
    r"\bfaster\b|\bslower\b|\bquicker\b|\bspeed\w*|\bhow\s+(?:fast|quick(?:ly)?)\b|\blatency\b"
    r"|\baccelerat\w*|\bthroughput\b|\bqps\b|\bms\b|\bmilli-?seconds?\b|\bruntime\b"
    r"|\bwall[- ]?clock\b|\b(?:queries|tokens|images|frames|samples)\s+per\s+second\b",
    re.IGNORECASE,
)
# A sentence saying how fast or light something is, in numbers or in words ('4.0x faster',
# 'higher inference speed', 'cost-efficient ... on the device', 'real-time'): an abstract
# with none of these does not state its speed, whatever unit the question wants.
SPEED_STATED = re.compile(
    rf"{SPEED.pattern}|\befficien\w*|\breal[- ]time\b|\blight-?weight\b|\bon[- ]device\b"
    r"|\bcompute[- ]saving\b|\b\d+(?:\.\d+)?\s*(?:ms|s|sec|seconds|minutes|hours)\b",
    re.IGNORECASE,
)

# How a model was trained or run: hardware, compute, hyperparameters, time and cost, which
# an abstract rarely states ('how many GPUs trained Valley2', 'SpanProto learning rate?').
SETUP = re.compile(
    r"\b[gt]pus?\b|\b[gt]pu[- ]?(?:hours?|days?)\b|\b(?:a|h|v)100s?\b|\bhardware\b|\bflops\b"
    r"|\b(?:training|inference|compute)\s+(?:budget|cost|costs|time|hours|resources)\b"
    r"|\bcompute\s+(?:used|needed|required|requirements?)\b|\b(?:training|inference)\s+compute\b"
    r"|\b(?:what|which|how\s+much)\s+compute\b|\bcompute\s+(?:was|is|were)\s+(?:used|needed|spent)\b"
    r"|\b(?:gpu|compute|hardware)\s+(?:setup|set-up|resources|infrastructure|cluster)\b"
    r"|\bbatch[- ]sizes?\b|\blearning[- ]rates?\b|\bepochs?\b|\bhyper-?param\w*|\boptimi[sz]ers?\b"
    r"|\bhow\s+(?:long|expensive|costly)\b[^?.]*\b(?:train|pre-?train|fine-?tun)\w*"
    r"|\b(?:expensive|costly)\s+to\s+(?:train|run)\b",
    re.IGNORECASE,
)
# The parts something is made of: 'spanproto's two stages', 'what does X consist of'
PARTS = re.compile(
    r"\b(?:components?|parts?|modules?|building\s+blocks?|pieces|stages?|phases?|steps?"
    r"|consists?|comprises?|made\s+up|composed|pipeline)\b",
    re.IGNORECASE,
)
# A sentence listing them: 'a two-stage approach, including A and B', 'consists of A, B and C'
PARTS_STATED = re.compile(
    r"\b(?:consists?\s+of|compris\w*|composed\s+of|made\s+up\s+of|components?|modules?"
    r"|includ(?:e|es|ing)|featur(?:e|es|ing)|namely|stages?|phases?|steps?"
    # a part's place said ('First, ...', 'secondly'), not a rank ('ranks second')
    r"|(?:^|(?<=[.;:]\s))(?:first|second)(?:ly)?\b|(?:first|second)ly"
    r"|(?:two|three|four|five|\d)[- ](?:stage|phase|step|component|module|part|fold)s?)\b",
    re.IGNORECASE,
)
# A part said by its place: 'in the first stage', 'the second phase'
PLACED_PART = re.compile(r"\b(?:first|second|third|final|last)\s+(?:stage|phase|step)s?\b", re.I)
# How a method is built, said first: 'By incorporating a clustering loss and ...', 'By
# combining A with B, ...'
BUILT_FROM = re.compile(
    r"^by\s+(?:incorporat|combin|integrat|introduc|us|adopt|leverag|fus|merg|join)\w*\b", re.I
)
# What an abstract was evaluated on: 'Through meticulous evaluations across diverse datasets',
# 'Experiments on six benchmarks'
EVALUATION = re.compile(
    r"\b(?:evaluations?|experiments?|experimental\s+results)\s+(?:across|on|over|with)\b", re.I
)
# A part named in capitals, two words or more, after the sentence's opening: 'Logo
# Perception Grounding', 'Prompt Relevance Inspection'
NAMED_PART = re.compile(r"(?<=[\w,:;(] )(?:[A-Z][\w-]*\s+)+[A-Z][\w-]*")
# A list of three or more: 'a retriever, a reranker, and a reader'
LISTED = re.compile(
    r"\b(?:an?\s+|the\s+)?[\w-]+(?:\s+[\w-]+)?,\s+(?:an?\s+|the\s+)?[\w-]+(?:\s+[\w-]+)?,?\s+and\s+"
)
# A name asked: 'what is their dataset called', 'what did they name it' (not 'named entity')
NAME = re.compile(
    r"\b(?:call|called|dubbed|titled)\b|\bnamed\b(?!\s+entit)"
    r"|\bnames?\b(?=\s+(?:did|do|does|was|is|they|he|she|given)\b)"
    r"|\bnames?\s+(?:of|for)\s+(?:the|its|their)\s+(?:new\s+)?"
    r"(?!(?:first|last|lead|senior|corresponding)\b|authors?\b)|\bnames?\W*$",
    re.IGNORECASE,
)
# A sentence giving a name: 'called X', 'we introduce PeakClips, a dataset of ...'
NAME_STATED = re.compile(
    r"\b(?:called|named|dubbed|namely|termed|denoted)\b"
    r"|\b(?:introduc|present|propos|construct|buil|creat|releas|collect|curat|design|develop)\w*"
    r"\s+(?:[\w-]+\s+){0,2}?[A-Z][\w-]*[A-Z0-9][\w-]*",
)
# ... a plain capitalised one said with what it is: 'we propose Coral, a novel framework'
NAME_GIVEN = re.compile(
    r"\b(?:introduc|present|propos|design|develop)\w*\s+(?:[\w-]+\s+){0,2}?[A-Z][a-z]+,\s+an?\s"
)
# The kinds of thing a name is given to: a method or model, or data
NAMED_KINDS = {
    "method": re.compile(
        r"\b(?:models?|methods?|frameworks?|approach(?:es)?|algorithms?|architectures?|networks?"
        r"|systems?|paradigms?|mechanisms?)\b",
        re.IGNORECASE,
    ),
    "data": re.compile(r"\b(?:data\s?sets?|benchmarks?|corpus|corpora|collections?)\b", re.I),
}
# What a short name stands for: 'what does DGRC stand for', 'SRGI-FM acronym?'
EXPANSION = re.compile(
    r"\bstands?\s+for\b|\bacronyms?\b|\babb?reviat\w*|\bshort\s+for\b|\bfull\s+(?:name|form)\b"
    r"|\bexpand\w*\s+(?:to|into)\b|\bspelled\s+out\b"
    # 'what do the letters in CODA mean', 'poc@r = ?'
    r"|\bletters\b[^?.!]*\b(?:mean|stand)|^\W*[\w@-]+\s*=\s*\?",
    re.IGNORECASE,
)
# A sentence defining one: 'Divergence-Guided Reasoning Curriculum (DGRC)'
EXPANDED = re.compile(
    r"(?:[A-Z][\w-]*\s+(?:(?:of|for|and|with|to|the)\s+)?){1,7}\(\s*[A-Z][\w@.-]*\s*\)"
)
# Words spelling a short name may pass over these ('Knowledge Distillation for NLP').
LINKING = frozenset({"of", "for", "and", "with", "to", "the", "a", "an", "in", "on", "via"})
# Where a short name's spelled-out form follows it: 'CODA, a COst-efficient Domain ...'
FOLLOWS = re.compile(r"^\s*(?:,|:|\s-+|\s+is|\s+stands\s+for)\s*(?:(?:an?|the)\s+)?", re.I)
WORD = re.compile(r"[\w']+(?:-[\w']+)*")
# A model's size: 'how many parameters', 'param count', 'model size' (not 'hyperparameters').
MODEL_SIZE = re.compile(
    r"\b(?:parameters|params|param(?:eter)?\s+counts?)\b|\bmodel\s+sizes?\b"
    r"|\b\d+(?:\.\d+)?\s*[BM]\b(?=[\s-]+(?:models?|param\w*|version|variant)\b)",  # 'a 7B model'
    re.I,
)
# A sentence stating one: 'our 7B-parameter model', 'of <0.5B parameters', 'Qwen-2.5-Math-7B'
MODEL_SIZE_STATED = re.compile(
    r"\d(?:\.\d+)?\s*[BM]\b|\b(?:billion|million)\s+param\w*|\bparameters?\b"
)
# What it is built with: 'which framework is X implemented in', 'PyTorch or JAX?', 'written in'
# (not 'the UPT framework it proposes': a method, asked as 'what framework does X propose')
TOOLS = r"pytorch|tensorflow|jax|keras|paddle(?:paddle)?|mxnet|caffe|theano|huggingface"
FRAMEWORK = re.compile(
    rf"\b(?:{TOOLS})\b|\b(?:programming|coding)\s+languages?\b|\bimplemented\s+(?:in|with)\b"
    r"|\bwritten\s+in\b|\b(?:deep[- ]learning|dl|ml)\s+(?:framework|library)\b|\bback[- ]?ends?\b"
    r"|\b(?:framework|library)\s+(?:is\s+it|was\s+it|does\s+it)\s+(?:built|written|implemented)"
    r"|\b(?:built|written|implemented|coded)\s+(?:on|with|in)\s+(?:which|what)\b",
    re.IGNORECASE,
)
FRAMEWORK_STATED = re.compile(rf"\b(?:{TOOLS}|python|c\+\+|java)\b", re.IGNORECASE)
# How it was judged: 'what did the reviewers say', 'peer-review scores', 'accepted or rejected'
RECEPTION = re.compile(
    r"\bpeer[- ]?review\w*|\breviewers?\b|\breview\s+scores?\b"
    r"|\breviews?\s*(?:/|&|and|or)\s*scores?|\brebuttal\b|\bopenreview\b|\bmeta-?reviews?\b"
    r"|\b(?:accepted|rejected)\s+or\s+(?:accepted|rejected)\b|\bacceptance\s+(?:decision|status)\b"
    r"|\bhow\s+was\s+(?:[\w'’-]+\s+){1,3}?received\b",
    re.IGNORECASE,
)
RECEPTION_STATED = re.compile(r"\baccepted\s+(?:at|by|to|in|for)\b|\bto\s+appear\b", re.I)
# What a repository or paper is worth to others, counted where the record keeps no count: 'how
# many GitHub stars', 'star count', 'forks', 'downloads', 'how popular is the toolkit'
POPULARITY = re.compile(
    r"\bstarred\b|\bstargazers?\b|\bstars?\s+(?:counts?|numbers?|on\s+github)\b|\u2b50"
    r"|\b(?:github|gitlab|repo\w*)\s+stars\b|\bhow\s+many\s+(?:github\s+)?stars\b"
    r"|\bforks?\b|\bforked\b|\bdownloads\b|\bdownloaded\b|\binstalls\b"
    # (not a topic's place in the work: 'how popular is RL in her papers?')
    r"|\b(?:how\s+popular|popularity)\b(?![^?]*\b(?:in|within|across|among)\s+(?:her|his|their)"
    r"\s+(?:own\s+)?(?:work|papers?|research|publications?|output)\b)"
    r"|\bpopular\s*(?:[?.!]*$|on\s+github|among)|\bhow\s+widely\s+(?:is\s+|was\s+)?(?:it\s+)?(?:used|adopted)\b"
    r"|\b(?:user|download|star|fork)\s+(?:counts?|base|numbers?|figures?|stats?)\b",
    re.IGNORECASE,
)
POPULARITY_STATED = re.compile(
    r"\d[\d,.]*\s*[kKmM]?\+?\s+(?:stars|forks|downloads|installs|users|developers)\b"
    r"|\b(?:starred|downloaded|forked)\b",
    re.IGNORECASE,
)
# How a repository is kept up: 'is it still maintained', 'last commit', 'open GitHub issues'
UPKEEP = re.compile(
    r"\b(?:still|actively|well|being|no\s+longer)\s+(?:maintained|developed|updated|supported)\b"
    r"|\bmaintained\s*[?.!]*$|\bmaintainers?\b|\blast\s+(?:[\w-]+\s+){0,2}?(?:updated|update|commit\w*|push\w*)\b"
    r"|\b(?:latest|recent|number\s+of|how\s+many)\s+(?:commits|contributors|pull\s+requests)\b"
    r"|\b(?:open|github|closed)\s+issues\b|\bissues\s+(?:are\s+)?(?:open|unresolved)\b"
    r"|\bcontributors\b|\bpull\s+requests\b"
    # 'how recently anyone touched the Valley repository', 'has anyone updated its repo'
    r"|\b(?:touch(?:ed|ing)|updat(?:ed|ing)|chang(?:ed|ing)|(?:committ|push)(?:ed|ing)\s+to)\s+(?:the\s+|its\s+|their\s+)?"
    r"(?:[\w-]+\s+)?(?:repo(?:sitory|sitories|s)?|codebase|github)\b",
    re.IGNORECASE,
)
UPKEEP_STATED = re.compile(
    r"\b(?:actively|still|regularly)\s+(?:maintained|updated)\b|\b\d+\s+(?:commits|contributors)\b",
    re.IGNORECASE,
)
# The terms code is released under: 'what licence', 'MIT licensed?', 'use it commercially'
# (not a licence plate)
LICENCE = re.compile(
    r"\blicen[cs](?:e[sd]?|ing)\b(?!\s+plates?)|\bcopyright\w*|\bterms\s+of\s+use\b"
    r"|\bcommercial(?:ly)?\s+(?:use|usage|purposes?|products?)\b|\b(?:use|used|using|reuse)\b"
    r"[^?.!]{0,40}\bcommercially\b|\bfor\s+commercial\b",
    re.IGNORECASE,
)
LICENCE_STATED = re.compile(
    r"\blicen[cs]e[sd]?\b|\b(?:MIT|Apache|GPL|BSD|CC[- ]BY)\b|\bcopyright\b", re.IGNORECASE
)
# Who paid for the work: 'who funded it', 'which grant', 'sponsored by', 'who paid for' (not
# 'our fintech fund is hiring', nor the asker's 'for a grant review', 'reviewing a grant on RL',
# 'a funding officer', 'for our funding agency'; 'what funding agency supported it' asks)
FUNDING = re.compile(
    r"(?<!\bour\s)(?<!\bmy\s)\bfund(?:ed|ing|ers?)\b"
    r"(?!\s+(?:report|proposal|application|deadline|form|panel|officer|official)s?\b)"
    r"|\b(?:which|what|any)\s+(?:[\w-]+\s+)?grants?\b|\bgrants?\s+(?:numbers?|ids?|no\.?)(?!\w)"
    r"|\bgrants?\s+(?:[\w-]+\s+)?(?:supported|funded|paid|backed|behind|fund)\b|\bwho\s+funds\b|\bsponsor\w*|\bfinanc(?:ed|ing|ier|iers)\b"
    # who paid for the work, not what the asker can pay for ('we can't pay for huge models')
    r"|\bwho\s+(?:\w+\s+)?(?:paid|pays?|paying)\s+for\b|\b(?:paid|pays?|paying)\s+for\s+(?:the|this"
    r"|that|his|her|their|its|[\w-]+['’]s)\s+(?:\w+\s+)?(?:work|research|papers?|projects?|study|studies)\b"
    r"|\bbankroll\w*|\bbacked\s+by\b|\backnowledge?ments?\b"
    # 'was it paid for by a government grant', 'supported by any grant'
    r"|\bpaid\s+for\s+by\s+(?!(?:the\s+|its\s+)?(?:users?|customers?|clients?|buyers?)\b)|\bsupported\s+by\s+(?:an?\s+|the\s+|any\s+)?(?:[\w-]+\s+){0,2}?grants?\b",
    re.IGNORECASE,
)
FUNDING_STATED = re.compile(
    r"\bfunded\s+by\b|\bsponsored\s+by\b|\bgrants?\s+(?:no\.?|number|#)|\bsupported\s+(?:in\s+"
    r"part\s+)?by\s+(?:the\s+)?[\w\s]{0,60}\b(?:grant|foundation|fund|council|program(?:me)?)\b",
    re.IGNORECASE,
)
# A regulator's or clinic's approval: 'FDA approved?', 'cleared for clinical use', 'CE marked'
# (not 'approved by reviewers': a paper's reception)
APPROVAL = re.compile(
    r"\b(?:fda|nmpa|ema|mhra|ce[- ]mark\w*)\b|\bregulat\w*\s+(?:approv\w*|clearance|sign-?off"
    r"|bod(?:y|ies)|agenc\w*)|\b(?:approv\w*|cleared|certified)\s+(?:by\s+(?:a\s+|the\s+|any\s+)?"
    r"regulat\w*|for\s+(?:clinical|medical|hospital|patient)\s+(?:use|practice|deployment))"
    r"|\bclinical(?:ly)?\s+(?:approv\w*|certif\w*|clearance)"
    # 'is it approved anywhere for patients?'
    r"|\b(?:approved|cleared)\b[^?.!]{0,25}\bfor\s+(?:use\s+(?:on|with|in)\s+)?(?:patients?|clinics?"
    r"|hospitals?|clinical|medical)\b|\b(?:approved|cleared)\s+anywhere\b",
    re.IGNORECASE,
)
APPROVAL_STATED = re.compile(
    r"\b(?:fda|nmpa|ce[- ]mark\w*)\b|\bregulatory\b|\b(?:approved|cleared)\s+for\b",
    re.IGNORECASE,
)
# What training or running something cost the planet: 'how much energy did training use',
# 'carbon footprint', 'CO2', 'kilowatt-hours', 'emissions' (not 'energy-efficient models')
FOOTPRINT = re.compile(
    r"\b(?:energy|power|electricity)\s+(?:consum\w*|use[ds]?|usage|cost|costs|footprint|draw|bill)\b"
    r"|\bhow\s+much\s+(?:energy|power|electricity)\b|\bcarbon\b|\bco2\b|\bco₂\b"
    r"|\bkilowatt\w*|\bkwh\b|\bmwh\b|\bgreenhouse\b|\bemm?iss?ions?\b"
    r"|\benvironmental\s+(?:cost|costs|impact|footprint|toll)\b",
    re.IGNORECASE,
)
FOOTPRINT_STATED = re.compile(
    r"\bcarbon\b|\bco2\b|\bemissions?\b|\bkwh\b|\bkilowatt\w*|\benergy\b|\bpower\s+consum\w*",
    re.IGNORECASE,
)
# What it costs in money to use or to make: 'how much does X cost to run', 'its pricing', 'price
# per hour', 'what they spent to train it', 'free or not' (not 'reducing how expensive models
# are to run': a topic, asked of no named paper's price)
PRICE = re.compile(
    r"\bpric(?:e|es|ed|ing)\b|\bprice[- ]tags?\b|\bhow\s+much\s+(?:money\s+)?(?:does|did|do|would"
    r"|will|is|was)\b[^?.!]{0,40}\bcost\b|\bcost\s+(?:us\b|per\b|in\s+dollars\b)"
    r"|\bmoney\b|\b(?:spent|spend|spending)\b[^?.!]{0,30}\b(?:train|run|build|develop|make)\w*"
    r"|\bcharges?\b|\bcharged\b|\bfree\s+or\s+(?:not|paid)\b|\bwhat\s+does\s+(?:it|\w+)\s+cost\b"
    r"|\bcost\s+to\s+(?:train|run|use|build|develop)\b|\$\s?\d|\bdollars?\b|\busd\b"
    # what it earns: 'how much revenue has X generated', 'its profit', 'worth commercially'
    r"|\brevenues?\b|\bprofits?\b|\bsales\s+(?:figures?|numbers?|volume)\b|\bincome\b"
    r"|\bworth\b[^?.!]{0,20}\bcommercially\b|\bcommercial\s+value\b"
    # the money a project had ('the budget of the RainSeer project'; not 'compute budgets', a
    # subject of papers)
    r"|\bbudgets?\s+(?:of|for)\s+(?:the\s+|this\s+|that\s+|its\s+|their\s+|his\s+|her\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:project|work|paper|research|study)\b"
    r"|\b(?:project|research|study)(?:['’]s)?\s+budgets?\b",
    re.IGNORECASE,
)
PRICE_STATED = re.compile(
    r"\$\s?\d|\b\d[\d,.]*\s*(?:dollars|usd|rmb|yuan|euros?)\b|\bpric(?:e|es|ing)\b|\brevenues?\b"
    r"|\bfree\s+of\s+charge\b",
    re.IGNORECASE,
)
# Whether a paper went through peer review or stays a preprint ('which were peer reviewed',
# 'made it through peer review'; not the reviewers of a field: 'a reviewer for NLP')
# ... or was turned down somewhere first: 'how many times was X rejected', 'got turned down
# first', 'rejected somewhere first', 'its rejections', 'resubmitted' (not 'rejection sampling')
STATUS = re.compile(
    r"\bpeer[- ]?revie?w(?:ed|ing)?\b(?!\s+(?:comments?|scores?|reports?)\b)"
    r"|\b(?:was|were|got|get|gets|been|being)\s+(?:[\w'’-]+\s+){0,3}?(?:rejected|turned\s+down)\b"
    r"|\brejected\s+(?:somewhere|elsewhere|anywhere|first|before|at\s+(?:a|an|the|some|any)\b)"
    r"|\bturned\s+down\b|\brejections?\b(?!\s+sampl)|\bresubmi(?:t|tted|ssions?)\b"
    r"|\b(?:just|only|still|mere)\s+(?:arxiv\s+)?preprints?\b|\bpreprints?\s+or\s+(?:published|peer)",
    re.IGNORECASE,
)
STATUS_STATED = re.compile(
    r"\baccepted\s+(?:at|by|to|in|for)\b|\bto\s+appear\b|\bpublished\s+in\s+(?:the\s+)?"
    r"(?:proceedings|journal)\b|\bpeer[- ]reviewed\b",
    re.IGNORECASE,
)
# A record's identifier or its title in another language: 'what's its DOI', 'ISBN', 'the
# Chinese title of X', 'its title in Chinese' (a profile keeps the English title and a link)
IDENTIFIER = re.compile(
    r"\bdois?\b|\bdigital\s+object\s+identifiers?\b|\bisbns?\b|\bissns?\b|\bpmids?\b"
    r"|\bpubmed\s+ids?\b|\btitle\s+(?:reads?\s+)?in\s+(?:chinese|mandarin|japanese|korean"
    r"|german|french|spanish|its\s+original\s+language)\b|\b(?:chinese|mandarin|japanese|korean"
    r"|original[- ]language|native[- ]language)(?:[- ]language)?\s+(?:title|one|version)\b",
    re.IGNORECASE,
)
IDENTIFIER_STATED = re.compile(r"\b10\.\d{4,9}/\S+|\bdoi\b|[\u4e00-\u9fff]", re.IGNORECASE)
# How the work was done that papers rarely state: whether the people whose data was used
# agreed, or an ethics board approved it ('informed consent', 'IRB number', 'ethics approval',
# 'did the patients agree to their images being used'; not an asker's 'for an ethics board')
DATA_THING = r"(?:data|records?|images?|photos?|scans?|texts?|posts?|reviews?|information|details)"
ETHICS = re.compile(
    r"\bconsent\w*|\birbs?\b|\binstitutional\s+review\s+boards?\b|\bhuman[- ]subjects?\b"
    r"|\bethic(?:s|al|ally)\s+(?:approv\w*|clearance|review\w*|sign-?off|committee\s+approv\w*"
    r"|statements?|waivers?)|\bethic(?:s|al)\s+(?:committee|board)s?\s+(?:approv\w*|clear\w*"
    r"|review\w*|sign\w*|number|no\.?)|\b(?:approv\w*|cleared|reviewed)\s+by\s+(?:an?\s+|the\s+)?"
    r"(?:ethics|ethical|irb|review\s+board)|\bdata\s+subjects?\b"
    r"|\b(?:agree[ds]?|agreeing|permission|opt(?:ed)?[- ]in|allow(?:ed)?)\b"
    rf"[^?.!]{{0,40}}?\b{DATA_THING}"
    r"\s+(?:(?:being|were|was|are|is|be|got|get)\s+)?(?:used|using|use|collected|shared|included"
    r"|released)\b",
    re.IGNORECASE,
)
ETHICS_STATED = re.compile(
    r"\bconsent\w*|\bIRB\b|\binstitutional\s+review\s+board\b|\bethic(?:s|al)\s+(?:approval"
    r"|committee|board|review)\b|\bethically\s+approved\b",
    re.IGNORECASE,
)
# What became of the work in the world after it was published: shown in an exhibition or a
# museum, given an award or a prize, covered by the press, taught in courses ('has his work
# been exhibited', 'did SpanProto win a best paper award', 'featured in the news', 'on any
# syllabus'; not 'models exhibit hallucinations', nor an asker's 'for our museum archive')
SHOWN = (
    r"(?:exhibited|displayed|showcased|shown|featured|presented|installed|on\s+display|on\s+show)"
)
VENUE_OF_SHOWING = (
    r"(?:museums?|exhibitions?|exhibits|galler(?:y|ies)|art\s+shows?|shows?|fairs?|festivals?"
    r"|expos?|installations?)"
)
# (a news photo, a lecture video: what a paper works on, not where it went)
DATA_AFTER = (
    r"(?!\s*(?:data|datasets?|domains?|articles?|corpus|corpora|texts?|classification|categor\w*"
    r"|genres?|benchmarks?|images?|photos?|pictures?|videos?|recordings?|transcripts?|headlines?"
    r"|summar\w*)\b)"
)
RECOGNITION = re.compile(
    r"\bexhibited\b(?!\s+by\b)|\b(?:in|at|into|part\s+of|during)\s+(?:an?\s+|any\s+|the\s+"
    r"|some\s+|their\s+)?(?:[\w-]+\s+)?(?:exhibitions?|museums?|galler(?:y|ies))\b"
    r"|\b(?:been|was|were|be|being|ever|get|got)\s+(?:ever\s+)?"
    rf"(?:{SHOWN})\s+(?:in|at|by)\s+(?:an?\s+|any\s+|the\s+|some\s+)?(?:[\w-]+\s+)?{VENUE_OF_SHOWING}\b"
    rf"|\b(?:in|at|for)\s+(?:an?\s+|any\s+|the\s+|some\s+)?(?:museum|art|science)\s+{VENUE_OF_SHOWING}"
    r"|\bawards?\b|\bawarded\b|\bprizes?\b|\bprize-?winning\b|\bbest[- ]paper\b|\bhonou?rs\b"
    r"|\bmedals?\b|\baccolades?\b"
    r"|\b(?:press|media|news|newspaper|tv|television|radio)\s+(?:coverage|attention)\b"
    r"|\b(?:press|media)\s+(?:reports?|articles?|stories|mentions?|interviews?|pieces?|releases?)\b"
    r"|\b(?:covered|featured|reported|written\s+(?:up|about)|mentioned|profiled)\s+(?:in|by|on)\s+"
    r"(?:the\s+|any\s+|an?\s+)?(?:[\w-]+\s+)?(?:press|media|news|newspapers?|magazines?|tv"
    rf"|television|radio|journalists?|reporters?|outlets?|blogs?)\b{DATA_AFTER}"
    rf"|\bin\s+the\s+(?:news|headlines|press)\b{DATA_AFTER}|\bmade\s+(?:the\s+)?(?:news|headlines)\b"
    r"|\b(?:taught|used|assigned|included|read|adopted)\s+(?:in|on|as\s+part\s+of|for)\s+"
    r"(?:an?\s+|any\s+|university\s+|other\s+|their\s+|some\s+)?(?:[\w-]+\s+)?(?:courses?|classes"
    rf"|syllab(?:us|i)|curricul(?:um|a)|lectures?|reading\s+lists?|textbooks?)\b{DATA_AFTER}"
    r"|\bon\s+(?:an?\s+|any\s+)?(?:syllab(?:us|i)|reading\s+lists?)\b",
    re.IGNORECASE,
)
RECOGNITION_STATED = re.compile(
    r"\bawards?\b|\bawarded\b|\bprizes?\b|\bbest\s+paper\b|\bexhibit(?:ed|ions?)\b|\bmuseums?\b"
    r"|\bmedia\s+coverage\b|\bsyllab(?:us|i)\b|\bhonou?rs?\b",
    re.IGNORECASE,
)
# A recording of the work presented: 'a recorded talk', 'YouTube video where she presents X',
# 'watch her present', 'a webinar on X', 'slides of the talk' (not a paper's video data: 'the
# recorded videos Valley is trained on' names no talk)
RECORDING = re.compile(
    # a recording's word, then a talk's within a few words ('a recorded webinar', 'slides from
    # her X presentation', 'video recording of the X talk'), or the other way round ('talk
    # recordings', 'presentation video'; not 'lecture recordings', which are data)
    r"\b(?:recorded|recordings?|filmed|taped|videos?|videoed|slides|streamed)\s+(?:[\w'-]+\s+){0,4}?"
    r"(?:talks?|lectures?|presentations?|keynotes?|webinars?|seminars?)\b"
    r"|\b(?:talk|presentation|keynote|seminar|webinar)s?\s+(?:recordings?|videos?|slides)\b"
    r"|\byou\s?tube\b|\byoutu\.be\b|\bvimeo\b|\bbilibili\b|\bslideslive\b|\bwebinars?\b"
    r"|\blive-?streams?\b|\bslide\s+decks?\b"
    r"|\bwatch\s+(?:him|her|them|the\s+authors?|[A-Z][\w-]+)\s+(?:present|talk|speak|give)\w*",
    re.IGNORECASE,
)
RECORDING_STATED = re.compile(
    r"\byoutu(?:\.be|be)\b|\bvimeo\b|\bbilibili\b|\bslideslive\b|\bwebinars?\b|\bpodcasts?\b"
    r"|\b(?:recorded|invited|oral)\s+(?:talks?|presentations?|lectures?)\b|\bkeynotes?\b|\bslides\b",
    re.IGNORECASE,
)
STATED_BY: dict[Detail, re.Pattern[str]] = {
    "recording": RECORDING_STATED,
    "ethics": ETHICS_STATED,
    "recognition": RECOGNITION_STATED,
    "identifier": IDENTIFIER_STATED,
    "status": STATUS_STATED,
    "price": PRICE_STATED,
    "popularity": POPULARITY_STATED,
    "upkeep": UPKEEP_STATED,
    "licence": LICENCE_STATED,
    "funding": FUNDING_STATED,
    "approval": APPROVAL_STATED,
    "footprint": FOOTPRINT_STATED,
}
# A sentence stating one: '8 A100 GPUs', '3 days on TPUs', 'a batch size of 32', '100K GPU hours'
SETUP_STATED = re.compile(
    r"\b[gt]pus?\b|\b(?:a|h|v)100s?\b|\bflops\b|\bbatch[- ]sizes?\b|\blearning[- ]rates?\b"
    r"|\bepochs?\b|\bhyper-?param\w*|\d\s*(?:gpu[- ])?(?:hours|days)\b",
    re.IGNORECASE,
)

# a number in digits or words ('six benchmarks', '320,000 queries')
COUNT_WORD = "|".join(NUMBER_WORDS)
NUMBER = rf"(?:\d[\d,.]*\s?(?:[kKmMbB]\b|thousand\b|million\b|billion\b)?\+?|(?:{COUNT_WORD})\b)"
# '341,896 fundus images', '200K video highlights', '7K ... reasoning paths', '320,000 queries'
UNITS = (
    r"images?|photos?|pictures?|videos?|clips?|frames?|samples?|examples?|instances?|pairs?"
    r"|queries|questions?|answers?|documents?|sentences?|tokens?|words?|texts?|records?"
    r"|hours?|dialogues?|conversations?|products?|items?|users?|sessions?|articles?|reviews?"
    r"|entities|triples?|annotations?|highlights?|paths?|captions?|tasks?|languages?|entries"
    r"|data\s?sets?|benchmarks?|corpora"
)
SIZED = re.compile(rf"(?<![\w.-]){NUMBER}\s+(?:[\w-]+\s+){{0,3}}?(?:{UNITS})\b", re.IGNORECASE)
SIZED_NAME = re.compile(r"\b[A-Z][\w-]*-\d+[kKmM]\b")  # 'Valley-702k', 'GThinker-11K'
LANGUAGE_STATED = re.compile(
    r"\b\d+\s+languages\b|\b(?:multi-?lingual|cross-?lingual|bilingual)\b|\blanguages\b"
    r"|\b(?:English|Chinese|French|German|Spanish|Japanese|Korean|Arabic)\b",
    re.IGNORECASE,
)
MEASURED = re.compile(
    r"\baccurac\w*|\bscores?\b|\d\s*%|\b0\.\d+|\bF1\b|\bBLEU\b|\bROUGE\b|\bMAE\b|\bsurpass\w*"
    r"|\boutperform\w*|\bimprove\w*|\bgains?\b|\bstate-of-the-art\b|\bSOTA\b",
    re.IGNORECASE,
)
DIGIT = re.compile(r"\d")
# A comparison, asked or stated: 'does it beat the doctors', 'surpasses the average of 19
# ophthalmologists', 'better than GPT-4o', 'versus the baselines'
COMPARISON = re.compile(
    r"\bbeat\w*|\boutperform\w*|\bsurpass\w*|\bexceed\w*|\b(?:better|worse|higher|lower)\s+than\b"
    r"|\bversus\b|\bvs\b|\bcompared?\s+(?:to|with)\b|\bagainst\b|\bbaselines?\b",
    re.IGNORECASE,
)
# A system said to be in use: 'is currently deployed at Alibaba', 'has powered ten business units'
IN_USE = re.compile(
    r"\b(?:deployed|powered|powers|integrated|production|business\w*|compan(?:y|ies)|customers"
    r"|currently)\b",
    re.IGNORECASE,
)
TIMES = re.compile(r"\d+(?:\.\d+)?\s*(?:x|×|times)(?!\w)", re.IGNORECASE)  # '4.0x faster'

URL = re.compile(r"https?://\S+[\w/]")
# A detail set aside before the one asked: 'Not the benchmark scores, the hardware: ...'
NOT_THIS = re.compile(
    r"^\W*not\s+(?:just\s+|only\s+|merely\s+)?(?:the\s+|a\s+|an\s+|its\s+|their\s+)?"
    r"[^,;:?.!]{1,50}?[,;]\s*(?:but\s+)?",
    re.IGNORECASE,
)
CODE_HOSTS = re.compile(r"github|gitlab|bitbucket|huggingface|gitee|codeberg", re.IGNORECASE)


def details_asked(question: str, paper: Paper | None = None) -> list[Detail]:
    """The kinds of detail the question asks of a paper, in the order it asks them; none for
    a question that asks no particular detail ('tell me about HRKD'); who asks, said first,
    asks nothing ('A reviewer here: ...' asks no reviews). With the paper asked of, a field
    word that is half of a phrase it uses asks no field ('Kaleido-BERT's category
    recognition gain', 'the code generation results')."""
    question = re.sub(SAID_FIRST, " ", question, flags=re.IGNORECASE)
    question = WRITTEN_BY.sub(" ", question)  # 'the paper she co-wrote': which paper, not who
    question = NOT_THIS.sub(" ", question)  # 'Not the scores, the hardware: ...': no scores
    cues: list[tuple[Detail, re.Pattern[str]]] = [
        ("code", CODE),
        ("date", DATE),
        ("authors", AUTHORS),
        ("category", CATEGORY),
        ("languages", LANGUAGES),
        ("data_size", DATA_SIZE),
        ("results", RESULTS),
        ("use", USE),
        ("speed", SPEED),
        ("setup", SETUP),
        ("model_size", MODEL_SIZE),
        ("parts", PARTS),
        ("name", NAME),
        ("expansion", EXPANSION),
        ("framework", FRAMEWORK),
        ("reception", RECEPTION),
        ("popularity", POPULARITY),
        ("upkeep", UPKEEP),
        ("licence", LICENCE),
        ("funding", FUNDING),
        ("approval", APPROVAL),
        ("footprint", FOOTPRINT),
        ("price", PRICE),
        ("identifier", IDENTIFIER),
        ("status", STATUS),
        ("ethics", ETHICS),
        ("recognition", RECOGNITION),
        ("recording", RECORDING),
    ]
    found = [(m.start(), kind) for kind, cue in cues if (m := cue.search(question))]
    if paper is not None:
        phrases = _phrases(paper)
        found = [
            (at, kind)
            for at, kind in found
            if kind not in PHRASED
            or any(not _phrased(m, question, phrases) for m in dict(cues)[kind].finditer(question))
        ]
    thing = THING_ASKED.search(question) and not PERSON_ASKED.search(question)
    if AUTHORS_DO.search(question) or thing:
        # 'what did the X authors call it', 'which two models did the team propose': not who
        found = [(at, kind) for at, kind in found if kind != "authors"]
    if thing and NAMED_THINGS.search(question):
        # 'which atmospheric precursors are named?': the things the paper names, not its name
        found = [(at, kind) for at, kind in found if kind != "name"]
    if any(kind == "authors" for _, kind in found):  # 'lead author name?': a person's
        found = [(at, kind) for at, kind in found if kind != "name"]
    year = YEAR.search(question)
    dated = any(kind == "date" for _, kind in found)
    if year and not dated and YES_NO.match(question) and PUBLISHED.search(question):
        found.append((year.start(), "date"))
    if COUNTED.search(question) or _OTHER_CATEGORIES.search(question):
        # 'how many categories does MERIT cover', 'which reasoning categories do its tasks
        # span': its abstract's kinds of things, not its arXiv category
        found = [(at, kind) for at, kind in found if kind != "category"]
    return [kind for _, kind in sorted(found)]  # in the question's order


# Categories of something a word before them names, no arXiv field's word ('reasoning
# categories', 'product categories'; not 'arXiv category', 'the vision category')
_FIELD_WORDS = "|".join(
    sorted({w.casefold() for n in CATEGORY_NAMES.values() for w in n.split() if len(w) > 3})
)
_OTHER_CATEGORIES = re.compile(
    rf"\b(?!(?:arxiv|subject|which|what|whose|their|these|those|paper|papers|main|primary"
    rf"|other|same|field|topic|research|{_FIELD_WORDS})\b)[a-z][a-z-]{{3,}}\s+categories\b",
    re.IGNORECASE,
)


def _phrases(paper: Paper) -> set[tuple[str, str]]:
    """The pairs of neighbouring words of the paper's title and abstract, each cut to its
    first five letters (a typo or plural past them still matches)."""
    words = [w.casefold()[:5] for w in WORD.findall(f"{paper.title}. {paper.abstract}")]
    return set(itertools.pairwise(words))


def _phrased(m: re.Match[str], question: str, phrases: set[tuple[str, str]]) -> bool:
    """Whether the field word matched is one half of a phrase the paper uses, with a word
    next to it that asks no field ('category recognition', 'code generation')."""
    said = m[0].casefold().split()
    if len(said) != 1:  # 'who wrote', 'listed first': asked outright
        return False
    field = said[0][:5]
    before = WORD.findall(question[: m.start()])
    after = WORD.findall(question[m.end() :])
    pairs = []
    if before:
        pairs.append((before[-1].casefold(), (before[-1].casefold()[:5], field)))
    if after:
        pairs.append((after[0].casefold(), (field, after[0].casefold()[:5])))
    return any(
        len(word) > 2 and word not in STOPWORDS and word not in FIELD_ASKING and pair in phrases
        for word, pair in pairs
    )


def name(paper: Paper) -> str:
    """The short name a paper goes by ('HRKD', 'RetiZero'), else its title."""
    return aliases(paper)[0]


# An abstract saying its code is out without a link: 'The code can be found in the
# supplementary material', 'our code is publicly available'.
CODE_TOLD = re.compile(
    r"\b(?:code|implementation|source)s?\b[^.]{0,40}?\b(?:is|are|will\s+be|can\s+be)\s+"
    r"(?:publicly\s+|freely\s+)?(?:available|released|found|provided|open-?sourced)\b",
    re.IGNORECASE,
)


def code_link(paper: Paper) -> tuple[str | None, str | None]:
    """(the code's link, the abstract sentence giving it): a code host's link in the abstract,
    else the paper's link when it is one; (None, None) when neither."""
    for sentence in split_sentences(paper.abstract):
        for m in URL.finditer(sentence):
            if CODE_HOSTS.search(m[0]):
                return m[0], sentence
    if paper.url and CODE_HOSTS.search(paper.url):
        return paper.url, None
    return None, None


def long_date(paper: Paper) -> str:
    """'17 October 2022 (2022-10-17)'; without a year given, the capture year said as assumed."""
    d = paper.date
    if paper.year_inferred:
        return (
            f"{d.day} {d.strftime('%B')} ({d.isoformat()}; the profile gives no year, so "
            f"{d.year}, the year it was captured, is assumed)"
        )
    return f"{d.day} {d.strftime('%B')} {d.year} ({d.isoformat()})"


def stated(kind: Detail, paper: Paper, question: str) -> tuple[str, str] | None:
    """A metadata detail as one sentence without its marker, and the evidence it rests on
    (None for a kind the abstract states, not the metadata)."""
    label = name(paper)
    if kind == "date":
        said = f"{label} was published on {long_date(paper)}"
        years = {int(y) for y in YEAR.findall(question)}
        if years and YES_NO.match(question):  # 'was RainSeer published in 2025?'
            said = f"{'Yes' if paper.year in years else 'No'}: {said}"
        return said, f"dated {paper.date.isoformat()}"
    if kind == "category":
        said = category_label(paper.category)
        return f"{label} is filed under the arXiv category {said}", f"category {paper.category}"
    if kind == "authors":
        listed = ", ".join(paper.authors)
        leads = re.search(FIRST_AUTHOR + r"|\bwho\s+(?:leads|heads)\b", question, re.IGNORECASE)
        if leads and paper.authors:
            said = f"The first author of {label} is {paper.authors[0]}"
            if asks_yes_no(question) and names_person(paper.authors[0], question):
                said = f"Yes: {said[0].lower()}{said[1:]}"  # 'first author Minghui Qiu, right?'
            return said, f"authors: {listed}"
        more = f" et al. (the profile lists only the first {len(paper.authors)})"
        said = listed + (more if paper.authors_truncated else "")
        return f"{label} was written by {said}", f"authors: {listed}"
    if kind == "code":
        link, sentence = code_link(paper)
        yes = "Yes: " if asks_yes_no(question) else ""  # 'easynlp open source?'
        if link:
            return f"{yes}{label}'s code is released at {link}", sentence or f"link {link}"
        if paper.has_code:
            return (
                f"{yes}{label}'s code is marked as released in the profile, which gives no link",
                "code",
            )
        told = next((t for t in split_sentences(paper.abstract) if CODE_TOLD.search(t)), None)
        if told:  # 'The code can be found in the supplementary material.'
            return f"{yes}{label}'s abstract says where its code is: {told}", told
        page = f"; its link is {paper.url}" if paper.url else ""
        said = f"the profile marks no code for {label}{page}"
        return (f"No: {said}" if yes else said[0].upper() + said[1:]), "no code flag"
    return None


def scorer(kind: Detail, question: str = "") -> Callable[[str], int] | None:
    """How well a sentence states a detail the abstract holds (0: not at all); `question`:
    what was asked, whose own short names are looked for ('what does DGRC stand for')."""
    if kind == "languages":
        return lambda s: (
            3 * bool(re.search(r"\b\d+\s+languages\b", s)) + bool(LANGUAGE_STATED.search(s))
        )
    if kind == "data_size":

        def sizes(s: str) -> int:
            # '341,896 fundus images' over 'accuracy of 0.843 for 15 diseases'
            return 3 * bool(SIZED.search(s)) + bool(SIZED_NAME.search(s)) - bool(MEASURED.search(s))

        return sizes
    if kind == "results":  # a comparison asked ('does it beat the doctors') is one stated
        compared = COMPARISON.search(question) is not None
        return lambda s: (
            2 * bool(MEASURED.search(s))
            + bool(DIGIT.search(s))
            + (compared and COMPARISON.search(s) is not None)
        )
    if kind == "use":  # the more ways a sentence says it is in use, the better
        return lambda s: len({m.casefold() for m in IN_USE.findall(s)})
    if kind == "speed":
        return lambda s: (
            3 * bool(TIMES.search(s)) + bool(SPEED.search(s)) + bool(SPEED_STATED.search(s))
        )
    if kind == "setup":
        return lambda s: len(SETUP_STATED.findall(s))
    if kind == "model_size":
        return lambda s: len(MODEL_SIZE_STATED.findall(s))
    if kind == "framework":
        return lambda s: len(FRAMEWORK_STATED.findall(s))
    if kind == "reception":
        return lambda s: len(RECEPTION_STATED.findall(s))
    if kind in STATED_BY:
        return lambda s: len(STATED_BY[kind].findall(s))
    if kind == "code":
        return lambda s: 3 * bool(URL.search(s)) + bool(re.search(r"\bcode\b", s, re.I))
    if kind == "parts":  # the more ways a sentence lists parts, the better; two named
        # ones count as a list ('a paradigm: Logo Perception Grounding ..., and Logo-Guided ...');
        # what a method is built from ('By incorporating a clustering loss and ...') says them,
        # what it was evaluated on ('evaluations across datasets, including ...') does not

        def lists_parts(s: str) -> int:
            score = (
                len(PARTS_STATED.findall(s))
                + 2 * bool(LISTED.search(s))
                + 2 * (len(set(NAMED_PART.findall(s))) > 1)
                + 2 * len(PLACED_PART.findall(s))
                + 3 * bool(BUILT_FROM.match(s))
                - 2 * bool(EVALUATION.search(s))
            )
            return score

        return lists_parts
    if kind == "name":  # of the kind asked when the question says one ('their model called')
        wanted = next((k for k, rx in NAMED_KINDS.items() if rx.search(question)), None)
        return lambda s: (
            len(NAME_STATED.findall(s))
            + 2
            * bool(
                wanted
                and (NAME_STATED.search(s) or NAME_GIVEN.search(s))
                and NAMED_KINDS[wanted].search(s)
            )
        )
    if kind == "expansion":  # the short name the question says, defined, before any other
        asked = {w.casefold() for w in re.findall(r"[\w-]+", question)}

        def defines(s: str) -> int:
            short = {re.sub(r"\W", "", d.rsplit("(", 1)[1]) for d in EXPANDED.findall(s)}
            said = any(
                spelled_out(name, s) for name in SHORT.findall(s) if name.casefold() in asked
            )
            return len(short) + 2 * bool(short & set(re.findall(r"[\w-]+", question))) + 3 * said

        return defines
    return None


# A short name as a sentence writes it: 'CODA', 'POC' (of 'POC@r'), 'GCE-GNN'.
SHORT = re.compile(r"(?<![\w-])[A-Za-z][A-Za-z-]*[A-Z][A-Za-z-]*(?![\w-])")


def spelled_out(short: str, sentence: str) -> bool:
    """Whether the sentence spells out `short` next to it: 'hierarchical relational knowledge
    distillation (HRKD)', 'CODA, a COst-efficient Domain Adaptation mechanism'."""
    letters = "".join(c for c in short if c.isalpha())
    # 'CMedMRC': its capitals are the words' initials ('Chinese Medical MRC')
    letters = letters.upper() if letters.isupper() else "".join(filter(str.isupper, letters))
    for m in re.finditer(rf"(?<![\w-]){re.escape(short)}(?![\w-])", sentence):
        # within a few words before it: 'Chinese medical BERT model for the task (CMedBERT)'
        before = WORD.findall(sentence[: m.start()].rstrip(" (")[-200:])
        if sentence[: m.start()].rstrip().endswith("(") and any(
            _spells(letters, _parts(before[j:]))
            for j in range(max(0, len(before) - 2 * len(letters) - 2), len(before))
        ):
            return True
        after = sentence[m.end() :]
        if (lead := FOLLOWS.match(after)) and _spells(
            letters, _parts(WORD.findall(after[lead.end() :]))
        ):
            return True
    return False


def _parts(found: list[str]) -> list[str]:
    return [part for word in found for part in word.split("-") if part]


def _spells(letters: str, parts: list[str]) -> int:
    """How many of `parts` spell `letters` from the first (a part's initial, or a capital
    right after the last letter used: 'COst'), passing over linking words and one other;
    0 when they do not."""
    if not parts or not letters or parts[0][0].upper() != letters[0]:
        return 0
    at, part, skips = 1, 0, 1
    for letter in letters[1:]:
        word = parts[part]
        if at < len(word) and word[at] == letter:  # a capital inside the word: 'COst'
            at += 1
            continue
        part += 1
        while part < len(parts) and parts[part][0].upper() != letter:
            if parts[part].casefold() not in LINKING:
                if skips == 0:
                    return 0
                skips -= 1
            part += 1
        if part == len(parts):
            return 0
        at = 1
    return part + 1


# What a detail the abstract does not state is called in the answer that says so.
UNSTATED = {
    "languages": "which languages it covers",
    "data_size": "how much data it uses",
    "results": "numeric results",
    "use": "where it is used",
    "speed": "how fast it is",
    "setup": "how it was trained or run (hardware, compute, hyperparameters or cost)",
    "model_size": "the model's size (its parameter count)",
    "framework": "what it is implemented with (framework or programming language)",
    "reception": "how it was reviewed or received (the profile records no reviews or decisions)",
    "popularity": "how popular it is (GitHub stars, forks, downloads or users: the profile "
    "records no such counts)",
    "upkeep": "how its repository is kept up (updates, commits, issues or maintainers: the "
    "profile records only a code link)",
    "licence": "the licence its code is under (the profile records only a code link)",
    "funding": "who funded it (grants or sponsors: the profile records no funding)",
    "approval": "whether a regulator approved it for use (the profile records no approvals)",
    "footprint": "the energy it used or the carbon it emitted (the profile records no such "
    "figures)",
    "price": "what it costs or earns (the profile records no prices, budgets or revenue)",
    "identifier": "its DOI or other identifier, or its title in another language (the profile "
    "records only the English title, the date, the category, the authors and a link)",
    "status": "whether it was peer reviewed or is a preprint (the profile records no venue or "
    "review status)",
    "ethics": "whether the people whose data it used consented, or an ethics board approved it "
    "(the profile records no consent or ethics approvals)",
    "recognition": "what became of it after publication (awards, exhibitions, press coverage or "
    "teaching: the profile records none)",
    "recording": "any recorded talk, video or slides of it (the profile records no talks)",
}


# What a record of a paper or its repository never carries, about it rather than in it: a
# question asking it of the papers at large is declined unless some abstract states it.
ABOUT_PAPER: frozenset[Detail] = frozenset(
    {
        "status",
        "popularity",
        "upkeep",
        "licence",
        "funding",
        "approval",
        "footprint",
        "ethics",
        "recognition",
        "identifier",
        "recording",
    }
)

# Details whose absence the scorers can tell for sure (hardware, languages, model sizes and
# frameworks are named outright when stated; an abstract holds no reviews); a size or a result
# may be said in words no scorer knows.
SURELY_UNSTATED: frozenset[Detail] = frozenset(
    {
        "price",
        "identifier",
        "setup",
        "languages",
        "model_size",
        "framework",
        "reception",
        "speed",
        *ABOUT_PAPER,
    }
)


# Details no profile records of a paper (only its abstract could state them): declined in any
# form of question ('Does UPT use PyTorch?', 'was GThinker accepted?'), not only a fact's.
NOT_RECORDED: frozenset[Detail] = frozenset(
    {"framework", "reception", "model_size", "speed", "price", "identifier", *ABOUT_PAPER}
)


def unkept(papers: list[Paper]) -> frozenset[Detail]:
    """The ABOUT_PAPER details no abstract of the profile states (read once, at open)."""
    sentences = [s for p in papers for s in split_sentences(p.abstract)]
    return frozenset(
        kind for kind in ABOUT_PAPER if not any(STATED_BY[kind].search(s) for s in sentences)
    )


def unrecorded(question: str, paper: Paper) -> Detail | None:
    """A NOT_RECORDED detail the question asks that no sentence of the abstract states,
    wherever it comes among the details asked ('for a deployment estimate, its size?')."""
    for kind in details_asked(question, paper):
        states = scorer(kind)
        if kind not in NOT_RECORDED or states is None:
            continue
        if not any(states(s) > 0 for s in split_sentences(paper.abstract)):
            return kind
    return None


def unstated(question: str, paper: Paper) -> Detail | None:
    """The first content detail asked that no sentence of the abstract states (UNSTATED
    names it as the answer says it); None when it is stated or none is asked."""
    for kind in details_asked(question, paper):
        states = scorer(kind)
        if states is None or kind not in UNSTATED:
            continue
        if not any(states(s) > 0 for s in split_sentences(paper.abstract)):
            return kind
        return None
    return None


def asks_venue(question: str) -> bool:
    """'was KECP at SIGIR or EMNLP?', 'I'm curious where KECP was accepted': its venue."""
    return re.search(VENUE, question, re.IGNORECASE) is not None


# Words that ask a detail and name no subject of their own.
DETAIL_WORDS = frozenset(
    """code codes codebase github gitlab repo repos repository link links url implementation
    source open-source date year month authors author data dataset datasets corpus size
    languages results accuracy performance pls please""".split()  # noqa: SIM905
)


def detail_only(topic: str) -> bool:
    """A topic made only of words asking a detail ('code', 'github link', 'data'): after an
    answer about papers, 'where's the code?' asks theirs, not for papers on code."""
    return all(word.casefold() in DETAIL_WORDS for word in topic.split())
