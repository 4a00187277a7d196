"""The causes claims_unseen7 found in the citation check, each as a family of claims.

On hand-made papers (not the bundled profile): for each cause, the claims that say
something else than the source (dropped) and the honest rewordings next to them (kept).
"""

from __future__ import annotations

import datetime as dt

import pytest

from prompts.llm.support import Verifier
from retrieval.index.embedder import MiniLMEmbedding
from retrieval.model import Paper


def paper(n: int, title: str, sentences: list[str]) -> Paper:
    return Paper.model_validate({
        "id": f"c{n}", "n": n, "title": title, "authors": ["Ada Example"],
        "authors_truncated": False, "category": "CV", "date": dt.date(2024, 5, 2),
        "abstract": " ".join(sentences),
    })  # fmt: skip


STORM = paper(
    1,
    "StormCast: Improving Nowcasting with Radar Precursors",
    [
        "Most nowcasting systems focus on current precipitation and ignore atmospheric precursors.",
        "Despite the success of RadarNet, there still exist two main problems: (1) it ignores "
        "low-level convergence; (2) it builds its training samples in a purely random manner.",
        "We introduce StormCast, a physics-inspired radar framework that models the full life "
        "cycle of convection.",
        "StormCast generalizes to the whole country with supervision from only a small subset of "
        "radar stations.",
        "Further analysis shows that StormCast increases the model's attention to upstream cells.",
        "Our evaluation of state-of-the-art radar models reveals their limited faithfulness "
        "in handling long sequences.",
        "StormCast also shares reward information across stations during training.",
        "In the second stage, we continue training with static initial-state sampling.",
    ],
)
KITE = paper(
    2,
    "Kite: Knowledge Decomposition for Fast Skin Lesion Retrieval",
    [
        "Kite attains new state-of-the-art results on three tasks, including text retrieval "
        "(R@1: 4.03% absolute improvement), image retrieval (R@1: 7.13% abs imv.), and "
        "category recognition (ACC: 3.28% abs imv.).",
        "Its top-3 performance surpasses the average of 19 dermatologists from three countries.",
        "Experiments over a variety of language understanding tasks used in IR systems show "
        "that Kite outperforms state-of-the-art methods.",
        "In the span extraction stage, we transform the sequential tags into a global "
        "boundary matrix.",
        "Kite decomposes knowledge injection into the pre-training, fine-tuning and inference "
        "stages.",
        "We further show that Kite has a higher inference speed than other competing models.",
        "Experiments on two public datasets and an industry dataset show the privacy leakage.",
        "We adapt these metrics to evaluate a system summary against its source document.",
    ],
)
PAPERS = [STORM, KITE]


@pytest.fixture(scope="module")
def verifier(embedder: MiniLMEmbedding) -> Verifier:
    return Verifier(embedder, PAPERS, owner="Ada Example")


@pytest.mark.parametrize(
    ("source", "claim"),
    [
        # A weak negative after what it denies: 'their faithfulness ... is limited'.
        (
            STORM,
            "The evaluation shows that the faithfulness of state-of-the-art radar models "
            "in handling long sequences is limited.",
        ),
        (
            STORM,
            "Evaluating state-of-the-art radar models reveals that their faithfulness in "
            "handling long sequences is limited.",
        ),
        # A word of the title is the paper's own, even where its first sentence is on others.
        (
            STORM,
            "In this nowcasting work, StormCast is a physics-inspired radar framework that "
            "models the full life cycle of convection.",
        ),
        (
            STORM,
            "The authors' nowcasting paper presents StormCast, which models the whole life "
            "cycle of convection with a physics-inspired radar framework.",
        ),
        # 'keeps training' for 'continue training'.
        (
            STORM,
            "In the second stage, StormCast keeps training with static initial-state sampling.",
        ),
        # A comparison in the second clause of a merged claim.
        (
            KITE,
            "Kite decomposes knowledge injection into the pre-training, fine-tuning and "
            "inference stages, and it has a higher inference speed than competing models.",
        ),
        (
            KITE,
            "Kite splits knowledge injection across pre-training, fine-tuning and "
            "inference, and it infers faster than other competing models.",
        ),
        # 'one industry dataset' for 'an industry dataset'.
        (
            KITE,
            "Experiments on two public datasets and one industry dataset show the privacy leakage.",
        ),
    ],
)
def test_honest_rewordings_are_kept(verifier: Verifier, source: Paper, claim: str) -> None:
    verdict = verifier.check(claim, [1], [source])
    assert verdict.supported, verdict.problems


@pytest.mark.parametrize(
    ("source", "claim"),
    [
        # The faults of earlier work restated as such.
        (STORM, "RadarNet builds its training samples in a purely random manner."),
        (STORM, "RadarNet ignores low-level convergence."),
        # 'also' with what the paper says.
        (STORM, "StormCast also shares reward information across stations during training."),
        (
            KITE,
            "The privacy leakage is shown on two public datasets and a single industry dataset.",
        ),
        # A measurement with the words that mark it.
        (KITE, "Kite improves text retrieval R@1 by 4.03% absolute."),
        (KITE, "Kite improves image retrieval R@1 by 7.13%."),
        # A count with the thing it counts.
        (KITE, "Its top-3 performance surpasses the average of 19 dermatologists."),
        # 'information retrieval systems' spells 'IR systems'; a verb's object has no modifier.
        (
            KITE,
            "Kite is evaluated on language understanding tasks used in information "
            "retrieval systems.",
        ),
        (
            KITE,
            "The authors adapt these metrics to compare a system summary against its "
            "source document.",
        ),
    ],
)
def test_rewordings_next_to_the_new_rules_stay_kept(
    verifier: Verifier, source: Paper, claim: str
) -> None:
    """Kept before these rules too: what each rule must not take for its lie."""
    verdict = verifier.check(claim, [1], [source])
    assert verdict.supported, verdict.problems


@pytest.mark.parametrize(
    ("source", "claim", "why"),
    [
        # Earlier work's faults, granted its success in a 'Despite ...' sentence, said of the
        # paper's own method.
        (STORM, "StormCast builds its training samples in a purely random manner.", "earlier work"),
        (STORM, "StormCast ignores low-level convergence.", "earlier work"),
        (
            STORM,
            "According to the paper, StormCast constructs its training samples in a purely "
            "random manner.",
            "earlier work",
        ),
        # Negation by an adverb of frequency.
        (STORM, "StormCast rarely increases the model's attention to upstream cells.", "denies"),
        (
            STORM,
            "Further analysis shows that StormCast seldom increases the model's attention to "
            "upstream cells.",
            "denies",
        ),
        (STORM, "StormCast hardly increases the model's attention to upstream cells.", "denies"),
        # An antonym: 'reduces' for 'increases'.
        (
            STORM,
            "Further analysis shows that StormCast reduces the model's attention to upstream "
            "cells.",
            "'reduc' where the source has 'increas'",
        ),
        (STORM, "StormCast appears to reduce the model's attention to upstream cells.", "reduc"),
        # 'every' or 'all' where the source has 'only a small subset'.
        (
            STORM,
            "StormCast needs supervision from every radar station to generalize to the whole "
            "country.",
            "'everi' where the source has 'subset'",
        ),
        (
            STORM,
            "StormCast generalizes to the whole country with supervision from all of the "
            "radar stations.",
            "subset",
        ),
        # What a claim says the paper 'also' does, in words the paper never uses.
        (STORM, "StormCast also detects nested hailstorms well.", "also"),
        (STORM, "StormCast also reduces the compute cost of radar training.", "also"),
        (STORM, "The framework also speeds up convergence during pre-training.", "also"),
        # A measurement given the word that marks another one.
        (KITE, "Kite improves image retrieval R@1 by 4.03% absolute.", "4.03"),
        (KITE, "Kite's image retrieval R@1 rises by 4.03%.", "4.03"),
        # A large count given to things the paper never names.
        (KITE, "Its top-3 performance surpasses the average of 19 radiologists.", "number 19"),
        (
            KITE,
            "Kite beats the average of 19 ophthalmologists with its top-3 performance.",
            "number 19",
        ),
        # A swapped word before a head noun the swap check had missed: the closest sentence
        # is the title, or the head is 'matrix' or 'systems'.
        (
            KITE,
            "In the span extraction stage, Kite transforms the sequential tags into a "
            "global attention matrix.",
            "'attent matrix' where the source has 'boundari matrix'",
        ),
        (
            KITE,
            "Kite is evaluated over a variety of language understanding tasks used in "
            "recommender systems.",
            "'recommend system' where the source has 'ir system'",
        ),
    ],
)
def test_claims_that_say_something_else_are_dropped(
    verifier: Verifier, source: Paper, claim: str, why: str
) -> None:
    verdict = verifier.check(claim, [1], [source])
    assert not verdict.supported
    assert any(why in p for p in verdict.problems), verdict.problems
