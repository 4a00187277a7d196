"""Tune prompts.citations.SUPPORT_THRESHOLD: paraphrases must pass, fabrications must fail.

Hand-written claims about papers of the bundled profile, each citing one paper by its listing
number: paraphrases (what a model would write from the abstract, some loosely worded) and
fabrications (plausible claims the abstract does not make). Each is checked by the real
`verify` (word share and the invented-number rule). Prints each claim's support, whether it
is kept, and the error rates per threshold. Run: .venv/bin/python bench/citation_threshold.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from prompts.llm.citations import SUPPORT_THRESHOLD, content_words, source_words, verify
from retrieval.ingest.load import load_profile
from retrieval.search import Hit

PROFILE = Path(__file__).resolve().parent.parent / "data" / "minghui_qiu_profile.txt"
RESEARCHER = "Minghui Qiu"


def parse(block: str) -> list[tuple[int, str]]:
    """'n | claim' lines: the paper's listing number and a claim about it."""
    rows = [ln.split("|", 1) for ln in block.strip().splitlines() if not ln.startswith("#")]
    return [(int(n), claim.strip()) for n, claim in rows]


PARAPHRASES = parse("""
 1 | He co-authored Meta-SN, a meta-learning Siamese network for few-shot text classification.
 1 | It uses class names and descriptive texts as external knowledge to build prototype vectors.
 1 | The method samples hard-to-classify examples more often when building meta-tasks.
 2 | Valley is a multimodal foundation model aimed at understanding video.
 2 | The authors built two datasets, Valley-702k and Valley-instruct-73k, for video-text alignment.
 3 | EasyNLP is a toolkit that makes it easy to build NLP applications.
 3 | It supports knowledge distillation and few-shot learning for large pre-trained models.
 4 | CP-Tuning tunes pre-trained language models with contrastive prompts, no hand-made verbalizers.
 9 | KECP treats extractive question answering as a few-shot problem using contrastive prompting.
21 | HRKD compresses pre-trained language models by hierarchical relational knowledge distillation.
21 | The work aims at deploying smaller models on resource-limited devices.
25 | The paper asks whether large language models can understand reversed text.
29 | RainSeer reconstructs high-resolution rainfall fields with physics-guided modeling.
37 | He proposed a graph neural network for session-based recommendation that uses global context.
45 | The paper introduces a multi-target machine reading comprehension task in the medical domain.
49 | Meta fine-tuning learns across domains to improve multi-domain text mining.
 5 | Valley3 is an omni multimodal model for e-commerce covering text, images, video and audio.
17 | GThinker targets vision-centric multimodal reasoning with cue-guided rethinking.
33 | CODA is a cost-efficient test-time domain adaptation mechanism for human activity recognition.
41 | It selects pseudo-relevance feedback by reinforcement learning for information-seeking chats.
# looser wording, as a model might write it
21 | The paper makes language models smaller so they run on limited hardware.
 2 | Valley can follow instructions about videos.
29 | RainSeer helps flood forecasting by reconstructing rainfall.
37 | The method models user preferences across sessions.
25 | Models trained from scratch on reversed text can read it, unlike standard pre-trained LLMs.
 3 | He helped build a library that powers business units at Alibaba.
45 | The work addresses reading comprehension for medicine, where training data is scarce.
49 | The approach lets related tasks in different domains reinforce each other.
""")
FABRICATIONS = parse("""
 1 | Meta-SN won the best paper award at ACL 2023.
 1 | The model was trained on 40 million tweets in Chinese.
 2 | Valley generates photorealistic images from text descriptions.
 2 | He founded a startup to sell Valley to hospitals.
 3 | EasyNLP is mainly used for protein folding and drug discovery.
 4 | CP-Tuning improves accuracy by 12.5 points over GPT-4.
 9 | KECP detects fraud in credit card transactions.
21 | HRKD runs quantum circuits on superconducting hardware.
25 | The study shows that humans read backwards faster than forwards.
29 | RainSeer predicts stock prices from weather reports.
37 | The approach was deployed at Netflix and doubled user retention.
45 | The paper proposes a speech recognition system for legal documents.
49 | Minghui Qiu received a lifetime achievement award for this paper.
 5 | Valley3 was released in 2019 as a chess engine.
17 | GThinker is a robot that plays table tennis.
33 | CODA translates ancient Latin poetry into English.
41 | The system was evaluated on 3 million hospital records.
 2 | Valley was funded by the European Research Council.
 3 | EasyNLP replaces GPUs with optical processors.
 4 | The method requires handcrafted prompts written by linguists.
""")


def support(claim: str, hit: Hit) -> float:
    words = content_words(claim, frozenset(RESEARCHER.lower().split()))
    return len(words & source_words(hit)) / len(words) if words else 1.0


def main() -> None:
    profile = load_profile(PROFILE, captured_year=2026)
    by_n = {p.n: p for p in profile.papers}

    def hit(n: int) -> Hit:
        p = by_n[n]
        return Hit(paper=p, score=1.0, similarity=1.0, evidence=p.title, relevant=True)

    def kept(n: int, claim: str, threshold: float) -> bool:
        return not verify(f"{claim[:-1]} [1].", [hit(n)], RESEARCHER, threshold).trimmed

    print(f"{'support':>7}  kind  kept  claim")
    for kind, rows in (("para", PARAPHRASES), ("fab", FABRICATIONS)):
        for s, n, c in sorted((support(c, hit(n)), n, c) for n, c in rows):
            ok = "yes" if kept(n, c, SUPPORT_THRESHOLD) else "no"
            print(f"{s:7.2f}  {kind:4}  {ok:4}  {c[:90]}")
    print(f"\n{'threshold':>9} {'paraphrases dropped':>20} {'fabrications kept':>18}")
    for t in (0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7):
        lost = sum(not kept(n, c, t) for n, c in PARAPHRASES)
        leaked = sum(kept(n, c, t) for n, c in FABRICATIONS)
        mark = "  <- SUPPORT_THRESHOLD" if abs(t - SUPPORT_THRESHOLD) < 1e-9 else ""
        print(f"{t:9.2f} {lost:>14}/{len(PARAPHRASES)} {leaked:>14}/{len(FABRICATIONS)}{mark}")


if __name__ == "__main__":
    main()
