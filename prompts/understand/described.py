"""Papers a question points at without their exact name: by a description ('the knowledge
prompting paper', 'the two session-based recommendation papers'), by a title's opening words
('Exploring Global Information for SBR'), or by a name typed in lower case or with a space
('valley 2', 'kp-plm'). The titles are indexed once when the profile is opened; a question
then costs what its words match, not the number of papers."""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterator, Sequence

from prompts.understand.cues import COMPARE, GENERAL_WORDS, ORDINAL
from prompts.understand.intent import Vote
from prompts.understand.kinds import KIND_ON, loose, replaced, said_kind
from prompts.understand.likeness import (
    CLAUSE_COVERED,
    CLAUSE_MARGIN,
    DESCRIBED_CLAUSE,
    Likeness,
    described_ones,
)
from prompts.understand.terms import STOPWORDS, YES_NO  # with number and question words
from retrieval.index.columns import PaperColumns
from retrieval.index.titles import TitlesInMemory, TitleWords
from retrieval.index.titles import plural_stem as _stem
from retrieval.index.titles import title_tokens as _tokens
from retrieval.model import Paper
from retrieval.names import NameIndex

# 'the knowledge prompting paper', 'the two session rec papers', 'both fundus papers':
# up to five words between the article (and a number) and the noun; no connecting word, so
# that 'the original Valley with the Valley2 paper' reads 'Valley2' only.
_WORD = r"(?!(?:the|a|an|and|or|vs|versus|with|from|to|than|between|of|on|in|for)\b)[\w-]+"
# ... or after a possessive: 'Qiu's meta knowledge distillation paper', 'her fundus paper'
# (one paper only: 'her vision papers' are all of them)
_OWNER = r"his|her|their|(?!(?:what|that|it|there|here|who|he|she|let|where|how)['’]s)[\w-]+['’]s"
DESCRIBED = re.compile(
    rf"(?:\b(?:the|both)\s+(?:(?P<n>two|three|four|both|[234])\s+)?"
    # 'Qiu's two fashion BERT papers', 'her three fundus papers': a count after an owner
    rf"|(?:\b(?:his|her|their)|[\w-]+['’]s)\s+(?P<m>two|three|four|both|[234])\s+"
    rf"|\b(?P<owner>{_OWNER})\s+)"
    rf"(?P<desc>{_WORD}(?:\s+{_WORD})"
    r"{0,4})\s+(?P<noun>papers?|works?|articles?|preprints?|studies|study)\b",
    re.IGNORECASE,
)
# 'the X paper' is one paper; 'the X work' may be a body of work, so it is not read as one.
ONE_PAPER = ("paper", "article", "preprint", "study")
NUMBERS = {"two": 2, "both": 2, "three": 3, "four": 4, "2": 2, "3": 3, "4": 4}
MAX_COMPARED = 4
Correct = Callable[[str], "str | None"]  # a description's words with their spelling mended
# Words that order or rank papers ('the latest paper', 'the second paper'): the router's.
ORDERING = re.compile(
    r"first|last|latest|newest|oldest|earliest|recent|most|least|best|top|previous|next|above"
    r"|same|other|original|cited|following|second|third|fourth|fifth|\d+(?:st|nd|rd|th)?",
    re.IGNORECASE,
)
# A comparison in other words: 'how KP-PLM and DKPLM each inject knowledge', 'X or Y: which'.
EACH = re.compile(r"\b(?:each|respectively)\b", re.IGNORECASE)
EITHER = re.compile(r"\bor\b", re.IGNORECASE)
WHICH_OR = re.compile(r"\bwhich\b.*\bor\b|\bor\b.*\bwhich\b", re.IGNORECASE)
# 'valley 2' for 'Valley2': a word and a small number typed apart.
SPACED_NUMBER = re.compile(r"\b([A-Za-z][A-Za-z-]*) (\d{1,2})\b")
NAME_TOKEN = re.compile(r"(?<![\w-])[A-Za-z][\w-]*[\w](?![\w-])")
# ... or the number spelt out: 'valley two', 'Valley-three' (joined only to a paper's name)
DIGIT_OF = {
    w: str(n)
    for n, w in enumerate("zero one two three four five six seven eight nine".split())  # noqa: SIM905
}
NUMBERED = re.compile(
    r"(?<![\w-])([A-Za-z][\w-]*[A-Za-z])[ -](\d|" + "|".join(DIGIT_OF) + r")(?!\w|\.\d)",
    re.IGNORECASE,
)
# The words that end a title's leading name ('Reverse Modeling in ...')
HEAD_ENDS = frozenset("in for of with via to on from and by using through towards as at".split())  # noqa: SIM905
OPENING_WORDS = 3  # a title's first words that name it in a question, at the least
PREFIX = 3
# 'spam proto', 'kaleido bret': a name typed as two words with one slip; names this long
# only, so that two words of a question rarely come one slip from one by chance.
SLIP_LENGTH = 7
PAIR = re.compile(r"(?<![\w'’-])(?=([A-Za-z][A-Za-z0-9]*)[ -]([A-Za-z][A-Za-z0-9]*)(?![\w-]))")
# Several papers said right after two words: 'fashion bert papers', 'fashion BERT works'
SEVERAL = re.compile(r"\s+(?:papers|works|articles|preprints|studies|ones)\b", re.IGNORECASE)
# What a paper is or has, said next to a lower-case name that is also a word ('the valley
# paper', 'viper benchmark', 'cure second stage', 'paper valley'): the word names the paper.
PAPER_PART = (
    r"papers?|model|models|benchmarks?|datasets?|data|code|repo|github|methods?|framework"
    r"|authors?|results?|summary|size|stages?|backbone|encoder|architecture|training|pipeline"
    r"|scores?|accuracy|performance|experiments?|evaluation|baselines?|version|release|variants?"
    r"|metric|metrics|loss|losses|objective|languages|preprint|article|study|original|first"
)
# What a paper does, said right after the name (an adverb between): 'what does viper measure',
# 'coral tested on', 'viper just scores the last frame', 'so valley was her 2024 model'.
PAPER_DOES = (
    r"(?:(?:just|only|really|actually|also|mainly|mostly|even)\s+)?"
    r"(?:measur|test|use|propos|scor|evaluat|train|introduc|achiev|report|claim|beat|outperform"
    r"|handl|cover|compar|differ|rel|need|show|find|found|target|support|improv|reduc|learn"
    r"|buil|construct|releas|publish|judg|check|focus|work|made|make|do|did|is|was|came|come"
    r"|use|add|propose|predict|generat|benchmark|assess|rank|cit)\w*"
)
NAMED_AFTER = re.compile(
    rf"^(?:['’]s?\b|\s*\(|\s+(?:[\w-]+\s+)?(?:{PAPER_PART})\b|\s+{PAPER_DOES}\b)",
    re.IGNORECASE,
)
# ... or right after what it is, or as the one of two set side by side or looked into:
# 'the paper valley', 'languages in merit?', 'valley2 vs valley'
NAMED_BEFORE = re.compile(
    rf"(?:\b(?:{PAPER_PART})\s+|\b(?:vs\.?|versus|than|and|or)\s+)$", re.IGNORECASE
)
CLOSING = re.compile(r"^\s*(?:[?.!,;:)]|$)")
AN_ARTICLE = re.compile(r"\b(?:a|an)\s+$", re.IGNORECASE)
IN_ONE = re.compile(r"\b(?:in|of|from|about|for)\s+$", re.IGNORECASE)


def asks_compare(question: str, vote: Vote, intent: str) -> bool:
    """A comparison asked: a comparing word or the classifier's vote (read last); about
    papers' content ('how do X and Y each ...', 'X or Y: which ...'), an 'each' or 'which ...
    or' too."""
    return compare_worded(question, intent) or vote.operation == "compare"


def compare_worded(question: str, intent: str) -> bool:
    """A comparison the question's words ask, the classifier's vote aside."""
    if COMPARE.search(question):
        return True
    return intent == "retrieval" and bool(EACH.search(question) or WHICH_OR.search(question))


def either_named(question: str, named: Sequence[Paper]) -> bool:
    """'mmlongcite or viper for long videos?': two named papers offered as a choice, a
    comparison of the two (not a yes/no: 'does KECP or UPT use prompts?')."""
    return len(named) == 2 and bool(EITHER.search(question)) and not YES_NO.match(question)


def _named_here(m: re.Match[str]) -> bool:
    """A paper's name that is also a word ('valley', 'merit'), typed in lower case, read as
    the paper where the sentence speaks of a paper: what it is or has next to it ('valley's
    code', 'the viper benchmark', 'paper valley'), what it does after it ('what does viper
    measure'), set against another ('valley2 vs valley'), or closing an 'in'/'of' phrase
    ('languages in merit?'). 'A valley between peaks' stays a word."""
    before, after = m.string[: m.start()], m.string[m.end() :]
    if AN_ARTICLE.search(before):
        return False
    if NAMED_AFTER.match(after) or NAMED_BEFORE.search(before):
        return True
    return bool(IN_ONE.search(before) and CLOSING.match(after))


def _one_out(word: str) -> set[str]:
    """The word and its forms with one letter left out."""
    return {word, *(word[:i] + word[i + 1 :] for i in range(len(word)))}


class TitleIndex:
    """Each title's words, keyed by their first letters, and its opening words; built once."""

    def __init__(
        self, papers: Sequence[Paper], names: NameIndex, columns: PaperColumns | None = None
    ) -> None:
        """`columns`: the papers' columns, whose titles and ids are read instead of the papers."""
        self.papers, self.names = papers, names
        titles = columns.titles() if columns else [p.title for p in papers]
        ids = columns.ids if columns else [p.id for p in papers]
        self._at = columns.row if columns else {pid: i for i, pid in enumerate(ids)}
        self._titles = titles
        self._columns = columns
        self._kept: TitleWords | None = None  # the title words' places, once first needed
        self._lock = threading.Lock()
        self.likeness = Likeness(papers)  # papers described in other words than a title's
        # Each one-word name a paper goes by ('HRKD', 'RetiZero'; not 'PTS', 'pts' for points)
        self._cased: dict[str, str] = {}
        for i, alias in names.one_word():
            if len(alias) > 3 and NAME_TOKEN.fullmatch(alias) and alias != titles[i]:
                self._cased.setdefault(alias.casefold(), alias)
        # Each such name, hyphens dropped, and its forms with one letter left out: a form
        # typed one slip away (a letter missing, extra, wrong or two swapped) shares one.
        # A title without a short name, by the two content words before its first linking
        # word ('Reverse Modeling' of 'Reverse Modeling in Large Language Models'): read as
        # the paper when a field of it is asked ('reverse modeling code available?')
        heads: dict[str, list[str]] = {}
        for i, title in enumerate(titles):
            words = title.split()
            cut = next((k for k, w in enumerate(words) if w.casefold() in HEAD_ENDS), 0)
            head = words[:cut]
            if (
                cut == 2
                and names.aliases[i][0] == title
                and not set(map(str.casefold, head)) & STOPWORDS
            ):
                heads.setdefault(" ".join(head).casefold(), []).append(title)
        self._heads = {h: t[0] for h, t in heads.items() if len(t) == 1}
        self._slips: dict[str, set[str]] = {}
        # ... and hyphens dropped, as typed apart or together ('v-faith', 'r1 sharevl')
        self._folded = {low.replace("-", ""): alias for low, alias in self._cased.items()}
        for low, alias in self._cased.items():
            plain = low.replace("-", "")
            if len(plain) >= SLIP_LENGTH:
                for form in _one_out(plain):
                    self._slips.setdefault(form, set()).add(alias)

    def _index(self) -> TitleWords:
        """The title words' places, at the first question that describes or opens a title:
        a kept profile's are looked up in its file, others indexed here once."""
        with self._lock:
            if self._kept is None:
                columns = self._columns
                self._kept = columns.title_words() if columns else TitlesInMemory(self._titles)
            return self._kept

    def _words(self, row: int, hyphens: bool) -> list[str]:
        """A title's words, split when a question needs them (not kept for every title)."""
        return _tokens(self._titles[row], hyphens)

    def cased(self, question: str, known: frozenset[str], meta: bool = False) -> str:
        """Paper names typed in lower case ('hrkd github link?', 'retizero') written as the
        papers write them, when the word is no English word (`known`): 'merit' and 'valley'
        stay words, as the name index reads them, unless the question asks a paper's
        metadata (`meta`: 'who wrote valley', 'when was merit published')."""

        def name(m: re.Match[str]) -> str:
            word = m[0]
            low = word.casefold()
            proper = self._cased.get(low) or self._folded.get(low.replace("-", ""))
            if proper is None or low in STOPWORDS:
                return word
            if low in known and not meta and not _named_here(m):
                return word
            return proper

        def joined(m: re.Match[str]) -> str:  # 'valley 2', 'valley two': Valley2
            number = DIGIT_OF.get(m[2].casefold(), m[2])
            return self._cased.get((m[1] + number).casefold(), m[0])

        if meta:
            question = self._headed(question)
        if not self._cased or not known:  # no dictionary (a remote embedder): no judging
            return question
        question = self._apart(NUMBERED.sub(joined, question))
        return NAME_TOKEN.sub(name, question)

    def _headed(self, question: str) -> str:
        """A title's two leading words said for it ('reverse modeling'), as its title."""
        for head, title in self._heads.items():
            said = r"(?<![\w-])" + r"[\s-]+".join(map(re.escape, head.split())) + r"(?![\w-])"
            if not re.search(re.escape(title), question, re.IGNORECASE):
                question = re.sub(said, title, question, count=1, flags=re.IGNORECASE)
        return question

    def _apart(self, question: str) -> str:
        """A name typed as two words, one slip off ('spam proto', 'kaleido bret'), written
        as the paper writes it; left as typed when the slip could be another name's."""
        parts, at = [], 0
        for m in PAIR.finditer(question):
            if m.start() < at:
                continue
            after = question[m.start() + len(m[1]) + 1 + len(m[2]) :]
            if SEVERAL.match(after):  # 'the two fashion BERT papers': several, no one name
                continue
            typed = (m[1] + m[2]).casefold()
            exact = self._folded.get(typed)
            if len(typed) < SLIP_LENGTH - 1 and exact is None:
                continue
            found = {exact} if exact else set()
            found = found or set().union(*(self._slips.get(f, set()) for f in _one_out(typed)))
            if len(found) == 1:
                end = m.start() + len(m[1]) + 1 + len(m[2])
                parts += [question[at : m.start()], found.pop()]
                at = end
        return "".join([*parts, question[at:]])

    def titled(self, description: str) -> list[Paper]:
        """Papers whose title holds the description's words one after another, each word
        the start of a title word ('session rec' in 'Session-based Recommendation')."""
        kept = self._index()
        found: set[int] = set()
        for hyphens in (False, True):
            want = [_stem(t) for t in _tokens(description, hyphens)]
            if not want or len(want[0]) < 2:
                continue
            # Tried where the description's rarest word is, not at every title word.
            spots = [kept.places(hyphens, w, prefix=len(w) >= PREFIX) for w in want]
            rare = min(range(len(want)), key=lambda k: len(spots[k]))
            for i, at in spots[rare].tolist():
                at -= rare
                title = self._words(i, hyphens)[at : at + len(want)] if at >= 0 else []
                if len(title) == len(want) and all(
                    t.startswith(w) if len(w) >= PREFIX else t == w
                    for t, w in zip(title, want, strict=True)
                ):
                    found.add(i)
        return [self.papers[i] for i in sorted(found)]

    def openings(self, question: str) -> list[Paper]:
        """Papers whose title's first words (three or more, two of them content words) the
        question writes one after another ('Global Context Enhanced GNN')."""
        kept = self._index()
        asked = [_stem(t) for t in _tokens(question, False)]
        found: list[int] = []
        for at, word in enumerate(asked):
            for i in kept.openers(word):
                if i in found:
                    continue
                title = self._words(i, False)  # stemmed as far as the question follows it
                run = 0
                while run < min(len(title), len(asked) - at) and asked[at + run] == _stem(
                    title[run]
                ):
                    run += 1
                content = [w for w in map(_stem, title[:run]) if w not in STOPWORDS]
                if run >= min(OPENING_WORDS, len(title)) and len(content) >= 2:
                    found.append(i)
        return [self.papers[i] for i in found]

    def named(self, question: str) -> list[Paper]:
        """Papers named however typed ('valley 2', 'kp-plm', 'GCE-GNN'), or by the opening
        of their title, in the order the question names them."""
        text = SPACED_NUMBER.sub(r"\1\2", question)  # not 'Valley' in 'valley 2'
        found: dict[str, Paper] = {}
        for variant in (text, text.title(), text.upper()):
            found |= {p.id: p for p in self.names.named(variant)}
        found |= {p.id: p for p in self.openings(question)}
        folded = re.sub(r"[\s-]+", "", question.casefold())
        return sorted(found.values(), key=lambda p: self._position(folded, p))

    def _position(self, folded: str, paper: Paper) -> int:
        """Where the question (spaces and hyphens dropped) first names the paper."""
        at = [
            folded.find(re.sub(r"[\s-]+", "", name.casefold()))
            for name in [*self.names.aliases[self._at[paper.id]], *paper.title.split()[:2]]
        ]
        return min((a for a in at if a >= 0), default=len(folded))

    def descriptions(
        self, question: str, correct: Correct | None = None
    ) -> Iterator[tuple[re.Match[str], list[Paper]]]:
        """Each 'the <words> paper(s)' the question says, with the papers its words name
        (none when the words order or rank papers, or say nothing particular); `correct`
        mends the words' spelling when, as typed, they name nothing ('sesion-based')."""
        for m in DESCRIBED.finditer(question):
            words = m["desc"].split()
            if any(ORDERING.fullmatch(w) for w in words):
                continue
            general = GENERAL_WORDS | STOPWORDS
            if all(w.casefold() in general or ORDINAL.fullmatch(w) for w in words):
                continue
            found = self.titled(m["desc"])
            if not found and correct is not None and (fixed := correct(m["desc"])):
                found = self.titled(fixed) if fixed != m["desc"] else []
            yield m, found

    def resolve(self, question: str, correct: Correct | None = None) -> str:
        """The question with each description that names papers replaced by their names:
        one paper for 'the X paper'; for 'the (two) X papers' in a comparison, as many as it
        says (two to four without a number)."""
        compare = bool(COMPARE.search(question) or EACH.search(question))
        for m, papers in reversed(list(self.descriptions(question, correct))):
            noun = m["noun"].casefold()
            if self._named_after(question[m.end() :]):
                continue  # 'the NLP paper FashionLOGO': the name says which; the words describe it
            if m["owner"] and noun not in ONE_PAPER:
                continue  # 'qiu's vision papers' are all of them, not two to compare
            plural = noun not in ONE_PAPER and noun != "work"
            wanted = NUMBERS.get((m["n"] or m["m"] or "").casefold())
            if wanted and m["m"] and len(self.named(question)) >= wanted:
                continue  # 'Qiu's two knowledge-enhanced PLM papers, DKPLM and KANGAROO'
            if plural and wanted and len(papers) != wanted:  # 'the two fashion BERT papers'
                papers = next(
                    (found for found in self._several(m["desc"]) if len(found) == wanted), papers
                )
            if noun in ONE_PAPER and wanted is None and len(papers) == 1:
                start, end, said = m.start("desc"), m.end("desc"), self._name(papers[0])
            elif plural and (
                len(papers) == wanted  # as many as it says: those papers, whatever is asked
                or (compare and wanted is None and 2 <= len(papers) <= MAX_COMPARED)
            ):
                start, end = m.start(), m.end()
                said = " and ".join(self._name(p) for p in papers)
            else:
                continue
            question = question[:start] + said + question[end:]
        return self._likened(question)

    def _named_after(self, text: str) -> bool:
        """Does the text open with a paper's name ('FashionLOGO, what task ...')?"""
        first = re.match(r"[\s,:]*[\"'‘“]?([\w][\w.-]*)", text)
        return first is not None and bool(self.names.named(first[1]))

    def _several(self, description: str) -> Iterator[list[Paper]]:
        """The papers a counted description means, read two more ways: by its meaning, and
        by titles holding each of its words, inside a name too ('fashion' and 'BERT' in
        'FashionBERT' and in 'Kaleido-BERT ... Fashion Domain'); only asked when a count is
        said and the title words in a row give another number of papers."""
        yield self.likeness.described(description)
        said = [w.casefold() for w in re.findall(r"[^\W_]+", description)]
        said = [w for w in said if w not in STOPWORDS and w not in GENERAL_WORDS]
        if said:
            folded = [re.sub(r"[\s-]+", "", t.casefold()) for t in self._titles]
            yield [self.papers[i] for i, t in enumerate(folded) if all(w in t for w in said)]

    def _likened(self, question: str) -> str:
        """The question with each 'the <words> paper/one/model' that names no paper by name
        or title replaced by the one paper its words describe clearly best ('the fundus
        model': RetiZero), or the two they describe alike ('the logo one'); a kind of paper
        said ('the rl survey', 'the survey on RL reasoning') weighs which papers are one."""
        named = {p.id for p in self.named(question)}
        found: list[tuple[int, int, str]] = []
        for m in [*described_ones(question), *KIND_ON.finditer(question)]:
            if self.named(m["desc"]) or self.named(m[0]):
                continue
            desc, kind = said_kind(m)
            # beside a paper named, 'the X benchmark' may be one it uses ('GThinker on the
            # comprehensive multimodal reasoning benchmark', 'the fine-tuning framework
            # proposed in the MERIT paper'): a kind is read as pointing at no paper then
            if kind and (loose(desc) or named):
                continue
            papers = self.likeness.described(desc, kind=kind)
            # not a paper the question names ('the fundus model RetiZero', 'the two variants
            # of SRGI in the session-based recommendation paper')
            if len(papers) == 1 and papers[0].id not in named:
                end = self._held_to(m, papers[0])
                found.append(replaced(m, self._name(papers[0]), end))
        at = len(question) + 1
        for start, end, said in sorted(found, key=lambda t: -t[0]):
            if end <= at:  # spans said twice (a kind both before and after) replaced once
                question = question[:start] + said + question[end:]
                at = start
        return question

    def _held_to(self, m: re.Match[str], paper: Paper) -> int:
        """Where the description ends: at its last word the paper holds ('the survey on RL
        reasoning [leaves out]': the question's own verb stays)."""
        said = list(re.finditer(r"[\w/-]+", m["desc"]))
        while len(said) > 1 and not self.likeness.holds(paper, said[-1][0]):
            said.pop()
        return m.start("desc") + said[-1].end()

    def clause_named(self, question: str, nearest: Callable[[str], str | None]) -> str:
        """The question with 'the paper where <what happens in it>' replaced by the one
        paper that clause describes clearly best ('the benchmark judging generated videos by
        their in-between steps': VIPER), or best by its words and first by its meaning
        (`nearest`: the id of the paper a search by meaning ranks first); as it is when none
        does, or several match alike."""
        m = DESCRIBED_CLAUSE.search(question)
        if m is None or self.named(m["desc"]) or self.named(question):
            return question
        said = f"{m['noun']} {m['desc']}"
        papers = self.likeness.described(said, covered=CLAUSE_COVERED)
        if not papers:
            close = self.likeness.described(said, covered=CLAUSE_COVERED, margin=CLAUSE_MARGIN)
            papers = close if len(close) == 1 and nearest(said) == close[0].id else []
        if len(papers) != 1:
            return question
        # a one-word name reads as a name wherever it stands ('VIPER', not 'Beyond the Last
        # Frame', whose words read as a comparison)
        short = next((a for a in self.aliases(papers[0]) if len(a.split()) == 1), None)
        return question[: m.start()] + (short or self._name(papers[0])) + question[m.end() :]

    def _name(self, paper: Paper) -> str:
        return self.names.aliases[self._at[paper.id]][0]

    def aliases(self, paper: Paper) -> list[str]:
        """The names the paper goes by, its title last."""
        return list(self.names.aliases[self._at[paper.id]])
