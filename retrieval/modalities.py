"""The kinds of data a profile's papers work with (text, images, video, speech, ...), each with
the papers whose title or abstract names it.

A maintained lexicon of data modalities and the words that name them, general to research (no
profile's words); read once per profile, on first use, and kept while the profile lives."""

from __future__ import annotations

import re

from retrieval.model import PerProfile, Profile

# A modality's name, then the words that name it in a title or abstract
MODALITIES: list[tuple[str, str]] = [
    ("text", r"texts?|textual|natural\s+language|language\s+models?|sentences?|documents?"
     r"|corpus|corpora|tokens?|question\s+answering|dialog(?:ue)?s?|NLP|LLMs?"),
    ("images", r"images?|imagery|photos?|photographs?|pictures?|visual|vision|pixels?|OCR"
     r"|scans?|logos?"),
    ("video", r"videos?|video-\w+|movies?|clips?"),
    ("audio and speech", r"audio|speech|spoken|acoustic|sounds?|voices?|music|ASR"),
    ("tables and structured records", r"tables?|tabular|spreadsheets?|structured\s+data"
     r"|relational\s+databases?|SQL|forms?\s+(?:understanding|extraction)"),
    ("graphs and knowledge graphs", r"graphs?|knowledge\s+bases?|GNNs?|nodes?\s+and\s+edges"),
    ("time series and sensor signals", r"time[- ]series|sensors?|radar|satellites?"
     r"|accelerometers?|signals?\s+(?:data|processing)"),
    ("3D and point clouds", r"point\s+clouds?|3D|meshes|lidar|depth\s+maps?|voxels?"),
    ("source code", r"source\s+code\s+(?:generation|understanding|completion|search|summari\w+)"
     r"|code\s+(?:generation|completion|search|summari\w+|LLMs?)|programming\s+languages?"),
    ("user behaviour logs", r"clicks?|click-through|user\s+behaviou?rs?|interaction\s+logs?"
     r"|purchase\s+(?:histor(?:y|ies)|records?)|sessions?|browsing"),
]  # fmt: skip
_COMPILED = [(name, re.compile(rf"\b(?:{words})\b", re.IGNORECASE)) for name, words in MODALITIES]


def modality_words(name: str) -> re.Pattern[str]:
    """The pattern of the words that name the modality `name`."""
    return dict(_COMPILED)[name]


def _read(profile: Profile) -> list[tuple[str, list[str]]]:
    """Each modality some paper names, with the ids of those papers, most papers first."""
    found: list[tuple[str, list[str]]] = []
    for name, pattern in _COMPILED:
        ids = [p.id for p in profile.papers if pattern.search(f"{p.title}. {p.abstract}")]
        if ids:
            found.append((name, ids))
    return sorted(found, key=lambda m: -len(m[1]))


modalities_of = PerProfile(_read)
"""The profile's modalities, read on first use and kept while the profile lives."""
