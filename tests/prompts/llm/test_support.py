"""The support check on hand-made papers: what it keeps, what it drops, and why.

Each family of claims is one kind of lie (or one kind of honest rewording) that a model
writes; the check must tell them apart by meaning and consistency, not by shared words.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from prompts.assistant import Assistant
from prompts.llm.claims import ClaimRecord, check_claims
from prompts.llm.support import Verifier
from retrieval.index.embedder import MiniLMEmbedding
from retrieval.model import Paper

DEV_CLAIMS = Path(__file__).resolve().parents[3] / "data" / "eval" / "claims_dev.jsonl"


def paper(n: int, title: str, abstract: str, authors: list[str]) -> Paper:
    return Paper.model_validate({
        "id": f"s{n}", "n": n, "title": title, "authors": authors, "authors_truncated": False,
        "category": "CL", "date": dt.date(2021, 10, 16), "abstract": abstract,
    })  # fmt: skip


HRKD = paper(
    1,
    "HRKD: Hierarchical Relational Knowledge Distillation for Cross-domain Language Model "
    "Compression",
    "Large pre-trained language models are too big and slow for resource-limited devices. "
    "We compress them with knowledge distillation and propose HRKD, which uses meta-learning "
    "and domain-relational graphs to capture relational information across domains. "
    "Experiments on six public multi-domain datasets show that HRKD outperforms strong "
    "baselines, and it does not need labelled target data.",
    ["Chenhe Dong", "Yaliang Li", "Ada Example"],
)
METASN = paper(
    2,
    "Meta-Learning Siamese Network for Few-Shot Text Classification",
    "We propose Meta-SN for few-shot text classification. Meta-SN encodes class names and "
    "descriptions as prototype vectors instead of averaging the sampled support set. "
    "It gives hard-to-classify samples higher sampling probabilities when building "
    "meta-tasks. Experiments on FewRel and ARSC show clear gains.",
    ["Chengcheng Han", "Ada Example"],
)
PAPERS = [HRKD, METASN]


@pytest.fixture(scope="module")
def verifier(embedder: MiniLMEmbedding) -> Verifier:
    return Verifier(embedder, PAPERS, owner="Ada Example")


def kept(verifier: Verifier, claim: str, cited: int = 1) -> bool:
    return verifier.check(claim, [cited], PAPERS).supported


@pytest.mark.parametrize(
    "claim",
    [
        "HRKD uses meta-learning and domain-relational graphs to capture relational "
        "information across domains.",
        "To shrink big pre-trained language models, HRKD relies on knowledge distillation.",
        "HRKD beats strong baselines on six public multi-domain datasets.",
        "HRKD is evaluated on 6 public multi-domain datasets.",
        "HRKD works without labelled target data.",
    ],
)
def test_supported_claims_are_kept_verbatim_paraphrased_or_with_numbers(
    verifier: Verifier, claim: str
) -> None:
    verdict = verifier.check(claim, [1], PAPERS)
    assert verdict.supported, verdict.problems
    assert verdict.evidence and all(e in HRKD.abstract for e in verdict.evidence)


@pytest.mark.parametrize(
    ("claim", "why"),
    [
        ("HRKD is evaluated on eight public multi-domain datasets.", "number"),
        ("HRKD is evaluated on 8 public multi-domain datasets.", "number"),
        ("HRKD outperforms strong baselines on the GLUE benchmark.", "name"),
        ("HRKD does not use knowledge distillation.", "negation"),
        ("HRKD performs worse than strong baselines.", "negation"),
        ("HRKD needs labelled target data.", "negation"),
        ("Meta-SN compresses language models with relational graphs.", "name"),
        ("HRKD samples hard-to-classify examples more often.", "belongs to another paper"),
    ],
)
def test_wrong_numbers_names_and_flipped_claims_are_dropped_with_a_reason(
    verifier: Verifier, claim: str, why: str
) -> None:
    verdict = verifier.check(claim, [1], PAPERS)
    assert not verdict.supported
    assert any(why in p for p in verdict.problems), verdict.problems


def test_a_plausible_but_unstated_claim_is_dropped(verifier: Verifier) -> None:
    assert not kept(verifier, "HRKD halves the energy use of phones during inference.")


def test_a_claim_cited_to_the_wrong_paper_moves_to_the_source_that_states_it(
    verifier: Verifier,
) -> None:
    claim = "It gives hard-to-classify samples higher sampling probabilities."
    verdict = verifier.check(claim, [1], PAPERS)
    assert verdict.supported and verdict.reattributed and verdict.sources == [2]
    alone = verifier.check(claim, [1], [HRKD])  # no other source that states it: dropped
    assert not alone.supported


def test_people_named_as_authors_are_checked_against_the_author_list(
    verifier: Verifier,
) -> None:
    assert kept(verifier, "Chenhe Dong et al. (2021) propose HRKD for language model compression.")
    assert kept(verifier, "Ada Example co-authored HRKD, which compresses language models.")
    for claim in (
        "Ada Example et al. (2021) propose HRKD for language model compression.",
        "Chengcheng Han and colleagues propose HRKD for language model compression.",
    ):
        verdict = verifier.check(claim, [1], [HRKD])
        assert not verdict.supported
        assert any("not among its authors" in p for p in verdict.problems)


def test_eval_claims_uses_the_check_and_reports_unknown_titles(verifier: Verifier) -> None:
    records = [
        ClaimRecord(
            id="a", claim="Meta-SN is tested on FewRel and ARSC.", paper_title=METASN.title
        ),
        ClaimRecord(id="b", claim="Meta-SN is tested on SST-2.", paper_title=METASN.title),
        ClaimRecord(id="c", claim="Meta-SN is tested on FewRel.", paper_title="No such paper"),
    ]
    a, b, c = check_claims(records, verifier)
    assert a.supported and a.evidence[0] == "Experiments on FewRel and ARSC show clear gains."
    assert not b.supported and not c.supported and "no paper titled" in c.problems[0]


def test_the_labelled_dev_claims_keep_what_is_stated_and_drop_changed_facts(
    bundled_assistant: Assistant,
) -> None:
    lines = DEV_CLAIMS.read_text(encoding="utf-8").splitlines()
    records = [ClaimRecord.model_validate(json.loads(ln)) for ln in lines if ln.strip()]
    results = check_claims(records, bundled_assistant.verifier)
    by_kind: dict[str, list[bool]] = {}
    for record, result in zip(records, results, strict=True):
        by_kind.setdefault(record.kind or "", []).append(result.supported)
    assert all(by_kind["verbatim"]) and all(by_kind["number"])
    for lie in ("changed_number", "swapped_name", "wrong_paper"):
        assert not any(by_kind[lie]), lie


# A paper whose abstract says things in the ways abstracts do: a contrast with earlier work,
# 'not only ... but also', a '-free' compound, a prevented problem, a limitation it found.
CURIO = paper(
    3,
    "Curio: Multilingual Retrieval without Manual Prompts",
    "Unlike earlier retrievers that rely on memorizing thousands of product labels, Curio "
    "matches product images with candidate captions. It considers not only the global "
    "semantics but also the conditional elements of a query. Curio is a prompt-free "
    "framework that prevents representation collapse during fine-tuning. Curio surpasses "
    "the average of 12 human annotators on the multilingual benchmark. We find that current "
    "retrievers show limited faithfulness on long multimodal queries.",
    ["Ada Example"],
)


@pytest.fixture(scope="module")
def curio(embedder: MiniLMEmbedding) -> Verifier:
    return Verifier(embedder, [CURIO, HRKD, METASN], owner="Ada Example")


@pytest.mark.parametrize(
    "claim",
    [
        "Rather than memorising thousands of product labels, Curio matches product images "
        "with candidate captions.",
        "Curio considers both the global semantics and the conditional elements of a query.",
        "Curio needs no prompts, and it keeps representations from collapsing during fine-tuning.",
        "Curio prevents representation collapse during fine-tuning.",
        "Curio does better than the average of 12 human annotators on the multilingual benchmark.",
        "Current retrievers are not very faithful on long multimodal queries.",
    ],
)
def test_negations_in_the_evidence_and_the_claim_that_agree_keep_it(
    curio: Verifier, claim: str
) -> None:
    verdict = curio.check(claim, [1], [CURIO])
    assert verdict.supported, verdict.problems


@pytest.mark.parametrize(
    "claim",
    [
        "Curio does not match product images with candidate captions.",
        "Curio fails to match product images with candidate captions.",
        "Curio never matches product images with candidate captions.",
        "Curio is unable to match product images with candidate captions.",
        "Curio memorizes thousands of product labels instead of matching images with captions.",
        "Curio ignores the conditional elements of a query.",
        "Curio lets representation collapse happen during fine-tuning.",
        "Curio is not able to prevent representation collapse during fine-tuning.",
        "Curio falls short of the average of 12 human annotators on the multilingual benchmark.",
        "Curio is below the average of 12 human annotators on the multilingual benchmark.",
        "Curio is evaluated on a monolingual benchmark.",
    ],
)
def test_a_claim_that_denies_or_reverses_its_evidence_is_dropped(
    curio: Verifier, claim: str
) -> None:
    verdict = curio.check(claim, [1], [CURIO])
    assert not verdict.supported
    assert any("negation or direction" in p for p in verdict.problems), verdict.problems


def test_a_phrase_that_marks_another_profile_paper_counts_against_a_claim(
    curio: Verifier,
) -> None:
    claim = "Curio samples the hard-to-classify examples when building meta-tasks."
    verdict = curio.check(claim, [1], [CURIO])
    assert not verdict.supported
