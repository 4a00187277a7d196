"""A measure of one paper's results that a question names ('RetiZero's sensitivity', 'recall@1
of FashionBERT') or a figure it demands ('the exact accuracy', 'the precise number'), and whether
the paper's abstract states it. An abstract that reports other measures, or no figure where a
figure is asked, does not answer it: the answer says so and gives what the abstract does report,
never another measure's number in its place."""

from __future__ import annotations

import re

from retrieval.model import Paper
from retrieval.text import split_sentences

# Named measures (label, pattern read in the question and in the abstract). 'Accuracy' and
# 'performance' are not among them: an abstract's bare '81.5%' is read as either.
MEASURES: tuple[tuple[str, str], ...] = (
    ("sensitivity", r"sensiti?vi?t(?:y|ies)"),  # 'sensitivty' typed
    ("specificity", r"specificit(?:y|ies)"),
    ("precision", r"precision"),
    # recall at a cut-off, however written ('recall@1', 'R@10', 'Rank@1', 'hits@5'); not the
    # verb ('I recall', 'trying to recall the name', "can't recall which", 'recall whether')
    (
        "recall",
        r"(?<!\bi\s)(?<!\byou\s)(?<!\bwe\s)(?<!\bto\s)(?<!\bcan\s)(?<!n't\s)(?<!n’t\s)(?<!not\s)"
        r"recall(?:@\s?\d+)?(?!\s+(?:that|whether|if|how|correctly|the|what|which|who|where|when"
        r"|an?|his|her|their|its|this|these|those|it|me)\b)"
        r"|r@\s?\d+|rank@\s?\d+|hits?@\s?\d+|hit\s+rates?",
    ),
    ("F1", r"f1(?:[- ]scores?)?|f[- ](?:score|measure)s?"),
    ("AUC", r"au(?:c|roc|prc)|area\s+under\s+(?:the\s+)?(?:roc\s+)?curve"),
    ("BLEU", r"bleu(?:-?\d)?"),
    ("ROUGE", r"rouge(?:-?[\dl])?"),
    ("METEOR", r"meteor"),
    ("CIDEr", r"cider"),
    ("perplexity", r"perplexit(?:y|ies)"),
    ("mean absolute error", r"mae|mean\s+absolute\s+errors?"),
    ("RMSE", r"rmse|root[- ]mean[- ]squared?[- ]errors?"),
    ("MRR", r"mrr|mean\s+reciprocal\s+rank"),
    ("NDCG", r"n?dcg(?:@\s?\d+)?"),
    ("IoU", r"m?iou|intersection[- ]over[- ]union"),
    ("word error rate", r"wer|word\s+error\s+rates?"),
    ("pass@k", r"pass@\s?\d+"),
    ("win rate", r"win[- ]rates?"),
    ("exact match", r"exact[- ]match"),
    ("correlation", r"correlat\w+|pearson|spearman|kendall"),
)
MEASURE_OF = [
    (label, re.compile(rf"(?<![\w@-])(?:{pattern})(?![\w-])", re.IGNORECASE))
    for label, pattern in MEASURES
]
# A figure demanded, not a description: 'the exact accuracy', 'precise number', 'what numerical
# score', 'score number', 'numbers?' (not 'the number of datasets': a count, read elsewhere)
FIGURE_ASKED = re.compile(
    r"\b(?:exact|precise|specific|actual|numeric(?:al)?|concrete|hard)\s+(?:[\w@-]+\s+){0,2}?"
    r"(?:(?:numbers?|figures?|values?|percentages?)\b(?!\s+of\b)|(?:scores?|accurac(?:y|ies))\b)"
    r"|\b(?:score|result|accuracy|performance)\s+(?:numbers?|figures?)\b"
    r"|\bnumeric(?:al)?\s+(?:[\w@-]+\s+)?results?\b"
    r"|\bwhat\s+(?:[\w@-]+\s+)?(?:number|figure|percentage|value)\b(?!\s+of\b)"
    # the size of a lead over something, which only a figure gives: 'by how many points',
    # 'the margin over PROTO', 'how much better than X', 'the exact improvement' (not
    # 'max-margin', 'a margin loss'; nor 'how much better?' alone, a premise to check first)
    r"|\bhow\s+many\s+(?:[\w-]+\s+)?points\b"
    r"|(?<![\w-])margins?(?![\w-])(?!\s+(?:loss|ranking|based|of\s+error))"
    r"|\bhow\s+much\s+(?:better|worse|higher|lower|more\s+accurate)\s+(?:[\w-]+\s+)?(?:than|over)\b"
    r"|\b(?:exact|precise|actual|specific)\s+(?:[\w-]+\s+)?(?:improvements?|gains?|margins?|lead)\b",
    re.IGNORECASE,
)
# An accuracy or a score asked as a value, which is a number: 'what accuracy does X reach',
# "what's its top-1 accuracy", 'how accurate is X', "X's accuracy on the six datasets?", 'in %'
# (not 'does X improve accuracy?' nor 'how well does X do?': words answer those)
ACCURACY = r"ac{1,2}ur{1,2}ac(?:y|ies)"  # 'acuracy' typed
VALUE_ASKED = re.compile(
    rf"\bwhat(?:['’]?s|\s+is|\s+was|\s+were|\s+are)?\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?"
    rf"(?:[\w@-]+\s+){{0,2}}?(?:{ACCURACY}|scores?)\b"
    rf"|\bhow\s+ac{{1,2}}ur{{1,2}}ate\b|\bin\s+(?:%|percent(?:ages?)?\b)"
    rf"|['’]s\s+(?:[\w@-]+\s+)?{ACCURACY}(?:\s+(?:on|for|in|across)\b|\s*[?.!]*$)"
    # a few words ending in it, no verb asking Yes or No: 'quillnet accuracy?'
    rf"|^(?!\s*(?:does|do|did|is|are|was|were|can|could|has|have|will|would)\b)"
    rf"(?:[\w@'’-]+\s+){{0,4}}{ACCURACY}\s*[?.!]*$",
    re.IGNORECASE,
)
# A sentence reporting a result, with a figure in it: '81.5% on M3CoT', 'Top-5 accuracies of 0.843'
REPORTED = re.compile(
    r"\baccura\w*|\bscores?\b|\bsurpass\w*|\boutperform\w*|\bimprov\w*|\bgains?\b|\bachiev\w*"
    r"|\breduc\w*|\berrors?\b|\bboost\w*|\bperform\w*",
    re.IGNORECASE,
)
# ... or saying in words how it did: 'the clear superiority of X', 'beats the state of the art'
WORDED = re.compile(
    rf"{REPORTED.pattern}|\bsuperior\w*|\bstate[- ]of[- ]the[- ]art\b|\bsota\b|\bbetter\b"
    r"|\bbeats?\b|\bexperiments?\b",
    re.IGNORECASE,
)
FIGURE = re.compile(r"\d+(?:\.\d+)?\s*%|\b0?\.\d+\b|\b\d+(?:\.\d+)?\s*(?:points?|pp|x)\b", re.I)
NEGATED_BEFORE = re.compile(r"\b(?:not|no|besides|beyond|other\s+than|except)\s+(?:the\s+)?$", re.I)


def measures_named(text: str, skip_negated: bool = False) -> list[str]:
    """The named measures a text says, in the order of MEASURES; with `skip_negated`, not
    one said as not asked ('not the top-5 accuracy: its sensitivity?' asks sensitivity)."""
    found = []
    for label, pattern in MEASURE_OF:
        for m in pattern.finditer(text):
            before = text[max(0, m.start() - 30) : m.start()]
            one_word_back = re.sub(r"[\w@-]+\s*$", "", before)  # 'not the top-5 recall'
            if skip_negated and (
                NEGATED_BEFORE.search(before) or NEGATED_BEFORE.search(one_word_back)
            ):
                continue
            found.append(label)
            break
    return found


def unmeasured(question: str, paper: Paper) -> str | None:
    """What the question asks of the paper's results that its abstract does not state, as a
    decline names it ('its sensitivity (the measures it reports: accuracy)'); None when the
    abstract states it or the question asks no measure or figure."""
    sentences = split_sentences(paper.abstract)
    asked = measures_named(question, skip_negated=True)
    stated = set(measures_named(paper.abstract))
    missing = [label for label in asked if label not in stated]
    reported = sorted(
        stated | ({"accuracy"} if re.search(r"\baccura", paper.abstract, re.I) else set())
    )
    given = f" (the measures it reports: {', '.join(reported)})" if reported else ""
    if missing:
        return f"its {' or '.join(missing)}{given}"
    figures = [s for s in sentences if REPORTED.search(s) and FIGURE.search(s)]
    if FIGURE_ASKED.search(question) and not figures:
        return "any figure for its results (it reports them in words only)"
    return None


def unvalued(question: str, paper: Paper) -> str | None:
    """An accuracy or a score asked of the paper as a value (VALUE_ASKED) whose abstract says
    how it did in words and gives no figure, as a decline names it; None otherwise. One that
    reports no results at all (a survey's) is left to the answer: the question's premise, a
    method with results, is what is wrong."""
    sentences = split_sentences(paper.abstract)
    figures = [s for s in sentences if REPORTED.search(s) and FIGURE.search(s)]
    worded = any(WORDED.search(s) for s in sentences)
    if VALUE_ASKED.search(question) and worded and not figures:
        return "any figure for its accuracy or scores (it reports its results in words only)"
    return None
