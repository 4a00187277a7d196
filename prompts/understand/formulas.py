"""A question written as a formula or pseudo-code over papers ('count(papers) where date >
EasyNLP.date', '=MAXBY(year, COUNTIF(code=yes))', 'year >= 2023 and category == CV') said in
words the readers know ('how many papers after EasyNLP', 'which year has the most papers with
code', 'since 2023 in CV'). Only the operators and the fields of a paper's record are read;
anything else stays as written."""

from __future__ import annotations

import re

# Said of a field, a comparison and a value: (pattern, the words it becomes)
FIELDS: list[tuple[str, str]] = [
    # a paper's date against a named paper's: 'date > EasyNLP.date'
    (r"\b(?:date|published|pub_date|year)\s*>=?\s*(?P<p>[\w-]+)\.(?:date|year)\b", r"after \g<p>"),
    (r"\b(?:date|published|pub_date|year)\s*<=?\s*(?P<p>[\w-]+)\.(?:date|year)\b", r"before \g<p>"),
    (r"\byear\s*(?:==?|is)\s*(?P<y>(?:19|20)\d\d)\b", r"in \g<y>"),
    (r"\byear\s*>=\s*(?P<y>(?:19|20)\d\d)\b", r"since \g<y>"),
    (r"\byear\s*>\s*(?P<y>(?:19|20)\d\d)\b", r"after \g<y>"),
    (r"\byear\s*<=\s*(?P<y>(?:19|20)\d\d)\b", r"up to \g<y>"),
    (r"\byear\s*<\s*(?P<y>(?:19|20)\d\d)\b", r"before \g<y>"),
    (r"\b(?:has_)?code\s*(?:==?|is)\s*['\"]?(?:yes|true|1|y)\b['\"]?", "with code"),
    (r"\b(?:has_)?code\s*(?:==?|is)\s*['\"]?(?:no|false|0|n)\b['\"]?", "without code"),
    (r"\b(?:has_)?code\s*!=\s*['\"]?(?:yes|true|1|y)\b['\"]?", "without code"),
    (
        r"\b(?:category|cat|field)\s*(?:==?|is)\s*['\"]?(?P<c>[\w.-]+?)['\"]?(?=[\s,)&]|$)",
        r"in \g<c>",
    ),
    (r"\bmonth\s*(?:==?|is)\s*['\"]?(?P<m>[A-Za-z]{3,9})\b['\"]?", r"in \g<m>"),
    (
        r"\b(?:(?:first_|last_)?authors?(?:_shown|_name)?|by)\s*(?:==?|is)\s*['\"]?(?P<a>[\w.+-]+)['\"]?",
        r"by \g<a>",
    ),
    (r"(?<=[A-Za-z])\+(?=[A-Za-z])", " "),  # 'author=minghui+qiu'
]
# A query in SQL ('SELECT COUNT(*) FROM qiu_papers WHERE year = 2022 AND has_code = false;'):
# the statement asks; its comment ('-- what would that return?') and its table's name are no
# part of what is asked
SQL = re.compile(r"\bSELECT\b[^;]*?\bFROM\b", re.IGNORECASE)
STATEMENT: list[tuple[str, str]] = [
    (r"(?<=\S)\s*(?:;\s*)?--.*$|;\s*$", " "),
    (r"\bSELECT\s+COUNT\s*\(\s*(?:\*|\w+)\s*\)\s+FROM\s+[\w.\"`]+", " how many papers "),
    (r"\bSELECT\s+(?:\*|\w+(?:\s*,\s*\w+)*)\s+FROM\s+[\w.\"`]+", " which papers "),
    (r"\bWHERE\b", " "),
    (
        r"\byear\s+BETWEEN\s+(?P<a>(?:19|20)\d\d)\s+AND\s+(?P<b>(?:19|20)\d\d)\b",
        r"from \g<a> to \g<b>",
    ),
]
# The operation: a count, or the group with the most (or fewest) papers
BY = r"\s*\(\s*(?P<g>\w+)\s*,(?:\s*count(?:if)?\s*\()?"  # the group, then what is counted
OPERATIONS: list[tuple[str, str]] = [
    # a query string's joints, before its fields are words: '/papers?cat=CL&code=0'
    (r"(?:\b(?:GET|POST)\s+)?(?:\S*/[\w/.-]*)?\?(?=\w+\s*=)", " "),  # its path too ('/api/papers?')
    (r"\s*&\s*(?=\w+\s*=)", " and "),
    (rf"=?\s*\b(?:max_?by|arg_?max){BY}", r" which \g<g> has the most papers "),
    (rf"=?\s*\b(?:min_?by|arg_?min){BY}", r" which \g<g> has the fewest papers "),
    (r"=?\s*\bcount(?:if|_?rows)?\s*\(\s*(?:papers?|\*|rows?)?\s*\)", " how many papers "),
    # a call ('count(cat == CL)'), not a word before a bracket ('the CL count (Qiu)')
    (r"=?\s*\bcount(?:if)?\(", " how many papers "),
    (r"=?\s*\blen\s*\(\s*papers?\s*\)", " how many papers "),
]
FORMULA = re.compile(
    r"\b\w+\s*\(|\b\w+\.(?:date|year)\b|[<>]=?\s*\w|\b\w+\s*==?\s*\w", re.IGNORECASE
)


# A search of the titles typed as a tool would run it: 'grep -i "knowledge" titles',
# "regex /few-?shot/i over qiu's titles", a quoted '?' ('titles containing a "?"')
OWNER = r"(?:(?:his|her|their|the|all|[\w-]+['’]s?)\s+){0,2}"
SEARCHED = [
    rf"\bgrep\s+(?:-\w+\s+)*(?P<q>['\"`])(?P<p>[^'\"`|]+)(?P=q)\s+{OWNER}(?:paper\s+)?titles?\b",
    rf"\bregex\w*\s*(?:for\s+)?/(?P<p>[^/]+)/[a-z]*\s+(?:on|over|against|across|in|of)\s+"
    rf"{OWNER}(?:paper\s+)?titles?\b",
]
# ... or run over a file of the titles: 'cat titles.txt | grep -ic knowledge', 'grep -c
# prompt qiu_titles.txt' ('-c': the titles found are counted)
FILE = r"[\w./~-]*tit(?:le|el)s?[\w./-]*"
GREP = r"grep\s+(?P<f>(?:-\w+\s+)*)(?P<q>['\"`]?)(?P<p>[^'\"`|\s]+)(?P=q)"
SEARCHED += [rf"\b(?:cat|less|more|head|tail)\s+{FILE}\s*\|\s*{GREP}", rf"\b{GREP}\s+{FILE}"]
# A pattern's syntax, not its text: anchors, word bounds, 'any characters', an optional mark
SYNTAX = [(r"\\[bB]|[\^$]|\(\?i\)", ""), (r"\.[*+?]|\\s[*+?]?", " "), (r"(?<=[\w-])\?", "")]


def _searched(m: re.Match[str]) -> str:
    counted = "f" in m.re.groupindex and "c" in (m["f"] or "").replace("-", "")
    return ("how many " if counted else "") + _titles_containing(m)


def _titles_containing(m: re.Match[str]) -> str:
    pattern = m["p"]
    if pattern.strip() in ("\\?", "?", "[?]"):
        return "titles containing a question mark"
    for syntax, words in SYNTAX:
        pattern = re.sub(syntax, words, pattern)
    return f"titles containing '{' '.join(pattern.split())}'"


def _searches(question: str) -> str:
    for searched in SEARCHED:
        question, n = re.subn(searched, _searched, question, flags=re.IGNORECASE)
        if n:  # the search's 'hits' are the titles found
            question = re.sub(r"\b(?:hits|matches)\b", "titles", question, flags=re.IGNORECASE)
    if re.search(r"\btit(?:le|el)s?\b", question, re.IGNORECASE):  # 'titles with a "?"'
        question = re.sub(r"(?:\ban?\s+)?['\"`‘’“”]\?['\"`‘’“”]", "a question mark", question)
    return re.sub(r"\|\s*wc\s+-l\b", " how many ", question)


def in_words(question: str) -> str:
    """The question with its formula's operators and record fields said in words, and a search
    of the titles typed as a tool would run it in words too; any other question is returned
    as it is."""
    question = _searches(question)
    if not FORMULA.search(question):
        return question
    text = question
    for pattern, words in (STATEMENT if SQL.search(question) else []) + OPERATIONS + FIELDS:
        text = re.sub(pattern, words, text, flags=re.IGNORECASE)
    if text == question:
        return question
    text = re.sub(r"[()]", " ", text)  # the formula's brackets, once its parts are words
    text = re.sub(r"\b(with|in|papers)\s+\1\b", r"\1", text)  # 'papers with code = yes
    return " ".join(text.split())
