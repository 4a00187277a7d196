"""A question said aloud or thumbed on a phone, read as if typed: spoken numbers and years in
digits ('twenty twenty four' 2024, 'fifty two' 52), letters spelled one by one read as the
profile's own codes and names ('see v' CV, 'el gee' LG, 's r g i' SRGI, 'meta s n' Meta-SN),
a category code typed in lower case where only a code fits ('cs.cv', 'the ai category'), a
version said as a word after a name with versions ('valley to' Valley2) and the dictated marks
('... question mark', '... full stop'). The same need then reads the same however it came in;
what the words are checked against is indexed once, when the profile is opened."""

from __future__ import annotations

import re
from collections.abc import Iterable

from prompts.understand.dates import SPOKEN_YEAR, spoken_year
from prompts.understand.terms import STOPWORDS

# How a letter is said aloud; 'see', 'are', 'why' are words too (see WORDLIKE).
LETTER_NAMES = {
    "ay": "a", "bee": "b", "be": "b", "see": "c", "sea": "c", "cee": "c", "dee": "d",
    "ee": "e", "ef": "f", "eff": "f", "gee": "g", "jee": "g", "aitch": "h", "eye": "i",
    "jay": "j", "kay": "k", "el": "l", "ell": "l", "em": "m", "en": "n", "oh": "o",
    "pee": "p", "pea": "p", "cue": "q", "queue": "q", "ar": "r", "are": "r", "ess": "s",
    "tee": "t", "tea": "t", "you": "u", "vee": "v", "ex": "x", "why": "y", "wye": "y",
    "zee": "z", "zed": "z",
}  # fmt: skip
# Letters said that are everyday words: a run of them alone spells nothing ('are you', 'a i').
WORDLIKE = frozenset(
    "a i be bee see sea are you why eye oh pea pee cue queue tea ex".split()  # noqa: SIM905
)
# A whole word: 'A100s' is one, never the letters 'a' and 's'.
WORD = re.compile(r"[\w'’]+(?:[.-][\w'’]+)*")
# 'question mark' / 'full stop' dictated at the end; not 'titles ending in a question mark'.
DICTATED_MARK = re.compile(
    r"(?<![\w-])(?P<before>[\w'’]+)\s+(?P<mark>question\s+mark|full\s+stop)\s*[?.!]*\s*$",
    re.IGNORECASE,
)
MARKS = {"question": "?", "full": "."}
NOT_BEFORE_MARK = frozenset(
    """a an the with in no any one its their his her end ends ending ended contain contains
    containing include includes including has have having use uses using""".split()  # noqa: SIM905
)
_UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TEENS_SAID = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen"
_TEENS = _TEENS_SAID.split()
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
VALUES = (
    {w: i + 1 for i, w in enumerate(_UNITS)}
    | {w: i + 10 for i, w in enumerate(_TEENS)}
    | {w: 20 + 10 * i for i, w in enumerate(_TENS)}
)
# A year said with its century in full or as 'oh': 'two thousand and three', 'twenty oh five'.
EARLY_YEAR = re.compile(
    rf"\b(?:two\s+thousand(?:\s+and)?|twenty\s+(?:oh|o))[\s-]+(?P<unit>{'|'.join(_UNITS)})\b",
    re.IGNORECASE,
)
# A year said as two pairs beyond those dates reads ('nineteen ninety nine', 'twenty fifty').
PAIRED_YEAR = re.compile(
    rf"\b(?P<century>nineteen|twenty)[\s-]+(?P<tens>{'|'.join(_TENS)})"
    rf"(?:[\s-]+(?P<unit>{'|'.join(_UNITS)}))?\b",
    re.IGNORECASE,
)
# A number said in words that is no small count: 'fifty two', 'twenty-one', 'thirty', 'twelve',
# 'three hundred', 'two thousand'. One to ten stay words: they are read as such everywhere
# ('the two papers', 'one of them', 'top three').
SPOKEN_NUMBER = re.compile(
    rf"\b(?:(?P<tens>{'|'.join(_TENS)})(?:[\s-]+(?P<unit>{'|'.join(_UNITS)}))?"
    rf"|(?P<teen>{'|'.join(_TEENS[1:])})"
    rf"|(?P<small>{'|'.join(_UNITS)}|ten)(?=\s+(?:hundred|thousand)\b))"
    r"(?:\s+(?P<scale>hundred|thousand)(?!\s+and\b))?\b",
    re.IGNORECASE,
)
# A day said after its month ('june one', 'august 31' is read by the numbers above).
MONTH_DAY = re.compile(
    r"\b(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\s+"
    rf"(?P<day>{'|'.join(_UNITS)}|ten)\b(?!\s+(?:of|papers?|works?|publications?)\b)",
    re.IGNORECASE,
)
# Who asks said first with no pause before the question ('as a retired nurse how many ...'):
# a plain noun phrase, then a word that starts a question.
_ASKING = (
    r"how|what|which|when|where|did|does|do|is|are|was|were|has|have|had|can|could"
    r"|would|list|name|give|show|tell|count|compare|summari[sz]e"
)
UNPAUSED_PERSONA = re.compile(
    r"^(?P<frame>\W*(?:(?:speaking|asking)\s+)?(?:as|i['’]?m|i\s+am|we['’]?re|we\s+are)\s+"
    rf"(?:an?|two)\s+(?:(?!(?:{_ASKING}|who|whom|that|whose|and|or|with|on|in|of|at|for|from|about|to)\b)"
    rf"[\w'’-]+\s+){{1,4}}?)(?=(?:{_ASKING})\b)",
    re.IGNORECASE,
)
# What the answer is for said first with no pause ('for my review how many ...'): a few plain
# words of the asker's own, none naming papers ('for the hrkd paper what ...' asks of it).
UNPAUSED_PURPOSE = re.compile(
    r"^(?P<frame>\W*for\s+(?:my|our|an?|this|some)\s+"
    rf"(?:(?!(?:{_ASKING}|who|whom|that|whose|and|or|with|on|in|of|at|for|from|about|to|paper|papers"
    r"|work|works|study|studies|article|articles|model|models|dataset|datasets)\b)"
    rf"(?-i:[a-z][a-z'’-]*)\s+){{1,3}}?)(?=(?:{_ASKING}|who)\b)",
    re.IGNORECASE,
)
# A lower-case code where only a category code fits: 'cs.cv', 'the ai category', 'labelled
# ir or ai', 'tagged lg'.
CODE_PLACE = (
    r"(?:\bcs\s*\.\s*|\b(?:labell?ed|tagged|filed|classified|categori[sz]ed|marked)"
    r"\s+(?:as\s+|under\s+|in\s+)?|\bcategory\s+)"
)


def spoken_numbers(text: str) -> str:
    """Spoken years and numbers above ten in digits: 'twenty twenty four' 2024, 'two thousand
    and three' 2003, 'fifty two' 52, "'twenty" '20, 'three hundred' 300."""
    text = SPOKEN_YEAR.sub(spoken_year, text)
    text = PAIRED_YEAR.sub(
        lambda m: str(
            100 * VALUES[m["century"].casefold()]
            + VALUES[m["tens"].casefold()]
            + (VALUES[m["unit"].casefold()] if m["unit"] else 0)
        ),
        text,
    )
    text = EARLY_YEAR.sub(lambda m: str(2000 + VALUES[m["unit"].casefold()]), text)

    def number(m: re.Match[str]) -> str:
        said = m["tens"] or m["teen"] or m["small"]
        n = VALUES[said.casefold()] + (VALUES[m["unit"].casefold()] if m["unit"] else 0)
        if m["scale"]:
            n *= 100 if m["scale"].casefold() == "hundred" else 1000
        return str(n)

    text = SPOKEN_NUMBER.sub(number, text)
    return MONTH_DAY.sub(lambda m: f"{m['month']} {VALUES[m['day'].casefold()]}", text)


def dictated_mark(text: str) -> str:
    """'... at all question mark' -> '... at all?': a mark dictated at the end, not one a
    title is said to have ('titles ending in a question mark')."""
    m = DICTATED_MARK.search(text)
    if m is None or m["before"].casefold() in NOT_BEFORE_MARK:
        return text
    return text[: m.start("mark")].rstrip(" ,") + MARKS[m["mark"].split()[0].casefold()]


class Dictation:
    """The profile's codes and names by their letters (folded, no hyphen), to read letters
    spelled one by one as the one they spell."""

    def __init__(self, codes: Iterable[str], names: Iterable[str]) -> None:
        names = list(names)
        self.codes = {c.casefold(): c for c in codes if c.isalpha()}
        self.spelled: dict[str, str] = dict(self.codes)
        for name in names:
            letters = re.sub(r"[^A-Za-z]", "", name).casefold()
            if len(letters) >= 2 and re.fullmatch(r"[A-Za-z-]+", name):
                self.spelled.setdefault(letters, name)
        # A code where only a code fits, then codes joined to it ('ir or ai', 'cv and cl'); not
        # one that is an everyday word ('marked as having code').
        words = "|".join(
            sorted((c for c in self.codes if c not in STOPWORDS), key=len, reverse=True)
        )
        self._placed = re.compile(rf"(?P<at>{CODE_PLACE})(?P<code>{words})\b", re.I)
        self._arxiv = re.compile(rf"\bcs\s+(?P<code>{words})\b", re.I)  # 'cs cv': cs.CV
        upper = "|".join(c.upper() for c in self.codes)
        self._listed = re.compile(
            rf"(?P<at>\b(?-i:{upper})\s*(?:,|\bor\b|\band\b|&|/)\s*)(?P<code>{words})\b", re.I
        )
        # 'valley to' said for Valley2: a version heard as its homophone, at the end of what
        # names it (not 'from valley to valley2', where it is a preposition); 'valley one'
        # for the first, named without a number
        seconds = [
            m[1] for n in names if (m := re.fullmatch(r"([A-Za-z][\w-]*[A-Za-z])[\s-]?2", n))
        ]
        self._second = re.compile(
            rf"\b(?P<stem>{'|'.join(map(re.escape, seconds)) or '(?!)'})\s+(?P<n>to|too|one)"
            r"(?=\s*(?:$|[?.!,;)]|(?:and|or|vs\.?|versus|paper|model)\b))",
            re.I,
        )
        self._before_category = re.compile(rf"\b(?P<at>)(?P<code>{words})(?=\s+categor)", re.I)
        # two codes set against each other, both in lower case ('cl:cv ratio', 'cl to cv', 'cl
        # vs cv'): the first, then the second by `_listed`
        self._paired = re.compile(
            rf"\b(?P<at>)(?P<code>{words})(?=\s*(?::|/|\bto\b|\bvs\.?|\bversus\b)\s*(?:{words})\b)",
            re.I,
        )
        self._against = re.compile(
            rf"(?P<at>\b(?-i:{upper})\s*(?::|/|\bto\b|\bvs\.?|\bversus\b)\s*)(?P<code>{words})\b",
            re.I,
        )

    def typed(self, question: str) -> str:
        """The question as if typed (see the module's docstring)."""
        # numbers first: 'in twenty twenty one question mark' ends on a year, not on 'one'
        text = dictated_mark(spoken_numbers(question))
        text = UNPAUSED_PERSONA.sub(lambda m: m["frame"].rstrip() + ", ", text)
        text = UNPAUSED_PURPOSE.sub(lambda m: m["frame"].rstrip() + ": ", text)
        text = self._letters(text)
        text = self._second.sub(
            lambda m: m["stem"] + ("" if m["n"].casefold() == "one" else "2"), text
        )
        text = self._arxiv.sub(lambda m: "cs." + self.codes[m["code"].casefold()], text)
        patterns = (self._placed, self._before_category, self._paired, self._against)
        for pattern in (*patterns, self._listed, self._listed):
            text = pattern.sub(lambda m: m["at"] + self.codes[m["code"].casefold()], text)
        return text

    def _letters(self, text: str) -> str:
        """Runs of letters said one by one ('see v', 's r g i', 'el gee') as the code or name
        they spell, with the word before when the name starts with it ('meta s n' Meta-SN); a
        run of everyday words alone ('are you') spells nothing."""
        words = list(WORD.finditer(text))
        out, last, i = [], 0, 0
        while i < len(words):
            found = self._spelled_at(words, i, words[i - 1].start() >= last if i else False)
            if found is None:
                i += 1
                continue
            start, end, name = found
            out += [text[last : words[start].start()], name]
            last, i = words[end - 1].end(), end
        return "".join(out) + text[last:]

    def _spelled_at(
        self, words: list[re.Match[str]], i: int, prefixed: bool
    ) -> tuple[int, int, str] | None:
        """(first word, end, what they spell) for the longest run of letters from word i, with
        the word before it when `prefixed` allows."""
        run: list[str] = []
        owner = ""  # 's r g i's title': the last letter said with its "'s"
        for m in words[i:]:
            said = m[0].casefold()
            if re.fullmatch(r"\w['’]s", said):
                said, owner = said[0], m[0][1:]
            letter = said if len(said) == 1 else LETTER_NAMES.get(said)
            if letter is None:
                break
            run.append(said)
            if owner:
                break
        for n in range(len(run), 1, -1):
            if all(w in WORDLIKE for w in run[:n]):
                continue
            letters = "".join(w if len(w) == 1 else LETTER_NAMES[w] for w in run[:n])
            said = owner if n == len(run) else ""
            name = self.spelled.get(words[i - 1][0].casefold() + letters) if prefixed else None
            if name:  # 'meta s n': Meta-SN
                return i - 1, i + n, name + said
            if name := self.spelled.get(letters):
                return i, i + n, (name.upper() if name.isupper() else name) + said
        return None
