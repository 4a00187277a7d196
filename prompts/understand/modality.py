"""A modality the question sets aside: 'text-only LLMs', 'a dataset (no images or video)',
'not the multimodal ones', 'without any visual input'. The topic's papers that work on images
or video are then left out, and the words naming the modality are no part of the subject."""

from __future__ import annotations

import re

from retrieval.model import Paper

# The visual modality as askers name it.
VISUAL = (
    r"(?:images?|pictures?|photos?|videos?|visual(?:\s+inputs?)?|vision(?:[- ]language)?"
    r"|multi-?modal|m?llms?\s+with\s+vision|mllms?|vlms?|lvlms?|image\s*/\s*video)"
)
# Words between a negation and the modality: 'do NOT involve vision', 'no mllm stuff',
# 'not the image/video ones', 'without any visual input'.
BETWEEN = r"(?:involv\w*|us(?:e|es|ing)|need\w*|requir\w*|touch\w*|includ\w*|the|any|of|on|about)"
# ... the modality alone, not a kind of it ('not video generation' sets generation aside) nor
# papers said to be missing ('no video papers, right?' is a claim to check).
AFTER = (
    r"(?![\w-])(?=\s*(?:$|[^\w\s/-]|(?:ones?|stuff|inputs?|of|at\s+all|pls|please|aside"
    r"|data)\b))"
)
ASIDE = re.compile(
    rf"\b(?:no|not|non|without|excluding|except|leaving|leave|minus)[- ]+(?:{BETWEEN}\s+){{0,2}}"
    rf"{VISUAL}(?:\s+(?:or|and|/|nor)\s+{VISUAL})*{AFTER}",
    re.IGNORECASE,
)
# The text modality alone: 'text-only', 'pure-text', 'purely language', 'plain language models'.
TEXT_ONLY = re.compile(
    r"\b(?:text|language|textual)[- ]only\b|\bpure(?:ly)?[- ](?:text|textual|language)\b"
    # 'plain language models' (not a 'plain-language summary')
    r"|\bplain[- ](?:text|language)\s+(?:models?|llms?|lms?)\b|\bonly\s+(?:text|language)\b",
    re.IGNORECASE,
)
# The text modality itself set aside: 'leaving aside text-only LLMs', 'apart from pure-text
# models', 'not the text-only ones', 'text-only LLMs aside': the papers on text alone go,
# the asked subject (multimodal reasoning) stays.
TEXT_KIND = (
    r"(?:text|language|textual)[- ]only|pure(?:ly)?[- ](?:text|textual|language)"
    r"|plain[- ](?:text|language)"
)
TEXT_ASIDE = re.compile(
    r"\b(?:(?:leaving|leave|setting|set|putting|put)\s+aside|apart\s+from|other\s+than|besides"
    r"|excluding|except(?:\s+for)?|ignoring|not|no|non|minus|without|beyond)\s+"
    rf"(?:(?:the|any|all|those)\s+)?(?:{TEXT_KIND})\b(?:\s+(?:large\s+)?[\w-]+)?"
    rf"|\b(?:{TEXT_KIND})\s+(?:[\w-]+\s+)?aside\b",
    re.IGNORECASE,
)
# 'LLMs' of a text kind set aside, as the topic spells it out.
SPELLED_LLM = frozenset({"large", "language", "models", "model"})
# A paper on the visual modality says so in its title or abstract.
ON_VISUAL = re.compile(
    r"\b(?:images?|video|videos|visual(?:ly)?|vision|multi-?modal|mllms?|lvlms?|vlms?"
    r"|pictures?|photos?|frames?)\b",
    re.IGNORECASE,
)
VISUAL_CATEGORIES = frozenset({"CV", "IV"})
# A statement put up to be checked: 'he's purely an NLP guy right? no vision stuff' asks
# whether that holds, not for his papers without images.
CONFIRM = re.compile(r"\b(?:right|correct|true|am\s+i\s+right)\s*\?", re.IGNORECASE)
# Words naming the modality wherever they are, dropped from the subject searched.
MODALITY_WORDS = re.compile(rf"(?:{VISUAL}|ones|stuff)", re.IGNORECASE)


def names_visual(topic: str | None) -> bool:
    """Is the subject the visual modality itself ('vision', 'images or video', 'visual input')?"""
    kinds = r"(?:\s+(?:stuff|ones|work|data|inputs?|tasks?))?"
    return bool(topic) and bool(
        re.fullmatch(
            rf"{VISUAL}(?:\s+(?:and|or|/)\s+{VISUAL})*{kinds}", (topic or "").strip(), re.I
        )
    )


def sets_aside_visual(question: str) -> bool:
    """Does the question ask for papers without images or video ('text-only', 'no images')?"""
    if CONFIRM.search(question):
        return False
    aside = [m.span() for m in TEXT_ASIDE.finditer(question)]
    text_only = [
        m for m in TEXT_ONLY.finditer(question) if not any(a <= m.start() < b for a, b in aside)
    ]
    return bool(ASIDE.search(question) or text_only)


def sets_aside_text(question: str) -> bool:
    """Does the question set aside the papers on text alone ('leaving aside text-only LLMs,
    which ... multimodal reasoning?'): its subject's papers on images or video are kept."""
    return (
        not CONFIRM.search(question)
        and not ASIDE.search(question)
        and bool(TEXT_ASIDE.search(question))
    )


def on_visual(paper: Paper) -> bool:
    """Is the paper on images or video: filed under vision, or saying so in its text?"""
    return paper.category in VISUAL_CATEGORIES or bool(
        ON_VISUAL.search(f"{paper.title} {paper.abstract}")
    )


def without_modality(topic: str, question: str) -> str:
    """The subject searched, less the words that set the modality aside ('question answering
    purely language': 'question answering'; 'reasoning text-only LLMs multimodal':
    'reasoning LLMs')."""
    spans = [*ASIDE.finditer(question), *TEXT_ONLY.finditer(question)]
    said = {w.casefold() for m in spans for w in re.findall(r"[\w-]+", m[0])}
    kept = [w for w in topic.split() if w.casefold() not in said]
    return " ".join(w for w in kept if not MODALITY_WORDS.fullmatch(w))


def without_text_aside(topic: str, question: str) -> str:
    """The subject searched, less the words setting text alone aside ('leaving aside text-only
    large language models reinforcement learning multimodal reasoning': 'reinforcement learning
    multimodal reasoning'); the visual words stay, they are the subject."""
    said: set[str] = set()
    for m in TEXT_ASIDE.finditer(question):
        named = {w.casefold() for w in re.findall(r"[\w-]+", m[0])}
        said |= named | (SPELLED_LLM if named & {"llm", "llms", "lm", "lms"} else set())
    return " ".join(w for w in topic.split() if w.casefold() not in said)


def visual_left(question: str) -> bool:
    """Does the question, less the modality it sets aside, still name a visual one ('not the
    image stuff, which ones handle video?': video)? Then one visual kind is set against
    another, and the papers on images or video are not left out."""
    rest = question
    for m in [*ASIDE.finditer(question), *TEXT_ONLY.finditer(question)]:
        rest = rest.replace(m[0], " ")
    return re.search(rf"\b{VISUAL}(?![\w-])", rest, re.IGNORECASE) is not None
