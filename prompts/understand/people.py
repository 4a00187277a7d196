"""People in a question: profile authors by name, unknown full names, surnames, and what
is asked about them (papers by someone, first authors, co-authors)."""

from __future__ import annotations

import itertools
import re
from typing import Literal

from rapidfuzz import fuzz
from rapidfuzz.distance import OSA

from prompts.understand.terms import (
    HOW_MANY,
    MOST,
    PAPERS,
    STOPWORDS,
    TYPO_RATIO,
    Scan,
    has,
    place_of,
)
from retrieval.model import Profile
from retrieval.people import PeopleIndex, mentioned_people, same_person
from retrieval.text import compiled

# The profile owner as a pronoun: nobody is "he" by default.
OWNER_PRONOUN = (
    r"\b(?:he|his|him|himself|she|her|hers|herself|they|their|them|themselves|themself)\b"
    r"|\b(?:this|the)\s+(?:researcher|scientist|academic|professor|prof|person)\b"
)

PeopleFact = Literal[
    "author_papers",
    "first_author",
    "last_author",
    "nth_author",
    "sole_author",
    "coauthors",
    "coauthor_count",
    "author_count",
]

# The first (often the lead) author: 'first-authored', 'lead author', 'did she lead X',
# 'listed first'. The one reading of it: the router's people facts, a named paper's authors
# (prompts/answer/detail.py) and the yes/no on who is first (prompts/answer/verdict.py).
FIRST_AUTHOR = (
    r"\b(?:first|1st|lead|main|primary)[- ]?author\w*|\bleads?\b(?![- ]?author|\s+to\b)|\bled\b"
    r"|\bfirst[- ]named\b|\bfirst-listed\b(?!\s+(?:papers?|publications?|works?|articles?|entr\w+))"
    r"|\bas first\b"
    r"|\b(?:listed|named|comes?|appears?|is|was)\s+first\b(?!\s+(?:paper|publication|work))"
    r"|\blists?\s+(?:[A-Z]\w+\s+){1,2}first\b|\b(?:her|his|their|qiu['’]s) name (?:\w+ )?first\b"
)
# The last (often the senior) author: 'last author', 'senior author', 'listed last'.
LAST_AUTHOR = (
    r"\b(?:last|senior|final)[- ]author\w*|\b(?:listed|named|comes?|appears?|is|was)\s+last\b"
    r"(?!\s+(?:paper|publication|work|year|month))"
)
BYLINE = r"byline|by-line|author|authors|author\s+(?:list|line)s?|names"
SLOT = r"slot|spot|position|place"
NUMBERED = r"(?:#|no\.?|number)?\s*(?P<{}>[2-9]|two|three|four|five|six|seven|eight|nine)\b"
# An author's place after the first: 'second author', 'listed third', 'the 2nd-named author'
PLACES = {"second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "fifth": 5, "5th": 5}
PLACE = "|".join(PLACES)
NTH_AUTHOR = (
    rf"\b(?P<nth>{PLACE})[- ]?(?:named[- ]|listed[- ])?author\w*"
    rf"|\b(?:(?:listed|named|comes?|appears?|is|was)|lists?\s+(?:[\w.-]+\s+){{1,2}}?)"
    rf"\s*(?P<at>{PLACE})\b(?!\s+(?:paper|publication|work|year|month|time|one))"
    # 'the third name on the byline', 'in third position among the authors'
    rf"|\b(?:the\s+|in\s+)?(?P<slot>{PLACE})\s+(?:name|slot|spot|position|place)\b"
    r"(?=.{0,30}\b(?:byline|by-line|author|authors|author\s+(?:list|line)|names)\b)"
    # a place given by number: 'position two of the byline', 'author slot #2', 'no. 3 spot'
    rf"|\b(?:{BYLINE})\s+(?:{SLOT})\s*{NUMBERED.format('num')}"
    rf"|\b(?:{SLOT})\s*{NUMBERED.format('num2')}(?=.{{0,30}}\b(?:{BYLINE})\b)"
    # the place after another's: 'right after the first author' (second)
    r"|\b(?:right|directly|immediately|just)\s+(?:after|behind|following)\s+(?:the\s+)?"
    r"(?P<before>first|second|third|fourth|1st|2nd|3rd|4th)\s+(?:author|name|person)\b"
)


def author_place(low: str) -> int | None:
    """The place in the author line asked ('second author': 2), if any."""
    m = re.search(NTH_AUTHOR, low)
    if m is None:
        return None
    if number := m["num"] or m["num2"] or m["before"]:  # 'slot #2'; 'right after the first'
        place = place_of(number) or 0
        return place + (1 if m["before"] else 0)
    return PLACES[(m["nth"] or m["at"] or m["slot"]).casefold()]


# The only author: 'sole author', 'single-authored', 'does she ever work alone'.
SOLE_AUTHOR = (
    r"\b(?:sole|only|single|solo|lone)[- ]author\w*|\bsingle[- ]authored\b|\bsolo\b"
    r"|\b(?:work\w*|write|writes|wrote|written|publish\w*)\s+(?:\w+\s+){0,3}(?:alone|by (?:her|him"
    r"|them)sel(?:f|ves)|on (?:her|his|their) own)\b|\bwithout (?:any )?co-?authors?\b"
)
# The size of an author list: 'more than 10 authors', 'the longest author list'.
AUTHOR_COUNT = (
    r"\b(?:more|fewer|less)\s+than\s+\w+\s+(?:co-?)?authors\b"
    r"|\b(?:over|under|at least|at most)\s+\w+\s+(?:co-?)?authors\b"
    r"|\b(?:longest|biggest|largest|shortest|smallest|long|big|large)\s+(?:co-?)?author"
    r"\s+(?:lists?|lines?|teams?)\b|\b(?:the\s+)?(?:most|fewest)\s+(?:co-?)?authors\b"
    r"|\b(?:longest|biggest|largest|shortest|smallest)\s+(?:lists?|teams?)\s+of\s+(?:co-?)?authors\b"
    # ('first-author count', 'second author count': a role's count, not a list's size)
    r"|\bnumber of (?:co-?)?authors\b|\bteam sizes?\b"
    # one paper's whole author list counted: 'how many authors does X have', 'how many people
    # in all wrote the X paper' (not 'how many co-authors': distinct people, counted apart)
    r"|\bhow\s+many\s+(?:authors|writers)\b"
    r"|\bhow\s+many\s+(?:people|persons|researchers|names)\b[^?.!]{0,20}?\b(?:wrote|authored"
    r"|are\s+(?:on|listed\s+on|credited\s+on))\b[^?.!]{0,40}?\bpaper\b"
    r"|(?<!first-)(?<!first )(?<!second-)(?<!second )(?<!third-)(?<!third )(?<!last-)(?<!last )"
    r"(?<!senior-)(?<!senior )\bauthor counts?\b"
)
AUTHOR_ROLE = FIRST_AUTHOR + "|" + LAST_AUTHOR + "|" + SOLE_AUTHOR
COAUTHOR = (
    r"\bco-?authors?\b|\bco-?authored\b|\bco-?wr(?:ote|ites?|itten|iting)\b|\balongside\b"
    r"|\bcoll?aborat\w*|\bcollabs?\b|\bpartners?\b"
    r"|\b(?:work\w*|write|writes|wrote|written|publish\w*|teams? up|teamed up)"
    r"(?: the)?(?: most)?(?: papers?)? with\b(?! code)|\btogether with (?:him|her|them)\b"
    r"|\b(?:publish\w*|writ\w*|wrote|work\w*|collaborat\w*)\s+(?:\w+\s+)?together\b"
    # 'with whom has she published the most?': the partner asked before the verb
    r"|\bwith\s+whom\b(?=.*\b(?:publish\w*|writ\w*|wrote|work\w*|team\w*|paired|partnered)\b)"
)
APPEARS = (
    r"\bappear\w*|\blisted\b|\bauthor (?:list|line)s?\b|\bnamed on\b|\bwith\b|\bby\b"
    r"|\bfeatur(?:e|es|ed|ing)\s+(?=[A-Z])"  # 'papers featuring Yufei Zhan'
    r"|\b(?:shows?|showed|showing|turns?|turned|pops?|popped)\s+up\b"  # 'X shows up on
)
# On a paper's shown author line: 'in the author list', 'on the byline', 'among the displayed
# authors', 'listed as an author'.
ON_BYLINE = (
    r"\bauthor(?:ship)? (?:list|line)s?\b|\bby-?lines?\b|\b(?:displayed|shown|listed|visible"
    r"|given) (?:co-?)?author(?:s|\s+(?:list|line)s?)\b"
    r"|\bamong (?:the|its|their) (?:\w+ )?(?:co-?)?authors\b"
    r"|\b(?:listed|named|credited|shown|included|counted) as (?:an? |one of the )?"
    r"(?:co-?)?authors?\b"
    # 'show her name in the authors', 'his name is on the byline', 'CL papers naming Qiu'
    r"|\b(?:papers?|ones|works?|publications?)\s+(?:that\s+|which\s+)?(?:actually\s+)?"
    r"(?:name|names|naming|credit|credits|crediting)\s+(?=[a-z])(?!(?:a|an|the|any|some)\b)"
    r"|\bnames?\s+(?:is\s+|are\s+)?(?:in|on|among)\s+(?:the\s+)?(?:\w+\s+)?(?:authors?|author\s+"
    r"(?:list|line)s?|by-?lines?)\b"
)
# A name hidden behind 'et al.' (the author lines show three names): the papers naming it
HIDDEN_NAME = (
    r"\b(?:hidden|buried|lost|cut|truncated|folded|tucked)\s+(?:\w+\s+)?(?:behind|under|in(?:to)?)"
    r"\s+(?:an?\s+|the\s+)?['\"‘“]?et\.?\s+al\.?['\"’”]?"
)
# 'whose name appears most', 'who shows up most often on her papers'; not 'her listed papers'
# (the papers the profile lists)
IN_AUTHOR_LINES = (
    r"\bappear\w*|\blisted\b(?!\s+(?:\w+\s+)?(?:papers?|pubs|publications?|works?|articles?|ones)\b)|\b(?:shows?|showed|turns?|turned|pops?|popped)\s+up\b|"
    + ON_BYLINE
)
SURNAME = re.compile(
    r"\b(?i:surname|family name|last name)\s+(?i:of\s+|is\s+)?['\"]?([A-Z][\w-]+)"
    r"|\b(?i:named|called)\s+['\"]?([A-Z][\w-]+)\b(?!\s+[A-Z])"
)
EXCLUDE_OWNER = r"\b(?:else|apart from|other than|besides|except|excluding)\b"
# A full name after a people cue ('with Yann LeCun', 'does Yann LeCun appear').
UNKNOWN_NAME = re.compile(
    r"(?:\b(?i:with|by|and|does|did|has|is|was|whether|co-?authored)\s+|^\s*)"
    r"([A-Z][a-z]+[a-zA-Z'-]*(?:\s+[A-Z][a-zA-Z'-]*[a-z][a-zA-Z'-]*){1,2})\b"
)


def find_surname(question: str, scan: Scan) -> str | None:
    """'anyone else with the surname Qiu' -> 'Qiu' (blanked out of the scan)."""
    m = SURNAME.search(question)
    if not m:
        return None
    scan.drop(re.escape(m.group(0)))
    return next(g for g in m.groups() if g)


# 'not co-authored with X', 'without X', "that don't include X", 'excluding X': a negation
# before a name with only linking words between.
NOT_BEFORE = re.compile(
    r"(?:\b(?:not|never|no|neither|without|excluding|except|exclude|other\s+than|apart\s+from|minus"
    r"|independent(?:ly)?\s+of|separately\s+from"
    r"|(?:do|does|did|is|are|was|were|has|have|had|could|would)nt)"
    r"|(?<=\w)n['’]t)((?:\s+[\w'’-]+){0,4}?)\s+$",
    re.IGNORECASE,
)
# A question opening negated ("Hasn't X been her co-author?", 'Didn't she write with X?',
# 'Has she not ...'): it asks the positive question, leaving nobody out.
OPENING_NOT = re.compile(
    r"(?:^|[.?!;:]\s+|,\s*)\W*(?:does|do|did|has|have|had|is|are|was|were|could|would)"
    r"(?:n['’]?t|(?:\s+(?:he|she|they|it))?\s+not)$",
    re.IGNORECASE,
)
LINKING = frozenset(
    """co-author coauthor co-authored coauthored authored written wrote write writes with by
    including include includes involving involve involves featuring feature features listing
    list lists that which papers paper works work ones where have has had do does did is are
    was were on any
    collaborating collaboration co-authoring coauthoring name names naming those them ones
    one""".split()  # noqa: SIM905
)


# Names joined under one negation: 'without X or Y', 'neither X nor Y', 'not X, Y or Z'
NAMES_JOINED = re.compile(
    r"\s*(?:,\s*)?(?:or|nor|and\s+not|and\s+no)?\s*(?:(?:with|by|from)\s+)?", re.IGNORECASE
)


def _joined_to_excluded(question: str, others: list[str], excluded: list[str]) -> list[str]:
    """The people joined to one left out by 'or', 'nor' or a comma: left out as well."""
    low = question.casefold()
    at = sorted((low.find(n.casefold()), n) for n in others if n.casefold() in low)
    joined: list[str] = []
    for (start, before), (nxt, name) in itertools.pairwise(at):
        left_out = before in excluded or before in joined
        between = question[start + len(before) : nxt]
        said = between.strip() and NAMES_JOINED.fullmatch(between)
        if left_out and name not in excluded and said:
            joined.append(name)
    return joined


def _negated_name(question: str, name: str) -> str | None:
    """The words that exclude this person ('not co-authored with' in 'papers not co-authored
    with X', 'without'), or None. Looked up by full name, else by surname, as written."""
    parts = name.split()
    for form in (parts, [parts[0], parts[-1]], parts[-1:]):
        pattern = r"(?<![\w-])" + r"\s+".join(map(re.escape, form)) + r"(?![\w-])"
        m = compiled(pattern, re.IGNORECASE).search(question)
        if m:
            cue = NOT_BEFORE.search(question[: m.start()])
            if cue and OPENING_NOT.search(question[: cue.start()] + cue[0].split()[0]):
                return None  # "Hasn't X co-written with her?" asks whether X has
            if cue and all(w.casefold() in LINKING for w in re.findall(r"[\w'’-]+", cue[1])):
                return cue[0]
            return None
    return None


# Someone said not to be the one meant, so the asker is not taken for another with a like
# name: set apart before the question ('Not Cen Chen or Jun Chen: how many list Lin Chen?'),
# in brackets right after a name ('Guanghao Zhou (not Zeyu Chen, who leads Valley3)'), or
# said so ('I don't mean Jun Chen', 'not to be confused with X'). No filter: 'papers with X
# (not with Y)', 'papers with X, not Y' leave Y's papers out.
NOT_MEANT = (
    r"^\W*(?:not|i\s+(?:don['’]?t|do\s+not)\s+mean)\s+(?P<a>[^:;?()–—]{3,80}?)\s*(?:[:;–—]|\s-\s)"
    r"|\(\s*(?:not|i\s+(?:don['’]?t|do\s+not)\s+mean|not\s+to\s+be\s+confused\s+with)\s+"
    r"(?P<b>[^()]{3,80}?)\)"
    r"|(?:\bi\s+(?:don['’]?t|do\s+not)\s+mean|\bnot\s+to\s+be\s+confused\s+with)\s+(?P<c>"
    r"[^,.;:?!()]{3,40})"
)


def _not_meant(question: str, name: str) -> str | None:
    """What says this person is not the one meant (see NOT_MEANT), or None."""
    forms = [name, " ".join(name.split()[:: len(name.split()) - 1])]
    for m in re.finditer(NOT_MEANT, question, re.IGNORECASE):
        said = (m["a"] or m["b"] or m["c"]).split(",")[0]
        for form in forms:
            pattern = r"(?<![\w-])" + r"\s+".join(map(re.escape, form.split())) + r"(?![\w-])"
            if (at := re.search(pattern, said, re.IGNORECASE)) is None:
                continue
            # the names alone ('Cen Chen or Jun Chen'), no linking word ('not with Y')
            before = re.findall(r"[\w'’-]+", said[: at.start()])
            if all(w.casefold() in ("or", "nor", "and") or w[:1].isupper() for w in before):
                return m[0]
    return None


# The owner as a pronoun or a role right after the words leaving someone out ('without her',
# "that he didn't write with them"), not a possessive ('without her co-authors').
OWNER_LEFT = re.compile(
    NOT_BEFORE.pattern.removesuffix(r"((?:\s+[\w'’-]+){0,4}?)\s+$")
    + r"(?P<between>(?:\s+[\w'’-]+){0,4}?)\s+(?:him|her|them|(?:this|the)\s+(?:researcher|author"
    r"|person|scientist))\b(?!\s+(?!(?:in|on|since|during|before|after|from|for|at)\b)[a-z])",
    re.IGNORECASE,
)


def owner_left_out(question: str, owner: str, others: list[str]) -> bool:
    """Someone else's papers without the owner ('Chengyu Wang's papers without Qiu', 'his
    solo work', 'what he wrote independently of her'): a profile of the owner's papers holds
    none of them, so this is asked of a profile that cannot answer it."""
    if not others:
        return False
    if has(SOLE_AUTHOR, question):  # another person as the only author: the owner is not
        return True
    for m in OWNER_LEFT.finditer(question):
        if all(w.casefold() in LINKING for w in re.findall(r"[\w'’-]+", m["between"])):
            return True
    # 'papers Qiu wasn't on', 'the ones she was not part of': the owner said to be absent
    forms = "|".join(re.escape(f) for f in {owner, *owner.split()} if len(f) > 1)
    absent = re.search(
        rf"\b(?:{forms}|she|he|they|(?:this|the)\s+researcher)\s+(?:(?:is|was|were|are|did|does"
        rf"|do)(?:\s+not|n['’]?t)|never)\s+(?:on|in|part|involved|an?\s+(?:co-?)?author)\b",
        question,
        re.IGNORECASE,
    )
    return absent is not None or _negated_name(question, owner) is not None


class NameParts:
    """Everyone's names by their first and last word, built when a profile is opened, so that
    a name typed with a slip ('zihen wu', 'forest sheng bao', 'dehong gaoo') is looked for
    among the few names sharing a word with it, whatever the number of people."""

    def __init__(self, names: list[str]) -> None:
        self.by_word: dict[str, list[str]] = {}
        for name in names:
            parts = name.casefold().split()
            if len(parts) > 1:
                for word in dict.fromkeys((parts[0], parts[-1])):
                    self.by_word.setdefault(word, []).append(name)

    def misspelt(self, text: str) -> list[tuple[str, str]]:
        """(the words as typed, the name as the profile spells it) for each name typed nearly
        right: two or three words, one of them exactly a word of the name, the rest within
        one slip of it. Names typed exactly are not found here (mentioned_people finds
        them)."""
        words = list(re.finditer(r"[^\W\d_][\w'’-]*", text))
        found: list[tuple[str, str]] = []
        i = 0
        while i < len(words):
            for n in (3, 2):
                window = [w[0] for w in words[i : i + n]]
                if len(window) < n or any(w.casefold() in STOPWORDS for w in window):
                    continue
                typed = " ".join(window).casefold()
                near = {
                    c for w in (window[0], window[-1]) for c in self.by_word.get(w.casefold(), [])
                }
                best = max(
                    ((_similarity(typed, c), c) for c in near if _initials(window, c)),
                    default=(0.0, ""),
                )
                if best[0] < TYPO_RATIO:  # 'yaliang lee': one word right, one a variant
                    variants = [c for c in near if _variant(window, c)]
                    best = (TYPO_RATIO, variants[0]) if len(variants) == 1 else best
                if TYPO_RATIO <= best[0] < 100:
                    found.append((text[words[i].start() : words[i + n - 1].end()], best[1]))
                    i += n - 1
                    break
            i += 1
        return found


def _initials(typed: list[str], name: str) -> bool:
    """Does each typed word start as the name's word does? A slip seldom falls on a first
    letter: 'Chen Wang' is someone else than Zhen Wang ('deng ping fan' is Deng-Ping Fan)."""
    parts = re.split(r"[\s-]+", name.casefold())
    form = parts if len(typed) == len(parts) else [parts[0], parts[-1]]
    return len(form) == len(typed) and all(
        w[:1].casefold() == n[:1] for w, n in zip(typed, form, strict=True)
    )


def _variant(typed: list[str], name: str) -> bool:
    """Typed words that are a name but for one word spelled another way, with the same first
    letter: one slip in a word of four letters or more ('yufei zhang', 'jing wong'), or a
    short family name written as it sounds ('yaliang lee' for Yaliang Li) after a given name
    of five letters or more, typed exactly. Nobody is found from common words alone."""
    parts = re.split(r"[\s-]+", name.casefold())
    form = parts if len(typed) == len(parts) else [parts[0], parts[-1]]
    said = [w.casefold() for w in typed]
    if len(said) != len(form) or len(said) < 2:
        return False
    other = [i for i, (w, n) in enumerate(zip(said, form, strict=True)) if w != n]
    if len(other) != 1:
        return False
    i = other[0]
    typed_word, spelled = said[i], form[i]
    if typed_word[:1] != spelled[:1] or not typed_word.isalpha():
        return False
    slips = OSA.distance(typed_word, spelled)
    if slips <= 1 and min(len(typed_word), len(spelled)) >= 4:
        return True
    given = [w for j, w in enumerate(said) if j != i]
    return i == len(said) - 1 and len(spelled) <= 3 and slips <= 2 and len(given[0]) >= 5


def _similarity(typed: str, name: str) -> float:
    """How close typed words are to a name, in full or as first and last name."""
    parts = name.casefold().split()
    return max(fuzz.ratio(typed, " ".join(form)) for form in (parts, [parts[0], parts[-1]]))


def find_people(
    question: str,
    profile: Profile,
    scan: Scan,
    index: PeopleIndex | None = None,
    spelled: NameParts | None = None,
) -> tuple[list[str], bool, list[str], list[str]]:
    """Authors named in the question other than the owner (profile spelling; unknown full
    names as typed), whether the owner is named, the people the question excludes ('papers
    not with X'), and what says someone is not the one meant ('(not Zeyu Chen, who leads
    Valley3)': neither the person nor a paper it names is asked). Names are blanked out of
    the scan.
    `index`, `spelled`: the profile's PeopleIndex and NameParts, built when it was opened
    (without `spelled`, names typed with a slip are not looked for)."""
    named = mentioned_people(question, profile, index)
    owner = profile.name.casefold() in question.casefold()
    owner = owner or any(same_person(n, profile.name) for n in named)
    not_meant = {}  # 'Not Cen Chen: how many list Lin Chen?': what says so, by the name
    for name in named:
        if said := _not_meant(question, name):
            not_meant[name] = said
            scan.drop(re.escape(said))
    named = [n for n in named if n not in not_meant]
    for name in sorted([*named, profile.name], key=len, reverse=True):
        parts = name.split()
        for form in (parts, [parts[0], parts[-1]]):
            said = r"\s+".join(map(re.escape, form))
            scan.drop(r"\bfeatur(?:e|es|ed|ing)\s+(?=" + said + ")")  # 'papers featuring X'
            scan.drop(r"(?<![\w-])" + said + r"(?![\w-])")
    for name in named:  # 'papers with Yufei Zhan, and does Zhan lead any?': said again
        family = name.split()[-1]
        if len(name.split()) > 1 and family.casefold() not in STOPWORDS:  # not 'Zhentao He'
            scan.drop(r"(?<![\w-])(?-i:" + re.escape(family) + r")(?:['’]s)?(?![\w-])")
    # The owner by surname or given name alone ("what does Qiu / Minghui work on"), possessive
    # included.
    for part in {profile.name.split()[-1], profile.name.split()[0]}:
        scan.drop(r"(?<![\w-])" + re.escape(part) + r"(?:['’]?s)?(?![\w-])")  # 'qius profile'
    others = [n for n in named if not same_person(n, profile.name)]
    for typed, name in spelled.misspelt(scan.text) if spelled is not None else []:
        if name not in others and not same_person(name, profile.name):
            others.append(name)  # 'papers with zihen wu': Ziheng Wu
        scan.drop(r"(?<![\w-])" + re.escape(typed) + r"(?![\w-])")
    if has(COAUTHOR + "|" + APPEARS + "|" + AUTHOR_ROLE, question):
        for m in UNKNOWN_NAME.finditer(scan.text):
            candidate = m.group(1)
            given = candidate.split()[:-1]  # a surname may look like a word: 'Kaiming He'
            if not any(w.casefold() in scan.skip_words for w in given):
                others.append(candidate)
                scan.drop(re.escape(candidate))
    excluded = []
    for name in others:
        if cue := _negated_name(question, name):
            excluded.append(name)
            scan.drop(re.escape(cue.strip()))
    excluded += _joined_to_excluded(question, others, excluded)
    return [n for n in others if n not in excluded], owner, excluded, list(not_meant.values())


# The paper described by who wrote it, not who wrote it asked: 'in the fundus paper she
# co-wrote, what accuracy ...', 'the survey Qiu authored: which methods ...' (not 'the papers
# she co-wrote with X')
WRITTEN_BY = re.compile(
    r"\b(?:papers?|works?|articles?|study|studies|survey|one)\s+(?:that\s+|which\s+)?"
    r"(?:she|he|they|qiu|minghui(?:\s+qiu)?|[A-Z]\w+)\s+(?:has\s+|had\s+)?"
    r"(?:co-?)?(?:wrote|written|authored|penned)\b(?!\s+(?:with|together|alongside|by)\b)",
    re.IGNORECASE,
)
# The papers as what is listed ('how many of X's 2023 papers are listed', 'her papers listed
# for 2024'): listed in the profile, not a name on a byline; not the papers listing someone
# ('papers listed Chengyu Wang', 'listed with X as an author')
PAPERS_LISTED = re.compile(
    r"\b(?:papers?|pubs|publications?|works?|articles?|entries|ones)\s+(?:(?:that\s+|which\s+)?"
    r"(?:are|were|is|was|get|got|being|been)\s+)?(?:\w+ly\s+)?listed\b"
    r"(?=\s*(?:[?.!,;:)]|$)|\s+(?:in|for|under|here|there|from|between|per|during|since|before"
    r"|after|so)\b)",
    re.IGNORECASE,
)
# ... set apart as the frame of what is asked: 'In the paper he co-authored, how many ...'
WRITTEN_BY_FRAME = re.compile(
    rf"(?:{WRITTEN_BY.pattern})(?=\s*[,:;–—-]|\s+(?:what|how|which|when|why|is|are|was|were"
    r"|does|did|do)\b)",
    re.IGNORECASE,
)


def people_fact(
    low: str, others: list[str], owner: bool, excluded: bool = False
) -> PeopleFact | None:
    """What is asked about people, if anything: someone's papers, first authors, co-authors.
    `excluded`: someone is left out ('papers not co-authored with X'): papers are asked for,
    not co-authors, unless 'who'."""
    if excluded and not others and not has(r"\bwho\b", low):
        return None
    low = WRITTEN_BY_FRAME.sub(" ", low)  # 'in the paper she co-wrote, what ...': which paper
    low = PAPERS_LISTED.sub(" ", low)  # 'how many of X's papers are listed': in the profile
    if has(SOLE_AUTHOR, low):
        return "sole_author"
    if has(AUTHOR_COUNT, low) and not others:
        return "author_count"
    # 'first-author count for minghui?': the role named outright, of the owner if no one else
    named = others or owner or has(OWNER_PRONOUN + r"|\b(?:first|1st|last|senior)[- ]author", low)
    if has(NTH_AUTHOR, low):  # 'second author': a place named outright, the owner's if no one's
        return "nth_author"
    if has(LAST_AUTHOR, low) and named:
        return "last_author"
    if has(FIRST_AUTHOR, low) and named:
        return "first_author"
    whose = has(r"\bwho(?:se|s)?\b", low)  # 'whos name appears most'
    if not others and whose and has(IN_AUTHOR_LINES, low) and has(MOST, low):
        return "coauthors"
    if (
        has(COAUTHOR, low)
        and not others
        and has(
            r"\bwho(?:m)?\b|\bwhich (?:people|persons?)\b|\bsame people\b|co-?author"
            r"|\b(?:different|distinct|unique|many|other) (?:people|ppl|persons|researchers)\b"
            r"|coll?aborat|partner|\b(?:some|any)(?:one|body)\b",
            low,
        )
    ):
        ranked = has(MOST + r"|\b(?:closest|main|usual|regular|key)\b", low)
        return "coauthor_count" if has(HOW_MANY, low) and not ranked else "coauthors"
    if others and has(COAUTHOR + "|" + APPEARS + "|" + PAPERS, low):
        return "author_papers"
    if owner and not others and has(IN_AUTHOR_LINES, low):
        return "author_papers"
    return None


# The people themselves as the subject of a predicate: 'co-authors are women', 'collaborators
# who are chinese', 'coauthors were based in' (not 'co-authors on medical papers')
PEOPLE_NOUN = (
    r"\b(?:co-?authors?|coauthors?|collaborators?|colleagues|co-?workers?|team\s*mates?"
    r"|people|persons|researchers)\b"
)
PREDICATE = r"\s+(?:(?:who|that)\s+)?(?:are|were|is|was)\s+(?:\w+\s+){0,2}?"


def said_of_people(question: str, topic: str) -> bool:
    """Is a topic word said of the people themselves: a predicate ('co-authors are women'), a
    property of theirs ('coauthors gender', 'the gender balance among her co-authors'); not a
    group of them ('his circle of co-authors', 'the set of frequent co-authors')?"""
    for word in topic.split():
        w = re.escape(word)
        if re.search(
            rf"{PEOPLE_NOUN}(?:{PREDICATE}|['’]?s?\s+){w}\b"
            rf"|\b{w}\s+(?:[\w-]+\s+){{0,2}}?(?:among|amongst|across)\s+(?:[\w'’-]+\s+){{0,2}}?"
            rf"{PEOPLE_NOUN}",
            question,
            re.IGNORECASE,
        ):
            return True
    return False
