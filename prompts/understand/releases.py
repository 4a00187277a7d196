"""What a question asks of the papers' code releases as their abstracts word them: code only
promised ('will be released'), published anonymously, or under an account the profile's code
links use ('github.com/bytedance', 'alibaba's GitHub'). Read as filter slots, no topic."""

from __future__ import annotations

import re
from collections.abc import Callable, Set

from pydantic import BaseModel

CODE_ASKED = (
    r"\b(?:code|codes|codebase|source|repos?|reposit\w*|github|git\s*hub|implementations?"
    r"|open[- ]?sourc\w*)\b"
)
PROMISE = (
    r"\bpromis\w*|\bwill\s+be\s+(?:made\s+)?(?:released|available|public|open[- ]?sourced|out)"
    r"|\bcoming\s+soon\b|\b(?:released?|available|out|shared?)\s+(?:soon|later)\b"
    r"|\b(?:soon|later)\s+(?:releas\w*|shar\w*)|\bsoon\b"
    r"|\bin\s+the\s+future\b|\bnot\s+(?:yet|already)\s+(?:released|out|available|public)\b"
    r"|\byet\s+to\s+(?:be\s+)?releas\w*|\bupcoming\b|\bforthcoming\b"
)
ANONYMOUS = r"\banonym\w*|\banon\b"
ACCOUNT = r"org(?:ani[sz]ation)?s?|accounts?|github\.com"
NEGATED = r"\b(?:not|never|no)\b|n['’]t\b"


# An account set aside in its clause ('not counting ByteDance', 'leaving out alibaba's repos')
SET_ASIDE = (
    r"\b(?:not\s+(?:counting|including)|excluding|except(?:\s+for)?|besides|apart\s+from"
    r"|other\s+than|ignoring|leaving\s+out|without|minus|setting\s+aside|aside\s+from)\b"
)


def _set_aside(text: str, account: str) -> bool:
    """Is the account's first mention in a clause that sets it aside?"""
    m = re.search(account, text, re.IGNORECASE)
    clause = re.split(r"[,;:.?!]", text[: m.start()])[-1] if m else ""
    return re.search(SET_ASIDE, clause, re.IGNORECASE) is not None


# What else a paper may put out, asked by kind: its data ('release their data', 'share
# their datasets publicly', 'make their benchmark available') or its model ('open-source a
# model checkpoint', 'release the weights'). The model said as the thing put out, after the
# verb: 'the model shares reasoning paths' asks no release.
PUT_OUT = (
    r"(?:releas\w*|realeas\w*|shar(?:e|es|ed|ing)|open[- ]?sourc\w*|publish\w*|provid\w*"
    r"|download\w*|giv(?:e|es|ing)\s+away|hand\w*\s+out"
    r"|(?:make|makes|made|making|put|puts|putting)(?=(?:\s+[\w'’-]+){1,5}\s+(?:available|out)\b))"
)
# ('released a benchmark' makes one: a paper that builds it, not one sharing its data)
AROUND = r"(?:\s+(?!(?:which|that|who|what|and\s+which|an?)\b)[\w'’,()-]+){0,4}?\s+"
KIND_WORDS = {
    "data": r"(?:(?:collected|own|new|curated|annotated|constructed|built)\s+)?"
    r"(?:data|datasets?|benchmarks?|corpus|corpora|annotations?)",
    "model": r"(?:(?:model\s+)?(?:weights|checkpoints?)|(?:trained\s+|pre-?trained\s+)?models?)",
}
KIND_ASKED = {
    "data": re.compile(
        rf"\b{PUT_OUT}{AROUND}{KIND_WORDS['data']}\b|\b{KIND_WORDS['data']}{AROUND}{PUT_OUT}"
        r"|\b" + KIND_WORDS["data"] + r"\b[^.?!]{0,40}\b(?:publicly|freely)\s+available\b",
        re.IGNORECASE,
    ),
    "model": re.compile(
        r"\b(?:releas\w*|realeas\w*|shar(?:e|es|ed|ing)|open[- ]?sourc\w*|provid\w*"
        r"|(?:make|makes|made|making|put|puts|putting)(?=(?:\s+[\w'’-]+){1,5}\s+(?:available|out)\b))"
        rf"\s+(?:(?:(?:their|its|his|her|the|any)\s+)(?:[\w-]+\s+)?{KIND_WORDS['model']}"
        r"|(?:(?:an?|their|its|his|her|the|any)\s+)?(?:[\w-]+\s+)?(?:weights|checkpoints?))\b"
        r"|\b(?:weights|checkpoints?)\b[^.?!]{0,40}\b(?:released|available|open[- ]?sourced)\b",
        re.IGNORECASE,
    ),
}
# A size asked of what is put out ('released data with over 300K samples') is a number's ask;
# 'which dataset did they release?', 'when was the benchmark released?' ask of the artifact.
SIZED = re.compile(
    r"\d|\b(?:thousand|million|billion|when)\b"
    r"|\b(?:which|what)\s+(?:[\w-]+\s+)?(?:data|data\s*sets?|datasets?|benchmarks?|corpus|corpora"
    r"|models?|weights|checkpoints?)\b",
    re.IGNORECASE,
)


class ReleaseAsk(BaseModel):
    """The code-release slots a question sets, and what else it asks to be put out."""

    promised: bool | None = None
    anonymous: bool | None = None
    owner: str | None = None
    kinds: list[str] = []

    def __bool__(self) -> bool:
        return self.code_asked() or bool(self.kinds)

    def code_asked(self) -> bool:
        return self.promised is not None or self.anonymous is not None or bool(self.owner)


# Papers are asked for ('which papers ...', 'any of her papers'), not one paper's artifact
# ('the datasets released with Valley', 'where did the Meta-SN authors publish their data?').
PAPERS_ASKED = re.compile(
    r"\b(?:papers|publications|works|articles|studies|ones)\b|\bany\s+of\b", re.IGNORECASE
)


def kinds_asked(text: str) -> tuple[list[str], list[str]]:
    """What besides code the question asks the papers to put out ('data', 'model'), and the
    patterns of the words that asked it (no topic)."""
    if SIZED.search(text) or not PAPERS_ASKED.search(text):
        return [], []
    kinds = [kind for kind, asked in KIND_ASKED.items() if asked.search(text)]
    said = [rf"\b{PUT_OUT}\b", *(rf"\b{KIND_WORDS[k]}\b" for k in kinds)]
    said.append(
        r"\b(?:publicly|public|freely|available|promise\w*|others|out|itself|download\w*"
        r"|states?|stated|says?|said|mentions?|claims?)\b"
    )
    return kinds, said if kinds else []


def release_asked(text: str, owners: Callable[[], Set[str]]) -> tuple[ReleaseAsk, list[str]]:
    """The code-release slots asked, and the patterns of the words that asked them. `owners`:
    the accounts the profile's code links are under, folded (read only when code is asked)."""
    ask, said = ReleaseAsk(), list[str]()
    ask.kinds, said = kinds_asked(text)
    if ask.kinds:  # 'not just code: which papers release their data?': the data's release
        return ask, [*said, CODE_ASKED]
    if not re.search(CODE_ASKED, text, re.IGNORECASE):
        return ask, said
    if re.search(ANONYMOUS, text, re.IGNORECASE):
        ask.anonymous, said = True, [ANONYMOUS]
    elif m := re.search(PROMISE, text, re.IGNORECASE):
        # 'code not yet released' is a promise; 'not only promised' is not
        ask.promised = not re.search(NEGATED + r"\s+(?:just\s+|only\s+)?promis", text, re.I)
        said = [PROMISE, re.escape(m[0])]
    known = owners()
    tokens = re.findall(r"[\w-]+(?:\.[\w-]+)*", text.casefold())
    # an account said beside the code or host it names ('alibaba github repos', 'repositories
    # belong to Alibaba'), not anywhere ('Ada Example's papers on X have code': her surname)
    near = [
        i for i, t in enumerate(tokens) if re.fullmatch(CODE_ASKED + "|" + ACCOUNT + "|links?", t)
    ]  # ('code links point to alibaba')
    for i, word in enumerate(tokens):
        if word in known and any(abs(i - j) <= 3 for j in near):
            account = rf"(?<![\w.-]){re.escape(word)}(?![\w-])"
            said = [*said, account]  # said either way: an account is no topic
            if _set_aside(text, account):  # 'not counting ByteDance's, how many are Alibaba's'
                continue
            ask.owner = word
            break
    if ask:
        said.append(CODE_ASKED + r"|\bgithub\.com\b|\b(?:" + ACCOUNT + r")\b")
    return ask, said
