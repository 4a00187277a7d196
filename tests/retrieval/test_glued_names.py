"""A name written glued to its version or size ('Qwen2.5-VL', 'Bleu4', 'GPT-4o', 'Llama3'),
or after a short prefix with a digit ('3D-NEXRAD'), is named by the name alone ('Qwen',
'BLEU', 'NEXRAD'), and a name typed glued ('gpt4o') names the hyphened one; a word inside a
longer word ('art' in 'state-of-the-art', 'bert' in 'Robert') is still no mention."""

from __future__ import annotations

import datetime as dt

import pytest

from prompts.assistant import Assistant
from retrieval import names
from retrieval.model import Paper

ABSTRACTS = {
    "a": "We fine-tune Qwen2.5-VL-7B on receipts.",
    "b": "Scores are given in Bleu4 and ROUGE-L.",
    "c": "Radar volumes from 3D-NEXRAD are fused with station data.",
    "d": "Our 7B model beats GPT-4o on the hardest split.",
    "e": "We pre-train Llama3 adapters; Robert et al. report state-of-the-art results.",
}


def _papers() -> list[Paper]:
    return [
        Paper(
            id=key,
            n=i,
            title=f"Paper {key.upper()}",
            authors=["Ann Example"],
            authors_truncated=False,
            category="CL",
            date=dt.date(2024, 1, 1),
            abstract=text,
        )
        for i, (key, text) in enumerate(ABSTRACTS.items(), start=1)
    ]


@pytest.mark.parametrize(
    ("topic", "found"),
    [
        ("Qwen", {"a"}),
        ("qwen", {"a"}),
        ("BLEU", {"b"}),
        ("bleu", {"b"}),
        ("NEXRAD", {"c"}),
        ("nexrad radar", set()),  # the words one after another: not said so
        ("gpt4o", {"d"}),
        ("GPT-4o", {"d"}),
        ("llama", {"e"}),
        ("bert", set()),  # 'Robert'
        ("art", set()),  # 'state-of-the-art'
        ("qwen3", set()),  # another version
        ("gpt", {"d"}),
    ],
)
def test_a_name_is_found_glued_to_its_version(topic: str, found: set[str]) -> None:
    assert set(names.mentions(_papers(), topic)) == found


@pytest.mark.parametrize("topic", ["qwen", "bleu", "nexrad", "gpt4o", "Qwen", "GPT-4o"])
def test_glued_names_from_the_keyword_index_match_a_full_scan(
    bundled_assistant: Assistant, topic: str
) -> None:
    papers = bundled_assistant.profile.papers
    keywords = bundled_assistant.searcher.keywords
    full = names.mentions(papers, topic)
    assert full  # the bundled profile writes each glued to a version or after '3D-'
    assert names.mentions(papers, topic, keywords) == full
