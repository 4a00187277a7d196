"""How papers name things: the short name a paper gives itself, and topics its text names."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator, MutableMapping, Sequence, Set
from typing import Protocol

from retrieval.index.aliases import GENERIC as GENERIC  # re-exported: prompts read it here
from retrieval.index.aliases import _abstract_name, aliases
from retrieval.index.keyword import Days, Found, KeywordIndex
from retrieval.index.papers import PaperRows, PaperTable
from retrieval.model import Paper
from retrieval.phrases import PhraseIndex
from retrieval.text import STOPWORDS, compiled, glued_name, split_sentences, stem
from retrieval.text import words as text_words

SENTENCE_GAP = re.compile(r"(?<=[.!?])\s+")  # where `mentions` ends a sentence
# Where a text names a topic: the title itself, or an abstract and a place in it (`_sentence_at`)
Where = str | tuple[str, int]


def nickname(paper: Paper) -> str | None:
    """The short name a paper gives itself in its abstract ('namely, Meta-SN'), if its
    title does not already start with one."""
    return _abstract_name(paper) if paper.short_title == paper.title else None


def _mixed_case(name: str) -> bool:
    """'SpanProto', 'Meta-SN', 'Valley2': capitals inside a word, or digits, as no common word
    has; all-capital names ('MERIT', 'CURE') may be words and must keep their capitals."""
    if " " in name or name.isupper():
        return False
    return re.search(r"[a-z][A-Z]|[A-Z]{2,}[a-z]|\d|-", name) is not None


def _named_at(text: str, folded: str, paper: Paper, names: list[str]) -> int | None:
    """Where the question names the paper (by the first of its names it uses), or None."""
    for name in names:
        if name.split()[0].casefold() not in folded:  # cheap test before the regex
            continue
        # a name's words spaced or hyphened ('Unified Prompt-Tuning' for 'Unified Prompt Tuning')
        pattern = r"(?<![\w-])" + r"[\s-]+".join(map(re.escape, name.split())) + r"(?![\w-])"
        m = compiled(pattern).search(text) or compiled(pattern + r"(?=\s+paper)", re.I).search(text)
        # 'spanproto' is no English word; 'beyond the last frame', a short title of three or
        # more words, is no phrase said by chance
        if name == paper.title or _mixed_case(name) or len(name.split()) >= 3:
            m = compiled(pattern, re.IGNORECASE).search(text)
        if m:
            return m.start()
    return None


# Two names side by side, as a comparison or a pair says them: 'X vs Y', 'X or Y', 'X & Y'
PAIRED = r"\s*(?:,|&|/|\bvs\.?|\bversus|\bor|\band|\bwith|\bagainst|\bto|\bfrom)\s*(?:the\s+)?"


def _beside_named(text: str, names: list[str], named: set[str], whole: set[str]) -> int | None:
    """Where a one-word name is typed in any case right beside another paper's name, as a
    pair says them: an all-capitals one ('UPT', 'VIPER') beside a word of that name (`named`,
    folded: 'cp-tuning vs upt', 'MMLongCite or viper'), any other ('Valley') beside a whole
    name (`whole`, folded: 'valley and valley2'). The pair makes it a name, not the word
    'viper' or 'valley'. None when it stands alone ('a valley in the data')."""
    for name in (n for n in names if " " not in n):
        beside = named if name.isupper() else whole
        said = rf"(?<![\w-]){re.escape(name)}(?![\w-])(?!\s*\d)"  # not 'valley 3': Valley3
        for m in re.finditer(said, text, re.IGNORECASE):
            before = re.search(rf"(?<![\w-])([\w-]+){PAIRED}$", text[: m.start()])
            after = re.match(rf"{PAIRED}([\w-]+)", text[m.end() :])
            if any(side and side[1].casefold() in beside for side in (before, after)):
                return m.start()
    return None


class KeptNames(Protocol):
    """Every paper's `aliases` kept on disk (retrieval/index/papers.py), read per question."""

    def __len__(self) -> int: ...
    def __getitem__(self, row: int) -> list[str]: ...
    def phrases(self) -> PhraseIndex[int]:
        """The names by their words, valued by row, looked up on disk."""
        ...

    def one_word(self) -> list[tuple[int, str]]:
        """(row, name) of every name without a space."""
        ...


class NameIndex:
    """Every paper's names (`aliases`), indexed once when a profile is opened, so finding the
    papers a question names costs the same whatever the number of papers."""

    def __init__(
        self,
        papers: Sequence[Paper],
        names: list[list[str]] | None = None,
        kept: KeptNames | None = None,
    ) -> None:
        """`names`: each paper's `aliases`, when already derived (else derived here); `kept`:
        the names kept on disk, looked up there instead of indexed in memory."""
        self.papers = papers
        self._kept = kept
        self.aliases: Sequence[list[str]] | KeptNames
        if kept is not None:
            self.aliases, self._phrases = kept, kept.phrases()
            return
        self._names = names if names is not None else [aliases(paper) for paper in papers]
        self.aliases, self._phrases = self._names, PhraseIndex()
        for i, known in enumerate(self._names):
            for name in known:
                self._phrases.add(name, i)

    def one_word(self) -> list[tuple[int, str]]:
        """(row, name) of every name without a space (one-word names among them)."""
        if self._kept is not None:
            return self._kept.one_word()
        return [(i, n) for i, known in enumerate(self._names) for n in known if " " not in n]

    def named(self, text: str) -> list[Paper]:
        """See `named_papers`."""
        found: list[tuple[int, Paper]] = []
        folded = " ".join(text.split()).casefold()
        unconfirmed = []
        for i in sorted(self._phrases.find(text)):  # candidates, confirmed by the rules
            start = _named_at(text, folded, self.papers[i], self.aliases[i])
            if start is not None:
                found.append((start, self.papers[i]))
            else:
                unconfirmed.append(i)
        if found:  # 'cp-tuning vs upt', 'valley & valley2': a name typed low, beside one found
            names = {a.casefold() for _, p in found for a in aliases(p)}
            said = {w for a in names for w in a.split()}
            for i in unconfirmed:
                if (start := _beside_named(text, self.aliases[i], said, names)) is not None:
                    found.append((start, self.papers[i]))
        return [paper for _, paper in sorted(found, key=lambda f: f[0])]

    def titles_said(self, text: str) -> list[tuple[int, int]]:
        """The spans where the text gives a paper's whole title (in any case): the words a
        question quotes, never to be mended."""
        spans = []
        folded = " ".join(text.split()).casefold()
        for i in sorted(self._phrases.find(text)):
            title = self.papers[i].title
            if title.split()[0].casefold() not in folded:
                continue
            pattern = r"(?<![\w-])" + r"\s+".join(map(re.escape, title.split())) + r"(?![\w-])"
            spans += [m.span() for m in compiled(pattern, re.IGNORECASE).finditer(text)]
        return sorted(spans)


def named_papers(text: str, papers: list[Paper], index: NameIndex | None = None) -> list[Paper]:
    """Papers a question names, in order of mention. Short names match with their own
    capitals ('MERIT', not 'merit') unless followed by 'paper'; titles match in any case.
    `index`: the papers' NameIndex, built once (else built here, at the cost of a scan)."""
    return (index if index is not None else NameIndex(papers)).named(text)


def paper_label(paper: Paper) -> str:
    """The title, prefixed by the paper's own short name when the title lacks one."""
    nick = nickname(paper)
    return f"{nick}: {paper.title}" if nick and nick not in paper.title else paper.title


def _spellings(words: list[str]) -> list[list[str]]:
    """Each word as `_phrase` lets it be written: without a final 's', with 's' or 'es'; a
    compound also as one word ('multi-task' as 'multitask')."""
    bases = [w.removesuffix("s") if len(w) > 3 else w for w in words]
    return [
        list(
            dict.fromkeys(
                f"{v}{end}" for v in (b, b.replace("-", ""), _unglued(b)) for end in ("", "s", "es")
            )
        )
        for b in bases
    ]


def _unglued(word: str) -> str:
    """A name typed glued to its version, with the hyphen papers write ('gpt4o': 'gpt-4o')."""
    name = glued_name(word)
    return f"{name}-{word[len(name) :]}" if name else word


def _part(word: str) -> str:
    """One word of a topic as a text may write it: a compound with its parts hyphened, spaced
    or joined ('multi-task', 'multi task', 'multitask'), a final 's' or 'es' or not."""
    base = word.removesuffix("s") if len(word) > 3 else word
    return r"[\s-]?".join(map(re.escape, _unglued(base).split("-"))) + r"(?:s|es)?"


# A name written with its version glued after ('Qwen2.5-VL', 'Bleu4', 'GPT-4o') or a short
# prefix with a digit before ('3D-NEXRAD'): the name said alone ('Qwen', 'BLEU', 'NEXRAD').
VERSION_AFTER = r"|(?=-?v?\d)"
PREFIX_BEFORE = r"|(?<=\d[a-z]-)|(?<=\d-)"


def _phrase(words: list[str]) -> str:
    # A word with a digit ('7b', 'gpt-4') may be a part of a longer name ('Qwen-2.5-Math-7B').
    before = r"(?<!\w)(?<!\d\.)" if re.search(r"\d", words[0]) else r"(?<![\w-])"
    after = r"(?!\w|\.\d)" if re.search(r"\d", words[-1]) else r"(?![\w-])"
    if re.fullmatch(r"[a-z]{3,}", words[0]):
        before = rf"(?:{before}{PREFIX_BEFORE})"
    if re.fullmatch(r"[a-z]{3,}", words[-1]):
        after = rf"(?:{after}{VERSION_AFTER})"
    return before + r"[\s-]+".join(map(_part, words)) + after


# The papers among some ids (None: all of them), in the order given: a caller that keeps
# the papers in columns (retrieval/index/columns.py) answers without a pass over every paper
# (and narrows the keyword index's `Found` rows with arrays).
Among = Callable[[Set[str] | None], Sequence[Paper]]
Bracketed = Callable[[str], Set[str] | None]


def _candidates(papers: list[Paper], found: Set[str] | None) -> list[Paper]:
    return papers if found is None else [p for p in papers if p.id in found]


def expansion(
    papers: list[Paper],
    acronym: str,
    keywords: KeywordIndex | None = None,
    among: Among | None = None,
    bracketed: Bracketed | None = None,
) -> str | None:
    """What the listing spells an acronym out as ('RL' -> 'reinforcement learning'), if it does.
    `keywords`: the profile's keyword index, to read only the papers that use the acronym;
    `among`: picks those from the papers (default: a pass over `papers`); `bracketed`: the
    papers writing a word alone in brackets (None: unknown), the only ones that can define it
    (an acronym that is also a common word, 'IT', is no term of the keyword index)."""
    defined = compiled(r"((?:[\w-]+\s+){1,6})\(\s*" + re.escape(acronym) + r"s?\s*\)")
    low = acronym.casefold()
    found = bracketed(acronym) if bracketed is not None else None
    if found is None:
        found = keywords.papers_with([[low, low + "s"]]) if keywords is not None else None
    for paper in among(found) if among is not None else _candidates(papers, found):
        if acronym not in paper.abstract:  # cheap test before the regex (it needs the acronym)
            continue
        for m in defined.finditer(paper.abstract):
            words = m.group(1).split()[-len(acronym) :]
            if "".join(w[0] for w in words).upper() == acronym.upper():
                return " ".join(words).casefold()
    return None


def mentions(
    papers: list[Paper],
    topic: str,
    keywords: KeywordIndex | None = None,
    among: Among | None = None,
    first: tuple[int, Callable[[Sequence[Paper]], Sequence[Paper]]] | None = None,
    bracketed: Bracketed | None = None,
    days: Days | None = None,
    newest: int | None = None,
) -> Said:
    """Papers whose title or abstract names the topic, spelled out or as the acronym the
    listing defines for it ('reinforcement learning (RL)'): id -> the sentence naming it
    (found when it is first read: a count cites a few of the hundreds of papers it counts).
    `keywords`: the profile's keyword index; only the papers it finds with the topic's words
    (or a term like the acronym) are read, so the cost follows the matches, not the profile.
    `among`: picks those from the papers (see `expansion`). `first`: (n, order): only the
    first n mentions in that order of the papers (the earliest six, say), read until found.
    `bracketed`: see `expansion`. `days`: the first and last date (ordinals) of the papers
    `among` can keep, asked of the keyword index so it returns only theirs (a count in one
    year reads that year's matches); None: any date. `newest`: the caller reads only the
    newest `newest` candidates `among` keeps (`first`, newest first): the keyword index is
    asked for the newest papers naming each phrase (enough of them kept, else all). Without
    `first`, candidates kept on disk that the keyword index finds saying the topic's words are
    not read (`_said_rows`)."""
    words = re.findall(r"[\w]+(?:-[\w]+)*", topic.casefold())
    if not words:
        return Said()
    patterns = [_Named(words)]
    wanted: list[list[list[str]] | str] = [_spellings(words)]
    said = _said_spellings(words)
    typed = topic.strip()
    if len(words) == 1 and re.fullmatch(r"[A-Z]{2,6}s?", typed):  # 'GNN', 'GNNs'
        typed = typed.removesuffix("s")
        spelled = expansion(papers, typed, keywords, among, bracketed)
        words = spelled.split() if spelled else [typed.casefold()]
        patterns.append(_Named(words))
        wanted.append(_spellings(words))
        if len(typed) >= 3:
            words = list(typed.casefold())  # its letters: the acronym itself, below
    acronym = "".join(w[0] for w in words).upper()
    # 'graph neural networks' -> GNN: a three-letter acronym is taken as read; a shorter one
    # ('KD') only when the listing defines it so ('knowledge distillation (KD)').
    if len(words) > 1 and (
        len(acronym) >= 3
        or expansion(papers, acronym, keywords, among, bracketed) == " ".join(words)
    ):
        # 'GNN' in 'BGNN' and 'GCE-GNN': a kind of it, named by a longer acronym.
        patterns.append(_Named(acronym=acronym))
        wanted.append(f"[a-z]{{0,4}}{acronym.lower()}.*" if acronym.isalnum() else "")
    if len(words) == 1 and re.fullmatch(r"[a-z]{3,}", words[0]):  # 'qwen': 'qwen2', 'bleu4'
        wanted.append(rf"{words[0]}\d.*")
    union = _union(keywords, wanted, days, (newest, among) if newest and among else None)
    candidates = among(union) if among is not None else _candidates(papers, union)
    if first is None and keywords is not None and isinstance(candidates, PaperRows):
        return _said_rows(candidates, patterns, keywords.papers_saying(said, days))
    found = Said()
    if first is not None:
        candidates = first[1](candidates)
    for paper in candidates:
        if first is not None and len(found) >= first[0]:
            break
        if (where := _named_where(paper, patterns)) is not None:
            found.at(paper.id, where)
    return found


def _said_spellings(words: list[str]) -> list[list[str]]:
    """Each word's spellings as one word of the keyword index's `said` terms (`_spellings`
    that `_part` matches whole), when the words' phrase matches wherever the index finds them
    said one after another; [] when it may not: a first or last word with a digit looks
    beyond its word ('gpt-4' is not said in 'gpt-4.5')."""
    if re.search(r"\d", words[0]) or re.search(r"\d", words[-1]):
        return []
    return [
        [s for s in spellings if compiled(_part(word), re.IGNORECASE).fullmatch(s)]
        for word, spellings in zip(words, _spellings(words), strict=True)
    ]


def _named_where(paper: Paper, patterns: list[_Named]) -> Where | None:
    """Where the paper names the topic: its title, else its abstract at the earliest match;
    None when neither does."""
    if any(rx.search(paper.title) for rx in patterns):
        return paper.title
    # A name has no sentence end inside it: the first sentence naming it is the one
    # around the earliest match in the whole text (no split of every abstract).
    starts = [m.start() for rx in patterns if (m := rx.search(paper.abstract))]
    return (paper.abstract, min(starts)) if starts else None


def _said_rows(candidates: PaperRows, patterns: list[_Named], proven: Found) -> Said:
    """`mentions` among candidates kept on disk: those the keyword index finds saying the
    topic's words one after another (`proven`: `_phrase` matches there) are not read; only
    the others are, and a counted paper's sentence when it is asked for (a count cites a few
    of the hundreds it counts)."""
    table, sure = candidates.table, set(proven.rows.tolist())
    if len(proven.ids) != len(table):  # rows of another table: read them all
        sure = set()
    unsure = [r for r in candidates.rows if r not in sure]
    read = dict(zip(unsure, table.rows(unsure), strict=True))
    found = Said()
    for row in candidates.rows:
        if row in sure:
            found.later(proven.ids[row], functools.partial(_read_where, table, row, patterns))
        elif (where := _named_where(read[row], patterns)) is not None:
            found.at(read[row].id, where)
    return found


def _read_where(table: PaperTable, row: int, patterns: list[_Named]) -> Where:
    paper = table.rows([row])[0]
    return _named_where(paper, patterns) or paper.title  # proven to name it: never None


class Said(MutableMapping[str, str]):
    """Paper id -> the sentence naming a topic, in the order found; a sentence given by its
    place in an abstract (`at`) is cut from it when first read, one given by how to find it
    (`later`) is found when first read; then kept."""

    def __init__(self) -> None:
        self._said: dict[str, Where | Callable[[], Where]] = {}

    def at(self, paper_id: str, where: Where) -> None:
        """The title, or the sentence of an abstract around a place (cut when read)."""
        self._said[paper_id] = where

    def later(self, paper_id: str, find: Callable[[], Where]) -> None:
        """The sentence `find` gives, asked when it is read."""
        self._said[paper_id] = find

    def __getitem__(self, paper_id: str) -> str:
        said = self._said[paper_id]
        if callable(said):
            said = said()
        if isinstance(said, tuple):
            said = _sentence_at(*said)
        self._said[paper_id] = said
        return said

    def __setitem__(self, paper_id: str, sentence: str) -> None:
        self._said[paper_id] = sentence

    def keep(self, other: Said) -> None:
        """`other`'s papers not here yet, added after these (their sentences still uncut)."""
        for paper_id, said in other._said.items():
            self._said.setdefault(paper_id, said)

    def __delitem__(self, paper_id: str) -> None:
        del self._said[paper_id]

    def __iter__(self) -> Iterator[str]:
        return iter(self._said)

    def __len__(self) -> int:
        return len(self._said)

    def __contains__(self, paper_id: object) -> bool:
        return paper_id in self._said


class _Named:
    """How a text names a topic: its words as `_phrase` allows (any case), or its acronym
    (`acronym`, as written, a longer one ending in it included)."""

    def __init__(self, words: Sequence[str] = (), acronym: str = "") -> None:
        if acronym:
            self.rx = compiled(r"(?<![\w-])(?:[A-Z]{1,4}-?)?" + acronym + r"s?(?![\w-])")
            self.lead = ""
            return
        self.rx = compiled(_phrase(list(words)), re.IGNORECASE)
        first = words[0].removesuffix("s") if len(words[0]) > 3 else words[0]
        lead = _unglued(first).split("-")[0]  # 'multi' of 'multi-task', 'multitask', ...
        self.lead = lead if lead.isascii() else ""  # every match starts so, in any case

    def search(self, text: str) -> re.Match[str] | None:
        """The first match, as `rx.search`; in ASCII text tried only where the phrase's first
        word appears (a scan for a lower-case string, then the pattern matched there, not
        searched through the rest: a common first word, 'learning' of 'learning to rank',
        appears in most of a count's candidates and the pattern failed at every place after
        it, ~45 us an abstract)."""
        if self.lead and text.isascii():
            low, at = text.lower(), -1
            while (at := low.find(self.lead, at + 1)) >= 0:
                if found := self.rx.match(text, at):
                    return found
            return None
        return self.rx.search(text)


def _sentence_at(text: str, at: int) -> str:
    """The piece of `re.split(SENTENCE_GAP, text)` that holds position `at` (a word)."""
    start = 0
    for gap in SENTENCE_GAP.finditer(text, 0, at):
        start = gap.end()
    after = SENTENCE_GAP.search(text, at)
    return text[start : after.start() if after else len(text)]


def _union(
    keywords: KeywordIndex | None,
    wanted: list[list[list[str]] | str],
    days: Days | None = None,
    newest: tuple[int, Among] | None = None,
) -> Set[str] | None:
    """The papers the keyword index finds for any of the wanted phrases (word spellings) or
    acronym regexes (dated within `days`, if given); None (read every paper) when one of them
    cannot be asked of it. `newest`: (n, among): of each, only the papers from the n-th
    newest on, when `among` keeps n of them (so the newest n of the union are among these)."""
    if keywords is None:
        return None
    found: Set[str] | None = None
    for want in wanted:
        if isinstance(want, str) and not (want.isascii() and want):
            return None
        got = _asked(keywords, want, days, newest[0] if newest else None)
        if newest and isinstance(got, Found) and got.cut and len(newest[1](got)) < newest[0]:
            got = _asked(keywords, want, days, None)  # too few kept: every paper naming it
        if got is None:
            return None
        found = got if found is None else found | got  # `Found`s stay rows (keyword.Found)
    return found if found is not None else set()


def _asked(
    keywords: KeywordIndex, want: list[list[str]] | str, days: Days | None, newest: int | None
) -> Found | None:
    if isinstance(want, str):
        try:
            return keywords.papers_like(want, days, newest)
        except ValueError:  # a regex beyond the index's size limit (a 300-letter 'word')
            return None  # every paper is read instead
    return keywords.papers_with(want, days, newest)


MIN_STEM = 5  # stems this long or longer meet their longer forms ('summar', 'summari')


def _same_stem(a: str, b: str) -> bool:
    short, long = sorted((a, b), key=len)
    return long.startswith(short) if len(short) >= MIN_STEM else short == long


def mentions_words(papers: list[Paper], topic: str) -> set[str]:
    """Papers with a sentence (or the title) holding every content word of a topic of two
    to four words, in any order and form: 'adapting to new domains' is named by 'domain
    adaptation', 'summarization evaluation' by 'Evaluating ... Summarization'."""
    if len([w for w in text_words(topic) if w not in STOPWORDS]) < 2:
        return set()  # one word ('e-commerce'): its parts are no topic of their own
    wanted = stem([w for w in text_words(topic, split_hyphens=True) if w not in STOPWORDS])
    if not 2 <= len(set(wanted)) <= 4:
        return set()
    found = set()
    for paper in papers:
        for sentence in [paper.title, *split_sentences(paper.abstract)]:
            have = stem(text_words(sentence, split_hyphens=True))
            if all(any(_same_stem(w, h) for h in have) for w in wanted):
                found.add(paper.id)
                break
    return found


def without_names_of(text: str, paper: Paper, typed: str) -> str:
    """The text less the words spelling out one of the paper's short names ('Knowledge
    Enhanced Contrastive Prompt-tuning (KECP)') that the asker did not type (`typed`: the
    question): a name read out in full pulls a search inside the paper to the sentence
    naming it. Empty when nothing is taken out or no content word is left."""
    names = [a for a in aliases(paper) if a != paper.title]
    said = {w.casefold() for w in re.findall(r"[\w-]+", typed)}
    spelled: set[str] = set()
    for name in names:
        for m in re.finditer(rf"((?:[\w-]+\s+){{1,6}})\({re.escape(name)}\)", paper.abstract):
            spelled |= {w.casefold() for w in m[1].split()} - said
    kept = [w for w in text.split() if w.casefold() not in spelled]
    content = [w for w in kept if w.casefold().strip("?.,!'’") not in STOPWORDS]
    return " ".join(kept) if content and len(kept) < len(text.split()) else ""
