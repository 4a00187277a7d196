"""Research concepts described in everyday words, read as the field's own words before the
question is understood: 'making models cheaper or faster to run' is model compression or
computational cost, 'scanned paperwork like forms' is document images or OCR, 'learning from
rewards' is reinforcement learning ('image-and-text models' stay as typed: the older papers
say 'vision-language', the newer 'multimodal'). A maintained library of descriptions (not of
questions): each names a concept by what it does, in words no paper of the field uses for it."""

from __future__ import annotations

import re
from typing import NamedTuple

from retrieval.text import compiled


class Described(NamedTuple):
    """A concept's everyday descriptions, the field's words for it, and words that must be
    in the question too (None: none needed)."""

    said: re.Pattern[str]
    term: str
    needs: re.Pattern[str] | None = None


FASTER = r"(?:cheaper|faster|smaller|lighter|leaner|less\s+expensive|more\s+efficient)"
# What is made cheaper: 'models', 'neural networks', 'LLMs', 'transformers'
MODELS = r"(?:models?|(?:neural\s+)?net(?:work)?s?|llms?|transformers?|bert)"
BIG = r"(?:(?:a|an|the)\s+)?(?:big(?:ger)?|large(?:r)?|huge|giant|heavy|expensive)"
SMALL = r"(?:(?:a|an|the)\s+)?(?:small(?:er)?|tiny|little|compact|light(?:weight|er)?|lean)"
# Words between a student and its teacher that keep to the one need ('a small student network
# learning from a big teacher'), never a comparison of the two ('student size vs teacher').
GAP = (
    r"(?:into|from|by|with|to|of|a|an|the|its|their|language|neural|pre-?trained|bert|llms?"
    r"|models?|networks?|nets?|learn(?:s|ing)?|taught|trained|distill?\w*|compressed|is|are|being)"
)
SEEN = r"(?:images?|pictures?|photos?|visual\s+inputs?|vision|videos?|what\s+they\s+see)"
PAPERS_OF = r"(?:paperwork|documents?|forms?|pages?|invoices?|receipts?|id\s+cards?|bills?)"
DESCRIBED = (
    Described(
        re.compile(
            # 'making models cheaper or faster to run', 'get big models to run faster'
            rf"\b(?:mak\w*|get\w*|keep\w*)\s+(?:[\w-]+\s+){{0,3}}?{MODELS}\s+(?:(?:to\s+)?run\s+)?"
            rf"{FASTER}(?:\s*(?:,|or|and|/)\s*{FASTER})*(?:\s+to\s+(?:run|serve|deploy|use))?"
            # 'reducing how expensive models are to run', 'cut compute costs'
            r"|\b(?:reduc\w*|cut\w*|lower\w*|sav\w*|trim\w*|shrink\w*)\s+(?:down\s+)?(?:on\s+)?"
            r"(?:the\s+)?(?:how\s+(?:expensive|costly)\s+(?:[\w-]+\s+)?models?\s+(?:are|is)"
            r"\s+to\s+(?:run|serve|deploy)|compute(?:\s+(?:costs?|bills?))?|(?:computing"
            r"|inference|running|serving|deployment|gpu)\s+(?:costs?|bills?)|(?:the\s+)?costs?"
            r"\s+of\s+(?:running|serving|deploying)(?:\s+[\w-]+)?\s+models?)"
            # 'can't afford big GPUs at inference time'
            r"|\b(?:can'?t|cannot|can\s+not)\s+(?:afford|pay\s+for)\s+(?:big|large|huge"
            r"|expensive|many)\s+(?:gpus?|models?|compute|hardware)(?:\s+(?:at|for|in)"
            r"\s+(?:inference|production|deployment)(?:\s+time)?)?"
            r"|\b(?:making\s+)?inference\s+(?:faster|cheaper)\b"
            # 'shrinking big language models', 'slimming down neural networks', 'squeezing
            # models down to a fraction of their size': the size said is the same need
            rf"|\b(?:shrink\w*|slim\w*|squeez\w*)\s+(?:down\s+)?(?:[\w-]+\s+){{0,2}}?{MODELS}\b"
            r"(?:\s+(?:down\s+)?(?:to|into)\s+(?:a\s+(?:small\s+)?fraction\s+of\s+(?:their|its|the)"
            r"\s+(?:original\s+)?size|(?:a\s+|much\s+)?small(?:er)?\s+(?:ones?|sizes?|models?)))?",
            re.IGNORECASE,
        ),
        "model compression or computational cost",
    ),
    Described(
        re.compile(
            # 'a small student model taught by a big teacher', 'teacher-student training',
            # 'distil a big teacher into a smaller student': a student and a teacher named
            r"\b(?:teacher|student)[- ](?:student|teacher)(?:\s+(?:models?|networks?|training"
            r"|learning|setups?|frameworks?|distillation|approach(?:es)?))?"
            # not a narrower need of its own: 'student-teacher disagreements'
            r"(?!\s+(?!(?:papers?|works?|research|stuff|and|or|in|for|with|by|from|at|to)\b)[a-z])"
            rf"|\b(?:{SMALL}\s+)?student(?:\s+{MODELS})?\s+(?:{GAP}\s+){{0,5}}?{BIG}?\s*"
            rf"teachers?(?:\s+{MODELS})?"
            rf"|\b{BIG}?\s*teacher(?:\s+{MODELS})?\s+(?:{GAP}\s+){{0,5}}?{SMALL}?\s*"
            rf"students?(?:\s+{MODELS})?"
            rf"|\b{SMALL}\s+{MODELS}\s+(?:that\s+|to\s+|which\s+)?(?:mimic\w*|imitat\w*"
            rf"|cop(?:y|ies|ying)|learn\w*\s+from)\s+{BIG}\s+(?:ones?|{MODELS}|teachers?)",
            re.IGNORECASE,
        ),
        "knowledge distillation",
    ),
    Described(
        # 'LLMs that can see', 'language models that look at pictures', 'vision LLMs'
        re.compile(
            r"\b(?:llms?|(?:large\s+)?language\s+models?|chatbots?|gpts?)\s+(?:that|which)\s+"
            rf"(?:can\s+|could\s+|also\s+)*(?:see\b(?:\s+{SEEN})?|(?:look\s+at|watch|read"
            rf"|understand|handle|process|take|accept|perceive)\s+(?:both\s+)?{SEEN})"
            r"|\b(?:vision|visual|seeing)[- ](?:llms?|large\s+language\s+models?)",
            re.IGNORECASE,
        ),
        "multimodal large language models",
    ),
    Described(
        # 'learn to reason', 'models that reason better', 'reason step by step'
        re.compile(
            r"\b(?P<kept>(?:to|can|could|cannot|they|that|which|models?|llms?)\s+)(?:better\s+)?"
            r"reason(?!\s+(?:why|for|is|was|behind|being))\b(?:\s+(?:better|well|more"
            r"|step[- ]by[- ]step))?",
            re.IGNORECASE,
        ),
        "reasoning",
    ),
    Described(
        # 'learning from a handful of labelled examples', 'with very few labels'
        re.compile(
            r"\b(?:(?:only|just|very)\s+)?(?:a\s+)?(?:few|handful\s+of|couple\s+of|small"
            r"\s+number\s+of|tiny\s+number\s+of)\s+(?:labell?ed\s+|annotated\s+|training\s+)*"
            r"(?:examples?|samples?|labels|instances|shots|data\s+points)\b",
            re.IGNORECASE,
        ),
        "few-shot",
        re.compile(r"\b(?:learn\w*|train\w*|label\w*|annotat\w*|supervis\w*|classif\w*)\b", re.I),
    ),
    Described(
        re.compile(
            # 'scanned paperwork like forms or invoices', 'photographed receipts'
            rf"\b(?:scann?(?:ed|ing)?|photographed|photos?\s+of|pictures?\s+of|images?\s+of"
            rf"|printed|paper)\s+(?:paper\s+)?{PAPERS_OF}(?:\s*(?:,|like|such\s+as|e\.g\.?"
            rf"|including)\s*(?:{PAPERS_OF}(?:\s*(?:,|or|and|/)\s*)?)+)?",
            re.IGNORECASE,
        ),
        "document images or OCR",
    ),
    Described(
        # 'trained with rewards', 'learns from rewards', 'by trial and error'
        re.compile(
            r"\b(?:with|from|by|using|through|via)\s+(?:(?:a|the)\s+)?rewards?\b"
            r"(?![\s-]+(?:models?|hacking|shaping|functions?))"
            r"|\b(?:by\s+|through\s+)?trial[- ]and[- ]error\b",
            re.IGNORECASE,
        ),
        "reinforcement learning",
        re.compile(
            r"\b(?:train\w*|learn\w*|taught|teach\w*|tun\w*|trial|reason\w*)\b", re.IGNORECASE
        ),
    ),
)


def in_field_words(question: str) -> tuple[str, dict[str, str]]:
    """The question with each everyday description read as the field's words, and what was
    read as what (for the answer to say so)."""
    read: dict[str, str] = {}
    for concept in DESCRIBED:
        if concept.needs is not None and not concept.needs.search(question):
            continue
        named = concept.term.split(" or ")  # the question names it already: nothing to read
        if any(compiled(rf"\b{re.escape(t)}", re.IGNORECASE).search(question) for t in named):
            continue

        def term(m: re.Match[str], concept: Described = concept) -> str:
            kept = m.groupdict().get("kept") or ""  # 'multimodal LLMs' of 'LLMs reason better'
            read[" ".join(m[0][len(kept) :].split())] = concept.term
            return kept + concept.term

        question = concept.said.sub(term, question)
    return question, read
