"""Side-by-side comparison of papers: task, method, data and results quoted from each abstract."""

from __future__ import annotations

import re

from prompts.answer.contrast import date_order, shared_names
from prompts.answer.model import Answer, Citation
from prompts.answer.wording import category
from prompts.understand.terms import STOPWORDS
from retrieval.filters import normalize_name
from retrieval.model import Paper
from retrieval.names import aliases
from retrieval.text import split_sentences, stem
from retrieval.text import words as tokens

MAX_PAPERS = 4
NOT_STATED = "not stated in the abstract"
MAX_COMMON_WORDS = 5
# A thing no named paper says, answered No only when asked in this many words or fewer
MAX_ABSENT_WORDS = 2
# Cue patterns and their weights per row; a sentence's score is the sum of the cues it has.
CUES: dict[str, list[tuple[str, int]]] = {
    "Task": [
        (r"\baims? (?:to|at)\b|\bgoals?\b|\bobjective\b", 3),
        (r"\bproblems?\b|\bchalleng\w*|\btask of\b|\bwe (?:target|study|investigate|focus)\b", 2),
        (r"\b(?:limit|hinder|suffer|ignor|lack|scarc|difficult|costly|bottleneck|remain|restrict"
         r"|burden|expensive|inefficien|prohibit)\w*"
         r"|\bnot been\b|\bunder-?explored\b|\bunexplored\b", 2),
        (r"\bnot easy\b|\bhard to\b|\bgaps?\b", 2),
        (r"\b(?:however|nevertheless|despite|tackle|address)\b|^(?:yet|but)\b|\btasks?\b", 1),
    ],
    "Method": [
        # 'we propose', 'we target to compress PLMs ..., and propose'
        (r"\bwe\b[^.;]{0,60}?\b(?:propose|present|introduce|develop|design|devise|build)", 4),
        (r"\b(?:is|are) (?:proposed|designed|introduced|presented|developed)\b", 3),
        (r"\bnovel\b|\bframework\b|\bmethod\b|\bapproach\b|\barchitecture\b|\bmodel\b", 1),
    ],
    "Data": [
        (r"\b(?:data ?sets?|benchmarks?|corpus|corpora|leaderboards?)\b", 2),
        (r"\b(?:construct|collect|curat|annotat|build|built|crawl)\w*", 1),
    ],
    "Results": [
        (r"\boutperform\w*|\bsurpass\w*|\bstate-of-the-arts?\b|\bSOTA\b", 3),
        (r"\bsuperior\w*|(?<!\bto )\bimprov\w*|\bcompetitive\b|\branks?\b|\bgains?\b", 2),
        (r"\d+(?:\.\d+)?\s*%|\b\d+\.\d+\b|\bboost\w*", 2),
        (r"\b(?:experiments?|results?|evaluations?)\b.*\b(?:show|demonstrat|indicat|verif|confirm)",
         2),
        (r"\beffective\w*|\bachiev\w*|\bmargin\b", 1),
    ],
}  # fmt: skip
TIES = ("Method", "Results", "Data", "Task")
MIN_SCORE = {"Task": 2, "Method": 3, "Data": 2, "Results": 2}
# 'six benchmark datasets': what a Data cell can quote when no sentence is left to name data.
DATA_PHRASE = re.compile(
    r"(?<![\w-])(?:(?!(?:on|over|in|of|the|from|at|with|across|using)\b)[\w-]+\s+){0,2}"
    r"(?:data ?sets?|benchmarks?|corpus|corpora)\b",
    re.IGNORECASE,
)
# Where an abstract defines its own name: '... network (SpanProto)', 'namely, Meta-SN'.
DEFINES = r"\(\s*{0}\s*\)|namely,?\s+{0}"
# A capitalised name with a second capital or a digit: 'FewRel', 'GLUE', 'Valley-702k'.
NAMED = re.compile(r"(?<![\w-])[A-Z][A-Za-z]*[A-Z0-9][\w-]*")
WORD = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
# What two papers share asked for: 'in common', 'alike', 'what do X and Y share' (not 'not
# what they share: how do they differ?')
COMMON_ASKED = re.compile(r"\bin\s+common\b|\balike\b|\bshared?\b(?!-)", re.IGNORECASE)
DIFFERENCE_ASKED = re.compile(r"\b(?:diff\w*|distinguish\w*|separates?|contrast\w*)\b", re.I)
_GENERIC = """model models method methods approach approaches framework frameworks network
    networks system systems task tasks performance results experiments novel based learning data
    large towards toward exploring effective efficient new various existing proposed propose
    present introduce design designed such however while further enhance enhanced improve paper"""
GENERIC = set(_GENERIC.split())


def name(paper: Paper) -> str:
    """The paper's short name: 'SpanProto', 'EasyTransfer' (before ' -- '), or the one its
    abstract gives ('Meta-SN'); else its title."""
    return aliases(paper)[0]


def _score(row: str, sentence: str, position: int, own: str) -> int:
    score = sum(w for rx, w in CUES[row] if re.search(rx, sentence, re.IGNORECASE))
    if row == "Method" and own in sentence:  # above all, the sentence defining the name
        score += 2 + bool(re.search(DEFINES.format(re.escape(own)), sentence))
    if row == "Data" and score >= 2 and any(t != own for t in NAMED.findall(sentence)):
        score += 1
    return score + (row == "Task" and position == 0)


def pick(paper: Paper) -> dict[str, str | None]:
    """One sentence per row: the strongest (row, sentence) matches first, each sentence once."""
    sentences = [s for s in split_sentences(paper.abstract) if "http" not in s]
    scored = [(_score(r, s, i, name(paper)), i, r) for r in CUES for i, s in enumerate(sentences)]
    chosen: dict[str, str | None] = dict.fromkeys(CUES)
    used: set[int] = set()
    # Ties go to the row that tells papers apart most, then (results come late) position.
    scored.sort(key=lambda t: (-t[0], TIES.index(t[2]), -t[1] if t[2] == "Results" else t[1]))
    for score, i, row in scored:
        if chosen[row] is None and i not in used and score >= MIN_SCORE[row]:
            chosen[row] = sentences[i]
            used.add(i)
    return chosen


def _words(text: str) -> dict[str, str]:
    """Content words: plural-folded key -> the word ('cross-domain' also gives 'domain')."""
    found: dict[str, str] = {}
    for word in WORD.findall(text.casefold()):
        for w in [word, *(p for p in word.split("-") if len(p) > 4 and "-" in word)]:
            if len(w) > 3 and not w.isdigit() and w not in STOPWORDS | GENERIC:
                found.setdefault(w.removesuffix("s") if len(w) > 4 else w, w)
    return found


def in_common(papers: list[Paper]) -> str | None:
    """What every paper shares: listed authors, category, title words found in all of them."""
    every = "both" if len(papers) == 2 else f"all {len(papers)}"
    said: list[str] = []
    keys = [{normalize_name(a): a for a in p.authors} for p in papers]
    if shared := [a for k, a in keys[0].items() if all(k in other for other in keys[1:])]:
        said.append("shared author" + "s" * (len(shared) > 1) + " " + ", ".join(shared))
    if len({p.category for p in papers}) == 1:
        said.append(f"{every} in {category(papers[0].category)}")
    words = [_words(f"{p.title} {p.abstract}") for p in papers]
    titled = {k for p in papers for k in _words(p.title)}
    own = {name(p).casefold() for p in papers}
    common = [w for k, w in words[0].items()
              if k in titled and w not in own and all(k in o for o in words[1:])]  # fmt: skip
    common = [w for w in common if not any(w in c.split("-") for c in common if c != w)]
    if common:
        said.append(f"{every} mention " + ", ".join(common[:MAX_COMMON_WORDS]))
    if names := [n for n in shared_names(papers) if n.casefold() not in common]:
        said.append(f"{every} name " + ", ".join(names))  # 'both name Alibaba'
    return "In common: " + "; ".join(said) + "." if said else None


def _cell(row: str, chosen: dict[str, str | None], marker: str) -> str:
    if quoted := chosen[row]:
        return f"{quoted} {marker}"
    said = [m[0] for s in chosen.values() if s and (m := DATA_PHRASE.search(s))]
    if row == "Data" and said:  # another row's sentence mentions the data without naming them
        return f'none named; the abstract mentions "{said[0]}" {marker}'
    return NOT_STATED


def answer_compare(question: str, papers: list[Paper]) -> Answer:
    """Compare 2-4 papers row by row, every quoted sentence cited to its paper's [n]."""
    papers = list({p.id: p for p in papers}.values())
    if len(papers) < 2:
        raise ValueError("a comparison needs at least two distinct papers")
    shown = papers[:MAX_PAPERS]
    picks = [pick(p) for p in shown]
    numbered = list(enumerate(zip(shown, picks, strict=True), 1))
    heads = " vs ".join(f"{name(p)} [{i}]" for i, (p, _) in numbered)
    lines = [f"Compared from their abstracts: {heads}"]
    for row in CUES:
        lines += ["", row, *(f"- {name(p)}: {_cell(row, c, f'[{i}]')}" for i, (p, c) in numbered)]
    dated = [
        f"{name(p)} {p.date.isoformat()}{' (year assumed)' * p.year_inferred}, {p.category}"
        for p in shown
    ]
    lines += ["", "Date and category: " + " | ".join(dated)]
    label = {p.id: f"{name(p)} [{i}]" for i, (p, _) in numbered}
    order, common = date_order(shown, label), in_common(shown)
    # 'what do X and Y have in common?': said first
    if common and COMMON_ASKED.search(question) and not DIFFERENCE_ASKED.search(question):
        lines.insert(1, common)
        common = None
    lines += [line for line in (order, common) if line]
    cited = [Citation.of(i, p, [s for s in c.values() if s]) for i, (p, c) in numbered]
    more = (
        f"Compared the first {MAX_PAPERS} of {len(papers)} papers."
        if len(papers) > MAX_PAPERS
        else None
    )
    text = "\n".join(lines)
    return Answer(question=question, text=text, citations=cited, route="retrieval", notice=more)


def answer_one_side(question: str, paper: Paper, missing: str) -> Answer:
    """A comparison whose other side names no paper of the profile: says which name was not
    found, then what the one found paper does (its method sentence), cited."""
    chosen = pick(paper)
    said = [chosen.get("Method"), *chosen.values(), *split_sentences(paper.abstract)[:1]]
    sentence = next((s for s in said if s), paper.title)
    text = (
        f'No paper named "{missing}" is in the profile, so there is nothing to compare '
        f"{name(paper)} [1] with. {name(paper)}: {sentence} [1]"
    )
    cited = [Citation.of(1, paper, [sentence])]
    return Answer(question=question, text=text, citations=cited, route="retrieval")


def _stems(text: str) -> set[str]:
    return set(stem(tokens(text)))


def _saying(paper: Paper, words: list[str]) -> str | None:
    """The title or abstract sentence saying the most of the asked words, when the paper says
    every one of them in some inflection ('videos', 'generated'); else None."""
    wanted = [stem([w.casefold()])[0] for w in words]
    sentences = [paper.title, *split_sentences(paper.abstract)]
    if not set(wanted) <= _stems(f"{paper.title} {paper.abstract}"):
        return None
    return max(sentences, key=lambda s: len(set(wanted) & _stems(s)))


def answer_choice(
    question: str, papers: list[Paper], words: list[str], yes_no: bool
) -> Answer | None:
    """Which of two to four named papers says the asked thing ('which one is about video,
    Valley or FashionBERT?', 'does KECP or UPT use prompts?'): those whose title or abstract
    say every asked word first, each quoted; the others with what they are about. A yes/no
    leads with Yes, or No when none says a thing of one or two words ('medical text'). None
    when none says a longer description: words a paper does not use are no proof it does not
    do what is described, so the papers are compared instead."""
    papers = list({p.id: p for p in papers}.values())[:MAX_PAPERS]
    thing = " ".join(dict.fromkeys(words))
    said = {p.id: _saying(p, words) for p in papers}
    yes = [p for p in papers if said[p.id]]
    no = [p for p in papers if not said[p.id]]
    if not yes and not (yes_no and len(set(words)) <= MAX_ABSENT_WORDS):
        return None
    if not no and not yes_no:  # 'which one is a benchmark?' of two that both say it: compared
        return None
    parts = {stem([p])[0] for w in words if "-" in w for p in w.casefold().split("-") if len(p) > 2}
    if yes and any(parts & _stems(f"{p.title} {p.abstract}") for p in no):
        return None  # 'which uses meta-learning?' of Meta-KD: it says 'meta', maybe in other words
    number = {p.id: i for i, p in enumerate([*yes, *no], 1)}

    def names(group: list[Paper], joint: str) -> str:
        listed = [name(p) for p in group]
        return listed[0] if len(listed) == 1 else f"{', '.join(listed[:-1])} {joint} {listed[-1]}"

    lead = ("Yes: " if yes else "No: ") if yes_no else ""
    if yes and no:
        verb = "speaks" if len(yes) == 1 else "speak"
        head = f"{names(yes, 'and')} {verb} of {thing}; {names(no, 'and')} "
        head += "does not (its title and abstract never say it)." if len(no) == 1 else "do not."
    elif yes:
        every = "both" if len(yes) == 2 else f"all {len(yes)}"
        head = f"{every} speak of {thing}:"
    else:
        head = f"neither {names(no, 'nor')} speaks of {thing} in its title or abstract."
    lines = [lead + head if lead else head[0].upper() + head[1:]]
    quotes: dict[str, str] = {}
    for p in [*yes, *no]:
        sentences = split_sentences(p.abstract) or [p.title]
        quote = said[p.id] or next((s for s in sentences if pick(p)["Task"] == s), sentences[0])
        quotes[p.id] = quote
        about = "" if said[p.id] else "about: "
        lines.append(f'- {name(p)}: {about}"{quote}" [{number[p.id]}]')
    cited = [Citation.of(number[p.id], p, [quotes[p.id]]) for p in [*yes, *no]]
    return Answer(question=question, text="\n".join(lines), citations=cited, route="retrieval")
