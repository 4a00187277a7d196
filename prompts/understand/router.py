"""Route a question without an LLM: exact metadata facts, or retrieval with its filters.

`parse_query` reads the filters (years, categories, people, code, affiliation tag) out of the
question, decides what is asked (a header stat, a count, a list, an ordering, people, a
timeline) and keeps the content words left over as the topic. A question with a topic and
no metadata ask goes to retrieval, with the filters it mentioned.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Literal

from dateutil.relativedelta import relativedelta
from pydantic import BaseModel, Field

from prompts.understand import topical
from prompts.understand.ages import said_as_dates
from prompts.understand.aggregates import spelled
from prompts.understand.amounts import (
    AMOUNT_WORDS,
    Share,
    claimed_share,
    stated_count,
    taken_share,
    uncounted,
)
from prompts.understand.asker import (
    ASKER,
    ASKER_ROLE,
    ASKING_FOR,
    MY_GROUP,
    PURPOSE_ON,
    SAID_FIRST,
    WANTED,
)
from prompts.understand.attributes import Attribute, read_picked
from prompts.understand.bylines import AUTHOR_PLACES, off_byline, owner_shown
from prompts.understand.count_forms import restated_count
from prompts.understand.counted import off_predicates, without_examples
from prompts.understand.dates import (
    ANY_YEAR,
    ASKER_LOOKED,
    HOLIDAY,
    MONTH,
    MONTHS,
    date_filters,
    day_span,
    read_dates,
    recent_since,
    reference_date,
)
from prompts.understand.ends import claimed_end, claimed_quiet
from prompts.understand.framing import frame_of, unframed, unrequested
from prompts.understand.groups import Tally, read_tally
from prompts.understand.groups import tally_word as aggregate_word
from prompts.understand.likened import unlikened
from prompts.understand.mentions import Mentions
from prompts.understand.modality import sets_aside_text, sets_aside_visual
from prompts.understand.people import (
    AUTHOR_ROLE,
    COAUTHOR,
    EXCLUDE_OWNER,
    FIRST_AUTHOR,
    HIDDEN_NAME,
    ON_BYLINE,
    OWNER_PRONOUN,
    SOLE_AUTHOR,
    author_place,
    find_people,
    find_surname,
    owner_left_out,
    people_fact,
)
from prompts.understand.picks import Pick, cased, next_to, picked_word
from prompts.understand.reductions import reduction_word
from prompts.understand.releases import release_asked
from prompts.understand.rivals import rival
from prompts.understand.runs import run_word
from prompts.understand.setaside import (
    DESCRIBED,
    YEARS_SPANNED,
    excluded_part,
    joined_subjects,
    names_no_subject,
    set_aside,
)
from prompts.understand.shares import Kind as WholeKind
from prompts.understand.shares import whole_kinds
from prompts.understand.tallies import (
    count_bounds,
    days_asked,
    months_asked,
    periods_bounded,
    tally_word,
)
from prompts.understand.terms import (
    ALIASES,
    CODE,
    FIELD_WORDS,
    FILLER,
    META_WORDS,
    MOST,
    NEGATED,
    NUMBER_WORDS,
    PAPERS,
    PART_WORDS,
    SHARE_WORDS,
    STOPWORDS,
    YES_NO,
    Scan,
    find_categories,
    find_code,
    has,
    leftover_topic,
)
from prompts.understand.universals import (
    Universal,
    claim_words,
    claimed_of_now,
    dated_papers,
    universal_claim,
    why_claimed,
)
from prompts.understand.wording import glossed, title_asked, without_spans
from retrieval.filters import Filters
from retrieval.index.columns import columns_of
from retrieval.model import CATEGORY_NAMES, Paper, Profile
from retrieval.names import NameIndex, aliases, named_papers
from retrieval.people import same_person
from retrieval.text import compiled

Intent = Literal[
    "stats", "count", "list", "superlative", "people", "timeline", "paper", "retrieval", "outside"
]
# Questions about the person's life rather than the papers: a publication profile holds none
# of this (employer, contact, biography, awards, education), so they are declined up front.
OUTSIDE = (
    r"\b(?:which|what) (?:company|companies|employer|organi[sz]ation|university|school|lab)\b"
    r".*\b(?:work|works|working|employ\w*|join\w*|stud(?:y|ied)|attend\w*)\b"
    r"|\bcurrently work|\bwho employs\b|\bemployer\b|\bsalary\b|\bjob title\b"
    # when a career event happened: 'when did he join ByteDance', 'qiu joined alibaba when?',
    # 'which year did she start working at X' (not 'start working on RL': a line of work)
    r"|\b(?:when|(?:which|what) year|since when|how long ago)\b[^?.!]*\b(?:join(?:ed|s|ing)?"
    r"|(?:start|began|begin)\w*\s+(?:working|work|a\s+job)\s+(?:at|for|with)|mov(?:e|ed)\s+to"
    r"|hired\s+(?:by|at))\b(?!\s+(?:training|learning|optimi\w+|embedding\w*))"
    r"|\bjoin(?:ed|s)?\b[^?.!]*\bwhen\b|\bemployment\s+history\b|\bcareer\s+(?:history|path)\b"
    r"|\bwhere (?:does|did|do) (?:[\w'’-]+\s+){1,3}?work\s*(?:now|today|currently)?\s*[?.!]*$"
    # her e-mail, not 'my cold email', nor where the asker read what they paste ('the title
    # from an email', 'in an e-mail')
    r"|\b(?:his|her|their|(?<!from )(?<!in )(?<!via )(?<!through )(?<!by )an?) e-?mail\b"
    r"|\be-?mail address\b|\bhow (?:can|do|could) (?:i|we) "
    r"(?:contact|reach|e-?mail)\b|\bphone number\b|\bcontact (?:details|info\w*)\b|\bhome address\b"
    r"|\bwhere (?:does|do) (?:he|she|they) live\b|\bwhen (?:was|were) (?:he|she|they) born\b"
    r"|\bbirthday\b"
    # opinions and plans: 'does she believe ...', 'his view on AI regulation', 'is there funding'
    # ('what does it / the model predict': a method's output, not an opinion)
    r"|\b(?:does|do|did|would) (?!(?:you|i|we|it|its|this|that|the|which)\b)"
    r"(?:he|she|they|[\w'’-]+(?: [\w'’-]+)?) (?:believe"
    r"|think|feel|reckon"
    r"|expect|predict)\b|\b(?:his|her|their|[\w'’-]+['’]s) (?:opinions?|views?|stance|position"
    r"|take|thoughts|beliefs?|predictions?)\s+(?:on|about|of|regarding)\b|\bopinion (?:on|about)\b"
    r"|\bwhat (?:does|do|did) (?!(?:you|i|we)\b)(?:he|she|they|[\w'’-]+(?: [\w'’-]+)?) think\b"
    r"|\bwhat (?:he|she|they) think\b|\b(?:optimistic|pessimistic)\b|\bfunding\b"
    r"|\bsupervis\w*\b.*\bstudents?\b"
    r"|\bhow old\b|\bmarried\b|\bnationality\b|\b(?:is|are) (?!(?:there|it|this|that|an?|the)\b)"
    r"(?:he|she|they|[\w'’-]+(?: [\w'’-]+)?)"  # 'single-stage' is no status
    r" (?:single|dating|engaged|divorced)\b(?!-)|\b(?:has|have|does|do) (?:he|she|they|[\w'’-]+"
    r"(?: [\w'’-]+)?) (?:have |got )?(?:kids|children|a partner|a wife|a husband|a family)\b"
    r"|\b(?:win|won|receive[ds]?|get|got|awarded)\b.*\b(?:award|prize|medal|fellowship)\b"
    # her PhD, not 'I'm a PhD applicant'; taking students is a plan the profile does not hold
    r"|\b(?:his|her|their) (?:own )?(?:ph\.?d|doctorate)\b|\bph\.?d (?:from|at|thesis)\b"
    r"|\b(?:do|did|does|get|got|earn\w*|have|has|hold|holds) (?:a|an|his|her|their) (?:ph\.?d"
    r"|doctorate)\b|\balma mater\b|\bgraduated? from\b|\bstudied at\b"
    r"|\b(?:openings?|vacanc(?:y|ies)|open\s+(?:roles?|positions?|spots?))\s+(?:in|at|on|with)\s+"
    r"(?:his|her|their)\s+(?:own\s+)?(?:group|lab|team)\b"
    r"|\b(?:hiring|recruiting|accepting|taking|looking for)\b.*\b(?:students?|interns?"
    r"|postdocs?|ph\.?ds?)\b|\bopen (?:ph\.?d |postdoc )?(?:positions?|spots?)\b"
    r"|\b(?:his|her|their|[\w-]+['’]s) (?:(?:ph\.?d\.?|doctoral|former) )?(?:advisor|adviser"
    r"|supervisor)\b"
    # life away from the papers: 'her private life', 'his life outside work', 'hobbies'
    # (not the asker's: 'for a hobby project', 'my hobby')
    r"|\b(?:private|personal|family|home|social|love|daily) li(?:fe|ves)\b"
    r"|(?<!\ba )(?<!\bmy )(?<!\bour )\b(?:hobbies|hobby(?!\s+(?!(?:of|is|was|outside)\b)[a-z]))\b"
    r"|\blife (?:outside|away from|beyond) (?:of )?(?:the )?(?:work|research|lab|academia"
    r"|science)\b"
    r"|\b(?:free|spare) time\b|\b(?:personal|private) interests?\b|\bpastimes?\b"
    r"|\binterests?\s+(?:are\s+|is\s+)?(?:outside|away from|beyond) (?:of )?(?:the )?(?:work"
    r"|research|the lab|academia)\b|\b(?:do|does|did|doing|enjoys?)\b[^.?!,]{0,30}?\bfor fun\b"
    r"|\bdo(?:es)?\s+(?:[\w'’-]+\s+){0,3}?on"
    r" (?:the )?weekends?\b"
    # where they are: 'where is she based', 'affiliated with', 'is he a professor', 'works at X'
    r"|\bwhere (?:(?:is|are|was|were) )?(?:[\w'’-]+\s+){1,3}?based\b|\baffiliated (?:with|to)\b"
    r"|\bwhere (?:is|are|was|were) (?:he|she|they|[\w'’-]+ [\w'’-]+) from\b|\bwhat country\b"
    r"|\b(?:which|what) (?:institution|institute|department|lab|team|group|university|company"
    r"|school|organi[sz]ation)\b"
    r".*\b(?:is|are|was|were|belong\w*|in|at|for)\b"
    r"|\b(?:is|are|was|were) (?:he|she|they|(?:this|the) (?:researcher|person|author|scientist)"
    r"|(?!(?:this|that|the|a|an)\b)[A-Z]\w+(?: [A-Z]\w+)?) (?:an? )?"
    r"(?:professor|postdoc|student|researcher|engineer|scientist|teacher|lecturer|instructor"
    r"|tutor|educator|reviewer|referee|editor)\b"
    r"|\bjob\b|\bindustry or academia\b|\bacademia or industry\b"
    # birth: 'year of birth?', 'her birth date', 'born in which city'
    r"|\b(?:date|year|place|city|country)\s+of\s+birth\b|\bbirth\s*(?:year|date|place|day|city)\b"
    # (not 'before a storm is born': a person's birth is asked in the past)
    r"|(?<!\bis\s)(?<!\bare\s)\bborn\b(?=\s+(?:in|on|at|where|when|which)\b|\s*[?.!]*$)"
    # pay: 'hows much does he make per year', 'her salary'
    r"|\bhow['’]?s?\s+much\s+(?:does|do|did)\s+(?:[\w'’-]+\s+){1,2}?(?:make|earn|get paid)\b"
    r"|\b(?:his|her|their) (?:income|pay|wages?|earnings)\b"
    # education: 'where did he studdy', 'where they got their degree'
    r"|\bwhere (?:(?:did|does|do) )?(?:he|she|they|[\w'’-]+(?: [\w'’-]+)?) "
    r"(?:stud\w*(?=\s*(?:at\b|[?.!]*$))"
    r"|(?:got|get|earned|received) (?:his|her|their|a) (?:degree|masters?|bachelor'?s?|ph\.?d))\b"
    r"|\b(?:his|her|their) (?:degrees?|education|schooling)\b"
    r"|\b(?:does|do|did) (?!(?:his|her|their|its|the|this|that)\b)(?:[\w'’-]+\s+){1,3}?"
    r"(?:still )?work (?:at|for)\b"
    # contact asked by where: 'where can I reach her', 'where could we contact X directly'
    r"|\bwhere (?:can|could|do|should|would|might) (?:i|we|one|someone) (?:best )?"
    r"(?:reach|contact|e-?mail|write to)\b"
    # the group they lead: 'number of phd students', 'students advised by X', 'a big lab?'
    r"|\b(?:number|count|how many|#)\s+(?:of\s+)?(?:ph\.?d\.?|doctoral|grad(?:uate)?)\s+students\b"
    r"|\bstudents?\s+(?:(?:he|she|they)\s+)?(?:advised|supervised|mentored)\b"
    r"|\bhow (?:big|large) (?:is|are) (?:his|her|their|[\w'’-]+['’]s) (?:lab|group|team)\b"
    r"|\b(?:does|do|did|has|have) (?!(?:i|we|you)\b)(?:[\w'’-]+\s+){1,2}?(?:have|run|lead|head)"
    r" an? (?:big|large|small) (?:lab|group|team)\b"
    # an employer asked by its kind: 'is he at a university or a company', 'industry or academia'
    r"|\b(?:university|academia) or (?:a |an )?(?:company|industry)\b"
    r"|\b(?:company|industry) or (?:a |an )?(?:university|academia)\b"
    r"|\b(?:recommendation|reference) letters?\b|\bletters? of (?:recommendation|reference)\b"
    # a person's school asked tersely: 'bo li school?', 'ada example alma mater'
    r"|^\W*[a-z][\w'’-]+\s+[a-z][\w'’-]+\s+(?:school|university|education|affiliation)\s*[?.!]*$"
)
# The areas a researcher's work serves, said with 'work for' ('what industries or application
# areas does she work for?'): no employer is asked
AREAS_WORKED_FOR = (
    r"\b(?:which|what)\s+(?:[\w-]+\s+){0,3}?(?:areas?|fields?|domains?|sectors?|industr(?:y|ies|ys)"
    r"|markets?|disciplines?)\b[^?.!;]*?\bwork(?:s|ing)?\s+for\b"
)
# Pay asked without a pay word, of the owner (named as 'their'): 'any idea what they currently
# make?', 'what does Qiu earn a year' (not 'what models do they make': a thing made comes
# before the verb)
PAY = (
    r"\bwhat (?:(?:does|do|did) )?(?:he|she|they|their|(?:this|the) (?:researcher|author|person))"
    r" (?:currently |actually |really |now |still )?(?:make|makes|earns?)"
    r"(?:\s+(?:(?:a|per|each) (?:year|month|hour)|annually|yearly|now|nowadays|these days))?"
    r"\s*[?.!]*$"
)
# Which areas the person could review ('what topics is she qualified to review?', 'tracks to
# assign him to as a reviewer'): the research's areas, not a record of service. The reviewing
# role's words are then no topic and no life question.
# reviewing, not a review written ('a review of a field', 'review articles')
REVIEWING = (
    r"(?:(?<!\ba\s)(?<!\ban\s)\breview(?:s|ing)?\b(?!\s+(?:of|articles?)\b)"
    r"|\breviewers?\b|\breferee\w*)"
)
REVIEW_AREAS = re.compile(
    r"\b(?:areas?|topics?|fields?|sub-?fields?|tracks?|subjects?|submissions?|domains?)\b"
    rf"(?=.*{REVIEWING})|{REVIEWING}"
    r"(?=.*\b(?:areas?|topics?|fields?|sub-?fields?|tracks?|subjects?|domains?)\b)",
    re.IGNORECASE,
)
REVIEW_ROLE = (
    r"\b(?:(?:serve|act|work)\s+as\s+)?(?:an?\s+)?(?:(?:suitable|good|qualified|competent)\s+)?"
    r"(?:reviewers?|referees?)\b(?:\s+(?:for|on|in))?"
    r"|\b(?:to\s+|for\s+)?(?:review|referee)(?:ing)?\b(?:\s+(?:papers|submissions)\b)?"
    r"(?:\s+(?:for|on|in|about))?|\bassign\w*|\bsend\b|\bqualified\b|\bexpertise\b"
)
PERSON = r"(?:he|she|they|their|(?:this|the)\s+(?:researcher|author|scientist|person|professor))"
# The words between the person and a service role ('has he ever been a', 'is she on the',
# 'do they serve as an'; not 'did they build a reviewer model')
SERVING = (
    r"(?:is|was|were|are|has|have|had|been|be|ever|also|still|currently|once|serve[sd]?|serving"
    r"|sits?|sat|sitting|acts?|acted|acting|on|as|an?|the|any|some|for)"
)
HOW_OFTEN = r"(?:mostly|mainly|usually|primarily|personally|actually|still|also|typically)"
# What the person does away from writing papers (the owner named is read as 'their'): teaching
# ('does she teach any classes', 'what courses do they lecture', 'their teaching load'; not
# 'teach the model to reason'), service ('has he been an area chair', 'does she review for
# ICML'; not 'used a model as a reviewer') and the tools they code with ('does she code in
# Python', 'their favourite programming language').
# 'fluent' of a language ('fluent in french', 'is she fluent?'), not of a field ('fluent in RL')
# Places a person may be in, said as a country or a region ('the US', 'America', 'Europe')
COUNTRY = (
    r"(?:us|usa|u\.s\.?a?\.?|united\s+states|america|american|europe|european|eu|uk|britain"
    r"|china|chinese|mainland|asia|asian|singapore|japan|korea|canada|germany|france|india"
    r"|abroad|overseas)"
)
FLUENT = r"fluent(?:\s+in\s+\w+(?:ese|ish|ian|ch|an|ic)\b|\s*[?.!]*$)"
OFF_PAPERS = (
    rf"\b{PERSON}\s+(?:[\w'’-]+\s+){{0,2}}?(?:teach(?:es)?|taught|lectures?|lectured|instructs?)\b"
    r"(?!\s+(?:(?:the|a|an|its|their)\s+)?(?:[\w-]+\s+)?(?:models?|llms?|networks?|agents?"
    r"|machines?|systems?|students?\s+models?|computers?|ai)\b)"
    r"|\b(?:his|her|their)\s+(?:[\w-]+\s+)?(?:teaching|lectures|lecturing|courses|syllab(?:us|i)"
    r"|reviewing|service|editorial)\b"
    r"|\b(?:courses?|classes|modules?|seminars?|lectures?)\b[^.?!]*\b(?:teach\w*|taught)\b"
    rf"|\b{PERSON}\s+(?:{SERVING}\s+){{0,5}}"
    r"(?:(?:senior\s+)?area\s+chairs?|program(?:me)?\s+(?:committees?|chairs?)|pc\s+members?"
    r"|editorial\s+boards?|(?:associate|action|guest|handling)\s+editors?|(?:meta-?)?reviewers?"
    r"|referees?|review(?:s|ed|ing)?\s+(?:papers\s+|submissions\s+)?for"
    r"|(?:journal\s+|conference\s+)?editors?\s+(?:for|of|at|on|in)\s+(?:an?\s+|the\s+|any\s+)?"
    r"(?:[\w-]+\s+)?(?:journals?|conferences?|venues?|magazines?))\b"
    # service roles asked by their kind: 'what editorial roles does she hold', 'chairing duties'
    r"|\beditorial\s+(?:roles?|positions?|duties|work|service|posts?)\b"
    # advising: 'does she take phd students', 'how many students does qiu advise', 'their
    # current PhD students' (not 'their student model')
    rf"|\b{PERSON}\s+(?:[\w'’-]+\s+){{0,2}}?(?:advises?|advised|mentors?|mentored|supervises?)\b"
    r"|\b(?:take|takes|took|taking|accept\w*)\s+(?:on\s+)?(?:new\s+|any\s+|more\s+)?"
    r"(?:ph\.?d\.?\s+|grad(?:uate)?\s+|masters?'?s?\s+)?students\b"
    r"|\b(?:his|her|their)\s+(?:current\s+|former\s+)?(?:ph\.?d\.?\s+|grad(?:uate)?\s+"
    r"|masters?'?s?\s+)?students\b"
    r"|\b(?:his|her|their|preferred|favou?rite|fav|main|go-to)\s+(?:programm?ing|coding)\s+languages?"
    rf"|\b{PERSON}\s+(?:{HOW_OFTEN}\s+)?(?:code|codes|coded|program|programs)\s+"
    r"(?:mostly\s+|mainly\s+|usually\s+)?in\b"
    rf"|\b{PERSON}\s+(?:[\w'’-]+\s+){{0,2}}?(?:prefers?|likes?|favou?rs?)\s+(?:pytorch|tensorflow"
    r"|jax|keras|python|java|c\+\+|rust|julia|matlab)\b"
    # the languages they speak ('can she speak Mandarin?', 'what languages does he talk', 'is
    # the researcher bilingual', 'their mother tongue'; not 'speak to' nor a paper's languages)
    rf"|\b{PERSON}\s+(?:[\w'’-]+\s+){{0,2}}?(?:speaks?|spoke|spoken)\b"
    r"(?!\s+(?:to|about|of|on|with|for|at)\b)"
    rf"|\blanguages?\s+(?:does|do|did|can|could)\s+{PERSON}\s+(?:\w+\s+)?(?:speak|talk|know)\b"
    rf"|\blanguages?\s+(?:spoken|known)\s+by\s+(?:him|her|them|{PERSON})\b"
    rf"|\b(?:is|are|was|were)\s+{PERSON}\s+(?:also\s+|really\s+|actually\s+)?(?:an?\s+)?"
    rf"(?:bilingual|trilingual|multilingual|polyglots?|{FLUENT}|native\s+(?:[\w-]+\s+)?speakers?)\b"
    rf"|\b{PERSON}\s+(?:is|are|was|were)\s+(?:also\s+|really\s+)?(?:an?\s+)?(?:bilingual|trilingual"
    rf"|multilingual|polyglots?|{FLUENT}|native\s+(?:[\w-]+\s+)?speakers?)\b"
    r"|\b(?:his|her|their)\s+(?:native|first|mother|home|spoken)\s+(?:language|tongue)s?\b"
    r"|\bmother\s+tongue\b"
    # talks they give ('has she given keynotes', 'does he speak at conferences', 'invited talks')
    r"|\bkeynotes?\b|\binvited\s+(?:talks?|lectures?|speakers?)\b"
    r"|\b(?:gave|given|give|gives|giving)\s+(?:an?\s+|any\s+|some\s+|many\s+)?(?:\w+\s+)?"
    r"(?:talks|talk|speeches|presentations)\b"
    rf"|\b{PERSON}\s+(?:[\w'’-]+\s+){{0,2}}?(?:speak|speaks|spoke|present|presents|presented"
    r"|talk|talks|talked)\s+at\b"
    # their web presence ('her homepage', 'a personal website') and where someone is now
    r"|\b(?:his|her|their|personal)\s+(?:own\s+)?(?:web\s?sites?|web\s?pages?|home\s?pages?"
    r"|blogs?)\b"
    rf"|\b{PERSON}\s+(?:[\w'’-]+\s+){{0,2}}?(?:keeps?|kept|has|have|had|runs?|writes?|maintains?)"
    r"\s+(?:an?\s+)?(?:personal\s+)?(?:blog|web\s?site|home\s?page)\b"
    r"|\bstill\s+(?:at|employed|working\s+(?:at|for))\b"
    r"|\bwhere\s+(?:is|are|was)\s+(?:[\w'’-]+\s+){1,3}?(?:working|employed)\s*[?.!]*$"
    r"|\bwhere\b[^?.!]*\bend(?:ed|s)?\s+up\b"
    r"|\bwhere\s+(?:[\w'’-]+\s+){1,3}?works\s*(?:now|these\s+days|today|currently|nowadays)?"
    r"\s*[?.!]*$"
    r"|\baffiliations?\s+(?:today|now|currently|these\s+days|nowadays)\b"
    r"|\b(?:current|present)\s+(?:position|role|job|title|workplace|employer)\b"
    # where co-authors are: 'share of his co-authors based in the US', 'collaborators at
    # American institutions' (author lines carry names only; not 'co-authors on the Chinese
    # medical paper': a paper's subject)
    r"|\b(?:co-?authors?|collaborators?|colleagues)\b[^?.!]{0,50}?\b(?:based|located|living"
    r"|institutions?|universit(?:y|ies)|countr(?:y|ies)|nationalit(?:y|ies)|affiliations?"
    rf"|(?:in|at|from)\s+(?:the\s+)?{COUNTRY})\b"
    r"|\b(?:institutions?|universit(?:y|ies)|countr(?:y|ies)|nationalit(?:y|ies)|affiliations?)\b"
    r"[^?.!]{0,40}?\b(?:co-?authors?|collaborators?|colleagues)\b"
    rf"|\bcollaborat\w*\s+(?:mostly\s+|mainly\s+)?with\s+(?:people|researchers|scientists|groups"
    rf"|teams|labs)\s+(?:in|from|at)\s+(?:the\s+)?{COUNTRY}\b"
    # why they took up the work, not why a paper did something: 'why did she get into AI', 'what
    # drew them to NLP in the first place', 'what made Qiu choose research over other careers'
    r"|\bwhy(?:['’]d|\s+(?:did|does|do|would))\s+(?:[\w'’-]+\s+){1,2}?(?:first\s+)?(?:get|go|got|went)"
    r"\s+into\b"
    r"|\bwhat\s+(?:first\s+)?(?:made|drew|draws|led|got|inspired|attracted|brought|pulled"
    r"|motivated|prompted)\s+(?:[\w'’-]+\s+){1,2}?(?:to\s+(?:choose|pick|pursue|enter|go\s+into"
    r"|get\s+into)\b|into\b|to\b[^?.!]{0,40}\bin\s+the\s+first\s+place\b)"
    r"|\b(?:choose|chose|choosing)\s+(?:research|academia|science|a\s+research\s+career)\s+over\b"
    r"|\bother\s+careers\b|\bcareer\s+choices?\b"
)
# The person's own name said aloud or in another script ('how is her name pronounced', 'how
# is their name written in Chinese characters'), and their accounts online ('his X handle',
# 'which account does she post from'): the profile holds the name as typed, and no accounts.
OWN_NAME = (
    r"\b(?:his|her|their|the|your)\s+(?:full\s+|first\s+|given\s+|family\s+|last\s+|sur)?"
    r"names?\b(?!\s+(?:of|in\s+(?:the\s+)?(?:author|byline)))"
)
NAME_SAID = (
    rf"\bpronounc\w*\b(?=[^?.!]{{0,60}}?\bnames?\b)|{OWN_NAME}[^?.!]{{0,40}}?\bpronounc\w*"
    rf"|\bpronunciation\s+of\s+{OWN_NAME}"
    rf"|{OWN_NAME}\s+(?:is\s+|be\s+)?(?:said|spoken|read|sounded)\s+(?:out\s+)?(?:aloud|out\s+loud)\b"
    rf"|\b(?:say|read\s+out|sound\s+out)\s+{OWN_NAME}\s*(?:properly|correctly|right|aloud|out\s+loud"
    r"|\W*$)"
    rf"|\bhow\s+(?:is|are|do\s+you|would\s+you|to)\s+(?:write\s+)?{OWN_NAME}\s+(?:written|spelt"
    r"|spelled|write|spell)?\s*(?:in\s+(?:chinese|mandarin|the\s+original|(?:its|the)\s+native)"
    r"|[?.!]|$)"
    rf"|{OWN_NAME}[^?.!]{{0,30}}?\b(?:in|as)\s+(?:chinese|mandarin|hanzi|kanji|hangul)"
    r"(?:\s+(?:characters?|script))?\b"
    r"|\b(?:chinese|mandarin|native|original)\s+(?:characters?|script)\b(?=[^?]*?\bnames?\b)"
    r"|\bnames?\b[^?]*?\b(?:chinese|mandarin|native|original)\s+(?:characters?|script)\b"
    r"|\bhanzi\b"
)
SITES = (  # 'x' alone is no site: 'qiu x deng-ping fan paper?' joins two people
    r"twitter|instagram|linkedin|mastodon|bluesky|weibo|wechat|facebook|tiktok"
    r"|youtube|zhihu|social[\s-]*media"
)
ONLINE = SITES + "|x"
ACCOUNTS = (
    rf"\b(?:his|her|their|the\s+researcher['’]s)\s+(?:own\s+|personal\s+|official\s+)?"
    rf"(?:(?:{ONLINE})\s+)?(?:handles?|usernames?|user\s+names?)\b"
    rf"|\b(?:his|her|their)\s+(?:own\s+|personal\s+|official\s+)?(?:{SITES})(?![\w-])"
    r"(?:\s+(?:accounts?|profiles?|pages?|channels?|presence))?"
    rf"|\b(?:{ONLINE})\s+(?:handle|accounts?|usernames?|user\s+names?)\b"
    r"|\baccounts?\b[^?.!]{0,40}?\bposts?\s+(?:from|on|to|under)\b"
    r"|\bposts?\s+(?:from|on|under)\s+(?:social|twitter|x\b)"
    rf"|\bwhere\s+(?:does|do|did|can\s+i\s+see)\s+(?:he|she|they|their)\s+post\b"
    r"|\bfollow\s+(?:him|her|them|this\s+(?:researcher|person|author))\s+(?:online|on\s+\w+)"
    r"|\bgoogle\s+scholar\s+(?:profile|page|link|url|account)\b"
)
# A stance the person takes ('does she support stricter AI rules?', 'is he in favour of open
# weights?', 'would they oppose ...'): an opinion, which papers do not hold. The person only
# (the owner named is read as 'their'): 'does Valley2 support video?' asks about a paper.
STANCE = (
    r"\b(?:does|do|did|would|is|are|was|were|whether|if)\s+(?:he|she|they|their|(?:this|the)\s+"
    r"(?:researcher|author|scientist|person|professor))\s+(?:(?:is|was|would|will)\s+)?"
    r"(?:personally\s+|actually\s+|still\s+)?(?:(?:support|oppose|favou?r|endorse|advocate"
    r"|approve|disapprove|agree|disagree)(?:s|d|ed)?|in\s+favou?r|against|for\s+or\s+against"
    r"|pro|anti)\b"
    r"|\bwhere\s+(?:does|do|did)\s+(?:he|she|they|their|(?:this|the)\s+\w+)\s+stand\b"
)
# The person's own view of their work, their feelings and their intentions: what they are
# proud of, like, rate or regret, their favourite paper or co-author, what they plan next. The
# profile records papers, not what their author thinks of them. The person only (the owner
# named is read as 'their'; 'which factors does GCE-GNN consider' asks about a paper), and a
# judgement of the work ('his favourite researcher' is the asker's nephew's).
OWN = r"(?:himself|herself|themselves|themself|personally|privately)"
JUDGED = (
    r"(?:consider|regard|rate|rank|view|think\s+of|like|love|prefer|enjoy|value|cherish"
    r"|deem|feel\s+about)"
)
BEST = (
    r"favou?rite|fav|fave|best|greatest|finest|top|proudest|most\s+\w+|biggest|key|main"
    r"|breakthrough|masterpiece|signature|defining|crowning"
)
WORK_THING = (
    r"(?:papers?|works?|projects?|publications?|articles?|results?|contributions?|ideas?"
    r"|topics?|areas?|fields?|subjects?|methods?|models?|co-?authors?|collaborators?"
    r"|colleagues?|venues?|conferences?|datasets?|one|ones|achievements?|research)"
)
OWN_VIEW = (
    # 'the paper he is proudest of', 'is she proud of Valley?' (not the asker's 'we are proud')
    r"(?<!\bi\s)(?<!\bi'm\s)(?<!\bwe\s)(?<!\bwe're\s)(?<!\bam\s)\b(?:most\s+)?proud(?:est)?\s+of\b"
    rf"|\b(?:his|her|their)\s+(?:own\s+)?(?:personal\s+|all[- ]time\s+)?(?:most\s+)?"
    r"(?:favou?rite|fav|fave|best[- ]loved|most[- ]loved|beloved|pet)\s+"
    rf"(?:[\w-]+\s+)?{WORK_THING}\b"
    rf"|\b(?:his|her|their)\s+(?:fav|fave|favou?rite)\b(?=\W*(?:of\s+(?:his|her|their)|$|\?))"
    # 'which does he himself rate as his best', 'what paper does Qiu consider his favourite',
    # 'which paper they personally like most', 'does she enjoy her RL work?'
    rf"|\b{PERSON}\s+(?:would\s+|will\s+|might\s+)?{OWN}\s+(?:\w+\s+){{0,2}}?{JUDGED}"
    rf"|\b(?:does|do|did|would|will)\s+{PERSON}\s+(?:{OWN}\s+)?(?:like|love|enjoy|value"
    r"|cherish|dislike|hate|regret)\b"
    r"(?!\s+(?:to\s+)?(?:use|using|cite|citing|work\s+with|publish(?:ing)?\s+(?:on|in|with))\b)"
    rf"|\b(?:does|do|did|would|will)\s+{PERSON}\s+(?:{OWN}\s+)?(?:consider|regard|rate|rank|see"
    r"|view|think\s+of|count|call|deem|hold)\s+(?:[\w-]+\s+){0,4}?(?:as\s+|to\s+be\s+)?"
    rf"(?:his|her|their|the)\s+(?:own\s+)?(?:{BEST})\b"
    rf"|\bconsidered\s+(?:to\s+be\s+)?(?:his|her|their)\s+(?:own\s+)?(?:{BEST})\b"
    rf"|\b{PERSON}\s+(?:likes?|loves?|enjoys?|prefers?|regrets?|dislikes?|hates?|values?"
    r"|cherish(?:es)?)"
    rf"\s+(?:\w+\s+){{0,3}}?(?:most|best|least|more|over|above)\b"
    rf"|\b{PERSON}\s+(?:\w+\s+){{0,2}}?(?:regrets?|regretted)\b|\b(?:his|her|their)\s+(?:\w+\s+)?regrets?\b"
    # plans and hopes: 'what does she plan to work on next', 'his future plans', 'does he
    # intend to keep publishing', 'her next project'
    rf"|\b(?:does|do|did|will|would|is|are)\s+{PERSON}\s+(?:{OWN}\s+)?(?:plan|planning|intend"
    r"|intending|hope|hoping)\s+to\b"
    rf"|\b{PERSON}\s+(?:plans?|intends?|hopes?)\s+to\b"
    r"|\b(?:his|her|their)\s+(?:future|upcoming|next)\s+(?:research\s+)?(?:plans?|projects?"
    r"|ambitions?|agenda)\b|\b(?:his|her|their)\s+(?:ambitions?|dreams?)\b"
)
Fact = Literal[
    "header", "papers", "categories", "affiliations",
    "earliest", "latest", "most_common_category", "least_common_category",
    "busiest_year", "quietest_year",
    "author_papers", "first_author", "last_author", "nth_author", "sole_author", "coauthors",
    "coauthor_count",
    "author_count", "surname",
    "per_year", "shift", "gap", "paper_info", "by_month", "by_day", "years_with", "tally",
    "code_split",
]  # fmt: skip
# The kind of place a paper's affiliation tag names: 'a university tag', 'marked with a school'
AFFILIATION_KIND = (
    r"\b(?:universit(?:y|ies)|unis?|schools?|colleges?|institut(?:e|es|ions?)|compan(?:y|ies)"
    r"|organi[sz]ations?)\b"
)
TAGS_ASKED = (  # not 'tagged with code', 'a Code tag'
    r"\baffil\w*|\b(?<!code\s)(?<!code-)tag(?:s|ged)?\b(?!\s+(?:with\s+|as\s+)?(?:the\s+)?code\b)"
    r"|\binstitution\w*|\b(?:marked|labell?ed|flagged)\s+(?:with\s+|as\s+)?(?:an?\s+)?"
    + AFFILIATION_KIND
)
# What a span of dates is called, said next to the dates it names (blanked out by then)
PERIOD_WORDS = (
    r"\b(?:(?:the|that|this)\s+)?(?:(?:middle|whole|entire|same|time)\s+)?(?:window|stretch|span"
    r"|timeframe|interval|period|months?)(?:\s+(?:running|covering|spanning|going))?\b"
    r"(?=[\s,:;-]*(?:(?:of|in|from)\s+)?(?:\s{3}|$))"
    r"|\b(?:that|this|the\s+same|said)\s+(?:time\s+)?(?:window|stretch|span|timeframe|interval"
    r"|period)\b"  # '... March 2022 through March 2023: how many in that window?'
    # said after the dates: 'in the 2021 to 2022 window', 'over the 2020-2021 stretch'
    r"|(?<=\s{3})(?:time\s+)?(?:window|stretch|span|timeframe|interval|period|range)\b"
)
PART_OF_YEAR = re.compile(
    r"\b(?:half|halves|quarters?|part|portion|stretch)\s+of\s+(?:the|their|his|her|a|each|every"
    r"|any)\s+(?:calendar\s+)?(?:year|yr)s?\b|\b(?:late|early|later|earlier)\s+(?:in|on)\s+"
    r"(?:the|a|each|every)\s+(?:calendar\s+)?year\b|\b(?:half|halves|quarters?|spring|summer"
    r"|autumn|autumnal|winter|seasons?)\b",
    re.IGNORECASE,
)
ERA = re.compile(
    r"\b((?:pre|post)-[a-z][\w.]*)(?:\s+(?:era|days|times|world|launch|release))?\b", re.I
)
HeaderField = Literal[
    "name", "main_category", "h_index", "citations", "novelty", "ai_score", "papers"
]

H_INDEX = r"\bh[- ]?(?:index|indx|idx|ind)\b"  # 'h-index', 'hindex', 'h idx'
# 'her citation metrics', 'citation stats', 'bibliometrics': the h-index and citations both
METRICS = (
    r"\bcitation\s+(?:metrics?|stats|statistics|numbers|figures|record|impact)\b|\bbibliometric"
)
# Papers picked by their own citations ('papers with 10+ citations', 'her i10-index'): no
# profile holds a paper's citations, only the header's total.
PAPER_CITATIONS = r"|\b\d[\d,]*\+?\s+(?:or\s+more\s+)?citations?\b|\bi-?10(?:[- ]?index)?\b"
# 'claim' names the header's count only when said of the profile, of the listing or of a
# number of papers ('papers claimed', 'her profile claims', 'claimed vs listed', 'how many does
# she claim?'); what a paper claims is its content ('what speed-up does EasyTransfer claim',
# 'any paper claiming a gain over GPT-4o', 'the speed claim'), which its abstract answers
CLAIM = r"\bclaim(?:s|ed|ing)?\b"
HEADER_CLAIM = (
    rf"\b(?:profile|header)\b.*{CLAIM}|{CLAIM}.*\b(?:profile|header)\b"
    rf"|{CLAIM}.*\b(?:listed|lists?|listing|shown)\b|\b(?:listed|lists?|listing|shown)\b.*{CLAIM}"
    r"|\bclaimed\s+(?:papers?|publications?|works?|articles?|total|count|number|figure|tally)\b"
    r"|\b(?:papers|publications|works|articles|number|count|total|tally)\s+(?:(?:they|he|she"
    r"|it|their)\s+)?claim(?:s|ed)?\b(?=\s*(?:[?.!,;:)]|[-–—]|$|(?:and|vs|versus|by|in|on|for"
    r"|but|or|compared)\b))"
    rf"|\bhow\s+many\b[^?.!]*{CLAIM}\s*(?:[?.!]|$)"
)
# The profile's scores as a pair ('profile scores?', 'the two scores at the top of his
# profile'): its Novelty and AI Score, not a score a paper reports
PROFILE_SCORES = (
    r"|\b(?:profile|header)(?:['’]s)?\s+(?:\w+\s+)?scores\b"
    r"|\bscores\b[^?.!]*\b(?:of|on|in|at)\s+(?:the\s+)?(?:top\s+of\s+)?(?:the|his|her|their"
    r"|this)\s+(?:profile|header)\b"
)
HEADER_CUES: list[tuple[HeaderField, str]] = [
    ("h_index", H_INDEX + "|" + METRICS),
    ("citations", METRICS
                  + r"|\b(?:how many|total|number of|overall|count of)\s+(?:\w+\s+)?"
                  r"(?:citations?|cites)\b"
                  r"|\bcites\s+(?:count|total|number|does|has|do|have)\b"
                  r"|\bcitations?\s+(?:count|total|number|in total"
                  r"|(?:does|has|do|have) (?:he|she|they))\b"
                  r"|^\W*(?:total\s+)?citations?\W*$"
                  r"|\bcitt?ed\b|\b(?:his|her|their|profile'?s?)\s+citations?\b"
                  r"|\bmost[- ]cited\b|\b(?:most|highest|fewest)\s+citations?\b"
                  r"|[+&]\s*citations?\b|\bcitations?\s*[+&]|\b(?:citations?|cites)\s+(?:for|of|on)\b"
                  # asked last, of what comes before ('valley paper citations?', 'X cites?')
                  r"|(?<!about\s)(?<!\bon\s)(?<!with\s)(?<!\bof\s)(?<!for\s)(?<!\bno\s)(?<!\ba\s)(?<!the\s)(?<!my\s)(?<!our\s)(?<!your\s)\b(?:citations|cites)\s*[?!.]*\s*$"
                  + PAPER_CITATIONS),
    ("novelty", r"\b(?:his|her|their|profile'?s?|researcher'?s?)\s+novelty\b"
                r"|\bnovelty\s+(?:score|value|"
                r"rating|percent\w*|%|and|&)|\b(?:and|&)\s+novelty\b|\bthe novelty\s*(?:\?|$)"
                r"|^\W*novelty\W*$"
                # 'how original is her work, per the profile': as rated, not one paper's
                r"|\bhow\s+(?:novel|original|innovative)\b(?=.*\b(?:profile|score|rat(?:es?|ed"
                r"|ing)|rank\w*)\b)" + PROFILE_SCORES),
    ("ai_score", r"\bai[- ]?scores?\b" + PROFILE_SCORES),
    ("main_category", r"\b(?:main|primary|principal|home|dominant)\s+(?:[\w.-]+\s+){0,2}?"
                      r"(?:category|field|area|subject)\b|\b(?:category|field|area|subject)\b.*"
                      r"\b(?:mainly|primarily)\b(?!.*\b(?:papers?|since|in \d{4})\b)"),
    ("name", r"\bwhose profile\b|\bwho is (?:this|the researcher)\b"
             r"|\b(?:researcher|profile)'?s? name\b"),
    ("papers", HEADER_CLAIM +
               r"|\b(?:total|overall)\s+(?:number of\s+)?(?:papers|publications)\b"
               r"|\b(?:paper|publication)\s+count\b|\bsize of (?:his|her|their|the) (?:publication"
               r" record|record|output|body of work)\b"),
]  # fmt: skip
OVERVIEW = (  # not 'an overview of the data modalities in her papers': the research's
    r"\b(?:stats|statistics|overview(?!\s+of\s+(?:[\w'’.-]+\s+){0,5}(?:research\w*|work\w*|papers"
    r"|publications|publish\w*|wrote|written|output|articles))"
    r"|profile summary|header|summary of (?:his|her|their|the|this) profile)\b"
)

# 'Does she only publish in CV?', 'Is most of her work on LLMs?': a share, answered Yes or No.
# Not 'rather than only X', 'not only X': a contrast, no share.
YES_NO_SHARE = (
    r"\b(?:(?<!than\s)(?<!not\s)only|exclusively|solely|entirely|mostly|mainly|primarily"
    r"|majority|most of|nothing\s+but)\b"
)
AMOUNT = r"(\d{1,2}|" + "|".join(NUMBER_WORDS) + r")"
# 'the 3 most recent', 'three latest', 'her last five papers', 'the first 2 publications'.
LIMIT = re.compile(
    rf"\b{AMOUNT}\s+(?:most|latest|newest|earliest|oldest|first|last|recent)\b"
    rf"|\b(?:most\s+recent|latest|newest|earliest|oldest|first|last|recent)\s+{AMOUNT}\s*"
    r"(?:(?<=\s)(?:papers?|works?|publications?|articles?|ones|items?|entry|entries|records?)\b"
    r"|(?=[?.!,;]|$|\s+(?:from|by|of)\b))",  # 'latest three from her', 'the first two?'
    re.IGNORECASE,
)


def _amount(word: str) -> int:
    return int(word) if word.isdigit() else NUMBER_WORDS[word.casefold()]


# A count of papers, not of something inside one ('how many fundus images ...').
COUNT = (
    r"\b(?:how many|number of|count(?: of)?|fraction of|percent\w* of|share of|proportion of)\s+"
    r"(?:(?:of|his|her|their|the|these|those|listed|all|total)\s+)*(?:[\w.'’-]+\s+){0,3}?"
    r"(?:papers?|works?|publications?|articles?)\b"  # not 'entries': a benchmark's, usually
    # ('how many of Minghui Qiu's few-shot papers': a possessive name before them)
    r"|\bhow many\b.*\b(?:publish\w*|wrote|written)\b|\bhow many times\b"
    # 'how many are there?', 'how many of those?', 'how many?' after a list
    r"|\bhow many\s+(?:of\s+)?(?:them|those|these|(?:are|were|is)\s+there)\b|^\W*how many\W*$"
)
# A part of the whole list asked for, however sized ('what portion of her papers', 'how big a
# slice 2020 is of their whole list'): a count and its percentage; the words of the ask, and
# the whole it is taken of, are no topic. Not a part of something else ('what fraction of the
# teacher's parameters').
PART_HEAD = (
    rf"\b(?:what|which|how\s+(?:big|large|much|sizable|significant|small))\s+(?:an?\s+)?"
    rf"(?:{PART_WORDS})\b"
)
WHOLE_LIST = (
    r"\b(?:of\s+)?(?:the|her|his|their|[\w-]+['’]s)\s+(?:whole|entire|full|total|complete)\s+"
    r"(?:[\w-]+\s+)?(?:list(?:ing)?|output|record|body\s+of\s+work|corpus|bibliography|set)\b"
)
PART_OF_PAPERS = (
    rf"{PART_HEAD}\s+of\s+(?:[\w'’.-]+\s+){{0,4}}?(?:papers?|publications?|pubs|output|work"
    rf"|list(?:ing)?|record|articles?)\b|{PART_HEAD}(?=.*{WHOLE_LIST})"
)
LIST = (
    r"\b(?:which|what|list|show|name|give|enumerate|find)\b.*"
    r"\b(?:papers?|works?|publications?|articles?)\b"
    r"|\bdid (?:he|she|they) (?:publish|write)\b"
)
# Patents held: no record carries them, unless the papers themselves are on patents
# (the asker's trade is no patent asked about: 'a patent attorney asked me how many ...')
PATENTED = (
    r"\bpatent(?:s|ed|ing)?\b(?!\s+(?:attorney|lawyer|agent|examiner|office|clerk|firm|counsel"
    r"|specialist|department|team|paralegal)s?\b)"
)
# "himself", "her own": the owner, even when named by a pronoun.
OWN = r"\b(?:himself|herself|themselves|themself)\b|\b(?:his|her|their) own\b"

# A year's edge said by what a paper did to it, the year already read: 'which paper opened her
# 2026?', 'what kicked off 2025 for him?', 'the paper that closed out their 2024'
YEAR_DONE = (
    r"\s+(?:(?:her|his|their|the|this\s+(?:researcher|author)['’]s|[a-z]+['’]s)\s+)?"
    r"(?:year\s+)?(?=\s*(?:$|[?.!,;:—–-]|(?:for|with|in|of)\b))"
)
OPENED = rf"\b(?:open(?:ed|s)?|kick(?:ed|s)?\s+off|start(?:ed|s)?\s+off|led\s+off|began){YEAR_DONE}"
CLOSED = (
    rf"\b(?:close[sd]?(?:\s+out)?|end(?:ed|s)?|wrap(?:ped|s)?\s+up|round(?:ed|s)?\s+off){YEAR_DONE}"
)
EARLIEST = (
    r"\b(?:earliest|oldest|first|debut)\b(?![- ]author)"
    r"|\b(?:start(?:ed|ing)?|beg[ai]n(?:ning)?)\s+(?:to\s+)?(?:work|publish|writ|research|stud)"
)
# 'goes back the furthest', 'dates back farthest', 'the furthest back': the earliest paper
FURTHEST_BACK = (
    r"\b(?:go(?:es|ing)?|dat(?:es?|ing)|reach(?:es|ing)?)\s+back\s+(?:the\s+)?(?:furthest|farthest"
    r"|longest)\b|\b(?:furthest|farthest)\s+back\b"
)
# 'several papers with X?', 'a few papers in 2021': how many, said vaguely, is no topic
SOME_PAPERS = (
    r"\b(?:several|multiple|numerous|a\s+few|a\s+couple(?:\s+of)?|a\s+number\s+of|a\s+bunch\s+of"
    r"|lots\s+of|a\s+lot\s+of|plenty\s+of)(?=\s+(?:of\s+(?:her|his|their|the|these|those|qiu['’]s)\s+)?"
    r"(?:joint\s+)?(?:papers?|publications?|pubs|works?|articles?)\b)"
)
# Asking what a paper says, not where it sits in the list.
EXPLAIN = r"\b(?:summari[sz]e|explain|describe|propos\w*|introduc\w*|about|why|how does|how did)\b"
LATEST = (
    r"\b(?:latest|newest|most recent(?:ly)?|most new|last)\b(?![- ]author)"
    # 'the final IR one', 'her final paper' (not 'the final version', 'final answer')
    r"|\bfinal\b(?=\s+(?:[\w-]+\s+){0,3}?(?:paper|publication|one|article|preprint)\b)"
)
# 'is she still publishing?': when the latest paper came out.
STILL_PUBLISHING = (
    r"\bstill?\s+(?:publishing|active|writing|doing\s+research|putting\s+out|producing)\b"
)
# 'did she stop publishing?', 'has he quit research?': when the latest paper came out, too
# (not 'stopped publishing in 2023', a premise about that year, nor 'on RL', a topic).
STOPPED_PUBLISHING = (
    r"\b(?:stopp?(?:s|e?d|ing)?|quit|given\s+up|gave\s+up|give\s+up|retired?\s+from)\s+"
    r"(?:publishing|writing(?:\s+papers)?|doing\s+research|research(?:ing)?"
    r"|putting\s+out\s+papers)\b(?!\s+(?:in|after|since|around|by|on|about|at|with|for)\b"
    r"|\s+['’]?\d)"
)
# Venues: the profile records none; its categories are what it has.
VENUE_NAMES = """ACL EMNLP NAACL COLING SIGIR KDD CIKM WSDM WWW CVPR ICCV ECCV NeurIPS NIPS ICML
    ICLR AAAI IJCAI TACL TPAMI TKDE""".split()  # noqa: SIM905
VENUE = (
    r"\b(?:venues?|conf[ae]r[ae]nces?|jou?rn[ae]ls?|proceedings|workshops?|peer[- ]reviewed)\b"
    r"|\bwhere\s+(?:did|does|do|has|have)\s+(?:[\w'’-]+\s+){1,3}?(?:publish\w*|appear\w*)\b"
    r"|\bwhere\s+(?:[\w'’-]+\s+){0,3}?(?:was|were|got|get)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:accepted|published|presented)\b"
    # not 'presented in': 'the model presented in KEML' is what the paper holds
    r"|\b(?:(?:accepted|appeared)\s+(?:at|to|in)|presented\s+(?:at|to))\b"
    r"(?!\s+(?:\d|the\s+(?:[\w-]+\s+)?(?:months?|weeks?|days?|years?|half[- ]years?)\b"
    r"|the\s+(?:year|month|first|second|last|final|latter|back|front|past|end|start"
    r"|beginning|middle|spring|summer|autumn|fall|winter)|(?:this|last|that)\s+year"
    rf"|(?:an?\s+|any\s+)?(?:{MONTH}|(?:{MONTHS})s\b)))"  # 'appeared in October(s)': a date
    # 'was KECP at SIGIR or EMNLP?': a venue named outright
    rf"|\b(?:{'|'.join(VENUE_NAMES)})\b(?=[^.]*\?|\s+(?:or|and|paper|papers)\b)"
    rf"|\b(?:at|in|to)\s+(?:{'|'.join(VENUE_NAMES)})\b"
)
# The words of a venue question that are no topic: 'any CVPR papers?', 'peer-reviewed ones'.
VENUE_WORDS = frozenset(
    """venue venues conference conferences journal journals proceedings workshop workshops peer
    reviewed top tier major arxiv only preprint preprints published publications presented
    accepted appeared""".split()  # noqa: SIM905
) | frozenset(name.casefold() for name in VENUE_NAMES)
CATEGORY_WORD = r"\b(?:categor(?:y|ies)|fields?|areas?|subjects?)\b"
# The number of distinct categories asked ('how many different subject categories', 'count the
# distinct category labels', 'number of arxiv-style categories'): the words of spanning or
# showing up that go with it ('span', 'show up across', 'on her profile') are no topic
CATEGORIES_COUNTED = (
    r"\b(?:how\s+many|(?:the\s+)?(?:number|count|tally|total)\s+of|count(?:\s+up)?(?:\s+the)?)\s+"
    r"(?:(?:distinct|different|unique|separate|individual|subject|arxiv|arxiv-style|research"
    r"|topical|paper|listed)\s+)*categor(?:y|ies)\b"
)
SPAN_WORDS = frozenset(
    """span spans spanned spanning cover covers covered covering show shows showed shown showing
    appear appears appeared appearing turn turns turned pop pops popped across over up label
    labels distinct different unique separate profile profiles arxiv-style style
    represented""".split()  # noqa: SIM905
)
# The words of an ask about a title's words, never its subject: 'the word X', 'compounds'
TITLE_ASK_WORDS = frozenset(
    """word words term terms phrase phrases string strings keyword keywords compound compounds
    literally verbatim exact exactly spelled spell spells spelt spelling""".split()  # noqa: SIM905
)
YEAR_WORD = r"\b(?:years?|when)\b"
# The papers divided among groups: 'how do they split', 'divides between', 'broken down by'
SPLIT = r"\b(?:split\w*|divid\w*|break\w*\s+down|broken\s+down|breakdown|spread)\b"
SPLIT_WORDS = frozenset(
    """split splits splitting divide divides divided dividing break breaks broken down breakdown
    spread among between across""".split()  # noqa: SIM905
)

# The low end of a ranking: 'the quietest year', 'the lowest number', 'its weakest year'.
LEAST = (
    r"\b(?:least|fewest|quietest|rarest|less|lowest|smallest|slowest|weakest|leanest|sparsest"
    r"|thinnest|worst|poorest|minimum)\b"
)
PER_YEAR = (
    r"\b(?:timeline|per year|(?<=/)\s*(?:year|yr)|each year|every year|by year|year by year"
    r"|yearly|annual\w*|"
    r"over (?:the )?(?:years|time)|trend\w*|on average"
    r"|a year(?!\s+(?:ago|other|besides|except|apart)|[- ]in[- ]review)"
    # ('her most productive year' ranks the years: a superlative, not papers per year)
    r"|(?<!\bmost\s)(?<!\bleast\s)"
    r"(?:slow|quiet|busy|productive|good|bad|strong|weak|light|lean|big|bigger|better|busier"
    r"|stronger|weaker|slower|quieter|typical|average|normal|usual|given)\s+years?)\b"
)
# Words of a pace or a rate, never a topic once papers per year are asked ('avg papers/yr').
PACE_WORDS = frozenset(
    """slow quiet busy productive good bad strong weak light lean big bigger better busier
    stronger weaker slower quieter large larger average avg mean typical typically usual
    usually normal rate pace roughly approximately""".split()  # noqa: SIM905
)
# The time between papers: 'longest gap between her papers', 'a long hiatus', 'went the
# longest without a new paper'.
# How long a span is, not what is in it: 'how long was the gap', 'how many months between'
DURATION = r"\bhow\s+(?:long|much\s+time)\b|\bhow\s+many\s+(?:days|weeks|months|years)\b"
# A length of something in the papers, not of time: 'how long are the videos', 'how long is
# its context window'
MEASURED = r"\bhow\s+long\s+(?:are|is|were|was)\s+(?:the|their|its|his|her)\b"
GAP = (
    r"\b(?:gaps?|breaks?|hiatus(?:es)?|pauses?|lulls?|droughts?|dry\s+spells?|silences?"
    r"|quiet\s+(?:periods?|spells?|stretch(?:es)?|times?)|stretch(?:es)?|downtime)\b"
    r"(?!\s+(?:from|running|covering|spanning)\b)"  # 'the stretch from Dec 2020 to 2021': a window
    r"(?=.*\b(?:between|without|in|of)\b.*\b(?:papers?|publications?|publish\w*|record|output"
    r"|releases?)\b)"
    # 'between which two papers is the longest gap?': the papers said before the gap
    r"|\bbetween\s+(?:which|what)\s+(?:two\s+|2\s+)?(?:of\s+[\w'’]+\s+)?"
    r"(?:consecutive\s+|successive\s+|adjacent\s+)?(?:papers|publications)\b.*\b(?:gaps?|breaks?|pauses?|hiatus|time|wait)\b"
    r"|\b(?:longest|long|longer|most\s+time)\b(?:\s+[\w'’]+){0,3}?\s+without\s+(?:a\s+|any\s+)?"
    r"(?:new\s+)?(?:papers?|publications?|publish\w*|output)\b"
)
# The course of the research said as its arc or as its two ends ('his research arc', "'then vs
# now' for their research", 'early vs recent'): the shift, its words no topic
ARC = (
    r"\b(?:research|career|work)\s+arc\b|\barc\s+of\s+(?:his|her|their|the)\s+(?:research|work"
    r"|career)\b|\bthen\s+(?:vs\.?|versus|v\.?|and)\s+now\b"
    r"|\bearl(?:y|ier)\s+(?:on\s+)?(?:vs\.?|versus|v\.?)\s+(?:recent(?:ly)?|now|late(?:r|ly)?)\b"
)
SHIFT = (
    r"\b(?:shift\w*|chang\w*|evolv\w*|evolution|mov(?:e|ed)|transition\w*|pivot\w*|drift\w*|switch\w*"
    r"|develop(?:ed|ment)?|trajector\w*|progress(?:ed|ion)?|trends?)\b|" + ARC
)
FOCUS = r"\b(?:focus|interests?|direction|topics?|areas?|research|agenda|emphasis|work)\b"
# 'when did she move from NLP to vision?': a shift named by where it went
FROM_TO = r"\bfrom\s+(?:[\w-]+\s+){1,3}?(?:to|towards|into)\b"


# Asking for a named paper's metadata: authors, date, category, code, link.
# 'the X authors call their dataset', 'the authors of X built': the authors do what is asked
# (not 'lead author name?' nor 'author names', which ask the authors')
# The authors as the subject of what the paper did: 'what did the X authors call it', 'how the
# X authors turned datasets into ...', 'how many ways the X authors tried' (not 'the author
# names shown', a field asked)
AUTHORS_DO = re.compile(
    r"\bauthors?\s+(?:of\s+[\w-]+(?:\s+paper)?\s+)?(?:(?:call|give|gave|build|built|propose"
    r"|present|introduce|use|create|construct|collect|design|develop|release|add|train|test"
    r"|evaluate|report|turn|convert|transform|tried|try|tries|trying|handl|address|tackl|solv"
    r"|explor|compar|measur|adapt|appl|chose|choos|combin|deal|dealt|frame|framing|obtain"
    r"|approach|pick|select|decid|went\s+about|go\s+about"
    r"|achiev|model|generat|deriv|fix|overc[oa]m|mitigat|leverag|exploit|augment|annotat"
    # the authors as the ones judging ('what do the Meta-SN authors think PROTO gets wrong')
    r"|think|thought|say|said|argu|claim|believ|consider|identif|admit|mention|suggest"
    r"|conclud|criticiz|criticis|point|see|saw|find|found|do\b|did\b|does\b)\w*"
    r"|nam(?:e|ed|ing)\b(?!\W*$)(?!\s+(?:of|for|on)\b))",
    re.IGNORECASE,
)
PAPER_META = (
    r"\bwho (?:wrote|authored|are the authors|is the (?:first |lead )?author|led)\b|\bauthors? of\b"
    r"|\b(?:first|1st)[- ]author|\bwhen (?:was|did|were)\b|\bwhat (?:year|date|month)\b|\bdated\b"
    r"|\b(?:which|what) (?:category|field|arxiv)\b|\bcategory\b|\bcode\b|\blink\b|\burl\b"
    r"|\bgithub\b|\brepo(?:s|sitory|sitories)?\b|\baffiliation|\btag\b"
    r"|\bauthor (?:list|names(?!\s+(?:the|their|its|it)\b))\b"
    r"|\bwho (?:is|are) on\b"
    r"|\bwho (?:else )?(?:worked|contributed) on\b"
)


class Query(BaseModel):
    """What a question asks, as the facts answerer and the retriever need it."""

    question: str
    intent: Intent
    fact: Fact | None = Field(None, description="Which exact fact; None for retrieval.")
    fields: list[HeaderField] = Field(default_factory=list, description="Header stats asked.")
    filters: Filters = Field(default_factory=Filters)
    years: list[int] = Field(default_factory=list, description="Exact years, if not a range.")
    topic: str | None = Field(None, description="Content words left after the filters.")
    people: list[str] = Field(default_factory=list, description="As the profile spells them.")
    surname: str | None = None
    exclude_owner: bool = False
    negated: bool = Field(
        False, description="The person's doing of the topic is negated ('she doesnt do X?')."
    )
    share_of: list[WholeKind] = Field(
        default_factory=list,
        description="The filters the whole of a share names ('of her code papers': code).",
    )
    owner_left_out: bool = Field(
        False, description="Someone else's papers without the owner: none can be in the profile."
    )
    count: bool = Field(False, description="A number is asked ('how many').")
    at_least: int | None = Field(None, description="Periods with this many papers or more.")
    at_most: int | None = Field(None, description="Periods with this many papers or fewer.")
    limit: int | None = Field(None, description="How many papers an ordering asks for.")
    paper_ids: list[str] = Field(default_factory=list, description="Papers named in the question.")
    place: int | None = Field(None, description="The place in the author line asked (2: second).")
    tally: Tally | None = Field(None, description="A grouping and reduction of the kept papers.")
    by_person: bool = Field(
        False,
        description="Everyone ranked by how often they hold the role asked ('who leads most').",
    )
    shared: bool = Field(
        False, description="Co-authors common to each year or named paper asked ('on both')."
    )
    bounds: list[str] = Field(
        default_factory=list, description="Papers named as a window's ends, not asked about."
    )
    premise: bool = Field(False, description="It presumes none ('why didn't she ... in 2023?').")
    universal: Universal | None = Field(
        None, description="A topic claimed of every paper ('all') or every year ('always')."
    )
    claimed_year: int | None = Field(
        None, description="The year stated for the set's first or last paper, to check."
    )
    passed: Share | None = Field(
        None, description="The counts a yes/no allows ('more than one?': 2 or more; '5?': 5)."
    )
    share: Share | None = Field(
        None, description="A share of the papers taken for granted ('since half have code')."
    )
    outsider: str | None = Field(
        None,
        description="Someone else whose numbers, or work set against the owner's, are asked for.",
    )
    exclude_topic: bool = Field(False, description="The papers NOT on the topic are asked for.")
    whole: Literal["overview", "trend"] | None = Field(
        None, description="The topic's papers asked as a whole: its overview or its evolution."
    )
    joined: list[str] = Field(
        default_factory=list,
        description="The subjects one negation joins ('neither X nor Y'): the topic's words "
        "split; the papers on any of them are left out.",
    )
    excluded: str | None = Field(
        None, description="A subject the topic's papers are asked without ('X but not Y')."
    )
    excluded_sides: list[str] = Field(
        default_factory=list,
        description="The subjects set aside joined in a list ('but not X or Y'): each its papers.",
    )
    excluded_core: str | None = Field(
        None, description="The subject set aside's rare words ('Chinese' of 'Chinese text')."
    )
    unfocused: str | None = Field(
        None, description="The topic before the words most papers use were left out."
    )
    read_as: dict[str, str] = Field(
        default_factory=dict, description="Topic words no paper uses, read as ones they use."
    )
    concepts: list[str] = Field(
        default_factory=list,
        description="The profile's phrases a topic no paper names is read as; the topic is the "
        "first, the papers naming any of them are its papers.",
    )
    by_meaning: bool = Field(
        False,
        description="The topic's paper is the one whose meaning stands apart for the "
        "whole description, whatever words it uses.",
    )
    asked_of: list[Attribute] = Field(
        default_factory=list,
        description="What is asked of the one paper an ordering picks ('who led the latest').",
    )
    beyond: str | None = Field(
        None,
        description="What the answer is said not to stop at ('not just Valley3'): answered "
        "whole, that included.",
    )

    @property
    def needs_search(self) -> bool:
        """A metadata ask restricted by content: filter, then search, then count."""
        return self.topic is not None and self.intent != "retrieval"


def _owner_as_their(low: str, name: str) -> str:
    """The owner named ('qiu citations?', "minghui qiu's h-index") as 'their', the way the
    header cues expect the owner to be said."""
    names = sorted({name.casefold(), *name.casefold().split()}, key=len, reverse=True)
    alternatives = "|".join(re.escape(n) for n in names if len(n) > 1)
    return re.sub(rf"\b(?:{alternatives})(?:['’]s)?(?!\w)", "their", low) if alternatives else low


def _header_fields(low: str) -> list[HeaderField]:
    found = [name for name, pattern in HEADER_CUES if has(pattern, low)]
    if has(OVERVIEW, low):
        found = ["name", "main_category", "h_index", "citations", "novelty", "ai_score", "papers"]
    ranked = has(YEAR_WORD + "|" + CATEGORY_WORD, low) and has(MOST + "|" + LEAST, low)
    byline = has(ON_BYLINE, low)  # 'her name in the author list': the papers naming her
    # 'top year by paper count'
    return [f for f in found if (f != "papers" or not ranked) and (f != "name" or not byline)]


def _year_ranked(q: Query, low: str) -> bool:
    """One whole year said with a superlative ('was 2025 his most productive year?', '2021 was
    the quietest'): that year's rank among all years is asked, not papers per year."""
    f = q.filters
    one = f.year_from is not None and f.year_from == f.year_to and not (f.date_from or f.date_to)
    said = re.findall(r"[a-z]+", low)
    ranked = any(
        (w in ("most", "least", "top", "peak", "best", "worst") or w.endswith("est"))
        and has(MOST + "|" + LEAST, w)
        for w in said
    )
    return one and ranked and has(YEAR_WORD, low)


def _ordering(q: Query, low: str) -> Query | None:
    """Superlatives: most/least common category, busiest year, earliest/latest papers."""
    # 'which year was biggest': the superlative is no topic
    superlative = all(has(MOST + "|" + LEAST, w) for w in (q.topic or "").split())
    if superlative:
        q = q.model_copy(update={"topic": None})
    has_topic = q.topic is not None
    if has(CATEGORY_WORD, low) and (has(MOST, low) or has(LEAST, low)) and not has_topic:
        fact: Fact = "least_common_category" if has(LEAST, low) else "most_common_category"
        return q.model_copy(update={"intent": "superlative", "fact": fact})
    if has(YEAR_WORD, low) and (has(MOST, low) or has(LEAST, low)) and not has_topic:
        fact = "quietest_year" if has(LEAST, low) else "busiest_year"
        return q.model_copy(update={"intent": "superlative", "fact": fact})
    if has_topic and has(EXPLAIN, low):
        return None
    if len(q.paper_ids) == 1:  # 'the first Valley model', 'the original HRKD paper': its name
        return None
    orderings: list[tuple[str, Fact]] = [(EARLIEST, "earliest"), (LATEST, "latest")]
    if len(q.paper_ids) > 1:  # 'Which came later, Valley2 or Valley3?'
        orderings += [(r"\b(?:earlier|older|before)\b", "earliest"),
                      (r"\b(?:later|newer|more recent|after)\b", "latest")]  # fmt: skip
    for pattern, fact in orderings:
        if has(pattern, low):
            plural = has(r"\b(?:papers|works|publications|articles)\b", low)
            one = has(r"\b(?:which of|was|is)\b", low) or len(q.paper_ids) > 1
            limit = q.limit or (5 if plural and not one else 1)
            # 'KEML or MFT: which came first?' compares the named papers, no search needed;
            # 'the three newest items on her list': the items are the papers
            members = set((q.topic or "").casefold().split()) <= LIST_MEMBERS
            topic = None if len(q.paper_ids) > 1 or members else q.topic
            # 'the final IR one': the end word, no subject
            topic = " ".join(w for w in (topic or "").split() if w.casefold() != "final") or None
            update = {"intent": "superlative", "fact": fact, "limit": limit, "topic": topic}
            return q.model_copy(update=update)
    return None


# What a list holds, said of the papers on it: 'the newest items on her list'
LIST_MEMBERS = frozenset("item items entry entries thing things record records".split())  # noqa: SIM905
SHARING_WORDS = frozenset(
    """shared share shares sharing jointly joint together common alongside beside next
    longer stop stops stopped stopping quit ended parted ways""".split()  # noqa: SIM905
)  # 'no longer', 'stopped', 'parted ways': whether they still share papers, no topic
# Being on a byline: 'named in the author list', 'her name shows up', 'visible among the
# displayed authors' say where the person is, not what the papers are about.
BYLINE_WORDS = frozenset(
    """name names named naming shown show shows showing displayed display displays visible
    appear appears appearing listed included includes including credited line lines byline
    bylines by-line list lists up featured features seen turns turn turned pops pop popped
    co-author-wise author-wise role roles position positions place places spot slot order""".split()  # noqa: SIM905
)  # ('her role on his papers', 'in what author position': where on the byline, no topic)
SIZE_WORDS = frozenset(
    """longest biggest largest shortest smallest long big large most fewest more fewer less
    than over under least team teams size sizes count counts number list lists""".split()  # noqa: SIM905
)


# What remains once a set is taken away ('what's left', 'the rest'), and windows added up
# ('2023 and 2024 combined', 'adding up 2021-2022'): no topic
LEFT_OVER = (
    r"\bwhat(?:['’]?s|\s+is|\s+are)?\s+(?:left|remaining)\b|\bwhat\s+remains\b"
    r"|\bthe\s+(?:rest|remainder)\b|\bleft\s*over\b|\b(?:are|is|be)\s+left\b|\bremain(?:s|ing)?\b"
    r"|\bonce\s+(?:you|we|i)\b"
)
SUMMED = (
    r"\badd(?:ing|ed)?\s+(?:up|together)\b|\bsumm?(?:ed|ing)?(?:\s+up)?\b|\bsum\s+of\b|\bcombined\b"
    r"|\b(?:put|taken|added|lumped)\s+together\b|\btogether\b|\bin\s+tot[ae]l\b|\ball\s+told\b"
    r"|\baltogether\b|\btot[ae]l(?:led)?\b"
)
# Years picked by parity: 'odd years', 'the even-numbered years', 'ignoring the even years'
PARITY = re.compile(
    r"(?:\b(?P<aside>ignoring|excluding|skipping|not\s+counting|leaving\s+out|except|without)"
    r"\s+)?\b(?:the\s+)?(?P<parity>odd|even)(?:[\s-]+numbered)?\s+(?:years?|yrs?)\b",
    re.IGNORECASE,
)


def _tallied(q: Query, cues: str) -> Query | None:
    """Papers tallied by month ('her busiest month', 'per month on average') or periods picked
    by their count ('years with 10+ papers'): the words of the tally are no topic."""
    at_least, at_most = count_bounds(cues)
    bounded = (at_least, at_most) != (None, None) and periods_bounded(cues)
    days = days_asked(cues)
    if q.paper_ids or not (months_asked(cues) or bounded or days):  # not 'how long did X train'
        return None
    if days and at_least is None and at_most is None:  # 'papers on the same day': two or more
        at_least = 2
    by_month = months_asked(cues) or not has(r"\b(?:years?|yrs?)\b", cues)
    said = PACE_WORDS | RANKING_WORDS
    kept = [
        w
        for w in (q.topic or "").split()
        if not tally_word(w)
        and not has(MOST + "|" + LEAST, w)
        and w.casefold() not in said
        and not reduction_word(w)  # 'when you add up all the years'
    ]
    fact: Fact = "by_day" if days else "by_month" if by_month else "years_with"
    update: dict[str, object] = {
        "intent": "timeline",
        "fact": fact,
        "topic": " ".join(kept) or None,
    }
    update |= {"at_least": at_least, "at_most": at_most}
    return q.model_copy(update=update)


# A year asked for, then none of its papers meeting a condition: 'a year in which she published
# papers but none has code', 'which years had no CV papers', 'years where she published nothing
# on X', 'a calendar year where her papers all lack code links'
YEAR_ASKED = (
    r"\b(?:which|what|any|an?|one|the|some)\s+(?:(?:calendar|publication|single|particular)\s+)?"
    r"(?:years?|yrs?)\b|\byears?\s+(?:where|when|in\s+which|that|with|(?=without\b))"
)
LACKING = (
    r"\b(?:none|no|nothing|zero|without|lack(?:s|ed|ing)?|missing|absent|not\s+(?:a|one|any"
    r"|a\s+single))\b"
)
LACKING_WORDS = frozenset(
    "none no nothing zero without lack lacks lacked lacking missing absent completely".split()  # noqa: SIM905
)


def _years_lacking(q: Query, low: str) -> Query | None:
    """The years with papers of which none meets the condition asked (code, a category, a
    topic): a tally of every year at zero; the words of the absence are no topic."""
    f = q.filters
    dated = f.year_from is not None or f.year_to is not None or q.years  # 'last year', read
    ranked = has(MOST + "|" + LEAST, low)  # 'the year with the most papers lacking code'
    if (
        not has(rf"(?:{YEAR_ASKED}).*(?:{LACKING})", low)
        or q.paper_ids
        or q.bounds
        or dated
        or ranked
    ):
        return None
    kept = [w for w in (q.topic or "").split() if w.casefold() not in LACKING_WORDS]
    if not (kept or f.categories or f.has_code is not None):
        return None  # 'years with no papers': the gaps, asked elsewhere
    filters = f.model_copy(update={"has_code": True}) if f.has_code is not None else f
    update = {"intent": "timeline", "fact": "years_with", "filters": filters, "at_most": 0}
    return q.model_copy(update=update | {"at_least": None, "topic": " ".join(kept) or None})


def _classify(q: Query, low: str, cues: str) -> Query:
    """Decide intent and fact from the cues; the topic decides metadata vs content."""
    has_topic = q.topic is not None
    why_first = q.fact == "first_author" and WHY.search(low) is not None  # a premise: checked
    # 'who is listed first on each Valley paper?': each named paper's lead, as for one
    leads = len(q.paper_ids) > 1 and has(FIRST_AUTHOR, low)
    meta = has(PAPER_META, low) or leads
    # 'the shared author of X and Y': who is on each, not each one's byline
    shared = q.shared and q.fact == "coauthors" and len(q.paper_ids) > 1 and not leads
    if q.paper_ids and meta and not why_first and not AUTHORS_DO.search(low) and not shared:
        return q.model_copy(update={"intent": "paper", "fact": "paper_info", "topic": None})
    if why_first and len(q.paper_ids) == 1:  # 'why is she first author on Valley?': that paper
        only = q.filters.model_copy(update={"paper_ids": q.paper_ids})
        return q.model_copy(update={"intent": "people", "filters": only, "topic": None})
    if q.surname:
        return q.model_copy(update={"intent": "people", "fact": "surname", "topic": None})
    if q.fact == "author_count":  # 'the longest author list': the words of size are no topic
        kept = [w for w in (q.topic or "").split() if w.casefold() not in SIZE_WORDS]
        return q.model_copy(update={"intent": "people", "topic": " ".join(kept) or None})
    if has(CATEGORIES_COUNTED, low) and not (q.filters.categories or q.paper_ids):
        kept = [w for w in (q.topic or "").split() if w.casefold() not in SPAN_WORDS]
        update = {"intent": "count", "fact": "categories", "topic": " ".join(kept) or None}
        return q.model_copy(update=update | {"fields": []})
    if q.fields and q.fact == "author_papers":  # 'h-index of her co-author Chengyu Wang'
        return q.model_copy(update={"intent": "stats", "fact": "header", "topic": None})
    if q.fact in ("first_author", "last_author", "nth_author", "sole_author", "author_papers"):
        # 'papers shared with X', 'written jointly with X': the words of sharing are no topic
        said = SHARING_WORDS | (BYLINE_WORDS if q.fact == "author_papers" else frozenset())
        kept = [w for w in (q.topic or "").split() if w.casefold() not in said]
        q = q.model_copy(update={"topic": " ".join(kept) or None})
        has_topic = q.topic is not None
        ordered = _ordering(q, cues) if q.fact == "author_papers" and not q.count else None
        if ordered and ordered.fact in ("earliest", "latest"):  # 'latest paper with Cen Chen'
            return ordered
        if has_topic and not q.count and q.fact == "author_papers":
            return q.model_copy(update={"intent": "retrieval", "fact": None})
        return q.model_copy(update={"intent": "people"})
    if q.fact in ("coauthors", "coauthor_count"):  # 'on video': among the papers on it
        # 'by number of joint papers', 'who shows up most on her author lists'
        ranking = RANKING_WORDS | SHARING_WORDS | SIZE_WORDS | BYLINE_WORDS | COURSE_WORDS
        kept = [w for w in (q.topic or "").split() if w.casefold() not in ranking]
        return q.model_copy(update={"intent": "people", "topic": " ".join(kept) or None})
    # 'how many papers in the gap between Valley and Valley2': the papers of the window the two
    # named papers bound, not its longest gap; 'how long was the gap between them' is a span
    windowed = bool(q.bounds) and not has(DURATION, low)
    # 'how much time elapsed between X and Y', 'how long from X to Y': two papers named with
    # a duration asked are the ends of the time asked (not 'how long are X's videos')
    ends = q.bounds or (q.paper_ids if len(q.paper_ids) == 2 and not has(MEASURED, low) else [])
    if len(ends) == 2 and has(DURATION, low):  # the time from one named paper to the other
        dateless = dict.fromkeys(("year_from", "year_to", "date_from", "date_to"))
        f = q.filters.model_copy(update=dateless | {"paper_ids": ends})
        return q.model_copy(
            update={"intent": "timeline", "fact": "gap", "filters": f, "topic": None}
        )
    # 'the gap between the number claimed and the number listed': two figures, no time
    figures = has(r"\bclaim\w*|\bheader\b|\bnumbers?\s+(?:of\s+)?(?:papers\s+)?listed\b", low)
    if has(GAP, low) and not q.paper_ids and not windowed and not figures:
        return q.model_copy(update={"intent": "timeline", "fact": "gap", "topic": None})
    if has(PER_YEAR, low) and q.fields == ["papers"]:  # 'average yearly publication count'
        q = q.model_copy(update={"fields": []})
    if q.fields:
        return q.model_copy(update={"intent": "stats", "fact": "header", "topic": None})
    if has(PER_YEAR, low) and q.topic and set(q.topic.casefold().split()) <= PACE_WORDS:
        q, has_topic = q.model_copy(update={"topic": None}), False  # 'the bigger year'
    if lacking := _years_lacking(q, low):
        return lacking
    if tallied := _tallied(q, cues):
        return tallied
    if _year_ranked(q, low) and (ordered := _ordering(q, cues)):
        return ordered  # '2024 was her most productive year': the year's rank is checked
    from_to = has(SHIFT, low) and has(FROM_TO, low)  # the topics are where it went: no filter
    shift = from_to or (has(SHIFT, low) and has(FOCUS, low))
    if shift or has(PER_YEAR, low):
        if has_topic and not from_to:
            return q.model_copy(update={"intent": "retrieval"})
        fact: Fact = "shift" if shift else "per_year"
        return q.model_copy(update={"intent": "timeline", "fact": fact, "topic": None})
    if ordered := _ordering(q, cues):
        return ordered
    venue_only = set((q.topic or "").casefold().replace("-", " ").split()) <= VENUE_WORDS
    if has(VENUE, low) and venue_only and not (q.paper_ids or q.filters.categories):
        return q.model_copy(update={"intent": "count", "fact": "categories", "topic": None})
    breakdown = r"\b(?:which|what|each|per|breakdown|distribution|how many|spread|by)\b|" + SPLIT
    # 'how are her 2021 papers divided among categories': the words of dividing are no topic
    split_only = set((q.topic or "").casefold().split()) <= SPLIT_WORDS
    if (
        has(CATEGORY_WORD, low)
        and has(breakdown, low)
        and not ((has_topic and not split_only) or q.filters.categories)
    ):
        topic = None if split_only else q.topic
        return q.model_copy(update={"intent": "count", "fact": "categories", "topic": topic})
    named_category = q.filters.categories or q.filters.exclude_categories
    yes_no = YES_NO.match(q.question) is not None
    if (
        has(TAGS_ASKED, low)
        and not (has_topic or named_category)
        # 'is there a pku paper with code?', 'any cmu-tagged paper?': the tag's papers, counted
        and not (q.filters.affiliation and (q.count or q.filters.has_code is not None or yes_no))
    ):
        return q.model_copy(update={"intent": "list", "fact": "affiliations"})
    if q.count:
        if not has_topic and q.filters.is_empty() and not q.years:
            return q.model_copy(update={"intent": "stats", "fact": "header", "fields": ["papers"]})
        return q.model_copy(update={"intent": "count", "fact": "papers"})
    if has_topic:
        return q.model_copy(update={"intent": "retrieval"})
    if has(LIST, low):
        return q.model_copy(update={"intent": "list", "fact": "papers"})
    if not q.filters.is_empty() or q.years:
        return q.model_copy(update={"intent": "count", "fact": "papers"})
    return q.model_copy(update={"intent": "retrieval"})


def _over_topic(q: Query, question: str, vocabulary: frozenset[str]) -> Query:
    """A subject's papers read as a search when an aggregate is asked of them ('which year had
    the most RL papers', 'RL papers per yr'): the aggregate over the subject's papers."""
    # ('the year with the largest number of KD papers' is read as a count of them first)
    counted = q.intent == "count" and q.fact == "papers" and q.topic is not None
    searched = q.intent == "retrieval" or counted
    if not searched or q.paper_ids or q.bounds or q.premise or q.exclude_topic:
        return q
    topic, f = topical.subject(q.topic), q.filters
    if topic and topical.code_meant(topic):  # 'peak year for code drops': the papers with code
        topic, f = None, f.model_copy(update={"has_code": True})
    # a word the papers use, or an acronym ('RL'), read as theirs later: a subject of theirs
    said = (topic or "").split()
    used = [w for w in said if w.isupper() or {w.casefold(), *w.casefold().split("-")} & vocabulary]
    if (topic is None and f.is_empty()) or (topic and not (used or not vocabulary)):
        return q  # the aggregate's words alone name no papers, or none of theirs
    fact = topical.read_aggregate(question)
    if fact is None and q.filters.has_code and topical.share_asked(question):
        # 'of her RL papers, what % come with code': the share of the subject's papers
        return q.model_copy(update={"intent": "count", "fact": "papers", "count": True})
    if fact is None or (counted and fact in ("earliest", "latest")):
        return q  # ('how many RL papers since her first?': a count, read as one)
    intent = {"per_year": "timeline", "earliest": "superlative", "latest": "superlative"}
    update: dict[str, object] = {"intent": intent.get(fact, "superlative"), "fact": fact}
    update |= {"topic": topic, "filters": f}
    update |= {"limit": 1 if fact in ("earliest", "latest") else q.limit}
    return q.model_copy(update=update | {"count": fact == "per_year" or q.count})


# A question that presumes there is nothing: read as the positive question, then checked.
# A question asking why there is nothing presumes there is nothing: that is checked.
ONLY = r"\b(?:only|exclusively|solely|purely|entirely|nothing\s+but)\b"
WHY = re.compile(
    r"\b(?:why|how come|explain|reason|what caused|cause|what (?:made|led|prompted)"
    r"|what happened)\b",
    re.IGNORECASE,
)
# 'doesnt', 'didnt': the negation typed without its apostrophe
UNMARKED = re.compile(r"(?:does|do|did|has|have|had|is|are|was|were)nt", re.IGNORECASE)
EMPTY = re.compile(
    rf"(?<=\w)n['’]t\b|\b{UNMARKED.pattern}\b"
    r"|\b(?:not|never|no|nothing|none(?:\s+of)?|zero|gap|skipp(?:ed|ing)|skips?"
    r"|lacks?|lacked|lacking|stop(?:s|ped)?|(?:go|goes|went|gone|going)\s+(?:quiet|silent|dark)"
    r"|disappear(?:ed|s)?|vanish(?:ed|es)?|quit|avoid(?:s|ed|ing)?|shun(?:s|ned)?"
    r"|stay(?:s|ed)?\s+away\s+from|steer(?:s|ed)?\s+clear\s+of|(?:took|take|taking)(?=\s+\S+\s+off\b)"
    r"|off(?=\W*$)|(?<=\d\s)off|hiatus|break|empty|blank)\b",
    re.IGNORECASE,
)
CONTRACTED = {"won": "will", "can": "can", "don": "do", "ain": "is"}
# "Geoffrey Hinton's h-index": a full name in the possessive.
# 'hinton h index', 'LeCun citations': a name right before the number asked for.
BEFORE_METRIC = re.compile(
    r"\b([a-z][a-z'-]+(?:\s+[a-z][a-z'-]+)?)\s+(?:h[- ]?ind(?:ex|x)?|h[- ]?idx|citations?"
    r"|citation count)\b",
    re.IGNORECASE,
)
# 'What h-index does Geoffrey Hinton have?': two capitalised words, not at the start.
FULL_NAME = re.compile(r"\b([A-Z][a-z]+(?:-[A-Z][a-z]+)?\s+[A-Z][a-z]+(?:-?[A-Z][a-z]+)?)\b")
# ... or first, when their work follows: 'Kaiming He papers list?', 'Yann LeCun published ...'
WORKS_AFTER = re.compile(
    r"\s+(?:papers?|publications?|pubs|works?|research|published|wrote|has\s+(?:published|written"
    r"|worked))\b"
)
POSSESSIVE = re.compile(r"\b([a-z][a-z]+(?:[ -][a-z][a-z'-]+){1,2})['’]s\b", re.IGNORECASE)
# 'how many citations does yann lecun have': a name typed in lower case as the subject.
SUBJECT_NAME = re.compile(
    r"\b(?:does|do|did|has|is)\s+([a-z][a-z'-]+\s+[a-z][a-z'-]+)\s+(?:have|has|got|get)\b",
    re.IGNORECASE,
)


# 'her main / top / closest collaborators', 'distinct co-authors': how co-authors are ranked
# or counted, not a topic.
RANKING_WORDS = frozenset(
    """main top closest frequent frequently often usual usually regular regularly key distinct
    different unique separate individual""".split()  # noqa: SIM905
)
# The two ends of a course said of people ('who early, who later', 'early on versus recently'):
# the co-authors asked across the listing, no subject
COURSE_WORDS = frozenset(
    """early earlier earliest later late lately recent recently now nowadays then initially
    originally today currently""".split()  # noqa: SIM905
)
# How the answer should look, or what it is for: never part of the topic ('her RL work in
# two sentences', 'three papers to read to understand her work').
ANSWER_SHAPE = (
    r"\bin (?:one|two|three|four|five|a few|a couple of|a single|a short|a|\d+(?:\s*[-–]\s*\d+)?"
    r"|few) (?:short )?"
    r"(?:sentences?|words?|lines?|paragraphs?|bullet[- ]?points?|bullets?|points?)\b"
    r"|\b(?:briefly|in short|in brief|in a nutshell|tl;?dr|roughly|broadly|in broad strokes)\b"
    r"|\b(?:year[- ]in[- ]review|in\s+review(?=\W*(?:please|pls|plz)?\W*$)|research[- ]wise)\b"
    # the research seen whole: 'the big picture of her work' (not the pictures a paper reads)
    r"|\b(?:the\s+)?big[- ]picture(?:\s+(?:view|look|summary|overview))?\b"
    r"|(?<=\d{4} )(?:go|went|turn(?:ed)?\s+out|shape[sd]?\s+up)\b"  # 'how did 2025 go'
    # the answer's size said after it: '3 bullets max', 'two lines tops', 'nothing fancy'
    r"|\b(?:\d+|one|two|three|four|five)\s+(?:bullets?|bullet[- ]points?|lines?|sentences?)"
    r"\s+(?:max(?:imum)?|tops|at\s+most|or\s+(?:less|fewer))\b|\bnothing\s+fancy\b"
    # 'a 30-second recap', 'a two-minute summary', 'a one-line overview'
    r"|\b(?:\d+|an?|one|two|three|five|ten|thirty|sixty)[- ](?:seconds?|minutes?|lines?"
    r"|sentences?|words?)(?=[- ](?:recap|summary|overview|rundown|version|answer|pitch)\b)"
    r"|\b(?:say|tell (?:me|us)|mark|note|indicate|flag)\s+(?=(?:which|whether)\b)"
    r"|\b(?:sorted|ordered|arranged|listed)\s+(?:by|in)\s+(?:date|year|time|chronological order)\b"
    r"|\bin\s+(?:chronological|date|reverse chronological)\s+order\b"
    r"|\b(?:newest|oldest|latest|earliest|most recent)\s+first\b"
    r"|\b(?:to|should i|i should|would you) (?:read|start with|begin with|look at)(?: first)?\b"
    r"|\b(?:recommend|suggest)\w*\s+(?:(?:that\s+)?i\s+)?(?:reading|to read|read|starting with)"
    r"(?: first)?\b|\bin (?:plain|simple|lay(?:man['’]?s?)?|everyday|non-technical) (?:english"
    r"|terms|words|language)\b|\bfor an? (?:layperson|layman|non-expert|non-specialist|beginner"
    r"|general audience)\b|\b(?:like i['’]?m|as if i['’]?m) (?:five|5)\b|\beli5\b"
    r"|\bto (?:understand|get to know|get a (?:sense|feel) (?:of|for)|get an idea of"
    r"|learn about|get into) (?:her|his|their|them|him)\b"
    r"|\b(?:point|direct) (?:me|us) (?:to|at|towards)\b|\bout of curiosity\b"
    r"|\b(?:an?|some)\s+(?:rough\s+)?(?:sense|idea|feel)\s+(?:of|for)\s+(?=(?:which|what|who|whom"
    r"|how|when)\b)"
    r"|\bi['’]?d (?:love|like) to (?:know|hear|see)\b|\b(?:would it be|is it) fair to say\b"
    r"|\btell me something (?:interesting|cool|notable) about\b"
    r"|\b(?:key|important|essential|must[- ]read|seminal|notable|representative|landmark"
    r"|influential|main|core|central|major)\s+(?=(?:papers?|works?|publications?"
    r"|contributions?|articles?)\b)"
    r"|\b(?<=a )single(?=\s+(?:papers?|publications?|works?|articles?|one)\b)"  # 'a single paper'
    r"|\b(?<=every )single\b|\beach and (?=every\b)"  # 'every single paper', 'each and every'
    r"|\b(?:are|is) (?:left|remaining)\b|\bremain(?:s|ing)?\b"  # 'how many are left'
    r"|\b(?:do|would) you (?:think|say|guess|reckon)\b|\bin your (?:opinion|view)\b"
    r"|\bor\s+not\b(?=\W*$)"  # 'any papers on X or not?': a yes/no, not 'not X'
    # a tag closing a statement put up for confirmation ('2026 = no code at all, correct?')
    r"|(?<=[,;])\s*(?:right|correct|true|yes|yeah|yep|no|innit|isn['’]?t\s+it)(?=\W*$)"
    r"|(?<=[.?!])\s*(?:(?:is\s+(?:that|this|it)\s+)?(?:right|correct|true)|am\s+i\s+right)(?=\W*$)"
    r"|\bcorrect\s+me\s+if\s+i['’]?m\s+wrong\b|\b(?:can|could)\s+you\s+(?:please\s+)?"
    r"(?:double[- ]?check|check|confirm|verify)(?:\s+(?:that|this|it))?(?=\W*$)"
    # 'yes/no', 'y/n', 'true or false' said of the answer wanted: no topic
    r"|\b(?:yes\s*(?:/|or)\s*no|y\s*/\s*n|true\s*(?:/|or)\s*false)\b"
    # the answer's size and what it is for: '3 bullets on what she works on', 'a tiny bio
    # blurb', 'introducing her at a workshop'
    r"|\b(?:\d+|one|two|three|four|five|six|a few|a couple of)\s+(?:short\s+|quick\s+)?"
    r"(?:bullets?|bullet[- ]points?|lines?|sentences?|points?)\s+(?:on|about|for|of|describing)\b"
    r"|\b(?:short\s+|tiny\s+|quick\s+|brief\s+)?(?:bio(?:graphy)?\s+)?blurb\b"
    r"|\b(?:introducing|introduce)\s+(?:this\s+(?:researcher|person|speaker)|her|him|them)\b"
    r"(?:\s+(?:at|to|in)\s+(?:an?|the|our|my)\s+[\w-]+)?"
    # the role a strength is for: 'good at on a product team', 'bring to a startup'
    r"|\b(?:good at|brings?|fit for|suit(?:s|ed)?)\s+(?:(?:on|to|for|in)\s+)?"
    r"(?:a|an|our|my|the|your)\s+(?:[\w-]+\s+){0,2}?(?:team|group|company|startup|lab|role)\b"
)
ON_THAT = (
    r"\b(?:on|in|about|with|to) (?:that|this|it|those|these)(?: (?:area|field|topic|space|subject"
    r"|domain|line|kind|sort)s?(?: of (?:work|research))?)?\s*[?.!]*$"
)
# 'papers not about RL', "which don't deal with language models", 'anything without RL'.
TOPIC_NOT = re.compile(
    r"\b(?:nothing\s+to\s+do\s+with|unrelated\s+to|without|except(?:\s+for)?|excluding|neither"
    r"|other\s+than|besides|apart\s+from|outside(?:\s+of)?)\b|" + NEGATED,
    re.IGNORECASE,
)


# 'not' that sets nothing aside: 'not sure if she works on X', 'not only NLP but also CV'
NOT_EXCLUDING = re.compile(
    r"\s+(?:sure|certain|clear|only|just|merely|simply|quite|necessarily)\b", re.IGNORECASE
)
# (in brackets, the whole aside: '(not sure if Minghui is a he or she, sorry)')
NOT_SURE = (
    r"\(\s*(?:i['’]?m\s+|i\s+am\s+)?not\s+(?:sure|certain|clear)\b[^()]*\)?"
    r"|\b(?:i['’]?m\s+|i\s+am\s+)?not\s+(?:sure|certain|clear)\s+(?:if|whether)\b"
)
NON = re.compile(r"non-?([a-z][\w-]+)", re.IGNORECASE)  # 'non-multimodal'
NON_OF = r"(?:papers?|publications?|works?|articles?|research|studies|ones)\b"


# 'Has she never worked on video?', 'did Minghui Qiu never use RL?': whether she ever has
# (not 'is there a paper that never mentions video?', which asks for the others).
NEVER_ASKED = re.compile(
    r"^\W*(?:has|have|had|does|do|did|is|are|was|were)\s+"
    r"(?:(?!(?:that|which|who|any|there|papers?|works?)\b)[\w'’-]+\s+){1,3}(?:never|not\s+ever)\b",
    re.IGNORECASE,
)


def _person_negated(before: str, cue: str, owner: str) -> bool:
    """Is a negation cue the person's verb ('she doesnt do X', "Qiu hasn't worked on X",
    'this researcher does not use X'), not a paper's ('papers that don't use X') nor a
    preposition ('papers by Qiu without X')? `before`: the question up to the cue."""
    names = "|".join(re.escape(n) for n in {owner, *owner.split()} if len(n) > 1)
    person = (
        rf"\b(?:he|she|they|{names or 'they'}|(?:this|the)\s+(?:researcher|author))\s+"
        r"(?:(?:do|does|did|has|have|had|is|are|was|were|would|could|can)\s*)?$"
    )
    verb = re.search(r"n['’]?t\b|\bnot\b|\bnever\b|\bneither\b", cue, re.IGNORECASE)
    return verb is not None and compiled(person, re.IGNORECASE).search(before) is not None


def _negation_before(question: str, topic: str | None) -> re.Match[str] | None:
    """The last negation cue before the topic's first word, if any."""
    first = (
        compiled(rf"(?<![\w-]){re.escape(topic.split()[0])}", re.I).search(question)
        if topic
        else None
    )
    return (
        next(reversed(list(TOPIC_NOT.finditer(question, 0, first.start()))), None)
        if first
        else None
    )


def person_negated(question: str, topic: str | None, owner: str) -> bool:
    """'she doesnt do BERT stuff?', "Qiu hasn't written about RL": the person's doing of the
    topic negated, which asks whether she does (answered in full: see the assistant)."""
    cue = _negation_before(question, topic)
    return cue is not None and _person_negated(question[: cue.start()], cue[0], owner)


def _topic_negated(question: str, topic: str | None, owner: str = "") -> bool:
    """Is the topic itself negated: a negation cue before its first word with only question
    words between ('not about', "don't deal with")? A question that opens with the negation
    ("Isn't she working on RL?") asks the positive question, and so does one whose negation
    is the person's ('she doesnt do BERT stuff, does she', "Qiu hasn't worked on RL?"):
    whether she does, not her papers off the topic."""
    cue = _negation_before(question, topic)
    if not topic or not cue or re.fullmatch(r"\W*[A-Za-z]*", question[: cue.start()]):
        return False
    if NOT_EXCLUDING.match(question, cue.end()):  # 'not sure if she ...', 'not only X'
        return False
    if _person_negated(question[: cue.start()], cue[0], owner):
        return False
    if NEVER_ASKED.match(question[: cue.end()]):  # 'has he never touched video?': has he?
        return False
    first = re.search(rf"(?<![\w-]){re.escape(topic.split()[0])}", question, re.IGNORECASE)
    between = re.findall(r"[\w'’-]+", question[cue.end() : first.start() if first else None])
    return all(w.casefold() in STOPWORDS for w in between)


# 'more in 2025 than in 2024', '2025 compared to 2024', 'How productive was 2024 vs 2025?'
YEARS_COMPARED = (
    r"\b(?:more|fewer|less|than|compared?|comparison|vs\.?|versus|productive|up\s+or\s+down"
    r"|down\s+or\s+up|rose|rise|fell|grew|grow|dropped|drop|increas\w*|decreas\w*|declin\w*"
    r"|exceed\w*|beat|beats|outnumber\w*|outpac\w*|minus|differ\w*|gap|bigger|smaller)\b"
)
# Words of a change in output, no topic once two years are compared ('went up or down').
CHANGE_WORDS = frozenset(
    """up down rose rise fell grew grow dropped drop went go exceed exceeds exceeded beat beats
    minus difference bigger smaller gap""".split()  # noqa: SIM905
)


def _years_compared(q: Query, low: str) -> bool:
    """Two years set against each other: answered by the count of each."""
    f = q.filters
    two = len(q.years) == 2 or (f.year_from is not None and f.year_to == f.year_from + 1)
    return two and not f.date_from and not f.date_to and has(YEARS_COMPARED, low)


# 'Given that she only does NLP, why no image work?': the question is after the comma.
GIVEN = re.compile(
    r"^\W*(?:given\s+that|since|as|because|considering(?:\s+that)?|seeing\s+as)\s+[^,?]+,\s*"
    r"(?=(?:then\s+)?(?:why|how\s+come)\b)",
    re.IGNORECASE,
)


# 'stopped publishing in 2023', 'quit research after 2022': nothing after that year, presumed
STOPPED_IN = re.compile(
    r"\b(?:stop|stopp?ed|quit|gave up|given up|stopping)\s+(?:publishing|writing(?: papers)?"
    r"|doing research|research|putting out papers)\s+(in|after|since|around|by)\s+"
    r"(['’]?\d{2}(?:\d{2})?)\b",
    re.IGNORECASE,
)


# 'Given that none of her papers have code, how ...?': a premise granted, whatever follows
GRANTED_EMPTY = re.compile(
    r"^\W*(?:given\s+that|since|as|because|considering(?:\s+that)?|seeing\s+as)\s+"
    r"(?P<premise>[^,?;]+)[,;]",
    re.IGNORECASE,
)


def _positive(question: str) -> tuple[str, bool]:
    """'Why didn't she publish in 2023?' -> ('Why did she publish in 2023?', True): the words
    that presume nothing are dropped, so the question reads as what it checks."""
    question = GIVEN.sub("", question)
    if stopped := STOPPED_IN.search(question):  # 'she stopped publishing in 2023, didn't she?'
        # 'after 2023': the later papers; 'in 2023': that year's (read as a gap that year)
        when = "in" if stopped[1].casefold() == "in" else "after"
        return f"papers published {when} {stopped[2]}", True
    if WHY.search(question) and re.search(STOPPED_PUBLISHING, question, re.IGNORECASE):
        return question, True  # 'why did she stop publishing?': checked against the latest
    granted = GRANTED_EMPTY.match(question)
    if granted and EMPTY.search(granted["premise"]):
        question = granted["premise"]  # checked first, whatever is asked after it
    elif not WHY.search(question) or not EMPTY.search(question):
        return question, False

    def drop(m: re.Match[str]) -> str:
        if re.match(r"\s+(?:\w+\s+)?code\b", question[m.end() :], re.IGNORECASE):
            return " with "  # 'why no code for any of her papers?': the papers with code
        if UNMARKED.fullmatch(m[0]):  # 'why doesnt she ...': 'why does she ...'
            return f" {m[0][:-2]} "
        if re.match(r"avoid|shun|stay|steer", m[0], re.IGNORECASE):
            return " published in "  # 'why does she avoid CV?': her papers in CV
        return "" if m[0].startswith(("n'", "n’")) else " "

    positive = EMPTY.sub(drop, question)
    positive = re.sub(r"\b(\w+)(?=\s|$)", lambda m: CONTRACTED.get(m[1].casefold(), m[1]), positive)
    # 'why haven't they published since 2023?' presumes nothing after 2023 (2023 had some)
    positive = re.sub(r"\bsince(?=\s+['’]?\d{2}(?:\d{2})?\b)", "after", positive, flags=re.I)
    return re.sub(r"\s+", " ", positive).strip(), True


# The object of 'only' when it is a field: 'only does text stuff', 'exclusively on language'.
FIELD_FILLER = frozenset(
    """do does did doing work works working worked publish publishes published publishing write
    writes wrote written research researches researched study studies studied focus focuses
    focused on in about with the papers paper stuff things thing topics area areas field fields
    side articles publications right correct true""".split()  # noqa: SIM905
)
# A premise: asked why ('Why does she only ...'), or granted before the question ('Since
# she only ..., what ...?', 'Given that he exclusively ...').
GRANTED = re.compile(
    r"^\W*(?:(?:given\s+that|since|as|because|considering(?:\s+that)?|seeing\s+as)\s+[^,?]+,"
    # stated outright: 'they only do image stuff, so ...'
    r"|(?!\W*(?:what|which|who|whose|how|when|where|why|is|are|was|were|does|do|did|has|have"
    r"|can|could|list|show|tell|give|name|find)\b)[^,?;]+[,;])",
    re.IGNORECASE,
)
ONLY_OBJECT = re.compile(
    ONLY + r"\s+(?P<object>[^,.?!;]+?)\s*(?:[,.?!;]|\b(?:and|but|yet|so|rather)\b|$)",
    re.IGNORECASE,
)


def _only_field(question: str) -> str | None:
    """The category a premise says all the papers are in ('Why does she only do NLP?',
    'since she only does text stuff, ...'), or None: the words after 'only' must name a
    field and nothing else ('only NLP papers on distillation' is no such premise)."""
    granted = GRANTED.match(question)
    if granted and WHY.search(question, granted.end()):  # 'Given ..., why no CV?': the why
        return None
    if not (WHY.search(question) or granted):
        return None
    m = ONLY_OBJECT.search(granted[0] if granted else question)
    return field_named(m["object"]) if m else None


def field_named(words: str) -> str | None:
    """The category some words name and nothing else ('in computer vision', 'cv right',
    'text stuff'), or None."""
    said = " ".join(w for w in re.findall(r"[\w.-]+", words.casefold()) if w not in FIELD_FILLER)
    names = {n.casefold(): c for c, n in CATEGORY_NAMES.items()} | ALIASES
    codes = {c.casefold(): c for c in CATEGORY_NAMES}
    fields = {w: c for c, ws in FIELD_WORDS.items() for w in ws}
    return names.get(said) or codes.get(said) or fields.get(said)


# A claim about every paper of a set: 'every 2025 paper is CV, yeah?', 'all her papers were
# NLP right', 'each of her 2025 papers categorised as CV', 'all of them come with code',
# 'she always publishes in CV': what follows the verb is what they all are said to be.
ALL_ARE = re.compile(
    r"\b(?:all|every|each)\b[^,;?!]*?\b(?:papers?|publications?|works?|articles?|ones|them)\b"
    r"(?:[^,;?!]*?\b(?:is|are|was|were|be|been|categori[sz]ed|classified|filed|labell?ed|tagged"
    r"|listed|ha(?:s|ve|d)|came|comes?|ship(?:s|ped)?|release[sd]?|published)\b)?"
    r"|\balways\b",
    re.IGNORECASE,
)
# 'Which of all her papers are CV?', 'list all CV papers': asking for papers, claiming nothing
ASKS_WHICH = re.compile(
    r"^\W*(?:what|which|who|whom|whose|when|where|how|list|show|name|give|find|tell|count)\b",
    re.IGNORECASE,
)
CLAIM_FILLER = frozenset(
    """yeah yep yes right single one as under so true correct of theirs hers his her their
    its""".split()  # noqa: SIM905
)


def claims_every(question: str) -> bool:
    """A statement about every paper of a set ('all her 2020 papers are NLP, right?'), which
    the router checks as stated, rather than a question ('Are all her papers NLP?')."""
    every = ALL_ARE.search(question) is not None
    return every and not ASKS_WHICH.match(question) and not YES_NO.match(question)


CODE_WORDS = re.compile(
    r"code|github|gitlab|links?|repos?|repositor(?:y|ies)|implementations?|released?", re.I
)


def _code_only(q: Query) -> bool:
    """A set of papers named, and code asked of it in words left as the topic ('github
    code'): the set's papers with code."""
    words = (q.topic or "").split()
    named_set = not q.filters.is_empty() or bool(q.years)
    return (
        bool(words)
        and named_set
        and q.filters.has_code is None
        and not q.paper_ids
        and all(CODE_WORDS.fullmatch(w) for w in words)
        and any(re.fullmatch(r"code|github|gitlab", w, re.I) for w in words)
    )


def _with_someone(q: Query, vocabulary: frozenset[str]) -> bool:
    """Papers with a co-author asked for, the topic made only of words no paper uses."""
    words = (q.topic or "").casefold().split()
    return (
        q.intent == "retrieval"
        and len(q.filters.authors) == 1
        and bool(vocabulary)
        and not q.paper_ids
        and all(w not in vocabulary or w in SHARING_WORDS for w in words)
    )


def _said(code: str, text: str) -> bool:
    """Is the category named in the text, by code or name?"""
    low = text.casefold()
    named = {n for n, c in ALIASES.items() if c == code} | {CATEGORY_NAMES[code].casefold()}
    return code.casefold() in re.findall(r"[\w-]+", low) or any(n in low for n in named)


def _universal(question: str, routed: Query) -> Query:
    """A claim that every paper of the filters is in one category, or has code, checked by
    the papers that are not ('every 2025 paper is CV, yeah?': the 2025 papers outside CV);
    the query unchanged when the question makes no such claim."""
    m = ALL_ARE.search(question)
    if m is None or routed.premise or routed.paper_ids or ASKS_WHICH.match(question):
        return routed
    rest = re.split(r"[,;?!]", question[m.end() :])[0]
    f = routed.filters
    words = [w for w in re.findall(r"[\w.-]+", rest.casefold()) if w not in CLAIM_FILLER]
    field = field_named(" ".join(words))
    if field is None and len(f.categories) == 1 and _said(f.categories[0], rest):
        field = f.categories[0]  # 'are CV papers, right?', 'are all in cs.CV'
    if YES_NO.match(question):  # 'Are all of her papers (in) CV?': the share answers it
        if field is None or f.categories or f.exclude_categories:
            return routed
        f = f.model_copy(update={"categories": [field]})
        update = {"filters": f, "intent": "count", "fact": "papers", "topic": None}
        return routed.model_copy(update=update)
    if field is None and f.has_code is False and has(CODE, rest):
        # 'all her 2026 papers code-free?', 'every 2026 paper lacks a code link, right?': the
        # share without code among them, its verdict first
        update = {"universal": "all", "intent": "count", "fact": "papers", "topic": None}
        return routed.model_copy(update=update)
    if field is not None and not f.exclude_categories:
        f = f.model_copy(update={"categories": [], "exclude_categories": [field]})
    elif f.has_code is True and has(CODE, rest):
        f = f.model_copy(update={"has_code": False})
    else:
        return routed
    update = {"filters": f, "premise": True, "intent": "count", "fact": "papers", "topic": None}
    return routed.model_copy(update=update)


def _topic_universal(
    question: str, routed: Query, vocabulary: frozenset[str], recent: dt.date
) -> Query:
    """A topic claimed of every paper or every year ('Is all of her work on LLMs?', 'has she
    always done multimodal work?'), a field ('Does he only do NLP?'), a tag, a co-author or
    code ('has he always released code?'): a share to check, not a search; the query
    unchanged for any other question. Of a time's papers ('all her 2025 papers', 'only X
    these days': those since `recent`), the share among them."""
    f, topic = routed.filters, routed.topic
    claim = universal_claim(question)
    dated = f.year_from or f.year_to or f.date_from or f.date_to or routed.years
    if dated and not (claim and dated_papers(question)):
        return routed  # 'all her RL work is from 2025 on': when the topic's papers came out
    if routed.premise or routed.paper_ids or routed.negated or routed.passed:
        return routed
    if claim and topic:  # 'her whole output is LLM papers, isn't it?': 'LLM' is the topic
        said = claim_words(question)
        topic = " ".join(w for w in topic.split() if w.casefold() not in said) or None
    if claim and not dated and claimed_of_now(question):  # 'only X these days': since `recent`
        f = f.model_copy(update={"date_from": recent})
    if f.exclude_categories or (topic and set(topic.casefold().split()) <= VENUE_WORDS):
        return routed  # 'is every paper of his on arXiv?': the venue's own answer
    if claim and not topic and routed.fact == "first_author" and not routed.by_person:
        # 'has he always been the first author?': every paper led, or not
        return routed.model_copy(update={"universal": claim, "premise": why_claimed(question)})
    if not topic and claim and (_claimed_set(routed) or _always_in_field(claim, routed)):
        # 'is every paper of hers from PKU?', 'all his papers are with Jun Huang, right?'
        claim = "origin" if f.affiliation and claim == "all" else claim  # 'all from pku'
        update = {"intent": "count", "fact": "papers", "count": True, "universal": claim}
        update |= {"filters": f, "topic": topic, "premise": why_claimed(question)}
        return routed.model_copy(update=update)
    field = field_named(topic) if topic and (claim or routed.count) else None
    if field is not None and not f.categories and has(YES_NO_SHARE, question.casefold()):
        f = f.model_copy(update={"categories": [field]})  # 'only NLP': the CL category
        update = {"filters": f, "intent": "count", "fact": "papers", "topic": None}
        return routed.model_copy(update=update | {"count": True})
    if claim is None or not topic or routed.intent not in ("retrieval", "count"):
        return routed
    words = re.split(r"[\s-]+", topic.casefold())
    unseen = vocabulary and any(not {w, f"{w}s", w.removesuffix("s")} & vocabulary for w in words)
    if unseen and field is None:
        return routed  # 'all on speech recognition?': no paper says 'speech', as a search says
    if field is not None and not f.categories:
        f = f.model_copy(update={"categories": [field]})
        topic = None
    update = {"filters": f, "topic": topic, "intent": "count", "fact": "papers", "count": True}
    return routed.model_copy(update=update | {"universal": claim, "premise": why_claimed(question)})


def _claimed_set(routed: Query) -> bool:
    """Papers set apart by a tag, a co-author or code, counted or listed by co-author."""
    f = routed.filters
    counted = routed.intent == "count" or routed.fact == "author_papers"
    return counted and bool(f.affiliation or f.authors or f.has_code)


def _always_in_field(claim: str | None, routed: Query) -> bool:
    """'Has she always published in CV?': one category, every year (its 'all' is the
    category's share, answered as such)."""
    f = routed.filters
    if len(f.categories) != 1 or routed.intent not in ("count", "list", "retrieval"):
        return False
    # 'her entire publication record is NLP, right?': its topic was the claim's own words
    # (a claim read without them has its own share: see _universal)
    return claim == "always" or (claim == "all" and routed.topic is not None)


# A set said to hold papers on one side of a date only: 'all of his papers with code came out
# after 2022', 'he only has code for papers after 2022', 'code releases only begin after 2022',
# 'she started releasing code in 2023', 'every CV paper of hers is from before 2024'
ONLY_THEN = re.compile(
    rf"(?P<only>{ONLY}\s+(?:[\w'’-]+\s+){{0,4}}?)(?:after|since|from|post|before|until|till|prior\s+to)"
    r"\s+(?:the\s+(?:end|start|beginning)\s+of\s+)?(?:'?\d{2}\b|\d{4})"
    r"|\b(?:all|every|each)\b[^,;?!]*?\b(?:came\s+out|come\s+out|published|appeared|released"
    r"|are|were|is|was|dates?|dated)\s+(?:from\s+)?(?:after|since|before|post|until)\s+(?:'?\d{2}\b|\d{4})"
    r"|\b(?:start(?:ed|s)?|beg[ai]n(?:s|ning)?)\s+(?:[\w'’-]+\s+){0,4}?(?:after|in|from|since)"
    r"\s+(?:'?\d{2}\b|\d{4})",
    re.IGNORECASE,
)


def _only_then(question: str, routed: Query) -> Query:
    """A set said to hold papers on one side of a date only, checked by the set's papers on
    the other side ('code only after 2022': the papers with code up to 2022), said first as
    the premise's correction; the query unchanged when no such claim is made, the question is
    a yes/no, or the window is not one-sided."""
    if routed.premise or routed.paper_ids or routed.topic or YES_NO.match(question):
        return routed  # a topic's papers in a period are checked as a claim (_every_dated)
    if not (m := ONLY_THEN.search(question)):
        return routed
    f = routed.filters
    if m["only"] and any(_said(c, m["only"]) for c in f.categories):
        return routed  # 'she only published CV papers after 2023': CV is what is only
    after = f.year_from is not None or f.date_from is not None
    before = f.year_to is not None or f.date_to is not None
    if after == before or f.exclude_years or f.months or f.days:
        return routed
    f = f.model_copy(update=_other_side(f.date_from, f.year_from, f.date_to, f.year_to))
    update = {"filters": f, "premise": True, "intent": "count", "fact": "papers", "topic": None}
    update |= {"years": [], "limit": None}
    return routed.model_copy(update=update)


# Words naming a set's end or the work in general ('which paper closed it out', 'his final
# project'): no topic of a year claimed as the end
END_WORDS = frozenset(
    """final closed close closes closing end ended ending out it project projects collaboration
    collaborations career record output work works right correct true yeah yes inactive dormant
    silent quiet idle absent dark went gone stopped stopping stop lack absence dearth activity
    active""".split()  # noqa: SIM905
)


CAME_FIRST = re.compile(r"\b(?:comes?|came|coming)\s+first\b", re.IGNORECASE)


def _end_claimed(question: str, routed: Query, vocabulary: frozenset[str]) -> Query:
    """A year stated as when a set began or ended ('her first CV paper came out in 2020',
    'their collaboration ended in 2021', 'she stopped publishing in 2023'): not a filter but
    the claim, checked by the set's earliest or latest paper over all years; the query
    unchanged when no such year is stated or the year was not read as the one filter."""
    if (quiet := _quiet_claimed(question, routed, vocabulary)) is not None:
        return quiet
    said = claimed_end(question)
    f = routed.filters
    if said is None or routed.paper_ids or routed.count:
        return routed
    end, year = said
    if not (f.year_from == f.year_to == year) or f.date_from or f.date_to or f.months or f.days:
        return routed
    # 'she stopped publishing in 2023' (a count), 'her record starts in 2018, so which paper
    # comes first?' (in time, not on the byline)
    stopped = routed.fact == "papers" and end == "latest"
    came = routed.fact == "first_author" and CAME_FIRST.search(question) is not None
    if routed.fact not in ("earliest", "latest", "tally") and not (stopped or came):
        return routed
    words = (routed.topic or "").casefold().split()
    unused = all(w in END_WORDS or (vocabulary and w not in vocabulary) for w in words)
    f = f.model_copy(update={"year_from": None, "year_to": None})
    update = {"filters": f, "years": [], "intent": "superlative", "fact": end, "limit": 1}
    update |= {"claimed_year": year, "topic": None if unused else routed.topic, "tally": None}
    update |= {"premise": False}
    return routed.model_copy(update=update)


def _quiet_claimed(question: str, routed: Query, vocabulary: frozenset[str]) -> Query | None:
    """Output said to have stopped after a year ('inactive since 2023', 'went quiet after
    2021', "hasn't published since 2022"), however the rest is asked: the year is the claimed
    last one, checked by the latest paper over all years; None when no such claim is said or
    the year was read otherwise (a date, a month)."""
    year = claimed_quiet(question)
    f = routed.filters
    if year is None or routed.paper_ids or f.date_from or f.date_to or f.months or f.days:
        return None
    if routed.premise:  # 'why did she stop publishing after 2023?': the later papers, listed
        return None
    if f.year_from not in (year, year + 1) or f.year_to not in (None, year):
        return None
    words = (routed.topic or "").casefold().split()
    unused = all(w in END_WORDS or (vocabulary and w not in vocabulary) for w in words)
    f = f.model_copy(update={"year_from": None, "year_to": None})
    update = {"filters": f, "years": [], "intent": "superlative", "fact": "latest", "limit": 1}
    update |= {"claimed_year": year, "topic": None if unused else routed.topic, "tally": None}
    update |= {"premise": False, "count": False}
    return routed.model_copy(update=update)


def _other_side(
    date_from: dt.date | None, year_from: int | None, date_to: dt.date | None, year_to: int | None
) -> dict[str, object]:
    """The bounds of the time before a one-sided window's start, or after its end: whole
    years when the window is in whole years ('after 2022' -> 'up to 2022')."""
    cleared: dict[str, object] = dict.fromkeys(("year_from", "date_from", "year_to", "date_to"))
    if date_from is not None or year_from is not None:
        start = date_from or dt.date(year_from or 1, 1, 1)
        if (start.month, start.day) == (1, 1):
            return cleared | {"year_to": start.year - 1}
        return cleared | {"date_to": start - dt.timedelta(days=1)}
    end = date_to or dt.date(year_to or 9999, 12, 31)
    if (end.month, end.day) == (12, 31):
        return cleared | {"year_from": end.year + 1}
    return cleared | {"date_from": end + dt.timedelta(days=1)}


def _outsider(
    question: str, profile: Profile, vocabulary: frozenset[str] = frozenset()
) -> str | None:
    """Someone other than the owner whose numbers are asked for: 'Geoffrey Hinton's h-index',
    'What h-index does Geoffrey Hinton have?', 'hinton h index?'; or whose work: 'Kaiming He
    papers list?' (a name first, when its first word is none of the papers')."""
    found = [m[1] for rx in (POSSESSIVE, BEFORE_METRIC) for m in rx.finditer(question)]
    if has(H_INDEX + r"|\bcitations?\b|\bpapers\b", question):  # a number asked of them
        found += [m[1] for m in SUBJECT_NAME.finditer(question)]
    # 'Has Geoffrey Hinton published ...?': the name after a question word that opens it
    opener = re.match(r"\s*([A-Za-z]+)\s+", question)
    skip = opener.end() if opener and opener[1].casefold() in STOPWORDS else 0
    found += [
        m[1]
        for at in dict.fromkeys([0, skip])
        for m in FULL_NAME.finditer(question, at)
        if m.start() > 0
        or (WORKS_AFTER.match(question, m.end()) and m[1].split()[0].casefold() not in vocabulary)
    ]
    owner = {w.casefold() for w in profile.name.split()}
    for candidate in found:
        words = [re.sub(r"['’]s$", "", w) for w in candidate.split()]
        dropped = ""
        # "is Geoffrey Hinton's", 'the profile says Qiu's': no part of the name
        while words and words[0].casefold() in STOPWORDS | SAYING:
            dropped = words.pop(0).casefold()
        if len(words) == 1 and dropped in DETERMINERS:
            continue  # "the journal's author note": a thing after an article, no one's name
        surname = profile.name.split()[-1].casefold() if profile.name.split() else ""
        if len(words) == 2 and words[0].casefold() == surname and words[1].islower():
            continue  # 'qiu incl citations': the owner's numbers, a word typed after her name
        if len(words) == 1 and words[0].casefold() in vocabulary:
            continue  # 'the Chinese medical papers': a word of the papers, no one's name
        if words and all(_calendar_word(w, question) for w in words):
            continue  # 'any July papers?', 'on Christmas Eve': a date, no one's name
        # 'Kaiming He': a capitalised surname that is also a word, after a given name
        last = words[-1:] if len(words) > 1 and words[-1][:1].isupper() else []
        if words and not any(
            w.casefold() in STOPWORDS | META_WORDS for w in words[: len(words) - len(last)]
        ):
            name = " ".join(w[:1].upper() + w[1:] for w in words)
            if not same_person(name, profile.name) and not {w.casefold() for w in words} <= owner:
                return name
    return None


# Where a tag stands in the listing ('next to the authors', 'beside the names')
TAG_PLACE = (
    r"\b(?:next\s+to|beside|alongside|after|by|on)\s+(?:the\s+|its\s+|their\s+)?(?:authors?"
    r"(?:\s+(?:list|line|names?))?|names?|byline|author\s+line)\b|\b(?:marked|marking|marks)\b"
)
# A tag said as one ('tagged mit', 'tagged with stanford', 'an mit-tagged paper')
SAID_TAG = (
    r"\btagged\s+(?:with\s+|as\s+)?(?:an?\s+|the\s+)?['\"‘“]?(?P<tag>[a-z][\w&]{1,19})['\"’”]?"
    r"(?![\w-]|\.\w)|\b(?:an?|the|any|one)\s+(?!(?:papers?|works?|ones?|publications?|articles?)\b)"
    r"(?P<pre>[a-z][\w&]{1,19})[- ]tagged\b"
)


def _unknown_tag(scan: Scan, vocabulary: frozenset[str]) -> str | None:
    """The tag a question names when no paper carries it: no word of the papers, code, a
    question word or a kind of place ('tagged with a university' asks for the tags)."""
    m = re.search(SAID_TAG, scan.text, re.IGNORECASE)
    said = (m["tag"] or m["pre"]).casefold() if m else ""
    if not m or said in vocabulary or said in STOPWORDS or has(CODE + "|" + AFFILIATION_KIND, said):
        return None
    if said in {"tag", "tags", "code", "affiliation", "affiliations", "category", "categories"}:
        return None
    scan.take(re.escape(m[0]))
    return said


def _calendar_word(word: str, question: str) -> bool:
    """A word of a month's name or of a holiday the question names ('July', 'Christmas')."""
    low = word.casefold()
    if re.fullmatch(rf"(?:{MONTHS}|may)", low):
        return True
    said = (re.sub(r"['’]?s$", "", w) for m in HOLIDAY.finditer(question) for w in m[0].split())
    return re.sub(r"['’]?s$", "", low) in {w.casefold() for w in said}


# Verbs of saying before a name ('the profile says Qiu's h-index is ...'): none of it
SAYING = frozenset({
    "says", "said", "shows", "showed", "lists", "listed", "reports", "reported", "claims",
    "claimed", "states", "stated", "gives", "gave", "notes", "noted", "mentions", "mentioned",
})  # fmt: skip
# Words before a noun that no name follows ('the journal's', 'our lab's')
DETERMINERS = frozenset("the a an our my your this that its".split())  # noqa: SIM905
# 'Qiu and co-authors', 'she and her team': the owner as the subject, no co-author question.
TEAM = (
    r"\band\s+(?:(?:her|his|their|the)\s+)?(?:co-?authors|collaborators|colleagues|team|group"
    r"|students|lab)\b"
)
# 'papers after Valley2', 'what came before HRKD': dates relative to a named paper.
AFTER_PAPER = r"\b(?:after|since|following|later than|newer than|more recent than)"
BEFORE_PAPER = r"\b(?:before|prior to|earlier than|older than|preceding)"
# 'Since EasyTransfer trains ten times faster, ...': a reason, not a date ('since Valley2 came
# out' is one): the paper is the subject of a verb other than one of coming out
PUBLISHED = r"(?:came|comes|come|appeared|appears|got|published|released|posted|launched|out)\b"
REASON_AFTER = (
    rf"[\s,]+(?!{PUBLISHED})(?:(?:is|was|has|had|does|did|can|could|will|would|also|already|only"
    rf"|really|clearly|reportedly|supposedly|apparently)\b(?!\s+(?:been\s+)?{PUBLISHED})"
    r"|(?!(?:papers|works|was|is|has|does)\b)[a-z]+s\b)"
)

# 'Since Meta-KD distill(s) within one domain, what ...': a question opening on 'since' and the
# paper, then a word of a clause about it (not its coming out, a question word or a pronoun)
REASON_LEAD = (
    rf"\s+(?!{PUBLISHED}|(?:what|which|who|how|when|where|why|and|or|she|he|they|her|his|their"
    r"|has|have|had|did|do|does|is|are|was|were|the)\b)[a-z]"
)

# 'between Valley and Valley2', 'in the gap between X and Y', 'after X but before Y': a window
# bounded by two named papers, both left out
BETWEEN_PAPERS = r"\b(?:(?:in\s+)?between|betwen|in\s+the\s+(?:gap|stretch|time)\s+between)\s+"
# 'the first Valley paper', 'valley (2023)': a name with the words and the year said around it
AROUND_NAME = r"(?:the\s+)?(?:(?:first|original|earlier|older|later|newer|latest)\s+)?(?:paper\s+)?"
AFTER_NAME = r"(?:\s+(?:paper|model|one)s?)?(?:\s*\(\s*\))?"


# 'who is first author most often', 'which author leads the most papers': a person asked for
LEADS = r"|\bleads\b(?!\s+to\b)"
WHO_ASKED = r"\bwho(?:se|s|m)?\b|\b(?:which|what)\s+(?:person|people|author|researcher|name)s?\b"
CO_ASKED = (
    r"|\b(?:which|what)\s+(?:(?:one\s+)?of\s+(?:\w+['’]s|her|his|their|the)\s+)?"
    r"(?:co-?authors?|collaborators?|colleagues?)\b"
)
CO_LEADS = (
    r"\b(?:co-?authors?|collaborators?|colleagues?)\b(?:\s+\w+){0,2}?\s+(?:leads?|led|heads?"
    r"|(?:is|was|are|were|being)\s+(?:the\s+)?(?:first|lead)(?:[- ]named)?\s+authors?)\b"
)
# The role ranked by how often it is held, the person unasked: 'most common first author?',
# 'the most frequent lead author', 'commonest lead author', 'top 1st author, name and count'
# (not 'most first-author papers': the owner's count)
RANKED_ROLE = (
    r"\b(?:(?:the\s+)?most\s+(?:common|frequent|usual|regular|prolific|repeated)|commonest"
    r"|top|usual|regular|frequent|leading)\s+(?:first|lead|main|primary|1st)[- ]?"
    r"(?:named\s+|listed\s+)?authors?\b"
    r"(?![\s-]*(?:papers?|works?|publications?|pubs?|ones|articles?|roles?|slots?|spot|count"
    r"|position|credits?)\b)"
)


def _role_aggregate(query: Query, low: str, others: list[str]) -> Query:
    """A role asked of everyone or of a set of papers: the person first-listed most often
    ('who is first author on the most papers?'), ranked; or the co-authors on the papers where
    the owner holds a place ('her co-authors on the papers she led'): co-authors, at that place."""
    role = query.fact in ("first_author", "nth_author")
    # 'which co-author leads most of her papers': the co-author is the one leading, not the
    # owner's partner on papers she leads; a co-author is someone besides her
    co_leads = has(CO_LEADS, low)
    if others or not (role or co_leads or (query.fact is None and has(FIRST_AUTHOR + LEADS, low))):
        return query
    asked = has(WHO_ASKED + CO_ASKED, low) and has(MOST + r"|\bfrequent\w*|\boften\w*", low)
    if (asked or has(RANKED_ROLE, low)) and (co_leads or not has(COAUTHOR, low)):
        update = {"fact": "first_author", "by_person": True, "people": [], "topic": None}
        update |= {"exclude_owner": True} if co_leads else {}
        return query.model_copy(update=update)
    others_said = r"|\bwho\s+else\b|\bwith\s+(?:whom|who)\b|\bother\s+(?:authors|names|people)\b"
    if role and has(COAUTHOR + others_said, low):
        place = query.place or 1
        return query.model_copy(update={"fact": "coauthors", "place": place, "topic": None})
    return query


# The same people in each group said: 'on both', 'in common', 'in 2020 and again in 2025'
SHARED = (
    r"\bboth\b|\bin\s+common\b|\bcommon\b|\bshared?\b|\bagain\b|\b(?:and|but)\s+also\b"
    r"|\bspan(?:s|ning|ned)?\b|\beach\s+of\b|\bevery\s+one\s+of\b|\b(?:all|every)\s+(?:of\s+)?"
    r"(?:the\s+)?(?:these|those|two|three|four)\b|\boverlap\w*|\band\s+(?:in|on|from|during)\b"
)


# A person asked of several named papers: 'which author', 'anyone', 'someone', 'who links'
PERSON_OF_PAPERS = (
    WHO_ASKED + r"|\b(?:any|some)\s*(?:one|body)\b|\b(?:co-?)?authors?\b|\bpeople\b|\bpersons?\b"
)
# 'the authors of both papers' asks each paper's author line, not the people they share
EACH_OF_BOTH = r"\b(?:of|for)\s+both\b"


HOW_OLD = r"\bhow\s+old\b"


def _paper_age(question: str, low: str, profile: Profile, index: Mentions) -> bool:
    """'How old is the Valley paper / her oldest paper?': a paper's age, its date, not the
    person's (a paper named or the papers said)."""
    if not has(HOW_OLD, low):
        return False
    said = has(
        r"\bhow\s+old\s+(?:is|are|was|were)\b[^?.!]*\b(?:papers?|works?|publications?)\b", low
    )
    return said or bool(named_papers(question, profile.papers, index.papers))


def _shared_person(query: Query, low: str) -> bool:
    """Whether the question asks the people two or more named papers share ('which author
    appears on both X and Y?', 'is someone listed on both?', 'who links X and Y?'), whatever
    operation its other words suggested."""
    if len(query.paper_ids) < 2 or query.fact == "coauthor_count":
        return False
    shared = has(SHARED, re.sub(EACH_OF_BOTH, " ", low))
    # 'who links X and Y', 'who's on X and Y': one person said of each paper
    on_each = (
        r"\b(?:who|which\s+(?:person|author|co-?author|researcher|name|one))\s+"
        r"(?:links?|connects?|bridges?|ties?)\b"
        r"|\bwho(?:['’]s|\s+(?:is|was|are|were))\s+on\b"
    )
    shared = shared or has(on_each, low)
    return shared and has(PERSON_OF_PAPERS, low)


NOT_TIMED = (
    r"\b(?:overlap\w*|shared?|common|diffs?|differ\w*|similar\w*|compar\w*|contrast\w*|choos\w*"
    r"|pick|relat\w*|link\w*|connect\w*|chang\w*|vs|versus|distinguish\w*|improv\w*|evol\w*"
    r"|better|worse|gains?|progress\w*)\b"
    # a choice of one of the two: 'which one uses radar', 'which of the two came first'
    r"|\bwhich\s+(?:one|of\s+(?:the\s+|these\s+|those\s+)?(?:two|them|both|pair))\b"
)


# 'Between HRKD and Meta-KD, which came first?': the two offered as a choice, no window
NOT_CHOSEN = r"(?!\s*[,:;–-]\s*(?:which|who|what)\b)"


def _folded(text: str) -> str:
    """Words only, lower-case: 'Prompt-Tuning' as 'prompt tuning'."""
    return " ".join(re.findall(r"[^\W_]+", text.casefold()))


def _name_of(paper: Paper) -> str:
    said = "|".join(re.escape(a) for a in sorted(aliases(paper), key=len, reverse=True))
    return rf"{AROUND_NAME}(?:{said})(?![\w-]){AFTER_NAME}"


# Either end of 'between valley and valley2' when a name is typed in lower case
SIDE = r"(?:the\s+)?(?P<{}>[\w.-]+(?:\s+[\w.-]+){{0,3}}?)(?:\s*\(\s*\))?"
SIDES = rf"{BETWEEN_PAPERS}{SIDE.format('a')}\s*(?:and|&|to)\s*{SIDE.format('b')}(?=\s*(?:\W|$))"


# Every paper of a family asked for: 'each Valley paper', 'all the Valley models', 'the
# three valley papers', 'the Valleys', 'the Valley series'
EVERY_OF = (
    r"\b(?:each|every|all|both|these|those|the\s+(?:two|three|four|five|\d))\s+(?:of\s+)?"
    r"(?:the\s+)?"
)
OF_FAMILY = r"(?:\s*-?\s*(?:papers|models|ones|series|family|line|works|versions|releases)\b|s\b)"


def _family(named: list[Paper], question: str, mentions: Mentions) -> list[Paper]:
    """The papers named, or the whole family of the one name said for each of its versions
    ('who led each Valley paper?': Valley, Valley2 and Valley3, oldest first)."""
    for stem, rows in mentions.families.said(question):
        said = rf"(?<![\w-]){re.escape(stem)}(?![\w-])"
        if not re.search(said, question, re.IGNORECASE):
            continue
        every = rf"{EVERY_OF}(?:\w+\s+)?{said}|{said}{OF_FAMILY}"
        family = [mentions.papers.papers[row] for row in rows]
        # 'Valley3 drops vision: what is left of the Valley line?': a version named is asked about
        versions = {p.id for p in family if p.short_title.casefold() != stem}
        if re.search(every, question, re.IGNORECASE) and not versions & {p.id for p in named}:
            return sorted(family, key=lambda p: p.date)
    return named


def _window_ends(named: list[Paper], scan: Scan, index: NameIndex) -> list[Paper]:
    """The two papers at the ends of a window the question says, each named in any case: a
    name in either slot of 'between X and Y' is read as a paper's ('valley' as Valley)."""
    if len(named) == 2:
        return named
    for m in re.finditer(SIDES, scan.text, re.IGNORECASE):
        sides = [index.named(f"{m[s]} paper") for s in "ab"]
        ends = [found[0] for found in sides if len(found) == 1]
        if len(ends) == 2 and ends[0].id != ends[1].id:
            return ends
    return named


def _between_papers(named: list[Paper], scan: Scan) -> tuple[dict[str, object], list[str]]:
    """Date bounds strictly between the two papers a question names as a window's ends
    ('papers between Valley and Valley2', 'after KEML but before UPT'), and their ids."""
    if len(named) != 2 or named[0].date == named[1].date:
        return {}, []
    a, b = (_name_of(p) for p in named)
    joined = r"\s*(?:and|&|to|till|until|-|–)\s*"
    later = r"[\s,;]+(?:(?:and|but)\s+)?(?:\w+\s+){0,3}?"
    # not 'the overlap between X and Y', 'the difference between X and Y': no time between
    timed = not re.search(NOT_TIMED, scan.text, re.IGNORECASE)
    windows = [
        w
        for x, y in ((a, b), (b, a))
        for w in (
            *([rf"{BETWEEN_PAPERS}{x}{joined}{y}{NOT_CHOSEN}"] if timed else []),
            rf"{AFTER_PAPER}\s+{x}{later}{BEFORE_PAPER}\s+{y}",
            rf"{BEFORE_PAPER}\s+{x}{later}{AFTER_PAPER}\s+{y}",
        )
    ]
    if not any(scan.take(w) for w in windows):
        return {}, []
    first, last = sorted(named, key=lambda p: p.date)
    one = dt.timedelta(days=1)
    return day_span(first.date + one, last.date - one), [p.id for p in named]


# 'before the 2023 multimodal wave', 'since the 2022 LLM boom': the year bounds, the era's words
# are no topic
ERA_OF_YEAR = re.compile(
    r"\b(?P<cue>before|after|since|until|till|prior\s+to)\s+the\s+(?P<year>(?:19|20)\d{2})\s+"
    r"(?:[\w-]+\s+){0,3}?(?:wave|era|boom|surge|revolution|explosion|craze|hype|rush|age|frenzy)\b",
    re.IGNORECASE,
)
# 'post-HRKD', 'pre-Valley2': before or after a paper, when what follows the prefix is one's name
PAPER_ERA = re.compile(r"\b(?P<era>pre|post)-(?P<name>[^\W_][\w-]*)", re.IGNORECASE)


def _paper_eras(question: str, papers: NameIndex, vocabulary: frozenset[str]) -> str:
    """'papers post-HRKD' as 'papers after HRKD'; not 'pre-training', a word the papers use."""

    def said(m: re.Match[str]) -> str:
        # 'paper' after it: a short name typed in lower case still names ('pre-upt')
        if m[0].casefold() in vocabulary or not papers.named(f"{m['name']} paper"):
            return m[0]
        return f"{'before' if m['era'].casefold() == 'pre' else 'after'} {m['name']} paper"

    return PAPER_ERA.sub(said, question)


def _around_paper(named: list[Paper], scan: Scan) -> tuple[dict[str, object], str]:
    """Date bounds set by the one paper a question names after 'after' or 'before' ('papers
    after Valley2' -> from the day after it), and that paper's id; or nothing."""
    if len(named) != 1:
        return {}, ""
    paper = named[0]
    for alias in aliases(paper):
        name = (
            r"(?:(?:the|his|her|their)\s+)?(?:paper\s+)?" + re.escape(alias)
            + r"(?:\s+(?:[a-z]+\s+)?paper)?(?![\w-])"
        )  # fmt: skip
        if compiled(rf"\bsince\s+{name}{REASON_AFTER}", re.IGNORECASE).search(scan.text):
            return {}, ""
        if compiled(rf"\W*since\s+{name}{REASON_LEAD}", re.IGNORECASE).match(scan.text):
            return {}, ""
        for cue, bound in ((AFTER_PAPER, "date_from"), (BEFORE_PAPER, "date_to")):
            if scan.take(rf"{cue}\s+{name}"):
                return _paper_window(paper.date, bound == "date_from", scan), paper.id
        # 'easynlp came out, then how many in the next 6 months': a span after it, no cue
        if compiled(rf"(?<![\w-]){name}", re.IGNORECASE).search(scan.text) and re.search(
            rf"\b(?:next|following|subsequent|coming)\s+{SPAN_LENGTH}", scan.text, re.IGNORECASE
        ):
            scan.take(rf"(?<![\w-]){name}")
            scan.take(r"\b(?:the\s+)?(?:next|following|subsequent|coming)\b")
            return _paper_window(paper.date, True, scan), paper.id
    # 'EasyNLP ... in the six months after it': the one paper named, said again
    for cue, after in ((AFTER_PAPER, True), (BEFORE_PAPER, False)):
        if scan.take(rf"{cue}\s+(?:it|that(?:\s+(?:one|paper))?|this(?:\s+(?:one|paper))?)\b"):
            return _paper_window(paper.date, after, scan), paper.id
    return {}, ""


# How long a window after (or before) a named paper runs: 'the six months after X', 'within
# half a year', 'in the year before X', 'the next 6 months', 'two weeks after'
SPAN_LENGTH = (
    r"(?:(?P<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen"
    r"|a|an|the)\s*[- ]?(?P<unit>days?|weeks?|months?|years?|yrs?)(?!\s*(?:19|20)\d\d)"
    r"|(?P<half>half(?:\s+a|-a)?[- ]?years?))\b"
)
SPAN_NUMBERS = {"a": 1, "an": 1, "the": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
                "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
                "twelve": 12, "eighteen": 18}  # fmt: skip


def _paper_window(day: dt.date, after: bool, scan: Scan) -> dict[str, object]:
    """The days after (or before) a named paper, up to the length said if one is ('the six
    months after X': the day after it to six months on), the length's words taken."""
    m = re.search(rf"\b{SPAN_LENGTH}", scan.text, re.IGNORECASE)
    one = dt.timedelta(days=1)
    if m is None:
        return day_span(day + one, None) if after else day_span(None, day - one)
    scan.take(re.escape(m[0]))
    if m["half"]:
        length = relativedelta(months=6)
    else:
        said = m["n"].casefold()
        n = int(said) if said.isdigit() else SPAN_NUMBERS[said]
        unit = m["unit"].casefold().rstrip("s")
        unit = {"yr": "year"}.get(unit, unit)
        length = relativedelta(**{f"{unit}s": n})
    if after:
        return day_span(day + one, day + length)
    return day_span(day - length, day - one)


def _premise_topic(
    topic: str | None,
    premise: bool,
    filters: Filters,
    years: list[int],
    vocabulary: frozenset[str],
    numbers: bool,
) -> str | None:
    """'I noticed he had no papers in 2021. What happened?': around a premise on the metadata,
    or a co-author ('ever worked with X? I'm checking conflicts of interest') unless their
    numbers are asked, only the words the papers use make a topic ('noticed', 'happened',
    'checking' do not)."""
    around = premise and not (filters.is_empty() and not years)
    if not (topic and vocabulary and (around or (filters.authors and not numbers))):
        return topic
    return " ".join(w for w in topic.split() if w.casefold() in vocabulary) or None


# The owner as 'this researcher', 'the author', 'her name' ('on how many papers does her
# name appear in the author line?'): not someone asked about by 'who'.
OWNER_SAID = OWNER_PRONOUN + r"|\b(?:this|the)\s+author\b"


def _grouped(query: Query, low: str, vocabulary: frozenset[str]) -> Query | None:
    """The kept papers grouped and reduced ('how many different first authors', 'the biggest
    jump over the year before', 'the last paper of 2022'); the words of that ask, and words no
    paper uses, are no topic (a topic here only narrows the papers grouped)."""
    f = query.filters
    # years said whole or a window with both ends ('in 2022', '2021 to 2023'), not 'since 2024'
    dated = bool(query.years) or (f.year_from is not None and f.year_to is not None)
    said = {int(y) for y in re.findall(r"(?<!\d)(?:19|20)\d\d(?!\d)", low)} | set(query.years)
    if f.year_from is not None and f.year_from == f.year_to:
        said.add(f.year_from)
    tally = None if query.paper_ids or query.bounds else read_tally(low, dated, sorted(said))
    if tally is None and not query.bounds and (beside := _next_to(query, low)) is not None:
        tally = beside  # 'the paper right before Valley': the window's paper nearest it
    if tally is not None and tally.pick is not None:  # 'Meta' as written, not 'meta'
        tally = tally.model_copy(update={"pick": cased(tally.pick, query.question)})
    # a share needs a condition to take it of ('with code', 'CV'): 'who is first author most
    # often' ranks counts
    condition = f.has_code is not None or (
        bool(f.categories) and tally and tally.group != "category"
    )
    if tally is not None and tally.reduce == "rate" and not condition:
        return None
    if tally is None:
        return None
    if query.fact in ("coauthors", "coauthor_count") and tally.reduce == "distinct":
        return None  # 'the co-author seen in the most distinct years': people ranked by years
    kept = [
        w
        for w in (query.topic or "").split()
        if not (aggregate_word(w) or tally_word(w) or has(MOST, w) or w.casefold() in STOPWORDS)
        and (not vocabulary or w.casefold() in vocabulary)
        and not (tally.pick and picked_word(w, tally.pick))
        and not (tally.reduce == "run" and run_word(w))
    ]
    update = {"intent": "timeline", "fact": "tally", "tally": tally, "count": False}
    undated_step = not re.search(r"\b(?:19|20)\d\d\b|'\d\d\b", low)
    if (tally.reduce in ("rise", "fall") and undated_step) or tally.reduce == "rest":
        # 'compared with the previous year': the step from each year to the next, no date
        undated = dict.fromkeys(("year_from", "year_to", "date_from", "date_to"))
        update |= {"filters": f.model_copy(update=undated), "years": []}
    return query.model_copy(update=update | {"topic": " ".join(kept) or None})


def _next_to(query: Query, low: str) -> Tally | None:
    """The n papers of a window from a named paper (or a day) that lie nearest it ('right
    after HRKD', 'just before May 2022')."""
    n, f = next_to(low), query.filters
    if n is None or (f.date_from is None) == (f.date_to is None):
        return None  # a window open on one side only: before the paper, or after it
    pick = Pick(take=n, late=f.date_to is not None)
    return Tally(group="date", reduce="pick", pick=pick)


# Seen on a paper's shown author line ('visible as authors', 'in the displayed authors')
SHOWN = ON_BYLINE + r"|\b(?:visible|shown|displayed)\b"


def _owner_beside(low: str, owner: str) -> bool:
    """The owner named next to someone else as both seen on the author line ('both X and Qiu
    in the author line', 'author lines naming X alongside Minghui Qiu'): the papers whose
    shown authors hold both. (Every listed paper is the owner's, so without the author line
    said, 'X and Qiu together' is only X's papers.)"""
    names = "|".join(re.escape(n) for n in sorted({owner, *owner.split()}, key=len, reverse=True))
    join = r"(?:and|&|\+|alongside|beside|together\s+with|as\s+well\s+as)"
    joined = rf"\w\s+{join}\s+(?:{names})\b|\b(?:{names})\s+{join}\s+\w"
    return has(joined, low) and has(SHOWN, low) and not has(EXCLUDE_OWNER, low)


# The other side of a code split left elliptical: '... that share code and those that don't',
# 'the number without a code link and the number with one'
OTHER_CODE_SIDE = (
    r"\b(?:and|vs\.?|versus|against|than|minus)\s+(?:the\s+(?:number|count|ones|papers?|rest)\s+"
    r"|those\s+|ones\s+|papers\s+)?(?:that\s+|which\s+)?(?:(?:with|without)\s+(?:one|it|them"
    r"|any)\b|(?:don['’]?t|do\s+not|didn['’]?t|did\s+not|do|did)\s*(?=[?.!,;:]|$))"
    r"|\band\s+how\s+many\s+(?:(?:do|did)\s+not|don['’]?t|didn['’]?t|lack|are\s+without)\b"
)


def _owner_said(low: str, by_surname: bool) -> bool:
    return (by_surname or has(OWNER_SAID, low)) and not has(r"\bwho", low)


def _share_checked(
    question: str,
    granted: tuple[str, str, Share],
    profile: Profile,
    context: list[str] | None,
    index: Mentions,
    vocabulary: frozenset[str],
    known: frozenset[str] = frozenset(),
) -> Query:
    """'Since half his papers have code, which half?': the papers the claim names, with the
    share it grants to check; the question read without the amount when the claim names no
    set of papers by their metadata, or the question asks about another set."""
    clause, without, share = granted
    whole = parse_query(without, profile, context, index, vocabulary, known)
    claimed = parse_query(clause, profile, context, index, vocabulary, known)
    named = claimed.fact == "papers" and not claimed.topic and not claimed.filters.is_empty()
    if not named or claimed.premise or claimed.paper_ids:
        return whole.model_copy(update={"question": question})
    if whole.fact == "papers" and whole.filters != claimed.filters:
        return whole.model_copy(update={"question": question})
    update = {"question": question, "share": share, "intent": "list", "count": False}
    return claimed.model_copy(update=update)


def _owner_shown(query: Query, question: str, owner: str) -> Query:
    """A place taken among the papers showing the owner's name, when that is asked ('the paper
    with Qiu's name on it right before CODA'): the condition kept before the pick."""
    if not owner_shown(question, owner) or owner in query.filters.authors:
        return query
    kept = query.filters.model_copy(update={"authors": [*query.filters.authors, owner]})
    return query.model_copy(update={"filters": kept})


def _aside_merged(main: Query, part: Query, outside: bool) -> Query | None:
    """The main question's Query with the part's papers taken out, or None when the part
    names nothing a paper can be set aside by (a person's role, a header figure)."""
    f = main.filters
    p = part.filters
    topic = part.topic
    if main.intent == "stats" and main.fields == ["papers"] and topic and not main.topic:
        # 'excluding e-commerce, how many papers are there?': the papers off it, counted
        main = main.model_copy(update={"intent": "count", "fact": "papers", "fields": []})
    if main.intent == "stats" or p.months or p.days or p.date_from or p.date_to:
        return None  # a header figure, months or days set aside: read with the dates
    if topic and names_no_subject(topic.split()):
        return None  # 'evaluations, excluding new frameworks': a kind of contribution
    if part.paper_ids or DESCRIBED.search(part.question) or (topic and f.authors):
        # a paper named ('what sets DKPLM apart from SMedBERT?'): read with the whole question
        return None  # 'papers that just pick keyframes', 'where only one of them is named'
    if outside and (topic or not p.categories):
        return None  # 'outside' what is no field: a place ('outside the lab'), no part aside
    update: dict[str, object] = {}
    changes: dict[str, object] = {}
    said = (topic or "").casefold()
    named = {n.casefold(): c for c, n in CATEGORY_NAMES.items()} | ALIASES
    if code := named.get(said) or {c.casefold(): c for c in CATEGORY_NAMES}.get(said):
        # 'apart from cv, ...': a category's name alone, not a subject its papers name
        topic, p = None, p.model_copy(update={"categories": [code]})
    if topic and p.has_code is not None:  # 'not the video papers without code: which ones?'
        update["topic"] = main.topic or topic  # the part's subject, its code the other side
        if f.has_code is None:
            changes["has_code"] = not p.has_code
    elif topic:
        if main.topic:
            update["excluded"] = " ".join(filter(None, [main.excluded, topic]))
            if not main.excluded:  # 'X other than the Y and Z ones': each set aside
                update["excluded_sides"] = joined_subjects(part.question, topic, listed=True)
        else:  # 'leaving out reasoning, what did he publish in CV?': the papers off it
            joined = joined_subjects(part.question, topic, listed=True)  # 'other than X or Y'
            update |= {"topic": topic, "exclude_topic": True, "joined": joined}
            if main.intent not in ("count", "list"):
                update |= {"intent": "list", "fact": "papers"}
    elif p.categories:
        kept = [c for c in f.categories if c not in p.categories]
        changes |= {
            "categories": kept,
            "exclude_categories": [*f.exclude_categories, *p.categories],
        }
    elif years := _aside_years(part):
        changes["exclude_years"] = [*f.exclude_years, *years]
    elif p.has_code is not None and main.topic is None and f.has_code is None:
        changes["has_code"] = not p.has_code  # 'not the ones without code: which ...?'
    elif p.has_code is not None and f.has_code is not None:
        pass  # 'not the ones without code: which papers have code?': said twice
    elif p.authors and not main.people:
        changes["exclude_authors"] = [*f.exclude_authors, *p.authors]
    else:
        return None
    if changes:
        update["filters"] = f.model_copy(update=changes)
    return main.model_copy(update=update)


def _aside_years(part: Query) -> list[int]:
    """The years a part set aside names ('setting aside 2025', 'leaving out 2020-2021')."""
    start, end = part.filters.year_from, part.filters.year_to
    if part.years or start is None or end is None or end - start > YEARS_SPANNED:
        return part.years
    return list(range(start, end + 1))


def _names_papers(q: Query) -> bool:
    """Does a count name its own papers (a date, a category, code, a person)?"""
    return bool(q.years or q.people or not q.filters.is_empty())


def _picks_one(q: Query) -> bool:
    """The query picks one paper by its date: the earliest or latest, or the k-th."""
    if q.intent == "superlative" and q.fact in ("earliest", "latest"):
        return (q.limit or 1) == 1 and not q.paper_ids
    pick = q.tally.pick if q.tally else None
    if q.tally and q.tally.group == "year" and q.tally.reduce in ("first", "last"):
        return q.filters.year_from is not None and q.filters.year_from == q.filters.year_to
    return pick is not None and pick.order == "date" and pick.take == 1


def _kept(whole: Query, picked: Query, code_asked: bool) -> bool:
    """The pick read alone keeps every filter the whole question sets (the code mark aside
    when the code is what is asked of the paper), and the question names no paper."""
    if whole.paper_ids or whole.bounds or whole.filters.paper_ids:
        return False
    f, g = whole.filters, picked.filters
    same = (
        set(f.categories) <= set(g.categories)
        and set(f.authors) <= set(g.authors)
        and set(whole.years) <= set(picked.years)
        and (f.year_from, f.year_to) in ((None, None), (g.year_from, g.year_to))
    )
    return same and (f.has_code in (None, g.has_code) or code_asked)


def parse_query(
    question: str,
    profile: Profile,
    context: list[str] | None = None,
    index: Mentions | None = None,
    vocabulary: frozenset[str] = frozenset(),
    known: frozenset[str] = frozenset(),
    *,
    attributes: bool = True,
) -> Query:
    """Read filters, the fact asked and the content topic from a question; no LLM needed.

    `context`: the papers a follow-up points at ('the second one', 'it'), used when the
    question names none itself. `index`: the profile's Mentions, built when it was opened
    (without it, they are built here: a cost that grows with the profile). `vocabulary`: the
    words of the profile's papers, content words whatever question word they look like;
    `known`: the dictionary's words, taken as typed ('drone' is no slip of 'done').
    `attributes`: an attribute asked of one paper picked by its place is read apart."""
    index = index if index is not None else Mentions(profile)
    question = spelled(question, vocabulary)  # 'busiest mnth', 'shortest tittle'
    # 'at least 3 years old', 'the last 3 years not counting this year': as the dates they
    # name, before any reading of 'least' or 'last 3'
    question = said_as_dates(question, reference_date(profile))
    if attributes and (of_pick := read_picked(question)) is not None:
        # 'who led her latest CV paper?': the paper read as any pick of one, the rest asked of it
        whole = parse_query(question, profile, context, index, vocabulary, known, attributes=False)
        phrase = f"which is {of_pick.phrase}?"
        routed = parse_query(phrase, profile, context, index, vocabulary, known, attributes=False)
        if _picks_one(routed) and _kept(whole, routed, "code" in of_pick.asked):
            return routed.model_copy(update={"question": question, "asked_of": of_pick.asked})
        return whole
    if (restated := restated_count(question)) is not None:  # 'papers with code = ___'
        routed = parse_query(restated, profile, context, index, vocabulary, known)
        counted = routed.intent == "count" or (routed.intent == "timeline" and routed.count)
        if counted and routed.topic is None and _names_papers(routed):
            return routed.model_copy(update={"question": question})
    if (granted := taken_share(question)) is not None:
        return _share_checked(question, granted, profile, context, index, vocabulary, known)
    if (passed := stated_count(question)) is not None and uncounted(question) != question:
        # 'more than one IV paper?': the IV papers, then counted against it
        routed = parse_query(uncounted(question), profile, context, index, vocabulary, known)
        return routed.model_copy(update={"question": question, "passed": passed})
    # 'leaving out X, ...': its papers taken out (text or images set aside: see modality)
    aside = set_aside(question)
    if aside is not None and not (sets_aside_text(question) or sets_aside_visual(question)):
        main = parse_query(aside.rest, profile, context, index, vocabulary, known)
        main_words = {w.casefold() for w in re.split(r"[\s-]+", main.topic or "")}
        unused = vocabulary and not main_words & vocabulary
        if main.topic and unused:  # 'which papers are outliers, outside the usual X work?'
            main = main.model_copy(update={"topic": None})  # words no paper uses: the rest
        aside_query = parse_query(aside.part, profile, None, index, vocabulary, known)
        if (joined := _aside_merged(main, aside_query, aside.outside)) is not None:
            # as asked: the answer's readers of the words (an overview less a subject, text
            # set aside from a modality) still see the part set aside
            return joined.model_copy(update={"question": question})
    asked = question
    question = ERA_OF_YEAR.sub(r"\g<cue> \g<year>", _paper_eras(question, index.papers, vocabulary))
    if REVIEW_AREAS.search(question):  # 'which areas could she review?': her areas
        question = re.sub(REVIEW_ROLE, " ", question, flags=re.IGNORECASE)
    question, premise = _positive(question)
    scan = Scan(question, vocabulary, known)
    scan.text = without_examples(scan.text)  # 'category tags (CL, CV, ...)': no filter
    low = question.casefold()
    as_their = _owner_as_their(low, profile.name)
    patents = has(PATENTED, low) and not {"patent", "patents"} & vocabulary
    # 'what areas does she work for': the areas are worked for, not an employer
    outside = has(OUTSIDE, re.sub(AREAS_WORKED_FOR, " ", low)) or has(PAY, as_their)
    outside = outside or has(OWN_VIEW, as_their)  # 'which paper is he proudest of?'
    if outside and _paper_age(question, low, profile, index):  # 'how old is the Valley paper'
        outside = has(OUTSIDE, re.sub(HOW_OLD, " ", low)) or has(PAY, as_their)
    off = has(OFF_PAPERS, as_their) or has(NAME_SAID, as_their) or has(ACCOUNTS, as_their)
    if patents or outside or has(STANCE, as_their) or off:
        return Query(question=asked, intent="outside")
    if other := rival(question, as_their, vocabulary):  # 'qiu vs the stanford nlp group': not held
        return Query(question=asked, intent="outside", outsider=other)
    # 'For a bibliometrics exercise: number of his 2020 papers': the frame asks for no figure
    fields = _header_fields(_owner_as_their(low[len(frame_of(low)) :], profile.name))
    scan.drop(r"\bai[- ]?score\b|" + H_INDEX)
    # 'I'm hiring for a privacy ML team. Anything on that?': the asker's field is the topic
    asker = ASKER_ROLE if has(ON_THAT, low) else ASKER
    # 'for my thesis on X', 'my team likes X': X, without what the asker writes or works with
    scan.drop(PURPOSE_ON + "|" + WANTED + "|" + MY_GROUP + "|" + ASKING_FOR)
    scan.drop(NOT_SURE)  # 'not sure if she works on X': whether she does, X the topic
    scan.drop(ANSWER_SHAPE + "|" + FILLER + "|" + SOLE_AUTHOR + "|" + asker + "|" + SOME_PAPERS)
    scan.drop(ARC)  # 'her research arc, early vs recent': the shift asked, no subject
    scan.drop(HOW_OLD + r"|\bhow\s+long\s+ago\b")  # a paper's age: its date, no subject
    scan.drop(HIDDEN_NAME)  # 'where his name is hidden behind et al.': the papers naming him
    # 'is she still publishing (on RL)?' asks for the latest paper; 'active on RL?' for RL
    scan.text = re.sub(
        STILL_PUBLISHING + "|" + STOPPED_PUBLISHING, " latest ", scan.text, flags=re.IGNORECASE
    )
    scan.text = re.sub(FURTHEST_BACK, " earliest ", scan.text, flags=re.IGNORECASE)
    scan.drop(r"\bactive\s+(?:on|in|with)\b")
    scan.drop(r"\b(?:venues?|conferences?|journals?|proceedings)\b")  # none recorded: no topic
    scan.drop(r"\barxiv(?=\s+(?:categor|subject|field|area|label))")  # the label, no topic
    part = has(PART_OF_PAPERS, low)
    if part:
        scan.drop(PART_HEAD + r"(?:\s+of\b)?|" + WHOLE_LIST)
    surname = find_surname(question, scan)
    titled, spans = title_asked(question)  # 'titles with "few-shot"': no topic, no paper named
    for start, end in spans:
        scan.take(re.escape(question[start:end]))
    released, release_words = release_asked(question, lambda: index.code_owners)
    for pattern in release_words:  # 'code only promised', 'under github.com/bytedance'
        scan.drop(pattern)
    others, owner, excluded, not_meant = find_people(
        question, profile, scan, index.people, index.parts
    )
    unquoted = without_spans(question, spans)
    for said in not_meant:
        unquoted = unquoted.replace(said, " ")
    named = _family(named_papers(unquoted, profile.papers, index.papers), question, index)
    # 'Valley: ... with Large Language', '... Learners with Contrastive Prompt Tuning': a named
    # paper's title words are no person, however hyphened
    titles = " ".join(_folded(p.title) for p in named)
    others = [n for n in others if f" {_folded(n)} " not in f" {titles} "]
    outsider = _outsider(question, profile, vocabulary)
    outsider = None if outsider and _folded(outsider) in titles else outsider
    team = re.search(TEAM, low) is not None  # 'Qiu and co-authors': the owner, not co-authors
    if team:
        scan.drop(TEAM)
    # The owner by surname alone ('papers where qiu is lead author'): enough to ask for the
    # owner's first-author papers, not to restrict to the papers naming the owner.
    owner_surname = profile.name.split()[-1].casefold()
    by_surname = re.search(rf"(?<![\w-]){re.escape(owner_surname)}\b", low) is not None
    dates, scan.text = read_dates(scan.text, reference_date(profile))
    if dates is not None and (dates.months or dates.days):  # 'in December, across every year'
        question = " ".join(ANY_YEAR.sub(" ", question).split())  # not ', any year?' asked
        low = question.casefold()
    scan.drop(SAID_FIRST)  # 'For a grant report covering 2022 through 2023:' once dates are read
    when = date_filters(dates)
    scan.text = re.sub(  # 'CV-category papers', 'her most CL-heavy year'
        rf"(?<=\w)-(?=(?:categor\w*|tagged|labell?ed|flagged|marked|{SHARE_WORDS})\b)",
        " ",
        scan.text,
    )
    categories, left_out = find_categories(scan, index.categories)
    if len(categories) + len(left_out) > 1:  # 'IR plus AI': the categories joined, no topic
        scan.drop(r"\bplus\b|\bas\s+well\s+as\b|\balong\s+with\b")
    if categories or left_out:  # 'her most CL-heavy year': how much of it, no topic
        scan.drop(rf"\b(?:{SHARE_WORDS})\b")
    if left_out:  # '2025 minus the CV ones, what's left?': the papers that remain
        scan.drop(LEFT_OVER)
    if dates is not None and dates.negated:  # 'once January to September are set aside'
        scan.drop(LEFT_OVER + r"|\bonce\b")
    if dates is not None:  # 'in the window Dec 2022 to Aug 2023': the words for that span
        # 'the July-December half of their year', 'the autumn months Sep-Nov', 'late in the year':
        # once the dates are read, the name of the part of the year is no topic
        scan.text = PART_OF_YEAR.sub(
            lambda m: m[0] if m[0].casefold() in vocabulary else " ", scan.text
        )
        scan.text = re.sub(OPENED, " earliest ", scan.text, flags=re.IGNORECASE)
        scan.text = re.sub(CLOSED, " latest ", scan.text, flags=re.IGNORECASE)
        if not months_asked(scan.text):  # 'which month in 2025 ...' asks for months
            scan.drop(PERIOD_WORDS)
        scan.drop(SUMMED)
        scan.drop(ASKER_LOOKED)
        # 'before dec 2022 (pre-chatgpt)', 'post-covid': an era glossing the dates read,
        # unless the papers use the word ('pre-training')
        scan.text = ERA.sub(lambda m: m[0] if m[1].casefold() in vocabulary else " ", scan.text)
    has_code = find_code(scan)
    # 'papers without code minus those with code': both sides counted and set against each other
    code_sides = has_code is not None and (
        find_code(scan) not in (None, has_code) or has(OTHER_CODE_SIDE, low)
    )
    tags = sorted(index.tags.find(scan.text))  # the profile's tags this text may name
    named_tags = [t for t in tags if scan.take(r"(?<![\w-])" + re.escape(t) + r"(?![\w-])")]
    # one tag filters; several ('a uni like pku or cmu') are examples: the tags are listed
    tag = named_tags[0] if len(named_tags) == 1 else None
    if not named_tags and (unknown := _unknown_tag(scan, vocabulary)):
        tag = unknown  # 'any paper tagged mit?': a tag no paper carries, so none match
    if named_tags or has(TAGS_ASKED, low):  # 'a university tag': the kind of tag, no topic
        scan.drop(AFFILIATION_KIND)
    if tag:  # 'marked with pku next to the authors': where the tag stands, no topic
        scan.drop(TAG_PLACE)
    years = when.pop("years")
    if parity := PARITY.search(scan.text):  # 'odd years', 'ignoring the even-numbered years'
        scan.text = PARITY.sub(" ", scan.text)
        odd = (parity["parity"].casefold() == "odd") != bool(parity["aside"])
        dated = any(when.get(k) is not None for k in ("year_from", "year_to"))
        if not years and not dated:
            years = [y for y in columns_of(profile).per_year if y % 2 == int(odd)]
    around, relative_to = _around_paper(named, scan)
    if around and when.get("year_from") is None and when.get("year_to") is None:
        when |= around
    window, bounds = _between_papers(_window_ends(named, scan, index.papers), scan)
    if window:  # 'between valley (2023) and valley2 (2025)': the papers' days, not their years
        when, years = {k: v for k, v in when.items() if not k.startswith(("year", "date"))}, []
        when |= window
    numbers = has(H_INDEX + r"|\bcit(?:ations?|ed)\b", low)  # someone's numbers: none held
    if others and _owner_beside(low, profile.name.casefold()):
        others = [*others, profile.name]
        scan.drop(r"\bas\s+well\s+as\b|\btogether\s+with\b")  # joining the two, no topic
    filters = Filters(
        **when,
        categories=categories,
        exclude_categories=left_out,
        authors=others,
        exclude_authors=excluded,
        has_code=has_code,
        affiliation=tag,
    )
    wants_owner = owner or has(
        r"\b(?:himself|herself|themselves|themself)\b|\b(?:his|her|their) own\b", low
    )
    asked_of_people = low
    for said in not_meant:
        asked_of_people = asked_of_people.replace(said.casefold(), " ")
    limit = LIMIT.search(low)
    # 'Hinton-style distillation', "like OpenAI's CLIP": the outside name frames the subject
    people_words = {*index.parts.by_word, *profile.name.casefold().split()}
    scan.text = unlikened(scan.text, vocabulary, people_words, index.title_words)
    query = Query(
        question=question,
        intent="retrieval",
        fact=people_fact(  # less what is said of someone not meant ('(not X, who leads Y)')
            re.sub(TEAM, " ", asked_of_people) if team else asked_of_people,
            others,
            wants_owner
            or (by_surname and has(AUTHOR_ROLE, low))
            or (_owner_said(low, by_surname) and has(ON_BYLINE, low)),
            bool(excluded),
        ),
        fields=fields,
        filters=filters,
        years=years,
        topic=_premise_topic(
            # 'For a library catalogue, how many titles say X': the frame is no topic
            unframed(
                unrequested(leftover_topic(scan, META_WORDS), question),
                question,
                filters,
                years,
                bool(titled or released),
            ),
            premise or bool(bounds),
            filters,
            years,
            vocabulary,
            numbers,
        ),
        people=others or ([profile.name] if wants_owner else []),
        surname=surname,
        exclude_owner=has(EXCLUDE_OWNER, low),
        owner_left_out=owner_left_out(question, profile.name, others),
        count=has(COUNT, low)
        or part
        # 'does SpanProto only extract spans?' restricts one paper: no share of the papers
        or (has(YES_NO_SHARE, low) and YES_NO.match(question) is not None and not named),
        limit=_amount(next(g for g in limit.groups() if g)) if limit else None,
        paper_ids=[p.id for p in named if p.id not in (relative_to, *bounds)]
        or list(context or []),
        bounds=bounds,
        premise=premise,
        outsider=outsider,
    )
    if query.fact in AUTHOR_PLACES:  # 'papers where she is second author': the place, no topic
        # 'On which papers is Qiu named first', '(from the byline shown)': the record's own
        # author order restated, no subject
        place = author_place(low) if query.fact == "nth_author" else query.place
        query = query.model_copy(update={"place": place, "topic": off_byline(query.topic)})
    query = _role_aggregate(query, low, others)
    groups = len(years) > 1 or len(query.paper_ids) > 1
    if _shared_person(query, low):  # 'which author is on both X and Y?': a co-author ask
        update = {"intent": "people", "fact": "coauthors", "shared": True, "topic": None}
        query = query.model_copy(update=update)
    if query.fact in ("coauthors", "coauthor_count") and has(SHARED, low) and groups:
        # 'anyone on both a 2020 and a 2025 paper?', 'common authors of X and Y': the people
        # in each year or paper said; the words of that ask are no topic
        query = query.model_copy(update={"shared": True, "topic": None})
    if query.fields == ["papers"] and (not filters.is_empty() or years):
        # 'last year's paper count': a count of listed papers, not the header's claim.
        query = query.model_copy(update={"fields": [], "count": True})
    if grouped := _grouped(query, low, vocabulary):
        if (ended := _end_claimed(asked, grouped, vocabulary)) is not grouped:
            return ended  # 'her first CV paper came out in 2020': the year is the claim
        picked = grouped.tally is not None and grouped.tally.pick is not None
        return _owner_shown(grouped, question, profile.name) if picked else grouped
    if query.topic and claimed_share(question) is not None:
        # 'are over half of her papers CL?': the words of the share are no subject, so the
        # papers are counted, not searched for 'half'
        kept = [w for w in query.topic.split() if w.casefold() not in AMOUNT_WORDS]
        query = query.model_copy(update={"topic": " ".join(kept) or None})
    # Ordering cues are read once years are gone: 'last year' is a filter, not 'the last'.
    routed = _classify(query, low, scan.text.casefold())
    routed = _over_topic(routed, question, vocabulary)  # 'RL papers - peak year?'
    if routed.intent == "count" and routed.topic:  # 'how many categories occur': no subject
        routed = routed.model_copy(update={"topic": off_predicates(routed.topic, question)})
    if routed.intent == "superlative" and routed.fact in ("latest", "earliest"):
        routed = _owner_shown(routed, question, profile.name)
    if routed.topic and claimed_share(question) is not None:
        # 'first author on more than half of her papers?': the words of the share, no topic
        kept = [w for w in routed.topic.split() if w.casefold() not in AMOUNT_WORDS]
        routed = routed.model_copy(update={"topic": " ".join(kept) or None})
    if code_sides and not routed.paper_ids:
        f = routed.filters.model_copy(update={"has_code": None})
        update = {"intent": "count", "fact": "code_split", "filters": f, "topic": None}
        return routed.model_copy(update=update | {"count": True, "tally": None})
    if titled or released:  # the papers whose titles or code releases say it, counted or listed
        f = routed.filters.model_copy(
            update={
                "title_words": titled.words,
                "exclude_title_words": titled.excluded,
                "title_question": titled.question,
                "title_shapes": titled.shapes,
                "code_promised": released.promised,
                "code_anonymous": released.anonymous,
                "code_owner": released.owner,
                "releases": released.kinds,
            }
        )
        if released.kinds and routed.topic:  # 'I'm organising a hackathon: ... their data?'
            kept = [w for w in routed.topic.split() if w.casefold() in vocabulary]
            routed = routed.model_copy(update={"topic": " ".join(kept) or None})
        if (
            released.code_asked()
        ):  # the release as worded decides, whatever the code mark says; the words
            f.has_code = None  # around a link ('links point to', 'github.com') are no topic
            routed = routed.model_copy(update={"topic": None})
        if titled.shapes:  # 'how many titles have a colon (for my bibliography)': no subject
            routed = routed.model_copy(update={"topic": None})
        # 'the word knowledge in the title', '(compounds such as Knowledge-Enhanced)': the words
        # naming the word asked, or holding it, are no subject
        worded = [w.casefold() for w in titled.words]
        glosses = glossed(question, worded)  # '(any case, including hyphenated forms like X-Y)'
        kept = [
            w
            for w in (routed.topic or "").split()
            if w.casefold() not in TITLE_ASK_WORDS | glosses
            and not any(t in w.casefold() for t in worded)
        ]
        routed = routed.model_copy(update={"topic": " ".join(kept) or None})
        # 'how many', or whether any ('do any titles have a colon?'): a count, Yes or No first
        counted = routed.count or has(r"\bhow\s+many\b", low) or YES_NO.match(question) is not None
        intent = "count" if counted else "list"
        return routed.model_copy(
            update={
                "filters": f,
                "intent": intent,
                "fact": "papers",
                "paper_ids": [],
                "count": counted,
            }
        )
    f = routed.filters
    # 'why is she exclusively CV lol', 'Why are all their papers CV?', 'why is all of it vision?'
    why_only = WHY.search(low) is not None and has(ONLY + r"|\b(?:all|every)\b", low)
    field_words = {w: c for c, ws in FIELD_WORDS.items() for w in ws}
    one = f.categories[0] if why_only and len(f.categories) == 1 and not routed.topic else None
    if why_only and not f.categories:
        one = field_words.get((routed.topic or "").casefold())
    if field := _only_field(asked) or one:
        # 'Why does she only work on NLP?', 'Since she only does text stuff, what ...?': the
        # papers in other categories correct it, first
        f = f.model_copy(update={"categories": [], "exclude_categories": [field]})
        update = {"filters": f, "premise": True, "intent": "count", "fact": "papers", "topic": None}
        routed = routed.model_copy(update=update)
    routed = _universal(asked, routed)
    routed = _topic_universal(asked, routed, vocabulary, recent_since(profile))
    routed = _only_then(asked, routed)
    routed = _end_claimed(asked, routed, vocabulary)
    if _code_only(routed):  # 'code for any 2024 paper?', 'github code for her 2024 papers'
        f = routed.filters.model_copy(update={"has_code": True})
        update = {"filters": f, "topic": None, "intent": "count", "fact": "papers"}
        routed = routed.model_copy(update=update)
    said = (routed.topic or "").casefold()
    if routed.premise and said in field_words:
        # 'why no vision papers?', '..., why no image work?': the field's category, not a topic
        f = routed.filters.model_copy(update={"categories": [field_words[said]]})
        update = {"filters": f, "intent": "count", "fact": "papers", "topic": None}
        routed = routed.model_copy(update=update)
    topic_words = set((routed.topic or "").casefold().split())
    changed = routed.intent == "retrieval" and bool(topic_words) and topic_words <= CHANGE_WORDS
    if (routed.intent in ("count", "list") or changed) and _years_compared(routed, low):
        update = {"intent": "timeline", "fact": "per_year", "topic": None}
        routed = routed.model_copy(update=update)
    # 'CL against CV', 'the ratio of CL to CV': the words setting the two apart are no topic
    set_apart = {"against", "versus", "vs", "ratio", "compared", "compare", "to", "pls", "plz"}
    set_apart |= {"divide", "divides", "divided", "split", "splits", "spread", "breakdown"}
    set_apart |= {"rest", "others", "remainder", "etc"}  # 'CL, CV, IR and the rest
    two = len(routed.filters.categories) >= 2 and topic_words <= set_apart
    # 'how many CL papers and how many CV papers', 'how many CV, how many LG': each counted,
    # side by side; three or more named with one count ('count of CV, LG and AI papers')
    each = (
        r"|\b(?:how\s+(?:many|mny|mnay)|number\s+of)\b[^.?!]*(?:\band|,|;|/)\s*(?:how\s+"
        r"(?:many|mny|mnay)|the\s+number)\b"
    )
    several = len(routed.filters.categories) >= 3 and has(
        r"\b(?:how\s+many|number\s+of|counts?)\b", low
    )
    if two and (
        several or has(YEARS_COMPARED + rf"|\b(?:between|ratio|against)\b|{SPLIT}" + each, low)
    ):
        routed = routed.model_copy(update={"intent": "count", "fact": "categories", "topic": None})
    words = (routed.topic or "").split()
    non = NON.fullmatch(words[0]) if words and words[0].casefold() not in vocabulary else None
    # 'non-RL papers' (not 'explain it to a non-expert'): papers are asked for
    of_papers = re.search(rf"{re.escape(words[0])}\s+{NON_OF}", question, re.I) if non else None
    non = non if of_papers else None
    if non:  # 'non-multimodal papers': the papers off 'multimodal' (unless the papers say it)
        routed = routed.model_copy(update={"topic": " ".join([non[1], *words[1:]])})
    if routed.fact == "papers" and (kinds := whole_kinds(question)):  # 'of her code papers'
        routed = routed.model_copy(update={"share_of": kinds})
    if person_negated(question, routed.topic, profile.name):  # whether she does, said in full
        routed = routed.model_copy(update={"negated": True})
    if non or _topic_negated(question, routed.topic, profile.name):  # the papers off the topic
        intent = "count" if routed.intent == "count" else "list"
        sides = joined_subjects(question, routed.topic)  # 'neither X nor Y': each left out
        update = {"exclude_topic": True, "intent": intent, "fact": "papers", "joined": sides}
        return routed.model_copy(update=update)
    # ... when papers are asked for ('ziheng wu school?' asks no papers)
    if _with_someone(routed, vocabulary) and not numbers and has(PAPERS, low):
        # 'For a conflict check: papers she shares with X', 'I am emailing X. Which papers did
        # he write with her?': around a co-author named, words no paper uses are no topic
        update = {"intent": "people", "fact": "author_papers", "topic": None}
        return routed.model_copy(update=update)
    if routed.intent == "retrieval":
        # Content questions keep every content word, 'shift' in 'distribution shift' too.
        routed = routed.model_copy(update={"fact": None, "topic": leftover_topic(scan)})
    split = None if routed.paper_ids else excluded_part(question, routed.topic)
    if split:  # 'video work but not generation' (a paper named: a detail of it is asked)
        sides = joined_subjects(question, split[1], listed=True)  # 'not X or Y': each
        update = {"topic": split[0], "excluded": split[1], "excluded_sides": sides}
        routed = routed.model_copy(update=update)
    return routed
