"""The application domains a profile's papers name: the real-world fields their methods serve
(e-commerce, medicine, weather, ...), each with the papers whose title or abstract names it.

A maintained lexicon of domains and the words that name them, general to research (no
profile's words); read once per profile, on first use, and kept while the profile lives."""

from __future__ import annotations

import re
from dataclasses import dataclass

from retrieval.model import PerProfile, Profile

# A domain's name, then the words that name it in a title or abstract (stems end in \w*)
DOMAINS: list[tuple[str, str]] = [
    ("e-commerce and retail", r"e-?commerce|online\s+(?:shopping|retail\w*|marketplace\w*)"
     r"|retail\w*|shopping|shoppers?|product\s+(?:search|listings?|images?|titles?|reviews?)"
     r"|fashion|marketplace\w*|advertis\w*|recommend\w*\s+(?:for|in)\s+(?:e-?commerce|retail)"),
    ("medicine and health", r"medic(?:al|ine)|clinic(?:al|ians?)|health\s?care|patients?"
     r"|diseases?|diagnos\w*|biomedic\w*|radiolog\w*|ophthalm\w*|retina\w*|fundus|hospitals?"
     r"|electronic\s+health\s+records?|drug\s+discovery"),
    ("weather and climate", r"weather|rainfall|precipitation|nowcast\w*|meteorolog\w*|climate"
     r"|storms?|radar\s+(?:echo\w*|reflectivity)"),
    ("finance", r"financ\w*|banking|stock\s+market|trading|credit\s+(?:risk|scoring)|fraud"),
    ("law", r"legal|law\s+(?:texts?|documents?)|court\s+(?:cases?|decisions?)|judicial"),
    ("education", r"education\w*|students?\s+(?:essays?|learning)|tutoring|classrooms?"),
    ("mobile and wearable sensing", r"wearables?|mobile\s+sensing|smart\s?phones?\s+sensors?"
     r"|activity\s+recognition|accelerometers?|IMU\s+data"),
    ("transport", r"traffic\s+(?:flow|forecast\w*|prediction)|autonomous\s+driving|self-driving"
     r"|vehicles?\s+trajector\w*|ride-?hailing|logistics"),
    ("agriculture", r"agricultur\w*|crops?\s+(?:yield|disease\w*)|farming"),
    ("energy", r"power\s+grids?|electricity\s+(?:load|demand|consumption)|energy\s+consumption"),
    ("customer service", r"customer\s+(?:service|support)|call\s+cent(?:er|re)s?"),
]  # fmt: skip
_COMPILED = [(name, re.compile(rf"\b(?:{words})\b", re.IGNORECASE)) for name, words in DOMAINS]


def domain_words(name: str) -> re.Pattern[str]:
    """The pattern of the words that name the domain `name`."""
    return dict(_COMPILED)[name]


# A deployment said in a paper's own words: 'deployed in production', 'powered ten business
# units', 'in real-world applications'
DEPLOYED = re.compile(
    r"\b(?:deployed|deployment|in\s+production|online\s+(?:a/b|ab)\s+test\w*|business\s+units?"
    r"|industrial\s+(?:applications?|scenarios?|settings?)|real[- ]world\s+applications?)\b",
    re.IGNORECASE,
)
# Theoretical results said in a paper's own words
THEORY = re.compile(
    r"\b(?:theorems?|we\s+prove|proofs?\s+(?:of|that)|provabl[ey]|convergence\s+(?:guarantees?"
    r"|analysis|rates?)|(?:upper|lower)\s+bounds?|regret\s+bounds?|theoretical(?:ly)?\s+"
    r"(?:analy\w+|guarantees?|results?|show))\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Applications:
    """What a profile's papers say of where they are applied, read once."""

    domains: list[tuple[str, list[str]]]  # (domain, ids naming it), most papers first
    deployed: list[str]  # ids naming an application domain or a deployment
    theoretical: list[str]  # ids stating theoretical results


def _read(profile: Profile) -> Applications:
    found: list[tuple[str, list[str]]] = []
    for name, pattern in _COMPILED:
        ids = [p.id for p in profile.papers if pattern.search(f"{p.title}. {p.abstract}")]
        if ids:
            found.append((name, ids))
    named = {i for _, ids in found for i in ids}
    deployed = [p.id for p in profile.papers if p.id in named or DEPLOYED.search(p.abstract)]
    theory = [p.id for p in profile.papers if THEORY.search(p.abstract)]
    return Applications(sorted(found, key=lambda d: -len(d[1])), deployed, theory)


applications_of = PerProfile(_read)
"""The profile's Applications, read on first use and kept while the profile lives."""
