"""What a question takes as given about one named paper, checked against the paper's own
sentences and said first: a word its abstract says negated ('non-autoregressive' for
'autoregressive', 'closed-domain' for 'open-domain'), a model family its abstract never names
where it names another ('RoBERTa', not Llama; 'Tencent', not Google), and a thing its abstract says only of earlier
work or sets itself against ('template-based', 'decoding words one by one'). On a synthetic
profile; casual, formal, typo, he/she/they/the name, indirect; premises that hold are not
corrected."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from prompts.assistant import Assistant
from tests.prompts.synthetic import opened, profile_text

LUMEN = (
    "Lumen: Parallel Captioning of Product Photos",
    "Existing caption generators are mostly template-based, filling hand-written sentence "
    "frames, and fail on rare products. "
    "To address these limitations, we propose Lumen, a non-autoregressive captioner trained "
    "end-to-end on unlabeled listings of closed-domain product catalogues. Instead of decoding "
    "words one by one, "
    "Lumen fills every caption slot in parallel. We implement Lumen upon RoBERTa with a ViT-B/16 "
    "image encoder and evaluate it on three catalogues, where it doubles the captioning speed. "
    "Lumen now captions the listings of Tencent's shopping apps.",
)
CORRECTED = ("No", "That premise does not hold")


@pytest.fixture(scope="module")
def ada(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    text = profile_text([LUMEN], "CV", others=3, kinds=3)
    return opened(Path(tmp_path_factory.mktemp("lumen")), text)


@pytest.mark.parametrize(
    ("question", "stated"),
    [
        # said negated by a prefix
        ("Lumen is autoregressive, right?", "non-autoregressive"),
        ("True or false: Lumen writes its captions autoregressively.", "non-autoregressive"),
        ("Her Lumen captioner is an autoregressive decoder, isn't it?", "non-autoregressive"),
        ("lumen = autoregressive captionr?", "non-autoregressive"),
        # said with the opposite head
        ("Isn't Lumen meant for open-domain photos?", "closed-domain"),
        ("I read that Lumen was built for the open domain. Is that so?", "closed-domain"),
        ("Their Lumen paper targets open-domain captioning, correct?", "closed-domain"),
        ("How many labeled listings does Lumen need?", "unlabeled"),
    ],
)
def test_a_word_the_abstract_says_negated_is_corrected_with_its_sentence(
    ada: Assistant, question: str, stated: str
) -> None:
    answer = ada.ask(question)
    assert answer.text.startswith(CORRECTED), (question, answer.text[:300])
    assert stated in answer.text, (question, answer.text[:300])
    assert answer.citations and answer.citations[0].title == LUMEN[0]


@pytest.mark.parametrize(
    "question",
    [
        "Which Llama version does Lumen use?",
        "Since Lumen is built on T5, how fast is it?",
        "I heard his Lumen runs on GPT-4. Is that right?",
        "Does Lumen use LLaMA?",
        "Is it true that the Lumen paper fine-tunes Qwen models?",
    ],
)
def test_a_model_family_the_abstract_never_names_is_not_confirmed(
    ada: Assistant, question: str
) -> None:
    answer = ada.ask(question)
    assert not answer.text.startswith("Yes"), (question, answer.text[:300])
    assert "RoBERTa" in answer.text.split("\n")[0], (question, answer.text[:300])


@pytest.mark.parametrize(
    "question",
    [
        "Lumen was built at Google, right?",
        "which alibaba teams use lumen?",
        "Since her Lumen is a ByteDance product, where is it deployed?",
    ],
)
def test_a_company_the_abstract_never_names_is_answered_by_the_one_it_names(
    ada: Assistant, question: str
) -> None:
    first = ada.ask(question).text.split("\n")[0]
    assert first.startswith(CORRECTED) and "names Tencent, not" in first, (question, first)


@pytest.mark.parametrize(
    "question", ["Which ResNet does Lumen use for images?", "lumen's resnet-50 backbone - why?"]
)
def test_a_model_family_is_answered_by_one_of_its_kind(ada: Assistant, question: str) -> None:
    first = ada.ask(question).text.split("\n")[0]
    assert "names ViT-B/16, not" in first, (question, first)


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("Lumen fills hand-written sentence frames, right?", "earlier work"),
        ("I read that her Lumen is template-based. Is that so?", "earlier work"),
        # the paper described, not named
        ("the parallel product-photo captioning paper is template-based, right?", "earlier work"),
        ("Since Lumen is template-based, how many templates does she use?", "earlier work"),
        ("I'm curious how Lumen decodes the words one by one.", "set against"),
        ("Given that Lumen decodes words one by one, how slow is it?", "set against"),
    ],
)
def test_what_the_abstract_says_of_earlier_work_is_no_premise_of_the_paper(
    ada: Assistant, question: str, said: str
) -> None:
    answer = ada.ask(question)
    first = answer.text.split("\n")[0]
    assert first.startswith(CORRECTED), (question, answer.text[:300])
    assert said in first, (question, answer.text[:300])


@pytest.mark.parametrize(
    "question",
    [
        # true premises
        "Lumen is non-autoregressive, right?",
        "Is Lumen meant for closed-domain catalogues?",
        "Does Lumen use RoBERTa?",
        "Since Lumen is built on RoBERTa, how fast is it?",
        "Is Lumen used in Tencent's apps?",
        # a word of another form: a field label is no labeled listing
        "Under which field label is Lumen filed?",
        # questions about earlier work or the difference, not premises
        "What do existing caption generators fail on, according to Lumen?",
        "Which category is the Lumen paper filed under?",
        # a subject of the person's, not a paper described
        "Is it true that this researcher has papers on caption generators?",
        "How does Lumen handle rare products?",
        "Which products do template-based generators fail on, per Lumen?",
        "How many hand-written sentence frames does Lumen replace?",
        "How does Lumen differ from template-based generators?",
        "How much faster is Lumen than decoding words one by one?",
        # a model it is set against, not one it is built on; a word that is no model's name
        "Does Lumen beat GPT-4?",
        "Does Lumen caption video clips?",
    ],
)
def test_a_premise_that_holds_or_no_premise_is_not_corrected(ada: Assistant, question: str) -> None:
    answer = ada.ask(question)
    first = answer.text.split("\n")[0]
    assert not first.startswith("That premise does not hold"), (question, answer.text[:300])
    assert "earlier work" not in first and "set against" not in first, (question, first)
    assert not re.search(r"not (?:GPT-4|RoBERTa|clips|Tencent)", first), (question, first)
