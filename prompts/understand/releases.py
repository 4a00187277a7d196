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


class ReleaseAsk(BaseModel):
    """The code-release slots a question sets."""

    promised: bool | None = None
    anonymous: bool | None = None
    owner: str | None = None

    def __bool__(self) -> bool:
        return self.promised is not None or self.anonymous is not None or bool(self.owner)


def release_asked(text: str, owners: Callable[[], Set[str]]) -> tuple[ReleaseAsk, list[str]]:
    """The code-release slots asked, and the patterns of the words that asked them. `owners`:
    the accounts the profile's code links are under, folded (read only when code is asked)."""
    ask, said = ReleaseAsk(), list[str]()
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
