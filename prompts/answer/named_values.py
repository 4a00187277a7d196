"""A name a question gives one named paper's part that its abstract gives another name of the
same kind: 'Valley's encoder is a ViT-B/16' where it adopts 'ViT-L/14 as the vision encoder',
'R1-ShareVL is PPO-based' where it proposes 'Share-GRPO, a novel RL approach'. Names are read by
their shape (letters with digits: a model; capitals: an algorithm or method), the kind by the
shape and the part by the words the question and the abstract's sentence share. A model family
or company the abstract never names ('Llama', 'Google') is answered by the one of its kind it
does name ('Qwen-2.5-Math-7B', 'Alibaba Group')."""

from __future__ import annotations

import re

from prompts.understand.terms import STOPWORDS
from retrieval.model import CATEGORY_NAMES, Paper
from retrieval.names import aliases
from retrieval.text import stem

# A model's name: letters with digits, a size or patch after a slash ('ViT-B/16', 'GPT-4o',
# 'Qwen2.5-VL'); never a year or a size alone ('2020', '7B').
VERSIONED = re.compile(
    r"(?<![\w/.-])(?=[\w./-]*\d)(?=[\w./-]*[A-Za-z]{2})[A-Za-z][\w./-]*[A-Za-z\d](?![\w-])"
)
# A method's or algorithm's acronym: two or more capitals, alone or after a hyphen ('PPO',
# 'GRPO' in 'Share-GRPO', 'MLLMs').
ACRONYM = re.compile(r"(?<![A-Za-z0-9])[A-Z][A-Z0-9]*[A-Z](?:s)?(?![A-Za-z0-9])")
# '-based', '-powered': what the paper is built on, which its title's method names
# A word in capitals set before a colon, labelling what follows ('TODO:', 'FYI:', 'Q:')
LABEL = re.compile(r"(?<![\w-])[A-Z][A-Za-z]*\s*:(?=\s|$)")
BASED = re.compile(r"[- ](?:based|powered|driven|backed)\b", re.IGNORECASE)
# Set against another model ('beats GPT-4o'): the other paper's own check answers that.
AGAINST = re.compile(
    r"\b(?:beat\w*|over|vs\.?|versus|than|outperform\w*|surpass\w*|compared?|against)\b",
    re.IGNORECASE,
)
# 'ViT-B/16 or ViT-L/14?' asks which: no statement to refute
CHOICE = re.compile(r"\bor\b|\bwhich\b|\bwhat\b", re.IGNORECASE)
LEAD = "Its abstract names"
# Pretrained model families askers name, often without a version ('Llama', 'bert', 'resnet'),
# and the companies papers are built at, by kind: a family stands in for another of its kind
# only ('Qwen' for 'Llama', not 'ViT').
# Those that are also English words count only in their own capitals ('CLIP', not 'clips').
KINDS = {
    "language": "chatgpt gpt bert roberta deberta albert electra xlnet t5 bart llama vicuna"
    " mixtral qwen gemma deepseek baichuan chatglm internlm Mistral Gemini Claude",
    "vision": "vit resnet vgg efficientnet yolo CLIP BLIP",
    "image generation": "dall-e stable-diffusion",
    "speech": "wav2vec Whisper",
    # where it was built or runs: 'built at Google' where it powers 'units within Alibaba Group'
    "organization": "google alibaba bytedance tiktok tencent baidu huawei microsoft nvidia openai"
    " deepmind facebook Amazon Apple",
}
FAMILY_KIND = {f.casefold(): kind for kind, fs in KINDS.items() for f in fs.split()}
NAMES = [f for fs in KINDS.values() for f in fs.split()]
FAMILIES = sorted((f for f in NAMES if f.islower()), key=len, reverse=True)
CASED = [f for f in NAMES if not f.islower()]
# A family's name, with its version, size or variant ('Qwen-2.5-Math-7B', 'gpt2', 'ViT-L/14',
# 'Llama 3'), never the start of another word ('BERTScore'; 'RoBERTa' is no 'bert')
FAMILY = re.compile(
    rf"(?<![A-Za-z\d-])(?P<family>(?i:{'|'.join(FAMILIES).replace('-', '[- ]')})"
    rf"|{'|'.join(CASED)})(?:[- ]?v?\d(?:[\w.]*\w)?|-[A-Z](?:[\w.]*\w)?|/\d+)*(?![A-Za-z])"
)
SAME_FAMILY = {"chatgpt": "gpt"}


def _fold(name: str) -> str:
    folded = re.sub(r"[\W_]", "", name.casefold())
    return folded[:-1] if folded.endswith("s") and name[:-1].isupper() else folded


def _head(name: str) -> str:
    """The letters a versioned name starts with ('vit' of 'ViT-B/16', 'gpt' of 'GPT-4o')."""
    return re.match(r"[a-z]*", name.casefold())[0]  # type: ignore[index]


def _names(text: str, shape: re.Pattern[str]) -> list[str]:
    return [m[0] for m in shape.finditer(text)]


def _said(text: str) -> set[str]:
    """Every name in the text, folded, and each hyphenated part of it ('Share-GRPO': 'grpo')."""
    found = set()
    for m in re.finditer(r"[\w./+-]+", text):
        found.add(_fold(m[0]))
        found.update(_fold(part) for part in re.split(r"[-/]", m[0]))
    return found


def _context(text: str) -> set[str]:
    return set(stem(w for w in re.findall(r"[a-z]+", text.casefold()) if w not in STOPWORDS))


def _unnamed_paper(question: str, paper: Paper) -> tuple[str, set[str]]:
    """The question without the paper's names, and every name the paper's own text says
    (an acronym spelled out counts: 'NLU' where it says 'Natural Language Understanding')."""
    names = "|".join(re.escape(a) for a in aliases(paper))
    asked = re.sub(rf"(?<![\w-])(?:{names})(?![\w-])", " ", question, flags=re.IGNORECASE)
    asked = LABEL.sub(" ", asked)  # '# TODO: date for ...', 'NB: ...': a label, not a name
    text = paper.title + " " + paper.abstract
    initials = "".join(w[0] for w in re.findall(r"[a-z]+", text.casefold()))
    spelled = {
        _fold(m[0])
        for m in ACRONYM.finditer(asked)
        if _fold(m[0]).isalpha() and _fold(m[0]) in initials
    }
    return asked, _said(text) | {_fold(a) for a in aliases(paper)} | spelled


def other_named(question: str, paper: Paper, sentences: list[str]) -> str | None:
    """The abstract's sentence naming another part of the kind the question names ('ViT-L/14
    as the vision encoder' for 'a ViT-B/16 encoder'), when the question's name is nowhere in
    the paper's title or abstract; None when it is, or nothing of its kind holds its place."""
    if AGAINST.search(question) or CHOICE.search(question):
        return None
    asked, own = _unnamed_paper(question, paper)
    for shape in (VERSIONED, ACRONYM):
        values = [v for v in _names(asked, shape) if v not in CATEGORY_NAMES]
        missing = [v for v in values if _fold(v) not in own]
        if not missing:
            continue
        value = missing[0]
        # the title's words name the paper, not the part asked ('the ... NLU paper')
        context = _context(asked.replace(value, " ")) - _context(paper.title)
        found = _other(value, shape, context, paper, sentences, _said(asked))
        if found is None and BASED.search(asked):  # 'a PPO-based method': the title's method
            found = _titled(shape, paper, sentences, _said(asked))
        if found is not None:
            other, sentence = found
            return f'{LEAD} {other}, not {value}: "{sentence}"'
    return None


def _other(
    value: str,
    shape: re.Pattern[str],
    context: set[str],
    paper: Paper,
    sentences: list[str],
    asked: set[str],
) -> tuple[str, str] | None:
    """The name of the same shape the abstract gives in the question's place, and its sentence:
    one whose sentence shares the question's words about the part ('encoder'), or a versioned
    name with the same head ('ViT-L/14' for 'ViT-B/16')."""
    best: tuple[float, str, str] | None = None
    titled = _said(paper.title)  # of two alike, the one the title names is the paper's own
    model = FAMILY.fullmatch(value) is not None  # a model's family: only another model answers
    for sentence in sentences:
        shared = len(context & _context(sentence))
        for other in _names(sentence, shape):
            if _fold(other) in asked or other in CATEGORY_NAMES or paper_named(other, paper):
                continue
            if model and not (FAMILY.fullmatch(other) or _alike(value, other, shape)):
                continue  # 'NLP' is no answer to 'BERT'
            alike = _alike(value, other, shape)
            score = shared + alike + 0.5 * (_fold(other) in titled)
            if shared + alike and (best is None or score > best[0]):
                best = (score, other, sentence)
    return (best[1], best[2]) if best else None


def _alike(value: str, other: str, shape: re.Pattern[str]) -> bool:
    """Two names of one kind: versioned ones with the same head ('ViT-B/16', 'ViT-L/14'),
    acronyms ending alike, where an acronym's last letters spell its head noun ('PPO', 'GRPO',
    'DAPO': policy optimization; 'GNN', 'BGNN': networks)."""
    if shape is VERSIONED:
        return len(_head(value)) > 1 and _head(other) == _head(value)
    # both of three letters or more: 'RL' is no kin of 'URL'
    return min(len(_fold(value)), len(_fold(other))) > 2 and _fold(value)[-2:] == _fold(other)[-2:]


def _titled(
    shape: re.Pattern[str], paper: Paper, sentences: list[str], asked: set[str]
) -> tuple[str, str] | None:
    """The method of that shape the paper's title names ('via Share-GRPO'), with the
    abstract's first sentence naming it (else the title)."""
    for other in _names(paper.title, shape):
        if _fold(other) in asked or other in CATEGORY_NAMES or paper_named(other, paper):
            continue
        return other, next((s for s in sentences if other in s), paper.title)
    return None


def paper_named(name: str, paper: Paper) -> bool:
    """Is the name the paper's own ('VIPER' of 'Beyond the Last Frame'), or part of its first
    name ('Valley2')? A part of another ('GRPO' of 'Share-GRPO', R1-ShareVL's method) is what
    it is built on, so no."""
    names = aliases(paper)
    return _fold(name) in _said(names[0]) | {_fold(a) for a in names}


def _family(match: re.Match[str]) -> str:
    family = re.sub(r"\s+", "-", match["family"].casefold())
    return SAME_FAMILY.get(family, family)


def other_family(question: str, paper: Paper, sentences: list[str]) -> str | None:
    """'Which Llama version did the CURE authors train?', 'MFT on GPT-2: results?' where the
    paper's title and abstract never name the family asked and its own sentence names another
    ('experiments on Qwen-2.5-Math-7B', 'We implement MFT upon BERT'): that sentence. Not for a
    model it is set against ('beats Llama?'), nor when the abstract names the family asked (a
    version, or a comparison: other checks')."""
    if AGAINST.search(question):
        return None
    asked = [m for m in FAMILY.finditer(_unnamed_paper(question, paper)[0])]
    named = {_family(m) for m in FAMILY.finditer(paper.title + " " + paper.abstract)}
    if not asked or any(_family(m) in named for m in asked):
        return None
    kind = FAMILY_KIND[_family(asked[0])]
    found = [
        (m[0], sentence)
        for sentence in sentences
        for m in FAMILY.finditer(sentence)
        if FAMILY_KIND[_family(m)] == kind and not paper_named(m[0], paper)
    ]
    # the model it is built on or tested with, before one it is compared with
    found.sort(key=lambda f: AGAINST.search(f[1]) is not None)
    if not found:
        return None
    other, sentence = found[0]
    return f'{LEAD} {other}, not {asked[0][0]}: "{sentence}"'


def unnamed(question: str, paper: Paper) -> str | None:
    """The model or method name a yes/no gives the paper that its title and abstract never
    name ('Does SMedBERT use GPT-2?'): a match on the paper's name is no Yes to it."""
    if CHOICE.search(question):
        return None
    asked, own = _unnamed_paper(question, paper)
    for shape in (VERSIONED, ACRONYM):
        for value in _names(asked, shape):
            if value not in CATEGORY_NAMES and _fold(value) not in own:
                return value
    named = {_family(m) for m in FAMILY.finditer(paper.title + " " + paper.abstract)}
    return next((m[0] for m in FAMILY.finditer(asked) if _family(m) not in named), None)
